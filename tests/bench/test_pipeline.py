"""The benchmark commands' inputs and output shape (figures are printed, never asserted)."""
from __future__ import annotations

import re

from click.testing import CliRunner

from enligt.bench.pipeline import _pathological_inputs
from enligt.cli import main


def test_pathological_inputs_are_the_issue_shapes() -> None:
    cases = _pathological_inputs()
    prose = cases["1 MB of prose, punctuation removed"].split("\n\n")[-1]
    assert len(prose) >= 1_000_000 and not re.search(r"[.!?,;:]", prose)
    assert cases["10,000 quotation marks"].count("”") == 10_000
    assert cases["40,000 nested quotation marks"].count("“") == 10_000


def test_bench_corpus_and_pathological_are_commands() -> None:
    runner = CliRunner()
    for args in (["bench", "corpus", "--help"], ["bench", "pathological", "--help"], ["bench", "memory", "--help"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output


def test_the_huge_header_line_archive_is_small_and_refused_after_a_bounded_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from enligt.bench.limits import write_huge_header_warc
    from enligt.ingest.sources import Failure
    from enligt.ingest.warc import read_warc
    from enligt.settings import Options

    path = tmp_path / "h.warc.gz"
    assert write_huge_header_warc(path, line_mib=4) < 100_000
    items = list(read_warc(str(path), Options()))
    failures = [i for i in items if isinstance(i, Failure)]
    assert len(failures) == 1 and "header line longer" in failures[0].error.message
    assert len(items) == 2  # the good record after it is read


def test_the_dripping_server_drips() -> None:
    import httpx

    from enligt.bench.limits import dripping_server

    with dripping_server() as url, httpx.stream("GET", url, timeout=5) as r:
        assert r.status_code == 200 and r.headers["content-length"] == "120"
        assert next(r.iter_raw()) == b"x"


def test_bench_corpus_times_several_processes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    page = "Bränder i natt\n\nPolisen uppger att två personer har gripits efter bränderna, säger hon.\n"
    (tmp_path / "sv-prov.txt").write_text(page, encoding="utf-8")
    (tmp_path / "sv-prov.gold.json").write_text(json.dumps({"id": "sv-prov", "input": "sv-prov.txt"}), encoding="utf-8")
    result = CliRunner().invoke(main, ["bench", "corpus", str(tmp_path), "--repeat", "1", "--processes", "2",
                                       "--scorer", str(tmp_path / "missing.py")])
    assert result.exit_code == 0, result.output
    assert re.search(r"text pages: 1 x 1 passes: structure [\d,]+ pages/s, full analysis [\d,]+ pages/s", result.output)
    assert re.search(r"text pages: 2 processes x 1 x 1 passes: full analysis [\d,]+ pages/s", result.output)
    assert "html pages" not in result.output
