"""Via round 45: a medium told at a Nordic tag's end whose name no list knows, written in two capitalised words
("til Kanal Nord"), and one told after a role noun ("sier vaktsjefen til Bransjeliv": the medium told, no body of
the role; via.closing_recipient, roleorg.role_of_org)."""
from __future__ import annotations

import pytest

from .conftest import via_of

TWO_WORDS = [
    ("– Vi tappade fokus efter paus, säger målvakten Jonsson till Kanal Nord.", "sv", "målvakten Jonsson",
     ["Kanal Nord"]),
    ("– Det blir en lang vinter for bøndene, sier Per Dahl til Radio Vestkyst.", "no", "Per Dahl", ["Radio Vestkyst"]),
    ("- Vi forhandler stadig om prisen, siger direktøren til Sport Vest.", "da", "direktøren", ["Sport Vest"]),
    # not: a person told (a first name), a pronoun
    ("– Jeg er lei meg, sier Kari Lund til Ola Berg.", "no", "Kari Lund", []),
    ("– Vi ses i morgen, säger Anna Berg till Lisa Holm.", "sv", "Anna Berg", []),
    ("- Det var en god dag, siger Jens Lund til Han Selv.", "da", "Jens Lund", []),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), TWO_WORDS)
def test_two_word_medium_told(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via


AFTER_ROLE = [
    ("– Vi har bare en avtale med klubben, sier vaktsjefen til Bransjeliv.", "no", "vaktsjefen", ["Bransjeliv"]),
    ("- Kontrakten er ikke underskrevet endnu, siger formanden til Egnsliv.", "da", "formanden", ["Egnsliv"]),
    ("– Leveranserna kommer i vår, säger presschefen till Lönekollen.", "sv", "presschefen", ["Lönekollen"]),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), AFTER_ROLE)
def test_medium_told_after_role(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via


# A fronted recipient named by its kind ("Til avisa forteller X at C"): the medium the page last named.
FRONTED_KIND = [
    ("Planene ble først omtalt av Nordlys i helgen.\n\nTil avisa forteller rådgiver Kari Lund at fristen er ute.",
     "no", "rådgiver Kari Lund", ["Nordlys"]),
    ("Saken ble kjent gjennom Bergens Tidende.\n\nOverfor avisen avviser ordføreren at kommunen brøt avtalen.", "no",
     "ordføreren", ["Bergens Tidende"]),
    ("Sydsvenskan berättade om planerna i går.\n\nTill tidningen säger rektorn att beslutet kom plötsligt.", "sv",
     "rektorn", ["Sydsvenskan"]),
    # not: no medium named before it (the page's own paper)
    ("Til avisen sier ordføreren at fristen er ute.", "no", "ordføreren", []),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), FRONTED_KIND)
def test_fronted_medium_kind(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via
