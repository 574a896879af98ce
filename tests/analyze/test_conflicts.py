"""Conflicts: same measure and subject, values more than 10 % apart, from different sources."""
from __future__ import annotations

from pathlib import Path

import pytest

from enligt.analyze.conflicts import disagree, find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article, Attribution, Quantity, Span

from .conftest import gold_pages


def conflicts(text: str, lang: str, claims: list[tuple[str | None, str]]) -> list[list[float]]:
    """Sorted values of each conflict found in `text`, whose `claims` are (source, content)."""
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    attributions = []
    for source, content in claims:
        start = article.text.index(content)
        src = None
        if source and source in article.text:
            s = article.text.index(source)
            src = Span(s, s + len(source))
        attributions.append(Attribution(content=content, content_span=Span(start, start + len(content)),
                                        source=source, source_span=src))
    quantities = count(article, tuple(attributions))
    return [sorted(quantities[i].value for i in c.quantities) for c in find_conflicts(quantities, tuple(attributions))]


P, K, T = "polisen", "kommunen", "tidningen"

SV = [
    # (text, claims, expected conflicts)
    ("Två personer har omkommit, uppger polisen. Tre personer har omkommit, uppger kommunen.",
     [(P, "Två personer har omkommit"), (K, "Tre personer har omkommit")], [[2, 3]]),
    ("4 000 syriska soldater har dödats, enligt turkiska källor. Enligt kurdiska källor rör det sig om cirka 700 soldater.",
     [("turkiska källor", "4 000 syriska soldater har dödats"), ("kurdiska källor", "rör det sig om cirka 700 soldater")],
     [[700, 4000]]),
    ("Bolaget varslar 300 anställda, enligt rapporten. Enligt facket rör det sig om närmare 380 personer.",
     [("rapporten", "Bolaget varslar 300 anställda"), ("facket", "rör det sig om närmare 380 personer")], [[300, 380]]),
    ("Totalt 157 ukrainare har kommit hem, uppger staben. Enligt ministeriet fick Ukraina tillbaka 140 personer.",
     [("staben", "Totalt 157 ukrainare har kommit hem"), ("ministeriet", "fick Ukraina tillbaka 140 personer")],
     [[140, 157]]),
    ("Totalt 157 ukrainare har kommit hem, uppger staben. Enligt ministeriet fick Ukraina tillbaka 150 personer.",
     [("staben", "Totalt 157 ukrainare har kommit hem"), ("ministeriet", "fick Ukraina tillbaka 150 personer")], []),
    ("Minst två personer dödades, uppger myndigheterna. Enligt Telegram omkom minst fem personer.",
     [("myndigheterna", "Minst två personer dödades"), ("Telegram", "omkom minst fem personer")], [[2, 5]]),
    ("Minst fem personer dödades, uppger polisen. Två av de döda var barn, enligt kommunen.",
     [(P, "Minst fem personer dödades"), (K, "Två av de döda var barn")], []),
    ("Ligan har drabbat 143 personer, enligt åklagaren. Polisen tror att ligan har drabbat runt 170 personer.",
     [("åklagaren", "Ligan har drabbat 143 personer"), ("Polisen", "ligan har drabbat runt 170 personer")],
     [[143, 170]]),
    ("Ligan har drabbat 143 personer, enligt åklagaren. Åtta män åtalas, uppger polisen.",
     [("åklagaren", "Ligan har drabbat 143 personer"), (P, "Åtta män åtalas")], []),
    ("Omkring 48 000 kunder var utan ström i länet, enligt Ellevio. Vattenfall uppger att 12 000 kunder i norra Hälsingland var strömlösa.",
     [("Ellevio", "Omkring 48 000 kunder var utan ström i länet"), ("Vattenfall", "12 000 kunder i norra Hälsingland var strömlösa")],
     []),
    ("150 ryska soldater har släppts, uppger ministeriet. Över 2 500 ukrainare har släppts, enligt staben.",
     [("ministeriet", "150 ryska soldater har släppts"), ("staben", "Över 2 500 ukrainare har släppts")], []),
    ("Enligt S har 64 nya tjänster inrättats. M hävdar att antalet är närmare 25. Siffrorna visar att 41 nya tjänster har tillkommit.",
     [("S", "har 64 nya tjänster inrättats"), ("M", "antalet är närmare 25"), ("Siffrorna", "41 nya tjänster har tillkommit")],
     [[25, 41, 64]]),
    ("Två personer har omkommit, uppger polisen. Två personer har omkommit, uppger kommunen.",
     [(P, "Två personer har omkommit"), (K, "Två personer har omkommit, uppger kommunen")], []),
    ("Två personer har omkommit, uppger polisen. I går omkom två personer, enligt polisen.",
     [(P, "Två personer har omkommit"), (P, "I går omkom två personer")], []),
    ("Tre personer har omkommit, uppger polisen. Polisen bekräftar att fem personer har omkommit.",
     [(P, "Tre personer har omkommit"), ("Polisen", "fem personer har omkommit")], []),
    ("Tre personer har omkommit i Kalmar, uppger polisen. Fem personer har omkommit i Växjö, uppger kommunen.",
     [(P, "Tre personer har omkommit i Kalmar"), (K, "Fem personer har omkommit i Växjö")], []),
    ("Tre personer dödades på måndagen, uppger polisen. Fem personer dödades på tisdagen, uppger kommunen.",
     [(P, "Tre personer dödades på måndagen"), (K, "Fem personer dödades på tisdagen")], []),
    ("Tre personer dödades, uppger polisen. Fem personer skadades, uppger kommunen.",
     [(P, "Tre personer dödades"), (K, "Fem personer skadades")], []),
    ("Tre soldater dödades, uppger armén. Fem civila dödades, uppger kommunen.",
     [("armén", "Tre soldater dödades"), (K, "Fem civila dödades")], []),
    ("100 personer greps, uppger polisen. Enligt tidningen greps 105 personer.",
     [(P, "100 personer greps"), (T, "greps 105 personer")], []),
    ("100 personer greps, uppger polisen. Enligt tidningen greps 120 personer.",
     [(P, "100 personer greps"), (T, "greps 120 personer")], [[100, 120]]),
    ("Tre personer skadades. Enligt kommunen skadades sju personer.",
     [(K, "skadades sju personer")], [[3, 7]]),
    ("Ett 40-tal boende evakuerades, enligt sajten. Polisen uppger att 200 boende evakuerades.",
     [("sajten", "Ett 40-tal boende evakuerades"), ("Polisen", "200 boende evakuerades")], [[40, 200]]),
    ("38 drönare sköts ned, enligt Ukraina. Ryssland uppger att 12 drönare sköts ned.",
     [("Ukraina", "38 drönare sköts ned"), ("Ryssland", "12 drönare sköts ned")], [[12, 38]]),
    ("38 drönare sköts ned, enligt Ukraina. Ryssland uppger att 12 robotar sköts ned.",
     [("Ukraina", "38 drönare sköts ned"), ("Ryssland", "12 robotar sköts ned")], []),
    ("Över 2 500 ukrainare har släppts sedan februari 2022, enligt staben. 150 ukrainare har släppts, uppger ministeriet.",
     [("staben", "Över 2 500 ukrainare har släppts sedan februari 2022"), ("ministeriet", "150 ukrainare har släppts")], []),
    ("Sedan 2018 har 64 nya tjänster inrättats, enligt S. Kommunen uppger att 41 nya tjänster har inrättats.",
     [("S", "Sedan 2018 har 64 nya tjänster inrättats"), ("Kommunen", "41 nya tjänster har inrättats")], [[41, 64]]),
    ("Förra året varslades 1 500 anställda, enligt facket. I dag varslar bolaget 2 000 anställda, uppger bolaget.",
     [("facket", "Förra året varslades 1 500 anställda"), ("bolaget", "I dag varslar bolaget 2 000 anställda")], []),
    ("Ett tjugotal soldater som tillfångatogs frigavs, enligt staben. 150 soldater frigavs, uppger ministeriet.",
     [("staben", "Ett tjugotal soldater som tillfångatogs frigavs"), ("ministeriet", "150 soldater frigavs")], []),
    ("Ett 70-tal åhörare kom till debatten. Enligt arrangörerna kom 300 åhörare.",
     [("arrangörerna", "kom 300 åhörare")], [[70, 300]]),
    ("Bolaget varslar 300 anställda, enligt rapporten. Facket uppger att 300 anställda varslas.",
     [("rapporten", "Bolaget varslar 300 anställda"), ("Facket", "300 anställda varslas")], []),
    ("Tolv personer saknas, uppger polisen. Enligt kustbevakningen saknas 30 personer.",
     [(P, "Tolv personer saknas"), ("kustbevakningen", "saknas 30 personer")], [[12, 30]]),
]

EN = [
    ("Shelling killed four civilians in the town on Wednesday, the administration said. A volunteer group said six people had died.",
     [("the administration", "Shelling killed four civilians in the town on Wednesday"), ("A volunteer group", "six people had died")],
     [[4, 6]]),
    ("Organisers said some 7,000 people gathered. Stewards estimated the crowd at about 3,500.",
     [("Organisers", "some 7,000 people gathered"), ("Stewards", "the crowd at about 3,500")], [[3500, 7000]]),
    ("Three diplomats said 27 tankers were blacklisted. One diplomat said 29 tankers were blacklisted.",
     [("Three diplomats", "27 tankers were blacklisted"), ("One diplomat", "29 tankers were blacklisted")], []),
    ("The court heard that at least 46 consignments were shipped. The barrister said only 19 consignments were shipped.",
     [(None, "at least 46 consignments were shipped"), ("The barrister", "only 19 consignments were shipped")], [[19, 46]]),
    ("Shelling wounded 11 civilians on Wednesday, officials said. Last Saturday we had 14 wounded, she said.",
     [("officials", "Shelling wounded 11 civilians on Wednesday"), ("she", "Last Saturday we had 14 wounded")], []),
    ("The troops repelled 31 attacks in the previous 24 hours, the staff said. The unit repelled four assaults overnight, a spokesman said.",
     [("the staff", "The troops repelled 31 attacks in the previous 24 hours"), ("a spokesman", "The unit repelled four assaults overnight")], []),
    ("A unit shot two soldiers who had surrendered, prosecutors said. The ministry said it killed up to 90 soldiers.",
     [("prosecutors", "A unit shot two soldiers who had surrendered"), ("The ministry", "it killed up to 90 soldiers")], []),
    ("Police said 12 people were killed. Hospital officials said 20 people were killed.",
     [("Police", "12 people were killed"), ("Hospital officials", "20 people were killed")], [[12, 20]]),
    ("Police said 12 people were killed. Hospital officials said 14 people were killed.",
     [("Police", "12 people were killed"), ("Hospital officials", "14 people were killed")], [[12, 14]]),
    ("Police said 12 people were killed. Hospital officials said 13 people were killed.",
     [("Police", "12 people were killed"), ("Hospital officials", "13 people were killed")], []),
    ("Police said 100 people were killed. Hospital officials said 105 people were killed.",
     [("Police", "100 people were killed"), ("Hospital officials", "105 people were killed")], []),
    ("Police said 12 people were killed. Police later said 20 people were killed.",
     [("Police", "12 people were killed"), ("Police", "20 people were killed")], []),
    ("Police said 12 people were killed. Police said 20 people were injured.",
     [("Police", "12 people were killed"), ("Police", "20 people were injured")], []),
    ("Police said 12 people were killed in Kyiv. Officials said 20 people were killed in Odesa.",
     [("Police", "12 people were killed in Kyiv"), ("Officials", "20 people were killed in Odesa")], []),
    ("Police said 12 people were killed. The army said 20 soldiers were killed.",
     [("Police", "12 people were killed"), ("The army", "20 soldiers were killed")], []),
    ("Ukraine said 6,000 Russian soldiers were killed. Russia said 500 Russian troops were killed.",
     [("Ukraine", "6,000 Russian soldiers were killed"), ("Russia", "500 Russian troops were killed")], [[500, 6000]]),
    ("Ukraine said 6,000 Russian soldiers were killed. Russia said 500 Ukrainian soldiers were killed.",
     [("Ukraine", "6,000 Russian soldiers were killed"), ("Russia", "500 Ukrainian soldiers were killed")], []),
    ("Ukraine said 6,000 Russian soldiers were killed. Russia said 500 soldiers were killed.",
     [("Ukraine", "6,000 Russian soldiers were killed"), ("Russia", "500 soldiers were killed")], [[500, 6000]]),
    ("Some 250 villagers were evacuated on Sunday, the charity said. Officials said 900 villagers were evacuated.",
     [("the charity", "Some 250 villagers were evacuated on Sunday"), ("Officials", "900 villagers were evacuated")], [[250, 900]]),
    ("The firm will cut 500 jobs, it said. The union said up to 800 jobs will be cut.",
     [("it", "The firm will cut 500 jobs"), ("The union", "up to 800 jobs will be cut")], [[500, 800]]),
    ("At least 38 people fell ill. The hospital said it had treated 45 patients.",
     [("The hospital", "it had treated 45 patients")], [[38, 45]]),
    ("At least 38 people fell ill. The hospital said at least 12 of them were hospitalised.",
     [("The hospital", "at least 12 of them were hospitalised")], []),
    ("Air defences destroyed 24 drones, Russia said. Ukraine said 10 drones were destroyed.",
     [("Russia", "Air defences destroyed 24 drones"), ("Ukraine", "10 drones were destroyed")], [[10, 24]]),
    ("Air defences destroyed 24 drones, Russia said. Ukraine said 10 missiles were destroyed.",
     [("Russia", "Air defences destroyed 24 drones"), ("Ukraine", "10 missiles were destroyed")], []),
    ("Police arrested 30 people, officials said. Activists said 80 people were arrested.",
     [("officials", "Police arrested 30 people"), ("Activists", "80 people were arrested")], [[30, 80]]),
    ("Police arrested 30 people on Monday, officials said. Activists said 80 people were arrested on Tuesday.",
     [("officials", "Police arrested 30 people on Monday"), ("Activists", "80 people were arrested on Tuesday")], []),
    ("The storm killed 4 people in Kyiv, officials said. Nationwide 30 people were killed, the ministry said.",
     [("officials", "The storm killed 4 people in Kyiv"), ("the ministry", "Nationwide 30 people were killed")], []),
    ("Nine sailors are missing, the navy said. Relatives said 15 sailors are missing.",
     [("the navy", "Nine sailors are missing"), ("Relatives", "15 sailors are missing")], [[9, 15]]),
    ("Twenty soldiers were captured, Kyiv said. Moscow said 20 soldiers were captured.",
     [("Kyiv", "Twenty soldiers were captured"), ("Moscow", "20 soldiers were captured")], []),
    ("About 40 soldiers deserted, a report said. The ministry said 200 soldiers deserted.",
     [("a report", "About 40 soldiers deserted"), ("The ministry", "200 soldiers deserted")], [[40, 200]]),
    ("Last year the firm cut 1,500 jobs, the union said. The firm said it would cut 2,000 jobs.",
     [("the union", "Last year the firm cut 1,500 jobs"), ("The firm", "it would cut 2,000 jobs")], []),
    ("Shelling killed 15 soldiers and wounded 40, the army said. Two civilians were wounded, the governor said.",
     [("the army", "Shelling killed 15 soldiers and wounded 40"), ("the governor", "Two civilians were wounded")], []),
    ("Police said about 25,000 people took part. It was the biggest march since 2020, when some 10,000 people marched.",
     [("Police", "about 25,000 people took part")], []),
    ("Police detained 30 protesters, officials said. A rights group said 45 people had been arrested.",
     [("officials", "Police detained 30 protesters"), ("A rights group", "45 people had been arrested")], [[30, 45]]),
    ("Since the war began 10,000 civilians have been killed, the UN said. Local media said three civilians died.",
     [("the UN", "Since the war began 10,000 civilians have been killed"), ("Local media", "three civilians died")], []),
    ("Six workers were killed in a Swedish mill blast, the union said. Police in the region said four people had died.",
     [("the union", "Six workers were killed in a Swedish mill blast"), ("Police in the region", "four people had died")],
     [[4, 6]]),
    ("The firm said it would cut about 900 jobs. The union put the number of affected roles at 650.",
     [("The firm", "it would cut about 900 jobs"), ("The union", "put the number of affected roles at 650")], [[650, 900]]),
    (("About 1,500 residents were evacuated in Ludlow, the council said. Since November, some 4,800 people have "
      "been evacuated across the county, officials said."),
     [("the council", "About 1,500 residents were evacuated in Ludlow"),
      ("officials", "Since November, some 4,800 people have been evacuated across the county")], []),
    ("Two of the dead were children, police said. Officials said five people died.",
     [("police", "Two of the dead were children"), ("Officials", "five people died")], []),
]

OTHER = [
    ("no", "Selskapet skal kutte 250 stillinger, ifølge meldingen. Ifølge foreningen kan opptil 320 stillinger forsvinne.",
     [("meldingen", "Selskapet skal kutte 250 stillinger"), ("foreningen", "kan opptil 320 stillinger forsvinne")], [[250, 320]]),
    ("da", "Mindst 38 personer er blevet syge. Hospitalet har behandlet 45 patienter, oplyser hospitalet.",
     [("hospitalet", "Hospitalet har behandlet 45 patienter")], [[38, 45]]),
    ("da", "To af dem er døde, oplyser SSI. Fem personer er døde, oplyser hospitalet.",
     [("SSI", "To af dem er døde"), ("hospitalet", "Fem personer er døde")], []),
    ("de", "Nach Angaben der Polizei kamen zwei Menschen ums Leben. Medienberichten zufolge ist die Zahl der Todesopfer inzwischen auf vier gestiegen.",
     [("der Polizei", "kamen zwei Menschen ums Leben"), ("Medienberichten", "ist die Zahl der Todesopfer inzwischen auf vier gestiegen")], [[2, 4]]),
    ("de", "Nach Angaben der Polizei wurden 30 Menschen verletzt, 15 davon schwer. Der Sender berichtet von 40 Verletzten.",
     [("der Polizei", "wurden 30 Menschen verletzt, 15 davon schwer"), ("Der Sender", "von 40 Verletzten")], [[30, 40]]),
    ("no", "Selskapet kutter 120 stillinger, ifølge meldingen. Ifølge forbundet mister omkring 150 ansatte jobben.",
     [("meldingen", "Selskapet kutter 120 stillinger"), ("forbundet", "mister omkring 150 ansatte jobben")], [[120, 150]]),
    ("de", "Landesweit seien 35 Menschen verletzt worden, sagte ein Sprecher. Ein Feuerwehrsprecher sprach von etwa 20 Verletzten in der Region Hannover.",
     [("ein Sprecher", "Landesweit seien 35 Menschen verletzt worden"), ("Ein Feuerwehrsprecher", "von etwa 20 Verletzten in der Region Hannover")], []),
]


@pytest.mark.parametrize(("text", "claims", "expected"), SV)
def test_sv_conflicts(text: str, claims: list[tuple[str | None, str]], expected: list[list[float]]) -> None:
    assert conflicts(text, "sv", claims) == expected


@pytest.mark.parametrize(("text", "claims", "expected"), EN)
def test_en_conflicts(text: str, claims: list[tuple[str | None, str]], expected: list[list[float]]) -> None:
    assert conflicts(text, "en", claims) == expected


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), OTHER)
def test_no_da_de_conflicts(lang: str, text: str, claims: list[tuple[str | None, str]], expected: list[list[float]]) -> None:
    assert conflicts(text, lang, claims) == expected


@pytest.mark.parametrize(("x", "y", "expected"), [
    (157, 140, True), (157, 150, False), (27, 29, False), (2, 3, True), (100, 110, False), (100, 111.2, True),
])
def test_ten_percent_of_the_larger(x: float, y: float, expected: bool) -> None:
    assert disagree(x, y) is expected


def test_quantities_without_keys_fall_back_to_subjects() -> None:
    q1 = Quantity(value=10, measure="killed", subject="people", number_span=Span(0, 2), attribution=0)
    q2 = Quantity(value=20, measure="killed", subject="people", number_span=Span(5, 7), attribution=1)
    a = (Attribution(content="x", content_span=Span(0, 3), source="A"),
         Attribution(content="y", content_span=Span(4, 8), source="B"))
    [c] = find_conflicts((q1, q2), a)
    assert c.quantities == (0, 1)


def test_dev_corpus_conflicts_with_gold_attributions(dev_corpus: Path) -> None:
    """With gold attributions, the dev pages' conflicts are found (measure + values)."""
    hit = total = predicted = 0
    for gold, article, attributions in gold_pages(dev_corpus):
        qs = count(article, attributions)
        pred = [(c.measure, sorted(qs[i].value for i in c.quantities)) for c in find_conflicts(qs, attributions)]
        want = [(c["measure"], sorted(float(gold["quantities"][i]["value"]) for i in c["quantities"]))
                for c in gold["conflicts"]]
        total, predicted = total + len(want), predicted + len(pred)
        hit += sum(1 for w in want if w in pred)
    assert hit / total >= 0.8
    assert hit / max(predicted, 1) >= 0.8


# Issue 11 on real pages: severity classes, passengers as people, "still" states, "ytterligare"
# after another measure.
LIVE = [
    ("no", "To personer er alvorlig skadd, opplyser politiet. Tre personer er hardt skadd, melder sykehuset.",
     [("politiet", "To personer er alvorlig skadd"), ("sykehuset", "Tre personer er hardt skadd")], [[2, 3]]),
    ("no", "To personer er alvorlig skadd, opplyser politiet. Fire personer er lettere skadd, melder sykehuset.",
     [("politiet", "To personer er alvorlig skadd"), ("sykehuset", "Fire personer er lettere skadd")], []),
    ("en", "The crash killed at least three passengers, officials said. A source said six people were killed.",
     [("officials", "The crash killed at least three passengers"), ("A source", "six people were killed")], [[3, 6]]),
    ("en", "The crash killed ten people, officials said. Four children were killed, a source said.",
     [("officials", "The crash killed ten people"), ("a source", "Four children were killed")], []),
    ("sv", "Totalt 40 personer fördes till sjukhus, uppger regionen. Enligt polisen vårdas 12 personer fortfarande på sjukhus.",
     [("regionen", "Totalt 40 personer fördes till sjukhus"), ("polisen", "vårdas 12 personer fortfarande på sjukhus")], []),
    ("en", "Some 90 people were taken to hospital, officials said. Police said 30 people remain hospitalized.",
     [("officials", "Some 90 people were taken to hospital"), ("Police", "30 people remain hospitalized")], []),
    ("en", "Nine people are missing, the navy said. Relatives said 15 people are still missing.",
     [("the navy", "Nine people are missing"), ("Relatives", "15 people are still missing")], [[9, 15]]),
    ("sv", "Två personer dödades och ytterligare 20 skadades, enligt kommunen. Polisen uppger att tolv personer skadades.",
     [("kommunen", "Två personer dödades och ytterligare 20 skadades"), ("Polisen", "tolv personer skadades")], [[12, 20]]),
    ("sv", "Tio personer har evakuerats, enligt kommunen. Polisen uppger att ytterligare 20 personer har evakuerats.",
     [("kommunen", "Tio personer har evakuerats"), ("Polisen", "ytterligare 20 personer har evakuerats")], []),
    # the comma of "19,250" breaks no clause: the place after the coordinated count is the first's too
    ("en", ("Officials said 19,250 people died and 40,100 were injured in Tarvia and Ostavia. "
           "A broadcaster said 14,000 people died in Tarvia."),
     [("Officials", "19,250 people died and 40,100 were injured in Tarvia and Ostavia"),
      ("A broadcaster", "14,000 people died in Tarvia")], []),
    # "Of the dead, N …": a part
    ("en", "Officials said 900 people died. Of the dead, 300 were found in the capital, a governor said.",
     [("Officials", "900 people died"), ("a governor", "300 were found in the capital")], []),
    # several places are one whole, not one of them; the same places match by their names
    ("sv", "Över 2 000 personer har dött i Lindmark och Ostavia, enligt myndigheterna. I Lindmark har 1 200 personer dött, uppger polisen.",
     [("myndigheterna", "Över 2 000 personer har dött i Lindmark och Ostavia"), ("polisen", "I Lindmark har 1 200 personer dött")], []),
    ("en", "Officials said 3,000 people died in northern Tarvia and Ostavia. A broadcaster said 5,000 people died in Ostavia and north Tarvia.",
     [("Officials", "3,000 people died in northern Tarvia and Ostavia"), ("A broadcaster", "5,000 people died in Ostavia and north Tarvia")],
     [[3000, 5000]]),
    # "antallet" restates the main figure of the sentence before, not one in a relative clause
    ("no", "I alt 16 personer er skadet i tillegg til to som er fløyet til sykehus, opplyser politiet. Avisen anslår antallet til mellom 20 og 24.",
     [("politiet", "I alt 16 personer er skadet i tillegg til to som er fløyet til sykehus"), ("Avisen", "antallet til mellom 20 og 24")],
     [[16, 20]]),
    # a crawl glued "skadades" to "av"; sourceless hearsay is not the outlet's own voice
    ("sv", "Fyra personer dödades och ytterligare 15 skadadesav en bil. Senare uppgavs att 15 personer skadats. Polisen bekräftade tolv skadade.",
     [(None, "Senare uppgavs att 15 personer skadats"), ("Polisen", "tolv skadade")], [[12, 15, 15]]),
    # a place named before "where"; a country that reports people killed reports its own
    ("en", "The worst-hit town was Norvik, where 1,100 died, the governor said. Officials said 2,300 people were killed in Ostavia.",
     [("the governor", "The worst-hit town was Norvik, where 1,100 died"), ("Officials", "2,300 people were killed in Ostavia")], []),
    ("en", "Officials said 2,300 people were killed in Tarvia. Ostavia reported 160 killed.",
     [("Officials", "2,300 people were killed in Tarvia"), ("Ostavia", "160 killed")], [[160, 2300]]),
    ("en", "Officials said 2,300 people were killed in Tarvia. India reported 160 killed.",
     [("Officials", "2,300 people were killed in Tarvia"), ("India", "160 killed")], []),
    # parts that add up to the whole ("55 in one country, 21 in the other": the 76 of both)
    ("da", "Mindst 76 mennesker er omkommet, oplyser myndighederne. Der er 55 døde, siger en talsmand. I nabolandet Ostavia er 21 dræbt, siger politiet.",
     [("myndighederne", "Mindst 76 mennesker er omkommet"), ("en talsmand", "Der er 55 døde"), ("politiet", "I nabolandet Ostavia er 21 dræbt")], []),
    ("da", "Mindst 76 mennesker er omkommet, oplyser myndighederne. Der er 55 døde, siger en talsmand.",
     [("myndighederne", "Mindst 76 mennesker er omkommet"), ("en talsmand", "Der er 55 døde")], [[55, 76]]),
    # one source written two ways is one source: one record, no conflict with itself
    ("sv", "Tre personer har dött, uppger den regionala räddningstjänsten. Fem personer dog, enligt räddningstjänsten.",
     [("den regionala räddningstjänsten", "Tre personer har dött"), ("räddningstjänsten", "Fem personer dog")], []),
    # ", die Polizei sprach von …": an article, no relative clause; a bare count of people meets the attendance
    ("de", "Laut den Veranstaltern nahmen rund 9.000 Menschen an der Demonstration teil. Die Polizei sprach von rund 2500 Menschen.",
     [("den Veranstaltern", "nahmen rund 9.000 Menschen an der Demonstration teil"), ("Die Polizei", "von rund 2500 Menschen")],
     [[2500, 9000]]),
    # the month of the events ("in March" is a time, not a place)
    ("en", "In August the firm laid off 600 workers, the union said. In March another firm laid off 250 workers, officials said.",
     [("the union", "In August the firm laid off 600 workers"), ("officials", "In March another firm laid off 250 workers")], []),
    # the place an event struck, read for the participle clause after it
    ("en", ("A storm that struck Tarvia and Ostavia killed about 900 people. Officials said 1,400 people died "
            "in Tarvia, a broadcaster said."),
     [("Officials", "1,400 people died in Tarvia")], []),
    ("en", ("A quake struck Tarvia and Ostavia, killing about 900 people. A broadcaster said 1,400 people died "
            "in Ostavia and Tarvia."),
     [("A broadcaster", "1,400 people died in Ostavia and Tarvia")], [[900, 1400]]),
    # "five more people": an increment, neither the toll nor a part of a breakdown of it
    ("en", ("The death toll rose to 31 after five more people died overnight, the governor said. It was the worst attack "
            "in Tarvia since a bomb blast killed at least 35 people in the Norvik district on May 10."),
     [("the governor", "The death toll rose to 31 after five more people died overnight")], []),
    ("sv", "Fem fler personer har dött, uppger polisen. Sju personer har dött, enligt kommunen.",
     [("polisen", "Fem fler personer har dött"), ("kommunen", "Sju personer har dött")], []),
    # a stretch of adverbials that opens the sentence places the count after it; a total never meets a place
    ("de", ("Bei Angriffen in der Ukraine sind nach Angaben der Behörden insgesamt fünf Menschen ums Leben gekommen. "
            "Nahe der Stadt Lemberg, in Irpin, rund 60 Kilometer vom Zentrum, kamen nach Angaben der Feuerwehr vier "
            "Menschen ums Leben."),
     [("der Behörden", "insgesamt fünf Menschen ums Leben gekommen"), ("der Feuerwehr", "vier Menschen ums Leben")], []),
    ("en", "Officials said 40 people were killed in all. Near the border, in Norvik, four people were killed, police said.",
     [("Officials", "40 people were killed in all"), ("police", "four people were killed")], []),
    # a clause joined by "og"/"and" shares the place of the one before; "i 15 regioner" is several places
    ("no", ("Minst to personer ble drept i et angrep mot byen Tarvik sentralt i landet, skriver ordføreren. Mål i 15 "
            "regioner ble forsøkt rammet, og fire mennesker ble drept, ifølge myndighetene."),
     [("ordføreren", "Minst to personer ble drept i et angrep mot byen Tarvik sentralt i landet"),
      ("myndighetene", "Mål i 15 regioner ble forsøkt rammet, og fire mennesker ble drept")], []),
    ("en", "Two people were killed in Norvik, the mayor said. Targets in 15 regions were hit, and six people were killed, officials said.",
     [("the mayor", "Two people were killed in Norvik"), ("officials", "Targets in 15 regions were hit, and six people were killed")], []),
    ("en", "Two people were killed in Norvik, the mayor said. Police were deployed, and six people were killed, officials said.",
     [("the mayor", "Two people were killed in Norvik"), ("officials", "Police were deployed, and six people were killed")], [[2, 6]]),
    # the toll of a further event ("ytterligare en attack", "ein weiterer Angriff", "another attack")
    ("sv", "Över 100 människor dödades, enligt observatoriet. Ytterligare en attack skedde på torsdagen och ska ha dödat 35 civila.",
     [("observatoriet", "Över 100 människor dödades")], []),
    ("de", "Über 100 Menschen wurden getötet, sagte die Polizei. Ein weiterer Angriff tötete am Donnerstag 35 Zivilisten, teilte das Militär mit.",
     [("die Polizei", "Über 100 Menschen wurden getötet"), ("das Militär", "Ein weiterer Angriff tötete am Donnerstag 35 Zivilisten")], []),
    ("en", "Over 100 people were killed, the monitor said. Another attack on Thursday killed 35 civilians, officials said.",
     [("the monitor", "Over 100 people were killed"), ("officials", "Another attack on Thursday killed 35 civilians")], []),
    ("en", "Over 100 people were killed, the monitor said. The attack on Thursday killed 35 civilians, officials said.",
     [("the monitor", "Over 100 people were killed"), ("officials", "The attack on Thursday killed 35 civilians")], [[35, 100]]),
    # a determiner before an approximator: a figure already given ("de cirka 100 människorna")
    ("sv", "Över 100 människor dödades, enligt observatoriet. De cirka 100 människorna som dödades ska ha varit släktingar. Polisen uppger 60 döda.",
     [("observatoriet", "Över 100 människor dödades"), ("Polisen", "60 döda")], [[60, 100]]),
    # the day of a report is not the day of the events
    ("en", "The group said on Monday that 300 protesters were killed. Another group said this week that 1,000 protesters were killed.",
     [("The group", "300 protesters were killed"), ("Another group", "1,000 protesters were killed")], [[300, 1000]]),
    # the place of a total in the sentence before is no scene for the figures after it
    ("de", ("Das Ministerium sprach von insgesamt 5.000 Toten, in der Region seien es damit insgesamt mehr als 9.000 Tote. "
            "Das Amt sagte, bisher seien 3.000 Tote registriert worden."),
     [("Das Ministerium", "insgesamt 5.000 Toten"), ("Das Amt", "bisher seien 3.000 Tote registriert worden")], [[3000, 5000]]),
    ("sv", ("Ministeriet rapporterade totalt 5 000 döda, och i regionen är det därmed totalt över 9 000 döda. "
            "Enligt myndigheten har 3 000 döda registrerats."),
     [("Ministeriet", "totalt 5 000 döda"), ("myndigheten", "har 3 000 döda registrerats")], [[3000, 5000]]),
    # an adverb that adds to what was told ("dessutom", "i tillegg", "derudover", "außerdem", "in addition"): others
    ("sv", "Två vakter skadades, säger chefen. Dessutom skadades tre vakter vid skjutningen.",
     [("chefen", "Två vakter skadades")], []),
    ("sv", "Två vakter skadades, säger chefen. Tre vakter skadades vid skjutningen.",
     [("chefen", "Två vakter skadades")], [[2, 3]]),
    ("no", "To vektere ble skutt, sier sjefen. I tillegg er tre vektere og en kunde såret etter skytingen.",
     [("sjefen", "To vektere ble skutt")], []),
    ("da", "To vagter blev skudt, siger chefen. Derudover er tre vagter og en kunde såret efter skyderiet.",
     [("chefen", "To vagter blev skudt")], []),
    ("de", "Zwei Wachleute wurden angeschossen, sagte der Chef. Außerdem wurden drei Wachleute und ein Kunde bei der Schießerei verletzt.",
     [("der Chef", "Zwei Wachleute wurden angeschossen")], []),
    ("en", "Two guards were wounded, the manager said. In addition, three guards were wounded in the shooting.",
     [("the manager", "Two guards were wounded")], []),
    ("en", "Two guards were wounded, the manager said. Three guards were wounded in the shooting.",
     [("the manager", "Two guards were wounded")], [[2, 3]]),
    # an estimate of the unreported toll ("mörkertalet", "die Dunkelziffer") is no reported figure
    ("sv", "Minst 40 personer dödades, uppger polisen. Enligt förbundet kan mörkertalet vara mellan 100 och 300 döda.",
     [("polisen", "Minst 40 personer dödades"), ("förbundet", "kan mörkertalet vara mellan 100 och 300 döda")], []),
    ("no", "Minst 40 personer ble drept, opplyser politiet. Ifølge forbundet kan mørketallet være mellom 100 og 300 drepte.",
     [("politiet", "Minst 40 personer ble drept"), ("forbundet", "kan mørketallet være mellom 100 og 300 drepte")], []),
    ("da", "Mindst 40 personer blev dræbt, oplyser politiet. Ifølge forbundet kan mørketallet være mellem 100 og 300 dræbte.",
     [("politiet", "Mindst 40 personer blev dræbt"), ("forbundet", "kan mørketallet være mellem 100 og 300 dræbte")], []),
    ("de", "Mindestens 40 Menschen wurden getötet, sagte die Polizei. Laut dem Verband könne die Dunkelziffer zwischen 100 und 300 Toten liegen.",
     [("die Polizei", "Mindestens 40 Menschen wurden getötet"), ("dem Verband", "könne die Dunkelziffer zwischen 100 und 300 Toten liegen")], []),
    ("de", "Mindestens 40 Menschen wurden getötet, sagte die Polizei. Laut dem Verband könne es zwischen 100 und 300 Tote geben.",
     [("die Polizei", "Mindestens 40 Menschen wurden getötet"), ("dem Verband", "könne es zwischen 100 und 300 Tote geben")], [[40, 100]]),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), LIVE)
def test_live_conflicts(lang: str, text: str, claims: list[tuple[str | None, str]], expected: list[list[float]]) -> None:
    assert conflicts(text, lang, claims) == expected


def firm_conflicts(text: str, lang: str, claims: list[tuple[str, str]]) -> list[list[float]]:
    """As `conflicts`, with every source a named organisation (a firm announcing its own figure)."""
    article = Article(title=None, body=(text,), language=lang)
    attributions = []
    for source, content in claims:
        start, s = article.text.index(content), article.text.index(source)
        attributions.append(Attribution(content=content, content_span=Span(start, start + len(content)),
                                        source=source, source_name=source, source_type="organization",
                                        source_span=Span(s, s + len(source))))
    quantities = count(article, tuple(attributions))
    return [sorted(quantities[i].value for i in c.quantities) for c in find_conflicts(quantities, tuple(attributions))]


# layoffs announced by two firms (or one firm and the firm after "at"/"bei") are two layoffs, no conflict;
# two figures of one firm still are
FIRMS = [
    ("sv", "Volvo meddelade att bolaget varslar 1 200 anställda. Scania meddelade att 800 anställda varslas.",
     [("Volvo", "bolaget varslar 1 200 anställda"), ("Scania", "800 anställda varslas")], []),
    ("sv", "Volvo meddelade att bolaget varslar 1 200 anställda. Volvo meddelade senare att 800 anställda varslas.",
     [("Volvo", "bolaget varslar 1 200 anställda"), ("Volvo", "800 anställda varslas")], []),
    ("no", "Equinor opplyste at selskapet kutter 900 stillinger. Yara varslet at rundt 400 stillinger forsvinner.",
     [("Equinor", "selskapet kutter 900 stillinger"), ("Yara", "rundt 400 stillinger forsvinner")], []),
    ("no", "Equinor opplyste at selskapet kutter 900 stillinger. Ved Yara i Porsgrunn forsvinner rundt 400 stillinger.",
     [("Equinor", "selskapet kutter 900 stillinger")], []),
    ("da", "Carlsberg oplyste, at selskabet fyrer 500 ansatte. Vestas meddelte, at 300 ansatte bliver fyret.",
     [("Carlsberg", "selskabet fyrer 500 ansatte"), ("Vestas", "300 ansatte bliver fyret")], []),
    ("de", "Siemens hatte die Streichung von 2500 Stellen angekündigt. Bosch gab den Abbau von 1400 Stellen bekannt.",
     [("Siemens", "die Streichung von 2500 Stellen"), ("Bosch", "den Abbau von 1400 Stellen")], []),
    ("de", "Siemens hatte die Streichung von 2500 Stellen angekündigt. Bei Bosch sind rund 1400 Stellen gefährdet.",
     [("Siemens", "die Streichung von 2500 Stellen")], []),
    ("en", "Ford announced it would cut 3,000 jobs. General Motors said it would cut 1,800 jobs.",
     [("Ford", "it would cut 3,000 jobs"), ("General Motors", "it would cut 1,800 jobs")], []),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), FIRMS)
def test_layoffs_of_two_firms_are_no_conflict(lang: str, text: str, claims: list[tuple[str, str]],
                                             expected: list[list[float]]) -> None:
    assert firm_conflicts(text, lang, claims) == expected


# a union's figure for the same cuts, with no firm of its own, still disagrees
def test_layoffs_of_one_firm_by_two_sources_conflict() -> None:
    text = "Ford announced it would cut 3,000 jobs. The union said the cuts would cost 4,500 jobs."
    assert conflicts(text, "en", [("Ford", "it would cut 3,000 jobs"), ("The union", "the cuts would cost 4,500 jobs")]) \
        == [[3000, 4500]]


# a country after the figure says where the jobs are, not whose: a union's figure still disagrees
def test_layoffs_in_a_country_are_no_firm() -> None:
    text = "Aker kutter 250 stillinger i Norge. Ifølge Fellesforbundet skal opptil 320 stillinger kuttes."
    assert firm_conflicts(text, "no", [("Fellesforbundet", "skal opptil 320 stillinger kuttes")]) == [[250, 320]]


# a union or works council names no firm of its own: its figure for a firm's cuts still disagrees with the firm's
UNIONS = [
    ("de", "Siemens hatte die Streichung von 2500 Stellen angekündigt. Die IG Metall sprach vom Abbau von 4000 Stellen.",
     [("Siemens", "die Streichung von 2500 Stellen"), ("IG Metall", "vom Abbau von 4000 Stellen")], [[2500, 4000]]),
    ("sv", "Volvo meddelade att bolaget varslar 1 200 anställda. IF Metall uppgav att 2 000 anställda varslas.",
     [("Volvo", "bolaget varslar 1 200 anställda"), ("IF Metall", "2 000 anställda varslas")], [[1200, 2000]]),
    ("no", "Equinor opplyste at selskapet kutter 900 stillinger. Industri- og energiforbundet sa at 1 400 stillinger kuttes.",
     [("Equinor", "selskapet kutter 900 stillinger"), ("Industri- og energiforbundet", "1 400 stillinger kuttes")],
     [[900, 1400]]),
    ("en", "Ford announced it would cut 3,000 jobs. The United Auto Workers union said 4,500 jobs would be cut.",
     [("Ford", "it would cut 3,000 jobs"), ("The United Auto Workers union", "4,500 jobs would be cut")],
     [[3000, 4500]]),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), UNIONS)
def test_a_unions_figure_for_a_firms_cuts_conflicts(lang: str, text: str, claims: list[tuple[str, str]],
                                                    expected: list[list[float]]) -> None:
    assert firm_conflicts(text, lang, claims) == expected


# a figure for a place of its own at most a quarter of a figure of no place is that place's share of the whole, no
# rival; a place's figure near the whole, or the place an event struck, still rivals it
SHARES = [
    ("en", ("About 400,000 customers were without power, the utility said. Some 20,000 customers were without power "
     "in Kent County, officials said."), [("the utility", "About 400,000 customers were without power"),
                                         ("officials", "Some 20,000 customers were without power in Kent County")], []),
    ("en", "At least 30 people were killed, the police said. Five people were killed in Hamilton, the mayor said.",
     [("the police", "At least 30 people were killed"), ("the mayor", "Five people were killed in Hamilton")], []),
    ("sv", "Minst 30 personer har dödats, uppger polisen. I Kiruna dödades fem personer, enligt kommunen.",
     [("polisen", "Minst 30 personer har dödats"), ("kommunen", "I Kiruna dödades fem personer")], []),
    ("no", "Minst 30 personer er drept, opplyser politiet. I Tromsø ble fem personer drept, ifølge kommunen.",
     [("politiet", "Minst 30 personer er drept"), ("kommunen", "I Tromsø ble fem personer drept")], []),
    ("da", "Mindst 30 personer er dræbt, oplyser politiet. I Aalborg blev fem personer dræbt, ifølge kommunen.",
     [("politiet", "Mindst 30 personer er dræbt"), ("kommunen", "I Aalborg blev fem personer dræbt")], []),
    ("de", ("Mindestens 30 Menschen wurden getötet, sagte die Polizei. In Bremen wurden fünf Menschen getötet, "
     "teilte die Stadt mit."), [("die Polizei", "Mindestens 30 Menschen wurden getötet"),
                               ("die Stadt", "In Bremen wurden fünf Menschen getötet")], []),
    ("en", "At least 30 people were killed, the police said. Twenty people were killed in Hamilton, the mayor said.",
     [("the police", "At least 30 people were killed"), ("the mayor", "Twenty people were killed in Hamilton")],
     [[20, 30]]),
    ("no", ("Fem personer er bekreftet omkommet i jordskjelvet som rammet Hordaland-provinsen, ifølge politiet. "
     "Myndighetene frykter at opptil 30 personer kan ha omkommet."),
     [("politiet", "Fem personer er bekreftet omkommet i jordskjelvet som rammet Hordaland-provinsen"),
      ("Myndighetene", "opptil 30 personer kan ha omkommet")], [[5, 30]]),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), SHARES)
def test_a_places_share_is_no_rival_of_the_whole(lang: str, text: str, claims: list[tuple[str | None, str]],
                                                 expected: list[list[float]]) -> None:
    assert conflicts(text, lang, claims) == expected


# the outlet's own figure five or more times a source's (or a fifth of it) counts something else, no rival toll;
# one near the source's still rivals it, and so does a crowd figure (organisers and police lie that far apart)
OWN_FAR = [
    ("en", "At least 40 people were injured in the crash. Four people were injured, the police said.",
     [("the police", "Four people were injured")], []),
    ("sv", "Minst 40 personer skadades i olyckan. Fyra personer skadades, uppger polisen.",
     [("polisen", "Fyra personer skadades")], []),
    ("no", "Minst 40 personer ble skadd i ulykken. Fire personer ble skadd, opplyser politiet.",
     [("politiet", "Fire personer ble skadd")], []),
    ("da", "Mindst 40 personer blev såret i ulykken. Fire personer blev såret, oplyser politiet.",
     [("politiet", "Fire personer blev såret")], []),
    ("de", "Mindestens 40 Menschen wurden bei dem Unfall verletzt. Vier Menschen wurden verletzt, sagte die Polizei.",
     [("die Polizei", "Vier Menschen wurden verletzt")], []),
    ("en", "At least 40 people were injured in the crash. Thirty people were injured, the police said.",
     [("the police", "Thirty people were injured")], [[30, 40]]),
    ("en", "Some 30,000 people joined the march. The organisers said 200,000 people joined the march.",
     [("The organisers", "200,000 people joined the march")], [[30000, 200000]]),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), OWN_FAR)
def test_the_outlets_far_figure_is_no_rival(lang: str, text: str, claims: list[tuple[str | None, str]],
                                            expected: list[list[float]]) -> None:
    assert conflicts(text, lang, claims) == expected
