"""Pipeline benchmarks: figures printed, never asserted by tests.

- `corpus_benchmark`: runs the pipeline on an annotated folder, scores it with `score.py`, and
  times structuring alone and the full analysis in one process.
- `memory_benchmark`: streams generated pages through the full pipeline to a null sink and
  prints throughput and resident memory along the way;
- `pathological_benchmark`: adversarial inputs through analysis and JSON, seconds per input.
"""
from __future__ import annotations

import gc
import io
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from enligt._compiled import status as compiled_status
from enligt.bench.measure import rss_mb
from enligt.bench.synth import synthetic_pages
from enligt.errors import EnligtError, InputError
from enligt.ingest.read import page_from_bytes
from enligt.models import Failure, Page
from enligt.output.jsonout import analysis_json, write_jsonl
from enligt.pipeline import analyze_items, analyze_page, analyze_text, structure
from enligt.settings import Options


def _find_scorer(scorer: str | None) -> Path | None:
    """score.py: the one given, else ../shared/score.py from here or from the repository."""
    candidates = [Path(scorer)] if scorer else [Path("../shared/score.py"), Path(__file__).parents[3] / "../shared/score.py"]
    return next((p for p in candidates if p.is_file()), None)


def _gold_pages(folder: Path) -> list[tuple[str, Page]]:
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        src = folder / gold["input"]
        out.append((gold["id"], page_from_bytes(src.read_bytes(), where=str(src))))
    if not out:
        raise InputError("no *.gold.json files", where=str(folder))
    return out


def _score(folder: Path, pages: list[tuple[str, Page]], scorer: Path | None, options: Options) -> str:
    if scorer is None:
        return "score.py not found (pass --scorer): figures skipped"
    with tempfile.TemporaryDirectory() as tmp:
        for case_id, page in pages:
            try:
                data = analyze_page(page, options=options).to_dict()
            except EnligtError:
                continue
            (Path(tmp) / f"{case_id}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(scorer), "--gold", str(folder), "--pred", tmp],
                             capture_output=True, text=True, check=False)
    return out.stdout.strip() or out.stderr.strip()


def _rate(pages: list[Page], repeat: int, fn: object) -> float:
    start = time.perf_counter()
    n = 0
    for _ in range(repeat):
        for page in pages:
            try:
                fn(page)  # type: ignore[operator]
            except EnligtError:
                pass
            n += 1
    return n / (time.perf_counter() - start)


def _full_passes(pages: list[Page], repeat: int) -> int:
    """One worker's share of a timed run: `repeat` full analyses of `pages`; the pages done."""
    options = Options()
    for _ in range(repeat):
        for page in pages:
            try:
                analyze_page(page, options=options)
            except EnligtError:
                pass
    return repeat * len(pages)


def _parallel_rate(pages: list[Page], repeat: int, processes: int) -> float:
    """Pages per second of full analysis in `processes` worker processes, each doing `repeat` passes.

    The workers are started and warmed (lazy imports, language data) before the clock starts; the
    figure is all pages done over the wall time until the last worker ends."""
    import multiprocessing

    context = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
    with context.Pool(processes) as pool:
        pool.starmap(_full_passes, [(pages[:1], 1)] * processes)
        start = time.perf_counter()
        done = sum(pool.starmap(_full_passes, [(pages, repeat)] * processes))
        return done / (time.perf_counter() - start)


def corpus_benchmark(*, folder: str, scorer: str | None = None, repeat: int = 50, processes: int = 1) -> str:
    """Scores and pages per second on an annotated folder: one process, one core; with `processes`
    above 1, also the full analysis in that many worker processes at once (throughput of a batch)."""
    root = Path(folder)
    options = Options()
    pages = _gold_pages(root)
    lines = [_score(root, pages, _find_scorer(scorer), options), ""]
    plist = [p for _, p in pages]
    for label, kinds in (("text pages", {"text"}), ("html pages", {"html"})):
        sel = [p for p in plist if p.kind in kinds]
        if not sel:
            continue
        analyze_page(sel[0], options=options)  # warm caches and lazy imports before timing
        s = _rate(sel, repeat, lambda p: structure(p, options=options))
        f = _rate(sel, repeat, lambda p: analyze_page(p, options=options))
        lines.append(f"{label}: {len(sel)} x {repeat} passes: structure {s:,.0f} pages/s, full analysis {f:,.0f} pages/s")
        if processes > 1:
            rate = _parallel_rate(sel, repeat, processes)
            lines.append(f"{label}: {processes} processes x {len(sel)} x {repeat} passes: full analysis {rate:,.0f} pages/s")
    lines.append(f"modules: {compiled_status()}")
    return "\n".join(lines)


def memory_benchmark(*, pages: int = 100_000) -> str:
    """Stream `pages` generated pages through the pipeline and jsonl writer; report RSS as it goes."""
    options = Options()
    checkpoints = {min(pages, c) for c in (1_000, 10_000, 50_000, pages)}
    items = (page_from_bytes(text.encode(), where=name) for name, text in synthetic_pages(pages))
    sink = io.StringIO()
    lines = []
    start = time.perf_counter()
    failed = 0
    for done, res in enumerate(analyze_items(items, options=options), start=1):
        if isinstance(res, Failure):
            failed += 1
        else:
            write_jsonl(res, sink)
            sink.seek(0)
            sink.truncate()
        if done in checkpoints:
            gc.collect()
            rate = done / (time.perf_counter() - start)
            lines.append(f"{done:>8,} pages  {rate:8,.0f} pages/s  RSS {rss_mb():7.1f} MB  failed {failed}")
    return "\n".join(lines)


def _pathological_inputs() -> dict[str, str]:
    """Named adversarial texts of about 1 MB (the quote cases are smaller), each with a headline."""
    prose = " ".join(" ".join(re.sub(r"[^\w\s]", " ", text).split()) for _, text in synthetic_pages(40))
    head = "Rubrik om provet\n\nPolisen uppger att flera personer har gripits efter bränderna i natt, säger hon.\n\n"
    return {
        "1 MB of prose, punctuation removed": head + (prose + " ") * (1_000_000 // (len(prose) + 1) + 1),
        "10,000 quotation marks": head + "Han sa " + " ".join("”ord" if i % 2 else "ord”" for i in range(10_000)),
        "40,000 nested quotation marks": head + "Han sa " + "“‘" * 10_000 + "x" + "’”" * 10_000 + " till TT.",
        "'säger, ' x 150,000": head + "säger, " * 150_000,
        "'enligt polisen har ' x 52,000": head + "enligt polisen har " * 52_000,
        "1 MB of attributed sentences": head + "– Vi har förlorat 500 soldater, säger Anna Berg till TT. " * 18_000,
    }


def pathological_benchmark() -> str:
    """CPU seconds of analysis plus JSON for each adversarial input: linear rules finish in about a second per MB."""
    options = Options()
    analyze_text("Rubrik\n\nEn kort text om provet, säger hon till TT.", options=options)  # lazy loads
    lines = []
    for name, text in _pathological_inputs().items():
        start = time.process_time()
        try:
            analysis = analyze_text(text, options=options)
            analysis_json(analysis)
            outcome = f"{len(analysis.attributions):,} records"
        except EnligtError as exc:
            outcome = f"refused: {exc}"
        seconds = time.process_time() - start
        lines.append(f"{name:34} {len(text) / 1e6:5.2f} MB  {seconds:5.2f} s  {outcome}")
    from enligt.bench.limits import limits_lines  # structuring sizes, WARC header bounds, fetch deadline

    return "\n".join([*lines, *limits_lines()])
