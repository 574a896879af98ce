"""Number parsing: digits with every separator, number words, "ett X-tal", approximators."""
from __future__ import annotations

import pytest

from enligt.analyze.numbers import find_numbers
from enligt.analyze.numwords import word_value


def values(text: str, lang: str) -> list[tuple[float, bool]]:
    """(value, approx) of every number that can be a count (blocked ones left out)."""
    return [(n.value, n.approx) for n in find_numbers(text, lang) if not n.blocked]


SV = [
    ("6 000 ryska soldater", [(6000, False)]),
    ("6\u00a0000 soldater", [(6000, False)]),
    ("6\u202f000 soldater", [(6000, False)]),
    ("1 200 personer", [(1200, False)]),
    ("cirka 500 soldater", [(500, True)]),
    ("ca 500 soldater", [(500, True)]),
    ("omkring 300 anställda", [(300, True)]),
    ("runt 170 personer", [(170, True)]),
    ("drygt tolvtusen kunder", [(12000, True)]),
    ("närmare 380 personer", [(380, True)]),
    ("minst 1 600 samtal", [(1600, True)]),
    ("över 2 500 ukrainare", [(2500, True)]),
    ("mer än 180 000 ton", [(180000, True)]),
    ("upp till 33 meter", [(33, True)]),
    ("ett tjugotal soldater", [(20, True)]),
    ("ett sextiotal personer", [(60, True)]),
    ("ett hundratal boende", [(100, True)]),
    ("ett 70-tal åhörare", [(70, True)]),
    ("ett 50-tal vägar", [(50, True)]),
    ("sex tusen döda", [(6000, False)]),
    ("tolvtusen", [(12000, False)]),
    ("tjugofem", [(25, False)]),
    ("tvåhundrafemtio", [(250, False)]),
    ("Två personer", [(2, False)]),
    ("tre av offren", [(3, False)]),
    ("åtta män", [(8, False)]),
    ("3,1 miljarder kronor", [(3.1e9, False)]),
    ("2,5 procent", [(2.5, False)]),
    ("tjugo, trettio år", [(20, False), (30, False)]),
    ("en man och ett barn", []),
    ("Totalt 157 ukrainare", [(157, False)]),
    ("hundratals miljoner kronor", []),  # a vague plural: no number says how many
    ("tiotusentals hushåll", []),
    ("sjukhuset i Sexdrega", []),
]
SV_BLOCKED = [
    ("1990-talet", "decade"),
    ("den 47:e fångutväxlingen", "ordinal"),
    ("klockan 14:20", "time"),
    ("startade 10.00", "time"),
    ("vid 14.30", "time"),
    ("en 31-årig man", "compound"),
    ("70-årsåldern", "compound"),
]
EN = [
    ("6,000 soldiers", [(6000, False)]),
    ("1,400 vessels", [(1400, False)]),
    ("3.3 million barrels", [(3.3e6, False)]),
    ("two dozen drones", [(24, False)]),
    ("a dozen drones", [(12, False)]),
    ("some 5,000 people", [(5000, True)]),
    ("about 2,000", [(2000, True)]),
    ("around 600 vessels", [(600, True)]),
    ("roughly 12,000", [(12000, True)]),
    ("nearly 90", [(90, True)]),
    ("almost 40", [(40, True)]),
    ("at least 46 consignments", [(46, True)]),
    ("at least three fuel tanks", [(3, True)]),
    ("more than 3,000 motors", [(3000, True)]),
    ("over 11,000 reports", [(11000, True)]),
    ("up to 90 servicemen", [(90, True)]),
    ("as many as 200", [(200, True)]),
    ("an estimated 4,500", [(4500, True)]),
    ("three", [(3, False)]),
    ("twenty-five", [(25, False)]),
    ("two hundred and five", [(205, False)]),
    ("six thousand", [(6000, False)]),
    ("only 19 consignments", [(19, False)]),
    ("four civilians and wounded 11", [(4, False), (11, False)]),
    ("£2.3 million", [(2.3e6, False)]),
    ("one diplomat", []),
    ("a source", []),
    ("dozens of tankers", []),
    ("hundreds of people", []),
    ("often tenantless", []),
    ("1 200 people", [(1200, False)]),
    ("(about 30)", [(30, True)]),
    ("1.2m people", [(1.2e6, False)]),
    ("20k troops", [(20000, False)]),
    ("5bn dollars", [(5e9, False)]),
]
EN_BLOCKED = [
    ("a 34-year-old commander", "compound"),
    ("the 58th brigade", "ordinal"),
    ("the 14th package", "ordinal"),
    ("a three-way race", None),
    ("at 3:45 PM", "time"),
    ("Covid-19 cases", None),
]
OTHER = [
    ("no", "kutte 250 stillinger", [(250, False)]),
    ("no", "opptil 320 stillinger", [(320, True)]),
    ("no", "rundt 1 400 ansatte", [(1400, True)]),
    ("no", "et titall personer", [(10, True)]),
    ("no", "to personer", [(2, False)]),
    ("no", "tjuefem", [(25, False)]),
    ("da", "mindst 38 personer", [(38, True)]),
    ("da", "To af dem", [(2, False)]),
    ("da", "halvtreds", [(50, False)]),
    ("da", "enogtyve", [(21, False)]),
    ("da", "i alt total", []),
    ("de", "rund 1.200 Einsätze", [(1200, True)]),
    ("de", "mindestens zwei Menschen", [(2, True)]),
    ("de", "etwa 20 Verletzten", [(20, True)]),
    ("de", "einundzwanzig", [(21, False)]),
    ("de", "dreihundert", [(300, False)]),
    ("de", "ein Mann", []),
    ("de", "bis zu 130", [(130, True)]),
]


@pytest.mark.parametrize(("text", "expected"), SV)
def test_sv_numbers(text: str, expected: list[tuple[float, bool]]) -> None:
    assert values(text, "sv") == expected


@pytest.mark.parametrize(("text", "reason"), SV_BLOCKED)
def test_sv_blocked(text: str, reason: str) -> None:
    assert [n.blocked for n in find_numbers(text, "sv")] == [reason]


@pytest.mark.parametrize(("text", "expected"), EN)
def test_en_numbers(text: str, expected: list[tuple[float, bool]]) -> None:
    assert values(text, "en") == expected


@pytest.mark.parametrize(("text", "reason"), EN_BLOCKED)
def test_en_blocked(text: str, reason: str | None) -> None:
    """A blocked number, or (None) no number at all."""
    found = find_numbers(text, "en")
    assert [n.blocked for n in found] == ([reason] if reason else [])


@pytest.mark.parametrize(("lang", "text", "expected"), OTHER)
def test_no_da_de_numbers(lang: str, text: str, expected: list[tuple[float, bool]]) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize(("text", "written"), [
    ("Enligt kurdiska källor rör det sig om cirka 700 soldater.", "cirka 700"),
    ("Det evakuerades ett 40-tal boende.", "ett 40-tal"),
    ("Some 300 residents were evacuated.", "Some 300"),
    ("killed up to 90 servicemen", "up to 90"),
])
def test_text_and_span_include_the_approximator(text: str, written: str) -> None:
    lang = "sv" if "ett" in text or "källor" in text else "en"
    n = find_numbers(text, lang)[0]
    assert n.text == written
    assert text[n.start : n.end] == written


@pytest.mark.parametrize(("word", "lang", "value"), [
    ("tolvtusen", "sv", 12000), ("sextio", "sv", 60), ("femhundra", "sv", 500),
    ("twentyfive", "en", 25), ("achtzehn", "de", 18), ("hundredthousand", "en", 100000),
])
def test_word_value(word: str, lang: str, value: float) -> None:
    assert word_value(word, lang) == value


@pytest.mark.parametrize(("word", "lang"), [
    ("total", "da"), ("sexig", "sv"), ("tenant", "en"), ("often", "en"), ("treasury", "en"), ("sjukhus", "sv"),
])
def test_word_value_rejects_other_words(word: str, lang: str) -> None:
    assert word_value(word, lang) is None


@pytest.mark.parametrize("text", [
    " ".join(["123"] * 250_000),
    "1" * 1_000_000,
    "tretretre" * 110_000,
    "achtzehn" * 120_000,
    "1." * 500_000,
])
def test_megabyte_inputs_are_scanned(text: str) -> None:
    """A megabyte of digits or glued number words is scanned (linear regexes; timed by
    `python -m enligt.analyze.numbers`-style benchmarks, never here) and the limit holds."""
    assert len(find_numbers(text, "de", limit=2000)) <= 2000
    assert len(find_numbers(text, "sv", limit=2000)) <= 2000


# The candidate scan (str.find for digits and number-word starts) must find exactly what a regex
# search over every position finds: glued digits, words inside words, compounds, punctuation.
_SCAN_CASES = [
    ("sv", "Omkring tjugofem soldater och 6 000 civila, enligt Covid-19-rapporten från 2022."),
    ("sv", "Trettiotusen hade flytt; tre-fyra dagar senare var det ett tjugotal kvar (sju)."),
    ("sv", "Mentre, tretton, atten, trevlig, entre och tiotal: ord som börjar som tal."),
    ("en", "Some two dozen were killed, twenty-one wounded and 1,200 missing; often tenfold."),
    ("en", "A4 paper, 3.5 tonnes, 24/7 service, x-ten, _ten, ten_, 'ten' and “Three”."),
    ("de", "Einundzwanzig Menschen starben, etwa 300 wurden verletzt, am 19. Januar."),
    ("da", "Enogtyve døde og omkring 40 sårede, oplyser politiet."),
    ("no", "Tjueen omkom og rundt 3 000 ble evakuert."),
    ("en", "Arabic-Indic digits ٣٠٠ and 300 and three hundred."),
    ("sv", ""),
    ("sv", "inga tal alls här"),
]


def _by_search(text: str, lang: str) -> list[tuple[str, int, int]]:
    """`numtokens._tokens` as a plain regex search from every position (the reference)."""
    from enligt.analyze import numtokens

    low, out, pos = text.lower(), [], 0
    while (m := numtokens._finder(lang).search(low, pos)) is not None:
        i = m.start()
        if m.group("w"):
            out.append(("w", i, m.end()))
            pos = m.end()
        elif numtokens._glued(low, i):
            pos = numtokens._DIGIT_RUN.match(low, i).end()  # type: ignore[union-attr]
        else:
            d = numtokens._DIGITS_AT.match(low, i)
            pos = d.end() if d else i + 1
            out.append(("d", i, pos))
    return out


@pytest.mark.parametrize(("lang", "text"), _SCAN_CASES)
def test_candidate_scan_matches_a_full_regex_search(lang: str, text: str) -> None:
    from enligt.analyze import numtokens

    assert list(numtokens._tokens(text, lang)) == _by_search(text, lang)


def test_candidates_give_way_to_the_regex_for_non_ascii_digits() -> None:
    from enligt.analyze import numtokens

    assert numtokens._candidates("٣٠٠ dead", "en") is None
    assert numtokens._candidates("300 dead", "en") == [0, 1, 2]


@pytest.mark.parametrize("text,lang", [
    ("Minst 15 döda och ett tjugotal skadade, enligt polisen.", "sv"),
    ("İstanbul: two dozen injured, 1,200 evacuated.", "en"),  # lower-casing "İ" changes the length
    ("Über 2000 Teilnehmer, rund drei Dutzend Verletzte.", "de"),
])
def test_find_numbers_reads_the_given_lower_cased_text_the_same(text: str, lang: str) -> None:
    assert find_numbers(text, lang, low=text.lower()) == find_numbers(text, lang)
