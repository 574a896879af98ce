"""A headline run into its first paragraph on the dump's first line (structure/headless.glued_headline)."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.headless import glued_headline
from enligt.structure.text import structure_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # da: the paragraph opens with a capitalised pronoun after a word with no punctuation
        ("Politi: To er anholdt efter brand i Vejle Der var flere beboere i huset, da branden brød ud natten til søndag.",
         ("Politi: To er anholdt efter brand i Vejle", "Der var flere beboere i huset, da branden brød ud natten til søndag.")),
        # sv: an article opens the paragraph
        ("Färjan gick på grund utanför Visby Den stora passagerarfärjan gick på grund strax efter klockan åtta i morse.",
         ("Färjan gick på grund utanför Visby", "Den stora passagerarfärjan gick på grund strax efter klockan åtta i morse.")),
        # no: a preposition opens the paragraph
        ("Brann i låve på Toten i natt Etter det politiet opplyser, var ingen mennesker eller dyr i låven da det begynte å brenne.",
         ("Brann i låve på Toten i natt",
          "Etter det politiet opplyser, var ingen mennesker eller dyr i låven da det begynte å brenne.")),
        # en: a footer glued on after the headline
        ("Council approves new budget after long debate Copyright 2024 Harbour Broadcasting, Inc. All rights reserved.",
         ("Council approves new budget after long debate", "Copyright 2024 Harbour Broadcasting, Inc. All rights reserved.")),
        # a running sentence: a comma before the capitalised word
        ("Die Polizei hat am Montag, wie ein Sprecher sagte, Die Grünen und die Stadt über den Einsatz informiert und gewarnt.",
         None),
        # title case: "In" may be the headline's own word
        ("Mayor Says New Bridge Will Open In Spring As Planned After Long Delay The council voted on it.", None),
        # a sentence end before the capitalised word
        ("Der Brand ist gelöscht. Die Feuerwehr war mit vierzig Kräften im Einsatz und blieb bis zum Morgen vor Ort.", None),
        # too little after it
        ("Brann i låve på Toten i natt Etter brannen er alt borte.", None),
    ],
)
def test_glued_headline(text: str, expected: tuple[str, str] | None) -> None:
    assert glued_headline(text) == expected


def test_crawler_tag_line_gives_headline_and_lead() -> None:
    content = (" date 2024-05 Politi: To er anholdt efter brand i Vejle Der var flere beboere i huset, da branden "
               "brød ud natten til søndag, oplyser politiet.\n\n"
               "Brandvæsenet fik slukket branden efter to timer, og ingen kom alvorligt til skade.\n")
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert art.title == "Politi: To er anholdt efter brand i Vejle"
    assert art.lead is not None and art.lead.startswith("Der var flere beboere")
