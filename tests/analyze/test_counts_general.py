"""Issue 11, general causes found on a further sample of real pages (five languages): measure words,
parts after an auxiliary, people named by a measure noun, "besides" and "elsewhere". Every sentence
here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.numsentence import SourceSpans, joined_adjectives, make_sentence
from enligt.analyze.quantities import count
from enligt.models import Article, Attribution, Span
from enligt.pipeline import analyze_text
from enligt.settings import Options

from .test_conflicts import conflicts
from .test_counts import counted

# A person shot is wounded; shot dead is killed; "ums Leben"/"umgekommen" and "ofret livet" are deaths.
MEASURES = [
    ("no", "Tre personer ble skutt i beina på festen.", [("wounded", 3)]),
    ("no", "To menn ble skutt i hjel utenfor butikken.", [("killed", 2)]),
    ("no", "Fire soldater ofret livet under angrepet.", [("killed", 4)]),
    ("da", "Tre personer blev skudt ved festen i nat.", [("wounded", 3)]),
    ("da", "To mænd blev skudt ihjel uden for butikken.", [("killed", 2)]),
    ("sv", "Tre personer har skjutits i Lindvik under natten.", [("wounded", 3)]),
    ("sv", "Två män sköts ihjäl utanför butiken.", [("killed", 2)]),
    ("de", "Mehr als 3.000 Menschen seien bei dem Unglück umgekommen.", [("killed", 3000)]),
    ("de", "Bei dem Brand kamen vier Menschen um.", [("killed", 4)]),
    ("de", "Die Regierung machte die Rebellen für den Tod von fünf Zivilisten verantwortlich.", [("killed", 5)]),
    ("en", "The government blamed the rebels for the deaths of five civilians.", [("killed", 5)]),
    ("de", "Die Armee meldete sieben zerstörte Panzer.", [("destroyed", 7)]),
    ("no", "Hæren meldte om sju ødelagte stridsvogner.", [("destroyed", 7)]),
    ("da", "Hæren meldte om syv ødelagte kampvogne.", [("destroyed", 7)]),
    ("sv", "Armén rapporterade sju förstörda stridsvagnar.", [("destroyed", 7)]),
    # a lone English "one" joined to counts before it, with a predicate of its own
    ("en", "Four guards were killed, two wounded and one was captured by the gang.",
     [("killed", 4), ("wounded", 2), ("captured", 1)]),
    ("en", "Two men came and one left.", [("other", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MEASURES)
def test_measure_words(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# A part named by "among them" with an auxiliary before the number: a subset of the toll before.
PARTS = [
    ("no", "Tjue personer omkom i raset. Blant dem er minst seks turister fra Tyskland."),
    ("da", "Tyve personer omkom i skredet. Blandt dem er mindst seks turister fra Tyskland."),
    ("sv", "Tjugo personer omkom i raset. Bland dem är minst sex turister från Tyskland."),
    ("en", "Twenty people died in the landslide. Among them were at least six tourists from Germany."),
    ("de", "Zwanzig Menschen starben bei dem Erdrutsch. Unter ihnen sind mindestens sechs Touristen."),
]


@pytest.mark.parametrize(("lang", "text"), PARTS)
def test_among_them_after_an_auxiliary_is_a_part(lang: str, text: str) -> None:
    found = count(Article(title=None, body=(text,), language=lang), ())
    assert [(q.measure, q.value, q.key.endswith("|subset")) for q in found] == [("killed", 20, False), ("killed", 6, True)]


# "Besides the dead": the measure word names others, the predicate decides.
BESIDES = [
    ("da", "Foruden de dræbte er 32 personer blevet såret.", [("wounded", 32)]),
    ("no", "Foruten de drepte er 32 personer skadet.", [("wounded", 32)]),
    ("sv", "Förutom de döda har 32 personer skadats.", [("wounded", 32)]),
    ("en", "Besides the dead, 32 people were injured.", [("wounded", 32)]),
    ("de", "Außer den Toten wurden 32 Menschen verletzt.", [("wounded", 32)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BESIDES)
def test_besides_the_dead(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# People named by a measure noun ("tre pågrepne") are people: two sources' arrests conflict;
# a count of arrests (events) stays apart from people.
ARRESTED = [
    ("no", "Avisen skriver at to personer er pågrepet. Ifølge kanalen er det tre pågrepne.",
     [("Avisen", "to personer er pågrepet"), ("kanalen", "er det tre pågrepne")], [[2, 3]]),
    ("da", "Avisen skriver, at to personer er anholdt. Ifølge kanalen er der tre anholdte.",
     [("Avisen", "to personer er anholdt"), ("kanalen", "er der tre anholdte")], [[2, 3]]),
    ("sv", "Tidningen skriver att två personer har gripits. Enligt kanalen finns det tre gripna.",
     [("Tidningen", "två personer har gripits"), ("kanalen", "finns det tre gripna")], [[2, 3]]),
    ("de", "Die Zeitung schreibt, zwei Menschen seien festgenommen worden. Laut dem Sender gibt es drei Festgenommene.",
     [("Die Zeitung", "zwei Menschen seien festgenommen worden"), ("dem Sender", "gibt es drei Festgenommene")], [[2, 3]]),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), ARRESTED)
def test_people_named_by_a_measure_noun(lang: str, text: str, claims: list[tuple[str, str]],
                                        expected: list[list[float]]) -> None:
    assert conflicts(text, lang, claims) == expected


def test_a_count_of_arrests_is_no_count_of_people() -> None:
    keys = [q.key for q in analyze_text("The group reported 1,000 arrests in Ostvik.", options=Options(lang="en")).quantities]
    assert keys and keys[0].split("|")[2] == "arrest"


# "Elsewhere" opens a further event: its toll never meets the one before.
ELSEWHERE = [
    ("en", "Five soldiers were killed, he said. Elsewhere, two soldiers were killed by rebels, the alliance said.",
     [("he", "Five soldiers were killed"), ("the alliance", "two soldiers were killed by rebels")]),
    ("sv", "Fem soldater dödades, sade han. På annat håll dödades två soldater, enligt alliansen.",
     [("han", "Fem soldater dödades"), ("alliansen", "dödades två soldater")]),
    ("no", "Fem soldater ble drept, sa han. Andre steder ble to soldater drept, ifølge alliansen.",
     [("han", "Fem soldater ble drept"), ("alliansen", "ble to soldater drept")]),
    ("da", "Fem soldater blev dræbt, sagde han. Andetsteds blev to soldater dræbt, oplyser alliancen.",
     [("han", "Fem soldater blev dræbt"), ("alliancen", "blev to soldater dræbt")]),
    ("de", "Fünf Soldaten wurden getötet, sagte er. Andernorts wurden zwei Soldaten getötet, so die Allianz.",
     [("er", "Fünf Soldaten wurden getötet"), ("die Allianz", "wurden zwei Soldaten getötet")]),
]


@pytest.mark.parametrize(("lang", "text", "claims"), ELSEWHERE)
def test_elsewhere_is_a_further_event(lang: str, text: str, claims: list[tuple[str, str]]) -> None:
    assert conflicts(text, lang, claims) == []


# German common nouns after a place preposition name no place: an abstract noun after a
# determiner ("bei ihrer Zählung") or a word for what happened ("in der Flut"); a name stays one.
@pytest.mark.parametrize(("text", "place"), [
    ("Die Behörde blieb bei ihrer Zählung, 40 Menschen seien gestorben.", None),
    ("Bei der brutalen Niederschlagung wurden 12 Menschen getötet.", None),
    ("Nach Angaben der Behörde seien 12 Menschen in der Flut umgekommen.", None),
    ("Bei den Protesten wurden 30 Menschen festgenommen.", None),
    ("In Bandung wurden zwei Menschen verletzt.", "bandung"),
    ("In der Region Lindau wurden zwei Menschen verletzt.", "lindau"),
])
def test_german_common_nouns_are_no_place(text: str, place: str | None) -> None:
    keys = [q.key for q in count(Article(title=None, body=(text,), language="de"), ())]
    places = [p[6:] for p in keys[0].split("|")[4].split(";") if p.startswith("place=")]
    assert places == ([place] if place else [])


# "en av dem", "one of them", "einer von ihnen": the numeral one, a part of the figure before it;
# "en av de största" (one of the biggest) and a lone article count nothing.
ONE_OF = [
    ("no", "To vektere ble skutt i Holmvik. En av dem ofret livet.", [("wounded", 2, False), ("killed", 1, True)]),
    ("sv", "Två väktare sköts ihjäl i Lindvik. En av dem var en kvinna.", [("killed", 2, False)]),
    ("sv", "Tre personer har skadats. En av dem är allvarligt skadad.", [("wounded", 3, False), ("wounded", 1, True)]),
    ("da", "To vagter blev skudt i Holmby. En af dem døde senere.", [("wounded", 2, False), ("killed", 1, True)]),
    ("de", "Zwei Wachleute wurden angeschossen. Einer von ihnen starb im Krankenhaus.",
     [("wounded", 2, False), ("killed", 1, True)]),
    ("en", "Two guards were wounded in Holmby. One of them died later.", [("wounded", 2, False), ("killed", 1, True)]),
    ("sv", "Branden är en av de största i Lindvik.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ONE_OF)
def test_one_of_them_is_the_numeral_one(lang: str, text: str, expected: list[tuple[str, float, bool]]) -> None:
    found = count(Article(title=None, body=(text,), language=lang), ())
    assert [(q.measure, q.value, q.key.endswith("|subset")) for q in found] == expected


# A source that points back to an organisation ("the group", "gruppen", "die Organisation") and
# restates a figure already given makes no new record (and no conflict with itself).
ANAPHOR = [
    ("en", "The Ostland Rights Campaign said 34 people were killed. Later the group said the toll was 34.",
     [("The Ostland Rights Campaign", "34 people were killed"), ("the group", "the toll was 34")], [34]),
    ("sv", "Ostlands människorättsförbund uppger att 34 personer dödades. Gruppen uppger att 34 personer dödades.",
     [("Ostlands människorättsförbund", "att 34 personer dödades"), ("Gruppen", "34 personer dödades.")], [34]),
    ("no", "Ostland Rettighetsforum sier at 34 personer ble drept. Organisasjonen sier at 34 personer ble drept.",
     [("Ostland Rettighetsforum", "at 34 personer ble drept"), ("Organisasjonen", "34 personer ble drept.")], [34]),
    ("da", "Ostland Rettighedsforum siger, at 34 personer blev dræbt. Gruppen siger, at 34 personer blev dræbt.",
     [("Ostland Rettighedsforum", "at 34 personer blev dræbt"), ("Gruppen", "34 personer blev dræbt.")], [34]),
    ("de", "Das Ostland-Forum sagte, 34 Menschen seien getötet worden. Die Organisation sagte, 34 Menschen seien getötet worden.",
     [("Das Ostland-Forum", "34 Menschen seien getötet worden"), ("Die Organisation", "34 Menschen seien getötet worden.")],
     [34]),
    # a named source restating the figure is a record of its own
    ("en", "The Ostland Rights Campaign said 34 people were killed. Later the ministry said 34 people were killed.",
     [("The Ostland Rights Campaign", "34 people were killed"), ("the ministry", "34 people were killed.")], [34, 34]),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), ANAPHOR)
def test_a_restated_figure_of_the_group_named_before(lang: str, text: str, claims: list[tuple[str, str]],
                                                      expected: list[float]) -> None:
    article = Article(title=None, body=(text,), language=lang)
    attributions = []
    for i, (source, content) in enumerate(claims):  # the first claim is the first mention, the second the last
        start = article.text.index(content) if i == 0 else article.text.rindex(content)
        s = article.text.index(source) if i == 0 else article.text.rindex(source)
        attributions.append(Attribution(content=content, content_span=Span(start, start + len(content)),
                                        source=source, source_span=Span(s, s + len(source))))
    assert [q.value for q in count(article, tuple(attributions))] == expected


# A source set off by commas inside the clause ("27 people, police said, were hurt in Kyiv") does
# not end the clause: the place after it is the figure's.
INSERTED = [
    ("en", "Twelve people, police said, were hurt in Holmby.",
     [("police", "Twelve people, police said, were hurt in Holmby")], "holmby"),
    ("sv", "Tolv personer, uppger polisen, skadades i Holmby.",
     [("polisen", "Tolv personer, uppger polisen, skadades i Holmby")], "holmby"),
    ("no", "Tolv personer, opplyser politiet, ble skadet i Holmby.",
     [("politiet", "Tolv personer, opplyser politiet, ble skadet i Holmby")], "holmby"),
    ("da", "Tolv personer, oplyser politiet, blev såret i Holmby.",
     [("politiet", "Tolv personer, oplyser politiet, blev såret i Holmby")], "holmby"),
    ("de", "Zwölf Menschen, so schätzte die Polizei, wurden in Holmbach verletzt.",
     [("die Polizei", "Zwölf Menschen, so schätzte die Polizei, wurden in Holmbach verletzt")], "holmbach"),
    ("de", "Zwölf Menschen, so schätzte die Polizei waren in Holmbach versammelt.",
     [("die Polizei", "Zwölf Menschen, so schätzte die Polizei waren in Holmbach versammelt")], "holmbach"),
    ("en", "Five people were killed, police said on Monday in Holmby.",
     [("police", "Five people were killed")], None),
]


@pytest.mark.parametrize(("lang", "text", "claims", "place"), INSERTED)
def test_a_source_set_off_by_commas_keeps_the_clause(lang: str, text: str, claims: list[tuple[str, str]],
                                                      place: str | None) -> None:
    article = Article(title=None, body=(text,), language=lang)
    attributions = []
    for source, content in claims:
        start, s = article.text.index(content), article.text.index(source)
        attributions.append(Attribution(content=content, content_span=Span(start, start + len(content)),
                                        source=source, source_span=Span(s, s + len(source))))
    keys = [q.key for q in count(article, tuple(attributions))]
    places = [p[6:] for p in keys[0].split("|")[4].split(";") if p.startswith("place=")]
    assert places == ([place] if place else [])


# A part named "among the victims" after a toll of people is a part of that toll; with no toll
# before, victims of something else count nothing here.
VICTIMS = [
    ("da", "13 personer er dræbt i angrebet på Holmby Hospital. To spædbørn er blandt ofrene.",
     [("killed", 13, False), ("killed", 2, True)]),
    ("no", "13 personer er drept i angrepet. To spedbarn er blant ofrene.", [("killed", 13, False), ("killed", 2, True)]),
    ("sv", "13 personer har dödats i attacken. Två spädbarn är bland offren.", [("killed", 13, False), ("killed", 2, True)]),
    ("en", "13 people were killed in the attack. Two babies were among the victims.",
     [("killed", 13, False), ("killed", 2, True)]),
    ("de", "13 Menschen wurden bei dem Angriff getötet. Unter den Opfern sind zwei Säuglinge.",
     [("killed", 13, False), ("killed", 2, True)]),
    ("en", "Two pensioners were among the victims of the fraud.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VICTIMS)
def test_among_the_victims_is_a_part_of_the_toll(lang: str, text: str, expected: list[tuple[str, float, bool]]) -> None:
    found = count(Article(title=None, body=(text,), language=lang), ())
    assert [(q.measure, q.value, q.key.endswith("|subset")) for q in found] == expected


def test_an_attack_is_no_place() -> None:
    found = count(Article(title=None, body=("13 Menschen wurden bei dem Angriff getötet.",), language="de"), ())
    assert "place=" not in found[0].key


# Adjectives joined by "and" before the counted noun are one counted phrase.
JOINED_ADJECTIVES = [
    ("en", "More than 500 local and foreign fighters were arrested.", [("other", 500, "local and foreign fighters")]),
    ("no", "Over 500 norske og utenlandske turister ble evakuert.", [("displaced", 500, "norske og utenlandske turister")]),
    ("da", "Over 500 danske og udenlandske turister blev evakueret.",
     [("displaced", 500, "danske og udenlandske turister")]),
    ("sv", "Över 500 svenska och utländska turister evakuerades.", [("displaced", 500, "svenska och utländska turister")]),
    ("de", "Mehr als 500 junge und ältere Touristen wurden evakuiert.",
     [("displaced", 500, "junge und ältere Touristen")]),
]


# a noun before "und", or an article after "and", ends the phrase: two things, not one
JOINED_NOUNS = [
    ("de", "Getroffen wurden drei Umspannwerke und eine Leitung.", "Umspannwerke"),
    ("en", "Rebels seized three local and a foreign journalist.", "local"),
]


@pytest.mark.parametrize(("lang", "text", "subject"), JOINED_NOUNS)
def test_a_noun_or_article_ends_the_joined_phrase(lang: str, text: str, subject: str) -> None:
    s = make_sentence(text, 0, len(text), [], lang, SourceSpans([]))
    k = s.lows.index("und" if lang == "de" else "and")
    assert not joined_adjectives(s, k, lang) and subject in s.texts


@pytest.mark.parametrize(("lang", "text", "expected"), JOINED_ADJECTIVES)
def test_adjectives_joined_before_the_noun(lang: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert counted(text, lang) == expected


# Where an organisation sits is not where the events were ("based in London", "mit Sitz in Norwegen",
# "der in den USA ansässigen Organisation"); the relative clause right after the counted noun says
# what befell it ("3.428 Demonstrierenden, die … getötet worden seien").
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The group, based in Ostby, said 40 people were killed.", [("killed", 40, "")]),
    ("de", "Die Organisation mit Sitz in Ostburg spricht von 40 Toten.", [("killed", 40, "")]),
    ("de", "Nach Angaben der in Ostburg ansässigen Organisation wurden 40 Menschen getötet.", [("killed", 40, "")]),
    ("sv", "Organisationen, med säte i Ostby, uppger att 40 personer dödades.", [("killed", 40, "")]),
    ("no", "Organisasjonen, med hovedkontor i Ostby, sier at 40 personer ble drept.", [("killed", 40, "")]),
    ("da", "Organisationen, med hovedsæde i Ostby, siger, at 40 personer blev dræbt.", [("killed", 40, "")]),
    ("en", "40 people were killed in Ostby.", [("killed", 40, "ostby")]),
    ("de", "Die Gruppe zählte 340 Demonstrierende, die von Soldaten getötet worden seien.", [("killed", 340, "")]),
    ("en", "The group counted 340 protesters, who were killed by soldiers.", [("killed", 340, "")]),
])
def test_seat_and_described_noun(lang: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    found = count(Article(title=None, body=(text,), language=lang), ())
    got = [(q.measure, q.value, next((p[6:] for p in q.key.split("|")[4].split(";") if p.startswith("place=")), ""))
           for q in found]
    assert got == expected


# Figures of the very same kind of thing are grouped first: protesters killed by two sources conflict
# apart from the people killed by two others.
def test_the_same_kind_of_thing_is_grouped_first() -> None:
    text = ("State media said 300 people were killed. The Ostby Monitor said 450 people were killed. "
            "The Ostby Monitor said 420 protesters were killed. The Westby Watch said 340 protesters were killed.")
    claims = [("State media", "300 people were killed"), ("The Ostby Monitor", "450 people were killed"),
              ("The Ostby Monitor", "420 protesters were killed"), ("The Westby Watch", "340 protesters were killed")]
    assert conflicts(text, "en", claims) == [[300, 450], [340, 420]]


# The article of a noun joined by "and" to a counted noun is the numeral one ("three officers and a
# civilian were wounded"); not when the pair is a part of a toll ("six women and a child" among the dead).
COORDINATED_ONE = [
    ("no", "Tre vektere og en sivil ble såret i Holmvik.", [("wounded", 3), ("wounded", 1)]),
    ("sv", "Tre väktare och en civil skadades i Lindvik.", [("wounded", 3), ("wounded", 1)]),
    ("da", "Tre vagter og en civil blev såret i Holmby.", [("wounded", 3), ("wounded", 1)]),
    ("de", "Drei Wachleute und ein Zivilist wurden in Holmbach verletzt.", [("wounded", 3), ("wounded", 1)]),
    ("en", "Three guards and a civilian were wounded in Holmby.", [("wounded", 3), ("wounded", 1)]),
    ("de", "Sieben Menschen wurden getötet. Unter den Toten seien sechs Frauen und ein Kind.", [("killed", 7), ("killed", 6)]),
    ("en", "Two men and a dog were seen in Holmby.", [("other", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COORDINATED_ONE)
def test_an_article_joined_to_a_count_is_one(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected
