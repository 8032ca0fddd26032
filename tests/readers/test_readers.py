"""Each reader on real seeds, example files and inputs written to trip it."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from briefgen.readers import UnreadableFile, pick_reader, read_bytes, read_path
from conftest import EXAMPLES, SEEDS


@pytest.mark.parametrize("path, reader", [
    (SEEDS / "000_9d926d1b420b7705.txt", "rss-item"),
    (SEEDS / "001_4ee630de35260f69.txt", "rss-item"),
    (SEEDS / "002_08c8e59a0b082066.txt", "text"),
    (SEEDS / "003_a7dbfd5028d200ee.txt", "markdown"),
    (SEEDS / "004_45274ff425d7892b.txt", "report"),
    (EXAMPLES / "html/2023-04-27-zaobao-ncg.html", "html"),
    (EXAMPLES / "html/2024-07-14-dprk-statement-fragment.html", "html"),
    (EXAMPLES / "feeds/voa-korea.rss.xml", "feed"),
    (EXAMPLES / "feeds/peninsula-watch.atom.xml", "feed"),
    (EXAMPLES / "jsonl/archive-2023.jsonl", "jsonl"),
    (EXAMPLES / "report/2024-07-report-nuclear-guidelines.txt", "report"),
])
def test_reader_is_picked_by_content(path, reader):
    assert read_path(path)[0].format == reader


def test_sniffing_ignores_a_misleading_file_name():
    html = "<html><body><p>朝鲜半岛局势再度紧张。</p><p>美韩举行联合演习。</p></body></html>"
    assert pick_reader(html, "page.txt").name == "html"
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><item><title>t</title></item></channel></rss>'
    assert pick_reader(feed, "feed.md").name == "feed"


def test_rss_item_header_gives_title_url_and_archive_time():
    document = read_path(SEEDS / "000_9d926d1b420b7705.txt")[0]
    assert document.title == "美韩签署联合核威慑指引应对朝鲜威胁"
    assert document.url.startswith("https://www.voachinese.com/a/")
    assert document.archived == datetime(2024, 7, 12, 10, 39, 5, tzinfo=timezone.utc)
    kinds = [block.kind for block in document.blocks[:3]]
    assert kinds == ["paragraph", "image", "caption"]


def test_span_soup_is_flattened_without_spaces():
    document = read_path(SEEDS / "001_4ee630de35260f69.txt")[0]
    texts = [block.text for block in document.blocks]
    assert any("尹锡悦将于4月26日对美国进行国事访问" in text for text in texts)
    assert not any("<span" in text for text in texts)


def test_full_page_keeps_the_article_and_drops_navigation_and_footer():
    document = read_path(EXAMPLES / "html/2023-04-27-zaobao-ncg.html")[0]
    texts = " ".join(block.text for block in document.blocks)
    assert document.title == "美韩设核咨商小组 韩国获更多核规划参与权"
    assert document.published.isoformat() == "2023-04-27T10:20:00+08:00"
    assert document.publisher == "联合早报"
    assert "副部长级的“核咨商小组”" in texts
    for junk in ("财经", "版权所有", "尹锡悦抵达华盛顿开始国事访问", "分享到微信"):
        assert junk not in texts
    captions = [block.text for block in document.blocks if block.kind == "caption"]
    assert captions == ["韩国总统尹锡悦（左）与美国总统拜登4月26日在白宫出席欢迎仪式。（法新社）"]


def test_truncated_html_is_recovered():
    documents = read_bytes("<html><body><p>美韩成立核咨商小组。</p><p>朝鲜对此表示强烈".encode(), "cut.html")
    texts = [block.text for block in documents[0].blocks]
    assert texts == ["美韩成立核咨商小组。", "朝鲜对此表示强烈"]


def test_rss_feed_gives_one_document_per_item():
    documents = read_path(EXAMPLES / "feeds/voa-korea.rss.xml")
    assert [d.title for d in documents] == [
        "金与正抨击《华盛顿宣言》 称将促使朝鲜加强核威慑", "美韩核咨商小组在首尔举行首次会议",
        "白宫：美韩核威慑指引强化一体化延伸威慑"]
    assert documents[0].published == datetime(2023, 4, 29, 3, 20, tzinfo=timezone.utc)
    assert documents[0].item_key == "https://www.voachinese.com/a/7070011.html"
    assert documents[2].authors == ["VOA"]
    assert documents[1].blocks[0].text.startswith("美韩“核咨商小组”星期二(7月18日)")


def test_atom_feed_entries():
    documents = read_path(EXAMPLES / "feeds/peninsula-watch.atom.xml")
    assert len(documents) == 2
    assert documents[0].url == "https://www.zaobao.com.sg/news/world/story20240611-3928112"
    assert documents[0].published.isoformat() == "2024-06-11T14:00:00+08:00"
    assert documents[0].authors == ["国际新闻部"]
    assert len(documents[0].blocks) == 3


def test_markdown_images_become_captions_and_title_comes_from_the_heading():
    document = read_path(EXAMPLES / "markdown/2023-04-28-washington-declaration-explainer.md")[0]
    assert document.title.startswith("《华盛顿宣言》解读")
    captions = [block.text for block in document.blocks if block.kind == "caption"]
    assert len(captions) == 2
    paragraphs = [block.text for block in document.blocks if block.kind == "paragraph"]
    # a soft line break inside a paragraph is joined without a space between CJK characters
    assert any("核力量运用的规划和演练" in text for text in paragraphs)


def test_report_reader_separates_masthead_headings_and_colophon():
    document = read_path(EXAMPLES / "report/2024-07-report-nuclear-guidelines.txt")[0]
    assert document.title == "美韩核威慑与核作战指引的内容与前景"
    assert document.extra["issue"] == "2024年第18期"
    assert document.extra["issue_total"] == "总第140期"
    texts = [block.text for block in document.blocks]
    assert "— 1 —" not in texts
    assert not any("0531" in text or "主编" in text for text in texts)
    assert [b.text for b in document.blocks if b.kind == "heading"] == [
        "一、指引的主要内容", "二、各方反应", "三、评估与建议"]


def test_jsonl_reader_skips_a_broken_line_and_keeps_the_others(tmp_path):
    good = json.dumps({"title": "t", "paragraphs": ["美韩成立核咨商小组。"]}, ensure_ascii=False)
    path = tmp_path / "export.jsonl"
    path.write_text(good + "\n{broken\n", encoding="utf-8")
    documents = read_path(path)
    assert [d.blocks[0].text for d in documents] == ["美韩成立核咨商小组。"]
    assert [item.item for item in documents.skipped] == ["line 2"]
    path.write_text('{"paragraphs": [null]}\n{broken\n', encoding="utf-8")
    with pytest.raises(UnreadableFile, match=r"line 1: paragraphs: expected a list of strings "
                                             r"\(and 1 more items\)"):
        read_path(path)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "big5"])
def test_encodings_are_detected(encoding):
    text = ("美韩两国领导人在华盛顿批准核威慑指引，朝鲜对此表示强烈谴责。" if encoding != "big5"
            else "美韓兩國領導人在華盛頓批准核嚇阻指針，北韓對此表示強烈譴責。")
    data = f"<p>{text}</p><p>{text}</p><div>{text}</div>".encode(encoding)
    documents = read_bytes(data, "page.html")
    assert documents[0].blocks[0].text == text


def test_example_files_in_legacy_encodings_decode():
    gbk = read_path(EXAMPLES / "html/2023-07-20-kang-sun-nam-gbk.htm")[0]
    assert gbk.title == "朝鲜国防相警告：战略核潜艇访韩或符合使用核武器条件"
    big5 = read_path(EXAMPLES / "html/2024-07-12-cna-guidelines-big5.html")[0]
    assert big5.title == "美韓簽署核嚇阻指針 首爾稱同盟升級為核同盟"
    text = read_path(EXAMPLES / "text/2023-12-16-ncg-second-meeting-gbk.txt")[0]
    assert text.title.startswith("美韩核咨商小组举行第二次会议")


@pytest.mark.parametrize("content", [
    "import os\n\ndef main():\n    return os.getcwd()  # 返回当前目录\n",
    '{"a": 1, "b": [1, 2, 3]}\n',
    "id,name,value\n1,a,2\n2,b,3\n",
])
def test_code_and_data_are_not_articles(content):
    with pytest.raises(UnreadableFile, match="not an article"):
        read_bytes(content.encode(), "notes.txt")


def test_english_prose_is_read_as_text():
    prose = "Allies sign nuclear guidelines\nThe United States and South Korea signed guidelines.\n"
    assert read_bytes(prose.encode(), "a.txt")[0].format == "text"
