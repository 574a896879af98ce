"""Issue 11, second round named num22 (quantities and conflicts of live16dev and live16dev2): things burned
are lost and people burned hurt; prisoners handed over or exchanged are released; units of area, volume and
distance at sea count nothing. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> list[tuple[str, float, str]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(q.measure, q.value, q.key.split("|")[1]) for q in count(article, attribute(article))]


# Things burned are lost to the fire (`destroyed`), people burned are hurt (`wounded`): a burn word in any
# tense ("burning six homes", "brändes fyra bilar", "brente tre hytter", "in Brand gesteckt").
BURNED_THINGS = [
    ("en", "The blaze spread overnight, burning at least nine homes in Redfield.", 9),
    ("en", "At least nine homes burned in Redfield on Tuesday.", 9),
    ("sv", "Under natten brändes sju bilar i Kalmar.", 7),
    ("no", "Brannen brente ned fem naust og brente tre hytter i Bodø.", 3),
    ("da", "Natten til lørdag blev otte biler brændt i Vejle.", 8),
    ("de", "In der Nacht wurden in Kassel neun Autos in Brand gesteckt.", 9),
]


@pytest.mark.parametrize(("lang", "text", "value"), BURNED_THINGS)
def test_things_burned_are_destroyed(lang: str, text: str, value: int) -> None:
    assert ("destroyed", value, "destroyed") in _read(text, lang)


BURNED_PEOPLE = [
    ("en", "Two firefighters were burned while fighting the blaze in Redfield.", 2),
    ("sv", "Två brandmän brändes i ansiktet vid släckningen.", 2),
    ("no", "To brannmenn ble brent på hendene under slukkingen.", 2),
    ("da", "To brandmænd blev brændt på hænderne under slukningen.", 2),
]


@pytest.mark.parametrize(("lang", "text", "value"), BURNED_PEOPLE)
def test_people_burned_are_wounded(lang: str, text: str, value: int) -> None:
    assert ("wounded", value, "injured") in _read(text, lang)


# Prisoners of war handed over, exchanged or extradited are released (`other`), and two sources' figures of
# one exchange disagree as releases, not as captures.
HANDED_OVER = [
    ("no", "Ukraina har utlevert 312 russiske krigsfanger, opplyser departementet.", 312),
    ("da", "Rusland har udleveret 312 ukrainske krigsfanger, oplyser ministeriet.", 312),
    ("sv", "Ryssland har utväxlat 312 ukrainska krigsfångar, uppger ministeriet.", 312),
    ("sv", "Ryssland utlämnade 312 ukrainska krigsfångar, uppger ministeriet.", 312),
    ("de", "Russland habe 312 ukrainische Kriegsgefangene ausgetauscht, teilte das Ministerium mit.", 312),
    ("en", "Kyiv and Moscow exchanged 312 prisoners of war, the ministry said.", 312),
]


@pytest.mark.parametrize(("lang", "text", "value"), HANDED_OVER)
def test_prisoners_handed_over_are_released(lang: str, text: str, value: int) -> None:
    assert ("other", value, "release") in _read(text, lang)


# A hand-over verb says nothing of others than prisoners: "fået udleveret en fyreseddel" counts no release.
NOT_RELEASED = [
    ("da", "Tolv medarbejdere har fået udleveret nye uniformer i Vejle.", 12),
    ("no", "Tolv ansatte fikk utlevert nye uniformer i Bodø.", 12),
]


@pytest.mark.parametrize(("lang", "text", "value"), NOT_RELEASED)
def test_a_hand_over_alone_counts_no_release(lang: str, text: str, value: int) -> None:
    assert not any(concept == "release" for _, v, concept in _read(text, lang) if v == value)


# Units of area, volume and distance at sea ("160 kvadratkilometer", "seven nautical miles", "40
# Quadratmeter") count nothing.
UNITS = [
    ("da", "Oversvømmelserne har ramt omkring 140 kvadratkilometer nær Ribe, og 30 personer er evakueret.", 140),
    ("no", "Flommen har rammet omkring 140 kvadratkilometer ved Lillestrøm, og 30 personer er evakuert.", 140),
    ("de", "Das Hochwasser hat rund 140 Quadratmeter getroffen, 30 Menschen wurden evakuiert.", 140),
    ("en", "The survivors were found stranded some 14 nautical miles offshore, and 30 people were rescued.", 14),
]


@pytest.mark.parametrize(("lang", "text", "value"), UNITS)
def test_units_of_area_and_sea_count_nothing(lang: str, text: str, value: int) -> None:
    values = [v for _, v, _ in _read(text, lang)]
    assert value not in values and 30 in values


def _figures(title: str | None, paragraphs: list[str], lang: str, lead: bool = False) -> list[tuple[float, str | None]]:
    """(value, source) of each quantity of an article with `title` and `paragraphs` (the first the lead when `lead`)."""
    article = Article(title=title, body=tuple(paragraphs), language=lang, lead=paragraphs[0] if lead else None)
    found = attribute(article)
    return [(q.value, found[q.attribution].source if q.attribution is not None else None)
            for q in count(article, found)]


# A headline (title or lead) names its source short: a body source that shares a word or its root with it
# ("Rysk tv" and "rysk television", "Iranische Regierung" and "Irans Gesundheitsministerium") and gives the
# same figure of the same event gives it again, one record.
HEADLINE_SOURCES = [
    ("sv", "Rysk tv: Sju döda i Charkiv", ["Sju personer har dödats i Charkiv, rapporterar rysk television."], False, 7),
    ("no", "Iransk presse: 40 drept i flom", ["40 mennesker er drept i flommen, melder iranske medier."], False, 40),
    ("da", None, ["Ukraine afviser at have soldater i området, hvor Rusland hævder at have dræbt 12 sabotører.",
                  "Ruslands militær hævder mandag at have dræbt 12 sabotører ved grænsen."], True, 12),
    ("de", None, ["Iranische Regierung spricht von 12 Toten.",
                  "Irans Gesundheitsministerium sprach am Abend von 12 Toten."], True, 12),
    ("en", "Russian TV: 12 killed in shelling", ["Twelve people were killed in the shelling, Russian television reported."],
     False, 12),
]


@pytest.mark.parametrize(("lang", "title", "paragraphs", "lead", "value"), HEADLINE_SOURCES)
def test_a_headline_figure_said_again_under_a_longer_name_is_one_record(
        lang: str, title: str | None, paragraphs: list[str], lead: bool, value: int) -> None:
    assert [v for v, _ in _figures(title, paragraphs, lang, lead)].count(value) == 1


# Two names that share no root stay two sources ("Ukraina" and "det ukrainska flygvapnet"), and so do two that
# give the figure of another event.
OTHER_SOURCES = [
    ("sv", "Ukraina: 30 drönare sköts ned", ["Enligt det ukrainska flygvapnet sköts 30 drönare ned under natten."], 30),
    ("en", "Police: 12 arrested after clashes", ["Twelve people were injured in the clashes, police officers said."], 12),
]


@pytest.mark.parametrize(("lang", "title", "paragraphs", "value"), OTHER_SOURCES)
def test_other_names_and_other_events_stay_two_records(lang: str, title: str, paragraphs: list[str], value: int) -> None:
    assert [v for v, _ in _figures(title, paragraphs, lang)].count(value) == 2


# A burn word whose counted noun is neither a thing nor a person counts nothing: the fires themselves, the
# places where cars burned.
BURNED_NOTHING = [
    ("en", "More than 32,000 fires have burned across the region this year.", 32000),
    ("sv", "Under natten hade sju bilar brunnit på fyra olika platser i Borås.", 4),
]


@pytest.mark.parametrize(("lang", "text", "value"), BURNED_NOTHING)
def test_a_burn_word_counts_no_fires_or_places(lang: str, text: str, value: int) -> None:
    assert value not in [v for _, v, _ in _read(text, lang)]


# Fractions ("tre fjerdedele", "two thirds", "zwei Drittel") are shares, no counts.
FRACTIONS = [
    ("da", "Op mod tre fjerdedele af husene i Ribe er ødelagt.", 3),
    ("no", "Nesten tre fjerdedeler av husene i Bodø er ødelagt.", 3),
    ("sv", "Nästan två tredjedelar av husen i Kalmar förstördes.", 2),
    ("de", "Fast zwei Drittel der Häuser in Kassel wurden zerstört.", 2),
    ("en", "About two thirds of the houses in Redfield were destroyed.", 2),
]


@pytest.mark.parametrize(("lang", "text", "value"), FRACTIONS)
def test_fractions_count_nothing(lang: str, text: str, value: int) -> None:
    assert value not in [v for _, v, _ in _read(text, lang)]


# Present at an event ("til stede", "til stades", "på plats", "anwesend", "were present") is attendance.
PRESENT = [
    ("no", "Laurdag var det rundt 3000 til stades på torget.", 3000),
    ("no", "Ifølge avisen var omkring 30 politifolk til stede under markeringen.", 30),
    ("da", "Omkring 3000 mennesker var til stede ved markeringen i Odense.", 3000),
    ("sv", "Ett 30-tal poliser fanns på plats under demonstrationen i Umeå.", 30),
    ("de", "Rund 3000 Menschen waren bei der Kundgebung in Kassel anwesend.", 3000),
    ("en", "About 3,000 people were present at the rally in Redfield.", 3000),
]


@pytest.mark.parametrize(("lang", "text", "value"), PRESENT)
def test_present_at_an_event_is_attendance(lang: str, text: str, value: int) -> None:
    assert ("other", value, "attendance") in _read(text, lang)
