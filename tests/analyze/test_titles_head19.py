"""Quote headlines (issue 10, head19): a title that opens with a dash in a language that marks speech with dashes
("– Vi kommer aldri tilbake") is a quote headline whose speaker the body's quotation repeating it gives; a title's
quoted word or two run on into the headline's words ("‘Historic’ storm …") is a scare quote, no quote headline.
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

DASH_HEADLINES = [
    ("– Vi kommer aldri tilbake hit igjen", "no",
     "Brannen tok hele gården i natt.\n\n– Vi kommer aldri tilbake hit igjen, sier eier Kari Lunde.",
     [("eier Kari Lunde", None, "Vi kommer aldri tilbake hit igjen"),
      ("eier Kari Lunde", "sier", "Vi kommer aldri tilbake hit igjen")]),
    ("- Skolen må stenge før jul", "no",
     "Kommunen sliter med økonomien.\n\n– Skolen må dessverre stenge før jul, sier rektor Ola Berg.",
     [("rektor Ola Berg", None, "Skolen må stenge før jul"),
      ("rektor Ola Berg", "sier", "Skolen må dessverre stenge før jul")]),
    ("– Vi bygger upp allt igen", "sv",
     "Branden förstörde hela lagret i natt.\n\n– Vi bygger upp allt igen, säger ägaren Eva Ek.",
     [("ägaren Eva Ek", None, "Vi bygger upp allt igen"), ("ägaren Eva Ek", "säger", "Vi bygger upp allt igen")]),
    ("– Vi åbner igen til sommer", "da",
     "Restauranten brændte i weekenden.\n\n– Vi åbner igen til sommer, siger ejeren Jens Holm.",
     [("ejeren Jens Holm", None, "Vi åbner igen til sommer"), ("ejeren Jens Holm", "siger", "Vi åbner igen til sommer")]),
    # no quotation in the body repeats it: no speaker, no record
    ("– Vi kommer aldri tilbake hit igjen", "no", "Det regnet hele dagen i byen.", []),
]


@pytest.mark.parametrize("title,lang,body,expected", DASH_HEADLINES)
def test_a_dash_headline_is_a_quote_headline(title: str, lang: str, body: str, expected: list[Row]) -> None:
    assert rows(body, lang, title) == expected


SCARE_QUOTES = [
    ("‘Historic’ storm hits the coast", "en", "“Historic,” the mayor said.", [("the mayor", "said", "Historic")]),
    ("Town hit by ‘freak’ flood", "en", "“Freak,” the mayor said.", [("the mayor", "said", "Freak")]),
    ("”Historisk” storm slog till mot kusten", "sv", "– Historisk, säger borgmästaren.",
     [("borgmästaren", "säger", "Historisk")]),
    ("»Historisk« storm rammer kysten", "da", "»Historisk,« siger borgmesteren.", [("borgmesteren", "siger", "Historisk")]),
    ("„Historischer“ Sturm trifft die Küste", "de", "„Historisch“, sagte der Bürgermeister.",
     [("der Bürgermeister", "sagte", "Historisch")]),
    # a short quote that stands alone or ends at a dash is still a quote headline
    ("”Helt orimligt!” – ny strid om sommarlovet", "sv", "– Det är helt orimligt!, säger Eva Ek.",
     [("Eva Ek", None, "Helt orimligt!"), ("Eva Ek", "säger", "Det är helt orimligt!")]),
]


@pytest.mark.parametrize("title,lang,body,expected", SCARE_QUOTES)
def test_a_scare_quote_in_a_title_is_no_quote_headline(title: str, lang: str, body: str, expected: list[Row]) -> None:
    assert rows(body, lang, title) == expected
