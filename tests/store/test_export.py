from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from enligt.errors import StoreError
from enligt.store import Store, ingest_analyses, open_store

from .conftest import tiny_corpus

EXPECTED = {"articles": 4, "attributions": 10, "quantities": 4, "conflicts": 1, "sources": 6}


@pytest.mark.parametrize("what", sorted(EXPECTED))
def test_jsonl_export_has_one_object_per_record(corpus: Store, what: str) -> None:
    out = io.StringIO()
    n = corpus.export(what, "jsonl", out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == len(records) == EXPECTED[what]


@pytest.mark.parametrize("what", sorted(EXPECTED))
def test_csv_export_has_a_header_and_flat_rows(corpus: Store, what: str) -> None:
    out = io.StringIO()
    n = corpus.export(what, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    # conflicts: one CSV row per conflicting value
    assert len(rows) == (2 if what == "conflicts" else EXPECTED[what]) == n


def test_export_content(corpus: Store) -> None:
    out = io.StringIO()
    corpus.export("attributions", "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    dock = next(r for r in rows if r["source"] == "A dock worker")
    assert json.loads(dock["via"]) == ["the Sun"] and dock["outlet"] == "The Daily Ledger"
    out = io.StringIO()
    corpus.export("articles", "jsonl", out)
    first = json.loads(out.getvalue().splitlines()[0])
    assert first["article"]["title"] == first["title"] == "Hamnen i Norvik stängs efter explosionen"


def test_export_rejects_unknown_kinds(corpus: Store) -> None:
    with pytest.raises(StoreError):
        corpus.export("passwords", "jsonl", io.StringIO())
    with pytest.raises(StoreError):
        corpus.export("articles", "xml", io.StringIO())


def test_cli_export(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with open_store(str(db)) as st:
        ingest_analyses(tiny_corpus(), store=st)
    res = subprocess.run([sys.executable, "-m", "enligt", "export", "--db", str(db), "--what", "sources",
                          "--format", "csv"], check=False, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.splitlines()[0].startswith("key,name,")
    assert len(res.stdout.strip().splitlines()) == 7


FORMULAS = [("=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")"),
            ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("Polisen", "Polisen"), ("a=b", "a=b"), ("", "")]


@pytest.mark.parametrize(("text", "cell"), FORMULAS)
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(store: Store, text: str, cell: str) -> None:
    from .conftest import make_analysis

    title = f"{text}" if text else "Rubrik"
    ingest_analyses([make_analysis("f-1", title=title, paras=["Enligt polisen brann det i natt."], outlet=text or None,
                                   attrs=[{"source": "polisen", "cue": "Enligt", "content": "brann det i natt"}])],
                    store=store)
    out = io.StringIO()
    store.export("articles", "csv", out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["title"] == (cell if text else "Rubrik") and row["outlet"] == cell
    assert row["n_attributions"] == "1"  # numbers are not text cells
    out = io.StringIO()
    store.export("articles", "jsonl", out)
    assert json.loads(out.getvalue())["outlet"] == (text or None)  # JSON lines keep the text as it is
