"""Issue 11, stop 36's round num38 (quantities and conflicts on real pages): thousands grouped by an apostrophe
(Swiss "40'000"), a town's toll clearly below the event's toll with no place (a share of it, no rival), and "at
least one" (someone was hit, no count a later toll disagrees with). Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count

from .conftest import article_of, conflict_values, measure_values

APOSTROPHE_THOUSANDS = [
    ("de", "Etwa 18'000 Reisende waren nach Angaben der Bahn vom Ausfall betroffen.", [("other", 18000)]),
    ("de", "Bis zu 2’500 Fahrgäste sassen am Abend in den Zügen fest.", [("other", 2500)]),
    ("de", "Rund 1'200'000 Kunden waren ohne Strom.", [("other", 1200000)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), APOSTROPHE_THOUSANDS)
def test_an_apostrophe_groups_thousands(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


CONFLICTS = [
    # a town's toll well below the toll of the whole event (no place) is its share, no rival figure
    ("no", ("Ni personer ble drept i angrepene natt til fredag, opplyser innenriksministeren.\n\n"
            "I Lviv ble fire personer drept, sier ordføreren."), []),
    ("sv", ("Minst tolv personer dödades i nattens attacker, uppger regeringen.\n\n"
            "I Sumy dödades sju personer, enligt guvernören."), []),
    ("da", ("Mindst 40 mennesker omkom i jordskælvet, oplyser myndighederne.\n\n"
            "I byen Kerman omkom mindst 17, skriver avisen."), []),
    ("de", ("Mindestens 30 Menschen wurden bei den Angriffen getötet, teilte das Ministerium mit.\n\n"
            "In Charkiw wurden 12 Menschen getötet, sagte der Bürgermeister."), []),
    ("en", ("At least 30 people were killed in the storms, officials said.\n\n"
            "In Dayton, 11 people were killed, the mayor said."), []),
    # figures that close still disagree
    ("en", ("At least 30 people were killed in the storms, officials said.\n\n"
            "In Dayton, 25 people were killed, the mayor said."), [(25.0, 30.0)]),
    # "at least one" says someone died, not how many: a later toll of two is no rival
    ("sv", ("Polisen uppger att två personer omkom i olyckan.\n\n"
            "Under natten meddelade räddningstjänsten att minst en person hade omkommit."), []),
    ("no", ("Politiet opplyser at to personer omkom i ulykken.\n\n"
            "I natt meldte brannvesenet at minst én person hadde omkommet."), []),
    ("da", ("Politiet oplyser, at to personer omkom i ulykken.\n\n"
            "I nat meddelte beredskabet, at mindst én person var omkommet."), []),
    ("en", ("Police said two people died in the crash.\n\n"
            "Overnight, firefighters said at least one person had died."), []),
    # "at least" before a larger figure still disagrees
    ("en", ("Police said two people died in the crash.\n\n"
            "Overnight, firefighters said at least five people had died."), [(2.0, 5.0)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CONFLICTS)
def test_shares_and_at_least_one(lang: str, text: str, expected: list[tuple[float, ...]]) -> None:
    assert conflict_values(text, lang) == expected


def _keys(text: str, lang: str) -> list[str]:
    article = article_of(text, lang)
    return [q.key for q in count(article, attribute(article))]


AUTHORITIES = [
    # an authority after "bei" names the body that made a report, no place of the figures
    ("de", "Fehler bei der Polizei: Vier Verletzte statt nur zwei."),
    ("de", "Bei der Feuerwehr gingen am Abend 40 Notrufe ein."),
    ("de", "Nach dem Irrtum bei der Staatsanwaltschaft wurden drei Männer freigelassen."),
]


@pytest.mark.parametrize(("lang", "text"), AUTHORITIES)
def test_an_authority_is_no_place(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert keys and not any("place=" in k for k in keys)


FLIGHTS = [
    # takeoffs, landings and arrivals are flights; "abgesagt" cancels; a timetable's figure is no count
    ("de", "In Hannover wurden bis Mittag 17 Landungen und Starts abgesagt. Eigentlich standen 130 Flüge im Plan.",
     [("other", 17)]),
    ("en", "By noon 17 landings and takeoffs had been cancelled in Leeds. In all, 130 flights had been scheduled.",
     [("other", 17)]),
    ("sv", "På flygplatsen ställdes 32 landningar in under morgonen.", [("other", 32)]),
    ("no", "På flyplassen ble 32 landinger innstilt i morges.", [("other", 32)]),
    ("da", "I lufthavnen blev 32 landinger aflyst i morges.", [("other", 32)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FLIGHTS)
def test_flight_movements_and_timetables(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected
