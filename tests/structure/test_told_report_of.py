"""A page that retells a medium's report names that medium as the report's owner ("einem Bericht der X zufolge",
"nach X-Informationen", "Xs uppgifter", "X's report"): the medium it also says its sources told is then
another's interview, never the page's own outlet (structure.told._report_of). Sentences written for these tests."""
from __future__ import annotations

import pytest

from enligt.structure.told import outlet_from_told

DE_TOLD = ["Die Brücke bleibt gesperrt, wie ein Sprecher dem ZDF sagte."]
SV_TOLD = ["Vägen var avstängd hela natten, säger räddningsledaren Per Holm till Expressen."]
EN_TOLD = ["The road will stay closed, the fire chief told the Harbour Gazette."]


@pytest.mark.parametrize(("paragraphs", "outlet"), [
    (DE_TOLD, "ZDF"),
    (DE_TOLD + ["Einem Bericht des ZDF zufolge waren drei Wagen beteiligt."], None),
    (DE_TOLD + ["Nach ZDF-Informationen waren drei Wagen beteiligt."], None),
    (SV_TOLD, "Expressen"),
    (SV_TOLD + ["Enligt Expressens uppgifter var tre bilar inblandade."], None),
    (EN_TOLD, "Harbour Gazette"),
    (EN_TOLD + ["Three cars were involved, the Harbour Gazette's report said."], None),
])
def test_a_medium_whose_report_is_retold_is_not_the_page_s_own(paragraphs: list[str], outlet: str | None) -> None:
    assert outlet_from_told(paragraphs) == outlet
