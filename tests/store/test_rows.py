"""The query modules' shared helpers: paging bounds, figures as JSON shows them, bound IN lists."""
from __future__ import annotations

import pytest

from enligt.store.rows import MAX_LIMIT, as_number, attribution_dict, in_clause, page_bounds


@pytest.mark.parametrize(("limit", "offset", "expected"), [
    (50, 0, (50, 0)),
    (-5, -1, (0, 0)),
    (10**9, 20, (MAX_LIMIT, 20)),
    ("7", "3", (7, 3)),  # query strings arrive as text
])
def test_page_bounds(limit: int, offset: int, expected: tuple[int, int]) -> None:
    assert page_bounds(limit, offset) == expected


@pytest.mark.parametrize(("value", "expected"), [(40.0, 40), (2.5, 2.5), (0.0, 0), (-3.0, -3)])
def test_as_number_drops_a_zero_fraction(value: float, expected: float) -> None:
    result = as_number(value)
    assert result == expected and type(result) is type(expected)


def test_in_clause_binds_every_value() -> None:
    assert in_clause("id", [3, 5]) == ("(:id0, :id1)", {"id0": 3, "id1": 5})
    assert in_clause("id", []) == ("(NULL)", {})


def test_attribution_dict_keeps_only_complete_spans() -> None:
    row = {"idx": 0, "source": "polisen", "source_name": None, "source_key": "polisen", "cue": "uppger",
           "content": "två gripna", "kind": "indirect", "source_type": "official", "via": '["TT"]', "hearsay": 0,
           "source_start": 0, "source_end": 7, "cue_start": None, "cue_end": None,
           "content_start": 15, "content_end": 25}
    d = attribution_dict(row)
    assert d["spans"] == {"source": [0, 7], "cue": None, "content": [15, 25]}
    assert d["via"] == ["TT"] and d["hearsay"] is False
