"""The one seam around Dask (dask.distributed): a cluster to run on, and tasks run on it in order.

`connect` starts a `LocalCluster` of N single-threaded worker processes (the analysis is pure Python:
processes, not threads, use the cores) or joins a running scheduler (`tcp://host:port`): the same code
path either way. `DaskRunner.run` submits tasks with a bounded window (memory stays flat however long
the input) and yields their outcomes in input order. When a task keeps killing its worker (Dask gives
up after `distributed.scheduler.allowed-failures` deaths), it is split into single pages, and a page
that still kills its worker, tried on its own `SINGLE_PAGE_TRIES` times (a page that only shared a
dying worker's queue gets through), is reported as a failure; a worker killed once (out of memory, a
lost machine) just has its tasks rerun elsewhere. `LocalRunner` runs tasks in this process.
Closing a cluster races in Dask (a worker's heartbeat in flight when its connections close is logged
with a traceback); once the run is over nothing Dask logs is the user's business, so the teardown is
quiet (`quiet_logs` in every process of a local cluster, and in this one while it closes).
Install with `pip install 'enligt[scale]'`.
"""
from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import Any, Protocol, Self

from enligt.errors import ClusterError
from enligt.models import Failure
from enligt.scale.work import Task
from enligt.scale.worker import Outcome

Run = Callable[..., Outcome]
WINDOW_PER_WORKER = 6  # tasks queued or held per worker: enough to hide a slow task, little memory
POLL_SECONDS = 5.0  # how often a wait for a task asks the scheduler whether the cluster still has workers
CTRL_C_SECONDS = 0.5  # how often a wait for a task looks whether Ctrl-C was pressed
NO_WORKERS_SECONDS = 120.0  # a cluster without a worker for this long ends the run with a ClusterError
SINGLE_PAGE_TRIES = 3  # a page whose task Dask gave up on is tried this often on its own before it is left out
QUIET = ("distributed", "tornado", "asyncio")  # the loggers a cluster's teardown writes to
LOCAL_CONFIG = {
    # one task at a time on each worker: a task queued behind a page that kills its worker is not blamed
    "distributed.scheduler.worker-saturation": 1.0,
    # no statistical profiler sampling each worker's stack every 10 ms (it feeds a dashboard nobody opens)
    "distributed.worker.profile.enabled": False,
}


def dask() -> Any:
    """The `distributed` module, or a `ClusterError` that says how to install it."""
    try:
        import distributed
    except ImportError as exc:
        raise ClusterError("running on workers needs Dask: pip install 'enligt[scale]'") from exc
    return distributed


def dask_config() -> Any:
    """Dask's configuration (`dask.config`: YAML files, DASK_* environment variables)."""
    import dask

    return dask.config


class Runner(Protocol):
    workers: int

    def run(self, fn: Run, tasks: Iterable[Task], **kwargs: Any) -> Iterator[Outcome]: ...


class LocalRunner:
    """Runs each task here, in order (no cluster)."""

    workers = 1

    def run(self, fn: Run, tasks: Iterable[Task], **kwargs: Any) -> Iterator[Outcome]:
        for task in tasks:
            yield fn(task, **kwargs)


def merge(seq: int, outcomes: list[Outcome]) -> Outcome:
    """One outcome for a task run as several smaller ones (in order)."""
    return Outcome(seq, sum(o.pages for o in outcomes), tuple(i for o in outcomes for i in o.items),
                   added=sum(o.added for o in outcomes), updated=sum(o.updated for o in outcomes),
                   unchanged=sum(o.unchanged for o in outcomes), duplicates=sum(o.duplicates for o in outcomes),
                   article_ids=tuple(i for o in outcomes for i in o.article_ids),
                   warc=tuple(w for o in outcomes for w in o.warc), cpu=sum(o.cpu for o in outcomes),
                   seconds=sum(o.seconds for o in outcomes))


class CtrlC:
    """Ctrl-C sets a flag while Dask is waited on, and `check` raises the KeyboardInterrupt between Dask's calls.
    A KeyboardInterrupt inside Dask's `sync` (every blocking client call) that lands before its future exists
    makes its loop thread log a NameError traceback (distributed 2026.8, `sync.<locals>.cancel`). Only the main
    thread can take signals; elsewhere this does nothing."""

    def __init__(self) -> None:
        self.heard = False
        self._previous: Any = None

    def _hear(self, signum: int, frame: Any) -> None:
        self.heard = True

    def check(self) -> None:
        if self.heard:
            raise KeyboardInterrupt

    def __enter__(self) -> Self:
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._hear)
        return self

    def __exit__(self, *exc: object) -> None:
        import signal

        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None


class DaskRunner:
    """Runs tasks on a Dask cluster through `client`, in order, at most `window` at a time."""

    def __init__(self, client: Any, *, window: int | None = None) -> None:
        self.client = client
        self.workers = max(1, len(client.scheduler_info().get("workers", {})))
        self.window = window or WINDOW_PER_WORKER * self.workers
        self.killed = dask().KilledWorker
        self.ctrl_c = CtrlC()

    def _submit(self, fn: Run, task: Task, kwargs: dict[str, Any]) -> Any:
        return self.client.submit(fn, task, pure=False, **kwargs)

    def _result(self, future: Any) -> Outcome:
        """The task's outcome; a `ClusterError` when the cluster has had no worker for `NO_WORKERS_SECONDS`
        (every worker lost, or none ever joined), instead of waiting for ever."""
        alone_since: float | None = None
        asked = time.monotonic()
        while True:
            self.ctrl_c.check()
            try:
                return future.result(timeout=min(CTRL_C_SECONDS, POLL_SECONDS))  # type: ignore[no-any-return]
            except TimeoutError:
                if time.monotonic() - asked < POLL_SECONDS:
                    continue
                asked = time.monotonic()
                if self.client.scheduler_info().get("workers"):
                    alone_since = None
                    continue
                alone_since = alone_since or asked
                if asked - alone_since > NO_WORKERS_SECONDS:
                    raise ClusterError(f"the cluster has had no worker for {NO_WORKERS_SECONDS:.0f} s",
                                       where=self.client.scheduler.address) from None

    def _outcome(self, fn: Run, task: Task, future: Any, kwargs: dict[str, Any], tries: int = 1) -> Outcome:
        try:
            return self._result(future)
        except self.killed as exc:
            parts = task.split()
            if len(parts) > 1:
                futures = [self._submit(fn, p, kwargs) for p in parts]
                return merge(task.seq, [self._outcome(fn, p, f, kwargs) for p, f in zip(parts, futures)])
            if tries < SINGLE_PAGE_TRIES:  # it may have died beside the page that killed the worker
                return self._outcome(fn, task, self._submit(fn, task, kwargs), kwargs, tries + 1)
            error = ClusterError(f"this page killed its worker again and again ({exc}); left out",
                                 where=task.work.describe())
            return Outcome(task.seq, 1, (Failure(task.work.describe(), error),))

    def run(self, fn: Run, tasks: Iterable[Task], **kwargs: Any) -> Iterator[Outcome]:
        pending: deque[tuple[Task, Any]] = deque()
        source = iter(tasks)
        with self.ctrl_c:
            yield from self._run(fn, source, pending, kwargs)

    def _run(self, fn: Run, source: Iterator[Task], pending: deque[tuple[Task, Any]],
             kwargs: dict[str, Any]) -> Iterator[Outcome]:
        try:
            while True:
                while len(pending) < self.window:
                    task = next(source, None)
                    if task is None:
                        break
                    pending.append((task, self._submit(fn, task, kwargs)))
                if not pending:
                    return
                task, future = pending.popleft()
                yield self._outcome(fn, task, future, kwargs)
                self.ctrl_c.check()
        finally:
            for _, future in pending:  # interrupted: stop what is still queued
                future.cancel()


def _quiet_names() -> list[str]:
    return [n for n in (*QUIET, *logging.Logger.manager.loggerDict) if n.split(".")[0] in QUIET]


def quiet_logs() -> None:
    """Silence Dask's loggers (and tornado's and asyncio's, which it logs through) in this process."""
    for name in _quiet_names():
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


@contextmanager
def _levels_kept() -> Iterator[None]:
    """Put the levels of the `QUIET` loggers back as they were when leaving (`quiet_logs` changes them)."""
    levels = {name: logging.getLogger(name).level for name in _quiet_names()}
    try:
        yield
    finally:
        for name in _quiet_names():
            logging.getLogger(name).setLevel(levels.get(name, logging.NOTSET))


def _quiet_cluster(client: Any) -> None:
    """Before a local cluster closes: silence its workers, their nannies and this process."""
    with suppress(Exception):  # a dead or closing worker cannot be reached: nothing to silence there
        client.run(quiet_logs, on_error="ignore")
        client.run(quiet_logs, nanny=True, on_error="ignore")
    quiet_logs()


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ignore Ctrl-C while the worker processes start, so that they inherit SIGINT ignored (Python installs its
    KeyboardInterrupt handler only where SIGINT is not ignored). Ctrl-C reaches every process of the terminal's
    group: each worker died with a KeyboardInterrupt traceback on stderr, while this process, which owns them,
    stops the run, keeps what was done and closes the cluster."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _wait_for_workers(client: Any, workers: int, seconds: float = 120.0) -> None:
    """Wait until the local cluster's `workers` have joined, looking for Ctrl-C between short waits (`CtrlC`)."""
    with CtrlC() as ctrl_c:
        start = time.monotonic()
        while True:
            ctrl_c.check()
            try:
                client.wait_for_workers(workers, timeout=CTRL_C_SECONDS)
                return
            except TimeoutError as exc:
                if time.monotonic() - start > seconds:
                    raise ClusterError(f"the local cluster's {workers} workers did not start in {seconds:.0f} s "
                                       f"({exc})") from exc


@contextmanager
def connect(*, workers: int | None = None, scheduler: str | None = None) -> Iterator[DaskRunner]:
    """A runner on a new local cluster of `workers` processes, or on the cluster of `scheduler`. Leaving it closes
    the client (and the local cluster) without a word from Dask."""
    distributed = dask()
    if scheduler:
        try:
            # how long to try: Dask's distributed.comm.timeouts.connect (DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT)
            timeout = dask_config().get("distributed.comm.timeouts.connect", "30s")
            client = distributed.Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler: {exc}", where=scheduler) from exc
        except ValueError as exc:  # 'nonsense', 'tcp://host' (no port): a ValueError traceback out of Dask once
            raise ClusterError(f"not a scheduler address like tcp://HOST:PORT ({exc})", where=scheduler) from exc
        with _levels_kept(), client:
            try:
                yield DaskRunner(client)
            finally:
                quiet_logs()  # only this process: the cluster's workers are not ours to silence
        return
    if not workers or workers < 1:
        raise ClusterError("give --workers N (1 or more) or --scheduler tcp://HOST:PORT")
    with _levels_kept():
        try:
            with dask_config().set(LOCAL_CONFIG), _sigint_ignored():
                # No dashboard; the scheduler's HTTP server (metrics) on a free port, not on 8787, where a
                # second cluster on this machine would make Dask warn "Port 8787 is already in use" on stderr
                cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                   dashboard_address=None, scheduler_kwargs={"dashboard_address": ":0"},
                                                   silence_logs=logging.ERROR)
        except (RuntimeError, OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot start a local Dask cluster of {workers} workers: {exc}") from exc
        with cluster, distributed.Client(cluster) as client:  # the client closes first, then the cluster
            try:
                _wait_for_workers(client, workers)
                yield DaskRunner(client)
            finally:
                _quiet_cluster(client)
