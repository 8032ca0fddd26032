"""Shared fixtures: the real seed files, the example corpus, fresh databases."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from briefgen.cleaning import PublisherTable, clean
from briefgen.corpus import Corpus
from briefgen.model import Article
from briefgen.readers import read_path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "data" / "seeds"  # the seed documents (origins: tests/data/README.md)
EXAMPLES = ROOT / "examples" / "corpus"
CANONICAL = ROOT / "briefs" / "extended-deterrence.yaml"
ARTIFACTS = ROOT / "test-artifacts"  # screenshots and renders worth a look; not committed

# Property tests (tests/test_properties.py): `ci`, the default, runs a fixed seed so every run
# checks the same inputs (examples carry several inputs: 10,000 inputs a surface); `long`
# (pytest --hypothesis-profile=long) runs ten times as many, new ones each time.
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("ci", max_examples=1250, derandomize=True, database=None,
                          deadline=None, suppress_health_check=_SLOW_OK, print_blob=True)
settings.register_profile("long", max_examples=12500, deadline=None,
                          suppress_health_check=_SLOW_OK, print_blob=True)
settings.load_profile("ci")


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


def spec_on(tmp_path: Path, terms: list[str]) -> Path:
    """A spec whose topic and dictionary are `terms` (the segmenter keeps them whole)."""
    spec = tmp_path / "topic.yaml"
    spec.write_text("title: 测试\ntopic:\n  keywords: [" + ", ".join(terms) + "]\n"
                    f"dictionary: [{', '.join(terms)}]\n", "utf-8")
    return spec


def read_one(path: Path, publishers: PublisherTable) -> Article:
    documents = read_path(path)
    assert len(documents) == 1
    return clean(documents[0], publishers)


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> Path:
    """A corpus of the five real seeds (ingested once per test run)."""
    from briefgen.ingest import ingest

    folder = tmp_path_factory.mktemp("seeds")
    for path in SEEDS.glob("00*.txt"):
        shutil.copy(path, folder / path.name)
    with Corpus(folder / "corpus.db") as corpus:
        ingest([folder], corpus, workers=1)
    return folder / "corpus.db"


@pytest.fixture(scope="session")
def canonical(seeds_db, tmp_path_factory) -> dict[str, Path]:
    """The canonical brief from the seeds in every format, as `briefgen build` writes it."""
    from briefgen.build import build

    out = tmp_path_factory.mktemp("canonical")
    with Corpus(seeds_db) as corpus:
        paths = build(CANONICAL, corpus, out, ["html", "pdf", "md", "json"])
    ARTIFACTS.mkdir(exist_ok=True)
    for path in paths:
        shutil.copy(path, ARTIFACTS / path.name)
    return {path.suffix[1:]: path for path in paths}
