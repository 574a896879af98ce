"""Byline shapes of real dumps (issue 10, item 3): names written for these tests."""
from __future__ import annotations

import pytest

from enligt.structure.byline import looks_like_names, parse_byline, parse_contact


@pytest.mark.parametrize("line,authors", [
    ("Jon Hale in Paris and agencies", ["Jon Hale"]),
    ("Anna Berg och agenturer", ["Anna Berg"]),
    ("Anna Berg i Stockholm och TT", ["Anna Berg"]),
    ("Af Mette Holm", ["Mette Holm"]),
    ("Af Mette Holm, Odense", ["Mette Holm"]),
    ("Af Mette Holm - journalist", ["Mette Holm"]),
    ("Af Mette Holm Journalist", ["Mette Holm"]),
    ("Av Kari Nes, journalist i VG", ["Kari Nes"]),
    ("Av Kari Nes og NTB", ["Kari Nes"]),
    ("Von Anna Schmidt und Peter Müller, Berlin", ["Anna Schmidt", "Peter Müller"]),
    ("Von unserem Korrespondenten Peter Müller", ["Peter Müller"]),
    ("Tom Lee and agencies", ["Tom Lee"]),
    ("Jon Hale and Anna Berg", None),  # no opening word, no agency, no role: not a byline by itself
    ("Peace and quiet and agencies", None),
    ("Anna Berg, Stockholm", None),
])
def test_real_bylines(line: str, authors: list[str] | None) -> None:
    assert parse_byline(line) == authors


@pytest.mark.parametrize("line,authors", [
    ("By Jane Doe, Senior Political Reporter", ["Jane Doe"]),  # a role phrase after the name
    ("Av Anna Lind, kriminalreporter", ["Anna Lind"]),
    ("Kari Nes (NTB)", ["Kari Nes"]),
    ("Story by Jane Doe", ["Jane Doe"]),
    ("Skrivet av Anna Lind", ["Anna Lind"]),
    ("Skrevet av Kari Nes og Ola Dahl", ["Kari Nes", "Ola Dahl"]),
    ("Skrevet af Mette Holm", ["Mette Holm"]),
    ("Ein Beitrag von Anna Schmidt", ["Anna Schmidt"]),
    ("Autorin: Anna Schmidt", ["Anna Schmidt"]),
    ("Geschrieben von Lena Vogt", ["Lena Vogt"]),
    ("Verfasst von Lena Vogt und Jonas Beck", ["Lena Vogt", "Jonas Beck"]),
])
def test_openers_and_roles(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors


@pytest.mark.parametrize("line,expected", [
    ("Jane Doe, John Roe and Mary Poe", True),
    ("Anna Lind och Per Berg", True),
    ("Kari Nes, Ola Dahl og Per Ek", True),
    ("Anna Schmidt und Peter Müller", True),
    ("Jane Doe", False),  # one name: `looks_like_name`
    ("Trump and Biden", False),
    ("Nyheter, Sport och Kultur", False),
])
def test_name_lists(line: str, expected: bool) -> None:
    assert looks_like_names(line) is expected


@pytest.mark.parametrize("line,expected", [
    ("Vänerbladet - - Sidan 4 - Anna Lind 070-123 45 67 anna.lind@example.se", (["Anna Lind"], "Vänerbladet")),
    ("Anna Lind, 070-123 45 67, anna.lind@example.se", (["Anna Lind"], None)),
    ("Kari Nes | +47 22 33 44 55 | kari.nes@example.no", (["Kari Nes"], None)),
    ("Kontakta oss: tips@example.se", None),
    ("Skicka tips till Anna Lind på anna.lind@example.se", None),
    ("Anna Lind 070-123 45 67", None),  # no e-mail address: a phone alone is no contact strip
    ("Fjordposten ApS · CVR 1234 · Redaktion: red@example.dk", None),  # a publisher's footer: a company, no author
])
def test_contact_strips(line: str, expected: tuple[list[str], str | None] | None) -> None:
    assert parse_contact(line) == expected


@pytest.mark.parametrize("line,authors", [
    ("Von Anna Schmidt, Redakteurin Politik", ["Anna Schmidt"]),  # a role and its desk
    ("Av Anna Lind, reporter Inrikes", ["Anna Lind"]),
    ("By Jane Doe For Harbourgazette.com", ["Jane Doe"]),
    ("By JANE DOE FOR THE HARBOUR GAZETTE", ["Jane Doe"]),
    ("Von Anna Schmidt für die Rheinbote", ["Anna Schmidt"]),
    ("By Jane Doe and John Roe | Photos by Mary Poe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, Mary Poe; Editing by John Roe", ["Jane Doe", "Mary Poe"]),
    ("Reporting by Jane Doe; Editing by John Roe", ["Jane Doe"]),
    ("Af Mette Holm, fotos af Søren Dahl", ["Mette Holm"]),
    ("Von Anna Schmidt, Fotos von Peter Müller", ["Anna Schmidt"]),
    ("JANE DOE, Associated Press", ["Jane Doe"]),
    ("Jane Doe, The Harbour Gazette", None),  # no opening word, no role, no agency
])
def test_desks_outlets_and_credits_after_the_names(line: str, authors: list[str] | None) -> None:
    assert parse_byline(line) == authors
