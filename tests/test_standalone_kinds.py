"""Kinds of sentence that do not stand alone, on real sentences (tests/data/background/
standalone.yaml): a connective that refers back (随后, 尽管如此, 警方则…), an opinion named but
never given (X的意见); the rewrites that make one stand alone (a day not written twice, 今年
keeping its year, “” for 「」 in a Simplified brief); and what the background makes of them:
left out, told with who reports or judges it, not retold when the chronology tells it."""

from __future__ import annotations

import functools
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml

from briefgen.analysis import analyse
from briefgen.model import Article
from briefgen.selection import Selected
from briefgen.spec import load_spec
from briefgen.summarizers import Documents
from briefgen.summarizers.background import BackgroundSummarizer
from briefgen.summarizers.told import told_word_for_word
from conftest import ROOT, spec_on

CASES = yaml.safe_load((ROOT / "tests" / "data" / "background" / "standalone.yaml").read_text("utf-8"))
PUBLISHED = datetime(2020, 8, 29, 12, tzinfo=timezone.utc)


def alone(text: str, tmp_path: Path, published: datetime = PUBLISHED,
          claim: bool = False) -> str | None:
    """The sentence as it stands alone (as a claim printed under its speaker, with `claim`)."""
    analysis = analyse([Article(title="t", paragraphs=[text], source_path="x", format="text",
                                published=published, id=1)], load_spec(spec_on(tmp_path, ["测试"])))
    [sentence] = analysis.sentences
    if claim:
        return analysis.standalone(sentence, text, subject_given=True)
    return analysis.standalone(sentence)


def background(topic: str, paragraphs: list[str], tmp_path: Path,
               told: list[tuple[str, str]] = ()) -> str:
    """The background of one article of these paragraphs, after a chronology that told `told`."""
    spec = load_spec(spec_on(tmp_path, [topic]))
    article = Article(title=topic, paragraphs=paragraphs, source_path="x", format="text",
                      published=PUBLISHED, publisher="测试", id=1)
    documents = Documents([Selected(article, 12.0, [])], spec)
    documents.told_at.extend(told)
    [section] = [s for s in spec.sections if s.kind == "background"]
    return "".join(i.text for i in BackgroundSummarizer().summarize(documents, section))


@pytest.mark.parametrize("text, source", CASES["refused"])
def test_a_sentence_leaning_on_what_was_not_said_does_not_stand_alone(text, source, tmp_path):
    assert alone(text, tmp_path) is None, source
    assert alone(text, tmp_path, claim=True) is None or "的意见" in text, source  # as a claim too


@pytest.mark.parametrize("text, source", CASES["kept"])
def test_the_same_words_leaning_on_nothing_stand_alone(text, source, tmp_path):
    assert alone(text, tmp_path), source


@pytest.mark.parametrize("text, source, published, expected", CASES["rewritten"])
def test_a_day_is_not_written_twice_and_this_year_keeps_its_year(text, source, published,
                                                                   expected, tmp_path):
    when = datetime.fromisoformat(published).replace(tzinfo=timezone.utc)
    assert alone(text, tmp_path, when) == expected, source


@pytest.mark.parametrize("text, source, expected", CASES["quoted"])
def test_corner_quotes_become_simplified_quotes(text, source, expected, tmp_path):
    analysis = analyse([], load_spec(spec_on(tmp_path, ["测试"])))
    assert analysis.polish(text) == expected, source


@pytest.mark.parametrize("topic, text, source", CASES["background_refused"])
def test_the_background_leaves_out_a_time_told_from_an_earlier_one(topic, text, source, tmp_path):
    good = "中国海警披露一起在香港附近海域抓获非法越境快艇案件，香港本土派成员李宇轩在船上。"  # (written)
    joined = background(topic, [good, text], tmp_path)
    assert joined and text[6:18] not in joined, (source, joined)


@pytest.mark.parametrize("topic, text, source", CASES["reported"])
def test_a_fact_others_report_keeps_who_reports_it(topic, text, source, tmp_path):
    assert text in background(topic, ["", text], tmp_path), source


@pytest.mark.parametrize("topic, text, source", CASES["judged"])
def test_the_writers_judgement_is_told_with_who_judges(topic, text, source, tmp_path):
    assert f"认为，{text[:10]}" in background(topic, ["", text], tmp_path), source


@pytest.mark.parametrize("text, source, date, entry", CASES["told"])
def test_a_chronology_entry_told_in_other_words_is_not_retold(text, source, date, entry,
                                                              tmp_path):
    topic = "蒙牛" if "蒙牛" in text else "麒麟控股" if "麒麟" in text else "柏林"
    assert text[:12] in background(topic, ["", text], tmp_path), source  # alone, it is background
    assert text[:12] not in background(topic, ["", text], tmp_path, [(date, entry)]), source
    # (its article's lead, in other words than the entry's, still opens: it says what happened)


@pytest.mark.parametrize("text, source, claim", CASES["said"])
def test_a_view_the_viewpoints_tell_is_not_retold(text, source, claim, tmp_path):
    spec = load_spec(spec_on(tmp_path, ["以色列"]))
    article = Article(title="以色列", paragraphs=[text], source_path="x", format="text",
                      published=PUBLISHED, publisher="测试", id=1)
    documents = Documents([Selected(article, 12.0, [])], spec)
    [section] = [s for s in spec.sections if s.kind == "background"]
    assert not told_word_for_word(documents, text)
    documents.said.append(claim)
    assert told_word_for_word(documents, text), source
    # and, an actor's hope (抱持希望) being a stance, it is no background fact either way
    assert text[:12] not in "".join(i.text for i in BackgroundSummarizer().summarize(documents, section))


@pytest.mark.parametrize("topic, text, source", CASES["guessed"])
def test_a_guess_lent_to_no_one_is_left_out(topic, text, source, tmp_path):
    good = f"{topic}8月20日向国会情报委员会作了简报。"  # (written)
    joined = background(topic, [good, text], tmp_path)
    assert "简报" in joined and text[6:18] not in joined, (source, joined)


@pytest.mark.parametrize("text, source, date, entry", CASES["not_told"])
def test_an_entry_of_another_month_of_the_year_is_not_what_a_sentence_tells(text, source, date,
                                                                            entry, tmp_path):
    assert text[-12:] in background("美国", [text], tmp_path, [(date, entry)]), source


def test_these_things_of_the_topic_lose_their_demonstrative(tmp_path):
    """nyt_1047935 (a story on Tokyo's new public toilets): 不会排斥使用这些新厕所 — 这些新厕所 are
    the topic's own toilets; the item reads 新厕所. The topic's word alone (这些厕所) or another
    noun (这个项目) still leans on the text before."""
    spec = load_spec(spec_on(tmp_path, ["厕所"]))

    def alone_on_topic(text: str) -> str | None:
        analysis = analyse([Article(title="t", paragraphs=[text], source_path="x", format="text",
                                    published=PUBLISHED, id=1)], spec)
        return analysis.standalone(analysis.sentences[0])

    rewritten = alone_on_topic("科技工作者科珀怀特不会排斥使用这些新厕所。")
    assert rewritten == "科技工作者科珀怀特不会排斥使用新厕所。"
    assert alone_on_topic("科技工作者科珀怀特不会排斥使用这些厕所。") is None
    assert alone_on_topic("科技工作者科珀怀特不认为这个项目切实可行。") is None


def test_a_time_counted_back_by_an_unknown_span_does_not_stand_alone(tmp_path):
    """bbc_1047731: 一年多前，Neuralink曾对一只猴子进行了脑机对接试验 — more than a year before
    the writer's day, how much more no date says: no background sentence. In what a speaker
    says (voa_1046827, the State Department: 就在几个月前，汇丰银行的…首席执行官签署了一份请愿书)
    it is the speaker's own reckoning, printed under the speaker; a span that counts back
    exactly (三年前, 两个月前: written sentences) is written out."""
    assert alone("一年多前，Neuralink曾对一只猴子进行了脑机对接试验，试验表明猴子可以通过大脑来控制电脑。",
                 tmp_path) is None
    claim = "就在几个月前，汇丰银行的亚太区首席执行官签署了一份请愿书，支持北京决定剥夺香港的自治和人民的自由。"
    assert alone(claim, tmp_path, claim=True)
    assert alone("三年前，美国国防部开始每年发布报告。", tmp_path) == "2017年，美国国防部开始每年发布报告。"
    assert alone("两个月前，美国国防部发布了报告。", tmp_path) == "2020年6月，美国国防部发布了报告。"


@pytest.mark.parametrize("text", [
    "活动中，志愿者们以人员集中的广场为宣传阵地，通过设置宣传展台，摆放宣传展板，分发宣传折页。",  # pages/gne/cjddsb_1.html
    "从那时起，彭静旋暗暗下定决心：一定要让每个人都了解中国传统文化的博大精深！",  # pages/gne/baijiahao_4.html
])
def test_an_occasion_or_a_time_named_as_that_one_leans_on_what_named_it(text, tmp_path):
    """活动中 (which activity?) and 从那时起 (since when?) lean on the sentence before."""
    assert alone(text, tmp_path) is None


def test_a_subject_named_with_its_posts_tells_no_act():
    """pages/gne/zsnews_1.html: a lead cut after its subject (…科技促进局局长潘卓辉) tells no act,
    a verb inside a body's name (促进局) being none; the background cuts no lead there and the
    chronology's clause goes on past it."""
    from briefgen.summarizers.acts import verbless

    spec = load_spec(ROOT / "benchmarks" / "fresh7" / "shunde-finance-street-visit.yaml")
    article = Article(title="潘卓辉一行到众创金融街开展调研工作", paragraphs=["众创金融街。"], source_path="x",
                      format="text", published=PUBLISHED, id=1)
    documents = Documents([Selected(article, 10.0, [])], spec)
    assert verbless(documents, "2019年2月27日下午，佛山顺德区大良街道党工委委员、街道经济和科技促进局局长潘卓辉")
    assert not verbless(documents, "顺德区金融业联合会陈伊芬秘书长等一行八人到众创金融街进行实地考察调研")


def test_then_after_the_subject_leans_on_what_came_before(tmp_path):
    """bbc_1047755, cut after its second clause: 白衣人之后闯过验票机追打市民 (then, after 林卓廷 tried to talk to them, a clause
    the sentence before told): 之后 right after its subject and before its verb leans."""
    assert alone("白衣人之后闯过验票机追打市民，林卓廷与一些市民退至月台。", tmp_path) is None  # (cut)
    assert alone("白衣人闯过验票机追打市民。", tmp_path) is not None


def test_a_short_form_the_item_never_introduces_is_written_as_its_name(tmp_path):
    """rfa_1047967 (paragraphs 7 and 8, cut): the article names 中国交通建设集团有限公司（简称
    “中交建”）, then the State Department's words use 中交建 alone. Printed without the
    paragraph before, the item writes out the name; the 简称 that named it is gone."""
    from briefgen.analysis.standalone import short_forms

    named = ("美国商务部周三发布的声明显示，这24家被列入“实体名单”的中国企业包括中国交通建设集团有限公司"
             "（简称“中交建”）的五家子公司。")
    told = "美国国务院指出，中交建牵头在南海展开了具有破坏性的疏浚工作，也是中国“一带一路”全球倡议的主要项目承包商之一。"
    assert short_forms(named) == {"中交建": "中国交通建设集团有限公司"}
    assert short_forms("美国共和党举行了全国代表大会（简称“全代会”）。") == {"全代会": "全国代表大会"}  # dw_1047051
    assert short_forms("香港独立监察警方处理投诉委员会（简称“监警会”）今年5月…") == \
        {"监警会": "香港独立监察警方处理投诉委员会"}  # bbc_1047755
    analysis = analyse([Article(title="t", paragraphs=[named, told], source_path="rfa_1047967.md",
                                format="text", published=PUBLISHED, id=1)],
                       load_spec(spec_on(tmp_path, ["南海"])))
    [_, sentence] = analysis.sentences
    text = analysis.standalone(sentence, "中交建牵头在南海展开了具有破坏性的疏浚工作", subject_given=True)
    assert text == "中国交通建设集团有限公司牵头在南海展开了具有破坏性的疏浚工作", text
    quoted = "“中交建牵头在南海展开了疏浚工作”"  # someone's words are left as said
    assert analysis.standalone(sentence, quoted, subject_given=True) == quoted


def _analysed(paragraphs: list[str], spec, source: str):
    """The analysis of one article of these paragraphs."""
    return analyse([Article(title="t", paragraphs=paragraphs, source_path=source, format="text",
                            published=PUBLISHED, id=1)], spec)


def test_a_party_named_by_its_kind_is_the_party_the_text_before_counted(tmp_path):
    """pages/gne/zsnews_1.html (its first two paragraphs, cut): 调研组一行走访了… is the party
    the lead counted (…陈伊芬秘书长等一行八人到众创金融街进行实地考察调研); alone it leans."""
    lead = ("2019年2月27日下午，佛山顺德区大良街道党工委委员、街道经济和科技促进局局长潘卓辉，"
            "顺德区金融业联合会陈伊芬秘书长等一行八人到众创金融街进行实地考察调研。")
    visit = "调研组一行走访了中山零壹金服，观看了众创金融街宣传片，参观了金融街服务中心。"
    spec = load_spec(spec_on(tmp_path, ["众创金融街"]))
    analysed = functools.partial(_analysed, spec=spec, source="zsnews_1.html")
    analysis = analysed([lead, visit])
    assert analysis.standalone(analysis.sentences[-1]) == \
        "顺德区金融业联合会陈伊芬秘书长等一行八人走访了中山零壹金服，观看了众创金融街宣传片，参观了金融街服务中心。"
    alone_ = analysed([visit])
    assert alone_.standalone(alone_.sentences[0]) is None
    named = analysed(["潘卓辉调研组一行走访了中山零壹金服。"])  # the party named by who leads it
    assert named.standalone(named.sentences[0]) == "潘卓辉调研组一行走访了中山零壹金服。"


def test_all_of_a_school_is_the_school_the_text_before_named(tmp_path):
    """pages/gne/ifeng_2.html, paragraphs 36 and 37 (cut): 2019年，全校885名学生参加高考 is the
    school the paragraph before named (留在台江民族中学的…); alone it leans. 全县 after the
    county's name in its own sentence needs nothing."""
    named = "往年，台江中考前100名的学生中，留在台江民族中学的只有十来个人。"
    whole = "2019年，全校885名学生参加高考，有561人考取了本科。"
    spec = load_spec(spec_on(tmp_path, ["陈立群"]))
    analysed = functools.partial(_analysed, spec=spec, source="ifeng_2.html")
    analysis = analysed([named, whole])
    assert analysis.standalone(analysis.sentences[-1], "全校885名学生参加高考，有561人考取了本科") == \
        "台江民族中学全校885名学生参加高考，有561人考取了本科"
    alone_ = analysed([whole])
    assert alone_.standalone(alone_.sentences[0], "全校885名学生参加高考") is None
    own = analysed(["台江县有一所高中，全县人都把目光投向了它。"])
    assert own.standalone(own.sentences[0]) == "台江县有一所高中，全县人都把目光投向了它。"
