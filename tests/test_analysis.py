"""The analysis on real sentences: from the seeds and from real feed items on other topics
(tests/data/analysis), each kind of rewrite or rejection, and speakers, roles and camps."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from briefgen.analysis import analyse
from briefgen.analysis.standalone import punctuate, strip_frame
from briefgen.model import Article
from briefgen.spec import load_spec
from conftest import CANONICAL, ROOT, read_one

ITEMS = ROOT / "tests" / "data" / "analysis"
SPEC = load_spec(CANONICAL)


def article(paragraphs, published=datetime(2024, 7, 12, 4, 10, tzinfo=timezone.utc), id=1):
    return Article(title="t", paragraphs=paragraphs, source_path="x", format="text",
                   published=published, id=id)


def one(text, **kw):
    analysis = analyse([article([text], **kw)], SPEC)
    return analysis, analysis.sentences[0]


# --- stand-alone rewrites ------------------------------------------------------------

@pytest.mark.parametrize("text, published, expected", [
    # relative dates written out; the year only when it is not the brief's (2024)
    ("韩国总统办公室4月9日消息指，韩美两国为本月26日在华盛顿举行的峰会上，达成加强美国对韩国提供延伸威慑的共同文件开展密集协商。",
     datetime(2023, 4, 9, 12, 33, tzinfo=timezone.utc),
     "韩国总统办公室2023年4月9日消息指，韩美两国为2023年4月26日在华盛顿举行的峰会上，达成加强美国对韩国提供延伸威慑的共同文件开展密集协商。"),
    ("美国与韩国于星期四(7月11日)在华盛顿签署了联合核威慑指引，成为两国加强合作应对朝鲜核威胁和导弹威胁的里程碑。",
     datetime(2024, 7, 12, 4, 10, tzinfo=timezone.utc),
     "美国与韩国于7月11日在华盛顿签署了联合核威慑指引，成为两国加强合作应对朝鲜核威胁和导弹威胁的里程碑。"),
    # a leading connective dropped
    ("此外，美韩两国将于8月举行乙支自由之盾联合军演。", datetime(2024, 7, 12, tzinfo=timezone.utc),
     "美韩两国将于8月举行乙支自由之盾联合军演。"),
    # dateline and agency tag stripped; Traditional text in a Simplified brief
    ("（中央社記者首爾專電）美國總統拜登與南韓總統尹錫悅11日在華盛頓會面。",
     datetime(2024, 7, 12, tzinfo=timezone.utc), "美国总统拜登与南韩总统尹锡悦7月11日在华盛顿会面。"),
    ("路透北京8月31日 - 中国外交部周一晚间表示，将作出必要反应。",
     datetime(2020, 8, 31, 20, tzinfo=timezone.utc), "中国外交部2020年8月31日晚间表示，将作出必要反应。"),
    ("据韩联社报道，韩国国防部将于下月公布国防白皮书。", datetime(2024, 7, 12, tzinfo=timezone.utc),
     "韩国国防部将于8月公布国防白皮书。"),
    # an outlet's tag glued to the year (pages/gne/163_2.html); a noun after its count (一张截图,
    # pages/gne/qq_qq.html) is the subject, not a verb without one
    ("新京报讯2019年篮球世界杯17-32名排位赛，中国男篮以77比73战胜韩国队，保住进军东京奥运会的希望。",
     datetime(2019, 9, 7, 1, 59, tzinfo=timezone.utc),
     "2019年篮球世界杯17-32名排位赛，中国男篮以77比73战胜韩国队，保住进军东京奥运会的希望。"),
    ("一张截图在朋友圈流传，那首著名的儿童歌曲《一分钱》被改成了《一元钱》。",
     datetime(2019, 9, 7, 11, 2, tzinfo=timezone.utc), "一张截图在朋友圈流传，那首著名的儿童歌曲《一分钱》被改成了《一元钱》。"),
])
def test_rewrites_that_make_a_sentence_stand_alone(text, published, expected):
    analysis, sentence = one(text, published=published)
    assert analysis.standalone(sentence) == expected


@pytest.mark.parametrize("text, kind", [
    ("不过，美国政府高官4月26日又特意强调两者并不一样。", "collective"),  # seed 003: 两者 of what?
    ("该条约规定双方在遭受攻击时相互援助。", "demonstrative"),  # no treaty named before
    ("他还表示，指引的细节属于机密。", "pronoun"),  # nobody named before
    ("对此，朝鲜外务省发表谈话予以谴责。", "connective"),  # 对此: what?
    ("重申双方发表的《华盛顿宣言》，两人并发表联合声明。", "no_subject"),
])
def test_sentences_that_lean_on_what_is_missing_are_not_stand_alone(text, kind):
    analysis, sentence = one(text)
    assert kind in {r.kind for r in sentence.leans_on}
    assert analysis.standalone(sentence) is None


def test_an_undated_article_cannot_anchor_its_relative_dates():
    analysis, sentence = one("韩美两国国防官员星期四签署了核威慑指引。", published=None)
    assert analysis.standalone(sentence) is None


def test_references_resolved_from_the_sentence_before():
    analysis = analyse([article([
        "2023年4月26日，美韩两国领导人在华盛顿发表《华盛顿宣言》。该宣言决定设立核咨商小组。",
        "韩国国家安保室第一次长金泰孝在简报会上介绍了指引的内容。他表示，指引的细节属于机密。",
    ])], SPEC)
    by_text = {s.text: s for s in analysis.sentences}
    assert analysis.standalone(by_text["该宣言决定设立核咨商小组。"]) == "《华盛顿宣言》决定设立核咨商小组。"
    assert analysis.standalone(by_text["他表示，指引的细节属于机密。"]) == "金泰孝表示，指引的细节属于机密。"


def test_a_reference_inside_the_sentence_needs_nothing():
    analysis, sentence = one("坎贝尔在会后说，美国战略核潜艇7月18日抵达釜山，这是美国兑现《华盛顿宣言》承诺的体现。")
    assert not {r.kind for r in sentence.leans_on} & {"pronoun", "demonstrative"}
    analysis, sentence = one("2023年7月18日，美国战略核潜艇当天抵达釜山。")
    assert not sentence.leans_on  # 当天: the day the sentence names


def test_a_day_named_before_the_sentence_is_not_written_out():
    # 当天 is the day of the meeting the article spoke of, not the day it was published
    analysis, sentence = one("坎贝尔在会后说，美国战略核潜艇当天抵达釜山。")
    assert [r.kind for r in sentence.leans_on] == ["demonstrative"]
    assert analysis.standalone(sentence) is None


def test_punctuation_and_titles_inside_titles():
    assert punctuate("美国,日本,韩国和澳大利亚举行会谈,讨论朝鲜问题?") == "美国、日本、韩国和澳大利亚举行会谈，讨论朝鲜问题？"
    assert punctuate("《《华盛顿宣言》解读》") == "《〈华盛顿宣言〉解读》"
    assert punctuate("Joe Biden, 2024") == "Joe Biden, 2024"  # Latin text keeps its marks
    # a gloss in Latin letters after Chinese takes full-width brackets, with no space before
    assert punctuate("黎智英(Jimmy Lai)、由黄之锋 (Joshua Wong)所创立") == "黎智英（Jimmy Lai）、由黄之锋（Joshua Wong）所创立"
    assert punctuate("Joe Biden (US)") == "Joe Biden (US)"
    assert strip_frame("新华社首尔4月26日电（记者张三）韩国总统尹锡悦说。（完）") == "韩国总统尹锡悦说。"


def test_a_wires_stock_tickers_are_dropped():
    """reuters_1046142 and reuters_1046273: tickers after a company's or an index's name."""
    assert punctuate("收购了伊藤忠商事 (8001.T)、丸红 (8002.T)和住友商事 (8053.T)的部分股权") == \
        "收购了伊藤忠商事、丸红和住友商事的部分股权"
    assert punctuate("而日本东证股价指数.TOPX仅上涨1.5%。") == "而日本东证股价指数仅上涨1.5%。"
    assert punctuate("日本麒麟控股(2503.T)和中国蒙牛乳业(2319.HK)宣布") == "日本麒麟控股和中国蒙牛乳业宣布"
    # what only looks like one stays: an abbreviation, a disease's name, a version
    assert punctuate("世卫组织称（COVID-19）在(U.S.)与Python 3.11中") == "世卫组织称（COVID-19）在（U.S.）与Python 3.11中"


def test_a_traditional_brief_converts_the_other_way(tmp_path):
    spec_path = tmp_path / "hant.yaml"
    spec_path.write_text(CANONICAL.read_text("utf-8").replace("locale: zh_CN", "locale: zh_TW"),
                         "utf-8")
    analysis = analyse([article(["美国总统拜登与韩国总统尹锡悦在华盛顿会面。"])], load_spec(spec_path))
    assert analysis.standalone(analysis.sentences[0]) == "美國總統拜登與韓國總統尹錫悅在華盛頓會面。"


# --- speech on other topics: real feed items --------------------------------------------

def speeches(name, publishers):
    item = read_one(ITEMS / name, publishers)
    item.id = 1
    analysis = analyse([item], SPEC)
    return {(s.speech.speaker, s.speech.role, s.speech.camp) for s in analysis.sentences
            if s.speech}, analysis


@pytest.mark.parametrize("name, expected", [
    ("reuters_1046139.md", {("王美花", "台湾经济部长", "台湾"), ("王毅", "中国国务委员兼外长", "中国"),
                            ("中国驻捷克大使馆发言人", None, "中国")}),
    ("voa_1046833.md", {("游锡堃", "台湾立法院长", "台湾"), ("台湾外交部", None, "台湾"),
                        ("范世平", "台湾师范大学政治研究所教授", "专家学者")}),
    ("voa_1046850.md", {("蓬佩奥", "美国国务卿", "美国")}),
    ("rfi_1044909.md", {("黎氏秋姮", "越南外交部发言人", "越南"), ("中国官方媒体", None, "媒体")}),
    ("bbc_1047702.md", {("蔡英文", "台湾总统", "台湾"), ("王毅", "中国外长", "中国"),
                        ("佩特里切克", "捷克外长", "捷克"), ("法国外交部发言人", None, "法国"),
                        ("苏珊娜‧查普托娃", "斯洛伐克总统", "斯洛伐克"),
                        ("罗达菲", "英国伦敦亚非学院台湾研究中心总监", "专家学者")}),
])
def test_speakers_roles_and_camps_on_other_topics(name, expected, publishers):
    found, _ = speeches(name, publishers)
    assert expected <= found, expected - found
    assert not any(camp == "其他" for _, _, camp in found if (_, _, camp) in expected)


def test_he_said_follows_the_one_who_just_spoke(publishers):
    _, analysis = speeches("voa_1046833.md", publishers)
    said = [s for s in analysis.sentences if s.text.startswith("他说：")]
    assert said[0].speech.speaker == "游锡堃"


def test_a_claim_is_the_speakers_not_the_writers_gloss():
    analysis, sentence = one("拜登政府认为，韩国不可“自主拥核”，作为替代方案，“延伸威慑”再次复活。")
    assert sentence.speech.speaker == "拜登政府"
    assert "复活" not in sentence.speech.claim and "自主拥核" in sentence.speech.claim


def test_no_speaker_from_a_clause_that_is_not_one():
    analysis, sentence = one("记者会上，马斯外长展示出德国政府少有的强硬立场，呼吁中国撤回港版《国安法》。")
    assert sentence.speech is None


# --- real sentences of feed items (2020), copied here: the rewrite, or the refusal ---------

NAVALNY = ["纳瓦尔尼是坚定的反腐运动倡导者，也是总统普京的批评者。",  # voa_1046870
           "8月20日，他在搭乘班机从西伯利亚城市托木斯克飞往莫斯科的途中病倒。"]


def test_he_is_not_filled_in_with_the_wrong_person():
    """The sentence before opens on 纳瓦尔尼 (a spec's word, not a known person) and names
    普京 later: 他 is not 普京."""
    analysis = analyse([article(NAVALNY)], load_spec(ROOT / "examples" / "briefs" / "navalny-poisoning.yaml"))
    second = analysis.sentences[1]
    assert "普京" not in (analysis.standalone(second) or "")


@pytest.mark.parametrize("text, expected", [
    ("香港警察今（8月26日）凌晨展开大围捕，至少有16人被捕。",  # hk01
     "香港警察2020年8月26日凌晨展开大围捕，至少有16人被捕。"),
    ("中国副总理刘鹤周二8月25日上午与美国贸易代表莱特西泽和财长姆努钦通了电话。",  # rfi_1044984
     "中国副总理刘鹤2020年8月25日上午与美国贸易代表莱特西泽和财长姆努钦通了电话。"),
    ("在出访挪威时（图），王毅就新冠病毒起源、中挪自贸协定与多边主义等议题表态。",  # dw
     "在出访挪威时，王毅就新冠病毒起源、中挪自贸协定与多边主义等议题表态。"),
])
def test_real_sentences_rewritten_to_stand_alone(text, expected):
    """In a brief of 2024 (the canonical spec's year), a day of 2020 carries its year."""
    analysis, sentence = one(text, published=datetime(2020, 8, 26, 10, tzinfo=timezone.utc))
    assert analysis.standalone(sentence) == expected


def test_full_width_digits_spaces_and_straight_quotes_take_the_brief_form():
    # cdt_394426 (１９４９年, ８０％), bbc (7月21 日), dw_1047009 ("监视居住")
    assert punctuate("１９４９年以后，内蒙古现在超过８０％的人口都是汉族。") == \
        "1949年以后，内蒙古现在超过80%的人口都是汉族。"
    assert punctuate("2019年7月21 日，白衣人袭击乘客。") == "2019年7月21日，白衣人袭击乘客。"
    assert punctuate('成蕾暂未被起诉，但羁押在指定地点，被"监视居住"。') == \
        "成蕾暂未被起诉，但羁押在指定地点，被“监视居住”。"


def test_a_dispatch_counts_its_days_from_its_dateline():
    """rfi_1044943: （法新社洛杉矶25日电）…今天投出…无安打比赛, published in Paris at 11:50 on the
    26th: 今天 is the 25th, the dateline's day. A dateline of the day of publication, or none,
    leaves the publication time; a day number far from it is no dispatch day of this one."""
    from datetime import timedelta
    from briefgen.analysis import reference_time

    published = datetime(2020, 8, 26, 11, 50, tzinfo=timezone(timedelta(hours=2)))
    text = "芝加哥白袜投手吉欧里托今天投出美国职棒大联盟MLB本季第一场无安打比赛，终场白袜4比0完封匹兹堡海盗。"

    def article(credits):
        return Article(title="白袜吉欧里托完封海盗", paragraphs=[text], source_path="rfi_1044943.md",
                       format="text", published=published, credits=credits, id=1)

    assert reference_time(article(["（法新社洛杉矶25日电）"])).date().isoformat() == "2020-08-25"
    assert reference_time(article(["（法新社纽奥良26日电）"])) == published
    assert reference_time(article(["（中央社记者洛杉矶二十五日电）"])).date().isoformat() == "2020-08-25"
    assert reference_time(article([])) == published
    assert reference_time(article(["（法新社巴黎3日电）"])) == published
    # across a month's end: published on 9-01, dispatched on the 31st
    first = Article(title="x", paragraphs=[text], source_path="x", format="text", id=2,
                    published=datetime(2020, 9, 1, 8, tzinfo=timezone.utc), credits=["（中央社记者台北31日专电）"])
    assert reference_time(first).date().isoformat() == "2020-08-31"
    spec = load_spec(ROOT / "examples" / "briefs" / "czech-taiwan-visit.yaml")
    [sentence] = analyse([article(["（法新社洛杉矶25日电）"])], spec).sentences
    assert [(t.text, t.iso) for t in sentence.times] == [("今天", "2020-08-25")]


def test_no_space_stands_between_chinese_and_its_quotes_and_a_name_s_dot_is_the_mainland_one():
    """cdt_394367 (高敬文: 频频使出 “战狼外交”也是…) and rfa items writing names with ‧
    (苏珊娜‧查普托娃): a Simplified brief prints 使出“战狼外交” and 苏珊娜·查普托娃."""
    assert punctuate("各国政府对中国频频使出 “战狼外交”也是日益反感") == "各国政府对中国频频使出“战狼外交”也是日益反感"
    assert punctuate("“战狼外交” 也是") == "“战狼外交”也是"
    analysis = analyse([Article(title="t", paragraphs=["测试。"], source_path="x", format="text", id=1,
                                published=datetime(2020, 9, 1, tzinfo=timezone.utc))],
                       load_spec(ROOT / "examples" / "briefs" / "czech-taiwan-visit.yaml"))
    assert analysis.polish("斯洛伐克总统苏珊娜‧查普托娃表示") == "斯洛伐克总统苏珊娜·查普托娃表示"


@pytest.mark.parametrize("text, leans", [
    # pages/gne/cjddsb_1.html of the shared pages: its subject, 本次活动, was the sentence before's
    ("面对金融消费者、投资者和广大网民，宣传基础金融知识和风险防范技能，提升其金融素养和风险责任意识。", True),
    ("面对疫情，各国政府纷纷采取封锁措施。", False),  # the main clause names its subject
    # ifeng_2.html: what 刘明 said, going on; opens on adverbs, then its verb
    ("不得已才想离开工作了15年的民族中学， 去薪水更高的民办中学。", True),
])
def test_a_main_clause_with_no_subject_after_its_frame_or_adverbs_leans(text, leans):
    _, sentence = one(text)
    assert any(r.kind == "no_subject" for r in sentence.leans_on) == leans


def test_single_quotes_in_no_double_quote_become_double_and_lose_their_spaces():
    """rfa_1047974 (hong-kong-lawmakers): 柳俊江's words, once inside his quote, are printed
    as his view with no quote around them: their inner ‘…’ are then the outer marks."""
    analysis, _ = one("测试。")
    assert analysis.polish("对比同案的其他 ‘白衣人’，警方是否会对林卓廷的案件 ‘开快车’。") == \
        "对比同案的其他“白衣人”，警方是否会对林卓廷的案件“开快车”。"
    assert analysis.polish("他说：“我会说‘我们得延续它’。”") == "他说：“我会说‘我们得延续它’。”"  # nested: stays
