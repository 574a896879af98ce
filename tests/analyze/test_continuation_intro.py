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


# nordic42: an interviewer's one-sentence question in a dash paragraph, a date's stop inside it ("17. mai?"), and
# the answer after it past a narration paragraph: the last speaker answers, the question is nobody's claim
ASKED = [
    ("no", ("– Alle er friske igjen, sier legen Ole Berg.\n\nAvdelingen er stengt.\n\n"
            "– Kan folk komme på besøk 2. juni?\n\n– Nei, vi venter en uke til."),
     [("legen Ole Berg", None, "Nei, vi venter en uke til")]),
    ("sv", ("– Alla är friska nu, säger läkaren Eva Lind.\n\nAvdelningen är stängd.\n\n"
            "– Kan man hälsa på den 3. juli?\n\n– Nej, vi väntar en vecka till."),
     [("läkaren Eva Lind", None, "Nej, vi väntar en vecka till")]),
    ("no", ("– Tallene er gode, sier sjef Kari Dahl.\n\n– Blir det flere ansatte i 2025?\n\n"
            "– Ja, vi ansetter ti nye."),
     [("sjef Kari Dahl", None, "Ja, vi ansetter ti nye")]),
    # colon43: a one-sentence question opened by a question word is the interviewer's even when no dash paragraph
    # follows right after it (a caption or a narration line first)
    ("no", ("– Tallene er gode, sier sjef Kari Dahl.\n\n– Hvorfor har kundene klaget på leveransene?\n\n"
            "Kari Dahl er daglig leder i firmaet."), []),
    ("da", ("- Tallene er gode, siger direktør Mads Holm.\n\n- Hvordan vil I undgå flere fyringer?\n\n"
            "Mads Holm har ledet firmaet i fem år."), []),
]


@pytest.mark.parametrize(("lang", "text", "want"), ASKED)
def test_an_answer_goes_on_past_the_interviewers_question(lang: str, text: str, want: list[Row]) -> None:
    got = rows(text, lang)
    assert all(w in got for w in want)
    assert not any(r[2].endswith("?") or "?" in r[2] for r in got)


# colon43: a speaker's own question stands among other sentences: the paragraph stays theirs
OWN_QUESTION = [
    ("sv", ("– Vi har förlorat allt, säger Lena Berg.\n\n– Huset brann ner på en timme. Vart ska vi ta vägen nu?"),
     ("Lena Berg", None, "Huset brann ner på en timme. Vart ska vi ta vägen nu?")),
]


@pytest.mark.parametrize(("lang", "text", "row"), OWN_QUESTION)
def test_a_speakers_own_question_stays_theirs(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)
