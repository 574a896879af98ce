"""Swedish, Norwegian and Danish attribution by word class (nordic41): a lexicon audit of the verbs of saying,
reporting, estimating, confirming, denying, warning, announcing, believing and telling in the forms news text uses;
"efter/etter" before a genitive's report noun; a call reporting something to the police; the writer's comment
after a claim ("…, noe hun ikke gjorde"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


# the class audit: each verb of the class in the tenses news text uses, the participle after "har", V2 inversion
AUDIT_DA = [
    ("Borgmesteren siger, at vejen åbner igen.", [("Borgmesteren", "siger", "vejen åbner igen")]),
    ("Vejen åbner igen, sagde hun.", [("hun", "sagde", "Vejen åbner igen")]),
    ("I går sagde borgmesteren, at vejen åbner igen.", [("borgmesteren", "sagde", "vejen åbner igen")]),
    ("Borgmesteren har udtalt, at vejen åbner igen.", [("Borgmesteren", "udtalt", "vejen åbner igen")]),
    ("Kommunen har oplyst, at to er flyttet.", [("Kommunen", "oplyst", "to er flyttet")]),
    ("Styrmanden kunne fortælle, at færgen var forsinket.",
     [("Styrmanden", "kunne fortælle", "færgen var forsinket")]),
    ("Værkføreren erkendte, at han havde glemt låsen.", [("Værkføreren", "erkendte", "han havde glemt låsen")]),
    ("Taksatoren skønner, at skaden er stor.", [("Taksatoren", "skønner", "skaden er stor")]),
    ("Kommunen anslog, at 200 huse var ramt.", [("Kommunen", "anslog", "200 huse var ramt")]),
    ("Træneren benægtede, at holdet var træt.", [("Træneren", "benægtede", "holdet var træt")]),
    ("Regeringen bebudede i går, at afgiften skal sænkes.", [("Regeringen", "bebudede", "afgiften skal sænkes")]),
    ("Hun har svaret, at hun ikke kender sælgeren.", [("Hun", "svaret", "hun ikke kender sælgeren")]),
    ("Pladsen er lukket, lød det fra havnefogeden.", [("havnefogeden", "lød det fra", "Pladsen er lukket")]),
    ("Antallet af døde anslås til omkring 40.", [(None, "anslås", "Antallet af døde anslås til omkring 40")]),
    # other senses stay out
    ("Svaret på opgaven står bagest i bogen.", []),
    ("Kokken bebudede ændringer i menuen.", []),
]

AUDIT_NO = [
    ("Rektor sier at skolen åpner igjen.", [("Rektor", "sier", "skolen åpner igjen")]),
    ("Skolen åpner igjen, sa hun.", [("hun", "sa", "Skolen åpner igjen")]),
    ("Hun legger til at ingen ble skadet.", [("Hun", "legger til", "ingen ble skadet")]),
    ("Lokalavisen har erfart at to butikker stenger.", [("Lokalavisen", "erfart", "to butikker stenger")]),
    ("Ordføreren lovte at brua skulle bygges.", [("Ordføreren", "lovte", "brua skulle bygges")]),
    ("Utvalget konkluderer at tiltakene virker.", [("Utvalget", "konkluderer", "tiltakene virker")]),
    ("Antallet drepte anslås til rundt 40.", [(None, "anslås", "Antallet drepte anslås til rundt 40")]),
    ("Hun har gjort det klart at hun vil forklare seg.", [("Hun", "gjort det klart", "hun vil forklare seg")]),
    # a verb that only opens a longer cue does not cut a document's maker from its source
    ("To personer ble skadet, viser en gjennomgang som avisen har gjort av rapportene.",
     [("en gjennomgang som avisen har gjort av rapportene", "viser", "To personer ble skadet")]),
    # other senses stay out
    ("Han kjørte en bil til hytta og lovte ingenting.", []),
]

AUDIT_SV = [
    ("Kommunen uppger att skolan öppnar igen.", [("Kommunen", "uppger", "skolan öppnar igen")]),
    ("Skolan öppnar igen, sa hon.", [("hon", "sa", "Skolan öppnar igen")]),
    ("Utredningen konkluderar att reformen har misslyckats.",
     [("Utredningen", "konkluderar", "reformen har misslyckats")]),
    ("Banken flaggar för att räntan kan stiga.", [("Banken", "flaggar för", "räntan kan stiga")]),
]


@pytest.mark.parametrize("text,expected", AUDIT_DA)
def test_danish_verbs_of_saying_by_class(text: str, expected: list[Row]) -> None:
    assert run(text, "da") == expected


@pytest.mark.parametrize("text,expected", AUDIT_NO)
def test_norwegian_verbs_of_saying_by_class(text: str, expected: list[Row]) -> None:
    assert run(text, "no") == expected


@pytest.mark.parametrize("text,expected", AUDIT_SV)
def test_swedish_verbs_of_saying_by_class(text: str, expected: list[Row]) -> None:
    assert run(text, "sv") == expected


GENITIVE_REPORT = [
    ("da", "Efter politiets oplysninger blev en mand anholdt i Vejle.",
     [("politiets oplysninger", "Efter", "blev en mand anholdt i Vejle")]),
    ("da", "En mand blev efter politiets oplysninger anholdt i Vejle.",
     [("politiets oplysninger", "efter", "En mand blev anholdt i Vejle")]),
    ("da", "Efter bureauets foreløbige oplysninger er tre savnet.",
     [("bureauets foreløbige oplysninger", "Efter", "er tre savnet")]),
    ("no", "Etter politiets opplysninger ble en mann pågrepet i Molde.",
     [("politiets opplysninger", "Etter", "ble en mann pågrepet i Molde")]),
    # "efter/etter" before a time, an event or "at" is no cue, nor does it end a claim
    ("da", "Efter weekendens kampe er holdet nummer tre.", []),
    ("da", "Han siger, at han gik hjem, efter at kampen sluttede.",
     [("Han", "siger", "han gik hjem, efter at kampen sluttede")]),
    ("no", "Han sier at han dro hjem, etter at kampen var over.",
     [("Han", "sier", "han dro hjem, etter at kampen var over")]),
]


@pytest.mark.parametrize("lang,text,expected", GENITIVE_REPORT)
def test_efter_before_a_genitives_report_noun(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


REPORTED_CALL = [
    ("Politiet fik en anmeldelse om, at en mand var faldet i havnen.",
     [("anmeldelse", "fik en anmeldelse om", "en mand var faldet i havnen")]),
    ("Vagtcentralen modtog en melding om, at et skur brændte.",
     [("melding", "modtog en melding om", "et skur brændte")]),
]


@pytest.mark.parametrize("text,expected", REPORTED_CALL)
def test_a_call_reporting_something_is_the_source(text: str, expected: list[Row]) -> None:
    assert run(text, "da") == expected


WRITERS_COMMENT = [
    ("no", "Hun sier at hun vil forklare seg, noe hun ikke gjorde i fjor.",
     [("Hun", "sier", "hun vil forklare seg")]),
    ("da", "Hun siger, at hun vil vidne, hvilket hun ikke gjorde sidste år.",
     [("Hun", "siger", "hun vil vidne")]),
    ("sv", "Hon säger att hon vill vittna, vilket hon inte gjorde i fjol.", [("Hon", "säger", "hon vill vittna")]),
    # a relative that is the subject carries the claim on
    ("sv", "Prognoserna visar att det blir hård vind, vilket kan ställa till problem.",
     [("Prognoserna", "visar", "det blir hård vind, vilket kan ställa till problem")]),
    ("no", "Han sier at prisene stiger, noe som rammer mange.",
     [("Han", "sier", "prisene stiger, noe som rammer mange")]),
]


@pytest.mark.parametrize("lang,text,expected", WRITERS_COMMENT)
def test_the_writers_comment_ends_a_claim(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


def run_paragraph(sentences: tuple[str, ...], lang: str) -> list[Row]:
    return run(" ".join(sentences), lang)


REPORT_NOUN_PASSIVE = [
    ("sv", ("En cyklist har förts till sjukhus.", "Uppgifterna bekräftas av polisen."),
     [("polisen", "bekräftas", "En cyklist har förts till sjukhus")]),
    ("no", ("En syklist er sendt til sykehus.", "Opplysningene bekreftes av politiet."),
     [("politiet", "bekreftes", "En syklist er sendt til sykehus")]),
    ("da", ("En cyklist er kørt på sygehuset.", "Oplysningerne bekræftes af politiet."),
     [("politiet", "bekræftes", "En cyklist er kørt på sygehuset")]),
]


@pytest.mark.parametrize("lang,sentences,expected", REPORT_NOUN_PASSIVE)
def test_a_report_noun_confirmed_by_an_agent_points_back(lang: str, sentences: tuple[str, ...],
                                                         expected: list[Row]) -> None:
    assert run_paragraph(sentences, lang) == expected


OWN_ACCOUNT = [
    ("sv", "Cyklisten var enligt egen uppgift på väg hem.", [("Cyklisten", "enligt egen uppgift", "var på väg hem")]),
    ("sv", "Enligt egna uppgifter har föreningen 300 medlemmar.",
     [("föreningen", "Enligt egna uppgifter", "har 300 medlemmar")]),
    ("da", "Cyklisten var efter eget udsagn på vej hjem.", [("Cyklisten", "efter eget udsagn", "var på vej hjem")]),
    ("da", "Foreningen har ifølge egne oplysninger 300 medlemmer.",
     [("Foreningen", "ifølge egne oplysninger", "har 300 medlemmer")]),
    ("no", "Syklisten var etter eget utsagn på vei hjem.", [("Syklisten", "etter eget utsagn", "var på vei hjem")]),
]


@pytest.mark.parametrize("lang,text,expected", OWN_ACCOUNT)
def test_an_own_account_names_the_clauses_subject(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


PASSIVE_PERFECT_HEARSAY = [
    ("da", "Cyklen skal være blevet stjålet i nat.", [(None, "skal være blevet", "Cyklen skal være blevet stjålet i nat")]),
    ("no", "Sykkelen skal være blitt stjålet i natt.",
     [(None, "skal være blitt", "Sykkelen skal være blitt stjålet i natt")]),
    # an unreal past is no hearsay, and "skal være" stays a relative's state
    ("da", "Vi skulle være blevet hjemme, siger han.", [("han", "siger", "Vi skulle være blevet hjemme")]),
]


@pytest.mark.parametrize("lang,text,expected", PASSIVE_PERFECT_HEARSAY)
def test_the_passive_perfect_of_hearsay(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


SPLIT_TAG = [
    ("sv", "Ingen skadades, slog hon fast.", [("hon", "slog fast", "Ingen skadades")]),
    ("sv", "Ingen skadades, slog räddningstjänsten fast.", [("räddningstjänsten", "slog fast", "Ingen skadades")]),
    ("sv", "Ingen skadades, lägger hon till.", [("hon", "lägger till", "Ingen skadades")]),
    ("sv", "Senare lade hon till att ingen skadades.", [("hon", "lade till", "ingen skadades")]),
    ("no", "Ingen ble skadet, slo han fast.", [("han", "slo fast", "Ingen ble skadet")]),
    ("no", "Ingen ble skadet, la han til.", [("han", "la til", "Ingen ble skadet")]),
    ("da", "Ingen kom til skade, slår hun fast.", [("hun", "slår fast", "Ingen kom til skade")]),
    # a verb's particle is no inverted subject, adding a thing or a ground is no report
    ("no", "Da ministeren la fram forslaget til budsjett, var Hansen blant de kritiske.", []),
    ("no", "Hun la til et bilde på siden.", []),
    ("no", "Retten la til grunn at tiltalte var skyldig.", []),
    ("sv", "Hon lade till en bild på sidan.", []),
]


@pytest.mark.parametrize("lang,text,expected", SPLIT_TAG)
def test_a_particle_verb_split_by_its_subject(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


SHOWN_ON = [
    ("Statistiken visade på en kraftig ökning av inbrotten.",
     [("Statistiken", "visade på", "en kraftig ökning av inbrotten")]),
    ("Siffrorna visar på att stödet har ökat.", [("Siffrorna", "visar på", "stödet har ökat")]),
    ("Hon visade på kartan var bilen stod.", []),
]


@pytest.mark.parametrize("text,expected", SHOWN_ON)
def test_swedish_showing_with_its_preposition(text: str, expected: list[Row]) -> None:
    assert run(text, "sv") == expected


POINTED_AFTER_BUT = [
    ("da", "En bil blev fundet, men dette afkræfter politiet.", [("politiet", "afkræfter", "En bil blev fundet")]),
    ("no", "En bil ble funnet, men dette avviser politiet.", [("politiet", "avviser", "En bil ble funnet")]),
    ("sv", "En bil hittades, men detta förnekar polisen.", [("polisen", "förnekar", "En bil hittades")]),
    # the claim of a report frame before it is what is denied
    ("da", "Der var meldinger om, at en bil var fundet, men dette afkræfter politiet.",
     [(None, "meldinger om", "en bil var fundet"), ("politiet", "afkræfter", "en bil var fundet")]),
    # a negated tag denies nothing; a clause of its own after the subject is no pointing tag
    ("sv", "En bil hittades, men det bekräftar inte polisen.", []),
    ("da", "Vi vandt kampen, men det siger ikke alt.", []),
]


@pytest.mark.parametrize("lang,text,expected", POINTED_AFTER_BUT)
def test_a_pointing_object_after_but_reports_on_the_clause_before(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


FREE_RELATIVE_INSERTED = [
    ("no", "To personer er, etter det avisen erfarer, pågrepet i Bergen.",
     [("avisen", "erfarer", "To personer er pågrepet i Bergen")]),
    ("da", "Manden er, efter hvad avisen erfarer, løsladt igen.", [("avisen", "erfarer", "Manden er løsladt igen")]),
    ("sv", "Mannen har, enligt vad tidningen erfar, släppts igen.", [("tidningen", "erfar", "Mannen har släppts igen")]),
]


@pytest.mark.parametrize("lang,text,expected", FREE_RELATIVE_INSERTED)
def test_a_free_relative_set_off_by_commas_inside_its_clause(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


FREQUENCY_PHRASE = [
    ("no", "I går sa Hansen flere ganger at partiet bør gå først.", [("Hansen", "sa", "partiet bør gå først")]),
    ("no", "Hansen sa gjentatte ganger at partiet bør gå først.", [("Hansen", "sa", "partiet bør gå først")]),
    ("sv", "Under dagen sa Hansen upprepade gånger att partiet bör gå först.",
     [("Hansen", "sa", "partiet bör gå först")]),
    ("sv", "Tidigare har polisen flera gånger sagt att ingen skadats.", [("polisen", "sagt", "ingen skadats")]),
    ("da", "Hansen har flere gange sagt, at partiet bør gå først.", [("Hansen", "sagt", "partiet bør gå først")]),
    # repeating is a cue when no frequency noun follows it at once
    ("sv", "Han upprepade flera gånger att partiet bör gå först.", [("Han", "upprepade", "partiet bör gå först")]),
]


@pytest.mark.parametrize("lang,text,expected", FREQUENCY_PHRASE)
def test_a_frequency_phrase_after_the_cue_or_its_subject(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


PAST_FORM_AS_NOUN = [
    ("no", "Politiet har foreløpig ingen mistenkte i saken.", []),
    ("no", "De mistenkte ble løslatt i går.", []),
    ("sv", "De misstänkta släpptes i går.", []),
    # the plural pronoun before a clause or a recipient is a speaker
    ("no", "De mistenkte at mannen løy.", [("De", "mistenkte", "mannen løy")]),
    ("da", "De mente, at manden løj.", [("De", "mente", "manden løj")]),
    ("no", "De fortalte til kanalen at mannen løy.", [("De", "fortalte", "mannen løy")]),
]


@pytest.mark.parametrize("lang,text,expected", PAST_FORM_AS_NOUN)
def test_a_past_form_after_a_quantifier_is_a_noun(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


PARTITIVE_PRONOUN = [
    ("da", "\"Det var helt vildt,\" siger en af dem.", [("en af dem", "siger", "Det var helt vildt")]),
    ("sv", "\"Det var helt galet\", säger en av dem.", [("en av dem", "säger", "Det var helt galet")]),
    ("no", "– Det var helt vilt, sier en av dem.", [("en av dem", "sier", "Det var helt vilt")]),
    ("da", "Flere af os mener, at det var vildt.", [("Flere af os", "mener", "det var vildt")]),
]


@pytest.mark.parametrize("lang,text,expected", PARTITIVE_PRONOUN)
def test_a_partitive_of_a_pronoun_is_the_whole_speaker(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


THAN_EXPECTED = [
    ("da", "Forskeren advarer: Isen smelter hurtigere end ventet.",
     [("Forskeren", "advarer", "Isen smelter hurtigere end ventet")]),
    ("no", "Forskeren advarer: Isen smelter raskere enn først ventet.",
     [("Forskeren", "advarer", "Isen smelter raskere enn først ventet")]),
    ("sv", "Priset steg mer än väntat.", []),
]


@pytest.mark.parametrize("lang,text,expected", THAN_EXPECTED)
def test_a_participle_after_a_comparative_is_no_cue(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


FRONTED_REPORT_OBJECT = [
    ("sv", ("Två har gripits.", "Uppgiften bekräftar polisen för TT."), [("polisen", "bekräftar", "Två har gripits")]),
    ("da", ("To er anholdt.", "Den oplysning bekræfter politiet over for DR."),
     [("politiet", "bekræfter", "To er anholdt")]),
    ("no", ("To er pågrepet.", "Opplysningen bekrefter politiet overfor kanalen."),
     [("politiet", "bekrefter", "To er pågrepet")]),
    # the report noun as the subject: before a clause, or of a verb of showing
    ("sv", ("Två har gripits.", "Uppgiften bekräftar att läget är allvarligt."),
     [("Uppgiften", "bekräftar", "läget är allvarligt")]),
    ("no", ("Krigen har rammet mange.", "Tallene viser 300 sivile drepte."),
     [("Tallene", "viser", "300 sivile drepte")]),
]


@pytest.mark.parametrize("lang,sentences,expected", FRONTED_REPORT_OBJECT)
def test_a_fronted_report_noun_object_points_back(lang: str, sentences: tuple[str, ...], expected: list[Row]) -> None:
    assert run_paragraph(sentences, lang) == expected


STRANDED_CONTACT = [
    ("sv", "Alla jag har pratat med säger att de vill flytta.",
     [("Alla jag har pratat med", "säger", "de vill flytta")]),
    ("no", "Alle jeg har snakket med sier at de er redde.", [("Alle jeg har snakket med", "sier", "de er redde")]),
    ("da", "Alle jeg har talt med siger, at de er bange.", [("Alle jeg har talt med", "siger", "de er bange")]),
    # the first person alone speaks for the writer
    ("sv", "Jag säger att det är fel.", []),
]


@pytest.mark.parametrize("lang,text,expected", STRANDED_CONTACT)
def test_a_contact_clause_with_its_preposition_stranded_before_the_cue(lang: str, text: str,
                                                                       expected: list[Row]) -> None:
    assert run(text, lang) == expected


NOUN_AFTER_GENITIVE = [
    ("Flera träd har fallit i stormens spår, uppger räddningstjänsten.",
     [("räddningstjänsten", "uppger", "Flera träd har fallit i stormens spår")]),
    ("I stormens spår har ett skjul blåst sönder.", []),
    ("Bankens analytiker spår att räntan stiger.", [("Bankens analytiker", "spår", "räntan stiger")]),
]


@pytest.mark.parametrize("text,expected", NOUN_AFTER_GENITIVE)
def test_swedish_spar_after_a_genitive_is_a_noun(text: str, expected: list[Row]) -> None:
    assert run(text, "sv") == expected


def run_titled(title: str, body: tuple[str, ...], lang: str) -> list[Row]:
    article = Article(title=title, body=body, language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


FIRST_PERSON_HEADLINE = [
    ("da", "Stjerne døjer med skade: Vi havde en plan B klar",
     ("Træner Jens Holm var tilfreds.", "- Vi havde en plan B klar, og den fungerede, siger Jens Holm."),
     [("Jens Holm", None, "Vi havde en plan B klar"),
      ("Jens Holm", "siger", "Vi havde en plan B klar, og den fungerede")]),
    # a tagless body quote repeats it: the speaker it goes on (colon43)
    ("da", "Stjerne døjer med lyskeskade: Vi havde en plan B klar",
     ("- Det er ærgerligt, siger Jens Holm.", "- Vi havde en plan A og en plan B klar, så vi var forberedt."),
     [("Jens Holm", None, "Vi havde en plan B klar"), ("Jens Holm", "siger", "Det er ærgerligt"),
      ("Jens Holm", None, "Vi havde en plan A og en plan B klar, så vi var forberedt")]),
    ("sv", "Målvakten skadad: Vi får lösa det",
     ("– Det är tungt, säger tränaren Eva Lind.", "– Vi får lösa det på något sätt, det finns inget val."),
     [("tränaren Eva Lind", None, "Vi får lösa det"), ("tränaren Eva Lind", "säger", "Det är tungt"),
      ("tränaren Eva Lind", None, "Vi får lösa det på något sätt, det finns inget val")]),
    # no body quote repeats it: no record
    ("no", "Storm over kysten: Vi har aldri sett maken",
     ("Vinden tok tak i flere tak i natt.",), []),
]


@pytest.mark.parametrize("lang,title,body,expected", FIRST_PERSON_HEADLINE)
def test_an_unquoted_first_person_headline_after_a_colon(lang: str, title: str, body: tuple[str, ...],
                                                         expected: list[Row]) -> None:
    assert run_titled(title, body, lang) == expected


DANISH_CLAUSE_WITHOUT_AT = [
    ("Han siger, han er træt af sagen.", [("Han", "siger", "han er træt af sagen")]),
    ("Politiet oplyser, manden er anholdt.", [("Politiet", "oplyser", "manden er anholdt")]),
    ("Politiet oplyser, der er tale om en ulykke.", [("Politiet", "oplyser", "der er tale om en ulykke")]),
    ("Hun understreger dog, det ikke er besluttet endnu.",
     [("Hun", "understreger", "det ikke er besluttet endnu")]),
    # a question word opens no claim; the tag's own "og" goes on with the speaker
    ("Han siger, hvad han mener.", []),
    ("- Jeg er træt, siger han, og går hjem.", [("han", "siger", "Jeg er træt")]),
]


@pytest.mark.parametrize("text,expected", DANISH_CLAUSE_WITHOUT_AT)
def test_a_danish_claim_after_a_comma_without_at(text: str, expected: list[Row]) -> None:
    assert run(text, "da") == expected


EVIDENCE_ADVERB_PHRASE = [
    ("sv", "Hon har upprättat en rapport, där det bland annat framgår att flera maskiner har sålts.",
     [("en rapport", "framgår", "flera maskiner har sålts")]),
    ("sv", "Av rapporten framgår bland annat att flera maskiner har sålts.",
     [("rapporten", "framgår", "flera maskiner har sålts")]),
    ("no", "Det fremgår blant annet av dommen at mannen er dømt tidligere.",
     [("dommen", "fremgår", "mannen er dømt tidligere")]),
    ("da", "Af rapporten fremgår det blandt andet, at flere maskiner er solgt.",
     [("rapporten", "fremgår", "flere maskiner er solgt")]),
]


@pytest.mark.parametrize("lang,text,expected", EVIDENCE_ADVERB_PHRASE)
def test_an_adverb_phrase_inside_an_evidence_frame(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


DATA_BASIS_DOCUMENTS = [
    ("sv", "Underlaget visar att effekten är överskattad.", [("Underlaget", "visar", "effekten är överskattad")]),
    ("no", "Datagrunnlaget viser at effekten er overvurdert.",
     [("Datagrunnlaget", "viser", "effekten er overvurdert")]),
    ("da", "Beslutningsgrundlaget viser, at effekten er overvurderet.",
     [("Beslutningsgrundlaget", "viser", "effekten er overvurderet")]),
]


@pytest.mark.parametrize("lang,text,expected", DATA_BASIS_DOCUMENTS)
def test_a_data_basis_is_a_document_that_shows(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
