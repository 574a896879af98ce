"""German shapes of real news (issue 10): postposed "zufolge" after a finite verb, one report qualified twice,
plural present cues, "Demnach" going on from the report before, hearsay "soll … gekommen sein", a
verb-final perfect whose object is what was said ("hat die Vorwürfe bestritten") and an adjective inside an
inverted speaker ("sagte der zuständige Sprecher"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import Row, rows_in

Via = tuple[str | None, str | None, tuple[str, ...]]  # source, cue, via


run = rows_in("de")


CONSTRUCTIONS = [
    # "zufolge" inside a sentence: the source never reaches back past the finite verb
    ("Das Feuer ist ersten Angaben zufolge am Morgen ausgebrochen.",
     [("ersten Angaben", "zufolge", "Das Feuer ist am Morgen ausgebrochen")]),
    ("Der Schaden war Angaben der Stadt zufolge gering.",
     [("Angaben der Stadt", "zufolge", "Der Schaden war gering")]),
    ("Zwei Helfer erlitten dem Sprecher zufolge Verletzungen.",
     [("dem Sprecher", "zufolge", "Zwei Helfer erlitten Verletzungen")]),
    # "nach ersten Erkenntnissen" right after a source qualifies the same report: one record
    ("Im Dorf sind nach Angaben der Feuerwehr nach ersten Erkenntnissen drei Scheunen abgebrannt.",
     [("der Feuerwehr", "nach Angaben", "Im Dorf sind nach ersten Erkenntnissen drei Scheunen abgebrannt")]),
    # plural present cues, in a tag and before the content
    ("Drei Brücken seien gesperrt, erklären die Behörden.",
     [("die Behörden", "erklären", "Drei Brücken seien gesperrt")]),
    ("Die Vereine melden, das Turnier falle aus.", [("Die Vereine", "melden", "das Turnier falle aus")]),
    # "teilen … mit" is the plural of the split cue; "teilen sich" is no cue
    ("Die Stadtwerke teilen am Morgen mit, das Wasser sei wieder trinkbar.",
     [("Die Stadtwerke", "teilen mit", "das Wasser sei wieder trinkbar")]),
    ("Die Nachbarn teilen sich einen Garten.", []),
    # "Demnach" goes on from the report before, with its own cue; a Konjunktiv sentence then goes on too
    ("Der Sprecher sagte, der Zug sei entgleist. Demnach fuhr er zu schnell. Verletzt sei niemand.",
     [("Der Sprecher", "sagte", "der Zug sei entgleist"), ("Der Sprecher", "Demnach", "fuhr er zu schnell"),
      ("Der Sprecher", None, "Verletzt sei niemand")]),
    ("Der Zug entgleiste. Demnach fuhr er zu schnell.", []),
    # hearsay "soll … sein" with a participle of a verb of motion or change: not a state ("fertig sein")
    ("Am Abend soll es zu weiteren Schüssen gekommen sein.",
     [(None, "soll", "Am Abend soll es zu weiteren Schüssen gekommen sein")]),
    ("Die Brücke soll im Herbst fertig sein.", []),
    ("Die Arbeiten sollen bis Mai abgeschlossen sein.", []),
    # a verb-final perfect with a noun phrase as what was said: the last noun phrase before the participle
    ("Der Minister hat die Vorwürfe erneut bestritten.", [("Der Minister", "bestritten", "die Vorwürfe")]),
    ("Die Ministerin hat bei ihrem Besuch in den vom Sturm getroffenen Dörfern rasche Hilfe angekündigt.",
     [("Die Ministerin", "angekündigt", "rasche Hilfe")]),
    ("Die Ministerin hat in Bremen Hilfe angekündigt.", [("Die Ministerin", "angekündigt", "Hilfe")]),
    ("Vor ihm hatte die Regierung bereits die Haftung für den Unfall bestritten.",
     [("die Regierung", "bestritten", "die Haftung für den Unfall")]),
    ("Der Verband hat die Rolle des Vereins beim Streit bestritten und den Vorstand entlastet.",
     [("Der Verband", "bestritten", "die Rolle des Vereins beim Streit")]),
    ("Am Morgen, 9 Uhr: Die Stadt hat neue Regeln angekündigt.", [("Die Stadt", "angekündigt", "neue Regeln")]),
    ("Er hat es gesagt.", []),
    # a participle cue before its clause after a comma
    ("Die Feuerwehr hatte am Morgen gemeldet, die Straße sei gesperrt.",
     [("Die Feuerwehr", "gemeldet", "die Straße sei gesperrt")]),
    # an adjective between the article and the noun of a speaker after the cue
    ("Zwei Dächer seien eingestürzt, erklärten die örtlichen Behörden.",
     [("die örtlichen Behörden", "erklärten", "Zwei Dächer seien eingestürzt")]),
    ("Am Abend sagte der zuständige Sprecher, die Lage sei ruhig.",
     [("der zuständige Sprecher", "sagte", "die Lage sei ruhig")]),
    # "in der Stadt" inside a speaker's phrase is no relative clause (German relatives follow a comma)
    ("Ein Sprecher der Feuerwehr in der Stadt sagte, der Brand sei gelöscht.",
     [("Ein Sprecher der Feuerwehr in der Stadt", "sagte", "der Brand sei gelöscht")]),
    # a time phrase inside "sprach … von" is no part of the cue
    ("Eine Sprecherin der Bahn sprach am Nachmittag von langen Verspätungen.",
     [("Eine Sprecherin der Bahn", "sprach von", "langen Verspätungen")]),
    # a fronted phrase with an apposition between commas is the clause's own, before an interpolated cue
    ("Dort, in einem Dorf am See, wurden nach Angaben der Feuerwehr drei Häuser zerstört.",
     [("der Feuerwehr", "nach Angaben", "Dort, in einem Dorf am See, wurden drei Häuser zerstört")]),
    # a split cue whose particle closes the clause: the noun phrase between is what was said
    ("Die Reederei räumte am Dienstag schwere Versäumnisse ein.",
     [("Die Reederei", "räumte ein", "schwere Versäumnisse")]),
    ("Die Kammer wies die Kritik der Händler als haltlos zurück.",
     [("Die Kammer", "wies zurück", "die Kritik der Händler")]),
    ("Am Freitag wies der Verband die Forderung erneut zurück.",
     [("der Verband", "wies zurück", "die Forderung")]),
    ("Der Kreis kündigte für den Herbst neue Radwege an.", [("Der Kreis", "kündigte an", "neue Radwege")]),
    # a pronoun for the sentence before as the object: that sentence is the content
    ("Die Fähre fällt aus. Die Reederei teilte dies am Morgen mit.",
     [("Die Reederei", "teilte mit", "Die Fähre fällt aus")]),
    ("Die Fähre fällt aus. Die Reederei bestätigte das.",
     [("Die Reederei", "bestätigte", "Die Fähre fällt aus")]),
    ("Die Fähre fällt aus. Die Reederei bestätigte den Ausfall.",
     [("Die Reederei", "bestätigte", "den Ausfall")]),
    # a verb form may have several particles; the joined form in a subordinate clause
    ("Die Opposition wirft dem Senat vor, die Krise verschlafen zu haben.",
     [("Die Opposition", "wirft vor", "die Krise verschlafen zu haben")]),
    ("Der Wetterdienst wies darauf hin, dass die Pegel weiter steigen.",
     [("Der Wetterdienst", "wies hin", "die Pegel weiter steigen")]),
    ("Die Gemeinde gab am Montag bekannt, dass das Freibad schließt.",
     [("Die Gemeinde", "gab bekannt", "das Freibad schließt")]),
    ("Wie der Sprecher angab, ist die Straße wieder frei.", [("der Sprecher", "angab", "ist die Straße wieder frei")]),
    ("Der Verband geht davon aus, dass die Preise steigen.",
     [("Der Verband", "geht davon aus", "die Preise steigen")]),
    ("Die Reederei rechnet mit weiteren Ausfällen.", [("Die Reederei", "rechnet mit", "weiteren Ausfällen")]),
    # a split tag after the content: ", dass …" after its particle qualifies the tag; a quotation stays direct
    ("„Die Tarifrunde geht weiter“, kündigt Hollmann für den Fall an, dass kein Angebot kommt.",
     [("Hollmann", "kündigt an", "Die Tarifrunde geht weiter")]),
    # a relative clause after a closing participle is no content; the object before it is
    ("Die Polizei hatte 1400 Teilnehmer beim Umzug geschätzt, der vom Markt bis zum Hafen zog.",
     [("Die Polizei", "geschätzt", "1400 Teilnehmer beim Umzug")]),
    # evidence "hervorgehen aus" split and joined; no particle, no evidence
    ("Der Deich hält. Das geht aus einem Gutachten des Kreises hervor.",
     [("einem Gutachten des Kreises", "geht hervor", "Der Deich hält")]),
    ("Wie aus einem Gutachten des Kreises hervorgeht, hält der Deich.",
     [("einem Gutachten des Kreises", "hervorgeht", "hält der Deich")]),
    ("Aus dem Gutachten geht hervor, dass der Deich hält.", [("dem Gutachten", "geht hervor", "der Deich hält")]),
    ("Aus Sicht der Stadt geht es um Geld.", [("der Stadt", "Aus Sicht", "geht es um Geld")]),  # (de44: a view, as "nach Ansicht")
    # "nach Angaben von": the preposition is no part of the source
    ("Nach Angaben von Anwohnern brannte die Scheune lichterloh.",
     [("Anwohnern", "Nach Angaben von", "brannte die Scheune lichterloh")]),  # (de44: the gold's cue keeps "von")
    # a legal form in lower case ends a speaker's name, not a verb
    ("Die Kinder seien in Sicherheit, erklärte der Verein Kinderhilfe e.V. Am Abend kam die Polizei.",
     [("der Verein Kinderhilfe e.V", "erklärte", "Die Kinder seien in Sicherheit")]),
    # a dateline with an agency described by a media noun is no part of the content
    ("Kleinstadt (abc Nachrichtenagentur) – Zwei Menschen sind gestorben. Das berichten örtliche Medien.",
     [("örtliche Medien", "berichten", "Zwei Menschen sind gestorben")]),
    # a "so" tag inside the sentence: both parts; with a verb the verb is the cue; a degree "so" is none
    ("Die Ernte, so der Bauernverband, falle mager aus.",
     [("der Bauernverband", "so", "Die Ernte falle mager aus")]),
    ("Die Ernte falle mager aus, so Landwirt Kurz weiter.", [("Landwirt Kurz", "so", "Die Ernte falle mager aus")]),
    ("300 bis 400 Gäste, so schätzte der Wirt Hans Kurz waren am Abend im Saal.",
     [("der Wirt Hans Kurz", "schätzte", "300 bis 400 Gäste waren am Abend im Saal")]),
    ("Die Feuerwehr kam, so schnell sie konnte.", []),
    ("Es regnete, so dass die Feier ausfiel.", []),
    # impersonal "es hieß" in both orders
    ("Wie es hieß, wurde niemand verletzt.", [(None, "es hieß", "wurde niemand verletzt")]),
    ("Es hieß, niemand sei verletzt worden.", [(None, "Es hieß", "niemand sei verletzt worden")]),
    # "„Q.“ Das sagte X.": the subject follows the verb
    ("„Wir haben alles versucht.“ Das sagte Bürgermeisterin Petra Hollmann am Montag.",
     [("Bürgermeisterin Petra Hollmann", "sagte", "Wir haben alles versucht")]),
    # "unter Berufung auf Y" inside a report of X: X's record and Y's with the same content
    ("Die Zeitung berichtet unter Berufung auf Ermittler, zwei Männer seien geflohen.",
     [("Die Zeitung", "berichtet", "zwei Männer seien geflohen"),
      ("Ermittler", "unter Berufung auf", "zwei Männer seien geflohen")]),
    ("Zwei Männer seien geflohen, berichtet die Zeitung unter Berufung auf Ermittler.",
     [("die Zeitung", "berichtet", "Zwei Männer seien geflohen"),
      ("Ermittler", "unter Berufung auf", "Zwei Männer seien geflohen")]),
    ("Unter Berufung auf Anwohner sprachen Medien von einem lauten Knall. Verletzt worden sei niemand.",
     [("Medien", "sprachen von", "einem lauten Knall"), ("Anwohner", "Unter Berufung auf", "einem lauten Knall"),
      ("Medien", None, "Verletzt worden sei niemand")]),
    # a two-word cue around an inverted subject after a fronted phrase
    ("Im Landtag sprach die Ministerin von einem Erfolg.", [("die Ministerin", "sprach von", "einem Erfolg")]),
    # a speaker's label before a colon and a quote (transcripts, live blogs); headings and phrases are none
    ("Anwohnerin Jana Berg: „Das Wasser stand einen Meter hoch.“",
     [("Anwohnerin Jana Berg", ":", "Das Wasser stand einen Meter hoch")]),
    ("Der Deich brach. Jens Ohl / Feuerwehr Elbtal: „Wir waren in zehn Minuten vor Ort.“",
     [("Jens Ohl", ":", "Wir waren in zehn Minuten vor Ort")]),
    ("Die Bilanz: „Ein Desaster“.", []),
    ("Mein Fazit: „Gut gemacht“.", []),
    ("Wichtige Frage: „Wer zahlt?“", []),
    # one word as the label when the article gives it as part of a full name; another word is no label
    ("Der Betriebsrat um Karin Wolff ist empört. Wolff: „Das ist ein Skandal.“",
     [("Wolff", ":", "Das ist ein Skandal")]),
    ("Die Halle bleibt zu. Achtung: „Wir öffnen erst im Mai.“", []),
    # a sentence with no cue that names one person and closes on a colon before the quote: theirs
    ("Das Urteil fiel am Montag. Für Staatsanwältin Eva Roth war der Fall klar: „Der Mann hat gelogen.“",
     [("Staatsanwältin Eva Roth", ":", "Der Mann hat gelogen")]),
    ("Die Stadt verbietet das Fest. Dagegen will Jan Lenz mit einer Klage vorgehen: „Das ist rechtswidrig.“",
     [("Jan Lenz", ":", "Das ist rechtswidrig")]),
    ("Das Treffen endete früh. Der Streit zwischen Jan Lenz und Eva Roth eskalierte: „Du lügst!“", []),
    # a Konjunktiv II sentence (or a weak preterite plural) between two reported ones goes on with the report;
    # with no Konjunktiv I after it, it does not; an adjective in -ten is no verb
    ("Der Sprecher sagte, es gebe drei Kranke. Zwei davon stammten aus dem Dorf. Am Montag sei ein Test erfolgt.",
     [("Der Sprecher", "sagte", "es gebe drei Kranke"), ("Der Sprecher", None, "Zwei davon stammten aus dem Dorf"),
      ("Der Sprecher", None, "Am Montag sei ein Test erfolgt")]),
    ("Der Sprecher sagte, es gebe drei Kranke. Allerdings könnte die Zahl steigen. Genaues wisse man nicht.",
     [("Der Sprecher", "sagte", "es gebe drei Kranke"), ("Der Sprecher", None, "Allerdings könnte die Zahl steigen"),
      ("Der Sprecher", None, "Genaues wisse man nicht")]),
    ("Der Sprecher sagte, es gebe drei Kranke. Zwei davon stammten aus dem Dorf. Die Schule bleibt zu.",
     [("Der Sprecher", "sagte", "es gebe drei Kranke")]),
    # (the indicative sentence stays no record; the Konjunktiv I after it goes on past it: test_konjunktiv.py)
    ("Der Sprecher sagte, es gebe drei Kranke. Nach den ersten bestätigten Fällen gilt Alarm. Es sei ernst.",
     [("Der Sprecher", "sagte", "es gebe drei Kranke"), ("Der Sprecher", None, "Es sei ernst")]),
    # a lone adverb of time is no source ("höher als bisher angegeben")
    ("Der Schaden ist größer als bisher angegeben.", []),
    ("Die Zahl der Opfer ist höher als zunächst gemeldet.", []),
    # a prepositional report stops before a clause with its own reporting verb; ", die Polizei sprach" is no relative
    ("Laut den Veranstaltern kamen 500 Gäste, die Polizei sprach allerdings von 300.",
     [("den Veranstaltern", "Laut", "kamen 500 Gäste"), ("die Polizei", "sprach von", "300")]),
    # a place after a subordinate speaker is no part of the speaker; a body after a role is
    ("Der Umzug soll weitergehen, wie Organisatorin Jana Berg am Rande der Kundgebung sagte.",
     [("Organisatorin Jana Berg", "sagte", "Der Umzug soll weitergehen")]),
    ("Wie ein Arzt am Klinikum sagte, ist die Lage ruhig.", [("ein Arzt am Klinikum", "sagte", "ist die Lage ruhig")]),
    # hearsay "soll" with the infinitive of a state is no plan
    ("Bei dem Toten soll es sich um einen Wanderer handeln.",
     [(None, "soll", "Bei dem Toten soll es sich um einen Wanderer handeln")]),
    ("Die Täter sollen aus der Region stammen.", [(None, "sollen", "Die Täter sollen aus der Region stammen")]),
    ("Der Mann soll am Montag vor Gericht erscheinen.", []),
    # a quoted title in a source phrase, whole
    ("Laut einem Bericht der „Kreiszeitung“ brannte die Scheune.",
     [("der „Kreiszeitung“", "Laut einem Bericht", "brannte die Scheune")]),  # the report noun in the cue, as the gold pages have it
    ("Wie die „Kreiszeitung“ berichtete, brannte die Scheune.",
     [("die „Kreiszeitung“", "berichtete", "brannte die Scheune")]),
    # "schließt … (nicht) aus": ruling out or not is an assessment reported, the negation part of the cue
    ("Die Ermittler schließen Brandstiftung nicht aus.", [("Die Ermittler", "schließen nicht aus", "Brandstiftung")]),
    ("Die Polizei schloss nicht aus, dass es weitere Opfer gibt.",
     [("Die Polizei", "schloss nicht aus", "es weitere Opfer gibt")]),
    ("Der Laden schließt um acht Uhr.", []),
    # a Konjunktiv verb in -e right after the subject's noun goes on; a past in -te does not
    ("„Die Zahlen stimmen“, sagte Jana Berg. Die Opposition verbreite Panik.",
     [("Jana Berg", "sagte", "Die Zahlen stimmen"), ("Jana Berg", None, "Die Opposition verbreite Panik")]),
    ("„Die Zahlen stimmen“, sagte Jana Berg. Die Opposition verbreitete Panik.",
     [("Jana Berg", "sagte", "Die Zahlen stimmen")]),
    # an adverbial between the cue and the comma of reported speech; "nichts" negates
    ("Das Amt erklärte auf Anfrage, die Prüfung sei nicht abgeschlossen.",
     [("Das Amt", "erklärte", "die Prüfung sei nicht abgeschlossen")]),
    ("Die Polizei sagte nichts, die Lage sei aber ruhig.", []),
    # adverbs and adverbials between the cue and its clause; a fronted adverb before a split cue
    ("Ein Sprecher bestätigte auf Anfrage, dass der Zug ausfällt.",
     [("Ein Sprecher", "bestätigte", "der Zug ausfällt")]),
    ("Der Sprecher sagte weiter, die Ermittlungen dauerten an.",
     [("Der Sprecher", "sagte", "die Ermittlungen dauerten an")]),
    ("Zudem teilte die Stadt mit, der Markt falle aus.", [("die Stadt", "teilte mit", "der Markt falle aus")]),
    # a report noun in a compound after "nach"; an adverbial after a subordinate speaker
    ("Nach Polizeiangaben wurde der Fahrer leicht verletzt.",
     [("Polizeiangaben", "Nach", "wurde der Fahrer leicht verletzt")]),
    ("Wie ein Polizeisprecher auf Nachfrage erklärte, ist der Mann wieder frei.",
     [("ein Polizeisprecher", "erklärte", "ist der Mann wieder frei")]),
    # an adjective and a noun opening a sentence are no person's name a pronoun could mean
    (("Konzernchef Jan Albers stellte den Plan vor. „Wir müssen handeln“, sagte er. Harte Einschnitte wolle man"
     " vermeiden."),
     [("er", "sagte", "Wir müssen handeln"), ("er", None, "Harte Einschnitte wolle man vermeiden")]),
    # an adverbial between the cue and a colon before the quote; "sagte aus" (testified)
    ("Der Trainer sagte nach dem Spiel: „Wir waren nicht gut genug.“",
     [("Der Trainer", "sagte", "Wir waren nicht gut genug")]),
    ("Eine Zeugin sagte aus, sie habe den Mann erkannt.", [("Eine Zeugin", "sagte aus", "sie habe den Mann erkannt")]),
    # an adverbial phrase between the cue and the comma of reported speech
    ("Die Denkfabrik schrieb in ihrem Bericht, die Offensive stocke.",
     [("Die Denkfabrik", "schrieb", "die Offensive stocke")]),
    # (not before a relative clause: "berichtete von" takes the noun phrase, its relative clause included)
    ("Die Polizei berichtete von einem Unfall, der sich am Morgen ereignete.",
     [("Die Polizei", "berichtete von", "einem Unfall, der sich am Morgen ereignete")]),
    # a warning with its object, a time phrase inside; an impersonal tag names the body without its preposition
    ("Der Wetterdienst warnt für Sonntag vor heftigem Starkregen.",
     [("Der Wetterdienst", "warnt vor", "heftigem Starkregen")]),
    ("Die Polizei warnte am Abend vor Glätte.", [("Die Polizei", "warnte vor", "Glätte")]),
    ("„Die Helfer sind seit Stunden draußen“, hieß es vom Roten Kreuz.",
     [("Roten Kreuz", "hieß es", "Die Helfer sind seit Stunden draußen")]),
    # an impersonal tag's document keeps its genitive
    ("Die Demo verlief friedlich, hieß es in einer Aussendung der Polizei.",
     [("einer Aussendung der Polizei", "hieß es in", "Die Demo verlief friedlich")]),  # (de44: the gold's cue keeps "in")
    # "als" inside a relative clause opens no clause; a fronted subordinate clause before the cue is no content
    ("Bergführer Hans Imboden, der als einer der Ersten vor Ort war, sprach von einem Unglück.",
     [("Bergführer Hans Imboden", "sprach von", "einem Unglück")]),
    ("Als die Polizei eintraf, sagte der Wirt, es sei nichts passiert.",
     [("der Wirt", "sagte", "es sei nichts passiert")]),
    # report nouns after "nach" with a genitive source
    ("Nach Daten des Bundesamts stiegen die Preise.", [("des Bundesamts", "Nach Daten", "stiegen die Preise")]),
    ("Nach Recherchen des NDR fehlt das Geld.", [("des NDR", "Nach Recherchen", "fehlt das Geld")]),
    # a plural figure fronted before a singular auxiliary is the object, the subject follows the auxiliary
    ("900 Besucher hat die Polizei am Abend geschätzt.", [("die Polizei", "geschätzt", "900 Besucher")]),
    # a Konjunktiv verb after a longer fronted phrase continues the report; an indicative verb first does not
    ("Die Sprecherin sagte, die Halle sei leer gewesen. Unter den vier Verletzten seien zwei Kinder.",
     [("Die Sprecherin", "sagte", "die Halle sei leer gewesen"),
      ("Die Sprecherin", None, "Unter den vier Verletzten seien zwei Kinder")]),
    ("Die Sprecherin sagte, die Halle sei leer gewesen. Die Reparatur könnten zwei Firmen übernehmen.",
     [("Die Sprecherin", "sagte", "die Halle sei leer gewesen"),
      ("Die Sprecherin", None, "Die Reparatur könnten zwei Firmen übernehmen")]),
    ("Die Sprecherin sagte, die Halle sei leer gewesen. Die Stadt will im Winter mehr Geld haben.",
     [("Die Sprecherin", "sagte", "die Halle sei leer gewesen")]),
]


@pytest.mark.parametrize("text,expected", CONSTRUCTIONS)
def test_constructions(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def types(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="de")
    return [(a.source, a.source_type) for a in attribute(article)]


SOURCE_TYPES = [
    # a report noun with a genitive is typed by the genitive
    ("Laut Angaben des Innenministeriums blieb es ruhig.", [("des Innenministeriums", "official")]),  # cue "Laut Angaben"
    # report nouns with no one named are source nouns, like "uppgifter"
    ("Nach ersten Angaben brannten zwei Scheunen.", [("ersten Angaben", "unnamed")]),
    # capitals for their governments, parties, aid bodies
    ("Peking bestreitet die Vorwürfe.", [("Peking", "official")]),
    ("Das Rote Kreuz erklärte, es fehle an Decken.", [("Das Rote Kreuz", "organization")]),
    ("Die Linke kritisierte, der Plan komme zu spät.", [("Die Linke", "organization")]),
    # roles, bodies, media and documents by their compound endings
    ("Der UN-Botschafter sagte, die Lage sei ernst.", [("Der UN-Botschafter", "person")]),
    ("Die Rettungskräfte berichteten, das Haus sei leer gewesen.", [("Die Rettungskräfte", "official")]),
    ("Die Staatsmedien meldeten, der Damm sei gebrochen.", [("Die Staatsmedien", "media")]),
    ("Die Satellitenbilder zeigen, dass die Brücke zerstört ist.", [("Die Satellitenbilder", "document")]),
    ("Augenzeugen berichteten, es habe zwei Explosionen gegeben.", [("Augenzeugen", "person")]),
    ("Der Kreis hat Hilfe angekündigt.", [("Der Kreis", "official")]),
    ("Nach Recherchen des NDR fehlt das Geld.", [("des NDR", "media")]),
    ("Das ISW schrieb, die Offensive stocke.", [("Das ISW", "organization")]),
    ("Die Denkfabrik ISW schrieb, die Offensive stocke.", [("Die Denkfabrik ISW", "organization")]),
    ("Selenskyj zufolge wurden zwei Dörfer befreit.", [("Selenskyj", "person")]),
    ("Polizeiangaben zufolge blieb es ruhig.", [("Polizeiangaben", "official")]),
    ("Nach Ansicht des Landesrechnungshofs fehlt Geld.", [("des Landesrechnungshofs", "official")]),
    ("Laut „Kreiszeitung“ brannte die Scheune.", [("„Kreiszeitung“", "media")]),
    ("Wie ein Arzt am Klinikum sagte, ist die Lage ruhig.", [("ein Arzt am Klinikum", "person")]),
]


@pytest.mark.parametrize("text,expected", SOURCE_TYPES)
def test_source_types(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


def vias(text: str) -> list[Via]:
    article = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="de")
    return [(a.source, a.cue, a.via) for a in attribute(article)]


VIAS = [
    # a dative medium: the name after a media noun, a quoted title, after "gegenüber"
    ("Der Landrat sagte dem Sender Radio Elbtal, die Fähre fahre wieder.",
     [("Der Landrat", "sagte", ("Radio Elbtal",))]),
    ("Der Landrat sagte der „Kreiszeitung“, die Fähre fahre wieder.", [("Der Landrat", "sagte", ("Kreiszeitung",))]),
    ("Die Fähre fahre wieder, sagte ein Sprecher des Kreises gegenüber der Zeitung „Elbbote“.",
     [("ein Sprecher des Kreises", "sagte", ("Elbbote",))]),
    ("Wie ein Sprecher des Kreises gegenüber dem Sender Radio Elbtal sagte, fährt die Fähre wieder.",
     [("ein Sprecher des Kreises", "sagte", ("Radio Elbtal",))]),
    ("Die Fähre fährt wieder. Das sagte der Landrat dem Sender Radio Elbtal.",
     [("der Landrat", "sagte", ("Radio Elbtal",))]),
    # a medium after the cue that closes the sentence is its subject, not a recipient
    ("Die Fähre fährt wieder, berichtet der Elbbote.", [("der Elbbote", "berichtet", ())]),
    # an interview given to a medium, a broadcaster spoken on
    ("„Die Fähre fährt wieder“, sagte der Landrat im Interview mit dem Deutschlandfunk.",
     [("der Landrat", "sagte", ("Deutschlandfunk",))]),
    ("Der Landrat sagte im Gespräch mit der „Kreiszeitung“, die Fähre fahre wieder.",
     [("Der Landrat", "sagte", ("Kreiszeitung",))]),
    ("Der Landrat sagte im ZDF, die Fähre fahre wieder.", [("Der Landrat", "sagte", ("ZDF",))]),
    ("Der Landrat sagte im Kreistag, die Fähre fahre wieder.", [("Der Landrat", "sagte", ())]),
    # a citing phrase after a subordinate speaker: the speaker alone, and the cited record's via
    ("Wie die „Kreiszeitung“ unter Berufung auf Ermittler berichtet, ist der Mann geflohen.",
     [("die „Kreiszeitung“", "berichtet", ()), ("Ermittler", "unter Berufung auf", ("Kreiszeitung",))]),
    # a fronted dative medium is the via, the subject follows the verb
    ("Dem Sender Radio Elbtal sagte die Ministerin, sie sei zuversichtlich.",
     [("die Ministerin", "sagte", ("Radio Elbtal",))]),
    ("Gegenüber der „Kreiszeitung“ sagte ein Anwohner, er habe Angst.", [("ein Anwohner", "sagte", ("Kreiszeitung",))]),
    # a time phrase with a weekday is no part of a subordinate speaker
    ("Wie das Landratsamt am Montag mitteilte, fährt die Fähre wieder.", [("das Landratsamt", "mitteilte", ())]),
]


@pytest.mark.parametrize("text,expected", VIAS)
def test_vias(text: str, expected: list[Via]) -> None:
    assert vias(text) == expected


def test_pronoun_after_an_adjective_opening_resolves_to_the_person() -> None:
    article = Article(title=None, body=(("Konzernchef Jan Albers stellte den Plan vor. „Wir müssen handeln“, sagte er."
                                        " Harte Einschnitte wolle man vermeiden."),), language="de")
    assert [a.source_name for a in attribute(article)] == ["Jan Albers", "Jan Albers"]
