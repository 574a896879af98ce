"""Continuation records (cue null) and their speakers (issue 10, continuing.continuations): a claim inside another's
report or continuation is no speaker for the sentence after it; a plural "haben" is the indicative, so the
reporter's own sentence is no continuation; a tagless refusal paragraph in an interview is no record (sv/no/da
V2 word orders). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

INNER_NOT_SPEAKER = [
    # a cue inside the quoted part of a report: the reporter goes on
    ("de", ("Nach der Post sei die Bahn „das zweite Unternehmen, das in diesem Jahr einen Stellenabbau ankündigt“, "
           "sagte Anna Weber dem „Tagblatt“. Dies sei ein falsches Signal."),
     ("Anna Weber", None, "Dies sei ein falsches Signal")),
    # a cue inside a Konjunktiv I continuation: its speaker goes on
    ("de", ("Das Verbot sei unverhältnismäßig, sagte der Anwalt Max Roth. Außerdem könne der Veranstalter kaum "
           "einschätzen, ob alle Teilnehmer nüchtern sind. Es sei auch rechtlich fragwürdig."),
     ("der Anwalt Max Roth", None, "Es sei auch rechtlich fragwürdig")),
    ("de", ("Die Preise seien gestiegen, sagte Eva Kurz. Im Übrigen habe der Vorstand mitgeteilt, dass die Löhne "
           "steigen. Das sei zu wenig."),
     ("Eva Kurz", None, "Das sei zu wenig")),
]


@pytest.mark.parametrize(("lang", "text", "row"), INNER_NOT_SPEAKER)
def test_a_claim_inside_a_report_is_no_speaker(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)


INDICATIVE = [
    ("de", ("Der Brand sei gegen Mitternacht gelöscht worden, sagte eine Sprecherin der Feuerwehr.\n\n"
           "Noch haben die Ermittler keine Spur."),
     [("eine Sprecherin der Feuerwehr", "sagte", "Der Brand sei gegen Mitternacht gelöscht worden")]),
    ("de", "Der Brand sei gelöscht, sagte die Sprecherin. Noch haben die Ermittler keine Spur.",
     [("die Sprecherin", "sagte", "Der Brand sei gelöscht")]),
    # a singular Konjunktiv I goes on as before
    ("de", "Der Brand sei gelöscht, sagte die Sprecherin. Die Polizei habe noch keine Spur.",
     [("die Sprecherin", "sagte", "Der Brand sei gelöscht"),
      ("die Sprecherin", None, "Die Polizei habe noch keine Spur")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INDICATIVE)
def test_plural_haben_is_the_reporters_own_sentence(lang: str, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


STRONG_KONJUNKTIV_II = [
    # a plural Konjunktiv II whose umlaut keeps it apart from the preterite stands for Konjunktiv I
    ("de", ("Betroffen seien inzwischen 24 Angestellte, hieß es aus der Klinik. Zudem befänden sich 25 Patienten auf "
           "der Station."),
     ("der Klinik", None, "Zudem befänden sich 25 Patienten auf der Station")),
    ("de", "Die Anlage sei alt, sagte der Betreiber. Die Ersatzteile kämen aus Polen. Ein Austausch lohne sich nicht.",
     ("der Betreiber", None, "Die Ersatzteile kämen aus Polen")),
]


@pytest.mark.parametrize(("lang", "text", "row"), STRONG_KONJUNKTIV_II)
def test_a_strong_konjunktiv_ii_plural_continues_the_report(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)


REFUSALS = [
    ("sv", ("– Vi fick larmet strax efter midnatt, säger Eva Lind.\n\nHar någon gripits?\n\n– Det går jag inte in på."
           "\n\nVad vet ni om motivet?\n\n– Det kommenterar jag inte heller."),
     [("Eva Lind", "säger", "Vi fick larmet strax efter midnatt")]),
    ("sv", ("– Vi fick larmet strax efter midnatt, säger Eva Lind.\n\nVad mer kan du säga?\n\n"
           "– Just nu har jag inga fler kommentarer."),
     [("Eva Lind", "säger", "Vi fick larmet strax efter midnatt")]),
    ("no", ("– Vi fikk melding like etter midnatt, sier Kari Berg.\n\nEr noen pågrepet?\n\n– Det kommenterer jeg ikke."
           "\n\n– Det går jeg ikke inn på nå."),
     [("Kari Berg", "sier", "Vi fikk melding like etter midnatt")]),
    ("da", ("– Vi fik en anmeldelse lige efter midnat, siger Jens Holm.\n\nEr nogen anholdt?\n\n"
           "– Det går jeg ikke ind på.\n\n– Det kommenterer vi ikke."),
     [("Jens Holm", "siger", "Vi fik en anmeldelse lige efter midnat")]),
    # a refusal that goes on to say something stays
    ("sv", ("– Vi fick larmet strax efter midnatt, säger Eva Lind.\n\n"
           "– Det går jag inte in på, men vi har säkrat flera spår på platsen och söker fler vittnen."),
     [("Eva Lind", "säger", "Vi fick larmet strax efter midnatt"),
      ("Eva Lind", None, "Det går jag inte in på, men vi har säkrat flera spår på platsen och söker fler vittnen")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REFUSALS)
def test_a_refusal_paragraph_is_no_continuation(lang: str, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# colon43: a dash quote paragraph past two or three writer's paragraphs goes on the person last quoted under a tag,
# when nobody else has a record since, the paragraph before names nobody else in full and none between opens on a
# source's noun
LAST_VOICE = [
    ("da", ("- Markedet er meget nervøst, siger analytiker Jens Krogh.\n\nIndekset faldt 3 procent i går.\n\n"
            "Renterne steg samtidig for anden dag i træk.\n\n- Vi forbereder os på en hård vinter."),
     [("analytiker Jens Krogh", "siger", "Markedet er meget nervøst"),
      ("analytiker Jens Krogh", None, "Vi forbereder os på en hård vinter")]),
    ("no", ("– Vi er svært fornøyde, sier daglig leder Kari Moe.\n\nOmsetningen økte med 12 prosent.\n\n"
            "Resultatet ble det beste på ti år.\n\n– Nå skal vi ansette flere."),
     [("daglig leder Kari Moe", "sier", "Vi er svært fornøyde"),
      ("daglig leder Kari Moe", None, "Nå skal vi ansette flere")]),
    # but not past a paragraph that names another person in full, nor one that opens on a body
    ("da", ("- Markedet er meget nervøst, siger analytiker Jens Krogh.\n\nIndekset faldt 3 procent i går.\n\n"
            "Det bekymrer også porteføljechef Lise Vang.\n\n- Vi forbereder os på en hård vinter."),
     [("analytiker Jens Krogh", "siger", "Markedet er meget nervøst")]),
    ("sv", ("– Det var en kraftig smäll, säger vittnet Lars Ek.\n\nPolisen spärrade av vägen under kvällen.\n\n"
            "Trafiken leddes om via Storgatan.\n\n– Vi är kvar på platsen."),
     [("vittnet Lars Ek", "säger", "Det var en kraftig smäll")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LAST_VOICE)
def test_a_dash_quote_goes_on_the_last_voice(lang: str, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
