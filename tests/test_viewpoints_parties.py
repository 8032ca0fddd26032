"""The parties at the centre of a story are heard (tests/data/viewpoints/parties.yaml): a
scholar the writer glosses in Latin letters, a company the story is about answering, a
holding company's statement that names itself 该公司, an answer given as a quotation."""

from __future__ import annotations

from datetime import datetime, timezone

import yaml

from conftest import ROOT

from briefgen.model import Article
from briefgen.selection import Selected
from briefgen.spec import load_spec
from briefgen.summarizers import Documents
from briefgen.summarizers.viewpoints import itself

CASES = yaml.safe_load((ROOT / "tests" / "data" / "viewpoints" / "parties.yaml").read_text("utf-8"))


def _documents(paragraphs: list[str], spec: str = "czech-taiwan-visit") -> Documents:
    article = Article(title="x", paragraphs=paragraphs, source_path="x", format="text", id=3,
                      published=datetime(2020, 8, 31, tzinfo=timezone.utc))
    return Documents([Selected(article, 10.0, [])], load_spec(ROOT / "examples" / "briefs" / f"{spec}.yaml"))


def _speeches(documents: Documents):
    return [s.speech for s in documents.sentences if s.speech]


def test_a_name_glossed_in_latin_letters_is_a_person_who_speaks():
    """甘思德(Scott Kennedy)说, then 甘思德说: both his; the think tank's gloss names no one."""
    found = _speeches(_documents(CASES["scholar_glossed_in_latin"]["paragraphs"]))
    assert [s.speaker for s in found] == ["甘思德", "甘思德"]
    # an unknown name with no gloss and no role is still no speaker (written for the test)
    assert _speeches(_documents(["甘思德说，中国阻止或妨碍该交易的最终目的，至少可能是一种主权主张。"])) == []


def test_the_company_a_story_keeps_naming_answers():
    """字节跳动…回应称，…: the company (a proper noun the article names three times) speaks, and
    回应 is how it speaks, not part of its name."""
    found = _speeches(_documents(CASES["company_answering"]["paragraphs"], "tiktok-export-rules"))
    company = [s for s in found if s.speaker == "字节跳动"]
    assert len(company) == 1 and company[0].claim.startswith("已关注到中国商务部")
    # named once, the same company is no known party (the first two paragraphs only would
    # still name it twice): the one answering sentence alone gives no speaker
    alone = _speeches(_documents(CASES["company_answering"]["paragraphs"][1:2], "tiktok-export-rules"))
    assert [s.speaker for s in alone] == []


def test_a_holding_company_speaks_for_its_country_and_names_itself():
    """麒麟控股发表声明称: 控股 ends the name (no verb of a clause); 日本麒麟控股 gives its country;
    该公司 in its claim is itself."""
    found = _speeches(_documents(CASES["company_statement"]["paragraphs"]))
    assert [(s.speaker, s.camp) for s in found] == [("麒麟控股", "日本")]
    assert itself(found[0], found[0].claim).startswith("麒麟控股与蒙牛乳业已达成一致")
    # a person's 该公司 is some company the article named, not the speaker
    person = _speeches(_documents(["美国商务部长罗斯表示，该公司必须为其行为负责。"]))
    assert itself(person[0], person[0].claim) == person[0].claim


def test_an_answer_given_as_a_quotation_is_speech():
    """蔡英文回应，“…”: 回应 before a quotation is a cue; 回应 alone (作出回应) is none."""
    found = _speeches(_documents([CASES["answer_quoted"]["text"]]))
    assert [(s.speaker, s.claim) for s in found] == [("蔡英文", "区域军事活动日益增加，我们担心会擦枪走火。")]
    assert _speeches(_documents(["蔡英文回应了外界的质疑，并出席典礼。"])) == []
