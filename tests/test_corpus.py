"""Building the corpus (enligt.corpus): pages read, analysed and stored, idempotently and resumably."""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from enligt.corpus import add_analysis, ingest, ingest_pages
from enligt.ingest.read import page_from_bytes
from enligt.models import Failure, Item
from enligt.settings import Options
from enligt.store import Store, ingest_analyses, open_store
from enligt.store.writer import store_analysis

from .store.conftest import make_analysis

PAGE = """Testbladet

Åtta gripna efter inbrott i {town}

Polisen har gripit åtta personer i {town}, enligt Smålandsposten. Inbrotten skedde under flera
veckor i villor och sommarstugor runt orten, och grannar hade länge larmat om främmande bilar.

– Vi är glada att det äntligen har lett till gripanden, säger en boende i området till tidningen.

Förundersökningen leds av en åklagare i Växjö, som ska pröva häktningsfrågan senast på fredag.

Av Karin Ek
Publicerad 3 mars 2023
"""


def _pages(n: int, start: int = 0) -> Iterator[Item]:
    for i in range(start, n):
        yield page_from_bytes(PAGE.format(town=f"Ort{i}").encode(), where=f"page-{i}.txt")


def test_the_same_pages_twice_are_stored_once(store: Store) -> None:
    first = ingest_pages(_pages(5), store=store, options=Options())
    again = ingest_pages(_pages(5), store=store, options=Options())
    assert (first.added, first.unchanged) == (5, 0)
    assert (again.added, again.unchanged, again.failed) == (0, 5, 0)
    assert store.list_articles()["total"] == 5
    assert sorted(again.article_ids) == [] and sorted(first.article_ids) == [1, 2, 3, 4, 5]



def test_an_interrupted_ingest_keeps_what_was_done_and_resumes(store: Store) -> None:
    def interrupted() -> Iterator[Item]:
        yield from _pages(7)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest_pages(interrupted(), store=store, options=Options())
    assert store.list_articles()["total"] == 7
    resumed = ingest_pages(_pages(12), store=store, options=Options())
    assert (resumed.unchanged, resumed.added) == (7, 5)


def test_a_killed_process_loses_at_most_the_open_batch(tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    code = (
        "import os, sys\n"
        "from enligt.corpus import ingest_pages\n"
        "from enligt.store import open_store\n"
        "from enligt.store import writer as m\n"
        "from enligt.settings import Options\n"
        "from tests.test_corpus import _pages\n"
        "m.BATCH_PAGES, m.BATCH_SECONDS = 3, 1e9\n"
        "def pages():\n"
        "    for i, page in enumerate(_pages(20)):\n"
        "        if i == 10: os._exit(9)\n"
        "        yield page\n"
        f"ingest_pages(pages(), store=open_store({str(db)!r}), options=Options())\n")
    root = Path(__file__).resolve().parents[1]
    res = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=120, cwd=root)
    assert res.returncode == 9, res.stderr
    with open_store(str(db)) as st:
        assert st.list_articles()["total"] == 9  # three committed batches of three
        report = ingest_pages(_pages(20), store=st, options=Options())
        assert (report.unchanged, report.added) == (9, 11)


def test_bad_pages_are_reported_and_skipped(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE.format(town="Växjö"), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00binary\x00")
    (tmp_path / "c.txt").write_text("   \n", encoding="utf-8")
    seen: list[Failure] = []
    report = ingest([str(tmp_path), str(tmp_path / "missing.txt")], store=store, options=Options(),
                    on_failure=seen.append)
    assert report.added == 1 and report.failed == 3
    assert [Path(f.input).name for f in seen] == ["b.txt", "c.txt", "missing.txt"]
    assert list(report.failures) == seen



def test_cli_ingest_reports_bad_pages_one_line_each_and_exits_1(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(PAGE.format(town="Lund"), encoding="utf-8")
    (pages / "b.txt").write_bytes(b"\x00\x00binary\x00")
    db = tmp_path / "cli.db"
    cmd = [sys.executable, "-m", "enligt", "ingest", str(pages), "--db", str(db)]
    res = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=120)
    assert res.returncode == 1
    assert res.stderr.strip().splitlines() == [line for line in res.stderr.strip().splitlines() if "b.txt" in line]
    assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.stderr
    assert "1 added" in res.stdout
    (pages / "b.txt").unlink()
    again = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "1 unchanged" in again.stdout


def test_cli_unreachable_postgres_is_one_clear_line_without_the_password(tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "enligt", "ingest", str(tmp_path), "--db",
                          "postgresql://user:secret@127.0.0.1:1/enligt"], check=False, capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 1
    assert len(res.stderr.strip().splitlines()) == 1 and res.stderr.startswith("enligt: store: ")
    assert "secret" not in res.stderr and "Traceback" not in res.stderr



def test_reads_go_on_while_a_writer_ingests(tmp_path: Path) -> None:
    import threading

    with open_store(str(tmp_path / "busy.db")) as st:
        errors: list[BaseException] = []
        done = threading.Event()

        def read() -> None:
            try:
                while not done.is_set():
                    st.search("Ort1*")
                    st.list_articles(limit=5)
                    st.overview()
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        readers = [threading.Thread(target=read) for _ in range(2)]
        for t in readers:
            t.start()
        report = ingest_pages(_pages(30), store=st, options=Options())
        done.set()
        for t in readers:
            t.join()
        assert errors == [] and report.added == 30


def test_add_analysis_stores_one_page_and_returns_its_id(store: Store) -> None:
    analysis = make_analysis("one", title="En sida", paras=["Enligt polisen brann det i natt."],
                             attrs=[{"source": "polisen", "cue": "Enligt", "content": "brann det i natt"}])
    article_id = add_analysis(analysis, store=store)
    assert store.get_article(article_id)["title"] == "En sida"
    assert add_analysis(analysis, store=store) == article_id  # the same page again: the same article


def test_concurrent_add_analysis_calls_all_land(tmp_path: Path) -> None:
    import threading

    with open_store(str(tmp_path / "web.db")) as st:
        pages = [make_analysis(f"p{i}", title=f"Sida {i}", paras=[f"Text nummer {i} om något."]) for i in range(12)]
        ids: list[int] = []
        threads = [threading.Thread(target=lambda a=a: ids.append(add_analysis(a, store=st))) for a in pages]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(ids) == list(range(1, 13)) and st.list_articles()["total"] == 12


def test_the_same_content_under_another_key_is_a_duplicate_not_a_second_article(store: Store) -> None:
    """The same page ingested from another folder counted twice in conflicts (issue 13)."""
    def copies(prefix: str) -> Iterator[Item]:
        for i in range(3):
            yield page_from_bytes(PAGE.format(town=f"Ort{i}").encode(), where=f"{prefix}/page-{i}.txt")

    first = ingest_pages(copies("a"), store=store, options=Options())
    again = ingest_pages(copies("b"), store=store, options=Options())
    assert (first.added, first.duplicates) == (3, 0)
    assert (again.added, again.duplicates, again.failed) == (0, 3, 0)
    assert "3 duplicates" in again.summary() and again.to_dict()["duplicates"] == 3
    assert store.list_articles()["total"] == 3


def test_duplicates_within_one_batch_and_from_analyses_are_caught_at_write(store: Store) -> None:
    a = make_analysis("x/one.txt", title="Samma text", paras=["Enligt polisen brann det i natt."],
                      attrs=[{"source": "polisen", "cue": "Enligt", "content": "brann det i natt"}])
    b = make_analysis("y/one.txt", title="Samma text", paras=["Enligt polisen brann det i natt."],
                      attrs=[{"source": "polisen", "cue": "Enligt", "content": "brann det i natt"}])
    report = ingest_analyses([a, b], store=store)
    assert (report.added, report.duplicates) == (1, 1)
    assert store_analysis(b, store=store) == report.article_ids[0]  # the stored article's id
    assert store.list_articles()["total"] == 1
