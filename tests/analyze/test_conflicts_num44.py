"""Issue 11, round num44: an earlier toll given by a report (a document) rivals a source's new toll; one given
earlier by a body that revises it does not. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article

EARLIER_REPORT = [
    ("en", ("An army spokesman said on Tuesday that 15 soldiers had died. An earlier report had put the number of "
            "dead soldiers at 11."), [(0, 1)]),
    ("de", ("Nach Angaben der Staatsanwaltschaft starben 225 Menschen. Die Behörden hatten zuvor von 164 Toten "
            "gesprochen."), []),
]


@pytest.mark.parametrize(("lang", "text", "conflicts"), EARLIER_REPORT)
def test_an_earlier_report_rivals_a_new_toll(lang: str, text: str, conflicts: list[tuple[int, ...]]) -> None:
    article = Article(title=None, body=(text,), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    assert [c.quantities for c in find_conflicts(found, attributions)] == conflicts
