"""A page written as a poster (pages/gne/thepaper_2.html of the shared pages, its paragraphs 1,
4 and 5 as ingested): list items opened by ★, bytes the page broke (U+FFFD), and days of the
coming November written without a year after the page said the port opens 将于11月17日."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from briefgen.chinese import sentences
from briefgen.model import Article
from briefgen.selection import Selected
from briefgen.spec import load_spec
from briefgen.summarizers import Documents

ROOT = Path(__file__).resolve().parents[1]
OPENING = ("近日，“广州南沙国际邮轮母港开港倒计时100日”发布会召开，广州南沙国际邮轮母港将于11月17日正式开港，"
           "可停靠目前世界上最大的邮轮。 ★值得一提的是，新邮轮母港距离地铁四号线南沙客运港站约500米，是国内第一家"
           "实现与地铁无缝接驳的邮轮母港。来看看邮轮母港现场是什么亚子的↓↓↓ 11月17日开港，可停靠目前世界上最大邮轮"
           "目前南沙国际邮轮母港码头工程已进入最后的施工及验收准备阶段 \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd据介绍，"
           "在航站楼内部装修及各项查验设备安装调试工作完成后，预计于今年10月具备试运营条件，将于今年11月17日第十四届"
           "中国邮轮产业发展大会期间，开港运营暨首航。")
BOARDING = ("问题来了去邮轮母港如何实现坐地铁登船？国际邮轮母港航站楼登船路线抢先看 \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd ★1号、2号、"
            "3号入口处可通往出发大厅 ➨➨ 一楼办手续二楼候乘 ➨➨ 走过紧邻侯乘大厅的廊道即可登船 ➨➨ 地下通道可直接连通地铁四号线"
            "11月启航：新邮轮开通四条国际航线目前南沙邮轮母港开通了前往日本、越南、菲律宾等地航线9条邮轮目的地12个是中国内地"
            "东南亚航线最多的邮轮港口之一 11月17日开港，歌诗达邮轮·新浪漫号将首次靠泊广州南沙国际邮轮母港 \ufffd\ufffd\ufffd\ufffd"
            "\ufffd\ufffd以优雅意式风情主打的歌诗达邮轮·新浪漫号长220.6米、宽30.8米，排水量为5.7万吨，设计载客量为1800人、舱房数789间。")
ROUTES = ("目前11月的航线安排已经出炉歌诗达邮轮·新浪漫号分别以日本冲绳、八重山诸岛、宫古岛以及越南岘港为目的地开启"
          "四条航线★11月17日及11月21日，旅客可从广州南沙出发，前往八重山诸岛，开启4晚5天之旅； ★11月25日是前往"
          "宫古岛及冲绳的5晚6天旅程； ★旅客还可以选择11月30日出发，到岘港体验东南亚风情，全程为4晚5天。")


def documents() -> Documents:
    article = Article(title="定了！广州南沙邮轮母港即将开通！地铁直达+无敌免...", paragraphs=[OPENING, BOARDING, ROUTES],
                      source_path="thepaper_2.html", format="html", id=1,
                      published=datetime.fromisoformat("2019-08-13T14:07:00+08:00"))
    return Documents([Selected(article, 10.0, [])],
                     load_spec(ROOT / "benchmarks" / "fresh6" / "nansha-cruise-port.yaml"))


def test_a_star_opens_a_list_item_and_is_no_part_of_a_sentence():
    found = sentences(ROUTES)
    assert "11月25日是前往宫古岛及冲绳的5晚6天旅程；" in found
    assert not any("★" in s for s in found)


def test_days_without_a_year_after_the_page_said_the_month_is_to_come_are_of_the_coming_year():
    told = documents().sentences
    days = {t.text: t.iso for s in told for t in s.times}
    assert days["11月25日"] == "2019-11-25" and days["11月30日"] == "2019-11-30"  # not 2018
    assert days["11月"] == "2019-11"


def test_an_item_keeps_no_mark_of_bytes_the_page_broke():
    docs = documents()
    broken = next(s for s in docs.sentences if "\ufffd" in s.text and "阶段" in s.text)
    polished = docs.analysis.polish(broken.text)
    assert "\ufffd" not in polished and "阶段据介绍" in polished


def test_a_list_item_ending_on_a_semicolon_ends_its_sentence_once():
    from briefgen.summarizers.background import _ended

    assert _ended("11月17日及11月21日，旅客可从广州南沙出发，前往八重山诸岛，开启4晚5天之旅；") == \
        "11月17日及11月21日，旅客可从广州南沙出发，前往八重山诸岛，开启4晚5天之旅。"


def test_the_background_takes_no_heading_of_the_page_and_no_aside_opener():
    from briefgen.spec import Section
    from briefgen.summarizers.background import BackgroundSummarizer

    texts = [i.text for i in BackgroundSummarizer().summarize(documents(), Section("background", "", 6, 900))]
    assert texts and not any("抢先看" in t for t in texts), texts  # a heading with no mark in it
    assert not any(t.startswith("值得一提的是") for t in texts), texts  # what it adds to is gone
    assert any(t.startswith("新邮轮母港距离地铁四号线") for t in texts), texts


def test_a_portal_s_commentary_tag_marks_an_opinion_piece():
    from briefgen.summarizers.background import OPINION_TITLE

    assert OPINION_TITLE.search("女警打百个电话遭停机 评:运营商识别诈骗智商感人")
    assert not OPINION_TITLE.search("中方评估疫情影响：…")  # 评 inside a word
