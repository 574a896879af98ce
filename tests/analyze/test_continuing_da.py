"""Tests of `enligt.analyze.continuing` (da): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

# da42: a run of tagless quote paragraphs after a paragraph with no record goes on the person whose tag closes the
# run ("– A" + "– B, siger X"), not on the speaker quoted before that paragraph (continuing._run_closer). Every
# sentence is written for its test.
CASES: list[tuple[str, list[Row]]] = [
    (("Borgmester Lis Holm kalder aftalen for et gennembrud.\n\n"
     "- Vi har ventet længe på det her, siger Lis Holm.\n\n"
     "Ikke kun Lis Holm er glad, for også skoleleder Niels Dam har grund til at smile.\n\n"
     "- Eleverne får endelig nye lokaler.\n\n"
     "- Vi flytter ind efter sommerferien, siger Niels Dam."),
     [("Borgmester Lis Holm", "kalder", "aftalen for et gennembrud"),
      ("Lis Holm", "siger", "Vi har ventet længe på det her"),
      ("Niels Dam", None, "Eleverne får endelig nye lokaler"),
      ("Niels Dam", "siger", "Vi flytter ind efter sommerferien")]),
    # the same speaker closes the run: the quotes stay his
    (("Træner Ole Kjær var skuffet efter kampen.\n\n"
     "- Vi spillede ikke godt nok, siger Ole Kjær.\n\n"
     "Holdet møder Brøndby på søndag.\n\n"
     "- Vi skal have point.\n\n"
     "- Ellers bliver det svært, siger Ole Kjær."),
     [("Ole Kjær", "siger", "Vi spillede ikke godt nok"),
      ("Ole Kjær", None, "Vi skal have point"),
      ("Ole Kjær", "siger", "Ellers bliver det svært")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_run_of_quotes_goes_on_the_tag_that_closes_it(text: str, expected: list[Row]) -> None:
    assert rows(text, "da") == expected
