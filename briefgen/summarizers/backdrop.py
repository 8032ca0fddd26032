"""What is backdrop and what is news: a background sentence gives the context of a story (older
history, what things are, who is who, why it matters), not the story's own news, which the
chronology tells; and it reads whole, with nothing it names as known left behind in its article."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta

from briefgen.summarizers import Documents, Sentence
from briefgen.timex import news_day

STORY_MARGIN = 3  # days before the earliest source that are still the story's own days
UNDATED_WORDS = 0.4  # a sentence naming no time of its own: most of the entry's words…
UNDATED_OWN = 0.4  # …and half of its own (a summary of the whole story says much more)

# A figure in one currency with another's unit (新台币1100亿美元): a muddled translation.
CURRENCIES = r"(?:新台币|台币|人民币|港币|港元|美元|美金|欧元|英镑|日元|日圆|卢布|澳元|加元|韩元|卢比)"
CURRENCY_CLASH = re.compile(rf"({CURRENCIES})约?[\d.,，万亿千百]+\s*({CURRENCIES})")
# Characters a writer doubles on purpose (一一, 常常), and ones that end a word the next begins.
DOUBLED_ON_PURPOSE = set("一二三四五六七八九十个人天年日月常刚渐纷种样")

# A paragraph that opens on a phase or period of an account (第一阶段是二战结束至…): the
# sentences after it tell that phase, not how things stand.
PHASE = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,2}(?:阶段|时期|个阶段|期)|[一二三四五六七八九十]是)")
# A sentence before that tells what a document lays down (根据…《华盛顿宣言》，…): a sentence
# after it telling what will be done (美国将加强…) goes on with that document's terms.
DOCUMENT_FRAME = re.compile(r"^(?:根据|按照|依照|依据)[^，,。]{0,30}?(?:《[^》]{2,30}》|宣言|协议|协定|声明|"
                            r"条约|计划|方案|决定|规定)[^，,。]{0,6}[，,]")
FUTURE = re.compile(r"(?<![即])将(?:会|要)?(?=加强|继续|进一步|更加|增加|扩大|提供|采取|推动|部署|派遣|"
                    r"出动|实施|成为|在|于|对|向|与)")
# A speech, video or article named by who gave it, with nothing of what it said (央视发表了一段
# …教授的视频讲话。).
UNTOLD_SPEECH = re.compile(r"(?:发表|发布|播出|播放|刊登|刊出)了?[^。：:“”]{0,60}?"
                           r"(?:讲话|演讲|谈话|文章|声明|视频|评论|社论)[。！]?$|"
                           r"发表了?(?:[^，,。]{0,6}[和及、])?(?:看法|意见|评论|分析)(?![：:“]|[，,](?:说|称|认为|表示))")  # 学者也发表看法，
# What a trip or a day was to hold (蓬佩奥的行程包括与…会面): a plan, told by what took place.
PLAN = re.compile(r"(?:行程|日程|议程)(?:将|还将)?(?:包括|包含|安排)")
# An event announced by its kind before it is told (曾经发生过一段带有政治色彩的事件): what it was
# is in the sentences after.
ANNOUNCED = re.compile(r"(?:发生|出现)(?:过|了)?(?:一段|一起|一件|一个|一场|一次)[^，,。]{0,16}?"
                       r"(?:事件|事情|插曲|风波|事故)[，,。]?")
# A turn that needs what went before (局面出现了重大转折, 到了2018年，…), a meeting named by its
# number alone (首次会议由…主持: of what), a count of what passed
# since a start not given (历经了3位总统), 其他 with nothing named for it to be other than.
TURN = re.compile(r"(?:^|[，,])(?:首次|第[一二三四五六七八九十\d]{1,2}次)(?:会议|会谈|会晤|磋商)|(?:出现|发生|迎来)了?(?:重大|重要|戏剧性的?|根本性的?)?(?:转折|逆转)|^到了[^，,。]{1,12}[，,]")
SINCE_UNKNOWN = re.compile(r"历经了?[\d一二三四五六七八九十几数多]+")
SINCE_KNOWN = re.compile(r"(?<![各亲独])自(?![己称由治主动然])|从|以来|\d{4}年")
OTHER = re.compile(r"(?<![和与及、或同跟外])(?:其它|其他|其余)(?!人|国家和)")
# A paragraph that speaks as 我们 (outside a quotation) is someone's statement, or the writer's
# voice: none of its sentences is the outlet's fact (…理应看到的是展开全面透明调查。我们的心与…同在).
FIRST_PERSON = re.compile(r"我们|我国|我方")
# What is said to drive something, named only by what it does (支撑日本股价上涨的因素).
UNNAMED_FACTORS = re.compile(r"的(?:因素|原因)(?![是为有包：:，,如])")
# 新举措, 新的做法: a new measure no one has named (what is new, and whose). A named one
# (内蒙古双语教育新政策) is another thing.
UNNAMED_NEW = re.compile(r"(?:^|[，,：:；;]|而|是|但|虽然|尽管|由于|因为)新的?(?:举措|措施|政策|规定|规则|法规|"
                         r"法案|方案|禁令|制裁|做法|手段|方式|策略)")
# 除了香港局势，华为也…: besides a matter told before, the sentence adds another.
BESIDES = re.compile(r"^除(?:了)?[^，,。]{1,16}?(?:之外|以外|外)?[，,][^。]*?(?:也|还|亦)")


# What a sentence says a thing is (实体清单被认为是…, 纳瓦尔尼是…): the subject it defines.
DEFINED = re.compile(r"^([^，,。：:“”「」（）()]{2,12}?)(?:被(?:认为|视为|称为|称作)|常被称作|一直)?(?:是|为)(?!否|了|由|因|在)")


def defined_subject(text: str) -> str | None:
    """The subject `text` defines or profiles (实体清单 in 实体清单是…的一种工具), or None: two
    sentences defining one subject say what it is twice."""
    match = DEFINED.match(text)
    return match[1] if match else None


def garbled(text: str) -> bool:
    """A figure in one currency with another's unit (新台币1100亿美元): muddled in its source,
    and no one can tell which is meant."""
    return any(a != b for a, b in CURRENCY_CLASH.findall(text))


def written_once(sentence: Sentence, text: str) -> str:
    """`text` with a character its source wrote twice across a word boundary written once
    (亲民主派报报纸 → 亲民主派报纸): a one-character word the next word begins with."""
    tokens = sentence.tokens
    for a, b in zip(tokens, tokens[1:]):
        if len(a.word) == 1 and len(b.word) >= 2 and b.word[0] == a.word and \
                "\u4e00" <= a.word <= "\u9fff" and a.word not in DOUBLED_ON_PURPOSE and \
                b.offset == a.offset + 1:
            text = text.replace(a.word + b.word, b.word, 1)
    return text


def lost_context(documents: Documents, sentence: Sentence, text: str) -> str | None:
    """Why `text` (the sentence as it would read) leans on what its article told before it, or
    None: it goes on in a phase its paragraph opened on, with the terms of a document the
    sentence before names, names a speech and not what was said, a turn, a count or an 'other'
    with no start, a new measure or the drivers of something with no name."""
    paragraph = documents.analysis.paragraph(sentence)
    if sentence.index > 0 and paragraph and PHASE.match(paragraph[0].text):
        return "goes on in a phase its paragraph opens on"
    if sentence.index > 0 and len(paragraph) > sentence.index and FUTURE.search(text) and \
            DOCUMENT_FRAME.match(paragraph[sentence.index - 1].text):
        return "the terms of a document the sentence before names"
    if any(FIRST_PERSON.search(re.sub(r"“[^“”]*”|「[^「」]*」", "", other.text)) for other in paragraph):
        return "a paragraph speaking as we"
    if UNTOLD_SPEECH.search(text):
        return "a speech named, never given"
    if PLAN.search(text):
        return "a plan of what was to come"
    if ANNOUNCED.search(text):
        return "an event named, told after"
    if UNNAMED_NEW.search(text):
        return "names as known what it never said"
    if TURN.search(text) or BESIDES.search(text) or UNNAMED_FACTORS.search(text):
        return "leans on what it lost"
    count = SINCE_UNKNOWN.search(text)
    if count and not SINCE_KNOWN.search(text[:count.start()]):
        return "a count from a start it lost"
    other = OTHER.search(text)
    if other and not re.search(r"[和与及、]", text[:other.start()]):
        return "other than what it lost"
    return None


@functools.lru_cache(maxsize=4)  # once per brief
def story_days(documents: Documents) -> tuple[date, date] | None:
    """The days the story's sources were written in, from a few days before the first."""
    published = [news_day(c.article.published) for c in documents.selected if c.article.published]
    if not published:
        return None
    return min(published) - timedelta(days=STORY_MARGIN), max(published)


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if len(iso) >= 10 else None
    except ValueError:
        return None


@functools.lru_cache(maxsize=4)  # once per brief, when the chronology is built
def _story_entries(documents: Documents, told_at: tuple[tuple[str, str], ...]) -> list[tuple[str, set[str]]]:
    """The chronology's entries of the story's own days, each with its content words."""
    span = story_days(documents)
    return [(entry, _content_words(documents, entry)) for when, entry in told_at
            if (day := _day(when)) is not None and span[0] <= day <= span[1]]


def _content_words(documents: Documents, text: str) -> set[str]:
    return {w for w in documents.segmenter.content_words(text) if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w)}


def story_news(documents: Documents, sentence: Sentence, text: str, days: frozenset) -> bool:
    """Whether `text` tells the story's own news, which is the chronology's: an act of a day of
    the story's (纳瓦尔尼8月19日搭乘飞机…, 施泰因迈尔8月31日…接见…), or, naming no time, one an entry
    of the story's days tells with most of its words and half of the sentence's (蔡英文总统是应
    澳洲智库邀请…发表演说 beside 蔡英文应澳洲智库…邀请，发表视频演说…)."""
    span = story_days(documents)
    if span is None:
        return False
    mine = [d for d in (_day(x) for x in days) if d is not None]
    if documents.told_at and any(span[0] <= d <= span[1] for d in mine):
        return True  # an act of the story's own days: its news, when a chronology tells news
    if mine or sentence.times:
        return False  # of another time: history, or what stands
    own = _content_words(documents, text)
    return any(sum(1 for w in words if w in text) >= UNDATED_WORDS * max(1, len(words)) and
               sum(1 for w in own if w in entry) >= UNDATED_OWN * max(1, len(own))
               for entry, words in _story_entries(documents, tuple(documents.told_at)))


# A document the article opens on being issued (国务院联防联控机制印发《…的通知》（以下简称《通知》）).
ISSUED = re.compile(r"(?P<issuer>[^，,。“”「」]{2,20}?)(?:印发|发布|下发|出台|公布|发出)了?"
                    r"《[^《》]{0,60}?(?P<kind>通知|意见|方案|办法|决定|规定|指南|条例|公告)》")
# What it lays down, told with no one laying it down (湖北省和武汉市要全面加强…).
DIRECTIVE = re.compile(r"^[^，,。“”「」]{2,30}?(?:要|必须|应当|务必)(?![求是])(?=[\u4e00-\u9fff])")


# A document named by its kind alone, opening a sentence (宣言写入了…): the one just named.
BARE_DOCUMENT = re.compile(r"^(宣言|协议|协定|报告|法案|条约|声明|指引|公报|备忘录)(?=[\u4e00-\u9fff])")


def titled(documents: Documents, sentence: Sentence, text: str) -> str:
    """`text` with a document it names by its kind alone given its title, when the sentence
    before, in its paragraph, names one document of that kind (…发表《华盛顿宣言》。宣言写入了…
    → 《华盛顿宣言》写入了…)."""
    bare = BARE_DOCUMENT.match(text)
    if bare is None or sentence.index == 0:
        return text
    before = documents.analysis.paragraph(sentence)[sentence.index - 1].text
    titles = set(re.findall(rf"《[^《》]*{bare[1]}》", before))
    return text.replace(bare[1], titles.pop(), 1) if len(titles) == 1 else text


def laid_down(documents: Documents, sentence: Sentence, text: str) -> str:
    """A directive after the paragraph that names the document it comes from, told as that
    document's: 国务院联防联控机制的通知要求，湖北省和武汉市要… (bare, it reads as the brief's
    own order)."""
    if sentence.paragraph == 0 or not DIRECTIVE.match(text):
        return text
    issued = ISSUED.search(sentence.article.paragraphs[0])
    if issued is None:
        return text
    return f"{issued['issuer']}的{issued['kind']}要求，{text}"  # (not its title: the chronology
    # names it; nor its short name, 《通知》, which the brief never gives)


def unanchored(text: str) -> bool:
    """A time the reader cannot place: a day without its month (26日), a weekday, a year
    or month counted from the writer's (去年, 本月). A month and day without a year (8月20日)
    are in the brief's year: the analysis writes the year out for any other."""
    return bool(re.search(r"今晨|今早|昨晚|今晚|昨日|今日|明日|[本上下这]周|[本上下]星期|[本上下]个?月|[今去明前]年|"
                          r"[昨今明]天|星期[一二三四五六日天]|周[一二三四五六日]|(?<![年月\d])\d{1,2}日|"
                          r"(?<![月\d〇零一二三四五六七八九十])[〇零一二三四五六七八九十]{1,3}日", text))


def described_time(documents: Documents,
                   sentence: Sentence) -> tuple[datetime | None, str | None]:
    """When what a sentence tells happened: the first date it names, else its article's;
    and the day when the sentence names one."""
    for t in documents.times(sentence):
        if t.precision in ("year", "half", "season", "month", "day", "hour", "minute") and \
                (t.end - t.start).days <= 366:
            return t.start, (t.iso if t.precision in ("day", "hour", "minute") else None)
    published = sentence.article.published
    return (published.replace(tzinfo=None) if published else None), None
