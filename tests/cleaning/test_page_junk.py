"""Outlet furniture on real pages and feed items (tests/data/pages, tests/data/summary): each
kind leaves the body for its own field, and an article sentence that looks like it stays."""

from __future__ import annotations

import re

import pytest

from briefgen.cleaning import PublisherTable, clean
from briefgen.cleaning.text import speaker_line
from briefgen.model import Block, RawDocument
from briefgen.readers import read_bytes
from conftest import ROOT

PAGES = ROOT / "tests" / "data" / "pages"
EXCERPTS = PAGES / "excerpts"


def page(path, publishers):
    raws = read_bytes(path.read_bytes(), str(path))
    assert len(raws) == 1
    return clean(raws[0], publishers)


def body(article) -> str:
    return re.sub(r"\s+", "", "".join(article.paragraphs))


def clean_blocks(*texts: str):
    raw = RawDocument(source_path="x", format="html", title="新闻标题",
                      blocks=[Block("paragraph", text) for text in texts])
    return clean(raw, PublisherTable())


def test_a_newspaper_reporter_line_closing_a_page(publishers):
    article = page(PAGES / "qq_qq.html", publishers)
    assert "扬子晚报记者 张楠" in article.credits
    assert "张楠" not in body(article)
    assert "扬子晚报记者采访了原作者的家人。" in body(article)  # a sentence naming the reporter stays
    assert article.paragraphs[-1].endswith("《56个民族新儿歌》等作品。")


def test_a_wechat_account_header_goes_to_the_credits(publishers):
    article = page(EXCERPTS / "sina_3.html", publishers)
    assert article.credits[0] == "原创： 路闻卓立编译 人民币交易与研究"
    assert article.paragraphs[0].startswith("随着低增长、低利率、低通胀成为新的常态")


def test_a_name_linked_inside_a_sentence_stays_and_its_live_quote_goes(publishers):
    article = page(EXCERPTS / "sina_3.html", publishers)
    assert "包括先锋领航、摩根大通等，了解他们的首席投资官" in body(article)
    assert "贝莱德固定收益业务全球首席投资官" in body(article)
    assert not re.search(r"\(\d+\.\d+,", body(article))
    article = page(EXCERPTS / "qq_readability.html", publishers)
    assert article.paragraphs[0].startswith("谷歌(微博) 在2014年收购的人工智能公司DeepMind")


def test_the_original_headline_notice_goes_to_the_credits(publishers):
    article = page(EXCERPTS / "163_2.html", publishers)
    assert article.credits[0] == "（原标题：姚明对周琦说了啥？周琦上下半场判若两人）"
    assert "原标题" not in body(article)
    # the headline given again in words of its own is a heading, not the start of the lead
    assert "大魔王上下半场判若两人" in article.headings[0]
    assert article.paragraphs[0].startswith("新京报讯2019年篮球世界杯17-32名排位赛，中国男篮")
    # the source line beside the editor's icon is a credit, not the icon's caption
    assert "本文来源：新京报" in article.credits and article.captions == ["姚明场边支招周琦。视频截图"]


@pytest.mark.parametrize("text, caption", [
    ("图片", ""), ("资料图", ""), ("▲资料照片", ""), ("图片来自视频截图。", "图片来自视频截图。"),
    ("▲图为山西品牌丝路行启动仪式。（刘通摄）", "图为山西品牌丝路行启动仪式。")])
def test_a_caption_that_names_only_a_picture_is_none(text, caption):
    from briefgen.cleaning.boilerplate import clean_caption
    assert clean_caption(text) == caption


def test_a_box_of_recommended_articles_ends_the_article(publishers):
    article = page(EXCERPTS / "163_5.html", publishers)
    assert article.paragraphs[-1] == "归根结底，打击拦截电信诈骗也得精准拦截，在已有技术手段下尽量避免误伤。"
    assert "延伸" not in body(article) and "核实非诈骗后恢复" not in body(article)
    assert "（原标题：民警电话遭停机，靠拨打频次识别诈骗“智商感人）" in article.credits
    assert article.paragraphs[0] == "认定诈骗和骚扰，不能省略必要的核实程序而“不审即判”。"


def test_a_video_recommendation_heading_ends_the_article(publishers):
    article = page(EXCERPTS / "qq_readability.html", publishers)
    assert "精彩视频推荐" not in body(article)
    assert article.paragraphs[-1].endswith("发表在科学刊物《自然》（Nature）上。")
    assert "（编译/林靖东）" in article.credits


def test_the_reporter_name_closing_the_last_paragraph(publishers):
    article = page(EXCERPTS / "shanxi_1.html", publishers)
    assert article.paragraphs[-1].endswith("南美站活动将先后在巴西、乌拉圭、阿根廷举行。")
    assert "（张巨峰）" in article.credits


def test_video_labels_leave_the_text_after_them_whole(publishers):
    path = ROOT / "tests" / "data" / "summary" / "rfa_1047974.md"
    article = clean(read_bytes(path.read_bytes(), str(path))[0], publishers)
    assert not any("视频" in p and "【" in p for p in article.paragraphs)
    assert "视频【香港民主党回应林卓廷及许智峰被捕】【\"指鹿为马、颠倒事非，无意拨乱反正\"】" \
        in article.credits
    assert any(p.startswith("事实上，在7.21事件后，林卓廷亦有向警方报案") for p in article.paragraphs)


def test_the_heading_above_a_date_line_is_the_headline_when_the_head_names_the_site(publishers):
    article = page(PAGES / "gsc_1.html", publishers)
    assert article.title == "2019年中国人文地理学术年会在重庆•西南大学成功举行！"
    assert "发布时间" not in body(article) and "京ICP备" not in body(article)


LEAD = "国务院今天发布新规，自下月起施行。"
LAST = "新规共十章六十条，涉及多个领域。"


@pytest.mark.parametrize("junk", [
    "记者 张三 通讯员 李四", "本报记者 王五 赵六", "新华社记者 李贺 摄", "（记者 张三）",
    "视觉中国供图", "图片来源：每经记者 张蕊 摄", "广州日报全媒体图片记者黎旭阳、李妍摄",
    "原创 kingname 未闻Code", "本文原标题：《新规来了》",
    "本文来自微信公众号：观察者网（ID：guanchacn），作者：张三",
    "长按识别二维码关注我们", "扫码关注公众号", "扫一扫，分享到朋友圈", "点击关注我们", "阅读原文",
    "网易首页 > 新闻中心 > 国际新闻 > 正文", "当前位置：首页 > 新闻动态",
    "上一篇：全国秋粮收购进度过半", "点击进入“文艺星青年”>>", "【1】【2】【3】【4】", "上一页 1 2 3 下一页", "返回顶部", "打印本页 | 关闭窗口", "举报", "评论(326)", "+1",
    "版权归原作者所有，如有侵权请联系删除。", "图片来源于网络", "本文仅代表作者本人观点，与本网无关。",
    "网友评论仅供其表达个人看法，并不表明网易立场。",
    "本文系观察者网独家稿件，文章内容纯属作者个人观点，不代表平台观点。",
    "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
    "海量资讯、精准解读，尽在新浪财经APP", "原文链接：https://example.com/a.html", "在看", "阅读 10万+",
    "受苹果公司新规定影响，微信 iOS 版的赞赏功能被关闭，可通过二维码转账支持公众号。"])
def test_furniture_between_article_paragraphs_is_taken_out(junk):
    article = clean_blocks(LEAD, junk, LAST)
    assert article.paragraphs == [LEAD, LAST]


@pytest.mark.parametrize("heading", ["热门推荐", "猜你喜欢", "精彩推荐", "为你推荐", "延伸 · 推荐"])
def test_a_recommendation_heading_closing_a_page_ends_the_article(heading):
    article = clean_blocks(LEAD, LAST, heading, "美联储宣布维持利率不变", "近日，某地发生一起交通事故，造成两人受伤。")
    assert article.paragraphs == [LEAD, LAST]


def test_a_recommendation_box_at_the_top_does_not_cut_the_article():
    lines = ["第一段正文介绍了会议的背景，各方代表在会前分别阐述了本国的立场和关切。", "热门推荐",
             "美联储宣布维持利率不变",
             "第二段正文说，会议经过三天讨论通过了三项决议，并决定明年在日内瓦再次召开。",
             "第三段正文说，各方代表对会议成果表示满意，认为决议为下一步合作奠定了基础。",
             "第四段正文说，下一次会议的议程将由轮值主席国在会前一个月提出并征求意见。"]
    article = clean_blocks(*lines)
    assert article.paragraphs == [lines[0]] + lines[3:]


def test_a_picture_credit_left_at_a_paragraph_end_goes_to_the_credits():
    article = clean_blocks(LEAD + "（图片来源：视觉中国）", LAST + "（新华社记者 李贺 摄）")
    assert article.paragraphs == [LEAD, LAST]
    assert article.credits == ["（图片来源：视觉中国）", "（新华社记者 李贺 摄）"]


@pytest.mark.parametrize("sentence", [
    "扬子晚报记者采访了原作者的家人。", "记者张三在现场看到，救援工作仍在进行。", "市民扫码乘车已成为常态。", "游客可扫码下载景区导览应用。",
    "关注我们的孩子是每个人的责任。", "1200人参与了当天的抗议活动。", "该画作的版权归博物馆所有。",
    "这并不代表美国政府的立场。", "他原创了这首歌曲，并在首页刊出。", "报道的原标题是《新规来了》。",
    "用户可在客户端内查看订单详情，也可致电客服。", "双方表示将加强商务合作，扩大贸易往来。",
    "他说，这纯属个人观点，不代表政府。", "这张图片来源于网络，经核实为伪造。", "根据合同，版权归作者所有。", "点击量突破十万次，第1页的内容被广泛转发。", "他说：“我们要返回首页重新开始。”",
    "会议结束时，他说：“下一步，我们将推进改革。”（张三）表示赞同。"])
def test_an_article_sentence_that_looks_like_furniture_stays(sentence):
    article = clean_blocks(LEAD, sentence, LAST)
    assert article.paragraphs == [LEAD, sentence, LAST]


def test_a_subheading_that_names_a_recommendation_does_not_end_the_article():
    lines = [LEAD, "相关人士推荐", "业内人士推荐企业尽早评估新规带来的影响。", LAST]
    assert clean_blocks(*lines).paragraphs == [LEAD, lines[2], LAST]


def test_a_reporter_heading_is_a_heading_not_a_credit():
    article = clean_blocks(LEAD, "记者手记", LAST)
    assert article.headings == ["记者手记"] and article.credits == []


def test_the_same_kinds_in_traditional_script():
    article = clean_blocks("（原標題：美國宣布新制裁）", "國防部今天公布年度報告，指出共軍活動頻繁。",
                           "長按識別二維碼關注我們", "聯合報記者 王小明", "外交部表示將審慎評估。（記者 張三）",
                           "熱門推薦", "美聯儲宣布維持利率不變")
    assert article.paragraphs == ["國防部今天公布年度報告，指出共軍活動頻繁。", "外交部表示將審慎評估。"]
    assert article.credits == ["（原標題：美國宣布新制裁）", "聯合報記者 王小明", "（記者 張三）"]


def test_an_end_marker_and_a_bracketed_editor_closing_the_last_paragraph():
    article = clean_blocks(LEAD, LAST + "(完)【编辑:刘欢】")
    assert article.paragraphs == [LEAD, LAST] and article.credits == ["【编辑:刘欢】"]


def test_whom_an_interview_asks_is_a_line_of_the_body(publishers):
    """sina_3 lines 514-535: a post and a name alone on a line (LGIM首席投资官：Sonja Laud, and the
    same in bold), then the questions: a line of its own, neither a subheading dropped from the
    body nor a broken sentence joined to the question after it."""
    article = page(EXCERPTS / "sina_3_interview.html", publishers)
    assert "LGIM首席投资官：Sonja Laud" in article.paragraphs
    assert "英国M&G固定收益副主管：Stefan Isaacs" in article.paragraphs
    assert "债券市场存在泡沫吗？" in article.paragraphs
    # written for the test: a title line names no one; a post with its question run on is no line alone
    assert not speaker_line("原标题：停战协议")
    assert not speaker_line("AMUNDI副首席投资官：Vincent Mortier债券市场存在泡沫吗？")
    assert speaker_line("主持人：李明")


@pytest.mark.parametrize("first, kept", [
    ("姚明对周琦说了啥？大魔王上下半场判若两人", False),  # the headline in words of its own
    ("姚明对周琦说了啥？周琦上下半场判若两人。", True),  # a sentence: the lead, though it repeats
    ("比赛第三节还剩8分多钟，姚明在周琦上场前叮嘱道", True)])  # a line the page broke, not the title
def test_a_first_line_giving_the_headline_again_is_a_heading(first, kept):
    raw = RawDocument(source_path="x", format="html", title="姚明对周琦说了啥？周琦上下半场判若两人",
                      blocks=[Block("paragraph", first),
                              Block("paragraph", "新京报讯2019年篮球世界杯17-32名排位赛，中国男篮以77比73战胜韩国队。")])
    article = clean(raw, PublisherTable())
    assert (first in "".join(article.paragraphs)) is kept
    assert article.paragraphs[-1].endswith("新京报讯2019年篮球世界杯17-32名排位赛，中国男篮以77比73战胜韩国队。")
