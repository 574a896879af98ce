"""Settling a plain-text page's flow (structure/settle.py): which short lines are headings."""
from __future__ import annotations

import pytest

from enligt.structure.settle import settle_flow

ANSWER = "– Vi hade inget val, det var det enda rimliga efter allt som hänt under hösten, säger hon."
SVAR = "– Vi måtte handle raskt, og det var den eneste løsningen vi så den gangen, sier han."
ANSWER_EN = "\"We had no choice, and it was the only reasonable thing to do after the autumn,\" she said."


@pytest.mark.parametrize(
    ("flow", "headings"),
    [
        # a quotation heading over an interviewer's question and its answer
        ([("body", ANSWER), ("short", "”Ingen lätt sak”"), ("short", "Hur tog laget beskedet?"), ("body", ANSWER)],
         ["”Ingen lätt sak”"]),
        ([("body", SVAR), ("short", "«Helt nødvendig»"), ("short", "Hva skjer nå?"), ("body", SVAR)],
         ["«Helt nødvendig»"]),
        ([("body", SVAR), ("short", "– Ingen annen utvei"), ("short", "Var det riktig?"), ("body", SVAR)],
         ["– Ingen annen utvei"]),
        # the question is no answer's: a short line over a question and a short line is no heading
        ([("body", ANSWER), ("short", "”Ingen lätt sak”"), ("short", "Hur tog laget beskedet?"),
          ("short", "Dela artikeln")], []),
        # a question over a paragraph that is no answer does not make a heading of the line above
        ([("body", ANSWER_EN), ("short", "Share this story"), ("short", "What happens next?"),
          ("body", "The council meets again on Monday to vote on the plan for the harbour and the new bridge.")], []),
    ],
)
def test_heading_over_interview_question(flow: list[tuple[str, str]], headings: list[str]) -> None:
    assert settle_flow(flow)[1] == headings
