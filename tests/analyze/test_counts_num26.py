"""Issue 11, round num26: the side a sentence implies. A country that admits or gives its own losses makes the
casualty figures that follow it (in its sentence and the next) its side, so they are no rival to the other side's
toll. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from .conftest import conflict_values as _conflicts
from .conftest import quantity_keys as _quantities

# A country's own losses, then figures with no side, then the other side's toll given by someone else.
OWN_LOSSES = [
    ("de", ("Zum ersten Mal räumt Russland eigene Verluste ein. Demnach seien 300 Soldaten getötet worden. Nach "
            "Angaben der Regierung in Moskau gab es auf ukrainischer Seite 1200 Tote.")),
    ("de", ("Moskau nennt erstmals die eigenen Toten: Rund 300 Menschen seien getötet worden. Auf ukrainischer Seite "
            "habe es 1200 Tote gegeben, sagte ein Sprecher.")),
    ("en", ("For the first time Russia admitted its own losses. About 300 were killed, the ministry said. On the "
            "Ukrainian side 1,200 were killed, a Russian spokesman said.")),
    ("sv", ("Ryssland medger för första gången egna förluster. Omkring 300 personer har dödats, uppger ministeriet. På "
            "ukrainsk sida har 1 200 dödats, säger en rysk talesperson.")),
    ("no", ("Russland innrømmer for første gang egne tap. Rundt 300 personer er drept, opplyser departementet. På "
            "ukrainsk side er 1200 drept, sier en russisk talsperson.")),
    ("da", ("Rusland indrømmer for første gang egne tab. Omkring 300 personer er dræbt, oplyser ministeriet. På "
            "ukrainsk side er 1200 dræbt, siger en russisk talsmand.")),
]


@pytest.mark.parametrize(("lang", "text"), OWN_LOSSES)
def test_figures_after_a_country_s_own_losses_are_its_side(lang: str, text: str) -> None:
    found = dict(_quantities(text, lang))
    assert "side=russian" in found[300] or "|russian|" in found[300]
    assert not _conflicts(text, lang)


# The phrase with no country before it, or figures two sentences on, change nothing.
NO_SIDE = [
    ("de", "Die Armee räumt eigene Verluste ein. Rund 300 Menschen seien getötet worden."),
    ("en", "Russia admitted its own losses. The ministry gave no figure. Later about 300 were said to be killed."),
    ("sv", "Armén medger egna förluster. Omkring 300 personer har dödats."),
]


@pytest.mark.parametrize(("lang", "text"), NO_SIDE)
def test_own_losses_without_a_country_or_out_of_reach_set_no_side(lang: str, text: str) -> None:
    found = dict(_quantities(text, lang))
    assert "side=" not in found[300]
