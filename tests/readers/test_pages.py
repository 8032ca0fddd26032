"""Real news pages: the whole article and nothing else, its headline and its stated time."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone

import pytest

from briefgen.cleaning import clean
from briefgen.readers import read_bytes
from conftest import ROOT

PAGES = ROOT / "tests" / "data" / "pages"
CST = timezone(timedelta(hours=8))

# Hand-checked: snippets the body must hold, junk it must not, the headline, the stated time.
GOLD = {
    "baijiahao_4.html": dict(
        title="一袭汉服，一架古筝，90后彭静旋异国他乡只为传播中华文化",
        published=datetime(2020, 1, 14, 17, 58, tzinfo=CST),
        body=["前段时间，在某平台举办的“美好奇妙夜晚会", "却成了无人问津的乐器。为什么中国五千",
              "不用自身流量铺路，反而坚定自己那份传"],
        junk=["发布时间：01-1417:58", "相关搜索", "作者最新文章", "京ICP证030173号"]),
    "mingridapan_1.html": dict(  # a site's title in <title>, the headline only in the page
        title="最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%",
        published=datetime(2019, 9, 26, 10, 9, tzinfo=CST),
        body=["联合国贸发会议发布了《2019年贸易和发展报告》", "而一些发达经济体距离衰退仅一步之遥"],
        junk=["发布时间：2019-09-26", "当前位置：主页", "今日股市行情分析--2019年8月19日",
              "京ICP备16058363号"]),
    "sxmu_1.html": dict(  # the article inside a <form> inside nested tables
        title="中华人民共和国监察法", published=datetime(2018, 5, 17, tzinfo=CST),
        body=["是为了推进全面依法治国，实现国家监察全面覆盖", "《中华人民共和国行政监察法》同时废止"],
        junk=["发布时间: 2018-05-17", "添加收藏夹", "主办单位：山西医科大学纪检监察室"]),
    "thepaper_2.html": dict(  # lines broken by <br>, pictures with captions between them
        title="定了！广州南沙邮轮母港即将开通！地铁直达+无敌免",
        published=datetime(2019, 8, 13, 14, 7, tzinfo=CST),
        body=["广州南沙国际邮轮母港将于11月17日正式开港", "设计载客量为1800人、舱房数789间",
              "航站楼免税店正同步进行招商"],
        junk=["14:07来源：澎湃新闻", "习近平等瞻仰毛泽东同志遗容", "发送邮件至zhengwu@thepaper.cn"],
        captions=["气宇非凡的航站楼建筑造型灵感来源于飞跃而起的鲸鱼"]),
}


def norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def same_minute(got: datetime | None, stated: datetime) -> bool:
    """The page states minutes: the same instant to the minute, in any zone."""
    return got is not None and got.astimezone(CST).replace(second=0) == stated.astimezone(CST)


def article_of(data: bytes, name: str, publishers):
    raws = read_bytes(data, str(PAGES / name))
    assert len(raws) == 1
    return clean(raws[0], publishers)


def check(article, gold) -> None:
    body = norm("".join(article.paragraphs))
    for snippet in gold["body"]:
        assert norm(snippet) in body, snippet
    for snippet in gold["junk"]:
        assert norm(snippet) not in body, snippet
    for caption in gold.get("captions", []):
        assert norm(caption) not in body, caption
        assert any(norm(caption) in norm(c) for c in article.captions), caption
    assert norm(article.title).startswith(norm(gold["title"]))


@pytest.mark.parametrize("name", sorted(GOLD))
def test_the_article_of_a_real_page(name, publishers):
    gold = GOLD[name]
    article = article_of((PAGES / name).read_bytes(), name, publishers)
    check(article, gold)
    assert same_minute(article.published, gold["published"])


def test_a_body_that_starts_late_is_still_a_page(publishers):
    """40,000 characters of head before <body>: the article is still found among the furniture."""
    name = "mingridapan_1.html"
    page = (PAGES / name).read_text("utf-8")
    padding = "<style>" + "\n".join(f".c{n} {{ color: #{n % 999:03d}; }}" for n in range(2500)) + \
        "</style>"
    assert len(padding) > 40000
    late = page.replace("</head>", padding + "</head>", 1)
    assert late.lower().find("<body") > 40000
    check(article_of(late.encode(), name, publishers), GOLD[name])


def test_a_body_with_an_ad_attribute_is_not_dropped(publishers):
    name = "baijiahao_4.html"
    page = (PAGES / name).read_text("utf-8")
    marked = page.replace("<body", '<body data-ad-slot="top" data-adtype="banner"', 1)
    assert 'data-ad-slot' in marked
    check(article_of(marked.encode(), name, publishers), GOLD[name])


@pytest.mark.parametrize("html, expected", [
    # a script-stated epoch (WeChat's ct): 1581418070 s is 2020-02-11 10:47:50 UTC
    ('<html><head><script>var ct = "1581418070";</script></head><body><h1>美韩成立核咨商小组</h1>'
     '<p>正文第一句，很长的一句话。第二句也不短，说明了事情的经过。</p></body></html>',
     datetime(2020, 2, 11, 10, 47, 50, tzinfo=timezone.utc)),
    # the visible date line beats a meta time a minute later, and takes the meta's zone
    ('<html><head><meta property="article:published_time" content="2018-12-28T19:56:29+08:00">'
     '</head><body><h1>美韩成立核咨商小组</h1><div class="date">2018年12月28日 19:55 新京报</div>'
     '<p>正文第一句，很长的一句话。第二句也不短，说明了事情的经过。</p></body></html>',
     datetime(2018, 12, 28, 19, 55, tzinfo=CST)),
    # a day from the head, the time from the page
    ('<html><head><meta name="pubdate" content="2017-03-10"></head><body><h1>美韩成立核咨商小组</h1>'
     '<p>发稿时间：2017-03-10 08:42:00 来源：人民日报海外版</p>'
     '<p>正文第一句，很长的一句话。第二句也不短，说明了事情的经过。</p></body></html>',
     datetime(2017, 3, 10, 8, 42, tzinfo=CST)),
    # a date line without a year, on the day the address states, in the language's zone
    ('<html lang="ja"><head><link rel="canonical" href="https://news.example.jp/a/20170309-35097">'
     '</head><body><h1>美韩成立核咨商小组</h1><p>CNET Japan 3/9(木) 18:45配信</p>'
     '<p>正文第一句，很长的一句话。第二句也不短，说明了事情的经过。</p></body></html>',
     datetime(2017, 3, 9, 18, 45, tzinfo=timezone(timedelta(hours=9)))),
])
def test_the_stated_publication_time(html, expected, publishers):
    article = article_of(html.encode(), "dated.html", publishers)
    assert same_minute(article.published, expected.replace(second=0))
    assert all("2017-03-10 08:42" not in p and "19:55" not in p for p in article.paragraphs)


def test_json_ld_article_body_marks_an_article_split_in_two(publishers):
    """Two halves of an article in sibling blocks, a denser comment list beside them: the
    JSON-LD articleBody says which text is the article."""
    first = "美韩两国宣布成立核咨商小组，以加强延伸威慑的合作。" * 3
    second = "双方同意定期举行会议，讨论核与战略规划问题，并扩大联合演习。" * 3
    comments = "".join(f"<p>网友{n}：我觉得这件事情很重要，值得关注，也值得讨论，大家怎么看？</p>"
                       for n in range(12))
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            f'"headline": "美韩成立核咨商小组", "articleBody": "{first}{second}"}}</script></head>'
            f'<body><h1>美韩成立核咨商小组</h1><div id="story"><div><p>{first}</p></div>'
            f'<div><p>{second}</p></div></div><div id="talk">{comments}</div></body></html>')
    article = article_of(page.encode(), "split.html", publishers)
    body = "".join(article.paragraphs)
    assert first in body and second in body
    assert "网友" not in body


@pytest.mark.parametrize("name, publisher", [("gsc_1.html", "中国地理学会"),
                                             ("thepaper_2.html", "澎湃新闻·澎湃号·政务")])
def test_the_source_line_under_the_headline_names_the_publisher(name, publisher, publishers):
    """A page whose head names no site: its short 来源：… line does (no more 来源不详)."""
    assert article_of((PAGES / name).read_bytes(), name, publishers).publisher == publisher


def test_a_source_named_inside_a_sentence_is_no_publisher(publishers):
    html = ("<html><head><title>某市举行发布会</title></head><body><h1>某市举行发布会</h1>"
            "<p>" + "发布会上，有关负责人介绍了本次调查的数据来源：统计部门和多家研究机构的公开报告，" * 3 +
            "并回答了记者提问。</p></body></html>").encode()
    assert article_of(html, "written.html", publishers).publisher is None
