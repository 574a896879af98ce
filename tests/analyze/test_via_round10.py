"""Via round 10 (analyze/via.py, shapes.py, phrases.py): the media told on a page that shows no outlet of its
own (vias, since round via41), recipients past an apposition or a bracketed abbreviation, German indefinite datives, and a cue
coordinated after one with a recipient."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article


def vias(text: str, lang: str, cue: str | None = None, outlet: str | None = "Testbladet") -> list[list[str]]:
    """The vias of the records whose cue is `cue` (of all records when None), in text order."""
    art = Article(title=None, body=tuple(text.split("\n\n")), language=lang, outlet=outlet, authors=("A. Writer",))
    attrs = [a for a in attribute(art) if cue is None or a.cue == cue]
    assert attrs, [a.to_dict() for a in attribute(art)]
    return [list(a.via) for a in attrs]


# A page that names no outlet of its own shows none: a medium told, however often, stays a via (the convention
# drops only the outlet a page shows; a site retelling another paper's interviews writes the same words).
OWN = [
    ("– Vi er klare, sier Per Olsen til Dagbladet.\n\n– Det går bra, sier Kari Lund til Dagbladet.", "no",
     [["Dagbladet"], ["Dagbladet"]]),
    ("– Vi er klare, sier Per Olsen til Dagbladet.\n\n– Det går bra, sier Kari Lund.", "no", [["Dagbladet"], []]),
    (("Ti er permittert, skriver Dagbladet.\n\n– Vi er klare, sier Per Olsen til Dagbladet.\n\n"
     "– Det går bra, sier Kari Lund til Dagbladet."), "no", [[], ["Dagbladet"], ["Dagbladet"]]),
    ("– Vi är redo, säger Anna Berg till Expressen.\n\n– Det går bra, säger Lars Ek till Expressen.", "sv",
     [["Expressen"], ["Expressen"]]),
    ("– Vi er klar, siger Ole Brink til Politiken.\n\n– Det går godt, siger Mette Holm til Politiken.", "da",
     [["Politiken"], ["Politiken"]]),
    ("„Wir sind bereit“, sagte Max Roth dem Tagesspiegel.\n\n„Es geht gut“, sagte Eva Kurz dem Tagesspiegel.",
     "de", [["Der Tagesspiegel"], ["Der Tagesspiegel"]]),
    ("“We are ready,” Ann Lee told Politico.\n\n“It is going well,” Tom Vale told Politico.", "en",
     [["Politico"], ["Politico"]]),
    ("– Vi er klare, sier Per Olsen til NTB.\n\n– Det går bra, sier Kari Lund til NTB.", "no",
     [["NTB"], ["NTB"]]),
]


@pytest.mark.parametrize("text,lang,expected", OWN)
def test_media_told_stay_vias_on_a_page_showing_no_outlet(text: str, lang: str, expected: list[list[str]]) -> None:
    assert vias(text, lang, outlet=None) == expected


def test_a_known_outlet_keeps_other_media_told_twice() -> None:
    text = "– Vi er klare, sier Per Olsen til Dagbladet.\n\n– Det går bra, sier Kari Lund til Dagbladet."
    assert vias(text, "no") == [["Dagbladet"], ["Dagbladet"]]


RECIPIENTS = [
    # past a relative clause or apposition after the speaker of a "Det siger X" tag
    ("Mange brande kunne være undgået. Det siger Ole Hansen, der er chef i beredskabet, til Berlingske.", "da",
     "siger", ["Berlingske"]),
    ("Många bränder kunde ha undvikits. Det säger Anna Berg, som är chef vid räddningstjänsten, till Sydsvenskan.",
     "sv", "säger", ["Sydsvenskan"]),
    ("Mange branner kunne vært unngått. Det sier Per Olsen, som er leder i brannvesenet, til NRK.", "no", "sier",
     ["NRK"]),
    ("Mange brande kunne være undgået. Det siger Ole Hansen, der er chef i beredskabet, til naboen.", "da",
     "siger", []),
    # a medium named by its kind after an apposition: the medium named before
    (("Ti er sagt opp, skriver Berlingske.\n\n- Vi ved det ikke, siger Ole Hansen, formand for foreningen, til "
     "avisen."), "da", "siger", ["Berlingske"]),
    # past a bracketed abbreviation or a shared compound part in the speaker's adverbial
    ("Det er ingen skadde, opplyser vaktleder Per Olsen i Statens vegvesen (SVV) til NTB.", "no", "opplyser",
     ["NTB"]),
    ("Det er ingen skadde, opplyser vaktleder Per Olsen i Norges vassdrags- og energidirektorat (NVE) til NTB.",
     "no", "opplyser", ["NTB"]),
    ("– Det är lugnt, säger Anna Berg på Trafikverket (TRV) till TT.", "sv", "säger", ["TT"]),
    # a radio channel's regional service
    ("– Det är allvarligt, säger regionchefen Anna Berg till P4 Västerbotten.", "sv", "säger", ["P4 Västerbotten"]),
    ("– Det är allvarligt, konstaterar Anna Berg, en av de drabbade, för P4 Gotland.", "sv", "konstaterar",
     ["P4 Gotland"]),
]


@pytest.mark.parametrize("text,lang,cue,expected", RECIPIENTS)
def test_recipient_after_the_speaker(text: str, lang: str, cue: str, expected: list[str]) -> None:
    assert vias(text, lang, cue)[-1] == expected


GERMAN = [
    ("Bei dem Brand seien 40 Menschen verletzt worden, sagte ein Sprecher am Abend einer Nachrichtenagentur.",
     ["einer Nachrichtenagentur"]),
    (("Bei dem Brand seien 40 Menschen verletzt worden, sagte ein Sprecher der Feuerwehr gestern Abend einer "
     "Nachrichtenagentur."), ["einer Nachrichtenagentur"]),
    ("Bei dem Brand seien 40 Menschen verletzt worden, sagte ein Sprecher der Polizei einer Nachrichtenagentur.",
     ["einer Nachrichtenagentur"]),
    ("Die Lage sei ernst, sagte der Bürgermeister am Montag einer britischen Zeitung.", ["einer britischen Zeitung"]),
    ("Die Lage sei ernst, sagte der Chef der Stadtwerke einem Radiosender.", ["einem Radiosender"]),
    ("Die Lage sei ernst, sagte die Chefin einer Zeitung.", []),  # a genitive of the speaker
    ("Die Lage sei ernst, sagte der Sprecher einer Bürgerinitiative am Montag.", []),
]


@pytest.mark.parametrize("text,expected", GERMAN)
def test_german_indefinite_dative_medium(text: str, expected: list[str]) -> None:
    assert vias(text, "de", "sagte") == [expected]


COORDINATED = [
    ("A union source confirmed the figures to Reuters on Monday and said a statement was expected.", "en",
     [["Reuters"], ["Reuters"]]),
    ("The mayor told CNN the bridge was safe and said the roads would reopen.", "en", [["CNN"], ["CNN"]]),
    ("The mayor, who told CNN last week that she would go, said on Monday that she would stay.", "en",
     [["CNN"], []]),
    ("Anna Berg säger till TT att hon är nöjd och berättar att hon ska fira.", "sv", [["TT"], ["TT"]]),
    ("Per Olsen sier til NRK at han er fornøyd, og forteller at han skal feire.", "no", [["NRK"], ["NRK"]]),
    ("Anna Berg säger att hon är nöjd och berättar för TT att hon ska fira.", "sv", [[], ["TT"]]),
]


@pytest.mark.parametrize("text,lang,expected", COORDINATED)
def test_coordinated_cue_shares_the_medium_told(text: str, lang: str, expected: list[list[str]]) -> None:
    assert vias(text, lang) == expected


RELAYED_TAG = [
    ("– Staden är stängd, säger borgmästaren enligt Reuters.", "sv", "borgmästaren", ["Reuters"]),
    ("– Staden är stängd, säger kommunens ordförande enligt TT.", "sv", "kommunens ordförande", ["TT"]),
    ("– Byen er stengt, sier ordføreren ifølge NTB.", "no", "ordføreren", ["NTB"]),
    ("– Byen er lukket, siger borgmesteren ifølge Reuters.", "da", "borgmesteren", ["Reuters"]),
    ("– Det er rolig, sier operasjonslederen i Vest politidistrikt.", "no", "operasjonslederen i Vest politidistrikt",
     []),
]


@pytest.mark.parametrize("text,lang,source,expected", RELAYED_TAG)
def test_a_role_before_according_to_is_the_speaker_and_the_relay_a_via(text: str, lang: str, source: str,
                                                                        expected: list[str]) -> None:
    art = Article(title=None, body=(text,), language=lang, outlet="Testbladet", authors=("A. Writer",))
    first = attribute(art)[0]
    assert (first.source, list(first.via)) == (source, expected)


NESTED_LAST_SENTENCE = [
    ("– Båten sank raskt. Mannskapet informerte oss om at de gikk i flåtene, opplyste Per Olsen.", "no",
     ("de gikk i flåtene", ["Per Olsen"])),
    ("– Bilen brann. Föraren berättade att han hade somnat, säger Anna Berg.", "sv",
     ("han hade somnat", ["Anna Berg"])),
    ("- Bilen brændte. Føreren fortalte, at han var faldet i søvn, siger Ole Hansen.", "da",
     ("han var faldet i søvn", ["Ole Hansen"])),
    ("– Föraren berättade att han hade somnat, säger Anna Berg.", "sv", ("han hade somnat", ["Anna Berg"])),
]


@pytest.mark.parametrize("text,lang,expected", NESTED_LAST_SENTENCE)
def test_a_report_in_a_quotations_last_sentence_nests(text: str, lang: str, expected: tuple[str, list[str]]) -> None:
    art = Article(title=None, body=(text,), language=lang, outlet="Testbladet", authors=("A. Writer",))
    inner = attribute(art)[-1]
    assert (inner.content, list(inner.via)) == expected
