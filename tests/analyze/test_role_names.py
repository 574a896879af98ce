"""People given with a role (issue 10, all languages): the person's name kept as source_name when a tag gives the
role and then the name in apposition ("siger chefen for X, politiinspektør Hans Berg"), when a later definite role
noun points back at them ("Borgmesteren", "der Fraktionschef", "the mayor"), and when a pronoun follows a person
introduced with a role and a name. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import attributions

Named = tuple[str | None, str | None]  # source, source_name


def named(text: str, lang: str) -> list[Named]:
    return [(a.source, a.source_name) for a in attributions(text, lang)]


APPOSED_AFTER_CUE = [
    # role, [description] Name after the cue: the role stays the source, the name is its source_name
    ("Vi har inga uppgifter om skadade, säger kommunens presschef, Lars Berg.", "sv",
     [("kommunens presschef", "Lars Berg")]),
    ("– Vi har inga uppgifter om skadade, säger kommunens presschef, den tidigare journalisten Lars Berg.", "sv",
     [("kommunens presschef", "Lars Berg")]),
    ("– Vi har sendt ut tre mannskaper, sier leder i brannvesenet, Ola Nilsen.", "no",
     [("leder i brannvesenet, Ola Nilsen", "Ola Nilsen")]),
    ("Saken er alvorlig, sier aktor i saken, politiadvokat Kari Lund.", "no",
     [("aktor i saken, politiadvokat Kari Lund", "Kari Lund")]),
    ("Det er svært uvanlig, sier vaktleder og skredvarsler i Statens vegvesen, Per Olsen.", "no",
     [("vaktleder og skredvarsler i Statens vegvesen, Per Olsen", "Per Olsen")]),
    ("Vi har anholdt tre mænd, siger chefen for afdelingen, politiinspektør Hans Berg.", "da",
     [("chefen for afdelingen", "Hans Berg")]),
    ("– Vi har anholdt tre mænd, siger chefen for afdelingen, politiinspektør Hans Berg.", "da",
     [("chefen for afdelingen", "Hans Berg")]),
    ("Die Lage ist ruhig, sagte der Sprecher des Innenministeriums, Max Roth, am Abend.", "de",
     [("der Sprecher des Innenministeriums", "Max Roth")]),
    ("„Wir sind vorbereitet“, sagte der Sprecher der Stadtwerke, Jonas Keller.", "de",
     [("der Sprecher der Stadtwerke", "Jonas Keller")]),
    ("The road is closed, said the county sheriff, John Hale.", "en", [("the county sheriff", "John Hale")]),
    ("The toll has risen to 300, Carlos del Monte, the head of the national disaster agency (NDA) said Wednesday.",
     "en", [("Carlos del Monte", "Carlos del Monte")]),
]


@pytest.mark.parametrize("text,lang,expected", APPOSED_AFTER_CUE)
def test_a_name_in_apposition_after_a_role_is_the_source_name(text: str, lang: str, expected: list[Named]) -> None:
    assert named(text, lang) == expected


NOT_APPOSED = [
    # a relative clause, a second tag or a list after the comma is no name of the role
    ("Skolen er lukket, siger Peter Holm, der er skoleleder.", "da", [("Peter Holm", "Peter Holm")]),
    ("Skolen er lukket, siger borgmesteren, skriver Politiken.", "da",
     [("borgmesteren", None), ("Politiken", "Politiken")]),
    ("Skolan är stängd, säger rektorn, Per Holm och Eva Lind.", "sv", [("rektorn", None)]),
    ("Die Lage sei ernst, sagte der Sprecher, Deutschland müsse handeln.", "de", [("der Sprecher", None)]),
]


@pytest.mark.parametrize("text,lang,expected", NOT_APPOSED)
def test_no_name_is_read_from_a_clause_or_a_list_after_the_tag(text: str, lang: str, expected: list[Named]) -> None:
    assert named(text, lang) == expected


ROLE_ANAPHORS = [
    # a definite role noun after the person it names: source as written, source_name the person's name
    (("– Vi har lavet en god aftale, siger borgmester Mikkel Dam (V).\n\nBorgmesteren mener, at aftalen holder.\n\n"
      "– Det bliver et godt år."), "da",
     [("borgmester Mikkel Dam (V)", "Mikkel Dam"), ("Borgmesteren", "Mikkel Dam"), ("Borgmesteren", "Mikkel Dam")]),
    ("Åklagare Maria Holm säger att mannen greps i går.\n\nÅklagaren berättar att utredningen fortsätter.", "sv",
     [("Åklagare Maria Holm", "Maria Holm"), ("Åklagaren", "Maria Holm")]),
    (("– Han greps i går, säger Maria Holm som är kammaråklagare vid åklagarkammaren.\n\n"
      "Åklagaren säger att brottet begicks i Sverige."), "sv",
     [("Maria Holm", "Maria Holm"), ("Åklagaren", "Maria Holm")]),
    ("– Vi jobber videre, sier ordfører Nina Bakke (Sp).\n\nOrdføreren forteller at veien er åpen.", "no",
     [("ordfører Nina Bakke (Sp)", "Nina Bakke"), ("Ordføreren", "Nina Bakke")]),
    ("Die Stadt spart, sagte Bürgermeister Paul Weber (SPD).\n\nDer Bürgermeister sagte, die Lage sei schwierig.", "de",
     [("Bürgermeister Paul Weber (SPD)", "Paul Weber"), ("Der Bürgermeister", "Paul Weber")]),
    (("Zufrieden zeigt sich der CDU-Fraktionschef nicht. „Wir hätten mehr erwartet“, sagte Jan Kramer.\n\n"
      "Der Fraktionschef sagte, man werde weiter verhandeln."), "de",
     [("Jan Kramer", "Jan Kramer"), ("Der Fraktionschef", "Jan Kramer")]),
    ("The city will cut costs, Mayor Ann Lee said.\n\nThe mayor said the budget would be balanced.", "en",
     [("Mayor Ann Lee", "Ann Lee"), ("The mayor", "Ann Lee")]),
]


@pytest.mark.parametrize("text,lang,expected", ROLE_ANAPHORS)
def test_a_definite_role_noun_carries_the_name_given_with_the_role(text: str, lang: str, expected: list[Named]) -> None:
    assert named(text, lang) == expected


UNNAMED_ROLES = [
    # a role never given with a name stays unnamed
    ("Mannen nekar till brott.\n\nÅklagaren säger att utredningen fortsätter.", "sv", [("Åklagaren", None)]),
    ("Der Angeklagte Tom Weiß schwieg.\n\nDer Richter sagte, das Urteil falle im Mai.", "de", [("Der Richter", None)]),
]


@pytest.mark.parametrize("text,lang,expected", UNNAMED_ROLES)
def test_a_role_never_named_gets_no_name(text: str, lang: str, expected: list[Named]) -> None:
    assert [r for r in named(text, lang) if r[0] and r[0].lower().startswith(("åklagaren", "der richter"))] == expected


PRONOUNS_AFTER_ROLES = [
    # a pronoun after a person given with a role and a name means that name, not the role
    (("– Byen er klar, siger Odenses borgmester, den tidligere landmand Peter Madsen.\n\n"
      "Der er mange skader, tilføjer han."), "da",
     [("Odenses borgmester", "Peter Madsen"), ("han", "Peter Madsen")]),
    (("Her peger formanden for udvalget i Danske Regioner, Karin Holm (R), dog på, at ventetiderne er lave.\n\n"
     "Men hun anerkender, at der mangler penge."), "da",
     [("formanden for udvalget", "Karin Holm"), ("hun", "Karin Holm")]),  # (da44: the split cue read past the name)
    ("Det er ikke avgjort, sier leder i Bergen brannvesen, Ola Nilsen.\n\nHan sier at de jobber videre.", "no",
     [("leder i Bergen brannvesen, Ola Nilsen", "Ola Nilsen"), ("Han", "Ola Nilsen")]),
]


@pytest.mark.parametrize("text,lang,expected", PRONOUNS_AFTER_ROLES)
def test_a_pronoun_after_a_role_and_name_carries_the_name(text: str, lang: str, expected: list[Named]) -> None:
    assert named(text, lang) == expected


PLACE_INSERTS = [
    # a second prepositional phrase set off after a fronted one: the subject after the V2 cue is the speaker
    ("På den andre siden av grensen, i den russiske regionen, opplyser regionens guvernør Ivan Petrov at en mann døde.",
     "no", [("regionens guvernør Ivan Petrov", "Ivan Petrov")]),
    ("I nord, ved den svenske grensen, oplyser politiets vagtchef Ole Lund, at vejen er lukket.", "da",
     [("politiets vagtchef Ole Lund", "Ole Lund")]),
]


@pytest.mark.parametrize("text,lang,expected", PLACE_INSERTS)
def test_the_speaker_after_a_fronted_phrase_and_its_place_insert(text: str, lang: str, expected: list[Named]) -> None:
    assert named(text, lang) == expected


GAZETTEER_SURNAMES = [
    # a role before a full name whose surname the gazetteer knows: the name is still the source's name, for "er"
    ("Der Bundeskanzler Olaf Scholz sagte, die Lage sei ernst.\n\nEr sagte, das Land brauche Ruhe.", "de",
     [("Der Bundeskanzler Olaf Scholz", "Olaf Scholz"), ("Er", "Olaf Scholz")]),
]


@pytest.mark.parametrize("text,lang,expected", GAZETTEER_SURNAMES)
def test_a_gazetteer_surname_after_a_role_is_a_name(text: str, lang: str, expected: list[Named]) -> None:
    assert named(text, lang) == expected


OWN_PARTS = [
    # a phrase of contrast after the speaker ("on their part") is no part of the source, before or after the cue
    ("Försvaret å sin sida säger att mannen är oskyldig.", "sv", ["Försvaret"]),
    ("Mannen är oskyldig, säger försvararen å sin sida.", "sv", ["försvararen"]),
    ("Forsvareren på sin side sier at mannen er uskyldig.", "no", ["Forsvareren"]),
    ("Manden er uskyldig, siger forsvareren for sin del.", "da", ["forsvareren"]),
    ("Der Verteidiger seinerseits sagte, sein Mandant sei unschuldig.", "de", ["Der Verteidiger"]),
    ("Sein Mandant sei unschuldig, sagte der Verteidiger seinerseits.", "de", ["der Verteidiger"]),
    ("The unions for their part said the deal was fair.", "en", ["The unions"]),
]


@pytest.mark.parametrize("text,lang,expected", OWN_PARTS)
def test_a_phrase_of_contrast_is_no_part_of_the_source(text: str, lang: str, expected: list[str]) -> None:
    assert [a.source for a in attributions(text, lang)] == expected


PLACED_NAMES = [
    # a role, its body (perhaps a suspended compound) and a place, then the name with no comma
    ("Vejen er spærret. Det oplyser vagtchef ved Fyns Politi i Odense Ole Lund.", "da",
     [("vagtchef ved Fyns Politi i Odense Ole Lund", "Ole Lund")]),
    ("Vejen er spærret. Det oplyser vagtchef ved Midt- og Sydsjællands Politi Ole Lund.", "da",
     [("vagtchef ved Midt- og Sydsjællands Politi Ole Lund", "Ole Lund")]),
    ("Vejen er stengt. Det opplyser operasjonsleder i Nord- og Sør-Troms politidistrikt Kari Holm.", "no",
     [("operasjonsleder i Nord- og Sør-Troms politidistrikt Kari Holm", "Kari Holm")]),
    # a body in lower case, then the name with no comma
    ("Vejen er spærret. Det fortæller vagtchef ved politiet Ole Lund natten til fredag.", "da",
     [("vagtchef ved politiet Ole Lund", "Ole Lund")]),
    ("Vegen er stengt. Det opplyser vaktleder i brannvesenet Kari Holm.", "no",
     [("vaktleder i brannvesenet Kari Holm", "Kari Holm")]),
    # no name after a body in lower case: the role alone (as before)
    ("Vegen er stengt. Det opplyser vaktleder i brannvesenet i natt.", "no", [("vaktleder", None)]),
]


@pytest.mark.parametrize("text,lang,expected", PLACED_NAMES)
def test_a_name_after_a_role_its_body_and_a_place(text: str, lang: str, expected: list[Named]) -> None:
    assert named(text, lang) == expected


CREDENTIALS = [
    # a degree or suffix between commas after the name is no speaker: the name before it is
    ("The ward is closed, chief nurse Ann Lee, RN, told the Valley Herald.", "en", ["chief nurse Ann Lee"]),
    ("Two units are affected, hospital director Tom Park, MD, said on Monday.", "en", ["hospital director Tom Park"]),
    ("The results are clear, researcher Eva Moss, PhD, said.", "en", ["researcher Eva Moss"]),
]


@pytest.mark.parametrize("text,lang,expected", CREDENTIALS)
def test_a_credential_after_the_name_is_no_speaker(text: str, lang: str, expected: list[str]) -> None:
    assert [a.source for a in attributions(text, lang)] == expected


ARTICLE_MODIFIERS = [
    # after an article and before a name, a word that could be a verb ("state", "report") modifies the name
    ("Ten cases were found, according to the state Department of Health.", "en", ["the state Department of Health"]),
    ("Ten cases were found, according to a state Board of Health report.", "en",
     ["a state Board of Health report"]),
    # no name after it: the verb reading stays ("the state says" is a subject and its verb)
    ("Ten cases were found, the state said.", "en", ["the state"]),
]


@pytest.mark.parametrize("text,lang,expected", ARTICLE_MODIFIERS)
def test_a_word_between_an_article_and_a_name_is_no_verb(text: str, lang: str, expected: list[str]) -> None:
    assert [a.source for a in attributions(text, lang)] == expected
