"""Parquet (enligt.store.parquet): every export kind as a typed file, dataset parts written whole or not at
all, and the DuckDB queries of docs/scale.md over both."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from enligt.errors import StoreError
from enligt.store import Store
from enligt.store import parquet as pq_module
from enligt.store.parquet import DATASET_TABLES, export_parquet, part_done, part_rows, write_part
from enligt.store.writer import prepare

from .conftest import tiny_corpus

pa = pytest.importorskip("pyarrow")
import pyarrow.parquet as pq

# conflicts: one row per conflicting value, as in CSV
ROWS = {"articles": 4, "attributions": 10, "quantities": 4, "conflicts": 2, "sources": 6}


@pytest.mark.parametrize("what", sorted(ROWS))
def test_each_kind_of_record_exports_to_one_typed_file(corpus: Store, tmp_path: Path, what: str) -> None:
    path = tmp_path / f"{what}.parquet"
    assert export_parquet(corpus, what=what, path=path) == ROWS[what]
    table = pq.read_table(path)
    assert table.num_rows == ROWS[what]
    types = {f.name: f.type for f in table.schema}
    wanted = {"articles": {"id": pa.int64(), "authors": pa.list_(pa.string())},
              "attributions": {"hearsay": pa.bool_(), "via": pa.list_(pa.string())},
              "quantities": {"value": pa.float64(), "approx": pa.bool_()},
              "conflicts": {"value": pa.float64(), "article_id": pa.int64()},
              "sources": {"attributions": pa.int64(), "by_outlet": pa.map_(pa.string(), pa.int64())}}[what]
    assert {k: types[k] for k in wanted} == wanted


def test_export_content_survives_the_round_trip(corpus: Store, tmp_path: Path) -> None:
    export_parquet(corpus, what="attributions", path=tmp_path / "a.parquet")
    rows = pq.read_table(tmp_path / "a.parquet").to_pylist()
    dock = next(r for r in rows if r["source"] == "A dock worker")
    assert dock["via"] == ["the Sun"] and dock["outlet"] == "The Daily Ledger" and dock["hearsay"] is False
    spans = dict(dock["spans"])
    assert spans["content"][1] > spans["content"][0]


def test_an_empty_corpus_exports_an_empty_file(store: Store, tmp_path: Path) -> None:
    assert export_parquet(store, what="quantities", path=tmp_path / "q.parquet") == 0
    assert pq.read_table(tmp_path / "q.parquet").num_rows == 0


def test_unknown_kind_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot export"):
        export_parquet(store, what="everything", path=tmp_path / "x.parquet")


def test_a_dataset_part_holds_every_table_and_is_written_once(tmp_path: Path) -> None:
    rows = [prepare(a) for a in tiny_corpus()]
    assert write_part(tmp_path, "p1", rows) == 4 and part_done(tmp_path, "p1") and part_rows(tmp_path, "p1") == 4
    assert sorted(p.name for p in (tmp_path / "part-p1").iterdir()) == sorted(f"{t}.parquet" for t in DATASET_TABLES)
    assert write_part(tmp_path, "p1", rows[:1]) == 0  # in place already: left as it is
    assert pq.read_table(tmp_path / "part-p1" / "attributions.parquet").num_rows == 10
    keys = pq.read_table(tmp_path / "part-p1" / "quantities.parquet").column("article_key").to_pylist()
    assert sorted(set(keys)) == ["en-1", "en-2", "sv-1", "sv-2"]


def test_an_interrupted_part_leaves_nothing_a_reader_sees(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pq_module.write_table

    def fail_on_quantities(path: Path, rows: object, **kw: object) -> int:
        if path.name == "quantities.parquet":
            raise StoreError("disk full (simulated)")
        return real(path, rows, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(pq_module, "write_table", fail_on_quantities)
    with pytest.raises(StoreError):
        write_part(tmp_path, "p2", [prepare(a) for a in tiny_corpus()])
    assert not part_done(tmp_path, "p2") and list(tmp_path.glob("*/articles.parquet")) == []


def test_the_duckdb_queries_of_the_docs_run(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    write_part(tmp_path / "ds", "a", [prepare(a) for a in tiny_corpus()[:2]])
    write_part(tmp_path / "ds", "b", [prepare(a) for a in tiny_corpus()[2:]])
    doc = (Path(__file__).parents[2] / "docs" / "scale.md").read_text(encoding="utf-8")
    queries = [block.split("\n", 1)[1] for block in doc.split("```")[1::2] if block.startswith("sql\n")]
    assert len(queries) >= 2
    con = duckdb.connect()
    con.execute(f"SET file_search_path = '{tmp_path}'")
    results = [con.sql(q).fetchall() for q in queries]
    assert all(results)
    top = {row[0]: row[1] for row in results[0]}
    assert top["sun"] == 3  # "The Sun", "the Sun" and "Tidningen" (resolved to The Sun): one source, 3 claims


def test_missing_pyarrow_is_one_clear_error(monkeypatch: pytest.MonkeyPatch, store: Store, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(StoreError, match=r"pip install 'enligt\[scale\]'"):
        export_parquet(store, what="articles", path=tmp_path / "x.parquet")
