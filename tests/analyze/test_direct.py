"""Direct speech: quotes and their tags, split quotes, continuations, headlines (analyze/direct.py)."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]


def direct(text: str, lang: str, title: str | None = None) -> list[Row]:
    art = Article(title=title, body=tuple(text.split("\n\n")), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(art) if a.kind == "direct"]


SV: list[tuple[str, list[Row]]] = [
    ("– Det är slut, säger hon.", [("hon", "säger", "Det är slut")]),
    ("– Det är slut, sa han.", [("han", "sa", "Det är slut")]),
    ("– Det är slut, sade ministern.", [("ministern", "sade", "Det är slut")]),
    ("– Det är slut, berättade kvinnan.", [("kvinnan", "berättade", "Det är slut")]),
    ("– Det är slut, skriver bolaget.", [("bolaget", "skriver", "Det är slut")]),
    ("– Det är slut. Vi åker hem, säger Anna Berg.", [("Anna Berg", "säger", "Det är slut. Vi åker hem")]),
    ("– Det är slut, säger Anna Berg, talesperson för bolaget.", [("Anna Berg", "säger", "Det är slut")]),
    ("– Det är slut, säger Anna Berg till TT.", [("Anna Berg", "säger", "Det är slut")]),
    ("– Det är slut, sa Lena Sjöberg när hon höll sitt tal.", [("Lena Sjöberg", "sa", "Det är slut")]),
    ("– Det är slut, säger kommunalrådet Gunnel Ek (S).", [("kommunalrådet Gunnel Ek (S)", "säger", "Det är slut")]),
    ("– Det är slut, menar hon.", [("hon", "menar", "Det är slut")]),
    ("– Vi har fulgt alla regler, säger vd:n.", [("vd:n", "säger", "Vi har fulgt alla regler")]),
    ("”Det är slut”, säger hon.", [("hon", "säger", "Det är slut")]),
    ("”Det är slut”, skriver Riksbanken i ett pressmeddelande.", [("Riksbanken", "skriver", "Det är slut")]),
    ("”Det är slut. Vi åker”, säger Anna Berg.", [("Anna Berg", "säger", "Det är slut. Vi åker")]),
    ("”Det är slut”, sa han.", [("han", "sa", "Det är slut")]),
    ("«Det är slut», säger hon.", [("hon", "säger", "Det är slut")]),
    ("\"Det är slut\", säger hon.", [("hon", "säger", "Det är slut")]),
    ("Hon sa: ”Det är slut.”", [("Hon", "sa", "Det är slut")]),
    ("En soldat som säger ”Vi vill hem” syns i klippet.", [("En soldat", "säger", "Vi vill hem")]),
    ("– Det är slut, säger Anna Berg.\n\n– Vi åker hem.", [("Anna Berg", "säger", "Det är slut"),
                                                          ("Anna Berg", None, "Vi åker hem")]),
    ("– Det är slut, säger Anna Berg.\n\n– Vi åker hem.\n\n– Nu.", [("Anna Berg", "säger", "Det är slut"),
                                                                   ("Anna Berg", None, "Vi åker hem"),
                                                                   ("Anna Berg", None, "Nu")]),
    ("Hon berättar att hon flydde.\n\n– Barnen grät.", [("Hon", None, "Barnen grät")]),
    ("– Vi ser nya fall, så vi förväntar oss fler, säger läkaren.",
     [("läkaren", "säger", "Vi ser nya fall, så vi förväntar oss fler")]),
    ("– Jag tror att det blir bra, säger han.", [("han", "säger", "Jag tror att det blir bra")]),
    ("Kontot ”töms”, enligt banken.", []),
    ("Det så kallade ”kriget” fortsätter.", []),
    ("– En rad utan tagg.", []),
    ("Han kallade det ”lösa antaganden”.", []),
    ("”Citat utan tagg.”", []),
    ("– Det är slut, säger hon inte.", []),
]

EN: list[tuple[str, list[Row]]] = [
    ("“It is over,” she said.", [("she", "said", "It is over")]),
    ("“It is over,” he said.", [("he", "said", "It is over")]),
    ("“It is over,” said Serhiy.", [("Serhiy", "said", "It is over")]),
    ("“It is over,” said Serhiy, a platoon commander.", [("Serhiy", "said", "It is over")]),
    ("“It is over,” the governor said.", [("the governor", "said", "It is over")]),
    ("“It is over,” one EU diplomat said.", [("one EU diplomat", "said", "It is over")]),
    ("“It is over,” the chair, Marko Heikkilä, told the newspaper.",
     [("the chair, Marko Heikkilä", "told", "It is over")]),
    ("“It is over,” a spokeswoman for the ministry told reporters in Moscow.",
     [("a spokeswoman for the ministry", "told", "It is over")]),
    ("\"It is over,\" she said.", [("she", "said", "It is over")]),
    ("“It is over,” she added.", [("she", "added", "It is over")]),
    ("“It is over,” Mr Akers said.", [("Mr Akers", "said", "It is over")]),
    ("“It is over,” she wrote on X.", [("she", "wrote", "It is over")]),
    ("“A,” she said, “B.”", [("she", "said", "A B")]),
    ("“A,” she said. “B.”", [("she", "said", "A B")]),
    ("“A,” she said. “B,” he said.", [("she", "said", "A"), ("he", "said", "B")]),
    ("The prosecutor told jurors: “This is about greed.”", [("The prosecutor", "told", "This is about greed")]),
    ("Lysenko told The Post: “We have people.”", [("Lysenko", "told", "We have people")]),
    ("Asked about it, Lysenko told The Post: “We have people.”", [("Lysenko", "told", "We have people")]),
    ("She said: “We stay.”", [("She", "said", "We stay")]),
    ("“A,” said Serhiy. “B.\n\n“C.”", [("Serhiy", "said", "A B"), ("Serhiy", None, "C")]),
    ("“A,” said Serhiy. “B.\n\n“C.\n\n“D.”", [("Serhiy", "said", "A B"), ("Serhiy", None, "C"),
                                              ("Serhiy", None, "D")]),
    ("“It is over,” she said.\n\n“We go home.”", [("she", "said", "It is over"), ("she", None, "We go home")]),
    ("“We hold,” she said, “because we must.”", [("she", "said", "We hold because we must")]),
    ("“No,” she said.", [("she", "said", "No")]),
    ("“I think it is over,” he said.", [("he", "said", "I think it is over")]),
    ("He called it “naive, not criminal”.", []),
    ("The so-called “shadow fleet” sails.", []),
    ("“A line without a tag.”", []),
    ("He said goodbye: “Take care.”", []),
    ("“It is over,” she did not say.", []),
    ("The word “never” was used, the report said.", []),
    # a sentence after a closed quote whose cue is followed by a colon or "that" opens words of its own
    ("“We are tired,” Ann Lee said. “We are not lazy.” Tom Reed said: “The strike is the bosses’ fault.”",
     [("Ann Lee", "said", "We are tired We are not lazy"), ("Tom Reed", "said", "The strike is the bosses’ fault")]),
    ("''We are tired,'' Ann Lee said. ''We are not lazy.'' Tom Reed said: ''The strike is over.''",
     [("Ann Lee", "said", "We are tired We are not lazy"), ("Tom Reed", "said", "The strike is over")]),
    ("“Let me be clear,” he wrote. “You are wrong.” He added: “That is your fault.”",
     [("he", "wrote", "Let me be clear You are wrong"), ("He", "added", "That is your fault")]),
    ("“We won.” Ann Lee said, adding that the count was slow.", [("Ann Lee", "said", "We won")]),
]


@pytest.mark.parametrize("text,expected", SV)
def test_sv(text: str, expected: list[Row]) -> None:
    if expected and expected[0][0] == "Iryna":  # a continuation after an indirect record keeps that speaker
        text = "– Det small, säger Iryna.\n\n" + text
        expected = [("Iryna", "säger", "Det small")] + expected
    assert direct(text, "sv") == expected


@pytest.mark.parametrize("text,expected", EN)
def test_en(text: str, expected: list[Row]) -> None:
    assert direct(text, "en") == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("- Vi har fulgt alle regler, siger han.", "da", [("han", "siger", "Vi har fulgt alle regler")]),
    ("– Det har aldri vært noe tema, sier han.", "no", [("han", "sier", "Det har aldri vært noe tema")]),
    ("„Wir haben gewarnt“, sagte ein Sprecher.", "de", [("ein Sprecher", "sagte", "Wir haben gewarnt")]),
])
def test_other(text: str, lang: str, expected: list[Row]) -> None:
    assert direct(text, lang) == expected


@pytest.mark.parametrize("title,body,speaker", [
    ("Mötet: ”Ni har svikit samma löfte”", "– Ni har svikit samma löfte i åtta år, sa Karin Lund.", "Karin Lund"),
    ("Rättegången – ”de visste exakt vad de gjorde”", "– De visste exakt vad de gjorde, sa Lena Sjöberg.",
     "Lena Sjöberg"),
    ("‘There is no line behind us’: troops dig in", "“There is no line behind us,” said Serhiy.", "Serhiy"),
])
def test_quote_headline(title: str, body: str, speaker: str) -> None:
    lang = "en" if "line" in title else "sv"
    rows = direct(body, lang, title=title)
    assert rows[0][:2] == (speaker, None)
