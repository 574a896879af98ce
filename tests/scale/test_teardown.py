"""Closing a cluster says nothing: Dask logs the races of its teardown (a worker's heartbeat in flight when
its connections close) with tracebacks, which a user of `enligt ingest --workers 2` must not see."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import GOOD_PAGES

pytest.importorskip("distributed")


def test_a_two_worker_ingest_says_only_what_enligt_says(tmp_path: Path, inputs: list[str]) -> None:
    res = subprocess.run([sys.executable, "-m", "enligt", "ingest", *inputs, "--db", str(tmp_path / "c.db"),
                          "--workers", "2"], capture_output=True, text=True, timeout=300, check=False)
    assert f"{GOOD_PAGES + 2} pages: {GOOD_PAGES} added" in res.stdout, res.stderr
    assert "Traceback" not in res.stderr
    assert all(line.startswith("enligt: ") for line in res.stderr.splitlines()), res.stderr  # the two bad pages


@pytest.mark.parametrize("when,heard", [
    ("teardown", False),  # silenced: the run is over
    ("run", True),  # the same error during the run still reaches stderr (so this test can see it)
])
def test_what_the_workers_log_while_the_cluster_closes_is_not_heard(when: str, heard: bool) -> None:
    res = subprocess.run([sys.executable, str(Path(__file__).with_name("teardown.py")), when],
                         capture_output=True, text=True, timeout=300, check=False)
    assert res.returncode == 0, res.stderr
    assert ("Traceback" in res.stderr) == heard, res.stderr
    assert "simulated failure while the worker closes" not in res.stderr


def test_ctrl_c_stops_a_worker_run_without_a_traceback(tmp_path: Path) -> None:
    """Ctrl-C reaches every process of the terminal's group: each Dask worker died with a KeyboardInterrupt
    traceback on stderr ('Process Dask Worker process (from Nanny): Traceback ...'). Now only this process hears
    it: it stops, the JSON lines written so far stay whole, the cluster closes."""
    import json
    import os
    import signal

    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(1500):
        (folder / f"p{i:04d}.txt").write_text(
            f"Skatten {i}\n\nRegeringen vill höja skatten med {i} kronor, säger finansministern.\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "enligt", "analyze", str(folder), "--workers", "2", "--format",
                             "jsonl"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # the workers are running
    os.killpg(proc.pid, signal.SIGINT)
    out = proc.stdout.read()  # through the same buffer as readline (communicate() would skip what it holds)
    err = proc.stderr.read()
    assert proc.wait(timeout=120) != 0
    assert "Traceback" not in err, err
    lines = (first + out).splitlines()
    assert 0 < len(lines) < 1500 and all(json.loads(line)["input"] for line in lines)


def test_ctrl_c_while_dask_is_waited_on_is_raised_only_at_the_next_check() -> None:
    """A KeyboardInterrupt inside Dask's blocking `sync` could land before its future existed, and Dask's loop
    thread logged a NameError traceback (one CI run in about six). `CtrlC` takes the signal as a flag instead; the
    run raises it between Dask's calls, and the handler before it is back afterwards."""
    import os
    import signal

    from enligt.scale.cluster import CtrlC

    before = signal.getsignal(signal.SIGINT)
    with CtrlC() as ctrl_c:
        ctrl_c.check()  # nothing heard yet
        os.kill(os.getpid(), signal.SIGINT)  # handled here, between bytecodes: no KeyboardInterrupt
        assert ctrl_c.heard
        with pytest.raises(KeyboardInterrupt):
            ctrl_c.check()
    assert signal.getsignal(signal.SIGINT) is before
