"""Who says a tagless dash quote after a narration paragraph (issue 10, continuing._bridge_speaker, sv/no/da): an
interviewer's question paragraph names no new speaker (the last speaker answers), and a pronoun is no name. Every
sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

QUESTION_BEFORE = [
    # a question paragraph that names an earlier speaker: the last speaker answers it
    ("sv", ("– Skolan ska vara kvar, säger Karin Ek.\n\n– Vi har inte råd, säger Per Holm.\n\nHar Ek fel?\n\n"
            "– Ja, hon räknar fel."),
     ("Per Holm", None, "Ja, hon räknar fel")),
    ("no", ("– Skolen skal bestå, sier Kari Nilsen.\n\n– Vi har ikke råd, sier Per Holm.\n\nTar Nilsen feil?\n\n"
            "– Ja, hun regner feil."),
     ("Per Holm", None, "Ja, hun regner feil")),
    ("da", ("– Skolen skal bestå, siger Mette Hansen.\n\n– Vi har ikke råd, siger Per Holm.\n\nTager Hansen fejl?"
            "\n\n– Ja, hun regner forkert."),
     ("Per Holm", None, "Ja, hun regner forkert")),
]


@pytest.mark.parametrize(("lang", "text", "row"), QUESTION_BEFORE)
def test_the_last_speaker_answers_a_question_paragraph(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)
