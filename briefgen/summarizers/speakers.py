"""One speaker under two names: a person or a body that outlets write differently (two
transliterations, a name cut short, a department of a body, a role for a name), and one
statement two outlets report in other words, found so the viewpoints give each voice once."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.analysis.gazetteer import KIND_ORDER, OTHER
from briefgen.analysis.speech import BODY, GROUP, ROLE_WORD

if TYPE_CHECKING:
    from briefgen.summarizers.viewpoints import Viewpoint


def _variants(a: str, b: str) -> bool:
    """Two transliterations of one name: the same length (three or more characters) and
    one character apart (卡里尼琴科, 卡利尼琴科)."""
    return len(a) == len(b) >= 3 and sum(x != y for x, y in zip(a, b)) == 1 and \
        not BODY.search(a) and not BODY.search(b)


def _one_transliteration(a: str, b: str) -> bool:
    """One foreign name as two outlets write it: the same given name, an initial left out and
    a surname cut short in one (斯科特·康 and 斯科特·D·康恩)."""
    parts_a, parts_b = ([p for p in re.split(r"[·‧・•]", name) if not re.fullmatch(r"[A-Za-z.]+", p)]
                        for name in (a, b))
    if a == b or len(parts_a) != 2 or len(parts_b) != 2 or parts_a[0] != parts_b[0]:
        return False
    return parts_a[1] != parts_b[1] and (parts_a[1].startswith(parts_b[1]) or
                                         parts_b[1].startswith(parts_a[1]))


def _abbreviates(short: str, long: str, camps: set[str]) -> bool:
    """Whether a body's name is a short form of another's of the same camp: without the
    country, its characters stand in the other's in order, ending on the same one
    (国情院 in 国家情报院, 中情局 in 中央情报局)."""
    if len(camps) != 1 or not BODY.search(short) or not BODY.search(long):
        return False
    camp = next(iter(camps))
    short, long = short.rpartition(camp)[2], long.rpartition(camp)[2]
    if not 3 <= len(short) < len(long) or short[-1] != long[-1] or ROLE_WORD.search(short):
        return False
    rest = iter(long)
    return all(char in rest for char in short)


CLAUSE_ROLE = re.compile(r"^(?:在|于|曾|被|因|自)")  # a clause about the person, no post


DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:部|处|办公室|新闻办)$")  # 体育部, 新闻处


def same_people(views: list[Viewpoint], countries=None) -> list[Viewpoint]:
    """One person under one name across sources: a surname alone is the full name it ends
    (佩特里切克 → 托马斯·佩特里切克) when only one does (a bare 专家 or 官员 is anyone of
    that kind, not the one 中国贸易专家), and two transliterations one
    character apart with the same camp, or one of them unknown, are the first one met; a
    department of a body that names no country (PPTV体育部) is the body. The
    person keeps the camp and role the sources give when they agree."""
    names = list(dict.fromkeys(v.speaker for v in views))
    same: dict[str, str] = {}
    for name in names:  # 托马斯·佩特里切克 ⊃ 佩特里切克; 中国商务部 ⊃ 商务部
        fuller = [n for n in names if n != name and (re.split(r"[·‧・•]", n)[-1] == name or
                                                     BODY.search(name) and n.endswith(name) and
                                                     not ROLE_WORD.fullmatch(name))]  # 专家: many
        if len(fuller) == 1:
            same[name] = fuller[0]
    camps: dict[str, set[str]] = {}
    for view in views:
        camps.setdefault(view.speaker, set()).add(view.actor)
    for name in names:  # PPTV体育部 is PPTV: a department of a body that names no country
        owners = [n for n in names if n != name and len(n) >= 2 and name.startswith(n) and
                  DEPARTMENT.match(name[len(n):]) and not (countries and countries(n))]
        if len(owners) == 1 and name not in same and (
                camps[name] & camps[owners[0]] or OTHER in camps[name] | camps[owners[0]]):
            same[name] = owners[0]
    for name in names:  # 韩国国情院 is 韩国情报机关国家情报院: an abbreviation of one body
        fuller = [n for n in names if n != name and n not in same and
                  _abbreviates(name, n, camps[name] & camps[n] - {OTHER})]
        if len(fuller) == 1 and name not in same:
            same[name] = fuller[0]
    for name in names:  # 鄂木斯克市医院的副主任医师: the one named person of that side in that post
        post = name.rpartition("的")[2]
        if name in same or not ROLE_WORD.search(post) or len(post) < 3 or post == name:
            continue
        place = {name[i:i + 2] for i in range(len(name.rpartition("的")[0]) - 1)}
        holders = {v.speaker for v in views if v.role and v.speaker != name and
                   v.role.rpartition("的")[2] == post and v.actor in camps[name] and
                   any(pair in v.role for pair in place)}
        if len(holders) == 1:
            same[name] = holders.pop()
    for n, name in enumerate(names):
        for earlier in names[:n]:
            if earlier not in same and name not in same and (
                    _variants(earlier, name) or _one_transliteration(earlier, name)) and (
                    camps[earlier] & camps[name] or OTHER in camps[earlier] | camps[name]):
                same[name] = earlier
    by_person: dict[str, list[Viewpoint]] = {}
    for view in views:
        for _ in range(3):  # 副主任医师 → 卡里尼琴科 → 卡利尼琴科
            view.speaker = same.get(view.speaker, view.speaker)
        by_person.setdefault(view.speaker, []).append(view)
    for group in by_person.values():
        known = {v.actor for v in group} - {OTHER}
        told = [v.role for v in group if v.role]  # the label most sources give, the fullest
        roles = sorted(set(told), key=lambda r: (bool(CLAUSE_ROLE.match(r)), -told.count(r),
                                                 -len(r), r))  # (not 在7.21受袭、前…记者)
        for view in group:
            if len(known) == 1:
                view.actor = next(iter(known))
            if roles:  # 香港警务处处长 and 香港警务处长: one person, one label
                view.role = roles[0]
    return views


# 一位中国贸易专家, 一名官员: a person given by a description, no name.
DESCRIBED = re.compile(rf"^(?:[一两三几多许]*[名位个些])?[\u4e00-\u9fff]{{0,8}}?{ROLE_WORD.pattern}$")
SINGLE = re.compile(r"^(?:一位|一名)")
SAID_ALIKE = 0.5  # of the shorter claim's character pairs in the other: the same words
NEAR_DAYS = 2  # two reports of one statement come out within this many days


def body_voice(view: Viewpoint) -> bool | None:
    """True for a body speaking (中国外交部, 国务院), False for a named person with a post,
    None for any other voice (专家, 一位官员)."""
    if view.role is None and BODY.search(view.speaker) and not ROLE_WORD.search(view.speaker):
        return True
    return False if view.role and not BODY.search(view.speaker) else None


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", text)
    return {text[i:i + 2] for i in range(len(text) - 1)}


def said_alike(a: str, b: str) -> bool:
    """The same quoted sentence, or most of the shorter claim's character pairs in the other."""
    quoted = set(re.findall(r"“([^”]{6,})”", a)) & set(re.findall(r"“([^”]{6,})”", b))
    pairs_a, pairs_b = _bigrams(a), _bigrams(b)
    shorter = min(len(pairs_a), len(pairs_b))
    return bool(quoted) or shorter >= 6 and len(pairs_a & pairs_b) >= SAID_ALIKE * shorter


def _same_kind(described: Viewpoint, named: Viewpoint, countries) -> bool:
    """A single person of the same kind (专家 and 教授 are both scholars) whose description
    shares a field with the named one's post (中国贸易专家, 国际贸易教授), reported within
    days of each other: safe to take for the one named person of that kind."""
    speech = described.sentence.speech
    if described.actor not in KIND_ORDER or named.actor != described.actor or not named.role:
        return False
    if not (SINGLE.match(speech.phrase or "") if speech else False) and GROUP.search(described.speaker):
        return False  # 一些分析人士: several people, not one
    field_words = ROLE_WORD.sub("", described.speaker)
    for country in countries(field_words):
        field_words = field_words.replace(country, "")
    when = [v.sentence.article.published for v in (described, named)]
    near = None not in when and abs((when[0] - when[1]).days) <= NEAR_DAYS
    return near and bool(_bigrams(field_words) & _bigrams(named.role))


def described_people(views: list[Viewpoint], countries) -> list[Viewpoint]:
    """A person given only by a description (一位中国贸易专家) or a bare country (中国) is the
    one named speaker (崔凡) whose claim says the same words, or, failing that, the one named
    speaker of the same kind and field heard in the same days: one person, one heading."""
    def described(view: Viewpoint) -> bool:
        return view.role is None and (bool(DESCRIBED.match(view.speaker)) or
                                      countries(view.speaker) == [view.speaker])
    named = [v for v in views if not described(v) and not BODY.search(v.speaker) and
             countries(v.speaker) != [v.speaker] and v.actor not in KIND_ORDER[1:]]  # no paper
    for view in views:
        if not described(view):
            continue
        alike = {v.speaker: v for v in named if said_alike(view.claim, v.claim)}
        if not alike:
            kind = {v.speaker: v for v in named if v.actor == view.actor}
            alike = kind if len(kind) == 1 and _same_kind(view, next(iter(kind.values())),
                                                          countries) else {}
        if len(alike) == 1:
            person = next(iter(alike.values()))
            view.speaker, view.role, view.actor = person.speaker, person.role, person.actor
    return views


# Where a person is from, told after the name (博尔特…在他的家乡牙买加确诊…, …来自肯尼亚的…).
HOME = re.compile(r"(?:(?:他|她)的(?:家乡|祖国|故乡|母国)|来自|出生于|生于|国籍为?|籍贯)(?P<place>[\u4e00-\u9fff]{2,8})")


def home_country(sentences: list[str], speaker: str, countries) -> str | None:
    """The one country the sources say a named person is from (博尔特(Usain Bolt)在他的家乡
    牙买加确诊…): told in a sentence that names the person before it, none other told."""
    homes = set()
    for sentence in sentences:
        at = sentence.find(speaker)
        if at >= 0:
            for home in HOME.finditer(sentence, at + len(speaker)):
                found = countries(home["place"])
                if found and home["place"].startswith(found[0][:2]):
                    homes.add(found[0])
    return next(iter(homes)) if len(homes) == 1 else None
