"""Speech: who said what. The speaker (a person or a body), its role, the cue verb and the
claim, from quotes before or after the speaker and from cue verbs; a speaker named once and
then called 他, 该官员, 这位大使, by surname and title or by a shorter transliteration is
followed through the article. The claim is what the speaker said, not the writer's gloss
around it (作为替代方案，…; 因此，…)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from briefgen.analysis.claims import (CALL, SAY, _without_gloss, balanced_claim,  # noqa: F401
                                      clean_claim)
from briefgen.analysis.gazetteer import OTHER, Gazetteer
from briefgen.analysis.roles import (  # noqa: F401 (others read them from here)
    PRONOUN, DEMONSTRATIVE, REFERENCE, ROLE_WORD, BODY, NOT_A_SPEAKER, SEAT, HYPHENATED,
    TRANSLITERATION, LATIN_NAME, GLOSSED_NAME, PLACE_AROUND, GROUP, PUBLISHED_BY, ADDRESSED,
    MANNER, STAND_INS, HOLDING, NAMED_OFTEN, RECENT, BODY_AFTER, DOCUMENT, ISSUING, POSTED,
    ORGANIZATION_END, INSTITUTION, clean_role, plausible, split_speaker)
from briefgen.analysis.standalone import DATELINE
from briefgen.model import Speech

# Verbs that attribute speech, written once (SAY, CALL in claims.py): 说明, 称为 and 对称
# are not read as speech. REPORTING frames a report; CUE is every verb a claim hangs on.
REPORTING = rf"(?:表示|{SAY}|{CALL}|指出|透露)"
CUE = (rf"(?:表示|补充道|补充说|解释说|解释道|强调说|强调|指出|认为|{CALL}|说道|{SAY}|透露|坦言|直言|"
       r"警告说|警告|批评说|批评(?=[，,：:])|谴责|呼吁|重申|回应说|声称|宣称|写道|怒斥|反驳说|"
       r"(?:回应|提到|叮嘱|嘱咐|告诫|提醒)(?=[，,：:]\s*[“「])|"  # 蔡英文回应，“…”: a quotation follows
       r"(?:叮嘱|嘱咐|告诫|提醒)(?:道|说)(?=[，,：:]))")  # 姚明…叮嘱道：an instruction given

# “CLAIM，”SPEAKER cue。   “CLAIM，” 郑相昌说。   “CLAIM”，马莉说，“…”
QUOTE_FIRST = re.compile(rf"^[“「](?P<claim>.+?)[，,。！？!?]?[”」][，,]?\s*(?P<speaker>(?:[^“”「」，,。()（）]|"
                         rf"[（(][^（()）“”]*[）)]){{1,40}}?)"
                         rf"{CUE}(?:[。！!]?$|[，,][^“”「」]*$|[，,：:]\s*[“「](?P<more>[^“”「」]*)[”」][。！!]?$)")  # …”史密斯说，尽管如此，…; …”巴菲特称，“…” (more: its second half)
# The head of a body's name right after a word read as a time (未来|论坛, 今日|头条).
NAMED_BODY = re.compile(r"[\u4e00-\u9fff]{0,3}(?:论坛|集团|基金会?|公司|学院|研究院|大学|中心|理事会|头条|报社?)")
# 这位名叫苏锡的学生家长: a person named by 名叫, with what they are
CALLED = re.compile(r"(?:[这那一]?[位名个])?名(?:叫|为)(?P<name>[\u4e00-\u9fff·]{2,8}?)的"
                    r"(?P<role>[\u4e00-\u9fff]{2,12})")
# SPEAKER：“CLAIM”  (陈天柱： “……”): a name, a colon and a quotation, as a transcript prints it
NAME_COLON = re.compile(r"^(?P<speaker>[^“”「」，,。：:！？!?\s]{2,16})[：:]\s*(?P<claim>[“「].{6,})$")
# SPEAKER … cue[，：]“CLAIM”  /  SPEAKER … cue，CLAIM
SPEAKER_FIRST = re.compile(rf"^(?P<frame>[^“”「」]{{1,90}}?)(?P<cue>{CUE})(?:道|过)?\s*[，,：:]?\s*(?P<claim>.+)$")
# A noun the whole clause qualifies, then what befell it (…的视频也被屏蔽): the cue before
# it told what the noun holds, no one's claim.
RELATIVE_END = re.compile(r"的[\u4e00-\u9fff]{1,4}(?:也|都|亦|已|随即)?(?:被|遭到?)[\u4e00-\u9fff]{1,6}$")
# 对…发出警告: the verb is a noun and what it is aimed at stands before it.
AIMED = re.compile(r"(?:对|向)(?P<object>[^，,。]{2,30}?)(?:发出|提出|作出|做出|表示)(?:了)?$")
ACTION_CUE = re.compile(r"^(?:谴责|批评|呼吁|警告|重申|怒斥)")  # the verb is part of what was said
STATEMENT = re.compile(r"(?:发表|发布|举行)(?:了)?(?:一[份项篇次])?(?:书面|联合|正式|紧急|简短)?(?:谈话|声明|讲话|记者会|新闻发布会|简报会|文章|"
                       r"(?:视频|影片|短片)?(?:讯息|信息|消息)|视频|影片|短片|推文|贴文)")
ASKED = re.compile(r"^(?:当|在)?[^，,。“”]{0,12}(?:问及|问到)[^，,。“”]{0,12}“[^“”]{1,40}”[^，,。“”]{0,6}时[，,]\s*")  # 当被问及“…”时，
# A cue clause going on from the act before it (…鞠躬，然后表示; …上传…的照片，留言写道): its
# speaker is that act's actor.
THEN_SAID = re.compile(r"\s*(?:(?:然后|随后|接着|继而|之后|并)\s*(?:留言|发文|发帖|贴文|撰文)?|留言|发文|发帖|贴文|撰文)\s*")
ATTRIBUTION = re.compile(r"^据[^，,]{1,40}?(?:报道|报导|消息)[，,]?")  # who reported the news
# What the speaker answers, opening the sentence (针对外媒“…”的报道，): not who speaks.
ANSWERING = re.compile(r"^(?:针对|对于|就|关于)[^，,。；;]{1,60}?[，,]\s*(?=[^，,。]{2,30}?(?:表示|回应|称|说))")
PARENTHESIS = re.compile(r"[（(][^（()）]*[）)]")
# A time expression right after who speaks (上周五, 昨天, 去年): never part of a name.
TIME_AFTER = (r"(?:上个?|下个?|本|这个?|今|当|同)?(?:周|星期|礼拜)[一二三四五六日天末]|"
              r"(?:上|本|这|当|同)(?:个)?(?:月|周|年|星期|礼拜)|(?:今|昨|前|明|当|同)(?:天|日|晚|晨|夜)|"
              r"(?:今|去|前|明)年")
# An adverb right after who speaks (就说, 也表示, 已指出): the name ends before it.
# (ADVERBIAL below drops what frames the speaking: 在…上, 对记者; 对外 opens a body's name,
# 对外经济贸易大学, and is no 对… unless it ends the phrase: 又对外宣称.)
ADVERB_AFTER = r"(?:就|也|还|则|又|更|曾|已|亦|均|都|再|并|随即|一再|同样)"
ADVERBIAL = re.compile(
    r"在[^，,。在]{1,24}(?:上|中|时|期间|之际)(?:致词|致辞|讲话|演讲|发言)?$|(?:与|同)[^，,]{1,20}?(?:会面|会谈|会晤|通话)时|"
    r"(?:介绍|谈到|谈及|会见|(?<![会看])见|会晤|访问|出席|回答|回应|主持|结束)[^，,]{0,16}?时|就[^，,]{1,14}?问题|"
    r"接受[^，,]{1,14}?(?:采访|专访|访问|询问)时?|(?:致词|致辞|讲话|演讲|发言)时|(?:通过|透过|经由|借由)[^，,]{1,12}?(?=发表|表示|说|称|$)|对此|就此|"
    r"(?:对(?!外(?!界|$))|向)[^，,。的]{1,12}$|(?:针对|对于|关于|就)[^，,]{1,24}?(?:做出|作出|发表)?(?:了)?"
    r"(?:评论|回应|表态)?$|(?<!正)在[^，,。]{1,16}$|"
    r"发表(?:了)?(?:谈话|声明|讲话|文章)|(?:\d{1,2}|[一二三四五六七八九十]{1,2})[月日]|"
    rf"{TIME_AFTER}|随后|此前|日前|近日|"
    r"凌晨|上午|中午|下午|晚上|晚间|会后|"
    r"(?:还|也|则|又|就|再次|同时|更|亦|曾|已|均|都|一致|明确|强烈|坚决|公开|一再|多次|特意|普遍|"
    r"进一步|反复|此前曾|多番|再三|屡次|屡屡|曾经|早前|稍早|最初|起初|当时|随后|其后|今日|昨日|"
    r"亦曾|一度|事后|不断|一直|始终|早些时候|稍早时候|日前|近日|后来|之后|随即|接着|同一天|同日|"
    r"本月|上月|本周|上周|近期|委婉|婉转|坦率|坦白|私下|含蓄|直接|正式|严正|随即)+$")
CONJUNCTION = re.compile(r"^(?:但是?|而且?|并且?|且|同时|此外|另外|不过|然而|因此|可是|可|却|据|"
                         r"尽管|虽然|虽|即使|即便)")
# What a person's name in a story goes on to (校长陈立群要退休了, 局长龙峰不知道): the name ends before it.
STATE_AFTER = r"(?:要|不|没|将|正在|刚|被|把|来到|到任)"
NAME = rf"(?!{CUE}|[也还则曾在于与和对向])(?:{TRANSLITERATION}|{LATIN_NAME}|[\u4e00-\u9fff]{{2,4}}?)"
KNOWN_ROLE = re.compile(
    rf"(?P<role>[\u4e00-\u9fff·][\u4e00-\u9fff·、]{{1,40}}?{ROLE_WORD.pattern})(?P<name>{NAME})"
    rf"(?=在|于|与|和|对|向|接受|{TIME_AFTER}|日前|近日|早前|此前|通过|发表|{CUE}|[（(，,、的\s]|{ADVERB_AFTER}|"
    rf"{STATE_AFTER}|$)")


def _verb(token) -> bool:
    """A verb that ends a clause before a role, not a noun jieba tags v (组织, 处长, 兼)."""
    return token.pos.startswith("v") and token.pos != "vn" and not ROLE_WORD.search(token.word) \
        and not BODY.search(token.word) and not POSTED.search(token.word)


def _unless_post(found: re.Match) -> str:
    """Drops what frames the speaking, not a post run into a name: 美国在台协会处长郦英杰 is
    no 在… place phrase (在柏林), a role and a name follow the 在."""
    text = found[0]
    post = ROLE_WORD.search(text)
    name = text[post.end():] if post else ""  # 在记者会向民众解释: no name after 记者
    return text if text.startswith("在") and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", name) and \
        not re.search(r"[向对在与和同给把将被会说称上中时]", name) else ""


@dataclass
class Speaker:
    name: str
    role: str | None


@dataclass
class ArticleState:
    """What a reader knows of an article so far: who was introduced with which role, who
    spoke, which countries were named."""

    roles: dict[str, str] = field(default_factory=dict)  # 拜登 → 美国总统
    names: set[str] = field(default_factory=set)
    glossed: set[str] = field(default_factory=set)  # persons named with a Latin gloss: 比根(Stephen Biegun)
    spoke: list[Speaker] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    last_people: list[str] = field(default_factory=list)  # persons the sentence before names
    home: str | None = None  # the country the article is mostly about
    last_speaker: Speaker | None = None  # who spoke in the sentence before
    recent: list = field(default_factory=list)  # who spoke in each of the last sentences
    bodies: dict[str, str] = field(default_factory=dict)  # 商务部 → 美国, as the article names it
    text: str = ""  # the whole article, for the noun phrase that first introduced a speaker


# A title written after a name (刘明老师, 张教授): what the person is, when nothing before says.
TITLE_AFTER_NAME = r"老师|教师|教授|医生|大夫|律师|校长|院长|主任|书记|法官|警官|院士|博士|村长|班主任"
# Words before a speaker that say when or how many, not who (曾有运营商, 也有专家, 另有官员).
NO_ROLE = re.compile(r"(?:此前|之前|早前|曾经|曾|也|还|另|亦|又|更)*(?:有|曾有|一些|部分|不少|多名|多位)?")


@functools.lru_cache(maxsize=4096)
def known_roles(text: str) -> dict[str, str]:
    """Who an article introduces with a role: 美国总统拜登 → {拜登: 美国总统},
    美国国家安全顾问罗伯特·奥布莱恩 → {罗伯特·奥布莱恩: 美国国家安全顾问}."""
    roles: dict[str, str] = {}
    for match in KNOWN_ROLE.finditer(PARENTHESIS.sub("", text)):
        role = clean_role(match["role"])
        name = re.sub(rf"(?:{CUE})$", "", match["name"])  # 科斯塔斯·伊凡蒂斯表示，…
        if ROLE_WORD.search(role) and len(role) >= 2 and len(name) >= 2:
            roles.setdefault(name, role)
    return roles


def _named_in_full(name: str, state: ArticleState) -> Speaker | None:
    """The last speaker whose whole name ends with `name` (卡拉·芬德伯克 for 芬德伯克), or None."""
    return next((earlier for earlier in reversed(state.spoke) if earlier.name != name and
                 re.split(r"[·‧・•]", earlier.name)[-1] == name), None)


def _person(speaker: Speaker) -> bool:
    """Whether a speaker is a person (他 can stand for it), not a body or a document."""
    return bool(speaker.role) or re.fullmatch(TRANSLITERATION, speaker.name) is not None or \
        not BODY.search(speaker.name) or re.search(r"(?:发言人|官员|人士|专家|学者)$", speaker.name) \
        is not None


# The institution a modifier of a post opens on (麻省理工学院负责安全研究项目的中国军事专家): where
# the person works, which the role keeps when the modifier goes.
AFFILIATION_FIRST = re.compile(r"^[^的，,、]{2,16}?(?:大学|学院|研究所|研究院|研究中心|智库|基金会)(?=[^的]{2,})")


class SpeechReader:
    """Reads speech sentence after sentence through one article (state carries over)."""

    def __init__(self, gazetteer: Gazetteer, dictionary: set[str], tags=None,
                 subjects: tuple[str, ...] = ()) -> None:
        """`tags(text)`: a text's words with their parts of speech; `subjects`: topic words."""
        self.gazetteer = gazetteer
        self.dictionary = dictionary
        self.subjects = set(subjects)
        self.tags = tags or (lambda text: ())

    def start(self, article_text: str) -> ArticleState:
        roles = {}
        for name, role in dict(known_roles(article_text)).items():
            role = self._bare_role(role)
            before, _, after = role.rpartition("的")
            if before and self.gazetteer.find(after):  # 与捷克关系密切的斯洛伐克总统
                body = AFFILIATION_FIRST.match(before)  # (麻省理工学院负责…的中国军事专家:
                role = body[0] + after if body else after  # where the expert works stays)
            if self._names_someone(name) and ROLE_WORD.search(role) and len(role) >= 2:
                roles[name] = role
        for name, role in self._tagged_after_post(article_text):
            roles.setdefault(name, role)
        glossed = self._glossed(article_text)
        return ArticleState(roles=roles, names=set(roles) | self.dictionary | glossed, glossed=glossed,
                            home=self._home(article_text), bodies=self._bodies(article_text),
                            text=article_text)

    def _tagged_after_post(self, text: str) -> list[tuple[str, str]]:
        """Persons named right after their post that the tagger knows as names, whatever
        follows them (知道创宇副总裁余弦主持了…, 余弦信心满满地展示了…): (name, post)."""
        found, text = [], PARENTHESIS.sub("", text)  # (国家通讯传播委员会（NCC）主委陈耀祥)
        for post in ROLE_WORD.finditer(text):
            tokens = self.tags(text[post.end():post.end() + 8])
            if not tokens or not tokens[0].pos.startswith("nr") or not 2 <= len(tokens[0].word) <= 3 or \
                    ROLE_WORD.search(tokens[0].word) or len(tokens) > 1 and tokens[1].word in ("·", "‧", "・"):
                continue
            role = clean_role(re.search(r"[\u4e00-\u9fff·、]{0,24}$", text[:post.end()])[0].lstrip("、"))
            if len(role) >= 2:
                found.append((tokens[0].word, self._bare_role(role)))
        return found

    def _glossed(self, text: str) -> set[str]:
        """Persons the writer glosses with their name in Latin letters, first name and last:
        研究中国经济政策的甘思德(Scott Kennedy) → 甘思德 (a body's gloss ends on a word of the
        dictionary: 战略与国际研究中心(Center for …), no name)."""
        found = set()
        for gloss in GLOSSED_NAME.finditer(text):
            tail = []
            for token in reversed(self.tags(gloss["before"])):
                if token.pos.startswith("nr") or len(token.word) == 1 and not token.pos.startswith(
                        ("u", "v", "p", "c", "d", "r", "m", "q", "f")):
                    tail.insert(0, token.word)
                else:
                    break
            name = "".join(tail).strip("·‧・• ")
            roles = list(ROLE_WORD.finditer(gloss["before"]))
            after_role = gloss["before"][roles[-1].end():] if roles else ""
            if len(name) < 2 and 2 <= len(after_role) <= 5 and not re.search(r"[的了在和与及是为等]", after_role):
                found.add(after_role)  # 常务副国务卿比根(Stephen Biegun): the name the tagger
                continue  # splits into words of no name (比|根) is what follows the role
            if 2 <= len(name) <= 10 and self._names_someone(name):
                found.add(name)
        return found

    def _bodies(self, text: str) -> dict[str, str]:
        """Bodies an article names with their country (美国商务部, 美国驻俄罗斯大使馆): the same
        body named alone later (商务部, 使馆女发言人) is that country's, when only one fits."""
        found: dict[str, set[str]] = {}
        for body in BODY_AFTER.finditer(text):
            before = text[max(0, body.start() - 12):body.start()]
            owner = [entry.camp for at, name, entry in self.gazetteer.find(before)
                     if entry.kind == "country" and (at + len(name) == len(before) or
                                                     body["body"] == "医院")]  # 鄂木斯克第一医院
            if owner:  # 大使馆 is also called 使馆
                found.setdefault(body["body"].replace("大使馆", "使馆"), set()).add(owner[-1])
        return {body: camps.pop() for body, camps in found.items() if len(camps) == 1}

    def _home(self, text: str) -> str | None:
        """The country an article is about: more than half of its mentions of countries
        (and at least three), else None."""
        counts: dict[str, int] = {}
        for _, _, entry in self.gazetteer.find(re.sub(r"《[^《》]*》", "", text)):
            if entry.kind == "country":
                counts[entry.camp] = counts.get(entry.camp, 0) + 1
        if not counts:
            return None
        best = max(sorted(counts), key=counts.get)
        total = sum(counts.values())
        return best if counts[best] >= 3 and counts[best] * 2 > total else None

    def read(self, text: str, state: ArticleState, people: list[str] | None = None
             ) -> Speech | None:
        """The speech `text` reports, or None; updates `state` (`people`: the persons the
        sentence names)."""
        speech = self._read(text, state)
        if speech and speech.role and NO_ROLE.fullmatch(speech.role):
            speech = replace(speech, role=None)  # (此前曾有运营商称: 曾有 says when, not who)
        state.last_speaker = Speaker(speech.speaker, speech.role) if speech else None
        state.recent = (state.recent + [state.last_speaker])[-RECENT:]
        people = [p for p in people or [] if not PLACE_AROUND.search(text.replace(p, "\0")) and
                  not re.search(rf"《[^《》]*{re.escape(p)}[^《》]*》", text)]  # 元朗站, 在元朗: a place
        # jieba took for a name; 《…宣言》: a title's word
        if speech is not None and (speech.role or _person(state.last_speaker) and
                                   not GROUP.search(speech.speaker)) and speech.speaker not in people:
            people.append(speech.speaker)
        state.last_people = [self.gazetteer.canonical(self._full_name(p, state))
                             for p in dict.fromkeys(people)]
        if speech is None:
            state.countries.extend(self.gazetteer.countries(text))
        else:
            state.countries.extend(self.gazetteer.countries(text[speech.claim_start:]))
        return speech

    def _read(self, text: str, state: ArticleState, nested: bool = False) -> Speech | None:
        body = ANSWERING.sub("", ASKED.sub("", ATTRIBUTION.sub("", DATELINE.sub("", text.strip()))))
        shift = len(text) - len(text.lstrip()) + (len(text.strip()) - len(body))
        match = QUOTE_FIRST.match(body) or NAME_COLON.match(body)
        if match and match.re is NAME_COLON:  # 陈天柱： “…”: a transcript's speaker line
            frames, claim, cue = [match["speaker"]], match["claim"], ""
            start, end = match.start("claim"), match.end("claim")
        elif match:
            frames, claim, cue = [match["speaker"]], match["claim"], ""
            start, end = match.start("claim"), match.end("claim")
            cue_match = re.search(CUE, body[match.end("speaker"):])
            cue = cue_match[0] if cue_match else ""
            if match["more"]:  # “A”，马莉说，“B”: both halves are hers
                claim = claim.rstrip("，,。") + "。" + match["more"]
                end = match.end("more")
        else:
            match = SPEAKER_FIRST.match(body)
            if not match or "“" in match["frame"]:
                return None
            clauses = re.split(r"[，,：:]", PARENTHESIS.sub("", match["frame"]))
            frames, claim, cue = clauses[::-1][:1], match["claim"], match["cue"]
            if len(clauses) > 1 and THEN_SAID.fullmatch(clauses[-1]):
                frames = [self._actor(clauses[-2])]  # 他首先面对媒体镜头鞠躬，然后表示: who bowed
            elif len(clauses) > 1 and not self._phrase(clauses[-1]):
                frames = [clauses[-2]]  # 韩国总统尹锡悦，在记者会上表示: the clause before
            if not re.match(r"\s*[，,：:“「]", body[match.end("cue"):]) and \
                    RELATIVE_END.search(claim.split("。")[0]):
                return None  # …指出…不利于民族团结的视频也被屏蔽: the cue is in a relative clause
            claim = _without_gloss(claim)
            start, end = match.start("claim"), match.start("claim") + len(claim)
            aimed = AIMED.search(frames[0]) if ACTION_CUE.match(cue) else None
            if aimed:  # 默克尔对俄罗斯可能从外部干预发出警告，并…: what she warned against
                frames = [frames[0][:aimed.start()]]
                claim = aimed["object"] + ("" if claim.startswith(("，", ",")) else "，") + claim
            if ACTION_CUE.match(cue) and re.match(r"[^，,。：:“「]{0,40}?(?:之后|以后|后|以来|之际|期间)[，,]",
                                                  claim):
                return None  # 澳洲当局呼吁…后，中国…: a clause of time, what followed is no one's claim
            said = re.match(r"(?:称|说|表示|道)\s*[，,：:]\s*", claim)
            if ACTION_CUE.match(cue) and said:  # 警告称，…: what follows is what was said
                claim, start = claim[said.end():], start + said.end()
            elif ACTION_CUE.match(cue):
                claim = cue.removesuffix("说") + claim
            bare = re.match(r"(?P<act>[\u4e00-\u9fff]{1,4})[，,]\s*", claim)
            if bare and not ACTION_CUE.match(cue) and self._bare_act(bare["act"]):
                said = re.match(rf"(?:并|又|还|也)?{REPORTING}\s*[，,：:]?\s*", claim[bare.end():])
                if said:  # 表示关注，说中国的行动…: what follows 说 is what was said
                    cut = bare.end() + said.end()
                    claim, start = claim[cut:], start + cut
                elif cue == "表示":  # 表示赞扬，并敦促…: the act, with its verb, is the claim
                    claim = cue + claim
                else:
                    return None
        if re.match(r"^[“「][^”」]{1,40}[”」][\u4e00-\u9fff]", claim.strip()):
            return None  # 说“我是柏林人”一样…: a quote inside a phrase, not what was said
        inner = None if nested or match.re is QUOTE_FIRST or ACTION_CUE.match(cue) or \
            claim.startswith(("“", "「")) else SPEAKER_FIRST.match(claim)
        if inner and len(inner["frame"]) <= 24 and not re.search(r"[，,。“”「」（()）]", inner["frame"]) \
                and re.match(r"\s*[，,：:]", claim[inner.end("cue"):]):
            found = self._read(claim, state, nested=True)  # 新闻稿称，王毅说，…: 王毅 speaks
            if found is not None:
                return replace(found, claim_start=found.claim_start + start + shift,
                               claim_end=found.claim_end + start + shift)
        claim = clean_claim(claim)
        if len(claim) < 6:  # shorter says nothing: 是的。
            return None
        for frame in frames:
            phrase = self._subject(self._phrase(frame))
            if phrase is None or self._has_verb(phrase):
                return None  # 马斯外长展示出…立场: a clause, not who speaks
            opener = self._sentence_subject(body[:match.start("claim")], state) \
                if phrase in ("他", "她") and match.re is SPEAKER_FIRST else None
            speaker, role = (opener, state.roles.get(opener)) if opener else \
                self._resolve(phrase, state, text)
            role = self._role_phrase(role) if role else role
            speaker = self.gazetteer.canonical(speaker)
            if role is None and DOCUMENT.search(speaker):
                speaker = self.gazetteer.canonical(self._issued_by(speaker, state))
            if cue in ("声称", "宣称") and role is None and any(
                    name == speaker and entry.kind == "country"
                    for _, name, entry in self.gazetteer.find(speaker)):
                return None  # 中国声称拥有南海90%水域的主权: the writer tells a standing claim
            known = {speaker} if self.gazetteer.known_person(speaker) or SEAT.search(speaker) and any(
                name == speaker and entry.kind == "country"
                for _, name, entry in self.gazetteer.find(speaker)) else set()  # 王毅, 克里姆林宫
            last = (self.tags(speaker) or [None])[-1] if role is None and any(w in speaker for w in self.subjects) else None
            if last is not None and last.offset >= 2 and last.word in self.subjects and \
                    state.text.count(last.word) >= NAMED_OFTEN:  # 瑞典环保斗士童贝里: the brief's
                speaker, role = last.word, speaker[:last.offset]  # own subject, described
            if self._proper_noun(speaker) and state.text.count(speaker) >= NAMED_OFTEN:
                known.add(speaker)  # 字节跳动: a company the article keeps naming
            if self._told_an_outlet(frame) and not PRONOUN.match(phrase):
                known.add(speaker)  # 皮哈向美国之音表示: who speaks to a paper is a speaker
                # (not a name 他 was taken for: the tagger's 吉日 of 吉日木图)
            if plausible(speaker, role, state.names | {s.name for s in state.spoke} | known):
                frame_countries = self.gazetteer.countries(
                    text[:start + shift] + text[end + shift:]) if start else []
                whole = _named_in_full(speaker, state)  # (哈里斯, introduced as 塔利亚·哈里斯,
                camp = self.gazetteer.camp(whole.name if whole else speaker, role,  # is no member)
                                           state.countries + frame_countries, home=state.home)
                if camp == OTHER:
                    camp = self._camp_of_principal(f"{role or ''}{speaker}", state)
                if camp == OTHER:
                    whole = f"{role or ''}{speaker}"
                    camp = next((c for body, c in state.bodies.items() if body in whole), OTHER)
                if camp == OTHER:
                    camp = self._camp_introduced(speaker, state, bool(role))
                if camp == OTHER and role is None:
                    camp = self._camp_of_company(speaker, state)
                if camp == OTHER:
                    camp = self._camp_of_group(f"{role or ''}{speaker}", state)
                if camp == OTHER and state.home and INSTITUTION.search(f"{role or ''}{speaker}") \
                        and set(self.gazetteer.countries(text)) <= {state.home}:
                    camp = state.home  # 警方: the country the article is about (not when the
                    # sentence names another: 德国团体租用的包机…随机医生)
                state.spoke.append(Speaker(speaker, role))
                return Speech(speaker=speaker, role=role, camp=camp, cue=cue, claim=claim,
                              claim_start=start + shift, claim_end=end + shift, phrase=phrase)
        return None

    def _bare_act(self, words: str) -> bool:
        """关注, 赞扬, 强烈不满: a verb of attitude with no object, not what was said."""
        tags = self.tags(words)
        return any(t.pos in ("v", "vn", "a") for t in tags) and \
            all(t.pos in ("v", "vn", "a", "ad", "d") for t in tags)

    def _actor(self, clause: str) -> str:
        """Who acts in a clause: the words before its first verb or adverb (他首先…鞠躬: 他)."""
        words = []
        for token in self.tags(clause):
            if token.pos.startswith(("v", "d", "p", "c")) or token.word in ("首先", "先"):
                break
            words.append(token.word)
        return "".join(words)

    def _phrase(self, frame: str) -> str:
        phrase = PARENTHESIS.sub("", frame)
        cited = re.search(r"援引|引述|引用", phrase)
        if cited:  # 新闻稿引述X的话说, 印度媒体援引国防参谋长拉瓦特报道说: X speaks, the
            source, quoted = phrase[:cited.start()], phrase[cited.end():]  # paper carries it;
            reported = re.search(r"(?:报道|报导)$", quoted)  # 《华尔街日报》援引美国官员的话
            quoted = re.sub(r"(?:的(?:话|观点|看法|说法|分析))?(?:报道|报导)?$", "", quoted)  # 报道: an unnamed voice,
            anonymous = re.search(r"(?:专家|学者|官员|人士|消息人士|知情人士)$", quoted)
            phrase = quoted if self._ends_in_name(quoted) or not (reported or anonymous) \
                else source  # 环球时报援引中国专家: the paper, naming no one, speaks
        phrase = re.sub(r"(?:联合|共同)(?:声明|公报)$", "", phrase)  # 美韩领导人联合声明: the leaders
        published = PUBLISHED_BY.match(phrase)
        if published:  # 商务部网站刊登的新闻稿: the ministry speaks
            phrase = published["body"]
        phrase = re.sub(rf"{CUE}$", "", phrase)  # 总统施泰因迈尔还说：“…”: the adverb goes too
        for _ in range(3):
            phrase = ADVERBIAL.sub(_unless_post, STATEMENT.sub("", phrase)).strip(" ，,")
        phrase = CONJUNCTION.sub("", phrase)
        phrase = re.sub(r"(?:在[\u4e00-\u9fff]{0,8}|于)$", _unless_post, phrase)
        phrase = re.sub(rf"(?:{CUE}|威胁|宣布|承诺|抱怨|指责|抗议|回应)$", "", phrase)  # 埃尔多安威胁称
        tokens = self.tags(phrase)
        while len(tokens) > 1 and (tokens[-1].pos in MANNER or tokens[-1].word.endswith("地")) and \
                len(tokens[-1].word) >= 2 and \
                not ROLE_WORD.search(tokens[-1].word) and tokens[-1].offset >= 2:
            phrase = phrase[:tokens[-1].offset]  # 教授委婉, 医生最初, 警方随机: how, not who
            tokens = tokens[:-1]
        phrase = re.sub(r"^(?:现年)?[\d一二三四五六七八九十]{1,3}岁的?", "", phrase)  # 29岁的哈里斯: her age
        if "的" in phrase and not re.search(r"名(?:叫|为)[^的]{2,8}的", phrase):  # 与捷克关系密切的
            # 斯洛伐克总统…: the modifier is not the speaker (名叫苏锡的学生家长 names him)
            before, _, after = phrase.rpartition("的")
            if after and any(t.pos.startswith(("v", "a", "d", "p")) for t in self.tags(before)):
                owner = re.split(r"[的在]", before)[-1]  # …方面的雅各布森伯顿凯利律师事务所的合伙人:
                phrase = f"{owner}的{after}" if ORGANIZATION_END.search(owner) and not any(
                    _verb(t) for t in self.tags(owner)) else after  # the firm stays in the role
        return phrase

    @staticmethod
    def _sentence_subject(head: str, state: ArticleState) -> str | None:
        """The person a sentence opens on when 他说 follows in a later clause (哈伦·拉希德·库雷希
        是…一位店主，他说…): 他 is that person, not whoever spoke sentences before."""
        clauses = re.split(r"[，,；;]", PARENTHESIS.sub("", head))
        if len(clauses) < 2:
            return None
        opening = re.match(r"[\u4e00-\u9fff]{1,8}(?:[·‧・•][\u4e00-\u9fff]{1,8}?){1,3}"
                           r"(?=是|在|曾|于|为|和|与|的|也|则|$)", clauses[0])
        if opening:
            return opening[0]
        return next((name for name in state.roles if len(name) >= 2 and clauses[0].startswith(name)),
                    None)

    def _told_an_outlet(self, frame: str) -> bool:
        """Whether who speaks told it to the media or a body that reports it (向美国之音表示,
        对南蒙古人权信息中心说, 告诉本台): a speaker, though the article gives no role."""
        told = re.search(r"(?:对|向|告诉)(?P<whom>[^，,。的]{2,14})$", PARENTHESIS.sub("", frame))
        return told is not None and (bool(re.search(r"本台|记者|媒体", told["whom"])) or bool(
            self.gazetteer.find(told["whom"], "kinds")))

    def _issued_by(self, document: str, state: ArticleState) -> str:
        """A report speaks for whoever issued it: 今年的报告, 这份2020年度《中国军力报告》 →
        美国国防部报告, when the article names the body that issued a report (美国国防部向国会
        提交的…报告, 五角大楼的一份新报告); a title alone is no side (《…》 reads as the media)."""
        kind = DOCUMENT.search(document)[1]
        for clause in re.finditer(rf"[^，,。；;：:“”！？!?\n]{{2,60}}?(?={kind})", state.text):
            verb = ISSUING.search(clause[0])
            before = clause[0][:verb.start()] if verb else ""
            found = [name for _, name, entry in self.gazetteer.find(before)
                     if entry.kind in ("country", "organization")]
            if found:
                return found[-1] + kind
        return document

    def _ends_in_name(self, phrase: str) -> bool:
        """Whether a phrase names a person (国防参谋长拉瓦特), not only a role (美国官员)."""
        tokens = self.tags(phrase)
        return bool(re.search(TRANSLITERATION + "$", phrase)) or bool(tokens) and (
            tokens[-1].pos in ("nr", "nrt", "nrfg") or self.gazetteer.known_person(tokens[-1].word))

    @staticmethod
    def _full_name(name: str, state: ArticleState) -> str:
        """佩特里切克 → 托马斯·佩特里切克 when the article gave the whole name."""
        fuller = [known for known in state.roles if re.split(r"[·‧・•\s]", known)[-1] == name
                  and known != name]  # Deere → Judd Deere
        return fuller[0] if len(fuller) == 1 else name

    def _camp_of_principal(self, text: str, state: ArticleState) -> str:
        """纳瓦尔尼的发言人, 纳瓦尔尼的支持者: the camp of the person they speak for."""
        match = re.match(r"([^的]{2,12})的", text)
        if match:
            for name in dict.fromkeys((match[1], self._full_name(match[1], state))):
                camp = self.gazetteer.camp(name, state.roles.get(name))  # 纳瓦尔尼的发言人,
                if camp != OTHER:  # or 阿列克谢·纳瓦尔尼's as the article introduced him
                    return camp
        return OTHER

    def _camp_introduced(self, speaker: str, state: ArticleState, has_role: bool = False) -> str:
        """A person whose role names no country takes the country of the noun phrase that
        first introduced them (法国军事武装部长佛罗伦萨·帕利 → 武装部长佛罗伦萨·帕利: 法国)."""
        name = re.split(r"[·‧・•]", speaker)[-1]
        if len(name) < 2 or name == speaker and not ROLE_WORD.search(speaker) and not has_role:
            return OTHER
        at = state.text.find(name)
        if at < 0:
            return OTHER
        phrase = re.split(r"[，,。；;：:“”「」（）()、\s]", state.text[max(0, at - 16):at])[-1]
        found = [entry.camp for at, found, entry in self.gazetteer.find(phrase)
                 if entry.kind == "country" and not POSTED.search(phrase[:at])]  # 驻新加坡的…主管
        return found[0] if len(set(found)) == 1 else OTHER

    def _camp_of_company(self, speaker: str, state: ArticleState) -> str:
        """A company takes the country the article puts before its name, when every time it
        does names the same one (日本麒麟控股, 中国互联网巨头字节跳动)."""
        if not (self._proper_noun(speaker) or HOLDING.search(speaker) or speaker.endswith("公司")):
            return OTHER
        found = set()
        for at in (m.start() for m in re.finditer(re.escape(speaker), state.text)):
            phrase = re.split(r"[，,。；;：:“”「」（）()、\s]", state.text[max(0, at - 10):at])[-1]
            places = [(start, entry) for start, name, entry in self.gazetteer.find(phrase)
                      if entry.kind == "country"]
            if places and not any(_verb(t) or t.word in "和与及的" for t in self.tags(
                    phrase[places[-1][0]:])):
                found.add(places[-1][1].camp)
        return found.pop() if len(found) == 1 else OTHER

    @staticmethod
    def _named_before(phrase: str, state: ArticleState, sentence: str) -> str:
        """该医院的副主任医师 → 鄂木斯克市医院的副主任医师, 使馆女发言人 → 美国驻俄罗斯大使馆
        女发言人: the body as the article named it in full before."""
        match = re.match(r"(?:该|这|此|那)?(?P<body>医院|使馆|大使馆|领事馆|部门|机构|公司|大学)(?P<rest>的?.+)$",
                         phrase)
        at = state.text.find(sentence)
        before = state.text[:at if at >= 0 else len(state.text)]
        party = re.match(r"(?:该|这个|此)?党(?P<rest>.+)$", phrase)
        if party and ROLE_WORD.search(party["rest"]):  # 该党议会党团主席: the party named
            named = re.findall(r"“([\u4e00-\u9fff]{2,10}党)”|([\u4e00-\u9fff]{2,10}党)[（(][A-Z]", before)
            if named:  # before by its name (“德国选项党”(AfD)), quoted or with its initials
                return "".join(named[-1]) + party["rest"]
        if not match or not ROLE_WORD.search(match["rest"]):
            return phrase
        body = match["body"].removeprefix("大")
        named = re.findall(rf"([\u4e00-\u9fff]{{2,14}}?{body})", before.replace("大使馆", "使馆"))
        fuller = [n for n in named if len(n) > len(body) and not re.match(r"(?:该|这|此|那|的)", n)]
        if not fuller:
            return phrase
        full = fuller[-1].replace("使馆", "大使馆") if "使馆" in body else fuller[-1]
        full = re.sub(r"^.*(?:在|于|的|到|赴|抵达)", "", full) or full
        return full + match["rest"]

    def _camp_of_group(self, who: str, state: ArticleState) -> str:
        """An opposition the sentence introducing a speaker names (以抗争派人士身份参与民主派
        初选的…前记者何桂蓝), or the country the article gives a group by the same noun
        (三名议员 after 多名德国议员 in the title)."""
        at = state.text.find(who if GROUP.search(who) else re.split(r"[·‧・•]", who)[-1])
        if at >= 0:
            introduction = re.split(r"[。！？!?\n]", state.text[max(0, at - 80):at])[-1]
            party = self.gazetteer._party([introduction], state.home)
            if party:
                return party
        noun = ROLE_WORD.search(who)
        if GROUP.search(who) and noun and len(who) <= 6:
            for named in re.finditer(rf"([\u4e00-\u9fff]{{2,8}}?){noun[0]}", state.text):
                found = {e.camp for _, _, e in self.gazetteer.find(named[1]) if e.kind == "country"}
                if len(found) == 1:
                    return found.pop()
        return OTHER

    def _role_phrase(self, role: str) -> str:
        """The noun phrase of a role, without a headline or a clause run into it: 中国通报
        香港警务处处长 → 香港警务处处长 (from the last country or region it names, unless that
        one is where a post is: 美国驻俄罗斯大使馆), 宣布停火外交部长 → 外交部长 (after its
        last verb)."""
        places = [(at, name) for at, name, entry in self.gazetteer.find(role)
                  if entry.kind == "country" and at > role.rfind("的")]  # 旅居德国的…
        for n in range(len(places) - 1, -1, -1):
            at, name = places[n]
            while n > 0 and places[n - 1][0] + len(places[n - 1][1]) == at:  # 台湾陆委会
                n -= 1
                at = places[n][0]
            if at > 0 and self._run_in(role[:at]) and ROLE_WORD.search(role[at + len(name):]):
                role = role[at:]
                break
        for token in reversed(self.tags(role)):
            if _verb(token) and len(token.word) >= 2 and "的" not in role[token.offset:] \
                    and "、" not in role[:token.offset] \
                    and ROLE_WORD.search(role[token.offset + len(token.word):]):  # 司令、演习指挥官: two roles
                return role[token.offset + len(token.word):]
        return role

    def _run_in(self, before: str) -> bool:
        """Whether what comes before a place in a role is no part of the role: another
        country (中国通报香港…) or a clause (游客非法入境台湾…); not where the post is (美国驻)
        nor a modifier (旅居德国的…), nor a noun (民运组织内蒙古人民党)."""
        if POSTED.search(before) or "的" in before or ORGANIZATION_END.search(before):
            return False  # 英国诺丁汉大学亚洲研究所中国计划主任: a body inside a body
        return any(e.kind == "country" for _, _, e in self.gazetteer.find(before)) or any(
            t.pos.startswith(("d", "p", "c", "b")) or _verb(t) for t in self.tags(before))

    def _bare_role(self, role: str) -> str:
        """A role without what leads up to it: 并仿效美国前总统 → 美国前总统,
        正在德国访问的中国国务委员兼外长 → 中国国务委员兼外长."""
        tokens = self.tags(role)
        lead = 0
        for token in tokens:  # words before the first noun: 并, 仿效
            if not token.pos.startswith(("c", "d", "p", "v", "r", "u", "t")) or ROLE_WORD.search(token.word) or \
                    token.pos.startswith("t") and NAMED_BODY.match(role, token.offset + len(token.word)):
                break  # (未来论坛理事会的轮值主席: 未来 opens a body's name, no time)
            lead = token.offset + len(token.word)
        for n, token in enumerate(tokens[:-1]):  # a clause that modifies it: …访问的
            if token.pos.startswith(("v", "a")) and token.pos != "vn" and tokens[n + 1].word == "的":
                lead = max(lead, tokens[n + 1].offset + 1)
            if n and token.pos.startswith("p") and tokens[n - 1].pos.startswith(("v", "l")) and \
                    tokens[n - 1].pos != "vn":  # 美国之音打电话给内蒙古的牧民: the one called
                lead = max(lead, token.offset + len(token.word))
        done = re.search(r"了[^的]{1,20}的", role[lead:])  # 以暴动罪拘捕了到场…居民的议员: the
        if done:  # act told before the post is the writer's story, not the person's post
            lead += done.end()
        return self._role_phrase(role[lead:].lstrip("、，, "))  # (受袭、前立场新闻记者: the post)

    def _proper_noun(self, name: str) -> bool:
        """A name the tagger knows as a proper noun (字节跳动, 腾讯), not a common word (企业)."""
        tags = self.tags(name)  # (a person the tagger knows, 巴菲特, when the article keeps naming him)
        return len(tags) == 1 and tags[0].pos in ("nz", "nt", "nr", "nrt", "nrfg") and len(name) >= 2

    def _names_someone(self, name: str) -> bool:
        """A person's name, not a word: 罗伯特·奥布莱恩, 王美花; not 国家, 时称, 都预计."""
        if re.search(r"[·‧・•]", name) or self.gazetteer.known_person(name) or \
                re.fullmatch(LATIN_NAME, name):
            return True
        if re.search(CUE, name):
            return False
        for token in self.tags(name):  # unknown names fall apart into single characters
            if len(token.word) >= 2 and not token.pos.startswith("nr") and token.pos != "x":
                return False  # 国家, 规格, 预计: a word of the dictionary
            if token.pos.startswith(("d", "p", "c", "u", "r")):
                return False
        return True

    @staticmethod
    def _subject(phrase: str) -> str | None:
        """Who speaks when the phrase tells whom it spoke to: 三名德国议员已致信马斯外长 →
        三名德国议员; None when what comes before the verb is no speaker."""
        told = ADDRESSED.search(phrase)
        if not told or told.start() < 2:
            return phrase
        subject = phrase[:told.start()]
        return subject if ROLE_WORD.search(subject) or BODY.search(subject) or \
            re.fullmatch(TRANSLITERATION, subject) else None

    def _has_verb(self, phrase: str) -> bool:
        """Whether a speaker phrase is a clause: a verb after its last role word
        (马斯外长展示出…立场), not a word inside a title (研究中心总监)."""
        if CALLED.fullmatch(phrase):
            return False  # 名叫苏锡的学生家长: 叫 names him
        roles = list(ROLE_WORD.finditer(phrase))
        start = roles[-1].end() if roles else 0
        named = len(phrase) - 2 if HOLDING.search(phrase) else len(phrase)  # 麒麟控股: 控股 ends
        return any(t.pos == "v" and len(t.word) >= 2 and start <= t.offset < named and  # a name
                   not ROLE_WORD.search(t.word) for t in self.tags(phrase))

    def _resolve(self, phrase: str, state: ArticleState, sentence: str) -> tuple[str, str | None]:
        """他 → the last person named; 该官员, 这位大使, 发言人 → the one named before with that
        role (or the 声明 the sentence names); 尹总统 → 尹锡悦; 奥布莱恩 → 罗伯特·奥布莱恩;
        a name met before keeps its role."""
        named = state.spoke
        if PRONOUN.match(phrase):
            if phrase not in ("他", "她"):  # 他们: a group that spoke just before, or unclear
                last = state.last_speaker
                return (last.name, last.role) if last and GROUP.search(last.name) else ("", None)
            if state.last_speaker is not None and not _person(state.last_speaker):
                return "", None  # 他 is a person, not the 教育厅 that spoke before
            if phrase in ("他", "她") and state.last_speaker is not None and \
                    (state.last_speaker.role or state.last_speaker.name in state.last_people):
                return state.last_speaker.name, state.last_speaker.role  # 他说: who just spoke
            if phrase in ("他", "她") and len(state.last_people) == 1:  # the one just named
                name, told = split_speaker(self.gazetteer.canonical(state.last_people[0]))
                name = self.gazetteer.canonical(name)  # 武装部长佛罗伦萨·帕利: a role run into it
                role = next((n.role for n in reversed(named) if n.name == name), None)
                return name, role or state.roles.get(name) or told
            if phrase in ("他", "她") and len(state.last_people) > 1:
                return "", None  # several people just named: which one is unclear
            people = [n for n in state.recent if n is not None and _person(n) and
                      (n.role is not None or len(n.name) <= 4 or "·" in n.name)]
            if people:
                return people[-1].name, people[-1].role
            subjects = [w for w in sorted(self.subjects) if w in state.text and
                        any(t.word == w and t.pos.startswith("nr") for t in self.tags(w))]
            if len(subjects) != 1:
                return "", None
            state.names.add(subjects[0])  # (a person the topic names can speak)
            return subjects[0], state.roles.get(subjects[0])
            # (她说 in a story about one person the topic names, no one else just named: she)
        called = CALLED.fullmatch(phrase)
        if called:  # 这位名叫苏锡的学生家长: 苏锡, a parent
            return called["name"], called["role"]
        reference = REFERENCE.match(phrase)
        noun = phrase[reference.end():] if reference else ""
        if reference and ROLE_WORD.fullmatch(noun):  # 这位大使, 该官员
            for earlier in reversed(named):
                if (earlier.role or earlier.name).endswith(noun) or noun in (earlier.role or ""):
                    return earlier.name, earlier.role
            for name, role in reversed(list(state.roles.items())):
                if role.endswith(noun) and name in sentence:
                    return name, role
        issued = re.fullmatch(r"(?P<body>.{2,16}?)(?:发表的|发布的|的)?(?:声明|新闻稿|公报)", phrase)
        if issued and not self.gazetteer.is_joint(phrase) and not DEMONSTRATIVE.match(issued["body"]) \
                and not PRONOUN.match(issued["body"]):  # PPTV的声明说: PPTV speaks
            phrase = issued["body"]  # 五角大楼声明, 希腊国防部的新闻稿: the body speaks
            state.names.add(phrase)  # one that issues a statement can speak
        phrase = self._named_before(phrase, state, sentence)
        speaker, role = split_speaker(
            phrase, person=lambda name: name in state.names or
            any(t.pos in ("nr", "nrt", "nrfg") for t in self.tags(name)),
            place=lambda text: bool(self.gazetteer.find(text)))
        if speaker in STAND_INS:
            for earlier in reversed(named):
                if earlier.name.endswith(speaker) or (earlier.role or "").endswith(speaker):
                    return earlier.name, earlier.role
            fuller = re.findall(rf"([^\s，,。的》“”]{{2,6}}{speaker})", sentence)
            if fuller and fuller[0] != speaker:
                return fuller[0], None
            if named and named[-1].role is None and BODY.search(named[-1].name):
                return named[-1].name, None  # 美国国防部发表声明 … 声明说: the body speaks
        title = re.fullmatch(r"(?P<surname>[\u4e00-\u9fff])(?P<title>[\u4e00-\u9fff]{1,3})", speaker)
        if title and ROLE_WORD.fullmatch(title["title"]):
            for earlier in reversed(named):
                if earlier.name.startswith(title["surname"]) and 2 <= len(earlier.name) <= 4:
                    return earlier.name, earlier.role
        for earlier in reversed(named):
            if earlier.name == speaker and earlier.role and (
                    role is None or len(earlier.role) > len(role) and earlier.role.endswith(role)):
                return earlier.name, earlier.role  # 陈天柱警司: the 高级警司 introduced before
        whole = _named_in_full(speaker, state) if role is None else None
        if whole:  # 芬德伯克 after 艺术家卡拉·芬德伯克: the one named in full
            return whole.name, whole.role
        if role is None and speaker not in state.roles:  # 奥布莱恩 for 罗伯特·奥布莱恩
            fuller = self._full_name(speaker, state)
            if fuller != speaker:
                return fuller, state.roles[fuller]
        if speaker in state.roles:
            role = state.roles[speaker]  # 教授 → 台湾师范大学政治研究所教授, as introduced
        elif role is None:
            role = self._introduced_role(speaker, state)
        return speaker, self._named_before(role, state, sentence) if role else role

    def _introduced_role(self, name: str, state: ArticleState) -> str | None:
        """The role a name of five or more characters, no known pattern, follows where the
        article introduces it (捷克外长佩特里切克第一时间透过推特回应, 首席医师穆拉霍夫斯基否认…):
        佩特里切克说 is the foreign minister speaking. None when the article never does."""
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", name) or BODY.search(name) or \
                ROLE_WORD.search(name) or re.match(CUE, name) or any(
                    t.pos.startswith(("v", "d", "p", "c", "u", "r")) for t in self.tags(name)):
            return None  # a word, not a name (张水利 holds 水利: a name all the same)
        found = re.search(rf"(?P<role>[^，,。；;：:“”「」、\s（()）]{{0,20}}?{ROLE_WORD.pattern})"
                          rf"(?:[（(][^（()）]*[）)])?{re.escape(name)}", state.text)
        if found is None:  # 刘明老师写的: a title after the name, as one addresses him
            titled = re.search(rf"{re.escape(name)}(?P<title>{TITLE_AFTER_NAME})", state.text)
            return titled["title"] if titled else None
        role = self._bare_role(clean_role(found["role"]))
        return role if ROLE_WORD.search(role) and len(role) >= 2 else None
