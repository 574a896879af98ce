"""English constructions of real news text (issue 10), end to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import Full, full_rows, kind_rows
from .conftest import KindRow as Row


def run(text: str, title: str | None = None) -> list[Row]:
    return kind_rows(text, "en", title)


QUOTES: list[tuple[str, list[Row]]] = [
    # a tag-only verb before a comma and a quote gives way to a speech tag after the quote
    ("Talks went on, “We will not give up,” the union said.",
     [("the union", "said", "We will not give up", "direct")]),
    ("When a man in the crowd shouted, “Lund,” the mayor joked, “Come on up!”",
     [("a man in the crowd", "shouted", "Lund", "direct"), ("the mayor", "joked", "Come on up!", "direct")]),
    # two single marks printed for a double quote
    ("''The yard will close in June,'' a company director told the staff.",
     [("a company director", "told", "The yard will close in June", "direct")]),
    ("''We have done nothing wrong,'' she said. ''We will appeal.''",
     [("she", "said", "We have done nothing wrong We will appeal", "direct")]),
    # a tag with its own quote after a first record's quote: not joined to the first
    ("''The plant is closing,'' the manager told workers. As the crowd booed, the manager said, ''Please sit down.''",
     [("the manager", "told", "The plant is closing", "direct"), ("the manager", "said", "Please sit down", "direct")]),
    # a partial quote before the tag: the marks belong to the content, not to the source
    ("On the night shift, “we barely see daylight,” one nurse said.",
     [("one nurse", "said", "On the night shift, “we barely see daylight,”", "mixed")]),
    # a tagless quote after a record's tag is one more part of that record
    ("On the night shift, “we barely see daylight,” one nurse said. “Nobody has asked us.”",
     [("one nurse", "said", "On the night shift, “we barely see daylight,” Nobody has asked us", "mixed")]),
    ("Officials said the pier would reopen in May. “Repairs are going well.”",
     [("Officials", "said", "the pier would reopen in May Repairs are going well", "mixed")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NOUNS: list[tuple[str, list[Row]]] = [
    ("The governor flew back to his home state on Sunday.", []),
    ("She was secretary of state for four years.", []),
    ("The jobs report was released on Friday.", []),
    ("The candidate won in 12 states and lost in three states.", []),
    ("The agency rejected Moscow's claim outright.", []),
    ("The report states that the river is polluted.", [("The report", "states", "the river is polluted", "indirect")]),
    ("The river is polluted, the report states.", [("the report", "states", "The river is polluted", "indirect")]),
    # "states" reports only before "that", a colon or a quote, or closing a tag (class that)
    ("Volunteers in battleground states knocked on doors all weekend.", []),
    ("The plan states clear goals for the region.", []),
    # verbs that also do other things report before "that" or in a tag (class that)
    ("Prosecutors charged that the mayor took bribes.",
     [("Prosecutors", "charged", "the mayor took bribes", "indirect")]),
    ("“It was a mistake,” the minister conceded.", [("the minister", "conceded", "It was a mistake", "direct")]),
    ("The mayor was charged with fraud.", []),
    ("She stressed the point twice.", []),
    ("The charter states: “Every member has one vote.”",
     [("The charter", "states", "Every member has one vote", "direct")]),
]


@pytest.mark.parametrize(("text", "expected"), NOUNS)
def test_nouns_spelt_like_cues(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CONTINUATIONS: list[tuple[str, list[Row]]] = [
    # a quote paragraph after a tagged one goes on with its speaker (one record per paragraph)
    ("“The water came in minutes,” said Ann Lee, a farmer.\n\n“We lost the whole harvest.”",
     [("Ann Lee", "said", "The water came in minutes", "direct"),
      ("Ann Lee", None, "We lost the whole harvest", "direct")]),
    # a speaker named by a pronoun: the continuation's source is that pronoun where it is written
    ("Ann Lee farms near the river.\n\n“The water came in minutes,” she said.\n\n“We lost the whole harvest.”",
     [("she", "said", "The water came in minutes", "direct"), ("she", None, "We lost the whole harvest", "direct")]),
    # a quoted phrase that opens a paragraph of the writer's own words is no continuation
    (("“The water came in minutes,” said Ann Lee, a farmer.\n\n“Old hands” in the valley remember the floods of "
     "1990, when the river rose for a week."), [("Ann Lee", "said", "The water came in minutes", "direct")]),
    # English writes no speech with a dash: a heading or a sign-off is no continuation
    ("“The water came in minutes,” said Ann Lee, a farmer.\n\n– Harvest lost –.\n\n- Tom Vale.",
     [("Ann Lee", "said", "The water came in minutes", "direct")]),
    # nor is a quoted label in title case
    ("“The water came in minutes,” said Ann Lee, a farmer.\n\n“Never Again In This Valley”",
     [("Ann Lee", "said", "The water came in minutes", "direct")]),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUATIONS)
def test_continuations(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


VERBS: list[tuple[str, list[Row]]] = [
    # participles: the subject of the main clause speaks
    ("The union rejected the offer, saying it was far too low.",
     [("The union", "saying", "it was far too low", "indirect")]),
    (("The mayor spoke for an hour, telling reporters that the bridge was safe and adding that repairs would "
     "start soon."), [("The mayor", "telling", "the bridge was safe", "indirect"),
                     ("The mayor", "adding", "repairs would start soon", "indirect")]),
    ("The minister said the port would stay open, adding that more ships were on the way.",
     [("The minister", "said", "the port would stay open", "indirect"),
      ("The minister", "adding", "more ships were on the way", "indirect")]),
    ("After saying he was tired, the coach left the room.", [("the coach", "saying", "he was tired", "indirect")]),
    ("She answered by saying the rules were clear.", [("She", "saying", "the rules were clear", "indirect")]),
    ("The pilot is saying that the engine failed.", [("The pilot", "saying", "the engine failed", "indirect")]),
    ("Keep saying it.", []),
    # past fronted phrases, a place that goes on from one, and a leading coordinator to the main clause's subject
    ("At a rally in Leeds, West Yorkshire, on Friday, Ann Lee thanked the crowd, saying the fight was not over.",
     [("Ann Lee", "saying", "the fight was not over", "indirect")]),
    ("Here in Hull, the minister praised the dockers, saying they had saved the port.",
     [("the minister", "saying", "they had saved the port", "indirect")]),
    ("The next month, a former clerk sued the council, claiming he was fired unfairly.",
     [("a former clerk", "claiming", "he was fired unfairly", "indirect")]),
    ("And then the coach went on the attack, saying the referee was biased.",
     [("the coach", "saying", "the referee was biased", "indirect")]),
    ("Then he turned on his rival, calling him “a fraud.”", [("he", "calling", "him “a fraud.”", "mixed")]),
    ("Alongside the protests, even a top adviser said the plan had failed, saying it was too late.",
     [("a top adviser", "said", "the plan had failed", "indirect"),
      ("a top adviser", "saying", "it was too late", "indirect")]),
    # a preposition ("went after") or a programme's name ("Morning Live") closes no time phrase
    ("Ann Lee went after Tom Vale on Monday, calling him “a fraud.”",
     [("Ann Lee", "calling", "him “a fraud.”", "mixed")]),
    ("Tom Vale trashed the plan on “Morning Live,” calling it a disaster.",
     [("Tom Vale", "calling", "it a disaster", "indirect")]),
    # a participle before a quote: the main clause's subject, not the phrase before the comma
    ("In York, Tom Vale stepped up his attacks on the council, saying, “It has failed us.”",
     [("Tom Vale", "saying", "It has failed us", "direct")]),
    # questions: with a question word only
    ("The senator asked whether the law applied to farmers.",
     [("The senator", "asked", "whether the law applied to farmers", "indirect")]),
    ("The judge asked the witness why he had waited.",
     [("The judge", "asked", "why he had waited", "indirect")]),
    ("The guard asked them to wait outside.", []),
    ("She waved and smiled for cameras and asked nurses if they would stay.",
     [("She", "asked", "if they would stay", "indirect")]),
    ("She was asked whether she would run.", []),
    # naming: the object and what it is called
    ("The opposition leader called the budget a disgrace.",
     [("The opposition leader", "called", "the budget a disgrace", "indirect")]),
    ("Critics called him “unfit to serve,” saying he had lied.",
     [("Critics", "called", "him “unfit to serve,”", "mixed"), ("Critics", "saying", "he had lied", "indirect")]),
    ("The governor called for calm.", []),
    ("The neighbours called the police.", []),
    ("The party called a press conference on Monday.", []),
    # other verbs of reporting
    ("The report noted that crime had fallen.", [("The report", "noted", "crime had fallen", "indirect")]),
    ("The coach described the match as a disaster.",
     [("The coach", "described", "the match as a disaster", "indirect")]),
    ("A survey of farmers found that prices rose.",
     [("A survey of farmers", "found", "prices rose", "indirect")]),
    ("The driver found a wallet on the seat.", []),
    # evidence verbs with a document-like subject (source_types.tsv: polling, results, numbers, …)
    ("Exit polling showed that the mayor won every group.",
     [("Exit polling", "showed", "the mayor won every group", "indirect")]),
    ("The numbers show that turnout fell.", [("The numbers", "show", "turnout fell", "indirect")]),
    ("The mayor tweeted that the roads were clear.", [("The mayor", "tweeted", "the roads were clear", "indirect")]),
    # forms of listed cues: "predicts", "promises"; participles "promising", "vowing"
    ("The analyst predicts that rates will fall next year.",
     [("The analyst", "predicts", "rates will fall next year", "indirect")]),
    ("The chairman promises the plant will stay open.",
     [("The chairman", "promises", "the plant will stay open", "indirect")]),
    ("The mayor rallied supporters in the square, promising that taxes would fall.",
     [("The mayor", "promising", "taxes would fall", "indirect")]),
    ("The union walked out on Monday, vowing that it would not return.",
     [("The union", "vowing", "it would not return", "indirect")]),
    # a share of people right before a participle speaks (`share` in function_words.tsv)
    ("The mayor has gained ground, with 30 percent of voters saying they like him.",
     [("30 percent of voters", "saying", "they like him", "indirect")]),
    ("Many shrugged, with three in 10 saying the choice would not matter.",
     [("three in 10", "saying", "the choice would not matter", "indirect")]),
    ("Voters back the mayor, with 50% saying she is ready.", [("50%", "saying", "she is ready", "indirect")]),
    ("The group has 30 members saying nothing.", []),
    # a pronoun with its verb's clitic opens the reported clause after a recipient (pronouns.tsv)
    ("Reed told the Harbor Post he’s already received hundreds of letters.",
     [("Reed", "told", "he’s already received hundreds of letters", "indirect")]),
    ("Ann Lee told voters she'd fight on.", [("Ann Lee", "told", "she'd fight on", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), VERBS)
def test_verbs(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ACCORDING: list[tuple[str, list[Row]]] = [
    ("Turnout fell by a third, according to a Harbour Gazette poll released on Monday.",
     [("a Harbour Gazette poll released", "according to", "Turnout fell by a third", "indirect")]),
    ("The ferry was late, according to Mr. Lund.", [("Mr. Lund", "according to", "The ferry was late", "indirect")]),
    ("The planes are old, according to F.A.A. records.",
     [("F.A.A. records", "according to", "The planes are old", "indirect")]),
    ("According to a Navy spokeswoman, the ship is safe.",
     [("a Navy spokeswoman", "According to", "the ship is safe", "indirect")]),
    # what ends the sentence after a final source describes it: the content is the clause before
    ("The bank lost money, according to Ann Lee, an analyst at Harbor Research.",
     [("Ann Lee", "according to", "The bank lost money", "indirect")]),
    ("The mayor's sway was large, according to officials who worked with him.",
     [("officials", "according to", "The mayor's sway was large", "indirect")]),
    ("The pilot was on the flight, according to an interview his brother gave to a radio station.",
     [("an interview", "according to", "The pilot was on the flight", "indirect")]),
    # a quote closed after its comma before the tag
    ("The talks go on, “there is a new effort,” according to a senior official who asked not to be named.",
     [("a senior official", "according to", "The talks go on, “there is a new effort,”", "mixed")]),
    # a plan word that only modifies the head is no plan; a plan is one
    ("According to law enforcement officials, the van was stolen.",
     [("law enforcement officials", "According to", "the van was stolen", "indirect")]),
    ("According to state law, no one may campaign near a polling place.", []),
    # after a fronted subordinate clause, only the main clause
    ("While most files were marked confidential, according to an official, two were marked secret.",
     [("an official", "according to", "two were marked secret", "indirect")]),
    # set between commas inside the clause: both parts
    ("The economy, according to the bank, grew by 3 percent.",
     [("the bank", "according to", "The economy grew by 3 percent", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING)
def test_according_to(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TAGS: list[tuple[str, list[Row]]] = [
    # a subordinate clause after a speaker named after the cue is no part of the speaker
    ("“We can win,” said Ann Lee as she closed the rally.", [("Ann Lee", "said", "We can win", "direct")]),
    ("“We can win,” said the mayor while the crowd cheered.", [("the mayor", "said", "We can win", "direct")]),
    ("“We can win,” said Tom Reed when asked about the vote.", [("Tom Reed", "said", "We can win", "direct")]),
    # an abbreviation's full stop does not end the tag
    ("''The voters are angry,'' Mr. Gale said, ''and they will not be calmed by a speech.''",
     [("Mr. Gale", "said", "The voters are angry and they will not be calmed by a speech", "direct")]),
    # a tag sentence with a relative clause, then a second quote: one record
    ("''Cycling is a political act,'' said Ms. Roe, whose family moved to the city in 2009. ''It takes back the streets.''",
     [("Ms. Roe", "said", "Cycling is a political act It takes back the streets", "direct")]),
    # a spaced closing quote after a single one: '… important,' "
    ("\"They dig up something he said and call it 'very serious,' \" Ms. Roe said.",
     [("Ms. Roe", "said", "They dig up something he said and call it 'very serious,'", "direct")]),
    # a single quote closed together with the double one (three marks) ends before the tag
    ("''I saw it on 'The Morning Show,''' said Ann Lee, a former aide.",
     [("Ann Lee", "said", "'I saw it on 'The Morning Show,''", "direct")]),
    # "went on to say": one cue; a cue after "and" before a quote takes the main clause's subject
    ("She went on to say: “Nobody will back him.”", [("She", "went on to say", "Nobody will back him", "direct")]),
    ("The report goes on to say that the river is dying.",
     [("The report", "goes on to say", "the river is dying", "indirect")]),
    ("The team went on to win the cup.", []),
    ("The mayor cut the ribbon and declared: “The bridge is open.”",
     [("The mayor", "declared", "The bridge is open", "direct")]),
    # verbs that report only in a quotation's tag (class tag)
    ("“The roads are a disgrace,” the councillor continued.",
     [("the councillor", "continued", "The roads are a disgrace", "direct")]),
    ("“We will be back,” Ann Lee concluded.", [("Ann Lee", "concluded", "We will be back", "direct")]),
    ("The banner read: “Save our pier.”", [("The banner", "read", "Save our pier", "direct")]),
    ("The strike continued for a week, and she read the report twice.", []),
]


@pytest.mark.parametrize(("text", "expected"), TAGS)
def test_tags(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


BOUNDARIES: list[tuple[str, list[Row]]] = [
    # a name before its role and the tag is the source
    ("\"The ruling protects everyone,\" Robert Lund, a lawyer for one of the groups, said in a statement.",
     [("Robert Lund", "said", "The ruling protects everyone", "direct")]),
    ("The bridge will close, Ann Lee, a spokeswoman for the council, said on Monday.",
     [("Ann Lee", "said", "The bridge will close", "indirect")]),
    # a tag inside the subject: both parts
    ("The good news for the town, the mayor said, is that the road will reopen soon.",
     [("the mayor", "said", "The good news for the town is that the road will reopen soon", "indirect")]),
    # a second clause with its own speaker ends the first content
    ("She said she had no plans to move, but she said she might reconsider.",
     [("She", "said", "she had no plans to move", "indirect"), ("she", "said", "she might reconsider", "indirect")]),
    # a participle clause is no subject
    ("Having both said they want peace, the leaders met on Monday.", []),
    # a relative pronoun after a comma speaks for its antecedent; a question word does not
    ("The plan was backed by Ann Lee, who said it would save money.", [("who", "said", "it would save money", "indirect")]),
    ("Who said that taxes would rise?", []),
    # a cue coordinated after adverbs shares the main clause's subject
    ("“We will win,” he said at a rally, and then predicted: “Our support is growing.”",
     [("he", "said", "We will win", "direct"), ("he", "predicted", "Our support is growing", "direct")]),
    ("He did not name his rivals but did note that he had won most states.",
     [("He", "note", "he had won most states", "indirect")]),
    # a time or place phrase between the coordinator and the cue
    ("The mayor trimmed the budget and on Monday announced that three libraries would close.",
     [("The mayor", "announced", "three libraries would close", "indirect")]),
    ("The clerk first said he did not recall it, but in a later interview said he had deleted the files.",
     [("The clerk", "said", "he did not recall it", "indirect"),
      ("The clerk", "said", "he had deleted the files", "indirect")]),
    # a fronted phrase after a focusing adverb is no subject
    ("Even with fewer rivals in the race, some officials declared that the senator could not be stopped.",
     [("some officials", "declared", "the senator could not be stopped", "indirect")]),
    # a participle after a quote's tag shares the tag's speaker
    ("“The vote speaks volumes,” she said, adding that the union will fight on.",
     [("she", "said", "The vote speaks volumes", "direct"), ("she", "adding", "the union will fight on", "indirect")]),
    # a coordinated negated report ends the content before it
    ("The coach said he would stay for the final but did not say whether he would sign.",
     [("The coach", "said", "he would stay for the final", "indirect")]),
    # before its tag, a "but … not" clause is the speaker's own
    ("The pay is good, but it was not the money that kept her there, Ms. Lee said.",
     [("Ms. Lee", "said", "The pay is good, but it was not the money that kept her there", "indirect")]),
    # "though" alone between commas is an adverb, no clause bound
    ("Murphy, though, said he would back the plan.", [("Murphy", "said", "he would back the plan", "indirect")]),
    # a full stop before a closing double single quote ends the sentence
    ("The mayor said the pier had ''real value.'' He added that it would reopen.",
     [("The mayor", "said", "the pier had ''real value.''", "mixed"), ("He", "added", "it would reopen", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDARIES)
def test_boundaries(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FRONTED: list[tuple[str, list[Row]]] = [
    # an adverbial first is no source, nor does the next sentence inherit it
    ("Earlier Sunday, the governor said the roads were closed. He said they would reopen on Monday.",
     [("the governor", "said", "the roads were closed", "indirect"),
      ("He", "said", "they would reopen on Monday", "indirect")]),
    ("Reluctantly, the coach said he would resign.", [("the coach", "said", "he would resign", "indirect")]),
    # an "as" clause carries the tag; the main clause is the content
    ("As the Gazette reported, the mayor will resign in May.",
     [("the Gazette", "reported", "the mayor will resign in May", "indirect")]),
    ("As the crowd booed, the manager said the plant would close.",
     [("the manager", "said", "the plant would close", "indirect")]),
    # a subordinate clause without subject and verb set between commas is an insert
    ("The mayor's office, when contacted by reporters, said the pier was safe.",
     [("The mayor's office", "said", "the pier was safe", "indirect")]),
    # a fronted "if" clause, and a place that goes on after a fronted clause's own place
    ("If prices do not fall, economists say the bank will act.",
     [("economists", "say", "the bank will act", "indirect")]),
    ("Since the mine opened in 1990 in Butte, Mont., state officials say it has polluted the river.",
     [("state officials", "say", "it has polluted the river", "indirect")]),
    # a time phrase without its comma, one that goes on after "and", one opened by an adverb ("Just")
    ("A few minutes later they changed course and said the count would go on.",
     [("they", "said", "the count would go on", "indirect")]),
    ("After a week of talks on Monday and into the early hours of Tuesday, a senator said the deal was done.",
     [("a senator", "said", "the deal was done", "indirect")]),
    ("Just days before it was due to report results, the company said it had cut jobs.",
     [("the company", "said", "it had cut jobs", "indirect")]),
    ("Hours later, the mayor returned the favour, telling reporters that the vote was fair.",
     [("the mayor", "telling", "the vote was fair", "indirect")]),
    ("Sunday on a radio show, the senator said taxes would rise.",
     [("the senator", "said", "taxes would rise", "indirect")]),
    ("Courted by both parties and widely expected to win, Lund said he would wait.",
     [("Lund", "said", "he would wait", "indirect")]),
    # a relative clause after the subject is fine
    ("Ann Lee, who chairs the harbour board, said the quay would reopen.",
     [("Ann Lee", "said", "the quay would reopen", "indirect")]),
    # a phrase opened by a preposition, or closed by a time or linking word, is fronted
    ("Over coffee, the baker recalled that the mill had burned.",
     [("the baker", "recalled", "the mill had burned", "indirect")]),
    ("Despite the rain, organisers said the parade would go ahead.",
     [("organisers", "said", "the parade would go ahead", "indirect")]),
    ("Like other growers in the valley, Tom Vale said prices were falling.",
     [("Tom Vale", "said", "prices were falling", "indirect")]),
    ("A few minutes later, the referee said the match was over.",
     [("the referee", "said", "the match was over", "indirect")]),
    ("Even so, most of the tenants said they would stay.",
     [("most of the tenants", "said", "they would stay", "indirect")]),
    # a pronoun right before the cue is the subject, whatever comes before the comma
    ("If the bridge closes, she said, the ferry will be full.",
     [("she", "said", "If the bridge closes the ferry will be full", "indirect")]),
    # "even" before a name opens no fronted phrase
    ("Even Ann Lee, who backed the plan, said it had gone too far.",
     [("Ann Lee", "said", "it had gone too far", "indirect")]),
    # a state in brackets after a name ends no sentence; a participle between subject and cue ends before
    # the cue; "Let me tell you" inside the quote reports nothing
    ("Sen. Ann Lee (D-Ill.), noting the size of the crowd, said, \"Let me tell you, we will win.\"",
     [("Sen. Ann Lee (D-Ill.)", "noting", "the size of the crowd", "indirect"),
      ("Sen. Ann Lee", "said", "Let me tell you, we will win", "direct")]),
    # a name right before the cue, after a comma segment that is no name, is the subject
    ("After the mayor spoke of tolls and fees, Ann Lee said only that the plan cost too much.",
     [("Ann Lee", "said", "only that the plan cost too much", "indirect")]),
    ("Asked why the board ignored the survey of roads and costs, Tom Vale replied that it was old.",
     [("Tom Vale", "replied", "it was old", "indirect")]),
    ("Back in 2009 and 2010, the Budget Office cited the levy as a reason.",
     [("the Budget Office", "cited", "the levy as a reason", "indirect")]),
    ("First, party officials said the count would start at noon.",
     [("party officials", "said", "the count would start at noon", "indirect")]),
    ("Whether the issue is the bridge, the tolls or the ferry, Mr. Lund added, “the council will listen.”",
     [("Mr. Lund", "added", "the council will listen", "direct")]),
    # adverbs, auxiliaries and time words alone between the last comma and the cue are no subject
    ("Council members, in fact, even insist that the plan will work.",
     [("Council members", "insist", "the plan will work", "indirect")]),
    ("Republicans, whose primary is more volatile, may now ask whether the plan can work.",
     [("Republicans", "ask", "whether the plan can work", "indirect")]),
    ("Tom Vale, who backed the rival, last week said the mayor was seeking a new post.",
     [("Tom Vale", "said", "the mayor was seeking a new post", "indirect")]),
    ("Tom Vale, who backed the rival, on Friday declared the mayor a threat.",
     [("Tom Vale", "declared", "the mayor a threat", "indirect")]),
    # a name opened by an ordinal stays whole
    ("First Lady Ann Lee, speaking in Ohio, said the plan was sound.",
     [("First Lady Ann Lee", "said", "the plan was sound", "indirect")]),
    # an insert opened by a subordinator and a determiner, between commas
    ("Tom Vale, after a long pause, said the vote would be close.",
     [("Tom Vale", "said", "the vote would be close", "indirect")]),
    # time words between subject and cue are no part of the subject
    ("The senator earlier Thursday said the bill would pass.",
     [("The senator", "said", "the bill would pass", "indirect")]),
    ("Tom Vale last week said the plan was dead.",
     [("Tom Vale", "said", "the plan was dead", "indirect")]),
    ("Lund Friday told reporters that the mill would close.",
     [("Lund", "told", "the mill would close", "indirect")]),
    ("A survey published by the council last week shows that rents are rising.",
     [("A survey published by the council last week", "shows", "rents are rising", "indirect")]),
    # an apposition coordinated by "and" goes on to its comma
    ("Lund, a senator from the state of Ohio and a keen sailor, said the economy was weak.",
     [("Lund", "said", "the economy was weak", "indirect")]),
    ("Ohio delegate Tom Vale, wearing a red hat and campaign pins, said the hall was half empty.",
     [("Ohio delegate Tom Vale", "said", "the hall was half empty", "indirect")]),
    # a party and state in brackets are no role
    ("Sen. Ann Lee (D-Ohio) said the plan was a failure.",
     [("Sen. Ann Lee", "said", "the plan was a failure", "indirect")]),
    # a dateline is no subject; nor is a place before a horizontal bar
    ("LONDON, May 8 (UPI) — After the vote, the mayor's aide rallied staff, saying the fight was not over.",
     [("the mayor's aide", "saying", "the fight was not over", "indirect")]),
    ("LONDON ― The council acknowledged that the scheme had failed.",
     [("The council", "acknowledged", "the scheme had failed", "indirect")]),
    # a pronoun after an abbreviation opens the next sentence
    ("Lund spoke at a breakfast in Washington D.C. He recalled that the revolt began in 2010.",
     [("He", "recalled", "the revolt began in 2010", "indirect")]),
    # "rather" and "there" open a fronted adverbial
    ("Rather, people close to the mayor say she backs the plan.",
     [("people close to the mayor", "say", "she backs the plan", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_fronted_adverbials(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_a_paragraph_ending_in_a_cue_and_colon_introduces_the_next() -> None:
    text = ("The Times made the same claim in May, and the Gazette responded:\n\n"
            "\"If people are afraid, the answer is not to punish everyone.\"\n\nHe then declared:\n\n"
            "It is fitting that we send a message from this hall.")
    assert run(text) == [
        ("the Gazette", "responded", "If people are afraid, the answer is not to punish everyone", "direct"),
        ("He", "declared", "It is fitting that we send a message from this hall", "indirect")]


def test_a_continuation_points_to_where_its_speaker_was_named() -> None:
    art = Article(title=None, body=("“The water came fast,” said Ann Lee, a farmer.", "“We lost everything.”"),
                  language="en")
    first, cont = attribute(art)
    assert cont.cue is None and cont.source_span == first.source_span and cont.source == "Ann Lee"


UNREAL: list[tuple[str, list[Row]]] = [
    # a cue after a modal or "to" inside a quote reports nothing said; the quote's own tag stays
    ("“You could say the plan failed,” the mayor said.", [("the mayor", "said", "You could say the plan failed", "direct")]),
    ("“I would just say that we tried,” she said.", [("she", "said", "I would just say that we tried", "direct")]),
    ("“It is a strange thing to say,” the coach said.", [("the coach", "said", "It is a strange thing to say", "direct")]),
    ("The minister will tell parliament that the plan failed.", []),
    # a negation with a curly apostrophe, "cannot", a question, "let's"
    ("“They don’t say there is a problem,” she said.", [("she", "said", "They don’t say there is a problem", "direct")]),
    ("The chief cannot say whether charges will follow.", []),
    ("“What does it say about us?” the coach said.", [("the coach", "said", "What does it say about us?", "direct")]),
    ("“Let’s say they win,” the senator said.", [("the senator", "said", "Let’s say they win", "direct")]),
]


@pytest.mark.parametrize(("text", "expected"), UNREAL)
def test_cues_that_report_nothing_said(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


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
    ("Most voters say they believe the country is on the wrong track.",
     [("Most voters", "say", "they believe the country is on the wrong track", "indirect")]),
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
    ("Tom Vale, who said in an interview that he did not sign a deal, recalled that the lawyer threatened him.",
     [("who", "said", "he did not sign a deal", "indirect"),
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
    ("Cost estimates, he added, were based on a small prototype.",
     [("he", "added", "Cost estimates were based on a small prototype", "indirect")]),
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
    ("Former first lady Ann Berg wrote the introduction for a new book.", []),
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
    ("The argument might hold in the deepest red and deepest blue states, where few voters decide.", []),
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
    ("Tom Vale, a professor at the school, noted that in France, candidates did not rise.",
     [("Tom Vale", "noted", "in France, candidates did not rise", "indirect")]),
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
    ("Prices rose, the bank said, citing weak demand.", [("the bank", "said", "Prices rose", "indirect")]),
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


NAMING: list[tuple[str, list[Row]]] = [
    # a free relative names its speaker after "what"
    ("A third would be what Ann Lee called a \"let a thousand flowers bloom\" approach.",
     [("Ann Lee", "called", "a \"let a thousand flowers bloom\" approach", "mixed")]),
    # an apposition after the object, and a participle of the main clause after the complement
    ("Hart called Moss, his rival in the race, an \"empty suit.\"",
     [("Hart", "called", "Moss, his rival in the race, an \"empty suit.\"", "mixed")]),
    ("In another tweet, Hart called Moss the \"ultimate hypocrite,\" linking to a story about his trip.",
     [("Hart", "called", "Moss the \"ultimate hypocrite,\"", "mixed")]),
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
    (("Two officials familiar with the file, speaking on condition of anonymity because they were not allowed to "
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
    ("The mayor praised a plan she said would cut fares.", [("she", "said", "would cut fares", "indirect")]),
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
     [("Hart", "calling", "it one of the worst ideas in years", "indirect")]),
    ("The union backed the deal, calling the offer some of the best terms in a decade.",
     [("The union", "calling", "the offer some of the best terms in a decade", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATIVE_AND_QUOTED)
def test_negative_subjects_appositions_and_quoted_as(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INSERTED_CITING: list[tuple[str, list[Row]]] = [
    # a citing phrase between a subject and its reporting verb belongs to that report: no record of its own
    ("The Herald, citing internal memos, reported that the mill was losing money.",
     [("The Herald", "reported", "the mill was losing money", "indirect")]),
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
