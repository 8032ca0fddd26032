"""Real feed items (tests/data/rss): datelines, bylines and outlet boilerplate come out of the
body into their own fields, and every paragraph of the article stays whole."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from lxml import html

from briefgen.cleaning import Boilerplate, BoilerplateError, clean
from briefgen.cleaning.spam import remove_spam
from briefgen.model import Block, RawDocument
from conftest import ROOT, read_one

RSS = ROOT / "tests" / "data" / "rss"


@pytest.fixture(scope="module")
def items(publishers):
    return {path.stem: read_one(path, publishers) for path in sorted(RSS.glob("*.md"))}


def prose(name: str) -> list[str]:
    """The <p> paragraphs of an item's HTML that read as sentences."""
    text = (RSS / f"{name}.md").read_text("utf-8").split("\n------", 1)[1]
    found = []
    for p in html.document_fromstring(text).iter("p"):
        words = re.sub(r"\s+", " ", p.text_content()).strip()
        if len(re.findall(r"[\u4e00-\u9fff]", words)) >= 12 and re.search(r"[。！？”]$", words):
            found.append(words)
    return found


def body(article) -> str:
    return re.sub(r"\s+", "", "".join(article.paragraphs))


def test_dw_byline_outlet_dateline_credit_and_copyright(items):
    article = items["dw_1047009"]
    assert article.published == datetime(2020, 9, 1, 9, 14, 33, 181000, timezone.utc)
    assert article.paragraphs[0].startswith("美联社消息，澳大利亚籍华裔中国央视记者成蕾在北京被拘。")
    assert "（德国之声中文网）" in article.credits
    assert "李鱼/文山/凝炼（美联社）" in article.credits
    assert not any("©" in p or "版权声明" in p or "李鱼/文山" in p for p in article.paragraphs)
    assert article.paragraphs[-1].endswith("原文却已被删除。")
    assert "位于北京的中央电视台" in article.captions


def test_dw_gallery_goes_to_captions(items):
    article = items["dw_1047079"]
    assert not any("相关图集" in p or p.startswith("首度任首相") for p in article.paragraphs)
    assert any(c.startswith("首度任首相：2006年") for c in article.captions)
    assert article.paragraphs[-1].endswith("甚至演变为癌症。")


def test_nyt_byline_subscription_prompt_place_dateline_and_bio(items):
    article = items["nyt_1047890"]
    assert article.authors == ["TIFFANY MAY"]
    assert article.published == datetime.fromisoformat("2020-09-01T10:40:14+08:00")
    assert article.paragraphs[0].startswith("上周末在台湾北部举行的风筝节上")  # 香港—— taken off
    assert not any("订阅" in p or "点击查看本文英文版" in p or "Twitter" in p
                   for p in article.paragraphs)
    assert any("点击查看本文英文版" in c for c in article.credits)


def test_reuters_dateline_end_marker_credit_and_trust_badge(items):
    article = items["reuters_1046094"]
    assert article.paragraphs[0].startswith("财新/Markit周二联合公布")
    assert "路透北京9月1日" in article.credits
    assert "发稿 乔艳红；审校 张喜良" in article.credits
    assert article.paragraphs[-1].endswith("低于50则表明萎缩。")  # （完） off, nothing after
    assert not any(re.search(r"完）|信任原则|RSS|feedx", p) for p in article.paragraphs)


def test_rfi_interstitial_button_and_afp_copyright(items):
    assert not any("继续浏览后续" in p for p in items["rfi_1044909"].paragraphs)
    assert not any("AFP" in p and "©" in p for p in items["rfi_1044916"].paragraphs)


def test_inline_further_reading_link_is_dropped_and_the_text_after_it_kept(items):
    article = items["cdt_394140"]
    assert not any("延伸阅读" in p for p in article.paragraphs)
    assert any(p.startswith("王毅代表的中国政府控制着世界第二经济体") for p in article.paragraphs)
    assert "长平是中国资深媒体人、时事评论作家，现居德国。" in article.credits  # the bio
    assert "（德国之声中文网）" in article.credits  # dateline of the second paragraph


def test_wordpress_caption_and_feed_footer(items):
    article = items["cdt_394426"]
    assert article.captions[0].startswith("一名南蒙古年轻人在脸上涂上蒙文")
    assert not any("Better Feed" in p or "Post tags" in p for p in article.paragraphs)


@pytest.mark.parametrize("name", [p.stem for p in sorted(RSS.glob("*.md"))])
def test_every_paragraph_of_the_article_is_present_whole(name, items):
    article = items[name]
    rules = Boilerplate()
    whole = body(article)
    for paragraph in prose(name):
        if rules.dropped(paragraph) or rules.is_("bio", paragraph) or \
                rules.is_("further", paragraph):
            continue
        paragraph, _ = rules.strip_dateline(paragraph)
        paragraph = re.sub(r"\s+", "", re.sub(r"[（(]完[）)]$", "", paragraph))
        if paragraph not in whole:  # a subheading between <br/> breaks inside the <p>
            for heading in article.headings:
                paragraph = paragraph.replace(re.sub(r"\s+", "", heading), "")
        assert paragraph in whole, paragraph[:60]


@pytest.mark.parametrize("name", [p.stem for p in sorted(RSS.glob("*.md"))])
def test_spam_filter_deletes_nothing_from_clean_articles(name, items):
    article = items[name]
    assert "spam_removed" not in article.extra
    assert remove_spam(article.paragraphs, article.title) == (article.paragraphs, [])


def test_a_clean_trade_story_keeps_every_title_word():
    """One title word repeated through a clean article is how news is written, not spam."""
    title = "全球贸易大国签署贸易协定"
    paragraphs = ["全球贸易大国周二签署协定，贸易额将增加。", "分析人士说，贸易摩擦仍在，贸易谈判艰难。",
                  "他说，感染了更多的人。"]
    assert remove_spam(paragraphs, title) == (paragraphs, [])


def test_two_short_title_pieces_recurring_by_chance_are_kept():
    """A real page: its title holds 他…要 and 这…是, and so does its prose, twice each."""
    title = "他放弃百万年薪来到这里 唯一的要求竟是……"
    paragraphs = ["他读了很多本书，当过5所中学的校长。他要在这所“差校”实践平民教育的理想。",
                  "他总以“我是来支教的”来谢绝。他要为台江培养一支不走的教师队伍。",
                  "他成为全国贫困县唯一一所中学的校长。这是所高考成绩在全州垫底的“差校”。",
                  "“不求功利，不求功德，只为心愿。”这是陈立群告别老母亲的话。"]
    assert remove_spam(paragraphs, title) == (paragraphs, [])


def clean_blocks(*texts: str, title: str = "新闻标题", url: str | None = None, publishers=None):
    from briefgen.cleaning import PublisherTable

    raw = RawDocument(source_path="x", format="html", title=title, url=url,
                      blocks=[Block("paragraph", text) for text in texts])
    return clean(raw, publishers or PublisherTable())


def test_agency_datelines_in_either_script():
    for dateline, lead in [("（中央社記者張三台北1日電）", "行政院今天宣布新措施。"),
                           ("新华社北京9月1日电", "国务院新闻办公室1日发表白皮书。"),
                           ("法新社巴黎1日电", "法国总统马克龙表示将出访。"),
                           ("路透北京9月1日 - ", "中国央行周二表示将维持利率不变。")]:
        article = clean_blocks(dateline + lead, "第二段正文在这里，内容完整。")
        assert article.paragraphs[0] == lead
        assert article.credits == [dateline.strip(" -")]


def test_an_outlets_own_news_tag_opening_the_lead_is_a_dateline():
    """gne/163_6.html (NetEase's repost of 华龙网): 华龙网-新重庆客户端讯 今（9）日，… opens on the
    outlet's tag; a word with 讯 in it inside the text is no tag."""
    for dateline, lead in [("华龙网-新重庆客户端讯 ", "今（9）日，华龙网-新重庆客户端记者从沙坪坝区公安分局了解到。"),
                           ("中新网讯：", "8月1日，警方通报了案情。"),
                           ("新京报快讯（记者 裴剑飞）", "今日（12月28日）有网友爆料。")]:  # gne/sina_2.html
        article = clean_blocks(dateline + lead, "第二段正文在这里，内容完整。")
        assert article.paragraphs[0] == lead
        assert article.credits[:1] == [dateline.strip(" ：")]
    for lead in ["视频通讯 今天恢复了。", "他说网讯号很好，通话清楚。"]:
        assert clean_blocks(lead, "第二段正文在这里，内容完整。").paragraphs[0] == lead


def test_portal_date_line_with_source_and_font_size_buttons():
    article = clean_blocks("2019-09-07 15:10:53 来源：新华网 字号：大 中 小",
                           "国庆阅兵准备工作进入最后阶段。", "正文第二段也在这里。")
    assert article.published == datetime.fromisoformat("2019-09-07T15:10:53+08:00")
    assert "来源：新华网" in article.credits
    assert article.paragraphs == ["国庆阅兵准备工作进入最后阶段。", "正文第二段也在这里。"]


def test_traditional_credit_disclaimer_icp_footer_comments_and_player_residue():
    article = clean_blocks(
        "國防部今天公布年度報告，指出共軍活動頻繁。（編輯：國際新聞中心）",
        "您的浏览器不支持视频播放",
        "免责声明：本文仅代表作者个人观点，与本网无关。",
        "京ICP备12345678号 京公网安备11010502000001号",
        "网友评论", "说得好", "支持一下", title="國防報告")
    assert article.paragraphs == ["國防部今天公布年度報告，指出共軍活動頻繁。"]
    assert article.credits == ["（編輯：國際新聞中心）"]
    assert article.language == "zh-Hant"


def test_a_list_of_recommended_headlines_closing_a_page_is_dropped():
    article = clean_blocks("国务院今天发布新规，自下月起施行。", "新规共十章六十条，涉及多个领域。",
                           "美联储宣布维持利率不变", "欧洲央行行长发表讲话", "日本首相出访东南亚三国",
                           "韩国总统会见美国国务卿")
    assert article.paragraphs == ["国务院今天发布新规，自下月起施行。", "新规共十章六十条，涉及多个领域。"]


def test_a_credit_line_without_colons_glued_to_the_last_sentence():
    article = clean_blocks("台湾外交部周三举行记者会。",
                           "在台协会表示，合作对双方均有助益。自由亚洲电台记者黄春梅 台北报道 责编 许书婷 网编 瑞哲")
    assert article.paragraphs[-1] == "在台协会表示，合作对双方均有助益。"
    assert article.credits == ["自由亚洲电台记者黄春梅 台北报道 责编 许书婷 网编 瑞哲"]


def test_a_reporter_speaking_in_a_transcript_is_text_not_a_credit():
    article = clean_blocks("警长说：“你们不要乱讲。”", "记者：“我们现在说的是721。”")
    assert article.paragraphs[-1] == "记者：“我们现在说的是721。”" and article.credits == []


def test_a_day_only_date_line_takes_its_time_from_the_archive():
    from briefgen.cleaning import PublisherTable

    raw = RawDocument(source_path="x", format="rss-item", title="标题", url="https://www.bbc.com/x",
                      archived=datetime(2020, 9, 4, 7, 45, 22, tzinfo=timezone.utc),
                      blocks=[Block("paragraph", "2020年 9月 4日"), Block("paragraph", "Image caption"),
                              Block("paragraph", "英超联赛宣布终止转播合同。")])
    article = clean(raw, PublisherTable())
    assert article.published == datetime(2020, 9, 4, 7, 45, 22, tzinfo=timezone.utc)
    assert article.paragraphs == ["英超联赛宣布终止转播合同。"] and article.headings == []


def test_a_user_file_adds_patterns(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("promo:\n  - '^本台独家'\n", "utf-8")
    rules = Boilerplate([path])
    assert rules.dropped("本台独家：今晚八点直播") and not Boilerplate().dropped("本台独家：今晚八点直播")


@pytest.mark.parametrize("text, message", [
    ("credit:\n  - '[bad'\n", "mine.yaml: credit[0]: not a valid regular expression"),
    ("creditz:\n  - 'x'\n", "mine.yaml: creditz: unknown kind"),
    ("byline:\n  - '\\d{4}'\n", "mine.yaml: byline[0]: a byline pattern needs a named group"),
    ("- a\n", "mine.yaml: expected a mapping"),
])
def test_a_bad_boilerplate_file_is_one_clear_error(tmp_path, text, message):
    path = tmp_path / "mine.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(BoilerplateError, match=re.escape(message)):
        Boilerplate([path])


def bold_subheadings(name: str) -> list[str]:
    """The <p><strong>…</strong></p> lines of an item that end no sentence."""
    text = (RSS / f"{name}.md").read_text("utf-8").split("\n------", 1)[1]
    found = []
    for p in html.document_fromstring(text).iter("p"):
        words = p.text_content().strip()
        bold = "".join(b.text_content() for b in p.iter("strong", "b")).strip()
        if words and words == bold and not re.search(r"[。！？”]$", words) and len(words) <= 40:
            found.append(words)
    return found


def test_a_bold_subheading_is_a_heading_never_the_start_of_the_next_paragraph(items):
    # dw_1047074: <p><strong>蔡英文：北京“一个中国”即为一国两制</strong></p><p>就在昨天（8月27日），…
    # read as a paragraph cut mid-sentence, it was glued to the next one.
    assert "蔡英文：北京“一个中国”即为一国两制" in bold_subheadings("dw_1047074")
    checked = 0
    for name, article in items.items():
        for heading in bold_subheadings(name):
            checked += 1
            assert heading in article.headings, (name, heading)
            assert not any(heading in paragraph for paragraph in article.paragraphs), (name, heading)
    assert checked >= 3
    assert items["dw_1047074"].paragraphs[3].startswith("就在昨天（8月27日），蔡英文在澳洲战略政策研究所")


def test_a_blank_line_with_a_space_in_it_ends_a_paragraph(items):
    # rfa_1047975 writes paragraphs as "…。<br/> <br/>…" inside one <p>, and a subheading as
    # <br/> <br/><b>香港专家称不能单靠华大基因试剂</b><br/> <br/>: the space between the two
    # breaks is still a blank line, so the article is many paragraphs and the heading one of its own.
    article = items["rfa_1047975"]
    assert "香港专家称不能单靠华大基因试剂" in article.headings
    assert not any("不能单靠华大基因试剂" in p for p in article.paragraphs)
    assert any(p.startswith("政府专家顾问、中文大学呼吸系统科讲座教授许树昌向本台表示")
               for p in article.paragraphs)
    assert any(p.startswith("人口远比瑞典稠密的香港，下周二会展开全民自愿检测计划")
               for p in article.paragraphs)
    assert len(article.paragraphs) >= 8


def test_graphic_captions_and_their_links_are_dropped(items):
    """reuters_1046281: 图表：沪综指(2015 对比 2020) / tmsnrt.rs/32kVQc9 / 过去五个月…: the graphic's
    title and short link go, glued or apart; the sentence after them stays whole."""
    body = "\n".join(items["reuters_1046281"].paragraphs)
    assert "图表" not in body and "tmsnrt" not in body
    assert any(p.startswith("过去五个月沪综指的市盈率上升33%") for p in items["reuters_1046281"].paragraphs)
    assert any(p.startswith("路孚特数据显示，中资企业今年有望录得净利增长6%") for p in items["reuters_1046281"].paragraphs)
    # a ratio or a score with a slash is no address (written for the test)
    from briefgen.cleaning.text import drop_links
    assert drop_links("美元兑日圆报106.2/106.3，他说3.5/10的评分不公平。") == "美元兑日圆报106.2/106.3，他说3.5/10的评分不公平。"


def test_a_gallerys_pictures_give_their_text_without_their_titles(publishers):
    """dw_1047068 (a DW gallery, 「时尚奶奶」走红中国网络): each picture's caption opens on its
    title (30年模特：四位奶奶当中…); the item's text is what follows the colon. A caption opening
    on a speaker and a quotation (陈天柱：“…”) keeps its speaker."""
    captions = ["30年模特：四位奶奶当中，74岁的王念文年纪最大，她1991年便开始参加模特时装表演。",
                "家人支持追梦：四人20多年前相识于业余模特队，自此走在一起。",
                "陈天柱：“警员在18分钟内就赶到了现场。”"]
    raw = RawDocument(source_path="dw_1047068.md", format="html", title="「时尚奶奶」走红中国网络",
                      blocks=[Block("caption", c) for c in captions])
    article = clean(raw, publishers)
    assert article.paragraphs == ["四位奶奶当中，74岁的王念文年纪最大，她1991年便开始参加模特时装表演。",
                                  "四人20多年前相识于业余模特队，自此走在一起。",
                                  "陈天柱：“警员在18分钟内就赶到了现场。”"]


def test_a_gallery_whose_longest_caption_was_read_as_a_paragraph_keeps_every_picture(items):
    """dw_1047010 (DW's 天外来客小行星, a gallery): the reader takes one long caption for a
    paragraph; the item is still its pictures' text, all ten in their order, each without its
    title (有客来访：9月1日小行星2011 ES4会飞过地球…). Only that paragraph was kept before. An
    article followed by a related gallery (dw_1047079, dw_1047087) keeps its own paragraphs."""
    article = items["dw_1047010"]
    assert len(article.paragraphs) == 10
    assert article.paragraphs[0].startswith("9月1日小行星2011 ES4会飞过地球")
    assert article.paragraphs[2].startswith("2017年9月初，一颗体积较大的小行星佛罗伦斯飞过地球")
    assert not any(p.startswith(("有客来访", "大体积小行星")) for p in article.paragraphs)
    assert article.captions == []
