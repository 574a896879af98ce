"""The outlet named as its own newsroom meeting, contacting or following someone ("När Kustposten träffade henne",
"HA har prøvd å komme i kontakt med", "da Kystposten kontaktede ham", "when the Harbour Gazette spoke to him"), and a
copyright footer with a comma after its year ("Copyright © 2021, Harbour Gazette"). "According to X's information"
is no such act: papers cite each other's information so. Sentences written for these tests, per language."""
from __future__ import annotations

import pytest

from enligt.structure.furniture import footer_outlet
from enligt.structure.outlet import outlet_from_newsroom


@pytest.mark.parametrize(("paragraphs", "outlet"), [
    (["När Kustposten träffade tränaren i går var han fortfarande besviken."], "Kustposten"),  # sv
    (["Enligt Expressens uppgifter har två personer gripits under natten."], None),  # another paper's, as often
    (["Bolaget svarade inte när Kustposten försökte. Kustposten har försökt få kontakt med vd:n."], "Kustposten"),
    (["Fjordavisa har prøvd å komme i kontakt med rådmannen uten å lykkes."], "Fjordavisa"),  # no
    (["Ifølge Dagbladets opplysninger var mannen kjent for politiet."], None),  # cited as often as one's own
    (["Dagbladet følger saken videre fra tingretten."], "Dagbladet"),
    (["Han var ikke klar over planene da Fjordavisa kontaktet ham mandag."], "Fjordavisa"),
    (["Kystposten har forsøgt at komme i kontakt med direktøren."], "Kystposten"),  # da
    (["Nach Informationen von Spiegel soll der Vertrag im Mai auslaufen."], None),  # de: another paper cited
    (["The minister had left when the Harbour Gazette spoke to him on Monday."], "Harbour Gazette"),  # en
    (["Han var ikke klar over planene da politiet kontaktet ham."], None),  # not a newsroom
    # the people its reporters have spoken to
    (["Anställda som Kustposten har talat med beskriver en pressad arbetsmiljö."], "Kustposten"),  # sv
    (["Flere ansatte som Fjordavisa har snakket med, er bekymret."], "Fjordavisa"),  # no
    (["Flere ansatte, som Kystposten har talt med, er bekymrede."], "Kystposten"),  # da
    (["Vittnen som polisen har talat med såg en mörk bil."], None),  # no newsroom
])
def test_newsroom_meetings(paragraphs: list[str], outlet: str | None) -> None:
    assert outlet_from_newsroom(paragraphs) == outlet


@pytest.mark.parametrize(("line", "outlet"), [
    ("Copyright © 2021, Harbour Gazette", "Harbour Gazette"),
    ("© 2019, Kustposten", "Kustposten"),
    ("Copyright © 2020, Associated Press", None),  # an agency's copyright
])
def test_footer_comma_after_year(line: str, outlet: str | None) -> None:
    assert footer_outlet(line) == outlet
