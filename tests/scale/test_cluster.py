"""Ingest and analysis on a real Dask LocalCluster of two worker processes: the same corpus as one process
(row counts and content digests), in SQLite and PostgreSQL; a worker killed mid-run loses nothing and
duplicates nothing; a page that kills its worker every time is reported and the rest is stored."""
from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from enligt.scale.cluster import DaskRunner
from enligt.scale.run import analyze_parallel, ingest_parallel, ingest_tasks
from enligt.scale.work import plan
from enligt.scale.worker import Outcome
from enligt.settings import Options
from enligt.store import Store, open_store
from enligt.store.digest import corpus_digest

from .conftest import GOOD_PAGES, searched

distributed = pytest.importorskip("distributed")
OPTIONS = Options()


@contextmanager
def local_cluster(allowed_failures: int) -> Iterator[Any]:
    """Two single-threaded worker processes, one task at a time each (as `enligt.scale.cluster.connect` starts
    them); Dask gives up on a task after `allowed_failures` + 1 worker deaths."""
    import dask

    config = {"distributed.scheduler.allowed-failures": allowed_failures,
              "distributed.scheduler.worker-saturation": 1.0}
    with dask.config.set(config), distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                                          dashboard_address=":0",
                                                          silence_logs=logging.CRITICAL) as local:
        yield local


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with local_cluster(allowed_failures=1) as local:
        yield local


def test_two_workers_make_the_corpus_of_one_process(store: Store, cluster: Any, inputs: list[str],
                                                     reference: dict[str, tuple[int, str]],
                                                     reference_search: dict[str, int]) -> None:
    seen: list[str] = []
    report = ingest_parallel(inputs, store=store, options=OPTIONS, scheduler=cluster.scheduler_address, pages=6,
                             on_failure=lambda f: seen.append(f.input))
    assert (report.added, report.failed) == (GOOD_PAGES, 2) and len(seen) == 2
    assert corpus_digest(store) == reference
    assert searched(store) == reference_search  # SQLite: stems made on the workers
    again = ingest_parallel(inputs, store=store, options=OPTIONS, scheduler=cluster.scheduler_address, pages=6)
    assert (again.added, again.unchanged) == (0, GOOD_PAGES) and corpus_digest(store) == reference


def test_a_worker_killed_mid_run_loses_nothing_and_duplicates_nothing(
        store: Store, cluster: Any, inputs: list[str], reference: dict[str, tuple[int, str]]) -> None:
    with distributed.Client(cluster) as client:
        client.wait_for_workers(1, timeout=120)  # (the one killed by the test before may still be starting)
        pids = list(client.run(os.getpid).values())
        tasks = list(plan(inputs, options=OPTIONS, pages=3))
        done: list[Outcome] = []

        def kill_once(outcome: Outcome) -> None:
            done.append(outcome)
            if len(done) == 2:
                os.kill(pids[0], signal.SIGKILL)  # the tasks it holds are rerun elsewhere

        report = ingest_tasks(tasks, run_on=DaskRunner(client), store=store, options=OPTIONS, watch=kill_once)
        assert len(done) == len(tasks) > 10  # killed after 2 of them: most of the run still to do
        # (PostgreSQL: a task the dead worker had committed is written again by its rerun, as unchanged)
        assert report.added + report.unchanged == GOOD_PAGES and report.failed == 2
        assert corpus_digest(store) == reference
        assert pids[0] not in client.run(os.getpid).values()  # (its nanny starts a new one, in its own time)


def test_analyze_keeps_the_input_order(cluster: Any, inputs: list[str]) -> None:
    from enligt.pipeline import analyze

    one = [getattr(r, "page", r).input for r in analyze(inputs, options=OPTIONS)]
    many = list(analyze_parallel(inputs, options=OPTIONS, scheduler=cluster.scheduler_address, pages=4))
    assert len(many) == len(one) == GOOD_PAGES + 2
    import json

    assert [json.loads(r)["input"] if isinstance(r, str) else r.input for r in many] == one


def test_a_dataset_written_by_workers_holds_every_page_once(cluster: Any, inputs: list[str], tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    out = f"parquet:{tmp_path / 'ds'}"
    first = ingest_parallel(inputs, store=None, out=out, options=OPTIONS, scheduler=cluster.scheduler_address, pages=5)
    again = ingest_parallel(inputs, store=None, out=out, options=OPTIONS, scheduler=cluster.scheduler_address, pages=5)
    assert (first.added, again.added, again.unchanged) == (GOOD_PAGES, 0, GOOD_PAGES)
    keys = duckdb.sql(f"SELECT count(*), count(DISTINCT key) FROM read_parquet('{tmp_path}/ds/*/articles.parquet')")
    assert keys.fetchall() == [(GOOD_PAGES, GOOD_PAGES)]
    assert not (tmp_path / "ds" / ".tmp").exists()


def test_a_page_that_kills_its_worker_is_reported_and_the_rest_is_stored(tmp_path: Path) -> None:
    import cloudpickle

    from . import poison

    folder = tmp_path / "pages"
    folder.mkdir()
    page = "Rubrik om {n}\n\nEnligt polisen brann det i natt i {n}, säger en talesperson till TT.\n"
    names = ["a-ok.txt", "flaky-b.txt", "c-ok.txt", "poison-d.txt", "e-ok.txt", "f-ok.txt"]
    for name in names:
        (folder / name).write_text(page.format(n=name[:-4]), encoding="utf-8")
    (tmp_path / "markers").mkdir()
    cloudpickle.register_pickle_by_value(poison)
    # its own cluster, where the first death of a task's worker gives the task up: the fewest restarts
    with local_cluster(allowed_failures=0) as cluster, distributed.Client(cluster) as client:
        client.register_plugin(poison.Poison(str(tmp_path / "markers")))
        with open_store(str(tmp_path / "poisoned.db")) as store:
            report = ingest_parallel([str(folder)], store=store, options=OPTIONS,
                                     scheduler=cluster.scheduler_address, pages=6)
            stored = sorted(Path(a["input"]).name for a in store.list_articles()["items"])
    assert [Path(f.input).name for f in report.failures] == ["poison-d.txt"]
    assert report.failures[0].error.kind == "cluster"
    assert stored == sorted(n for n in names if n != "poison-d.txt")


def test_cli_runs_its_own_local_cluster(tmp_path: Path, inputs: list[str]) -> None:
    cmd = [sys.executable, "-m", "enligt", "analyze", "--format", "jsonl", inputs[1]]
    one = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False)
    two = subprocess.run([*cmd, "--workers", "2"], capture_output=True, text=True, timeout=300, check=False)
    assert one.returncode == two.returncode == 1  # the empty page
    assert two.stdout == one.stdout and two.stdout.count("\n") == 24
    assert two.stderr.strip().splitlines() == one.stderr.strip().splitlines()


def test_a_local_cluster_says_nothing_when_the_dask_dashboard_port_is_taken(inputs: list[str]) -> None:
    import socket

    with socket.socket() as busy:  # Dask's default dashboard port, held as another cluster on the machine would
        try:
            busy.bind(("127.0.0.1", 8787))
        except OSError:
            pass  # already taken by something else: the same situation
        busy.listen()
        cmd = [sys.executable, "-m", "enligt", "analyze", "--format", "jsonl", inputs[1], "--workers", "2"]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False)
    assert res.returncode == 1 and res.stdout.count("\n") == 24  # the empty page
    assert all(line.startswith("enligt: ") for line in res.stderr.splitlines()), res.stderr


def test_a_cluster_without_workers_ends_the_run_instead_of_waiting_for_ever(
        monkeypatch: pytest.MonkeyPatch, inputs: list[str]) -> None:
    from enligt.errors import ClusterError
    from enligt.scale import cluster as cluster_module

    monkeypatch.setattr(cluster_module, "POLL_SECONDS", 0.2)
    monkeypatch.setattr(cluster_module, "NO_WORKERS_SECONDS", 1.0)
    with distributed.LocalCluster(n_workers=0, dashboard_address=":0", silence_logs=logging.CRITICAL) as empty, \
            pytest.raises(ClusterError, match="no worker for 1 s"):
        list(analyze_parallel(inputs, options=OPTIONS, scheduler=empty.scheduler_address))


@pytest.mark.parametrize(("address", "message"), [
    ("nonsense", "nonsense: not a scheduler address like tcp://HOST:PORT (missing port number in address 'nonsense')"),
    ("tcp://somehost", ("tcp://somehost: not a scheduler address like tcp://HOST:PORT (missing port number in "
                        "address 'somehost')")),
])
def test_a_scheduler_address_that_is_no_address_is_a_cluster_error(address: str, message: str) -> None:
    """--scheduler nonsense was a ValueError traceback out of Dask's address parser."""
    from enligt.errors import ClusterError
    from enligt.scale.cluster import connect

    with pytest.raises(ClusterError) as err, connect(scheduler=address):
        pass
    assert str(err.value) == message
