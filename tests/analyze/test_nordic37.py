"""Swedish, Norwegian and Danish attribution on real pages (nordic37): reporting verbs missing from the
lexicons (sv "spår att", "informerar att", "gick ut med att"; no/da "gikk ut med at", "gik ud med at"), and a
speech phrase split by its V2 subject ("gikk politiet ut med at C") read past the phrasal look-alike "gikk ut".
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


REPORTING_VERBS = [
    ("sv", "Ekonomen spår att räntan stiger i höst.", [("Ekonomen", "spår", "räntan stiger i höst")]),
    ("sv", "Kommunen informerar att skolan är stängd i dag.", [("Kommunen", "informerar", "skolan är stängd i dag")]),
    ("sv", "Bolaget gick ut med att fabriken ska läggas ned.",
     [("Bolaget", "gick ut med", "fabriken ska läggas ned")]),
    ("no", "Kommunen gikk ut med at skolen holder stengt.", [("Kommunen", "gikk ut med", "skolen holder stengt")]),
    ("da", "Kommunen gik ud med at skolen holder lukket.", [("Kommunen", "gik ud med", "skolen holder lukket")]),
]


@pytest.mark.parametrize("lang,text,expected", REPORTING_VERBS)
def test_reporting_verb(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


SPLIT_BY_SUBJECT = [
    ("sv", "På kvällen gick polisen ut med att vägen var avstängd.", [("polisen", "gick ut med", "vägen var avstängd")]),
    ("no", "På kvelden gikk politiet ut med at broen var stengt.", [("politiet", "gikk ut med", "broen var stengt")]),
    ("da", "Om aftenen gik politiet ud med at broen var lukket.", [("politiet", "gik ud med", "broen var lukket")]),
]


@pytest.mark.parametrize("lang,text,expected", SPLIT_BY_SUBJECT)
def test_phrase_split_by_its_subject(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


NOT_REPORTS = [
    ("sv", "Kommunen gick ut med en varning till bilisterna."),
    ("sv", "Polisen hittade spår av blod i bilen."),
    ("sv", "I går gick vi ut i skogen."),
    ("no", "På kvelden gikk politiet ut i gatene."),
    ("no", "Kommunen gikk ut med en advarsel til bilistene."),
    ("da", "Om aftenen gik politiet ud i gaderne."),
]


@pytest.mark.parametrize("lang,text", NOT_REPORTS)
def test_no_report(lang: str, text: str) -> None:
    assert run(text, lang) == []


def test_time_adverb_is_no_split_verb() -> None:
    """"I går gick vi ut med att C": "går" of "i går" is no verb whose subject is "gick vi"."""
    rows = run("I går gick vi ut med att bron var stängd.", "sv")
    assert rows == [("vi", "gick ut med", "bron var stängd")]


DESCRIBED_AS = [
    ("no", "De to som ble sendt til sykehuset omtales begge som lettere skadd.", "omtales"),
    ("no", "Mannen beskrives som rolig.", "beskrives"),
    ("da", "De to som blev kørt på hospitalet beskrives begge som alvorligt kvæstede.", "beskrives"),
    ("da", "Føreren omtales som let såret.", "omtales"),
    ("sv", "De två som fördes till sjukhus beskrivs båda som allvarligt skadade.", "beskrivs"),
    ("sv", "Föraren omtalas som lindrigt skadad.", "omtalas"),
]


@pytest.mark.parametrize("lang,text,cue", DESCRIBED_AS)
def test_described_as_is_hearsay(lang: str, text: str, cue: str) -> None:
    assert run(text, lang) == [(None, cue, text.rstrip("."))]


NOTHING_REPORTED = [
    ("sv", "Även om inga allvarliga skador har rapporterats, är huset förstört."),
    ("sv", "Inga skadade rapporterades i området."),
    ("no", "Ingen personskader meldes i området."),
    ("da", "Ingen tilskadekomne meldes."),
]


@pytest.mark.parametrize("lang,text", NOTHING_REPORTED)
def test_negative_subject_of_a_reporting_passive(lang: str, text: str) -> None:
    assert run(text, lang) == []


STILL_HEARSAY = [
    ("sv", "Ingen uppges ha skadats i branden.", "uppges"),
    ("sv", "Två skadade rapporterades i området.", "rapporterades"),
    ("da", "Ingen personer siges at være kommet til skade.", "siges"),
]


@pytest.mark.parametrize("lang,text,cue", STILL_HEARSAY)
def test_reporting_passive_with_a_claim(lang: str, text: str, cue: str) -> None:
    assert [r[1] for r in run(text, lang)] == [cue]


UNFIT = [  # (text, language, the only records expected)
    ("Ole Dam skriver, at han 'helt klart tror, at rådet tager fejl'.", "da",
     [("Ole Dam", "skriver", "han 'helt klart tror, at rådet tager fejl'")]),
    ("Er tallet riktig, så viser det at styret må gå.", "no", []),
    ("Om siffran stämmer så visar det att styrelsen måste gå.", "sv", []),
    ("Tallene viser at flere flytter.", "no", [("Tallene", "viser", "flere flytter")]),
    ("Klubben har tiet om sagen og derfor kun sjældent oplyst om sine tal.", "da", []),
    ("Vi har ingen papirer der bekræfter dette, men vi venter svar fra kommunen i morgen.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", UNFIT)
def test_unfit_source_or_content(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


def test_relative_spelt_like_an_adverb_keeps_its_record() -> None:
    rows = run("Avisen citerer en præst, der siger, at tre er døde.", "da")
    assert ("der", "siger", "tre er døde") in rows


HEADLINE_ROLES = [  # (language, headline, body paragraph, headline source, its name)
    ("sv", "Ekonom: ”Räntan stiger till sommaren”",
     "– Vi väntar oss höjningar. Räntan stiger till sommaren, säger Per Holm, sparekonom på banken.",
     "Ekonom", "Per Holm"),
    ("no", "Ordføreren: «Vi må stenge skolen»",
     "– Vi må stenge skolen i morgen, sier ordfører Kari Lie.", "Ordføreren", "Kari Lie"),
]


@pytest.mark.parametrize("lang,title,body,source,name", HEADLINE_ROLES)
def test_quote_headline_keeps_its_role_label(lang: str, title: str, body: str, source: str, name: str) -> None:
    """A quote headline whose speaker is a role noun keeps that noun as its source; the body names the speaker."""
    article = Article(title=title, body=(body,), language=lang)
    first = attribute(article)[0]
    assert (first.source, first.source_name) == (source, name)


CUT_AFTER_A_FINISHED_SENTENCE = [  # a dash quote whose first sentence closed with no tag goes on from its speaker
    # (its whole sentences: the one the page breaks off in is no claim, nordic42 as in English)
    ("no", "Rapport\n\nNestleder Ola Lie vil ikke kommentere saken.\n\n– Vi ser på helheten når styret møtes. Dette er bare ryk",
     ("Ola Lie", None, "Vi ser på helheten når styret møtes.")),
    ("sv", "Rapport\n\nSpråkröret Eva Ek vill inte kommentera saken.\n\n– Vi ser på helheten när styrelsen möts. Det här är bara ryk",
     ("Eva Ek", None, "Vi ser på helheten när styrelsen möts.")),
    ("da", "Rapport\n\nNæstformand Ole Berg vil ikke kommentere sagen.\n\n- Vi ser på helheden når bestyrelsen mødes. Det er kun ryg",
     ("Ole Berg", None, "Vi ser på helheden når bestyrelsen mødes.")),
]


@pytest.mark.parametrize("lang,text,row", CUT_AFTER_A_FINISHED_SENTENCE)
def test_cut_dash_quote_after_a_finished_sentence_goes_on(lang: str, text: str, row: Row) -> None:
    title, _, rest = text.partition("\n\n")
    article = Article(title=title, body=tuple(rest.split("\n\n")), language=lang)
    assert row in [(a.source_name, a.cue, a.content) for a in attribute(article)]


PLACED_NAMES_BEFORE_A_TIME = [  # a role, its body, the body's place and a full name, then a time phrase
    ("no", "– Han er utenfor livsfare, opplyser vaktleder ved legevakten i Bergen Kari Lie ved midnatt.",
     "vaktleder ved legevakten i Bergen Kari Lie"),
    ("sv", "– Han är utom livsfara, uppger vakthavande befäl vid polisen i Malmö Anna Berg vid midnatt.",
     "vakthavande befäl vid polisen i Malmö Anna Berg"),
    ("da", "– Han er uden for livsfare, oplyser vagtchef ved politiet i Aarhus Anne Berg i aften.",
     "vagtchef ved politiet i Aarhus Anne Berg"),
]


@pytest.mark.parametrize("lang,text,source", PLACED_NAMES_BEFORE_A_TIME)
def test_placed_name_before_a_time_phrase(lang: str, text: str, source: str) -> None:
    assert [r[0] for r in run(text, lang)] == [source]


RECIPIENTS = [  # a recipient after a cue whose subject stands before it is no part of the claim
    ("da", "Rektor meddelte forældrene, at skolen lukker.", [("Rektor", "meddelte", "skolen lukker")]),
    ("da", "Borgmesteren fortalte borgerne at skolen lukker.", [("Borgmesteren", "fortalte", "skolen lukker")]),
    ("no", "Rektor meddelte foreldrene at skolen stenger.", [("Rektor", "meddelte", "skolen stenger")]),
    ("sv", "Rektorn meddelade föräldrarna att skolan stänger.", [("Rektorn", "meddelade", "skolan stänger")]),
    # an inverted subject after a fronted phrase stays the source; an adverb is no recipient
    ("da", "I går meddelte politiet, at vejen er lukket.", [("politiet", "meddelte", "vejen er lukket")]),
    ("da", "Politiet oplyser også, at to er anholdt.", [("Politiet", "oplyser", "to er anholdt")]),
]


@pytest.mark.parametrize("lang,text,expected", RECIPIENTS)
def test_recipient_before_the_claim(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
