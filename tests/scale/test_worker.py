"""One task on a worker (enligt.scale.worker.run_task), run here: each sink, the skip of stored pages, reruns."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from enligt.models import Failure
from enligt.output.jsonout import analysis_json
from enligt.pipeline import analyze_items
from enligt.scale.work import Task, plan
from enligt.scale.worker import Sink, run_task
from enligt.settings import Options
from enligt.store import Store
from enligt.store.keys import content_hash, page_key
from enligt.store.parquet import part_done
from enligt.store.writer import Prepared

OPTIONS = Options()


def _folder_task(inputs: list[str]) -> Task:
    (task,) = plan([inputs[1]], options=OPTIONS, pages=100)
    return task


def test_rows_come_back_in_input_order_with_failures_in_place(inputs: list[str]) -> None:
    out = run_task(_folder_task(inputs), sink=Sink("rows"), options=OPTIONS)
    assert out.pages == 25 and len(out.items) == 25 and out.unchanged == 0
    kinds = [type(i).__name__ for i in out.items]
    assert kinds.count("Failure") == 1 and kinds.count("Prepared") == 24
    expected = [r.page.input for r in analyze_items(_folder_task(inputs).work.read(OPTIONS, {}), options=OPTIONS)
                if not isinstance(r, Failure)]
    assert [i.input for i in out.items if isinstance(i, Prepared)] == expected
    assert out.pid > 0 and out.rss_mb > 0 and out.cpu > 0


def test_pages_stored_unchanged_are_skipped_unanalysed(inputs: list[str]) -> None:
    task = _folder_task(inputs)
    pages = [p for p in task.work.read(OPTIONS, {}) if not isinstance(p, Failure)]
    known = {page_key(p): content_hash(p) for p in pages[:10]}
    known[page_key(pages[10])] = "an older version"
    out = run_task(Task(task.seq, task.work, known), sink=Sink("rows"), options=OPTIONS)
    assert out.unchanged == 10 and len(out.items) == 15 and out.pages == 25


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_render_gives_what_analyze_prints(inputs: list[str], fmt: str) -> None:
    task = _folder_task(inputs)
    out = run_task(task, sink=Sink("render", fmt), options=OPTIONS)
    want = [analysis_json(r, input_name=r.page.input if fmt == "jsonl" else None, indent=None if fmt == "jsonl" else 2)
            if not isinstance(r, Failure) else "failure"
            for r in analyze_items(task.work.read(OPTIONS, {}), options=OPTIONS)]
    assert [i if isinstance(i, str) else "failure" for i in out.items] == want
    assert json.loads(next(i for i in out.items if isinstance(i, str)))["article"]["title"]


def test_a_dataset_part_is_written_once(inputs: list[str], tmp_path: Path) -> None:
    task = _folder_task(inputs)
    first = run_task(task, sink=Sink("parquet", str(tmp_path)), options=OPTIONS)
    assert first.added == 24 and [type(i).__name__ for i in first.items] == ["Failure"]
    assert part_done(tmp_path, task.work.ident())
    again = run_task(task, sink=Sink("parquet", str(tmp_path)), options=OPTIONS)
    assert (again.added, again.unchanged, again.pages) == (0, 24, 24)


def test_a_shared_database_is_written_by_the_worker(store: Store, inputs: list[str]) -> None:
    if store.backend.shared_url is None:
        pytest.skip("only a database that several processes write (PostgreSQL)")
    task = _folder_task(inputs)
    first = run_task(task, sink=Sink("db", store.backend.shared_url), options=OPTIONS)
    assert (first.added, len(first.items)) == (24, 1) and store.list_articles()["total"] == 24
    again = run_task(task, sink=Sink("db", store.backend.shared_url), options=OPTIONS)
    assert (again.added, again.unchanged) == (0, 24) and store.list_articles()["total"] == 24
