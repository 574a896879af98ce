"""A dateline that opens with a place ("Køge - 2. juni 2019", "Kyiv, 23/07/2022 - 10:53"), possibly ending in a
byline and a contact prompt (structure/lines.py, structure/textpass.py, lang/<code>/byline_ends.txt)."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.text import structure_text

BODY = {
    "sv": "Kommunen beslutade på måndagen att bygga om bron över ån, meddelar en talesperson för kommunen.\n\n"
          "Arbetet väntas börja till våren och pågå i två år, enligt kommunens plan.\n",
    "no": "Kommunen vedtok mandag å bygge ny bro over elva, opplyser en talsperson for kommunen.\n\n"
          "Arbeidet skal etter planen starte til våren og vare i to år, ifølge kommunen.\n",
    "da": "Kommunen besluttede mandag at bygge en ny bro over åen, oplyser en talsperson for kommunen.\n\n"
          "Arbejdet ventes at begynde til foråret og vare to år, ifølge kommunens plan.\n",
    "de": "Der Stadtrat hat am Montag beschlossen, die Brücke über den Fluss neu zu bauen, sagte die Sprecherin.\n\n"
          "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, teilte die Stadt mit.\n",
    "en": "The council voted on Monday to rebuild the bridge over the river, a spokeswoman for the city said.\n\n"
          "Work is expected to start in the spring and to last two years, according to the plan.\n",
}

TITLE = {"sv": "Ny bro byggs över ån", "no": "Ny bro skal bygges", "da": "Ny bro skal bygges over åen",
         "de": "Brücke wird neu gebaut", "en": "Council votes to rebuild bridge"}


@pytest.mark.parametrize(
    ("lang", "dateline", "published", "authors"),
    [
        ("sv", "Växjö, 3 mars 2024 kl. 10.15", "2024-03-03T10:15", ()),
        ("sv", "Växjö - 3 mars 2024 kl. 10.15 Av Anna Berg Kontakta redaktionen: nyheter@example.se",
         "2024-03-03T10:15", ("Anna Berg",)),
        ("no", "Hamar - 3. mars 2024 kl. 10:15 Av Kari Nes Kontakt redaksjonen: tips@example.no",
         "2024-03-03T10:15", ("Kari Nes",)),
        ("da", "Køge - 2. juni 2019 kl. 06:07 Af Mette Holm Kontakt redaktionen: red@example.dk",
         "2019-06-02T06:07", ("Mette Holm",)),
        ("da", "Kyiv, 23/07/2022 - 10:53", "2022-07-23T10:53", ()),
        # the contact button alone at the end of the line, its address not printed
        ("da", "Ringsted - 4. maj 2021 kl. 09:40 Af Lone B. Kjær Kontakt redaktionen", "2021-05-04T09:40",
         ("Lone B. Kjær",)),
        ("sv", "Kalmar - 8 maj 2021 kl. 09.40 Av Eva Lund Kontakta redaktionen", "2021-05-08T09:40", ("Eva Lund",)),
        ("no", "Bodø - 9. mai 2021 kl. 09:40 Av Nils Moe Kontakt redaksjonen", "2021-05-09T09:40", ("Nils Moe",)),
        ("de", "Berlin, 3. März 2024", "2024-03-03", ()),
        ("en", "Kyiv, 23/07/2022 - 10:53", "2022-07-23T10:53", ()),
    ],
)
def test_place_dateline(lang: str, dateline: str, published: str, authors: tuple[str, ...]) -> None:
    content = f"{TITLE[lang]}\n\n{dateline}\n\n{BODY[lang]}"
    article = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert article.published == published
    assert article.authors == authors
    assert article.lead is not None and article.lead.startswith(BODY[lang][:20])
