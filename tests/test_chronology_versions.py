"""A page updated with the day's news stands for its story: the chronology tells the update.

dw_1047036 (德国之声, 2020-08-30: 议长带队 捷克代表团抵达台湾) and dw_1047032 (the same page on
2020-08-31, retitled 王毅发出威胁 捷克召见中国大使抗议, the earlier text kept whole under a new
lead), copied unchanged from the project's shared feed corpus (see tests/data/README.md)."""

from __future__ import annotations

import shutil
from datetime import date

from briefgen.build import selection_for
from briefgen.corpus import Corpus
from briefgen.ingest import ingest
from briefgen.locales import format_day
from briefgen.spec import load_spec
from briefgen.summarizers import summarize
from conftest import ROOT

UPDATED = ROOT / "tests" / "data" / "chronology" / "updated"


def test_the_later_version_of_an_updated_page_stands_for_the_story(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(UPDATED, folder)
    with Corpus(tmp_path / "corpus.db") as corpus:
        ingest([folder], corpus, workers=1)
        spec = load_spec(ROOT / "examples" / "briefs" / "czech-taiwan-visit.yaml")
        selection = selection_for(spec, corpus, date(2020, 9, 30))
        [story] = selection.selected
        assert "召见中国大使" in story.article.title  # the update, not the first version
        assert [c.title for c in story.copies] == ["议长带队 捷克代表团抵达台湾"]
        brief = summarize(selection.selected, spec)
    [chronology] = [s for s in brief.sections if s.kind == "chronology"]
    entries = [(format_day(i.date, i.precision, "zh_CN"), i.text) for i in chronology.items]
    assert ("2020年8月31日", "捷克外交部长佩特里切克宣布，召见中国驻捷克大使") in entries, entries
    assert any(day == "2020年8月30日" and "抵达" in text for day, text in entries), entries
