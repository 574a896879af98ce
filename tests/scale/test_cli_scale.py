"""The command line of the scale work: options that cannot go together, Parquet needing a file, and Dask or
pyarrow missing said in one line (exit 1, no traceback)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import SAMPLES

pq = pytest.importorskip("pyarrow.parquet")

BLOCK = "import sys; sys.modules[{name!r}] = None; from enligt.cli import main; sys.argv = ['enligt', *sys.argv[1:]]; main()"


def _enligt(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "enligt", *args], capture_output=True, text=True, timeout=300,
                          check=False, env={**os.environ, **env})


def test_ingest_into_a_dataset_and_export_parquet(tmp_path: Path) -> None:
    res = _enligt("ingest", str(SAMPLES), "--out", f"parquet:{tmp_path / 'ds'}")
    assert res.returncode == 0, res.stderr
    articles = pq.read_table(next((tmp_path / "ds").glob("part-*/articles.parquet")))
    assert articles.num_rows == int(res.stdout.split(" added")[0].rsplit(" ", 1)[1]) > 0
    db = str(tmp_path / "c.db")
    assert _enligt("ingest", str(SAMPLES), "--db", db).returncode == 0
    res = _enligt("export", "--db", db, "--what", "sources", "--format", "parquet", "--out", str(tmp_path / "s.pq"))
    assert res.returncode == 0, res.stderr
    assert pq.read_table(tmp_path / "s.pq").num_rows > 0
    res = _enligt("export", "--db", db, "--what", "articles", "--format", "csv", "--out", str(tmp_path / "a.csv"))
    assert res.returncode == 0 and (tmp_path / "a.csv").read_text(encoding="utf-8").startswith("id,key,")


@pytest.mark.parametrize("args,message", [
    (["export", "--format", "parquet"], "give --out FILE"),
    (["ingest", "x", "--db", "a.db", "--out", "parquet:ds"], "--db or --out"),
    (["ingest", "x", "--workers", "0"], "--workers"),
])
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    res = _enligt(*args)
    assert res.returncode == 2 and message in res.stderr


def test_out_must_name_a_parquet_folder(tmp_path: Path) -> None:
    res = _enligt("ingest", str(SAMPLES), "--out", str(tmp_path / "ds"))
    assert res.returncode == 1 and res.stderr.strip() == f"enligt: store: --out takes parquet:DIR, not '{tmp_path / 'ds'}'"


def test_out_naming_a_file_is_one_line(tmp_path: Path) -> None:
    """--out parquet:FILE where FILE is a file was a FileExistsError traceback out of mkdir."""
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    res = _enligt("ingest", str(SAMPLES), "--out", f"parquet:{tmp_path / 'a.txt'}")
    assert res.returncode == 1
    assert res.stderr.strip() == f"enligt: store: {tmp_path / 'a.txt'}: cannot make the dataset folder: File exists"


@pytest.mark.parametrize("args,block,hint", [
    (["ingest", str(SAMPLES), "--workers", "2"], "distributed", "enligt: cluster: running on workers needs Dask"),
    (["analyze", str(SAMPLES), "--workers", "2"], "distributed", "enligt: cluster: running on workers needs Dask"),
    (["ingest", str(SAMPLES), "--out", "parquet:ds"], "pyarrow", "enligt: store: Parquet needs pyarrow"),
])
def test_a_missing_extra_is_one_line(tmp_path: Path, args: list[str], block: str, hint: str) -> None:
    res = subprocess.run([sys.executable, "-c", BLOCK.format(name=block), *args, *(["--db", str(tmp_path / "x.db")]
                          if args[0] == "ingest" and "--out" not in args else [])],
                         capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert res.stderr.strip().splitlines() == [res.stderr.strip()] and res.stderr.startswith(hint)
    assert "pip install 'enligt[scale]'" in res.stderr


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    res = _enligt("analyze", str(SAMPLES), "--scheduler", "tcp://127.0.0.1:9",
                  DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="1s")
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert res.stderr.startswith("enligt: cluster: tcp://127.0.0.1:9: cannot reach the Dask scheduler")
