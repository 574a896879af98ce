"""The record of one number in a text (`NumberMatch`) and the reasons a number is held back.

`enligt.analyze.numbers.find_numbers` makes these records; the quantities stage reads them. `ONE`
and `YEARS` are the `blocked` reasons that a later reader may lift (a counted noun after "one", a
count of people after "1800 bis 2000").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True, init=False)
class NumberMatch:
    """One number in a text. `start`/`end` cover the number with its approximator ("cirka 500")."""

    start: int
    end: int
    value: float
    approx: bool
    text: str
    num_start: int  # where the number itself begins (after the approximator)
    words: bool = False  # written in words
    blocked: str = ""  # why it cannot be a count ("time", "ordinal", "compound", "decade"), or ""
    high: float | None = None  # the high end of a range ("2 500–3 000", "between 20 and 25"), else None

    def __init__(self, start: int, end: int, value: float, approx: bool, text: str, num_start: int,
                 words: bool = False, blocked: str = "", high: float | None = None) -> None:
        # spelt out: compiled, a field store each (see records.Draft)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "approx", approx)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "num_start", num_start)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "blocked", blocked)
        object.__setattr__(self, "high", high)


ONE: Final = "one"  # the blocked reason of a lone "one" (English): a count only when a counted noun follows

YEARS: Final = "years"  # the blocked reason of a range of years: a date unless a counted noun follows
