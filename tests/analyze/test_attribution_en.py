"""English constructions of real news text (issue 10), end to end, one table per construction (more in
test_attribution_en_tags.py and test_attribution_en_subjects.py).

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import KindRow as Row
from .conftest import kind_rows


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
     [("the minister", "praised", "the dockers", "indirect"), ("the minister", "saying", "they had saved the port", "indirect")]),
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
    ("The chef was in the kitchen, according to an account his sister gave to a local paper.",
     [("an account", "according to", "The chef was in the kitchen", "indirect")]),
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
    ("The clerk first said he did not recall it, but in a second hearing said he had deleted the files.",
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
    ("Lund gave a talk at a lunch in Washington D.C. She recalled that the strike began in 2012.",
     [("She", "recalled", "the strike began in 2012", "indirect")]),
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
