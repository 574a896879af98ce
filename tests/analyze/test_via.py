"""Via chains: media recipients, relays, nesting, own outlet and writing agency (analyze/via.py)."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.cues import lexicon
from enligt.analyze.sentences import tokenize
from enligt.analyze.via import context, keep, media_name
from enligt.analyze.viachain import places
from enligt.models import Article

from .conftest import via_of, via_records


def vias(text: str, lang: str, outlet: str | None = "Testbladet", authors: tuple[str, ...] = ("A. Writer",),
         cue: str | None = None) -> list[str]:
    """The via of the record whose cue is `cue` (or of the first record)."""
    art = Article(title=None, body=tuple(text.split("\n\n")), language=lang, outlet=outlet, authors=authors)
    attrs = attribute(art)
    hit = [a for a in attrs if cue is None or a.cue == cue]
    assert hit, [a.to_dict() for a in attrs]
    return list(hit[0].via)


SV = [
    ("– Vi slutar inte, säger Petro Hnatiuk till TT.", None, ["TT"]),
    ("– Vi slutar inte, säger Petro Hnatiuk till Reuters.", None, ["Reuters"]),
    ("– Vi slutar inte, säger Petro Hnatiuk till NTB.", None, ["NTB"]),
    ("– Vi slutar inte, säger Petro Hnatiuk till Sveriges Radio.", None, ["Sveriges Radio"]),
    ("– Vi slutar inte, säger Petro Hnatiuk till Aftonbladet.", None, ["Aftonbladet"]),
    ("– Vi slutar inte, säger Petro Hnatiuk till Testbladet.", None, []),
    ("– Vi slutar inte, säger han till Expressen.", None, ["Expressen"]),
    ("– Vi slutar inte, säger han till DN.", None, ["DN"]),
    ("– Vi slutar inte, säger han till SVT.", None, ["SVT"]),
    ("– Vi slutar inte, säger han till oss.", None, []),
    ("Anna Berg säger till TT att hon är nöjd.", None, ["TT"]),
    ("Anna Berg säger till Dagens Nyheter att hon är nöjd.", None, ["Dagens Nyheter"]),
    ("Anna Berg säger till Testbladet att hon är nöjd.", None, []),
    ("Anna Berg säger till domstolen att hon är oskyldig.", None, []),
    ("Två dog, uppger polisen till TT.", None, ["TT"]),
    ("Två dog, uppger polisen till Expressen.", None, ["Expressen"]),
    ("Enligt departementet, som citeras av den statliga nyhetsbyrån Xinhua, frigavs 60 fiskare.",
     "Enligt", ["Xinhua"]),
    ("Enligt ministeriet, som citeras av TASS, fick Ukraina 140 fångar.", "Enligt", ["TASS"]),
    ("Enligt ministeriet, som citeras av Interfax, dog två.", "Enligt", ["Interfax"]),
    ("Enligt polisen dog två.", "Enligt", []),
    ("Flera soldater har flytt, och några sägs ha skjutits, skriver The Sun.", "sägs", ["The Sun"]),
    ("Flera soldater har flytt, och några sägs ha skjutits, skriver Aftonbladet.", "sägs", ["Aftonbladet"]),
    ("Några sägs ha skjutits, skriver The Sun.", "skriver", []),
    ("På kanalens hemsida finns ett klipp av en soldat som säger ”Vi vill hem”, skriver The Sun.",
     "säger", ["kanalens hemsida", "The Sun"]),
    ("På arméns hemsida finns ett klipp av en soldat som säger ”Vi vill hem”, skriver Expressen.",
     "säger", ["arméns hemsida", "Expressen"]),
    ("Analytiker hade räknat med en förlust på 145 miljoner kronor, enligt en sammanställning från Datakompassen.",
     "räknat med", ["en sammanställning från Datakompassen"]),
    ("– Han sa att han ringde från banken, berättade Karin Ek.", "sa", ["Karin Ek"]),
    ("– Han sa att han ringde från polisen, berättade Olle Berg.", "sa", ["Olle Berg"]),
    ("– Vi vet inget, säger Anna Berg till TT.\n\nEnligt henne dog två.", "Enligt", []),
    ("Anna Berg säger till TT att hon är nöjd. Hon tror att det går bra.", "tror", []),
]

EN = [
    ("A spokesperson told Reuters that the unit held.", None, ["Reuters"]),
    ("A spokesperson told AFP that the unit held.", None, ["AFP"]),
    ("A spokesperson told the BBC that the unit held.", None, ["BBC"]),
    ("A spokesperson told the Miami Herald that the unit held.", None, ["Miami Herald"]),
    ("A spokesperson told Sky News it had no knowledge.", None, ["Sky News"]),
    ("A spokesperson told CNN that the unit held.", None, ["CNN"]),
    ("A spokesperson told Bloomberg that the unit held.", None, ["Bloomberg"]),
    ("A spokesperson told Testbladet that the unit held.", None, []),
    ("A spokesperson told reporters that the unit held.", None, []),
    ("A spokesperson told the court that the unit held.", None, []),
    ("A spokesperson told investigators that the unit held.", None, []),
    ("“They are scared,” the leader, Aino Virtanen, told the regional newspaper Länsi-Rannikon Sanomat.",
     None, ["Länsi-Rannikon Sanomat"]),
    ("“They are panicking,” the chair told The Guardian.", None, ["The Guardian"]),
    ("“They are panicking,” the chair told Testbladet.", None, []),
    ("Lysenko told Testbladet: “We hold.”", None, []),
    ("Lysenko told Reuters: “We hold.”", None, ["Reuters"]),
    ("Lysenko told Politico: “We hold.”", None, ["Politico"]),
    ("Four died, three diplomats told Reuters.", None, ["Reuters"]),
    ("Four died, three diplomats told the Financial Times.", None, ["Financial Times"]),
    ("Four died, three diplomats told Testbladet.", None, []),
    (("The ministry shared a clip, first posted by the 41st Brigade, in which a soldier says his unit "
      "was sent across a river, Reuters reported."), "says", ["the 41st Brigade", "The ministry", "Reuters"]),
    (("The ministry shared a video, first posted by the 3rd Brigade, in which a soldier says he was "
      "captured, the BBC reported."), "says", ["the 3rd Brigade", "The ministry", "BBC"]),
    ("A port inspector, Lena Holm, told the court that a freight agent had said the crates were never opened.",
     "said", ["Lena Holm"]),
    ("A customs officer, Ann Lee, told the court that a driver had said the boxes were never opened.",
     "said", ["Ann Lee"]),
    ("Some soldiers fled, and others reportedly surrendered, The Sun wrote.", "reportedly", ["The Sun"]),
    ("Some soldiers fled, and others reportedly surrendered, Al Jazeera reported.", "reportedly",
     ["Al Jazeera"]),
    ("Others reportedly surrendered, The Sun wrote.", "wrote", []),
    ("According to the ministry, as quoted by TASS, 140 prisoners returned.", "According to", ["TASS"]),
    ("The Kremlin said the measures were illegal.", None, []),
    ("A spokesperson told Reuters that the unit held. He said it had no losses.", "said", []),
    ("According to Reuters, the unit held.", None, []),
]


@pytest.mark.parametrize("text,cue,expected", SV)
def test_sv(text: str, cue: str | None, expected: list[str]) -> None:
    assert vias(text, "sv", cue=cue) == expected


@pytest.mark.parametrize("text,cue,expected", EN)
def test_en(text: str, cue: str | None, expected: list[str]) -> None:
    assert vias(text, "en", cue=cue) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("– Vi må tilpasse oss, sier Kjetil Aasen til NTB.", "no", ["NTB"]),
    ("To patienter er døde, oplyser hospitalets presseafdeling til DR.", "da", ["DR"]),
    ("– Vi er chokerede, siger borgmester Ole Brink til TV 2 Fyn.", "da", ["TV 2 Fyn"]),
    ("– Vi er chokerede, siger borgmester Ole Brink til TV 2.", "da", ["TV 2"]),
    ("In Oldenburg starb ein Mann, wie ein Polizeisprecher der dpa sagte.", "de", ["dpa"]),
])
def test_other(text: str, lang: str, expected: list[str]) -> None:
    assert vias(text, lang) == expected


def _unbylined(text: str, lang: str, furniture: tuple[str, ...]) -> list[str]:
    art = Article(title=None, body=(text,), language=lang, outlet=None, authors=(), boilerplate=furniture)
    return list(attribute(art)[0].via)


@pytest.mark.parametrize("text,lang,furniture,expected", [
    # agency copy: no byline, the wire named in a furniture line
    ("– Vi slutar inte, säger Petro Hnatiuk till TT.", "sv", ("Nyheter från TT",), []),
    ("– Vi gir oss ikke, sier Kari Lund til NTB.", "no", ("NTB",), []),
    ("– Vi giver ikke op, siger Ole Brink til Ritzau.", "da", ("Dela", "Ritzau"), []),
    ("– Vi gir oss ikke, sier Kari Lund til Reuters.", "no", ("NTB",), ["Reuters"]),
    ("– Vi gir oss ikke, sier Kari Lund til NTB.", "no", ("(©NTB)",), []),  # a copyright credit names the wire
    ("– Vi slutar inte, säger Petro Hnatiuk till TT.", "sv", ("©TT",), []),
    # no byline found, no wire named: the paper's own text, the wire told is a via
    ("– Vi slutar inte, säger Petro Hnatiuk till TT.", "sv", (), ["TT"]),
    ("– Vi gir oss ikke, sier Kari Lund til NTB.", "no", ("Del", "Meny"), ["NTB"]),
    ("– Vi giver ikke op, siger Ole Brink til Ritzau.", "da", (), ["Ritzau"]),
    ("– Vi slutar inte, säger Petro Hnatiuk till TT.", "sv",
     ("Läs mer: Fångarna som kom hem berättar för TT om sina år i fångenskap",), ["TT"]),
])
def test_unbylined_copy_is_the_wires_only_when_the_page_names_it(text: str, lang: str, furniture: tuple[str, ...],
                                                                  expected: list[str]) -> None:
    assert _unbylined(text, lang, furniture) == expected


def test_agency_dateline_is_the_writer() -> None:
    text = "BRUSSELS (Reuters) - Governments agreed, three diplomats told Reuters."
    assert vias(text, "en") == []


def test_context_collects_own_outlet_and_dateline() -> None:
    art = Article(title=None, body=("LONDON (Reuters) - Text.",), language="en", outlet="Northgate", authors=("X Y",))
    assert context(art).own == frozenset({"northgate", "reuters"})


@pytest.mark.parametrize("text,expected", [
    ("Reuters", "Reuters"),
    ("the regional newspaper Pohjois-Suomen Viesti", "Pohjois-Suomen Viesti"),
    ("den statliga nyhetsbyrån Ria Novosti", "Ria Novosti"),
    ("the court", None),
    ("reporters in Moscow", None),
])
def test_media_name(text: str, expected: str | None) -> None:
    lang = "sv" if "nyhetsbyrån" in text else "en"
    assert media_name(tokenize(text), lexicon(lang)) == expected


def test_places_innermost_first() -> None:
    toks = tokenize("The ministry shared a clip, first posted by the 41st Brigade, in which")
    assert places(toks, lexicon("en")) == ["the 41st Brigade", "The ministry"]


@pytest.mark.parametrize(("outlet", "told", "kept"), [
    ("Laerdalsposten", "Lærdalsposten", False),  # the page's outlet spelt as in its web address
    ("Sorlandsavisen", "Sørlandsavisen", True),  # (ø is "oe" in an address: another name)
    ("Soerlandsavisen", "Sørlandsavisen", False),
    ("Aftenbladet", "Lærdalsposten", True),
])
def test_own_outlet_spelt_in_ascii(outlet: str, told: str, kept: bool) -> None:
    art = Article(title=None, body=("Det regnet.",), language="no", outlet=outlet)
    assert keep(told, context(art)) is kept


# Via round 10 (analyze/via.py, shapes.py, phrases.py): the media told on a page that shows no outlet of its
# own (vias, since round via41), recipients past an apposition or a bracketed abbreviation, German indefinite datives, and a cue
# coordinated after one with a recipient.
def vias_2(text: str, lang: str, cue: str | None = None, outlet: str | None = "Testbladet") -> list[list[str]]:
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
    assert vias_2(text, lang, outlet=None) == expected


def test_a_known_outlet_keeps_other_media_told_twice() -> None:
    text = "– Vi er klare, sier Per Olsen til Dagbladet.\n\n– Det går bra, sier Kari Lund til Dagbladet."
    assert vias_2(text, "no") == [["Dagbladet"], ["Dagbladet"]]


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
    assert vias_2(text, lang, cue)[-1] == expected


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
    assert vias_2(text, "de", "sagte") == [expected]


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
    assert vias_2(text, lang) == expected


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


# Via round 27: the name a nesting or citing medium goes by, a speaker that is no via of its own words, and German
# dative media named by a quoted title or a lower-case agency (passes.nest, viapass.relay_name, markers.loose_cites,
# phrases.genitive_tail, via.quoted_medium, aftercue).

# A medium that an outer record names is the via of the claims nested in it by its name alone.
MEDIUM_NAME = [
    ("Officials later said that three roads were flooded, Xinhua news agency reported.", "en", "Officials", ["Xinhua"]),
    ("Residents said the river rose overnight, the Associated Press news agency reported.", "en", "Residents",
     ["Associated Press"]),
    ("Die amerikanische Nachrichtenagentur AP meldete unter Berufung auf Ermittler mindestens 30 Verletzte.", "de",
     "Ermittler", ["AP"]),
    ("Ukrainische Medien berichteten unter Berufung auf Behörden von zwölf Toten.", "de", "Behörden",
     ["Ukrainische Medien"]),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), MEDIUM_NAME)
def test_medium_named_alone(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via


# A claim inside its own speaker's record is not relayed by that speaker.
SELF = [
    ("Polizeisprecher Karl Weber betont, dass kein Fehler passiert ist: »Wir haben dreimal gezählt.«", "de",
     "Karl Weber"),
    ("Tre menn har ifølge tiltalen lurt flere hundre personer, ifølge tiltalen.", "no", "tiltalen"),
]


@pytest.mark.parametrize(("text", "lang", "source"), SELF)
def test_no_self_via(text: str, lang: str, source: str) -> None:
    for s, _, v in via_records(text, lang):
        assert source not in v, (s, v)


# German dative media: a quoted title with a joining word, a media noun glued to a quoted title, a lower-case agency.
DATIVE = [
    ('Der Minister sagte der "Welt am Sonntag", die Pläne seien längst beschlossen.', "Der Minister",
     ["Welt am Sonntag"]),
    ('Müller sagte der "Bild am Sonntag", die an ihn gerichteten Vorwürfe seien unbegründet.', "Müller",
     ["Bild am Sonntag"]),
    ('Die Reform komme zu spät, sagte die Gewerkschafterin der "Bild"-Zeitung.', "die Gewerkschafterin", ["Bild"]),
    ('"Wir brauchen mehr Geld", sagte der Bürgermeister der Nachrichtenagentur dpa.', "der Bürgermeister", ["dpa"]),
    ('"Wir brauchen mehr Geld", sagte eine Sprecherin der "Letzten Generation".',
     'eine Sprecherin der "Letzten Generation', []),
]


@pytest.mark.parametrize(("text", "source", "via"), DATIVE)
def test_german_dative_medium(text: str, source: str, via: list[str]) -> None:
    assert via_of(text, "de", source) == via


# "C, X reported, citing Y" and its Nordic forms: Y's record of C, with the reporter X as via.
CITING = [
    ("Two bridges were closed overnight, Reuters reported, citing local officials.", "en", "local officials",
     ["Reuters"]),
    ("The storm killed four people, the BBC reported, quoting a police spokesman.", "en", "a police spokesman",
     ["BBC"]),
    ("To broer ble stengt i natt, melder NTB med henvisning til politiet.", "no", "politiet", ["NTB"]),
    ("Två broar stängdes i natt, rapporterar TT med hänvisning till polisen.", "sv", "polisen", ["TT"]),
    ("Fire personer omkom, oplyser Ritzau med henvisning til politiet.", "da", "politiet",
     ["Ritzau"]),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), CITING)
def test_citing_after_report(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via


# Not a citing phrase: a verb in the progressive, "quoting Y as saying C" (Y's record, by `quoted_as`), a citing
# phrase inside the subject.
NOT_CITING = [
    ("He was quoting his father when he said the town would recover.", "he", "said"),
    ("Her office issued a statement quoting the president as saying 40 homes were lost.", "the president",
     "as saying"),
    ("The paper, citing two sources, reported that the mayor would resign.", "The paper", "reported"),
    ("Prices rose, the bank said, citing weak demand.", "the bank", "said"),
]


@pytest.mark.parametrize(("text", "source", "cue"), NOT_CITING)
def test_not_citing(text: str, source: str, cue: str) -> None:
    assert (source, cue) in [(s, c) for s, c, _ in via_records(text, "en")]


def test_numbered_station() -> None:
    assert via_of("The storm damaged 40 homes, the mayor told ABC 7 Chicago television.", "en", "the mayor") \
        == ["ABC 7 Chicago"]


# The medium that held an interview, named after a quotation's tag, relayed the quoted words (as after other tags).
INTERVIEW = [
    ("- Vi har aldrig set noget lignende, siger borgmesteren i et interview med DR.", "da", "borgmesteren", ["DR"]),
    ("– Vi har aldri sett noe lignende, sier ordføreren i et intervju med NRK.", "no", "ordføreren", ["NRK"]),
    ("– Vi har aldrig sett något liknande, säger kommunalrådet i en intervju med SVT.", "sv", "kommunalrådet",
     ["SVT"]),
    ('"We have never seen anything like it," the mayor said in an interview with CNN.', "en", "the mayor", ["CNN"]),
    ("„Wir haben so etwas nie gesehen“, sagte der Bürgermeister im Interview mit dem ZDF.", "de",
     "der Bürgermeister", ["ZDF"]),
    ("- Vi har aldrig set noget lignende, siger borgmesteren i et interview med Testbladet.", "da", "borgmesteren",
     []),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), INTERVIEW)
def test_interview_after_quote(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via


# A paper the gazetteer lacks, named by one capitalised word after "till/til" at a Nordic tag's end.
CLOSING = [
    ("– Alla ska bidra, säger Anna Berg till Sydvästen.", "sv", "Anna Berg", ["Sydvästen"]),
    ("– Vi överklagar, säger Per Holm, åklagare på Ekobrottsmyndigheten, till Lönekollen.", "sv", "Per Holm",
     ["Lönekollen"]),
    ("– Dette er en vanskelig dag, sier Kari Lund til Bransjeliv.", "no", "Kari Lund", ["Bransjeliv"]),
    ("- Det er pinligt, siger Troels Hansen til TV9+.", "da", "Troels Hansen", ["TV9+"]),
    ("Det blev vist ud, oplyser Troels Hansen til Egnsliv.", "da", "Troels Hansen", ["Egnsliv"]),
    # not: an employer after "för", a first name, an acronym, a page's own outlet
    ("– Lagen är tydlig, säger Per Holm, chef för Energiverket.", "sv", "Per Holm", []),
    ("– Jeg er lei meg, sier Kari Lund til Ola.", "no", "Kari Lund", []),
    ("– Det er alvorlig, sier Kari Lund til NVE.", "no", "Kari Lund", []),
    ("– Alla ska bidra, säger Anna Berg till Testbladet.", "sv", "Anna Berg", []),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), CLOSING)
def test_closing_recipient(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via


def test_closing_recipient_not_english() -> None:
    assert via_of('"It is wrong," she said, referring to Smith.', "en", "she") == []


# Vias and source types on the shapes of round 39 (analyze/viapass.py, via.py, sourcetype.py): a page naming no
# outlet that cites another medium as a reporter retells that medium's world, so the media its speakers talked to are
# vias, not its own outlet; a news site named by its address in lower case is a medium. Every sentence is written
# for its test.
Rec = tuple[str | None, str | None, tuple[str, ...]]  # source, type, via


def records(text: str, lang: str, outlet: str | None = "Testbladet") -> list[Rec]:
    """(source, type, via) of each record of `text` (paragraphs cut at blank lines), unbylined when no outlet."""
    authors = ("A. Skribent",) if outlet else ()
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang, outlet=outlet,
                  authors=authors)
    return [(a.source, a.source_type, a.via) for a in attribute(art)]


RETOLD = [
    # no outlet of its own, one medium told twice, and another medium cited as a reporter: the told one is a via
    ("sv", ("Under fredagen rapporterade sportsajten.se att klubben byter tränare i helgen.\n\n"
           "– Jag stannar kvar, säger tränaren Per Lund till Kvällsbladet.\n\n"
           "– Vi har inte pratat om det, säger Lund till Kvällsbladet."),
     ("Lund", "person", ("Kvällsbladet",))),
    ("no", ("Klubben bytter trener i helgen, skriver Fjordposten.\n\n"
           "– Jeg blir værende, sier treneren Per Lund til Dagbladet.\n\n"
           "– Vi har ikke snakket om det, sier Lund til Dagbladet."),
     ("Lund", "person", ("Dagbladet",))),
]


@pytest.mark.parametrize("lang,text,expected", RETOLD)
def test_a_page_citing_a_reporter_retells_the_interviews(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang, outlet=None)


def test_a_medium_told_twice_on_a_page_showing_no_outlet_stays_a_via() -> None:
    text = ("– Jag stannar kvar, säger tränaren Per Lund till Kvällsbladet.\n\n"
            "– Vi har inte pratat om det, säger Lund till Kvällsbladet.")
    assert ("Lund", "person", ("Kvällsbladet",)) in records(text, "sv", outlet=None)


SITE_ADDRESSES = [
    ("sv", "Under fredagen rapporterade sportsajten.se att klubben byter tränare i helgen.",
     ("sportsajten.se", "media", ())),
    ("no", "Det er sendt ut et farevarsel for kysten, skriver nrk.no.", ("nrk.no", "media", ())),
    ("da", "Der er udsendt et varsel for kysten, skriver tv2.dk.", ("tv2.dk", "media", ())),
]


@pytest.mark.parametrize("lang,text,expected", SITE_ADDRESSES)
def test_a_site_address_in_lower_case_is_a_medium(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


BROADCAST = [
    # German "bei" before a listed broadcaster the speaker spoke on; not before a body or an event
    ("de", "\u201eSehr bitter\u201c, sagte der Trainer bei DAZN \u00fcber die Verletzungen.", ("der Trainer", "person", ("DAZN",))),
    ("de", "\u201eWir sind m\u00fcde\u201c, sagte Kapit\u00e4n Jan Roth bei Sky Sports.",
     ("Kapit\u00e4n Jan Roth", "person", ("Sky Sports",))),
    ("de", "\u201eWir sind m\u00fcde\u201c, sagte Kapit\u00e4n Jan Roth bei der Pressekonferenz.",
     ("Kapit\u00e4n Jan Roth", "person", ())),
]


@pytest.mark.parametrize("lang,text,expected", BROADCAST)
def test_a_broadcaster_spoken_on_is_a_via(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


SHORT_OWN = [
    # the page's own outlet by its short form, its region left off; a listed outlet of its own stays a via
    ("sv", "Kustbladet Norr", "– Det stämmer inte, säger kommunalrådet Eva Lund till Kustbladet.",
     ("kommunalrådet Eva Lund", "person", ())),
    ("da", "TV 2 Fyn", "– Det passer ikke, siger borgmester Ole Brink til TV 2.",
     ("borgmester Ole Brink", "person", ("TV 2",))),
    ("da", "TV 2", "– Det passer ikke, siger borgmester Ole Brink til TV2.", ("borgmester Ole Brink", "person", ())),
]


@pytest.mark.parametrize("lang,outlet,text,expected", SHORT_OWN)
def test_the_own_outlet_by_its_short_form_is_no_via(lang: str, outlet: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang, outlet=outlet)


RELAYS = [
    # a relay phrase closing a content-first tag, past a comma or a short adverbial
    ("en", "Three boats sank, the coast guard said, as quoted by the Tass news agency.",
     ("the coast guard", "official", ("Tass",))),
    ("en", "Three boats sank, the coast guard said in a statement cited by Reuters.",
     ("the coast guard", "official", ("Reuters",))),
    ("en", "Three boats sank, the coast guard said, citing radar data.", ("the coast guard", "official", ())),
    ("en", "Three boats sank, a coast guard spokesperson confirmed to CNN.",
     ("a coast guard spokesperson", "person", ("CNN",))),
    # a listed medium the speaker spoke in or on; the outlet of its programme
    ("en", "\u201cThe ice is thin,\u201d ranger Ann Lee said on CNN.", ("ranger Ann Lee", "person", ("CNN",))),
    ("en", "\u201cThe ice is thin,\u201d ranger Ann Lee said on CNN\u2019s morning show.",
     ("ranger Ann Lee", "person", ("CNN",))),
    ("en", "\u201cThe ice is thin,\u201d ranger Ann Lee said on Twitter.", ("ranger Ann Lee", "person", ())),
    ("sv", "– Isen är tunn, säger Eva Lund i Ekot.", ("Eva Lund", "person", ("Ekot",))),
    ("sv", "– Isen är tunn, säger Eva Lund i SVT:s morgonsändning.", ("Eva Lund", "person", ("SVT",))),
    ("no", "– Isen er tynn, sier Kari Lund i NRK.", ("Kari Lund", "person", ("NRK",))),
    ("no", "– Isen er tynn, sier Kari Lund i Tromsø.", ("Kari Lund", "person", ())),
    # German: the quoted title after a media noun, not the noun; a listed agency without its article
    ("de", "\u201eDas Eis ist d\u00fcnn\u201c, sagte Anna Roth der Zeitung \u201eDie Welt\u201c.",
     ("Anna Roth", "person", ("Die Welt",))),
    ("de", "Wie die dpa unter Berufung auf die Polizei berichtete, sanken drei Boote.",
     ("die Polizei", "official", ("dpa",))),
]


@pytest.mark.parametrize("lang,text,expected", RELAYS)
def test_a_relay_or_medium_after_a_tag_is_a_via(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


def test_a_medium_named_by_its_kind_at_a_sentence_start_is_the_last_one_named() -> None:
    text = "Fjordposten melder at treneren har takket ja. Avisen hevder at treneren har bestemt seg."
    art = Article(title=None, body=(text,), language="no", outlet="Testbladet", authors=("A. Skribent",))
    assert [(a.source, a.source_name) for a in attribute(art)][-1] == ("Avisen", "Fjordposten")


INTERVIEWS = [
    # an interview or talk before the cue: fronted in a V2 language, or after the English subject between commas
    ("sv", "I en intervju med SVT säger borgmästaren att bron stängs.", ("borgmästaren", "person", ("SVT",))),
    ("no", "I et intervju med NRK sier ordføreren at broen stenges.", ("ordføreren", "person", ("NRK",))),
    ("da", "I et interview med DR siger borgmesteren, at broen lukkes.", ("borgmesteren", "person", ("DR",))),
    ("de", "Im Gespräch mit dem ZDF sagte der Bürgermeister, die Brücke werde gesperrt.",
     ("der Bürgermeister", "person", ("ZDF",))),
    ("en", "The mayor, speaking to CNN, said the bridge would close.", ("The mayor", "person", ("CNN",))),
    ("en", "The mayor, talking to reporters, said the bridge would close.", ("The mayor", "person", ())),
    ("en", "The mayor, who spoke to CNN on Monday, said the bridge would close.", ("The mayor", "person", ("CNN",))),
]


@pytest.mark.parametrize("lang,text,expected", INTERVIEWS)
def test_an_interview_before_the_cue_is_a_via(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


ASKED = [
    # a listed medium that asked: "auf dpa-Anfrage", "auf Anfrage der dpa" (fronted too); the own newsroom is no via
    ("de", "Zwei Boote seien gesunken, bestätigte ein Sprecher auf dpa-Anfrage.", ("ein Sprecher", "person", ("dpa",))),
    ("de", "Auf Anfrage der Deutschen Presse-Agentur sagte ein Sprecher, zwei Boote seien gesunken.",
     ("ein Sprecher", "person", ("Deutsche Presse-Agentur",))),
    ("de", "Wie ein Sprecher auf dpa-Anfrage sagte, sanken zwei Boote.", ("ein Sprecher", "person", ("dpa",))),
    ("de", "Zwei Boote seien gesunken, sagte ein Sprecher auf Anfrage unserer Redaktion.",
     ("ein Sprecher", "person", ())),
]


@pytest.mark.parametrize("lang,text,expected", ASKED)
def test_a_medium_that_asked_is_a_via(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


# Vias of round via41 (analyze/via.py, v2found.py, quotedby.py, resolve.py): a news site told by its address in
# lower case ("til fvn.no"), a listed medium fronted as the one spoken in ("I VG lørdag sier X at C"), a medium
# quoting someone past a phrase of time ("Avisa X siterte i mai kilder som anslo at C"), the medium's kind before
# its name dropped ("Avisa The New York Times" -> The New York Times), and Swedish "citerar" quoting one who speaks
# in a clause of their own. Every sentence is written for its test.
Rec_2 = tuple[str | None, str | None, tuple[str, ...]]  # source, type, via


def records_2(text: str, lang: str) -> list[Rec_2]:
    """(source, type, via) of each record of `text` (paragraphs cut at blank lines), on a paper of its own."""
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang, outlet="Testbladet",
                  authors=("A. Skribent",))
    return [(a.source, a.source_type, a.via) for a in attribute(art)]


SITE_TOLD = [
    ("no", ("– Tretti ansatte permitteres i vinter, sier direktør Per Olsen i Fjord Verk i Bykle til fvn.no. Han er lei "
           "seg."), ("direktør Per Olsen", "person", ("fvn.no",))),
    ("sv", "– Trettio anställda varslas i vinter, säger vd Eva Lund till sydsvenskan.se. Hon är ledsen.",
     ("vd Eva Lund", "person", ("sydsvenskan.se",))),
    ("da", "– Tredive ansatte fyres i vinter, siger direktør Ole Berg til fyens.dk. Han er ked af det.",
     ("direktør Ole Berg", "person", ("fyens.dk",))),
]


@pytest.mark.parametrize("lang,text,expected", SITE_TOLD)
def test_a_site_told_by_its_address_in_lower_case_is_a_via(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


SPOKEN_IN = [
    ("no", "I VG lørdag sier statsministeren at høsten blir krevende.", ("statsministeren", "person", ("VG",))),
    ("no", "I NRK sier ordføreren at brua åpner igjen.", ("ordføreren", "person", ("NRK",))),
    ("sv", "I Ekot på måndagen säger finansministern att hösten blir tuff.", ("finansministern", "person", ("Ekot",))),
    ("da", "I DR søndag siger borgmesteren, at broen åbner igen.", ("borgmesteren", "person", ("DR",))),
    ("no", "I Bergen sier politiet at brua er stengt.", ("politiet", "official", ())),  # a place, no medium
]


@pytest.mark.parametrize("lang,text,expected", SPOKEN_IN)
def test_a_fronted_medium_spoken_in_is_a_via(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


QUOTED_BY = [
    ("no", "Avisa Nordlys siterte i mai lokale kilder som anslo at seksti hytter var skadet.",
     ("lokale kilder", "unnamed", ("Nordlys",))),
    ("no", "Avisa The New York Times siterte anonyme kilder som hevdet at avtalen var klar.",
     ("anonyme kilder", "unnamed", ("The New York Times",))),
    ("sv", "Tidningen Expressen citerar en läkare som säger att kön har vuxit i vinter.",
     ("en läkare", "person", ("Expressen",))),
    ("sv", "Tidningen The Guardian citerade i måndags en forskare som sa att isen smälter fortare.",
     ("en forskare", "person", ("The Guardian",))),
]


@pytest.mark.parametrize("lang,text,expected", QUOTED_BY)
def test_a_medium_quoting_past_a_phrase_of_time_or_by_its_kind(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


SOURCES_TOLD = [
    ("sv", "Larmet kom vid lunch. Enligt källor till tidningen Expressen ska en man ha hotat personalen.",
     ("källor till tidningen Expressen", "unnamed", ("Expressen",))),
    ("no", "Alarmen gikk i går. Ifølge kilder til VG skal en mann ha truet de ansatte.",
     ("kilder til VG", "unnamed", ("VG",))),
    ("da", "Alarmen gik i går. Ifølge kilder til Ekstra Bladet skal en mand have truet personalet.",
     ("kilder til Ekstra Bladet", "unnamed", ("Ekstra Bladet",))),
]


@pytest.mark.parametrize("lang,text,expected", SOURCES_TOLD)
def test_sources_who_talked_to_a_medium_are_unnamed(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


TYPES = [
    ("no", "Kampene fortsetter. Den ukrainske forsvarsledelsen sier at de har skutt ned ti fly.",
     ("Den ukrainske forsvarsledelsen", "official", ())),
    ("no", "Kampene fortsetter. Britisk etterretning sa at ti fly var skutt ned.", ("Britisk etterretning", "official", ())),
    ("da", "Kampene fortsætter. Den ukrainske forsvarsledelse siger, at ti fly er skudt ned.",
     ("Den ukrainske forsvarsledelse", "official", ())),
    ("sv", "Striderna fortsätter. Den ukrainska försvarsledningen säger att tio plan har skjutits ned.",
     ("Den ukrainska försvarsledningen", "official", ())),
    ("sv", "Granskningen är klar. Enligt KU strider uttalandet mot regeringsformen.", ("KU", "official", ())),
    ("no", "Ledelsen i fabrikken sier at ti ansatte permitteres.", ("Ledelsen i fabrikken", "organization", ())),
    ("no", "Tallet stiger. Ifølge de ikke navngitte tjenestepersonene er ti soldater drept.",
     ("de ikke navngitte tjenestepersonene", "unnamed", ())),
    ("en", "The toll rose. Two unnamed officials said the figure was close to ten.", ("Two unnamed officials", "unnamed", ())),
]


@pytest.mark.parametrize("lang,text,expected", TYPES)
def test_source_types_of_round_41(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


RELAY_TITLES = [
    ("de", ('Die Polizei ermittelt. Die "Nordheimer Allgemeine Zeitung" hatte unter Berufung auf die Staatsanwaltschaft '
           "berichtet, dass Ermittler eine Spur haben."), ("die Staatsanwaltschaft", "official", ("Nordheimer Allgemeine Zeitung",))),
    ("de", ("Die Polizei ermittelt. Die „Nordheimer Allgemeine Zeitung“ hatte unter Berufung auf die Staatsanwaltschaft "
           "gemeldet, die Fahnder hätten eine Spur."), ("die Staatsanwaltschaft", "official", ("Nordheimer Allgemeine Zeitung",))),
    ("de", ("Die Polizei ermittelt. Der Spiegel hatte unter Berufung auf die Staatsanwaltschaft gemeldet, die Fahnder "
           "hätten eine Spur."), ("die Staatsanwaltschaft", "official", ("Der Spiegel",))),  # a listed title keeps its article
    ("de", ("Die Polizei ermittelt. Die Zeitung hatte unter Berufung auf die Staatsanwaltschaft gemeldet, die Fahnder "
           "hätten eine Spur."), ("die Staatsanwaltschaft", "official", ("Die Zeitung",))),  # a noun alone is no title
]


@pytest.mark.parametrize("lang,text,expected", RELAY_TITLES)
def test_a_relaying_paper_no_list_has_is_named_without_its_article(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


COMPANIES = [
    ("da", "Fabrikken lukker. Årsagen er en manglende ordre, meddeler Hirtshals Fiskeindustri.",
     ("Hirtshals Fiskeindustri", "organization", ())),
    ("no", "Fabrikken stenger. Årsaken er en tapt ordre, opplyser Vestby Treindustri.", ("Vestby Treindustri", "organization", ())),
    ("da", "Fabrikken lukker. Årsagen er en manglende ordre, siger Ole Bank.", ("Ole Bank", "person", ())),
]


@pytest.mark.parametrize("lang,text,expected", COMPANIES)
def test_a_name_ending_in_a_compound_of_a_body_word_is_an_organisation(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


APPOSED_CITES = [
    ("en", "The fire is out. The Times, citing two officials, reported that ten people were hurt.",
     ("two officials", "official", ("The Times",))),
    ("en", "The fire is out. Reuters, quoting a local official, said ten people were hurt.",
     ("a local official", "person", ("Reuters",))),
    ("no", "Brannen er slukket. NRK, med henvisning til politiet, melder at ti er skadet.", ("politiet", "official", ("NRK",))),
    ("sv", "Branden är släckt. SVT, med hänvisning till polisen, rapporterar att tio är skadade.",
     ("polisen", "official", ("SVT",))),
    ("da", "Branden er slukket. DR, med henvisning til politiet, skriver, at ti er såret.", ("politiet", "official", ("DR",))),
]


@pytest.mark.parametrize("lang,text,expected", APPOSED_CITES)
def test_a_citing_phrase_between_commas_after_a_medium_relays(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


def test_a_reason_cited_by_a_person_is_no_source() -> None:
    found = records_2("The fire is out. The mayor, citing safety concerns, said the road would stay closed.", "en")
    assert found == [("The mayor", "person", ())]


SPOKEN_ON = [
    ("de", "Der Trainer ist zufrieden. „Wir haben gut gespielt“, sagte er bei Amazon Prime.", ("er", "person", ("Amazon Prime",))),
    ("sv", "Tränaren är nöjd. – Vi spelade bra, säger han i Viaplay.", ("han", "person", ("Viaplay",))),
    ("de", "Der Brand ist gelöscht. Nach Angaben der Agentur Interfax wurden zehn Menschen verletzt.",
     ("der Agentur Interfax", "media", ())),
]


@pytest.mark.parametrize("lang,text,expected", SPOKEN_ON)
def test_streaming_services_and_the_agency(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


CONTINUED = [
    ("sv", ("Ministern fick kritik i går.\n\n– Jag tar till mig kritiken, säger ministern Anna Berg.\n\n"
            "– Men utskottet menar nu att jag försökte påverka domstolen och det får jag acceptera."),
     ("utskottet", "official", ("Anna Berg",))),
    ("no", ("Statsråden fikk kritikk i går.\n\n– Jeg tar kritikken til meg, sier statsråd Kari Lie.\n\n"
            "– Men utvalget mener nå at jeg prøvde å påvirke retten, og det må jeg akseptere."),
     ("utvalget", "official", ("Kari Lie",))),
]


@pytest.mark.parametrize("lang,text,expected", CONTINUED)
def test_a_claim_inside_a_continued_quotation_has_the_speaker_as_via(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


CREDITED = [
    ("de", ("Der Unfall geschah am Abend.\n\nDer Bus fuhr laut dpa gerade zur Werkstatt. (Quelle: Zeit Online, "
            "01.12.2024)\n\nDie Polizei ermittelt."), ("dpa", "media", ("Zeit Online",))),
    ("sv", ("Olyckan skedde i kväll.\n\nEnligt polisen var bilen på väg till ett larm. (Källa: SVT)\n\nPolisen utreder."),
     ("polisen", "official", ("SVT",))),
    ("de", ("Der Unfall geschah am Abend.\n\nDer Wagen war laut Polizei auf dem Weg. (Quelle: Polizei)\n\nEs wird "
            "ermittelt."), ("Polizei", "official", ())),  # a body credited: no medium
    ("de", ("Der Unfall geschah am Abend.\n\nDie Zeit berichtet von einem Unfall in Kerpen. (Quelle: Zeit Online)\n\n"
            "Es wird ermittelt."), ("Die Zeit", "media", ())),  # a medium's own report: its own site credited
]


@pytest.mark.parametrize("lang,text,expected", CREDITED)
def test_a_medium_credited_after_a_sentence_relayed_its_claims(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


KNOWING = [
    ("en", "The deal is near. People briefed on the talks said the price was agreed.",
     ("People briefed on the talks", "unnamed", ())),
    ("en", "The deal is near. Two people with knowledge of the matter said the price was agreed.",
     ("Two people with knowledge of the matter", "unnamed", ())),
    ("en", "The deal is near. A person close to the family said the price was agreed.",
     ("A person close to the family", "unnamed", ())),
]


@pytest.mark.parametrize("lang,text,expected", KNOWING)
def test_people_who_know_a_matter_are_unnamed(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


CAPITALS = [
    ("no", "Situasjonen er uklar. Kyiv hevder at angrepet ble slått tilbake.", ("Kyiv", "official", ())),
    ("no", "Situasjonen er uklar. Moskva avviser at angrepet skjedde.", ("Moskva", "official", ())),
    ("da", "Situationen er uklar. Kyiv hævder, at angrebet blev slået tilbage.", ("Kyiv", "official", ())),
    ("sv", "Läget är oklart. Washington hävdar att attacken slogs tillbaka.", ("Washington", "official", ())),
]


@pytest.mark.parametrize("lang,text,expected", CAPITALS)
def test_a_capital_speaks_for_its_state(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


SPOKEN_IN_TAGS = [
    ("sv", "Läget är oklart. – Vi gör vad vi kan, säger statsministern i Ekot.", ("statsministern", "person", ("Ekot",))),
    ("sv", "Läget är oklart. – Vi gör vad vi kan, sa statsministern i SVT:s Agenda.", ("statsministern", "person", ("SVT",))),
    ("no", "Situasjonen er uklar. – Vi gjør det vi kan, sa Kari Lie i NRK-programmet Debatten.", ("Kari Lie", "person", ("NRK",))),
    ("da", "Situationen er uklar. - Vi gør, hvad vi kan, sagde Ole Berg i DR-programmet Deadline.", ("Ole Berg", "person", ("DR",))),
    ("no", "Situasjonen er uklar. – Vi gjør det vi kan, sier programleder i NRK, Kari Lie.",
     ("programleder i NRK, Kari Lie", "person", ())),  # an employee named after the body: no medium spoken in
]


@pytest.mark.parametrize("lang,text,expected", SPOKEN_IN_TAGS)
def test_a_medium_spoken_in_after_a_role_or_in_a_programme_is_a_via(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


NATIONALS = [
    ("en", "The coach is calm. \"It is a long season,\" the Portuguese said.", ("the Portuguese", "person", ())),
    ("en", "The coach is calm. \"I am tired,\" the Briton said.", ("the Briton", "person", ())),
    ("de", "Der Trainer ist ruhig. „Wir schaffen das“, sagte der Niederländer.", ("der Niederländer", "person", ())),
    ("de", "Der Trainer ist ruhig. „Wir schaffen das“, sagte der Österreicher.", ("der Österreicher", "person", ())),
    ("de", "Die Lage ist unklar. Die Bundesländer teilten mit, die Regeln würden gelockert.",
     ("Die Bundesländer", "official", ())),
]


@pytest.mark.parametrize("lang,text,expected", NATIONALS)
def test_a_nationality_noun_for_one_of_its_people_is_a_person(lang: str, text: str, expected: Rec_2) -> None:
    assert expected in records_2(text, lang)


# Round via43: a newspaper's kind noun told ("till tidningen", "til avisen", "told the newspaper", "der Zeitung")
# points back to the last paper named, past a broadcaster or an agency named after it (`Mentions.last_medium`,
# `lang/broadcasters.txt`, function words press_noun); German "der Zeitung" is such a noun. A quotation's tag closed
# by a one-source preposition and a medium ("„Q“, sagte er laut dpa", "”Q”, sa hun ifølge NTB") or by a relay ("“Q,”
# he said in remarks carried by the BBC"), and an English relay or talk between commas after the subject ("X, in a
# statement carried by Y, said “Q”", "…, he said, speaking to Sky News") name a via. Every sentence is written for its
# test.
Rec_3 = tuple[str | None, str | None, str, tuple[str, ...]]  # source, cue, content, via


def records_3(text: str, lang: str) -> list[Rec_3]:
    """(source, cue, content, via) of each record of `text`, on a paper of its own."""
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang, outlet="Testbladet",
                  authors=("A. Skribent",))
    return [(a.source, a.cue, a.content, a.via) for a in attribute(art)]


def last_via(text: str, lang: str) -> tuple[str, ...]:
    """The via of the last record of `text`."""
    return records_3(text, lang)[-1][3]


PRESS_NOUN = [
    ("sv", ("Det rapporterar Göteborgs-Posten.\n\nHamnen i Varberg får en ny kaj. Även Sveriges Radio har tagit upp "
      "frågan.\n\nHamnchefen säger till tidningen att bygget börjar i maj."), ("Göteborgs-Posten",)),
    ("sv", ("Det rapporterar Göteborgs-Posten.\n\nHamnen i Varberg får en ny kaj, och TT har också skrivit om "
      "den.\n\nHamnchefen säger till tidningen att bygget börjar i maj."), ("Göteborgs-Posten",)),
    ("no", ("Det melder Stavanger Aftenblad.\n\nFergekaia i Tau skal bygges om. TV 2 har også meldt om "
      "planene.\n\nHavnesjefen sier til avisen at arbeidet starter i mai."), ("Stavanger Aftenblad",)),
    ("da", ("Det skriver Jyllands-Posten.\n\nHavnen i Grenaa får en ny kaj. Også DR har omtalt "
      "planerne.\n\nHavnechefen siger til avisen, at byggeriet begynder i maj."), ("Jyllands-Posten",)),
    ("en", ("The Irish Examiner first reported the plans.\n\nThe harbour will get a new quay. RTÉ also covered "
      "them.\n\nThe harbour master told the newspaper that work would start in May."), ("The Irish Examiner",)),
    ("de", ("Das berichtet die \"Rheinische Post\".\n\nDer Hafen bekommt einen neuen Kai. Auch der WDR berichtete "
      "darüber.\n\nDer Hafenmeister sagte der Zeitung, die Arbeiten begännen im Mai."), ("Rheinische Post",)),
    # a broadcaster's own noun still points to the broadcaster
    ("sv", "Hamnen får en ny kaj, säger hamnchefen till SVT.\n\nHamnchefen säger till kanalen att bygget börjar i maj.",
     ("SVT",)),
    # with only a broadcaster named, the paper is the page's own: no via
    ("no", "Kaia bygges om, sier havnesjefen til NRK.\n\nHavnesjefen sier til avisen at arbeidet starter i mai.", ()),
]


@pytest.mark.parametrize("lang,text,expected", PRESS_NOUN)
def test_a_newspapers_noun_points_back_to_the_last_paper(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert last_via(text, lang) == expected


# "mehrere Medien" is described, not a reference back: it stays as written
def test_described_media_stay_as_written() -> None:
    text = "Der Hafen wird verkauft. Das berichten mehrere Medien unter Berufung auf Regierungskreise."
    assert ("Regierungskreise", "unter Berufung auf", "Der Hafen wird verkauft", ("mehrere Medien",)) in records_3(text, "de")


TAG_RELAY = [
    ("de", "„Wir öffnen die Halle wieder“, sagte die Managerin laut dpa.", ("dpa",)),
    ("de", "„Der Zug fällt aus“, sagte ein Bahnsprecher nach Angaben der Nachrichtenagentur AFP.", ("AFP",)),
    ("sv", "”Hallen öppnar igen”, sade chefen enligt Reuters.", ("Reuters",)),
    ("no", "«Hallen åpner igjen», sa sjefen ifølge NTB.", ("NTB",)),
    ("da", "»Hallen åbner igen«, sagde chefen ifølge Ritzau.", ("Ritzau",)),
    ("en", "“The hall will open again,” the manager said in remarks carried by the BBC.", ("BBC",)),
    ("en", "“The hall will open again,” the manager said, speaking to Sky News.", ("Sky News",)),
    ("en", "“The hall will open again,” the manager said, talking to the Irish Times after the match.", ("Irish Times",)),
    ("en", "The manager said in a statement carried by Reuters that the hall would open again.", ("Reuters",)),
    ("en", "The manager, in a statement carried by Reuters, said “the hall will open again”.", ("Reuters",)),
    ("en", "The manager, in comments carried by the BBC, said the hall would open again.", ("BBC",)),
    ("en", "The manager, speaking to CNN, said “the hall will open again”.", ("CNN",)),
    # no relay: a tag closed by reporters, a thing carried by something
    ("en", "“The hall will open again,” the manager said, speaking to reporters.", ()),
    ("en", "The roof was carried by the wind, the manager said.", ()),
    ("de", "„Wir öffnen die Halle wieder“, sagte die Managerin am Abend.", ()),
]


@pytest.mark.parametrize("lang,text,expected", TAG_RELAY)
def test_a_relay_closing_a_quotations_tag_is_a_via(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert last_via(text, lang) == expected


# a comment, statement or message to a medium, fronted or closing a tag, an adjective before its noun or not, names
# the medium as the via in every language (function words interview / interview_with)
MESSAGE_TO_MEDIUM = [
    ("da", "I en kommentar til Berlingske siger borgmesteren, at færgen sejler igen.", ("Berlingske",)),
    ("da", "I en mail til Jyllands-Posten skriver rederiet, at færgen sejler igen.", ("Jyllands-Posten",)),
    ("da", "Færgen sejler igen, skriver rederiet i en sms til Politiken.", ("Politiken",)),
    ("sv", "I en skriftlig kommentar till Expressen skriver rederiet att färjan går igen.", ("Expressen",)),
    ("no", "I en skriftlig kommentar til Bergens Tidende skriver rederiet at ferja går igjen.", ("Bergens Tidende",)),
    ("de", "In einer Mail an die \"Rheinische Post\" schrieb die Reederei, die Fähre fahre wieder.", ("Rheinische Post",)),
    ("de", "In einer schriftlichen Stellungnahme gegenüber dem Spiegel schrieb die Reederei, die Fähre fahre wieder.",
     ("Der Spiegel",)),
    ("en", "In a statement to Reuters, the ferry company said sailings would resume.", ("Reuters",)),
    ("en", "The ferry company said in an email to the BBC that sailings would resume.", ("BBC",)),
    ("en", "Sailings will resume, the ferry company said in a statement to Reuters.", ("Reuters",)),
    # a statement to people or a body, no medium
    ("sv", "I ett uttalande till Sydsvenskan skriver rederiet att färjan går igen.", ("Sydsvenskan",)),
    ("no", "I en uttalelse til Adresseavisen skriver rederiet at ferja går igjen.", ("Adresseavisen",)),
    ("da", "I en udtalelse til Politiken skriver rederiet, at færgen sejler igen.", ("Politiken",)),
    ("de", "In einer Erklärung gegenüber dem Spiegel schrieb die Reederei, die Fähre fahre wieder.", ("Der Spiegel",)),
    ("en", "The ferry company said in a statement to passengers that sailings would resume.", ()),
    ("de", "Die Reederei teilte in einem Schreiben an die Fahrgäste mit, die Fähre fahre wieder.", ()),
]


@pytest.mark.parametrize("lang,text,expected", MESSAGE_TO_MEDIUM)
def test_a_message_to_a_medium_is_a_via(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert last_via(text, lang) == expected


def types(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    art = Article(title=None, body=(text,), language=lang, outlet="Testbladet", authors=("A. Skribent",))
    return [(a.source, a.source_type) for a in attribute(art)]


# an unknown one-word name that writes to a medium named in the sentence is no medium itself
WRITER_TO_MEDIUM = [
    ("sv", "I ett mejl till Sydsvenskan skriver Fjällkraft att ingen har sagts upp.", [("Fjällkraft", "organization")]),
    ("no", "I en e-post til Adresseavisen skriver Fjellkraft at ingen er sagt opp.", [("Fjellkraft", "organization")]),
    ("da", "I en mail til Politiken skriver Fjeldkraft, at ingen er fyret.", [("Fjeldkraft", "organization")]),
    ("sv", "Ingen har sagts upp, skriver Fjällposten.", [("Fjällposten", "media")]),
]


@pytest.mark.parametrize("lang,text,expected", WRITER_TO_MEDIUM)
def test_a_writer_to_a_medium_is_no_medium(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text, lang) == expected


# a medium's kind noun told, then its name in apposition closing the sentence, names the via; English "site" is a
# medium's kind ("the sports site Fieldline")
APPOSED_MEDIUM = [
    ("en", "“The pitch is ready,” the groundsman told the local newspaper, the Eastfield Courier.",
     ("Eastfield Courier",)),
    ("en", "The groundsman told the sports site Pitchline that the pitch was ready.", ("Pitchline",)),
    ("en", "“The pitch is ready,” the groundsman told the local newspaper, adding that play would start at noon.",
     ()),
]


@pytest.mark.parametrize("lang,text,expected", APPOSED_MEDIUM)
def test_a_medium_named_in_apposition(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert records_3(text, lang)[0][3] == expected


# "Det uppger X för Expressen": "för"/"for" and a known medium closing the speaker of a sentence pointing back is the
# medium told, as in a tag after the claim; also after a role that follows its employer's genitive ("kommunens
# presschef för TT"), never after a role alone ("en reporter för SVT")
POINTER_TOLD_FOR = [
    ("sv", "Skolan stänger i juni. Det berättar en förälder för Sydsvenskan.", [("en förälder", ("Sydsvenskan",))]),
    ("no", "Skolen stenger i juni. Det forteller en forelder for Stavanger Aftenblad.",
     [("en forelder", ("Stavanger Aftenblad",))]),
    ("sv", "Skolan stänger i juni. Det uppger regionens presschef för TT.", [("regionens presschef", ("TT",))]),
    ("sv", "Skolan stänger i juni, uppger regionens presschef för Expressen.",
     [("regionens presschef", ("Expressen",))]),
    ("sv", "Skolan stänger i juni. Det säger en reporter för SVT.", [("en reporter för SVT", ())]),
]


@pytest.mark.parametrize("lang,text,expected", POINTER_TOLD_FOR)
def test_a_medium_told_after_a_pointing_cue(lang: str, text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(r[0], r[3]) for r in records_3(text, lang)] == expected


# a quoted title as the medium told in a German subordinate tag or after "auf Nachfrage der"; an English interview
# "on" a medium
QUOTED_TITLE_TOLD = [
    ("de", "Wie eine Sprecherin dem „Talkurier“ sagte, bleibt das Bad geschlossen.", ("Talkurier",)),
    ("de", "Das Bad bleibt geschlossen, bestätigte eine Sprecherin auf Nachfrage der „Rheinischen Post“.",
     ("Rheinische Post",)),
    ("en", "A city spokeswoman said in an interview on NPR that the pool would stay shut.", ("NPR",)),
    ("en", "In an interview on Sky News, the mayor said the pool would stay shut.", ("Sky News",)),
    ("en", "The mayor said in a statement on Friday that the pool would stay shut.", ()),
]


@pytest.mark.parametrize("lang,text,expected", QUOTED_TITLE_TOLD)
def test_a_quoted_title_or_an_interview_on_a_medium(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert last_via(text, lang) == expected


# source nouns before a recipient word: the medium they talked to is the via of their claim
SOURCES_TOLD_2 = [
    ("sv", "Källor till Expressen uppger att hamnen stängs.", ("Expressen",)),
    ("no", "Kilder til Dagbladet sier at havna stenges.", ("Dagbladet",)),
    ("da", "Kilder til Ekstra Bladet siger, at havnen lukker.", ("Ekstra Bladet",)),
    ("sv", "Källor inom kommunen uppger att hamnen stängs.", ()),
]


@pytest.mark.parametrize("lang,text,expected", SOURCES_TOLD_2)
def test_sources_who_talked_to_a_medium(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert last_via(text, lang) == expected


# a listed outlet's genitive before its programme or reporter told names the outlet
OUTLET_GENITIVE = [
    ("en", "“The deal is done,” the senator told CNN's evening anchor.", ("CNN",)),
    ("en", "The senator told NBC's “Nightly News” that the deal was done.", ("NBC",)),
    ("sv", "– Avtalet är klart, säger senatorn till SVT:s Aktuellt.", ("SVT",)),
    ("no", "– Avtalen er klar, sier senatoren til NRKs Dagsnytt.", ("NRK",)),
    ("en", "“The deal is done,” the senator told Hansen's campaign staff.", ()),
]


@pytest.mark.parametrize("lang,text,expected", OUTLET_GENITIVE)
def test_an_outlets_genitive_told(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert records_3(text, lang)[0][3] == expected
