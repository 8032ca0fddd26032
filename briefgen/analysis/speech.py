"""Speech: who said what. The speaker (a person or a body), its role, the cue verb and the
claim, from quotes before or after the speaker and from cue verbs; a speaker named once and
then called 他, 该官员, 这位大使, by surname and title or by a shorter transliteration is
followed through the article. The claim is what the speaker said, not the writer's gloss
around it (作为替代方案，…; 因此，…)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefgen.analysis.gazetteer import Gazetteer
from briefgen.model import Speech

# Verbs that attribute speech, written once: 说 and 称 guarded so that 说明, 称为 and 对称
# are not read as speech. REPORTING frames a report; CUE is every verb a claim hangs on.
SAY = r"(?<![解小传听])说(?![明服法])"
CALL = r"(?<![对自])称(?![为作赞号性职霸])"
REPORTING = rf"(?:表示|{SAY}|{CALL}|指出|透露)"
CUE = (rf"(?:表示|补充道|补充说|解释说|解释道|强调说|强调|指出|认为|{CALL}|说道|{SAY}|透露|坦言|直言|"
       r"警告说|警告|批评说|谴责|呼吁|重申|回应说|声称|宣称|写道)")

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
DEMONSTRATIVE = re.compile(r"^(?:这份|该份|这一|这个|此份|这位|这名|该名|该位|那位|该|这|此|一位|一名|"
                           r"另一位|另一名|多位|多名)")
REFERENCE = re.compile(r"^(?:这位|这名|该名|该位|那位|该|此|上述)")  # 这位大使: someone named before
ROLE_WORD = re.compile(
    r"(?:发言人|次长|室长|副部长|部长|国务卿|外长|副总统|总统|总理|首相|主席|委员长|大使|顾问|主任|"
    r"协调员|司令|官员|专家|学者|教授|研究员|分析人士|支持者|议员|议长|局长|秘书长|会长|院长|所长|记者|"
    r"负责人|高官|人士|代表|国防相|外相|部长助理|助理|特使|领袖|领导人|元首|市长|州长|省长|党首|"
    r"主席团|警司|处长|署长|司长|校长|律师|医生|检察官|法官|主编|作者|创办人|总裁|董事长)")
BODY = re.compile(r"(?:声明|宣言|新闻稿|文件|报告|社论|评论|公报|政府|高官|总统室|总统府|总统办公室|外交部|"
                  r"国防部|国防省|统一部|白宫|国务院|五角大楼|联合参谋本部|发言人|官员|人士|专家|学者|"
                  r"媒体|韩媒|美媒|》|报|社|电视台|研究所|智库|美方|韩方|朝方|中方|日方|方面|双方|"
                  r"两国|美国|韩国|朝鲜|中国|日本|党|当局|警方|法院|医院|组织|委员会|议会|使馆|领事馆|办公室)$")
NOT_A_SPEAKER = re.compile(r"^(?:按照|根据|依据|随着|为了|对于|关于|由于|如果|若|当|有|就|主要|"
                           r"一些人|另一些人|外界|舆论|这|那|其|它)")
TRANSLITERATION = r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3}"
NAME = rf"(?:{TRANSLITERATION}|[\u4e00-\u9fff]{{2,4}}?)"
KNOWN_ROLE = re.compile(
    rf"(?P<role>[^与和同及，,。；;：:\s“”]{{2,40}}?{ROLE_WORD.pattern})(?P<name>{NAME})"
    r"(?=在|于|与|和|当天|星期|通过|发表|表示|说|称|指出|强调|认为|[（(，,、的]|曾|也|还|则|$)")
# A clause the writer adds after the reported claim: a conclusion, a consequence.
GLOSS = re.compile(r"^(?:作为(?:替代|回应|回报|补偿|交换|结果)|因此|所以|于是|从而|由此|结果|可见|"
                   r"换言之|也就是说)")
STAND_INS = ("发言人", "官员", "声明", "谈话", "人士")  # 发言人 alone: the one named before


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
    spoke: list[Speaker] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)


def known_roles(text: str) -> dict[str, str]:
    """Who an article introduces with a role: 美国总统拜登 → {拜登: 美国总统},
    美国国家安全顾问罗伯特·奥布莱恩 → {罗伯特·奥布莱恩: 美国国家安全顾问}."""
    roles: dict[str, str] = {}
    for match in KNOWN_ROLE.finditer(PARENTHESIS.sub("", text)):
        roles.setdefault(match["name"], DEMONSTRATIVE.sub("", match["role"]))
    return roles


def split_speaker(phrase: str) -> tuple[str, str | None]:
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
        if 2 <= len(name) <= 4 or re.fullmatch(TRANSLITERATION, name):
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
    return bool(role or speaker in names or BODY.search(speaker) or ROLE_WORD.search(speaker)
                or re.fullmatch(TRANSLITERATION, speaker))


def clean_claim(claim: str) -> str:
    """A claim as printed: quotes that frame it dropped, one end mark."""
    claim = claim.strip()
    claim = re.sub(r"[”」]\s*[,，]\s*(?:并|还|又)?(?:称|表示|说|指出|强调)\s*[“「]", "；", claim)
    claim = re.sub(r"\s+([。，！？])", r"\1", claim)
    if claim.count("“") < claim.count("”"):
        claim = claim.replace("”", "", claim.count("”") - claim.count("“"))
    claim = re.sub(r"^[“「](.*)[”」][。！!]?$", r"\1", claim).strip("“”「」 ")
    if not claim.endswith(("。", "！", "？", "!", "?")):
        claim = claim.rstrip("，,；;、") + "。"
    return claim


def _without_gloss(claim: str) -> str:
    """The reported claim without a clause the writer adds after it (作为替代方案，…)."""
    if claim.startswith(("“", "「")):
        return claim
    at = 0
    for part in re.split(r"(?<=[，,；;])", claim):
        if at and GLOSS.match(part.lstrip("“「")):
            return claim[:at]
        at += len(part)
    return claim


class SpeechReader:
    """Reads speech sentence after sentence through one article (state carries over)."""

    def __init__(self, gazetteer: Gazetteer, dictionary: set[str]) -> None:
        self.gazetteer = gazetteer
        self.dictionary = dictionary

    def start(self, article_text: str) -> ArticleState:
        roles = known_roles(article_text)
        return ArticleState(roles=roles, names=set(roles) | self.dictionary)

    def read(self, text: str, state: ArticleState) -> Speech | None:
        """The speech `text` reports, or None; updates `state`."""
        speech = self._read(text, state)
        if speech is None:
            state.countries.extend(self.gazetteer.countries(text))
        else:
            state.countries.extend(self.gazetteer.countries(text[speech.claim_start:]))
        return speech

    def _read(self, text: str, state: ArticleState) -> Speech | None:
        body = ATTRIBUTION.sub("", text.strip())
        shift = len(text) - len(text.lstrip()) + (len(text.strip()) - len(body))
        match = QUOTE_FIRST.match(body)
        if match:
            frames, claim, cue = [match["speaker"]], match["claim"], ""
            start, end = match.start("claim"), match.end("claim")
            cue_match = re.search(CUE, body[match.end("speaker"):])
            cue = cue_match[0] if cue_match else ""
        else:
            match = SPEAKER_FIRST.match(body)
            if not match or "“" in match["frame"]:
                return None
            clauses = re.split(r"[，,：:]", PARENTHESIS.sub("", match["frame"]))
            frames, claim, cue = clauses[::-1][:2], match["claim"], match["cue"]
            claim = _without_gloss(claim)
            start, end = match.start("claim"), match.start("claim") + len(claim)
            if ACTION_CUE.match(cue):
                claim = cue.removesuffix("说") + claim
        claim = clean_claim(claim)
        if len(claim) < 6:  # shorter says nothing: 是的。
            return None
        for frame in frames:
            phrase = self._phrase(frame)
            speaker, role = self._resolve(phrase, state, text)
            speaker = self.gazetteer.canonical(speaker)
            if plausible(speaker, role, state.names | {s.name for s in state.spoke}):
                frame_countries = self.gazetteer.countries(
                    text[:start + shift] + text[end + shift:]) if start else []
                camp = self.gazetteer.camp(speaker, role, state.countries + frame_countries)
                state.spoke.append(Speaker(speaker, role))
                return Speech(speaker=speaker, role=role, camp=camp, cue=cue, claim=claim,
                              claim_start=start + shift, claim_end=end + shift, phrase=phrase)
        return None

    @staticmethod
    def _phrase(frame: str) -> str:
        phrase = PARENTHESIS.sub("", frame)
        for _ in range(3):
            phrase = ADVERBIAL.sub("", STATEMENT.sub("", phrase)).strip(" ，,")
        phrase = CONJUNCTION.sub("", phrase)
        phrase = re.sub(r"(?:在[\u4e00-\u9fff]{0,8}|于)$", "", phrase)
        if "援引" in phrase:  # 《华尔街日报》援引美国官员的话: the paper speaks
            phrase = phrase.split("援引")[0]
        return phrase

    def _resolve(self, phrase: str, state: ArticleState, sentence: str) -> tuple[str, str | None]:
        """他 → the last person named; 该官员, 这位大使, 发言人 → the one named before with that
        role (or the 声明 the sentence names); 尹总统 → 尹锡悦; 奥布莱恩 → 罗伯特·奥布莱恩;
        a name met before keeps its role."""
        named = state.spoke
        if PRONOUN.match(phrase):
            people = [n for n in named if n.role is not None or len(n.name) <= 4 or "·" in n.name]
            return (people[-1].name, people[-1].role) if people else ("", None)
        reference = REFERENCE.match(phrase)
        noun = phrase[reference.end():] if reference else ""
        if reference and ROLE_WORD.fullmatch(noun):  # 这位大使, 该官员
            for earlier in reversed(named):
                if (earlier.role or earlier.name).endswith(noun) or noun in (earlier.role or ""):
                    return earlier.name, earlier.role
            for name, role in reversed(list(state.roles.items())):
                if role.endswith(noun) and name in sentence:
                    return name, role
        speaker, role = split_speaker(phrase)
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
            if earlier.name == speaker and earlier.role and role is None:
                return earlier.name, earlier.role
        if role is None and speaker not in state.roles:  # 奥布莱恩 for 罗伯特·奥布莱恩
            fuller = [name for name in state.roles if "·" in name and
                      name.rsplit("·", 1)[1] == speaker]
            if len(fuller) == 1:
                return fuller[0], state.roles[fuller[0]]
        if role is None and speaker in state.roles:
            role = state.roles[speaker]
        return speaker, role
