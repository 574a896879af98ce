"""Sentence rules in isolation: prepositional, evidence, verb and hearsay shapes (analyze/markers.py, analyze/evidence.py,
analyze/hearsay.py, analyze/rules.py)."""
from __future__ import annotations

import pytest

from enligt.analyze.cues import lexicon
from enligt.analyze.evidence import evidence_rules
from enligt.analyze.hearsay import hearsay_rules
from enligt.analyze.markers import prep_rules
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import tokenize
from enligt.analyze.verbcues import verb_rules
from enligt.analyze.via import ViaContext

Row = tuple[str | None, str | None, str]


def rules(text: str, lang: str, prev: str = "") -> list[Row]:
    """Records of the last sentence of `text`; `prev` (an earlier sentence) is what "Det uppger X" points back to."""
    full = f"{prev} {text}" if prev else text
    toks = tokenize(full)
    s = len(tokenize(prev)) if prev else 0
    ctx = Ctx(full, lang, lexicon(lang), ViaContext(frozenset()))
    prev_span = (0, len(prev.rstrip(". "))) if prev else None
    e = len(toks)
    preps, taken = prep_rules(ctx, toks, s, e, prev_span)
    drafts = preps + evidence_rules(ctx, toks, s, e, prev_span) + \
        verb_rules(ctx, toks, s, e, prev_span, taken=taken) + hearsay_rules(ctx, toks, s, e)
    return [(d.source_text(), d.cue_text, " ".join(full[a:b] for a, b in d.parts)) for d in drafts]


SV: list[tuple[str, list[Row]]] = [
    ("Enligt facket rör det sig om 380 personer.", [("facket", "Enligt", "rör det sig om 380 personer")]),
    ("Enligt ryska källor dog 500 soldater.", [("ryska källor", "Enligt", "dog 500 soldater")]),
    ("Enligt bankens egen prognos stiger räntan.", [("bankens egen prognos", "Enligt", "stiger räntan")]),
    ("Enligt juristen Maria Ek, som biträder en 19-åring, håller det inte.",
     [("juristen Maria Ek", "Enligt", "håller det inte")]),
    ("Sedan juli har enligt ministeriet 180 000 ton förstörts.",
     [("ministeriet", "enligt", "Sedan juli har 180 000 ton förstörts")]),
    ("Orderingången har minskat, och vinsten har enligt ledningen halverats.",
     [("ledningen", "enligt", "vinsten har halverats")]),
    ("Bolaget försökte, men enligt ansökan räckte pengarna inte.",
     [("ansökan", "enligt", "räckte pengarna inte")]),
    ("Mannen, som enligt åklagaren var ledaren, nekar.", [("åklagaren", "enligt", "som var ledaren")]),
    ("Sammanlagt har 2 500 släppts, enligt samordningsstaben.",
     [("samordningsstaben", "enligt", "Sammanlagt har 2 500 släppts")]),
    ("Enligt uppgifter till tidningen har flera dömts tidigare.",
     [("uppgifter till tidningen", "Enligt", "har flera dömts tidigare")]),
    ("Det uppger polisen.", [("polisen", "uppger", "Två dog")]),
    ("Det bekräftar kommunen.", [("kommunen", "bekräftar", "Två dog")]),
    ("Det meddelade Riksbanken på morgonen.", [("Riksbanken", "meddelade", "Två dog")]),
    ("Det framgår av domen.", [("domen", "framgår", "Två dog")]),
    ("Det framgår av rapporten som publicerades i dag.", [("rapporten", "framgår", "Två dog")]),
    ("Av protokollet framgår att mötet var kort.", [("protokollet", "framgår", "mötet var kort")]),
    ("Vinsten föll, framgår av kvartalsrapporten.", [("kvartalsrapporten", "framgår", "Vinsten föll")]),
    ("Vattenfall uppgav att 12 000 kunder saknade ström.",
     [("Vattenfall", "uppgav", "12 000 kunder saknade ström")]),
    ("Serhij Bondar, talesperson för militären, skriver på Telegram att ett lager brann.",
     [("Serhij Bondar", "skriver", "ett lager brann")]),
    ("Kriminalinspektör Patrik Holmén, som lett utredningen, har tidigare uppgett att 170 drabbats.",
     [("Kriminalinspektör Patrik Holmén", "uppgett", "170 drabbats")]),
    ("Hon menar att det är fel men varnar för att det blir dyrt.",
     [("Hon", "menar", "det är fel"), ("Hon", "varnar för", "det blir dyrt")]),
    ("På frågan varför svarade han att han inte visste.", [("han", "svarade", "han inte visste")]),
    ("En del gråter och säger att de vill hem.", [("En del", "säger", "de vill hem")]),
    ("Samtliga 140 har varslats, uppger konkursförvaltaren Maria Holmgren.",
     [("konkursförvaltaren Maria Holmgren", "uppger", "Samtliga 140 har varslats")]),
    ("Ministern säger till Expressen att hon stannar.", [("Ministern", "säger", "hon stannar")]),
    ("Det sägs att bytet köpte bilar.", [(None, "sägs", "bytet köpte bilar")]),
    ("Ligan lär ha rekryterat via sociala medier.", [(None, "lär", "Ligan lär ha rekryterat via sociala medier")]),
    ("Branden ska enligt polisen ha startat i köket.",
     [("polisen", "enligt", "Branden ska ha startat i köket"),
      (None, "ska ha", "Branden ska enligt polisen ha startat i köket")]),
    ("Bolaget säger inte upp folk.", []),
    ("Enligt planen ska bygget starta i maj.", []),
    ("Jag tror att det blir bra.", []),
    ("Det beslutade styrelsen.", []),
]

EN: list[tuple[str, list[Row]]] = [
    ("According to the ministry, four died.", [("the ministry", "According to", "four died")]),
    ("Four died, according to the ministry.", [("the ministry", "according to", "Four died")]),
    ("Four died, according to the ministry, which said it had opened an inquiry.",
     [("the ministry", "according to", "Four died"), ("which", "said", "it had opened an inquiry")]),
    ("About 600 vessels sail, according to the institute, although others disagree.",
     [("the institute", "according to", "About 600 vessels sail")]),
    ("The plan, officials said, has been delayed.", [("officials", "said", "The plan has been delayed")]),
    ("The town was shelled, the governor said on Telegram.",
     [("the governor", "said", "The town was shelled")]),
    ("The town was shelled, the governor said, the third attack this week.",
     [("the governor", "said", "The town was shelled")]),
    ("The clinic is full, its coordinator, Anna Bond, told the paper.",
     [("its coordinator", "told", "The clinic is full")]),
    ("Writing on X, the mayor said the roads were closed.", [("the mayor", "said", "the roads were closed")]),
    ("Representing the firm, Tom Akers said his client was naive.",
     [("Tom Akers", "said", "his client was naive")]),
    ("In the video, which we have seen, the man says he was recruited.",
     [("the man", "says", "he was recruited")]),
    ("The ministry said on Thursday that 31 attacks were repelled.",
     [("The ministry", "said", "31 attacks were repelled")]),
    ("Britain's intelligence said in its update that Russia had moved troops.",
     [("Britain's intelligence", "said", "Russia had moved troops")]),
    ("A source told the paper that three tanks were hit.", [("A source", "told", "three tanks were hit")]),
    ("A port inspector, Lena Holm, told the court that the crates were sealed.",
     [("A port inspector = Lena Holm", "told", "the crates were sealed")]),
    ("A volunteer group that rescues hikers said four people had died.",
     [("A volunteer group that rescues hikers", "said", "four people had died")]),
    ("Kyiv has hit depots, which it says supply the army.", [("it", "says", "which supply the army")]),
    ("Police estimated the crowd at 2,000.", [("Police", "estimated", "the crowd at 2,000")]),
    ("Both men deny the charges.", [("Both men", "deny", "the charges")]),
    ("Centre rallies as polls show a tight race.", [("polls", "show", "a tight race")]),
    ("Drone footage geolocated by analysts shows infantry near the road.",
     [("Drone footage geolocated by analysts", "shows", "infantry near the road")]),
    ("The court heard that the firm shipped motors.", [("The court", "heard", "the firm shipped motors")]),
    ("The firm shipped motors, the jury was told.", [("the jury", "told", "The firm shipped motors")]),
    ("Exports rose sharply, data from the agency show.", [("data from the agency", "show", "Exports rose sharply")]),
    ("Forces have reportedly begun shelling.", [(None, "reportedly", "Forces have reportedly begun shelling")]),
    ("Ms Dahl is said to have told colleagues that she was tired.",
     [("Ms Dahl", "told", "she was tired"),
      (None, "is said to", "Ms Dahl is said to have told colleagues that she was tired")]),
    ("She did not say how many guards were on duty.", []),
    ("Serhiy said goodbye to his wife.", []),
    ("Rival casualty counts add to uncertainty in the region.", []),  # "add to": phrasal, not a speech verb
    ("The late flights added to the delays at the airport.", []),
    ("A second storm adds to the damage.", []),
    ("The shadow fleet is estimated to comprise 600 vessels.", []),
    ("According to the plan, troops rotate in April.", []),
    ("We said that we would come.", []),
]


@pytest.mark.parametrize("text,expected", SV)
def test_sv(text: str, expected: list[Row]) -> None:
    prev = "Två dog." if text.startswith("Det ") and "sägs" not in text and "beslutade" not in text else ""
    assert rules(text, "sv", prev) == expected


@pytest.mark.parametrize("text,expected", EN)
def test_en(text: str, expected: list[Row]) -> None:
    assert rules(text, "en") == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Medienberichten zufolge ist die Zahl gestiegen.", "de", [("Medienberichten", "zufolge", "ist die Zahl gestiegen")]),
    ("Die Feuerwehr zählte nach eigenen Angaben 1.200 Einsätze.", "de",
     [("Die Feuerwehr", "nach eigenen Angaben", "zählte 1.200 Einsätze")]),
    ("Wie das Landratsamt mitteilte, soll sich die Versorgung bessern.", "de",
     [("das Landratsamt", "mitteilte", "soll sich die Versorgung bessern")]),
    ("Ein Sprecher sprach von 20 Verletzten.", "de", [("Ein Sprecher", "sprach von", "20 Verletzten")]),
    ("Das Amt teilte am Abend mit, die Lage sei ruhig.", "de", [("Das Amt", "teilte mit", "die Lage sei ruhig")]),
    ("Selskapet skal ha vurdert å legge ned, har avisen fått opplyst.", "no",
     [(None, "fått opplyst", "Selskapet skal ha vurdert å legge ned"),
      (None, "skal ha", "Selskapet skal ha vurdert å legge ned, har avisen fått opplyst")]),
    ("Berg avviser at det har vært planlagt.", "no", [("Berg", "avviser", "det har vært planlagt")]),
    ("Direktøren afviser, at firmaet har fejlet.", "da", [("Direktøren", "afviser", "firmaet har fejlet")]),
    ("Skolen skal have et nyt tag i 2026.", "da", []),
    ("Skolan ska ha en ny aula.", "sv", []),
    ("Vakten skal have slået en gæst.", "da", [(None, "skal have", "Vakten skal have slået en gæst")]),
    ("Nobody has told us who will pay.", "en", []),
    ("Ingen har sagt att bron var farlig.", "sv", []),
    ("Niemand hat gesagt, dass die Brücke marode sei.", "de", []),
])
def test_other(text: str, lang: str, expected: list[Row]) -> None:
    assert rules(text, lang) == expected
