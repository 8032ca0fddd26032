"""The canonical brief's HTML in a real browser: headless Chromium driven by Playwright."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from conftest import ARTIFACTS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-default-apps", "--no-first-run"])
        yield browser
        browser.close()


class Visit:
    """A page opened on the brief, with everything it asked the network and the console."""

    def __init__(self, browser, path: Path, width: int, height: int = 900) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: message.type in ("error", "warning")
                     and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_load_state("load")


@pytest.fixture(scope="module")
def desktop(browser, canonical):
    visit = Visit(browser, canonical["html"], 1280)
    yield visit
    visit.page.close()


@pytest.fixture(scope="module")
def brief(canonical):
    return json.loads(canonical["json"].read_text("utf-8"))


def test_no_console_errors_and_no_requests_but_the_file_itself(desktop):
    assert desktop.errors == []
    assert desktop.requests == [desktop.url]


def test_semantic_and_accessible(desktop, brief):
    page = desktop.page
    assert page.get_attribute("html", "lang") == "zh-CN"
    assert page.locator("header.masthead").count() == 1
    assert page.locator("main").count() == 1
    assert page.locator("footer.colophon").count() == 1
    assert page.locator("h1").all_inner_texts() == [brief["title"]]
    headings = page.locator("main h2").all_inner_texts()
    assert headings == ["一、背景", "二、大事记", "三、各方观点", "参考来源"]
    figure = page.locator("figure.timeline svg.wide[role=img]")
    assert figure.locator("title").text_content().startswith("大事记时间轴")
    assert page.locator("figure.timeline figcaption").is_visible()
    # every image-like element is described; every section is labelled by its heading
    assert page.evaluate("[...document.querySelectorAll('img')].every(i => i.alt)")
    assert page.evaluate("[...document.querySelectorAll('section')].every("
                         "s => document.getElementById(s.getAttribute('aria-labelledby')))")


def test_timeline_shows_one_visible_mark_per_entry(desktop, brief):
    page = desktop.page
    svg = page.locator("figure.timeline svg.wide")
    box = svg.bounding_box()
    assert box["width"] > 500 and box["height"] > 60
    entries = brief["sections"]["chronology"]["items"]
    marks = page.locator("figure.timeline svg.wide .mark")
    assert marks.count() == len(entries)
    for n in range(marks.count()):
        mark = marks.nth(n).bounding_box()
        assert mark["width"] > 0 and mark["height"] > 0
        assert box["x"] <= mark["x"] and mark["x"] + mark["width"] <= box["x"] + box["width"]
    labels = page.locator("figure.timeline svg.wide text.year").all_text_contents()
    assert labels[0] == entries[0]["date"][:4] and labels[-1] == entries[-1]["date"][:4]
    # a mark links to its entry in the list
    marks.nth(len(entries) - 1).locator("xpath=..").click()
    assert page.evaluate("location.hash") == f"#section-chronology-{len(entries)}"


def test_citations_are_visible_and_lead_to_their_source(desktop, brief):
    page = desktop.page
    cited = sum(len(item["sources"]) for section in brief["sections"].values()
                for item in section["items"])
    marks = page.locator("sup.cite a")
    assert marks.count() == cited
    first = marks.first
    assert first.is_visible()
    target = first.get_attribute("href")
    first.click()
    assert page.evaluate("location.hash") == target
    entry = page.locator(target)
    assert entry.is_visible() and entry.evaluate(
        "e => e.getBoundingClientRect().top >= 0 && e.getBoundingClientRect().top < innerHeight")
    number = int(target.split("-")[1])
    assert brief["sources"][number - 1]["title"] in entry.inner_text()
    page.screenshot(path=str(ARTIFACTS / "brief-desktop.png"))


def test_readable_on_a_phone(browser, canonical):
    visit = Visit(browser, canonical["html"], 390, 844)
    page = visit.page
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390  # no sideways scroll
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)")
    assert size >= 16
    svg = page.locator("figure.timeline svg.narrow").bounding_box()
    assert svg["width"] <= 390
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "brief-phone.png"), full_page=True)
    assert visit.errors == []
    page.close()


def test_print_css_hides_screen_only_parts(browser, canonical):
    visit = Visit(browser, canonical["html"], 1000)
    visit.page.emulate_media(media="print")
    assert visit.page.evaluate("getComputedStyle(document.querySelector('.skip')).display") \
        == "none"
    body_size = visit.page.evaluate("getComputedStyle(document.body).fontSize")
    assert body_size == "21.3333px"  # 16 pt
    visit.page.close()
