"""What a sentence leans on outside itself, and the rewrites that make it stand alone:
datelines, bylines and 据…报道 stripped; a leading connective dropped; relative dates
written out (26日 → 2023年4月26日); 他, 这位大使, 该条约 replaced by who or what they stand
for when the text before says it unambiguously; the brief's script; CJK punctuation; a
title inside a title in 〈〉. What cannot be resolved makes the sentence not stand alone."""

from __future__ import annotations

import functools
import re
from datetime import datetime

from briefgen.chinese import inside_quotes
from briefgen.model import Reliance, Token

# Datelines, agency tags and bylines at the start or end of a sentence.
DATELINE = re.compile(
    r"^(?:(?:[（(【\[][^（()）】\]]{0,30}?(?:电|專電|专电|讯|訊|报道|報導|綜合報導|综合报道|特稿|外电|外電)[）)】\]]"
    r"|【[^】]{1,24}】"
    r"|[\u4e00-\u9fff]{2,12}(?:社|网|網|台|报|報)?[\u4e00-\u9fff]{0,10}\d{1,2}月\d{1,2}日(?:专?电|專?電|讯|訊)"
    r"(?:\s*[（(]记者[^）)]{1,20}[）)]|\s*[（(]記者[^）)]{1,20}[）)])?"
    r"|(?:路透|法新社|美联社|美聯社|彭博|共同社|韩联社|韓聯社|中央社)[^，,。\s]{0,16}?(?:电|電)"
    r"|[\u4e00-\u9fff/]{2,16}\d{1,2}月\d{1,2}日(?=\s*[-－—–])"
    r"|[\u4e00-\u9fff]{1,12}?(?:网|網|报|報|客户端|台|社)快?讯(?=\d{4}年|\d{1,2}月\d{1,2}日))"
    r"\s*[-－—–:：]*\s*)+")
BYLINE_END = re.compile(r"(?<!\s)\s*[（(](?:记者|記者|编辑|編輯|责任编辑|責任編輯|完|译|譯|摄|攝)[^（()）]{0,20}[）)]\s*$")
PICTURE = re.compile(r"(?<!\s)\s*[（(](?:图|圖|见图|見圖|资料图|資料圖|组图|組圖|上图|下图|视频|視頻)[）)]")  # 在出访挪威时（图）
REPORTED = re.compile(r"^(?:据|據)[^，,。“”]{1,40}?(?:报道|报导|報導|消息|援引[^，,。]{0,20}报道)(?:说|称|稱|指)?[，,:：]\s*")

DROPPABLE = re.compile(r"^(?:与此同时|另一方面|此外|另外|而且|并且|並且|同时|同時|不过|不過|但是|然而|只是|"
                       r"再者|因此|所以|于是|於是|总之|總之|值得一提的是|但|而)\s*[，,]?\s*")
LEANING_OPENER = re.compile(r"^(?:对此|對此|为此|為此|随后|隨後|此后|此後|之后|之後|其后|其後|其中|"
                            r"当时|當時|届时|屆時|同年|同月|同日|同一天|次日|翌日|对方|對方|"
                            r"(?:尽管|儘管|即便|即使|虽然|雖然|话虽|話雖|不仅|不僅)如此|除此之外|除此以外|"
                            r"相比之下|与此相比|與此相比|反之|换言之|換言之|紧接着|緊接著|接着|接著|随即|隨即|"
                            r"后来|後來|继而|繼而|进而|進而|由此|据此|據此|至此|结果|結果|"
                            r"(?:从|從|自)?(?:那时|那時|那以后|那以後)(?:起|开始|開始)?|从此|從此|自此|"
                            r"(?:活动|活動|会议|會議|会|會|仪式|儀式|比赛|比賽|演出|论坛|論壇|大会|大會|座谈会|座談會)"
                            r"(?:中|上|期间|期間|现场|現場)(?=[，,]))")  # (活动中，…: which activity)
# A connective after the subject that ties the sentence to the one before it (柏林警方随后…,
# 警方则以…, 美国因此…): what it follows, contrasts with or results from is not there.
SUBJECT_CONNECTIVE = re.compile(r"^(?!如果|若|假如|只要)"
                                r"(?:[^，,。；;“”]{0,20}?(?:日|时|時|午|晚|早|后|後)[)）]?\s*[，,]\s*)?"  # 周六下午(8月29日)，
                                r"([^，,。；;：:“”「」（）()]{2,12}?)"
                                r"(随后|隨後|随即|隨即|此后|此後|其后|其後|接着|接著|后来|後來|"
                                r"(?<![规規原否准準法细細守总總实實然])则|(?<![规規原否准準法细細守总總实實然])則|"
                                r"因此|因而|于是|於是|从而|從而|继而|繼而)(?=[\u4e00-\u9fff])")
# 对此/为此 inside a sentence (中国对此的报复行动, 他为此道歉): the matter is the sentence before.
REFERS_BACK = re.compile(r"对此|對此|为此|為此")
# Someone's opinion, requirement or stance named as a thing the reader knows (弗莱登伯格的意见对…,
# 按照法院的前提要求…) without saying what it is.
UNSTATED = re.compile(r"[\u4e00-\u9fff]的(?:意见|意見|看法|观点|觀點|立场|立場|态度|態度|说法|說法|"
                      r"前提要求|前提条件|前提條件|要求|建议|建議)(?![是为為：:，,即如])")
# What names the school, county or city 全校, 全县, 全市 stand for (台江民族中学, 台江县).
WHOLE_NAMED = {"校": r"[\u4e00-\u9fff]{2,10}?(?:中学|小学|大学|学院|学校)", "县": r"[\u4e00-\u9fff]{1,6}?县",
               "市": r"[\u4e00-\u9fff]{1,6}?市"}
# A party named by its kind and 一行 (调研组一行走访了…): the party the text before introduced.
PARTY = re.compile(r"(?:调研|考察|访问|访华|代表|工作|专家|督导|检查|慰问|观察)(?:组|團|团|队|隊)一行")
# All of a place or school named before (全校885名学生…, 全县人…): which one.
WHOLE = re.compile(r"(?<![\u4e00-\u9fff])全(?P<head>校|县|市)")
NO_SUBJECT_ADVERB = re.compile(r"^(?:还|還|也|并|並|又|且|亦|则|則|均|都|便|就|才)(?![\u4e00-\u9fff]?[们們])")
PRONOUNS = {"他", "她", "它", "他们", "她们", "它们", "他們", "她們", "它們", "其", "彼"}
PERSON_PRONOUNS = {"他", "她"}
DEMONSTRATIVE = re.compile(r"^(?:该|該|此|这|這|那|上述|本次)")
NOT_DEMONSTRATIVE = {"此外", "因此", "如此", "从此", "從此", "彼此", "此前", "此后", "此後", "此时", "此時",
                     "此间", "此間", "这样", "這樣", "这么", "這麼", "那么", "那麼", "那样", "那樣", "这里",
                     "這裡", "那里", "那裡", "此次", "这次", "這次", "就此", "至此", "为此", "對此", "对此",
                     "此刻", "那时", "那時", "这时", "這時", "这些年", "那些"}
GROUP = re.compile(r"^(?:这|這|那|该|該|此)(?:群|批|帮|幫|伙|夥)")  # 这群人 (tagged as an idiom)
EVENT_DEMONSTRATIVE = {"此次", "这次", "這次", "本次"}  # 此次访问: the visit named before
BOTH_SIDES = ("两国", "双方", "兩國", "雙方")  # two sides the countries named before say which
COLLECTIVE = re.compile(r"两国|兩國|双方|雙方|两者|兩者|二者|两人|兩人|两位|兩位|三国|三國|三方|两党|兩黨")
OPENING_VERBS = re.compile(r"^(?:据|據|预计|預計|截至|有|请|請|让|讓|根据|根據|随着|隨著|面对|面對|针对|針對|鉴于|"
                           r"鑒於|经过|經過|为了|為了|由于|由於|按照|依照|关于|關於|对于|對於|比如|例如|包括|可见|"
                           r"可見|看来|看來|显然|顯然|值得|需要|难怪|難怪|是否|如何|为何|為何|是|在|自|从|從|"
                           r"与|與|和|当|當|经|經|受|被|因|为|為|将|將|把|同|向|对|對|就|于|於|至|到|凡|除|无论|"
                           r"無論|只要|如果|若|尽管|儘管|虽然|雖然|即使|不论|不論|不管|作为|作為|通过|通過|基于|"
                           r"基於|报道|報導|据悉|據悉|消息|调查|調查|民调|民調|数据|數據|统计|統計|资料|資料)")
# An opening clause of time or circumstance (在尹锡悦担任韩国总统后，/ 当…时，/ 面对…，): the main clause
# after it needs its own subject as much as a sentence does.
ADVERBIAL = re.compile(r"^(?:(?:在|當|当|自从|自從|随着|隨著)[^，,。；;：:“”]{1,30}?"
                       r"(?:后|後|时|時|前|期间|期間|之际|之際|以来|以來)|"
                       r"(?:面对|面對|针对|針對|为了|為了|通过|通過|经过|經過)[^，,。；;：:“”]{1,40}?)\s*[，,]\s*")
MAIN_WITHOUT_SUBJECT = {"对", "對", "向", "把", "将", "將", "被", "于", "於", "就", "再", "又", "还", "還", "也",
                        "便", "即", "曾", "已", "已经", "已經", "随即", "隨即", "立即", "并", "並"}
TITLE_IN_TITLE = re.compile(r"《([^《》]*)《([^《》]*)》([^《》]*)》")
HALF_PUNCT = {",": "，", "?": "？", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）"}
CJK = r"[\u4e00-\u9fff\u3400-\u4dbf“”‘’《》「」（）]"


def strip_frame(text: str) -> str:
    """Without the dateline, agency tag or byline around it, and without 据…报道，."""
    text = DATELINE.sub("", text.strip())
    text = BYLINE_END.sub("", text)
    text = PICTURE.sub("", text)
    return REPORTED.sub("", text)


# 在此之前，/ 随后， in front of a sentence that dates itself: the date says when, the order
# against the event before is what is lost, and it can go.
SEQUENCE_DATED = re.compile(r"^(?:在此之前|在这之前|此前|在此之后|在这之后|此后|随后|之后)\s*[，,]\s*"
                            r"(?=[^。；;]*?(?:\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*[日号]))")


def drop_connective(text: str) -> str:
    """此外，X → X; 但是X → X (what the connective ties to is gone); 在此之前，…8月9日… →
    …8月9日…."""
    return DROPPABLE.sub("", SEQUENCE_DATED.sub("", text, count=1), count=1)


FULL_WIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)} |
                           {chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)} |
                           {chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)} | {"％": "%"})


# A stock ticker after a company's or an index's name: (8001.T), （9988.HK）, (.N225), .TOPX.
TICKER = re.compile(r"(?<!\s)\s*+[（(]\s*+(?:[0-9A-Z]{1,6}\.[A-Z]{1,3}|\.[0-9A-Z]{2,6})\s*+[)）]|"
                    r"(?<=[\u4e00-\u9fff])\.[A-Z][0-9A-Z]{2,5}(?=[\u4e00-\u9fff])")


def punctuate(text: str) -> str:
    """CJK punctuation: a half-width , ? ! : ; ( ) next to Chinese becomes full-width (commas
    that separate a list of short names, 美国,日本,韩国, become 、); straight double quotes
    around Chinese become “”; full-width digits and Latin letters (１９４９, ８０％) become
    half-width; a title inside a title uses 〈〉; a stock ticker a wire prints after a name
    (伊藤忠商事 (8001.T), 东证股价指数.TOPX) is dropped."""
    text = TICKER.sub("", text.translate(FULL_WIDTH))
    text = re.sub(r"(?<=\d)\s+(?=[年月日号])", "", text)  # 7月21 日
    text = re.sub(rf'"([^"]*{CJK}[^"]*)"', r"“\1”", text)
    text = re.sub(r"(?<=[\u4e00-\u9fff]),(?=[\u4e00-\u9fff])", _comma, text)
    text = re.sub(rf"(?<={CJK})\s*([,?!:;])\s*(?={CJK}|\d|$)",
                  lambda m: HALF_PUNCT[m[1]], text)
    text = re.sub(rf"\((?=[^()]*{CJK})([^()]*)\)|(?<=[\u4e00-\u9fff])\s*\(([^()]*)\)",
                  lambda m: f"（{m[1] or m[2]}）", text)  # 黄之锋 (Joshua Wong): 黄之锋（Joshua Wong）
    text = re.sub(r"\s+(?=[，。、；：？！）》」』”])|(?<=[，。、；：？！（《「『“])\s+", "", text)  # 显示 ， 1月
    text = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[“‘（《「『])|(?<=[”’）》」』])\s+(?=[\u4e00-\u9fff])", "", text)  # 使出 “战狼外交”
    while TITLE_IN_TITLE.search(text):
        text = TITLE_IN_TITLE.sub(r"《\1〈\2〉\3》", text)
    return text


def _comma(match: re.Match) -> str:
    """、 inside a list of short names (美国,日本,韩国和澳大利亚), ， otherwise."""
    text, at = match.string, match.start()
    before = re.search(r"(?:^|[^\u4e00-\u9fff]|[和与及])([\u4e00-\u9fff]+)$", text[:at])
    after = re.match(r"([\u4e00-\u9fff]+?)(?:[和与及等、,，]|$)", text[at + 1:])
    listed = before and after and len(before[1]) <= 4 and len(after[1]) <= 4 and \
        ("," in text[at + 1:at + 7] or "和" in text[at + 1:at + 7] or "、" in text[at - 6:at + 7])
    return "、" if listed else "，"


# Inside a short quotation (…以“双方集体殴斗”来形容…): the label someone gave, quoted.
QUOTED_LABEL = re.compile(r"[“「][^“”「」，,。]{0,10}$")
QUOTED_LABEL_END = re.compile(r"[^“”「」，,。]{0,10}[”」]")


def _antecedent_before(tokens: tuple[Token, ...], offset: int, people_only: bool) -> bool:
    """Whether a name before `offset` can be what a pronoun there stands for: a person for
    他/她, or the name opening the sentence as its subject (纳瓦尔尼曾…，但他…)."""
    kinds = ("nr", "nrt", "nrfg") if people_only else ("nr", "nrt", "nrfg", "ns", "nt", "nz")
    if any(t.offset < offset and t.pos in kinds and len(t.word) >= 2 for t in tokens):
        return True
    subject = next((t for t in tokens if t.pos not in ("x", "w", "t", "m") and t.word.strip()
                    and not re.fullmatch(r"[\W\d]+", t.word)), None)
    return subject is not None and subject.offset < offset and subject.pos == "nz" and \
        len(subject.word) >= 2


def reliances(text: str, tokens: tuple[Token, ...], times: list, people: list[str],
              countries=None, first_clause_end: int | None = None,
              abbreviations: str = "") -> list[Reliance]:
    """Everything in `text` that leans on what came before it. `people` are the persons the
    sentence names, `times` its time expressions, `countries(text)` the countries a text
    names (for 两国, 双方)."""
    found: list[Reliance] = []
    if first_clause_end is None:
        clause = re.search(r"[，,；;：:。]", text)
        first_clause_end = clause.start() if clause else len(text)
    opener = LEANING_OPENER.match(text)
    if opener:
        found.append(Reliance("connective", opener[0], 0))
    elif DROPPABLE.match(text):
        found.append(Reliance("connective", DROPPABLE.match(text)[0].rstrip("，, "), 0,
                              resolved=""))
    after_subject = SUBJECT_CONNECTIVE.match(text)
    if after_subject and not opener:
        found.append(Reliance("connective", after_subject[2], after_subject.start(2)))
    for n, token in enumerate(tokens[1:-1], 1):  # 白衣人之后闯过验票机: then, after what came before
        if token.word in ("之后", "之後") and token.offset <= 12 and not re.search(r"[，,。；;]", text[:token.offset]) \
                and tokens[n + 1].pos.startswith("v") and not opener and not after_subject:
            found.append(Reliance("connective", token.word, token.offset))
            break
    for back in REFERS_BACK.finditer(text, 1):
        found.append(Reliance("connective", back[0], back.start()))
    for whole in WHOLE.finditer(text):
        if not re.search(WHOLE_NAMED[whole["head"]], text[:whole.start()]):
            found.append(Reliance("demonstrative", whole[0], whole.start()))  # (台江县…，全县…: named)
    for party in PARTY.finditer(text):
        if not any(t.offset < party.start() and t.pos in ("nr", "nrt", "nrfg") for t in tokens):
            found.append(Reliance("demonstrative", party[0], party.start()))  # (潘卓辉…调研组一行: named)
    for unstated in UNSTATED.finditer(text):
        found.append(Reliance("unstated", unstated[0][1:], unstated.start() + 1))
    named_people = [p for p in people]
    for token in tokens:
        word = token.word
        if word in PRONOUNS and token.pos.startswith("r"):
            people_only = word in PERSON_PRONOUNS
            if not (_antecedent_before(tokens, token.offset, people_only) or
                    any(text.find(p) != -1 and text.find(p) < token.offset for p in named_people)
                    or (not people_only and token.offset >= first_clause_end)):
                found.append(Reliance("pronoun", word, token.offset))
        elif (DEMONSTRATIVE.match(word) and word not in NOT_DEMONSTRATIVE and
              (token.pos in ("r", "rz", "b", "mq", "m", "q", "d") or GROUP.match(word))) or \
                word in EVENT_DEMONSTRATIVE:
            before = next((t for t in tokens if t.offset + len(t.word) == token.offset), None)
            if before is not None and before.pos.startswith(("nr", "ns", "nt", "nz", "n")) and \
                    len(before.word) >= 2:
                continue  # 捷克代表团此行: the referent is named right before
            phrase, end = noun_phrase(tokens, token, word)
            earlier = text[:token.offset]
            in_first = token.offset < first_clause_end
            if not phrase and not in_first:
                continue  # 这是…, 这意味着… after a clause: the clause before it
            head = phrase.split("的")[0] or phrase  # 这种感觉的方式: 这种 is of 感觉, which its
            same = re.split(r"[。！？!?]", earlier)[-1]  # own sentence named before it
            if in_first or phrase[-2:] not in earlier and head[-2:] not in same:
                found.append(Reliance("demonstrative", text[token.offset:max(
                    end, token.offset + len(word))], token.offset))
    for match in COLLECTIVE.finditer(text):
        before = text[:match.start()]
        pair = before[-2:]
        named = len(countries(before)) if countries else 0
        if named >= 2 or (len(pair) == 2 and all(c in abbreviations for c in pair)) or \
                QUOTED_LABEL.search(before) and QUOTED_LABEL_END.match(text, match.end()):
            continue  # (以“双方集体殴斗”来形容…: the words of a label quoted, not the writer's)
        if match[0] in ("两人", "兩人", "两位", "兩位") and (
                len({p for p in people if p in before}) >= 2 or
                re.search(r"[\u4e00-\u9fff]{1,4}[、与與和及][\u4e00-\u9fff]{1,4}$", before) or
                re.match(r"[^，,。]{1,10}的|[^，,。]{0,6}(?:议员|議員|官员|官員|部长|部長|人士|记者|記者|学者|學者|专家|專家)",
                         text[match.end():])):
            continue  # 许、林两人; …许智峯与林卓廷住处拘捕两人; 两位亲民主派的议员: named, or a count
        found.append(Reliance("collective", match[0], match.start()))
    for vague in VAGUE_AGO.finditer(text):  # 一年多前: counted back from the writer's day, by how much?
        if not any(t.offset <= vague.start() < t.offset + len(t.text) for t in times):
            found.append(Reliance("relative_date", vague[0], vague.start()))
    for time in times:
        if time.duration and not inside_quotes(text, time.offset) and \
                (not time.text.endswith("来") or (time.end - time.start).days <= SHORT_SPAN_DAYS):
            found.append(Reliance("relative_date", time.text, time.offset))
            continue  # 在过去一年里: up to when the report was written, which the item loses
        if _names_year(time.text) or not (RELATIVE_DATE.search(time.text) or COUNTED_BACK.fullmatch(time.text)):
            continue  # 39分钟后: counted from an event, not from the article's date
        if ANAPHORIC_DATE.match(time.text):  # 当天, 当晚: the day named before it
            if not re.search(r"\d{1,2}\s*[日号]|\d{1,2}\s*月", text[:time.offset]):
                found.append(Reliance("demonstrative", time.text, time.offset))
            continue
        found.append(Reliance("relative_date", time.text, time.offset))
    start = next((t for t in tokens if t.pos not in ("x", "w", "t", "m") and
                  t.word.strip() and not re.fullmatch(r"[\W\d]+", t.word)), None)
    counted = start is not None and any(t.offset + len(t.word) == start.offset and
                                        re.search(r"[\d一二两三四五六七八九十几数多][个張张名位份篇段则条項项件批些]$", t.word)
                                        for t in tokens)  # 一张截图在朋友圈流传: a noun after its count
    if start is not None and not DROPPABLE.match(text) and not opener and not counted:
        if _verb_first(tokens, start) or \
                start.pos.startswith("d") and NO_SUBJECT_ADVERB.match(start.word):
            found.append(Reliance("no_subject", start.word, start.offset))
    adverbial = ADVERBIAL.match(text)
    if adverbial and not opener:
        rest = [t for t in tokens if t.offset >= adverbial.end() and t.word.strip()] + [None, None]
        main, then = rest[0], rest[1]
        if main is not None and main.offset == adverbial.end() and (
                main.word in MAIN_WITHOUT_SUBJECT or
                main.pos in ("v", "vd") and not OPENING_VERBS.match(main.word) or
                main.pos == "vn" and then is not None and then.pos.startswith("n")):  # 宣传基础知识
            found.append(Reliance("no_subject", main.word, main.offset))
    return sorted(found, key=lambda r: (r.offset, r.kind))


def _verb_first(tokens: tuple[Token, ...], start: Token) -> bool:
    """Whether a sentence whose first word is `start` opens on its verb, after adverbs at
    most (希望…, 不得已才想离开…): it has no subject of its own."""
    if start.pos.startswith("d"):
        start = next((t for t in tokens if t.offset > start.offset and t.word.strip() and
                      not t.pos.startswith("d")), None)
    return start is not None and start.pos in ("v", "vd") and not OPENING_VERBS.match(start.word)


def opens_on_verb(tokens: tuple[Token, ...]) -> bool:
    """Whether a sentence opens on its verb (不得已才想离开…, 希望…): its subject is someone
    named before it. Not on 可/但/而/却 (but), nor on a word that opens a frame (就在…)."""
    start = next((t for t in tokens if t.word.strip()), None)
    return start is not None and start.word not in ("可", "但", "而", "却") and \
        not OPENING_VERBS.match(start.word) and _verb_first(tokens, start)


FUNCTION_WORDS = {"是", "为", "為", "有", "将", "將", "也", "就", "还", "還", "都", "并", "並", "已", "被",
                  "把", "对", "對", "在", "于", "於", "与", "與", "和", "及", "会", "會", "要", "能"}
CLASSIFIER = re.compile(r"^(?:该|該|此|这|這|那)(?:份|项|項|个|個|位|名|些|一|种|種|次|起|批|类|類|条|條|家|所)$")


def noun_phrase(tokens: tuple[Token, ...], token: Token, word: str) -> tuple[str, int]:
    """What 这/该 points at and where it ends: 该份新的核指导方针 → 新的核指导方针,
    这位大使 → 大使; '' when it stands for a clause (这意味着…, 这是…)."""
    after = [t for t in tokens if t.offset >= token.offset + len(word)]
    if word.startswith("上述"):
        rest = word[2:]
    else:
        rest = word[1:] if not CLASSIFIER.match(word) else ""
    end = token.offset + len(word)
    if rest and word not in EVENT_DEMONSTRATIVE:
        return "", end  # 此举, 该国: one word that names nothing more
    if word in EVENT_DEMONSTRATIVE:
        rest = ""
    needs_noun = word[0] in "该該此" or CLASSIFIER.match(word) or word.startswith("上述") or \
        word in EVENT_DEMONSTRATIVE
    while after and (after[0].word in ("一", "个", "個", "些") or after[0].pos in ("m", "q", "mq")):
        after = after[1:]
    words: list[str] = []
    for t in after[:4]:
        if not re.fullmatch(r"[\u4e00-\u9fff]+", t.word) or t.word in FUNCTION_WORDS or \
                t.pos.startswith(("p", "c", "d", "x", "r")):
            break
        if t.pos.startswith("u") and t.word != "的":
            break
        if not needs_noun and not words and not t.pos.startswith(("n", "vn", "j", "l")):
            break  # 这意味着: 这 is the clause before
        if words and t.pos.startswith("v") and t.pos != "vn":
            break  # 该宣言决定…: the verb after the noun
        words.append(t.word)
        end = t.offset + len(t.word)
    while words and words[-1] == "的":
        words.pop()
        end -= 1
    return rest + "".join(words), end


RELATIVE_DATE = re.compile(r"今年|本年|去年|前年|明年|后年|後年|本月|这个月|上个?月|下个?月|\d{1,2}\s*[日号]|"
                           r"[〇零一二三四五六七八九十]{1,3}\s*[日号]|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|"
                           r"星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天]|今天|今日|昨天|"
                           r"昨日|前天|明天|明日|后天|當天|当天|当日|當日|当晚|當晚|今晚|昨晚|今早|明晚|今晨|昨晨")
# A time counted back exactly from the writer's day (三年前 → 2017年, 两个月前 → 2020年6月).
COUNTED_BACK = re.compile(r"[\d〇零一二两三四五六七八九十]+\s*(?:年|个月|個月)(?:以)?前")
# A time counted back from the writer's day that no date resolves (一年多前, 数年前, 几个月前).
VAGUE_AGO = re.compile(r"(?<![\d几数十百])(?:[一二两三四五六七八九]|几|数|半)(?:年|个月|個月)多?(?:以)?前(?![往去来进])")
# (几十年前, 数十年前: decades, as vague as the writer means them; 二十年前 counts back exactly)
ANAPHORIC_DATE = re.compile(r"^(?:当天|當天|当日|當日|当晚|當晚|同日|同年|当年|當年)")


SHORT_SPAN_DAYS = 400  # 三个月来 began in a month; 过去20年来 is an age, no date


def written_span(time, show_year: bool) -> str:
    """A period up to the report, anchored where it ends: 过去一年 → 截至2024年6月的一年,
    过去两周 → 截至6月11日的两周, 三个月来 → 2024年3月以来."""
    start, end = time.start, time.end
    daily = time.precision in ("week", "day")
    if time.text.endswith("来"):
        return (f"{start.year}年" if show_year or not daily else "") + f"{start.month}月" + \
            (f"{start.day}日" if daily else "") + "以来"
    until = (f"{end.year}年" if show_year or not daily else "") + f"{end.month}月" + (f"{end.day}日" if daily else "")
    return f"截至{until}的" + re.sub(r"^(?:过去|最近)的?", "", time.text)


# A name given its short form (中国交通建设集团有限公司（简称“中交建”）, 全国代表大会（简称“全代会”）).
SHORT_FORM = re.compile(r"(?P<before>[^，,。；;：:！？!?“”「」（）()《》]{2,60})[（(](?:以下|下文|下称)?(?:简称|簡稱)"
                        r"[“\"「]?(?P<short>[\u4e00-\u9fff]{2,6})[”\"」]?[)）]")
# Words the name follows in its clause (…名单的中国企业包括|中国交通建设…, 举行了|全国代表大会).
NAME_AFTER = re.compile(r".*(?:包括|以及|其中|在|了|由|与|和|及|对|向|将|把|为|是|的|、)")


@functools.lru_cache(maxsize=512)
def short_forms(article_text: str) -> dict[str, str]:
    """The short forms an article gives names (简称“中交建”), each with the name it stands for."""
    found: dict[str, str] = {}
    for match in SHORT_FORM.finditer(article_text):
        before, short = match["before"], match["short"]
        after = NAME_AFTER.match(before)
        full = before[after.end():] if after else before
        at = 0  # the short form's characters in the name, in order (中…交…建)
        for char in short:
            at = full.find(char, at) + 1
            if not at:
                break
        if at and len(full) >= len(short) + 2 and short not in found:
            found[short] = full
    return found


def introduce_short_forms(text: str, forms: dict[str, str]) -> str:
    """A short form an item uses but never introduces (中交建牵头…) written as the name it
    stands for, once, outside quotation marks: the reader never saw the 简称 that made it."""
    for short, full in forms.items():
        at = text.find(short)
        if at < 0 or full in text or inside_quotes(text, at):
            continue
        text = text[:at] + full + text[at + len(short):]
    return text


def own_reckoning(reliance: Reliance) -> bool:
    """Whether a reliance is a count back no date resolves (就在几个月前): in what a speaker
    said, the speaker's own reckoning, printed under the speaker."""
    return reliance.kind == "relative_date" and bool(VAGUE_AGO.fullmatch(reliance.text))


def _names_year(text: str) -> bool:
    return re.search(r"\d{4}\s*年|[〇零○一二三四五六七八九]{4}年|\d{4}-\d|世纪|年代", text) is not None


def written_out(time, show_year: bool) -> str | None:
    """A relative time expression as absolute text: 26日 → 4月26日, 星期四 → 7月11日,
    去年 → 2023年, 上个月 → 2024年6月 (the year when `show_year`)."""
    start: datetime = time.start
    text = time.text
    year = f"{start.year}年"
    relative_year = re.match(r"今年|本年|去年|前年|明年|后年|後年|同年|当年|當年", text)
    if COUNTED_BACK.fullmatch(text):
        if time.precision == "year":
            return year
        return year + f"{start.month}月" if time.precision == "month" else None
    if time.precision in ("year", "half", "season", "decade"):
        if relative_year:
            return year + text[relative_year.end():]
        return None
    if time.precision == "month":
        rest = re.sub(r"^(?:今年|本年|去年|前年|明年|后年|同年|当年)?\s*(?:本月|这个月|上个?月|下个?月|"
                      r"\d{1,2}\s*月|[〇零一二三四五六七八九十]{1,3}\s*月)", "", text)
        return (year if show_year or relative_year else "") + f"{start.month}月" + rest  # 今年1月至5月
    if time.precision in ("day", "hour", "minute"):
        day = re.search(r"[日号號]|星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天]|"
                        r"今天|今日|昨天|昨日|前天|明天|明日|后天|當天|当天|当日|當日|今晚|昨晚|今早|"
                        r"明晚|今晨|昨晨", text)
        rest = text[day.end():] if day else ""
        part = day[0][-1] if day and day[0][-1] in "晚早晨" else ""  # 今晚 → 8月26日晚
        return (year if show_year else "") + f"{start.month}月{start.day}日" + part + rest
    return None
