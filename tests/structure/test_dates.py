from __future__ import annotations

import pytest

from enligt.structure.dates import find_dates, is_date_line, is_relative_date, label_kind, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Swedish
        ("03 mars 2022", "2022-03-03"),
        ("2 mars 2023 kl. 14.05", "2023-03-02T14:05"),
        ("mån 26 dec 2022 10:30", "2022-12-26T10:30"),
        ("12 sep 2023 06:00", "2023-09-12T06:00"),
        ("2023-09-25 08:12", "2023-09-25T08:12"),
        ("2023-09-25T08:12:44+02:00", "2023-09-25T08:12"),
        ("fredag 7 juni 2024 klockan 9.30", "2024-06-07T09:30"),
        # English
        ("Sun January 21, 2024", "2024-01-21"),
        ("9:17 AM EST, Tue March 12, 2024", "2024-03-12T09:17"),
        ("4:38 PM EST, Tue March 12, 2024", "2024-03-12T16:38"),
        ("12:10 a.m. June 3, 2024", "2024-06-03T00:10"),
        ("20 June 2024, 14:17 CET", "2024-06-20T14:17"),
        ("Tuesday 14 November 2023 5:58 pm", "2023-11-14T17:58"),
        ("March 5th, 2024", "2024-03-05"),
        ("03/25/2024", "2024-03-25"),
        # Finnish-style numeric, Norwegian, Danish, German
        ("28.3.2023 | 14:20", "2023-03-28T14:20"),
        ("onsdag 8. februar 2023 kl. 07:45", "2023-02-08T07:45"),
        ("2. mar. 2023 kl. 14:05", "2023-03-02T14:05"),
        ("19.01.2023, 14:05 Uhr", "2023-01-19T14:05"),
        ("3. März 2024", "2024-03-03"),
        ("14. desember 2022", "2022-12-14"),
        # a date printed with spaces, on a line of its own
        ("2024 05 19", "2024-05-19"),
        # the comma before the year printed without its space
        ("Tuesday January 9,2018", "2018-01-09"),
        ("9. januar,2018", "2018-01-09"),
    ],
)
def test_parse_date(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "i går", "för 2 timmar sedan", "2 hours ago", "32 mars 2023", "2023-13-01", "Kl. 14.05", "version 1.2.3"],
)
def test_no_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Uppdaterad: 03 mars 2022Publicerad: 02 mars 2022", ("2022-03-02", "2022-03-03")),
        ("Publicerad 2023-10-17 07:34 · Uppdaterad 2023-10-17 09:58", ("2023-10-17T07:34", "2023-10-17T09:58")),
        ("Publicerad: tis 14 mar 2023 08:05 Uppdaterad: tis 14 mar 2023 11:40",
         ("2023-03-14T08:05", "2023-03-14T11:40")),
        ("Senast uppdaterad 4 maj 2023", (None, "2023-05-04")),
        ("Published 9:17 AM EST, Tue March 12, 2024", ("2024-03-12T09:17", None)),
        ("Updated 4:38 PM EST, Tue March 12, 2024", (None, "2024-03-12T16:38")),
        ("Published: 28.3.2023 | 14:20", ("2023-03-28T14:20", None)),
        ("20 June 2024, 14:17 CET / Last updated 21 June 2024", ("2024-06-20T14:17", "2024-06-21")),
        ("Publisert torsdag 16. mars 2023 kl. 06:52", ("2023-03-16T06:52", None)),
        ("Oppdatert torsdag 16. mars 2023 kl. 11:27", (None, "2023-03-16T11:27")),
        ("7. feb. 2023 kl. 13:21 · Opdateret 7. feb. 2023 kl. 15:09", ("2023-02-07T13:21", "2023-02-07T15:09")),
        ("Veröffentlicht am 19.01.2023, 14:05 Uhr", ("2023-01-19T14:05", None)),
        ("Aktualisiert am 20.01.2023, 09:10 Uhr", (None, "2023-01-20T09:10")),
        ("Stand: 19.01.2023, 14:05 Uhr", ("2023-01-19T14:05", None)),
        ("Publicerad i går", (None, None)),
        ("Publicerad 2 mars 2023 kl. 14.05 Uppdaterad 16.30", ("2023-03-02T14:05", "2023-03-02T16:30")),
        ("Published 5 May 2024, updated 18:20", ("2024-05-05", "2024-05-05T18:20")),
    ],
)
def test_find_dates(line: str, expected: tuple[str | None, str | None]) -> None:
    assert find_dates(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publicerad 2 mars 2023 kl. 14.05", True),
        ("Uppdaterad: 03 mars 2022Publicerad: 02 mars 2022", True),
        ("Tuesday 14 November 2023 5:58 pm", True),
        ("Updated 4:38 PM EST, Tue March 12, 2024", True),
        ("19.01.2023, 14:05 Uhr", True),
        ("Regeringen beslutade den 2 mars 2023 att höja anslaget.", False),
        ("The law was passed on 2 March 2023 by parliament", False),
        ("Ukraina och Ryssland har bytt fångar", False),
        # a weekday, day and month without a year at a time of day (no, sv, da, de, en)
        ("Torsdag 6. februar kl. 08:45", True),
        ("Onsdag 12 juni kl. 17.30", True),
        ("Fredag 9. maj kl. 11.20", True),
        ("Dienstag, 4. März 18:10 Uhr", True),
        ("Friday 14 June 07:55", True),
        ("Torsdag 6. februar", False),  # no time: a heading may read so
        # a dateline's place in capitals before the date
        ("OSLO 6. februar 2024", True),
        ("LEEDS 14 June, 2024", True),
        ("LEEDS council votes on 14 June", False),
    ],
)
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Publicerad 2 mars", "published"), ("Uppdaterad: i dag", "updated"), ("Last updated 3 May", "updated"),
     ("Publisert", "published"), ("Opdateret kl. 12", "updated"), ("Aktualisiert am", "updated"), ("Hej", None)],
)
def test_label_kind(text: str, expected: str | None) -> None:
    assert label_kind(text) == expected


@pytest.mark.parametrize(
    ("line", "base", "expected"),
    [("Uppdaterad kl. 14.12", "2024-04-04T06:45", (None, "2024-04-04T14:12")),
     ("Opdateret kl. 08.10", "2024-04-04", (None, "2024-04-04T08:10")),
     ("Updated 3:45 PM", "2024-01-21T11:02", (None, "2024-01-21T15:45")),
     ("Uppdaterad kl. 14.12", None, (None, None))],
)
def test_time_only_update_takes_base_day(line: str, base: str | None, expected: tuple) -> None:
    assert find_dates(line, base=base) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Uppdaterad kl. 14.12", True), ("Oppdatert 10:02", True), ("Publicerad 12.00 i dag av TT", False),
     ("Kl. 14.05", False)],
)
def test_labelled_time_is_a_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


def test_long_line_is_fast_and_safe() -> None:
    assert parse_date("1" * 1_000_000) is None
    assert is_date_line("2023 " * 200_000) is False


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("i dag 10.30", True), ("igår 14.05", True), ("Uppdaterad igår 16.40", True), ("I går kl. 08.15", True),
        ("Updated 2 hours ago", True), ("Yesterday at 10:30 am", True), ("vor 3 Stunden", True),
        ("Heute, 09:12 Uhr", True), ("5 minutter siden", True), ("14:52", True),
        ("Uppdaterad kl. 14.12", False), ("5 min", False), ("14 maj 2024", False), ("3/4", False), ("A day", False),
        # an age given as a bound, its label printed twice
        ("Publisert: For mindre enn 10 minutter siden", True), ("Oppdatert Oppdatert For mindre enn 2 timer siden", True),
        ("Publiceret: Publiceret: for mindre end 15 minutter siden", True), ("Updated less than an hour ago", True),
        ("Publicerad för mindre än 3 timmar sedan", True), ("Aktualisiert vor weniger als 5 Minuten", True),
        ("Mindre enn 10 minutter", False), ("Weniger als 5 Minuten", False),
    ],
)
def test_relative_date_lines(line: str, expected: bool) -> None:
    assert is_relative_date(line) == expected


@pytest.mark.parametrize(
    "line", ["Uppdaterad igår 16.40", "i dag 10.30", "Updated 2 hours ago", "Publiseret i går kl. 9.30"]
)
def test_relative_dates_give_no_date_even_with_a_base_day(line: str) -> None:
    assert find_dates(line, base="2024-05-02T08:00") == (None, None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publisert: 05.06.2024 10:42 Sist oppdatert: i går 12.01", ("2024-06-05T10:42", None)),
        ("Senast uppdaterad för 12 minuter sedan", (None, None)),
    ],
)
def test_full_date_beside_a_relative_one(line: str, expected: tuple[str | None, str | None]) -> None:
    assert is_date_line(line) or is_relative_date(line)
    assert find_dates(line) == expected


@pytest.mark.parametrize("text", ["2024 05 19 föll 30 mm regn", "Lagen från 2024 05 är ny", "2024 13 19"])
def test_spaced_digits_are_a_date_only_alone(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize("line,base,expected", [
    # a "posted" label with only a time takes the day of a date line above it that had no time
    ("Web posted at: 11:16 a.m. EDT (1516 GMT)", "1997-05-13", ("1997-05-13T11:16", None)),
    ("Posted 9:05 p.m.", "2024-02-01", ("2024-02-01T21:05", None)),
    ("Posted 9:05 p.m.", "2024-02-01T08:00", (None, None)),  # the day had its time already
    ("Posted 9:05 p.m.", None, (None, None)),  # no day to take
])
def test_time_only_posted_takes_base_day(line: str, base: str | None, expected: tuple) -> None:
    assert find_dates(line, base=base) == expected
    assert is_date_line(line)
