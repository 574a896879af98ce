"""Which short lines between body paragraphs are headings (structure/settle.settle_flow)."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.settle import title_copy
from enligt.structure.text import structure_text

PARAGRAPHS = {
    "sv": ("Kommunen har beslutat att stänga badhuset i centrum under hela sommaren, meddelar förvaltningen.",
           "Renoveringen väntas kosta omkring tolv miljoner kronor enligt kommunens egen beräkning.",
           "Badhuset öppnar igen i september om arbetet går enligt planen, säger fastighetschefen."),
    "no": ("Kommunen har vedtatt å stenge badeanlegget i sentrum hele sommeren, opplyser etaten.",
           "Oppussingen er ventet å koste rundt tolv millioner kroner etter kommunens eget anslag.",
           "Anlegget åpner igjen i september dersom arbeidet går etter planen, sier eiendomssjefen."),
    "da": ("Kommunen har besluttet at lukke svømmehallen i centrum hele sommeren, oplyser forvaltningen.",
           "Renoveringen ventes at koste omkring tolv millioner kroner efter kommunens eget skøn.",
           "Svømmehallen åbner igen i september, hvis arbejdet går som planlagt, siger ejendomschefen."),
    "de": ("Die Stadt hat beschlossen, das Hallenbad im Zentrum den ganzen Sommer zu schließen, teilte die Verwaltung mit.",
           "Die Sanierung soll nach Schätzung der Stadt rund zwölf Millionen Euro kosten.",
           "Das Bad öffnet im September wieder, wenn die Arbeiten nach Plan verlaufen, sagte der Leiter."),
    "en": ("The city has decided to close the downtown pool for the whole summer, the parks department said.",
           "The renovation is expected to cost about twelve million dollars, according to the city's estimate.",
           "The pool will reopen in September if the work goes to plan, the facilities manager said."),
}


def page(lang: str, short: str) -> str:
    a, b, c = PARAGRAPHS[lang]
    return f"Headline about the pool\n\n{a}\n\n{b}\n\n{short}\n\n{c}\n"


@pytest.mark.parametrize(
    ("lang", "short", "heading", "in_body"),
    [
        # a plain subheading
        ("sv", "Dyr renovering", True, False),
        ("en", "'Long overdue'", True, False),
        ("no", "– Helt nødvendig", True, False),
        # a quotation heading opened by a hyphen or an em dash, as the dump printed it
        ("no", "- Helt nødvendig", True, False),
        ("sv", "- Helt nödvändigt", True, False),
        ("da", "— Helt nødvendigt", True, False),
        ("no", "— Ingen vei utenom", True, False),
        ("en", "-Turnout rose in every county", False, False),  # a bullet glued to its item: no quotation
        # an interviewer's question between the answers is running text
        ("sv", "Varför stänger ni hela sommaren?", False, True),
        ("no", "Hva skjer med de ansatte?", False, True),
        ("da", "Hvornår åbner svømmehallen igen?", False, True),
        ("de", "Was passiert mit den Mitarbeitern?", False, True),
        ("en", "What happens to the staff?", False, True),
        ("sv", "Blir det dyrare?", False, True),
        ("en", "Is it safe to swim?", False, True),
        ("de", "Kommen Sie wieder?", False, True),
        # a short verbless question is a headline asked of the reader
        ("sv", "Nytt bad till hösten?", True, False),
        ("sv", "Kris i styrelsen?", True, False),
        ("da", "Kommer I igen?", False, True),
        ("no", "Slutt på køene?", True, False),
        ("da", "Ny pris på billetter?", True, False),
        ("de", "Ende der Warteschlangen?", True, False),
        ("en", "A new roof by spring?", True, False),
        # a live report's update stamp heads the text added then (sv, no, da, de, en)
        ("sv", "Uppdaterad 14.05:", True, False),
        ("no", "Oppdatert kl. 09.40:", True, False),
        ("da", "Opdateret 16:20:", True, False),
        ("de", "Aktualisiert 8:15:", True, False),
        ("en", "Updated 21:30:", True, False),
        ("en", "Updated:", False, False),  # a label without its time is none
        # a label, a lone mark or lower-case leftovers of an embed are no heading
        ("de", "Hinweis:", False, False),
        ("sv", "Foto:", False, False),
        ("en", "|", False, False),
        ("en", "map", False, False),
    ],
)
def test_heading_or_not(lang: str, short: str, heading: bool, in_body: bool) -> None:
    art = structure_text(Page(input="t.txt", content=page(lang, short), kind="text"), options=Options())
    assert (short in art.headings) == heading
    assert (short in art.body) == in_body


def test_pledge_header_ends_the_body() -> None:
    a, b, _c = PARAGRAPHS["sv"]
    content = (f"Badhuset stänger i sommar\n\n{a}\n\n{b}\n\nKälla: Kommunen\n\nSå arbetar vi\n\n"
               "Redaktionen ska stå för saklighet och opartiskhet i allt som publiceras, och rättar fel snabbt.\n")
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert art.headings == ()
    assert not any("saklighet" in p for p in art.body)


CUT = {
    "sv": ("Kostnaden", "Arbetet leds av ett byggföretag från Gävle som vann upphandlingen i v"),
    "no": ("Kostnaden", "Arbeidet ledes av et byggefirma fra Hamar som vant anbudet i for"),
    "da": ("Udgiften", "Arbejdet ledes af et byggefirma fra Vejle, som vandt udbuddet i foråre"),
    "de": ("Die Kosten", "Die Arbeiten leitet eine Baufirma aus Gera, die den Auftrag im Frühjahr erh"),
    "en": ("The cost", "The work is led by a building firm from Leeds that won the contract in the spr"),
}


@pytest.mark.parametrize("lang", sorted(CUT))
def test_heading_above_a_paragraph_the_crawler_cut_off(lang: str) -> None:
    a, b, _c = PARAGRAPHS[lang]
    heading, cut = CUT[lang]
    content = f"Headline about the pool\n\n{a}\n\n{b}\n\n{heading}\n\n{cut}"
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert art.headings == (heading,)
    assert art.body[-1] == cut


@pytest.mark.parametrize(("lang", "header", "comment"), [
    ("en", "Leave a Reply", "Great to hear that the pool is finally being fixed, it was long overdue."),
    ("en", "Please enter your comment!", "The pool has needed this work for years, so good news for the town."),
    ("de", "Schreibe einen Kommentar", "Endlich wird das Bad saniert, das hätte man schon lange machen sollen."),
    ("de", "Diskutieren Sie mit", "Das Bad hätte man schon vor Jahren sanieren müssen, finde ich."),
    ("sv", "Lämna ett svar", "Äntligen renoveras badhuset, det borde ha gjorts för länge sedan."),
    ("no", "Legg igjen en kommentar", "Endelig pusses badet opp, det burde vært gjort for lenge siden."),
    ("da", "Skriv en kommentar", "Endelig bliver svømmehallen renoveret, det burde være sket for længst."),
])
def test_comment_form_header_ends_the_article(lang: str, header: str, comment: str) -> None:
    a, b, _c = PARAGRAPHS[lang]
    content = f"Headline about the pool\n\n{a}\n\n{b}\n\n{header}\n\n{comment}\n"
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert art.headings == ()
    assert art.body == (a, b)


@pytest.mark.parametrize(
    ("lang", "heading", "unstopped"),
    [
        ("sv", "\"Ett svek\"", "Oppositionsledaren är kritisk till hur kommunen har skött hela upphandlingen av badhuset"),
        ("no", "Dyr oppussing", "Opposisjonen mener kommunen har brukt altfor lang tid på hele anbudsrunden for anlegget"),
        ("en", "'Long overdue'", "The opposition leader is critical of how the city has handled the whole tender for the pool"),
    ],
)
def test_paragraph_without_its_stop_under_a_heading(lang: str, heading: str, unstopped: str) -> None:
    """A long line printed without its full stop between a heading and a paragraph is a paragraph, and the line
    above it stays the heading."""
    a, b, c = PARAGRAPHS[lang]
    text = f"Headline about the pool\n\n{a}\n\n{b}\n\n{heading}\n\n{unstopped}\n\n{c}\n"
    art = structure_text(Page(input="t.txt", content=text, kind="text"), options=Options())
    assert heading in art.headings
    assert unstopped in art.body and unstopped not in art.headings


@pytest.mark.parametrize(
    ("lang", "before", "question", "after"),
    [
        ("sv", "– Vi fick vänta länge på beskedet, säger hon.", "Och hyran?", "– Den höjs i januari."),
        ("no", "– Vi måtte vente lenge på svaret, sier hun.", "Og husleien?", "– Den går opp i januar."),
        ("da", "- Vi måtte vente længe på svaret, siger hun.", "Og huslejen?", "- Den stiger i januar."),
        ("de", "„Wir mussten lange auf die Antwort warten“, sagt sie.", "Und die Miete?", "„Sie steigt im Januar.“"),
        ("en", "\"We waited a long time for the answer,\" she said.", "And the rent?", "\"It goes up in January.\""),
    ],
)
def test_short_question_between_spoken_answers_is_running_text(lang: str, before: str, question: str,
                                                               after: str) -> None:
    a, _b, _c = PARAGRAPHS[lang]
    content = f"Headline about the pool\n\n{a}\n\n{before}\n\n{question}\n\n{after}\n"
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert question in art.body and question not in art.headings


@pytest.mark.parametrize(
    ("lang", "copy"),
    [
        ("sv", "Badhuset stänger i sommar"),
        ("en", "NOW: Badhuset stänger i sommar"),
        ("de", "Update: Badhuset stänger i sommar"),
    ],
)
def test_headline_printed_again_is_no_heading(lang: str, copy: str) -> None:
    a, b, c = PARAGRAPHS[lang]
    content = f"Badhuset stänger i sommar\n\n{a}\n\n{b}\n\n{copy}\n\n{c}\n"
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert copy not in art.headings and copy not in art.body and art.title == "Badhuset stänger i sommar"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ferry runs aground", True),
        ("NOW: Ferry runs aground", True),
        ("Top story: Ferry runs aground", True),
        ("Why the ferry ran aground, and what comes next: Ferry runs aground", False),  # a sentence, no label
        ("The second ferry runs aground", False),
    ],
)
def test_title_copy(text: str, expected: bool) -> None:
    assert title_copy(text, "Ferry runs aground") is expected


@pytest.mark.parametrize(
    ("lang", "last", "in_body"),
    [
        ("en", "The mayor was", True),  # stops on an auxiliary: a sentence the crawler cut
        ("en", "“Thi", True),  # a quotation left open
        ("sv", "Arbetet leds av", True),  # stops on a preposition
        ("de", "„Wir", True),
        ("no", "Dyr renovering", False),  # a heading-shaped line: no cut sentence
        ("da", "„Vi er glade“", False),  # a whole quotation
    ],
)
def test_short_last_line_cut_by_the_crawler(lang: str, last: str, in_body: bool) -> None:
    a, b, _c = PARAGRAPHS[lang]
    content = f"Headline about the pool\n\n{a}\n\n{b}\n\n{last}"
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert (last in art.body) == in_body


@pytest.mark.parametrize(
    ("lang", "intro", "items", "after"),
    [
        ("sv", "Trafikverket stänger av vägarna på följande sträckor under natten:", ("Borlänge - Falun", "Gävle - Sandviken"),
         "Omledning sker via länsvägarna, uppger myndigheten."),
        ("no", "Disse rutene er innstilt fredag, opplyser selskapet:", ("Bergen - Stavanger", "Oslo - Trondheim"),
         "Reisende får refusjon, ifølge selskapet."),
        ("da", "Følgende strækninger er spærret resten af dagen:", ("Aarhus - Randers", "Odense - Svendborg"),
         "Trafikken ledes ad andre veje, oplyser politiet."),
        ("de", "Betroffen sind nach Angaben der Bahn diese Strecken:", ("Köln - Aachen", "Bonn - Koblenz"),
         "Ersatzbusse sollen ab Mittag fahren."),
        ("en", "The following routes are closed until Monday, the council said:", ("Leeds - York", "Hull - Selby"),
         "Diversions are signposted."),
    ],
)
def test_list_under_a_paragraph_that_introduces_it(lang: str, intro: str, items: tuple[str, str], after: str) -> None:
    a, _, _ = PARAGRAPHS[lang]
    content = f"Headline about the roads\n\n{a}\n\n{intro}\n\n{items[0]}\n\n{items[1]}\n\n{after}\n"
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert all(item in art.body for item in items)
    assert not art.headings


def test_contact_block_under_a_closing_colon_is_no_list() -> None:
    content = ("Headline about the pool\n\n" + PARAGRAPHS["en"][0] + "\n\nThe team plays these games in July:\n\n"
               "Press contact\n\nJane Roe\n\nCommunications\n")
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert "Jane Roe" not in art.body
