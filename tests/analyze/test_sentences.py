"""Sentence splitting and tokens: abbreviations, initials, numbers, quotes (analyze/sentences.py)."""
from __future__ import annotations

import pytest

from enligt.analyze.quotes import find_quotes
from enligt.analyze.sentences import split, tokenize


def sentences(text: str, lang: str) -> list[str]:
    toks = tokenize(text)
    ranges = [(q.open, q.close + 1) for q in find_quotes(text, 0, len(text))]
    return [text[toks[s].start:toks[e - 1].end] for s, e in split(text, toks, lang, ranges)]


SV = [
    ("Polisen kom. Ingen skadades.", 2),
    ("Han kom kl. 14 och gick.", 1),
    ("Det gäller bl.a. Stockholm. Och Malmö.", 2),
    ("Priset var 6 000 kronor. Det är mycket.", 2),
    ("Räntan är 3,5 procent. Den steg.", 2),
    ("Se t.ex. rapporten. Den är lång.", 2),
    ("Vad händer nu? Ingen vet.", 2),
    ("Det brinner! Spring.", 2),
    ("”Det är över. Vi åker hem”, säger hon.", 1),
    ("– Det här är inte vårt krig. Vi vill hem, säger han.", 2),
    ("Mötet hölls den 3 jan. i Umeå.", 1),
    ("Enligt SMHI:s prognos mojnar vinden. Det blir lugnt.", 2),
    ("J. Andersson tog över. Han är ny.", 2),
    ("Det kostar ca. 500 kronor.", 1),
    ("En enda mening utan punkt", 1),
    ("Första. Andra. Tredje.", 3),
    ("Han sa: ”Kom hit. Nu.” Sedan gick han.", 2),
    ("Nr. 5 vann. Nr. 6 kom tvåa.", 2),
    ("Det var 1.5 meter. Inte mer.", 2),
    ("Sverige vann med 3–1. Publiken jublade.", 2),
    ("Han heter Dr. Berg. Hon heter Lind.", 2),
    ("Avtalet gäller t.o.m. maj. Sedan inte.", 2),
    ("Boken (utgiven 2020) sålde bra. Den trycks om.", 2),
    ("Det hände i USA. Sedan i Kina.", 2),
    ("Matchen slutade 2-2... Ingen var nöjd.", 2),
    ("”Nej.” Det var hans svar.", 2),
    ("Läs mer på sidan 4. Där finns allt.", 2),
    ("Hon sa ja. Han sa nej. De bråkade.", 3),
    ("Kursen föll med 9 procent. Aktien handlas i dag.", 2),
    ("Kl. 15.30 började mötet. Det tog en timme.", 2),
    ("Det finns 48 000 kunder utan ström. Felet lagas.", 2),
]

EN = [
    # a sentence in brackets ends at its closing bracket: "(The law bars it.) Aides said"
    ("The mayor may run again. (The law bars a third term.) Aides said he would.", 3),
    ("He left early (see the note.) and came back.", 1),
    ("The police came. Nobody was hurt.", 2),
    ("Mr. Smith arrived. He sat down.", 2),
    ("Capt. Ivan Lysenko told Reuters. He left.", 2),
    ("It costs $3.5 million. That is a lot.", 2),
    ("About 1,900 people remain. Many left.", 2),
    ("He said: \"Go. Now.\" Then he left.", 2),
    ("“We hold the line. We stay,” he said.", 1),
    ("What now? Nobody knows.", 2),
    ("J. R. Tolkien wrote it. It sold.", 2),
    ("The U.S. and the U.K. agreed. Talks ended.", 2),
    ("She spoke in Washington D.C. He listened.", 2),  # a pronoun after an abbreviation opens a sentence
    ("Ties with the U.S. They were strained.", 2),
    ("Dr. He Wei spoke.", 1),  # after a title, "He" is a name
    ("A single sentence without a stop", 1),
    ("One. Two. Three.", 3),
    ("It happened on Jan. 5 in Kyiv.", 1),
    ("Dr. Helen Marsh spoke. She was clear.", 2),
    ("Prices rose 4.5 percent. Wages did not.", 2),
    ("Stop! Go.", 2),
    ("\"No.\" That was his answer.", 2),
    ("They met at 3 p.m. on Monday.", 1),
    ("The vote was 5-4. It passed.", 2),
    ("St. Petersburg is big. It is cold.", 2),
    ("He works for Acme Inc. in Ohio.", 1),
    ("The report (published in May) was long. It was read.", 2),
    ("Gen. Smith resigned. Col. Jones replaced him.", 2),
    ("It was 2,000 km away. Too far.", 2),
    ("She said yes. He said no. They argued.", 3),
    ("Wait... Nothing happened.", 2),
    ("The fleet has 600 vessels. Some are old.", 2),
    ("e.g. this one. And that one.", 2),
    ("No. 10 Downing Street issued a statement. It was short.", 2),
    ("“They are panicking,” the chair told the newspaper. Nobody replied.", 2),
    ("Sales rose by 3.3m barrels. Exports fell.", 2),
    # a time zone after "a.m."/"p.m." belongs to the time; anything else after them opens a sentence
    ("The ferry sank at about 2:00 a.m. EST, according to the coast guard.", 1),
    ("The letter was sent at 6:40 p.m. GMT by the minister's office. Nobody replied.", 2),
    ("The count ended at 11 p.m. Officials said it was slow.", 2),
    ("The count ended at 11 p.m. EST. Officials said it was slow.", 2),
]

OTHER = [
    ("Politiet kom. Ingen ble skadet.", "no", 2),
    ("Det koster ca. 500 kroner. Det er mye.", "no", 2),
    ("– Det er trist. Vi går, sier han.", "no", 2),
    ("Politiet kom. Ingen kom til skade.", "da", 2),
    ("Det gælder bl.a. Odense. Og Aarhus.", "da", 2),
    ("- Vi ser nye tilfælde. Det stiger, siger hun.", "da", 2),
    ("Am 19. Januar kam der Sturm. Er war stark.", "de", 2),
    ("Es waren rund 1.200 Einsätze. Viele Verletzte.", "de", 2),
    ("„Die Lage ist ernst. Wir helfen“, sagte er.", "de", 1),
    ("Das gilt z.B. für Bremen. Und Hamburg.", "de", 2),
    # a full stop that lost its space between a lower-case word and a capitalised one ends a sentence
    ("Bussen stod stilla i en timme.Resenärerna fick vänta ute.", "sv", 2),
    ("Vannet steg raskt.Beboerne ble evakuert, sier politiet.", "no", 2),
    ("Vejen blev lukket om natten.Ingen kom til skade.", "da", 2),
    ("Die Brücke ist gesperrt.Ein Gutachter prüft den Schaden.", "de", 2),
    ("The bridge was closed overnight.Engineers said it was safe.", "en", 2),
    ("Läs mer på Kvällsbladet.se och www.Nyhetsbyran.se i dag.", "sv", 1),
]


@pytest.mark.parametrize("text,n", SV)
def test_sv(text: str, n: int) -> None:
    assert len(sentences(text, "sv")) == n, sentences(text, "sv")


@pytest.mark.parametrize("text,n", EN)
def test_en(text: str, n: int) -> None:
    assert len(sentences(text, "en")) == n, sentences(text, "en")


@pytest.mark.parametrize("text,lang,n", OTHER)
def test_other(text: str, lang: str, n: int) -> None:
    assert len(sentences(text, lang)) == n, sentences(text, lang)


@pytest.mark.parametrize("text,expected", [
    ("SMHI:s prognos", ["SMHI:s", "prognos"]),
    # a colon glued before a capital ends a dateline, it opens no genitive
    ("Oslo:The council said", ["Oslo", ":", "The", "council", "said"]),
    ("kl. 10:30 i dag", ["kl", ".", "10:30", "i", "dag"]),
    ("Russia's army", ["Russia's", "army"]),
    ("rund 1.200 Einsätze", ["rund", "1.200", "Einsätze"]),
    ("A/S ”citat”", ["A/S", "”", "citat", "”"]),
    ("didn't say", ["didn't", "say"]),
    # a glued sentence end is no dotted word; a domain, an initialism and an abbreviation stay as they were
    ("closed overnight.Engineers said", ["closed", "overnight", ".", "Engineers", "said"]),
    ("Kvällsbladet.se U.S.Army z.B.", ["Kvällsbladet.se", "U.S.Army", "z.B", "."]),
    # a number's comma before three digits is no clause comma; a comma and a space are
    ("greeted 2,000 fans, 1,250,000 votes,", ["greeted", "2,000", "fans", ",", "1,250,000", "votes", ","]),
    ("In 2016, 300 said 3,5 or 12,34.", ["In", "2016", ",", "300", "said", "3", ",", "5", "or", "12", ",", "34", "."]),
])
def test_tokens(text: str, expected: list[str]) -> None:
    toks = tokenize(text)
    assert [t.text for t in toks] == expected
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_offsets_are_relative_to_the_whole_text() -> None:
    text = "Titel\n\nPolisen uppger det."
    toks = tokenize(text, 7, len(text))
    assert toks[0].text == "Polisen" and toks[0].start == 7


_TOKEN_CASES = [
    "”Det här är inte vårt krig”, säger han.",
    "– Vi vet inte, sa hon till TT: 6 000 döda enligt SMHI:s data (bl.a. i Kyiv).",
    "Russia's army, the U.S. and A/S Nordic: 1.200 men, 3,5 km; e-mail_address x__y.",
    "2,000 fans, 1,250,000 votes, 12,3456 and 7,000th, a,123 (4,500).",
    "Tabs\tand\u00a0no-break\u2009thin spaces\u3000and ideographic  double  spaces.",
    "Punctuation-only chunks: ... !!! ?! «»„“ — and glued”quotes“here.",
    "Über Straße: „Zitat“ sagte er; 19. Januar 2023.",
    "",
    "   ",
    "word",
    "(ord), «citat». “Mark” -ord- 'x' ...ord?! _ __ a_ ,_a _b. Ⓐ, (Ⓑ) ¿Qué? 12:30. «1.200», e.g.),",
]


@pytest.mark.parametrize("text", _TOKEN_CASES)
def test_tokenize_matches_the_token_regex(text: str) -> None:
    """Whitespace chunks first, the regex only inside punctuated chunks: the same tokens as the regex alone."""

    from enligt.analyze.sentences import _TOKEN, tokenize

    got = [(t.text, t.start, t.end, t.low, t.is_word, t.upper) for t in tokenize(text)]
    want = [(m.group(), m.start(), m.end(), m.group().lower(), m.group()[0].isalnum(), m.group()[0].isupper())
            for m in _TOKEN.finditer(text)]
    assert got == want
    if len(text) > 10:  # a sub-range keeps offsets into the whole text
        sub = [(t.text, t.start, t.end) for t in tokenize(text, 3, len(text) - 4)]
        assert sub == [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, 3, len(text) - 4)]


@pytest.mark.parametrize("text", _TOKEN_CASES)
def test_token_bounds_are_the_token_regex_spans(text: str) -> None:
    """`token_bounds` reads the tokens `tokenize` reads, as offsets only (whole text and a sub-range)."""

    from enligt.analyze.sentences import _TOKEN, token_bounds

    assert token_bounds(text) == ([m.start() for m in _TOKEN.finditer(text)], [m.end() for m in _TOKEN.finditer(text)])
    if len(text) > 10:
        a, b = 3, len(text) - 4
        assert token_bounds(text, a, b) == ([m.start() for m in _TOKEN.finditer(text, a, b)],
                                            [m.end() for m in _TOKEN.finditer(text, a, b)])


@pytest.mark.parametrize("text", _TOKEN_CASES)
def test_known_block_gives_the_tokens_of_every_cut_it_accepts(text: str) -> None:
    """`Known.within` reads a stretch from its block's tokens only where that gives `tokenize`'s tokens of the
    stretch; it refuses a stretch with a token across either end (a sentence cut inside a word)."""

    from enligt.analyze.sentences import Known

    block = Known(tokenize(text))
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            ab = block.within(a, b)
            want = [(t.text, t.start, t.end) for t in tokenize(text, a, b)]
            if ab is not None:
                assert [(t.text, t.start, t.end) for t in block.toks[ab[0]:ab[1]]] == want, (a, b)
            else:
                assert any(t.start < a < t.end or t.start < b < t.end for t in block.toks), (a, b)


def test_known_blocks_are_those_handed_on_by_offsets() -> None:
    from enligt.analyze.sentences import known

    text = "Titel\n\nPolisen uppger det."
    toks = tokenize(text, 7, len(text))
    got = known({(7, len(text)): toks}, 7, len(text))
    assert got is not None and got.toks is toks
    assert known({(7, len(text)): toks}, 0, 5) is None  # no block there
    assert known(None, 7, len(text)) is None  # no tokens handed on: the number stage tokenises
