"""A tagless quotation that speaks of the last speaker in the third person ("– Han medger våldet, men …" after
"Den tilltalade nekar till brott.") is not that speaker's: it goes on in the words of the person last quoted
under a tag of their own (analyze.continuing). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import attributions

SPOKEN_OF = [
    # (text, lang, source_name of the tagless quotation)
    (("– Min klient är oskyldig, säger försvarsadvokaten Maria Lindqvist.\n\n"
      "Den tilltalade mannen nekar till brott.\n\n– Han medger att han var där, men han har inte slagit någon."),
     "sv", "Maria Lindqvist"),
    (("– Min klient er uskyldig, sier forsvarer Ola Brekke.\n\n"
      "Den tiltalte mannen nekter straffskyld.\n\n– Han erkjenner at han var der, men han har ikke slått noen."),
     "no", "Ola Brekke"),
    (("- Min klient er uskyldig, siger forsvarer Mette Holst.\n\n"
      "Den tiltalte mand nægter sig skyldig.\n\n- Han erkender at han var der, men han har ikke slået nogen."),
     "da", "Mette Holst"),
]

SPOKEN_BY = [
    # the quotation speaks of someone else: the last speaker goes on
    (("– Vi har gripit en man, säger kommissarie Per Ekdahl.\n\n"
      "– Han erkänner att han var där, men vi utreder vidare."), "sv", "Per Ekdahl"),
]


@pytest.mark.parametrize("text,lang,name", SPOKEN_OF + SPOKEN_BY)
def test_quotation_of_the_last_speaker_is_someone_elses(text: str, lang: str, name: str) -> None:
    quote = next(a for a in attributions(text, lang) if a.cue is None)
    assert quote.source_name == name
