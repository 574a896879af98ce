from __future__ import annotations

import pytest

from enligt.structure.lines import classify, ends_sentence, is_body_like


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Publicerad 2 mars 2023 kl. 14.05", "date"),
        ("Artikeln publicerades 2 mars 2023.", "date"),  # a date printed as a short sentence
        ("Rapporten publicerades 2 mars 2023.", "sentence"),
        ("Av Karin Sundberg, reporter", "byline"),
        ("LÄS OCKSÅ: Sågverket varslar – 40 berörs", "related"),
        ("Mest lästa", "section"),
        ("Detta är en låst artikel", "paywall"),
        ("Bild 2 av 5", "gallery"),
        ("ANNONS", "furniture"),
        ("Fabriken i Umeå.Foto: Jonas Ek", "caption"),
        ("Ett träd föll över vägen. Foto: © Anna Berg", "caption"),
        ("Malin Beeck", "name"),
        ("Politisk reporter", "role"),
        ("Fotograf", "photo_role"),
        ("Regeringen meddelade i dag att stödet till kommunerna ska öka.", "sentence"),
        ("– Det är en mörk dag, säger hon.", "sentence"),
        ("Ryska soldater vägrar attackera", "short"),
        ("Updated 4:38 PM EST, Tue March 12, 2024", "date"),
        ("By Jane Doe, Crime Correspondent", "byline"),
        ("Related articles", "related"),
        ("Most popular", "section"),
        ("Advertisement", "furniture"),
        ("The court in Leeds. Picture: Mark Ellis", "caption"),
        ("The hearing, which is due to run for three days, goes on.", "sentence"),
        ("Sanctions loophole", "short"),
        ("Oppdatert torsdag 16. mars 2023 kl. 11:27", "date"),
        ("Af Mads Holm og Ida Lund", "byline"),
        ("Lesen Sie auch: Sturm über Bremen", "related"),
        # an agency's dateline alone on its line is furniture, no headline
        ("Lindenau/Altdorf (dpa/lby)", "furniture"),
        ("Hamnö (TT)", "furniture"),
        ("Ekby, Kent (AP)", "furniture"),
        ("Bau der Brücke (Teil 2)", "short"),  # brackets that hold no agency
        # a tip prompt after a question ("Har du oplysninger, så tip os på …")
        ("Har du set noget, så tip os på sms eller mail", "furniture"),
        ("Kjenner du til saken? Da kan du tips oss på telefon", "furniture"),
        # a byline's word glued to the name after it
        ("avKarin Ek, Olle Berg, TT", "byline"),
        ("afMads Holm", "byline"),
        ("byJane Doe", "byline"),
        ("avgiften höjs", "short"),
        # a most-read list's header with its time frame
        ("Mest læste i dag", "section"),
        ("Mest leste siste døgn", "section"),
        # a gallery's picture count, perhaps after a button's words
        ("Se alla 14 bilder", "furniture"),
        ("Vis alle 6 bilder", "furniture"),
        ("9 billeder", "furniture"),
        ("Bildergalerie (14 Bilder)", "furniture"),
        ("See all 6 photos", "furniture"),
        ("14 personer", "short"),  # a count of something else
        ("Die 5 Bilder des Sommers", "short"),  # a heading about pictures
        # a video player's prompt that says where the player stands
        ("Se Anna Ek om stormen i klippet ovan", "furniture"),
        ("Se Kari Lie om brannen i videoen over", "furniture"),
        ("Se Mette Holm om stormen i videoen ovenfor", "furniture"),
        ("Der Bürgermeister im Video oben", "furniture"),
        ("Watch the mayor speak in the video above", "furniture"),
        ("Hva skjer i videoen over?", "short"),  # a question heading
        # boxes' headers and buttons between paragraphs
        ("Empfehlungen", "furniture"),
        ("Schlagworte", "furniture"),
        ("Continue reading below", "furniture"),
        ("Del artikel", "furniture"),
        ("Andre leser også", "section"),
        ("Mest sett", "section"),
        # a replica's strip under the headline
        ("Kustbladet - - Inrikes - Anna Berg", "byline"),
    ],
)
def test_classify(line: str, kind: str) -> None:
    assert classify(line).kind == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Han gick hem.", True), ("Vad händer nu?", True), ("”Vi vet inte.”", True), ("sa han: ”Nej”", False),
     ("Stormen drar in", False), ("\"Go home,\"", True), ("''We are staying,'' she said. ''It is home.''", True),
     ("Det sa hon (”Vi vet.”)", True)],
)
def test_ends_sentence(text: str, expected: bool) -> None:
    assert ends_sentence(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Han gick hem.", True), ("– Nej, säger hon", True), ("Hon sa följande till TT:", True),
     ("Spricka i Moderaterna?", False), ("Nekar till brott", False), ("ord " * 30, True),
     ("„Wir haben gewarnt.“", True), ("»Det er for sent.«", True), ("”Ni har lovat samma sak”", False),
     # two single marks printed for a double one close a short quote paragraph: running text, no heading
     ("''We are staying,'' she said. ''It is home.''", True),
     # a short dash line with no sentence end and no tag is a quote crosshead, not a paragraph
     ("– Ingen panikk", False), ("– Det var helt kaotisk", False), ("– Inget drama här", False),
     ("– Vi måste agera nu", False), ("– Ja, vi klarar det", True), ("– Det har vært en lang natt for", True),
     ("– Vi er chokerede over det der skete i nat", True),
     # up to eight words after the dash and no stop: still a crosshead; nine, a paragraph that lost its stop;
     # one that stops on a closed-class word is a sentence the crawler cut off
     ("– Gjør kampen om tittelen til farse", False), ("– Gör striden till ett cirkusnummer", False),
     ("– Vi må lære av det som gikk galt", False), ("- Nu skal vi have styr på økonomien igen", False),
     ("– Vi vet fortfarande inte vad som hände där", False), ("– Wir wissen noch nicht, was passiert ist", True),
     ("– Vi må lære av det som gikk galt i sesongen som gikk", True),
     ("– Det var en lang natt for alle her", True),
     # a paragraph its agency or source signed after the last sentence is running text; a short one is not
     ("The mayor said on Sunday that the bridge will stay closed until spring. (Metro Wire)", True),
     ("Ministeriet oplyser, at yderligere tre skoler lukker i morgen. — NNA", True),
     ("Die Polizei sucht weiter nach dem Fahrer des dunklen Wagens. (dpa)", True),
     ("Bridge closed. (Metro Wire)", False)],
)
def test_is_body_like(text: str, expected: bool) -> None:
    assert is_body_like(text.strip()) is expected


def test_blank_flag_and_normalised_text() -> None:
    line = classify("Nyheter  Sport   Kultur", blank_before=True)
    assert line.text == "Nyheter Sport Kultur"
    assert line.raw == "Nyheter  Sport   Kultur"
    assert line.blank_before and line.kind == "furniture"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Advertisement · Scroll to continue", "furniture"),
        ("12 kommentarer", "furniture"),
        ("i dag 10.30", "date"),
        ("Updated 2 hours ago", "date"),
        ("14:52", "date"),
        ("Faktaruta", "factbox"),
        ("FAKTA: Hamnen", "factbox"),
        ("Reuters staff", "byline"),
        ("Contents", "section"),
        ("Innehåll", "section"),
        ("The pier at dawn. AP Photo/Karen Lowe", "caption"),
    ],
)
def test_generality_kinds(line: str, kind: str) -> None:
    assert classify(line).kind == kind


@pytest.mark.parametrize(
    "line,kind",
    [
        # a dateline: a place, a spaced dash and a full date is a date line, never the headline
        ("Hillerød - 14. marts 2022", "date"),
        ("Bad Vilbel – 3. März 2021", "date"),
        ("Tromsø - 12. januar 2023 kl. 09.15", "date"),
        ("Springfield — March 3, 2024", "date"),
        ("Brann i Bodø - 2 døde i 2023", "short"),  # a headline with a number after the dash
        ("Berlin - 3 Tote bei Unfall auf der A9 im Mai 2020", "short"),
    ],
)
def test_place_dash_dateline(line: str, kind: str) -> None:
    assert classify(line).kind == kind
