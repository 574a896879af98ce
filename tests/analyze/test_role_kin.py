"""A definite role noun of the same trade as the role given beside a name ("der Ermittler" after "Oberstaatsanwalt
X", lang/<code>/role_kin.tsv) points back to that person; a role of another trade does not. Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from .conftest import attributions

KIN = [
    # (text, lang, source_name of the last record)
    (("„Wir haben drei Wohnungen durchsucht“, sagte Oberstaatsanwältin Petra Lindholm am Dienstag.\n\n"
      "Die Auswertung dauere noch an, erklärte die Ermittlerin."), "de", "Petra Lindholm"),
    (("– Vi har gripit två personer, säger kammaråklagare Lena Björkdal.\n\n"
      "– Fler kan gripas, säger utredaren."), "sv", "Lena Björkdal"),
    (("– Vi har pågrepet to personer, sier politiadvokat Kari Fjellheim.\n\n"
      "– Flere kan bli pågrepet, sier etterforskeren."), "no", "Kari Fjellheim"),
    (("- Vi har anholdt to personer, siger specialanklager Hans Mølbæk.\n\n"
      "- Flere kan blive anholdt, siger efterforskeren."), "da", "Hans Mølbæk"),
    (("“We have made two arrests,” said Prosecutor John Hallowell.\n\n"
      "“More may follow,” the investigator said."), "en", "John Hallowell"),
]

NOT_KIN = [
    # a role of another trade beside the name: the description names someone else
    (("„Wir haben drei Wohnungen durchsucht“, sagte Bürgermeisterin Petra Lindholm am Dienstag.\n\n"
      "Die Auswertung dauere noch an, erklärte die Ermittlerin."), "de", "Petra Lindholm"),
]


@pytest.mark.parametrize("text,lang,name", KIN)
def test_role_of_the_same_trade_points_back(text: str, lang: str, name: str) -> None:
    assert attributions(text, lang)[-1].source_name == name


@pytest.mark.parametrize("text,lang,name", NOT_KIN)
def test_role_of_another_trade_does_not(text: str, lang: str, name: str) -> None:
    assert attributions(text, lang)[-1].source_name != name
