"""credits.py: the cheap read of a line's end before `CREDIT_WORD` runs finds every line the pattern matches."""
from __future__ import annotations

import pytest

from enligt.structure.credits import CREDIT_WORD, _ends_in_credit_word, glued_credit

LINES = [
    ("The ferry left the harbour an hour late on Monday evening, the crew said. (Newsdesk)", True),
    ("The ferry left the harbour an hour late on Monday evening, the crew said. — ABC", True),
    ("The ferry left the harbour an hour late on Monday evening, the crew said. —ABC", True),
    ("Die Fähre legte am Montagabend mit einer Stunde Verspätung im Hafen ab, sagte die Crew. – NDR", True),
    ("The ferry left the harbour an hour late on Monday evening, the crew said.", False),
    ("The ferry left the harbour an hour late (on Monday) evening", False),
    ("Short. (Desk)", True),
    ("(Desk)", False),
]


@pytest.mark.parametrize(("line", "tail"), LINES)
def test_the_tail_read_agrees_with_the_pattern(line: str, tail: bool) -> None:
    assert _ends_in_credit_word(line) is tail
    if CREDIT_WORD.match(line) is not None:
        assert tail  # never a line the pattern matches that the cheap read turns away


def test_a_credit_word_after_running_text_is_cut_off() -> None:
    line = "The ferry left the harbour an hour late on Monday evening, the crew said. — ABC"
    assert glued_credit(line) == ("The ferry left the harbour an hour late on Monday evening, the crew said.", "— ABC")
    assert glued_credit("Short. (Desk)") is None  # fewer than eight words of running text before it
