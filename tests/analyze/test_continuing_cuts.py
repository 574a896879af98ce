"""Quote paragraphs that are no continuation (issue 10, continuing.continuations): a paragraph opened by a quotation
mark whose closing mark was lost before its own tag ("»A. B, siger han.") is that tag's record only; a whole quote
paragraph at the page's end goes on; a tag verb that reports only after a
quotation ("bedyrar", "påminner", "sukker") closes a dash paragraph. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

LOST_CLOSING_MARK = [
    ("da", ("Fyringer\n\nTillidsmand Ole Hansen fortæller, at han talte med ledelsen.\n\n»Jeg medgiver, at det er "
            "svært. Men det er ikke i orden, før man selv har fået det at vide. Og det skete også sidste gang, siger han."),
     ("han", "siger", ("Jeg medgiver, at det er svært. Men det er ikke i orden, før man selv har fået det at vide. "
                       "Og det skete også sidste gang"))),
    ("no", ("Varsel\n\nKlubbleder Ola Lie sier at han er skuffet.\n\n«Vi fikk vite det i avisen. Det er ikke greit. "
            "Det skjedde også sist, sier han."),
     ("han", "sier", "Vi fikk vite det i avisen. Det er ikke greit. Det skjedde også sist")),
    ("sv", ("Varsel\n\nOrdföranden Eva Ek säger att hon är besviken.\n\n”Vi fick veta det i tidningen. Det är inte "
            "okej. Det hände förra gången också, säger hon."),
     ("hon", "säger", "Vi fick veta det i tidningen. Det är inte okej. Det hände förra gången också")),
]


@pytest.mark.parametrize(("lang", "text", "row"), LOST_CLOSING_MARK)
def test_a_quote_paragraph_closed_by_its_own_tag_is_one_record(lang: str, text: str, row: Row) -> None:
    found = rows(text, lang)
    assert row in found
    assert not any(cue is None and content.startswith(row[2][:20]) for _, cue, content in found)


WHOLE_AT_THE_END = [
    ("sv", "Gripande\n\nÅklagaren Eva Ek säger att mannen är gripen.\n\n– Vi fortsätter utredningen.",
     ("Åklagaren Eva Ek", None, "Vi fortsätter utredningen")),
    ("no", "Brann\n\nPolitiet sier at huset er nedbrent.\n\n– Mannen er hjemme nå.\n",
     ("Politiet", None, "Mannen er hjemme nå")),
]


@pytest.mark.parametrize(("lang", "text", "row"), WHOLE_AT_THE_END)
def test_a_whole_quote_paragraph_at_the_page_end_goes_on(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)


TAG_VERBS = [
    ("sv", "Rapport\n\nAnna Berg är chef på verket.\n\n– Vi döljer ingenting, bedyrar hon.", ("hon", "bedyrar", "Vi döljer ingenting")),
    ("sv", "Rapport\n\nAnna Berg är chef på verket.\n\n– Det blir bra, ler Berg.", ("Berg", "ler", "Det blir bra")),
    ("no", "Rapport\n\nOla Lie er sjef.\n\n– Dette er viktige bedrifter, påminner Lie.",
     ("Lie", "påminner", "Dette er viktige bedrifter")),
    ("no", "Rapport\n\nOla Lie er sjef.\n\n– Vi skjuler ingenting, bedyrer han.", ("han", "bedyrer", "Vi skjuler ingenting")),
    ("da", "Rapport\n\nOle Hansen er chef.\n\n– Det er vigtigt, påminder Hansen.", ("Hansen", "påminder", "Det er vigtigt")),
    ("da", "Rapport\n\nOle Hansen er chef.\n\n– Det var en lang dag, sukker han.", ("han", "sukker", "Det var en lang dag")),
]


@pytest.mark.parametrize(("lang", "text", "row"), TAG_VERBS)
def test_a_tag_verb_closes_a_dash_paragraph(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)
