"""A page that opens with running text (structure/text.find_title): a headline printed under the first
paragraph is the title when it reads as one (five words or more); a shorter line there is a subheading."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.text import structure_text


def run(content: str) -> tuple[str | None, tuple[str, ...]]:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    return art.title, art.headings


@pytest.mark.parametrize(
    ("content", "title", "heading"),
    [
        # a subheading under the first paragraph: no title (sv, da, no, de, en)
        ((" date 2021-05 Branden startade i källaren strax efter midnatt och spred sig snabbt till trapphuset, "
          "uppger räddningstjänsten.\n\nSläckt vid sjutiden\n\nRäddningstjänsten hade kontroll över branden "
          "efter några timmar och ingen skadades.\n\nBoende fick sova hos grannar under natten."),
         None, "Släckt vid sjutiden"),
        (("Flere beboere blev evakueret fra boligblokken natten til søndag, da en brand brød ud i kælderen, "
          "oplyser beredskabet.\n\nTo kom på skadestuen\n\nTo beboere blev kørt til undersøgelse for røgforgiftning, "
          "men ingen kom alvorligt til skade.\n\nBranden er nu slukket."),
         None, "To kom på skadestuen"),
        ((" date 2020-11 Politiet rykket ut til en adresse i sentrum etter at naboer hadde meldt om bråk i "
          "leiligheten sent lørdag kveld.\n\nNekter straffskyld\n\nMannen nekter straffskyld, opplyser forsvareren "
          "hans til avisen.\n\nSaken etterforskes videre."),
         None, "Nekter straffskyld"),
        ((" date 2019-03 Die beiden Angeklagten haben am ersten Verhandlungstag vor dem Landgericht alle Vorwürfe "
          "zurückgewiesen und schweigen seitdem.\n\nUrteil im Sommer erwartet\n\nDas Gericht hat zunächst zehn "
          "Verhandlungstage angesetzt, teilte eine Sprecherin mit.\n\nDie Verteidigung will Freispruch."),
         None, "Urteil im Sommer erwartet"),
        (("The fire started in the basement shortly after midnight and spread quickly to the stairwell, the fire "
          "department said on Sunday.\n\nNo one hurt\n\nAll residents left the building before the crews arrived "
          "and no one was hurt, officials said.\n\nThe cause is not known."),
         None, "No one hurt"),
        # a headline of five words or more under a standfirst or caption: the title
        ((" date 2021-05 Boende i Norrby fick lämna sina lägenheter när branden spred sig, uppger "
          "räddningstjänsten.\n\nBrand i flerfamiljshus – tjugo personer evakuerade\n\nBranden startade i "
          "källaren strax efter midnatt och ingen skadades.\n\nPolisen utreder orsaken."),
         "Brand i flerfamiljshus – tjugo personer evakuerade", None),
        (("FLYGTET: Beboerne måtte forlade deres lejligheder midt om natten, da branden brød ud i kælderen.\n\n"
          "Brand i boligblok: tyve beboere evakueret i nat\n\nPubliceret 3. marts 2022\n\nBranden startede i "
          "kælderen, og ingen kom til skade, oplyser beredskabet."),
         "Brand i boligblok: tyve beboere evakueret i nat", None),
    ],
)
def test_title_under_the_first_paragraph(content: str, title: str | None, heading: str | None) -> None:
    got_title, headings = run(content)
    assert got_title == title
    if heading is not None:
        assert heading in headings
