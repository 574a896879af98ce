"""Swedish, Norwegian and Danish attribution on real pages (nordic39): "the same" as the object of an inverted cue
("I dag uppger X samma sak och …"); a fronted clause opened by "before" ("Før X holdt talen, sagde hun, at C"); a role with its workplace and its place before a name in apposition
("förtroendeman i fabriken i Norrby, Per Ek"); a tagless quote after a paragraph whose last sentence opens on another
person; Swedish "avfärdar" takes a claim noun or a clause (class reject), and a noun of claim with its "att"
clause; a warning with an object and nothing warned of; a time phrase between a report noun and its "som" is
no part of the source; Norwegian players in definite form are people; a role in apposition after a fronted
"enligt/ifølge" a name; reports received about a noun phrase ("fick in uppgifter om flera bilar som …"); a clause with no "at" after
"pekte på", also coordinated after a clause whose verb has "da" (then) after it; witnesses telling of a noun phrase ("vittnar
om kaos"); a free relative of a reporting verb inside its clause ("Mannen skal etter det NRK erfarer ha …"); an age after
"ifølge X" is no part of the source; how serious injuries are after hearsay "skal være"; an admission in the perfect with a noun object; a listed outlet with a number in its name
keeps it whole as the source name ("TV 2 Nord"); a first tagless quote after a paragraph whose last sentence opens on a person named in full; a pronoun object
closing a cue's clause ("Politiet bekræfter dette.") gives the claim before; "går fram av", "kom fram i" as
evidence cues; a person introduced with an apposition between commas before a tagless quote; a title's cue before a colon and a
dash quotation ("Ekspert advarer: – Q") is direct speech; a source noun after a name's genitive ends the source
before the V2 verb ("Ifølge DMI's prognose | rammer stormen …"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


SAME_INVERTED = [
    ("sv", "Nu uppger Lokaltidningen samma sak och berättar att bron öppnar i maj.",
     [("Lokaltidningen", "uppger", "samma sak"), ("Lokaltidningen", "berättar", "bron öppnar i maj")]),
    ("no", "Senere melder Kystposten det samme og skriver at fergen er innstilt.",
     [("Kystposten", "melder", "det samme"), ("Kystposten", "skriver", "fergen er innstilt")]),
]


@pytest.mark.parametrize("lang,text,expected", SAME_INVERTED)
def test_the_same_after_an_inverted_subject(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


def test_the_same_at_the_end_points_back() -> None:
    rows = run("Bron stängs i helgen, enligt kommunen. I kväll uppger Trafikverket samma sak.", "sv")
    assert ("Trafikverket", "uppger", "Bron stängs i helgen, enligt kommunen") in rows


BEFORE_CLAUSE = [
    ("da", "Før borgmesteren åbnede mødet, sagde hun i et interview med lokalradioen, at budgettet holder.",
     [("hun", "sagde", "budgettet holder")]),
    ("da", "Inden direktøren forlod salen, sagde han, at fabrikken bliver.", [("han", "sagde", "fabrikken bliver")]),
    ("no", "Før ordføreren åpnet møtet, sa hun at budsjettet holder.", [("hun", "sa", "budsjettet holder")]),
    ("sv", "Innan rektorn öppnade mötet sa hon att budgeten håller.", [("hon", "sa", "budgeten håller")]),
]


@pytest.mark.parametrize("lang,text,expected", BEFORE_CLAUSE)
def test_a_fronted_before_clause_leaves_the_subject_after_the_cue(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


PLACED_ROLE_NAME = [
    ("sv", "– Vi får inte tala med pressen, säger fackets förtroendeman på sågverket i Norrby, Per Holmgren.",
     ("fackets förtroendeman på sågverket i Norrby, Per Holmgren", "Per Holmgren", "person")),
    ("no", "– Vi må tie, sier klubblederen ved fabrikken i Vestby, Kari Holm, til NRK.",
     ("klubblederen ved fabrikken i Vestby, Kari Holm", "Kari Holm", "person")),
    ("sv", "– Vi får inte tala med pressen.\n\nDet säger fackets förtroendeman i sågverket i Norrby, Per Holmgren.",
     ("fackets förtroendeman i sågverket i Norrby, Per Holmgren", "Per Holmgren", "person")),
]


@pytest.mark.parametrize("lang,text,expected", PLACED_ROLE_NAME)
def test_a_role_its_workplace_and_place_before_an_apposed_name(lang: str, text: str,
                                                               expected: tuple[str, str, str]) -> None:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    assert [(a.source, a.source_name, a.source_type) for a in attribute(article)][-1] == expected


LAST_SENTENCE_SPEAKER = [
    ("sv", ("– Vi har många medlemmar här, säger Eva Lindqvist som leder facket.",
            "Lindqvist hänvisar till förtroendemannen, Per Holmgren. Holmgren avböjer dock att diskutera läget.",
            "– Jag får inte svara på några frågor."), "Per Holmgren"),
    ("no", ("– Vi har mange medlemmer her, sier Kari Solberg som leder klubben.",
            "Solberg viser til tillitsvalgte Ole Nygaard. Nygaard vil likevel ikke si noe om saken.",
            "– Jeg kan ikke svare på spørsmål nå."), "Ole Nygaard"),
    # one sentence: its subject only when it opens the paragraph (the last speaker named there keeps the quote)
    ("sv", ("– Vi har många medlemmar här, säger Eva Lindqvist som leder facket.",
            "Lindqvist är orolig för framtiden.", "– Det är ett tungt besked."), "Eva Lindqvist"),
]


@pytest.mark.parametrize("lang,paras,name", LAST_SENTENCE_SPEAKER)
def test_a_quote_after_a_last_sentence_on_another_person(lang: str, paras: tuple[str, ...], name: str) -> None:
    rows = attribute(Article(title=None, body=paras, language=lang))
    assert rows[-1].source_name == name and rows[-1].cue is None


DISMISSED = [
    ("sv", "Kommunen har avfärdat kritiken.", [("Kommunen", "avfärdat", "kritiken")]),
    ("sv", "Rektorn avfärdade att skolan var stängd.", [("Rektorn", "avfärdade", "skolan var stängd")]),
    ("sv", "Rektorn avfärdar påståendet att skolan är stängd.", [("Rektorn", "avfärdar", "skolan är stängd")]),
    ("sv", "Rektorn avvisar uppgiften att skolan är stängd.", [("Rektorn", "avvisar", "skolan är stängd")]),
    # a decision turned down, no claim
    ("sv", "Facket har avfärdat budet.", []),
    ("sv", "Styrelsen avfärdade förslaget om en ny hall.", []),
]


@pytest.mark.parametrize("lang,text,expected", DISMISSED)
def test_dismissing_takes_a_claim(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


WARNED_OF_NOTHING = [
    ("sv", "Borgmästaren Eva Lind varnar de egna invånarna i ett inlägg på Facebook.", []),
    ("no", "Ordføreren advarer innbyggerne i en melding på Facebook.", []),
    # a warning of something, or a clause, stays
    ("sv", "Eva Lind varnar för nya översvämningar.", [("Eva Lind", "varnar för", "nya översvämningar")]),
    ("sv", "Eva Lind varnar att vattnet kan stiga i natt.", [("Eva Lind", "varnar", "vattnet kan stiga i natt")]),
    # advice, nothing claimed
    ("sv", "Polisen varnar folk för att gå ut på isen.", []),
]


@pytest.mark.parametrize("lang,text,expected", WARNED_OF_NOTHING)
def test_a_warning_of_nothing_is_no_record(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


REPORT_NOUN_TIME = [
    ("no", "Lokalavisen har fått opplysninger sent fredag kveld som sier at brua stenges.",
     ("opplysninger", "sier", "brua stenges")),
    ("no", "Kanalen har fått opplysninger søndag som sier at brua stenges.", ("opplysninger", "sier", "brua stenges")),
]


@pytest.mark.parametrize("lang,text,expected", REPORT_NOUN_TIME)
def test_a_time_phrase_before_som_is_no_part_of_the_source(lang: str, text: str, expected: Row) -> None:
    assert expected in run(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("no", "– Vi er klare, sa Vestby-spilleren."),
    ("no", "– Vi er klare, sa spillerne."),
])
def test_players_and_coaches_are_people(lang: str, text: str) -> None:
    rows = attribute(Article(title=None, body=(text,), language=lang))
    assert [a.source_type for a in rows] == ["person"]


ACCORDING_TO_NAME_AND_ROLE = [
    ("sv", "Enligt Anna Lindqvist, docent i historia vid Umeå universitet, vill partiet vinna tid.",
     [("Anna Lindqvist", "Enligt", "vill partiet vinna tid")]),
    ("no", "Ifølge Kari Solberg, professor ved Universitetet i Bergen, har partiet tapt terreng.",
     [("Kari Solberg", "Ifølge", "har partiet tapt terreng")]),
    ("da", "Ifølge Mette Krog, lektor ved Aarhus Universitet, vil partiet vinde tid.",
     [("Mette Krog", "Ifølge", "vil partiet vinde tid")]),
]


@pytest.mark.parametrize("lang,text,expected", ACCORDING_TO_NAME_AND_ROLE)
def test_a_role_apposed_to_a_fronted_source_is_no_claim(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


REPORTS_RECEIVED = [
    ("sv", "Larmcentralen fick vid 14-tiden in uppgifter om en bil som låg i diket.",
     [(None, "fick in uppgifter om", "en bil som låg i diket")]),
    ("sv", "Larmcentralen fick uppgifter om att en bil låg i diket.",
     [(None, "fick uppgifter om", "en bil låg i diket")]),
    ("no", "Politiet har fått opplysninger om en bil som lå i grøfta.",
     [(None, "fått opplysninger om", "en bil som lå i grøfta")]),
    # news of an event, no report noun: nothing reported
    ("sv", "Familjen fick besked om olyckan.", []),
]


@pytest.mark.parametrize("lang,text,expected", REPORTS_RECEIVED)
def test_reports_received_about_a_noun_phrase(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


POINTED_TO_A_CLAUSE = [
    ("no", "Hun pekte på føret er glatt.", [("Hun", "pekte på", "føret er glatt")]),
    ("no", "Hun snakket da mest om fjellovergangene, og pekte på føret er glatt og at bilistene må vente.",
     [("Hun", "pekte på", "føret er glatt og at bilistene må vente")]),
    ("no", "Han snakket da om fergene, og sa at rutene er innstilt.", [("Han", "sa", "rutene er innstilt")]),
    ("da", "Hun pegede på føret er glat.", [("Hun", "pegede på", "føret er glat")]),
    # pointing at a thing is no report
    ("no", "Hun pekte på kartet over byen.", []),
]


@pytest.mark.parametrize("lang,text,expected", POINTED_TO_A_CLAUSE)
def test_pointing_to_a_clause_without_at(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


WITNESSED = [
    ("sv", "Flera resenärer vittnar om kaos på perrongen.", [("Flera resenärer", "vittnar om", "kaos på perrongen")]),
    ("no", "Flere passasjerer vitnet om kaos på perrongen.", [("Flere passasjerer", "vitnet om", "kaos på perrongen")]),
    ("da", "Flere passagerer vidner om kaos på perronen.", [("Flere passagerer", "vidner om", "kaos på perronen")]),
    ("sv", "Grannen vittnar om att det brann i trapphuset.", [("Grannen", "vittnar om", "det brann i trapphuset")]),
]


@pytest.mark.parametrize("lang,text,expected", WITNESSED)
def test_witnesses_tell_of_a_noun_phrase(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


FREE_RELATIVE_INSIDE = [
    ("no", "Bussen skal etter det Lokalradioen erfarer ha kjørt av veien.",
     [("Lokalradioen", "erfarer", "Bussen skal ha kjørt av veien")]),
    ("sv", "Bussen har enligt vad polisen uppger kört av vägen.", [("polisen", "uppger", "Bussen har kört av vägen")]),
    ("da", "Bussen er efter hvad politiet oplyser kørt i grøften.", [("politiet", "oplyser", "Bussen er kørt i grøften")]),
    # a participle as a noun ("by what was stated") names no speaker
    ("no", "Han skal etter det opplyste ha sluttet.", [(None, "skal ha", "Han skal etter det opplyste ha sluttet")]),
]


@pytest.mark.parametrize("lang,text,expected", FREE_RELATIVE_INSIDE)
def test_a_free_relative_cut_out_of_its_clause(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


AGE_AFTER_SOURCE = [
    ("no", "Sjåføren er ifølge politiet i 40-årene.", [("politiet", "ifølge", "Sjåføren er i 40-årene")]),
    ("sv", "Föraren är enligt polisen i 40-årsåldern.", [("polisen", "enligt", "Föraren är i 40-årsåldern")]),
    ("da", "Chaufføren er ifølge politiet i 40'erne.", [("politiet", "ifølge", "Chaufføren er i 40'erne")]),
]


@pytest.mark.parametrize("lang,text,expected", AGE_AFTER_SOURCE)
def test_an_age_after_the_source_is_the_claim(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


INJURY_STATES = [
    ("no", "Skadene skal ikke være alvorlige.", [(None, "skal være", "Skadene skal ikke være alvorlige")]),
    ("sv", "Skadorna ska inte vara livshotande.", [(None, "ska vara", "Skadorna ska inte vara livshotande")]),
    ("da", "Skaderne skal ikke være alvorlige.", [(None, "skal være", "Skaderne skal ikke være alvorlige")]),
    # a plan stays no hearsay
    ("sv", "Bron ska vara klar i maj.", []),
]


@pytest.mark.parametrize("lang,text,expected", INJURY_STATES)
def test_how_serious_injuries_are_after_skal_vaere(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


ADMITTED_IN_THE_PERFECT = [
    ("da", "Tiltalte har erkendt indbruddet.", [("Tiltalte", "erkendt", "indbruddet")]),
    ("no", "Den tiltalte har erkjent ranet.", [("Den tiltalte", "erkjent", "ranet")]),
    # an adjective before its noun is no cue
    ("da", "Det er en erkendt svaghed.", []),
]


@pytest.mark.parametrize("lang,text,expected", ADMITTED_IN_THE_PERFECT)
def test_an_admission_in_the_perfect_takes_a_noun(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


@pytest.mark.parametrize("lang,text,name", [
    ("da", "Broen er lukket, skriver TV 2 Nord.", "TV 2 Nord"),
    ("da", "Ifølge TV 2 Østjylland er broen lukket.", "TV 2 Østjylland"),
    ("no", "Brua er stengt, melder TV 2.", "TV 2"),
])
def test_an_outlet_with_a_number_keeps_its_name(lang: str, text: str, name: str) -> None:
    rows = attribute(Article(title=None, body=(text,), language=lang))
    assert [(a.source_name, a.source_type) for a in rows] == [(name, "media")]


NEW_SPEAKER_LAST_SENTENCE = [
    ("sv", ("Kommunen vill stänga badhuset. Simläraren Eva Lindqvist är kritisk till beslutet.",
            "– Det är fel att stänga det nu."), "Eva Lindqvist"),
    ("no", ("Kommunen vil stenge badet. Svømmetrener Kari Solberg er kritisk.", "– Det er feil å stenge nå."),
     "Kari Solberg"),
    ("da", ("Kommunen vil lukke svømmehallen. Træner Mette Krog er kritisk.", "– Det er forkert at lukke nu."),
     "Mette Krog"),
]


@pytest.mark.parametrize("lang,paras,name", NEW_SPEAKER_LAST_SENTENCE)
def test_a_first_quote_after_a_last_sentence_on_a_person(lang: str, paras: tuple[str, ...], name: str) -> None:
    rows = attribute(Article(title=None, body=paras, language=lang))
    assert [(a.source_name, a.cue, a.kind) for a in rows] == [(name, None, "direct")]


POINTING_OBJECT = [
    ("da", "Færgen er aflyst. Rederiet bekræfter dette.", ("Rederiet", "bekræfter", "Færgen er aflyst")),
    ("sv", "Färjan är inställd. Rederiet bekräftar detta i dag.", ("Rederiet", "bekräftar", "Färjan är inställd")),
    ("no", "Ferja er innstilt. Rederiet bekrefter dette overfor Lokalavisa.",
     ("Rederiet", "bekrefter", "Ferja er innstilt")),
]


@pytest.mark.parametrize("lang,text,expected", POINTING_OBJECT)
def test_a_pronoun_object_points_back(lang: str, text: str, expected: Row) -> None:
    assert run(text, lang) == [expected]


def test_a_cleft_speaker_points_back_with_its_antecedent() -> None:
    rows = attribute(Article(title=None, body=("Færgen er aflyst. Det er rederiet, der oplyser det.",), language="da"))
    assert [(a.source_name, a.source_type, a.content) for a in rows] == [("rederiet", "organization", "Færgen er aflyst")]


EVIDENCE_PHRASES = [
    ("no", "Fergen er innstilt. Det går fram av en melding fra rederiet.",
     [("rederiet", "går fram", "Fergen er innstilt")]),  # (as "fremgår av": the message's sender)
    ("no", "Det går frem av rapporten at fergen er for gammel.", [("rapporten", "går frem", "fergen er for gammel")]),
    ("sv", "Det kom fram i utredningen att färjan är för gammal.", [("utredningen", "kom fram", "färjan är för gammal")]),
    ("da", "Det kom frem i rapporten, at færgen er for gammel.", [("rapporten", "kom frem", "færgen er for gammel")]),
    # moving forward is no evidence
    ("sv", "Hon kom fram i tid.", []),
]


@pytest.mark.parametrize("lang,text,expected", EVIDENCE_PHRASES)
def test_evidence_phrases_that_come_forth(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


INTRODUCED_WITH_APPOSITION = [
    ("sv", ("Kommunen vill stänga badhuset.", "Eva Lindqvist, simlärare i klubben, är kritisk.", "– Det är fel."),
     "Eva Lindqvist"),
    ("da", ("Kommunen vil lukke svømmehallen.", "Mette Krog, der er træner i klubben, er kritisk.", "– Det er forkert."),
     "Mette Krog"),
]


@pytest.mark.parametrize("lang,paras,name", INTRODUCED_WITH_APPOSITION)
def test_a_person_introduced_with_an_apposition(lang: str, paras: tuple[str, ...], name: str) -> None:
    rows = attribute(Article(title=None, body=paras, language=lang))
    assert [(a.source_name, a.cue, a.kind) for a in rows] == [(name, None, "direct")]


@pytest.mark.parametrize("lang,title", [
    ("no", "Ekspert advarer: – Isen er for tynn"),
    ("sv", "Experten varnar: – Isen är för tunn"),
])
def test_a_title_cue_before_a_dash_quotation_is_direct(lang: str, title: str) -> None:
    rows = attribute(Article(title=title, body=("Mer tekst.",), language=lang))
    assert [(a.cue, a.kind) for a in rows] == [(title.split()[1].rstrip(":"), "direct")]


GENITIVE_SOURCE = [
    ("da", "Ifølge DMI's prognose rammer stormen Fyn i nat.",
     [("DMI's prognose", "Ifølge", "rammer stormen Fyn i nat")]),
    ("no", "Ifølge NRK's kilder er ordføreren pågrepet.", [("NRK's kilder", "Ifølge", "er ordføreren pågrepet")]),
]


@pytest.mark.parametrize("lang,text,expected", GENITIVE_SOURCE)
def test_a_source_noun_after_a_genitive_name(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


# nordic42: a subordinator closing the first of two coordinated verb phrases is an adverb ("innan", "før": before),
# so the cue after "och"/"og" keeps the subject of the first
ADVERB_BEFORE_AND = [
    ("sv", "Hon fick aldrig se ritningarna innan och har sagt att hon inte kände till bygget.",
     [("Hon", "sagt", "hon inte kände till bygget")]),
    ("no", "Treneren så ikke opptakene før og har sagt at han stoler på dommeren.",
     [("Treneren", "sagt", "han stoler på dommeren")]),
]


@pytest.mark.parametrize("lang,text,expected", ADVERB_BEFORE_AND)
def test_a_subordinator_before_and_is_an_adverb(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


# nordic42: a degree adverb before the manner adverb, and two manner adverbs joined by "og"/"och", stand between a cue
# and its complementizer ("sier veldig tydelig at C", "sa klart og tydelig at C"); the content starts after "at"
MANNER_BEFORE_AT = [
    ("no", "Rektor sier veldig tydelig at skolen blir stående.", [("Rektor", "sier", "skolen blir stående")]),
    ("no", "Rektor sa klart og tydelig at skolen blir stående.", [("Rektor", "sa", "skolen blir stående")]),
    ("sv", "Rektorn sa mycket tydligt att skolan blir kvar.", [("Rektorn", "sa", "skolan blir kvar")]),
]


@pytest.mark.parametrize("lang,text,expected", MANNER_BEFORE_AT)
def test_manner_adverbs_before_the_complementizer(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


# nordic42: a negated opinion in a subordinate clause's order ("at X ikke tror C") is still X's claim, its subject
# without the negation; agreeing with a criticism is an opinion with a noun complement ("håller med om kritiken")
NEGATED_IN_CLAUSE = [
    ("no", "Vakthavende sier at mannskapene ikke tror de rekker å redde låven.",
     [("Vakthavende", "sier", "mannskapene ikke tror de rekker å redde låven"),
      ("mannskapene", "tror", "de rekker å redde låven")]),
    ("sv", "Chefen säger att personalen inte tror att tåget hinner fram.",
     [("Chefen", "säger", "personalen inte tror att tåget hinner fram"), ("personalen", "tror", "tåget hinner fram")]),
    ("sv", "Docenten håller med om analysen.", [("Docenten", "håller med om", "analysen")]),
    ("no", "Hun vil ikke si noe om saken.", []),
]


@pytest.mark.parametrize("lang,text,expected", NEGATED_IN_CLAUSE)
def test_a_negated_opinion_in_a_clause_and_agreement(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


# nordic42: a negative focusing pair before the subject ("Heller ikke X tror at C") leaves the opinion a claim and is
# no part of the source; the county and the state are bodies ("Kommunen og fylket mener"); agreeing ("sier seg enig i")
FOCUS_AND_BODIES = [
    ("no", "Heller ikke rektoren tror at skolen åpner i år.", [("rektoren", "tror", "skolen åpner i år")]),
    ("sv", "Inte heller rektorn tror att skolan öppnar i år.", [("rektorn", "tror", "skolan öppnar i år")]),
    ("no", "Kommunen og fylket skriver at veien må utbedres.", [("Kommunen og fylket", "skriver", "veien må utbedres")]),
    ("no", "Rektoren sier seg enig i vurderingen.", [("Rektoren", "sier seg enig i", "vurderingen")]),
    # "both" before a coordinated source is no part of it
    ("no", "Både skolen og kommunen mener at veien må utbedres.", [("skolen og kommunen", "mener", "veien må utbedres")]),
    ("sv", "Enligt både skolan och kommunen är vägen farlig.", [("skolan och kommunen", "Enligt", "är vägen farlig")]),
]


@pytest.mark.parametrize("lang,text,expected", FOCUS_AND_BODIES)
def test_negative_focus_bodies_and_agreement(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
