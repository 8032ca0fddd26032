"""`briefgen preview` run as an editor runs it, with the page open in headless Chromium:
edits show up without a reload by hand; a broken template shows its file and line in the
page and the server keeps running."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from conftest import CANONICAL

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def status(url: str) -> dict:
    with urllib.request.urlopen(url + "status.json", timeout=10) as response:
        return json.load(response)


def wait_for(condition, timeout: float = 30.0, step: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError("timed out")


def save(path: Path, text: str) -> None:
    """Write as an editor's save does, and make sure the modification time moves on."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, "utf-8")
    if path.stat().st_mtime_ns == before:
        os.utime(path, ns=(before + 1_000_000, before + 1_000_000))


@pytest.fixture
def server(seeds_db, tmp_path):
    look = tmp_path / "look"
    init = subprocess.run([sys.executable, "-m", "briefgen", "templates", "init", str(look)],
                          capture_output=True, text=True, timeout=60)
    assert init.returncode == 0, init.stderr
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "preview", str(CANONICAL), "--db", str(seeds_db),
         "--templates", str(look), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        assert match, line + process.stderr.read()
        yield match.group(1), look, process
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_edits_show_in_the_open_page_and_errors_keep_the_server(server):
    url, look, process = server
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-dev-shm-usage"])
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        loads: list[str] = []
        page.on("load", lambda: loads.append(page.url))
        page.goto(url)
        page.wait_for_selector("h1.title")
        title_colour = page.evaluate("getComputedStyle(document.querySelector('h1')).color")
        assert title_colour == "rgb(0, 0, 0)"

        # 1. a CSS edit: the open page reloads by itself and shows it
        version = status(url)["version"]
        started = time.monotonic()
        save(look / "extra.css", (look / "extra.css").read_text("utf-8")
             + "\n.title { color: rgb(0, 85, 170); }\n")
        page.wait_for_function(
            "getComputedStyle(document.querySelector('h1')).color === 'rgb(0, 85, 170)'",
            timeout=20_000)
        seen_after = time.monotonic() - started
        state = status(url)
        assert state["version"] > version and state["problems"] == []
        assert state["seconds"] < 1.0, state  # the rebuild itself, warm
        print(f"css edit: rebuilt in {state['seconds'] * 1000:.0f} ms, "
              f"visible in the page after {seen_after * 1000:.0f} ms")

        # 2. a block edit shows too
        save(look / "brief.html", '{% extends "!theme/brief.html" %}\n{% block lead %}'
             '{{ super() }}<p class="note">内部参考，注意保存。</p>{% endblock %}\n')
        page.wait_for_selector("p.note", timeout=20_000)
        assert page.locator("p.note").inner_text() == "内部参考，注意保存。"

        # 3. a broken template: file and line in the page, the server still serves
        save(look / "brief.html", '{% extends "!theme/brief.html" %}\n{% block lead %}\n'
             '{{ brief.lead | nosuchfilter }}\n{% endblock %}\n')
        page.wait_for_selector(".briefgen-problems", timeout=20_000)
        problem = page.locator(".briefgen-problems").inner_text()
        assert f"{look / 'brief.html'}:" in problem and "nosuchfilter" in problem
        assert process.poll() is None

        # 4. fixed again: the brief comes back by itself, with a CSS warning in the bar
        save(look / "brief.html", '{% extends "!theme/brief.html" %}\n')
        save(look / "extra.css", ".title { colr: red; }\n")
        page.wait_for_function("document.querySelector('h1.title') !== null && "
                               "document.body.innerText.includes('colr')", timeout=20_000)
        bar = page.locator("#briefgen-preview").inner_text()
        assert re.search(rf"{re.escape(str(look / 'extra.css'))}:1:\d+: Ignored `colr: red", bar)
        assert len(loads) >= 4  # every change arrived as a reload, none by hand

        # 5. the PDF is one click away
        link = page.locator("#briefgen-preview a", has_text="PDF")
        assert link.is_visible() and link.get_attribute("href") == "/brief.pdf"
        with urllib.request.urlopen(url + "brief.pdf", timeout=60) as response:
            assert response.headers["Content-Type"] == "application/pdf"
            assert response.read(5) == b"%PDF-"
        browser.close()
    assert process.poll() is None
