"""The pipeline's per-page guard: an unexpected exception on one page is that page's failure, everywhere.

A bug in a stage must never stop a batch (`enligt analyze`), an ingest (every resume would stop on
the same page) or a server request (a traceback 500 page). The tests plant a bug that fires on one
page only and check each of the three.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from enligt import pipeline
from enligt.cli import main
from enligt.errors import InternalError
from enligt.ingest.read import page_from_bytes
from enligt.models import Analysis, Failure
from enligt.settings import Options

PAGE = """Testbladet

Åtta gripna efter inbrott i {town}

Polisen har gripit åtta personer i {town}, enligt Smålandsposten. Inbrotten skedde under flera
veckor, och grannar hade länge larmat om främmande bilar i området.
"""
TRIGGER = "Bombträsk"  # the planted bug fires on pages that name this town


@pytest.fixture
def planted_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.analyze_article

    def buggy(page: Any, article: Any, *, options: Options) -> Analysis:
        if TRIGGER in page.content:
            raise IndexError("list index out of range")  # as a real bug would
        return real(page, article, options=options)

    monkeypatch.setattr(pipeline, "analyze_article", buggy)


def _page(town: str, name: str) -> Any:
    return page_from_bytes(PAGE.format(town=town).encode(), where=name)


def test_internal_error_names_the_exception_and_asks_for_a_report() -> None:
    err = InternalError.wrap(IndexError("list index out of range"), where="p.txt")
    assert err.kind == "internal"
    assert str(err) == "p.txt: internal error: IndexError: list index out of range (please report)"
    assert InternalError.wrap(KeyError()).message == "internal error: KeyError (please report)"


@pytest.mark.usefixtures("planted_bug")
def test_a_bug_on_one_page_is_that_pages_failure_and_the_stream_goes_on() -> None:
    items = [_page("Växjö", "a.txt"), _page(TRIGGER, "b.txt"), _page("Ljungby", "c.txt")]
    out = list(pipeline.analyze_items(items, options=Options()))
    assert [type(r).__name__ for r in out] == ["Analysis", "Failure", "Analysis"]
    failure = out[1]
    assert isinstance(failure, Failure) and isinstance(failure.error, InternalError)
    assert failure.error.where == "b.txt"
    assert "IndexError" in failure.error.message and "please report" in failure.error.message


@pytest.mark.usefixtures("planted_bug")
def test_analyze_command_reports_the_page_exits_1_and_goes_on(tmp_path: Path) -> None:
    for name, town in (("a.txt", "Växjö"), ("b.txt", TRIGGER), ("c.txt", "Ljungby")):
        (tmp_path / name).write_text(PAGE.format(town=town), encoding="utf-8")
    res = CliRunner().invoke(main, ["analyze", str(tmp_path), "--format", "jsonl"])
    assert res.exit_code == 1
    lines = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert [Path(d["input"]).name for d in lines] == ["a.txt", "c.txt"]
    assert re.search(r"enligt: internal: .*b\.txt: internal error: IndexError: .*\(please report\)", res.stderr)
    assert "Traceback" not in res.output


@pytest.mark.usefixtures("planted_bug")
def test_ingest_reports_the_page_and_every_resume_goes_past_it() -> None:
    from enligt.corpus import ingest_pages
    from enligt.store import open_store

    with open_store(":memory:") as store:
        def pages() -> list[Any]:
            return [_page("Växjö", "a.txt"), _page(TRIGGER, "b.txt"), _page("Ljungby", "c.txt")]

        first = ingest_pages(pages(), store=store, options=Options())
        again = ingest_pages(pages(), store=store, options=Options())
        assert (first.added, first.failed) == (2, 1)
        assert (again.unchanged, again.failed) == (2, 1)
        assert first.failures[0].error.kind == "internal"

# The web form and POST /api/analyse: tests/web/test_analyse.py (test_a_bug_on_the_page_...).


def test_the_attribution_tokens_ride_on_the_analysis_to_the_number_stage() -> None:
    from dataclasses import replace

    from enligt.analyze.sentences import tokenize
    from enligt.models import Page

    page = Page(input="a.txt", content="Rubrik\n\nPolisen uppger att 12 personer skadades.\n", kind="text")
    article = pipeline.structure(page, options=Options())
    staged = pipeline.add_attributions(Analysis(page=page, article=replace(article, language="sv")))
    para = article.paragraph_spans[0]
    assert staged.tokens is not None
    assert staged.tokens[(para.start, para.end)] == tokenize(article.text, para.start, para.end)
    assert pipeline.analyze_page(page, options=Options()).tokens is None  # the number stage drops them
