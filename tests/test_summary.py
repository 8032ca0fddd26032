"""Relevance, the build report, a chronology of events, background as an account, the
analyst's own text and the generated lead, on the real seeds, the example corpus and real
feed items (tests/data/summary, see tests/data/README.md)."""

from __future__ import annotations

import io
import json
import re
import shutil
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from briefgen.build import build, report_lines, selection_for
from briefgen.chinese import sentences
from briefgen.corpus import Corpus
from briefgen.ingest import ingest
from briefgen.spec import SpecError, load_spec
from conftest import CANONICAL, EXAMPLES, ROOT, SEEDS

ITEMS = ROOT / "tests" / "data" / "summary"
HK_SPEC = ITEMS / "hong-kong-lawmakers.yaml"


@pytest.fixture(scope="module")
def seeds_and_examples(tmp_path_factory):
    folder = tmp_path_factory.mktemp("both")
    for path in SEEDS.glob("00*.txt"):
        shutil.copy(path, folder / path.name)
    shutil.copytree(EXAMPLES, folder / "examples")
    corpus = Corpus(folder / "corpus.db")
    ingest([folder], corpus, workers=1)
    yield corpus
    corpus.close()


@pytest.fixture(scope="module")
def feed_items(tmp_path_factory):
    folder = tmp_path_factory.mktemp("items")
    for path in ITEMS.glob("*.md"):
        shutil.copy(path, folder / path.name)
    corpus = Corpus(folder / "corpus.db")
    ingest([folder], corpus, workers=1)
    yield corpus
    corpus.close()


def built(spec, corpus, tmp_path, **kw) -> dict:
    [path] = build(spec, corpus, tmp_path, ["json"], report=None, **kw)
    return json.loads(path.read_text("utf-8"))


def section(brief, kind):
    return brief["sections"][kind]["items"]


@pytest.fixture(scope="module")
def canonical_both(seeds_and_examples, tmp_path_factory):
    return built(CANONICAL, seeds_and_examples, tmp_path_factory.mktemp("out"))


@pytest.fixture(scope="module")
def canonical_seeds(seeds_db, tmp_path_factory):
    with Corpus(seeds_db) as corpus:
        return built(CANONICAL, corpus, tmp_path_factory.mktemp("out"))


@pytest.fixture(scope="module")
def hong_kong(feed_items, tmp_path_factory):
    return built(HK_SPEC, feed_items, tmp_path_factory.mktemp("out"))


# --- relevance and the build report ------------------------------------------------------


def test_a_passing_mention_is_dropped_as_off_topic_with_its_reason(feed_items):
    """dw_1047079 (Abe resigns) names 元朗 nowhere near its title or lead: off topic; the
    stories about the arrests are used, each with its relevance."""
    selection = selection_for(load_spec(HK_SPEC), feed_items, date(2020, 9, 30))
    by_title = {d.title: d for d in selection.decisions}
    used = [d for d in selection.decisions if d.used]
    assert len(used) >= 5 and all(d.reason is None and d.relevance >= 2 for d in used)
    assert all("安倍" not in d.title for d in used)
    dropped = [d for d in selection.decisions if not d.used]
    for decision in dropped:
        assert decision.reason and decision.to_dict()["reason"] == decision.reason
    assert any("元朗" in title or "721" in title for title in by_title)


def test_relevance_counts_title_and_lead_above_a_mention_deep_in_the_body(fresh_db, tmp_path):
    body_filler = "。".join(["会议讨论了多项经济议题与地区合作安排"] * 40)
    (tmp_path / "a.md").write_text(
        "# 美韩核咨商小组举行会议\n\n美韩核咨商小组当天在华盛顿举行会议，讨论延伸威慑。\n\n"
        + body_filler + "。\n", "utf-8")
    (tmp_path / "b.md").write_text(
        "# 东南亚经济论坛开幕\n\n" + body_filler + "。\n\n另据报道，延伸威慑也被提及。\n", "utf-8")
    ingest([tmp_path], fresh_db, workers=1)
    selection = selection_for(load_spec(CANONICAL), fresh_db, date(2024, 7, 20))
    decisions = {d.title: d for d in selection.decisions}
    assert decisions["美韩核咨商小组举行会议"].used
    passing = decisions["东南亚经济论坛开幕"]
    assert not passing.used and "off topic" in passing.reason and passing.mentions == 1
    assert [c.article.title for c in selection.selected] == ["美韩核咨商小组举行会议"]
    lines = report_lines(selection, load_spec(CANONICAL))
    assert lines[0].startswith("selection: 2 matched, 1 used, 1 dropped as off topic")
    assert lines[1].startswith("warning: only 1 on-topic source")


def test_build_prints_its_report_to_the_stream_it_is_given(seeds_db, tmp_path):
    stream = io.StringIO()
    with Corpus(seeds_db) as corpus:
        build(CANONICAL, corpus, tmp_path, ["json"], report=stream)
    [line] = stream.getvalue().splitlines()  # five on-topic seeds: no warning
    assert re.fullmatch(r"selection: 5 matched, 5 used, 0 dropped as off topic, \d+ undated, "
                        r"\d+ converted from Traditional", line)


# --- chronology: events, not date mentions ---------------------------------------------


def test_a_date_in_a_clause_that_qualifies_a_noun_does_not_date_the_event(canonical_seeds):
    """Seed 001: 朝鲜完全撕毁了朝韩两国在2018年达成的和平协议 — 2018 is when it was signed."""
    for item in section(canonical_seeds, "chronology"):
        assert not ("撕毁" in item["text"] and item["date"] == "2018")


def test_entries_open_on_their_actor_and_never_lean_on_lost_context(canonical_both, hong_kong):
    for brief in (canonical_both, hong_kong):
        for item in section(brief, "chronology"):
            text = item["text"]
            assert not text.startswith(("重申", "举行", "他", "该", "并", "这", "同时", "此"))
            assert "两人并" not in text and "也" not in text[:16], text
            assert not re.search(r"[（(][^）)]*电[）)]|路透\S*\s-\s|[（(]记者", text), text  # datelines


def test_claims_opinions_and_plans_are_not_events(canonical_both, hong_kong):
    """A claim is no event; a statement issued that day is, told with who issued it."""
    for brief in (canonical_both, hong_kong):
        for item in section(brief, "chronology"):
            statement = re.match(r"[^，,“”]{2,40}?(?:表示|说|宣布|证实)，", item["text"])
            if statement:
                assert not re.match(r"[他她该这此]", item["text"]), item
                continue
            assert not re.search(r"意味着|可能|认为|表示|将于|经常|是在", item["text"]), item


def test_the_key_events_of_the_sources_are_in_the_chronology(canonical_both):
    entries = {(i["date"], i["text"]) for i in section(canonical_both, "chronology")}
    wanted = {"2023-08-18": "戴维营", "2023-12-18": "导弹", "2023-04-26": "华盛顿宣言",
              "2024-07-11": "指引", "1953-08-08": "共同防御条约"}
    for day, word in wanted.items():
        assert any(d == day and word in t for d, t in entries), (day, word)


def test_reports_of_one_event_on_one_day_merge_across_sources(canonical_both):
    items = section(canonical_both, "chronology")
    days = [i["date"] for i in items]
    assert days.count("2024-07-11") == 1 and days.count("2023-04-26") == 1
    [declaration] = [i for i in items if i["date"] == "2023-04-26"]
    assert len(declaration["sources"]) >= 3
    assert days == sorted(days)


def test_no_event_is_dated_after_the_article_that_reports_it(hong_kong):
    published = {s["id"]: s["published"][:10] for s in hong_kong["sources"] if s["published"]}
    for item in section(hong_kong, "chronology"):
        if item["precision"] == "day":
            assert item["date"] <= max(published[i] for i in item["sources"] if i in published)


# --- background: an account -----------------------------------------------------------


def test_background_opens_on_the_definition_a_source_gives(canonical_seeds, canonical_both):
    for brief in (canonical_seeds, canonical_both):
        first = section(brief, "background")[0]["text"]
        assert first.startswith("所谓延伸威慑") and "是指" in first


def test_background_is_two_or_three_paragraphs_in_the_order_things_happened(canonical_both,
                                                                              hong_kong):
    for brief in (canonical_both, hong_kong):
        paragraphs = [i["text"] for i in section(brief, "background")]
        assert 1 <= len(paragraphs) <= 3
        for paragraph in paragraphs:
            years = [int(y) for y in re.findall(r"(\d{4})年", paragraph)]
            firsts = [int(m.group(1)) for s in sentences(paragraph)
                      if (m := re.search(r"(\d{4})年", s))]
            assert firsts == sorted(firsts), paragraph
            assert all(1900 < y < 2100 for y in years)


def test_background_sentences_carry_no_unanchored_time_and_no_lost_reference(canonical_both,
                                                                              hong_kong):
    for brief in (canonical_both, hong_kong):
        for paragraph in section(brief, "background"):
            for sentence in sentences(paragraph["text"]):
                assert not re.search(r"同一天|当天|本月|去年|今年|星期[一二三四五六日]|"
                                     r"(?<![年月\d])\d{1,2}日|^[他她该此这]", sentence), sentence


def test_a_document_named_by_its_kind_takes_the_title_named_before_and_visibility_is_no_inference(
        tmp_path):
    """The canonical brief over the example corpus alone (the README's main job): its analysis
    of the Washington Declaration says 宣言写入了…可见性等内容 after a sentence naming 《华盛顿宣言》.
    That is the declaration's content, stated as fact; 可见性 (visibility) is no 可见 (it can
    be seen that), so no 有分析认为 is put before it."""
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    with Corpus(tmp_path / "corpus.db") as corpus:
        ingest([tmp_path / "examples"], corpus, workers=1)
        brief = built(CANONICAL, corpus, tmp_path / "out")
    texts = [s for p in section(brief, "background") for s in sentences(p["text"])]
    content = [t for t in texts if "写入了设立" in t]
    assert content and all(t.startswith("《华盛顿宣言》写入了") for t in content), texts


def test_background_says_each_thing_once(canonical_both):
    texts = [s for p in section(canonical_both, "background") for s in sentences(p["text"])]
    declaration = [t for t in texts if "华盛顿宣言" in t and "发表" in t]
    assert len(declaration) <= 1


# --- what the analyst writes, and the lead ------------------------------------------------


def spec_with_text(tmp_path: Path, markdown: str | None, lead: bool = True) -> Path:
    text = CANONICAL.read_text("utf-8")
    if not lead:
        text = re.sub(r"lead: >-\n(?:  .*\n)+", "", text)
    text = text.replace("    heading: 各方观点\n    max_items: 12\n",
                        "    heading: 各方观点\n    max_items: 12\n"
                        "  - kind: text\n    heading: 研判\n    file: analysis.md\n")
    spec = tmp_path / "brief.yaml"
    spec.write_text(text, "utf-8")
    if markdown is not None:
        (tmp_path / "analysis.md").write_text(markdown, "utf-8")
    return spec


def test_a_text_section_renders_the_analysts_markdown_safely(seeds_db, tmp_path):
    spec = spec_with_text(tmp_path, "**判断**：机制化。\n\n- 一\n- 二\n\n"
                                    "<script>alert(1)</script> [x](javascript:alert(1))\n")
    with Corpus(seeds_db) as corpus:
        paths = {p.suffix: p for p in build(spec, corpus, tmp_path / "out",
                                             ["json", "html", "md"], report=None)}
    data = json.loads(paths[".json"].read_text("utf-8"))
    text = data["sections"]["text-4"]
    assert text["kind"] == "text" and text["heading"] == "研判"
    assert text["items"][0]["html"] == "<p><strong>判断</strong>：机制化。</p>"
    html = paths[".html"].read_text("utf-8")
    assert "<strong>判断</strong>" in html and "<li>二</li>" in html
    assert "<script>alert(1)</script>" not in html and 'href="javascript:' not in html
    assert "&lt;script&gt;" in html
    md = paths[".md"].read_text("utf-8")
    assert "## 四、研判" in md and "**判断**：机制化。" in md and "<script>" not in md


@pytest.mark.parametrize("sections, message", [
    ("  - kind: text\n    heading: 研判\n    file: missing.md\n",
     r"brief\.yaml:3:5: sections\[0\]\.file: cannot read .*missing\.md: No such file"),
    ("  - kind: text\n    file: a.md\n", r"brief\.yaml:3:5: sections\[0\]: kind text needs a heading"),
    ("  - kind: text\n    heading: 研判\n", r"brief\.yaml:3:5: sections\[0\]: kind text needs file"),
    ("  - kind: background\n    file: a.md\n",
     r"brief\.yaml:3:5: sections\[0\]: file: only a section of kind text reads a file"),
])
def test_a_text_section_is_validated_with_file_and_line(tmp_path, sections, message):
    (tmp_path / "a.md").write_text("研判。", "utf-8")
    spec = tmp_path / "brief.yaml"
    spec.write_text("title: x\nsections:\n" + sections + "topic:\n  keywords: [延伸威慑]\n", "utf-8")
    with pytest.raises(SpecError) as error:
        load_spec(spec)
    assert re.search(message, "\n".join(error.value.problems)), error.value.problems


def test_two_text_sections_may_follow_each_other(tmp_path):
    (tmp_path / "a.md").write_text("研判。", "utf-8")
    spec = tmp_path / "brief.yaml"
    spec.write_text("title: x\ntopic:\n  keywords: [延伸威慑]\nsections:\n"
                    "  - {kind: text, heading: 研判, file: a.md}\n"
                    "  - {kind: text, heading: 对策建议, file: a.md}\n", "utf-8")
    assert [s.heading for s in load_spec(spec).sections] == ["研判", "对策建议"]


def test_a_spec_without_a_lead_gets_one_saying_what_when_and_from_how_many(seeds_db, tmp_path):
    spec = spec_with_text(tmp_path, "研判。", lead=False)
    with Corpus(seeds_db) as corpus:
        data = built(spec, corpus, tmp_path / "out")
    lead = data["lead"]
    count = len(data["sources"])
    assert "延伸威慑" in lead and f"{count}篇报道" in lead
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日至(?:\d{4}年)?\d{1,2}月\d{1,2}日间的", lead)


def test_same_corpus_and_spec_same_bytes_with_a_text_section(seeds_db, tmp_path):
    spec = spec_with_text(tmp_path, "研判。\n\n- 建议\n", lead=False)
    with Corpus(seeds_db) as corpus:
        [a] = build(spec, corpus, tmp_path / "a", ["json"], report=None)
        [b] = build(spec, corpus, tmp_path / "b", ["json"], report=None)
    assert a.read_bytes() == b.read_bytes()


# --- chronology: what an analyst reading it found wrong ------------------------------------


def chronology_of(paragraphs: list[str], spec: Path, published: datetime) -> list[tuple[str, str]]:
    """The chronology one article of these paragraphs gives, as (date shown, text)."""
    from briefgen.locales import format_day
    from briefgen.model import Article
    from briefgen.selection import Selected
    from briefgen.summarizers import summarize

    article = Article(title=paragraphs[0][:20], paragraphs=paragraphs, source_path="x.txt",
                      format="text", published=published, publisher="测试", id=1)
    brief = summarize([Selected(article, 1.0, [])], load_spec(spec))
    [chronology] = [s for s in brief.sections if s.kind == "chronology"]
    return [(format_day(i.date, i.precision, "zh_CN"), i.text) for i in chronology.items]


AUG26 = datetime(2020, 8, 26, 10, tzinfo=timezone.utc)


def test_a_day_named_by_reference_needs_that_day_named_before_it():
    """当晚 with no day before it in its paragraph is the report's day only by default:
    the 元朗 attack of 2019 is not an event of the day the arrests were reported."""
    entries = chronology_of([
        "香港警方8月26日拘捕民主党立法会议员林卓廷，涉嫌参与元朗7.21事件。",
        "陈天柱警司称，事发当晚港铁元朗站的情况曾一度平静，但林卓廷到场开始在社交网站直播现场情况后，情况急剧恶化。",
        "柳俊江随即在社交媒体表示，根据他的调查，当晚林卓廷在抵达元朗西铁站前致电元朗警民关系组邓警长，要求警方尽速到场执法。",
    ], HK_SPEC, AUG26)
    assert entries and all("一度平静" not in t and "邓警长" not in t for _, t in entries), entries
    assert any(d == "2020年8月26日" and "拘捕" in t for d, t in entries), entries  # its own date


def test_an_event_told_as_earlier_is_not_dated_by_the_report():
    """日前/近日 in the clause: it happened some days before the report."""
    entries = chronology_of([
        "香港警方8月26日拘捕民主党立法会议员林卓廷。",
        "香港警方今天表示，警方日前已拘捕13名涉及元朗7.21事件的男子。",
    ], HK_SPEC, AUG26)
    assert not any("13名" in t for _, t in entries), entries


def test_an_entry_cut_before_its_act_or_before_what_was_said_is_dropped():
    entries = chronology_of([
        "警方今清晨亦到林卓廷寓所拘捕他，根据林卓廷的面书帖文，警方今早六时到林卓廷寓所，以涉嫌参与去年721暴动、"
        "7月6日屯门警署外串谋他人毁坏财物及妨碍司法公正等罪名拘捕他。",
        "林卓廷因涉嫌参与去年7月21日的示威而被捕，当时有100多名男子在元朗地铁站用钢棍和拐杖袭击了亲民主的抗议者和乘客。",
        "8月26日，元朗7.21事件中遭殴打的《立场新闻》前记者何桂蓝批评，香港警方多次会见传媒时都尝试歪曲事发经过。",
    ], HK_SPEC, AUG26)
    assert not any(t.endswith(("寓所", "批评")) for _, t in entries), entries
    assert not any(d == "2019年7月21日" and "被捕" in t for d, t in entries), entries  # 参与…的示威


def test_a_plan_is_not_an_event():
    entries = chronology_of([
        "捷克参议院议长维特奇即将于本月底率团访问台湾，台湾立法院院长游锡堃肯定其为了民主自由不畏强权的压力。",
        "美国国务卿蓬佩奥8月12日访问捷克期间，曾经赞许维特奇议长访问台湾。",
    ], ROOT / "examples" / "briefs" / "czech-taiwan-visit.yaml", datetime(2020, 8, 25, 8, tzinfo=timezone.utc))
    assert not any("即将" in t or "下旬" in d for d, t in entries), entries
    assert any(d == "2020年8月12日" for d, _ in entries), entries


def test_a_week_entry_shows_the_dates_of_its_week():
    entries = chronology_of([
        "纳瓦尔尼上周在乘班机从西伯利亚前往莫斯科的途中病倒，他的同事、家人和支持者怀疑他遭人投毒。",
    ], ROOT / "examples" / "briefs" / "navalny-poisoning.yaml", datetime(2020, 8, 26, 8, tzinfo=timezone.utc))
    assert [d for d, _ in entries] == ["2020年8月17日至23日"], entries


def background_of(paragraphs: list[list[str]], spec: Path, published: datetime,
                  kinds: tuple[str, ...] = ("background",)) -> list[str]:
    """The background paragraphs articles of these paragraphs give (one article a list); with
    `kinds`, the items of those sections."""
    from briefgen.model import Article
    from briefgen.selection import Selected
    from briefgen.summarizers import summarize

    articles = [Article(title=p[0][:20], paragraphs=p, source_path=f"x{n}.txt", format="text",
                        published=published, publisher="测试", id=n)
                for n, p in enumerate(paragraphs, 1)]
    brief = summarize([Selected(a, 1.0, []) for a in articles], load_spec(spec))
    return [item.text for s in brief.sections if s.kind in kinds for item in s.items]


def test_background_takes_no_sentence_that_introduces_a_list():
    texts = background_of([[
        "美国商务部宣布，以参与南海争议地区人工岛礁建设、将南海“军事化”为由，将24家中国公司列入实体名单。",
        "下面是因南海岛礁建设被列入实体清单的中国企业的名单：中国交通建设疏浚集团（China Communications "
        "Construction Company Dredging Group Co., Ltd.）。",
        "自2013年以来，中共在南中国海七个岛礁上填海造岛3000多英亩，在上面修建起防空设施和地对舰导弹发射设施。",
    ]], ROOT / "examples" / "briefs" / "south-china-sea.yaml", AUG26)
    assert texts and not any("名单：" in t or "下面是" in t for t in texts), texts


def test_background_tells_a_fact_two_sources_give_of_one_moment_once():
    """Two outlets on Prague's 2018 mayor and Taipei: one moment, much shared wording."""
    from briefgen.summarizers.background import BackgroundSummarizer, Candidate

    def candidate(text: str, year: int) -> Candidate:
        return Candidate(None, text, {}, datetime(year, 1, 1), frozenset(), 1)

    a = candidate("到了2018年，局面出现了重大转折：新任布拉格市长贺瑞卜(Zdenek Hrib)反对\"一个中国\"原则，"
                  "并因此解除了布拉格与北京的友好城市关系，转而与台北缔结友城。", 2018)
    b = candidate("2018年，疑华派的兹德涅克‧贺吉普（Zdeněk Hřib）当选布拉格市长后，选择了“疏中国、亲台湾”"
                  "的作风，选择和台北成为姐妹城市。", 2018)
    other = candidate("2018年，捷克政坛有一个全新的右翼政党“海盗党”异军突起。", 2018)
    assert BackgroundSummarizer._same(a, b)
    assert not BackgroundSummarizer._same(a, other)
    assert not BackgroundSummarizer._same(a, candidate(b.text, 2019))


def test_a_coarse_entry_retelling_a_precise_one_joins_it():
    """2023年：美韩成立核咨商小组 is the news of 2023-04-26, not a second entry."""
    entries = chronology_of([
        "美国总统拜登与到访的韩国总统尹锡悦2023年4月26日在白宫会谈后发表《华盛顿宣言》，宣布两国将设立“核咨商小组”(NCG)。",
        "2023年，美韩成立双边磋商机构“核咨商小组”，落实延伸威慑强化方案。",
        "2016年，美韩设立了“延伸威慑战略磋商机制”。",
    ], CANONICAL, datetime(2024, 7, 20, 8, tzinfo=timezone.utc))
    shown = [d for d, _ in entries]
    assert "2023年4月26日" in shown and "2023年" not in shown, entries
    assert "2016年" in shown, entries  # another year's news stays


def test_an_approximate_time_leaves_no_stray_word_behind():
    """近6时: the time goes from the entry with its 近, not leaving 清晨近展开."""
    entries = chronology_of(["据香港传媒报道，警方于清晨近6时展开对林卓廷的拘捕行动。"],
                            HK_SPEC, AUG26)
    assert entries and not any("近展开" in t for _, t in entries), entries


def test_what_ought_to_be_is_a_judgement_told_with_who_judges():
    texts = background_of([[
        "俄罗斯反对派人物阿列克谢·纳瓦尔尼疑似遭到“下毒”，在医院昏迷不醒。",
        "纳瓦尔尼先生的家人和俄罗斯人民理应看到的是展开全面透明调查并追究涉事者责任。",
    ]], ROOT / "examples" / "briefs" / "navalny-poisoning.yaml", AUG26)
    text = "".join(texts)
    assert "理应" in text and re.search(r"认为，纳瓦尔尼先生的家人", text), texts


def test_the_day_something_was_said_does_not_date_what_was_said(hong_kong):
    """bbc_1047755: 陈天柱周三说，警员实际上在18分钟内就赶到了现场 — of the 2019 attack."""
    assert not any("18分钟" in i["text"] for i in section(hong_kong, "chronology"))


def _chronology_cases() -> list[dict]:
    import yaml

    return yaml.safe_load((ROOT / "tests" / "data" / "chronology" / "cases.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", _chronology_cases(), ids=lambda case: case["case"])
def test_chronology_of_real_sentences(case):
    """Each case of tests/data/chronology/cases.yaml: the entries a real item must give
    (date as shown, words of the text), the words none may hold, and how many there are."""
    from briefgen.locales import format_day
    from briefgen.model import Article
    from briefgen.selection import Selected
    from briefgen.summarizers import summarize

    articles = []
    for n, item in enumerate(case.get("articles", [case]), 1):  # one item, or several
        published = item["published"]
        if not isinstance(published, datetime):
            published = datetime.fromisoformat(published)
        articles.append(Selected(Article(
            title=item.get("title", item["paragraphs"][0][:20]), paragraphs=item["paragraphs"],
            source_path=item["origin"], format="text", published=published, publisher="测试",
            credits=item.get("credits", []),
            id=n), 10.0, []))
    spec = load_spec(ROOT / case.get("spec_dir", "examples/briefs") / f"{case['spec']}.yaml")
    brief = summarize(articles, spec)
    [chronology] = [s for s in brief.sections if s.kind == "chronology"]
    entries = [(format_day(i.date, i.precision, "zh_CN"), i.text) for i in chronology.items]
    for day, words in case.get("entries", []):
        assert any(d == day and words in t for d, t in entries), (day, words, entries)
    for words in case.get("absent", []):
        assert not any(words in t for _, t in entries), (words, entries)
    if "count" in case:
        assert len(entries) == case["count"], entries


def test_one_act_of_one_day_is_one_entry_across_its_reports(hong_kong):
    """rfa_1047974 (警方…拘捕13名男子), voa_1046828 (林卓廷和许智峰…被逮捕), rfi_1044941
    (警方…展开…拘捕行动): the arrests of 2020-08-26, one entry citing its reports."""
    arrests = [i for i in section(hong_kong, "chronology")
               if i["date"] == "2020-08-26" and re.search(r"拘捕|逮捕|被捕", i["text"])]
    assert len(arrests) == 1, arrests
    assert len(arrests[0]["sources"]) >= 2 and "林卓廷" in arrests[0]["text"], arrests


def test_a_view_does_not_say_again_what_a_statement_in_the_chronology_said():
    """examples/corpus: the archive's 2023-12-15 item (美国国防部15日发表声明说，…延伸威慑承诺
    坚定不移…) is an entry; 2023-12-16-ncg-second-meeting-gbk.txt's 美方表示，…承诺是坚定的，
    得到…支持 holds its words, so it is not printed again as a view. 金泰孝's remark stays."""
    from briefgen.model import Article
    from briefgen.selection import Selected
    from briefgen.summarizers import summarize

    statement = Article(title="美国国防部长：延伸威慑承诺坚定不移", paragraphs=[
        "美国国防部15日发表声明说，美国对韩国的延伸威慑承诺坚定不移，得到美国包括核力量在内的全部军事能力支持。"],
        source_path="archive-2023.jsonl", format="text", id=1,
        published=datetime(2023, 12, 15, 22, tzinfo=timezone.utc))
    meeting = Article(title="美韩核咨商小组举行第二次会议 商定明年中期完成核作战指引", paragraphs=[
        "当地时间15日,美韩“核咨商小组”第二次会议在华盛顿举行。双方商定,争取在明年年中以前完成有关核战略计划和核作战的指导方针,"
        "并在明年8月举行的“乙支自由之盾”联合演习中纳入核作战相关情景。",
        "韩国国家安保室第一次长金泰孝在会后表示,双方在核与战略计划的信息共享、危机时的协商程序以及联合规划方面取得了实质进展。"
        "他说,核咨商小组正在把《华盛顿宣言》的承诺落实为具体的运行机制。",
        "美方表示,美国对韩国的延伸威慑承诺是坚定的,得到包括核力量在内的全部军事能力的支持。"],
        source_path="2023-12-16-ncg-second-meeting-gbk.txt", format="text", id=2,
        published=datetime(2023, 12, 16, 1, 12, tzinfo=timezone.utc))
    brief = summarize([Selected(statement, 10.0, []), Selected(meeting, 10.0, [])], load_spec(CANONICAL))
    sections = {s.kind: s.items for s in brief.sections}
    assert any("坚定不移" in i.text for i in sections["chronology"]), sections["chronology"]
    views = [i.text for i in sections["viewpoints"]]
    assert not any("承诺是坚定的" in v for v in views), views
    assert any("实质进展" in v for v in views), views


def test_an_entry_says_what_a_statement_said(canonical_both):
    """examples/corpus 2023-07-report-ssbn-visit (朝鲜国防相姜纯男发表谈话，…): a statement
    is told with what it said or not at all, never as 某某发表谈话 alone."""
    entries = section(canonical_both, "chronology")
    assert any(i["date"] == "2023-07-18" for i in entries), entries  # the report is used
    for item in entries:
        assert not re.search(r"发表了?(?:谈话|声明)$", item["text"]), item


def test_an_entry_tells_the_act_not_the_thing_it_made(canonical_seeds):
    """Seed 004: 韩美领导人在当天举行的会谈上发表的《华盛顿宣言》 is told as the act."""
    for item in section(canonical_seeds, "chronology"):
        assert not re.search(r"的《[^》]+》$", item["text"]), item
# --- background: kinds of sentence an analyst would reject, on real feed items ------------
# Sentences of real feed items (2020), copied into each test; the test names its file, one of
# the project's shared corpus of RSS items (see tests/data/README.md).


def spec_on(tmp_path: Path, *terms: str) -> Path:
    """A spec whose topic is these terms (any of them)."""
    spec = tmp_path / "topic.yaml"
    spec.write_text("title: 测试\ntopic:\n  keywords: [" + ", ".join(terms) + "]\n"
                    f"dictionary: [{', '.join(terms)}]\n", "utf-8")
    return spec


GOOD = "俄罗斯反对派人物阿列克谢·纳瓦尔尼（Alexei Navalny）疑似遭到“下毒”，在医院昏迷不醒。"  # bbc_1046925


def test_a_definition_given_as_this_is_after_naming_the_term_opens_the_background():
    """nyt (毒害俄罗斯异见人士的致命神经毒剂是什么？): 这是一种… follows the sentence naming 诺维乔克."""
    texts = background_of([[GOOD], [
        "但数十年来，科学家、间谍和化学武器专家一直都了解并恐惧诺维乔克。这是一种由苏联及俄罗斯在上世纪八九十年代"
        "研发的强效神经毒素，可以以液体、粉末或气溶胶的形式投放。",
    ]], ROOT / "examples" / "briefs" / "navalny-poisoning.yaml", AUG26)
    assert texts[0].startswith("诺维乔克是一种由苏联及俄罗斯"), texts


@pytest.mark.parametrize("rejected", [
    "目前，无法判定纳瓦尔尼的经历是否与莫斯科有关。",  # bbc_1046925: a guess, no one's
    "纳瓦尔尼上周在乘班机从西伯利亚前往莫斯科的途中病倒，他的同事、家人和支持者怀疑他遭人投毒。",  # voa: 上周
    "我们的心与纳瓦尔尼先生的家人同在，我们盼望着纳瓦尔尼全面康复。",  # voa: the statement's 我们
    "声明指，纳瓦尔尼已被送往柏林的医院。",  # reuters_1046097's 声明指: whose statement
    "在纳瓦尔尼抵德之前，他的团队已给您发出公开信，请求您考虑纳瓦尔尼的安全。",  # cdt_394140's 您
    "纳瓦尔尼事件 俄罗斯否认：纳瓦尔尼在飞机上突然晕倒后被送往医院接受治疗。",  # a headline glued on
])
def test_background_leaves_out_what_an_analyst_would_strike(rejected):
    texts = background_of([[GOOD], [rejected]], ROOT / "examples" / "briefs" / "navalny-poisoning.yaml",
                          AUG26)
    assert texts and not any(rejected[6:20] in t for t in texts), texts


def test_a_claim_a_source_attributes_keeps_its_attribution(tmp_path):
    """bbc_1047720: the Financial Times' reading, not a fact."""
    texts = background_of([[
        "澳洲籍华裔主播成蕾被中国扣留，澳洲媒体称她在一个秘密地点被监视居住。",
        "英国《金融时报》报导指，成蕾的事件令澳洲关注北京是否刻意针对澳洲公民的“人质外交”，也有一些澳洲政客表达类似隐忧。",
    ]], spec_on(tmp_path, "成蕾"), AUG26)
    joined = "".join(texts)
    assert "英国《金融时报》报导指，成蕾的事件" in joined, texts


def test_vague_times_and_things_named_by_kind_alone_are_left_out(tmp_path):
    """voa_1046915 (几个星期前), cdt_394493 (文件规定), dw_1047016 (近日)."""
    texts = background_of([[
        "内蒙古教育部门以口头形式，而没有以下发文件的方式，在学校向老师们传达用汉语替代蒙语授课的政策。",
        "文件规定从2020年秋天开学起，内蒙古民族语言授课的小学一年级开始使用全国通用的语言教材。",
        "近日在内蒙古通辽扎鲁特旗，有学生家长为表达抗议，拒绝带子女到蒙语学校报到。",
        "内蒙古当局几个星期前关闭了一些蒙古语话题的网站。",
    ]], spec_on(tmp_path, "内蒙古"), AUG26)
    joined = "".join(texts)
    assert "口头形式" in joined and "文件规定" not in joined and "近日" not in joined \
        and "几个星期前" not in joined, texts


def test_a_fact_told_twice_in_other_words_is_told_once(tmp_path):
    """voa_1046858 and rfi_1044972 on the Israel–UAE agreement before Pompeo's trip: once in
    the whole brief (the chronology tells it, the background does not retell it)."""
    texts = background_of([[
        "在8月13日阿联酋与以色列签署两国关系正常化协议后，蓬佩奥试图撮合其他阿拉伯国家与以色列接近。",
    ], [
        "蓬佩奥此行是在阿联酋与以色列签署复交协议后，继续推动穆斯林国家与以色列走向关系正常化的进程。",
        "蓬佩奥在以色列的日程结束后，将前往苏丹、阿拉伯联合酋长国和巴林访问。",
    ]], spec_on(tmp_path, "蓬佩奥"), AUG26, ("background", "chronology"))
    told = [s for t in texts for s in sentences(t) if "阿联酋与以色列签署" in s]
    assert len(told) == 1 and any("苏丹" in t for t in texts), texts


def test_a_lead_for_one_day_reads_as_one_day(tmp_path):
    from briefgen.model import Source
    from briefgen.summarizers import generated_lead

    spec = load_spec(spec_on(tmp_path, "成蕾"))
    sources = [Source(id=n, title="t", publisher=p, url=None, published="2020-09-01T08:00:00+08:00",
                      also_in=[]) for n, p in enumerate(["BBC", "路透", "BBC"])]
    assert generated_lead(spec, [], sources) == \
        "本期围绕“测试”，依据2家媒体2020年9月1日的3篇报道，梳理其背景、主要节点与各方观点。"
    sources[0].published = "2020-08-26T08:00:00+08:00"
    assert "2020年8月26日至9月1日间的3篇报道" in generated_lead(spec, [], sources)


def test_the_report_counts_an_article_carrying_traditional_forms_as_converted(feed_items):
    """dw_1047009-like: 许智峯 in a Simplified article is converted (峯 → 峰) in a zh-Hans brief."""
    selection = selection_for(load_spec(HK_SPEC), feed_items, date(2020, 9, 30))
    converted = [c.article for c in selection.selected
                 if "峯" in c.article.body or "後" in c.article.body]
    assert converted and selection.report("zh-Hans")["converted"] >= len(converted)
    assert selection.report("zh-Hant")["converted"] == len(selection.selected)


def test_a_story_that_only_shares_the_topics_words_is_dropped_as_off_topic(fresh_db, tmp_path):
    """tests/data/relevance: a brief on the phase-one trade deal whose synonyms (经贸协议)
    also name Wang Yi's deals in Rome (in its title) and Taiwan's with the US: those two
    stories say little of what the four on the deal say, and are dropped with the reason."""
    folder = ROOT / "tests" / "data" / "relevance"
    for path in folder.glob("*.md"):
        shutil.copy(path, tmp_path / path.name)
    ingest([tmp_path], fresh_db, workers=1)
    spec = load_spec(folder / "us-china-phase1-trade.yaml")
    selection = selection_for(spec, fresh_db, date(2020, 9, 30))
    used = {d.title[:6] for d in selection.decisions if d.used}
    dropped = {d.title[:6]: d for d in selection.decisions if not d.used}
    assert len(used) == 4 and all("中意外长" not in t for t in used), used
    assert set(dropped) == {"中意外长会面", "台湾松绑美国"}, dropped
    assert all(d.reason.startswith("off topic") for d in dropped.values())
    assert report_lines(selection, spec)[0].startswith("selection: 6 matched, 4 used, 2 dropped as off topic")


def test_a_day_counted_from_the_reports_own_is_left_out(tmp_path):
    """rfi_1044972, published 2020-08-25 16:56 UTC: its 昨天 (the 24th in Jerusalem) would be
    written out from a publication time in another zone; the background leaves it out."""
    texts = background_of([[
        "蓬佩奥飞抵苏丹，搭乘首班特拉维夫-喀土穆直航航班。",
        "蓬佩奥昨天会晤了以色列总理内塔尼亚胡和英国外交大臣拉布。",
    ]], spec_on(tmp_path, "蓬佩奥"), AUG26)
    assert texts and not any("内塔尼亚胡" in t for t in texts), texts


@pytest.fixture(scope="module")
def navalny(tmp_path_factory):
    """The three real Navalny items of tests/data/analysis (VOA, 2020-08-22 to 08-25) under
    examples/briefs/navalny-poisoning.yaml."""
    folder = tmp_path_factory.mktemp("navalny")
    for name in ("voa_1046850.md", "voa_1046874.md", "voa_1046900.md"):
        shutil.copy(ROOT / "tests" / "data" / "analysis" / name, folder / name)
    with Corpus(folder / "corpus.db") as corpus:
        ingest([folder], corpus, workers=1)
        return built(ROOT / "examples" / "briefs" / "navalny-poisoning.yaml", corpus,
                     tmp_path_factory.mktemp("out"))


def test_the_background_does_not_retell_what_the_chronology_tells(navalny):
    """The plane landing in Berlin on 8-22 and the hospital's finding of 8-24 are chronology
    entries; the background tells other things rather than the same sentence again."""
    from briefgen.summarizers import pair_share
    from briefgen.summarizers.told import TOLD

    entries = [i["text"] for i in section(navalny, "chronology")]
    background = [s for i in section(navalny, "background") for s in sentences(i["text"])]
    assert entries and background
    for sentence in background:
        assert all(pair_share(sentence, e) < TOLD for e in entries), (sentence, entries)


def test_the_actor_of_an_entry_is_read_past_its_framing_phrase(hong_kong):
    """bbc_1047755: 示威者和警方在香港岛爆发大型冲突之际，一些…男子在…元朗港铁站袭击乘客 is the
    men's act, not the protesters'; their egg-throwing at the liaison office that evening, told
    in the same story, stays an entry of its own."""
    entries = [i["text"] for i in section(hong_kong, "chronology") if i["date"] == "2019-07-21"]
    assert any("投掷鸡蛋和墨汁" in t for t in entries), entries
    assert any("袭击" in t for t in entries), entries


def test_not_answering_at_once_is_no_answer():
    """美国商务部没有回复置评请求。白宫没有立即回应置评请求。 (reuters) and 他要求印度立即撤军 (a demand):
    no act done at once; the pattern reads only what was done."""
    from briefgen.summarizers.ledes import AT_ONCE

    assert AT_ONCE.match("美国方面则立即正面响应，美国副总统彭斯以及国务卿蓬佩奥都在推特发文表示欢迎。")
    assert not AT_ONCE.match("白宫没有立即回应置评请求。")
    assert not AT_ONCE.match("他要求印度立即撤军，并“严格管控和约束一线部队”。")


def test_a_statement_the_chronology_tells_is_not_a_viewpoint_again():
    """reuters_1046158: 字节跳动…回应称，…“公司将严格遵守…” is told by the chronology as
    字节跳动…回应称，将严格遵守…; the viewpoints, reading 公司 as the company the entry names
    once, leave it."""
    from briefgen.model import Article
    from briefgen.selection import Selected
    from briefgen.summarizers import summarize

    [case] = [c for c in _chronology_cases() if c.get("origin") == "reuters_1046158.md"]
    article = Article(title=case["title"], paragraphs=case["paragraphs"], source_path=case["origin"],
                      format="text", published=datetime.fromisoformat(case["published"]),
                      publisher="测试", credits=case["credits"], id=1)
    brief = summarize([Selected(article, 10.0, [])], load_spec(ROOT / "examples" / "briefs" / "tiktok-export-rules.yaml"))
    told = {s.kind: [i.text for i in s.items] for s in brief.sections}
    assert any("将严格遵守" in t for t in told["chronology"]), told
    assert not any("严格遵守" in t for t in told["viewpoints"]), told


@pytest.mark.parametrize("sentence, time, act", [
    ("他说，和2017年造成大洪水、夺走68条人命的3级飓风哈维（Hurricane Harvey）相比，「这个飓风带来的风力会更强」。",
     "2017年", "3级飓风哈维造成大洪水、夺走68条人命"),
    ("2018年8月中国政府发表的《中国的民族政策与各民族共同繁荣发展》白皮书说，要努力消除一切不利于民族团结的因素。",
     "2018年8月", "中国政府发表《中国的民族政策与各民族共同繁荣发展》白皮书"),
    # the main clause's time: its subject opens the clause
    ("中国商务部和科技部周五晚间发布调整后的《中国禁止出口限制出口技术目录》，其中新增了23项限制出口的技术条目。",
     "周五晚间", None),
    # a time qualifying a noun, not an act
    ("Facebook和Twitter表示，有证据表明，一个曾经干预2016年大选的俄罗斯组织正在利用虚假账号和一个看起来左倾的新闻网站。",
     "2016年", None),
    ("周六反防疫示威的发起者巴尔维格(Michael Ballweg)也与冲击国会大厦的极端分子拉开距离。", "周六", None),
    # where, not what was done
    ("目前尚不清楚这名士兵之死是否与本周早些时候在位于边境的班公湖(Pangong Lake)畔发生的对峙有关。", "本周早些时候", None),
    # a kind of people, whatever place qualifies it
    ("德国联邦政府发言人塞伯特则赞扬了周六执勤的全体柏林警察。", "周六", None),
])
def test_a_dated_relative_clause_is_told_as_the_act_of_its_noun(sentence, time, act):
    """Real sentences, some cut short (rfi_1044946, cdt_394685, reuters_1046158, nyt_1047878,
    dw_1047025, nyt_1047877): a time inside a relative clause dates what the clause tells of
    the named thing it qualifies; no other reading of a time and a 的 gives an act."""
    from briefgen.summarizers import Documents
    from briefgen.summarizers.acts import relative_act

    documents = Documents([], load_spec(ROOT / "examples" / "briefs" / "tiktok-export-rules.yaml"))
    assert relative_act(documents, sentence, sentence.find(time), len(time)) == act


def test_an_event_over_several_days_is_dated_by_the_days_it_lasted():
    """pages/gne/gsc_1.html, its lead (cut): 5月10-12日，2019年中国人文地理学术年会在…举行 lasted
    three days, so the entry says so (2019年5月10日至12日), in the JSON (until) and on the page,
    not the first day alone. A day's event has no until."""
    from briefgen.model import Article
    from briefgen.selection import Selected
    from briefgen.summarizers import summarize
    from briefgen.writers import Renderer

    article = Article(title="2019年中国人文地理学术年会在重庆•西南大学成功举行！", paragraphs=[
        "5月10-12日，2019年中国人文地理学术年会在重庆·西南大学举行。",
        "5月11日上午，大会开幕式在西南大学圆顶报告厅举行。"], source_path="gsc_1.html", format="text",
        id=1, published=datetime(2019, 5, 18, 8, tzinfo=timezone.utc))
    brief = summarize([Selected(article, 10.0, [])],
                      load_spec(ROOT / "benchmarks" / "fresh7" / "human-geography-conference.yaml"))
    [chronology] = [s for s in brief.sections if s.kind == "chronology"]
    spans = {i.date: i.until for i in chronology.items}
    assert spans == {"2019-05-10": "2019-05-12", "2019-05-11": None}, spans
    entries = json.loads(Renderer().json(brief))["sections"]["chronology"]["items"]
    assert [i["until"] for i in entries] == ["2019-05-12", None]
    for page in (Renderer().md(brief), Renderer().html(brief)):
        assert "2019年5月10日至12日" in page.decode("utf-8")
