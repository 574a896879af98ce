"""Tests of `enligt.analyze.attribution` (da): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows, full_rows, rows_in, source_types

# da44: Danish shapes of unseen pages, one table per cause. Every sentence is written for its test.
#
# - a negated cue with a sentence adverb inside it ("kan heller ikke udelukke", "kan dog ikke udelukke");
# - a negated verb of recognising as a denial of a claim noun (class `seen`, `judged_nouns.txt`: "kan ikke genkende
#   kritikken"), never a thing or a person recognised;
# - a split cue whose subject has a name in apposition, a party in brackets or not ("peger formanden, Ole Hansen (V),
#   dog på, at C"; phrases.particle_stop);
# - a subject with a relative clause of place between commas (`subject_relative_adverb`: "X fra Y, hvor …, siger");
# - asking is no report ("spørger", "spurgte": no cue);
# - the past modal read as unreal after a free relative anywhere and after more sentence adverbs ("måske", "nok");
# - "overfor" opens the one told, a medium there is a via ("lyder det fra X overfor Radio Øst");
# - source types: parties in the plural, court records and books, the wire's financial service;
# - a first-person verb of opinion inside a quotation is the speaker's own hedge ("Det synes jeg", "der tror jeg");
# - "måned" is a word of time: a month phrase inside a cue ("kunne i sidste måned berette");
# - starting and ending one's words are quotation tags ("– Q, starter hun", "– Q, slutter han"), never cues alone;
# - a clause of comparison reports nothing ("hurtigere, end nogen havde regnet med");
# - a listed source noun in the plural is the head of its phrase, not an adjective ("ifølge beboerne | solgt");
# - a subject with a description in apposition stays in an interpolated claim ("Føreren - en mand - er ifølge X …");
# - a dash quotation closed by another's tag of no cue ("– Q?, spørger dommeren", "– Q, afbrød X") is no continuation;
# - "fra" and a listed source noun after a named speaker is where the speaker serves, no "sige fra";
# - a verb of accusing reads its object as the one accused, never as an inverted subject ("X beskylder Y for at C");
# - a channel number's genitive belongs to the outlet's name ("ifølge TV 2's oplysninger");
# - rumours and reports that "have it" ("Rygterne vil vide, at C"), never a wish to know;
# - a capitalised name after "ifølge" ends before the fronted verb, even when it ends like an adjective ("Arla");
# - a quotation's tag coordinated with a second cue gives both the tag's subject ("– Q, siger hun og tilføjer, at C");
# - a role's body and the full name closing it keep the name's party in brackets ("borgmester i X Kommune Navn (V)");
# - an expletive "der" after a V2 verb is no relative before an interpolated source ("blev der ifølge X hørt skud");
# - a hearsay marker's "have" right before a reporting participle frames that report: one record, the speaker's;
# - the medium told between a perfect auxiliary and its participle is a via ("har over for Ritzau bekræftet, at C").
run = rows_in("da")

NEGATED_ADVERB: list[tuple[str, list[Row]]] = [
    ("Lægen kan heller ikke udelukke, at patienten får varige mén.",
     [("Lægen", "kan heller ikke udelukke", "patienten får varige mén")]),
    ("Havnefogeden vil heller ikke udelukke, at skibet sejler i morgen.",
     [("Havnefogeden", "vil heller ikke udelukke", "skibet sejler i morgen")]),
    ("Beredskabet kan dog ikke udelukke, at gassen slap ud om natten.",
     [("Beredskabet", "kan ikke udelukke", "gassen slap ud om natten")]),
]

NOT_RECOGNISED: list[tuple[str, list[Row]]] = [
    ("Rektor kan ikke genkende det billede, som de studerende tegner.",
     [("Rektor", "kan ikke genkende", "det billede, som de studerende tegner")]),
    ("Formanden kan dog ikke genkende kritikken fra naboerne.",
     [("Formanden", "kan ikke genkende", "kritikken fra naboerne")]),
    ("Kommunen genkender ikke beskrivelsen af forløbet.",
     [("Kommunen", "genkender ikke", "beskrivelsen af forløbet")]),
    ("Direktøren genkender ikke mediebilledet af firmaet.",
     [("Direktøren", "genkender ikke", "mediebilledet af firmaet")]),
    # a thing or a person recognised: nothing reported
    ("Han kunne ikke genkende sin egen bil på billedet.", []),
    ("Vidnet kunne ikke genkende manden i retten.", []),
]

APPOSED_SPLIT: list[tuple[str, list[Row]]] = [
    ("Her peger formanden for skoleudvalget, Ole Hansen (V), dog på, at klasserne er fyldt.",
     [("formanden for skoleudvalget", "peger på", "klasserne er fyldt")]),
    ("I dag peger borgmesteren, Eva Lund, på, at vejene er glatte.",
     [("borgmesteren", "peger på", "vejene er glatte")]),
]

PLACE_RELATIVE: list[tuple[str, list[Row]]] = [
    ("Direktør Hans Jensen fra Nordea, hvor kunderne ofte er unge, siger, at renten stiger i år.",
     [("Direktør Hans Jensen fra Nordea", "siger", "renten stiger i år")]),
    ("Lederen af skolen, hvor eleverne blev syge, peger på, at maden var dårlig.",
     [("Lederen af skolen", "peger på", "maden var dårlig")]),
    # an embedded question after a verb or a negation stays the content of a tag after it
    ("Han ved ikke, hvor hunden er, siger ejeren.", [("ejeren", "siger", "Han ved ikke, hvor hunden er")]),
    # the relative's own verb as the cue: its subject is the source
    ("Stormen skulle være ovre fredag, hvor meteorologen regner med at kunne afblæse varslet.",
     [("meteorologen", "regner med", "kunne afblæse varslet")]),
]

ASKED: list[tuple[str, list[Row]]] = [
    ("Dommeren spørger, hvordan bilen endte i grøften.", []),
    ("Journalisten spurgte, om ministeren vil gå af.", []),
]

UNREAL_PAST: list[tuple[str, list[Row]]] = [
    ("Netop hvad der skulle have været årets højdepunkt, blev en skuffelse.", []),
    ("Træneren mener, at vi måske skulle have lukket kampen før.",
     [("Træneren", "mener", "vi måske skulle have lukket kampen før")]),
    ("Hun tror, at jeg nok skulle have ringet tidligere.",
     [("Hun", "tror", "jeg nok skulle have ringet tidligere")]),
    # hearsay stays hearsay
    ("Sælgeren skulle angiveligt have snydt kunderne i flere år.",
     [(None, "skulle have", "Sælgeren skulle angiveligt have snydt kunderne i flere år")]),
]

TOLD_OVERFOR: list[tuple[str, tuple[str, str, list[str]]]] = [
    ("»Vi venter på svar fra ministeriet,« lyder det fra den anonyme kilde overfor Radio Øst.",
     ("den anonyme kilde", "unnamed", ["Radio Øst"])),
    ("»Holdet er klar til finalen,« siger træneren overfor TV 2.", ("træneren", "person", ["TV 2"])),
]

TYPES: list[tuple[str, str, str]] = [
    ("Skatten skal sænkes, mener de borgerlige partier.", "de borgerlige partier", "organization"),
    ("Forslaget falder, vurderer partierne.", "partierne", "organization"),
    ("Af retsbogen fremgår det, at vidnet var beruset.", "retsbogen", "document"),
    ("Kongen var syg hele vinteren, fortæller bogen.", "bogen", "document"),
    ("Aktien steg tre procent, skriver Ritzau Finans.", "Ritzau Finans", "media"),
    ("Skatten er for høj, mener oppositionen.", "oppositionen", "organization"),
    ("Fangen er stadig på fri fod, oplyser Kriminalforsorgen.", "Kriminalforsorgen", "official"),
    ("Skatten skal ned, fremgår det af udspillet.", "udspillet", "document"),
    ("Flyene letter igen, oplyser lufthavnen.", "lufthavnen", "organization"),
    ("Reformen virker, vurderer tænketanken.", "tænketanken", "organization"),
    ("Fejlen er rettet, oplyser kommunikationsafdelingen.", "kommunikationsafdelingen", "organization"),
    ("Ventetiden er steget, oplyser flere afdelinger.", "flere afdelinger", "organization"),
]

OWN_VIEW: list[tuple[str, list[Row]]] = [
    ("- Kunderne får lavere priser i år. Det mener jeg også, de har fortjent, siger direktør Ole Berg.",
     [("direktør Ole Berg", "siger",
       "Kunderne får lavere priser i år. Det mener jeg også, de har fortjent")]),
    ("Om finalen svarede hun bagefter:\n\n- Tja. Der mener vi nok, at dommeren tog fejl.",
     [("hun", "svarede", "Tja. Der mener vi nok, at dommeren tog fejl")]),
    # outside a quotation a first-person opinion still reports
    ("Jeg tror, at renten stiger, siger økonomen.", [("økonomen", "siger", "Jeg tror, at renten stiger")]),
]

MONTH_INSIDE: list[tuple[str, list[Row]]] = [
    ("Flere tyske aviser kunne i sidste måned berette, at fabrikken var til salg.",
     [("Flere tyske aviser", "kunne berette", "fabrikken var til salg")]),
    ("Kommunen kunne i denne måned fortælle, at skolen åbner igen.",
     [("Kommunen", "kunne fortælle", "skolen åbner igen")]),
]

START_END_TAGS: list[tuple[str, list[Row]]] = [
    ("- Jeg vil sige, at det var en flot sejr over rivalerne, starter træneren.",
     [("træneren", "starter", "Jeg vil sige, at det var en flot sejr over rivalerne")]),
    ("- Det var en hård sæson for os alle, slutter hun.", [("hun", "slutter", "Det var en hård sæson for os alle")]),
    ("»Vi har aldrig set noget lignende,« begynder formanden.",
     [("formanden", "begynder", "Vi har aldrig set noget lignende")]),
    ("Butikken starter salget mandag, og det slutter fredag.", []),
    # a fronted time clause with such a verb is no content (fronting._reporting_at)
    ("Før koncerten starter, fortæller arrangøren, at der er udsolgt.",
     [("arrangøren", "fortæller", "der er udsolgt")]),
    ("Lige inden mødet sluttede, oplyste kommunen, at skolen lukker.", [("kommunen", "oplyste", "skolen lukker")]),
]

COMPARISON: list[tuple[str, list[Row]]] = [
    ("Butikken lukkede hurtigere, end nogen havde regnet med.", []),
    ("Prisen steg mere, end eksperterne havde ventet.", []),
    ("Eksperterne regner med, at prisen stiger.", [("Eksperterne", "regner med", "prisen stiger")]),
]

PLURAL_HEAD: list[tuple[str, list[Row]]] = [
    ("Ejeren har ifølge beboerne solgt huset.", [("beboerne", "ifølge", "Ejeren har solgt huset")]),
    ("Tyven har ifølge vidnerne stjålet to cykler.", [("vidnerne", "ifølge", "Tyven har stjålet to cykler")]),
    ("Ifølge de lokale beboere er vejen lukket.", [("de lokale beboere", "Ifølge", "er vejen lukket")]),
]

DESCRIBED: list[tuple[str, list[Row]]] = [
    ("Føreren af lastbilen - en ældre mand - er ifølge politiet uskadt.",
     [("politiet", "ifølge", "Føreren af lastbilen - en ældre mand - er uskadt")]),
    ("Føreren af bussen, en yngre kvinde, er ifølge beredskabet lettere såret.",
     [("beredskabet", "ifølge", "Føreren af bussen, en yngre kvinde, er lettere såret")]),
    ("Ejeren af gården – et lokalt selskab – har ifølge naboerne solgt jorden.",
     [("naboerne", "ifølge", "Ejeren af gården – et lokalt selskab – har solgt jorden")]),
]

FOREIGN_TAG: list[tuple[str, list[Row]]] = [
    (("- Jeg har ikke set ham, siger vidnet.\n\n- Kender du den her bil?, spørger dommeren.\n\n"
      "- Nej, det gør jeg ikke, svarer vidnet."),
     [("vidnet", "siger", "Jeg har ikke set ham"), ("vidnet", "svarer", "Nej, det gør jeg ikke")]),
    ("- Vi fandt ingen spor i skoven, fortæller betjenten.\n\n- Hvad mener du med det, afbrød formanden.",
     [("betjenten", "fortæller", "Vi fandt ingen spor i skoven")]),
]

NAMED_FROM_BODY: list[tuple[str, list[Row]]] = [
    ("Salget stiger i Vejle, siger Jens Hansen fra kommunen.", [("Jens Hansen", "siger", "Salget stiger i Vejle")]),
    ("Havnen er lukket, sagde direktør Eva Lund fra rederiet.",
     [("direktør Eva Lund", "sagde", "Havnen er lukket")]),
    ("Formanden siger fra over for planen.", []),
]

ACCUSED: list[tuple[str, list[Row]]] = [
    ("Fagbevægelsen beskylder regeringen for at snyde.",
     [("Fagbevægelsen", "beskylder", "regeringen for at snyde")]),
    ("Oppositionen kritiserer den nye regering for at lyve om tallene.",
     [("Oppositionen", "kritiserer", "den nye regering for at lyve om tallene")]),
    ("Naboerne beskyldte kommunen for at svigte de ældre.",
     [("Naboerne", "beskyldte", "kommunen for at svigte de ældre")]),
]

CHANNEL_GENITIVE: list[tuple[str, list[Row]]] = [
    ("Ifølge TV 2's oplysninger er direktøren blevet fyret.",
     [("TV 2's oplysninger", "Ifølge", "er direktøren blevet fyret")]),
    ("TV 2's sportsredaktør siger, at træneren bliver.",
     [("TV 2's sportsredaktør", "siger", "træneren bliver")]),
]

HAVE_IT: list[tuple[str, list[Row]]] = [
    ("Rygterne vil vide, at klubben skifter ejer.", [("Rygterne", "vil vide", "klubben skifter ejer")]),
    ("Flere aviser ville vide, at forliget var på plads.", [("Flere aviser", "ville vide", "forliget var på plads")]),
    ("Forældrene vil vide mere om planerne.", []),
    ("Vi vil vide, hvad der skete.", []),
]

NAME_BEFORE_VERB: list[tuple[str, list[Row]]] = [
    ("Ifølge Lurpak stiger smørprisen igen.", [("Lurpak", "Ifølge", "stiger smørprisen igen")]),
    ("Ifølge Dansk Cyklist Forbund cykler flere til arbejde.",
     [("Dansk Cyklist Forbund", "Ifølge", "cykler flere til arbejde")]),
    ("Ifølge Hjerteforeningen Nordvest ryger færre unge.",
     [("Hjerteforeningen Nordvest", "Ifølge", "ryger færre unge")]),
]

TAG_AND_CUE: list[tuple[str, list[Row]]] = [
    ("- Skaden er stor, siger hun og tilføjer, at taget skal skiftes.",
     [("hun", "siger", "Skaden er stor"), ("hun", "tilføjer", "taget skal skiftes")]),
    ("»Vi er klar,« siger direktør Ole Sand og fortæller, at fabrikken åbner.",
     [("direktør Ole Sand", "siger", "Vi er klar"), ("direktør Ole Sand", "fortæller", "fabrikken åbner")]),
]

ROLE_NAME_PARTY: list[tuple[str, list[Row]]] = [
    ("- Vi må vente lidt, siger borgmester i Holbæk Kommune Lene Bak (S).",
     [("borgmester i Holbæk Kommune Lene Bak (S)", "siger", "Vi må vente lidt")]),
    ("- Det er godt, siger ordfører for Venstre Mette Holm (V).",
     [("ordfører for Venstre Mette Holm (V)", "siger", "Det er godt")]),
]

EXPLETIVE_DER: list[tuple[str, list[Row]]] = [
    ("Om natten blev der ifølge beboerne hørt råb.", [("beboerne", "ifølge", "Om natten blev der hørt råb")]),
    ("Senere var der ifølge politiet ro i gaderne.", [("politiet", "ifølge", "Senere var der ro i gaderne")]),
    ("Manden, der ifølge politiet er 40 år, blev anholdt.", [("politiet", "ifølge", "der er 40 år")]),
]

FRAMED_HEARSAY: list[tuple[str, list[Row]]] = [
    ("Bilisten skal have fortalt betjentene, at bremserne svigtede.",
     [("Bilisten", "skal have fortalt", "bremserne svigtede")]),
    ("Her skulle den 30-årige have forklaret, at døren var åben.",
     [("den 30-årige", "skulle have forklaret", "døren var åben")]),
    ("Tyven skal have stjålet tre cykler.", [(None, "skal have", "Tyven skal have stjålet tre cykler")]),
]

TOLD_BEFORE_PARTICIPLE: list[tuple[str, tuple[str, list[str]]]] = [
    ("Træneren har over for Ritzau bekræftet, at han stopper.", ("Træneren", ["Ritzau"])),
    ("Beredskabet har til TV 2 oplyst, at broen er lukket.", ("Beredskabet", ["TV 2"])),
    ("Sangeren har tidligere overfor DR fortalt, at hun holder pause.", ("Sangeren", ["DR"])),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED_ADVERB)
def test_negated_cue_with_adverb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_RECOGNISED)
def test_not_recognised_claim(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), APPOSED_SPLIT)
def test_split_cue_past_apposed_name(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), PLACE_RELATIVE)
def test_subject_with_place_relative(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), ASKED)
def test_asking_is_no_report(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), UNREAL_PAST)
def test_unreal_past_modal(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), TOLD_OVERFOR)
def test_told_overfor(text: str, expected: tuple[str, str, list[str]]) -> None:
    got = [(f[0], f[4], list(f[5])) for f in full_rows(text, "da")]
    assert got == [expected]


@pytest.mark.parametrize(("text", "source", "expected"), TYPES)
def test_source_type_da44(text: str, source: str, expected: str) -> None:
    assert source_types(text, "da").get(source) == expected


@pytest.mark.parametrize(("text", "expected"), OWN_VIEW)
def test_own_view_in_quotation(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), MONTH_INSIDE)
def test_month_inside_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), START_END_TAGS)
def test_start_and_end_tags(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), COMPARISON)
def test_comparison_reports_nothing(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), PLURAL_HEAD)
def test_plural_source_noun_is_head(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_described_subject_in_interpolated_claim(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), FOREIGN_TAG)
def test_foreign_tag_is_no_continuation(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), NAMED_FROM_BODY)
def test_named_speaker_from_body(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), ACCUSED)
def test_accused_object(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), CHANNEL_GENITIVE)
def test_channel_number_genitive(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), HAVE_IT)
def test_rumours_have_it(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), NAME_BEFORE_VERB)
def test_name_before_fronted_verb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), TAG_AND_CUE)
def test_tag_coordinated_with_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROLE_NAME_PARTY)
def test_role_body_name_party(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), EXPLETIVE_DER)
def test_expletive_der_before_interpolated_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), FRAMED_HEARSAY)
def test_hearsay_framing_a_report(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), TOLD_BEFORE_PARTICIPLE)
def test_told_before_participle(text: str, expected: tuple[str, list[str]]) -> None:
    assert [(f[0], list(f[5])) for f in full_rows(text, "da")] == [expected]


# da45: Danish shapes of unseen pages, one table per cause. Every sentence is written for its test.
#
# - denying a claim about the past ("nægter at have gjort X", "nægter, at C"), never an act refused ("nægter at
#   betale", "…, hvilket hun har nægtet": function_words.tsv refusal_verb, admitted.refused_act);
# - a report pointing back ("A. Det siger X, …") inside another's report ("…, skriver Y") has Y as via (backrelay.py);
# - two genitives joined by "og" before one body noun name one body ("Nordfyns og Østfyns Politi": official);
# - "svarer til" states an equivalence, no answer ("Det svarer til en fjerdedel"), unless words are reported after it
#   or it tags a quotation (equivalence.py);
# - a dash quotation the undashed paragraph below closes with a tag ("– A." + "B, siger X.") is X's, not the speaker
#   before it (tagbelow.py);
# - making it clear, with or without "det", before a clause ("gjorde klart, at C", "har gjort det klart over for X,
#   at C"), never a thing made ready ("gjorde båden klar");
# - source types: report nouns in every form, polls, filings and projections are documents; an emergency department
#   is its hospital's, an organization;
# - a denial's participle reports only in the perfect ("har afvist, at C"): an object's state ("ønskede sagen
#   afvist") or a thing got ("har fået afvist et forsøg") is none, and leaves the report around it whole;
# - an agentless passive report: a reply participle with "der" or "det" and a clause ("Der bliver peget på, at C"),
#   its cue holding the auxiliaries and the formal subject ("bliver der peget på", "er blevet sagt").
DENIALS: list[tuple[str, list[Row]]] = [
    ("Chaufføren nægter at have kørt over for rødt.", [("Chaufføren", "nægter", "have kørt over for rødt")]),
    ("I retten nægtede den tiltalte at have slået sin nabo.",
     [("den tiltalte", "nægtede", "have slået sin nabo")]),
    ("Direktøren har nægtet at have kendt til aftalen.", [("Direktøren", "nægtet", "have kendt til aftalen")]),
    ("Sælgeren nægter stadig at have snydt kunderne.", [("Sælgeren", "nægter", "have snydt kunderne")]),
    ("Formanden nægter, at foreningen har brudt reglerne.",
     [("Formanden", "nægter", "foreningen har brudt reglerne")]),
    # an act refused, not a claim denied
    ("Lejeren nægter at betale huslejen.", []),
    ("Spilleren nægtede at stille op til interview.", []),
    ("Hun blev bedt om at aflevere nøglerne, hvilket hun har nægtet.", []),
    ("Vagten nægtede adgang for journalister.", []),
]


@pytest.mark.parametrize("text,expected", DENIALS)
def test_denials(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected



# (source, via) of each record: the pointing-back report relayed by the medium whose words hold its tag
BACK_RELAYS: list[tuple[str, list[tuple[str | None, tuple[str, ...]]]]] = [
    ("Havnen åbner igen i maj. Det oplyser direktøren i et nyhedsbrev, skriver Ritzau.",
     [("direktøren", ("Ritzau",)), ("Ritzau", ())]),
    ("Antallet af ledige er faldet. Det viser nye tal fra kommunen, skriver Jyllands-Posten.",
     [("nye tal fra kommunen", ("Jyllands-Posten",)), ("Jyllands-Posten", ())]),
    # no outer report: nothing relayed
    ("Havnen åbner igen i maj. Det oplyser direktøren i et nyhedsbrev.", [("direktøren", ())]),
]


@pytest.mark.parametrize("text,expected", BACK_RELAYS)
def test_back_relays(text: str, expected: list[tuple[str | None, tuple[str, ...]]]) -> None:
    assert [(r[0], r[5]) for r in full_rows(text, "da", outlet="Testbladet")] == expected


SHARED_HEADS: list[tuple[str, dict[str | None, str | None]]] = [
    ("Broen er lukket, oplyser Nordfyns og Østfyns Politi.", {"Nordfyns og Østfyns Politi": "official"}),
    ("Ifølge Vestegnens og Sydhavnens Brandvæsen brænder det stadig.",
     {"Vestegnens og Sydhavnens Brandvæsen": "official"}),
]


@pytest.mark.parametrize("text,expected", SHARED_HEADS)
def test_shared_heads(text: str, expected: dict[str | None, str | None]) -> None:
    assert source_types(text, "da") == expected


EQUIVALENCES: list[tuple[str, list[Row]]] = [
    ("Huslejen steg med 500 kroner. Det svarer til en fjerdedel af hans pension.", []),
    ("Tabet svarer nogenlunde til to års overskud.", []),
    ("Mængden af regn svarede i juli til et halvt års nedbør.", []),
    # an answer stays an answer
    ("Borgmesteren svarer til lokalavisen, at budgettet holder.",
     [("Borgmesteren", "svarer", "budgettet holder")]),
    ("– Vi gør, hvad vi kan, svarer hun til radioen.", [("hun", "svarer", "Vi gør, hvad vi kan")]),
]


@pytest.mark.parametrize("text,expected", EQUIVALENCES)
def test_equivalences(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected


# a dash quote paragraph whose undashed next paragraph ends with the tag of another speaker
TAGS_BELOW: list[tuple[str, list[Row]]] = [
    (("– Skolen mangler lærere, siger rektor Jens Holm.\n\n"
      "Forældrene er utilfredse.\n\n"
      "– Vi har ventet i to år på en løsning.\n\n"
      "Nu må kommunen handle, siger formand Lise Krog."),
     [("rektor Jens Holm", "siger", "Skolen mangler lærere"),
      ("formand Lise Krog", None, "Vi har ventet i to år på en løsning"),
      ("formand Lise Krog", "siger", "Nu må kommunen handle")]),
    # a tag that goes on with a sentence of its own closes no quotation above it
    (("– Skolen mangler lærere, siger rektor Jens Holm.\n\n"
      "– Det er et stort problem.\n\n"
      "Kommunen vil se på sagen, siger Lise Krog. Hun er formand for skolebestyrelsen."),
     [("rektor Jens Holm", "siger", "Skolen mangler lærere"),
      ("rektor Jens Holm", None, "Det er et stort problem"),
      ("Lise Krog", "siger", "Kommunen vil se på sagen")]),
]


@pytest.mark.parametrize("text,expected", TAGS_BELOW)
def test_tags_below(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected


MADE_CLEAR: list[tuple[str, list[Row]]] = [
    ("Borgmesteren gjorde klart, at budgettet ikke holder.", [("Borgmesteren", "gjorde klart", "budgettet ikke holder")]),
    ("Klubben har gjort det klart over for spilleren, at kontrakten udløber.",
     [("Klubben", "gjort det klart", "kontrakten udløber")]),
    ("Sygeplejersken gjorde sengen klar til patienten.", []),
    ("Besætningen gjorde klar til afgang.", []),
    ("Mødet må gøre det klart, hvem der vil betale.", []),
    ("Det er udvalget, der skal gøre det klart, hvilke regler der gælder.", []),
    ("Det er de nye tal, der gør det klart, hvor stort problemet er.", []),
]


@pytest.mark.parametrize("text,expected", MADE_CLEAR)
def test_made_clear(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected


DOCUMENTS_AND_WARDS: list[tuple[str, dict[str | None, str | None]]] = [
    ("Ventetiden stiger, viser nye redegørelser.", {"nye redegørelser": "document"}),
    ("Ifølge en rundspørge mangler der pædagoger.", {"en rundspørge": "document"}),
    ("Ifølge indberetningerne venter flere patienter.", {"indberetningerne": "document"}),
    ("Ifølge fremskrivningen vil der mangle boliger.", {"fremskrivningen": "document"}),
    ("Patienten har det godt, oplyser skadestuen.", {"skadestuen": "organization"}),
    ("Akutmodtagelsen oplyser, at to er indlagt.", {"Akutmodtagelsen": "organization"}),
]


@pytest.mark.parametrize("text,expected", DOCUMENTS_AND_WARDS)
def test_documents_and_wards(text: str, expected: dict[str | None, str | None]) -> None:
    assert source_types(text, "da") == expected


UNPERFECTED: list[tuple[str, list[Row]]] = [
    ("Rådmanden sagde på mødet, at partiet ønskede forslaget afvist.",
     [("Rådmanden", "sagde", "partiet ønskede forslaget afvist")]),
    ("Foreningen har to gange fået afvist sin klage over støjen.", []),
    ("Naboerne krævede byggeriet afvist.", []),
    # the perfect reports
    ("Regionen har over for ministeriet afvist, at ventetiden er steget.",
     [("Regionen", "afvist", "ventetiden er steget")]),
    ("Selskabet havde dementeret rygterne.", [("Selskabet", "dementeret", "rygterne")]),
]


@pytest.mark.parametrize("text,expected", UNPERFECTED)
def test_unperfected(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected


PASSIVES: list[tuple[str, list[Row]]] = [
    ("Der bliver også peget på, at bussen kører for sjældent.",
     [(None, "bliver peget på", "bussen kører for sjældent")]),
    ("Som forklaring blev der peget på, at vejret var dårligt.",
     [(None, "blev der peget på", "vejret var dårligt")]),
    ("Det er blevet sagt, at banken flytter.", [(None, "er blevet sagt", "banken flytter")]),
    ("Der blev skrevet, at koncerten var aflyst.", [(None, "blev skrevet", "koncerten var aflyst")]),
    # pointing at a thing is no report
    ("Vejlederen har peget på kortet.", []),
]


@pytest.mark.parametrize("text,expected", PASSIVES)
def test_passives(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected


# att47: disputing a claim ("bestrider", "bestred") is a verb of denial, with a noun complement or a clause.
DISPUTED: list[tuple[str, list[Row]]] = [
    ("Kommunen bestrider revisorernes beregning.", [("Kommunen", "bestrider", "revisorernes beregning")]),
    ("Direktøren bestred, at firmaet havde snydt kunderne.",
     [("Direktøren", "bestred", "firmaet havde snydt kunderne")]),
]


@pytest.mark.parametrize(("text", "expected"), DISPUTED)
def test_disputing_is_denial(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
