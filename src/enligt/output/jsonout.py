"""JSON and JSON Lines output of analyses (the shape of SCHEMA.md plus spans and meta)."""
from __future__ import annotations

import json
from typing import Any, TextIO

from enligt.models import Analysis


def analysis_json(analysis: Analysis, *, input_name: str | None = None, indent: int | None = 2) -> str:
    data: dict[str, Any] = analysis.to_dict()
    if input_name is not None:
        data = {"input": input_name, **data}
    return json.dumps(data, ensure_ascii=False, indent=indent)


def write_jsonl(analysis: Analysis, out: TextIO) -> None:
    """One line per page, with the input as given, flushed so a long run streams."""
    out.write(analysis_json(analysis, input_name=analysis.page.input, indent=None))
    out.write("\n")
    out.flush()
