"""Issue 11, stop 35's round num37 (quantities and conflicts on real pages): counted nouns of raids, calls and
storm damage, units in the genitive, parting with staff, a workforce laid off whole, a family's size, a
year-like number before a state ("1900 uten strøm"), a list of counts at places that gaps the noun after the
number, one figure placed twice, places that are no places ("im Nachbarstaat", "bei Gefechten") and the capital
the article names. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _article(text: str, lang: str, title: str | None = None) -> Article:
    return Article(title=title, body=tuple(text.split("\n\n")), language=lang)


def _counts(text: str, lang: str, title: str | None = None) -> list[tuple[str, float]]:
    article = _article(text, lang, title)
    return [(q.measure, q.value) for q in count(article, attribute(article))]


COUNTED_NOUNS = [
    # people named by their creed or deed, incidents and calls, and storm damage are countable subjects
    ("de", "Vier Islamisten wurden am Morgen in Hamburg verhaftet.", [("other", 4)]),
    ("en", "Police arrested four suspected terrorists in the raid.", [("other", 4)]),
    ("sv", "Polisen grep fyra misstänkta terrorister i Malmö.", [("other", 4)]),
    ("no", "Politiet pågrep tre islamister i Drammen i går.", [("other", 3)]),
    ("da", "Politiet anholdt tre islamister i Odense i går.", [("other", 3)]),
    ("no", "Politiet leter etter så mange som seks gjerningspersoner.", [("other", 6)]),
    ("sv", "Polisen söker så många som sex gärningspersoner.", [("other", 6)]),
    ("da", "Beredskabet fik 40 henvendelser om oversvømmede kældre.", [("other", 40)]),
    ("no", "Brannvesenet fikk 40 henvendelser om vann i kjellere.", [("other", 40)]),
    ("de", "Die Leitstelle zählte in der Nacht 40 Notrufe.", [("other", 40)]),
    ("en", "Residents filed reports of 12 episodes of looting, the mayor said.", [("other", 12)]),
    ("sv", "Stormen fällde ett åttiotal träd i parken.", [("other", 80)]),
    ("no", "Over 80 trær ble felt av vinden i parken.", [("other", 80)]),
    ("da", "Over 80 træer væltede i skoven i nat.", [("other", 80)]),
    ("de", "Mehr als 80 Bäume stürzten auf die Gleise.", [("other", 80)]),
    ("en", "More than 80 trees fell across the roads.", [("other", 80)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COUNTED_NOUNS)
def test_counted_nouns_of_raids_calls_and_storms(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(text, lang) == expected


UNITS = [
    # a unit in the genitive is a measurement ("på 20 kilometers djup"), no count
    ("sv", "Fartyget sjönk på 20 meters djup.", []),
    ("da", "Vraget ligger på 20 meters dybde.", []),
    ("no", "Vraket ligger på 20 meters dyp.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), UNITS)
def test_units_in_the_genitive_count_nothing(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(text, lang) == expected


LAYOFFS = [
    # parting with staff is a layoff, and "with" after the predicate is no size of the firm
    ("da", "Slagteriet tager afsked med 120 medarbejdere i Horsens.", [("other", 120)]),
    ("de", "Der Hersteller will sich von 120 Beschäftigten trennen.", [("other", 120)]),
    ("de", "Der Hersteller trennt sich von 120 Beschäftigten.", [("other", 120)]),
    ("en", "The plant will part ways with 120 employees.", [("other", 120)]),
    # a workforce laid off whole: the possessive names whose staff, not a standing total
    ("no", "Rederiet har permittert sine 400 ansatte.", [("other", 400)]),
    ("sv", "Bryggeriet har varslat sina 300 anställda.", [("other", 300)]),
    ("da", "Værftet har fyret sine 40 medarbejdere.", [("other", 40)]),
    ("en", "The mill laid off its 120 workers on Friday.", [("other", 120)]),
    ("de", "Die Werft hat ihren 500 Mitarbeitern gekündigt.", [("other", 500)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LAYOFFS)
def test_parting_with_staff_is_a_layoff(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(text, lang) == expected


STANDING = [
    # what someone has stays no count without a layoff word; a family's children are its size
    ("en", "The mill, with its 120 workers, is the largest employer in town.", []),
    ("sv", "Bryggeriet och dess 300 anställda firade jubileet.", []),
    ("no", "Blant dem som ble rammet av brannen, er en familie med tre barn, sier politiet.", []),
    ("da", "Blandt dem, der blev ramt af branden, er en familie med tre børn, siger politiet.", []),
    ("sv", "Bland dem som drabbades av branden finns en familj med tre barn, säger polisen.", []),
    ("de", "Unter den Betroffenen des Brandes ist eine Familie mit drei Kindern, sagte die Polizei.", []),
    ("en", "Among those hit by the fire is a family with three children, police said.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STANDING)
def test_what_someone_has_is_no_count(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(text, lang) == expected


HOSPITAL = [
    # taken by ambulance is a hospital transport: a part of the injured taken there, `other`
    ("no", "Tre av de skadde ble sendt med ambulanse til legevakten i Tromsø.", [("other", 3)]),
    ("sv", "Två av de skadade fördes med ambulans till sjukhuset i Lund.", [("other", 2)]),
    ("en", "Two of the injured were taken by ambulance to a trauma centre.", [("other", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HOSPITAL)
def test_taken_by_ambulance_is_hospital(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(text, lang) == expected


YEAR_LIKE = [
    # a year-like number before a state of people ("uten strøm") counts them, unless time is named
    ("no", "Over natten ble 1900 uten strøm i Finnmark.", [("other", 1900)]),
    ("sv", "Nu är 1900 utan ström i länet.", [("other", 1900)]),
    ("da", "I nat er 1900 uden strøm på Fyn.", [("other", 1900)]),
    ("no", "I 1999 uten strøm ble det mørkt i byen.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEAR_LIKE)
def test_year_like_number_before_a_state(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(text, lang) == expected


def test_year_like_title_figure_counts() -> None:
    assert _counts("Det blåste kraftig hele natten.", "no", "Uvær på kysten: 1900 uten strøm i Finnmark") == [
        ("other", 1900)]


def _places(text: str, lang: str) -> list[tuple[float, str]]:
    article = _article(text, lang)
    out = []
    for q in count(article, attribute(article)):
        quals = dict(p.split("=", 1) for p in q.key.split("|")[4].split(";") if "=" in p)
        out.append((q.value, quals.get("place", "")))
    return out


GAPPED_AFTER = [
    # the last item of a list of counts at places leaves out its noun and names its place after the number
    ("en", "Outages hit 90,000 homes in Kent County, 40,000 homes in Ottawa County as well as 21,000 in Allegan County.",
     [(90000, "kent county"), (40000, "ottawa county"), (21000, "allegan county")]),
    ("sv", "Över 9000 kunder var utan ström i Gävle, 4000 i Sandviken och 3000 i Hofors.",
     [(9000, "gävle"), (4000, "sandviken"), (3000, "hofors")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GAPPED_AFTER)
def test_gapped_item_names_its_place_after_the_number(lang: str, text: str,
                                                      expected: list[tuple[float, str]]) -> None:
    assert _places(text, lang) == expected


def test_figure_placed_twice_is_one_record() -> None:
    """A title's "i Norge" and the body's "i det nordlige Norge" place one figure of the outlet."""
    text = "Tre personer omkom da et skred traff en hytte i det nordlige Norge søndag."
    assert _counts(text, "no", "Tre døde i skred i Norge") == [("killed", 3)]


def _conflicts(text: str, lang: str) -> list[tuple[float, ...]]:
    article = _article(text, lang)
    attributions = attribute(article)
    quantities = count(article, attributions)
    return [tuple(sorted(quantities[i].value for i in c.quantities)) for c in find_conflicts(quantities, attributions)]


CONFLICTS = [
    # a country named by its relation and an event after "bei" place nothing: the two tolls meet
    ("de", ("Die Armee meldete 3000 getötete russische Soldaten.\n\n"
            "Nach Angaben eines Sprechers der Gegenseite starben bei Gefechten im Nachbarstaat 400 russische Soldaten."),
     [(400.0, 3000.0)]),
    # "in the capital" is the city the article names as its capital
    ("sv", ("Attacken riktades mot huvudstaden Vilnius under natten.\n\n"
            "I Kaunas rapporteras fem döda. I Vilnius har minst 30 människor dött, enligt sjukhuset.\n\n"
            "Vid lunch hördes en ny smäll.\n\n"
            "I huvudstaden har tolv människor dödats, skriver räddningstjänsten."),
     [(12.0, 30.0)]),
    ("en", ("The strikes hit the capital, Tallinn, overnight.\n\n"
            "At least 30 people were killed in Tallinn, officials said.\n\n"
            "In the capital, 12 people were killed, the rescue service said."),
     [(12.0, 30.0)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CONFLICTS)
def test_places_that_are_no_place_and_the_capital(lang: str, text: str, expected: list[tuple[float, ...]]) -> None:
    assert _conflicts(text, lang) == expected


KNOWN_SETS = [
    # a place preposition and a determiner before the number name a set the text knows, no figure given
    ("da", "Politiet efterforsker begge skyderier. Ved de to skyderier blev tre personer såret.", [("wounded", 3)]),
    ("en", "Police are investigating both shootings. In the two shootings, three people were wounded.",
     [("wounded", 3)]),
    ("sv", "Polisen utreder båda skjutningarna. Vid de två skjutningarna skadades tre personer.", [("wounded", 3)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), KNOWN_SETS)
def test_known_set_after_a_preposition_is_no_figure(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(text, lang) == expected


ON_FIRE = [
    # things on fire are lost, as things burned are; a toll named by a compound is the toll
    ("en", "At least four homes were on fire in the valley.", [("destroyed", 4)]),
    ("de", "Vier Häuser gerieten in Brand.", [("destroyed", 4)]),
    ("sv", "Fyra hus stod i brand under natten.", [("destroyed", 4)]),
    ("no", "Fire hus stod i brann i natt.", [("destroyed", 4)]),
    ("da", "Fire huse stod i brand i nat.", [("destroyed", 4)]),
    ("de", "Am Abend lag die Totenzahl bei 14.", [("killed", 14)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ON_FIRE)
def test_on_fire_and_the_toll_compound(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(text, lang) == expected


FRONTED_REGION = [
    # a sentence that opens with a place right after a whole of the same measure narrows that whole: a part
    ("de", "Die Zahl der Toten stieg auf 80, teilte das Amt mit. In Sachsen kamen 30 Menschen ums Leben, sagte der Minister.",
     []),
    ("en", "The death toll rose to 80, the agency said. In Ohio, 30 people died, the governor said.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FRONTED_REGION)
def test_a_fronted_place_narrows_the_whole_before(lang: str, text: str, expected: list[tuple[float, ...]]) -> None:
    assert _conflicts(text, lang) == expected


def _parts(text: str, lang: str) -> list[tuple[str, float, bool]]:
    article = _article(text, lang)
    return [(q.measure, q.value, q.key.endswith("|subset")) for q in count(article, attribute(article))]


JOINED_PARTS = [
    # a part "of them" in a clause joined to the figure of its sentence is a part of that figure
    ("en", "The agency received 40 complaints about the fires and upheld 12 of them.",
     [("other", 40, False), ("other", 12, True)]),
    ("sv", "Polisen fick in 40 anmälningar om inbrott och avskrev 12 av dem.", [("other", 40, False), ("other", 12, True)]),
    ("de", "Die Polizei zählte 40 Einbrüche und klärte zwölf von ihnen auf.", [("other", 40, False), ("other", 12, True)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), JOINED_PARTS)
def test_a_part_of_them_joined_to_its_figure(lang: str, text: str, expected: list[tuple[str, float, bool]]) -> None:
    assert _parts(text, lang) == expected
