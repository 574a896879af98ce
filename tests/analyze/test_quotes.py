"""Quote pairing, dash speech and content trimming (analyze/quotes.py)."""
from __future__ import annotations

import pytest

from enligt.analyze.quotes import dash_quote, find_quotes, has_quote, trim


def inner(text: str) -> list[str]:
    return [text[q.open + 1:q.close] for q in find_quotes(text, 0, len(text))]


SV = [
    ("”Det är slut”, säger hon.", ["Det är slut"]),
    ("Han kallade dem ”kanonmat” i ett klipp.", ["kanonmat"]),
    ("”A”, säger hon, ”B.”", ["A", "B."]),
    ("Ingen citat här.", []),
    ("Hon sa ”ja” och ”nej”.", ["ja", "nej"]),
    ("”Vi har callcenter här”, sa han.", ["Vi har callcenter här"]),
    ("«Det stämmer inte», säger hon.", ["Det stämmer inte"]),
    ("\"Rakt citat\", skriver TT.", ["Rakt citat"]),
    ("Ett ”lösa antaganden”-resonemang.", ["lösa antaganden"]),
    ("”Hela stycket är ett citat.", ["Hela stycket är ett citat."]),
    ("Bolagets vd:s besked kom i dag.", []),
    ("”Första. Andra. Tredje”, sa hon.", ["Första. Andra. Tredje"]),
    ("Han skrev: ”Vi kommer.”", ["Vi kommer."]),
    ("– Det här är inget citat med tecken, säger han.", []),
    ("(”parentes”)", ["parentes"]),
    ("”Ett” ”två” ”tre”", ["Ett", "två", "tre"]),
    ("Det så kallade ”kriget” fortsätter.", ["kriget"]),
    ("”Kontot är under attack just nu”", ["Kontot är under attack just nu"]),
    ("Hon svarade: ”Nej!”", ["Nej!"]),
    ("”Vad?” frågade han.", ["Vad?"]),
    ("Titeln ”Ny bok” släpps.", ["Ny bok"]),
    ("Han är 1,80 lång och säger ”hej”.", ["hej"]),
    ("”Sista ordet”.", ["Sista ordet"]),
    ("”Tom” ”", ["Tom"]),
    ("Rubrik: ”Citat i rubrik”", ["Citat i rubrik"]),
    ("Åklagaren: ”De visste”", ["De visste"]),
    ("”A, B och C”, sa de.", ["A, B och C"]),
    ("En ”glad” och en ”ledsen” röst.", ["glad", "ledsen"]),
    ("Det var ”helt fel”, enligt honom.", ["helt fel"]),
    ("”Slut på citat” – sedan tystnad.", ["Slut på citat"]),
]

EN = [
    ("“We hold the line,” he said.", ["We hold the line,"]),
    ("Russia's army and the parties’ votes.", []),
    ("‘There is no line behind us’: troops dig in", ["There is no line behind us"]),
    ("He called it “naive, not criminal”.", ["naive, not criminal"]),
    ("\"This is about the cap,\" one diplomat said.", ["This is about the cap,"]),
    ("Businessmen 'supplied Russia's war' with parts", ["supplied Russia's war"]),
    ("“A,” she said, “B.”", ["A,", "B."]),
    ("“An open quote runs on", ["An open quote runs on"]),
    ("No quotes at all.", []),
    ("“Outer ‘inner’ outer,” he said.", ["Outer ‘inner’ outer,"]),
    ("The so-called “shadow fleet” sails on.", ["shadow fleet"]),
    ("He said: “Go now.”", ["Go now."]),
    ("“What?” she asked.", ["What?"]),
    ("Don't and won't and can't.", []),
    ("The ’90s were different.", []),
    ("“One” “two”", ["One", "two"]),
    ("It's a 'scare quote' here.", ["scare quote"]),
    ("(“parenthesis”)", ["parenthesis"]),
    ("The word “never even opened” appears.", ["never even opened"]),
    ("“Last words”.", ["Last words"]),
    ("Title: “Quote in title”", ["Quote in title"]),
    ("“We don’t have enough shells.”", ["We don’t have enough shells."]),
    ("The boxes were \"never even opened\" before.", ["never even opened"]),
    ("“thought Kyrgyzstan was a normal market”", ["thought Kyrgyzstan was a normal market"]),
    ("Mr Pell’s phone showed “keep it clean”.", ["keep it clean"]),
    ("“A, B and C,” they said.", ["A, B and C,"]),
    ("A “happy” and a “sad” voice.", ["happy", "sad"]),
    ("“Unclosed with ‘inner’ quote", ["Unclosed with ‘inner’ quote"]),
    ("He said ‘yes’.", ["yes"]),
    ("The “improved their tactical position” claim.", ["improved their tactical position"]),
    # two single marks as one double mark, as some newspapers print it
    ("''We won't stop,'' she said. ''Never.''", ["'We won't stop,'", "'Never.'"]),
    ("He called it ''a disgrace'' on Monday.", ["'a disgrace'"]),
    # three single marks after a word close a single quote, then the double one
    ("''We saw it on 'Dawn Live,''' she said.", ["'We saw it on 'Dawn Live,''"]),
    ("'''Dawn Live' is over,'' she said.", ["''Dawn Live' is over,'"]),
    # a no-break space before the opening mark
    ("They said\u00a0“no” twice.", ["no"]),
]


@pytest.mark.parametrize("text,expected", SV)
def test_sv(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


@pytest.mark.parametrize("text,expected", EN)
def test_en(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("„Die Lage ist ernst“, sagte er.", ["Die Lage ist ernst"]),
    ("«Det er feil», sier hun.", ["Det er feil"]),
    ("Han kalder det ”en fejl”.", ["en fejl"]),
    ("‚einfach‘ gesagt", ["einfach"]),
])
def test_other(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


def test_unclosed_quote_is_marked_open() -> None:
    q = find_quotes("“Runs on", 0, 8)
    assert len(q) == 1 and not q[0].closed
    q = find_quotes("''Runs on", 0, 9)
    assert len(q) == 1 and not q[0].closed


@pytest.mark.parametrize("text,expected", [
    ("– Det här är inte vårt krig, säger han.", 2),
    ("- Vi ser nye tilfælde, siger hun.", 2),
    ("— Em dash speech.", 2),
    ("Ingen dash.", None),
    ("–", None),
    ("–\u00a0Vi kommer tillbaka, säger hon.", 2),
    ("–Vi hann inte fram i tid, säger hon.", 1),  # a long dash set tight against the first word
    ("—Vägen var stängd hela natten.", 1),
    ("–5 grader i natt.", None),  # a minus sign, not speech
    ("-Vi kommer, säger han.", None),  # a hyphen needs its space
])
def test_dash(text: str, expected: int | None) -> None:
    assert dash_quote(text, 0, len(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("”Det är slut”", "Det är slut"),
    ("Det är slut.", "Det är slut"),
    ("fall på ”lösa antaganden”", "fall på ”lösa antaganden”"),
    ("– Vi kommer,", "Vi kommer"),
    ("“We hold the line,”", "We hold the line"),
    ("  spaces  ", "spaces"),
    ("”kanonmat”, och att", "”kanonmat”, och att"),
    ("Vad svarar man på det?", "Vad svarar man på det?"),
    (": Kraftigt regn väntas", "Kraftigt regn väntas"),  # a content never opens with the colon after its cue
])
def test_trim(text: str, expected: str) -> None:
    a, b = trim(text, 0, len(text))
    assert text[a:b] == expected


@pytest.mark.parametrize("text,expected", [
    ("de har blivit utskickade som ”kanonmat”", True),
    ("Russia's army", False),
    ("“open only", False),
])
def test_has_quote(text: str, expected: bool) -> None:
    assert has_quote(text, 0, len(text)) is expected


def test_many_marks_and_deep_nesting_do_not_blow_up() -> None:
    text = "“‘" * 5000 + "x" + "’”" * 5000 + "\"" * 10000
    assert isinstance(find_quotes(text, 0, len(text)), list)
    assert trim(text, 0, len(text))[1] >= 0


def test_bounds_before_the_text_read_as_its_start() -> None:
    """A bound below zero is the text's start, as a regex reads it (`str.find` would count it from the end)."""
    text = "Hon sa: ”Vi kommer.” Sedan gick hon."
    assert find_quotes(text, 0, -2) == []
    assert find_quotes(text, -5, len(text)) == find_quotes(text, 0, len(text)) != []
