"""Viewpoints: who said what. Speaker (a person or a body), role, camp, and the claim,
found from quotes before or after the speaker and from cue verbs; a speaker named once
and then called 他, by surname or by title is followed. Grouped by camp."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.chinese import domain_words
from briefgen.model import Item
from briefgen.spec import Section
from briefgen.summarizers import CUE, Documents, Sentence, cosine

# “CLAIM，”SPEAKER cue。   “CLAIM，” 郑相昌说。
QUOTE_FIRST = re.compile(rf"^[“「](?P<claim>.+?)[，,。！？!?]?[”」]\s*(?P<speaker>[^“”「」，,。]{{1,40}}?)"
                         rf"{CUE}[。！!]?$")
# SPEAKER … cue[，：]“CLAIM”  /  SPEAKER … cue，CLAIM
SPEAKER_FIRST = re.compile(rf"^(?P<frame>[^“”「」]{{1,90}}?)(?P<cue>{CUE})(?:道)?\s*[，,：:]?\s*(?P<claim>.+)$")
ACTION_CUE = re.compile(r"^(?:谴责|批评|呼吁|警告|重申)")  # the verb is part of what was said
STATEMENT = re.compile(r"(?:发表|发布|举行)(?:了)?(?:谈话|声明|讲话|记者会|新闻发布会|简报会|文章|消息)")
ATTRIBUTION = re.compile(r"^据[^，,]{1,40}?(?:报道|报导|消息)[，,]?")  # who reported the news
PARENTHESIS = re.compile(r"[（(][^（()）]*[）)]")
ADVERBIAL = re.compile(
    r"在[^，,。在]{1,24}(?:上|中|时|期间|之际)|(?:与|同)[^，,]{1,20}?(?:会面|会谈|会晤|通话)时|"
    r"(?:介绍|谈到|谈及|会见|会晤|访问|出席|回答|主持|结束)[^，,]{0,16}?时|就[^，,]{1,14}?问题|"
    r"接受[^，,]{1,12}?采访时|通过[^，,]{1,12}?(?=发表|表示|说|称|$)|对此|就此|对记者|向记者|"
    r"发表(?:了)?(?:谈话|声明|讲话|文章)|(?:\d{1,2}|[一二三四五六七八九十]{1,2})[月日]|"
    r"星期[一二三四五六日天]|周[一二三四五六日]|当天|当日|随后|此前|日前|近日|今天|昨天|"
    r"凌晨|上午|中午|下午|晚上|晚间|会后|"
    r"(?:还|也|则|又|再次|同时|更|亦|曾|已|均|都|一致|明确|强烈|坚决|公开|一再|多次|特意|普遍|"
    r"进一步|反复|此前曾)+$")
CONJUNCTION = re.compile(r"^(?:但是?|而且?|并且?|且|同时|此外|另外|不过|然而|因此)")
PRONOUN = re.compile(r"^(?:他|她)(?:们)?$")
DEMONSTRATIVE = re.compile(r"^(?:这份|该份|这一|这个|此份|该|这|此|一位|一名|另一位|另一名|多位|多名)")
ROLE_WORD = re.compile(
    r"(?:发言人|次长|室长|副部长|部长|国务卿|外长|副总统|总统|总理|首相|主席|委员长|大使|顾问|主任|"
    r"协调员|司令|官员|专家|学者|教授|研究员|分析人士|支持者|议员|局长|秘书长|会长|院长|所长|记者|"
    r"负责人|高官|人士|代表|国防相|外相)")
BODY = re.compile(r"(?:声明|宣言|新闻稿|文件|报告|社论|评论|公报|政府|高官|总统室|总统府|总统办公室|外交部|"
                  r"国防部|国防省|统一部|白宫|国务院|五角大楼|联合参谋本部|发言人|官员|人士|专家|学者|"
                  r"媒体|韩媒|美媒|》|报|社|电视台|研究所|智库|美方|韩方|朝方|中方|日方|方面|双方|"
                  r"两国|美国|韩国|朝鲜|中国|日本|党)$")
NOT_A_SPEAKER = re.compile(r"^(?:按照|根据|依据|随着|为了|对于|关于|由于|如果|若|当|有|就|主要|"
                           r"一些人|另一些人|外界|舆论)")
KNOWN_ROLE = re.compile(
    rf"(?P<role>[^与和同及，,。；;：:\s“”]{{2,40}}?{ROLE_WORD.pattern})(?P<name>[\u4e00-\u9fff·]{{2,4}}?)"
    r"(?=在|于|与|和|当天|星期|通过|发表|表示|说|称|指出|强调|认为|[（(，,、的]|曾|也|还|则|$)")

CAMPS = [
    ("美韩", r"联合声明|^(?:美韩|韩美)|两国领导人|^(?:两国|双方)$"),
    ("媒体", r"《[^》]+》|媒体|韩媒|美媒|日报|时报|邮报|电视台|评论员|社论|韩联社|路透社|美联社"),
    ("专家学者", r"专家|学者|研究所|研究院|研究员|教授|分析人士|分析认为|智库|学界|大学"),
    ("朝鲜", r"朝鲜|朝方|平壤|国防省|朝中社|劳动党|金与正|金正恩|姜纯男|北韩"),
    ("中国", r"中国|中方|我国|外交部发言人|毛宁|北京"),
    ("日本", r"^日本|日方|岸田|东京"),
    ("韩国", r"韩国|韩方|南韩|尹锡悦|总统室|总统办公室|国家安保室|金泰孝|青瓦台|统一部|韩军|首尔|龙山|"
             r"共同民主党"),
    ("美国", r"美国|美方|白宫|拜登|五角大楼|国务院|坎贝尔|沙利文|奥斯汀|华盛顿"),
]
CAMP_ORDER = ["美国", "韩国", "美韩", "朝鲜", "中国", "日本", "专家学者", "媒体", "其他"]
SAME_CLAIM = 0.45
STAND_INS = ("发言人", "官员", "声明", "谈话", "人士")  # 该官员, 发言人: the one named before


@dataclass
class Viewpoint:
    speaker: str
    role: str | None
    actor: str
    claim: str
    sentence: Sentence
    sources: set[int]


COUNTRIES = re.compile(r"美国|韩国|朝鲜|中国|日本|俄罗斯")


def camp(*texts: str) -> str:
    if len(set(COUNTRIES.findall(texts[0]))) > 1 and re.search(r"[、和与及]", texts[0]):
        return "其他"  # 美国、韩国和日本: several sides speaking together
    for name, pattern in CAMPS:
        if any(re.search(pattern, text) for text in texts if text):
            return name
    return "其他"


def split_speaker(phrase: str) -> tuple[str, str | None]:
    """(speaker, role): 韩国国家安保室第一次长金泰孝 → 金泰孝, 韩国国家安保室第一次长;
    尹锡悦总统 → 尹锡悦, 总统; 朝鲜国防省发言人 → 朝鲜国防省发言人, None (a body speaks as itself)."""
    phrase = DEMONSTRATIVE.sub("", phrase.strip(" ，,、：:")).strip()
    if not phrase or BODY.search(phrase):
        return phrase, None
    roles = list(ROLE_WORD.finditer(phrase))
    if roles:
        last = roles[-1]
        name = phrase[last.end():]
        if 2 <= len(name) <= 4:
            return name, phrase[:last.end()].rstrip("、，, ")
        if last.end() == len(phrase) and 2 <= last.start() <= 4 and \
                not BODY.search(phrase[:last.start()]):  # 尹锡悦总统, not 美国政府高官
            return phrase[:last.start()], last[0]
    return phrase, None


def plausible(speaker: str, role: str | None, names: set[str]) -> bool:
    """A person with a role, a known name, or a body that can speak; not a stray clause."""
    if not speaker or len(speaker) > 24 or NOT_A_SPEAKER.match(speaker) or \
            re.search(r"[，,。；;:：“”]", speaker):
        return False
    if role or speaker in names or BODY.search(speaker) or ROLE_WORD.search(speaker):
        return True
    return False


class ViewpointsSummarizer:
    def summarize(self, documents: Documents, section: Section) -> list[Item]:
        found: list[Viewpoint] = []
        for article_sentences in self._by_article(documents):
            found.extend(self._article(documents, article_sentences))
        merged = self._merge(documents, found)
        ordered = self._round_robin(merged, section)
        return [Item(text=v.claim, sources=sorted(v.sources), actor=v.actor, speaker=v.speaker,
                     role=v.role) for v in ordered]

    @staticmethod
    def _by_article(documents: Documents) -> list[list[Sentence]]:
        groups: dict[int, list[Sentence]] = {}
        for sentence in documents.sentences:
            groups.setdefault(sentence.article.id, []).append(sentence)
        return list(groups.values())

    def _article(self, documents: Documents, sentences: list[Sentence]) -> list[Viewpoint]:
        text = "".join(s.text for s in sentences)
        roles = {}  # who the article introduces with a role: 美国总统拜登 → 拜登: 美国总统
        for match in KNOWN_ROLE.finditer(PARENTHESIS.sub("", text)):
            roles.setdefault(match["name"], DEMONSTRATIVE.sub("", match["role"]))
        names = set(roles) | set(domain_words(documents.spec.dictionary))
        views: list[Viewpoint] = []
        named: list[tuple[str, str | None]] = []  # speakers met so far: (name, role)
        for sentence in sentences:
            view = self._read(sentence, named, roles, names)
            if view is None:
                continue
            views.append(view)
            named.append((view.speaker, view.role))
        return views

    def _read(self, sentence: Sentence, named, roles, names) -> Viewpoint | None:
        text = ATTRIBUTION.sub("", sentence.text.strip())
        match = QUOTE_FIRST.match(text)
        if match:
            frames, claim = [match["speaker"]], match["claim"]
        else:
            match = SPEAKER_FIRST.match(text)
            if not match or "“" in match["frame"]:
                return None
            clauses = re.split(r"[，,：:]", PARENTHESIS.sub("", match["frame"]))
            frames, claim = clauses[::-1][:2], match["claim"]  # the speaker's clause, or the one before
            if ACTION_CUE.match(match["cue"]):
                claim = match["cue"].removesuffix("说") + claim
        claim = self._claim(claim)
        if len(claim) < 6:  # shorter says nothing: 是的。
            return None
        for frame in frames:
            phrase = PARENTHESIS.sub("", frame)
            for _ in range(3):
                phrase = ADVERBIAL.sub("", STATEMENT.sub("", phrase)).strip(" ，,")
            phrase = CONJUNCTION.sub("", phrase)
            phrase = re.sub(r"(?:在[\u4e00-\u9fff]{0,8}|于)$", "", phrase)
            if "援引" in phrase:  # 《华尔街日报》援引美国官员的话: the paper speaks
                phrase = phrase.split("援引")[0]
            speaker, role = self._resolve(phrase, named, roles, sentence.text)
            if plausible(speaker, role, names | {n[0] for n in named}):
                actor = camp(speaker, role or "")
                return Viewpoint(speaker, role, actor, claim, sentence, {sentence.article.id})
        return None

    @staticmethod
    def _claim(claim: str) -> str:
        claim = claim.strip()
        claim = re.sub(r"[”」]\s*[,，]\s*(?:并|还|又)?(?:称|表示|说|指出|强调)\s*[“「]", "；", claim)
        claim = re.sub(r"\s+([。，！？])", r"\1", claim)
        if claim.count("“") < claim.count("”"):
            claim = claim.replace("”", "", claim.count("”") - claim.count("“"))
        claim = re.sub(r"^[“「](.*)[”」][。！!]?$", r"\1", claim).strip("“”「」 ")
        if not claim.endswith(("。", "！", "？", "!", "?")):
            claim = claim.rstrip("，,；;、") + "。"
        return claim

    @staticmethod
    def _resolve(phrase: str, named, roles, sentence: str) -> tuple[str, str | None]:
        """他 → the last person named; 该官员, 发言人, 声明 → the one named before (or the
        声明 the sentence names); 尹总统 → 尹锡悦; a name met before keeps its role."""
        if PRONOUN.match(phrase):
            people = [n for n in named if n[1] is not None or len(n[0]) <= 4]
            return (people[-1][0], people[-1][1]) if people else ("", None)
        speaker, role = split_speaker(phrase)
        if speaker in STAND_INS:
            for name, known_role in reversed(named):
                if name.endswith(speaker) or (known_role or "").endswith(speaker):
                    return name, known_role
            fuller = re.findall(rf"([^\s，,。的》“”]{{2,6}}{speaker})", sentence)
            if fuller and fuller[0] != speaker:
                return fuller[0], None
            if named and named[-1][1] is None and BODY.search(named[-1][0]):
                return named[-1][0], None  # 美国国防部发表声明 … 声明说: the body speaks
        title = re.fullmatch(r"(?P<surname>[\u4e00-\u9fff])(?P<title>[\u4e00-\u9fff]{1,3})", speaker)
        if title and ROLE_WORD.fullmatch(title["title"]):
            for name, known_role in reversed(named):
                if name.startswith(title["surname"]) and 2 <= len(name) <= 4:
                    return name, known_role
        for name, known_role in reversed(named):
            if name == speaker and known_role and role is None:
                return name, known_role
        if role is None and speaker in roles:
            role = roles[speaker]
        return speaker, role

    def _merge(self, documents: Documents, views: list[Viewpoint]) -> list[Viewpoint]:
        """The same speaker saying the same thing in several sources: one viewpoint."""
        merged: list[Viewpoint] = []
        vectors = {}
        for view in views:
            vector = documents.vector(documents.segmenter.content_words(view.claim))
            home = next((m for m in merged if m.speaker == view.speaker and
                         cosine(vectors[id(m)], vector) >= SAME_CLAIM), None)
            if home:
                home.sources |= view.sources
                home.role = home.role or view.role
                continue
            merged.append(view)
            vectors[id(view)] = vector
        return merged

    @staticmethod
    def _round_robin(views: list[Viewpoint], section: Section) -> list[Viewpoint]:
        """Up to the limits, camp by camp in turn so every side is heard, and within a camp
        speaker by speaker (named people with roles first) so no one voice fills it."""
        queues: dict[str, list[Viewpoint]] = {}
        for name in CAMP_ORDER:
            speakers: dict[str, list[Viewpoint]] = {}
            for view in sorted((v for v in views if v.actor == name),
                               key=lambda v: (-len(v.sources), v.sentence.order)):
                speakers.setdefault(view.speaker, []).append(view)
            ranked = sorted(speakers.values(), key=lambda vs: (
                -max(len(v.sources) for v in vs), vs[0].role is None, vs[0].sentence.order))
            queue = []
            while any(ranked):
                queue += [vs.pop(0) for vs in ranked if vs]
            queues[name] = queue
        chosen, length = [], 0
        while any(queues.values()) and len(chosen) < section.max_items:
            for name in CAMP_ORDER:
                if queues[name] and len(chosen) < section.max_items:
                    view = queues[name].pop(0)
                    if length + len(view.claim) <= section.max_chars:
                        chosen.append(view)
                        length += len(view.claim)
        return sorted(chosen, key=lambda v: (CAMP_ORDER.index(v.actor), v.sentence.order))
