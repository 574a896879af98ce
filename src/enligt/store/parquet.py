"""Parquet for analysts: the one seam around pyarrow.

- `export_parquet` writes one kind of corpus record (articles, attributions, quantities, conflicts,
  sources: the records of `enligt.store.export`, flat as in its CSV) from a database to one file;
- `write_part` writes the rows of some analysed pages as one part of a dataset folder, for corpora
  too big for one database (`enligt ingest ... --out parquet:DIR`). Each part is a folder
  `part-<id>/` holding `articles.parquet`, `attributions.parquet`, `quantities.parquet`,
  `conflicts.parquet` and `headline_claims.parquet`; child rows carry their page's `article_key`.
  A part is written under a temporary name and renamed into place, so a reader (DuckDB:
  `read_parquet('DIR/*/articles.parquet')`) sees every part whole or not at all, and the same part
  written again (a task rerun after a worker died) replaces nothing and duplicates nothing.

Lists (authors, via, notes) are Parquet lists, spans a map from name to [start, end], counts by
outlet, kind and type maps from name to count; a column this module does not know is a string
(JSON text for lists and objects). Install with `pip install 'enligt[scale]'` (pyarrow).
"""
from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from enligt.errors import StoreError
from enligt.store.base import Database
from enligt.store.export import WHAT, records
from enligt.store.writer import ARTICLE_COLUMNS, CHILD_COLUMNS, Prepared

BATCH = 5000
DATASET_TABLES = ("articles", *CHILD_COLUMNS)
_TMP = ".tmp"
_JSON_TEXT = ("authors", "via", "notes", "quantities")  # stored rows hold these lists as JSON text


def pyarrow() -> Any:
    """The pyarrow module, or a `StoreError` that says how to install it."""
    try:
        import pyarrow as pa  # type: ignore[import-untyped]
        import pyarrow.parquet  # type: ignore[import-untyped]  # loads pa.parquet
    except ImportError as exc:
        raise StoreError("Parquet needs pyarrow: pip install 'enligt[scale]'") from exc
    return pa


def _column_types(pa: Any) -> dict[str, Any]:
    strings, counts = pa.list_(pa.string()), pa.map_(pa.string(), pa.int64())
    return {
        "id": pa.int64(), "article_id": pa.int64(), "idx": pa.int32(), "attribution_idx": pa.int32(),
        "attribution": pa.int32(), "n_attributions": pa.int32(), "n_quantities": pa.int32(),
        "value": pa.float64(), "high": pa.float64(), "overlap": pa.float64(), "approx": pa.bool_(), "hearsay": pa.bool_(),
        "authors": strings, "via": strings, "notes": strings, "spellings": strings, "languages": strings,
        "quantities": pa.list_(pa.int32()), "span": pa.list_(pa.int64()),
        "spans": pa.map_(pa.string(), pa.list_(pa.int64())),
        "attributions": pa.int64(), "articles": pa.int64(), "by_kind": counts, "by_type": counts, "by_outlet": counts,
    }


def _type_of(name: str, types: dict[str, Any], pa: Any) -> Any:
    if name in types:
        return types[name]
    if name.endswith(("_start", "_end")):
        return pa.int64()
    return pa.string()


def _schema(columns: Sequence[str]) -> Any:
    pa = pyarrow()
    types = _column_types(pa)
    return pa.schema([(c, _type_of(c, types, pa)) for c in columns])


def _cell(value: Any, kind: Any, pa: Any) -> Any:
    if value is None:
        return None
    if pa.types.is_list(kind) and isinstance(value, str):
        return json.loads(value)
    if pa.types.is_boolean(kind):
        return bool(value)
    if pa.types.is_string(kind) and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else str(value)
    return value


def _table(rows: Sequence[dict[str, Any]], schema: Any) -> Any:
    pa = pyarrow()
    cols = [(f.name, f.type) for f in schema]
    data = [{name: _cell(r.get(name), kind, pa) for name, kind in cols} for r in rows]
    return pa.Table.from_pylist(data, schema=schema)


def _batches(items: Iterable[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_table(path: Path, rows: Iterable[dict[str, Any]], *, columns: Sequence[str] | None = None) -> int:
    """Write `rows` to one Parquet file (zstd), in batches; the columns are `columns`, else the first row's keys.
    Return the number of rows."""
    pa = pyarrow()
    writer, n = None, 0
    try:
        for batch in _batches(rows):
            if writer is None:
                schema = _schema(columns or list(batch[0]))
                writer = pa.parquet.ParquetWriter(str(path), schema, compression="zstd")
            writer.write_table(_table(batch, writer.schema))
            n += len(batch)
        if writer is None:  # no rows: an empty file that still names its columns
            pa.parquet.write_table(_table([], _schema(columns or [])), str(path), compression="zstd")
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"cannot write Parquet: {exc}", where=str(path)) from exc
    finally:
        if writer is not None:
            writer.close()
    return n


def export_parquet(db: Database, *, what: str, path: str | Path) -> int:
    """Write every record of `what` (see `enligt.store.export.WHAT`) to the Parquet file `path`; return the count."""
    if what not in WHAT:
        raise StoreError(f"cannot export {what!r}: choose one of {', '.join(WHAT)}")
    return write_table(Path(path), records(db, what=what, flat=True))


def part_path(directory: str | Path, part: str) -> Path:
    return Path(directory) / f"part-{part}"


def part_done(directory: str | Path, part: str) -> bool:
    """True when the part `part` of the dataset is in place (written whole by an earlier run or attempt)."""
    return part_path(directory, part).is_dir()


def part_rows(directory: str | Path, part: str) -> int:
    """How many articles the part `part` holds (read from its Parquet footer)."""
    pa = pyarrow()
    try:
        return int(pa.parquet.read_metadata(str(part_path(directory, part) / "articles.parquet")).num_rows)
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"cannot read the dataset part: {exc}", where=str(part_path(directory, part))) from exc


def _dataset_rows(prepared: Sequence[Prepared], table: str) -> list[dict[str, Any]]:
    if table == "articles":
        return [p.article for p in prepared]
    return [{"article_key": p.key, **row} for p in prepared for row in p.rows(table)]


def _dataset_columns(table: str) -> tuple[str, ...]:
    return ARTICLE_COLUMNS if table == "articles" else ("article_key", *CHILD_COLUMNS[table])


def write_part(directory: str | Path, part: str, prepared: Sequence[Prepared]) -> int:
    """Write the rows of `prepared` as the part `part` of the dataset in `directory` (all its tables, or none
    if interrupted); a part already in place is left as it is. Return the number of articles written."""
    final = part_path(directory, part)
    if final.is_dir():
        return 0
    tmp = Path(directory) / _TMP / f"{part}-{uuid.uuid4().hex}"
    try:
        tmp.mkdir(parents=True)
        for table in DATASET_TABLES:
            write_table(tmp / f"{table}.parquet", _dataset_rows(prepared, table), columns=_dataset_columns(table))
        try:
            os.rename(tmp, final)
        except OSError:
            if not final.is_dir():  # else another attempt of the same part got there first: the same rows
                raise
    except OSError as exc:
        raise StoreError(f"cannot write the dataset part: {exc}", where=str(final)) from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return len(prepared)


def clean_dataset(directory: str | Path) -> None:
    """Remove what interrupted writers left behind (their temporary folders)."""
    shutil.rmtree(Path(directory) / _TMP, ignore_errors=True)
