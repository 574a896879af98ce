from __future__ import annotations

import pytest

from enligt.structure.furniture import (
    footer_outlet,
    is_editor_note,
    is_factbox_header,
    is_furniture,
    is_gallery_marker,
    is_paywall,
    is_section_header,
    is_section_names,
    key,
    phrases,
    related_label,
)


@pytest.mark.parametrize(
    "line",
    [
        # Swedish
        "ANNONS", "Annons", "Dela artikeln", "Lyssna på artikeln 6 min", "Kommentarer (12)", "Logga in",
        "Prenumerera på Tidningen – första månaden för 1 kr", "Kopiera länk",
        "Vi använder kakor (cookies) för att sajten ska fungera. Läs mer i vår cookiepolicy.",
        "Dagens viktigaste lokalnyheter i din inkorg varje morgon – skriv upp dig här",
        "Tidningen granskar makten. Ansvarig utgivare: Eva Berg",
        "© Tidningen 2024", "eva.berg@tidningen.se",
        "Nyheter  Sport  Kultur  Ekonomi", "Nyheter | Sport | Kultur", "Världen / Kriget i Ukraina",
        "Nyheter Sport Kultur Ledare", "Hoppa till innehållet",
        # English
        "Advertisement", "Ad Feedback", "Share this article", "Twitter Facebook LinkedIn Email",
        "Accept all   Manage preferences", "Comments (37)", "Sign up for the Morning Brief newsletter",
        "This site relies on cookies to measure traffic. Press \"Accept all\" to allow every kind of cookie.",
        "(Reporting by Jane Doe; Editing by John Smith)", "News > Crime",
        "Reporting by Jane Doe in London; Editing by John Smith",
        "The Evening Post is part of Big Media Group. © 2023",
        # Norwegian, Danish, German
        "Annonse", "Logg inn", "Annonce", "Del artiklen", "Køb abonnement", "Anzeige", "Artikel teilen",
        "Alle Rechte vorbehalten", "Ansvarlig redaktør: Per Hansen", "Nachrichten Politik Wirtschaft",
        # the article goes on after the advertisement, every language
        "Artikeln fortsätter efter annonsen", "Texten fortsätter under annonsen", "Saken fortsetter etter annonsen",
        "Artikkelen fortsetter nedenfor", "Artiklen fortsætter efter annoncen", "Historien fortsætter under annoncen",
        "Der Artikel wird nach der Anzeige fortgesetzt", "Weiterlesen nach der Anzeige",
        "Story continues after advertisement", "Article continues after this ad",
        "Spring til indhold", "Skip to main content", "World U.S. Politics Business Tech",
        # a notice that the story is being updated
        "Artikeln uppdateras.", "Saken oppdateres.", "Opdateres ...", "Der Artikel wird aktualisiert.",
        "This story will be updated.",
        "Lesezeit: 2 min", "Lesedauer: 4 Minuten",
        # a server error printed into the page, whatever the page's language
        "Warning: Undefined variable $post in /var/www/site/wp-content/themes/news/single.php on line 88",
        "Notice: Trying to get property of non-object in /srv/web/index.php on line 7",
        # share and follow buttons, one a line
        "Auf Facebook teilen", "Per E-Mail teilen", "Follow on Facebook", "Subscribe by Email", "Add to Google+",
        "Direkt aus dem dpa-Newskanal",
        # a label printed twice on its line (the dump's copy of its two elements)
        "Annons Annons", "ANZEIGE ANZEIGE", "Advertisement Advertisement", "Hide Ad",
        # a note that the story was updated, a printing plugin's buttons, a pointer to the front page
        "Artikeln har uppdaterats.", "Saken er oppdatert.", "Print Friendly, PDF & Email", "På forsiden nå",
        # a tag list's label, its tags lost or kept
        "Schlagwörter: , , , ,", "Stichwörter: Feuerwehr, Brand, Innenstadt",
        "Sign in to unlock premium articles",
        # a call to follow the story or read more from a section on the site, a pledge's link
        "Följ händelseutvecklingen på kustposten.se.", "Følg udviklingen på tv2fyn.dk", "Følg saken videre på fjordavisa.no",
        "Så jobbar vi med nyheter  Läs mer här!",
        # a breadcrumb from the site's home page, a button after it
        "HOME | Sports (Click here for more)", "Startseite | Lokales | Kiel", "Forside | Nyheder",
        # a login prompt, whatever menu items the dump glued around it
        "Havnen Log ind som abonnent og få adgang til alle artikler", "Logg inn som abonnent for å lese videre",
        "Logga in som prenumerant för att läsa hela artikeln",
        # a subscription's trial offer: a period for a price
        "Prøv 3 uger for 10 kr.", "Jetzt Nordblatt Digital testen – 6 Wochen für 1,99 €", "Testa 2 månader för 9 kr",
        "Try 8 weeks for $1", "Kom i gang: 2 uker for 5 kr",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Regeringen meddelade i dag att stödet till kommunerna ska öka.",
        "Schlagwörter wie Freiheit und Sicherheit fielen oft in seiner Rede, sagte sie.",
        "Förhöret fortsätter efter lunch enligt åklagaren.", "Avhøret fortsetter etter planen i morgen.",
        "Ryska soldater vägrar attackera",
        "Dela ut mat till de hemlösa blev hennes livsverk",
        "Share prices fell sharply on Monday after the announcement.",
        "Reporting by phone from the front line is dangerous, she said.",
        "The newsletter was sent to 3,000 subscribers last week.",
        "Sanctions loophole",
        "Facket: Fler drabbas",
        "Publicerad 2023-10-17 07:34 · Uppdaterad 2023-10-17 09:58",
        "Det stormiga mötet – och vad som hände sedan",
        "Ich lese gern Zeitung, sagte er.",
        "Sport",  # one section name alone may be a label or a heading
        "Sport och kultur i fokus",
        "(AP)", "(Källa: Tidningen Norr)",
        "Saken oppdateres når politiet har mer informasjon om brannen.",
        "Auf Facebook teilen viele Nutzer ihre Urlaubsfotos.", "Follow on Facebook, the sheriff told residents.",
        "The site's index.php on line three of the menu was broken, the developer said.",
        "Hamburg Hamburg", "New York, New York",
        "Flere saker fra rettssaken vil bli lagt fram i morgen, opplyser aktor.",
        "Han fik 3 års fængsel for bedrageri for 2 millioner kroner, oplyser anklageren i sagen til avisen.",
        "Bilen blev solgt efter 3 dage for 45.000 kr.", "The house sold within 2 weeks for $450,000.",
    ],
)
def test_not_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Läs också:", ("Läs också", "")),
        ("LÄS OCKSÅ: Sågverket varslar – 40 berörs", ("LÄS OCKSÅ", "Sågverket varslar – 40 berörs")),
        ("Läs även: Så skyddar du dig", ("Läs även", "Så skyddar du dig")),
        ("Fler artiklar om bedrägerierna", ("Fler artiklar om bedrägerierna", "")),
        ("Mer om valet", ("Mer om valet", "")),
        ("Related", ("Related", "")),
        ("READ MORE: Firm fined after crash", ("READ MORE", "Firm fined after crash")),
        ("Read more:", ("Read more", "")),
        ("READ: Harbour fees rise in May", ("READ", "Harbour fees rise in May")),
        ("Les også: Oljeservice: – Verste kvartal", ("Les også", "Oljeservice: – Verste kvartal")),
        ("Læs også: Sådan opbevarer du kød", ("Læs også", "Sådan opbevarer du kød")),
        ("Lesen Sie auch: Sturm über Bremen", ("Lesen Sie auch", "Sturm über Bremen")),
        ("Mehr zum Thema", ("Mehr zum Thema", "")),
        # a linked headline in quotes after a word for it and with its date: the headline
        ('Läs också: artikeln "Hamnen byggs ut" 2019-03-02', ("Läs också", "Hamnen byggs ut")),
        ("Les også: saken «Ferja innstilt»", ("Les også", "Ferja innstilt")),
        ('Read more: "Harbour fees rise"', ("Read more", "Harbour fees rise")),
        ('Läs också: "Vi ger inte upp", säger hon', ("Läs också", '"Vi ger inte upp", säger hon')),
        # a list of the section's next stories
        ("Next In World", ("Next In World", "")),
        # a link's mark before the label; a bar or a dash after it; a label in capitals before the headline
        ("► LES OGSÅ: Ferja innstilt hele helgen", ("LES OGSÅ", "Ferja innstilt hele helgen")),
        ("» Läs mer: Hamnen byggs ut", ("Läs mer", "Hamnen byggs ut")),
        ("LÄS MER | Hamnen byggs ut", ("LÄS MER", "Hamnen byggs ut")),
        ("Læs også – Sådan opbevarer du kød", ("Læs også", "Sådan opbevarer du kød")),
        ("LÆS OGSÅ Sådan opbevarer du kød", ("LÆS OGSÅ", "Sådan opbevarer du kød")),
        ("READ MORE Firm fined after crash", ("READ MORE", "Firm fined after crash")),
        # the bare "read" label before a colon in every language
        ("Les: Ferja innstilt hele helgen", ("Les", "Ferja innstilt hele helgen")),
        ("Läs: Hamnen byggs ut", ("Läs", "Hamnen byggs ut")),
        ("LÆS: Sådan opbevarer du kød", ("LÆS", "Sådan opbevarer du kød")),
        # Norwegian "Bakgrunn:" before the headline of an earlier story
        ("Bakgrunn: Fylket kutter i skolebussene", ("Bakgrunn", "Fylket kutter i skolebussene")),
        ("BAKGRUNN: Dette vet vi om brannen", ("BAKGRUNN", "Dette vet vi om brannen")),
    ],
)
def test_related_label(line: str, expected: tuple[str, str]) -> None:
    assert related_label(line) == expected


@pytest.mark.parametrize(
    "line",
    ["Läser du också tidningen på papper?", "Mer från Ekonomi", "Related party transactions rose 5%.",
     "Facket: Fler drabbas", "Hon sa: Läs också boken", "Read the full statement here",
     # capitals that are no label, a label in capitals before more capitals (a menu), a dash inside a headline
     "BRAND I VISBY Tre skadade", "Brand i Visby – läs mer",
     # the bare "read" word with no colon opens a heading or a sentence
     "Les dette før du drar", "Læs bogen før filmen", "Läs mellan raderna",
     # "Bakgrunnen" opens a sentence
     "Bakgrunnen for saken er en klage fra naboene."],
)
def test_not_related(line: str) -> None:
    assert related_label(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Mer från Ekonomi", True), ("Mest läst", True), ("Mest lästa", True), ("Senaste nytt", True),
     ("Most popular", True), ("Trending", True), ("Mest lest", True), ("Mest læste", True), ("Meistgelesen", True),
     ("Aus dem Ressort", True), ("Mehr aus dem Ressort", True), ("Bildquellen", True), ("Bildnachweis", True),
     ("Mer om valet", False), ("Läs också", False), ("Senaste dygnets händelser i Kiev", False)],
)
def test_section_header(line: str, expected: bool) -> None:
    assert is_section_header(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Detta är en låst artikel", True), ("Bli prenumerant – första månaden för 1 kr", True),
     ("Subscribe to continue reading", True), ("Denne artikkelen er for abonnenter", True),
     ("Artiklen er kun for abonnenter", True), ("Dieser Artikel ist nur für Abonnenten", True),
     ("Detta är en artikel om låsta dörrar.", False), ("Subscribers rose by 5 percent.", False)],
)
def test_paywall(line: str, expected: bool) -> None:
    assert is_paywall(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Bild 1 av 4", True), ("Image 2 of 5", True), ("Bilde 3 av 6", True), ("Billede 1 af 2", True),
     ("Bild 1 von 3", True), ("1 / 4", True), ("Bild på 4 hus", False), ("1 av 4 svenskar", False), ("2024", False),
     ("+", True), ("+ 3", False), ("0 / 0", False), ("Bild 0 av 0", False), ("1 / 10", True),
     # a counter in brackets, after a labelled word or before a picture noun
     ("(2/7)", True), ("Galleri: 2 av 7", True), ("2 of 7 photos", True), ("Bilde 2 av 7 bilder", False),
     ("2 av 7 elever", False), ("(0/0)", False)],
)
def test_gallery_marker(line: str, expected: bool) -> None:
    assert is_gallery_marker(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Kommentarer (14)", "kommentarer"), ("Lyssna på artikeln 9 min", "lyssna på artikeln"),
     ("  Läs  också: ", "läs också"), ("Dela.", "dela"),
     # an exclamation mark or an ellipsis closing a notice ("Saken oppdateres!", "Texten uppdateras…")
     ("Artikkelen oppdateres!", "artikkelen oppdateres"), ("Nyheten uppdateras…", "nyheten uppdateras"),
     # a reading time before its label, a bullet perhaps glued to it
     ("·6 min read", "read"), ("2 minutt lesetid", "lesetid"), ("7 minutter læsetid", "læsetid"),
     ("4 Min. Lesezeit", "lesezeit"), ("• 3 min lästid", "lästid"),
     # a number of minutes that opens a sentence stays
     ("12 minutes later the road reopened", "12 minutes later the road reopened")],
)
def test_key(line: str, expected: str) -> None:
    assert key(line) == expected


def test_long_line_is_not_furniture_and_fast() -> None:
    assert not is_furniture("cookie " * 200_000)
    assert related_label("Läs också: " + "x" * 1_000_000) is None


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement · Scroll to continue",
        "Advertisement. Scroll to continue",
        "Advertisement – Scroll to continue reading",
        "Annons. Artikeln fortsätter nedan.",
        "ADVERTISEMENT - Story continues below",
        "Annons · Artikeln fortsätter nedan",
        "Anzeige • Weiterlesen",
        "Dela | Kopiera länk",
        "12 kommentarer",
        "42 comments",
        "7 Kommentare",
    ],
)
def test_combined_furniture_phrases_and_comment_counts(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line", ["Sport - Kultur i Ystad", "3 missing", "Annons för nya bostäder i Lund", "Polisen kom. Dela."]
)
def test_not_combined_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("© 2024 Solkusten Avis", "Solkusten Avis"),
        ("© Bergslagsbladet 2023", "Bergslagsbladet"),
        ("© 2024 Harbour Daily. All rights reserved.", "Harbour Daily"),
        ("Copyright © 2022 Eifel-Anzeiger GmbH", "Eifel-Anzeiger"),
        ("Copyright 2024 The Associated Press. All rights reserved.", None),
        ("© alla rättigheter förbehålls", None),
    ],
)
def test_footer_outlet(line: str, expected: str | None) -> None:
    assert footer_outlet(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Faktaruta", True), ("FAKTA: Bron", True), ("Fast facts", True), ("Fakten", True),
     ("Fakta om bron i Lund", False), ("Faktiskt inte", False)],
)
def test_factbox_header(line: str, expected: bool) -> None:
    assert is_factbox_header(line) == expected


@pytest.mark.parametrize("name", ["furniture", "paywall"])
def test_prefix_buckets_read_as_the_whole_list(name: str) -> None:
    """`Phrases.starts` (the prefixes by first letter) answers as `startswith` over all of them."""
    p = phrases(name)
    keys = ["", "a", "x", "läs mer om nordby", "annons", "nordby kommun", *p.prefixes, *(q + " och mer" for q in p.prefixes)]
    for k in keys:
        assert p.starts(k) == k.startswith(p.prefixes), k


@pytest.mark.parametrize(("line", "expected"), [
    ("(This story was first published by a partner site on March 3.)", True),
    ("[Denna artikel har uppdaterats med kommentarer från kommunen.]", True),
    ("(AP)", False), ("(Källa: Tidningen Norr)", False),
    ("(The mayor, it is worth noting, never answered.) The council did.", False),
])
def test_editor_note(line: str, expected: bool) -> None:
    assert is_editor_note(line) is expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nyheter sport", True), ("Inrikes", True),
        # a breadcrumb's items glued by the dump
        ("NewsLocal News", True), ("NachrichtenPolitik", True), ("NyheterSverige", True),
        # a name with a capital inside is no breadcrumb
        ("McDonald", False), ("SportsCenter Tonight", False),
    ],
)
def test_section_names(text: str, expected: bool) -> None:
    assert is_section_names(text) is expected
