"""The plain-text structurer on whole pages written for these tests (one per layout)."""
from __future__ import annotations

import pytest

from enligt.errors import NotAnArticleError
from enligt.models import Caption, Page
from enligt.settings import Options
from enligt.structure.text import structure_text

SV_PAGE = """Vi använder cookies för att förbättra din upplevelse. Genom att klicka på "Godkänn" accepterar du detta.
Godkänn
Kustposten
Nyheter  Sport  Kultur  Ekonomi
Inrikes
Färjan gick på grund utanför Visby – alla passagerare i säkerhet
Publicerad 14 maj 2024 kl. 09.12 | Uppdaterad 14 maj 2024 kl. 11.40
Av Karin Sundberg och Olle Ek, reporter
Dela artikeln

Passagerarfärjan Gotlandia gick på grund strax utanför Visby hamn på tisdagsmorgonen. Samtliga 312 passagerare har tagits i land, uppger Kustbevakningen.

Färjan ligger kvar vid kajen.Bogserbåtar väntas under dagen.Foto: Lars Holm/TT

Enligt rederiet fick fartyget motorproblem när det skulle lägga till. Ingen person skadades.
ANNONS
– Det small till och alla föll omkull. Sedan blev det alldeles tyst, säger en passagerare.

Dykare undersöker skrovet

Kustbevakningen har skickat dykare för att undersöka skadorna på skrovet. Ett mindre oljeutsläpp har upptäckts.

LÄS OCKSÅ: Rederiet varnar för förseningar i sommar

Trafiken väntas vara i gång igen på onsdag, enligt rederiet.
Dela artikeln
Facebook
Kopiera länk
Läs också
Nya turer till fastlandet i sommar
Hamnen byggs ut för 200 miljoner
Mest lästa
Brand i lägenhet i Visby
© Kustposten 2024
"""

EN_PAGE = """THE HARBOUR TIMES
News | Business | Sport | Opinion
Sign in   Subscribe
Business
Port strike halts container traffic for second day, union says
By Amy Clarke and Tom Reid, Business Reporter
Published 9:15 AM GMT, Wed May 15, 2024
Updated 1:05 PM GMT, Wed May 15, 2024
Dock workers at the port of Felixstowe walked out for a second day on Wednesday, the union said, leaving dozens of container ships waiting offshore.
Cranes stand idle at the container terminal. Photo: Ben Hart
The union wants a pay rise in line with inflation. The port operator said its offer was fair.
Advertisement
"We will stay out as long as it takes," a union official said.
Talks to resume
Both sides are expected to meet again on Thursday.
Related
Shipping rates climb as Red Sea disruption drags on
Most popular
1. Rail fares to rise in March
(Reporting by Amy Clarke; Editing by Tom Reid)
"""

NO_PAGE = """Fjordposten
Nyheter  Sport  Kultur
Logg inn
NYHETER
Fergen ble stående i tre timer etter motorstopp
Publisert tirsdag 14. mai 2024 kl. 08:30
Oppdatert tirsdag 14. mai 2024 kl. 10:15
Kari Nordmann
Journalist
Fergen ligger til kai i Bergen. Foto: Kari Nordmann
Fergen mellom Bergen og Stord ble stående i over tre timer tirsdag morgen etter motorstopp, opplyser rederiet.
Annonse
Ingen passasjerer ble skadet, ifølge politiet.
Les også: Nye ferger settes inn i sommer
Mest lest
Stengte E39 etter ras
"""

DE_PAGE = """Nordkurier Online
Startseite  Region  Politik  Sport
Sturmtief sorgt für Stromausfälle in Norddeutschland
Veröffentlicht am 19.01.2024, 14:05 Uhr
Von Anna Schmidt, dpa
Das Sturmtief hat in der Nacht zum Freitag in weiten Teilen Norddeutschlands für Stromausfälle gesorgt, teilte der Netzbetreiber mit.
Anzeige
Mehrere Bäume stürzten auf Straßen und Bahngleise. Verletzt wurde nach Angaben der Polizei niemand.
Lesen Sie auch: Bahn stellt Verkehr ein
"""


def run(text: str, lang: str = "auto") -> object:
    return structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))


def test_swedish_page() -> None:
    a = run(SV_PAGE)
    assert a.outlet == "Kustposten"
    assert a.title == "Färjan gick på grund utanför Visby – alla passagerare i säkerhet"
    assert a.authors == ("Karin Sundberg", "Olle Ek")
    assert (a.published, a.updated) == ("2024-05-14T09:12", "2024-05-14T11:40")
    assert a.language == "sv"
    assert a.lead is not None and a.lead.startswith("Passagerarfärjan Gotlandia")
    assert a.body[0] == a.lead and len(a.body) == 5
    assert a.captions == (Caption("Färjan ligger kvar vid kajen. Bogserbåtar väntas under dagen.", "Lars Holm/TT"),)
    assert a.headings == ("Dykare undersöker skrovet",)
    assert a.heading_positions == (3,)
    assert a.related == ("Rederiet varnar för förseningar i sommar", "Nya turer till fastlandet i sommar",
                         "Hamnen byggs ut för 200 miljoner")
    assert "ANNONS" in a.boilerplate and "Brand i lägenhet i Visby" in a.boilerplate
    assert not any("Foto" in p or "ANNONS" in p for p in a.body)


def test_english_page() -> None:
    a = run(EN_PAGE)
    assert a.outlet == "The Harbour Times"
    assert a.title == "Port strike halts container traffic for second day, union says"
    assert a.authors == ("Amy Clarke", "Tom Reid")
    assert (a.published, a.updated) == ("2024-05-15T09:15", "2024-05-15T13:05")
    assert a.language == "en"
    assert a.captions == (Caption("Cranes stand idle at the container terminal.", "Ben Hart"),)
    assert a.headings == ("Talks to resume",)
    assert len(a.body) == 4 and a.body[-1] == "Both sides are expected to meet again on Thursday."
    assert a.related == ("Shipping rates climb as Red Sea disruption drags on",)
    assert not any("Reporting by" in p for p in a.body)


def test_norwegian_page() -> None:
    a = run(NO_PAGE)
    assert a.outlet == "Fjordposten"
    assert a.title == "Fergen ble stående i tre timer etter motorstopp"
    assert a.authors == ("Kari Nordmann",)
    assert (a.published, a.updated) == ("2024-05-14T08:30", "2024-05-14T10:15")
    assert a.language == "no"
    assert a.captions == (Caption("Fergen ligger til kai i Bergen.", "Kari Nordmann"),)
    assert len(a.body) == 2
    assert a.related == ("Nye ferger settes inn i sommer",)


def test_german_page() -> None:
    a = run(DE_PAGE)
    assert a.title == "Sturmtief sorgt für Stromausfälle in Norddeutschland"
    assert a.authors == ("Anna Schmidt",)
    assert a.published == "2024-01-19T14:05"
    assert a.language == "de"
    assert len(a.body) == 2 and a.related == ("Bahn stellt Verkehr ein",)


def test_lang_option_overrides_identification() -> None:
    assert run(SV_PAGE, lang="da").language == "da"


def test_paywall_ends_the_body() -> None:
    page = SV_PAGE.replace("Trafiken väntas", "Detta är en låst artikel\nDu har läst alla dina gratisartiklar.\nTrafiken väntas")
    a = run(page)
    assert not any(p.startswith("Trafiken väntas") for p in a.body)
    assert not any(p.startswith("Du har läst") for p in a.body)


def test_doubled_name_byline_and_glued_dates() -> None:
    page = ("Dagbladet Norr\n\nTåget stod still i fyra timmar\n\nMalin Berg\nMalin Berg\n"
            "Uppdaterad: 04 mars 2022Publicerad: 03 mars 2022\n\n"
            "Ett tåg med 200 resenärer stod stilla i fyra timmar utanför Umeå på torsdagen, uppger SJ.\n\n"
            "Resenärerna fick vatten och mat under väntan, enligt bolaget som beklagar det inträffade.\n")
    a = run(page)
    assert a.authors == ("Malin Berg",)
    assert (a.published, a.updated) == ("2022-03-03", "2022-03-04")
    assert a.outlet == "Dagbladet Norr"


def test_title_case_heading_after_caption_is_not_an_author() -> None:
    page = ("The Daily Ledger\nCity council votes to close the old harbour bridge\nBy Amy Clarke\n"
            "The city council voted on Monday to close the old harbour bridge to cars from next year.\n"
            "The bridge was built in 1931. Photo: Ben Hart\nThe Road Ahead\n"
            "Engineers say the repairs will take at least two years and cost more than planned.\n")
    a = run(page)
    assert a.authors == ("Amy Clarke",)
    assert a.headings == ("The Road Ahead",)


def test_picture_above_the_headline_and_three_word_name() -> None:
    page = ("Lokalbladet\nBranden i hamnen släcktes under natten. Foto: Olle Ström\n"
            "Brand i hamnmagasinet i Kalmar\nMette Kjær Nielsen\nPublicerad 2024-05-02 06:10\n"
            "Ett magasin i Kalmar hamn brann ned under natten till torsdagen, uppger räddningstjänsten.\n")
    a = run(page)
    assert a.title == "Brand i hamnmagasinet i Kalmar"
    assert a.authors == ("Mette Kjær Nielsen",)
    assert a.captions == (Caption("Branden i hamnen släcktes under natten.", "Olle Ström"),)


def test_date_and_byline_above_the_headline() -> None:
    page = ("Kustposten\nPublicerad 2024-05-02 06:10\nAv Olle Ström\n"
            "Brand i hamnmagasinet i Kalmar\n"
            "Ett magasin i Kalmar hamn brann ned under natten till torsdagen, uppger räddningstjänsten.\n")
    a = run(page)
    assert a.title == "Brand i hamnmagasinet i Kalmar" and a.outlet == "Kustposten"
    assert a.published == "2024-05-02T06:10"
    assert a.authors == ("Olle Ström",)
    assert len(a.body) == 1


@pytest.mark.parametrize(
    ("items", "expected"),
    [("• Nya turer till fastlandet\n• Hamnen byggs ut", ("Nya turer till fastlandet", "Hamnen byggs ut")),
     ("1. Nya turer till fastlandet\n2. Hamnen byggs ut", ("Nya turer till fastlandet", "Hamnen byggs ut")),
     ("3 saker att veta om färjan\nHamnen byggs ut", ("3 saker att veta om färjan", "Hamnen byggs ut"))],
)
def test_related_items_lose_bullets_and_numbers(items: str, expected: tuple[str, ...]) -> None:
    page = ("Kustposten\nFärjan gick på grund utanför Visby\nPublicerad 2024-05-14\n"
            "Passagerarfärjan gick på grund strax utanför Visby hamn på tisdagsmorgonen, uppger Kustbevakningen.\n"
            "Läs också\n" + items + "\n")
    assert run(page).related == expected


def test_photographer_is_not_an_author() -> None:
    page = ("Lokalbladet\nBron stängs i sommar\nText: Hanna Lind Foto: Olle Ström\n"
            "Bron över älven stängs i åtta veckor i sommar för en omfattande renovering, meddelar kommunen.\n"
            "Bilister får ta omvägen via riksväg 13 under tiden, och bussarna leds om enligt en särskild plan.\n"
            "Hanna Lind\nReporter\nOlle Ström\nFotograf\n")
    assert run(page).authors == ("Hanna Lind",)


def test_credit_line_claims_caption_and_time_only_update() -> None:
    page = ("Skip to main content\nFynske Posten – nyheder fra Fyn\nNyheder  Sport  Debat\n"
            "Politiet efterlyser vidner efter brand\nAf Søren Dahl\nPubliceret 4. april 2024 kl. 06.45\n"
            "Opdateret kl. 08.10\n"
            "Politiet efterlyser vidner efter en brand i en lejlighed i Odense natten til torsdag, oplyser vagtchefen.\n"
            "Brandvæsenet i arbejde natten igennem.\nFoto: Henrik Bo\n"
            "Ingen kom til skade ved branden, og beboerne er genhuset hos familie, siger politiet.\n")
    a = run(page)
    assert a.outlet == "Fynske Posten"
    assert (a.published, a.updated) == ("2024-04-04T06:45", "2024-04-04T08:10")
    assert a.captions == (Caption("Brandvæsenet i arbejde natten igennem.", "Henrik Bo"),)
    assert len(a.body) == 2 and a.language == "da"


def test_blank_separated_related_list_then_heading() -> None:
    page = ("Tidningen\n\nSimhallen byggs till slut\n\nPublicerad 2024-02-12\n\n"
            "Kommunen har till slut fattat beslut om en ny simhall. Bygget startar i vår och blir klart 2026.\n\n"
            "Läs mer:\n\nSimhallen stängs i sommar\n\nKostnaden landar på 380 miljoner\n\n"
            "Kritik från oppositionen\n\n"
            "Oppositionen menar att kostnaden är för hög och att pengarna borde gå till skolorna.\n")
    a = run(page)
    assert a.related == ("Simhallen stängs i sommar", "Kostnaden landar på 380 miljoner")
    assert a.headings == ("Kritik från oppositionen",) and a.heading_positions == (1,)


def test_hard_wrapped_paragraphs_are_joined() -> None:
    page = ("Tidningen\nKommunen höjer skatten\nPublicerad 2024-01-10\n"
            "Kommunfullmäktige beslutade på måndagskvällen att höja skatten med 50 öre\n"
            "från och med nästa år, efter en lång och stundtals mycket hätsk debatt i salen.\n")
    a = run(page)
    expected = ("Kommunfullmäktige beslutade på måndagskvällen att höja skatten med 50 öre\n"
                "från och med nästa år, efter en lång och stundtals mycket hätsk debatt i salen.")
    assert a.body == (expected,)  # one paragraph, its line break kept: the input as written


@pytest.mark.parametrize(
    "line",
    [
        "The council\xa0said on Monday that the\xa0road would reopen in May after the repairs.",
        "The council said on Monday  that the road would reopen in May after the repairs.",
    ],
    ids=["no-break-space", "double-space"],
)
def test_body_paragraphs_are_the_input_as_written(line: str) -> None:
    page = f"Road to reopen in May\n\n{line}\n\nWork on the bridge begins next week, the council said.\n"
    a = run(page)
    assert a.body[0] == line and all(p in page for p in a.body)


@pytest.mark.parametrize(
    "content",
    [
        "ANNONS\nLogga in\nMeny\nSök\nMest lästa\nBrand i Visby\n© Tidningen 2024\n",
        "We use cookies to improve your experience. By clicking Accept you agree.\nAccept all\nManage preferences\n",
        "\n" * 10_000,
        "Nyheter\nBrand i Visby\nTåget stod still\nNy rektor i Fjell\nKalmar FF vann\n",
        "Tidningen\nRubriken här\nPublicerad 2024-01-10\nEn kort mening.\n",
        "x" * 1_000_000,
        ("Tidningen\nNyheter i dag\n"
         + "".join(f"Rubrik nummer {i} om något\nEn kort ingress om nyheten som hände i går i stan.\n" for i in range(8))),
    ],
    ids=["furniture-only", "cookie-wall", "blank-lines", "headline-list", "too-short", "one-long-token",
         "teaser-list"],
)
def test_not_an_article(content: str) -> None:
    with pytest.raises(NotAnArticleError):
        run(content)


def test_many_wrapped_lines_join_into_one_paragraph() -> None:
    wrapped = "\n".join(f"och sedan fortsätter texten utan slut på nästa rad igen nummer {i}" for i in range(15_000))
    a = run("Rubrik om en lång text\nEn mening som börjar här och som fortsätter länge till\n" + wrapped)
    assert len(a.body) == 1 and a.body[0].endswith("nummer 14999")


def test_one_megabyte_paragraph() -> None:
    a = run("Rubrik om en lång text\n" + "ord " * 250_000)
    assert a.title == "Rubrik om en lång text" and len(a.body) == 1


def test_doubled_byline_with_prefix_only_on_the_first_line() -> None:
    art = run("Bladet\n\nNy bro över älven öppnar i maj\n\nDen nya bron över älven öppnar för trafik i maj, "
              "meddelar kommunen i ett pressmeddelande.\n\nAv Lena Ström\nLena Ström\nPublicerad 3 mars 2024\n\n"
              "Bygget har pågått i tre år och kostat mer än väntat enligt kommunen.\n\nTrafiken leds om\n\n"
              "Under sommaren leds trafiken om via den gamla bron i centrum av staden.")
    assert art.authors == ("Lena Ström",)
    assert art.headings == ("Trafiken leds om",)


def test_caption_without_credit_between_lead_and_byline() -> None:
    art = run("Bladet\n\nBrand i lagerlokal i hamnen\n\nEn lagerlokal i hamnen brann ned under natten till "
              "fredagen, uppger räddningstjänsten.\nRökpelaren syntes över hela staden.\nAv Lena Ström\n"
              "Publicerad 3 mars 2024\n\nBranden var under kontroll vid sextiden på morgonen enligt räddningstjänsten.")
    assert art.captions == (Caption("Rökpelaren syntes över hela staden.", None),)
    assert len(art.body) == 2


def test_lead_before_the_headline() -> None:
    art = run("Home  World  Business\nDockers at the city port stopped work on Monday morning, halting all "
              "container traffic, the union said.\nPort strike halts container traffic\nBy Lena Strom\n"
              "May 3, 2024\n\nTalks on a new pay deal broke down late on Sunday night, both sides said.")
    assert art.title == "Port strike halts container traffic"
    assert art.lead is not None and art.lead.startswith("Dockers at the city port")
    assert len(art.body) == 2


def test_live_blog_time_stamps_and_relative_dates() -> None:
    art = run("River Post\nLIVE\nFlood live: roads closed as river rises\nUpdated 2 hours ago\nBy Lena Strom\n\n"
              "Several roads in the valley are closed after heavy rain overnight, the council said.\n\n14:52\n"
              "A bridge near the old mill has been shut as a precaution, police said.\n\n13:30\n"
              "Schools in two villages will stay closed on Tuesday, the council said.\n\n42 comments")
    assert art.title == "Flood live: roads closed as river rises"
    assert art.published is None and art.updated is None
    assert art.headings == ()
    assert len(art.body) == 3


def test_fact_box_and_comment_count_are_not_body() -> None:
    art = run("Bladet\n\nNy bro över älven öppnar i maj\n\nAv Lena Ström\ni dag 10.30\n8 kommentarer\n\n"
              "Den nya bron över älven öppnar för trafik i maj, meddelar kommunen.\n\nFaktaruta\nBron i siffror\n"
              "Längd: 420 meter.\nBygget började 2021.\n\nBygget har pågått i tre år och kostat mer än väntat.")
    assert art.headings == ()
    assert art.published is None
    assert len(art.body) == 2


def test_outlet_from_copyright_footer() -> None:
    art = run("Nyheter  Sport  Kultur\n\nNy bro över älven öppnar i maj\n\nAv Lena Ström\n\n"
              "Den nya bron över älven öppnar för trafik i maj, meddelar kommunen.\n\n© 2024 Älvdalsbladet")
    assert art.outlet == "Älvdalsbladet"


def test_page_wrapped_at_a_fixed_column_with_capitalised_continuations() -> None:
    art = run("Rheinbote\n\nStreik legt Busse in der Stadt lahm\n\nVon Lena Ström\n\n"
              "Ein Warnstreik hat am Montag den gesamten Busverkehr in der Innenstadt von\n"
              "Koblenz zum Erliegen gebracht. Nach Angaben der Stadtwerke fielen rund 900\n"
              "Fahrten aus.\n\nBusse bleiben im Depot\n\nDie Fahrer hatten sich schon früh am Morgen vor dem großen\n"
              "Betriebshof versammelt und blieben dort bis zum Nachmittag des Tages. Die\n"
              "Schüler mussten auf Fahrräder umsteigen.\n")
    assert art.headings == ("Busse bleiben im Depot",)
    assert len(art.body) == 2
    assert art.body[0].endswith("fielen rund 900\nFahrten aus.")


def test_bracketed_agency_credit_line_claims_the_caption_and_hyphenated_wordmark() -> None:
    art = run("KUST-POSTEN\n\nFloods cut off villages in the fens\nBy Lena Strom\nMay 3, 2024\n\n"
              "Several villages in the fens were cut off by floodwater on Monday, the council said.\n\n"
              "Water covers a field near the river.\n(PA Photo/Jane Roe)\n\n"
              "Engineers expect the water to drain within two weeks, the agency said.")
    assert art.outlet == "Kust-Posten"
    assert art.captions == (Caption("Water covers a field near the river.", "PA Photo/Jane Roe"),)
    assert art.headings == ()


def test_one_word_topic_tags_under_a_read_more_label_are_not_related() -> None:
    art = run("Bladet\n\nTåg spårade ur norr om stationen\n\nAv Lena Ström\n\n"
              "Ett regionaltåg spårade ur på måndagskvällen, uppger Trafikverket i ett pressmeddelande.\n\n"
              "Läs mer om\nTågtrafik\nOlyckor\n\nLäs också\nBanan öppnar igen på tisdag\n")
    assert art.related == ("Banan öppnar igen på tisdag",)


def test_short_paragraphs_without_blank_lines_are_not_a_hard_wrap() -> None:
    paras = ["Ett regionaltåg spårade ur strax norr om stationen på måndagskvällen.",
             "Sju personer fördes till sjukhus med lindriga skador, uppger regionen.",
             "Banan är avstängd åtminstone till tisdag morgon, enligt Trafikverket.",
             "Orsaken till urspårningen är ännu inte känd, säger en talesperson."]
    art = run("Bladet\n\nTåg spårade ur norr om stationen\n\nAv Lena Ström\n\n" + "\n".join(paras) + "\n\nSlut\n")
    assert art.body == tuple(paras)


# Work done by the pass after the title, counted (never timed): Python line events plus elements read
# from the line list (a slice of the rest of the page per line counted its copy). Run from source
# (ENLIGT_PURE=1) in a subprocess, since compiled code reads lists and fields without Python events.
_WORK = r'''
import itertools, json, sys
from enligt.structure.text import split_lines
from enligt.structure.textpass import read_after_title

class Reads(list):
    n = 0
    def __getitem__(self, k):
        r = super().__getitem__(k)
        Reads.n += len(r) if isinstance(k, slice) else 1
        return r

def work(page):
    lines = Reads(split_lines(page))
    events = [0]
    def tracer(frame, event, arg):
        events[0] += 1
        return tracer
    Reads.n = 0
    sys.settrace(tracer)
    read_after_title(lines, 1)
    sys.settrace(None)
    return events[0] + Reads.n

first = ["Anna", "Erik", "Karin", "Lars", "Maria", "Nils", "Olof", "Per"]
first = [f + x for f in first for x in ("", "a", "e", "o", "i", "u", "s", "t")]
names = ["%s %s %s" % t for t in itertools.product(first, first, first)]
def page(kind, n):
    body = {"sentences": ["Branden i lagret släcktes efter flera timmar och ingen skadades, säger polisen."] * n,
            "names": names[:n] + ["Branden i lagret släcktes efter flera timmar och ingen skadades, säger polisen."]}
    return "Rubrik om provet i dag\n\n" + "\n".join(body[kind]) + "\n"

print(json.dumps({k: [work(page(k, 1500)), work(page(k, 3000))] for k in ("sentences", "names")}))
'''


def test_the_pass_after_the_title_is_linear_in_the_page_length() -> None:
    """1 MiB took 0.45 s, 4 MiB 4.9 s, 8 MiB 20 s once (a sum over the flow and a copy of the page's
    tail per line, a scan of every author per name line): twice the lines must be about twice the work."""
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "ENLIGT_PURE": "1"}
    out = subprocess.run([sys.executable, "-c", _WORK], capture_output=True, text=True, env=env, check=True)
    for kind, (one, two) in json.loads(out.stdout).items():
        assert two < 2.3 * one, f"{kind}: {one} -> {two}"


@pytest.mark.parametrize("link", [
    "Læs hele analysen af de tolv klubbers indkøb her",
    "Read the full report on the harbour plans here",
])
def test_a_link_line_read_here_is_related_not_a_heading(link: str) -> None:
    first, second = ("Kommunen besluttede tirsdag at lukke havnebroen for reparationer i tre måneder.",
                     "Arbejdet ventes at tage hele sommeren, oplyser kommunen i en pressemeddelelse.") \
        if link.startswith("Læs") else ("The council voted on Tuesday to close the harbour bridge for three months.",
                                         "The work is expected to take the whole summer, the council said on Tuesday.")
    a = run(f"Havnebroen lukker i tre måneder\n\n{first}\n\n{link}\n\n{second}")
    assert a.related == (link,)
    assert link not in a.headings and link not in a.body


def test_a_link_in_brackets_closing_a_paragraph_is_related() -> None:
    a = run("Torwart fällt zwei Wochen aus\n\nDer Torwart des Vereins fällt nach einer Verletzung im Training zwei "
            "Wochen aus, teilte der Verein am Mittwoch mit. (LESETIPP: So plant der Trainer ohne ihn)\n\n"
            "Ersatzmann Jonas Beck soll am Samstag im Tor stehen, sagte der Trainer.")
    assert a.related == ("So plant der Trainer ohne ihn",)
    assert a.body[0].endswith("teilte der Verein am Mittwoch mit.")
    assert "LESETIPP:" in a.boilerplate


@pytest.mark.parametrize(
    ("content", "title"),
    [
        # the page's title, a deck, then the headline printed again over the lead: the headline is the line printed twice
        (("Storm fells trees across the county\nCrews worked through the night\nStorm fells trees across the county\n\n"
         "High winds brought down dozens of trees across the county overnight, blocking roads and cutting power to "
         "thousands of homes, the council said on Sunday morning.\n\n"
         "Repair crews expect to clear the main roads by the evening, a spokesman said."),
         "Storm fells trees across the county"),
        (("Vindkraftverk stoppas av kommunen\nVindkraftverk stoppas av kommunen\nSpelet om bästa bettingsidan just nu\n\n"
         "Kommunen säger nej till de tolv vindkraftverk som ett bolag ville bygga öster om sjön, det beslutade "
         "byggnadsnämnden på torsdagen efter en lång debatt.\n\n"
         "Bolaget kan överklaga beslutet till länsstyrelsen, uppger nämndens ordförande."),
         "Vindkraftverk stoppas av kommunen"),
    ],
    ids=["en-deck-between-copies", "sv-advert-under-copies"],
)
def test_headline_printed_twice_over_a_deck_or_an_advert(content: str, title: str) -> None:
    article = run(content)
    assert article.title == title
