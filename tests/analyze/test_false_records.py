"""Records that are no report: words a rule would read as a claim though nothing was said (a cue inside a
subordinate clause of time or cause, the main clause before it). Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article


def _records(lang: str, text: str) -> list[tuple[str | None, str]]:
    return [(a.source, a.content) for a in attribute(Article(title=None, body=(text,), language=lang))]


# A cue in a clause of time, cause or condition after the main clause: that clause's verb, not a tag.
CLAUSE_VERB = [
    ("de", "Zu dem Streit kam es, als der Bürgermeister am Montag den Haushalt verkündete."),
    ("de", "Die Halle wurde geräumt, nachdem die Polizei den Alarm gemeldet hatte."),
    ("de", "Der Händler gab den Betrug zu, weil er sich davon eine mildere Strafe versprach."),
    ("en", "Two men were arrested after officers responded to the area."),
    ("en", "The crowd cheered when the mayor announced the new budget at the town hall."),
    ("da", "Det der sker, når en forening melder ud på den måde, er, at lederen må tage over."),
    ("da", "Salen blev tømt, efter at politiet havde meldt om en bombe."),
    ("no", "Salen ble tømt da politiet meldte om en bombe i kjelleren."),
    ("sv", "Hallen utrymdes när polisen meddelade beslutet om en bomb."),
]


@pytest.mark.parametrize(("lang", "text"), CLAUSE_VERB)
def test_no_tag_in_a_clause_of_time(lang: str, text: str) -> None:
    main = text.split(",")[0].split(" after ")[0].split(" when ")[0].split(" da ")[0].split(" när ")[0]
    assert not any(content.startswith(main) for _, content in _records(lang, text))


# An "as" clause and a plain tag after a comma stay tags.
TAGS = [
    ("de", "Die Halle wurde geräumt, wie die Polizei am Abend mitteilte.", "die Polizei"),
    ("en", "The hall was cleared, as the police said on Monday.", "the police"),
    ("en", "The hall was cleared, the police said.", "the police"),
    ("da", "Hallen blev ryddet, oplyser politiet.", "politiet"),
    ("sv", "Hallen utrymdes, uppger polisen.", "polisen"),
    ("no", "Hallen ble ryddet, opplyser politiet.", "politiet"),
]


@pytest.mark.parametrize(("lang", "text", "source"), TAGS)
def test_a_tag_after_its_content_stays(lang: str, text: str, source: str) -> None:
    assert source in [src for src, _ in _records(lang, text)]


# V2: a phrase opened by a preposition before the cue is fronted, never the speaker (German too).
FRONTED_PHRASE = [
    ("de", "Im Osten des Landes meldete der Gouverneur der Region zwei weitere Tote.", "Im Osten des Landes"),
    ("de", "Am Abend sagte der Sprecher der Stadt nichts mehr zu den Vorwürfen.", "Am Abend"),
    ("sv", "I ett mejl till redaktionen svarar presschefen på frågorna.", "I ett mejl till redaktionen"),
]


@pytest.mark.parametrize(("lang", "text", "phrase"), FRONTED_PHRASE)
def test_a_fronted_phrase_is_no_source(lang: str, text: str, phrase: str) -> None:
    assert phrase not in [src for src, _ in _records(lang, text)]


# A name with a particle opening the sentence stays the speaker.
PARTICLE_NAMES = [
    ("de", "Von Ahlen sagt, das Werk bleibe offen.", "Von Ahlen"),
    ("de", "Im Interview sagte der Minister, das Werk bleibe offen.", "der Minister"),
]


@pytest.mark.parametrize(("lang", "text", "source"), PARTICLE_NAMES)
def test_a_name_with_a_particle_stays(lang: str, text: str, source: str) -> None:
    assert source in [src for src, _ in _records(lang, text)]


# sv/no/da: a contact relative clause ("punkter han mente underbygger C"): the pronoun alone is the source.
CONTACT_PRONOUN = [
    ("no", "Forsvareren la fram sju punkter han mente underbygger denne påstanden.", "han"),
    ("sv", "Försvararen lade fram sju punkter hon menade stödjer påståendet.", "hon"),
    ("da", "Forsvareren fremlagde syv punkter han mente understøtter påstanden.", "han"),
]


@pytest.mark.parametrize(("lang", "text", "source"), CONTACT_PRONOUN)
def test_the_pronoun_of_a_contact_clause_is_the_source(lang: str, text: str, source: str) -> None:
    assert [src for src, _ in _records(lang, text)] == [source]


# German: a finite modal before a cue in the infinitive is no part of the source.
MODAL_SUBJECT = [
    ("Am Montag will der Minister erklären, dass die Steuern sinken.", "der Minister"),
    ("Der Minister will erklären, dass die Steuern sinken.", "Der Minister"),
    ("Da konnte der Anwalt behaupten, dass nichts bewiesen sei.", "der Anwalt"),
    ("Die Polizei wird am Abend mitteilen, dass die Straße offen ist.", "Die Polizei"),
]


@pytest.mark.parametrize(("text", "source"), MODAL_SUBJECT)
def test_the_subject_around_a_modal_is_the_source(text: str, source: str) -> None:
    assert [src for src, _ in _records("de", text)] == [source]
