"""Shared fixtures: the real seed files, the example corpus, fresh databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.cleaning import PublisherTable, clean
from briefgen.corpus import Corpus
from briefgen.model import Article
from briefgen.readers import read_path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def publishers() -> PublisherTable:
    return PublisherTable()


@pytest.fixture(scope="session")
def expected() -> dict:
    return {name: entry for name, entry in
            json.loads((SEEDS / "expected.json").read_text("utf-8")).items()
            if not name.startswith("_")}


@pytest.fixture(scope="session")
def seed_articles(publishers) -> dict[str, Article]:
    return {path.name: clean(read_path(path)[0], publishers)
            for path in sorted(SEEDS.glob("00*.txt"))}


@pytest.fixture
def fresh_db(tmp_path) -> Corpus:
    corpus = Corpus(tmp_path / "test.db")
    yield corpus
    corpus.close()


def read_one(path: Path, publishers: PublisherTable) -> Article:
    documents = read_path(path)
    assert len(documents) == 1
    return clean(documents[0], publishers)
