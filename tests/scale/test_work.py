"""Cutting a run into tasks (enligt.scale.work): every page once, in input order, whatever the task size."""
from __future__ import annotations

from pathlib import Path

import pytest

from enligt.ingest.sources import iter_pages
from enligt.ingest.warc import Counts
from enligt.models import Failure, Item, Page
from enligt.scale.work import Files, Pages, Task, WarcRange, plan, plan_items
from enligt.settings import Options


def _seen(items: list[Item]) -> list[tuple[str, str]]:
    return [(i.input, i.content if isinstance(i, Page) else i.error.kind) for i in items]


def _read(tasks: list[Task]) -> list[Item]:
    return [item for t in tasks for item in t.work.read(Options(), {})]


@pytest.mark.parametrize("pages", [1, 5, 32])
def test_tasks_read_the_pages_of_one_process_in_order(inputs: list[str], tmp_path: Path, pages: int) -> None:
    missing = str(tmp_path / "missing.txt")
    args = [inputs[1], missing, *inputs]
    tasks = list(plan(args, options=Options(), pages=pages))
    assert [t.seq for t in tasks] == list(range(len(tasks)))
    assert _seen(_read(tasks)) == _seen(list(iter_pages(args, options=Options())))


def test_a_warc_is_cut_into_ranges_of_about_the_task_size(inputs: list[str]) -> None:
    ranges = [t.work for t in plan([inputs[0]], options=Options(), pages=4)]
    assert all(isinstance(r, WarcRange) for r in ranges) and len(ranges) >= 10
    ends = [r.end for r in ranges]  # type: ignore[union-attr]
    assert ends[:-1] == [r.offsets[0] for r in ranges[1:]] and ends[-1] is None  # type: ignore[union-attr]
    assert all(len(r.keys()) <= 4 for r in ranges)


def test_a_folder_is_cut_into_groups_of_files(inputs: list[str]) -> None:
    groups = [t.work for t in plan([inputs[1]], options=Options(), pages=10)]
    assert [len(g.paths) for g in groups] == [10, 10, 5]  # type: ignore[union-attr]
    assert all(isinstance(g, Files) for g in groups)


@pytest.mark.parametrize("which", [0, 1])
def test_split_work_reads_the_same_pages(inputs: list[str], which: int) -> None:
    (task, *_) = plan([inputs[which]], options=Options(), pages=12)
    parts = task.split()
    assert len(parts) > 1 and all(p.seq == task.seq for p in parts)
    assert _seen(_read(parts)) == _seen(_read([task]))


def test_idents_name_the_work_and_stay_the_same(inputs: list[str]) -> None:
    first = [t.work.ident() for t in plan(inputs, options=Options(), pages=8)]
    again = [t.work.ident() for t in plan(inputs, options=Options(), pages=8)]
    assert first == again and len(set(first)) == len(first)


def test_pages_made_by_a_program_go_in_groups() -> None:
    items: list[Item] = [Page(input=f"p{i}", content=f"Text {i}.", kind="text") for i in range(7)]
    tasks = list(plan_items(items, pages=3))
    assert [len(t.work.items) for t in tasks] == [3, 3, 1]  # type: ignore[union-attr]
    assert isinstance(tasks[0].work, Pages) and tasks[0].work.keys() == ["p0", "p1", "p2"]
    assert _read(tasks) == items


def test_warc_range_counts_its_records(inputs: list[str]) -> None:
    counts: dict[str, Counts] = {}
    for task in plan([inputs[0]], options=Options(), pages=8):
        list(task.work.read(Options(), counts))
    assert counts[inputs[0]].pages == 41 and counts[inputs[0]].opened


def test_a_missing_input_is_a_failure_in_its_place(tmp_path: Path) -> None:
    (task,) = plan([str(tmp_path / "nope.html")], options=Options())
    (item,) = list(task.work.read(Options(), {}))
    assert isinstance(item, Failure) and item.error.kind == "missing"


def test_a_symlink_loop_and_a_name_that_is_not_utf8_plan_like_any_file(tmp_path: Path) -> None:
    """Path.resolve() raised RuntimeError('Symlink loop') in a task's ident() and keys(), and `--workers` ended in a
    traceback; a name with bytes that are not UTF-8 gave keys with surrogates the database refuses. The keys are
    the corpus keys the pages get (`page_key` of their input), so the stored-unchanged check still finds them."""
    import os

    from enligt.store.keys import page_key

    (tmp_path / "a.txt").write_text("Ett", encoding="utf-8")
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")
    with open(os.path.join(os.fsencode(tmp_path), b"z\xff.txt"), "wb") as fh:
        fh.write(b"Tre sidor")
    [task] = list(plan([str(tmp_path)], options=Options()))
    assert isinstance(task.work, Files) and len(task.work.paths) == 4
    assert task.work.ident()
    keys = task.work.keys()
    assert all(k.encode("utf-8") for k in keys)
    pages = [i for i in task.work.read(Options(), {}) if isinstance(i, Page)]
    assert [page_key(p) for p in pages] == [keys[0], keys[3]]
    assert keys[3] == str(tmp_path / "z\\xff.txt")
