"""Viewpoints on real feed items of topics the code was not written for (Navalny, Inner
Mongolia, the Hong Kong lawmakers, Wang Yi in Europe): who speaks, in which camp, with which
claim, and what is refused."""

from __future__ import annotations

import pytest

from briefgen.analysis import analyse
from briefgen.analysis.speech import balanced_claim
from briefgen.selection import Selected
from briefgen.spec import Section, load_spec
from briefgen.summarizers import Documents
from briefgen.summarizers.viewpoints import ViewpointsSummarizer
from conftest import ROOT, read_one

DATA = ROOT / "tests" / "data"
SPECS = ROOT / "examples" / "briefs"


def articles(names, publishers):
    found = []
    for n, name in enumerate(names, 1):
        article = read_one(DATA / name, publishers)
        article.id = n
        found.append(article)
    return found


def speeches(spec, names, publishers):
    analysis = analyse(articles(names, publishers), load_spec(SPECS / spec))
    return [s for s in analysis.sentences if s.speech]


def said(sentences, start):
    """The speech of the sentence that starts with `start`."""
    return next(s.speech for s in sentences if s.text.startswith(start))


def viewpoints(spec, names, publishers, max_items=20):
    documents = Documents([Selected(a, 10.0, []) for a in articles(names, publishers)],
                          load_spec(SPECS / spec))
    return ViewpointsSummarizer().summarize(documents, Section("viewpoints", "", max_items, 5000))


def test_she_said_is_the_one_who_spoke_before_not_a_place(publishers):
    # 何桂蓝批评，… 她说，…: not 元朗, which jieba tags as a name in 元朗站
    found = speeches("hong-kong-lawmakers.yaml", ["summary/bbc_1047755.md"], publishers)
    speech = said(found, "她说，即使警方")
    assert speech.speaker == "何桂蓝"
    assert not any(s.speech.speaker.startswith(("元朗", "会（")) for s in found)  # 简称 is no cue


def test_hong_kong_democrats_are_their_own_camp(publishers):
    found = speeches("hong-kong-lawmakers.yaml", ["summary/nyt_1047912.md"], publishers)
    assert (said(found, "民主党主席胡志伟").speaker, said(found, "民主党主席胡志伟").camp) == \
        ("胡志伟", "香港民主派")
    assert said(found, "一名民主党人士说").camp == "香港民主派"
    assert said(found, "他说，警方坚决反对").speaker == "陈天柱"


def test_a_pronoun_is_a_person_not_the_body_that_spoke_before(publishers):
    found = speeches("inner-mongolia-language.yaml", ["analysis/nyt_1047891.md"], publishers)
    assert said(found, "教育厅说").camp == "中国"  # 内蒙古自治区教育厅: a Chinese office
    # “一打开电视都是汉语，甚至动画片，”她说: a mother, not the 教育厅 quoted before
    assert all(s.speech.speaker != "教育厅" for s in found if "动画片" in s.text)


def test_a_manner_word_is_not_part_of_the_speaker_and_an_exile_is_the_opposition(publishers):
    found = speeches("inner-mongolia-language.yaml", ["analysis/dw_1047016.md"], publishers)
    speakers = {(s.speech.speaker, s.speech.camp) for s in found}
    assert ("席海明", "中国反对派") in speakers  # 旅居德国的民运组织内蒙古人民党主席
    assert "齐木德道尔吉" in {s for s, _ in speakers}  # …教授委婉指出: not 委婉
    assert not any(s in ("委婉", "席海") for s, _ in speakers)


def test_navalny_camps_quotes_and_what_is_said_in_passing(publishers):
    found = speeches("navalny-poisoning.yaml", ["analysis/voa_1046874.md"], publishers)
    assert said(found, "卡利尼琴科说：“在每一项").camp == "俄罗斯"  # 鄂木斯克医院的副院长
    assert said(found, "纳瓦尔尼的发言人").camp == "俄罗斯反对派"  # 阿列克谢·纳瓦尔尼's
    # 韦尔斯说：“…不明朗。“鄂木斯克的医院的医生…: the second quote is never closed
    speech = said(found, "韦尔斯说：")
    assert balanced_claim(speech.claim) == "究竟是什么情形导致阿列克谢·纳瓦尔尼病情危急目前还不明朗。"


def test_one_doctor_under_two_spellings_and_no_watching_brief(publishers):
    items = viewpoints("navalny-poisoning.yaml",
                       ["analysis/voa_1046874.md", "analysis/voa_1046900.md"], publishers)
    speakers = {i.speaker for i in items}
    assert not {"卡利尼琴科", "卡里尼琴科"} <= speakers  # one person, two transliterations
    doctor = [i for i in items if i.speaker in ("卡利尼琴科", "卡里尼琴科")]
    assert doctor and all(i.actor == "俄罗斯" for i in doctor)
    assert not any("正在关注局势的发展" in i.text for i in items)  # says nothing of its own
    assert any(i.speaker == "赛贝特" and "对他" in i.text for i in items)  # 他 is 纳瓦尔尼
    assert all(i.text.count("“") == i.text.count("”") for i in items)


def test_a_stance_before_the_same_speakers_aside(publishers):
    items = viewpoints("navalny-poisoning.yaml", ["analysis/voa_1046874.md"], publishers)
    # 默克尔表示德国愿意收治纳瓦尔尼 / 默克尔说：“纳瓦尔尼的病情真的让我难过。”
    assert [i.text for i in items if i.speaker == "默克尔"] == ["德国愿意收治纳瓦尔尼。"]


@pytest.mark.parametrize("start, speaker", [
    ("王毅来访之前，三名德国议员已致信马斯外长", "三名德国议员"),  # not …致信马斯外长
])
def test_who_wrote_is_the_speaker_not_whom_it_was_written_to(start, speaker, publishers):
    found = speeches("wang-yi-europe-tour.yaml", ["rss/cdt_394140.md"], publishers)
    assert said(found, start).speaker == speaker
    assert said(found, start).camp == "德国"


@pytest.mark.parametrize("claim, expected", [
    ("对于这样的行为进行恫吓，我们完全无法接受”，称他已向捷克方面做出团结合作的承诺。",
     "对于这样的行为进行恫吓，我们完全无法接受。"),  # cdt_394140: the quote ended, a report goes on
    ("在当前经济衰退和病毒大流行的情况下，“任何一方撕毁它都是鲁莽之举。",
     "在当前经济衰退和病毒大流行的情况下，任何一方撕毁它都是鲁莽之举。"),  # voa_1046861
])
def test_claims_whose_quotes_do_not_close(claim, expected):
    assert balanced_claim(claim) == expected
