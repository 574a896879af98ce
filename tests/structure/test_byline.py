from __future__ import annotations

import re

import pytest

from enligt.structure import byline
from enligt.structure.byline import (
    clean_authors,
    is_agency,
    is_photo_role_line,
    is_role_line,
    looks_like_name,
    parse_byline,
    split_byline_date,
    split_date_byline,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Swedish
        ("Av Karin Sundberg, reporter", ["Karin Sundberg"]),
        ("Av Lisa Ek och Per-Olof Berg", ["Lisa Ek", "Per-Olof Berg"]),
        ("Text: Johan Ek Foto: Maria Lind", ["Johan Ek"]),
        ("Av Johan Ek/TT", ["Johan Ek"]),
        ("TT", []),
        # English
        ("By Jane Doe, Political Editor", ["Jane Doe"]),
        ("By Jane Doe and John Smith, Reuters", ["Jane Doe", "John Smith"]),
        ("Text: Jane Doe | Photos: John Smith", ["Jane Doe"]),
        ("By Daily Post staff", []),
        ("Reuters/AFP", []),
        ("By JANE DOE", ["Jane Doe"]),
        ("By Daniel Hart and Oksana Moroz in Kramatorsk", ["Daniel Hart", "Oksana Moroz"]),
        ("Av Anna Berg i Kiev", ["Anna Berg"]),
        ("Text och bild: Karin Ek", ["Karin Ek"]),
        ("Reporter: Jane Doe", ["Jane Doe"]),
        ("Av: Oskar Nyman", ["Oskar Nyman"]),
        ("Jane Doe | Reporter", ["Jane Doe"]),
        ("Karin Sundberg, TT", ["Karin Sundberg"]),
        # Norwegian, Danish, German
        ("Av Kari Nordmann, journalist", ["Kari Nordmann"]),
        ("Af Mads Holm og Ida Kjær Lund", ["Mads Holm", "Ida Kjær Lund"]),
        ("Von Anna Schmidt, dpa", ["Anna Schmidt"]),
        ("Von Jan van der Berg", ["Jan van der Berg"]),
        # a compound role word, and the "and" after a role between two names
        ("Af Jens Bro, kulturredaktør, og Mia Dahl", ["Jens Bro", "Mia Dahl"]),
        ("Av Ola Lie, nyhetsjournalist, og Siri Moe", ["Ola Lie", "Siri Moe"]),
        ("Av Eva Ström, nyhetsredaktör, och Leo Sand", ["Eva Ström", "Leo Sand"]),
        ("Von Lena Kurz, Sportredakteurin, und Tim Roth", ["Lena Kurz", "Tim Roth"]),
        ("By Ann Cole, health editor, and Sam Reid", ["Ann Cole", "Sam Reid"]),
    ],
)
def test_parse_byline(line: str, expected: list[str]) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Av stämningsansökan framgår att ligan ringde 1 600 samtal.",
        "Av allt att döma blir det regn",
        "By the end of the day the market had recovered",
        "By Tuesday",
        "Von Montag an gilt die neue Regel",
        "Malin Berg",  # a bare name is no byline line by itself
        "Anna Berg, Olle Ek",  # names without a role or agency: not a byline by themselves
        "Kalmar FF, Brynäs IF",
        "",
    ],
)
def test_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["Malin Berg", "Malin Berg"], ["Malin Berg"]),
        (["Av Malin Berg, TT", "Malin Berg"], ["Malin Berg"]),
        (["Text: Hanna Lind Foto: Olle Ström"], ["Hanna Lind"]),
        (["By Sam Lee, Reuters", "Reuters"], ["Sam Lee"]),
        (["By News staff"], []),
        (["Av Eva Strand", "eva.strand@tidningen.se"], ["Eva Strand"]),
        (["Af Mette Holm, Ritzau"], ["Mette Holm"]),
        (["Von Klaus Meier und Eva Braun (dpa)"], ["Klaus Meier", "Eva Braun"]),
        (["Av Kari Lie, NTB"], ["Kari Lie"]),
    ],
)
def test_clean_authors(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Malin Beeck", True), ("Mette Kjær Nielsen", True), ("Lars-Erik Strand", True), ("Anne-Marie O'Neill", True),
     ("Logga in", False), ("LIVE TV", False), ("Nyheter från TT", False), ("Ekonomi", False),
     ("Risk of spills", False), ("2023 Election Results", False),
     # glued interface words are not a name; inner capitals of real names are
     ("Video PlayerClose", False), ("Dela ArtikelnKommentera", False), ("Teilen DruckenMerken", False),
     ("Anna McKay", True), ("Douglas MacArthur", True), ("Ron DeSantis", True), ("Ola DiMaggio", True), ("Mark SubbaRao", True)],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


@pytest.mark.parametrize(
    ("line", "role", "photo"),
    [("Reporter", True, False), ("Politisk reporter", True, False), ("Crime Correspondent", True, False),
     ("Journalist", True, False), ("Redakteurin", True, False), ("Fotograf", False, True),
     ("Photographer", False, True), ("Kultur", False, False), ("Ansvarig utgivare", False, False)],
)
def test_role_lines(line: str, role: bool, photo: bool) -> None:
    assert is_role_line(line) is role
    assert is_photo_role_line(line) is photo


@pytest.mark.parametrize(
    ("text", "expected"),
    [("TT", True), ("(NTB)", True), ("Reuters", True), ("dpa", True), ("Ritzau", True), ("AFP-dpa", True),
     ("Reuters/TT", True), ("Malin Beeck", False), ("Trafikverket", False)],
)
def test_is_agency(text: str, expected: bool) -> None:
    assert is_agency(text) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe | March 5, 2024", (["Jane Doe"], "March 5, 2024")),
        ("Av Karin Sundberg · Publicerad 2024-03-05 08:00", (["Karin Sundberg"], "Publicerad 2024-03-05 08:00")),
        ("Af Mads Holm, 4. april 2024", (["Mads Holm"], "4. april 2024")),
        ("Von Anna Schmidt, 19.01.2024", (["Anna Schmidt"], "19.01.2024")),
        ("By the end of 2024 things will change", None),
        ("Av Karin Sundberg", None),
        ("Publicerad 2024-03-05", None),
    ],
)
def test_split_byline_date(line: str, expected: tuple[list[str], str] | None) -> None:
    assert split_byline_date(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publicerad 2 mars 2023 av Karin Ek", ("Publicerad 2 mars 2023", ["Karin Ek"])),
        ("Published March 5, 2024 by Jane Doe and John Smith", ("Published March 5, 2024", ["Jane Doe", "John Smith"])),
        ("Publiceret 4. april 2024 af Mads Holm", ("Publiceret 4. april 2024", ["Mads Holm"])),
        ("Publicerad 2 mars 2023 av TT", ("Publicerad 2 mars 2023", [])),
        ("Publicerad 2 mars 2023", None),
        ("Regeringen beslutade 2 mars 2023 av Bengt Ek", None),
    ],
)
def test_split_date_byline(line: str, expected: tuple[str, list[str]] | None) -> None:
    assert split_date_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By The Associated Press", []),
        ("By the Canadian Press", []),
        ("Reuters staff", []),
        ("By Reuters staff", []),
        ("AFP", []),
        ("By Associated Press writer Emma Lind", ["Emma Lind"]),
        ("By AP Business Writer Carl Nyberg", ["Carl Nyberg"]),
        ("By Emma Lind and Carl Nyberg, The Associated Press", ["Emma Lind", "Carl Nyberg"]),
        # an agency's sign between slashes, as Danish pages print the wire's: no person
        ("Af: /ritzau/", []),
        ("/ritzau/", []),
        ("Av /NTB/", []),
        ("Av: /TT/", []),
        ("Von /dpa/", []),
        ("By /AP/", []),
    ],
)
def test_agency_bylines_give_no_author_or_only_the_person(line: str, expected: list[str] | None) -> None:
    names = parse_byline(line)
    assert (clean_authors(names) if names is not None else None) == expected


_NAME_LIST_AS_WRITTEN = re.compile(r"\s*,\s*(?:(?:and|och|og|und)\s+)?|\s+(?:and|och|og|und|&)\s+")


@pytest.mark.parametrize("text", [
    "Jane Doe, John Roe and Mary Poe", "Anna Berg och Per Lund", "Ola Nordmann ,  og Kari Nordmann", "A & B",
    "Drone attack sparks fire, governor says", "X,Y", "X ,and Y", "X  and  Y", "X\u00a0und\u00a0Y", ", and ",
    "X,, Y", "sand and andor", " , ", "", "Names\tand\tmore", "Kim, og, Lee",
])
def test_name_list_splits_as_written(text: str) -> None:
    """NAME_LIST opens with its first character (a search skips to it); it splits as the plain pattern does."""
    assert byline.NAME_LIST.split(text) == _NAME_LIST_AS_WRITTEN.split(text)
    assert [m.span() for m in byline.NAME_LIST.finditer(text)] == [m.span() for m in _NAME_LIST_AS_WRITTEN.finditer(text)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a byline that names the outlet credits its staff, no person
        (["by Harbour Valley Times"], []),
        (["Av Kustbladet"], []),
        (["Von Rheintaler Zeitung"], []),
        # a person whose surname is a masthead word stays
        (["By Jane Post"], ["Jane Post"]),
        (["Af Mette Avis"], ["Mette Avis"]),
    ],
)
def test_outlet_in_byline_is_no_author(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw, None) == expected
