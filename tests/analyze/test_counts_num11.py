"""Issue 11, round num11: a restatement's marks carried to the figure it says again, spans up to now
("the last three weeks") as periods of their own, a fronted set that gives its figure ("Of its toll of
3,000, …"), vehicles as counted things, and the issue's standing claims (counts of anything, ranges,
glued digits, fractions, parts and sides). Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str, title: str | None = None) -> tuple[list[tuple[str, float, float | None, str]],
                                                                     list[tuple[int, ...]]]:
    article = Article(title=title, body=(text,), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    conflicts = find_conflicts(found, attributions)
    return [(q.measure, q.value, q.high, q.key.split("|")[5]) for q in found], [c.quantities for c in conflicts]


def _conflicts(text: str, lang: str, title: str | None = None) -> list[tuple[int, ...]]:
    return _read(text, lang, title)[1]


# A total said again ("In all, 60 died") marks the figure given first: it is the whole, never met by
# the toll of one place in it.
RESTATED_TOTAL = [
    ("no", "Minst 60 drept", "Politiet sier at minst 52 personer er drept i Nordby. Totalt er 60 døde."),
    ("sv", "Minst 60 döda", "Polisen säger att minst 52 personer dödades i Nordby. Totalt är 60 döda."),
    ("da", "Mindst 60 dræbt", "Politiet siger, at mindst 52 personer er dræbt i Nordby. I alt er 60 døde."),
    ("de", "Mindestens 60 Tote", "Die Polizei sagt, mindestens 52 Menschen seien in Nordby getötet worden. Insgesamt gibt es 60 Tote."),
    ("en", "At least 60 killed", "Police said at least 52 people were killed in Nordby. A total of 60 people died."),
]


@pytest.mark.parametrize(("lang", "title", "text"), RESTATED_TOTAL)
def test_a_restated_total_meets_no_part(lang: str, title: str, text: str) -> None:
    assert _conflicts(text, lang, title) == []


# "the last day" and "the last three weeks" are spans of their own: their tolls never meet.
RECENT = [
    ("no", "FHI opplyser at 12 personer døde siste døgn. De siste tre ukene er det registrert 40 dødsfall, sier fylkeslegen."),
    ("sv", "Myndigheten uppger att 12 personer har dött det senaste dygnet. Under de senaste tre veckorna har 40 personer dött, enligt regionen."),
    ("da", "Myndighederne oplyser, at 12 personer er døde det seneste døgn. Regionen siger, at 40 er døde de sidste tre uger."),
    ("de", "Die Behörde meldete 12 Tote in den letzten 24 Stunden. In den vergangenen drei Wochen seien 40 Menschen gestorben, sagte der Minister."),
    ("en", "The ministry said 12 people died in the past 24 hours. Over the last three weeks 40 people have died, the governor said."),
]


@pytest.mark.parametrize(("lang", "text"), RECENT)
def test_spans_up_to_now_are_periods(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [(m, v) for m, v, _, _ in found] == [("killed", 12), ("killed", 40)]
    assert conflicts == []


# "last week" with no count stays a day, and "last week's attack" names the event: no span.
NO_SPAN = [
    ("en", "The government put the death toll from last week's attack at 150. Rights groups said 900 people were killed.", [(0, 1)]),
    ("en", "The ministry said 30 people died last week. The governor said 31 people died.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NO_SPAN)
def test_no_span_without_a_count_of_days(lang: str, text: str, expected: list[tuple[int, ...]]) -> None:
    assert _conflicts(text, lang) == expected


# A fronted set that gives its figure after a noun ("Of its toll of 3,000, …") makes the number a part.
FRONTED_SET = [
    ("en", ("The ministry said 3,000 people were killed. Of its toll of 3,000, it said 2,000 were civilians. "
            "Activists said 7,000 people were killed."),
     [("killed", 3000, None, ""), ("killed", 2000, None, "subset"), ("killed", 7000, None, "")], [(0, 2)]),
    ("en", "Officials said 400 people died. Of that toll of 400, they said 150 died in the capital. A charity said 900 died.",
     [("killed", 400, None, ""), ("killed", 150, None, "subset"), ("killed", 900, None, "")], [(0, 2)]),
]


@pytest.mark.parametrize(("lang", "text", "quantities", "conflicts"), FRONTED_SET)
def test_a_fronted_set_with_its_figure(lang: str, text: str, quantities: list[tuple[str, float, float | None, str]],
                                       conflicts: list[tuple[int, ...]]) -> None:
    assert _read(text, lang) == (quantities, conflicts)


# Issue 11's standing claims: a counted noun with no measure word is a count (`other`); a range is one
# claim with `high`; digits glued to letters count nothing; "½ miljon" is 500 000.
STANDING = [
    ("en", "Some 40 trucks crossed the border on Monday.", [("other", 40, None, "")]),
    ("sv", "Omkring 40 lastbilar korsade gränsen i måndags.", [("other", 40, None, "")]),
    ("no", "Rundt 40 lastebiler krysset grensen mandag.", [("other", 40, None, "")]),
    ("da", "Omkring 40 lastbiler krydsede grænsen mandag.", [("other", 40, None, "")]),
    ("de", "Rund 40 Lastwagen überquerten am Montag die Grenze.", [("other", 40, None, "")]),
    ("sv", "Mellan 20 och 25 personer dödades i attacken.", [("killed", 20, 25, "")]),
    ("en", "Between 20 and 25 people were killed in the attack.", [("killed", 20, 25, "")]),
    ("de", "Zwischen 20 und 25 Menschen wurden bei dem Angriff getötet.", [("killed", 20, 25, "")]),
    ("sv", "1e308 personer dödades.", []),
    ("en", "1e308 people were killed.", []),
    ("sv", "Omkring ½ miljon människor evakuerades.", [("displaced", 500000, None, "")]),
    ("en", "About ½ million people were evacuated.", [("displaced", 500000, None, "")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STANDING)
def test_standing_claims(lang: str, text: str, expected: list[tuple[str, float, float | None, str]]) -> None:
    assert _read(text, lang)[0] == expected


# Parts never conflict with their whole, and different sides never conflict.
NO_CONFLICT = [
    ("en", "Police said 30 people were killed in the city. The ministry said 12 of them were children."),
    ("en", "Moscow said 30 Russian soldiers were killed. Kyiv said 80 Ukrainian soldiers were killed."),
    ("sv", "Polisen säger att 30 personer dödades. Enligt ministeriet var tolv av dem barn."),
    ("de", "Moskau sagte, 30 russische Soldaten seien getötet worden. Kiew sprach von 80 getöteten ukrainischen Soldaten."),
]


@pytest.mark.parametrize(("lang", "text"), NO_CONFLICT)
def test_parts_and_sides_never_conflict(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == []


# A total fronted and set off by a comma ("In all, 60 people died") marks the count of the clause after it.
FRONTED_TOTAL = [
    ("en", "At least 60 killed", "Police said at least 52 people were killed in Nordby. In all, 60 people died."),
    ("en", None, "In all, 90 people were wounded. Police said 27 were wounded in Kyiv."),
]


@pytest.mark.parametrize(("lang", "title", "text"), FRONTED_TOTAL)
def test_a_fronted_total(lang: str, title: str | None, text: str) -> None:
    conflicts = _read(text, lang, title)[1]
    assert conflicts == []
    assert "total" in next(q for q in count(Article(title=title, body=(text,), language=lang), ())
                           if q.value in (60, 90)).key


# An estimate after "from" ("from about 15 to 25 people") is a range; a bare "from 15 to 25" stays a change.
ESTIMATED_RANGE = [
    ("en", "She guessed there were anywhere from about 30 to 40 people in the hall.", [("other", 30, 40, "")]),
    ("en", "The sheriff said from about 15 to 25 people were hurt.", [("wounded", 15, 25, "")]),
    ("sv", "Polisen uppskattar att från cirka 15 till 25 personer skadades.", [("wounded", 15, 25, "")]),
    ("no", "Politiet anslår at fra omkring 15 til 25 personer ble skadet.", [("wounded", 15, 25, "")]),
    ("da", "Politiet anslår, at fra omkring 15 til 25 personer blev såret.", [("wounded", 15, 25, "")]),
    ("de", "Die Polizei schätzt, dass von etwa 15 bis 25 Menschen verletzt wurden.", [("wounded", 15, 25, "")]),
    ("en", "The number of dead rose from 15 to 25.", [("killed", 25, None, "")]),
    ("de", "Die Zahl der Toten stieg von 15 auf 25.", [("killed", 25, None, "")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ESTIMATED_RANGE)
def test_an_estimate_from_to_is_a_range(lang: str, text: str, expected: list[tuple[str, float, float | None, str]]) -> None:
    assert _read(text, lang)[0] == expected


# An increment ("ytterligare 30", "another 30") is no part of a whole: two tolls it separates still
# disagree; two places' tolls still add up to the whole.
INCREMENT = [
    ("sv", ("Dödssiffran har stigit till 90 personer, enligt nättidningen Kvällsposten. Officiellt har 60 personer dött. "
            "Ytterligare 30 personer väntas snart meddelas döda, enligt tidningen."), [(0, 1)]),
    ("en", ("The toll has risen to 90, the news site Dayline reported. Officially 60 people have died. "
            "Another 30 deaths will soon be announced, the site said."), [(0, 1)]),
    ("no", ("Dødstallet har steget til 90, ifølge nettavisen Dagslys. Offisielt har 60 personer dødd. "
            "Ytterligere 30 personer vil snart meldes døde, ifølge avisen."), [(0, 1)]),
    ("da", ("Dødstallet er steget til 90, ifølge netavisen Dagslys. Officielt er 60 personer døde. "
            "Yderligere 30 personer vil snart blive meldt døde, ifølge avisen."), [(0, 1)]),
    ("de", ("Die Zahl der Toten ist auf 90 gestiegen, berichtet die Zeitung Tageslicht. Offiziell sind 60 Menschen "
            "gestorben. Weitere 30 Menschen sollen bald für tot erklärt werden, so die Zeitung."), [(0, 1)]),
    ("en", "Police said 55 people died in Nordby and the mayor said 21 died in Sudby. The ministry said 76 people died.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INCREMENT)
def test_an_increment_is_no_part(lang: str, text: str, expected: list[tuple[int, ...]]) -> None:
    assert _conflicts(text, lang) == expected


# Two sources in one sentence, the second before an apposition ("…, mens X, Name, opgør dødstallet til"):
# two records that disagree, no breakdown of one source's toll.
TWO_SOURCES = [
    ("da", "Ministeriet sætter dødstallet til 80, mens hjælpeorganisationen, Nødhjælpen, opgør dødstallet til 60."),
    ("no", "Departementet setter dødstallet til 80, mens Nødhjelpen, som teller de døde, setter dødstallet til 60."),
    ("en", "The ministry puts the death toll at 80, while the aid group, Reliefnet, puts the death toll at 60."),
]


@pytest.mark.parametrize(("lang", "text"), TWO_SOURCES)
def test_two_sources_around_an_apposition(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == [(0, 1)]


# A difference ("hundert Menschen weniger … als angenommen", "100 fewer people") is a figure of its own
# (`extra`), never a rival toll.
DIFFERENCE = [
    ("de", "Bei dem Anschlag sind gut hundert Menschen weniger getötet worden als angenommen. Die Zahl der Toten liegt bei 250."),
    ("en", "About 100 fewer people were killed than first feared. The death toll stands at 250."),
    ("sv", "Omkring 100 färre personer dödades än man först trodde. Dödssiffran är 250."),
    ("no", "Rundt 100 færre personer ble drept enn først antatt. Dødstallet er 250."),
    ("da", "Omkring 100 færre personer blev dræbt end først antaget. Dødstallet er 250."),
]


@pytest.mark.parametrize(("lang", "text"), DIFFERENCE)
def test_a_difference_is_no_toll(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [(m, v) for m, v, _, _ in found] == [("killed", 100), ("killed", 250)]
    assert conflicts == []


# Buildings and events are never hurt: the targets and blasts of a sentence counting the wounded are other.
TARGETS = [
    ("de", "Bei den Anschlägen auf drei Hotels und zwei Kirchen sowie bei zwei weiteren Explosionen wurden 400 Menschen verletzt."),
    ("en", "In the attacks on three hotels and two churches and in two further explosions, 400 people were injured."),
    ("sv", "Vid attackerna mot tre hotell och två kyrkor samt vid två explosioner skadades 400 personer."),
    ("no", "Ved angrepene på tre hoteller og to kirker og ved to eksplosjoner ble 400 personer skadet."),
    ("da", "Ved angrebene på tre hoteller og to kirker og ved to eksplosioner blev 400 personer såret."),
]


@pytest.mark.parametrize(("lang", "text"), TARGETS)
def test_targets_are_never_hurt(lang: str, text: str) -> None:
    found = _read(text, lang)[0]
    assert [(m, v) for m, v, _, _ in found] == [("other", 3), ("other", 2), ("other", 2), ("wounded", 400)]


# "killings of protesters" counts protesters; a part naming a group ("including 300 protesters") meets
# another source's figure of that very group, never the whole, and never fighters of an unsaid side.
GROUP_PARTS = [
    ("en", ("Medics said 400 people were killed, including 300 protesters. Another group says it has documented "
     "150 killings of protesters."), [("killed", 400), ("killed", 300), ("killed", 150)], [(1, 2)]),
    ("en", "Activists said 40 rebel fighters died. The monitor said the dead included 55 government soldiers.",
     [("killed", 40), ("killed", 55)], []),
]


@pytest.mark.parametrize(("lang", "text", "quantities", "conflicts"), GROUP_PARTS)
def test_a_part_meets_its_group(lang: str, text: str, quantities: list[tuple[str, float]],
                                conflicts: list[tuple[int, ...]]) -> None:
    found, groups = _read(text, lang)
    assert ([(m, v) for m, v, _, _ in found], groups) == (quantities, conflicts)


# A projection ("the final toll risks reaching 20,000", "kan stige til") is no toll yet and no part of a
# breakdown of the figure given with it (`period=projection`).
PROJECTION = [
    ("en", "The group said it has documented at least 3,000 deaths and warned that the final toll risks reaching 20,000."),
    ("sv", "Gruppen säger att 3 000 har dött och att dödssiffran kan stiga till 20 000."),
    ("no", "Gruppen sier at 3000 er døde, og at dødstallet kan stige til 20 000."),
    ("da", "Gruppen siger, at 3000 er døde, og at dødstallet kan stige til 20.000."),
    ("de", "Die Gruppe sagt, 3000 Menschen seien gestorben, die Zahl der Toten könnte auf 20.000 steigen."),
]


@pytest.mark.parametrize(("lang", "text"), PROJECTION)
def test_a_projection_is_no_toll(lang: str, text: str) -> None:
    found = count(Article(title=None, body=(text,), language=lang), ())
    assert [(q.value, "breakdown" in q.key, "period=projection" in q.key) for q in found] == [
        (3000, False, False), (20000, False, True)]


# The first sentence of a paragraph takes its scene from the last sentence of the paragraph before, when
# that one tells of an event in one place ("I Nordby har uvejret ligeledes kostet mange mennesker livet").
PARAGRAPH_SCENE = [
    ("en", ("The storm also killed many people in Nordby, but the exact number is not yet clear.",
            "The aid office puts the death toll at 40.")),
    ("da", ("I Nordby har uvejret ligeledes kostet mange mennesker livet, men det præcise antal er uklart.",
            "Nødhjælpskontoret sætter dødstallet til 40.")),
    ("sv", ("I Nordby har stormen också dödat många människor, men det exakta antalet är oklart.",
            "Hjälpkontoret uppger att 40 personer har dött.")),
    ("no", ("I Nordby har uværet også tatt mange menneskeliv, men det nøyaktige tallet er uklart.",
            "Nødhjelpskontoret setter dødstallet til 40.")),
    ("de", ("Auch in Nordby hat der Sturm viele Menschen getötet, die genaue Zahl ist unklar.",
            "Das Hilfsbüro spricht von 40 Toten.")),
]


@pytest.mark.parametrize(("lang", "body"), PARAGRAPH_SCENE)
def test_the_scene_of_the_paragraph_before(lang: str, body: tuple[str, str]) -> None:
    article = Article(title=None, body=body, language=lang)
    found = count(article, attribute(article))
    assert [(q.value, "place=nordby" in q.key) for q in found] == [(40, True)]


# An island word before a name is that name ("på øen Nordø" is "Nordø").
ISLAND = [
    ("da", "Dødstallet fra massakren på øen Nordø er nedjusteret til 68 personer, siger politiet."),
    ("no", "Dødstallet fra massakren på øya Nordø er nedjustert til 68 personer, sier politiet."),
    ("sv", "Dödssiffran från massakern på ön Nordö har justerats ned till 68 personer, säger polisen."),
]


@pytest.mark.parametrize(("lang", "text"), ISLAND)
def test_an_island_word_before_a_name(lang: str, text: str) -> None:
    found = count(Article(title=None, body=(text,), language=lang), ())
    assert ["place=" + text.split(" ")[5].lower() in q.key.split("|")[4].split(";") for q in found] == [True]


# A toll revised with a change word ("By evening the toll had risen to 40") is no rival of the figure given
# before it, from the outlet or the same body; a third figure given after it by another source still is.
REVISION = [
    ("en", "Police said 25 people had died. By evening the toll had risen to 40.", []),
    ("de", "Am Morgen hatte die Polizei 25 Tote bestätigt. Am Abend stieg die Zahl der Toten auf 40.", []),
    ("sv", "Polisen bekräftade på morgonen att 25 personer hade dött. På kvällen hade dödssiffran stigit till 40.", []),
    ("no", "Politiet bekreftet i morges at 25 personer var døde. I kveld har dødstallet steget til 40.", []),
    ("da", "Politiet bekræftede i morges, at 25 personer var døde. I aften er dødstallet steget til 40.", []),
    ("en", ("Police said 25 people had died. By evening the toll had risen to 40. Local media reported 70 dead, "
     "citing hospital staff."), [(0, 1, 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REVISION)
def test_a_revised_toll(lang: str, text: str, expected: list[tuple[int, ...]]) -> None:
    assert _conflicts(text, lang) == expected
