"""Beyond one process: ingest and analysis on Dask workers, on this machine or a cluster (docs/scale.md).

- `work`: the run cut into tasks (groups of files, WARC record ranges, pages read on the client);
- `worker`: what a worker does with a task (read, skip unchanged, analyse, deliver to the sink);
- `cluster`: the Dask seam (a local cluster or a running scheduler; tasks in order; dead workers);
- `run`: the client's side (`ingest_parallel`, `analyze_parallel`; the one SQLite writer).

Needs the `scale` extra (`pip install 'enligt[scale]'`: dask[distributed], pyarrow); without it, the
commands say so in one line.
"""
