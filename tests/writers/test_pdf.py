"""The canonical brief's PDF, read back with PDF libraries: the house style's metrics as
printed, fonts, bookmarks, links and metadata."""

from __future__ import annotations

import json
import re
import statistics
from collections import defaultdict

import pdfplumber
import pypdf
import pypdfium2
import pytest

MM = 72 / 25.4
LEFT, TOP, WIDTH, HEIGHT = 28.0, 37.0, 156.0, 225.0  # GB/T 9704-2012 text block, mm
RIGHT, BOTTOM = LEFT + WIDTH, TOP + HEIGHT
RED = (0.902, 0.0, 0.071)  # #E60012


def mm(points: float) -> float:
    return points / MM


def is_cjk(text: str) -> bool:
    return "\u4e00" <= text <= "\u9fff"


@pytest.fixture(scope="module")
def pdf(canonical):
    with pdfplumber.open(canonical["pdf"]) as document:
        yield document


@pytest.fixture(scope="module")
def reader(canonical):
    return pypdf.PdfReader(canonical["pdf"])


@pytest.fixture(scope="module")
def brief(canonical):
    return json.loads(canonical["json"].read_text("utf-8"))


def text_of(chars) -> str:
    return "".join(c["text"] for c in chars)


def find(chars, wanted: str) -> list:
    """The characters that print `wanted` (a PDF character may carry more than one letter)."""
    owner = [n for n, c in enumerate(chars) for _ in c["text"]]
    start = text_of(chars).index(wanted)
    return chars[owner[start]:owner[start + len(wanted) - 1] + 1]


def body_chars(page):
    """Characters of running text: the Song face at 16 pt."""
    return [c for c in page.chars if "Serif" in c["fontname"] and "Bold" not in c["fontname"]
            and abs(c["size"] - 16) < 0.05]


def outline_titles(reader) -> list[str]:
    titles = []

    def walk(entries):
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                titles.append(entry.title)
    walk(reader.outline)
    return titles


def test_pages_are_a4_and_the_brief_fills_several(pdf):
    assert len(pdf.pages) >= 3
    for page in pdf.pages:
        assert mm(page.width) == pytest.approx(210, abs=0.5)
        assert mm(page.height) == pytest.approx(297, abs=0.5)


def test_everything_but_the_page_number_sits_in_the_text_block(pdf):
    for page in pdf.pages:
        inside = [c for c in page.chars if mm(c["top"]) < BOTTOM + 2]
        assert inside, f"page {page.page_number} is empty"
        assert min(mm(c["x0"]) for c in inside) >= LEFT - 1
        assert max(mm(c["x1"]) for c in inside) <= RIGHT + 1
        assert min(mm(c["top"]) for c in inside) >= TOP - 1
        assert max(mm(c["bottom"]) for c in inside) <= BOTTOM + 1
    # and the body does reach both edges: the block is filled, not merely respected
    chars = [c for page in pdf.pages for c in body_chars(page)]
    assert min(mm(c["x0"]) for c in chars) == pytest.approx(LEFT, abs=1)
    assert max(mm(c["x1"]) for c in chars) == pytest.approx(RIGHT, abs=1)


def test_body_is_16_pt_on_22_lines_of_28_characters(pdf, brief):
    first_sentence = brief["sections"]["background"]["items"][0]["text"]
    chars = [c for page in pdf.pages for c in page.chars]
    assert {round(c["size"], 1) for c in find(chars, first_sentence[:12])} == {16.0}

    pitches, leads = [], []
    for page in pdf.pages:
        lines = defaultdict(list)
        for c in body_chars(page):
            lines[round(c["top"], 1)].append(c)
        for line in lines.values():
            line.sort(key=lambda c: c["x0"])
            pitches += [mm(b["x0"] - a["x0"]) for a, b in zip(line, line[1:])
                        if is_cjk(a["text"]) and is_cjk(b["text"])]
        tops = sorted(lines)
        leads += [mm(b - a) for a, b in zip(tops, tops[1:])]
    assert statistics.median(pitches) == pytest.approx(WIDTH / 28, abs=0.02)  # 28 a line
    assert statistics.median(leads) == pytest.approx(HEIGHT / 22, abs=0.05)  # 22 a page


def test_masthead_is_red_with_a_red_rule_as_wide_as_the_block(pdf, brief):
    page = pdf.pages[0]
    series = [c for c in page.chars if c["size"] > 30]
    assert text_of(series) == brief["series"]
    for c in series:
        assert c["non_stroking_color"] == pytest.approx(RED, abs=0.01)
    rules = [r for r in page.rects
             if r["non_stroking_color"] == pytest.approx(RED, abs=0.01)]
    assert rules and all(mm(r["width"]) == pytest.approx(WIDTH, abs=0.5) for r in rules)
    masthead_bottom = max(mm(r["bottom"]) for r in rules)
    masthead = text_of(c for c in page.chars if mm(c["top"]) < masthead_bottom)
    for part in (brief["issue"], brief["issue_total"], *brief["publishers"], "2024年7月20日"):
        assert part in masthead
    title = [c for c in page.chars if abs(c["size"] - 22) < 0.05]
    assert min(mm(c["top"]) for c in title) > masthead_bottom  # the rule is above the title


def test_title_is_centred_at_22_pt(pdf, brief):
    title = [c for c in pdf.pages[0].chars if abs(c["size"] - 22) < 0.05]
    assert text_of(title) == brief["title"]
    centre = (min(mm(c["x0"]) for c in title) + max(mm(c["x1"]) for c in title)) / 2
    assert centre == pytest.approx(LEFT + WIDTH / 2, abs=1)


def test_section_headings_in_hei_and_kai_and_bookmarked(pdf, reader, brief):
    titles = outline_titles(reader)
    headings = [f"{n}、{s['heading']}" for n, s in zip("一二三", brief["sections"].values())]
    assert [t for t in titles if t in headings] == headings
    assert "参考来源" in titles
    assert titles[0] == brief["title"]
    chars = [c for page in pdf.pages for c in page.chars]
    for heading in headings:
        assert all("Sans" in c["fontname"] for c in find(chars, heading)), heading
    camp = "（一）" + brief["sections"]["viewpoints"]["items"][0]["actor"]
    assert camp in titles
    assert all("UKai" in c["fontname"] for c in find(chars, camp))


def test_page_numbers_sit_7_mm_below_the_block(pdf, canonical):
    for page in pdf.pages:
        below = [c for c in page.chars if mm(c["top"]) > BOTTOM + 2]
        assert text_of(below).replace(" ", "") == f"—{page.page_number}—"
    # GB/T 9704 measures to the dashes themselves: find their ink on the rendered page
    document = pypdfium2.PdfDocument(canonical["pdf"])
    scale = 10  # 720 dpi
    image = document[0].render(scale=scale).to_pil().convert("L")
    width = image.width
    pixels = image.load()
    per_mm = scale * MM
    dash_rows = []
    for y in range(int((BOTTOM + 2) * per_mm), int((BOTTOM + 14) * per_mm)):
        run = longest = 0
        for x in range(width // 3, 2 * width // 3):
            run = run + 1 if pixels[x, y] < 128 else 0
            longest = max(longest, run)
        if longest > 2 * per_mm:  # a dash is an em (about 5 mm) long
            dash_rows.append(y / per_mm)
    assert dash_rows
    assert statistics.mean(dash_rows) == pytest.approx(BOTTOM + 7, abs=0.7)


def test_fonts_are_subset_and_embedded_and_the_file_is_small(reader, canonical):
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert re.match(r"/[A-Z]{6}\+", font["/BaseFont"]), font["/BaseFont"]
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            assert any(key.startswith("/FontFile") for key in descriptor)
            seen.add(font["/BaseFont"].split("+")[1])
    assert {"Noto-Serif-CJK-SC", "Noto-Sans-CJK-SC", "AR-PL-UKai-CN"} <= seen
    assert not any("Oblique" in name for name in seen)  # no slanted Chinese
    assert canonical["pdf"].stat().st_size <= 1_000_000


def test_every_citation_links_to_its_entry_in_the_sources_list(pdf, reader, brief):
    cited = sum(len(item["sources"]) for section in brief["sections"].values()
                for item in section["items"])
    destinations = reader.named_destinations
    pages_text = [text_of(page.chars) for page in pdf.pages]
    links = 0
    for number, page in enumerate(reader.pages):
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            target = str(annotation.get("/Dest", ""))
            if not target.startswith("source-"):
                continue
            links += 1
            x0, y0, x1, y1 = (float(v) for v in annotation["/Rect"])
            assert abs(x1 - x0) > 2 and abs(y1 - y0) > 2, "a link needs an area to click"
            source = brief["sources"][int(target.split("-")[1]) - 1]
            target_page = reader.get_destination_page_number(destinations[target])
            assert source["title"][:10] in pages_text[target_page].replace(" ", "")
    assert links == cited


def test_document_metadata(reader, brief):
    info = reader.metadata
    assert info.title == brief["title"]
    assert info.author == ", ".join(brief["publishers"])
    assert info.subject == brief["lead"]
    assert str(reader.trailer["/Root"]["/Lang"]) == "zh-CN"


def test_colophon_at_the_foot_of_the_last_page_between_rules(pdf, brief):
    page = pdf.pages[-1]
    text = text_of(page.chars)
    colophon = brief["colophon"]
    for value in (colophon["sponsor"], colophon["recipients"], colophon["exchange"]):
        assert value in text
    frames = sorted({(round(mm(r["top"]), 2), round(mm(r["bottom"]), 2)) for r in page.rects
                     if mm(r["width"]) == pytest.approx(WIDTH, abs=0.5)})
    outer = [f for f in frames if not any(g != f and g[0] <= f[0] and f[1] <= g[1]
                                          for g in frames)]
    rules = []  # border thicknesses, top to bottom: each line is a frame inside a frame
    for top, bottom in outer:
        inner = [g for g in frames if g != (top, bottom) and top <= g[0] and g[1] <= bottom]
        inner_top, inner_bottom = max(inner, key=lambda g: g[1] - g[0])
        rules += [round(inner_top - top, 2), round(bottom - inner_bottom, 2)]
    rules = [r for r in rules if r > 0.01]
    assert rules[0] == pytest.approx(0.35, abs=0.03)  # outer rules 0.35 mm
    assert rules[-1] == pytest.approx(0.35, abs=0.03)
    assert all(r == pytest.approx(0.25, abs=0.03) for r in rules[1:-1])  # inner 0.25 mm
    assert len(rules) >= 4
    assert mm(max(r["bottom"] for r in page.rects)) == pytest.approx(BOTTOM, abs=0.5)
