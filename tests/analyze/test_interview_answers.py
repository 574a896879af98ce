"""The answer after a wire's interview question (issue 10, openquotes.interview_answer): a paragraph with no
quotation marks right after "TT: …?" (sv), "NTB: …?" (no), "Ritzau: …?" (da) is the interviewee's, cue null; a
paragraph after a question with no wire label, or after a label that asks nothing, stays the reporter's. Every
sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

ANSWERS = [
    ("sv", ("Vi ser allvarligt på läget, säger kommunalrådet Eva Lind.\n\nTT: Hur lång tid tar arbetet?\n\n"
            "Vi räknar med att vara klara före jul."),
     ("kommunalrådet Eva Lind", None, "Vi räknar med att vara klara före jul")),
    ("no", ("Vi tar dette på største alvor, sier ordfører Kari Dahl.\n\nNTB: Når kommer svaret?\n\n"
            "Vi håper å ha et svar før sommeren."),
     ("ordfører Kari Dahl", None, "Vi håper å ha et svar før sommeren")),
    ("da", ("Vi tager sagen meget alvorligt, siger borgmester Hans Holm.\n\nRitzau: Hvornår kommer planen?\n\n"
            "Vi regner med at have den klar til efteråret."),
     ("borgmester Hans Holm", None, "Vi regner med at have den klar til efteråret")),
]


@pytest.mark.parametrize(("lang", "text", "row"), ANSWERS)
def test_the_answer_to_a_wires_question_is_the_interviewees(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)


NO_ANSWER = [
    # a question with no wire label: the reporter's own question and paragraph
    ("sv", ("Vi ser allvarligt på läget, säger kommunalrådet Eva Lind.\n\nVad händer nu?\n\n"
            "Kommunen har fyra månader på sig."),
     "Kommunen har fyra månader på sig."),
    # a wire label that asks nothing
    ("no", ("Vi tar dette på største alvor, sier ordfører Kari Dahl.\n\nNTB: Saken behandles i mai.\n\n"
            "Kommunen har fire måneder på seg."),
     "Kommunen har fire måneder på seg."),
]


@pytest.mark.parametrize(("lang", "text", "content"), NO_ANSWER)
def test_a_paragraph_after_no_wire_question_stays_the_reporters(lang: str, text: str, content: str) -> None:
    assert all(r[2] != content for r in rows(text, lang))
