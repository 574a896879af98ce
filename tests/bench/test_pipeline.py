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
