"""Benchmarks: commands that print figures (never asserted by tests), and the page generator they feed on.

- `pipeline`: `enligt bench corpus`, `memory`, `pathological` (the analysis in one process);
- `limits`: the inputs of `pathological` that test limits (structuring size, WARC header lines,
  the fetch deadline);
- `warc`: `enligt bench warc` (a generated WARC archive streamed through the pipeline);
- `ingest`: `enligt bench ingest` (analysis and storage into SQLite);
- `serve`: `enligt bench serve` (web page latency on a generated corpus);
- `synth`: the generated news pages; `measure`: resident memory and timers.

The top floor below the CLI: a benchmark may use any room of the house, and no room imports it.
"""
