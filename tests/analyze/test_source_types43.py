"""Round via43 source types: a web site after its owner's possessive or genitive is a document ("its website";
function words site_noun, site_owner), also after a news site's name; a documentary is a document, a broadcaster's
one glued by a hyphen too ("SVT-dokumentären"); courts by their ending ("förvaltningsrätten") and the Norwegian
supreme court are official; the accused are people ("Siktede", "tiltalte"), a voice message a
document; a German listed word keeps its type in the genitive in -es ("des Blattes"); initials before a surname make
a person ("J.T. Ricketson"); a source phrase taken with the preposition of its place is typed by its noun ("In der
Sprachnachricht"); the German report noun "Auskunft" before a genitive owner takes the owner's type.
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.cues import lexicon
from enligt.analyze.sentences import tokenize
from enligt.analyze.sourcetype import classify
from enligt.models import Article


def types(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    """(source, source_type) of each record of `text`, on a paper of its own."""
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang, outlet="Testbladet",
                  authors=("A. Skribent",))
    return [(a.source, a.source_type) for a in attribute(art)]


CASES = [
    ("en", "The bakery chain runs 40 shops, according to its website.", [("its website", "document")]),
    ("en", "The chain has shops in nine towns, the bakery's website says.", [("the bakery's website", "document")]),
    ("en", ("The chain will close, the trade news website Bakeline reported.\n\n"
            "It runs 40 shops, according to its website."),
     [("the trade news website Bakeline", "media"), ("its website", "document")]),
    ("en", "According to the news website Axios, the talks stalled.", [("the news website Axios", "media")]),
    ("en", "A new documentary claims the tender was rigged.", [("A new documentary", "document")]),
    ("sv", "Enligt SVT-dokumentären fälldes skogen utan tillstånd.", [("SVT-dokumentären", "document")]),
    ("da", "Ifølge TV2-dokumentaren blev skoven fældet uden tilladelse.", [("TV2-dokumentaren", "document")]),
    ("no", "Ifølge NRK-dokumentaren ble skogen hogd uten tillatelse.", [("NRK-dokumentaren", "document")]),
    ("de", "Laut der ARD-Doku wurde der Wald ohne Genehmigung gerodet.", [("der ARD-Doku", "document")]),
    ("sv", "Enligt förvaltningsrätten saknade nämnden stöd i lagen.", [("förvaltningsrätten", "official")]),
    ("sv", "Kammarrätten skriver att nämnden saknade stöd i lagen.", [("Kammarrätten", "official")]),
    ("no", "Høyesterett skriver at vedtaket mangler hjemmel.", [("Høyesterett", "official")]),
    ("no", "Siktede har hele tiden nektet for tyveriet.", [("Siktede", "person")]),
    ("da", "Tiltalte nægter sig skyldig i tyveriet.", [("Tiltalte", "person")]),
    ("sv", "Den misstänkte förnekar att han stal bilen.", [("Den misstänkte", "person")]),
    ("de", "Laut einer Sprachnachricht ist die Brücke gesperrt.", [("einer Sprachnachricht", "document")]),
    ("de", "Nach Angaben des Blattes wurde die Brücke gesperrt.", [("des Blattes", "media")]),
    ("en", "R.J. Whitmore said the bridge had been closed since noon.", [("R.J. Whitmore", "person")]),
    ("en", "K. L. Brandt said the bridge had been closed since noon.", [("K. L. Brandt", "person")]),
    ("de", "Laut Auskunft der Feuerwehr blieb die Brücke bis zum Abend gesperrt.",
     [("der Feuerwehr", "official")]),  # (de44: "laut Auskunft" is the cue, as the gold writes it)
]


def test_a_place_phrase_taken_whole_is_typed_by_its_noun() -> None:
    assert classify(tokenize("In der Tonaufnahme"), lexicon("de")) == "document"
    assert classify(tokenize("In the report"), lexicon("en")) == "document"
    assert classify(tokenize("Von der Leyen"), lexicon("de")) == "person"  # a name's particle stays


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_source_type(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text, lang) == expected
