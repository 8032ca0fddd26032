"""The clause of a sentence that tells one dated event: cut from the sentence at its date,
stripped of the date, its clutter and the frame that reports it. Pure text work, no analysis."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Callable, Sequence

from briefgen import timex
from briefgen.analysis.roles import ROLE_WORD
from briefgen.chinese import inside_quotes
from briefgen.summarizers import REPORTING, _absolute

ANNOUNCING = re.compile(r"宣布|证实|確認|确认|公布|宣告|发表声明|發表聲明")
# An official body's notice telling an act (某国海警周三（26日）在微博上公告，上星期天（23日）…截获…;
# 警方周四发文指，8月22日…): the act is the news, told as the notice's. Matched from a position.
NOTICE_FRAME = re.compile(r"(?!据)(?P<speaker>[^，,。；;“”「」]{2,40}?)"
                          r"(?P<verb>发布公告|发出公告|发布通报|发出通报|发布消息|公告|通报|"
                          r"发文|发帖|宣布|证实)(?:指|称|说|表示)?\s*[，,:：]")
CLAUSE = re.compile(r"(?:[（(][A-Za-z][A-Za-z .,'’\-]{0,60}[，,]\s*(?:简称|簡稱)[^（）()]{1,20}[)）]|"  # a name's
                    r"[^，,；;：:—]|—(?!—))+(?:[，,；;：:]|——)?")  # gloss (…Research，简称IACR ): no clause
ATTRIBUTION = re.compile(
    r"^(?:(?:据|自|来自)[^，,。]{1,30}?(?:报道|报导|消息|通报|介绍|了解)|[^，,。]{0,12}(?:报道|报导)(?:说|称|指)?)\s*[，,:：]?")
CLUTTER = re.compile(r"当地时间|北京时间|日前|近日|^稍早[，,]?|^早些时候[，,]?|[（(]\s*[)）]|^[，,、\s]+|[，,、\s]+$|"
                     r"^(?:凌晨|早上|上午|中午|下午|晚上|晚间)")
LEADING = re.compile(r"^(?:但是?|不过|然而|随后|其后|此后|然后|接着)(?=[\u4e00-\u9fff]{2}|[，,])|^(?:是|自|从|到了|等到|到|至|截至|直到|早在|就在|即|的|后|前|以来|起)+|^(?:于|在|就)(?=[，,])|"
                     r"^(?:由于|因为)|^(?:据)?估计(?:有)?|"  # the cause is what happened; a count
                     r"^有(?=(?:超过?|约|近|逾)?[\d一二两三四五六七八九十几数]+[^\d])")  # is its subject
# 这24家…, 该名…, 那批…: a thing or a person counted by reference to what came before.
COUNTED_REFERENCE = re.compile(r"[这那该此](?:[\d一二两三四五六七八九十几]+)?[个位名项家些批起次条份]")
CONDITIONAL = re.compile(r"^(?:如果|若|假如|虽然|尽管|因为|为了|随着)")
REASON = re.compile(r"以[^，,。]{2,40}为由[，,]$")  # 警方以…为由，驱散了集会: the act follows
REASON_GIVEN = re.compile(r"(?<=[\u4e00-\u9fff])以[^，,。]{2,40}为由[，,](?=[\u4e00-\u9fff])")
# 警方则以…: the 则 that sets an actor against another before it (not 规则, 原则, 否则)
THEN = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?<![规原否准法细守总])则(?=[以在将已于对向把被会要])")
CAUSE = re.compile(r"^(?:因为?|由于|担心)(?![此而])")  # why, after what was announced
# A figure over a period (上半年…出口了72.74亿美元): a state of that time, not an event.
FIGURE = re.compile(r"(?<![\d.,])[.,]*+\d[\d.,]*+\s*+(?:万|亿)*+\s*+(?:美元|元|欧元|英镑|日元|吨|桶|辆|人次|%|％)")
ANAPHOR = re.compile(r"^(该|此|这一?|上述)(?=[\u4e00-\u9fff])")
FRAME = re.compile(rf"(?:{REPORTING}|报道|报导|消息|宣布)[，,:：]$")
# A comment the reporter appends to an event (，这是…, ，此举…) is not part of it.
# …and what happened before it (，此前加拿大警方逮捕孟晚舟) is another event, of another time.
COMMENT = re.compile(r"[，,](?:这是|这也是|此举|这将|这意味着|意味着|这一|此次|这次|此前|在此之前|"
                     r"(?:让|使得?|令)(?:国际社会|外界|人们|舆论|各界|观察人士|分析人士))[^，,]*$")
# (…访问朝鲜，让国际社会认为…: what the act led others to think is the writer's reading)
# A notice named but not what it said (…公布接到中国大陆方面通知，证实…): what follows is the news.
UNTOLD_NOTICE = re.compile(r"(?:接到|收到|接获|获得?)[^，,。]{0,12}(?:通知|通报|照会|指示)[，,]$")
# A decision named but not what it decided (法院…做出决定，允许…): what follows is the news.
UNTOLD_DECISION = re.compile(r"(?:[做作]出了?(?:决定|裁决|裁定|判决)|裁定|宣判|"
                             r"(?:引入|出台|制定|推出|颁布|通过)了?新?(?:规定|规则|措施|办法))[，,]$")
# A list or result named but not who is on it (公布了2019年当选会士人员名单，王小云正式当选…):
# what follows is the news.
UNTOLD_LIST = re.compile(r"(?:公布|公开|发布|宣布|揭晓)了?[^，,。]{0,20}(?:名单|结果|得主|榜单|排名)[，,]$")
# A clause that only frames the act (亚洲股市在市场消息面多空交杂下，…) or tells how it was
# done (马斯克通过在线直播，展示了…): the act follows it.
FRAMED = re.compile(r"(?:之下|(?<![以其之])下|之中|期间|之际)[，,]$|"
                    r"(?:通过|透过|借助|经由|凭借)[^，,。]{1,16}[，,]$")
# Where or when what follows holds, a clause of its own (在规定佩戴口罩的地方，): no act yet.
SETTING = re.compile(r"在[^，,]{1,24}(?:的地方|地区|场所|场合|之际|期间)[，,]$")
# (…和16个联邦州引入了规定，在规定佩戴口罩的地方，不戴口罩者将被罚款…: the rule is what follows)
# Its object counted but not named (…发布一段视频): what it was is in a clause it lost.
UNNAMED_OBJECT = re.compile(r"[一两几数][段份则篇条张封][\u4e00-\u9fff]{1,3}$|"
                            r"(?:前往|赶到|赶赴|到达|抵达|来到)现场")  # …or a scene told before it
# An emphatic 就是 before the act (纳粹党就是利用…) leans on the clause it answers.
EMPHATIC = re.compile(r"(?<=[\u4e00-\u9fff])就是(?=利用|借|通过|以|在|靠|用|把|将|为了)")
# 才 of "only then" (动物园这个星期才通过超声波确认了…): with the date gone, it stresses nothing.
ONLY_THEN = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![人刚方天英口奇鬼干秀庸文良怪将帅])才(?=通过|在|于|把|将|"
                       r"开始|宣布|确认|正式|首次|得以|获得|完成|发现|抵达|公布)")
MAX_CHARS = 60
# A name's Latin spelling in brackets after it (林卓廷（Lam Cheuk-ting）, (Angela Merkel)).
LATIN_GLOSS = re.compile(r"(?<!\s)\s*+[（(][A-Za-zÀ-ž][A-Za-zÀ-ž0-9 .,'’\-]*"  # (…on 5G Security)
                         r"(?:[，,]\s*(?:简称|簡稱)\s*[A-Za-z]+\s*)?[)）]")  # (…Research，简称IACR )
ENOUGH = 16  # characters of a clause that already tell what happened
# An opening naming who says what follows (马莉表示，…; …报告指出，): whose words, not what.
SAYS_OPENING = re.compile(rf"^[^，,。？?“”]{{0,30}}?(?:{REPORTING}|认为|问|感叹)[，,：:]")


# A clause after the act that tells whom it names (，包括…), why (，原因是…), what the thing it
# made says (…发表调查报告，当中以…来形容…), how it came about (…受到化学灼伤，当时他被…袭击) or
# what it set off (…被指操纵选票，引发抗议): the point of the act, no act of another time.
# 当时 opening how what befell the act's subject came about (…受到化学灼伤，当时他被…袭击; □: a
# 他 a check has bound to the name before it).
HOW_IT_CAME = r"当时(?=[他她□]?(?:被|遭))"
TELLS_MORE = re.compile(rf"(?:其中)?包括|(?:原因|理由|起因)是|(?:当中|其中)(?=以|将|把|称|指|提到|写道)|"
                        rf"{HOW_IT_CAME}|(?:从而|随即|进而)?(?:引发|引起|触发)了?")


def in_title(text: str, found: timex.Timex) -> bool:
    """Whether a time stands inside a 《title》 (《2019年贸易和发展报告》): it names the title."""
    return re.search(r"《[^《》]*$", text[:found.offset]) is not None and \
        re.match(r"[^《》]*》", text[found.offset:]) is not None


def _clauses(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in CLAUSE.finditer(text)]


# What is left of a clause that only tells a time (今天(9月7日)下午，): no act of its own.
TIME_ONLY = re.compile(r"(?:[（(][^（()）]{1,12}[)）]|(?:当地|北京|美东|美国东部|欧洲中部|格林尼治|日本|韩国)时间|上午|下午|中午|晚上|晚间|凌晨|早上|傍晚|深夜|稍晚|稍早|时分)*")
# A clause of an act done (…“分家”后，) and one of a state that held on after it (依然都维持…).
AFTER_ACT = re.compile(r"(?:之后|以后|后)[，,]$")
STILL = re.compile(r"(?:也|都)?(?:依然|仍然|仍旧|依旧|仍|一直|始终|继续)")
# A clause telling what has gone on since the dated act, up to the report: no part of it.
SINCE_THEN = re.compile(r"\s*(?:至今|迄今|从此|自此|此后|之后一直|(?:自|自从)[^，,。]{1,16}(?:以来|起))")


def _resolve_anaphor(text: str, sentence: str, before: int) -> str:
    """该条约 → 《美韩共同防御条约》 when the sentence named it before."""
    match = ANAPHOR.match(text)
    if not match:
        return text
    rest = text[match.end(1):]
    titles = re.findall(r"《[^》]+》", sentence[:before])
    for size in range(4, 0, -1):
        noun = rest[:size]
        for title in reversed(titles):
            if len(noun) >= 2 and title.rstrip("》").endswith(noun):
                return title + rest[size:]
    return text


def compact(sentence: str, found: timex.Timex, others: list[timex.Timex],
            verbless: Callable[[str], bool] = lambda text: False) -> str:
    """The clause or clauses that tell what happened at `found`, without clutter; a clause
    with no act of its own (…在台“立法院”，喊出了…) goes on to the next (`verbless` tells)."""
    clauses = _clauses(sentence)
    index = next((i for i, (at, text) in enumerate(clauses)
                  if at <= found.offset < at + len(text)), 0)
    starts = {t.offset for t in others if t.offset != found.offset and t.iso != found.iso and
              not permitted(sentence, t, found)}
    parts = []
    for at, text in clauses[index:]:
        if parts and (any(at <= s < at + len(text) for s in starts) and
                      not TIME_ONLY.fullmatch("".join(parts).replace(found.text, "").strip("，, ")) or
                      SINCE_THEN.match(text)):
            break  # the next clause belongs to another date (至今攻进634球: up to now), unless
            # the time's own clause tells no act (今天(9月7日)下午，…2019年获奖名单…公布)
        parts.append(text)
        if AFTER_ACT.search(text) and len(clauses) > index + len(parts) and \
                STILL.match(clauses[index + len(parts)][1]):
            break  # 1993年捷克与斯洛伐克“分家”后，依然都维持…: the act of the date, not what held on
        if len("".join(parts).replace(found.text, "")) >= ENOUGH and len(text) > 5 and \
                not verbless("".join(parts).replace(found.text, "").lstrip("，, ")) or \
                text.endswith(("；", ";")):
            break  # (not after 意大利，: an item of a list written with commas)
    while len(clauses) > index + len(parts) and len(LATIN_GLOSS.sub("", "".join(parts))) < MAX_CHARS and (
            FRAME.search(parts[-1]) or CONDITIONAL.match(parts[-1]) or REASON.search(parts[-1]) or
            UNTOLD_NOTICE.search(parts[-1]) or UNTOLD_DECISION.search(parts[-1]) or UNTOLD_LIST.search(parts[-1]) or
            len(parts) > 1 and (CAUSE.match(parts[-1]) or SETTING.match(parts[-1])) or
            FRAMED.search(parts[-1])):  # what was
        # reported, the rest of an if, where a rule holds (在规定佩戴口罩的地方，…)
        parts.append(clauses[index + len(parts)][1])  # (宣布，因…恶化，担心…，已决定辞任…)
    taken = index + len(parts)
    if len(parts) > 1:  # a reporting frame is not the event when what it reports follows,
        announced = ANNOUNCING.search(parts[0]) and FRAME.search(parts[0])
        parts = [part for n, part in enumerate(parts[:-1]) if (  # but an announcement is
            not FRAME.search(part) or ANNOUNCING.search(part)) and  # (宣布，召见…), without
            not (n and announced and CAUSE.match(part))] + parts[-1:]  # its reasons (因…，)
    after = clauses[taken][1] if len(clauses) > taken else ""
    if TELLS_MORE.match(after) and len("".join(parts).replace(found.text, "") + after) <= MAX_CHARS:
        parts.append(after)  # 拘捕13名男子，包括…林卓廷: whom the act names; …被停机，原因是…: why
    event = _without_anchor(sentence, "".join(parts), found)
    for other in [found] + [o for o in others if o.iso == found.iso and not in_title(sentence, o)]:
        at = event.find(other.text)
        framing = at >= 0 and re.match(r"[)）]?[^，,。的]{0,12}的[^，,。]{1,8}(?:上|中|时|期间)",
                                       event[at + len(other.text):])
        event = re.sub((r"的?" if framing else r"的?(?:于|在)?") +  # 在当天举行的会谈上: 在 stays
                       r"\s*(?:将近|大约|约|近)?[（(]?" + re.escape(other.text) +
                       r"[)）]?(?:左右|许)?(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚间|深夜|稍晚|稍早|"
                       r"晚些时候|早些时候)?"  # 23日上午, 周一稍晚
                       r"(?:份)?(?:的?时候|时(?![间期代刻]))?(?:的)?" +  # 近6时, 6时左右; 4月时; 8月16日的时候
                       r"(?:起(?=\s*(?:正式|开始|全面)?(?:发布|实施|生效|施行|启用|运行|上线|推出|开放|执行)))?" +  # 于8月起正式发布
                       (r"(?:举行|召开)?(?:的)?" if framing else ""), "", event,
                       count=1)  # (在当天举行的会谈上 → 在会谈上, not 在举行的会谈上)
        if framing and at == 0 and not re.match(r"[在于当]", event):
            event = "在" + event  # (2013年的Kcon V2上，… → 在Kcon V2上，…)
    if any(re.search(r"(?:和|与|及|、|至|到)\s*" + re.escape(o.text), event) or
           re.search(re.escape(o.text) + r"\s*(?:和|与|及|、)", event)
           for o in others if o.iso != found.iso):
        return ""  # 王毅在8月31日和9月1日均…: one entry cannot hold two days
    event = re.sub(r"——\s*(?=[，,])|——$", "", event)
    event = re.sub(r"[（(]\s*[)）]", "", event)
    event = ATTRIBUTION.sub("", CLUTTER.sub("", event).strip())
    event = CLUTTER.sub("", LEADING.sub("", event.strip())).strip()
    event = REASON_GIVEN.sub("", THEN.sub(r"\1", event))  # (the act, not the grounds it was
    # done on: they are the actor's claim)
    event = _resolve_anaphor(event, sentence, clauses[index][0])
    event = ONLY_THEN.sub("", EMPHATIC.sub("", event.rstrip("，,；;：:、。 ")))
    event = re.sub(r"(?<=[\u4e00-\u9fff]{4})是$", "", event)  # …发帖文是在8月11日: the cleft's 是
    event = LATIN_GLOSS.sub("", event)  # (Angela Merkel):
    if len(event) > MAX_CHARS:  # a gloss the entry drops takes none of its length
        cut = max(event.rfind(mark, 0, MAX_CHARS) for mark in "，,；;")
        short = event[:cut] if cut > 10 else ""  # no clause ends in time: not cut mid-phrase
        organizer = ORGANIZED_BY.match(event)
        if organizer and len(event) - organizer.end() <= MAX_CHARS:
            short = event[organizer.end():]  # (由…主办，…承办的2019“…”宣传活动…启动: what was held)
        while short and verbless(short) and not re.search(r"[在于到向对从的]", short) and \
                re.search(r"[，,]", event):  # (a clause naming who, with no act or place)
            who, event = re.split(r"[，,]", event, maxsplit=1)  # (局长潘卓辉，…秘书长等一行八人到…调研:
            named = NAMED_LAST.search(who)  # the act, its first actor by name alone: 潘卓辉、…)
            if named and len(named["name"]) + 1 + len(event) <= MAX_CHARS:
                event = f"{named['name']}、{event}"
            short = event if len(event) <= MAX_CHARS else ""
        event = re.sub(r"[，,]\s*(?:近年来|近年|近来|近期|此后|之后|随后|其后|后来|目前|如今)$", "", short)
        # (…创办于2011年，近年来，先后…举办了8次会议: a span's opening left by the cut goes)
    return event


# A person named last in a clause of who he is (…街道经济和科技促进局局长潘卓辉).
NAMED_LAST = re.compile(rf"(?:{ROLE_WORD.pattern})(?P<name>[\u4e00-\u9fff]{{2,3}})$")


# Who organized a thing, before the thing (由…主办，…承办的第三届…论坛): no act of its own.
ORGANIZERS = (r"由(?![于此])[^。；;的“”]{2,80}?(?:主办|承办|协办|举办|合办|发起|组织|牵头|指导|主持|"
              r"策划|出品|支持|赞助)")
ORGANIZED_BY = re.compile(ORGANIZERS + "的")


# A verb that lets or bars what follows: a later date in its clause dates what it lets happen.
PERMITTING = re.compile(r"(?:允许|批准|准许|同意|禁止)[^，,。；;]*$")


def permitted(sentence: str, other: timex.Timex, found: timex.Timex) -> bool:
    """Whether a later day sits in what a decision lets or bars (法院周五做出决定，允许民众本周六
    上街抗议): the day of the permitted act, not a second event of the sentence."""
    return other.precision in ("day", "week") and other.start > found.start and \
        bool(PERMITTING.search(sentence[max(sentence.rfind("，", 0, other.offset), 0):other.offset]))


def written_day(text: str, other: timex.Timex) -> str:
    """The text with a permitted act's relative day written out (本周六 → 8月29日; 周末
    stays: a weekend is two days)."""
    if other.precision != "day":
        return text
    return text.replace(other.text, f"{other.start.month}月{other.start.day}日", 1)


# A day told by its distance from an event (示威前一天, 选举后第二天, 事发当天).
DAY_BY_EVENT = re.compile(r"(?:前一[天日]|后一[天日]|第二天|次日|翌日|当[天日晚夜])$")


def _without_anchor(sentence: str, event: str, found: timex.Timex) -> str:
    """The event without a day told by another event (示威前一天，法院推翻了禁令 → 法院推翻了
    禁令; 法院在示威前一天推翻了禁令 → 法院推翻了禁令): the anchor goes with the day, never
    left behind as a noun opening the entry (示威，法院…)."""
    if not DAY_BY_EVENT.search(found.text):
        return event
    day = re.escape(found.text)
    event = re.sub(r"(?:^|(?<=[，,；;]))\s*[^，,；;。“”「」]{1,14}?" + day + r"\s*[，,]", "", event, count=1)
    return re.sub(r"(?:在|于)[^，,；;。在于“”「」]{1,14}?" + day, "", event, count=1)


def _quoted_relative(sentence: str, found: timex.Timex) -> bool:
    """Whether a time counted from the moment of speaking (今天, 昨天, 上周, 星期四) stands
    inside quotation marks: it speaks from when the quote was said, which the article
    need not share."""
    return inside_quotes(sentence, found.offset) and not _absolute(found.text) and not re.search(r"\d{1,2}月", found.text)


def _unbalanced(text: str) -> bool:
    """A quote or bracket cut open: the entry stops inside what someone said."""
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1 or \
        text.count("（") != text.count("）") or text.count("《") != text.count("》")


# What an announcement says, quoted right after its verb (中国军方宣布"东部战区…演练，…").
ANNOUNCED_QUOTE = re.compile(r"(?:宣布|公布|通报)[“\"「]")


def announced_unquoted(sentence: str, text: str) -> str:
    """An entry cut inside the quote an announcement opens (中国军方宣布"东部战区…出动兵力)
    told as indirect speech, with as many of the quote's clauses as an entry holds: what was
    announced is the act, not anyone's words."""
    opened = ANNOUNCED_QUOTE.search(text)
    if not opened or not _unbalanced(text):
        return text
    at = sentence.find(text[:opened.end()])
    if at < 0:
        return text
    start = at + opened.end()
    close = re.search(r"[”\"」]", sentence[start:])
    if not close:
        return text
    told = text[:opened.end() - 1]
    for _, clause in _clauses(sentence[start:start + close.start()]):
        if len(told) + len(clause) > MAX_CHARS + PAIRED_EXTRA // 2:
            break
        told += clause
    return told.rstrip("，,；;。 ")


# A claim or a judgement, not something that happened.
OPINION = re.compile(r"意味着|或将|可能|应该|应当|必须|坚定不移|不可动摇|的体现|是为了|旨在|有望|"
                     r"希望|相信|主张|认为|否认|坚称|声称|宣称|担心|担忧|表明|显示出|凸显|告诉|没有|并未|未曾|将有|将于|"
                     r"将会|将在|并将|还将|也将|计划|拟于|^[^，,]{1,12}是[^，,]{2,24}的$|是在|不会|不是|"
                     r"经常|常常|往往|通常|一向|一直|以来|我们|年来|月来|"  # …or a habit, or a span
                     r"即将|将要|准备|打算|(?<![模虚草])拟")  # …or a plan, not yet an event


def judges(text: str) -> bool:
    """Whether a text judges, feels or plans rather than tells what happened. A word of
    feeling or planning that is a noun (引发了…的担忧) or qualifies the news of a thing
    (安倍准备辞职的消息导致股市急挫) is no judgement of the entry's own."""
    for match in OPINION.finditer(text):
        before, after = text[:match.start()], text[match.end():]
        if before.endswith("的") or re.match(r"[^，,。]{0,8}的(?:消息|报道|传闻|传言|新闻)", after):
            continue
        if match[0] in ("还将", "也将", "并将") and re.match(r"[\d一二两三四五六七八九十数]", after) or \
                match[0] in ("年来", "月来", "以来") and re.match(r"最|首次|首度", after) or \
                match[0] in ("担忧", "担心", "计划") and re.match(r"的|$|[，,。；;]", after):
            continue  # 还将24家企业列入…, 73年来最严重的萎缩, 对…担忧的拖累, 制定应急计划: told
        # as fact (将 for 把; a record; a noun)
        if match[0] in ("希望", "盼望", "期望", "打算", "计划") and \
                re.search(r"(?:已经|已|曾经|曾)[^，,。；;]*(?:申请|请求|要求|提议|动议)$", before):
            continue  # 已经提出申请希望开始人体试验: the application made; its hope is its purpose
        return True
    return False


THIS_YEAR = re.compile(r"^(?:今年|本年)(?:早些时候|稍早|度)?$")


def publication_year_only(found: timex.Timex, reference: datetime) -> bool:
    """Whether a date says no more than the article's own year (今年鲜有露面, 今年第8号台风):
    the sentence names no time of its own, so it dates no event."""
    return found.precision == "year" and found.start.year == reference.year and \
        bool(THIS_YEAR.match(re.sub(r"\s+", "", found.text)))


# Urging another party, or a call told as made again (五角大楼已于7月促请中国减少…, 拉布再次
# 呼吁…进行对话): a stance restated, the viewpoints' matter, not an event of the day.
URGED = re.compile(r"促请|敦促|(?:再次|再度|一再|重申|再一次|继续)(?:呼吁|要求|警告|强调|表示)")

# An invitation the act answers (应澳洲智库…邀请): what was done follows it.
INVITED = re.compile(r"(?:^|[，,])[^，,]*应[^，,]{1,40}(?:邀请|之邀|邀)[，,]?$")
# What a text relays, told with who made it public on that day (根据五角大楼星期二(9月1日)
# 公布的…《中国军力报告》，…): the making public is the day's act.
PUBLISHING = r"(?:公布|发表|发布|提交|公开|出版)"


def published_by(sentence: str, found: timex.Timex) -> str | None:
    """The act of a frame 根据/据 + who + date + 公布的 + what (五角大楼公布…《中国军力报告》),
    or None when the date does not sit in such a frame."""
    frame = re.match(r"(?:根据|依据|据)(?P<who>[^，,。“”\d]{2,20}?)\s*" + re.escape(found.text) +
                     r"\s*(?:[（(][^（）()]{1,12}[)）])?\s*(?P<verb>" + PUBLISHING +
                     r")的(?P<what>[^，,。：:]{2,60}?(?:报告|公报|白皮书|文件|数据|名单|》))[，,]",
                     sentence)
    return frame and frame["who"] + frame["verb"] + frame["what"]


# The occasion a stance was taken at (蔡英文在出席“F-16维修中心成立典礼”时表示，…不是靠卑躬屈膝，
# 而是…): the stance is a viewpoint, the occasion the day's event (蔡英文出席…典礼).
OCCASION = re.compile(r"^(?P<who>[^，,。在]{2,30})在(?=出席|参加|参观|视察|主持|访问)(?P<what>[^，,。]{4,40}?)"
                      r"(?:时|期间|之际)(?:表示|说|指出|称|强调)$")


# What was said goes on past the cut: the clauses so far are a topic awaiting its predicate
# (捍卫…主权，维持区域和平稳定，不是靠卑躬屈膝，而是要有坚实的国防) or the first half of a pair.
PREDICATE_GOES_ON = re.compile(r"(?:不是|并不是|并非|而是|才是|就是|靠的是|关键是)")
# Where the act just told went on (…出动兵力，在台海地区连续组织实战化演练): the same act's place.
WHERE_GOES_ON = re.compile(r"在[\u4e00-\u9fff]{2,10}(?:地区|海域|海峡|一带|周边|附近|境内|边境)")
# What the act just told caused, counted (…暴洪，肆虐…一座城市，造成至少100人罹难): its toll is
# the news of it.
TOLL_GOES_ON = re.compile(r"(?:造成|导致|致使)(?:至少|逾|超过|近|约|将近)?[\d一二两三四五六七八九十百千万几数]")
PAIR_OPENERS = (("不是", "而是"), ("不仅", "而且"), ("不但", "而且"), ("虽然", "但"))
PAIRED_EXTRA = 20  # characters an entry may grow by to keep both halves of a pair


def pair_open(text: str) -> bool:
    """Whether `text` opens a pair (不是…) whose second half (而是…) it does not hold."""
    return any(first in text and second not in text.split(first, 1)[1]
               for first, second in PAIR_OPENERS)


def goes_on(parts: list[str], clause: str) -> bool:
    """Whether what was said must go on to `clause`: it is the predicate the clauses so far
    await, or they open a pair it may close."""
    return bool(PREDICATE_GOES_ON.match(clause) or pair_open("".join(parts)) or
                WHERE_GOES_ON.match(clause) or TOLL_GOES_ON.match(clause))


# An entry that ends on a verb wanting its content (…在Twitter上发帖, 约翰逊承诺), on a thing
# counted but not told (发布了一项行政命令) or on a cause without what it caused (…说，由于…有缺陷)
# tells no act: it is completed from its sentence, or refused.
WANTS_CONTENT = re.compile(r"(?:发帖|发推|发文|发表了?(?:联署|联名信|公开信)|(?:联合|共同)(?:公布|发布)|承诺|批评|抨击|谴责|表示|指出|显示|声称|宣称|警告|呼吁|"
                           r"[一两几数][项段份则篇条张封道][\u4e00-\u9fff]{1,4}|"
                           r"(?:靠|凭借?|依靠)[^，,]{1,20}(?:带领|率领|帮助|协助))$|"
                           r"(?:^|[，,])(?:由于|因为)[^，,]*$")
CRITICISED = re.compile(r"(?:批评|抨击|谴责|驳斥)[“「][^“”「」]*[”」]$")  # the words, not whom
OBJECT_BEFORE = re.compile(r"^(?:针对|对于|就)[^，,。]{4,50}[，,]")  # 针对…报告，华春莹批评“…”
OPEN_CLAUSE = re.compile(r"^(?:如果|若|假如|由于|因为)|(?:的话|时)[，,]$")
COMPLETED_CHARS = MAX_CHARS + PAIRED_EXTRA


# 承诺, 批评, 警告 and 呼吁 as nouns, the object of a verb or after 的 (展示对韩国的延伸威慑承诺):
# the act is told whole.
NOUN_USE = re.compile(r"(?:的[\u4e00-\u9fff]{0,6}|(?:展示|作出|做出|兑现|履行|重申|提出|发出|受到|遭到|"
                      r"引发|面临|违背|违反)[^，,。]{0,10})(?:承诺|批评|警告|呼吁)$")


def wants_content(text: str) -> bool:
    """An entry cut before what was said, promised or caused."""
    text = text.rstrip("。. ")
    return bool(WANTS_CONTENT.search(text) and not NOUN_USE.search(text) or
                CRITICISED.search(text) and not OBJECT_BEFORE.match(text))


def completed(sentence: str, text: str, wants: Callable[[str], bool] | None = None) -> str | None:
    """The entry with what its sentence goes on to tell (up to COMPLETED_CHARS), the entry
    itself when it wants nothing, or None when its sentence cannot complete it; `wants`
    says what an entry wants (content after its verb by default)."""
    wants = wants or wants_content
    if not wants(text):
        return text
    text = text.rstrip("。. ")
    if CRITICISED.search(text):  # what was criticised is named before: 针对…，
        head = OBJECT_BEFORE.match(sentence)
        whole = head.group() + text if head and head.group()[2:-1] not in text else ""
        return whole if whole and len(whole) <= COMPLETED_CHARS else None
    sentence = LATIN_GLOSS.sub("", sentence)  # (Boris Johnson)
    tail = next((text[-size:] for size in (8, 6, 4) if len(text) >= size and
                 sentence.count(text[-size:]) == 1), None)
    if tail is None:
        return None
    rest = re.split(r"(?<=[。！？!?])", sentence[sentence.index(tail) + len(tail):])[0]
    if not rest.startswith(("，", ",")):
        return None
    for _, clause in _clauses(rest.lstrip("，,")):
        last = clause.endswith(("。", "；", ";")) or not clause.endswith(("，", ","))
        body = clause.rstrip("，,；;。 ")
        after = re.search(r"(?<=[\u4e00-\u9fff]{4})之?后$", body)
        if after:  # 发帖，谴责…的做法后，…: what was done that day ends before 后
            body = body[:after.start()]
        if len(text) + 1 + len(body) > COMPLETED_CHARS:
            return None
        text += "，" + body
        if after or last or not (OPEN_CLAUSE.search(clause) or wants(text)):
            return None if wants(text) else text
    return None


# A reference the writer names after a dash (该视频应用的母公司——中国互联网巨头字节跳动): the
# name stands for it.
APPOSED = re.compile(r"(?:该|这个|这家|此)[^，,。—“”]{1,16}——(?=[^，,。—]{2})")


# A space between two Chinese characters (markup residue: （后 被保释）) and a 的 typed twice.
HAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff（“])[ \u3000\u00a0]+(?=[\u4e00-\u9fff）”])")
TYPED_TWICE = re.compile(r"的的(?!确)")


def tidy(text: str) -> str:
    """A text without markup residue between Chinese characters and a 的 typed twice; a space
    parting the phrases of a quoted slogan (“金融知识普及月 金融知识进万家”) stays, one space."""
    def residue(space: re.Match) -> str:
        slogan = inside_quotes(text, space.start()) and \
            re.search(r"[\u4e00-\u9fff]{4}$", text[:space.start()]) and re.match(r"[\u4e00-\u9fff]{4}", text[space.end():])
        return " " if slogan else ""
    return TYPED_TWICE.sub("的", HAN_SPACE.sub(residue, text))


def clause_at(sentence: str, found: timex.Timex) -> str:
    """The clause holding a time expression."""
    return next((text for at, text in _clauses(sentence) if at <= found.offset < at + len(text)), "")


def time_alone(sentence: str, found: timex.Timex) -> bool:
    """Whether a time's clause tells the time and nothing else (9月6日，; 当地时间9月16日下午，)."""
    return TIME_ONLY.fullmatch(clause_at(sentence, found).replace(found.text, "", 1).strip("，, ")) is not None


def around(sentence: str, found: timex.Timex) -> str:
    """The clause holding a time expression and the clause after it: what it dates."""
    clauses = _clauses(sentence)
    index = next((i for i, (at, text) in enumerate(clauses)
                  if at <= found.offset < at + len(text)), 0)
    return "".join(text for _, text in clauses[index:index + 2])


# A Latin short name given in brackets after a Chinese name (第三届知道安全论坛（Kcon V3）).
SHORT_LATIN = re.compile(r"([\u4e00-\u9fff]{2,})[（(]([A-Za-z][A-Za-z0-9 .\-]{1,20}?)[)）]")


def short_name_kept(sentence: str, paragraphs: Sequence[str], text: str) -> str:
    """`text` with the Latin short name the report goes on to use put back after what it
    names (第三届知道安全论坛在鸟巢举行 → 第三届知道安全论坛（Kcon V3）在鸟巢举行, when the report
    later says 在本次Kcon V3上): an entry that uses it elsewhere is then understood. The
    report's text is read only for a sentence that gives one."""
    body = None
    for found in SHORT_LATIN.finditer(sentence):
        body = "\n".join(paragraphs) if body is None else body
        name, short = found[1], found[2].strip()
        if short in text or not re.search(rf"(?<![（(A-Za-z]){re.escape(short)}(?![)）A-Za-z])", body):
            continue  # (吉欧里托（Lucas Giolito）: a name's spelling, never used alone)
        tail = next((name[i:] for i in range(len(name) - 1) if name[i:] in text), None)
        if tail and not re.match(r"\s*[（(]", text[text.find(tail) + len(tail):]):
            at = text.find(tail) + len(tail)
            text = f"{text[:at]}（{short}）{text[at:]}"
    return text
