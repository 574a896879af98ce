"""German clause shapes around a cue (issue 10): a subject with an apposition or relative clause before
"sprach von", a subject shared by a verb coordinated with "und", a noun complement that ends at a dash
before a new clause, a speaker's role "von" a place or person, and Konjunktiv I sentences opened by "Es".
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import Row, rows_in

Named = tuple[str | None, str | None]  # source, source_name


run = rows_in("de")


def names(text: str) -> list[Named]:
    article = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="de")
    return [(a.source, a.source_name) for a in attribute(article)]


CONSTRUCTIONS = [
    # "sprach von" after a subject with an apposition: the phrase after "von" is what was said, never a speaker
    ("Der Landrat von Ebersfeld, Jonas Meerwald, sprach von einer angespannten Lage.",
     [("Der Landrat von Ebersfeld", "sprach von", "einer angespannten Lage")]),
    ("Die Leiterin der Klinik, Petra Saalfeld, sprach am Abend von vier Verletzten.",
     [("Die Leiterin der Klinik", "sprach von", "vier Verletzten")]),
    ("Der Trainer, ein früherer Nationalspieler, spricht von einem verdienten Sieg.",
     [("Der Trainer", "spricht von", "einem verdienten Sieg")]),
    # a subject with a relative clause, after a role "von" a person
    ("Ein Sprecher von Bürgermeister Olaf Tiede, der am Montag die Baustelle besucht hatte, sagte, es ruhe alles.",
     [("Ein Sprecher von Bürgermeister Olaf Tiede", "sagte", "es ruhe alles")]),
    ("Eine Sprecherin von Minister Kurz, die den Termin abgesagt hatte, sagte, es gebe keinen Ersatz.",
     [("Eine Sprecherin von Minister Kurz", "sagte", "es gebe keinen Ersatz")]),
    ("Der Anwalt von Lena Voss, der sie seit Jahren vertritt, erklärte, sie sei unschuldig.",
     [("Der Anwalt von Lena Voss", "erklärte", "sie sei unschuldig")]),
    # a cue coordinated by "und" with an earlier verb: the subject is that verb's
    ("Das Bauamt sperrte die Brücke am Morgen und sprach von schweren Schäden.",
     [("Das Bauamt", "sprach von", "schweren Schäden")]),
    ("Die Reederei strich alle Fahrten und teilte mit, das Schiff liege fest.",
     [("Die Reederei", "teilte mit", "das Schiff liege fest")]),
    ("Der Verein verschob das Spiel und erklärte, der Platz sei unbespielbar.",
     [("Der Verein", "erklärte", "der Platz sei unbespielbar")]),
    # short phrases between the two words of a cue ("sprach am Sonntag auf Anfrage von"); a subject there is none
    ("Ein Sprecher der Bahn sprach am Sonntag auf Anfrage von einem Defekt.",
     [("Ein Sprecher der Bahn", "sprach von", "einem Defekt")]),
    ("Die Wetterwarte warnte am Montag in einer Mitteilung vor Glätte.",
     [("Die Wetterwarte", "warnte vor", "Glätte")]),
    ("Der Arzt sprach gegenüber dem Sender von drei Toten.", [("Der Arzt", "sprach von", "drei Toten")]),
    ("Am Abend sprach der Landrat von einer Krise.", [("der Landrat", "sprach von", "einer Krise")]),
    # a cue after ", und" goes on with the speaker of the cue before it
    ("Die Behörden befürchten, dass die Zahl steigt, und warnen vor Plünderungen.",
     [("Die Behörden", "befürchten", "die Zahl steigt"), ("Die Behörden", "warnen vor", "Plünderungen")]),
    ("Die Ärzte glauben, dass die Lage sich bessert, und rechnen mit weniger Fällen.",
     [("Die Ärzte", "glauben", "die Lage sich bessert"), ("Die Ärzte", "rechnen mit", "weniger Fällen")]),
    ("Der Verband fürchtet, dass Betriebe schließen, und warnt vor Entlassungen.",
     [("Der Verband", "fürchtet", "Betriebe schließen"), ("Der Verband", "warnt vor", "Entlassungen")]),
    # "Angaben der X zufolge" opening the sentence: the genitive after the report noun is the source's own
    ("Angaben der Bergwacht zufolge sind zwei Wanderer vermisst.",
     [("Angaben der Bergwacht", "zufolge", "sind zwei Wanderer vermisst")]),
    # an article inside the clause is no relative pronoun, and a figure after the source is no part of it
    ("Die Zahl der Toten stieg nach offiziellen Angaben auf 40.",
     [("offiziellen Angaben", "nach", "Die Zahl der Toten stieg auf 40")]),
    ("Die Zahl stieg nach Angaben der Polizei auf 40.", [("der Polizei", "nach Angaben", "Die Zahl stieg auf 40")]),
    ("Der Preis der Karten sank laut dem Veranstalter um 20 Prozent.",
     [("dem Veranstalter", "laut", "Der Preis der Karten sank um 20 Prozent")]),
    # plural and past forms of belief and expectation
    ("Ermittler vermuten, dass der Täter aus dem Ort stammt.",
     [("Ermittler", "vermuten", "der Täter aus dem Ort stammt")]),
    ("Händler rechnen damit, dass die Preise steigen.", [("Händler", "rechnen damit", "die Preise steigen")]),
    ("Kritiker bezweifeln, dass der Plan aufgeht.", [("Kritiker", "bezweifeln", "der Plan aufgeht")]),
    ("Wir schätzen die Arbeit der Helfer sehr.", []),
    # a noun complement ends at a dash that opens a clause of its own; a dash with no verb goes on
    ("Die Bergwacht sprach von zwei Vermissten – damit würde die Suche bis Montag dauern.",
     [("Die Bergwacht", "sprach von", "zwei Vermissten")]),
    ("Der Verband spricht von einem Rückgang – das ist der tiefste Stand seit Jahren.",
     [("Der Verband", "spricht von", "einem Rückgang")]),
    ("Die Feuerwehr sprach von drei Verletzten – einer davon schwer.",
     [("Die Feuerwehr", "sprach von", "drei Verletzten – einer davon schwer")]),
    # Konjunktiv I sentences opened by "Es" go on from the reported speech before them
    ("Die Ärztin sagte, die Lage sei ernst. Es könne aber noch Tage dauern. Weitere Betten seien frei.",
     [("Die Ärztin", "sagte", "die Lage sei ernst"), ("Die Ärztin", None, "Es könne aber noch Tage dauern"),
      ("Die Ärztin", None, "Weitere Betten seien frei")]),
    ("Der Förster sagte, der Wald sei trocken. Es gebe kaum Regen.",
     [("Der Förster", "sagte", "der Wald sei trocken"), ("Der Förster", None, "Es gebe kaum Regen")]),
    ("Die Polizei teilte mit, die Straße sei frei. Es habe keine Verletzten gegeben.",
     [("Die Polizei", "teilte mit", "die Straße sei frei"), ("Die Polizei", None, "Es habe keine Verletzten gegeben")]),
    # "laut" before no noun phrase is the adjective "loud", no cue
    ("„Es war sehr laut und alle rannten weg“, sagte eine Anwohnerin.",
     [("eine Anwohnerin", "sagte", "Es war sehr laut und alle rannten weg")]),
    ("Der Mann rief laut um Hilfe.", []),
    ("Die Sirene war laut genug.", []),
    ("Es gab laut dpa zwei Verletzte.", [("dpa", "laut", "Es gab zwei Verletzte")]),
    # Swiss German writes "ss" for "ß": "hiess es", "heisst es" are the impersonal cues
    ("«Die Pässe sind gesperrt», hiess es.", [(None, "hiess es", "Die Pässe sind gesperrt")]),
    ("Aus dem Kanton hiess es, die Lage sei ruhig.", [("dem Kanton", "hiess es", "die Lage sei ruhig")]),
    ("Der Zug falle aus, heisst es beim Betreiber.", [("Betreiber", "heisst es", "Der Zug falle aus")]),
    # a source whose adjective holds a phrase of its own ("der in Genf ansässigen Gruppe"): one phrase, past the article
    ("Nach Angaben der in Lyon ansässigen Stiftung sind 30 Menschen gestorben.",
     [("der in Lyon ansässigen Stiftung", "Nach Angaben", "sind 30 Menschen gestorben")]),
    ("Nach Angaben der in den Bergen tätigen Retter wurden zwei Wanderer geborgen.",
     [("der in den Bergen tätigen Retter", "Nach Angaben", "wurden zwei Wanderer geborgen")]),
    ("Laut der seit Jahren im Tal tätigen Gruppe sind drei Hütten zerstört.",
     [("der seit Jahren im Tal tätigen Gruppe", "Laut", "sind drei Hütten zerstört")]),
    # a possessive's report noun before "nach" or "zufolge", inside a sentence: both sides are the content
    ("Neben zwei Hütten brannten ihren Angaben nach auch drei Ställe ab.",
     [("ihren", "ihren Angaben nach", "Neben zwei Hütten brannten auch drei Ställe ab")]),
    ("Seinen Informationen nach fiel der Strom um acht Uhr aus.",
     [("Seinen", "Seinen Informationen nach", "fiel der Strom um acht Uhr aus")]),
    ("Am Morgen wurden seiner Darstellung zufolge zwei Boote gestohlen.",
     [("seiner", "seiner Darstellung zufolge", "Am Morgen wurden zwei Boote gestohlen")]),
    # "meldete sich" closing its clause is no report
    ("Der Fahrer meldete sich.", []),
    ("Am Abend meldeten sich drei Zeugen.", []),
    ("Die Bahn meldete, der Zug falle aus.", [("Die Bahn", "meldete", "der Zug falle aus")]),
    # a tag after a clause fronted with a phrase: the time after the speaker is no part of it
    ("Unter den Gästen seien zwei Ärzte, sagte der Wirt am Sonntag.",
     [("der Wirt", "sagte", "Unter den Gästen seien zwei Ärzte")]),
    ("Auf der Straße lägen Scherben, meldete die Feuerwehr am Morgen.",
     [("die Feuerwehr", "meldete", "Auf der Straße lägen Scherben")]),
    ("Im Keller stehe Wasser, berichtete der Hausmeister am Abend.",
     [("der Hausmeister", "berichtete", "Im Keller stehe Wasser")]),
    # a tag after a closing quote mark with no comma, behind a clause in Konjunktiv I
    ("Die Lage sei „sehr ernst“ sagte die Ärztin.", [("die Ärztin", "sagte", "Die Lage sei „sehr ernst“")]),
    ("Unter den Toten seien zwei Kinder, darunter \"ein Säugling\" meldete der Sender.",
     [("der Sender", "meldete", "Unter den Toten seien zwei Kinder, darunter \"ein Säugling\"")]),
    ("Der Damm halte „vorerst“ erklärte der Bürgermeister.",
     [("der Bürgermeister", "erklärte", "Der Damm halte „vorerst“")]),
    ("Die „Morgenpost“ meldete, der Damm halte.", [("Die „Morgenpost“", "meldete", "der Damm halte")]),
    # "berichteten von": the noun phrase after "von" is what was told, also after a fronted phrase and a time insert
    ("Nach dem Sturm berichteten Anwohner von umgestürzten Bäumen.",
     [("Anwohner", "berichteten von", "umgestürzten Bäumen")]),
    ("Nach dem Brand in Lohr, gestern am späten Abend, berichteten Zeugen von einem Knall.",
     [("Zeugen", "berichteten von", "einem Knall")]),
    ("Mehrere Fahrgäste berichteten von langen Wartezeiten.",
     [("Mehrere Fahrgäste", "berichteten von", "langen Wartezeiten")]),
    ("Nach der Wahl, am Sonntagabend, sagte die Kandidatin, sie sei zufrieden.",
     [("die Kandidatin", "sagte", "sie sei zufrieden")]),
    # a stance kept or held, its frame between the verb and the clause (holding.tsv)
    ("Das Bauamt blieb bei seiner Darstellung, die Halle sei sicher.",
     [("Das Bauamt", "blieb bei seiner Darstellung", "die Halle sei sicher")]),
    ("In Tirol blieb die Bergrettung bei ihren ersten Angaben, vier Wanderer würden vermisst.",
     [("die Bergrettung", "blieb bei ihren ersten Angaben", "vier Wanderer würden vermisst")]),
    ("Der Verein beharrte seinerseits auf seiner Zählung, 900 Fans seien gekommen.",
     [("Der Verein", "beharrte auf seiner Zählung", "900 Fans seien gekommen")]),
    ("Die Ärztin hält es für wahrscheinlich, dass das Wasser verseucht war.",
     [("Die Ärztin", "hält es für wahrscheinlich", "das Wasser verseucht war")]),
    ("Inzwischen hält es die Polizei für möglich, dass der Brand gelegt wurde.",
     [("die Polizei", "hält es für möglich", "der Brand gelegt wurde")]),
    ("Der Richter hielt es für erwiesen, dass der Mann gelogen hatte.",
     [("Der Richter", "hielt es für erwiesen", "der Mann gelogen hatte")]),
    ("Die Kinder blieben bei ihrer Großmutter, bis die Eltern kamen.", []),
    ("Die Preise bleiben bei den Angaben, die wir kennen.", []),
    ("Die Polizei hält den Mann für den Täter.", []),
    # a judgement with no clause: the object and the adjective are what is held (the cue's "für" left out, de39)
    ("Die Kommission hält den Plan für rechtswidrig.", [("Die Kommission", "hält für", "den Plan rechtswidrig")]),
    ("Die Ärztin hielt das Risiko für sehr gering.", [("Die Ärztin", "hielt für", "das Risiko sehr gering")]),
    ("Der Verband hält die neue Regel für unfair.", [("Der Verband", "hält für", "die neue Regel unfair")]),
    ("Der Verein hält an seinem Plan fest.", []),
    # a subject with an apposition before a split cue whose particle follows the verb at once
    ("Der Betreiber des Werks, die Talstrom GmbH, teilte mit, der Kessel sei sicher.",
     [("Der Betreiber des Werks", "teilte mit", "der Kessel sei sicher")]),
    ("Die Sprecherin, Ida Lenz, teilte am Abend mit, die Straße sei frei.",
     [("Die Sprecherin", "teilte mit", "die Straße sei frei")]),
    ("Der Pilot sei unverletzt, teilte die Flugschule mit.",
     [("die Flugschule", "teilte mit", "Der Pilot sei unverletzt")]),
    # an assumption, "geht von X aus": X is what is assumed; not after a definite article (where something comes from)
    ("Die Forscher gehen von einer Verdopplung aus.", [("Die Forscher", "gehen aus", "einer Verdopplung")]),
    ("Der Wetterdienst ging von 30 Zentimetern Neuschnee aus.",
     [("Der Wetterdienst", "ging aus", "30 Zentimetern Neuschnee")]),
    ("Die Gefahr geht von dem Hang aus.", []),
    ("Die Kinder gehen von der Schule nach Hause.", []),
    # blame: "macht X für Y verantwortlich" (a split cue) and its perfect; the object and its complement are the content
    ("Die Opposition macht den Minister für das Chaos verantwortlich.",
     [("Die Opposition", "macht verantwortlich", "den Minister für das Chaos")]),
    ("Die Regierung hat die Rebellen für den Tod von zwei Helfern im Norden verantwortlich gemacht.",
     [("Die Regierung", "verantwortlich gemacht", "die Rebellen für den Tod von zwei Helfern im Norden")]),
    ("Am Montag hatte die Polizei den Fahrer für den Unfall verantwortlich gemacht.",
     [("die Polizei", "verantwortlich gemacht", "den Fahrer für den Unfall")]),
    # talk of something with no speaker: "war von X die Rede", "Die Rede ist von X"; "Rede" as a speech is none
    ("Im Dorf war von einer Explosion in der Mühle die Rede.",
     [(None, "war die Rede", "einer Explosion in der Mühle")]),
    ("Zunächst ist von 20 Verletzten die Rede.", [(None, "ist die Rede", "20 Verletzten")]),
    ("Die Rede ist von drei Toten.", [(None, "Die Rede ist", "drei Toten")]),
    ("In seiner Rede sagte der Minister, die Lage sei ernst.", [("der Minister", "sagte", "die Lage sei ernst")]),
    ("Die Rede des Ministers dauerte lange.", []),
    # the verb "rede" (Konjunktiv of reden) is no cue: the topic of talk is no claim
    ("Jeder rede nur über das Wetter, sagte die Wirtin.", [("die Wirtin", "sagte", "Jeder rede nur über das Wetter")]),
    # ", demnach C" after a record's content goes on from it, with "demnach" as its cue
    ("Helfer gehen von deutlich mehr Opfern aus, demnach starben Hunderte.",
     [("Helfer", "gehen aus", "deutlich mehr Opfern"), ("Helfer", "demnach", "starben Hunderte")]),
    ("Der Verband sprach von 30 Verletzten, demnach mussten zehn ins Krankenhaus.",
     [("Der Verband", "sprach von", "30 Verletzten"), ("Der Verband", "demnach", "mussten zehn ins Krankenhaus")]),
    ("Laut Polizei brannte es, demnach war ein Kabel defekt.",
     [("Polizei", "Laut", "brannte es, demnach war ein Kabel defekt")]),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS)
def test_constructions(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def vias(text: str) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    article = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="de")
    return [(a.source, a.cue, a.via) for a in attribute(article)]


VIAS = [
    # "unter Berufung auf Y" after a reporting verb: Y's record goes via the reporter, the reporter's has no via
    ("Die Brücke sei gesperrt, berichtete der Sender unter Berufung auf die Behörde.",
     [("der Sender", "berichtete", ()), ("die Behörde", "unter Berufung auf", ("der Sender",))]),
    ("Der Sender berichtete unter Berufung auf die Behörde, die Brücke sei gesperrt.",
     [("Der Sender", "berichtete", ()), ("die Behörde", "unter Berufung auf", ("Der Sender",))]),
    ("Zwei Fähren lägen fest, meldete der Sender am Montag unter Berufung auf die Reederei.",
     [("der Sender", "meldete", ()), ("die Reederei", "unter Berufung auf", ("der Sender",))]),
]


@pytest.mark.parametrize(("text", "expected"), VIAS)
def test_vias(text: str, expected: list[tuple[str | None, str | None, tuple[str, ...]]]) -> None:
    assert vias(text) == expected


def types(text: str) -> list[str | None]:
    article = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="de")
    return [a.source_type for a in attribute(article)]


SOURCE_TYPES = [
    # an authority in "-amt" of any compound, a crisis centre of the state, an "-ministerium", a company form
    ("Das Sozialamt teilte mit, die Kasse sei leer.", ["official"]),
    ("Das Kanzleramt teilte mit, der Termin stehe.", ["official"]),
    ("Das nationale Lagezentrum meldete, die Flut sinke.", ["official"]),
    ("Das Verkehrsministerium teilte mit, die Straße sei frei.", ["official"]),
    ("Die Brunnbach Logistik GmbH teilte mit, das Lager sei geräumt.", ["organization"]),
    ("Die Seeberg AG teilte mit, der Gewinn sei gestiegen.", ["organization"]),
    # a body's noun before its name gives the type, whatever words the name holds
    ("Die Hilfsorganisation Ärzte am Fluss sprach von 30 Toten.", ["organization"]),
    ("Die Menschenrechtsorganisation Peru Human Watch spricht von 300 Toten.", ["organization"]),
    ("Der Sender Radio Nord meldete, die Fähre liege fest.", ["media"]),
    # television by its short name; investigations are a document
    ("Das staatliche TV meldete, die Lage sei ruhig.", ["media"]),
    ("Letzten Ermittlungen zufolge war der Täter allein.", ["document"]),
    ("Neuen Ermittlungen zufolge brannte es zweimal.", ["document"]),
    # a report noun's genitive gives the type: what the authorities said
    ("Den Angaben der örtlichen Behörden zufolge starben zwei Menschen.", ["official"]),
    ("Angaben der Feuerwehr zufolge brannte es.", ["official"]),
    ("Den Informationen des Senders zufolge brannte es.", ["media"]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_TYPES)
def test_source_types(text: str, expected: list[str | None]) -> None:
    assert types(text) == expected


NAMES = [
    # a role "von" a place keeps the place, and the name after it is the source's name
    ("Der Bürgermeister von Altdorf, Hans Berger, sagte, die Lage sei schwierig.",
     [("Der Bürgermeister von Altdorf", "Hans Berger")]),
    ("Die Präsidentin von Borkum, Ida Lenz, sprach von einem harten Winter.",
     [("Die Präsidentin von Borkum", "Ida Lenz")]),
    ("Der Gouverneur von Nordland, Erik Sand, sprach von Schäden. Die Straßen seien gesperrt.",
     [("Der Gouverneur von Nordland", "Erik Sand"), ("Der Gouverneur von Nordland", "Erik Sand")]),
    # the name after a body's or role's noun; a party in brackets is no name
    ("Die Menschenrechtsorganisation Peru Human Watch spricht von 300 Toten.",
     [("Die Menschenrechtsorganisation Peru Human Watch", "Peru Human Watch")]),
    ("Nach Angaben der in Lyon ansässigen Stiftung Terre Claire (TC) starben 40 Menschen.",
     [("der in Lyon ansässigen Stiftung Terre Claire (TC)", "Terre Claire")]),
    # (de45: the party stays in the source, as the gold keeps it: "Lukas X (Grüne)", "Anna Y (S)")
    ("Der Innenminister Karl Roth (SPD) sagte, es sei ruhig.", [("Der Innenminister Karl Roth (SPD)", "Karl Roth")]),
    ("Die Ministerin Eva Lenz (Grüne) erklärte, der Plan stehe.", [("Die Ministerin Eva Lenz (Grüne)", "Eva Lenz")]),
    # a relative clause after the participle that closes its clause points back to the noun before the participle
    ("Dann sind Menschen an uns vorbeigelaufen, die erzählten, der Kessel sei explodiert.", [("die", "Menschen")]),
    ("Es haben Nachbarn bei der Polizei angerufen, die sagten, es brenne.", [("die", "Nachbarn")]),
    ("Zuerst waren Kinder zu uns gekommen, die erzählten, der Hund sei weg.", [("die", "Kinder")]),
    # a feminine or plural possessive with no person before it points to the last body named
    ("Nach Angaben der Stiftung Terre Claire starben 40 Menschen. Ihren Informationen nach kamen zehn Helfer um.",
     [("der Stiftung Terre Claire", "Terre Claire"), ("Ihren", "Terre Claire")]),
    ("Die Stadtwerke meldeten, das Netz sei stabil. Ihren Angaben nach fiel nur ein Trafo aus.",
     [("Die Stadtwerke", None), ("Ihren", "Die Stadtwerke")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names(text: str, expected: list[Named]) -> None:
    assert names(text) == expected
