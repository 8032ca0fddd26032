"""Who can speak: patterns of pronouns, roles, bodies and names that speech reads a
speaker with (他, 该官员, 外交部发言人, 罗伯特·奥布莱恩, 宾夕法尼亚大学的…), and the reading
of one speaker phrase into a name and a role."""

from __future__ import annotations

import re

PRONOUN = re.compile(r"^(?:他|她)(?:们)?$")
DEMONSTRATIVE = re.compile(r"^(?:[一两三几多每这那该][家所个批些](?=[\u4e00-\u9fff]{2})|这份|该份|这一|这个|此份|这位|这名|该名|该位|那位|该|这|此|一位|一名|"
                           r"另一位|另一名|多位|多名|[一两三几多每这那该][家所个批些](?=[\u4e00-\u9fff]{2}))")
REFERENCE = re.compile(r"^(?:这位|这名|该名|该位|那位|该|此|上述)")  # 这位大使: someone named before
ROLE_WORD = re.compile(
    r"(?:发言人|次长|室长|副部长|部长|国务卿|外长|副总统|总统|总理|首相|主席|委员长|大使|顾问|主任|"
    r"协调员|司令|官员|专家|学者|教授|研究员|分析人士|支持者|议员|议长|局长|秘书长|会长|院长|所长|记者|"
    r"负责人|高官|人士|代表|合伙人|国防相|外相|部长助理|助理|特使|领袖|领导人|元首|市长|州长|省长|党首|"
    r"主席团|警司|处长|署长|司长|校长|律师|主任医师|医师|医生|检察官|法官|主编|作者|创办人|总裁|秘书|"
    r"董事长|总监|经理|董事|社长|理事长|干事|主委|委员(?!会)|参议员|众议员|观察员|评论员|分析师|将军|上将|中将|"
    r"少将|[上中少大]校|(?:新闻|外交|指挥)官|司令员|参谋长|幕僚|公使|参赞|总?领事(?!馆)|策略师|经济师|讲师|主管|经济学家|政治学家|"
    r"科学家|历史学家|创始人|老板|牧民|网民|主播|园长|馆长|首席执行官|执行长|撰稿人|作家|艺术家|画家|摄影师|音乐家|导演)")
BODY = re.compile(r"(?:声明|宣言|新闻稿|文件|报告|社论|评论|公报|政府|高官|总统室|总统府|总统办公室|外交部|"
                  r"国防部|国防省|统一部|白宫|国务院|五角大楼|联合参谋本部|发言人|官员|人士|专家|学者|"
                  r"媒体|韩媒|美媒|》|报|社|电视台|研究所|智库|美方|韩方|朝方|中方|日方|方面|双方|"
                  r"两国|美国|韩国|朝鲜|中国|日本|党|当局|警方|法院|医院|组织|委员会|议会|使馆|领事馆|办公室|"
                  r"协会|学会|联合会|工会|团体|联盟|基金会|中心|公司|集团|控股|部|局|厅|署|院|馆|处|"
                  r"国安会|海警|海巡|军方|海关|司令部|舰队)$")
NOT_A_SPEAKER = re.compile(r"^(?:按照|根据|依据|随着|为了|对于|关于|由于|如果|若|当|有|就|主要|之前|此前|以前|目前|"
                           r"一些人|另一些人|外界|舆论|这|那|其|它|任何|所有|每个|每一|让|使|令|请|叫)")
# A seat of government a state speaks through (克里姆林宫, 青瓦台, 华府), when the actors know it.
SEAT = re.compile(r"[宫台府]$")
HYPHENATED = r"[\u4e00-\u9fff]{2,6}[-－‐‑][\u4e00-\u9fff]{2,6}"  # 克朗普-卡伦鲍尔: one name
TRANSLITERATION = r"[\u4e00-\u9fff]{1,8}(?:[·‧・•](?:[A-Z]\.?[·‧・•])?[\u4e00-\u9fff]{1,8}){1,3}"  # 希拉·A·史密斯
LATIN_NAME = r"[A-Z][a-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,2}"  # a name left in Latin letters: Rob Carnell
# A name and its Latin form in brackets: 甘思德(Scott Kennedy), 季哈诺夫斯卡娅（Sviatlana Tsikhanouskaya）.
GLOSSED_NAME = re.compile(r"(?P<before>[\u4e00-\u9fff·‧・•]{2,16})[（(][A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){1,3}[)）]")
# A name with a place's word after it or a preposition of place before it (元朗站, 在元朗, the
# name's place marked \0): a place the segmenter took for a person.
PLACE_AROUND = re.compile(r"\0(?:站|区|市|县|镇|乡|村|路|街|港|湾|岛|机场|医院|一带|地区)|"
                          r"(?:在|于|到|往|赴|抵|抵达|前往|来自)\0")
GROUP = re.compile(r"(?:人士|者|们|团体|组织|民众|家长|议员|群体|学生|居民|人)$")
# 商务部网站刊登的新闻稿, 外交部发表的声明: the body that published it
PUBLISHED_BY = re.compile(r"^(?P<body>[^，,的]{2,20}?)(?:网站|官网|官方网站|网页)?上?(?:刊登|发布|发表|公布|"
                          r"刊出)的(?:新闻稿|声明|公报|文章|报告|消息|通告)$")
ADDRESSED = re.compile(r"(?:已经|已|曾经|曾|还|也|又|再|先|都)?(?:致信|致函|写信给|去信|致电|回信|"
                       r"告诉|告知|通知|提醒|答复|回复)(?=[\u4e00-\u9fff])")
MANNER = ("d", "ad", "a", "t", "m")  # 委婉, 随机, 最初, 多番 after who speaks
STAND_INS = ("发言人", "官员", "声明", "谈话", "人士", "新闻稿", "医院", "公司", "集团")
HOLDING = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:控股|集团|股份)$")  # the tagger's verb 控股 ends a name
NAMED_OFTEN = 3  # a proper noun named this often in an article is one of its parties
RECENT = 3  # 他 may stand for who spoke this many sentences back, no further
# Bodies that belong to whichever country the article is about when none is named.
BODY_AFTER = re.compile(r"(?:驻[\u4e00-\u9fff]{1,6}?)?(?P<body>外交部|国防部|商务部|国务院|财政部|司法部|"
                        r"内政部|总统府|议会|国会|参议院|众议院|大使馆|使馆|领事馆|贸易代表办公室|医院)")
# A document that speaks (报告认为, 这份2020年度《中国军力报告》认为) and the words that name who
# issued it (美国国防部发表…报告, 五角大楼的一份新报告).
DOCUMENT = re.compile(r"(白皮书|报告)(?:书)?》?$")
ISSUING = re.compile(r"(?:向[^，,。]{1,8})?(?:发表|发布|公布|提交|出台|推出|公开|的)")
# Where a post is held, not whose it is: 美国驻俄罗斯大使馆, 常驻联合国代表, 国务委员兼外长.
POSTED = re.compile(r"(?:驻|派驻|兼|兼任|代理|主管|分管|负责|出任|担任)$")
ORGANIZATION_END = re.compile(r"(?:大学|学院|学校|研究院|研究所|中心|智库|基金会|协会|学会|委员会|"
                              r"政府|议会|国会|部|局|署|厅|院|会|党|馆|所|社|电视台|电台|组织)$")
INSTITUTION = re.compile(r"警方|警察|警务|警司|当局|法院|检方|检察|律政司|(?<!外交)(?<!国防)厅$|"
                         r"教育局|卫生局|公安局|医院|医生|医师|议员|市长|市政府|市府|县长|省长|州长|"
                         r"^(?:国家|联邦)[\u4e00-\u9fff]{1,10}(?:中心|局|署|委员会|管理局)$")  # ministries are often foreign  # 发言人 alone: the one named before


ROLE_CUT = re.compile(r"^.*(?:为|為|以(?!色列)|引述|援引|引用)")
ROLE_JOINED = re.compile(r"^.*(?:與|与|和|同|及)")


def clean_role(role: str) -> str:
    """The role without what leads up to it: 正在德国访问的中国国务委员兼外长 → 中国国务委员兼外长;
    after 与 only when a role comes before it (外长与国防部长: the last), not inside one field
    (经济与科技政策分析师)."""
    role = ROLE_CUT.sub("", role)
    joined = ROLE_JOINED.match(role)
    if joined and ROLE_WORD.search(joined[0]):
        role = role[joined.end():]
    return DEMONSTRATIVE.sub("", re.sub(r"^(?:而|但|但是|然而|并且|且|可)(?=[\u4e00-\u9fff]{2})", "", role))


# A person told by the body they belong to (宾夕法尼亚大学的本杰明): the body is the role.
AFFILIATED = re.compile(r"(?P<body>[^的，,、]{2,20}?(?:大学|学院|研究所|研究院|研究中心|智库|基金会|协会|"
                        r"医院|公司|银行|集团))的(?P<name>[\u4e00-\u9fff·‧]{2,8})")


def split_speaker(phrase: str, person=None, place=None) -> tuple[str, str | None]:
    """(speaker, role): 韩国国家安保室第一次长金泰孝 → 金泰孝, 韩国国家安保室第一次长;
    尹锡悦总统 → 尹锡悦, 总统; 美国国家安全顾问罗伯特·奥布莱恩 → 罗伯特·奥布莱恩, 美国国家安全顾问;
    朝鲜国防省发言人 → 朝鲜国防省发言人, None (a body speaks as itself)."""
    phrase = DEMONSTRATIVE.sub("", phrase.strip(" ，,、：:")).strip()
    if not phrase or BODY.search(phrase):
        return phrase, None
    roles = list(ROLE_WORD.finditer(phrase))
    if roles:
        last = roles[-1]
        name = phrase[last.end():]
        if name and name[0] in "和与及、跟同":
            return phrase, None  # 学者和学生家长: two speakers run together
        if 2 <= len(name) <= 6 and not ROLE_WORD.search(name) or \
                re.fullmatch(TRANSLITERATION, name) or re.fullmatch(HYPHENATED, name) or \
                re.fullmatch(LATIN_NAME, name):
            return name, phrase[:last.end()].rstrip("、，, ")
        prefix = phrase[:last.start()]
        inner = list(ROLE_WORD.finditer(prefix))
        foreign = prefix[inner[-1].end():] if inner else ""
        if last.end() == len(phrase) and (re.fullmatch(TRANSLITERATION, foreign) or inner and (
                2 <= len(foreign) <= 6 and person is not None and person(foreign) and
                not (place and place(foreign)))):
            return foreign, prefix[:inner[-1].end()] + last[0]  # 印度军方负责人比平·拉瓦特将军
        if last.end() == len(phrase) and 2 <= len(prefix) <= 4 and not BODY.search(prefix) \
                and (person is None or person(prefix)) and not (place and place(prefix)):
            return prefix, last[0]  # 尹锡悦总统; not 德国外长, 美国政府高官, 该国内政部长
    affiliated = AFFILIATED.fullmatch(phrase)
    if affiliated and (re.fullmatch(TRANSLITERATION, affiliated["name"]) or
                       len(affiliated["name"]) <= 4 and (person is None or person(affiliated["name"]))):
        return affiliated["name"], affiliated["body"]  # 宾夕法尼亚大学的本杰明, not …的初步调查结果
    return phrase, None


def plausible(speaker: str, role: str | None, names: set[str]) -> bool:
    """A person with a role, a known name, or a body that can speak; not a stray clause."""
    if not speaker or len(speaker) < 2 or len(speaker) > 24 or NOT_A_SPEAKER.match(speaker) or \
            re.search(r"[，,。；;:：“”？?]", speaker) or speaker in STAND_INS or \
            re.search(r"[和与及、]$", speaker):
        return False  # 声明 alone: whose, the text before did not say
    for joined in (role or "", speaker):  # 法国总统马克龙和德国总理默克尔: two speakers
        parts = re.split(r"[和与及、]", joined)  # (专家、支持者郑相昌: one, with two roles)
        if len(parts) > 1 and ROLE_WORD.search(parts[0]) and \
                not ROLE_WORD.search(parts[0][-3:]) and ROLE_WORD.search(parts[-1]) and \
                not BODY.search(joined):
            return False
    return bool(role or speaker in names or BODY.search(speaker) or ROLE_WORD.search(speaker)
                or re.fullmatch(TRANSLITERATION, speaker))
