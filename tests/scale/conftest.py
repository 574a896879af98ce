"""Inputs for the scale tests: a folder of generated text pages and a WARC of generated HTML pages, with a
bad page in each, and the corpus one process makes of them (the reference every worker run must equal)."""
from __future__ import annotations

from pathlib import Path

import pytest

from enligt.bench.synth import synthetic_page
from enligt.bench.warc import html_page, write_archive
from enligt.corpus import ingest
from enligt.settings import Options
from enligt.store import Store, open_store
from enligt.store.digest import corpus_digest

SEARCHES = ("soldiers", "soldater", "killed", "Kramatorsk", "explosions")  # words of the generated pages
FOLDER_PAGES = 24
WARC_PAGES = 40
GOOD_PAGES = FOLDER_PAGES + WARC_PAGES  # one bad page in each input besides these


def make_inputs(root: Path) -> list[str]:
    folder = root / "pages"
    (folder / "sub").mkdir(parents=True)
    for i in range(FOLDER_PAGES):
        name, text = synthetic_page(i, seed=3)
        (folder / ("sub" if i % 3 else "") / name).write_text(text, encoding="utf-8")
    (folder / "sub" / "empty.txt").write_text("   \n", encoding="utf-8")
    pages = [html_page(i) for i in range(WARC_PAGES)]
    pages.insert(7, ("https://synth.example/binary", b"\x00\x01\x02 not a page \x00"))
    warc = root / "crawl.warc.gz"
    with warc.open("wb") as fh:
        write_archive(fh, pages, gzip=True)
    return [str(warc), str(folder)]


@pytest.fixture(scope="session")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return make_inputs(tmp_path_factory.mktemp("scale-inputs"))


def searched(store: Store) -> dict[str, int]:
    """How many articles each of `SEARCHES` finds (the full-text index is outside the digest)."""
    return {word: store.search(word)["total"] for word in SEARCHES}


@pytest.fixture(scope="session")
def reference(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str]]:
    """The digest of the corpus one process makes of `inputs` (enligt.corpus.ingest, no workers)."""
    with open_store(str(tmp_path_factory.mktemp("reference") / "one.db")) as store:
        report = ingest(inputs, store=store, options=Options())
        assert (report.added, report.failed) == (GOOD_PAGES, 2)
        return corpus_digest(store)


@pytest.fixture(scope="session")
def reference_search(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    with open_store(str(tmp_path_factory.mktemp("reference-search") / "one.db")) as store:
        ingest(inputs, store=store, options=Options())
        found = searched(store)
    assert all(found.values()), found
    return found
