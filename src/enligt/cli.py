"""The `enligt` command line: thin commands over keyword-only library functions.

Errors from the library (`enligt.errors`) become one line on stderr each, here and only here.
Exit status: 0 all pages analysed, 1 some pages failed, 2 usage error.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import click

from enligt.errors import EnligtError
from enligt.settings import Options

FORMATS = ("text", "json", "jsonl")
LANGS = ("auto", "sv", "en", "no", "da", "de")


def _report(failure: Any) -> None:
    click.echo(f"enligt: {failure.error.kind}: {failure.error}", err=True)


def _default_format(n_inputs: int) -> str:
    if sys.stdout.isatty():
        return "text"
    return "json" if n_inputs == 1 else "jsonl"


def _emit(results: Iterator[Any], fmt: str) -> int:
    """Write each result as it comes; return the number of failures."""
    from enligt.ingest.sources import Failure
    from enligt.output.jsonout import analysis_json, write_jsonl
    from enligt.output.report import render

    failures = 0
    json_done: list[str] = []
    for res in results:
        if isinstance(res, Failure):
            failures += 1
            _report(res)
        elif fmt == "jsonl":
            write_jsonl(res, sys.stdout)
        elif fmt == "json":
            json_done.append(analysis_json(res))
        else:
            click.echo(render(res))
    if fmt == "json":
        if len(json_done) == 1:
            click.echo(json_done[0])
        elif json_done:
            click.echo("[\n" + ",\n".join(json_done) + "\n]")
    return failures


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="enligt")
def main() -> None:
    """enligt: who says what, according to whom, via whom, in news pages."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="text (default on a terminal), json (one object per input) or jsonl (one line per page).")
@click.option("--lang", type=click.Choice(LANGS), default="auto", show_default=True, help="Language of the pages.")
@click.option("--max-bytes", type=int, default=Options.max_bytes, show_default=True, help="Largest page accepted.")
@click.option("--allow-private", is_flag=True, help="Allow fetching URLs on loopback/private addresses.")
@click.option("--timeout", type=float, default=Options.timeout, show_default=True, help="URL fetch timeout (s).")
@click.option("--no-attribution", is_flag=True, help="Only structure the article; skip attribution and numbers.")
def analyze(inputs: tuple[str, ...], fmt: str | None, lang: str, max_bytes: int, allow_private: bool,
            timeout: float, no_attribution: bool) -> None:
    """Analyse pages: files, folders (recursively), '-' for stdin, URLs, feeds or WARC archives."""
    from enligt.pipeline import analyze as run

    options = Options(lang=lang, max_bytes=max_bytes, allow_private=allow_private, timeout=timeout,
                      attribution=not no_attribution)
    fmt = fmt or _default_format(len(inputs))
    try:
        failures = _emit(run(inputs, options=options), fmt)
    except EnligtError as exc:  # an error that concerns the whole run, not one page
        click.echo(f"enligt: {exc.kind}: {exc}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    sys.exit(1 if failures else 0)


@main.group()
def bench() -> None:
    """Benchmarks that print figures (never run as timed tests)."""


@bench.command("corpus")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--scorer", type=click.Path(dir_okay=False), default=None,
              help="Path of score.py (default: ../shared/score.py when it exists).")
@click.option("--repeat", type=int, default=50, show_default=True, help="Passes over the pages when timing.")
def bench_corpus(folder: str, scorer: str | None, repeat: int) -> None:
    """Score FOLDER's gold files with score.py and time the pipeline in one process."""
    from enligt.bench import corpus_benchmark

    try:
        click.echo(corpus_benchmark(folder=folder, scorer=scorer, repeat=repeat))
    except EnligtError as exc:
        click.echo(f"enligt: {exc.kind}: {exc}", err=True)
        sys.exit(1)


@bench.command("memory")
@click.option("--pages", type=int, default=100_000, show_default=True, help="Pages to stream through jsonl.")
def bench_memory(pages: int) -> None:
    """Stream generated pages through the full pipeline and print throughput and memory."""
    from enligt.bench import memory_benchmark

    click.echo(memory_benchmark(pages=pages))


def run() -> None:  # pragma: no cover - console entry for `python -m enligt`
    main()
