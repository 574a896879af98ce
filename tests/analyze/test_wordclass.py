"""Verb or noun (analyze/wordclass.py): a cue form that is also a noun, read from the words around it."""
from __future__ import annotations

import pytest

from enligt.analyze.cues import lexicon
from enligt.analyze.sentences import tokenize
from enligt.analyze.wordclass import nominal


def is_noun(sentence: str) -> bool:
    """Whether the word in [brackets] reads as a noun."""
    word = sentence[sentence.index("[") + 1:sentence.index("]")]
    text = sentence.replace("[", "").replace("]", "")
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.text == word and t.start == sentence.index("["))
    return nominal(toks, 0, i, len(toks), lexicon("en"))


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        # nouns: a determiner, a preposition, a genitive or a number before; a subject's verb after
        ("The governor returned to his home [state] on Friday.", True),
        ("She served as secretary of [state] for four years.", True),
        ("The candidates campaigned in 30 [states] last week.", True),
        ("Two [states] will vote on Tuesday.", True),
        ("The senator rejected Moscow's [claim] outright.", True),
        ("The jobs [report] was released on Friday.", True),
        ("A few [states] have yet to vote.", True),
        ("Voters in the early [states] are still undecided.", True),
        ("He sent the ads to swing [states] in the north.", True),
        ("All five [states] held primaries.", True),
        ("There were [claims] of fraud in the count.", True),
        ("The new [report] says the river is polluted.", True),
        ("A local news [report] published on Monday gave the figure.", True),
        ("Fighting broke out in Baga, a town in Kano [state], and spread.", True),
        # verbs: a subject before, an object or a clause after
        ("Exports fell in May, data from the Energy Agency [show].", False),
        ("The council [states] that the road will close.", False),
        ("The document [states] that the fee is due in May.", False),
        ("The fee is due in May, the document [states].", False),
        ("A recent poll [shows] the mayor ahead.", False),
        ("Officials [report] that the bridge is safe.", False),
        ("Most residents [fear] the plant will close.", False),
        ("Many [fear] the worst.", False),
        ("The mayor [claims] the bridge is safe.", False),
        ("He declined to [state] his reasons.", False),
        ("The Harbour Gazette [reports] that the ferry is late.", False),
        ("Records from the port authority [show] the ship left late.", False),
    ],
)
def test_verb_or_noun(sentence: str, noun: bool) -> None:
    assert is_noun(sentence) is noun


def test_words_that_are_no_nouns_are_never_nominal() -> None:
    toks = tokenize("The officials said the road was closed.")
    assert not nominal(toks, 0, 2, len(toks), lexicon("en"))


@pytest.mark.parametrize("lang", ["sv", "no", "da", "de"])
def test_other_languages_have_no_noun_verbs(lang: str) -> None:
    toks = tokenize("the state the report")
    assert not any(nominal(toks, 0, k, len(toks), lexicon(lang)) for k in range(len(toks)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Bank statements handed to the court [show] that the money left in May.",
        "Letters found in Mr Lee's office [show] him asking for the keys.",
        "Drone footage filmed by residents [shows] smoke over the harbour.",
        "Prices rose sharply, figures from the statistics office [show].",
    ],
)
def test_a_subject_with_a_prepositional_phrase_keeps_its_verb(sentence: str) -> None:
    assert not is_noun(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator won Florida, beating his rival in his home [state].",
        "She leads in other Western [states], the poll shows.",
        "He will gain 20 delegates in that [state] alone.",
        "Iowa, the first [state] to vote, is small.",
    ],
)
def test_more_nouns(sentence: str) -> None:
    assert is_noun(sentence)


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        # a bare form after a singular modifier ends a noun phrase: its verb would need a plural subject
        ("He became famous as the star of the cable reality [show] \"Big Kitchen\".", True),
        ("He returned to Ohio, a swing [state], on Friday.", True),
        ("The cooking [show] \"Hot Pans\" ran for ten years.", True),
        ("She was the host of a late-night radio [show] in Denver.", True),
        ("He was a contestant on the network's reality TV [show] \"Big Kitchen\".", True),
        ("The US [claim] that the ship was armed was disputed.", True),
        # plural subjects keep their verb: a plural, a collective, a name, a participle's phrase
        ("The police [report] that the road is closed.", False),
        ("The early polls [show] him ahead.", False),
        ("Campaign finance records [show] that she raised more.", False),
        ("Figures from the statistics office [show] that rents rose.", False),
        ("Letters sent to the mayor [show] that the plan was known.", False),
        ("The media [report] that the talks failed.", False),
        ("The elderly [fear] that the clinic will close.", False),
    ],
)
def test_a_bare_form_after_a_singular_modifier(sentence: str, noun: bool) -> None:
    assert is_noun(sentence) is noun


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        # a plural inside a prepositional phrase, then "that" and an auxiliary, modal or "be": a relative clause
        ("The party will spend most in the large [states] that have early primaries.", True),
        ("Aid went to several coastal [states] that were hit by the storm.", True),
        ("Money flowed to the rural [states] that will vote first.", True),
        # ... or a subordinator: a clause of its own, no object of a verb
        ("Growers care less about tariff [promises] because prices are low.", True),
        ("She did well in the southern [states] after the debate.", True),
        ("Money flowed to the rural [states] while the cities waited.", True),
        # a subject with a prepositional phrase still keeps its verb before a clause
        ("A survey of the farmers [shows] that prices are low.", False),
        ("A letter from the mayor [states] that the bridge will close.", False),
        ("A study of the voters [shows] the governor ahead.", False),
    ],
)
def test_a_plural_in_a_phrase_before_a_relative_or_subordinate_clause(sentence: str, noun: bool) -> None:
    assert is_noun(sentence) is noun


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        # a verb's object: a past form, an irregular verb or a verb that takes a report, one or two bare modifiers
        ("The minister cited news [reports] that the mine would close.", True),
        ("The company denied media [claims] that it had cut jobs.", True),
        ("The mayor rejected opposition [claims] about the budget.", True),
        ("Volunteers made phone [calls] over the weekend.", True),
        ("The station hosted late-night talk [shows] for years.", True),
        ("Officials quoting local press [reports] said the dam held.", True),
        # a verb of saying or believing takes a clause whose bare subject has its own verb
        ("The minister said research [shows] that the mine is safe.", False),
        ("He added that evidence [shows] the plan worked.", False),
        ("The analyst noted demand [shows] no sign of slowing.", False),
        # an adjective in -ed after a determiner belongs to the subject
        ("The embattled company [claims] that it did nothing wrong.", False),
        ("An unnamed official [claims] that the road is safe.", False),
    ],
)
def test_a_plural_form_after_a_verb_and_its_modifiers(sentence: str, noun: bool) -> None:
    assert is_noun(sentence) is noun


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        # en44: a plural genitive, its apostrophe a token of its own, before the form: the owner's noun
        ("Profits fell short of economists' [estimates] this spring.", True),
        ("The board dismissed the tenants’ [claims] as late.", True),
        ("The union said the nurses' [fears] were real.", True),
        # a plural subject with no apostrophe keeps its verb
        ("The nurses [fear] the ward will close.", False),
    ],
)
def test_a_plural_genitive_before_the_form(sentence: str, noun: bool) -> None:
    assert is_noun(sentence) is noun
