"""Date lines labelled with a date noun or a writing verb ("Datum:", "Utgivningsdatum", "Dato:", "geschrieben am:",
"Publication date:", "Written on"): each is the page's date line (published), in every language, and so never
the headline. Lists: lang/<code>/date_labels.tsv.

Sentences written for these tests, per language.
"""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.dates import find_dates, is_date_line
from enligt.structure.text import structure_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Datum: 2024-05-12", "2024-05-12"), ("Utgivningsdatum 12.5.2024 09.40", "2024-05-12T09:40"),  # sv
        ("Publiceringsdatum: 12 maj 2024", "2024-05-12"), ("Skriven 12 maj 2024", "2024-05-12"),
        ("Dato: 12.05.2024", "2024-05-12"), ("Publiseringsdato: 12.05.2024", "2024-05-12"),  # no
        ("Skrevet 12. mai 2024", "2024-05-12"),
        ("Udgivelsesdato: 12. maj 2024", "2024-05-12"), ("Publiceringsdato: 12.05.2024", "2024-05-12"),  # da
        ("geschrieben am: 12.05.2024", "2024-05-12"), ("Datum: 12.05.2024", "2024-05-12"),  # de
        ("Erscheinungsdatum: 12. Mai 2024", "2024-05-12"), ("Veröffentlichungsdatum: 12.05.2024", "2024-05-12"),
        ("Dieser Inhalt wurde am 12. Mai 2024 - 09:40 publiziert", "2024-05-12T09:40"),
        ("Date: May 12, 2024", "2024-05-12"), ("Publication date: May 12, 2024", "2024-05-12"),  # en
        ("Date published: 12 May 2024", "2024-05-12"), ("Written on May 12, 2024", "2024-05-12"),
        ("Dated 12 May 2024", "2024-05-12"),
    ],
)
def test_date_noun_lines(line: str, expected: str) -> None:
    assert is_date_line(line)
    assert find_dates(line)[0] == expected


PAGES = [
    ("sv", "Utgivningsdatum 12.5.2024 09.40", "Ny bro över älven öppnar i höst",
     "Bygget av den nya bron över älven har gått snabbare än väntat och trafiken kan släppas på i oktober.",
     "2024-05-12T09:40"),
    ("da", "Udgivelsesdato: 12. maj 2024", "Ny bro over åen åbner til efteråret",
     "Byggeriet af den nye bro over åen er gået hurtigere end ventet, og trafikken kan komme over i oktober.",
     "2024-05-12"),
    ("en", "Date: May 12, 2024", "New bridge over the river opens in autumn",
     "Work on the new bridge over the river has gone faster than expected, and traffic can cross from October.",
     "2024-05-12"),
]


@pytest.mark.parametrize(("lang", "dateline", "title", "lead", "published"), PAGES)
def test_date_noun_line_is_no_headline(lang: str, dateline: str, title: str, lead: str, published: str) -> None:
    text = f"{dateline}\n\n{title}\n\n{lead}\n\n{lead}\n"
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))
    assert (article.title, article.published) == (title, published)
