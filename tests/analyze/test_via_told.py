"""Tests of via told: tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import full_rows

# Via chains on real pages' shapes (stop 38): a medium told past a long apposition or relative clause of the
# speaker ("…, siger X, der er lektor ved Y, til Ritzau."), a medium told after an interview noun and a description
# ("i et interview til den britiske tv-station BBC"), a broadcaster's programme glued to its name ("im
# ZDF-Morgenmagazin"), a network's affiliate ("NBC affiliate KQRS"), the object of English "told" after a speaker's
# apposition (no inverted tag: "“Q,” X, 61, told the BBC"), a German dative medium after the speaker's prepositional
# phrases ("sagte X von Y bei Z der Deutschen Presse-Agentur nach der Sitzung"), and Norwegian "til" naming a document's
# owner ("oversikten til X"), no medium told. Every sentence is written for its test.
VIAS = [
    # a relative clause or a long apposition between the speaker and the medium told
    ("da", ("Smitten breder sig nu langsomt mod nord, siger Jens Holm, der er lektor i dyrlægevidenskab ved et "
           "universitet i Jylland, til Ritzau."), "Jens Holm", ("Ritzau",)),
    ("sv", ("– Något sådant har vi inte sett på tjugo år, säger Eva Lind, som är presschef vid ett stort "
           "sjukhus i södra Sverige, till Sydsvenskan."), "Eva Lind", ("Sydsvenskan",)),
    ("no", ("– Vi har aldri sett noe lignende tidligere, sier Ola Dahl, som er vaktleder ved brannstasjonen i byen, "
           "til NRK."), "Ola Dahl", ("NRK",)),
    # an interview given to a medium described before its name
    ("da", "Byen er fuldstændig isoleret nu. Det fortæller borgmesteren i et interview til den britiske tv-station BBC.",
     "borgmesteren", ("BBC",)),
    ("da", "Byen er fuldstændig isoleret nu, siger borgmesteren i et interview til den britiske tv-station BBC.",
     "borgmesteren", ("BBC",)),
    ("no", "Byen er helt isolert nå. Det sier ordføreren i et intervju til den britiske TV-kanalen BBC.",
     "ordføreren", ("BBC",)),
    # a broadcaster's programme named with the broadcaster
    ("de", "Der Haushalt sei knapp, sagte Landrätin Eva Roth am Dienstag im ZDF-Morgenmagazin.", "Landrätin Eva Roth",
     ("ZDF-Morgenmagazin",)),
    ("de", "Die Lage sei ernst, sagte Landrätin Eva Roth im ARD-Mittagsmagazin.", "Landrätin Eva Roth",
     ("ARD-Mittagsmagazin",)),
    # a German dative medium after the speaker's prepositional phrases
    ("de", ("«Wir prüfen alle Hinweise», sagte Oberstaatsanwältin Eva Roth von der Stelle für Betrug bei der "
           "Staatsanwaltschaft (SfB) Trier der Deutschen Presse-Agentur am Dienstag."),
     "Oberstaatsanwältin Eva Roth von der Stelle", ("Deutsche Presse-Agentur",)),
    ("de", "«Wir prüfen alle Hinweise», sagte ein Sprecher bei einem Termin in der Stadt am Dienstag.",
     "ein Sprecher", ()),
    # Norwegian "til" after a document's definite noun names its owner, no medium told
    ("no", "I Vestby mangler 900 husstander strøm, viser oversikten til Nordnett.", "oversikten til Nordnett", ()),
    ("no", "Over 300 kunder er uten strøm i kveld. Det viser tallene til Nordnett.", "tallene til Nordnett", ()),
    ("no", "– Det blir en lang natt for mange, sier vaktleder Per Holm til Nordposten.", "vaktleder Per Holm",
     ("Nordposten",)),
    # English: a network's affiliate is the station told; "told" after a speaker's apposition keeps its speaker
    ("en", "The dam will hold, Mayor Ann Lee told NBC affiliate KQRS on Monday.", "Mayor Ann Lee", ("KQRS",)),
    ("en", "\u201cWe were lucky,\u201d neighbour Ann Wood, 61, told the Harbour Gazette.", "neighbour Ann Wood",
     ("Harbour Gazette",)),
    ("en", "\u201cIt was loud,\u201d resident Tom Hill, who lives by the river, told the BBC.", "resident Tom Hill",
     ("BBC",)),
    # English: the interview after a tag that follows its content
    ("en", "The mill will close in May, chief executive Sara Lind said in an interview with Reuters.",
     "chief executive Sara Lind", ("Reuters",)),
    ("en", "The mill will close in June, chief executive Sara Lind told Reuters in a phone interview.",
     "chief executive Sara Lind", ("Reuters",)),
    ("en", "The mill will close in July, chief executive Sara Lind said in a letter to the mayor.",
     "chief executive Sara Lind", ()),
    # English: a report citing an anonymous source the multi-word rows type ("people familiar")
    ("en", "The mill will close in May, Bloomberg reported, citing people familiar with the plans.",
     "people familiar with the plans", ("Bloomberg",)),
    # German: a fronted dative medium written in lower case; an interview medium named once, in its own form
    ("de", "Dem Sender n-tv sagte Landrat Max Roth, die Brücke bleibe zu.", "Landrat Max Roth", ("n-tv",)),
    ("de", "Der Nachrichtenagentur dpa sagte Landrat Max Roth, die Lage sei ernst.", "Landrat Max Roth", ("dpa",)),
    ("de", "Die Lage sei ernst, sagte Landrat Max Roth im Gespräch mit dem Bayerischen Rundfunk.", "Landrat Max Roth",
     ("Bayerischer Rundfunk",)),
    # a relay after a quotation's tag, named as a medium ("the X news agency" -> X)
    ("en", "\u201cWe will answer soon,\u201d the minister said, as quoted by the Interfax news agency.", "the minister",
     ("Interfax",)),
    # a regional paper known by its initials in its language's gazetteer (sv/named_sources.tsv)
    ("sv", "– Bilen körde alldeles för fort genom korsningen, säger vakthavande befäl Per Ek till SN.",
     "vakthavande befäl Per Ek", ("SN",)),
]


@pytest.mark.parametrize("lang,text,source,via", VIAS)
def test_via_of_the_record(lang: str, text: str, source: str, via: tuple[str, ...]) -> None:
    got = {row[0]: row[5] for row in full_rows(text, lang, outlet="Testbladet")}
    assert got.get(source) == via, got
