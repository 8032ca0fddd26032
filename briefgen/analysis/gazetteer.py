"""Which camp an actor belongs to, from the affiliation its role or name states.

Country and region names come from Babel's Chinese territory names (zh_Hans and zh_Hant);
short forms, capitals and institutions that stand for a country (美方, 华府, 青瓦台),
international organizations and the kinds 专家学者, 媒体, 非政府组织 come from
`briefgen/data/gazetteer.yaml`; a spec's `actors:` adds to or overrides both.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from briefgen.analysis.script import to_simplified
from briefgen.spec import Actors

# A body's document (五角大楼报告): the body's name, then what it issued.
ISSUED = re.compile(r"(?P<body>.{2,12}?)(?P<document>报告|声明|新闻稿|公报)")

OTHER = "其他"
KIND_ORDER = ("专家学者", "媒体", "非政府组织")
CRITIC = re.compile(r"(?P<principal>[^的，,]{2,16})的(?:批评者|批评人士|反对者|政治对手|对手|政敌)(?:们)?$")
# 前记者, 《立场新闻》前记者, 前立场新闻记者: who worked for the media once speaks for themselves.
FORMER = re.compile(r"(?:前|曾任)[^，,、的]{0,10}?(?:记者|编辑|主编|主持人|评论员|撰稿人|员工|雇员)$")

# What 方 begins when it is no side (法方 in 非法方式, 中方 in 集中方向).
SIDE_IN_WORD = re.compile(r"[式法向案针位便圆形剂程略言]")


@dataclass(frozen=True)
class Entry:
    camp: str
    kind: str  # country, organization, kind, spec


@functools.cache
def _data() -> dict:
    text = resources.files("briefgen").joinpath("data/gazetteer.yaml").read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@functools.cache
def _territories() -> dict[str, tuple[str, ...]]:
    """ISO code → its Chinese names: the Simplified one first, then the Traditional ones and
    each without 中国…特别行政区 (中国香港特别行政区 → 香港)."""
    from babel import Locale

    names: dict[str, list[str]] = {}
    for locale in ("zh_Hans", "zh_Hant", "zh_Hant_HK"):
        for code, name in Locale.parse(locale).territories.items():
            if not code.isalpha() or len(code) != 2 or code in ("EU", "EZ", "UN", "QO", "XA",
                                                                  "XB", "ZZ"):
                continue
            forms = names.setdefault(code, [])
            short = re.sub(r"^中国|特别行政区$|特別行政區$|（.*）$", "", name)
            for form in (short, name):
                if len(form) >= 2 and form not in forms:
                    forms.append(form)
    return {code: tuple(forms) for code, forms in names.items()}


class Gazetteer:
    """Names of actors → their camp; `camp()` reads a speaker and its role."""

    def __init__(self, actors: Actors | None = None) -> None:
        actors = actors or Actors()
        data = _data()
        self.entries: dict[str, Entry] = {}  # a name as written → its camp
        self.members: dict[str, Entry] = {}  # a person → its camp
        self.abbr: dict[str, str] = {}
        self.country_order: list[str] = []
        territories = _territories()
        for code, forms in territories.items():  # every country, named as Babel names it
            info = (data.get("countries") or {}).get(code) or {}
            name = info.get("name") or forms[0]
            for form in forms:
                self._add(self.entries, form, Entry(name, "country"))
        self.oppositions: dict[str, tuple[str, re.Pattern | None]] = {}
        for code, info in (data.get("countries") or {}).items():
            name = info.get("name") or territories.get(code, (code,))[0]
            camp = info.get("opposition") or {}
            self.oppositions[name] = (camp.get("name") or name + "反对派", re.compile("|".join(
                map(re.escape, camp.get("names") or ()))) if camp.get("names") else None)
            self.country_order.append(name)
            if info.get("abbr"):
                self.abbr[name] = info["abbr"]
            self._add(self.entries, name, Entry(name, "country"))
            for form in info.get("names") or ():
                self._add(self.entries, form, Entry(name, "country"))
            for person in info.get("members") or ():
                self._add(self.members, person, Entry(name, "country"))
        for name, info in (data.get("organizations") or {}).items():
            for form in [name, *(info.get("names") or ())]:
                self._add(self.entries, form, Entry(name, "organization"))
            for person in info.get("members") or ():
                self._add(self.members, person, Entry(name, "organization"))
        self.kinds: dict[str, Entry] = {}
        for name, words in (data.get("kinds") or {}).items():
            for word in words:
                self._add(self.kinds, word, Entry(name, "kind"))
        self.spec_entries: dict[str, Entry] = {}
        for camp in actors.camps:  # the spec's word wins over everything built in
            for form in [camp.name, *camp.names]:
                self._add(self.spec_entries, form, Entry(camp.name, "spec"))
            for person in camp.members:
                self._add(self.spec_entries, person, Entry(camp.name, "spec"))
        self.aliases = {other: names[0] for names in data.get("aliases") or ()
                        for other in names[1:]}
        for names in actors.aliases:  # the spec's spellings win
            self.aliases.update({other: names[0] for other in names[1:]})
            self.aliases.pop(names[0], None)
        self.opposition = re.compile("|".join(map(re.escape, data.get("opposition") or ["反对派"])))
        self.joint = tuple(sorted(data.get("joint") or (), key=len, reverse=True))
        self.order = tuple(actors.order)
        self._found: dict[tuple[str, str], list[tuple[int, str, Entry]]] = {}
        self._by_abbr = {abbr: name for name, abbr in self.abbr.items()}
        letters = "".join(sorted(self._by_abbr))
        self._pairs = re.compile(
            rf"([{letters}])([{letters}])(?=关系|两国|双方|同盟|联盟|峰会|会谈|贸易|合作|冲突|边境|联合|"
            r"之间|对话|外长|领导人|元首|首脑|军演|演习|防长)") if letters else None
        self._pairs_at_start = re.compile(
            rf"([{letters}])(?!\1)([{letters}])(?:两国|双方)?(?:高级|高层)?[\u4e00-\u9fff]{{0,4}}?"
            r"(?:官员|代表|领导人|高层|谈判代表)$") if letters else None
        self._pair_opening = re.compile(
            rf"([{letters}])(?!\1)([{letters}])(?=两国|双方|[\u4e00-\u9fff])(?!洲)") if letters else None
        self._patterns = {key: _alternation(table) for key, table in (
            ("spec", self.spec_entries), ("kinds", self.kinds), ("entries", self.entries),
            ("members", self.members))}

    @staticmethod
    def _add(table: dict[str, Entry], form: str, entry: Entry) -> None:
        form = str(form).strip()
        if form:
            table.setdefault(form, entry) if entry.kind != "spec" else table.__setitem__(form, entry)

    def canonical(self, name: str) -> str:
        """A name written another way (a second transliteration, a body's other name and
        its documents) → the one printed; the last
        part of a full name counts (迈克·庞皮欧 → 蓬佩奥)."""
        if name in self.aliases:
            return self.aliases[name]
        document = ISSUED.fullmatch(name)  # 五角大楼报告: the body's name printed, then the document
        if document and document["body"] in self.aliases:
            return self.aliases[document["body"]] + document["document"]
        last = re.split(r"[·‧・•]", name)[-1]
        return self.aliases.get(last, name) if last != name else name

    def find(self, text: str, table: str = "entries") -> list[tuple[int, str, Entry]]:
        """Every name of `table` in `text`, leftmost first, longest at a position (remembered:
        a second build over the same articles looks nothing up again)."""
        key = (text, table)
        if key not in self._found:
            if len(self._found) > 200_000:
                self._found.clear()
            self._found[key] = self._find(text, table)
        return list(self._found[key])

    def _find(self, text: str, table: str) -> list[tuple[int, str, Entry]]:
        pattern = self._patterns[table]
        if pattern is None:
            return []
        simplified = to_simplified(text)  # names are kept in Simplified; 美國 is 美国
        text = simplified if len(simplified) == len(text) else text
        found = []
        lookup = getattr(self, {"spec": "spec_entries", "kinds": "kinds", "entries": "entries",
                                "members": "members"}[table])
        for match in pattern.finditer(text):
            if table == "kinds" and text[match.end():match.end() + 1] == "员":
                continue  # 人权观察员: a role, not the organization
            if match.group().endswith("方") and SIDE_IN_WORD.match(text, match.end()):
                continue  # 非法方式, 美方面: 方 begins another word, no side is named
            if table == "members" and (NAME_GOES_ON.match(text, match.end()) or
                                       match.start() > 0 and text[match.start() - 1] in "·‧・•"):
                continue  # 马斯克 is not 马斯, 塔利亚·哈里斯 not 哈里斯: a name goes on past a member's
            found.append((match.start(), match.group(), lookup[match.group()]))
        return found

    def countries(self, text: str) -> list[str]:
        """The countries `text` names, in the order it names them (each once); a title
        (《关于朝鲜半岛…》) names a document, not a side."""
        text = re.sub(r"《[^《》]*》", "", text)
        found = [(at, entry.camp) for at, _, entry in self.find(text) + self.find(text, "members")
                 if entry.kind == "country"]
        for match in self._pairs.finditer(text) if self._pairs else ():  # 中捷关系, 美韩同盟
            found += [(match.start(), self._by_abbr[match[1]]),
                      (match.start() + 1, self._by_abbr[match[2]])]
        seen: list[str] = []
        for _, camp in sorted(found):
            if camp not in seen:
                seen.append(camp)
        return seen

    def pair_opens(self, text: str) -> bool:
        """Whether a text opens on two countries acting together in their short forms (中美签署
        了…, 印中举行了…); not 中美洲."""
        return bool(self._pair_opening and self._pair_opening.match(text))

    def is_joint(self, phrase: str) -> bool:
        return any(phrase.startswith(word) for word in self.joint)

    def joint_camp(self, countries: list[str]) -> str | None:
        """Two countries speaking together as one camp: 美国 + 韩国 → 美韩."""
        latest: list[str] = []
        for country in reversed(countries):
            if country not in latest:
                latest.append(country)
        pair = sorted(latest[:2], key=lambda c: (
            self.country_order.index(c) if c in self.country_order else 999, c))
        if len(pair) != 2:
            return None
        if all(c in self.abbr for c in pair):
            return "".join(self.abbr[c] for c in pair)
        return "、".join(pair)

    def _opposition(self, country: str) -> str:
        return self.oppositions.get(country, (country + "反对派", None))[0]

    def _party(self, texts: list[str], home: str | None) -> str | None:
        """A party or camp of a country's opposition (民主党人士, 香港民主党): the country the
        text names, else the one the article is about (`home`)."""
        for text in texts:
            named = [e.camp for _, _, e in self.find(text) if e.kind == "country"]
            for country in named[:1] or [home]:
                pattern = self.oppositions.get(country, ("", None))[1] if country else None
                if pattern is not None and pattern.search(text):
                    return self._opposition(country)
        return None

    def camp(self, speaker: str, role: str | None = None,
             context: list[str] | None = None, home: str | None = None) -> str:
        """The camp of a speaker: the spec's camps first, then a kind (专家学者, 媒体 …), then
        the first country or organization its role or name states (an opposition role makes
        its country's opposition), then a person the gazetteer knows. `context` is the
        countries named before (for 两国, 双方). 其他 when nothing says."""
        speaker = self.canonical(speaker)
        head = role.rpartition("的")[2] if role else ""  # 旅居德国的民运组织…主席: 民运组织…主席
        texts = [t for t in dict.fromkeys((head, role or "", speaker)) if t]
        if self.pair_opens(speaker) and speaker[2:] in ("方面", "双方", "两国", "官方", "政府"):
            joint = self.joint_camp([self._by_abbr[speaker[0]], self._by_abbr[speaker[1]]])
            if joint:  # 美韩方面: both sides, not the 韩方 a spec's alias finds inside it
                return joint
        for text in texts:
            found = self.find(text, "spec")
            if found:
                return found[0][2].camp
        critic = CRITIC.search(f"{role or ''}{speaker}")
        if critic:  # 卢卡申科的批评者: the opposition of the country its principal leads
            principal = self.camp(critic["principal"])
            if principal in self.country_order or any(
                    e.kind == "country" and e.camp == principal for e in self.entries.values()):
                return self._opposition(principal)
        if self.is_joint(speaker) or (role and self.is_joint(role)):
            joined = self.joint_camp(context or [])
            if joined:
                return joined
        pair = self._pairs_at_start.match(speaker) if self._pairs_at_start else None
        if pair:  # 美中高级贸易官员: both sides together
            return self.joint_camp([self._by_abbr[pair[1]], self._by_abbr[pair[2]]]) or OTHER
        party = self._party(texts, home)
        if party:
            return party
        joined = re.split(r"[和与及、]", speaker)
        if len(joined) > 1 and not self.find(joined[0], "kinds"):  # 印度军方官员和安全分析人士:
            found = [f for f in self.find(joined[0]) if f[2].kind == "country"]  # officials
            if found:  # of a country speak for it, whoever speaks with them
                return found[0][2].camp
        for text in texts:  # 医学院的医院: a modifier before 的 does not make a kind
            head = text.rfind("的") + 1
            former = FORMER.search(text[head:])
            found = [f for f in self.find(text, "kinds") if f[0] >= head and not (
                former and f[2].camp == "媒体")]
            if found:  # a former journalist (《立场新闻》前记者) is no longer the media's voice
                return found[0][2].camp
        for text in texts:
            found = self.find(text)
            if found:
                camp = found[0][2].camp
                if found[0][2].kind == "country" and self.opposition.search(text):
                    return self._opposition(camp)
                return camp
        found = self.find(speaker, "members")
        if found and (context is None or found[0][2].camp in context):
            return found[0][2].camp  # (a known surname in a story that never names its
        return OTHER  # country, 哈里斯 in Tokyo, is someone else)

    def known_person(self, name: str) -> bool:
        name = self.canonical(name)
        return name in self.members or (name in self.spec_entries and
                                        self.spec_entries[name].camp != name)

    def camp_order(self, camps: list[str], counts: dict[str, int] | None = None) -> list[str]:
        """The order camps are printed in: the spec's order, then states and organizations
        (the most heard first), then 专家学者, 媒体, 非政府组织, then 其他."""
        counts = counts or {}
        listed = [c for c in self.order if c in camps]
        rest = [c for c in camps if c not in listed]

        def rank(camp: str) -> tuple:
            group = 2 if camp == OTHER else 1 if camp in KIND_ORDER else 0
            within = KIND_ORDER.index(camp) if camp in KIND_ORDER else -counts.get(camp, 0)
            return (group, within, camp)

        return listed + sorted(rest, key=rank)


# Characters that go on a transliterated name (马斯|克, 哈里|斯): a member's name matched inside
# a longer one is someone else.
NAME_GOES_ON = re.compile(r"[克斯尔特基夫娃娜诺姆伦贝恩丁森顿罗洛科莫普布格茨奇维]")


def _alternation(table: dict[str, Entry]) -> re.Pattern | None:
    if not table:
        return None
    return re.compile("|".join(re.escape(name) for name in sorted(table, key=lambda n: (-len(n), n))))


@functools.lru_cache(maxsize=32)
def load_gazetteer(actors: Actors | None = None) -> Gazetteer:
    """The gazetteer with a spec's actors (built once per set of actors)."""
    return Gazetteer(actors)
