"""Publishers, date lines with time zones, language and authors."""

from __future__ import annotations

import pytest

from briefgen.cleaning.metadata import (Publisher, PublisherError, PublisherTable,
                                        authors_from_credit, detect_language, parse_dateline)
from conftest import EXAMPLES, read_one


@pytest.mark.parametrize("url, name", [
    ("https://www.voachinese.com/a/x.html", "美国之音"),
    ("https://www.rfi.fr/cn/亚洲/x", "法国国际广播电台"),
    ("https://www.bbc.com/zhongwen/simp/world-1", "BBC"),
    ("https://www.dw.com/zh/x/a-1", "德国之声"),
    ("https://cn.nytimes.com/world/1/", "纽约时报中文网"),
    ("https://www.reuters.com/world/asia-pacific/x", "路透社"),
])
def test_publisher_from_domain(url, name, publishers):
    assert publishers.for_url(url).name == name


def test_unknown_domain_has_no_publisher(publishers):
    assert publishers.for_url("https://example.org/news/1") is None


def test_users_extend_and_override_the_table(tmp_path):
    extra = tmp_path / "publishers.yaml"
    extra.write_text("example.org: 示例新闻\nvoachinese.com: {name: VOA中文, timezone: UTC}\n",
                     encoding="utf-8")
    table = PublisherTable([extra])
    assert table.for_url("https://news.example.org/1").name == "示例新闻"
    assert table.for_url("https://www.voachinese.com/a/1").name == "VOA中文"


@pytest.mark.parametrize("text, message", [
    ("example.org: {name: x, zone: UTC}\n", "example.org: unknown key 'zone'"),
    ("example.org: {name: x, timezone: Mars/Olympus}\n", "unknown timezone 'Mars/Olympus'"),
    ("example.org: [1, 2]\n", "example.org: expected a name"),
    ("- a\n- b\n", "expected a mapping of domain to publisher"),
])
def test_bad_publisher_files_name_the_file_and_entry(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PublisherError, match=message) as error:
        PublisherTable([path])
    assert str(path) in str(error.value)


RFI = Publisher("法国国际广播电台", "Europe/Paris", "dmy")
VOA = Publisher("美国之音", "America/New_York", "mdy")


@pytest.mark.parametrize("text, publisher, expected", [
    ("09/04/2023 - 12:33", RFI, "2023-04-09T12:33:00+02:00"),
    ("09/01/2023 - 12:33", RFI, "2023-01-09T12:33:00+01:00"),  # winter time in Paris
    ("Fri, 12 Jul 2024 10:32:45 GMT", None, "2024-07-12T10:32:45+00:00"),
    ("07/11/2024 21:05", VOA, "2024-07-11T21:05:00-04:00"),
    ("2023-12-16 09:12", None, "2023-12-16T09:12:00+08:00"),
    ("发布时间：2024年7月11日 08:30", None, "2024-07-11T08:30:00+08:00"),
    ("2024-07-12T14:02:00+09:00", None, "2024-07-12T14:02:00+09:00"),
    ("发布 / 2023年4月27日 10:20 AM", None, "2023-04-27T10:20:00+08:00"),
    ("更新：2023年4月27日 3:05 PM", None, "2023-04-27T15:05:00+08:00"),
])
def test_date_lines_in_the_publishers_time_zone(text, publisher, expected):
    assert parse_dateline(text, publisher).isoformat() == expected


@pytest.mark.parametrize("text", ["美韩签署联合核威慑指引", "2024年是关键的一年，美韩关系继续发展。", "31/31/2023"])
def test_sentences_are_not_date_lines(text):
    assert parse_dateline(text) is None


def test_language():
    assert detect_language("美国与韩国签署联合核威慑指引，两国领导人发表联合声明。") == "zh-Hans"
    assert detect_language("美國與韓國簽署聯合核嚇阻指針，兩國領導人發表聯合聲明。") == "zh-Hant"
    assert detect_language("The United States and South Korea signed nuclear guidelines.") == "en"


@pytest.mark.parametrize("credit, names", [
    ("撰稿 / 徐立凡（专栏作家）", ("徐立凡",)),
    ("（撰写：杨延龙，山东大学国际问题研究院专任研究员；崔莹佳、黄昊，山东大学东北亚学院科研助理。）",
     ("杨延龙", "崔莹佳", "黄昊")),
    ("编辑 / 何睿", ()),
    ("By Jane Smith", ("Jane Smith",)),
])
def test_authors_from_credit_lines(credit, names):
    assert authors_from_credit(credit) == names


def test_page_date_outside_the_article_block_is_found(publishers):
    article = read_one(EXAMPLES / "html/2023-04-28-mfa-briefing.html", publishers)
    assert article.published.isoformat() == "2023-04-27T19:00:00+08:00"
    assert article.publisher == "中华人民共和国外交部"
    assert not any("版权所有" in p or "扫一扫" in p for p in article.paragraphs)


def test_a_time_without_zone_takes_the_default_zone(publishers):
    article = read_one(EXAMPLES / "html/2023-07-20-kang-sun-nam-gbk.htm", publishers)
    assert article.published.isoformat() == "2023-07-20T09:45:00+08:00"
