"""The frozen output records of `models.py` (Span, Attribution, Quantity), made from compiled code.

A frozen dataclass's generated `__init__` runs interpreted, a frame and an `object.__setattr__` call
a field: 0.9 µs a Span, 3 µs an Attribution, and an article makes dozens. Compiled (mypyc, setup.py),
the same stores spelt out here cost about a tenth (an Attribution) to a half (a Span) of that. The
fields are set in their declared order, so a record made here is the one the constructor makes (==,
repr, pickle, `to_dict`); tests/analyze/test_outputs.py checks that every field is set.
"""
from __future__ import annotations

from enligt.models import Attribution, Kind, Measure, Quantity, SourceType, Span


def make_span(start: int, end: int) -> Span:
    """`Span(start, end)`."""
    s: Span = object.__new__(Span)
    object.__setattr__(s, "start", start)
    object.__setattr__(s, "end", end)
    return s


def make_attribution(content: str, content_span: Span, kind: Kind, source: str | None, source_name: str | None,
                     source_type: SourceType | None, cue: str | None, via: tuple[str, ...], source_span: Span | None,
                     cue_span: Span | None, hearsay: bool) -> Attribution:
    """`Attribution(...)` with every field given, in the fields' order."""
    a: Attribution = object.__new__(Attribution)
    object.__setattr__(a, "content", content)
    object.__setattr__(a, "content_span", content_span)
    object.__setattr__(a, "kind", kind)
    object.__setattr__(a, "source", source)
    object.__setattr__(a, "source_name", source_name)
    object.__setattr__(a, "source_type", source_type)
    object.__setattr__(a, "cue", cue)
    object.__setattr__(a, "via", via)
    object.__setattr__(a, "source_span", source_span)
    object.__setattr__(a, "cue_span", cue_span)
    object.__setattr__(a, "hearsay", hearsay)
    return a


def make_quantity(value: float, measure: Measure, subject: str, number_span: Span, approx: bool,
                  attribution: int | None, text: str, key: str, high: float | None,
                  scope: tuple[tuple[str, str], ...]) -> Quantity:
    """`Quantity(...)` with every field given, in the fields' order."""
    q: Quantity = object.__new__(Quantity)
    object.__setattr__(q, "value", value)
    object.__setattr__(q, "measure", measure)
    object.__setattr__(q, "subject", subject)
    object.__setattr__(q, "number_span", number_span)
    object.__setattr__(q, "approx", approx)
    object.__setattr__(q, "attribution", attribution)
    object.__setattr__(q, "text", text)
    object.__setattr__(q, "key", key)
    object.__setattr__(q, "high", high)
    object.__setattr__(q, "scope", scope)
    return q
