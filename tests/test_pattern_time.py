"""Every pattern runs in linear time: the inputs that made today's patterns backtrack
(long runs of what they loop over, near-matches with no terminator) each take milliseconds.

Before the fix each of these took seconds to hours (20,000 characters: 原创 + spaces about
20 s at 5,000; 下一页 + 28 digits 7 s and doubling with each digit)."""

from __future__ import annotations

import time
from datetime import date

import pytest

import random
import re

from briefgen import spec, timex
from briefgen.analysis import standalone
from briefgen.cleaning import boilerplate, metadata
from briefgen.cleaning.boilerplate import builtin
from briefgen.cleaning.text import drop_bracketed
from briefgen.readers import html
from briefgen.summarizers import background, chronology, events, viewpoints

N = 50_000


def rule(kind: str, needle: str):
    return next(p for p in builtin().rules[kind] if needle in p.pattern)


CASES = {
    "credit: 原创 header": (lambda: rule("credit", "原创"), "原创" + " " * N + "。"),
    "credit: picture credit": (lambda: rule("credit", "摄影报道"), "（" + " " * N + "。"),
    "credit: video label": (lambda: rule("credit", "影片"), "视频" + " " * N + "。"),
    "promo: page numbers": (lambda: rule("promo", "尾页"), "下一页" + "1" * N + "x"),
    "trailer: recommendation heading": (lambda: rule("trailer", "精彩"), "精彩" + " " * N + "x"),
    "chronology: figure": (lambda: chronology.FIGURE, "1" * N + "x"),
    "background: headline": (lambda: background.HEADLINE, "张三 " * (N // 3) + "。"),
    "standalone: picture mark": (lambda: standalone.PICTURE, " " * N + "x"),
    "standalone: stock ticker": (lambda: standalone.TICKER, "\u3000" * N + "x"),
    "chronology: a medium's title": (lambda: chronology.MEDIUM, "《" * N),
    "events: a count of people": (lambda: events.COUNT, "2" * N + "x"),
    "viewpoints: a count": (lambda: viewpoints.COUNTED, "二" + "1" * N),
    "standalone: byline end": (lambda: standalone.BYLINE_END, " " * N + "x"),
    # Before the rewrite these took 2-20 s at 50,000 characters (quadratic in the run of spaces).
    "byline: name separator": (lambda: boilerplate.NAME_SPLIT, "张三" + " " * N + "x"),
    "caption: picture credit": (lambda: boilerplate.CAPTION_CREDIT, " " * N + "x"),
    "caption: picture credit after its label": (lambda: boilerplate.CAPTION_CREDIT,
                                                "图/张三" + " " * N + "x"),
    "dateline: am/pm": (lambda: metadata.AM_PM, "10:30" + " " * N + "x"),
    "page title: separator": (lambda: html.TITLE_SEPARATOR, "标题" + " \n" * (N // 2) + "x"),
    "spec: folded space": (lambda: spec.FOLDED_SPACE, "a" + " " * N + "x"),
    # Two \s* in a row (or a repeat that can split the same spaces two ways) at one start:
    # quadratic or worse on a run of full-width spaces, which whitespace collapsing keeps.
    "player: timestamp": (lambda: rule("player", "音频"), "音频" + "\u3000" * N + "x"),
    "promo: dashes only": (lambda: rule("promo", "https?"), "\u3000" * N + "x"),
    "promo: share buttons": (lambda: rule("promo", "点赞|收藏"), "点赞\u3000" * (N // 3) + "x"),
    "promo: report and count": (lambda: rule("promo", "举报|纠错"), "举报" + "\u3000" * N + "x"),
    # Applied to sentences (at most 1,000 characters), where they took 0.1-9 s before.
    "background: stamp": (lambda: background.STAMP, "A" * N + "x"),
    "background: count": (lambda: background.COUNT, "1" * N + "x"),
    "background: report day": (lambda: background.REPORT_DAY, "昨天" + " " * N + "x"),
    "chronology: latin gloss": (lambda: chronology.LATIN_GLOSS, " " * N + "x"),
}


@pytest.mark.parametrize("name", CASES)
def test_pattern_takes_linear_time_on_its_worst_input(name):
    pattern, text = CASES[name][0](), CASES[name][1]
    started = time.perf_counter()
    pattern.search(text)
    assert time.perf_counter() - started < 0.5, f"{name}: backtracks on {len(text)} characters"


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


@pytest.mark.parametrize("text", ["（" * N, "撰稿：" + "（" * N, "撰稿：张三" + " " * N + "x",
                                  "撰稿：张三" + "(" * N + ")" * N])
def test_author_names_are_read_in_linear_time(text):
    _, seconds = timed(boilerplate._names, text)
    assert seconds < 0.5
    _, seconds = timed(metadata.authors_from_credit, text)
    assert seconds < 0.5


@pytest.mark.parametrize("text", [
    "第一个" + " " * 5_000 + "x",  # nth weekday: cubic before (1,000 spaces: 5 s)
    "腊月初八" + "\u3000" * 5_000 + "月初",  # lunar date: quadratic before (6 s)
    "3" + "\t" * 5_000 + "天前",  # offset (3 天前)
])
def test_time_expressions_are_parsed_in_linear_time_around_long_runs_of_spaces(text):
    timex.parse(text[:10] + text[-10:])  # the first lunar date builds the calendar tables
    _, seconds = timed(timex.parse, text)
    assert seconds < 0.5


def test_time_expressions_after_spaces_are_still_found():
    assert [t.text for t in timex.parse("会议于  3月的第一个星期一举行", date(2020, 1, 1))] == \
        ["3月的第一个星期一"]
    assert [t.text.strip() for t in timex.parse("  腊月初八", date(2020, 1, 1))] == ["腊月初八"]
    assert [t.text for t in timex.parse("3 个半 小时 以后", date(2020, 1, 1))] == ["3 个半 小时 以后"]


def test_a_claim_with_a_long_run_of_spaces_is_cleaned_in_linear_time():
    from briefgen.analysis.speech import clean_claim
    claim, seconds = timed(clean_claim, "美国支持以色列" + "\n" * N + "x。")
    assert seconds < 0.5 and claim.startswith("美国支持以色列")
    assert clean_claim("美国支持以色列  。") == "美国支持以色列。"


def test_a_weekday_far_from_its_bracketed_date_is_parsed_in_linear_time():
    found, seconds = timed(timex.parse, "星期一" + "\n" * 20_000 + "（9月1日）" + " " * 20_000 + "至")
    assert seconds < 0.5 and [t.text for t in found] == ["星期一", "9月1日"]


# The rewritten patterns against the ones they replace, on short random texts made of the
# pieces each one reads: the same matches, only without the backtracking.
OLD = {
    "NAME_SPLIT": re.compile(r"\s*(?:[,，、/;；]|\band\b|和)\s*"),
    "CAPTION_CREDIT": re.compile(
        r"[（(]?\s*(?:图|图片|图源|摄影|摄|照片|资料图|来源|Photo|photo)\s*[/／:：|｜丨]\s*[^\s。）)]{1,20}"
        r"\s*[）)]?(?:\s*photo)?\s*$|\s+photo\s*$|\s*[（(][^（）()]{1,20}(?:\s?摄|供图)[）)]\s*$"),
    "AM_PM": re.compile(r"\s*([AaPp])\.?[Mm]\.?$"),
    "TITLE_SEPARATOR": re.compile(r"\s*(?:_|\||｜|--|—+|–| - )\s*"),
    "FOLDED_SPACE": re.compile(f"(?<=[{spec.CJK}]) +| +(?=[{spec.CJK}])"),
    "COUNT": re.compile(r"\d+(?:\.\d+)?\s*(?:家|名|人|枚|艘|架|项|个|亿|万)"),
    "REPORT_DAY": re.compile(r"(?:昨天|昨日|昨晚|前天|今早|今晨|今晚|今天|今日)(?!\s*[（(]?\s*\d{1,2}\s*月)"),
    "LATIN_GLOSS": re.compile(r"\s*[（(][A-Za-zÀ-ž][A-Za-zÀ-ž .,'’\-]*[)）]"),
}
NEW = {"NAME_SPLIT": boilerplate.NAME_SPLIT, "CAPTION_CREDIT": boilerplate.CAPTION_CREDIT,
       "AM_PM": metadata.AM_PM, "TITLE_SEPARATOR": html.TITLE_SEPARATOR,
       "FOLDED_SPACE": spec.FOLDED_SPACE, "COUNT": background.COUNT,
       "REPORT_DAY": background.REPORT_DAY, "LATIN_GLOSS": chronology.LATIN_GLOSS}
PIECES = {
    "NAME_SPLIT": [" ", "  ", ",", "，", "、", "/", "；", "and", " and ", "和", "张三", "Li", "\n"],
    "CAPTION_CREDIT": [" ", "  ", "(", "（", ")", "）", "/", "：", "图", "图片", "来源", "photo", "Photo",
                       "摄", "供图", "张三", "。", "\n"],
    "AM_PM": [" ", "  ", "a", "A", "p", "m", "M", ".", "10:30", "\n"],
    "TITLE_SEPARATOR": [" ", "  ", "\n", "_", "|", "｜", "-", "--", "—", "——", "–", " - ", "标题", "a"],
    "FOLDED_SPACE": [" ", "  ", "中", "，", "a", "1"],
    "COUNT": ["1", "12", ".", "5", " ", "家", "人", "x", "\u3000"],
    "REPORT_DAY": ["昨天", "今日", " ", "(", "（", "1", "12", "月", "x"],
    "LATIN_GLOSS": [" ", "  ", "(", "（", ")", "）", "Lam", "a", "-", ".", "林", "\n"],
}


@pytest.mark.parametrize("name", OLD)
def test_rewritten_pattern_matches_what_it_replaced(name):
    pick = random.Random(name).choice
    for _ in range(5_000):
        text = "".join(pick(PIECES[name]) for _ in range(pick(range(13))))
        old, new = OLD[name].search(text), NEW[name].search(text)
        assert (old and (old.span(), old.groups())) == (new and (new.span(), new.groups())), text
        assert OLD[name].split(text) == NEW[name].split(text), text
        assert OLD[name].sub("", text) == NEW[name].sub("", text), text


def test_stamp_still_finds_what_it_found():
    """Used as a yes/no: an uppercase run of three or more, then a year."""
    old = re.compile(r"[A-Z]{3,}[A-Z .\-ÀÉÍÓÚÑ]*\s+\d{4}")
    pick = random.Random(3).choice
    for _ in range(5_000):
        text = "".join(pick(["A", "AB", "ABC", " ", "-", "É", "2020", "1", "x"]) for _ in range(10))
        assert bool(old.search(text)) == bool(background.STAMP.search(text)), text


def test_drop_bracketed_is_the_bracket_pattern_in_linear_time():
    pick = random.Random(7).choice
    for _ in range(5_000):
        text = "".join(pick(["(", "（", ")", "）", "张三", " ", "x"]) for _ in range(pick(range(13))))
        assert drop_bracketed(text, "#") == re.sub(r"[（(][^）)]*[）)]", "#", text), text
    _, seconds = timed(drop_bracketed, "（" * N + "x")
    assert seconds < 0.5


def test_unbalanced_quotes_are_read_in_linear_time():
    text = "外交部发言人说：" + "“「" * N + "美国支持以色列。"
    started = time.perf_counter()
    assert background.unquoted(text).endswith("美国支持以色列。")
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("text, expected", [
    ("上半年出口了72.74亿美元", True), ("收入,5 亿 美元", True), ("共有1,200 吨", True),
    ("2020年8月", False), ("12345", False)])
def test_figure_still_finds_a_figure(text, expected):
    assert bool(chronology.FIGURE.search(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("原创： 路闻卓立编译 人民币交易与研究", True), ("原创 kingname 未闻Code", True),
    ("原创“作品”说", False), ("视频【香港民主党回应】", True), ("视频 ： 【标题】 【标题二】", True),
    ("上一页 1 2 3 下一页", True), ("共 12 页 第 3 页 下一页", True),
    ("精彩视频推荐", True), ("热门 · 推荐：更多", True), ("相关人士推荐", False),
    ("新华社记者 李贺 摄", True)])
def test_fixed_boilerplate_patterns_still_match_what_they_did(text, expected):
    rules = builtin().rules
    found = any(p.search(text) for kind in ("credit", "promo", "trailer") for p in rules[kind])
    assert found is expected


def test_headline_still_found():
    assert background.HEADLINE.search("王毅 访欧：中方立场不变")
    assert not background.HEADLINE.search("王毅访欧，中方 立场：不变")


def test_a_run_on_sentence_is_cut_into_pieces_that_keep_every_character():
    from briefgen.chinese import LONGEST_SENTENCE, sentences
    text = "俄罗斯外交部发言人表示" + "中美关系" * 50_000 + "。"
    pieces = sentences(text)
    assert len(pieces) > 1 and max(map(len, pieces)) <= LONGEST_SENTENCE
    assert "".join(pieces) == text
    clauses = sentences("他说，" * 1000)  # cut after a clause mark where there is one
    assert all(piece.endswith("，") for piece in clauses[:-1])
    assert sentences("王毅表示，中方反对。“美国支持以色列。”他说。") == [
        "王毅表示，中方反对。", "“美国支持以色列。”他说。"]
