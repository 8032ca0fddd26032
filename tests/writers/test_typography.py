"""Typesetting rules measured on what is rendered: the canonical brief's PDF (read back with
pdfplumber and pypdf), its HTML in headless Chromium, its Markdown through a CommonMark
parser; and pages written to break the rules."""

from __future__ import annotations

import json
import re
import shutil
from collections import defaultdict

import pdfplumber
import pypdf
import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from playwright.sync_api import sync_playwright

from briefgen.model import Brief, BriefSection, Item, Source
from briefgen.writers import Renderer

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
URL_BREAKS = set("/.-?&")
COLOPHON_LABELS = ("主编", "主办", "联系人", "报送", "交换")


@pytest.fixture(scope="module")
def brief(canonical):
    return json.loads(canonical["json"].read_text("utf-8"))


def pdf_lines(path) -> list[list[dict]]:
    """Every printed line of the PDF, in reading order, as its characters."""
    found = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            rows: dict[float, list] = defaultdict(list)
            for char in page.chars:
                if char["text"].strip():
                    rows[round(char["bottom"] / 3)].append(char)  # 3 pt bands
            for key in sorted(rows):
                found.append(sorted(rows[key], key=lambda c: c["x0"]))
    return found


def body_lines_with_marks(path) -> list[list[dict]]:
    """Lines of 16 pt text with the raised citation marks (.6 em) that sit on them."""
    found = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            rows: dict[float, list] = defaultdict(list)
            for char in page.chars:
                if char["text"].strip() and char["size"] > 15:
                    rows[round(char["bottom"] / 3)].append(char)
            lines = [rows[key] for key in sorted(rows)]
            for char in page.chars:
                if char["size"] < 11 and char["text"].strip():
                    for line in lines:
                        if min(c["top"] for c in line) - 1 <= char["top"] and \
                                char["bottom"] <= max(c["bottom"] for c in line) + 1:
                            line.append(char)
                            break
            found += [sorted(line, key=lambda c: c["x0"]) for line in lines]
    return found


def test_citation_marks_never_start_a_line_in_the_pdf(canonical):
    body = body_lines_with_marks(canonical["pdf"])
    marks = [c for line in body for c in line if c["size"] < 11]  # [n] printed at .6 em
    assert len(marks) > 20
    for line in body:
        run = ""  # small characters opening the line: a mark, or a chronology entry's number
        for char in line:
            if char["size"] >= 11:
                break
            run += char["text"]
        opens_with_mark = run.startswith("[") or ("]" in run and run.index("]") < (
            run.index("[") if "[" in run else len(run)))
        assert not opens_with_mark, "".join(c["text"] for c in line)


def test_urls_break_only_after_the_allowed_characters_in_the_pdf(canonical, brief):
    text = "\n".join("".join(c["text"] for c in line) for line in pdf_lines(canonical["pdf"]))
    from briefgen.writers.context import readable_url

    splits = 0
    for source in brief["sources"]:
        if not source["url"]:
            continue
        shown = readable_url(source["url"])
        match = re.search("\n?".join(map(re.escape, shown)), text)
        assert match, shown
        for where in (m.start() for m in re.finditer("\n", match.group(0))):
            splits += 1
            assert match.group(0)[where - 1] in URL_BREAKS, match.group(0)
    assert splits >= 1  # the canonical URLs are longer than a line: they do wrap


def test_the_colophon_shares_the_last_page_with_text(canonical):
    with pdfplumber.open(canonical["pdf"]) as pdf:
        last = pdf.pages[-1].extract_text().splitlines()
    assert any(label in "".join(last) for label in COLOPHON_LABELS)
    others = [line for line in last if not any(label in line for label in COLOPHON_LABELS)
              and not re.fullmatch(r"—\s*\d+\s*—|国际问题研究报告", line.strip())]
    assert others, last


def test_the_pdf_is_tagged_with_its_language(canonical):
    root = pypdf.PdfReader(canonical["pdf"]).trailer["/Root"]
    assert root["/Lang"] == "zh-CN"
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a PDF boolean object)
    tree = root["/StructTreeRoot"].get_object()
    assert tree["/K"]  # a structure with content, not an empty shell


def test_nested_titles_take_angle_brackets():
    brief = Brief(title="解读", lead=None, masthead={}, author_line=None,
                  sections=[BriefSection("background", "背景", [Item("一句话。", [1])])],
                  sources=[Source(1, "《华盛顿宣言》解读：《核咨商小组》的来龙去脉", "某报",
                                  "https://example.org/a", "2024-07-01")])
    html = Renderer().html(brief).decode("utf-8")
    assert "《〈华盛顿宣言〉解读：〈核咨商小组〉的来龙去脉》" in html
    assert "《《" not in html
    md = Renderer().md(brief).decode("utf-8")
    assert "《〈华盛顿宣言〉解读：〈核咨商小组〉的来龙去脉》" in md


def _markdown(text: str):
    return MarkdownIt("commonmark").use(footnote_plugin).parse(text)


def _text(inline) -> str:
    """What an inline token shows as text, escapes undone."""
    return "".join(c.content for c in inline.children or [] if c.type in ("text", "text_special"))


def _headings(tokens) -> list[tuple[str, str]]:
    return [(t.tag, _text(tokens[i + 1])) for i, t in enumerate(tokens)
            if t.type == "heading_open"]


def test_markdown_parses_as_intended(canonical, brief):
    tokens = _markdown(canonical["md"].read_text("utf-8"))
    headings = _headings(tokens)
    assert headings[0] == ("h1", brief["title"])  # the masthead is no heading
    assert [tag for tag, _ in headings].count("h1") == 1
    assert [text for tag, text in headings if tag == "h2"][:3] == ["一、背景", "二、大事记",
                                                                  "三、各方观点"]
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    cited = {c.meta["label"] for t in tokens for c in t.children or []
              if c.type == "footnote_ref"}
    assert cited == {str(n) for n in range(1, len(brief["sources"]) + 1)}


def test_markdown_escapes_what_articles_and_specs_contain():
    nasty = ["<script>alert(1)</script>", "*强调* 与 _下划线_", "# 不是标题", "1. 不是列表",
             "[链接](javascript:alert(1))", "`代码` & <b>粗</b>"]
    brief = Brief(title=nasty[0] + nasty[2], lead=nasty[1], masthead={"series": "# 刊名"},
                  author_line=nasty[5],
                  sections=[BriefSection("background", "背景",
                                         [Item(text, [1]) for text in nasty])],
                  sources=[Source(1, nasty[4], "<i>报</i>", "https://example.org/a b<c>", None)])
    md = Renderer().md(brief).decode("utf-8")
    tokens = _markdown(md)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"html_block", "html_inline", "em_open", "code_inline",
                        "ordered_list_open"}
    links = [c for t in tokens for c in (t.children or []) if c.type == "link_open"]
    assert all(link.attrs["href"].startswith("https://example.org/") for link in links)
    text = "".join(c.content for t in tokens for c in (t.children or []) if c.type == "text")
    for sample in nasty:
        assert sample in text
    assert [text for tag, text in _headings(tokens) if tag == "h1"] == [nasty[0] + nasty[2]]


def _caption(brief_items):
    brief = Brief(title="T", lead=None, masthead={}, author_line=None,
                  sections=[BriefSection("chronology", "大事记", brief_items)],
                  sources=[Source(1, "t", "p", None, None)])
    html = Renderer().html(brief).decode("utf-8")
    return re.search(r"<figcaption[^>]*>(.*?)</figcaption>", html, re.S).group(1), html


def test_the_caption_says_only_what_the_figure_draws():
    days, html = _caption([Item("甲。", [1], "2024-07-01", "day"),
                           Item("乙。", [1], "2024-07-09", "day")])
    assert "横条" not in days and "断开" not in days and "<rect" not in html
    bars, html = _caption([Item("甲。", [1], "2023-04", "month"),
                           Item("乙。", [1], "2024-07-09", "day")])
    assert "横条" in bars and "断开" not in bars and "<rect" in html
    gaps, html = _caption([Item("甲。", [1], "1953-10-01", "day"),
                           Item("乙。", [1], "2024-07-09", "day")])
    assert "断开" in gaps and "横条" not in gaps and 'class="break"' in html


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-dev-shm-usage"])
        yield browser
        browser.close()


LABEL_SIZES = """(variant) => {
  const svg = document.querySelector('figure.timeline svg.' + variant);
  if (getComputedStyle(svg).display === 'none') return null;
  const scale = svg.getScreenCTM().a;
  return [...svg.querySelectorAll('text')].map(
    t => parseFloat(getComputedStyle(t).fontSize) * scale);
}"""

CHAR_LINES = """(selector) => [...document.querySelectorAll(selector)].map(element => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const chars = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.length; i++) {
      const range = document.createRange();
      range.setStart(node, i); range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (rect) chars.push([node.data[i], Math.round(rect.top), Math.round(rect.bottom)]);
    }
  }
  return chars;
})"""


@pytest.mark.parametrize("width", [390, 1280])
def test_in_the_browser_marks_stay_with_their_sentence_and_urls_break_at_separators(
        browser, canonical, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(canonical["html"].resolve().as_uri())
    # marks: the character before each citation sits on the marks' line
    pairs = page.evaluate("""() => [...document.querySelectorAll('.cited')].map(span => {
      const text = span.firstChild; const range = document.createRange();
      range.setStart(text, text.length - 1); range.setEnd(text, text.length);
      const char = range.getClientRects()[0];
      const mark = span.querySelector('sup a').getClientRects()[0];
      return [char.top, char.bottom, mark.top, mark.bottom];
    })""")
    assert len(pairs) >= 15  # enough citation marks to see where each one lands
    for char_top, char_bottom, mark_top, mark_bottom in pairs:
        assert mark_top < char_bottom and mark_bottom > char_top  # overlapping: one line
    # URLs: wherever a URL wraps, the character before the break is one of / . - ? &
    wraps = 0
    for chars in page.evaluate(CHAR_LINES, ".sources a.url"):
        for before, after in zip(chars, chars[1:]):
            if after[1] >= before[2] - 1:  # the next character starts a new line
                wraps += 1
                assert before[0] in URL_BREAKS, (before, after)
    if width == 390:
        assert wraps >= 3
        assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    page.close()


@pytest.mark.parametrize("width,variant", [(390, "narrow"), (1280, "wide")])
def test_timeline_labels_are_legible(browser, canonical, width, variant):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(canonical["html"].resolve().as_uri())
    sizes = page.evaluate(LABEL_SIZES, variant)
    assert sizes, f"the {variant} figure is not shown at {width} px"
    assert min(sizes) >= 10, sizes
    other = "wide" if variant == "narrow" else "narrow"
    assert page.evaluate(LABEL_SIZES, other) is None  # one figure at a time
    page.close()


def test_a_digest_issue_keeps_its_colophon_with_text(tmp_path):
    """The weekly digest's PDF is made the same way: its 版记 shares the last page too."""
    from typer.testing import CliRunner

    from briefgen.cli import app
    from conftest import EXAMPLES, ROOT

    runner = CliRunner()
    db = tmp_path / "ex.db"
    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db), "--workers", "1",
                               "-q"]).exit_code == 0
    result = runner.invoke(app, ["digest", str(ROOT / "briefs" / "weekly.yaml"), "--week",
                                 "2024-W28", "--out", str(tmp_path / "site"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    pdf = next((tmp_path / "site").rglob("*.pdf"))
    with pdfplumber.open(pdf) as document:
        last = document.pages[-1].extract_text().splitlines()
    assert any(label in "".join(last) for label in COLOPHON_LABELS)
    assert [line for line in last if not any(label in line for label in COLOPHON_LABELS)
            and not re.fullmatch(r"—\s*\d+\s*—|国际问题研究报告", line.strip())], last


def test_marks_stay_with_their_sentence_at_any_width(browser, tmp_path):
    """Sentences of every length with four marks each, at many widths: somewhere a line
    would end just before the marks if nothing held them to their last character."""
    items = [Item("朝鲜半岛局势" * (n % 7 + 1) + "的各方表态" + "，" * (n % 2) + "持续" * n + "。",
                  [1, 2, 3, 4]) for n in range(24)]
    brief = Brief(title="标记", lead=None, masthead={}, author_line=None,
                  sections=[BriefSection("background", "背景", items)],
                  sources=[Source(n, f"标题{n}", "某报", None, None) for n in range(1, 5)])
    page_file = tmp_path / "marks.html"
    page_file.write_bytes(Renderer().html(brief))
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(page_file.as_uri())
    checked = 0
    for width in range(300, 720, 23):
        page.set_viewport_size({"width": width, "height": 900})
        tops = page.evaluate("""() => [...document.querySelectorAll('.cited')].map(span => {
          const text = span.firstChild; const range = document.createRange();
          range.setStart(text, text.length - 1); range.setEnd(text, text.length);
          const char = range.getClientRects()[0];
          return [...span.querySelectorAll('sup a')].map(a => {
            const mark = a.getClientRects()[0];
            return mark.top < char.bottom && mark.bottom > char.top; });
        })""")
        assert all(all(same_line) for same_line in tops), width
        checked += sum(len(marks) for marks in tops)
    assert checked == 24 * 4 * len(range(300, 720, 23))
    page.close()


def test_a_section_the_sources_left_empty_says_so_and_the_build_warns(canonical):
    """A heading with nothing under it reads as a broken page: the brief says the sources gave
    nothing for the section, and the build report names the section."""
    from briefgen.build import empty_section_lines
    from briefgen.spec import load_spec
    from conftest import CANONICAL

    brief = Brief(title="解读", lead=None, masthead={}, author_line=None,
                  sections=[BriefSection("background", "背景", []),
                            BriefSection("chronology", "大事记",
                                         [Item("一句话。", [1], "2024-07-01", "day")])],
                  sources=[Source(1, "标题", "某报", "https://example.org/a", "2024-07-01")])
    note = "本期所用资料中未见可单独列入本节的内容。"
    md = Renderer().md(brief).decode("utf-8")
    assert md.index("背景") < md.index(note) < md.index("大事记")
    assert md.count(note) == 1
    html = Renderer().html(brief).decode("utf-8")
    assert f'<p class="empty">{note}</p>' in html
    assert "sources give nothing" in Renderer(locale="en").md(brief).decode("utf-8")
    lines = empty_section_lines(brief, load_spec(CANONICAL))
    assert len(lines) == 1
    assert lines[0].startswith("warning: section 背景 (background) of ")
    assert "is empty" in lines[0] and "1 source stands" in lines[0]
