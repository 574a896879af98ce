"""Swedish shapes from round sv44 on fresh pages (issue 10): a past form after a noun of counting ("antalet
bekräftade fall"), an adverb of degree inside a two-word cue ("nekar helt till", cue without it), "ska" hearsay
with an expletive subject ("det ska handla om") or before a supine whose "ha" is left out ("ska X börjat"), and
the clause after "och"/"men" that such a marker opens. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_attributions, bylined_rows

COUNTED_PARTICIPLE = [
    # a noun of counting before the past form: what is counted, nobody reports
    ("Antalet bekräftade fall ökar kraftigt i regionen.", "sv", []),
    ("Andelen rapporterade brott har sjunkit i år.", "sv", []),
    ("Hur antalet anmälda och bekräftade fall utvecklas är oklart.", "sv", []),
    # the verb itself still reports
    ("Regionen bekräftade fyra nya fall under tisdagen.", "sv",
     [("Regionen", "bekräftade", "fyra nya fall under tisdagen")]),
]


@pytest.mark.parametrize("text,lang,expected", COUNTED_PARTICIPLE)
def test_a_past_form_after_a_noun_of_counting(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


INNER_ADVERB = [
    # an adverb of degree between the cue's words: read past, left out of the cue
    ("Den åtalade nekar helt till anklagelserna om bedrägeri.", "sv",
     [("Den åtalade", "nekar till", "anklagelserna om bedrägeri")]),
    ("Chauffören nekar blankt till att ha kört för fort.", "sv",
     [("Chauffören", "nekar till", "ha kört för fort")]),
    ("Banken räknar dock med att räntan sänks.", "sv", [("Banken", "räknar med", "räntan sänks")]),
]


@pytest.mark.parametrize("text,lang,expected", INNER_ADVERB)
def test_an_adverb_inside_a_two_word_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


SKA_HEARSAY = [
    # "det ska handla om": hearsay only with the expletive subject
    ("Larmet kom strax efter midnatt och det ska handla om en brand i ett garage.", "sv",
     [(None, "ska", "det ska handla om en brand i ett garage")]),
    ("Enligt räddningstjänsten ska det handla om en mindre läcka.", "sv",
     [("räddningstjänsten", "Enligt", "ska det handla om en mindre läcka")]),
    ("Kursen ska handla om hur man skriver ansökningar.", "sv", []),
    # "ska" before a supine with its "ha" left out
    ("På söndagskvällen ska två män börjat bråka utanför puben.", "sv",
     [(None, "ska", "På söndagskvällen ska två män börjat bråka utanför puben")]),
    ("Föraren ska varit påverkad av alkohol.", "sv", [(None, "ska", "Föraren ska varit påverkad av alkohol")]),
    # no supine after "ska" past a verb or a clause opener: a plan
    ("Bron ska byggas om och har varit stängd sedan i maj.", "sv", []),
    ("Styrelsen ska utreda om det funnits brister i rutinerna.", "sv", []),
    # "men det ska ha": the clause after the coordinator is the claim
    ("Brandkåren ryckte ut men det ska ha slocknat av sig självt.", "sv",
     [(None, "ska ha", "det ska ha slocknat av sig självt")]),
]


@pytest.mark.parametrize("text,lang,expected", SKA_HEARSAY)
def test_ska_hearsay_shapes(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


FORWARD_INTRO = [
    # "Så här sa X." closes on a full stop, yet points to the quote of the next paragraph, as a colon does
    (("Kommunen stänger badhuset i höst.\n\nSå här sa kommunalrådet Per Lind på onsdagens möte.\n\n"
     "– Vi har helt enkelt inte råd att renovera det nu."), "sv",
     [("kommunalrådet Per Lind", "sa", "Vi har helt enkelt inte råd att renovera det nu")]),
    (("Föreningen bytte ordförande i våras.\n\nSå här skriver den nya ordföranden i ett mejl.\n\n"
     "– Jag vill att fler unga ska hitta till klubben."), "sv",
     [("den nya ordföranden", "skriver", "Jag vill att fler unga ska hitta till klubben")]),
    # no forward word: the sentence keeps its own reading
    ("Tränaren Anna Berg sa att laget var trött efter resan.", "sv",
     [("Tränaren Anna Berg", "sa", "laget var trött efter resan")]),
]


@pytest.mark.parametrize("text,lang,expected", FORWARD_INTRO)
def test_a_sentence_pointing_forward_to_a_quote(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


PRONOUN_CONTENT = [
    # a lone object pronoun reports no claim
    ("Vi ser inte saken på samma sätt som kommunen beskriver det, säger ordföranden Eva Lund.", "sv",
     [("ordföranden Eva Lund", "säger", "Vi ser inte saken på samma sätt som kommunen beskriver det")]),
    ("Beslutet är fattat, som ordföranden uttryckte det.", "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", PRONOUN_CONTENT)
def test_a_lone_pronoun_is_no_content(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


PERSON_NOUNS = [
    ("Flickan berättade att hon hade blivit knuffad.", "sv", "person"),
    ("Pojken menade att läraren hade tagit hans telefon.", "sv", "person"),
    ("Patienten hävdar att ingen läkare kom.", "sv", "person"),
    ("Föräldrarna menar att skolan borde ha larmat.", "sv", "person"),
]


@pytest.mark.parametrize("text,lang,expected", PERSON_NOUNS)
def test_a_noun_of_kinship_or_part_is_a_person(text: str, lang: str, expected: str) -> None:
    assert [a.source_type for a in bylined_attributions(text, lang)] == [expected]


NEGATIVE_SUBJECT = [
    # "varken X eller Y" as the subject: nobody reported anything
    ("Varken kommunen eller polisen rapporterade om några skador under natten.", "sv", []),
    ("Men varken skolan eller föräldrarna har berättat om något bråk.", "sv", []),
    ("Kommunen rapporterade om två skador under natten.", "sv",
     [("Kommunen", "rapporterade om", "två skador under natten")]),
]


@pytest.mark.parametrize("text,lang,expected", NEGATIVE_SUBJECT)
def test_a_negative_subject_reports_nothing(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


COMMALESS_TAG = [
    # a tag verb after a clause of its own, without its comma: the source follows the verb
    ("Tre personer har förts till sjukhus uppger räddningstjänsten.", "sv",
     [("räddningstjänsten", "uppger", "Tre personer har förts till sjukhus")]),
    ("Vägen är avstängd i båda riktningarna skriver Trafikverket.", "sv",
     [("Trafikverket", "skriver", "Vägen är avstängd i båda riktningarna")]),
    ("Bussar ersätter tågen mellan städerna meddelar SJ på sin webbplats.", "sv",
     [("SJ", "meddelar", "Bussar ersätter tågen mellan städerna")]),
    # a relative clause or a noun phrase before the verb: no comma-less tag
    ("Nya regler för fisket skriver myndigheten.", "sv", []),
    ("Polisen säger att vägen är avstängd.", "sv", [("Polisen", "säger", "vägen är avstängd")]),
]


@pytest.mark.parametrize("text,lang,expected", COMMALESS_TAG)
def test_a_tag_without_its_comma(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


AGENT_PASSIVE = [
    # the s-passive of a denial or a disclosure with its agent: about the sentence before
    ("Föreningen ska läggas ner i vår. Uppgiften dementerades av styrelsen.", "sv",
     [("styrelsen", "dementerades", "Föreningen ska läggas ner i vår")]),
    ("Tränaren lämnar klubben efter säsongen. Detta har avslöjats av lokaltidningen.", "sv",
     [("lokaltidningen", "avslöjats", "Tränaren lämnar klubben efter säsongen")]),
    # no agent: nobody named
    ("Planen avslöjades i våras.", "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", AGENT_PASSIVE)
def test_a_passive_denial_with_its_agent(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


ADMISSION = [
    ("Föraren vidgår att han körde för fort.", "sv", [("Föraren", "vidgår", "han körde för fort")]),
    ("Kassören vidgick att pengar saknades i kassan.", "sv", [("Kassören", "vidgick", "pengar saknades i kassan")]),
]


@pytest.mark.parametrize("text,lang,expected", ADMISSION)
def test_the_verb_of_admission_vidga(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


CLAUSE_SOURCE = [
    # a lone preposition or a clause read as the speaker: no record
    (("I båda skrivelserna beskrivs hur illa föräldrarna ser på de problem som nämnden rapporterat om och hur "
     "barnens skolgång påverkas om problemen kvarstår."), "sv", []),
    # a source after "trots att" in its own clause stays
    ("Rätten dömde honom, trots att försvaret har hävdat att han var oskyldig.", "sv",
     [("försvaret", "hävdat", "han var oskyldig")]),
]


@pytest.mark.parametrize("text,lang,expected", CLAUSE_SOURCE)
def test_a_clause_is_no_source(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


LAST_VOICE = [
    # a dash quote after a body's "Enligt X" paragraph: the person last quoted, not the body
    (("– Vägarna kan bli mycket hala under natten, säger meteorologen Karin Ek.\n\n"
      "Enligt institutet är det oklart hur länge kylan blir kvar.\n\n"
      "– Men det kan bli ännu kallare mot helgen om vinden vrider."), "sv",
     [("meteorologen Karin Ek", "säger", "Vägarna kan bli mycket hala under natten"),
      ("institutet", "Enligt", "är det oklart hur länge kylan blir kvar"),
      ("meteorologen Karin Ek", None, "Men det kan bli ännu kallare mot helgen om vinden vrider")]),
    # past the writer's paragraph after that person's own untagged quote
    (("– Arbetet med dammen har pågått länge, säger Per Holm som är projektledare på bolaget.\n\n"
      "– Nu bedömde man att väggen var för svag.\n\n"
      "Dammen töms under våren och fisken flyttas.\n\n"
      "– Den står i vår plan och vi hoppas kunna bygga en ny redan nästa år."), "sv",
     [("Per Holm", "säger", "Arbetet med dammen har pågått länge"),
      ("Per Holm", None, "Nu bedömde man att väggen var för svag"),
      ("Per Holm", None, "Den står i vår plan och vi hoppas kunna bygga en ny redan nästa år")]),
]


@pytest.mark.parametrize("text,lang,expected", LAST_VOICE)
def test_a_dash_quote_takes_the_last_voice(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


RELATIVE_CUE = [
    # the cue is the relative clause's verb: the noun phrase after "som" speaks
    ("Efter matchen fick tränaren en fråga om jobbet, en fråga som hon själv menar är löjlig.", "sv",
     [("hon", "menar", "är löjlig")]),
    ("Mannen som polisen uppger var beväpnad greps i natt.", "sv", [("polisen", "uppger", "var beväpnad greps i natt")]),
    # "som" the cue's object at the sentence's end: no claim
    ("Han medgav i förhöret att han hade kört för fort och gjort de fel som polisen påstått.", "sv",
     [("Han", "medgav", "han hade kört för fort")]),
]


@pytest.mark.parametrize("text,lang,expected", RELATIVE_CUE)
def test_a_cue_inside_a_relative_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


NOT_RULED_OUT = [
    # not ruling out an act: no claim; not ruling out that C: C
    ("Partiledaren utesluter inte ett samarbete med oppositionen efter valet.", "sv", []),
    ("Polisen utesluter inte att branden var anlagd.", "sv", [("Polisen", "utesluter inte", "branden var anlagd")]),
    ("Läkaren kunde inte utesluta att skadorna uppstått vid fallet.", "sv",
     [("Läkaren", "kunde inte utesluta", "skadorna uppstått vid fallet")]),
]


@pytest.mark.parametrize("text,lang,expected", NOT_RULED_OUT)
def test_not_ruling_out_needs_a_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


OFFICIAL_PATROL = [
    ("Patrullen uppger att mannen sprang från platsen.", "sv", "official"),
    ("En polispatrull rapporterade att vägen var blockerad.", "sv", "official"),
    ("Enligt en konkursbouppteckning har maskinerna sålts.", "sv", "document"),
]


@pytest.mark.parametrize("text,lang,expected", OFFICIAL_PATROL)
def test_a_patrol_is_official_and_an_inventory_a_document(text: str, lang: str, expected: str) -> None:
    assert [a.source_type for a in bylined_attributions(text, lang)] == [expected]
