"""The `enligt` command line: thin commands over keyword-only library functions.

Errors from the library (`enligt.errors`) become one line on stderr each, here and only here.
Exit status: 0 all pages analysed, 1 some pages failed, 2 usage error.
"""
from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

from enligt.errors import EnligtError
from enligt.settings import SETTINGS, Options, Setting

FORMATS = ("text", "json", "jsonl")
F = Callable[..., Any]


def page_options(fn: F) -> F:
    """Add one CLI option per flagged setting of `enligt.settings.SETTINGS` (the one table)."""
    for s in reversed(SETTINGS):
        if s.flag is None:
            continue
        if isinstance(s.default, bool):
            fn = click.option(s.flag, s.name, is_flag=True, flag_value=not s.default, default=s.default,
                              help=s.help)(fn)
        else:
            fn = click.option(s.flag, s.name, type=_param_type(s), default=s.default, show_default=True,
                              help=s.help)(fn)
    return fn


def _param_type(s: Setting) -> Any:
    """The click type of a setting's flag: its choices, or its number type above its lower bound."""
    if s.choices:
        return click.Choice(s.choices)
    if s.above is not None and isinstance(s.default, int):
        return click.IntRange(min=int(s.above), min_open=True)
    if s.above is not None and isinstance(s.default, float):
        return click.FloatRange(min=s.above, min_open=True)
    return type(s.default)


def cluster_options(fn: F) -> F:
    """--workers and --scheduler: run on Dask workers (docs/scale.md)."""
    fn = click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
                      help="Run on the workers of this running Dask scheduler.")(fn)
    return click.option("--workers", type=click.IntRange(min=1), default=None,
                        help="Run on N worker processes of a local Dask cluster (needs enligt[scale]).")(fn)


def options_from(values: dict[str, Any]) -> Options:
    """The `Options` of a command's flagged settings (the rest keep their defaults)."""
    return Options(**{s.name: values.pop(s.name) for s in SETTINGS if s.flag})


def edge(fn: F) -> F:
    """Turn an `EnligtError` that concerns a whole command into one stderr line and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except EnligtError as exc:
            click.echo(_line(f"enligt: {exc.kind}: {exc}"), err=True)
            sys.exit(1)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)
        except OSError as exc:  # writing the output failed (a full disk): one line, not a traceback
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(_line(f"enligt: output: {where}cannot write: {exc.strerror or exc}"), err=True)
            _drop_stdout()
            sys.exit(1)

    return wrapper


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so that the flush at exit does not fail once more with a traceback."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor (a test runner's stream)
        pass


def _line(text: str) -> str:
    """One stderr line, its control characters and line breaks shown as U+FFFD (a file name or a WARC record's URI
    may hold terminal escape sequences or a newline)."""
    from enligt.output.report import one_line

    return one_line(text)


def _report(failure: Any) -> None:
    click.echo(_line(f"enligt: {failure.error.kind}: {failure.error}"), err=True)


def _default_format(n_inputs: int) -> str:
    if sys.stdout.isatty():
        return "text"
    return "json" if n_inputs == 1 else "jsonl"


def _several_pages(inputs: tuple[str, ...]) -> bool:
    """Whether the inputs may give more than one page (then each text report is headed by its input)."""
    from pathlib import Path

    from enligt.ingest.sources import FEED_SUFFIXES, WARC_SUFFIXES

    if len(inputs) != 1:
        return True
    arg = inputs[0]
    return arg != "-" and (not Path(arg).is_file() or arg.lower().endswith(WARC_SUFFIXES + FEED_SUFFIXES))


def _emit(results: Iterator[Any], fmt: str, *, headed: bool = False) -> int:
    """Write each result as it comes; return the number of failures. `headed`: each text report
    starts with a line naming its input."""
    from enligt.models import Failure
    from enligt.output.jsonout import analysis_json, write_jsonl
    from enligt.output.report import render

    failures = 0
    json_done: list[str] = []
    for res in results:
        if isinstance(res, Failure):
            failures += 1
            _report(res)
        elif isinstance(res, str):  # rendered by a worker (headed there too)
            if fmt == "json":
                json_done.append(res)
            else:
                click.echo(res)
        elif fmt == "jsonl":
            write_jsonl(res, sys.stdout)
        elif fmt == "json":
            json_done.append(analysis_json(res))
        else:
            if headed:
                click.echo(f"==> {_line(res.page.input)} <==\n")
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
@cluster_options
@page_options
@edge
def analyze(inputs: tuple[str, ...], fmt: str | None, workers: int | None, scheduler: str | None,
            **settings: Any) -> None:
    """Analyse pages: files, folders (recursively), '-' for stdin, URLs, feeds or WARC archives."""
    options = options_from(settings)
    fmt = fmt or _default_format(len(inputs))
    headed = _several_pages(inputs)
    _notes_to_stderr()
    results: Iterator[Any]
    if workers or scheduler:
        import shutil

        from enligt.scale.run import analyze_parallel

        width = min(120, shutil.get_terminal_size((100, 24)).columns)
        results = analyze_parallel(inputs, options=options, fmt=fmt, width=width, headed=headed, workers=workers,
                                   scheduler=scheduler)
    else:
        from enligt.pipeline import analyze as run
        from enligt.structure.langid import warm_up

        if options.lang == "auto":
            warm_up()  # every page needs the language identifier: load it while the first page is read
        results = run(inputs, options=options)
    failures = _emit(results, fmt, headed=headed)
    sys.exit(1 if failures else 0)


def _notes_to_stderr() -> None:
    """Print the library's notes (the `enligt.notes` logger: e.g. WARC records skipped) on stderr."""
    import logging

    notes = logging.getLogger("enligt.notes")
    if not notes.handlers:
        class OneLine(logging.Formatter):
            """A note as one stderr line, like an error line (a WARC file named with a newline split its note)."""

            def format(self, record: logging.LogRecord) -> str:
                return _line(super().format(record))

        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(OneLine("enligt: note: %(message)s"))
        notes.addHandler(handler)
        notes.setLevel(logging.INFO)
        notes.propagate = False


@main.group()
def bench() -> None:
    """Benchmarks that print figures (never run as timed tests)."""


@bench.command("corpus")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--scorer", type=click.Path(dir_okay=False), default=None,
              help="Path of score.py (default: ../shared/score.py when it exists).")
@click.option("--repeat", type=int, default=50, show_default=True, help="Passes over the pages when timing.")
@click.option("--processes", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Also time the full analysis in this many worker processes at once (batch throughput).")
@edge
def bench_corpus(folder: str, scorer: str | None, repeat: int, processes: int) -> None:
    """Score FOLDER's gold files with score.py and time the pipeline in one process (and in several)."""
    from enligt.bench.pipeline import corpus_benchmark

    click.echo(corpus_benchmark(folder=folder, scorer=scorer, repeat=repeat, processes=processes))


@bench.command("memory")
@click.option("--pages", type=int, default=100_000, show_default=True, help="Pages to stream through jsonl.")
def bench_memory(pages: int) -> None:
    """Stream generated pages through the full pipeline and print throughput and memory."""
    from enligt.bench.pipeline import memory_benchmark

    click.echo(memory_benchmark(pages=pages))


@bench.command("pathological")
def bench_pathological() -> None:
    """Time adversarial inputs (no punctuation, thousands of quotes, a cue per comma) through analysis and JSON."""
    from enligt.bench.pipeline import pathological_benchmark

    click.echo(pathological_benchmark())


@bench.command("warc")
@click.option("--size-mb", type=int, default=1000, show_default=True, help="Size of the generated archive.")
@click.option("--page-kb", type=int, default=200, show_default=True, help="Size of each generated page.")
@click.option("--no-analyze", is_flag=True, help="Only read the archive; skip structuring and attribution.")
@click.option("--keep", type=click.Path(dir_okay=False), default=None,
              help="Write the archive here (.warc or .warc.gz) and keep it (default: a temporary file).")
def bench_warc(size_mb: int, page_kb: int, no_analyze: bool, keep: str | None) -> None:
    """Build a WARC of generated pages, stream it, and print pages/s and resident memory."""
    from enligt.bench.warc import warc_benchmark

    click.echo(warc_benchmark(size_mb=size_mb, page_kb=page_kb, analyze=not no_analyze, keep=keep))


@main.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default=None, help="Corpus database: a SQLite path (default enligt.db) or URL.")
@click.option("--out", default=None, metavar="parquet:DIR",
              help="Write a Parquet dataset into DIR instead of a database (for corpora too big for one).")
@cluster_options
@page_options
@edge
def ingest_cmd(inputs: tuple[str, ...], db: str | None, out: str | None, workers: int | None,
               scheduler: str | None, **settings: Any) -> None:
    """Analyse pages into the corpus database (idempotent: unchanged pages are skipped)."""
    from enligt.store import open_store

    options = options_from(settings)
    if out is not None and db is not None:
        raise click.UsageError("give --db or --out, not both")
    progress = sys.stderr.isatty()
    if out is not None:
        from enligt.scale.run import ingest_parallel

        report = ingest_parallel(inputs, store=None, out=out, options=options, workers=workers, scheduler=scheduler,
                                 progress=progress, on_failure=_report)
    elif workers or scheduler:
        from enligt.scale.run import ingest_parallel

        with open_store(db) as store:
            report = ingest_parallel(inputs, store=store, options=options, workers=workers, scheduler=scheduler,
                                     progress=progress, on_failure=_report)
    else:
        from enligt.corpus import ingest

        with open_store(db) as store:
            report = ingest(inputs, store=store, options=options, progress=progress, on_failure=_report)
    click.echo(report.summary())
    sys.exit(1 if report.failed else 0)


@main.command("export")
@click.option("--db", default=None, help="Corpus database: a SQLite path (default enligt.db) or URL.")
@click.option("--what", type=click.Choice(("articles", "attributions", "quantities", "conflicts", "sources")),
              default="articles", show_default=True, help="Which records to export.")
@click.option("--format", "fmt", type=click.Choice(("jsonl", "csv", "parquet")), default="jsonl", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Write to this file (needed for parquet; default: standard output).")
@edge
def export_cmd(db: str | None, what: str, fmt: str, out: str | None) -> None:
    """Write corpus records as JSON lines, CSV or Parquet."""
    from enligt.store import open_store

    if fmt == "parquet" and out is None:
        raise click.UsageError("--format parquet writes a file: give --out FILE")
    with open_store(db, create=False) as store:
        if fmt == "parquet":
            from enligt.store.parquet import export_parquet

            export_parquet(store, what=what, path=str(out))
        elif out is not None:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                store.export(what, fmt, fh)
        else:
            store.export(what, fmt, sys.stdout)


@bench.command("scale")
@click.option("--workers", "counts", default="1,2", show_default=True,
              help="Worker counts to run, comma-separated (0: one process without Dask).")
@click.option("--pages", type=int, default=3000, show_default=True, help="Generated HTML pages in the archive.")
@click.option("--page-kb", type=int, default=0, show_default=True, help="Script padding per page, in KB.")
@click.option("--text", is_flag=True, help="Plain-text pages (text/plain records) instead of HTML.")
@click.option("--db", default=None,
              help="SQLite path prefix, or a PostgreSQL URL (each run gets a fresh schema enligt_bench_w<N>).")
@edge
def bench_scale(counts: str, pages: int, page_kb: int, text: bool, db: str | None) -> None:
    """Ingest a generated WARC with 1, 2, ... Dask workers: speed-up, memory per worker, what limits it."""
    from enligt.bench.scale import scale_benchmark

    try:
        workers = [int(n) for n in counts.split(",") if n.strip()]
    except ValueError as exc:
        raise click.UsageError("--workers takes numbers like 1,2") from exc
    click.echo(scale_benchmark(workers=workers, pages=pages, page_kb=page_kb, db=db, text=text))


@bench.command("ingest")
@click.option("--pages", type=int, default=10_000, show_default=True, help="Generated pages to ingest.")
@click.option("--db", default=None, help="Keep the database at this path (default: a temporary file).")
@edge
def bench_ingest(pages: int, db: str | None) -> None:
    """Analyse and store generated pages into SQLite; print pages/s."""
    from enligt.bench.ingest import ingest_benchmark

    click.echo(ingest_benchmark(pages=pages, db=db))


@main.command("serve")
@click.option("--db", default=None, help="Corpus database: a SQLite path (default enligt.db) or URL.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--allow-private", is_flag=True, help="Let the analyse form fetch URLs on loopback/private addresses.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests for this host name (loopback names and --host always; repeatable).")
@edge
def serve_cmd(db: str | None, host: str, port: int, allow_private: bool, allow_hosts: tuple[str, ...]) -> None:
    """Serve the web UI and JSON API over the corpus database (until Ctrl-C)."""
    from enligt.web.app import serve
    from enligt.web.config import WebConfig

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"enligt: warning: listening on {host}: the UI has no login; anyone who can reach it can "
                   "read the corpus and add to it", err=True)
    serve(WebConfig(db=db, create_db=False, allow_private=allow_private, allowed_hosts=allow_hosts), host=host,
          port=port,
          announce=lambda url: click.echo(f"enligt: serving the corpus at {url} (Ctrl-C to stop)", err=True))


@main.command("demo")
@click.option("--db", default=None,
              help="Demo database file, removed and recreated (default: a new one in a private temporary folder).")
@click.option("--samples", default=None, help="Folder of pages to ingest (default: the sample pages bundled with enligt).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port (a free one if it is taken).")
@click.option("--no-serve", is_flag=True, help="Build the demo database, print a summary and exit.")
@edge
def demo_cmd(db: str | None, samples: str | None, host: str, port: int, no_serve: bool) -> None:
    """Ingest the bundled sample pages into a fresh database and serve the web UI."""
    from pathlib import Path

    from enligt.web import demo

    path = Path(db) if db else demo.default_db()
    click.echo(demo.build_demo(db=path, samples=demo.samples_dir(samples)))
    if no_serve:
        return
    from enligt.web.app import serve
    from enligt.web.config import WebConfig

    port, note = demo.pick_port(host, port)
    if note:
        click.echo(f"enligt: {note}", err=True)
    try:
        serve(WebConfig(db=str(path)), host=host, port=port,
              announce=lambda url: click.echo(f"Serving the demo at {url}  (Ctrl-C to stop)"))
    finally:
        if not db:
            demo.remove_default_db(path)


@bench.command("serve")
@click.option("--articles", type=int, default=10_000, show_default=True, help="Generated articles in the corpus.")
@click.option("--requests", type=int, default=300, show_default=True, help="Timed requests per kind of page.")
@click.option("--db", default=None, help="Reuse (or keep) the corpus at this path instead of a temporary one.")
@edge
def bench_serve(articles: int, requests: int, db: str | None) -> None:
    """Serve a generated corpus on loopback and print page latencies (p50/p95)."""
    from enligt.bench.serve import serve_benchmark

    click.echo(serve_benchmark(articles=articles, requests=requests, db=db))


def run() -> None:  # pragma: no cover - console entry for `python -m enligt`
    main()
