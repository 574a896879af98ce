"""Via chains: media recipients, relays, nesting, own outlet and writing agency (analyze/via.py)."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.cues import lexicon
from enligt.analyze.sentences import tokenize
from enligt.analyze.via import context, keep, media_name
from enligt.analyze.viachain import places
from enligt.models import Article


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
