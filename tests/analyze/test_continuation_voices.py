"""Tagless quote paragraphs (continuing.continuations): one cut off mid-word at the page's end keeps only its whole
sentences, in the voice of the speaker before it (none when it has none: nordic42, as in English); one after a body's reported words is a person's, the one whose
tagged quote follows it or the one last quoted for that body. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

CUT_OFF = [
    # nordic42: in every language as in English, a cut-off last sentence is no record (the annotators count it only
    # when its attribution is complete); the whole sentences before it go on from the speaker
    ("no", "– Vi har sett flere brudd i høst, sier ordfører Kari Lien.\n\n– Vi vet ennå ikke nok til å uttale oss om hva som sk",
     [("ordfører Kari Lien", "sier", "Vi har sett flere brudd i høst")]),
    ("da", "- Vi har haft travlt hele natten, siger vagtchef Ole Berg.\n\n- Vejret gør det svært for holdene, og vi ve",
     [("vagtchef Ole Berg", "siger", "Vi har haft travlt hele natten")]),
    ("sv", "– Vi har fått in många larm i kväll, säger Eva Lind.\n\n– Det är för tidigt att säga hur många som dr",
     [("Eva Lind", "säger", "Vi har fått in många larm i kväll")]),
    ("no", "– Vi har sett flere brudd i høst, sier ordfører Kari Lien.\n\n– Vi følger med. Det er for tidlig å si hva som sk",
     [("ordfører Kari Lien", "sier", "Vi har sett flere brudd i høst"), ("ordfører Kari Lien", None, "Vi følger med.")]),
    ("sv", "– Vi har fått in många larm i kväll, säger Eva Lind.\n\n– Läget är lugnt nu. Vi vet inte hur många som dr",
     [("Eva Lind", "säger", "Vi har fått in många larm i kväll"), ("Eva Lind", None, "Läget är lugnt nu.")]),
    ("en", "\"We have had calls all night,\" said Ann Hill.\n\n\"It is too early to say how many homes will be aff",
     [("Ann Hill", "said", "We have had calls all night")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CUT_OFF)
def test_a_quote_cut_off_at_the_pages_end_keeps_its_speaker(lang: str, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


NOT_CUT = [
    # a last quote that ends in its full stop, and one whose last line holds a tag of its own (a line cut off
    # before its end is no record at all since stop 45: cut_sentence_void, test_cutend.py)
    ("no", "– Vi har sett flere brudd i høst, sier ordfører Kari Lien.\n\n– Det er for tidlig å si noe om det.",
     ("ordfører Kari Lien", None, "Det er for tidlig å si noe om det")),
    ("no", ("– Vi har sett flere brudd i høst, sier ordfører Kari Lien.\n\n"
            "– Hold dere inne i kveld, er rådet fra Lien, som påpeker at vinden kan snu i løpet av natten."),
     ("ordfører Kari Lien", None, "Hold dere inne i kveld, er rådet fra Lien, som påpeker at vinden kan snu i løpet av natten")),
]


@pytest.mark.parametrize(("lang", "text", "row"), NOT_CUT)
def test_a_quote_that_is_not_cut_stays(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)


BODY_VOICE = [
    # the person last quoted for the body
    ("no", ("– Det er mange feil i nettet nå, sier driftssjef Kari Moe i Fjordnett.\n\n"
            "Fjordnett sier de har mannskaper klare, men at vinden gjør arbeidet farlig.\n\n"
            "– Vi må vente til det roer seg litt."),
     ("driftssjef Kari Moe", None, "Vi må vente til det roer seg litt")),
    ("da", ("- Der er mange fejl i nettet lige nu, siger driftschef Lone Dahl i Vestnet.\n\n"
            "Vestnet oplyser, at alle montører er kaldt ind.\n\n"
            "- Vi må vente, til vinden løjer af."),
     ("driftschef Lone Dahl", None, "Vi må vente, til vinden løjer af")),
    # the person whose tagged quote follows
    ("da", ("Hos Vestnet har man varslet, at strømmen kan blive afbrudt i hele byen.\n\n"
            "- Vandet skal pumpes ud af stationerne, før vi kan tænde igen.\n\n"
            "- Det kan tage flere dage, siger direktør Hans Krog."),
     ("direktør Hans Krog", None, "Vandet skal pumpes ud af stationerne, før vi kan tænde igen")),
    ("no", ("Fjordnett opplyser at strømmen kan bli borte i hele byen.\n\n"
            "– Vannet må pumpes ut av stasjonene før vi kan slå på igjen.\n\n"
            "– Det kan ta flere dager, sier direktør Hans Krog."),
     ("direktør Hans Krog", None, "Vannet må pumpes ut av stasjonene før vi kan slå på igjen")),
]


@pytest.mark.parametrize(("lang", "text", "row"), BODY_VOICE)
def test_a_quote_after_a_bodys_words_is_a_persons(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)


BODY_KEEPS = [
    # nobody quoted for the body before: the body's words go on
    ("no", ("– Det er mange feil i nettet nå, sier ordfører Kari Lien.\n\n"
            "Fjordnett opplyser at alle mannskaper er kalt inn.\n\n"
            "– Vi må vente til det roer seg litt."),
     ("Fjordnett", None, "Vi må vente til det roer seg litt")),
    # English: a quote paragraph may close one the body's paragraph opened, so the body keeps it
    ("en", ("\"We have many faults in the grid,\" said Kari Moe, operations chief at Fjordnett.\n\n"
            "Fjordnett said it had crews ready and would send them out at dawn.\n\n"
            "\"We must wait until the wind drops.\""),
     ("Fjordnett", None, "We must wait until the wind drops")),
]


@pytest.mark.parametrize(("lang", "text", "row"), BODY_KEEPS)
def test_a_quote_after_a_bodys_words_with_no_one_quoted_for_it(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)


# nordic42: a short dash line with no closing mark between paragraphs is a subheading, no quote of the last speaker;
# a dash line that ends in its stop goes on from them
DASH_HEADING = [
    ("no", "– Vi er klare, sier trener Ola Dahl.\n\n– Ingen grunn til panikk\n\nLaget spiller borte søndag.",
     [("trener Ola Dahl", "sier", "Vi er klare")]),
    ("sv", "– Vi är redo, säger tränaren Eva Lind.\n\n– Ingen panik i laget\n\nLaget spelar borta på söndag.",
     [("tränaren Eva Lind", "säger", "Vi är redo")]),
    ("no", "– Vi er klare, sier trener Ola Dahl.\n\n– Ingen grunn til panikk.\n\nLaget spiller borte søndag.",
     [("trener Ola Dahl", "sier", "Vi er klare"), ("trener Ola Dahl", None, "Ingen grunn til panikk")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DASH_HEADING)
def test_a_short_dash_line_without_its_stop_is_a_subheading(lang: str, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
