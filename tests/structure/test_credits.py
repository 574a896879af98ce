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


@pytest.mark.parametrize(("line", "expected"), [
    # the editors' sign of agency copy glued after the last sentence, with or without a space
    ("Die Werft will im Herbst wieder voll produzieren, teilte das Unternehmen in Kiel mit./rob/DP/zb",
     ("Die Werft will im Herbst wieder voll produzieren, teilte das Unternehmen in Kiel mit.", "/rob/DP/zb")),
    ("Der Kurs der Aktie stieg bis zum Abend um knapp vier Prozent auf 31 Euro. /ck/he",
     ("Der Kurs der Aktie stieg bis zum Abend um knapp vier Prozent auf 31 Euro.", "/ck/he")),
    ("The shares closed three percent higher on Friday after the results were announced./tw/DP/ab",
     ("The shares closed three percent higher on Friday after the results were announced.", "/tw/DP/ab")),
    # a ratio or a short line is no sign
    ("Das Ergebnis lautete am Ende des langen Abends im Stadion 3/4/5", None),
    ("Kurz gesagt./ab/cd", None),
])
def test_editor_sign_glued_after_the_last_sentence(line: str, expected: tuple[str, str] | None) -> None:
    assert glued_credit(line) == expected
