"""Whitespace, broken lines, headings, boilerplate and credits."""

from __future__ import annotations

from briefgen.cleaning import EmptyArticle, clean
from briefgen.cleaning.boilerplate import builtin, clean_caption
from briefgen.cleaning.text import join_broken, looks_like_heading, normalize
from briefgen.model import Block, RawDocument

import pytest


def test_layout_newlines_between_cjk_vanish_but_spaces_stay():
    assert normalize("美韩两国\n  签署指引") == "美韩两国签署指引"
    assert normalize("“不可能，” 郑相昌说。") == "“不可能，” 郑相昌说。"
    assert normalize("Joe\nBiden  said") == "Joe Biden said"


def test_a_colon_in_a_presentation_form_is_a_colon():
    """sina_5 (a real page): 然后表示︰“因为我自己做了些无可挽救的错事…” writes its colon as the
    vertical two-dot leader (U+FE30), as Hong Kong texts often do; speech reads 表示：“…”."""
    assert normalize("然后表示︰“因为我自己做了些无可挽救的错事。”") == "然后表示：“因为我自己做了些无可挽救的错事。”"
    assert normalize("他说﹕“好。”") == "他说：“好。”"


def test_paragraphs_broken_mid_sentence_are_joined():
    assert join_broken(["分支。它", "指的是拥有核武器的一方。", "第二段。"]) == \
        ["分支。它指的是拥有核武器的一方。", "第二段。"]
    assert join_broken(["标题在这里", "正文第一句。"]) == ["标题在这里", "正文第一句。"]


def test_punctuation_is_left_as_written():
    assert join_broken(["半角,逗号,", "全角，逗号。"]) == ["半角,逗号,全角，逗号。"]


def test_heading_shape():
    assert looks_like_heading("新机制是“延伸威慑”的枢纽")
    assert not looks_like_heading("所谓“延伸威慑”，是2006年朝鲜进行第一次核试验后")


def test_credit_and_end_marker_patterns():
    rules = builtin()
    assert rules.is_("credit", "撰稿 / 徐立凡（专栏作家）")
    assert rules.is_("credit", "（本文参考了路透社和美联社的报道。）")
    assert not rules.is_("credit", "编辑部认为，此次会谈意义重大，将对半岛局势产生深远影响。")
    assert rules.is_("trailer", "点击进入专题: 每日军情(责任编辑:焦点)")


def test_caption_marks_and_photo_credits_are_stripped():
    assert clean_caption("▲2022年3月2日，尹锡悦在首尔参加电视辩论。图/新华社") == \
        "2022年3月2日，尹锡悦在首尔参加电视辩论。"
    assert clean_caption("▲美国总统拜登讲话。图/IC photo") == "美国总统拜登讲话。"


def test_related_list_after_the_end_marker_is_cut(publishers):
    raw = RawDocument("x.txt", "text", [
        Block("paragraph", "美韩举行核咨商小组会议。"),
        Block("paragraph", "相关新闻"),
        Block("paragraph", "另一篇文章的导语很长很长，讲的是别的事情。"),
    ], title="美韩会议")
    assert clean(raw, publishers).paragraphs == ["美韩举行核咨商小组会议。"]


def test_a_document_of_boilerplate_only_is_empty(publishers):
    raw = RawDocument("x.html", "html", [Block("paragraph", "获取更多RSS：https://feedx.net")])
    with pytest.raises(EmptyArticle):
        clean(raw, publishers)
