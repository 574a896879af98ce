from __future__ import annotations

import pytest

from enligt.models import Caption
from enligt.structure.captions import gallery_caption, split_caption, unglue


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        # Swedish: glued sentences and credits, bracketed credit
        ("Två hus brann.Räddningstjänsten kom snabbt.Ingen skadades. (Foto: Anna Berg /TT)",
         "Två hus brann. Räddningstjänsten kom snabbt. Ingen skadades.", "Anna Berg /TT"),
        ("Fabriken i Umeå.Foto: Jonas Ek", "Fabriken i Umeå.", "Jonas Ek"),
        ("Vd Eva Wahl. Bild: Bolaget/Pressbild", "Vd Eva Wahl.", "Bolaget/Pressbild"),
        ("Så har elpriset utvecklats. Grafik: Tidningen", "Så har elpriset utvecklats.", "Tidningen"),
        # English
        ("Supporters at the rally on Monday. Photo: John Smith", "Supporters at the rally on Monday.", "John Smith"),
        ("The court in Leeds. Picture: Mark Ellis", "The court in Leeds.", "Mark Ellis"),
        ("A ferry in the harbour, pictured last year. REUTERS/Jane Doe/File Photo",
         "A ferry in the harbour, pictured last year.", "REUTERS/Jane Doe/File Photo"),
        ("Crowds on the square on Monday. Photo by John Smith/Getty Images", "Crowds on the square on Monday.",
         "John Smith/Getty Images"),
        ("Publiken på torget. Foto av Anna Berg", "Publiken på torget.", "Anna Berg"),
        # Norwegian, Danish, German
        ("Sjefen presenterte tallene. Foto: Kari Lie", "Sjefen presenterte tallene.", "Kari Lie"),
        ("Pølsen er solgt i hele landet. Arkivfoto: Birgitte Holm", "Pølsen er solgt i hele landet.", "Birgitte Holm"),
        ("Die Feuerwehr im Einsatz. Foto: Peter Meier/dpa", "Die Feuerwehr im Einsatz.", "Peter Meier/dpa"),
        ("Die Brücke im Regen (Foto von Jane Roe)", "Die Brücke im Regen", "Jane Roe"),
        # one credit for a gallery's pictures; a gallery's buttons glued before the caption
        ("FLOM: Vannet steg i natt. Alle foto: Kari Lie", "FLOM: Vannet steg i natt.", "Kari Lie"),
        ("fullskjerm neste FLOM: Vannet steg i natt. Foto: Kari Lie", "FLOM: Vannet steg i natt.", "Kari Lie"),
        ("next Crowds on the square. Photo: Jane Roe", "Crowds on the square.", "Jane Roe"),
        # a bracketed photographer's credit with no label after the last sentence
        ("Färjan vid kajen. (Anna Berg/TT / TT Nyhetsbyrån)", "Färjan vid kajen.", "Anna Berg/TT / TT Nyhetsbyrån"),
        # a caption's own label before its text is no part of it
        ("Bildtext: Räddningstjänsten på plats. Foto: Anna Berg", "Räddningstjänsten på plats.", "Anna Berg"),
        ("Image caption: Crews at work. Photo: Jane Doe", "Crews at work.", "Jane Doe"),
        # a picture that illustrates the topic, and a credit named as such
        ("Politiet på stedet. Illustrasjonsfoto: Kari Lie", "Politiet på stedet.", "Kari Lie"),
        ("Polisen på plats. Illustrationsbild: Anna Berg", "Polisen på plats.", "Anna Berg"),
        ("Politiet på stedet. Illustrationsfoto: Mette Holm", "Politiet på stedet.", "Mette Holm"),
        ("Die Polizei vor Ort. Symbolfoto: Max Roth", "Die Polizei vor Ort.", "Max Roth"),
        ("Crews at the scene. Photo credit: Jane Doe", "Crews at the scene.", "Jane Doe"),
        # a photographer's name written surname first, alone on its line: a credit
        ("Lund, Kari", "", "Lund, Kari"),
        ("Berg-Holm, Anna", "", "Berg-Holm, Anna"),
        # the separator a site prints before the credit is neither
        ("Färjan vid kajen. Arkivbild. - Foto: Anna Berg/TT", "Färjan vid kajen. Arkivbild.", "Anna Berg/TT"),
        ("Die Brücke im Regen. | Foto: Jane Roe", "Die Brücke im Regen.", "Jane Roe"),
    ],
)
def test_split_caption(line: str, text: str, credit: str) -> None:
    assert split_caption(line) == Caption(text=text, credit=credit)


@pytest.mark.parametrize(
    "line",
    [
        "Hon tog ett foto: det var fint.",  # lower-case label is prose
        "Han visade ett foto av huset.",
        "Regeringen meddelade i dag att skatten sänks.",
        "The minister said on Monday that taxes would fall.",
        "Han sa: ”Det är bra” och gick.",
        # a "by" label inside a sentence is its words, not a credit
        "Die Halle brannte aus. Videos und Fotos von Nachbarn belegen das Feuer",
        "neste uke: Kari Lie",  # no capital after the button word: running words
        "(XYZ/abc)",  # an agency's sign and its editor's initials closing the copy, no picture's credit
        "",
        # "by"/"von" with no colon opening running text: a sentence, no credit
        "Der Sturm deckte Dächer ab. Fotos von Helfern zeigen die Schäden.",
        "The storm tore off roofs. Photos by residents show flooded streets.",
    ],
)
def test_not_a_caption(line: str) -> None:
    assert split_caption(line) is None


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("Blaulicht über der Kreuzung © dpa", "Blaulicht über der Kreuzung", "dpa"),
        ("Feuerwehrleute am Ufer © (c) APA/AFP/Jane Roe (Jane Roe)", "Feuerwehrleute am Ufer", "APA/AFP/Jane Roe"),
        ("Die Halle nach dem Sturm. (c) agrarbote", "Die Halle nach dem Sturm.", "agrarbote"),
        ("Rescue crews at the harbour © Getty Images", "Rescue crews at the harbour", "Getty Images"),
        ("Räddningstjänsten vid hamnen © TT", "Räddningstjänsten vid hamnen", "TT"),
        ("Brannvesenet ved havna © NTB", "Brannvesenet ved havna", "NTB"),
        ("Redningsfolk ved havnen © Ritzau Scanpix", "Redningsfolk ved havnen", "Ritzau Scanpix"),
    ],
)
def test_caption_closed_by_a_copyright_sign(line: str, text: str, credit: str) -> None:
    assert split_caption(line) == Caption(text=text, credit=credit)


@pytest.mark.parametrize(
    "line",
    [
        "Kustbladet © 2024",  # a footer: a year after the sign
        "Copyright © Harbour Gazette",  # a notice, no caption
        "Alle Rechte vorbehalten © Rheinbote Verlag",
        "Texte und Bilder © Rheinbote. Jede Verwendung ist ohne Zustimmung des Verlags unzulässig und strafbar.",
        "© dpa",  # a credit alone is no caption with text
        # the article's last paragraph signed by its agency
        ("Die Straße blieb bis zum Morgen gesperrt. Die Polizei sucht Zeugen, die den Unfall beobachtet haben, und "
         "bittet um Hinweise. Wie es zu dem Zusammenstoß kam, ist noch unklar. Ein Gutachter soll den Hergang "
         "klären. Die beiden Fahrer wurden leicht verletzt und konnten das Krankenhaus am Abend wieder verlassen. © dpa"),
    ],
)
def test_copyright_footer_is_no_caption(line: str) -> None:
    cap = split_caption(line)
    assert cap is None or not cap.text


def test_credit_only_line() -> None:
    assert split_caption("Foto: Anna Berg") == Caption(text="", credit="Anna Berg")


@pytest.mark.parametrize("line", ["Getty Images", "Shutterstock", "NTB Scanpix", "Ritzau Scanpix", "picture alliance"])
def test_picture_agency_alone_is_a_credit(line: str) -> None:
    # a picture agency's name alone on a line is a picture's credit, never a byline name
    assert split_caption(line) == Caption(text="", credit=line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("kriget.Flera har", "kriget. Flera har"), ("U.S. troops", "U.S. troops"), ("3.5 procent", "3.5 procent"),
     ("sa han.Sedan gick", "sa han. Sedan gick"), ("end.The", "end. The")],
)
def test_unglue(text: str, expected: str) -> None:
    assert unglue(text) == expected


def test_gallery_caption_without_credit() -> None:
    assert gallery_caption("Strömlöst i Ljusdal.") == Caption(text="Strömlöst i Ljusdal.", credit=None)
    assert gallery_caption("Strömlöst i Ljusdal.Foto: Per Ek") == Caption(text="Strömlöst i Ljusdal.", credit="Per Ek")


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("The old pier at low tide. AP Photo/Karen Lowe", "The old pier at low tide.", "AP Photo/Karen Lowe"),
        ("Divers search the canal.REUTERS/Stringer", "Divers search the canal.", "REUTERS/Stringer"),
        ("Voters queue in the rain. (AP Photo/Tom Hale)", "Voters queue in the rain.", "AP Photo/Tom Hale"),
        ("Fans outside the stadium. Photo by Ian Reed/Getty Images", "Fans outside the stadium.",
         "Ian Reed/Getty Images"),
        ("Bussar i kö vid bron. Bild: Eva Strand", "Bussar i kö vid bron.", "Eva Strand"),
        ("Die Brücke am Morgen. Foto von Jan Roth/dpa", "Die Brücke am Morgen.", "Jan Roth/dpa"),
        ("Köer vid gränsen. Kuva: Juha Laine", "Köer vid gränsen.", "Juha Laine"),
        # an agency's note after the photographer: an archive or pool picture
        ("A ferry leaves the harbour in fog. (AP Photo/Lena Marsh, File)", "A ferry leaves the harbour in fog.",
         "AP Photo/Lena Marsh, File"),
        ("Delegates arrive for the summit. AP Photo/Omar Vale, Pool", "Delegates arrive for the summit.",
         "AP Photo/Omar Vale, Pool"),
    ],
)
def test_credit_without_colon_or_with_other_labels(line: str, text: str, credit: str) -> None:
    assert split_caption(line) == Caption(text, credit)


@pytest.mark.parametrize("line", ["The vote ended 3/4 in favour. Members left", "He said 50/50 was fair. Nobody agreed."])
def test_slash_in_running_text_is_no_credit(line: str) -> None:
    assert split_caption(line) is None


@pytest.mark.parametrize(
    ("line", "credit"), [("(PA Photo/Jane Roe)", "PA Photo/Jane Roe"), ("(AP/TT)", "AP/TT"), ("EU/USA", None)]
)
def test_unlabelled_credit_line_of_its_own(line: str, credit: str | None) -> None:
    cap = split_caption(line)
    assert (cap.credit if cap is not None else None) == credit


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        # a source's picture credited by its photo word before the slash, whoever the source is
        ("(Facebook Photo/City Police Department)", "", "Facebook Photo/City Police Department"),
        ("Firefighters at the scene. Courtesy Photo/Jane Roe", "Firefighters at the scene.", "Courtesy Photo/Jane Roe"),
        ("(Polizei Foto/Max Roth)", "", "Polizei Foto/Max Roth"),
    ],
)
def test_photo_word_credit(line: str, text: str, credit: str) -> None:
    assert split_caption(line) == Caption(text=text, credit=credit)


@pytest.mark.parametrize("line", ["Facebook/Instagram", "He met Trump and/or his aides."])
def test_slash_without_photo_word_is_no_credit(line: str) -> None:
    assert split_caption(line) is None


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("Karin Ek/TT: Åklagaren lämnar tingsrätten efter domen.", "Åklagaren lämnar tingsrätten efter domen.", "Karin Ek/TT"),
        ("Ola Nordmann / NTB Scanpix: Brannen sett fra lufta.", "Brannen sett fra lufta.", "Ola Nordmann / NTB Scanpix"),
        ("Mette Holm/Ritzau Scanpix: Politiet ved gerningsstedet.", "Politiet ved gerningsstedet.", "Mette Holm/Ritzau Scanpix"),
        ("Jens Müller/dpa: Einsatzkräfte vor dem Gebäude.", "Einsatzkräfte vor dem Gebäude.", "Jens Müller/dpa"),
        ("Rescue crews: Jane Roe/Getty Images/Newscom", "Rescue crews", "Jane Roe/Getty Images/Newscom"),
        ("Demonstranten: Anna Weber/picture alliance", "Demonstranten", "Anna Weber/picture alliance"),
    ],
)
def test_unlabelled_person_credit(line: str, text: str, credit: str) -> None:
    """A photographer's name and agency with no label, before a colon or after a short label."""
    cap = split_caption(line)
    assert cap is not None and (cap.text, cap.credit) == (text, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Kritik: Anna Berg/Socialdemokraterna",  # a party after the slash, no agency
        "Trump/Biden: a fight over the votes",  # no person's full name before the slash
        "Election night in the city: what the voters said about Jane Roe/TT",  # a label too long
        "Val 2026: Magdalena Andersson/Ulf Kristersson",  # two persons
    ],
)
def test_person_slash_without_agency_is_no_credit(line: str) -> None:
    assert split_caption(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe - Pool/GettyImages",  # a photographer, a second credit after a spaced dash, the glued agency name
        "Karin Ek/Getty Images",
        "Harbour News Agency/Handout via Reuters",  # a source's handout relayed by an agency
        "Stadtpolizei Nord/Handout via REUTERS",
        "Ola Nordmann - NTB/AFP",
    ],
)
def test_credit_alone(line: str) -> None:
    """A line that is only a photographer's credit without a label is a caption with no text."""
    assert split_caption(line) == Caption(text="", credit=line)


@pytest.mark.parametrize(
    "line",
    ["Oslo/Bergen", "Anna Berg - Ulf Ek/Socialdemokraterna", "Nyheter/Inrikes", "Harbour News Agency/Handout via Twitter"],
)
def test_slash_line_without_agency_is_no_credit(line: str) -> None:
    assert split_caption(line) is None


@pytest.mark.parametrize("line", ["Lund, Oslo", "Kari, Lund", "Vi, som bor her", "Lund, Kari og Ola"])
def test_no_inverted_credit(line: str) -> None:
    assert split_caption(line) is None  # a place, a first name first, a clause, a list


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        # a caption with no sentence end, its photographer and agencies in brackets
        ("Ein Kran vor der Werft in Rostock (Archiv) (Karl Dorn/dpa)", "Ein Kran vor der Werft in Rostock (Archiv)",
         "Karl Dorn/dpa"),
        ("Rescue boats on the flooded river (Mia Stone/AP/dpa)", "Rescue boats on the flooded river", "Mia Stone/AP/dpa"),
        ("Brannbilar utanför skolan i Umeå (Per Holm/TT)", "Brannbilar utanför skolan i Umeå", "Per Holm/TT"),
    ],
)
def test_bracketed_person_credit_without_stop(line: str, text: str, credit: str) -> None:
    assert split_caption(line) == Caption(text=text, credit=credit)


@pytest.mark.parametrize("line", ["Die Pendler zwischen den Städten (Hamburg/Bremen)", "Der Streit um die Quote (50/50)"])
def test_bracketed_places_are_no_credit(line: str) -> None:
    assert split_caption(line) is None


@pytest.mark.parametrize(("line", "text", "credit"), [
    # a member paper's photographer relayed by the agency, the paper's name of several words
    ("Crews clear the road after the storm. (Jane Roe/The Harbour Valley Times via AP)", "Crews clear the road after the storm.",
     "Jane Roe/The Harbour Valley Times via AP"),
    ("Mia Stone/The Daily Courier via AP", "", "Mia Stone/The Daily Courier via AP"),
    # a bracket the credit opened itself stays; the label's own closing bracket goes
    ("Ambulansen ved ulykkesstedet. Foto: Kari Lund (Arkiv)", "Ambulansen ved ulykkesstedet.", "Kari Lund (Arkiv)"),
    ("Der Hafen am Morgen (Foto: Uwe Lenz)", "Der Hafen am Morgen", "Uwe Lenz"),
    ("Der Hafen am Morgen [Bild: Uwe Lenz]", "Der Hafen am Morgen", "Uwe Lenz"),
])
def test_credit_shapes_of_member_papers_and_brackets(line: str, text: str, credit: str) -> None:
    assert split_caption(line) == Caption(text=text, credit=credit)


@pytest.mark.parametrize(("line", "text", "credit"), [
    # the caption's closing full stop printed after its credit is no part of the credit
    ("Vannet sto høyt i kjelleren. Foto: Privat.", "Vannet sto høyt i kjelleren.", "Privat"),
    ("Ein Kran hebt das Boot an. Foto: dpa.", "Ein Kran hebt das Boot an.", "dpa"),
    ("Sneen dækkede banen. Foto: Lars Holm/Ritzau Scanpix.", "Sneen dækkede banen.", "Lars Holm/Ritzau Scanpix"),
    ("FOTO: LÄSARBILD.", "", "LÄSARBILD"),
    ("A heron at the lake. Photo: Sam Wells, Unsplash.", "A heron at the lake.", "Sam Wells, Unsplash"),
    # an abbreviation keeps its own stop
    ("Kø ved indgangen. Foto: B.T.", "Kø ved indgangen.", "B.T."),
    ("The mayor at the ribbon. Photo: Tom Reed Jr.", "The mayor at the ribbon.", "Tom Reed Jr."),
])
def test_credit_without_the_caption_stop(line: str, text: str, credit: str) -> None:
    assert split_caption(line) == Caption(text=text, credit=credit)


@pytest.mark.parametrize(("line", "text", "credit"), [
    # a bracketed credit closed before a few more words (an alt text's name, the label again): the bracket's credit
    ("Die Fähre am Kai von Kiel. (Foto: dpa) Hafenkapitän Jan Ohl", "Die Fähre am Kai von Kiel.", "dpa"),
    ("Brandfolk ved huset i Vejle. (Foto: Mette Lund/Ritzau Scanpix) Foto: Mette", "Brandfolk ved huset i Vejle.",
     "Mette Lund/Ritzau Scanpix"),
    # the caption printed again after it, however long
    (("Mayor Ann Hill at the bridge on Monday. (Photo: Tom Reed/AP) Photo: Tom Reed Show more Mayor Ann Hill at the "
      "bridge on Monday. (Photo: Tom Reed/AP)"), "Mayor Ann Hill at the bridge on Monday.", "Tom Reed/AP"),
])
def test_bracketed_credit_closed_before_more_words(line: str, text: str, credit: str) -> None:
    assert split_caption(line) == Caption(text=text, credit=credit)


def test_bracketed_credit_before_more_text_is_read_as_before() -> None:
    # a glued head of the page (caption, then another caption and the lead) is not cut at the first bracket
    line = ("UTRYKNING: Brannbilen på vei. (Foto: KARI NES) PÅ STEDET: Naboer så på. (Foto: KARI NES) Brannen startet "
            "i en garasje natt til søndag, og spredte seg raskt til huset ved siden av.")
    assert split_caption(line) != Caption(text="UTRYKNING: Brannbilen på vei.", credit="KARI NES")
