"""Background kinds an analyst strikes, on real sentences (tests/data/background/cases.yaml):
an aside the other sources never touch, the story's core first, sentences that lean on what
they lost, an intent read into an actor told with who judges, years written out when the
background spans years, an entry of the chronology not retold."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml

from briefgen.analysis import analyse
from briefgen.chinese import sentences
from briefgen.model import Article
from briefgen.selection import Selected
from briefgen.spec import load_spec
from briefgen.summarizers import Documents, summarize
from briefgen.summarizers.background import (COMMENTARY, GOVERNS, SAME_SPEAKER_ON, UNFINISHED,
                                             BackgroundSummarizer, Story, opening,
                                             consider, said_before, said_by_the_next)
from conftest import CANONICAL, ROOT, spec_on

CASES = yaml.safe_load((ROOT / "tests" / "data" / "background" / "cases.yaml").read_text("utf-8"))
PUBLISHED = datetime(2020, 8, 29, 12, tzinfo=timezone.utc)


def selected(articles: list[dict], published: datetime = PUBLISHED) -> list[Selected]:
    """Central sources (relevance well above a passing mention), as selection gives them."""
    return [Selected(Article(title=a["title"], paragraphs=a["paragraphs"], source_path=a["file"],
                             format="text", published=published, publisher="测试", id=n), 12.0, [])
            for n, a in enumerate(articles, 1)]


def background(case: dict, tmp_path: Path) -> list[str]:
    brief = summarize(selected(case["articles"]), load_spec(spec_on(tmp_path, case["topic"])))
    [section] = [s for s in brief.sections if s.kind == "background"]
    return [item.text for item in section.items]


def test_an_aside_the_other_sources_never_touch_is_left_out_and_the_story_comes_first(tmp_path):
    """bbc_1047779's economic aside in Lukashenko's profile says nothing of the election or
    the protests the other sources report; what they agree on opens the background."""
    texts = background(CASES["aside"], tmp_path)
    joined = "".join(texts)
    assert "通胀" not in joined, texts
    assert any(word in sentences(texts[0])[0] for word in ("镇压", "抗议", "选举")), texts


def test_the_aside_stays_when_too_few_sources_can_tell(tmp_path):
    """(Alone: in a whole brief the chronology tells 2011年白俄罗斯通胀飙升 and the background
    does not retell it.)"""
    case = dict(CASES["aside"], articles=CASES["aside"]["articles"][:1])
    spec = load_spec(spec_on(tmp_path, case["topic"]))
    documents = Documents(selected(case["articles"]), spec)
    [section] = [s for s in spec.sections if s.kind == "background"]
    assert any("通胀" in i.text for i in BackgroundSummarizer().summarize(documents, section))


def test_with_two_sources_a_sentence_sharing_nothing_with_either_lead_in_a_paragraph_off_the_topic_is_an_aside(tmp_path):
    """reuters_1046260 is about oil, one clause of its lead about the hurricane: its paragraph
    on the pandemic's blow to demand says nothing of the story; the hurricane's lead stays."""
    texts = background(CASES["aside_of_two"], tmp_path)
    assert not any("需求造成了打击" in t for t in texts), texts
    spec = load_spec(spec_on(tmp_path, CASES["aside_of_two"]["topic"]))
    documents = Documents(selected(CASES["aside_of_two"]["articles"]), spec)
    story = Story(documents)
    kept = [c for c in (consider(documents, s, None, set()) for s in documents.sentences)
            if not isinstance(c, str)]
    for candidate in kept:
        candidate.agreement = story.support(candidate.sentence, story.leads)
    assert [c.text for c in kept if not story.aside(c) and "飓风萝拉" in c.text], kept


# One real sentence on each topic that stays (nyt_1047888, the canonical seeds' 002, dw_1047016,
# rfi_1044941, bbc_1047727, bbc_1047702, voa_1046841).
GOOD = {"印度": "中印陷入了持续数月的激烈边境争端——尽管冲突根源可以追溯到几十年前——在6月，当中国军队在斗殴中打死了20名印度士兵后，紧张局势骤然升级。",
        "延伸威慑": "所谓延伸威慑是指在韩国受到核攻击威胁时，美国通过动员核保护伞和导弹防御系统来提供与美国本土相当的威慑力的概念。",
        "内蒙古": "内蒙古教育部门以口头形式，而没有以下发文件的方式，在学校向老师们传达用汉语替代蒙语授课的政策，在学生家长中引起广泛的反弹。",
        "元朗": "2019年7月21日当晚，疑包括黑帮人士在内大批身穿白衣的恶汉手持武器，在元朗区包括西铁站、YOHO MALL等多个地点，无差别袭击民众，最少45人受伤，当中包括立法会议员林卓廷及无线电视前新闻主播柳俊江等。",
        "王毅": "中国外长王毅一连数天访问欧洲多国，被视为中国外交的“示好之旅”，但多国官员强调与中国关系的同时，先后向王毅提出华为、新疆人权和香港示威浪潮等敏感话题。",
        "捷克": "捷克参议院议长米洛什‧维斯特奇尔（Miloš Vystrčil，又译维特齐、韦德齐）无视中国反对，率领代表团访问台湾一周，引发中捷和中欧的外交风波。",
        "南海": "美国以参与南海争议地区人工岛礁建设、将南海“军事化”为由，将24家中国公司列入实体名单、并对一些中国公民实施签证控制。",  # bbc_1047754
        "柏林": "德国发生反对新型冠状病毒防疫限制措施的示威游行，柏林警方拘捕300人。",  # bbc_1047725
        "林卓廷": "香港警方拘捕民主派立法会议员林卓廷和许智峰，其中指控林卓廷2019年7月21日发生的标志性事件——港铁元朗站袭击事件中“参加暴动”。",  # bbc_1047755
        "卢卡申科": "白俄罗斯政府加紧镇压计划发动更多反对卢卡申科总统示威活动的抗议者，已经逮捕了几名反对派活动人士。"}


@pytest.mark.parametrize("topic, text, source", CASES["rejected"])
def test_a_sentence_leaning_on_what_it_lost_is_left_out(topic, text, source, tmp_path):
    case = {"topic": [topic], "articles": [
        {"file": "good", "title": topic, "paragraphs": [GOOD[topic]]},
        {"file": source, "title": topic, "paragraphs": ["", text]}]}
    spec = load_spec(spec_on(tmp_path, case["topic"]))
    [section] = [s for s in spec.sections if s.kind == "background"]
    texts = [i.text for i in BackgroundSummarizer().summarize(
        Documents(selected(case["articles"]), spec), section)]  # alone: the chronology may
    assert texts and not any(text[4:16] in t for t in texts), (source, texts)  # tell the good one


@pytest.mark.parametrize("topic, text, source", CASES["judged"])
def test_an_intent_read_into_an_actor_is_told_with_who_judges(topic, text, source, tmp_path):
    case = {"topic": [topic], "articles": [{"file": source, "title": topic, "paragraphs": [
        GOOD[topic], text]}]}
    joined = "".join(background(case, tmp_path))
    assert f"认为，{text[:12]}" in joined, joined


@pytest.mark.parametrize("text", CASES["not_judged"])
def test_agreeing_to_do_something_is_no_intent_read_into_it(text):
    assert COMMENTARY.search(text) is None


def test_a_main_clause_without_its_subject_after_an_opening_clause_does_not_stand_alone():
    spec = load_spec(CANONICAL)
    for text, stands in [(t, False) for t in CASES["no_subject"]] + \
            [(t, True) for t in CASES["has_subject"]]:
        analysis = analyse([Article(title="t", paragraphs=[text], source_path="x", format="text",
                                    published=PUBLISHED, id=1)], spec)
        [sentence] = analysis.sentences
        assert (analysis.standalone(sentence) is not None) == stands, text


@pytest.mark.parametrize("text, expected", [(c["text"], c["expected"]) for c in CASES["rewritten"]])
def test_a_sequence_word_before_a_sentence_that_dates_itself_is_dropped(text, expected):
    spec = load_spec(CANONICAL)
    analysis = analyse([Article(title="t", paragraphs=[text], source_path="x", format="text",
                                published=PUBLISHED, id=1)], spec)
    [sentence] = analysis.sentences
    assert analysis.standalone(sentence) == expected


def test_a_month_and_day_gets_its_year_when_the_background_spans_years(tmp_path):
    joined = "".join(background(CASES["years"], tmp_path))
    assert "2019年7月21日" in joined and "2020年7月1日港版国安法" in joined, joined


def test_an_entry_the_chronology_tells_is_not_retold_by_a_sentence_of_the_same_day(tmp_path):
    """czech_taiwan_visit: the Czech foreign minister's tweet of 8-31 was both a chronology
    entry and, word for word with more after it, a background sentence; what the story is
    about (bbc_1047702's lead) stays even so."""
    text = "捷克外交部长佩特里切克(Tomáš Petříček)8月31日透过推特发文表达对中国外交部长王毅语出威胁的强烈不满。"  # voa_1046859
    other = "捷克参议院5月20日以50对1票的压倒性票数，通过提案支持维特奇参议长访问台湾。"  # voa_1046859
    core = ("捷克参议院议长米洛什‧维斯特奇尔（Miloš Vystrčil，又译维特齐、韦德齐）无视中国反对，"
            "率领代表团访问台湾一周，引发中捷和中欧的外交风波。")  # bbc_1047702
    spec = load_spec(spec_on(tmp_path, ["捷克"]))
    documents = Documents(selected([{"file": "voa", "title": "捷克参议院议长访问台湾", "paragraphs": [other, text]},
                                    {"file": "bbc", "title": "捷克参议长率团访台", "paragraphs": [core]}],
                                   datetime(2020, 9, 1, tzinfo=timezone.utc)), spec)
    [section] = [s for s in spec.sections if s.kind == "background"]
    before = "".join(i.text for i in BackgroundSummarizer().summarize(documents, section))
    assert "推特" in before and before.startswith("捷克参议院议长"), before
    documents.told_on.append(("2020-08-31", "捷克外交部长佩特里切克透过推特发文表达对中国外交部长王毅语出威胁的强烈不满"))
    after = "".join(i.text for i in BackgroundSummarizer().summarize(documents, section))
    assert "推特" not in after and after.startswith("捷克参议院议长"), after


# --- relevance: a digest of several stories --------------------------------------------

@pytest.fixture(scope="module")
def passing(tmp_path_factory):
    """tests/data/relevance: dw_1047051 (a weekly picture digest, one story on the South China
    Sea), reuters_1046141 (Trump's call to Abe, titled with him, 辞职 once), reuters_1046273
    (China's minister in Canberra on the blocked Mengniu deal, short)."""
    import shutil

    from briefgen.corpus import Corpus
    from briefgen.ingest import ingest

    folder = tmp_path_factory.mktemp("passing")
    for name in ("dw_1047051.md", "reuters_1046141.md", "reuters_1046273.md", "nyt_1047878.md",
                 "nyt_1047884.md"):
        shutil.copy(ROOT / "tests" / "data" / "relevance" / name, folder / name)
    corpus = Corpus(folder / "corpus.db")
    ingest([folder], corpus, workers=1)
    yield {Path(a.source_path).stem: a for a in corpus.articles()}
    corpus.close()


@pytest.mark.parametrize("item, spec, on_topic", [
    ("dw_1047051", "south-china-sea", False),  # one story of seven in a digest
    # …its first story is the tour, told in its lead (中国外长出访欧洲五国：中国外长王毅…)
    ("dw_1047051", "wang-yi-europe-tour", False),
    # NYT morning briefings: one bulleted story a paragraph, the topic's in the title and first
    ("nyt_1047878", "china-india-border", False),
    ("nyt_1047884", "czech-taiwan-visit", False),
    ("reuters_1046141", "abe-resigns", True),  # its title names Abe: about him
    # a short report on China's reaction whose lead says 一家中国企业 and whose 6th and 7th of
    # 12 paragraphs name 蒙牛乳业: about the deal
    ("reuters_1046273", "mengniu-lion-dairy", True),
])
def test_a_digest_naming_the_topic_in_one_story_is_off_topic_but_a_titled_story_is_not(
        passing, item, spec, on_topic):
    from briefgen.selection import MIN_RELEVANCE, relevance, topic_forms

    score = relevance(passing[item], topic_forms(load_spec(ROOT / "examples" / "briefs" / f"{spec}.yaml")))[0]
    assert (score >= MIN_RELEVANCE) == on_topic, score


def test_a_story_whose_title_names_every_term_is_central_though_its_body_names_one_once():
    """gne/163_6.html: 男孩因不想上补习班 写"救命啊"纸团抛出引来警察 tells its story in other
    words (民警, 纸团) and says 补习班 once, in its ninth paragraph: it is still about the topic;
    its title alone, with a body that never says it, is not enough."""
    from dataclasses import replace

    from briefgen.cleaning import PublisherTable, clean
    from briefgen.readers import read_bytes
    from briefgen.selection import relevance, topic_forms
    from briefgen.summarizers import MARGINAL

    path = ROOT / "tests" / "data" / "pages" / "163_6.html"
    [raw] = read_bytes(path.read_bytes(), str(path))
    article = clean(raw, PublisherTable())
    spec = load_spec(ROOT / "benchmarks" / "fresh5" / "boy-note-tutoring-class.yaml")
    assert "补习班" in article.title and sum("补习班" in p for p in article.paragraphs) == 1
    assert relevance(article, topic_forms(spec))[0] >= MARGINAL
    never_said = replace(article, paragraphs=[p for p in article.paragraphs if "补习班" not in p])
    assert relevance(never_said, topic_forms(spec))[0] < MARGINAL


def test_a_digest_is_told_by_its_shape_not_by_its_name(passing):
    """Paragraphs opening on distinct headlines (a bullet, or a heading and a colon) make a
    digest; the same paragraphs opening on one speaker (王毅表示：) or in plain prose do not."""
    from briefgen.selection import digest

    assert digest(passing["dw_1047051"].paragraphs) and digest(passing["nyt_1047878"].paragraphs)
    assert not digest(passing["reuters_1046273"].paragraphs)
    assert not digest(passing["reuters_1046141"].paragraphs)
    spoken = [p.split("：", 1)[1] for p in passing["dw_1047051"].paragraphs]
    assert not digest(["王毅表示：" + p for p in spoken])
    assert not digest(["记者：" + p for p in spoken])  # a heading of four characters or more


# --- the opening sentence ----------------------------------------------------------------

def test_the_lead_that_says_what_happened_opens_when_no_chronology_tells_it(tmp_path):
    """abe-resigns: reuters_1046165's lead, cut before the writer's forecast (预计这将…) and
    with 周五 written out, opens a background that has no chronology beside it; nyt_1047893's
    mid-article remark (安倍晋三得到了时间…), which presupposes what it does not say, does not."""
    case = CASES["opener"]
    spec = load_spec(spec_on(tmp_path, case["topic"]))
    [section] = [s for s in spec.sections if s.kind == "background"]
    documents = Documents(selected(case["articles"]), spec)
    texts = [i.text for i in BackgroundSummarizer().summarize(documents, section)]
    assert texts and texts[0].startswith("日本首相安倍晋三（Shinzo Abe）8月28日宣布因健康原因辞职。"), texts
    assert "预计" not in "".join(texts), texts


def test_the_storys_news_the_chronology_tells_is_not_background(tmp_path):
    """With a chronology beside it, the resignation of 8月28日 (a day of the story's own) is its
    news, told there: no background sentence tells it, the lead in other words included."""
    case = CASES["opener"]
    entry = "日本首相安倍晋三宣布因健康原因辞职"
    spec = load_spec(spec_on(tmp_path, case["topic"]))
    [section] = [s for s in spec.sections if s.kind == "background"]
    documents = Documents(selected(case["articles"]), spec)
    documents.told_on.append(("2020-08-28", entry))
    documents.told_at.append(("2020-08-28", entry))
    items = BackgroundSummarizer().summarize(documents, section)
    assert not any("宣布因健康原因辞职" in i.text or "8月28日" in i.text for i in items), items
    texts = background(case, tmp_path)  # …and so in a whole brief
    assert not any("8月28日宣布" in t for t in texts), texts


def test_a_lead_is_not_cut_after_its_speaker_or_before_its_source(tmp_path):
    """cdt_394426's lead is someone's words: no cut leaves …29日说。 standing alone; nor
    would a cut that drops 据报道 (nyt_1047877) or ends on 与此同时 (voa_1046858)."""
    texts = background(CASES["unfinished_lead"], tmp_path)
    assert not any(t.endswith("说。") for t in texts), texts
    assert UNFINISHED.search("总部设在美国纽约的南蒙古人权信息中心29日说")
    assert UNFINISHED.search("美国国务卿蓬佩奥（Mike Pompeo）周二（8月25日）访问苏丹，与此同时")
    assert not UNFINISHED.search("日本首相安倍晋三(Shinzo Abe)周五宣布因健康原因辞职")
    # a cut inside what 宣布 governs (dw_1047079: …宣布，因溃疡性大肠炎恶化，担心…，已决定辞任…)
    assert GOVERNS.search("日本首相安倍晋三周五（28日）在记者会上宣布，因溃疡性大肠炎恶化")


@pytest.mark.parametrize("paragraph", CASES["same_speaker"])
def test_a_sentence_whose_next_goes_on_with_a_speaker_is_theirs(paragraph, tmp_path):
    spec = load_spec(spec_on(tmp_path, ["南海"]))
    documents = Documents(selected([{"file": "nyt_1047910", "title": "南海",
                                     "paragraphs": [GOOD["南海"], paragraph]}]), spec)
    first, second = [s for s in documents.sentences if s.paragraph == 1]
    assert SAME_SPEAKER_ON.match(second.text)
    assert said_by_the_next(documents, first) and not said_by_the_next(documents, second)


def test_a_lead_that_presupposes_what_it_never_said_does_not_open(tmp_path):
    case = CASES["presupposing_lead"]
    spec = load_spec(spec_on(tmp_path, case["topic"]))
    documents = Documents(selected(case["articles"]), spec)
    opened = opening(documents, Story(documents), None, set())  # none, or cut before the
    assert documents.sentences and (opened is None or "新举措" not in opened.text)  # forecast
    alone = dict(case, articles=[dict(case["articles"][0], paragraphs=[
        case["articles"][0]["paragraphs"][0].replace("，而新举措将使", "，使")])])  # the control
    documents = Documents(selected(alone["articles"]), spec)
    assert opening(documents, Story(documents), None, set()) is not None


def test_a_role_after_this_time_is_not_filled_in_with_the_last_minister_named(tmp_path):
    spec = load_spec(spec_on(tmp_path, ["捷克"]))
    analysis = analyse([Article(title="北京发出威胁 捷克召见中国大使抗议", paragraphs=CASES["event_then_role"],
                                source_path="dw_1047017", format="text",
                                published=datetime(2020, 8, 31, 9, 38, tzinfo=timezone.utc), id=1)], spec)
    [sentence] = [s for s in analysis.sentences if s.text.startswith("此次外长")]
    rewritten = analysis.standalone(sentence)
    assert rewritten is None or "王毅" not in rewritten, rewritten


def test_a_sentence_going_on_with_a_forecast_is_the_forecasters(tmp_path):
    """toutiao_4: after 中央气象台预计，25日08时至26日08时，… the next sentence tells more of the
    same forecast; on its own it would read as what happened."""
    case = CASES["forecast_goes_on"]
    article = {"file": case["file"], "title": case["title"], "paragraphs": case["paragraphs"]}
    documents = Documents(selected([article]), load_spec(spec_on(tmp_path, case["topic"])))
    [sentence] = [s for s in documents.sentences if s.text.startswith(case["forecast"])]
    assert said_before(documents, sentence)
    texts = background({"topic": case["topic"], "articles": [article]}, tmp_path)
    assert not any(case["forecast"] in t for t in texts), texts


def test_a_sentence_going_on_with_a_speakers_words_is_never_the_outlets(tmp_path):
    """rfa_1047956: after 蔡英文回应表示，… the paragraph goes on in her words with no new cue;
    the background must not tell them as the outlet's judgement (自由亚洲电台刊文认为，台湾是个
    民主蓬勃发展的国家…) nor as fact (台湾乐意与中国协商…)."""
    case = CASES["speech_goes_on"]
    spec = load_spec(spec_on(tmp_path, case["topic"]))
    article = {"file": case["file"], "title": case["title"], "paragraphs": case["paragraphs"]}
    documents = Documents(selected([article]), spec)
    for words in case["theirs"]:
        [sentence] = [s for s in documents.sentences if words in s.text]
        assert said_before(documents, sentence), sentence.text
        assert isinstance(consider(documents, sentence, None, set()), str), sentence.text
    texts = background({"topic": case["topic"], "articles": [article]}, tmp_path)
    assert not any(words in t for t in texts for words in case["theirs"]), texts
    # the control: the same sentence opening its paragraph is nobody's words but the writer's
    alone = dict(article, paragraphs=[case["paragraphs"][0].split("。", 2)[2]])
    documents = Documents(selected([alone]), spec)
    [sentence] = documents.sentences
    assert not said_before(documents, sentence)
    assert not isinstance(consider(documents, sentence, None, set()), str)
    # nor does speech go on after a closed quote and a thanks (dw_1047025)
    ended = CASES["speech_ended"]
    documents = Documents(selected([ended]), load_spec(spec_on(tmp_path, ended["topic"])))
    [sentence] = [s for s in documents.sentences if "在总统府接见" in s.text]
    assert not said_before(documents, sentence)


# --- relevance: another story of the topic's actors ----------------------------------------

@pytest.fixture(scope="module")
def pentagon(tmp_path_factory):
    """tests/data/relevance: three reports on the Pentagon's 2020 report on China's military
    (bbc_1047696, cdt_394214, rfa_1047907) and DW's report of the Pentagon confirming the PLA's
    missile tests in the South China Sea (dw_1047090), which names 五角大楼 and 解放军 in its
    lead but never the report."""
    import shutil

    from briefgen.corpus import Corpus
    from briefgen.ingest import ingest

    folder = tmp_path_factory.mktemp("pentagon")
    for name in ("bbc_1047696.md", "cdt_394214.md", "rfa_1047907.md", "dw_1047090.md"):
        shutil.copy(ROOT / "tests" / "data" / "relevance" / name, folder / name)
    corpus = Corpus(folder / "corpus.db")
    ingest([folder], corpus, workers=1)
    yield corpus
    corpus.close()


def test_an_article_naming_none_of_the_titles_words_the_central_stories_share_is_off_topic(
        pentagon, tmp_path):
    """The central reports all name 中国军力 of the brief's title 美国防部报告评估中国军力; the
    missile report, of weaker relevance, names none of the title's words: another story. Titled
    with what it does share (五角大楼与解放军), the brief keeps it."""
    from datetime import date

    from briefgen.selection import OFF_SUBJECT, choose, title_words

    spec = load_spec(ROOT / "examples" / "briefs" / "pentagon-china-military.yaml")
    assert "中国军力" in title_words(spec) and "评估" in title_words(spec)
    selection = choose(pentagon, spec, date(2020, 12, 31))
    used = {Path(s.article.source_path).stem for s in selection.selected}
    assert used == {"bbc_1047696", "cdt_394214", "rfa_1047907"}, used
    [dropped] = [d for d in selection.decisions if not d.used]
    assert dropped.title.startswith("证实解放军南海射4导弹") and dropped.reason == OFF_SUBJECT
    text = (ROOT / "examples" / "briefs" / "pentagon-china-military.yaml").read_text("utf-8")
    other = tmp_path / "other.yaml"
    other.write_text(text.replace("title: 美国防部报告评估中国军力", "title: 五角大楼与解放军"), "utf-8")
    selection = choose(pentagon, load_spec(other), date(2020, 12, 31))
    assert len(selection.selected) == 4


def test_when_the_lead_is_the_chronologys_entry_no_retelling_of_it_opens(tmp_path):
    """abe-resigns: reuters_1046165's lead is the chronology's entry word for word; its fourth
    paragraph tells the same act of the same day in other words (日本历史上任职时间最长的首相…8月28日
    宣布…辞职): the story's news, which the chronology tells, so neither opens."""
    case = CASES["dated_opener"]
    spec = load_spec(spec_on(tmp_path, case["topic"]))
    [section] = [s for s in spec.sections if s.kind == "background"]
    documents = Documents(selected(case["articles"]), spec)
    documents.told.append(case["entry"])
    documents.told_on.append(("2020-08-28", case["entry"]))
    documents.told_at.append(("2020-08-28", case["entry"]))
    items = BackgroundSummarizer().summarize(documents, section)
    assert not any("8月28日" in i.text and "辞职" in i.text for i in items), items


def reason(topic: str, text: str, source: str, tmp_path: Path) -> str | None:
    """What the background makes of a real sentence alone in its paragraph: why it is left out,
    or None when it is a candidate."""
    from briefgen.summarizers.background import definition_pattern

    spec = load_spec(spec_on(tmp_path, [topic]))
    documents = Documents(selected([{"file": source, "title": topic, "paragraphs": ["", text]}]), spec)
    [sentence] = [s for s in documents.sentences if s.paragraph == 1]
    found = consider(documents, sentence, definition_pattern(documents.topic_words), set())
    return found if isinstance(found, str) else None


@pytest.mark.parametrize("topic, text, source, why", CASES["lost_or_spoken"])
def test_words_spoken_or_leaning_on_what_came_before_are_no_background(topic, text, source, why,
                                                                       tmp_path):
    assert reason(topic, text, source, tmp_path) == why


def test_a_sentence_after_a_colon_naming_a_list_is_no_list():
    from briefgen.summarizers.background import LIST_INTRO
    # dw_1047051: a heading, a colon, then a whole sentence that names five countries
    assert not LIST_INTRO.search("中国外长出访欧洲五国：中国外长王毅8月25日至9月1日对意大利、荷兰、挪威、法国、德国五国进行正式访问。")
    assert LIST_INTRO.search("数学与计算机科学奖：许晨阳（2017年）、林本坚（2018年）。")  # pages/gne/163_3.html


@pytest.mark.parametrize("topic, text, source", CASES["stands_alone"])
def test_the_same_shapes_standing_alone_stay(topic, text, source, tmp_path):
    assert reason(topic, text, source, tmp_path) is None


def test_a_near_repeat_of_the_chronology_is_judged_on_its_words_not_its_punctuation():
    """czech-taiwan-visit: the chronology's entry 维斯特奇尔率领89人的的代表团，访问台湾一周 (as the
    brief told it) is held by the lead of bbc_1047702 (…率领代表团访问台湾一周…) but for its
    comma; a reader sees the same words twice."""
    from types import SimpleNamespace

    from briefgen.summarizers.told import told_word_for_word

    lead = ("捷克参议院议长米洛什‧维斯特奇尔（Miloš Vystrčil，又译维特齐、韦德齐）无视中国反对，"
            "率领代表团访问台湾一周，引发中捷和中欧的外交风波。")
    told = SimpleNamespace(told=["维斯特奇尔率领89人的的代表团，访问台湾一周"], said=[])
    assert told_word_for_word(told, lead)
    other = SimpleNamespace(told=["捷克代表团抵达了台湾桃园国际机场"], said=[])
    assert not told_word_for_word(other, lead)


def test_a_sentence_going_on_with_an_earlier_day_its_paragraph_opens_on_is_told_with_that_day(tmp_path):
    """berlin-reichstag-protest: dw_1047053 (2020-08-30) recalls 8月1日，成千上万的人曾走上柏林街头。
    and goes on 许多示威者…因此警察驱散了一场集会的参与者。, which is of 8月1日, not of the storming
    of the Reichstag the report is about; the same sentence after a sentence of the report's own
    days keeps no date it does not name."""
    spec = load_spec(spec_on(tmp_path, ["示威"]))
    published = datetime(2020, 8, 30, 10, tzinfo=timezone.utc)
    recalled = "8月1日，成千上万的人曾走上柏林街头。许多示威者既没有遵守距离规定，也没有戴口罩，因此警察驱散了一场集会的参与者。"
    texts = []
    for paragraph in (recalled, recalled.replace("8月1日，", "8月29日，")):
        documents = Documents(selected([{"file": "dw_1047053", "title": "示威", "paragraphs": [
            "", paragraph]}], published), spec)
        [sentence] = [s for s in documents.sentences if s.text.startswith("许多示威者")]
        found = consider(documents, sentence, None, set())
        texts.append(found.text)
    assert texts[0] == "8月1日，许多示威者既没有遵守距离规定，也没有戴口罩，因此警察驱散了一场集会的参与者。", texts
    assert texts[1].startswith("许多示威者"), texts


@pytest.mark.parametrize("text, source", CASES["comparison"])
def test_a_writers_comparison_is_commentary(text, source):
    assert COMMENTARY.search(text) is not None


def test_a_column_signed_by_its_columnist_is_an_opinion_piece(tmp_path):
    """tests/data/seeds/003 is signed 撰稿 / 徐立凡（专栏作家）: its 自上世纪80年代以来，美国再没有
    在朝鲜半岛派遣部署核潜艇 sets up the columnist's argument (而今天，这一切正在…发生), no fact
    the background may state as its own."""
    from briefgen.summarizers.background import opinion

    path = ROOT / "tests" / "data" / "seeds" / "003_a7dbfd5028d200ee.txt"
    paragraphs = [p for p in path.read_text("utf-8").split("\n\n")[2:] if p.strip()][:6]
    spec = load_spec(spec_on(tmp_path, ["核咨商小组"]))
    signed = Article(title="美韩新设“核咨商小组”", paragraphs=paragraphs, source_path="003",
                     format="text", published=PUBLISHED, publisher="测试", id=1,
                     credits=["撰稿 / 徐立凡（专栏作家）", "编辑 / 何睿"])
    documents = Documents([Selected(signed, 12.0, [])], spec)
    assert opinion(documents, signed)
    unsigned = Article(title=signed.title, paragraphs=paragraphs, source_path="003",
                       format="text", published=PUBLISHED, publisher="测试", id=1,
                       credits=["编辑 / 何睿"])
    assert not opinion(Documents([Selected(unsigned, 12.0, [])], spec), unsigned)


def test_an_analysis_a_paragraph_attributes_runs_on_into_the_next(tmp_path):
    """bbc_1047702: after 一些媒体分析认为，…, 中方在当地的投资承诺未有兑现… is that analysis, not
    the outlet's fact; the same sentences after a plain paragraph are candidates."""
    from briefgen.summarizers.background import definition_pattern

    first, second = CASES["analysis_runs_on"]
    spec = load_spec(spec_on(tmp_path, ["捷克"]))
    for opening, expected in ((first, "the analysis of whom the paragraph before names"),
                              (first.replace("一些媒体分析认为，", ""), None)):
        documents = Documents(selected([{"file": "bbc_1047702", "title": "捷克",
                                         "paragraphs": [opening, second]}]), spec)
        found = [consider(documents, s, definition_pattern(documents.topic_words), set())
                 for s in documents.sentences if s.paragraph == 1]
        reasons = [f if isinstance(f, str) else None for f in found]
        assert (expected in reasons) if expected else any(r is None for r in reasons), reasons


def test_a_sentence_naming_the_company_of_a_short_entry_is_not_that_entry_retold(publishers):
    """BBC on Neuralink: the chronology tells 2017年：Neuralink成立; 一年多前，Neuralink曾对一只
    猴子进行了脑机对接试验…, whose only likeness to the entry is the company's Latin name, is no
    retelling of it (its letter pairs made it look like one). It stays out of the background
    all the same: 一年多前 counts back from the writer's day by a span no date gives."""
    from conftest import read_one
    from briefgen.summarizers.told import told_word_for_word

    article = read_one(ROOT / "tests" / "data" / "rss" / "bbc_1047731.md", publishers)
    article.id = 1
    spec = load_spec(ROOT / "benchmarks" / "fresh2" / "musk-neuralink.yaml")
    brief = summarize([Selected(article, 12.0, [])], spec)
    sections = {s.kind: s.items for s in brief.sections}
    assert any(i.text == "Neuralink成立" and i.date == "2017" for i in sections["chronology"])
    documents = Documents([Selected(article, 12.0, [])], spec)
    documents.told.append("Neuralink成立")
    [monkey] = [s.text for s in documents.sentences if "一只猴子" in s.text]
    assert not told_word_for_word(documents, monkey)
    assert not any("一年多前" in i.text for i in sections["background"]), sections["background"]


def test_what_someone_currently_is_is_told_without_the_moment(publishers):
    """Reuters on Bolt: 博尔特目前为100米及200米短跑世界纪录保持人 says who he is, not when:
    told without 目前 it stands alone; 到目前为止 (up to now) keeps its words."""
    from conftest import read_one
    from briefgen.summarizers.background import STANDING

    article = read_one(ROOT / "tests" / "data" / "rss" / "reuters_1046319.md", publishers)
    article.id = 1
    brief = summarize([Selected(article, 12.0, [])],
                      load_spec(ROOT / "benchmarks" / "fresh2" / "bolt-covid.yaml"))
    [section] = [s for s in brief.sections if s.kind == "background"]
    assert [i.text for i in section.items] == ["博尔特为100米及200米短跑世界纪录保持人。"]
    assert STANDING.sub("", "到目前为止，美国实体清单中的中企数目大约有400家。") == \
        "到目前为止，美国实体清单中的中企数目大约有400家。"


def test_a_particular_thing_named_before_is_not_made_generic(publishers):
    """DW's asteroid gallery: 这颗小行星的模样虽然未知… points at 2011 ES4, named in the
    sentence before. Dropping 这 left 颗小行星的模样…, a fragment; the sentence cannot be told
    alone, so it is not (and no item opens on a bare classifier)."""
    from conftest import read_one

    article = read_one(ROOT / "tests" / "data" / "rss" / "dw_1047010.md", publishers)
    article.id = 1
    brief = summarize([Selected(article, 12.0, [])],
                      load_spec(ROOT / "benchmarks" / "fresh3" / "asteroid-visitors.yaml"))
    texts = [i.text for s in brief.sections for i in s.items]
    assert texts, brief.sections
    assert not any(re.search(r"(?:^|[。，])颗", t) for t in texts), texts
    assert not any("小行星的模样" in t for t in texts), texts


def test_a_span_counted_back_from_the_report_is_written_out(publishers):
    """Reuters (reuters_1046281): 沪综指过去五个月上涨约23% counts from the report's day; an
    item writes the span out to where it ends, 截至2020年8月的五个月 (the canonical brief's
    核咨商小组在过去一年里…, from a June 2024 statement: 截至2024年6月的一年), and the
    background a quarter with no year (散户第二季买入…) in the report's year."""
    from conftest import read_one
    from briefgen import timex
    from briefgen.analysis.standalone import written_span
    from briefgen.summarizers.background import _quarter_dated

    def span(text: str, day: datetime) -> str:
        [time] = timex.parse(text, day)
        return written_span(time, show_year=False)

    assert span("过去五个月", datetime(2020, 8, 26)) == "截至2020年8月的五个月"
    assert span("过去两年", datetime(2020, 8, 26)) == "截至2020年8月的两年"
    assert span("过去一年", datetime(2024, 6, 11)) == "截至2024年6月的一年"  # (the canonical brief's)
    assert span("过去两周", datetime(2024, 6, 11)) == "截至6月11日的两周"
    assert span("三个月来", datetime(2024, 6, 11)) == "2024年3月以来"
    # a quarter with no year: of the report's year, or the one before when it has not come yet
    assert _quarter_dated(datetime(2020, 8, 26), "散户第二季买入1,360亿元，第一季时净卖出178亿元") == \
        "散户2020年第二季买入1,360亿元，2020年第一季时净卖出178亿元"
    assert _quarter_dated(datetime(2020, 2, 1), "第四季度增长") == "2019年第四季度增长"
    assert _quarter_dated(datetime(2020, 8, 26), "2019年第二季买入") == "2019年第二季买入"
    assert _quarter_dated(None, "第二季买入") == "第二季买入"
    # dw_1047061 (2020-08-29): the span is written out, so the sentence stands alone
    analysis = analyse([Article(title="王毅", paragraphs=[
        "在过去半年中，中国与包括欧洲在内的西方国家之关系经历了剧烈动荡，原因包括中国当局对疫情的处理方式、对香港自治权利的打压等。"],
        source_path="dw_1047061.md", format="text", published=datetime(2020, 8, 29, 10, 18), id=1)],
        load_spec(CANONICAL))
    assert analysis.standalone(analysis.sentences[0]).startswith("在截至2020年8月的半年中，中国与")
    article = read_one(ROOT / "tests" / "data" / "rss" / "reuters_1046281.md", publishers)
    article.id = 1
    brief = summarize([Selected(article, 12.0, [])],
                      load_spec(ROOT / "benchmarks" / "fresh3" / "china-stocks-2015-memories.yaml"))
    [section] = [s for s in brief.sections if s.kind == "background"]
    joined = "".join(i.text for i in section.items)
    assert "截至2020年8月的五个月上涨约23%" in joined and "过去五个月" not in joined, joined


def test_what_a_notice_lays_down_is_told_as_the_notice_s(tmp_path):
    """163_8: 湖北省和武汉市要全面加强… after 国务院联防联控机制印发《…的通知》: bare, the 要 reads
    as the brief's own order; it is the notice's, told with who issued it."""
    texts = background(CASES["directive_of_a_notice"], tmp_path)
    told = [t for t in texts if "湖北省和武汉市要全面加强疫情防控" in t]
    assert told and "国务院联防联控机制的通知要求，湖北省和武汉市要全面加强疫情防控" in told[0], texts
    # no notice named before it: a directive is left as written (written for the test)
    from briefgen.summarizers.backdrop import laid_down
    case = dict(CASES["directive_of_a_notice"]["articles"][0])
    case["paragraphs"] = ["2月28日，国务院联防联控机制召开发布会。"] + case["paragraphs"][1:]
    documents = Documents(selected([case]), load_spec(spec_on(tmp_path, ["湖北"])))
    sentence = next(s for s in documents.sentences if s.paragraph == 1)
    assert laid_down(documents, sentence, sentence.text) == sentence.text


def test_the_lead_paragraph_of_a_story_its_title_names_is_on_topic():
    """pages/gne/mingridapan_1.html's lead, under 最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%:
    its second and third sentences name neither term of the topic (match: all), yet tell the
    report's findings. The same sentence in a later paragraph (placed there for the test) is
    off topic."""
    lead = ("联合国贸发会议发布了《2019年贸易和发展报告》，即使忽略最坏的下行风险， 2019年全球经济增长率也将从3%降至2.3%。"
            "一些大型新兴经济体已经陷入衰退，而一些发达经济体距离衰退仅一步之遥。"
            "随着全球需求疲软，加上美国政府的单边关税行动，全球贸易增长也将严重减缓。")
    later = "一些大型新兴经济体已经陷入衰退，而一些发达经济体距离衰退仅一步之遥。"
    spec = load_spec(ROOT / "benchmarks" / "fresh4" / "unctad-growth-2019.yaml")
    article = {"file": "mingridapan_1.html", "title": "最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%",
               "paragraphs": [lead, later]}
    documents = Documents(selected([article]), spec)
    found = {(s.paragraph, s.text): consider(documents, s, None, set()) for s in documents.sentences}
    assert not isinstance(found[(0, later)], str), found[(0, later)]
    assert not isinstance(found[(0, "随着全球需求疲软，加上美国政府的单边关税行动，全球贸易增长也将严重减缓。")], str)
    assert found[(1, later)] == "off topic"


def test_a_lede_s_later_sentences_tell_the_released_report_s_findings_as_its():
    """mingridapan_1.html: after 联合国贸发会议发布了《2019年贸易和发展报告》，…, the lead's next
    sentences are the report's findings (one blames US tariffs): said as the report's, each."""
    lead = ("联合国贸发会议发布了《2019年贸易和发展报告》，即使忽略最坏的下行风险， 2019年全球经济增长率也将从3%降至2.3%。"
            "一些大型新兴经济体已经陷入衰退，而一些发达经济体距离衰退仅一步之遥。"
            "随着全球需求疲软，加上美国政府的单边关税行动，全球贸易增长也将严重减缓。")
    spec = load_spec(ROOT / "benchmarks" / "fresh4" / "unctad-growth-2019.yaml")
    article = {"file": "mingridapan_1.html", "title": "最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%",
               "paragraphs": [lead]}
    documents = Documents(selected([article]), spec)
    [section] = [s for s in spec.sections if s.kind == "background"]
    texts = [s for i in BackgroundSummarizer().summarize(documents, section) for s in sentences(i.text)]
    findings = [t for t in texts if "衰退" in t or "关税" in t]
    assert len(findings) == 2, texts
    assert all(t.startswith("联合国贸发会议报告指出，") for t in findings), findings


def test_a_speech_ending_on_a_quoted_word_runs_on_into_the_next_sentences():
    """pages/gne/shanxi_1.html of the shared pages, its third paragraph as ingested: 孙仁安在致辞中说，
    …是巴西经济的“火车头”。 closes no quote (a word is quoted, not his speech), so 山西作为…大省…
    two sentences on is still his, no fact of the background."""
    from briefgen.summarizers.background import said_before

    paragraph = ("中国驻圣保罗总领馆副总领事孙仁安在致辞中说，圣保罗是巴西乃至南美最大的经济、贸易、商业、金融、物流和交通中心，"
                 "是巴西经济的“火车头”。这里聚集了超过90%的在巴中国移民和近200家中资企业，也是发展对华关系的排头兵。"
                 "山西作为传统文化大省和资源大省，大力推动绿色转型，积极融入“一带一路”，全面加强与世界各国的经济往来和合作共赢。")
    article = Article(title="山西品牌丝路行（南美站）正式启动", paragraphs=[paragraph], source_path="shanxi_1.html",
                      format="html", id=1, published=datetime.fromisoformat("2019-09-18T06:23:00+08:00"))
    documents = Documents([Selected(article, 10.0, [])],
                          load_spec(ROOT / "benchmarks" / "fresh6" / "shanxi-silk-road-brands.yaml"))
    told = documents.sentences
    assert told[0].speech and told[0].speech.speaker == "孙仁安"
    assert said_before(documents, told[2])


def test_a_feature_addressing_its_readers_in_its_last_lines_is_no_opinion_piece():
    """pages/gne/ifeng_2.html of the shared pages: a long feature on one headmaster whose
    first person is in a 《title》 (陈立群：《我的教育主张》) and in its closing lines (让我们一起
    道一声：老师，您辛苦了). It is reported, not argued: its background tells who he is. The
    same closing lines at its opening make the writer's voice run through it: a column."""
    from dataclasses import replace

    from briefgen.cleaning import PublisherTable, clean
    from briefgen.readers import read_bytes
    from briefgen.selection import Selected
    from briefgen.spec import Section
    from briefgen.summarizers.background import BackgroundSummarizer, opinion

    path = ROOT / "tests" / "data" / "pages" / "ifeng_2.html"
    [raw] = read_bytes(path.read_bytes(), str(path))
    article = replace(clean(raw, PublisherTable()), id=1)
    spec = load_spec(ROOT / "benchmarks" / "fresh7" / "million-salary-given-up.yaml")
    documents = Documents([Selected(article, 12.0, [])], spec)
    assert not opinion(documents, article)
    texts = [i.text for i in BackgroundSummarizer().summarize(documents, Section("background", "", 6, 900))]
    assert texts and texts[0].startswith("杭州市学军中学校长陈立群要退休了"), texts
    closing = [p for p in article.paragraphs if "我们" in p]
    assert len(closing) >= 3 and all(article.paragraphs.index(p) > len(article.paragraphs) * 0.8 for p in closing)
    argued = replace(article, paragraphs=closing + [p for p in article.paragraphs if p not in closing])
    assert opinion(Documents([Selected(argued, 12.0, [])], spec), argued)


def test_a_forum_held_is_no_column():
    from briefgen.summarizers.background import OPINION_TITLE

    assert not OPINION_TITLE.search("第三届知道安全论坛鸟巢举办 知道创宇发布新版ZoomEye")
    assert OPINION_TITLE.search("人民论坛：让实干成为鲜明导向")


def test_a_time_some_while_ago_is_no_background_the_reader_can_place():
    """pages/gne/baijiahao_4.html of the shared pages, its lead as ingested: 前段时间 counts from
    a writer's day the reader does not have; the gala it dates cannot be placed."""
    from briefgen.summarizers.background import VAGUE_TIME

    lead = ("前段时间，在某平台举办的“美好奇妙夜晚会”，除了大家熟悉的明星演员歌手们，还有不少在短视频上"
            "走红的网红们表演了自己的拿手绝活，从大洋彼岸法国赶回祖国的古筝小姐姐就是其中之一")
    assert VAGUE_TIME.search(lead)
    assert VAGUE_TIME.search("前些日子，她来到巴黎")
    assert not VAGUE_TIME.search("彭静旋慢慢地意识到，原来自己所做的一切早已被赋予了不同的意义")


def test_a_features_hook_is_cut_from_what_it_told():
    """pages/gne/ifeng_2.html, its first paragraph: …有民办高中开出年薪两百多万挖他，但这个“名校长”
    却做了一个决定，让很多人看不明白。 The hook names a decision it does not tell; the sentence
    ends before it. A decision told (做了一个决定：…) is no hook."""
    from briefgen.summarizers.background import TEASER

    text = ("杭州市学军中学校长陈立群要退休了，作为全国重点高中校长、教育部中学校长培训中心兼职教授、享受国务院特殊津贴的专家，"
            "他在全国教育界都广获认可，有民办高中开出年薪两百多万挖他，但这个“名校长”却做了一个决定，让很多人看不明白。")
    hook = TEASER.search(text)
    assert hook and text[:hook.start()].endswith("年薪两百多万挖他")
    assert TEASER.search("在全国教育界都广获认可的陈立群做了一个决定，辞去校长职务。") is None
