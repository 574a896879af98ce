"""English constructions of real news text (issue 10), end to end, continued from test_attribution_en.py and
test_attribution_en_tags.py: naming, tag adverbials, courts speaking, subjects (numbers, inserts, contact clauses,
coordinated subjects, names in -ing, appositions), focus words and citing inserts, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import KindRow as Row
from .conftest import kind_rows


def run(text: str, title: str | None = None) -> list[Row]:
    return kind_rows(text, "en", title)


NAMING: list[tuple[str, list[Row]]] = [
    # a free relative names its speaker after "what"
    ("A third would be what Ann Lee called a \"let every town try its own\" policy.",
     [("Ann Lee", "called", "a \"let every town try its own\" policy", "mixed")]),
    # an apposition after the object, and a participle of the main clause after the complement
    ("Hart called Moss, his rival in the race, an \"empty suit.\"",
     [("Hart", "called", "Moss, his rival in the race, an \"empty suit.\"", "mixed")]),
    ("In a later post, Hart called Moss the \"worst kind of cynic,\" pointing to a report on his expenses.",
     [("Hart", "called", "Moss the \"worst kind of cynic,\"", "mixed")]),
    ("Opponents call it a tax on small farms, raising the question of who pays.",
     [("Opponents", "call", "it a tax on small farms", "indirect")]),
    # "Early …," is a fronted phrase
    ("Early in his campaign, Hart attacked Moss, calling him a failed candidate.",
     [("Hart", "calling", "him a failed candidate", "indirect")]),
    ("The mayor called the police.", []),
    ("Every December, the Dover Post announces who it believes deserves the title.",
     [("the Dover Post", "announces", "who it believes deserves the title", "indirect")]),
    ("Every voter said the plan was dead.", [("Every voter", "said", "the plan was dead", "indirect")]),
    # an object pronoun and an adjective; a subordinate clause after a comma ends the content
    ("And 58 percent call her honest, after 47 percent said so in March.",
     [("58 percent", "call", "her honest", "indirect"), ("47 percent", "said", "so in March", "indirect")]),
    ("She called him in May.", []),
    ("He called it quits.", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMING)
def test_naming(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


DOUBLE_APOSTROPHE_TAGS: list[tuple[str, list[Row]]] = [
    # a partial quote in two single marks closed after its comma, then ", said X": X speaks
    ("Behind the scenes, Tom Vale is ''activating his network,'' said Ann Berg, the campaign's director.",
     [("Ann Berg", "said", "Behind the scenes, Tom Vale is ''activating his network,''", "mixed")]),
]


@pytest.mark.parametrize(("text", "expected"), DOUBLE_APOSTROPHE_TAGS)
def test_double_apostrophe_tags(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TAG_ADVERBIALS: list[tuple[str, list[Row]]] = [
    # a tag after a comma with a long adverbial and no clause of its own after the cue
    ("His allegiance has shifted from Hart to Moss, Wilkin said during his speech to be a delegate.",
     [("Wilkin", "said", "His allegiance has shifted from Hart to Moss", "indirect")]),
    ("The plan is dead, Hart said after the vote.", [("Hart", "said", "The plan is dead", "indirect")]),
    ("Hart said after the vote that the plan was dead.", [("Hart", "said", "the plan was dead", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), TAG_ADVERBIALS)
def test_tag_adverbials(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


LONG_ADVERBIALS_BEFORE_THAT: list[tuple[str, list[Row]]] = [
    # a long adverbial between the cue and "that"; a relative "that" is no complementizer
    ("Hart said in an interview with the Dover Post on Monday night that she would run.",
     [("Hart", "said", "she would run", "indirect")]),
    ("Hart said in the small town near the big river that was flooded last year the dam is safe.",
     [("Hart", "said", "in the small town near the big river that was flooded last year the dam is safe",
       "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), LONG_ADVERBIALS_BEFORE_THAT)
def test_long_adverbials_before_that(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


COURTS_SPEAKING: list[tuple[str, list[Row]]] = [
    # a court is sourceless only when it hears ("the court heard", "the jury was told"); its own words are its
    ("The appeals court said the county must redraw the map.",
     [("The appeals court", "said", "the county must redraw the map", "indirect")]),
    ("The tribunal announced that it had split on the case.",
     [("The tribunal", "announced", "it had split on the case", "indirect")]),
    ("The mill closed in May, according to a court filing.",
     [("a court filing", "according to", "The mill closed in May", "indirect")]),
    ("The court heard that the mill closed in May.", [(None, "heard", "the mill closed in May", "indirect")]),
    ("The mill closed in May, the jury was told.", [(None, "told", "The mill closed in May", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), COURTS_SPEAKING)
def test_courts_speaking(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NUMBERS_IN_SUBJECTS: list[tuple[str, list[Row]]] = [
    # a number's comma ("2,000") cuts no clause: the subject before the number is the speaker
    ("She greeted 2,000 volunteers in Dover and told them that the count was close.",
     [("She", "told", "the count was close", "indirect")]),
    ("To sign up 1,500 members, Tom Berg, the club's president, suggested that rivals were weak.",
     [("Tom Berg", "suggested", "rivals were weak", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS_IN_SUBJECTS)
def test_numbers_in_subjects(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INSERTS_BEFORE_CUES: list[tuple[str, list[Row]]] = [
    # an insert opened by a subordinator right before the cue is dropped, whatever word follows it
    ("Tom Vale, after earlier rallies, wrote that he would run again.",
     [("Tom Vale", "wrote", "he would run again", "indirect")]),
    ("The mayor, as the crowd cheered, said the bridge would open.",
     [("The mayor", "said", "the bridge would open", "indirect")]),
    # but not an insert the subject follows
    ("Worse, when asked about a loss, 40 percent of voters said they would stay home.",
     [("40 percent of voters", "said", "they would stay home", "indirect")]),
    # a participle insert with a subordinator inside it
    ("Ann Lee, appearing on television after the vote, said the plan had failed.",
     [("Ann Lee", "said", "the plan had failed", "indirect")]),
    (("Two officials familiar with the file, speaking on condition of anonymity since neither had leave to "
      "talk, said the file was sealed."),
     [("Two officials familiar with the file", "said", "the file was sealed", "indirect")]),
    # a party and state between commas is no role
    ("Sen. Ann Lee, R-Ohio, said the plan had failed.", [("Sen. Ann Lee", "said", "the plan had failed", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), INSERTS_BEFORE_CUES)
def test_inserts_before_cues(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_a_party_between_commas_is_not_the_name() -> None:
    art = Article(title=None, body=("Sen. Ann Lee, R-Ohio, said the plan had failed.",), language="en")
    assert [a.source_name for a in attribute(art)] == ["Ann Lee"]


CONTACT_CLAUSES: list[tuple[str, list[Row]]] = [
    # a personal pronoun right before the cue, after a noun, is the subject of a contact clause
    ("Tom Vale runs a channel he calls “Plain Talk” from his garage.", [("he", "calls", "Plain Talk", "direct")]),
    ("The mayor praised a plan she said would cut fares.",
     [("The mayor", "praised", "a plan she said would cut fares", "indirect"), ("she", "said", "would cut fares", "indirect")]),
    # not after a preposition: "all of them" is no pronoun subject
    ("All of them said the plan had failed.", [("All of them", "said", "the plan had failed", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), CONTACT_CLAUSES)
def test_contact_clauses(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NAMES_IN_ING: list[tuple[str, list[Row]]] = [
    # a capitalised word in -ing before a verb is a name, not a participle opening the sentence
    ("Dobling said the club would meet for drinks, but said its hall was closing.",
     [("Dobling", "said", "the club would meet for drinks", "indirect"),
      ("Dobling", "said", "its hall was closing", "indirect")]),
    ("Walking to the car, Dobling talked about her days with Ann Lee, and said the war had changed her.",
     [("Dobling", "said", "the war had changed her", "indirect")]),
    # a fronted perfect participle still is one
    ("Having said that the vote was lost, the mayor left the hall.",
     [("the mayor", "said", "the vote was lost", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_IN_ING)
def test_names_in_ing(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


COORDINATED_SUBJECTS: list[tuple[str, list[Row]]] = [
    # a cue coordinated after the main clause's verb phrase: the main clause's subject, past its inserts
    (("Lund, who has led the club for years, arrived at the meeting with no plan and admitted that he had not "
      "read the report."),
     [("Lund", "admitted", "he had not read the report", "indirect")]),
    ("He, once again, offered a “new start” and said that he would cut taxes.",
     [("He", "said", "he would cut taxes", "indirect")]),
    ("Mr. Vale, whose only win came in Ohio, did not attack Ms. Lee but argued that he would win in November.",
     [("Mr. Vale", "argued", "he would win in November", "indirect")]),
    # a subject and an intransitive verb before the coordinator stay the subject
    ("Some workers cried and said that the plant was closing.",
     [("Some workers", "said", "the plant was closing", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_SUBJECTS)
def test_coordinated_subjects(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


POINTING_OUT: list[tuple[str, list[Row]]] = [
    # more verbs that report only before "that", a colon or a quote, or closing a tag (class that)
    ("“Voters want change,” he points out.", [("he", "points out", "Voters want change", "direct")]),
    ("Lund pointed out that the bridge was closed.", [("Lund", "pointed out", "the bridge was closed", "indirect")]),
    ("Vale maintained that he was innocent.", [("Vale", "maintained", "he was innocent", "indirect")]),
    ("Prosecutors alleged that the firm lied.", [("Prosecutors", "alleged", "the firm lied", "indirect")]),
    ("Lee testified that she saw the car.", [("Lee", "testified", "she saw the car", "indirect")]),
    ("“We will win,” Lee echoed.", [("Lee", "echoed", "We will win", "direct")]),
    ("The firm paid, pointing out that no money was lost.",
     [("The firm", "pointing out", "no money was lost", "indirect")]),
    # not without a clause: an object, an adjective, an appearance
    ("The city maintained the roads.", []),
    ("The alleged attack took place in May.", []),
    ("Lee echoed the criticism.", []),
    ("Lee testified before the committee on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), POINTING_OUT)
def test_pointing_out(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PLACES_BEFORE_THAT: list[tuple[str, list[Row]]] = [
    # a place with a comma inside it between the cue and "that" ("Salem, New Hampshire")
    ("Lund told a rally in Dover, New Jersey on Monday that the plan is dead.",
     [("Lund", "told", "the plan is dead", "indirect")]),
    ("Lund told a rally in Dover, New Jersey, on Monday that the plan is dead.",
     [("Lund", "told", "the plan is dead", "indirect")]),
    ("Lund said in Dover, Delaware, that the plan is dead.", [("Lund", "said", "the plan is dead", "indirect")]),
    # a comma closing a clause still ends the scan
    ("Lund told Tom, and Ann said that it was late.", [("Ann", "said", "it was late", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_BEFORE_THAT)
def test_places_before_that(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PARTICIPLES_BEFORE_NOUNS: list[tuple[str, list[Row]]] = [
    # a past form between an article, possessive, genitive or preposition and its noun is an adjective
    ("The shares are a fraction of Vale's reported net worth.", []),
    ("The number of reported cases has grown.", []),
    ("Nearly half of the deeply reported features won prizes.", []),
    ("The reported attack was in May.", []),
    # a verb after a subject stays one
    ("Police reported no arrests.", [("Police", "reported", "no arrests", "indirect")]),
    ("Many reported seeing the car.", [("Many", "reported", "seeing the car", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES_BEFORE_NOUNS)
def test_participles_before_nouns(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FOCUS_WORDS: list[tuple[str, list[Row]]] = [
    # a focusing adverb is no part of a source, before the cue or after "according to"
    ("He even said the plan had failed.", [("He", "said", "the plan had failed", "indirect")]),
    ("Lee even claimed that the plan had failed.", [("Lee", "claimed", "the plan had failed", "indirect")]),
    ("The plan failed, according to even his own aides.",
     [("his own aides", "according to", "The plan failed", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), FOCUS_WORDS)
def test_focus_words(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


VERBS_AFTER_TAGS: list[tuple[str, list[Row]]] = [
    # a verb right after the cue is no inverted speaker: the cue's subject stands before it
    ("This is the town that Ann Lee, even in the debate, said was safe.",
     [("Ann Lee", "said", "was safe", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), VERBS_AFTER_TAGS)
def test_verbs_after_tags(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PUT_IT: list[tuple[str, list[Row]]] = [
    # "as X put it": a tag verb, before a quote or closing one; "put it on the table" reports nothing
    ("As the Dover Post put it, “Hello, it is the mayor.”",
     [("the Dover Post", "put it", "Hello, it is the mayor", "direct")]),
    ("“The court should wait,” as Ann Lee put it.", [("Ann Lee", "put it", "The court should wait", "direct")]),
    ("He put it on the table.", []),
]


@pytest.mark.parametrize(("text", "expected"), PUT_IT)
def test_put_it(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TITLES_IN_APPOSITIONS: list[tuple[str, list[Row]]] = [
    # a title opening the name in an apposition is no short name of the source (", Brå", ", ICRC" are)
    ("He left early, according to Tom Vale, Mr. Lund's former adviser.",
     [("Tom Vale", "according to", "He left early", "indirect")]),
    ("Aid arrived, according to the Red Cross, ICRC.",
     [("the Red Cross, ICRC", "according to", "Aid arrived", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), TITLES_IN_APPOSITIONS)
def test_titles_in_appositions(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TOPICS_ONLY: list[tuple[str, list[Row]]] = [
    # a topic after the cue with nothing said about it reports no words
    ("Here are nine things Tom Vale has said about farmers in the last year.", []),
    # "about" as a number's approximation, or a topic before a clause, quote or colon, stays
    ("Lee said about 200 people came.", [("Lee", "said", "about 200 people came", "indirect")]),
    ("Lee said about half of the jobs were lost.", [("Lee", "said", "about half of the jobs were lost", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), TOPICS_ONLY)
def test_topics_only(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NEGATIVE_AND_QUOTED: list[tuple[str, list[Row]]] = [
    # "No X has claimed …": a negative subject reports that nothing was said
    ("No rebel group has so far claimed responsibility for the bombing.", []),
    ("No official would say how many had died.", []),
    ("No witness said the driver was drunk.", []),
    ("No. 10 said the talks would resume.", [("No. 10", "said", "the talks would resume", "indirect")]),
    # a subject with a name in apposition before the cue, not content before an inverted tag
    ("A senior hospital official in Varno, Ena Lusk, confirmed the new figure.",
     [("A senior hospital official in Varno, Ena Lusk", "confirmed", "the new figure", "indirect")]),
    ("The chief of police in the northern town, Ivo Brandt, said the road was closed.",
     [("The chief of police in the northern town, Ivo Brandt", "said", "the road was closed", "indirect")]),
    ("A spokesman for the regional fire service, Ola Brandt, confirmed the figure.",
     [("A spokesman for the regional fire service, Ola Brandt", "confirmed", "the figure", "indirect")]),
    # "X quoted Y as saying C": Y speaks
    ("The Daily Star quoted fire chief Ola Brandt as saying that the blaze began in the kitchen.",
     [("fire chief Ola Brandt", "as saying", "the blaze began in the kitchen", "indirect")]),
    ("Local media quoted a police officer as saying the blaze began in the kitchen.",
     [("a police officer", "as saying", "the blaze began in the kitchen", "indirect")]),
    ("The Herald quoted the mayor as saying the talks had failed.",
     [("the mayor", "as saying", "the talks had failed", "indirect")]),
    # a cue with a preposition takes a noun phrase: a subordinate clause after it is not its content
    ("Forecasters warned of more rain as crews worked to clear the roads.",
     [("Forecasters", "warned of", "more rain", "indirect")]),
    ("Forecasters warned of more rain while crews cleared the roads.",
     [("Forecasters", "warned of", "more rain", "indirect")]),
    ("The union warned of strikes after the talks collapsed.",
     [("The union", "warned of", "strikes", "indirect")]),
    ("Forecasters warned that more rain would fall as crews cleared the roads.",
     [("Forecasters", "warned", "more rain would fall as crews cleared the roads", "indirect")]),
    # a statement the subject put out carries its words: "issued a statement saying C"
    ("Hours after the blast, the rebel group released a statement claiming its fighters had destroyed the depot.",
     [("the rebel group", "claiming", "its fighters had destroyed the depot", "indirect")]),
    ("The ministry issued a statement saying the border would stay closed.",
     [("The ministry", "saying", "the border would stay closed", "indirect")]),
    ("The club put out a brief statement saying the coach had resigned.",
     [("The club", "saying", "the coach had resigned", "indirect")]),
    ("The bridge has a saying carved over its gate.", []),
    # "calling X one of the …": the partitive opens the complement, the object ends before it
    ("The toll rose to 30, police said, calling the attack one of the worst in years.",
     [("police", "said", "The toll rose to 30", "indirect"),
      ("police", "calling", "the attack one of the worst in years", "indirect")]),
    ("Hart attacked the plan, calling it one of the worst ideas in years.",
     [("Hart", "attacked", "the plan", "indirect"), ("Hart", "calling", "it one of the worst ideas in years", "indirect")]),
    ("The union backed the deal, calling the offer some of the best terms in a decade.",
     [("The union", "calling", "the offer some of the best terms in a decade", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATIVE_AND_QUOTED)
def test_negative_subjects_appositions_and_quoted_as(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INSERTED_CITING: list[tuple[str, list[Row]]] = [
    # a citing phrase between a subject and its reporting verb belongs to that report: no record of its own, but
    # after a medium, which relays the one cited (round via41: their record, via the medium; relcite.py)
    ("The Herald, citing internal memos, reported that the mill was losing money.",
     [("The Herald", "reported", "the mill was losing money", "indirect"),
      ("internal memos", "citing", "the mill was losing money", "indirect")]),
    ("Mr. Hale, citing “the mood of the voters,” said the party could win the north.",
     [("Mr. Hale", "said", "the party could win the north", "indirect")]),
    ("The ministry, citing data from the port, said that exports fell.",
     [("The ministry", "said", "exports fell", "indirect")]),
    # a citing phrase after a clause with its verb still gives its own record
    ("Citing new data, the agency raised its forecast.",
     [("new data", "Citing", "the agency raised its forecast", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), INSERTED_CITING)
def test_inserted_citing_phrases(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
