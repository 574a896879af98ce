"""English constructions of real news text (issue 10), end to end, continued from test_attribution_en.py:
full records (name, type, via) and headlines, then tags, lookalike nouns, beliefs inside reports, title-case cues,
restrictive relatives, participles and inserts around a cue, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import Full, full_rows, kind_rows
from .conftest import KindRow as Row


def run(text: str, title: str | None = None) -> list[Row]:
    return kind_rows(text, "en", title)


def run_full(text: str, title: str | None = None) -> list[Full]:
    return full_rows(text, "en", title)


ITEM3: list[tuple[str, list[Full]]] = [
    # a pronoun inside a quotation never means the quote's speaker
    ("Tom Vale was charged on Monday. “He denies it,” said Anna Berg, the prosecutor.",
     [("Anna Berg", "Anna Berg", "said", "He denies it", "person", ()),
      ("He", "Tom Vale", "denies", "it", "person", ("Anna Berg",))]),
    # datelines are no source names
    ("LONDON (Reuters) - The bank said profits fell.", [("The bank", None, "said", "profits fell", "organization", ())]),
    ("WASHINGTON — The senator said the vote would be close.",
     [("The senator", None, "said", "the vote would be close", "person", ())]),
    # a report named as the subject is the source
    ("The Harbour Gazette report said the talks had failed.",
     [("The Harbour Gazette report", None, "said", "the talks had failed", "document", ())]),
    # a medium named by its kind is the one the article last named
    ("The Harbour Gazette reported that the ferry was late. The captain told the newspaper that the engine failed.",
     [("The Harbour Gazette", "The Harbour Gazette", "reported", "the ferry was late", "media", ()),
      ("The captain", None, "told", "the engine failed", "person", ("The Harbour Gazette",))]),
    # missed cues: a rejection of a claim, an answer in quotes
    ("The ministry rejected claims that the dam was unsafe.",
     [("The ministry", None, "rejected", "the dam was unsafe", "official", ())]),
    ("Asked whether he would run again, Lund answers “Yes”.", [("Lund", "Lund", "answers", "Yes", "person", ())]),
    # not cues: a passive, a rating's "add", an order inside a quote
    ("The claim has not been confirmed by the police.", []),
    ("The app scored nine, add two for style.", []),
    # source type from the name's form and a given name
    ("Harbour Logistics Inc said profits fell.",
     [("Harbour Logistics Inc", "Harbour Logistics Inc", "said", "profits fell", "organization", ())]),
    ("Sarah said the bus was late.", [("Sarah", "Sarah", "said", "the bus was late", "person", ())]),
    ("Critics said the law was weak.", [("Critics", None, "said", "the law was weak", "person", ())]),
]


@pytest.mark.parametrize(("text", "expected"), ITEM3)
def test_item3_patterns(text: str, expected: list[Full]) -> None:
    assert run_full(text) == expected


TITLES: list[tuple[str, str, list[Full]]] = [
    ("Mayor says bridge will reopen in May", "The storm hit the coast.",
     [("Mayor", None, "says", "bridge will reopen in May", "person", ())]),
    ("Bridge will reopen in May, mayor says", "The storm hit the coast.",
     [("mayor", None, "says", "Bridge will reopen in May", "person", ())]),
    ("Harbour board: bridge will reopen in May", "The storm hit the coast.",
     [("Harbour board", None, ":", "bridge will reopen in May", "official", ())]),
    # one name before the colon is a speaker when the article names that person
    ("Lund: We will not resign", "Mayor Eva Lund spoke on Monday.",
     [("Lund", "Lund", ":", "We will not resign", "person", ())]),
    # a quote headline whose speaker the body quotes: the name in the title, the body's full name
    ("Lund: “We will not resign”", "“We will not resign,” said Eva Lund, the mayor.",
     [("Lund", "Eva Lund", ":", "We will not resign", "person", ()),
      ("Eva Lund", "Eva Lund", "said", "We will not resign", "person", ())]),
    # a quote inside the claim after "X:" is part of that one record; a title before the name; a topic after it
    ("Dr. Eva Lund: Tom Vale ‘Not Fit To Lead’", "“He is not fit to lead,” said Eva Lund.",
     [("Dr. Eva Lund", "Eva Lund", ":", "Tom Vale ‘Not Fit To Lead’", "person", ()),
      ("Eva Lund", "Eva Lund", "said", "He is not fit to lead", "person", ())]),
    ("Eva Lund: ‘Smear Ads’ Have ‘No Place In A Race’", "“Smear ads have no place in a race,” said Lund.",
     [("Eva Lund", "Eva Lund", ":", "‘Smear Ads’ Have ‘No Place In A Race’", "person", ()),
      ("Lund", "Eva Lund", "said", "Smear ads have no place in a race", "person", ())]),
    ("Eva Lund On Tolls: ‘We Will Not Raise Them’", "“We will not raise them,” said Eva Lund.",
     [("Eva Lund", "Eva Lund", ":", "We Will Not Raise Them", "person", ()),
      ("Eva Lund", "Eva Lund", "said", "We will not raise them", "person", ())]),
    # a topic or a figure before the colon is none
    ("Storm season: what the ports expect", "The storm hit the coast.", []),
    ("Up to 40 dead: the toll may rise", "The storm hit the coast.", []),
    # "claim: X" with the source at the end, when the article names X
    ("At least 30 people killed in clashes with police: Kestria",
     "The figure was given by the rights group Kestria International on Monday.",
     [("Kestria", "Kestria", ":", "At least 30 people killed in clashes with police", "person", ())]),
    ("Hundreds of homes flooded in the south of the region: Lund", "Mayor Eva Lund spoke on Monday.",
     [("Lund", "Lund", ":", "Hundreds of homes flooded in the south of the region", "person", ())]),
    ("Ferry service to the northern islands resumes after storm: Varno", "The storm hit Varno on Monday.", []),
    ("Talks resume: Lund", "Mayor Eva Lund spoke on Monday.", []),
    # a place named with a point of the compass in the body is no person's name before a title colon
    ("Varno: Two dead after gunman opens fire", "A gunman opened fire along a West Varno street.", []),
    ("Kestrel: Bridge closed after crash", "The crash blocked the bridge into South Kestrel on Monday.", []),
    ("Orrin: Ferry runs again", "Ferries to Northern Orrin ran again on Monday.", []),
]


@pytest.mark.parametrize(("title", "body", "expected"), TITLES)
def test_headlines(title: str, body: str, expected: list[Full]) -> None:
    assert run_full(body, title=title) == expected


MORE: list[tuple[str, list[Row]]] = [
    # a relative clause with its own verb inside the subject: not an inverted tag
    ("Ann Lee, a former director of the board, whose roots are in the valley, said the base was angry.",
     [("Ann Lee", "said", "the base was angry", "indirect")]),
    # a partial quote closed after the comma, then the inverted tag
    ("The governor could \"sign an order,\" said Tom Vale, president of the union.",
     [("Tom Vale", "said", "The governor could \"sign an order,\"", "mixed")]),
    # a second verb of the same subject after "and"/"but"
    ("She paid off half the loan, but said she could not afford to teach.",
     [("She", "said", "she could not afford to teach", "indirect")]),
    ("The coach left the club in May and said he had been treated unfairly.",
     [("The coach", "said", "he had been treated unfairly", "indirect")]),
    # the cue first, then the speaker, then the quote
    ("Said Ann Lee, who grew up in the valley, “We were all so proud of him.”",
     [("Ann Lee", "Said", "We were all so proud of him", "direct")]),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_tags(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


LOOKALIKES: list[tuple[str, list[Row]]] = [
    # a free relative: the phrase after "what" speaks, the clause it stands for is described
    ("Fighting intensified on Monday, in what analysts described as the worst clashes in months.",
     [("analysts", "described", "the worst clashes in months", "indirect")]),
    # a name as a recipient ends before the next phrase
    ("Chief executive Ann Lee told Harbour Wire the company had followed every rule.",
     [("Chief executive Ann Lee", "told", "the company had followed every rule", "indirect")]),
    # a pronoun with "is": a passive
    ("It's called earned media.", []),
    # a paragraph ending in a colon without a speaker introduces nothing
    ("These steps:\n\nSave the file first.", []),
    ("Here's what I wish someone told me:\n\nBe kind to yourself.", []),
]


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalikes(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


BELIEFS: list[tuple[str, list[Row]]] = [
    # a belief echoing the speaker of a report is part of that report
    ("Many tenants say they believe the landlord is cutting corners.",
     [("Many tenants", "say", "they believe the landlord is cutting corners", "indirect")]),
    # inside a quotation it is part of the quote
    ("“If voters believe nothing will change, they are wrong,” she said.",
     [("she", "said", "If voters believe nothing will change, they are wrong", "direct")]),
    # a belief of someone else inside a report keeps its own record, with that someone as its source
    ("The mayor said residents fear the plant will close.",
     [("The mayor", "said", "residents fear the plant will close", "indirect"),
      ("residents", "fear", "the plant will close", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), BELIEFS)
def test_beliefs_inside_reports(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SUBJECTS_AND_INSERTS: list[tuple[str, list[Row]]] = [
    # a quantifier opening its clause is the subject of a cue that is never a noun
    ("Several said they would rather stay home.", [("Several", "said", "they would rather stay home", "indirect")]),
    ("Some said they had cringed at the vote, but many said Monday that the ruling changes little.",
     [("Some", "said", "they had cringed at the vote", "indirect"),
      ("many", "said", "the ruling changes little", "indirect")]),
    ("Some reports said the bridge fell.", [("Some reports", "said", "the bridge fell", "indirect")]),
    # a weekday between the cue and "that"
    ("Lena Hart said Tuesday that she would run.", [("Lena Hart", "said", "she would run", "indirect")]),
    # a comma insert right after the cue: an adverb is skipped, a condition belongs to the content
    ("He said, however, that he hopes the vote passes.", [("He", "said", "he hopes the vote passes", "indirect")]),
    ("Lena Hart said, though, the vote was close.", [("Lena Hart", "said", "the vote was close", "indirect")]),
    ("She said, if elected, she would build a bridge.",
     [("She", "said", "if elected, she would build a bridge", "indirect")]),
    ("The vote was close, Lena Hart said, however.", [("Lena Hart", "said", "The vote was close", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS_AND_INSERTS)
def test_subjects_and_inserts(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TITLE_CASE: list[tuple[str, str, list[Row]]] = [
    # a title-case headline capitalises its cue too
    ("Lena Hart Says Budget Plan Is Dead", "Lena Hart spoke on Monday.",
     [("Lena Hart", "Says", "Budget Plan Is Dead", "indirect")]),
    ("Former Mayor Warns Of Floods In Dover", "The river rose.", [("Former Mayor", "Warns Of", "Floods In Dover", "indirect")]),
    ("Who Says What In The Budget Fight", "The river rose.", []),
]


@pytest.mark.parametrize(("title", "text", "expected"), TITLE_CASE)
def test_title_case_cues(title: str, text: str, expected: list[Row]) -> None:
    assert [r for r in run(text, title=title) if r[1] != "spoke"] == expected


CAPITALISED_BEFORE_QUOTES: list[tuple[str, list[Row]]] = [
    # a capitalised word before a quote is a name or a noun, not the quote's cue
    ("Lena Hart said the United States \"must do more to help.\"",
     [("Lena Hart", "said", "the United States \"must do more to help.\"", "mixed")]),
    ("She boasted that the plan she pushed as Secretary of State \"did not cost a cent.\"",
     [("She", "boasted", "the plan she pushed as Secretary of State \"did not cost a cent.\"", "mixed")]),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALISED_BEFORE_QUOTES)
def test_capitalised_words_before_quotes(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SUBJECT_PAST_INSERTS: list[tuple[str, list[Row]]] = [
    # a relative clause between commas is dropped whole, past a coordinator or complementizer inside it
    ("Lena Hart, who has relied on anger and fear in her campaign, has said the town needs a wall.",
     [("Lena Hart", "said", "the town needs a wall", "indirect")]),
    ("Tom Vale, who said at a hearing that he never saw the contract, recalled that the lawyer threatened him.",
     [("who", "said", "he never saw the contract", "indirect"),
      ("Tom Vale", "recalled", "the lawyer threatened him", "indirect")]),
    # names coordinated inside a fronted phrase are no subject
    ("In an interview with radio hosts Tom Vale and Ann Berg, the mayor stated that the plan was dead.",
     [("the mayor", "stated", "the plan was dead", "indirect")]),
    ("Tom Vale and Ann Berg, both lawyers, said the plan was dead.",
     [("Tom Vale and Ann Berg", "said", "the plan was dead", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_PAST_INSERTS)
def test_subject_past_inserts(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TAGS_AND_PREPOSITIONS: list[tuple[str, list[Row]]] = [
    # an interpolated tag after a subject whose noun is spelt like a verb, or after a copula
    ("Price estimates, he added, were drawn from an old survey.",
     [("he", "added", "Price estimates were drawn from an old survey", "indirect")]),
    ("It was, he said, one of the worst days.", [("he", "said", "It was one of the worst days", "indirect")]),
    # "as reported by X" is a prepositional cue
    ("The attack, as reported by the Dover Post, killed two men.",
     [("the Dover Post", "as reported by", "The attack killed two men", "indirect")]),
    # "according to X" inside a sentence stops at the next clause after a comma
    ("Hart leads Moss by 27 delegates according to a count by the Dover Post, but Moss has vowed to fight on.",
     [("a count by the Dover Post", "according to", "Hart leads Moss by 27 delegates", "indirect"),
      ("Moss", "vowed", "to fight on", "indirect")]),
    ("The plan failed, Moss said to reporters.", [("Moss", "said", "The plan failed", "indirect")]),
    # a passive "was told": whoever heard it is no source (but "the jury was told"); with a clause, the clause is
    # reported with no source (whoever told it goes unnamed: englishshapes.told_passive)
    ("The mayor was told of the risk in May.", []),
    ("Hart had been told that she would lose.", [(None, "had been told", "she would lose", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), TAGS_AND_PREPOSITIONS)
def test_tags_and_prepositions(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


RESTRICTIVE_RELATIVES: list[tuple[str, list[Row]]] = [
    # "who" after a noun speaks for it; the content ends before the main clause's verb
    ("The party gave fuel to critics who say the plan is a trap.", [("who", "say", "the plan is a trap", "indirect")]),
    ("Hart won among voters who said Wall Street does more harm.",
     [("who", "said", "Wall Street does more harm", "indirect")]),
    ("Voters who said they would vote backed Hart.", [("who", "said", "they would vote", "indirect")]),
    ("Among those who say they are farmers, Hart leads by ten points.",
     [("who", "say", "they are farmers", "indirect")]),
    ("Two other women who accused the mayor of fraud said they also received calls.",
     [("Two other women who accused the mayor of fraud", "said", "they also received calls", "indirect")]),
    # no clause reported: an object, an infinitive, a recipient
    ("The reporter who wrote the profile left.", []),
    ("Analysts who claim to find the plan better than the old one are wrong.", []),
    # a question word is no relative
    ("Who said the plan was dead?", []),
    ("It is unclear who said it.", []),
]


@pytest.mark.parametrize(("text", "expected"), RESTRICTIVE_RELATIVES)
def test_restrictive_relatives(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_a_restrictive_relative_names_its_antecedent() -> None:
    art = Article(title=None, body=("The party gave fuel to critics who say the plan is a trap.",), language="en")
    assert [(a.source, a.source_name) for a in attribute(art)] == [("who", "critics")]


TAGS_BEFORE_QUOTES: list[tuple[str, list[Row]]] = [
    # a recipient or a place between the cue and a comma before the quote
    ("Lena Hart wrote to her Twitter followers, “It is time to end this.”",
     [("Lena Hart", "wrote", "It is time to end this", "direct")]),
    ("She said in a speech, “We will win.”", [("She", "said", "We will win", "direct")]),
    ("She spoke about the war, “We will win.”", []),
]


@pytest.mark.parametrize(("text", "expected"), TAGS_BEFORE_QUOTES)
def test_tags_before_quotes(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TAGS_AFTER_QUOTES: list[tuple[str, list[Row]]] = [
    # words between a quote and ", said X" go on with the quote: the speaker follows the cue
    ("“We are extremely happy” about the decision, said Ann Berg, director of the union.",
     [("Ann Berg", "said", "We are extremely happy", "direct")]),
    ("“They have no choice” but to take the lead, says Tom Vale, a consultant in Dover.",
     [("Tom Vale", "says", "They have no choice", "direct")]),
    ("“They are panicking,” the party’s chair, Tom Vale, told the newspaper Dover Post.",
     [("the party’s chair, Tom Vale", "told", "They are panicking", "direct")]),
    # a tag after a second quote is that quote's, and the first one is part of the same content
    ("''Family people'' are ''not out to hurt anyone,'' he said.",
     [("he", "said", "''Family people'' are ''not out to hurt anyone,''", "mixed")]),
]


@pytest.mark.parametrize(("text", "expected"), TAGS_AFTER_QUOTES)
def test_tags_after_quotes(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


WRITTEN_THINGS: list[tuple[str, list[Row]]] = [
    # a thing written is no words reported; a clause after "wrote" is
    ("Former governor Ann Berg wrote the foreword to a cookbook.", []),
    ("She wrote a children's book about the river.", []),
    ("Tom Vale wrote the plan had failed.", [("Tom Vale", "wrote", "the plan had failed", "indirect")]),
    # "reported" with a figure reports it
    ("Officials in Dover reported a death toll of 40.", [("Officials in Dover", "reported", "a death toll of 40", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN_THINGS)
def test_written_things(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


STATES_AS_NOUNS: list[tuple[str, list[Row]]] = [
    # "states" closing a phrase that no comma opens is a noun, and so it is before a relative clause
    ("He won in Kent and has built groups in Essex and Super Tuesday states.", []),
    ("The idea might work in the most rural and most urban states, where few voters decide.", []),
    ("Voters went to the polls in Dover and York, Rust Belt states that have suffered from the loss of jobs.", []),
    ("The river is polluted, the report states.", [("the report", "states", "The river is polluted", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), STATES_AS_NOUNS)
def test_states_as_nouns(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NEGATION_IN_CONTENT: list[tuple[str, list[Row]]] = [
    # a negation inside the reported clause is the speaker's words, not a negated cue
    ("Ann Lee says she's not just a one-issue candidate.",
     [("Ann Lee", "says", "she's not just a one-issue candidate", "indirect")]),
    ("Tom Vale, a chemistry professor, said he never saw the men together.",
     [("Tom Vale", "said", "he never saw the men together", "indirect")]),
    ("She said not a word.", []),
]


@pytest.mark.parametrize(("text", "expected"), NEGATION_IN_CONTENT)
def test_negation_in_content(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CLAUSES_AFTER_COMMA_CUES: list[tuple[str, list[Row]]] = [
    # a subject with an apposition before ", said" and a clause after it: not an inverted tag
    ("Rep. Ann Lee (D-Md.), chair of the drafting committee, said Hart didn’t appear concerned.",
     [("Rep. Ann Lee", "said", "Hart didn’t appear concerned", "indirect")]),
    ("County Chairman Tom Vale, for example, said Hart’s visit to Dover would earn attention.",
     [("County Chairman Tom Vale", "said", "Hart’s visit to Dover would earn attention", "indirect")]),
    ("The town is safe, said the mayor of Dover.", [("the mayor of Dover", "said", "The town is safe", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES_AFTER_COMMA_CUES)
def test_clauses_after_comma_cues(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PARTICIPLES_AND_FRONTED_PHRASES: list[tuple[str, list[Row]]] = [
    # a fronted phrase after "that" is part of the content, not a tag's adverbial
    ("Tom Vale, a professor at the school, noted that in Spain, small parties never grew.",
     [("Tom Vale", "noted", "in Spain, small parties never grew", "indirect")]),
    ("The plan failed, Tom Vale told Reuters on Tuesday, speaking on condition of anonymity.",
     [("Tom Vale", "told", "The plan failed", "indirect")]),
    # a participle after a comma with a time phrase is no tag and has no speaker
    ("The police noted that in the fire, reported after 5 p.m., two men died.",
     [("The police", "noted", "in the fire, reported after 5 p.m., two men died", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES_AND_FRONTED_PHRASES)
def test_participles_and_fronted_phrases(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INTERPOLATED_TAGS: list[tuple[str, list[Row]]] = [
    # the words after an interpolated tag go on with the sentence, whatever stands before it
    ("Unless towns build more walls, the experts say, the river could flood the valley.",
     [("the experts", "say", "Unless towns build more walls the river could flood the valley", "indirect")]),
    ("By closing the gate, Ms. Lee said, the town saves money.",
     [("Ms. Lee", "said", "By closing the gate the town saves money", "indirect")]),
    # not a participle or a coordinated clause after it
    # (the reason cited after it is the speaker's own record: en41, citedreason.reason_cited)
    ("Prices rose, the bank said, citing weak demand.",
     [("the bank", "said", "Prices rose", "indirect"), ("the bank", "citing", "weak demand", "indirect")]),
    ("The bridge is closed, she said, and the detour will last weeks.",
     [("she", "said", "The bridge is closed", "indirect")]),
    ("The town, officials said, adding that it was safe.",
     [("officials", "said", "The town", "indirect"), ("officials", "adding", "it was safe", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), INTERPOLATED_TAGS)
def test_interpolated_tags(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


MANNER_TAGS: list[tuple[str, list[Row]]] = [
    # verbs of manner report in a quotation's tag, and an adverb may stand before the colon
    ("Lund replied sharply, with a grin: “Ask me again next year.”",
     [("Lund", "replied", "Ask me again next year", "direct")]),
    ("Hart gestured to stop the noise, then leaned in and boomed: “Let us win in November.”",
     [("Hart", "boomed", "Let us win in November", "direct")]),
    ("“We won,” she laughed.", [("she", "laughed", "We won", "direct")]),
    ("She laughed at the joke.", []),
]


@pytest.mark.parametrize(("text", "expected"), MANNER_TAGS)
def test_manner_tags(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INSERTS_AROUND_CUES: list[tuple[str, list[Row]]] = [
    # an insert between dashes before the cue: the subject stands before it
    ("The judge — who has been in a fight with the mayor — said she regretted her remarks.",
     [("The judge", "said", "she regretted her remarks", "indirect")]),
    ("The judge -- who has been in a fight with the mayor -- said she regretted her remarks.",
     [("The judge", "said", "she regretted her remarks", "indirect")]),
    # a comma insert after "that" opens the content
    ("Party officials say that, even if they wanted it, a recount could not be done.",
     [("Party officials", "say", "even if they wanted it, a recount could not be done", "indirect")]),
    # a prepositional phrase after the cue is no object written; "At least" opens a subject
    ("Tom Vale wrote in both listings he was honored to announce the sale.",
     [("Tom Vale", "wrote", "in both listings he was honored to announce the sale", "indirect")]),
    ("At least a dozen members of the council told the Dover Post she thinks the seat is within reach.",
     [("At least a dozen members of the council", "told", "she thinks the seat is within reach", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), INSERTS_AROUND_CUES)
def test_inserts_around_cues(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PARTICIPLE_SPEAKERS: list[tuple[str, list[Row]]] = [
    # a fronted perfect participle clause: its speaker is the subject after it
    ("Having declared that she would not fine the club, Judge Mara Quinn went on to ban its coach.",
     [("Judge Mara Quinn", "declared", "she would not fine the club", "indirect")]),
    # "before adding:" shares the main clause's speaker
    ("\"Nothing you can do,\" Hart said before adding: \"Maybe there is a way.\"",
     [("Hart", "said", "Nothing you can do", "direct"), ("Hart", "adding", "Maybe there is a way", "direct")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_SPEAKERS)
def test_participle_speakers(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
