"""Viewpoints: who said what. The analysis reads the speech of every sentence (speaker,
role, camp, claim); here claims that stand alone are kept, the same speaker saying the same
thing in several sources becomes one viewpoint, and the viewpoints are chosen camp by camp
and printed grouped by camp, in the spec's order of camps (or the most heard first)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import timedelta

from briefgen.analysis.gazetteer import OTHER
from briefgen.analysis.script import to_simplified
from briefgen.analysis.standalone import BOTH_SIDES
from briefgen.analysis.claims import LONG_CLAIM
from briefgen.analysis.speech import (ACTION_CUE, BODY, GROUP, ROLE_WORD, TRANSLITERATION, balanced_claim,
                                      split_speaker)
from briefgen.model import Item
from briefgen.spec import Section
from briefgen.summarizers import Documents, Sentence, _pairs, cosine, pair_share
from briefgen.summarizers.wording import (QUESTION_ONLY, asked_on_topic, asked_once, readable, with_asked,
                                          with_question)
from briefgen.summarizers.speakers import (body_voice, described_people, home_country, said_alike,
                                           same_people)

SAME_CLAIM = 0.45
PER_SPEAKER = 2  # no one voice fills a camp
# What makes a claim a stance (an assessment, demand, warning, denial, accusation, position)
# rather than a report of facts or plans.
STANCE = re.compile(
    r"应该|应当|(?<![反相对回供])应(?![用对邀约])|必须|不能|不可|不会|不得|决不|绝不|无法|反对|支持|谴责|批评|呼吁|"
    r"要求|敦促|促请|警告|威胁|挑衅|错误|违反|违背|侵犯|干涉|干预|希望|愿意|坚决|强烈|严重|关切|"
    r"关注|担忧|担心|相信|认为|肯定|否认|拒绝|接受|代价|红线|有必要|意味着|表明|证明|显然|危机|"
    r"突破|意义|目的|不利于|有利于|挑战|值得|恐怕|可能|重要|关键|成功|失败|进展|奇迹|亮点|鲁莽|"
    r"霸道|强权|非法|合法|无理|无端|荒谬|荒唐|歪曲|抹黑|污蔑|诽谤|不合理|不公|可惜|误以为|有误|责任|承诺|决心|坚持|维护|捍卫|保障|"
    r"尊重|不满|遗憾|欢迎|赞赏|感谢|同意|需要|不一定|变成|沦为|无异于|不过是|根本|完全|若|如果|一旦|"
    r"高兴|欣慰|兴奋|自豪|骄傲|失望|难过|痛心|震惊|荣幸|开心|(?:很|太|真|非常)棒|"
    r"后果|反制|报复|并没有|并非|并不|并未|不是|至少(?![\d一二两三四五六七八九十百千万几数])|只是|仅仅|甚至|竟然|真正|确实|一定|必然|明显|势必|"
    r"消灭|扼杀|剥夺|压迫|歧视|前提|条件|做好|准备好|不同意|一致|分歧|问题在于|事实上|其实|说法有误|不实|"
    r"种族灭绝|同化|镇压|迫害|压制|打压|侵害|危害|破坏|主权|内政|原则|立场|不清楚|不知道|惊讶|意外|"
    r"不变|难以|很难|难说|是一场|加剧|恶化|霸权|反感|不排除|伟大|价值观|殃及|体现|更像|不明朗|过头|"
    r"过分|欺骗|背叛|出卖")
# Claims that say nothing of their own: watching, no comment, no information to give.
SAYS_LITTLE = re.compile(r"^(?:正在|将|会|一直)?(?:密切)?(?:关注|注意到|留意)(?:着)?(?:局势|事态|情况|此事|"
                         r"有关报道|相关报道)?(?:的)?(?:发展|进展|动态)?。$|不予置评|无可奉告|没有(?:进一步)?评论|"
                         r"^(?:目前|暂时|暂)?(?:没有|无)[^。，]{0,12}(?:信息|消息|资料|细节)(?:可以|可)?(?:提供|透露)。$|"
                         r"^[^。，,]{0,8}(?:不知道|不清楚)[^。，,]{0,16}(?:为什么|为何)[^。]{0,30}。$")  # 澳方不知道…为什么…
# What a claim holds apart from its own voice: the background of a 随着 clause, a purpose
# clause after an action (…发射了两枚导弹，以向美国发出警告) and a pledge named as a noun
# (重申…的承诺) report what others did or said; their stance words are not the speaker's, nor
# are the words of a charge (涉嫌…非法集结并破坏社会安宁), of a plan (还将讨论“…”) or of
# 接受治疗; nor is a patient's state (病情严重: a hospital's report) or the terms a decision
# sets (允许示威的前提条件是…: what a court ruled).
NOT_OWN = re.compile(r"^随着[^，,。]*[，,]|(?:病情|伤势|健康状况)[“「]?(?:仍然|依然|仍|十分|非常|很|相当)?"
                     r"(?:严重|危急|危重|稳定|好转|恶化)|"
                     r"(?:允许|批准|准许)[^，,。]{0,12}的(?:前提)?条件(?:是|为)[^。]*|[，,]以(?!色列|及|便于|来)[^，,。；]*|的承诺|承诺的|涉嫌[^。]*|"
                     r"接受(?:治疗|采访|检查|询问)|已(?:于[^，,。]{1,8})?(?:宣布|表示|宣称)[^。]*|需要(?:使用|接受|住院|进行)|(?:还|也|又)?将(?:要)?(?:讨论|访问|会见|会晤|举行|前往|"
                     r"出席|签署|展开|进行|抵达)[^。]*")
# A claim that opens on a date or a time tells what happened then: a report, not a view.
TOLD_EVENT = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^(?:几天前|前几天|日前|近日|上周|昨天|前天|当天|当时|"
                        r"此前|早些时候)")
# An unnamed voice of no known side (医生, 政府官员, 活动人士): who it is, the reader cannot tell.
UNNAMED = re.compile(rf"^(?:[一两三几多许]*[名位个些])?[\u4e00-\u9fff]{{0,3}}{ROLE_WORD.pattern}(?:们)?$")
# Bodies and posts of a state that news names without their country (联邦议院, 基民盟).
NATIONAL = re.compile(r"议院|议会|国会|政府|内阁|党|盟|总理|总统|议长|部长|议员|大臣|国务秘书|"
                      r"部(?:发言人|官员)?$|省(?:长|发言人|官员)?$|警方|法院|军方")
# Camps that are no party to a story: a report from the media or from an unidentified voice is
# a viewpoint only when it takes a stance.
NO_PARTY = {"媒体", OTHER}
# Unnamed sources (知情人士, 消息人士): they tell what they know, not a side's view.
INFORMANT = re.compile(r"(?:知情|消息|匿名)人士$|知情者$|消息来源$|^(?:一名|另一名|其中一名)?知情")
# A judgement of how things stand (绝对权威, 实际上的二号人物): the speaker's assessment,
# weighs more than a stance word (it counts here, not in what the chronology leaves out).
ASSESSMENT = re.compile(r"实际上|绝对")
STANCE_CUE = re.compile(r"认为|强调|警告|呼吁|谴责|批评|反驳|坦言|直言|重申|怒斥|声称|宣称|否认|坚称")


# A claim telling an act as done (已将…, 已经…, 曾…): a report of a fact, not a view.
DONE_ACT = re.compile(r"(?<![而])已(?:经)?(?!于)|(?<![未不])曾(?:经)?(?![经])")
TOLD = 0.8  # share of a claim's character pairs an entry holds: told word for word
TOLD_CLAUSE = 12  # characters of one clause of a claim an entry holds word for word: told there


def _words_told(entry: str) -> str:
    """What an entry telling a statement says was said (…发表声明说，CLAIM), or ""."""
    said = re.split(r"(?:说|表示|称|指出)[，,：:]", entry, maxsplit=1)
    return said[1] if len(said) == 2 and len(said[1]) >= 8 else ""


def _clause_told(claim: str, entry: str) -> bool:
    """Whether a chronology entry holds a long clause of the claim word for word (王毅…称，…，
    一定要让其为自己的短视行为和政治投机付出沉重代价): the viewpoint would say it again."""
    return any(len(clause) >= TOLD_CLAUSE and clause in entry
               for clause in re.split(r"[，,。；;！？!?“”「」]", claim))


def takes_stance(claim: str, cue: str = "") -> bool:
    """Whether a claim is a stance (a view, a warning, a demand) rather than the report of
    an event: a stance cue (认为, 警告), or stance words of its own in a claim that does not
    tell an act as done (国情院表示，金某已将…: the announcement of a fact)."""
    if TOLD_EVENT.match(claim):
        return False
    if STANCE_CUE.search(cue or ""):
        return True
    own = NOT_OWN.sub("", claim)
    return bool(STANCE.search(own)) and not DONE_ACT.search(own)


def said_long_ago(documents: Documents, sentence: Sentence) -> bool:
    """A claim dated years before the brief's window (2002年，卢卡申科曾经说过…), or told
    in a passage about such a time: a portrait's quote, not a view on the story."""
    frame = _frame_times(documents, sentence)
    start = documents.spec.dates.start
    return start is not None and bool(frame) and all(
        t.end.date() < start - timedelta(days=365) for t in frame)  # a year before the window


def _frame_times(documents: Documents, sentence: Sentence) -> list:
    """The times that frame a claim: those before it in its sentence, else those of the
    last sentence of its paragraph that names one (六月初，… 金与正很快声称…)."""
    speech = sentence.speech
    frame = [t for t in sentence.times if speech is None or t.offset < speech.claim_start]
    if not frame:  # 2019年7月，…被判处30天监禁。他在那次服刑期间…纳瓦尔尼表示…: the time
        article = documents.analysis.by_article.get(sentence.article.id, [])  # told before
        paragraph = sentence.article.paragraphs[sentence.paragraph]
        reach = sentence.paragraph - (1 if re.search(r"那次|那时|当时|那一年|彼时", paragraph) else 0)
        before = [s for s in article[:sentence.position] if s.paragraph >= reach and s.times]
        frame = before[-1].times if before else []
    return frame


# 曾公开警告, 此前表示, 早前称: the writer tells a statement made before the story.
SAID_BEFORE = re.compile(r"(?<![未不何])曾(?:经)?(?!经)|此前|早前|先前|之前曾")
EARLIER = 30  # days before the window: a statement of another moment, not a reaction


AFTER_EVENT = re.compile(r"在(?P<event>[^，,。在]{2,30}?)(?:之后|以后|后)")


def before_window(documents: Documents, frame: str) -> bool:
    """Whether a statement dated only by an event (蔡英文在香港《国安法》颁布后表示) was
    made before the window: the sentences that name that event (its words, places aside)
    and give a date all date it a month or more before the window (今年6月颁布的新国安法)."""
    start = documents.spec.dates.start
    after = AFTER_EVENT.search(frame)
    if after is None or start is None:
        return False
    places = {name for _, name, _ in documents.analysis.gazetteer.find(after["event"])}
    words = [w for w in documents.segmenter.content_words(after["event"].replace("《", "").replace(
        "》", "")) if w not in places and len(w) >= 2]
    if len(words) < 2:
        return False
    dated = [t for s in documents.sentences if s.times and all(w in s.text for w in words)
             for t in s.times if not t.duration and t.precision in ("day", "month")]
    return bool(dated) and all(t.end.date() < start - timedelta(days=EARLIER) for t in dated)


def said_earlier(documents: Documents, sentence: Sentence) -> str | None:
    """Whether a claim is a statement from before the story: "old" when its sentence marks
    it as earlier (成竞业曾公开警告…) or its time falls a month or more before the window
    (六月初…金与正很快声称…); its date ("2020年7月") when that time falls shortly before
    the window, for the claim to carry; None when it is a statement of the story."""
    speech = sentence.speech
    start = documents.spec.dates.start
    if speech is None:
        return None
    frame_text = sentence.text[:speech.claim_start]  # after who speaks: 共同社此前引述…，
    at = frame_text.rfind(speech.speaker)  # 安倍当天…说 is that day's statement
    frame_text = frame_text[at + len(speech.speaker):] if at >= 0 else frame_text
    if SAID_BEFORE.search(frame_text) or before_window(documents, sentence.text[:speech.claim_start]):
        return "old"
    frame = [t for t in _frame_times(documents, sentence) if not t.duration]
    if start is None or not frame or any(t.end.date() >= start for t in frame):
        return None
    if all(t.end.date() < start - timedelta(days=EARLIER) for t in frame):
        return "old"
    told = frame[-1]
    if told.precision == "day":
        return f"{told.start.year}年{told.start.month}月{told.start.day}日"
    if told.precision == "month":
        return f"{told.start.year}年{told.start.month}月"
    return None


def told_of_speaker(speech, claim: str) -> str:
    """A claim without the writer's words about the speaker run on after it (会继续帮助成蕾，
    但佩恩没有说明成蕾被拘的原因…): a clause whose subject is the speaker, named again, is
    the writer telling what the speaker did or did not do."""
    name = re.split(r"[·‧・•]", speech.speaker)[-1]
    if len(name) < 2 or BODY.search(name):
        return claim
    again = re.search(rf"[，,；;](?:但|而|不过|然而|可是|只是)?{re.escape(name)}(?!的|[和与及、])", claim)
    return claim[:again.start()] + "。" if again and again.start() >= 6 else claim


NOTED = re.compile(r"^(?:已经?)?(?:密切)?(?:关注|注意|留意)到[^，,。；;“”]{2,40}[，,]\s*")


# 表示赞扬，并敦促…: an attitude whose object the writer left before the cue (对这一举动)
PRAISED = re.compile(r"^表示[\u4e00-\u9fff]{1,4}[，,]\s*(?:并|同时|还|也)(?=[\u4e00-\u9fff]{6})")


def noted_dropped(claim: str) -> str:
    """A claim without its opening 已关注到…公告， (what the party noticed is the event the
    chronology tells; what it then says is its position) or 表示赞扬，并 (praise of nothing
    named: what the speaker urged is the claim)."""
    rest = PRAISED.sub("", NOTED.sub("", claim, count=1), count=1)
    return rest if len(rest) >= 10 else claim


PACT_REFERENCE = re.compile(r"(?:这|该)(?:项|份|一)(?P<noun>协议|协定|条约)")
PACT_MADE = r"(?:缔结|签署|签订|达成)(?:了)?(?:一项|一份)?{noun}"


def pact_named(documents: Documents, sentence: Sentence, claim: str) -> str:
    """该项协议 written out as the parties the sentence before names making it (以色列与阿联酋
    缔结一项协议 → 以色列与阿联酋的协议), when one pact of two named places is told there."""
    reference = PACT_REFERENCE.search(claim)
    if reference is None:
        return claim
    article = documents.analysis.by_article.get(sentence.article.id, [])
    found = set()
    for before in article[max(0, sentence.position - 2):sentence.position]:
        text = before.text
        for made in re.finditer(PACT_MADE.format(noun=reference["noun"]), text):
            places = {at: name for at, name, entry in documents.analysis.gazetteer.find(text[:made.start()])
                      if entry.kind == "country"}
            joined = re.search(r"(?P<a>[^与和]{2,8})[与和](?P<b>[^与和]{2,8})$", text[:made.start()])
            if joined:
                a = next((n for at, n in places.items() if at + len(n) == joined.start("b") - 1), None)
                b = places.get(joined.start("b"))
                if a and b and joined.start("b") + len(b) == made.start():
                    found.add(f"{a}与{b}的{reference['noun']}")
    return claim.replace(reference[0], found.pop(), 1) if len(found) == 1 else claim


COMPANY_ITSELF = re.compile(r"(?:该|本)(?:公司|集团|企业)")  # 麒麟控股称，该公司…: itself
COMPANY = re.compile(r"(?:公司|控股|集团|股份|银行|科技)$")


def itself(speech, claim: str) -> str:
    """A company's claim naming itself 该公司 (麒麟控股发表声明称，该公司与蒙牛乳业…): its name."""
    if speech.role is None and (COMPANY.search(speech.speaker) or not BODY.search(speech.speaker)
                                and not re.search(r"[·‧・•]", speech.speaker) and
                                speech.speaker in speech.phrase and len(COMPANY_ITSELF.findall(claim)) == 1):
        return COMPANY_ITSELF.sub(speech.speaker, claim, count=1)
    return claim


GOES_ON = re.compile(r"^(?:这|此|這)(?![些里儿])")  # 这是…, 这完全是…: what was just said


def joined_to_claim_before(documents: Documents, sentence: Sentence, claim: str, found: list) -> bool:
    """A claim that opens on 这 right after the same speaker's claim in the sentence before
    (林卓廷已经从受害人变成了被告。“这是一个完全不合理的情况，”他说。) goes on with that
    claim: both become one (that viewpoint is changed in place), when together they read alone."""
    if not GOES_ON.match(claim) or not found or sentence.speech is None:
        return False
    last = found[-1]
    if last.sentence.article.id != sentence.article.id or \
            last.sentence.position != sentence.position - 1 or last.speaker != sentence.speech.speaker:
        return False
    joined = documents.analysis.standalone(sentence, last.claim + claim, subject_given=True)
    if joined is None or len(joined) > 2 * LONG_CLAIM:
        return False
    last.claim = joined
    last.told_in.append(sentence)
    return True


CONDITION = re.compile(r"(?:如果|假如|倘若|若是|一旦|万一)[^，,。；;？?！!“”]{2,30}?(?:的话)?(?=[，,\s]|$)")


def condition_of(documents: Documents, sentence: Sentence) -> str | None:
    """The condition a claim answers under: one its sentence sets before who speaks (如果…的话，
    X认为…), or one the question just before it asks (如果朝鲜出现权力变局，朝鲜将如何…？
    X认为…): the claim holds only if it holds."""
    speech = sentence.speech
    if speech is None:
        return None
    found = CONDITION.search(sentence.text[:speech.claim_start])
    if found is None and sentence.position > 0:
        article = documents.analysis.by_article.get(sentence.article.id, [])
        before = article[sentence.position - 1] if sentence.position <= len(article) else None
        if before is not None and before.speech is None and \
                before.text.rstrip().endswith(("？", "?")):
            found = CONDITION.search(before.text)
    return found[0] if found else None


def goes_on(documents: Documents, sentence: Sentence) -> str:
    """The sentences after a claim that go on with it, unquoted and with no subject of their
    own (…3000元要养活家里六口人，难。不得已才想离开…): the rest of what was said."""
    more = ""
    for after in documents.analysis.paragraph(sentence)[sentence.index + 1:]:
        if not (after.speech and after.speech.continued) or after.text.strip()[:1] in "“「":
            break
        more += after.text.strip()
    return more


def on_topic(documents: Documents, sentence: Sentence) -> bool:
    """Whether a claim is about the brief's topic: its own paragraph names the topic, or the
    article is about the topic alone (its title names it and is one headline, not a round-up
    of several: 简报：A；B；C). A paragraph near a passing mention is not enough."""
    article = sentence.article
    if not documents.central(article):  # a story touching the topic lends only what names it
        return documents.names_topic(to_simplified(sentence.text))
    title = to_simplified(article.title or "")
    round_up = "；" in title or ";" in title
    if not round_up and any(form in title for form in documents.topic_words):
        return True
    paragraph = to_simplified(article.paragraphs[sentence.paragraph])
    return any(form in paragraph for form in documents.topic_words) or \
        documents.on_topic(sentence)  # a story's lead names it differently (反对派领导人)


@dataclass
class Viewpoint:
    speaker: str
    role: str | None
    actor: str
    claim: str
    sentence: Sentence
    sources: set[int]
    told_in: list[Sentence] = field(default_factory=list)  # every sentence merged into it


def _readable(documents: Documents, sentence: Sentence, speech, claim: str) -> str | None:
    """A claim made to read alone: what its references stand for, short names, or None."""
    return readable(documents, sentence, short_names(
        documents, sentence, pact_named(documents, sentence, itself(speech, noted_dropped(claim)))))


class ViewpointsSummarizer:
    def summarize(self, documents: Documents, section: Section) -> list[Item]:
        found: list[Viewpoint] = []
        nationals: dict[int, str] = {}  # a national body's voice → the article's country
        entries = [(entry, _words_told(entry)) for entry in documents.told]  # (a statement's words)
        for sentence in documents.sentences:
            speech = sentence.speech
            if speech is None or not on_topic(documents, sentence) or said_long_ago(documents, sentence):
                continue
            if INFORMANT.search(speech.speaker):
                continue  # 知情人士: an unnamed source tells facts, it takes no side
            if speech.continued and sentence.text.strip()[:1] not in "“「":
                continue  # what goes on, unquoted, with a claim before: told with that claim
            when = said_earlier(documents, sentence)
            if when == "old":
                continue  # 曾警告, 六月初…声称: another moment's statement, read as current
            claim = about_principal(documents, sentence, told_of_speaker(
                speech, balanced_claim(speech.claim + goes_on(documents, sentence))))
            raw, claim = claim, _readable(documents, sentence, speech, claim)
            if claim is None and raw and re.search(r"[；;].", raw):  # 他并未有…症状；他是史上…:
                claim = _readable(documents, sentence, speech, re.split(r"[；;]", raw)[0] + "。")  # the first point
            if claim is None and joined_to_claim_before(documents, sentence, raw, found):
                continue  # 这是一个完全不合理的情况: what the speaker said just before
            if claim is None or len(claim) < 6:
                continue
            if SAYS_LITTLE.search(claim) or unnamed_referent(claim) or QUESTION_ONLY.match(claim):
                continue  # 正在关注局势的发展: nothing the speaker holds; 这些权利: which?
            claim = with_asked(documents, sentence, with_question(  # (问：…), (被问及…)
                speech.cue, sentence.article.paragraphs, sentence.paragraph, claim))
            condition = condition_of(documents, sentence)
            if condition and condition not in claim:  # 金与正可能的动向并不乐观, if she rises
                claim = condition + "，" + claim
            if when and not claim.startswith(when):  # 2020年7月，…: a statement shortly
                year = re.escape(when[:5])  # before the story carries its date (2020年金正恩 → 当年)
                claim = when + "，" + re.sub(rf"^{year}(?!\d)", "当年", claim)
            forms = {claim} | {re.sub(r"^该?公司(?=[在已将于正])", name, claim)  # as the entry has it: 公司将…
                               for name in (speech.speaker, "")}  # → 字节跳动将…, or 将… after its name
            if any(pair_share(c, entry) >= TOLD or _clause_told(c, entry) or
                   pair_share(words, c) >= TOLD for entry, words in entries for c in forms):
                continue  # an event the chronology tells (it leaves stances to this section), or
                # the words of a statement it tells (国防部发表声明说，…承诺坚定不移)
            camp = speech.camp if speech.camp != OTHER else titled_camp(documents, sentence)
            if camp == OTHER and not UNNAMED.match(speech.speaker) and not BODY.search(speech.speaker):
                told = [s.text for s in documents.analysis.by_article.get(sentence.article.id, [])]
                camp = home_country(told, speech.speaker,  # 博尔特…在他的家乡牙买加
                                    documents.analysis.gazetteer.countries) or OTHER
            national = article_country(documents, sentence) if camp == OTHER else None
            if camp == OTHER and UNNAMED.match(speech.speaker) and national is None:
                continue  # 随机医生, 政府官员: no name and no side
            found.append(Viewpoint(speech.speaker, speech.role, camp, claim, sentence,
                                   {sentence.article.id}))
            if national:
                nationals[id(found[-1])] = national
        sides = {v.actor for v in found}
        found = [v for v in found if v.actor != OTHER or id(v) not in nationals or
                 nationals[id(v)] in sides or not UNNAMED.match(v.speaker)]
        for view in found:  # 联邦议院议长 in a story about Germany, beside 德国's voices
            if view.actor == OTHER and nationals.get(id(view)) in sides:
                view.actor = nationals[id(view)]
        countries = documents.analysis.gazetteer.countries
        found = described_people(same_people(found, countries), countries)
        merged = restated(named_first(self._merge(documents, found), self._weight), self._weight)
        ordered = self._round_robin(documents, merged, section)
        items: dict[tuple[str, str], Item] = {}
        for v in ordered:  # one speaker, one heading: its points in the order chosen
            item = items.get((v.actor, v.speaker))
            if item is not None:
                if not v.claim.rstrip("。！？") in item.text:  # (…。警告强风…: whose warning)
                    item.text += (item.speaker + "还" if ACTION_CUE.match(v.claim) else "") + asked_once(v.claim, item.text)
                item.sources = sorted(set(item.sources) | v.sources)
                continue
            items[(v.actor, v.speaker)] = Item(
                text=v.claim, sources=sorted(v.sources), actor=v.actor,
                speaker=documents.analysis.polish((v.actor if v.speaker in BOTH_SIDES and v.actor not in (
                    OTHER, v.speaker) else "") + v.speaker),  # 双方 under 美韩: 美韩双方
                role=documents.analysis.polish(v.role) if v.role else None)
        return list(items.values())

    def _merge(self, documents: Documents, views: list[Viewpoint]) -> list[Viewpoint]:
        """The same speaker saying the same thing in several sources: one viewpoint."""
        merged: list[Viewpoint] = []
        vectors = {}
        rare = math.log((1 + len(documents.sentences)) / 3) + 1  # words of two sentences at most
        for view in views:
            vector = documents.vector(documents.segmenter.content_words(view.claim))
            home = next((m for m in merged if m.speaker == view.speaker and (
                cosine(vectors[id(m)], vector) >= SAME_CLAIM or retold(m, view, vectors[id(m)], vector))),
                None)
            if home:  # the same point: its sentence counts for what was said next to it
                home.told_in.append(view.sentence)
            home = home or next((m for m in merged if m.speaker == view.speaker and
                                 same_speech(m, view, vectors[id(m)], vector, rare)), None)
            if home is None and view.actor in NO_PARTY:  # a paper retelling what a party said
                home = next((m for m in merged if cosine(vectors[id(m)], vector) >= SAME_CLAIM), None)
            if home is None and view.actor not in NO_PARTY:  # 中国外交部 retelling 王毅's words
                home = next((m for m in merged if m.actor == view.actor and
                             {body_voice(m), body_voice(view)} == {True, False} and
                             said_alike(m.claim, view.claim)), None)
                if home is not None and body_voice(home):  # one statement: the person's
                    home.speaker, home.role, home.claim, home.sentence = \
                        view.speaker, view.role, view.claim, view.sentence
                    vectors[id(home)] = vector
            if home:
                home.sources |= view.sources
                home.role = home.role or view.role
                if home.speaker == view.speaker and self._weight(view) > self._weight(home) and (
                        ASSESSMENT.search(view.claim) or self._weight(home) == 0):
                    home.claim, home.sentence = view.claim, view.sentence  # the point as a
                    vectors[id(home)] = vector  # stance (绝对权威, 我认为…没有真正的替代品),
                    # not as the fact (已将…) or the remark (短期内市场会有点紧张) told before it
                continue
            merged.append(view)
            vectors[id(view)] = vector
        return merged

    @staticmethod
    def _weight(view: Viewpoint) -> int:
        """How much of a stance a claim takes: its stance words, its cue (认为, 警告 …), and
        the sources that report it; a report of facts or plans weighs nothing."""
        cue = view.sentence.speech.cue if view.sentence.speech else ""
        if TOLD_EVENT.match(view.claim):
            return 0
        own = NOT_OWN.sub("", view.claim)
        stance = len(set(STANCE.findall(own))) + 2 * len(set(ASSESSMENT.findall(own))) + \
            (2 if STANCE_CUE.search(cue) else 0) + (2 if headlined(view) else 0)
        speech = view.sentence.speech
        if view.actor in NO_PARTY and speech and (any(
                t.offset == speech.claim_start and t.pos.startswith("nr")
                for t in view.sentence.tokens) or THIRD_PARTY_ACTED.match(view.claim)):
            return 0  # 路透社: 商鹏飞还…提出了…立场: a paper telling what someone did
        return stance + (len(view.sources) - 1) * 2 if stance else 0

    @staticmethod
    def _round_robin(documents: Documents, views: list[Viewpoint],
                     section: Section) -> list[Viewpoint]:
        """Up to the limits, camp by camp in turn so every side is heard, and within a camp
        speaker by speaker (named people with roles first) so no one voice fills it."""
        counts: dict[str, int] = {}
        for view in views:
            counts[view.actor] = counts.get(view.actor, 0) + len(view.sources)
        order = documents.analysis.camp_order(sorted(counts), counts)
        queues: dict[str, list[Viewpoint]] = {}
        weight = ViewpointsSummarizer._weight
        for name in order:
            speakers: dict[str, list[Viewpoint]] = {}
            for view in sorted((v for v in views if v.actor == name),
                               key=lambda v: (bool(CONTRAST.match(v.claim)), not asked_on_topic(documents, v.claim),
                                              -weight(v), -len(v.sources), v.sentence.order)):  # 问题是…
                # answers the speaker's own point before it: never the speaker's first point
                speakers.setdefault(view.speaker, []).append(view)
            ranked = sorted(speakers.values(), key=lambda vs: (  # the voice most sources
                -len(set().union(*(v.sources for v in vs))), weight(vs[0]) == 0,  # quote first
                vs[0].role is None, -weight(vs[0]), vs[0].sentence.order))
            ranked = [vs[:PER_SPEAKER] for vs in ranked]
            queue = []
            while any(ranked):
                queue += [vs.pop(0) for vs in ranked if vs]
            queues[name] = queue
        chosen, length = [], 0
        stances = {name: [v for v in queues[name] if weight(v)] for name in order}
        for turn in ("first", "plain", "second"):  # every voice of every camp before anyone's
            heard = {v.speaker for v in chosen}  # second point; a report of facts or plans
            if turn == "plain":  # is no viewpoint, but a party's own statement with no stance
                rounds = {name: [v for v in queues[name] if v.speaker not in heard and  # word is
                                 key_statement(documents, v)] for name in order}  # (将损害国家利益)
            else:
                rounds = {name: [v for n, v in enumerate(views) if (turn == "first") == (
                    v.speaker not in {u.speaker for u in views[:n]})] for name, views in stances.items()}
            while any(rounds.values()) and len(chosen) < section.max_items:
                for name in order:  # every camp in turn
                    if rounds[name] and len(chosen) < section.max_items:
                        view = rounds[name].pop(0)
                        if turn == "plain" and view.speaker in heard:
                            continue
                        if length + len(view.claim) <= section.max_chars:
                            chosen.append(view)
                            heard.add(view.speaker)
                            length += len(view.claim)
        return sorted(chosen, key=lambda v: (order.index(v.actor), v.sentence.order))


UNAFFILIATED = re.compile(r"(?:专家|学者|人士|分析师|分析家|观察家|评论员)(?:们)?$")


RESTATED = 0.6  # share of the shorter claim's character pairs the other holds: one point


def restated(views: list[Viewpoint], weight) -> list[Viewpoint]:
    """Two voices saying one thing (美国贸易代表办公室: 美中双方都看到了进展，都承诺… / 双方:
    就贸易问题取得了进展，并承诺…): one item, under the voice that names who spoke most
    plainly (a named one, of one side, taking the firmer stance), citing both."""
    def pairs(text: str) -> set[str]:
        return _pairs(re.sub(r"[\s，。、；：“”‘’「」（）()《》〈〉！？…—·]", "", text))

    def plain(view: Viewpoint) -> tuple:
        return (bool(UNNAMED.match(view.speaker)), "、" in view.actor or view.actor == OTHER,
                -weight(view))

    kept: list[Viewpoint] = []
    told = {id(view): pairs(view.claim) for view in views}
    for view in views:
        own = told[id(view)]
        twin = next((k for k in kept if k.speaker != view.speaker and own and told[id(k)] and
                     len(own & told[id(k)]) >= max(8, RESTATED * min(len(own), len(told[id(k)])))),
                    None)
        if twin is None:
            kept.append(view)
            continue
        sources = twin.sources | view.sources
        if plain(view) < plain(twin):  # the plainer voice keeps the point
            kept[kept.index(twin)] = view
            twin = view
        twin.sources = sources
    return kept


def named_first(views: list[Viewpoint], weight) -> list[Viewpoint]:
    """A camp where a named voice takes a stance does without its unnamed ones (专家,
    观察人士, 医学界人士 beside the professor a source names): they add no one the reader can weigh."""
    named = {v.actor for v in views if weight(v) and v.actor != OTHER and
             not UNNAMED.match(v.speaker) and (v.role or not BODY.search(v.speaker))}
    return [v for v in views if v.actor not in named or v.role or not UNNAMED.match(v.speaker) or
            not UNAFFILIATED.search(v.speaker)]  # 警方发言人, 总统室官员: a body's own voice


COUNTED = re.compile(r"(?<![\d一二两三四五六七八九十百千万几])(?!一次(?:[。，,！？!?]|$))"  # (感受一次。: once)
                     r"(?:\d++|[一二两三四五六七八九十百千万几]++)(?:多|余)?(?:人|名|枚|架|艘|辆|起|次)(?![士民类员物])")
EXPERIENCED = re.compile(r"(?<![超通经不难越度略太])过(?=[\u4e00-\u9fff])(?![去程分问度来])")  # 来过我家
HEADLINE_WORDS = 2  # runs of four characters a claim shares with its article's title


def headlined(view: Viewpoint) -> bool:
    """Whether the article's title names the speaker and quotes or retells the claim (蔡英文:“捍卫中华民国台湾主权不靠
    卑躬屈膝” over …不是靠卑躬屈膝，而是要有坚实的国防): what the outlet took for the speaker's point."""
    title = view.sentence.article.title or ""
    if len(view.speaker) < 2 or view.speaker not in title or FINISHED.search(view.claim) or \
            DONE_ACT.search(view.claim) or MEDICAL.search(f"{view.speaker}{view.role or ''}"):
        return False  # a title telling the story (进行了…对话) is no one's headline quote
    title = re.sub(r"[^\u4e00-\u9fff]", "", title.replace(view.speaker, "|"))
    claim = re.sub(r"[^\u4e00-\u9fff]", "", view.claim)
    runs = {title[i:i + 4] for i in range(len(title) - 3)}
    return len({run for run in runs if run in claim}) >= HEADLINE_WORDS


ANONYMOUS = re.compile(r"(?:官员|人士|高官)$")  # 美国国防官员: a side's voice, but whose?
MEDICAL = re.compile(r"医院|医学院|诊所|医生|医师")  # they report a patient's state, not a position
TITLED = re.compile(r"《[^《》]{2,40}》")  # a document's title: what the words are about, not the act
RETELLS = 0.4  # of a chronology entry's character pairs in a claim: the claim tells that event
PLAN = re.compile(r"将(?:要)?[^，,。；]{0,8}?(?:举行|访问|会见|会晤|前往|出席|签署|展开|进行|抵达|召开|发布|推出)")
FINISHED = re.compile(r"[\u4e00-\u9fff](?<![为除罢算])了(?![解结])")  # 进行了…对话: an act told as done


def key_statement(documents: Documents, view: Viewpoint) -> bool:
    """Whether a claim with no stance word is still a party's position worth a place when
    room is left: said by a named person with a post or by a body of a side (not a paper, not
    an unnamed voice or official, not a bare country; a party the topic names is one), and no report of an act (no time of its own, nothing told
    as done, no plan, no patient's state or terms set, not the chronology's event retold):
    英国外交及联邦事务部发言人: 我们正与香港各行各业的企业保持密切联系…"""
    central = view.speaker in documents.topic_words  # 字节跳动 in a brief on its deal
    if view.actor in NO_PARTY and not central or UNNAMED.match(view.speaker) or \
            TOLD_EVENT.match(view.claim) or MEDICAL.search(f"{view.speaker}{view.role or ''}"):
        return False
    if not (central or view.role or BODY.search(view.speaker) and not ANONYMOUS.search(view.speaker)):
        return False
    if documents.analysis.gazetteer.countries(view.speaker) == [view.speaker]:
        return False  # 韩国: a bare country, whose voice the sentence does not say
    timed = any(t.text in view.claim for t in view.sentence.times)
    if COUNTED.search(view.claim) or EXPERIENCED.search(view.claim):
        return False  # 依然有一百多人被关在狱中, 警察来过我家: a count or an account, no position
    return not timed and not DONE_ACT.search(view.claim) and not FINISHED.search(view.claim) and \
        not PLAN.search(view.claim) and \
        not NOT_OWN.search(view.claim) and \
        not any(pair_share(TITLED.sub("", entry), TITLED.sub("", view.claim)) >= RETELLS
                for entry in documents.told)  # (naming the catalogue an entry issues is no retelling)


# 这位批评人士, 这位俄罗斯反对派领袖: the person an article is about, named before.
PERSON_REFERENCE = re.compile(r"(?:这位|这名|该名|那位)(?:[\u4e00-\u9fff]{0,8}?)(?:人士|领袖|领导人|"
                              r"人物|男子|女子|批评者|活动家|政治家)")
PLURAL_SELF = re.compile(r"^(?:他们|她们|它们|它)(?![的们和与及、，,（(是被])")  # a group or body, of
# itself (not 警方说他们是自杀: whom the police speak of)
PERSON_PRONOUN = re.compile(r"(?<![其吉])[他她](?![们人国乡])")
SELF_LATER = re.compile(r"(?<=[，,；;])(?:但|而|同时)?(他|她)(?=(?:仍然|仍|也|还|并|则|更|又)?(?:警告|认为|表示|希望|"
                        r"说|强调|指出|相信|呼吁|坦言|承认))")  # a later clause of the speaker's own
SELF_CUE = re.compile(r"^(?:他|她)(?:认为|相信|怀疑|表示|说)[，,]?")  # 她认为他…: the speaker's own
PRINCIPAL_MENTIONS = 3  # how often an article names the person it is about


def persons_named(documents: Documents, sentence: Sentence) -> set[str]:
    """The persons an article names: full transliterated names (by their last part), the
    persons the tagger knows, those introduced with a role, those who speak."""
    article = sentence.article
    state = documents.analysis.states.get(article.id)
    names = {re.split(r"[·‧・•]", name)[-1] for name in re.findall(TRANSLITERATION, article.body)}
    names |= {m.text for other in documents.analysis.by_article.get(article.id, ())
              for m in other.mentions if m.kind == "person"}
    names |= {re.split(r"[·‧・•]", name)[-1] for name in (state.roles if state else ())}
    names |= {other.speech.speaker for other in documents.analysis.by_article.get(article.id, ())
              if other.speech and not BODY.search(other.speech.speaker)}
    return {name for name in names if len(name) >= 2}


def principal(documents: Documents, sentence: Sentence) -> str | None:
    """The person an article is about: of the persons it names (a full transliterated name,
    a person the tagger knows, someone introduced with a role), the one its text names most,
    at least three times and more often than anyone else."""
    article = sentence.article
    names = persons_named(documents, sentence)
    body = article.body  # 罗斯 inside 俄罗斯 is no mention of 罗斯
    for _, place, _ in documents.analysis.gazetteer.find(body):
        body = body.replace(place, "\0")
    counts = {name: body.count(name) for name in names if len(name) >= 2}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < PRINCIPAL_MENTIONS or \
            len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return documents.analysis.gazetteer.canonical(ranked[0][0])


def about_principal(documents: Documents, sentence: Sentence, claim: str) -> str:
    """A claim's 他 or 这位批评人士 written as the person the article is about, when that
    person is not the speaker and the sentence or the one before names them
    (卡利尼琴科说，俄罗斯医生救了他的命 → …救了纳瓦尔尼的命); 她认为… at the start of
    the speaker's own claim is the speaker and goes, and so does 他们 or 它 opening the claim
    of a group or a body with no role and a known side (分析人士称，他们希望…)."""
    speech = sentence.speech
    claim = SELF_CUE.sub("", claim) if speech and len(claim) > 8 else claim
    if speech and (speech.role or re.fullmatch(TRANSLITERATION, speech.speaker)) and \
            not GROUP.search(speech.speaker):  # …，他警告…，但他仍希望…: the speaker going on
        name = re.split(r"[·‧・•]", speech.speaker)[-1]
        claim = SELF_LATER.sub(lambda m: m[0].replace(m[1], name), claim)
    plural = PLURAL_SELF.match(claim)
    if plural and speech and speech.role is None and len(claim) > plural.end() + 4 and \
            speech.camp != OTHER and (GROUP.search(speech.speaker) or BODY.search(speech.speaker)):
        claim = claim[plural.end():]  # 分析人士称，他们希望…; 香港警方表示，他们…: the speakers
    opening = PERSON_PRONOUN.match(claim)
    if opening and speech and not GROUP.search(speech.speaker) and (
            speech.role or re.fullmatch(TRANSLITERATION, speech.speaker) or
            not BODY.search(speech.speaker)):  # 他承认…, 他和访问团…: the speaker, told of
        rest = claim[opening.end():]
        rest = re.sub(r"^并(?=[未不没非无])", "", rest)  # 他并未有…: 未有… (并 only stresses it)
        claim = speech.speaker + rest if rest[:1] in "和与及的" else rest
    if not (PERSON_PRONOUN.search(claim) or PERSON_REFERENCE.search(claim)):
        return claim
    person = principal(documents, sentence)
    if person is None or speech is None or person in speech.speaker or \
            person in (speech.role or ""):
        return claim
    article = documents.analysis.by_article.get(sentence.article.id, [])
    near = article[max(0, sentence.position - 2):sentence.position + 1]
    if not any(person in other.text for other in near):
        return claim
    if PERSON_PRONOUN.search(claim) and re.search(r"[^他她]{0,40}(?:我|我们)", claim):
        return claim  # a quote in the first person: 他 may be anyone it spoke of
    claim = PERSON_REFERENCE.sub(person, claim)
    first = PERSON_PRONOUN.search(claim)
    if first and any(name in claim[:first.start()] for name in persons_named(documents, sentence)
                     if name != person):
        return claim  # 金与正亲口说过她总管…: 她 is the person the clause names, not another
    if first and person not in claim[:first.start()] and \
            not re.match(r"(?:认为|说|表示|指出|强调|相信)", claim[first.end():]):  # 他认为: the speaker
        claim = claim[:first.start()] + person + claim[first.end():]
    return claim


# What follows a foreign name shortened to its first character (维作为捷克国家领导人…).
AFTER_SHORT_NAME = r"(?:作为|此次|此行|此举|一行|公然|执意|竟然|的(?:行为|言行|做法))"


def short_names(documents: Documents, sentence: Sentence, claim: str) -> str:
    """A foreign name shortened to its first character at the head of a clause (维作为捷克
    国家领导人…, as official statements write it) written out as the article names the
    person, when one person of the article has a name of three or more characters that
    begins with it."""
    named = persons_named(documents, sentence) | {  # 维斯特奇尔, as the dictionary knows it
        t.word for other in documents.analysis.by_article.get(sentence.article.id, ())
        for t in other.tokens if t.pos in ("nr", "nrt", "nrfg", "nz")}

    def written_out(match: re.Match) -> str:
        names = {name for name in named
                 if len(name) >= 3 and name[0] == match[1] and name not in claim}
        return match[0] if len(names) != 1 else match[0].replace(match[1], names.pop(), 1)
    return re.sub(rf"(?:^|(?<=[，,。；;：:“「]))([\u4e00-\u9fff])(?={AFTER_SHORT_NAME})", written_out, claim)


def unnamed_referent(claim: str) -> bool:
    """A claim that speaks of 这些权利 or 上述措施 without naming them: they were named in a
    sentence the item leaves behind."""
    if re.search(r"(?<![我])(?:这里|那里|此地|此处)|(?:此|该|本|这一?)(?:地?区|区域)(?![\u4e00-\u9fff]{0,2}[长官])", claim):
        return True  # 在这里的示威集会, 此区可能爆发的军事冲突: which place, the sentence before said
    for match in re.finditer(r"(?:这些|上述|这两[个项]?|这样的|这种|这类|此类)([\u4e00-\u9fff]{2})", claim):
        if match[1] not in claim[:match.start()]:
            return True
    return False


# 商鹏飞还对…提出了…: what a third party did, as a paper or an unnamed voice tells it.
THIRD_PARTY_ACTED = re.compile(r"^[\u4e00-\u9fff·]{2,8}?(?:还|已经|已|曾经|曾|也|又)(?:对|向|在|与|同|把|将)")
ANOTHER_POINT = re.compile(r"还|也|又|另外|此外|同时|补充|解释")  # 他还表示: a point of its own
CONTRAST = re.compile(r"^(?:但是?|然而|不过|可是|问题是|问题在于|只是)")  # a second point, set against the first


RETOLD = 0.5  # of the shorter claim's words in the other: one point told twice


def retold(a: Viewpoint, b: Viewpoint, vector_a: dict, vector_b: dict) -> bool:
    """One speaker's point as two sources tell it: the same quoted words (“完全不合法”), or
    most of the shorter claim's words in the other (拉瓦特: 谈判…失败…军事…拉达克)."""
    quoted = set(re.findall(r"“([^”]{4,})”", a.claim)) & set(re.findall(r"“([^”]{4,})”", b.claim))
    shorter = min(len(vector_a), len(vector_b))
    return bool(quoted) or shorter >= 4 and len(set(vector_a) & set(vector_b)) >= RETOLD * shorter


def same_speech(a: Viewpoint, b: Viewpoint, vector_a: dict, vector_b: dict, rare: float) -> bool:
    """Two claims from one passage of one article that share a word found almost nowhere
    else (卢卡申科: 快要触碰红线了 … 如果跨过红线…): the same warning told twice."""
    near = [s for s in [a.sentence, *a.told_in] if s.article.id == b.sentence.article.id and
            abs(s.position - b.sentence.position) <= 4]
    if not near:
        return False
    frame = b.sentence.text[:b.sentence.speech.claim_start] if b.sentence.speech else ""
    if any(abs(s.position - b.sentence.position) <= 1 for s in near) and \
            not CONTRAST.match(b.claim) and not ANOTHER_POINT.search(frame):
        return True  # 拉瓦特: …是选项之一。他说：“如果…”: one statement told in two sentences
    return any(weight >= rare and word in vector_b for word, weight in vector_a.items())


def article_country(documents: Documents, sentence: Sentence) -> str | None:
    """The country a speaker named by a national body with no country (联邦议院议长,
    社会民主党议会党团主席, 内阁官员) speaks for: the one country the article's title names,
    else the one its lead names."""
    speech = sentence.speech
    if speech is None or not NATIONAL.search(f"{speech.role or ''}{speech.speaker}"):
        return None
    article = sentence.article
    countries = documents.analysis.gazetteer.countries
    for text in (article.title or "", article.paragraphs[0] if article.paragraphs else ""):
        found = countries(to_simplified(text))
        if found:
            return found[0] if len(found) == 1 else None
    return None


def titled_camp(documents: Documents, sentence: Sentence) -> str:
    """A group no camp was found for (三名议员) takes the country the article's title gives
    the same noun (多名德国议员要求…), when it gives one."""
    speech = sentence.speech
    noun = ROLE_WORD.search(speech.speaker) if speech else None
    title = to_simplified(sentence.article.title or "")
    if noun is None or not GROUP.search(speech.speaker):
        return OTHER
    for named in re.finditer(rf"([\u4e00-\u9fff]{{2,8}}?){noun[0]}", title):
        found = documents.analysis.gazetteer.countries(named[1])
        if len(found) == 1:
            return found[0]
    return OTHER


__all__ = ["ViewpointsSummarizer", "Viewpoint", "split_speaker", "takes_stance"]
