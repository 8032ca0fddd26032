"""What is backdrop and what is news (summarizers/backdrop.py), on real sentences: a background
sentence leaning on what its article told before it, muddled in its source, telling the story's
own news or saying twice what a thing is, is not chosen; the outlet's label is attributed."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import yaml

from briefgen.model import Article
from briefgen.selection import Selected
from briefgen.spec import load_spec
from briefgen.summarizers import Documents
from briefgen.summarizers.backdrop import (defined_subject, garbled, lost_context, story_news,
                                           written_once)
from briefgen.summarizers.background import consider, definition_pattern
from conftest import ROOT, spec_on

CASES = yaml.safe_load((ROOT / "tests" / "data" / "background" / "backdrop.yaml").read_text("utf-8"))
PUBLISHED = datetime(2020, 8, 28, 12, tzinfo=timezone.utc)


def documents_of(paragraphs: list[str], tmp_path: Path, source: str = "test",
                 topic: str = "测试") -> Documents:
    spec = load_spec(spec_on(tmp_path, [topic]))
    article = Article(title=topic, paragraphs=paragraphs, source_path=source, format="text",
                      published=PUBLISHED, publisher="美国之音", id=1)
    return Documents([Selected(article, 12.0, [])], spec)


def last_sentence(documents: Documents):
    return documents.sentences[-1]


def test_a_sentence_leaning_on_what_its_article_told_before_is_not_background(tmp_path):
    """局面出现了重大转折, 其它多个边境据点, 历经了3位总统, 支撑…的因素, 新的做法, 一段…事件,
    除了香港局势，…也, a video speech and views named but never given."""
    for case in CASES["lost"]:
        documents = documents_of(["", case["text"]], tmp_path, case["file"])
        sentence = last_sentence(documents)
        assert lost_context(documents, sentence, sentence.text), case


def test_the_same_kinds_of_words_stand_where_nothing_is_lost(tmp_path):
    for case in CASES["stands"]:
        documents = documents_of(["", case["text"]], tmp_path, case["file"])
        sentence = last_sentence(documents)
        assert lost_context(documents, sentence, sentence.text) is None, case


def test_a_sentence_going_on_in_a_phase_or_a_documents_terms_leans_on_it(tmp_path):
    """seeds/004: 美国延伸威慑战略的核心为…“大规模报复” is true of the first phase only, and 美国将
    加强对韩… tells what the 《华盛顿宣言》 of the sentence before lays down."""
    for paragraph, reason in ((CASES["phase"][0], "phase"), (CASES["document"][0], "document")):
        documents = documents_of(["", paragraph], tmp_path, "004_45274ff425d7892b")
        sentence = last_sentence(documents)
        assert sentence.index == 1
        assert reason in lost_context(documents, sentence, sentence.text), paragraph
        first = documents.sentences[-2]  # the frame itself does not lean
        assert lost_context(documents, first, first.text) is None


def test_a_figure_in_two_currencies_is_muddled_and_a_character_written_twice_is_written_once(tmp_path):
    money, doubled = CASES["garbled"]
    assert garbled(money["text"])
    assert not garbled("蒙牛乳业提出以6亿澳元（4.3亿美元）收购Lion Dairy & Drinks。")  # one figure each
    documents = documents_of(["", doubled["text"]], tmp_path, doubled["file"])
    sentence = last_sentence(documents)
    mended = written_once(sentence, sentence.text)
    assert "亲民主派报纸苹果日报" in mended and len(mended) == len(sentence.text) - 1, mended
    for case in CASES["stands"]:  # nothing written twice: unchanged
        documents = documents_of(["", case["text"]], tmp_path, case["file"])
        assert written_once(last_sentence(documents), case["text"]) == case["text"]


def test_what_a_thing_is_said_twice_is_said_once():
    first, second = CASES["defined_twice"]
    assert defined_subject(first) == defined_subject(second) == "实体清单"
    assert defined_subject("美国以参与南海争议地区人工岛礁建设为由，将24家中国公司列入实体名单。") is None


def test_an_outlets_label_or_a_status_one_side_claims_is_told_as_its_judgement(tmp_path):
    for case in CASES["commentary"]:
        documents = documents_of(["", case["text"]], tmp_path, case["file"], topic="中国")
        sentence = last_sentence(documents)
        found = consider(documents, sentence, definition_pattern(documents.topic_words), set())
        assert not isinstance(found, str) and found.theme == 2, (case, found)


def test_the_storys_news_the_chronology_tells_is_not_background(tmp_path):
    """rfa_1047956's ASPI speech names no day; the chronology's entry of a day of the story tells
    it with most of its words: the story's news. Before any chronology, it is not known as news."""
    case = CASES["news"]
    documents = documents_of(["", case["text"]], tmp_path, case["file"], topic="蔡英文")
    sentence = last_sentence(documents)
    assert not story_news(documents, sentence, sentence.text, frozenset())
    documents.told_at.append((str(case["entry"][0]), case["entry"][1]))
    assert story_news(documents, sentence, sentence.text, frozenset())
    # an act of a day of the story's own is its news too, once a chronology tells news
    assert story_news(documents, sentence, sentence.text, frozenset({"2020-08-27"}))
    assert not story_news(documents, sentence, sentence.text, frozenset({"2018-05-01"}))


def test_a_security_concern_given_as_a_reason_is_no_feeling():
    from briefgen.summarizers.background import HEDGE

    for text in CASES["reasons"]:
        assert HEDGE.search(text) is None, text
    assert HEDGE.search("英国《金融时报》报导指，成蕾的事件令澳洲关注北京是否刻意针对澳洲公民的“人质外交”。")  # bbc_1047720


def test_months_the_story_grew_from_may_open_though_a_day_of_them_is_news(tmp_path):
    """dw_1047016: the months of rumour (自7、8月以来) share words with the chronology's entry of
    8月26日; any other sentence of those months is left out, the opener is not: it tells no day."""
    from briefgen.summarizers.told import retold

    case = CASES["months"]
    documents = documents_of([case["text"]], tmp_path, case["file"], topic="内蒙古")
    documents.told_at.append((str(case["entry"][0]), case["entry"][1]))
    found = consider(documents, documents.sentences[0], None, set())
    assert not isinstance(found, str), found
    assert retold(documents, found) and not retold(documents, found, days_only=True)


def test_a_paragraph_opening_on_an_agencys_report_is_the_agencys_to_its_end(tmp_path):
    """rfi (examples/corpus): 双方讨论了… goes on in 韩联社报导指，…: the agency's account of a
    meeting the sentence no longer names, not the outlet's fact."""
    from briefgen.summarizers.background import reported_before

    documents = documents_of(["", CASES["reported"][0]], tmp_path, "2023-07-19-rfi-ssbn-busan")
    first, second = documents.sentences[-2:]
    assert reported_before(documents, second) and not reported_before(documents, first)


def test_a_paragraph_speaking_as_we_is_someones_statement(tmp_path):
    """voa_1046850: Pompeo's statement, quoted without quotation marks, goes on in 我们: its first
    sentence is his demand, not the outlet's judgement (美国之音刊文认为，…理应看到…)."""
    documents = documents_of(["", CASES["statement"][0]], tmp_path, "voa_1046850")
    first = documents.sentences[-2]
    assert lost_context(documents, first, first.text) == "a paragraph speaking as we"


def test_who_someone_is_is_said_once(tmp_path):
    """bbc_1047790 and voa_1046874 both say who 纳瓦尔尼 is (the anti-corruption campaigner, the
    critic of Putin): the background says it once."""
    from briefgen.summarizers.background import BackgroundSummarizer

    profile, copula = CASES["profiled_twice"]
    spec = load_spec(spec_on(tmp_path, ["纳瓦尔尼"]))
    articles = [Article(title="纳瓦尔尼", paragraphs=["", case["text"]], source_path=case["file"],
                        format="text", published=PUBLISHED, publisher="测试", id=n)
                for n, case in enumerate((profile, copula), 1)]
    documents = Documents([Selected(a, 12.0, []) for a in articles], spec)
    found = [consider(documents, s, None, set()) for s in documents.sentences if s.paragraph == 1]
    assert all(not isinstance(c, str) and c.theme == 3 for c in found), found
    assert BackgroundSummarizer._same(*found)
    [section] = [s for s in spec.sections if s.kind == "background"]
    text = "".join(i.text for i in BackgroundSummarizer().summarize(documents, section))
    assert ("声名鹊起" in text) != ("批评者" in text), text
