"""Small helpers the query modules share: paging bounds, bound IN lists, stored rows as JSON values."""
from __future__ import annotations

import json
from typing import Any

from enligt.store.base import Row

MAX_LIMIT = 1000
MAX_OFFSET = 2**62  # within SQL's signed 64-bit integers, whatever a caller passes


def page_bounds(limit: int, offset: int) -> tuple[int, int]:
    """`limit` cut to 0..MAX_LIMIT and `offset` to 0..MAX_OFFSET, whatever a caller passed."""
    return max(0, min(int(limit), MAX_LIMIT)), max(0, min(int(offset), MAX_OFFSET))


def as_number(value: float) -> float | int:
    """A stored figure as JSON shows it: 40, not 40.0."""
    return int(value) if float(value).is_integer() else value


def in_clause(name: str, values: list[Any]) -> tuple[str, dict[str, Any]]:
    """`(:name0, :name1, ...)` and its parameters: an IN list with every value bound."""
    params = {f"{name}{i}": v for i, v in enumerate(values)}
    return "(" + ", ".join(f":{k}" for k in params) + ")" if params else "(NULL)", params


def _spans(row: Row, *names: str) -> dict[str, list[int] | None]:
    out: dict[str, list[int] | None] = {}
    for n in names:
        s, e = row.get(f"{n}_start"), row.get(f"{n}_end")
        out[n] = [s, e] if s is not None and e is not None else None
    return out


def attribution_dict(row: Row) -> dict[str, Any]:
    """An attributions row in the JSON shape of `Attribution.to_dict`, plus idx and source_key."""
    return {"idx": row["idx"], "source": row["source"], "source_name": row["source_name"],
            "source_key": row["source_key"], "cue": row["cue"], "content": row["content"], "kind": row["kind"],
            "source_type": row["source_type"], "via": json.loads(row["via"]), "hearsay": bool(row["hearsay"]),
            "spans": _spans(row, "source", "cue", "content")}
