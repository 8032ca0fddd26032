"""Count the items of built briefs that carry a surface defect a reader sees at once.

    python benchmarks/brief_lint.py BRIEF.json [BRIEF.json ...] [--show]

Issue #11 asks that at most 5% of a brief's items have an unanchored date, a dangling
opening, Traditional text, a dateline or a near-repeat. An analyst finds these by reading;
this script finds the forms they take on the page, so a change can be checked on every
brief in seconds. It is a lower bound on what a reader finds (a reference that leans on lost
context in mid-sentence, or a repeat in other words, is left to the reading) and it can flag
an item a reader would pass (a 星期二 the item anchors some other way). Items: one per
chronology entry and viewpoint, one per background sentence (a paragraph's later sentences
may lean on the earlier ones, so only a paragraph's first sentence is checked for an
opening). Near-repeats are pairs of items, in any sections, sharing most of their wording.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.chinese import letters_as_one, sentences  # noqa: E402

TO_SIMPLIFIED = opencc.OpenCC("t2s")

# Openings that point back at a sentence the reader does not have.
DANGLING = re.compile(
    r"^(?:他们|她们|他|她|它|其|该|此|这|那|上述|前者|后者|对此|为此|因此|因而|所以|于是|随后|"
    r"此后|之后|然后|接着|同时|与此同时|此外|另外|另一方面|不过|但是|但|然而|而且|并且|并|还|也|"
    r"又|则|却|尽管如此|即便如此|即使如此|相反|反之|总之|换言之|当时|当天|同日|次日|翌日)"
)
# The same, after a short subject (柏林警方随后…), and the ones that point back from any
# sentence of a background paragraph, whose sentences come from different sources.
DANGLING_AFTER_SUBJECT = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:随后|随即|此后|对此|为此|因此|亦)")
DANGLING_ANYWHERE = re.compile(r"^(?:尽管如此|即便如此|即使如此|与此同时|对此|为此|此后|随后|因此)")
# Relative times that need an anchor the item does not give.
RELATIVE = re.compile(
    r"今天|昨天|明天|前天|今日|昨日|明日|今年|去年|明年|前年|本月|上月|下月|上个月|下个月|"
    r"本周|上周|下周|上星期|下星期|这个星期|星期[一二三四五六日天]|(?<![上下本])周[一二三四五六日]|"
    r"礼拜[一二三四五六日天]|月初|月底|月中|日前|近日|前日|"
    r"(?<![年月日\d０-９])[0-9０-９]{1,2}日(?![元币])"
)
# An explicit date next to the relative word anchors it: 星期二（8月25日）, 8月25日（周二）.
ANCHORED = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日[（(][^）)]{1,6}[）)]|"
                      r"[（(](?:\d{4}年)?\d{1,2}月\d{1,2}日[）)]|"
                      r"[（(]\d{4}年[）)]")
DATELINE = re.compile(
    r"[（(][^（）()]{0,24}(?:电|讯|报道|专电|记者)[）)]|"
    r"(?:新华社|中新社|中央社|路透|法新社|美联社|共同社|韩联社)[^，。]{0,12}\d{1,2}月\d{1,2}日(?:电|讯|\s*-)|"
    r"记者[\u4e00-\u9fff]{2,4}(?:报道|摄)|责编|编译|审校|网编"
)
TRADITIONAL_MARKS = re.compile(r"[「」『』]")


def bigrams(text: str) -> set[str]:
    """Character pairs, a Latin word counting as one character: two items that share only a
    name spelled in letters (Neuralink) share no wording."""
    text = re.sub(r"[\s，。、；：“”‘’（）()《》〈〉！？…—·]", "", text)
    text = letters_as_one(text)
    return {text[i:i + 2] for i in range(len(text) - 1)}


def items(brief: dict) -> list[tuple[str, str, bool, str]]:
    """(section, text, opens its paragraph, date) for every item a reader counts."""
    rows = []
    for section in brief["sections"].values():
        kind = section["kind"]
        for item in section.get("items", []):
            if kind == "background":
                for n, part in enumerate(sentences(item["text"])):
                    rows.append((kind, part, n == 0, ""))
            elif kind in ("chronology", "viewpoints"):
                rows.append((kind, item["text"], True, item.get("date") or ""))
    return rows


def defects(brief: dict, zh_hans: bool = True) -> list[tuple[str, str, list[str]]]:
    """Every item with the surface defects found in it."""
    rows = items(brief)
    grams = [bigrams(row[1]) for row in rows]
    found = []
    for i, (section, text, opens, date) in enumerate(rows):
        kinds = []
        if (opens and (DANGLING.match(text) or DANGLING_AFTER_SUBJECT.match(text))) \
                or DANGLING_ANYWHERE.match(text):
            kinds.append("dangling opening")
        unanchored = RELATIVE.sub("", ANCHORED.sub("", text)) != ANCHORED.sub("", text)
        if unanchored:
            kinds.append("unanchored time")
        if zh_hans and (TO_SIMPLIFIED.convert(text) != text or TRADITIONAL_MARKS.search(text)):
            kinds.append("Traditional text")
        if DATELINE.search(text):
            kinds.append("dateline")
        for j, other in enumerate(grams):
            if j == i or not grams[i] or not other:
                continue
            if date and rows[j][3] and date != rows[j][3]:
                continue  # two entries on different days are two events
            shared = len(grams[i] & other)
            if shared / min(len(grams[i]), len(other)) >= 0.6 and shared >= 8:
                kinds.append(f"near-repeat of {rows[j][0]} item")
                break
        found.append((section, text, kinds))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("briefs", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true", help="print every flagged item")
    args = parser.parse_args()
    total = flagged = 0
    by_kind: dict[str, int] = {}
    for path in args.briefs:
        brief = json.loads(path.read_text("utf-8"))
        locale = brief.get("settings", {}).get("locale", "zh_CN")
        zh_hans = locale not in ("zh_TW", "zh_HK", "zh_Hant")
        rows = defects(brief, zh_hans)
        bad = [r for r in rows if r[2]]
        total += len(rows)
        flagged += len(bad)
        print(f"{path.stem:34} {len(bad):3}/{len(rows):3}")
        for section, text, kinds in bad:
            for kind in kinds:
                key = kind.split(" of ")[0]
                by_kind[key] = by_kind.get(key, 0) + 1
            if args.show:
                print(f"    {section:11} {', '.join(kinds)}: {text[:70]}")
    share = 100 * flagged / total if total else 0.0
    print(f"{'all':34} {flagged:3}/{total:3}  {share:.1f}% of items flagged")
    for kind, n in sorted(by_kind.items(), key=lambda kv: -kv[1]):
        print(f"  {kind:30} {n}")


if __name__ == "__main__":
    main()
