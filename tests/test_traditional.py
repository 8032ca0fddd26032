"""Traditional and Simplified: the text keeps its script; search and near-duplicates fold it."""

from __future__ import annotations

import re

import opencc

from briefgen.chinese import language
from briefgen.corpus import Corpus
from briefgen.ingest import ingest
from conftest import ROOT

ITEM = ROOT / "tests" / "data" / "rss" / "dw_1047009.md"
ARMS = ("<!--1599000000000-->\n[美國對臺軍售案獲批](https://www.example.com.tw/news/1)\n------\n\n"
        "<p>美國國務院週三批准一項對臺軍售案，總額約十億美元，包括魚叉飛彈系統。</p>"
        "<p>國防部表示，這項軍售有助於維持區域和平穩定。</p>")


def traditional_copy(folder):
    """The real DW item as a Taiwanese re-post would run it: OpenCC s2twp (Taiwan phrasing,
    軟體 for 软件), Big5 bytes, a later time and another address."""
    text = ITEM.read_text("utf-8").replace("1598954024000", "1598960000000") \
        .replace("a-54772859", "a-1")
    converted = opencc.OpenCC("s2twp").convert(text)
    (folder / "dw_trad.md").write_bytes(converted.encode("big5", errors="replace"))
    (folder / "dw.md").write_bytes(ITEM.read_bytes())
    (folder / "arms.md").write_bytes(ARMS.encode("big5"))


def test_a_big5_traditional_copy_links_to_its_simplified_original(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    traditional_copy(folder)
    with Corpus(tmp_path / "t.db") as corpus:
        ingest([folder], corpus, workers=1)
        by_file = {a.source_path.rsplit("/", 1)[1]: a for a in corpus.articles()}
        original, copy = by_file["dw.md"], by_file["dw_trad.md"]
        assert copy.language == "zh-Hant" and original.language == "zh-Hans"
        assert copy.paragraphs[0].startswith("美聯社")  # the text keeps its script
        assert copy.duplicate_of == original.id
        assert "（德國之聲中文網）" in copy.credits  # a Traditional dateline is still one
        assert "（德國之聲中文網）" not in copy.paragraphs[0]


def test_search_folds_scripts_both_ways(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    traditional_copy(folder)
    with Corpus(tmp_path / "t.db") as corpus:
        ingest([folder], corpus, workers=1)
        for query in ("军售", "軍售", "对台军售"):
            hits = corpus.search(query)
            assert [h.article.title for h in hits] == ["美國對臺軍售案獲批"], query
        assert "軍售" in corpus.search("军售")[0].snippet
        assert len(corpus.search("澳大利亚 拘留")) == 2


def test_an_existing_database_is_reindexed_by_its_migration(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    traditional_copy(folder)
    path = tmp_path / "old.db"
    with Corpus(path) as corpus:
        ingest([folder], corpus, workers=1)
        # Make it look as an older briefgen left it: unfolded index terms, the folding
        # migration not yet applied.
        def unfolded(text: str) -> str:
            return " ".join(run[i:i + 2] for run in re.findall(r"[\u4e00-\u9fff]+", text)
                            for i in range(len(run) - 1))

        for article in corpus.articles():
            corpus.db.execute("UPDATE articles_fts SET title = ?, body = ? WHERE rowid = ?",
                              (unfolded(article.title), unfolded(article.body), article.id))
        corpus.db.execute("DELETE FROM migrations WHERE name LIKE 'fold Traditional%'")
        assert corpus.search("军售") == []
    with Corpus(path) as corpus:
        assert [h.article.title for h in corpus.search("军售")] == ["美國對臺軍售案獲批"]


def test_language_comes_from_the_text():
    assert language("美国国务院批准对台军售，总额约十亿美元。") == "zh-Hans"
    assert language("美國國務院批准對臺軍售，總額約十億美元。") == "zh-Hant"
    # Characters outside any short list still tell: 網路 and 資訊 read Traditional.
    assert language("這項網路資訊計畫於週三啟動，獲得廣泛響應。") == "zh-Hant"
    assert language("The State Department approved an arms sale to Taiwan (对台军售).") == "en"
