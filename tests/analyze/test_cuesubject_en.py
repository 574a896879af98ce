"""English subjects before a cue (cuesubject.py, sourcefirst.py, segments.py): inserts, verb groups, gaps, free
relatives and subordinate clauses, end to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


ING_MODIFIERS: list[tuple[str, list[Row]]] = [
    # a word in -ing before the plural noun it modifies opens a subject, not a participle clause
    ("But hacking specialists say the leaked files may be fake.",
     [("hacking specialists", "say", "the leaked files may be fake")]),
    ("Leading economists said the plan would fail.", [("Leading economists", "said", "the plan would fail")]),
    ("Having both said the plan would fail, the pair left.", []),
]


@pytest.mark.parametrize(("text", "expected"), ING_MODIFIERS)
def test_ing_modifiers(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INSERTS: list[tuple[str, list[Row]]] = [
    # a participle or prepositional insert between commas right before the cue is no subject
    ("Speaking in Leeds, Lund, without naming him, also accused Berg of lying.",
     [("Lund", "accused", "Berg of lying")]),
    ("The talks ended as Berg, contradicting Lund, said the deal was dead.",
     [("Berg", "said", "the deal was dead")]),
    ("The head of the agency, in a statement, said the plan was fine.",
     [("The head of the agency", "said", "the plan was fine")]),
    # a dashed insert before an adverb and the cue
    ("Unions -- including the teachers -- quickly accused the mayor of lying.",
     [("Unions", "accused", "the mayor of lying")]),
    # a relative pronoun, then an insert between commas: the pronoun speaks (for the phrase before it)
    ("The plan was praised by Ann Lee, who, after a long debate with the council, said the port would stay open.",
     [("who", "said", "the port would stay open")]),
    ("The mayor, after a long debate with the council, said the port would stay open.",
     [("The mayor", "said", "the port would stay open")]),
    # a role, then a full name with where the person is from: role = name, without the place
    ("One resident of the estate, Mary Cole of Elm Street, said she had waited for years.",
     [("One resident of the estate, Mary Cole", "said", "she had waited for years")]),
    ("A pastor backing the mayor, Tom Reed of Grace Church in Leeds, said he had called every pastor.",
     [("A pastor backing the mayor, Tom Reed", "said", "he had called every pastor")]),
]


@pytest.mark.parametrize(("text", "expected"), INSERTS)
def test_inserts_before_the_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


VERB_GROUPS: list[tuple[str, list[Row]]] = [
    # an auxiliary or modal opening the last segment goes on to the cue: no subject
    ("The mayor, like her staff, has always maintained that the bridge was safe.",
     [("The mayor", "maintained", "the bridge was safe")]),
    ("Ann Lee, who has in the past described the plan as a disaster, said it was fine.",
     [("who", "described", "the plan as a disaster"), ("Ann Lee", "said", "it was fine")]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_GROUPS)
def test_verb_groups_are_no_subjects(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


GAPS: list[tuple[str, list[Row]]] = [
    # a cue whose clause lacks its subject ("said could hurt"): the phrase in the relative or contact clause speaks
    ("The strike that company executives said could hurt earnings ended.",
     [("company executives", "said", "could hurt earnings ended")]),
    ("It is a shift Ann Lee said could drive voters away.", [("Ann Lee", "said", "could drive voters away")]),
    ("The town that Ann Lee said was safe flooded.", [("Ann Lee", "said", "was safe flooded")]),
]


@pytest.mark.parametrize(("text", "expected"), GAPS)
def test_gaps_after_the_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FREE_RELATIVES: list[tuple[str, list[Row]]] = [
    # "what X called “…”": X names it, also before a quote and past an apposition
    ("The city hoped to shed what Lund called “a perception problem.”", [("Lund", "called", "a perception problem")]),
    ("He guarded the votes in what Ann Lee, a former treasurer, called “trench warfare.”",
     [("Ann Lee", "called", "trench warfare")]),
]


@pytest.mark.parametrize(("text", "expected"), FREE_RELATIVES)
def test_free_relatives(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SUBORDINATE: list[tuple[str, list[Row]]] = [
    # a cue coordinated inside a subordinate clause takes that clause's subject
    ("Some in the hall cheered, and when Berg greeted the staff and said it felt good to be back, a woman waved.",
     [("Berg", "said", "it felt good to be back, a woman waved")]),
    ("Lund, though she praised Berg and said voters should hear him, stopped short of backing him.",
     [("she", "praised", "Berg"), ("she", "said", "voters should hear him, stopped short of backing him")]),
    ("She paid off half, but said the rest was not owed.", [("She", "said", "the rest was not owed")]),
    # a copula inside the first record's content is no passive before the coordinated cue
    ("Ann Lee admitted that the figure was wrong, but said her team would fix it.",
     [("Ann Lee", "admitted", "the figure was wrong"), ("Ann Lee", "said", "her team would fix it")]),
    ("He was recruited by the club, and promised a pardon.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUBORDINATE)
def test_subordinate_clause_subjects(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_about_a_number_after_the_cue_is_no_topic() -> None:
    assert run("The office said about half of the shortfall reflected lower taxes.") == [
        ("The office", "said", "about half of the shortfall reflected lower taxes")]
    assert run("He said about a dozen workers resigned.") == [("He", "said", "about a dozen workers resigned")]


def test_accused_of_in_a_headline_is_a_passive() -> None:
    assert run("The senator faced questions on Monday.", title="Senator Accused Of Hiding Cash From Voters") == [
        (None, "Accused", "Hiding Cash From Voters")]
    assert run("The senator accused of hiding cash left town.") == []


TAG_VERBS: list[tuple[str, list[Row]]] = [
    # manner verbs report words in a quotation's tag, and only there
    ("“You have to stop this now,” Vale barked.", [("Vale", "barked", "You have to stop this now")]),
    ("“Is the plan dead?” Berg questioned.", [("Berg", "questioned", "Is the plan dead?")]),
    ("“Your remark was heard around the world,” she pleaded.",
     [("she", "pleaded", "Your remark was heard around the world")]),
    # doubting an act judged reports it (issue 10, evalen43: criticism.py, sense `act`)
    ("The council questioned the plan and offered a deal.", [("The council", "questioned", "the plan")]),
    # a right double mark after a comma closes its quote though no space follows it
    ("“It has surprised me,”Berg said.", [("Berg", "said", "It has surprised me")]),
]


@pytest.mark.parametrize(("text", "expected"), TAG_VERBS)
def test_tag_verbs(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INTERPOLATED_AND_PARTICIPLE: list[tuple[str, list[Row]]] = [
    # a name right before an interpolated tag's cue is its speaker, not a name for the phrase before it
    ("Joined by trade, the two towns, Lund said, now have a rare chance to grow.",
     [("Lund", "said", "Joined by trade, the two towns now have a rare chance to grow")]),
    # a participle after a tag that closes its content: the tag's subject speaks on
    ("Vale left as soon as the meeting was over, Berg said, adding, “He was not happy.”",
     [("Berg", "said", "Vale left as soon as the meeting was over"), ("Berg", "adding", "He was not happy")]),
]


@pytest.mark.parametrize(("text", "expected"), INTERPOLATED_AND_PARTICIPLE)
def test_interpolated_tags_and_participles_after_tags(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


VERB_GROUP_AFTER_INSERT: list[tuple[str, list[Row]]] = [
    # a subordinate insert, then a form of "be" or an auxiliary before the cue: the subject stands before the insert
    ("Many growers, while still hopeful about the harvest, are warning that prices will fall.",
     [("Many growers", "warning", "prices will fall")]),
    ("The nurses, although tired after the night shift, were insisting that the ward stay open.",
     [("The nurses", "insisting", "the ward stay open")]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_GROUP_AFTER_INSERT)
def test_a_verb_group_after_an_insert(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


COORDINATED_YET: list[tuple[str, list[Row]]] = [
    # "yet" after a comma opens a new clause with its own subject, like "but"
    ("Berg ran the port for a decade, yet harbour staff stressed on Friday that he was not to blame.",
     [("harbour staff", "stressed", "he was not to blame")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_YET)
def test_yet_opens_a_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FRONTED_PHRASE_WITH_AND: list[tuple[str, list[Row]]] = [
    # a fronted phrase with "and" inside it, then a subject with its role between commas
    ("In a memo about the ferry fares and harbour fees, Ivo Brandt, head of the port, noted the “steep rise” in costs.",
     [("Ivo Brandt", "noted", "the “steep rise” in costs")]),
    ("After the storm and the floods, officials said the valley was cut off.",
     [("officials", "said", "the valley was cut off")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_PHRASE_WITH_AND)
def test_a_fronted_phrase_with_and(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FLOATING_QUANTIFIERS: list[tuple[str, list[Row]]] = [
    # "both", "all", "each" after the subject are no part of it, nor a subject of their own
    ("The two coaches both said the pitch was unsafe.", [("The two coaches", "said", "the pitch was unsafe")]),
    ("Harbour pilots — whose union was once known for its calm — both suggested the rules be changed.",
     [("Harbour pilots", "suggested", "the rules be changed")]),
    ("The bakers, who met on Monday, all said the flour price was too high.",
     [("The bakers", "said", "the flour price was too high")]),
]


@pytest.mark.parametrize(("text", "expected"), FLOATING_QUANTIFIERS)
def test_floating_quantifiers(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PARTICIPLE_INSERT_WITH_THAT: list[tuple[str, list[Row]]] = [
    # a participle insert whose clause opens with "that", perhaps with a short dashed aside inside it
    ("Berg, later claiming wrongly that the ferry was late, said he would complain.",
     [("Berg", "said", "he would complain")]),
    ("Berg, later claiming - again wrongly - that the ferry was late, said he would complain.",
     [("Berg", "said", "he would complain")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_INSERT_WITH_THAT)
def test_a_participle_insert_with_that(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


RELATIVE_AFTER_FRONTED: list[tuple[str, list[Row]]] = [
    # after a subordinator, a noun with a relative clause between commas is the subject, not a fronted clause
    ("Two weeks after the Courier, which first said it would skip the match, said it would cover it.",
     [("which", "said", "it would skip the match"), ("the Courier", "said", "it would cover it")]),
    # a fronted phrase whose last noun carries a relative clause: the main clause's subject speaks on
    ("Writing to members in Hull, which hosts the fair, Ivo Brandt praised the city but described the fees as unfair.",
     [("Ivo Brandt", "praised", "the city"), ("Ivo Brandt", "described", "the fees as unfair")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_AFTER_FRONTED)
def test_a_relative_after_a_fronted_phrase(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FREE_RELATIVE_IN_A_FRONTED_CLAUSE: list[tuple[str, list[Row]]] = [
    # "what" inside a fronted clause whose comma closes no apposition: the subject after it speaks
    ("Asked what a fair price looks like, Berg replied: “Less than now.”", [("Berg", "replied", "Less than now")]),
    # an apposition closed right before the cue still names the free relative's subject
    ("The coach mocked what Ann Lee, a former player, called “a plan.”", [("Ann Lee", "called", "a plan")]),
]


@pytest.mark.parametrize(("text", "expected"), FREE_RELATIVE_IN_A_FRONTED_CLAUSE)
def test_a_free_relative_in_a_fronted_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SUBORDINATE_THEN_COORDINATED_QUOTE: list[tuple[str, list[Row]]] = [
    # a cue coordinated inside a subordinate clause, before a quote, takes that clause's subject, past adverbs
    ("Ann Lee won applause as she thanked the village and then boomed, “You did it again.”",
     [("she", "boomed", "You did it again")]),
    ("Tom Vale started the quarrel when he raised the tolls and later said, “It was not our doing.”",
     [("he", "said", "It was not our doing")]),
]


@pytest.mark.parametrize(("text", "expected"), SUBORDINATE_THEN_COORDINATED_QUOTE)
def test_a_subordinate_clause_then_a_coordinated_quote(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FRONTED_CLAUSE_ENDS_A_REPORT: list[tuple[str, list[Row]]] = [
    # a report inside a fronted subordinate clause ends before the main clause's subject and verb
    ("While Moss admitted that the club was in debt, he insisted the season would go ahead.",
     [("Moss", "admitted", "the club was in debt"), ("he", "insisted", "the season would go ahead")]),
    ("Although Moss told the paper that he and the coach had “been close for years,” he claimed they never met.",
     [("Moss", "told", "he and the coach had “been close for years"), ("he", "claimed", "they never met")]),
    ("When Ms. Lund suggested that she resign, Mrs. Berg replied, “I am staying.”",
     [("Ms. Lund", "suggested", "she resign"), ("Mrs. Berg", "replied", "I am staying")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_CLAUSE_ENDS_A_REPORT)
def test_a_fronted_clause_ends_a_report(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_a_bracketed_sentence_is_no_subject() -> None:
    # "(… term.) Aides have also said": the bracketed sentence ends before the next one's subject
    assert run("The mayor may run again. (The law bars a third term.) Aides have also said the deputy is keen.") == [
        ("Aides", "said", "the deputy is keen")]


FRONTED_CLAUSE_BEFORE_A_NOUN_SPEAKER: list[tuple[str, list[Row]]] = [
    # the main clause after a fronted one may open with a lower-case noun phrase and its cue, or a pronoun and an
    # adverb in -ly before its verb
    ("While the mayor claimed that the bridge was safe, local engineers insist that it is failing.",
     [("the mayor", "claimed", "the bridge was safe"), ("local engineers", "insist", "it is failing")]),
    ("When Berg claimed that the tax was fair, critics argued that it hurt farmers.",
     [("Berg", "claimed", "the tax was fair"), ("critics", "argued", "it hurt farmers")]),
    ("When the mayor announced that the plan was ready, she famously called the bridge a relic.",
     [("the mayor", "announced", "the plan was ready"), ("she", "called", "the bridge a relic")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_CLAUSE_BEFORE_A_NOUN_SPEAKER)
def test_a_fronted_clause_before_a_noun_speaker(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


MANNER_ADVERBS: list[tuple[str, list[Row]]] = [
    # a lower-case adverb in -ly after a pronoun, a name or a role noun is no part of the source
    ("The mayor quickly said that the plan was ready.", [("The mayor", "said", "the plan was ready")]),
    ("Lund curtly said that the plan was dead.", [("Lund", "said", "the plan was dead")]),
    ("The victim's family said the verdict was fair.", [("The victim's family", "said", "the verdict was fair")]),
]


@pytest.mark.parametrize(("text", "expected"), MANNER_ADVERBS)
def test_manner_adverbs_are_no_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CONTACT_CLAUSE_WITH_A_NOUN_SUBJECT: list[tuple[str, list[Row]]] = [
    # a contact clause closing a main clause's noun phrase: its own subject is the source, not the main clause's
    ("The harbour is now the place county officials say the ferry might stop.",
     [("officials", "say", "the ferry might stop")]),
    ("The bridge was the first thing Dover residents said they would miss.",
     [("Dover residents", "said", "they would miss")]),
    ("Lund told the paper in a written statement that she would stay.",
     [("Lund", "told", "she would stay")]),
]


@pytest.mark.parametrize(("text", "expected"), CONTACT_CLAUSE_WITH_A_NOUN_SUBJECT)
def test_a_contact_clause_with_a_noun_subject(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CAPITALISED_ADVERB_AS_NAME: list[tuple[str, list[Row]]] = [
    # one capitalised word after a comma right before the cue is a name even if spelt like an adverb
    ("Informed of the vote, Early described it as a surprise.", [("Early", "described", "it as a surprise")]),
    ("Informed of the vote, Lund described it as a surprise.", [("Lund", "described", "it as a surprise")]),
    ("Lund, however, said the vote was a surprise.", [("Lund", "said", "the vote was a surprise")]),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALISED_ADVERB_AS_NAME)
def test_a_capitalised_adverb_as_a_name(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CONTRASTED_CLAUSE_ENDS_A_REPORT: list[tuple[str, list[Row]]] = [
    # ", but"/", though" with a speaker noun or a name and a verb: the writer's clause, not the report going on
    ("Port officials deny any link to the spill, but critics point to the records of the firm.",
     [("Port officials", "deny", "any link to the spill")]),
    ("The mayor said the bridge was safe, but Ann Lee has doubts about it.",
     [("The mayor", "said", "the bridge was safe")]),
    ("The mayor said the bridge was safe, though the council will still vote on it.",
     [("The mayor", "said", "the bridge was safe")]),
    ("The mayor said the bridge was safe, but it would need repairs.",
     [("The mayor", "said", "the bridge was safe, but it would need repairs")]),
    ("The mayor said the bridge was safe, but the repairs would cost more.",
     [("The mayor", "said", "the bridge was safe, but the repairs would cost more")]),
]


@pytest.mark.parametrize(("text", "expected"), CONTRASTED_CLAUSE_ENDS_A_REPORT)
def test_a_contrasted_clause_ends_a_report(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NAME_AFTER_A_ROLE: list[tuple[str, list[Row]]] = [
    # "role, Name, said": the source phrase runs over the name when the role opens with a determiner or number word
    ("A second, Ann Berg, said she was leaving the town.", [("A second, Ann Berg", "said", "she was leaving the town")]),
    ("One farmer near the river, Tom Vale, said the crop had failed.",
     [("One farmer near the river, Tom Vale", "said", "the crop had failed")]),
    ("Mr. Lund, whose firm, Harbex, builds ferries, said the port was too small.",
     [("Mr. Lund", "said", "the port was too small")]),
]


@pytest.mark.parametrize(("text", "expected"), NAME_AFTER_A_ROLE)
def test_the_name_after_a_role(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


COORDINATED_CUE_IN_A_COMMA_CLAUSE: list[tuple[str, list[Row]]] = [
    # a cue coordinated in a clause after a comma takes that clause's relative or personal pronoun as its subject
    ("The police interviewed Ben Vale, who saw the crash and described it in a letter.",
     [("who", "described", "it")]),  # (the medium "in a letter" frames the describing: contentstop.medium_stop)
    ("When Tom Berg was asked about the plan at the meeting, he laughed and said it was dead.",
     [("he", "said", "it was dead")]),
    ("The mayor won the vote and said the bridge was safe.", [("The mayor", "said", "the bridge was safe")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_CUE_IN_A_COMMA_CLAUSE)
def test_a_coordinated_cue_in_a_comma_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INVERTED_PRONOUN: list[tuple[str, list[Row]]] = [
    # an auxiliary before a pronoun right before the cue after a question word, a comma or "nor": the pronoun speaks
    ("Why had he claimed that the bridge was safe?", [("he", "claimed", "the bridge was safe?")]),
    ("Nor, apparently, have they warned the mayor about the bridge.",
     [("they", "warned", "the mayor about the bridge")]),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED_PRONOUN)
def test_an_inverted_pronoun(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FRONTED_CLAUSE_BEFORE_A_PREDICATE: list[tuple[str, list[Row]]] = [
    # a report in a fronted clause also ends before a pronoun or name with a modal, auxiliary or negated verb, and
    # after a focusing adverb before the subordinator ("Even as …"); a question auxiliary after the subject is no source
    ("While it does describe the plan, it doesn't tell voters much about the cost.",
     [("it", "describe", "the plan")]),
    ("Even as he accused the council of delay, Berg wouldn't directly blame the mayor.",
     [("he", "accused", "the council of delay")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_CLAUSE_BEFORE_A_PREDICATE)
def test_a_fronted_clause_before_a_predicate(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_a_coordinated_cue_after_adverbs_ends_the_first_report() -> None:
    # "… but also insisted that B": the first report ends at the coordinator; the second is its own record
    assert run("Lund conceded that the plan failed but also insisted that Berg was to blame.") == [
        ("Lund", "conceded", "the plan failed"), ("Lund", "insisted", "Berg was to blame")]


RELATIVE_CLAUSE_BEFORE_ITS_MAIN_VERB: list[tuple[str, list[Row]]] = [
    # a report in a relative clause between commas ends before the main verb, read also by the object, reflexive or
    # "to" after it ("plans to", "cast himself"); a list inside the report goes on
    ("Ann Lee, who announced a new budget on Tuesday, plans to cut spending.",
     [("who", "announced", "a new budget on Tuesday")]),
    ("Tom Vale, who cited trade and debt as his main issues, cast himself as a reformer.",
     [("who", "cited", "trade and debt as his main issues")]),
    ("Ann Lee, who said the plan was costly, slow and unfair, left the room.",
     [("who", "said", "the plan was costly, slow and unfair")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSE_BEFORE_ITS_MAIN_VERB)
def test_a_relative_clause_before_its_main_verb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_then_after_a_comma_goes_on_with_the_main_subject() -> None:
    # ", then says C": the main clause's subject speaks, not the noun phrase before the comma
    assert run("Lund jokingly offered the man a job as head of the port, then says he will welcome advice.") == [
        ("Lund", "says", "he will welcome advice")]


WRITERS_NEXT_CLAUSE: list[tuple[str, list[Row]]] = [
    # ", and" with a determiner's noun phrase and a past form in -ed: the writer's next clause ends the report, and a
    # participle after it takes that clause's subject
    ("Protest groups say the rules are unfair, and the union of the town filed a suit, saying the rules break the law.",
     [("Protest groups", "say", "the rules are unfair"), ("the union of the town", "saying", "the rules break the law")]),
    ("Lund said the costs would rise, and they would rise fast.",
     [("Lund", "said", "the costs would rise, and they would rise fast")]),
]


@pytest.mark.parametrize(("text", "expected"), WRITERS_NEXT_CLAUSE)
def test_the_writers_next_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FRONTED_LEADS: list[tuple[str, list[Row]]] = [
    # a fronted adverb or time/place phrase left without its comma is no part of the subject (segkinds.fronted_lead)
    ("Then the senator said the tax was unfair.", [("the senator", "said", "the tax was unfair")]),
    ("Now Ann Lee says the tax is unfair.", [("Ann Lee", "says", "the tax is unfair")]),
    ("On Friday the senator said the tax was unfair.", [("the senator", "said", "the tax was unfair")]),
    ("For decades some critics have said the tax was unfair.", [("some critics", "said", "the tax was unfair")]),
    ("In Ohio the mayor said the bridge was closed.", [("the mayor", "said", "the bridge was closed")]),
    ("Last week the mayor said the bridge was closed.", [("the mayor", "said", "the bridge was closed")]),
    # a quantity, a genitive and an infinitive's object stay whole
    ("At least a dozen members of the board said the bridge was closed.",
     [("At least a dozen members of the board", "said", "the bridge was closed")]),
    ("Last year’s police figures show that crime fell.", [("Last year’s police figures", "show", "crime fell")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_LEADS)
def test_fronted_leads(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FREE_RELATIVE_PROGRESSIVE: list[tuple[str, list[Row]]] = [
    # "what X are saying is that C": the progressive's auxiliary is no part of the speaker; a first person none
    ("What the unions are saying is that the plan fails the workers.",
     [("the unions", "saying", "the plan fails the workers")]),
    ("What we are saying is that the plan fails the workers.", []),
]


@pytest.mark.parametrize(("text", "expected"), FREE_RELATIVE_PROGRESSIVE)
def test_a_free_relative_with_a_progressive(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
