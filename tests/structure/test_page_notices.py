"""A page's note on its own age or archive ("This is an archived article …", "Den här artikeln är från 15 augusti
2019.") and a site's notice that a feature is down are no lead: the dated note gives the publication date
(`lang/<code>/date_labels.tsv`), the others are furniture (`lang/<code>/furniture.txt`)."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.text import structure_text

BODY = {
    "sv": ("Brandkåren ryckte ut till en villa i centrum sent på tisdagskvällen, uppger räddningstjänsten.\n\n"
           "Ingen person skadades i branden, som släcktes efter två timmar."),
    "no": ("Brannvesenet rykket ut til en enebolig i sentrum sent tirsdag kveld, opplyser politiet.\n\n"
           "Ingen personer ble skadet i brannen, som ble slukket etter to timer."),
    "da": ("Brandvæsenet rykkede ud til en villa i centrum sent tirsdag aften, oplyser politiet.\n\n"
           "Ingen personer kom til skade ved branden, som blev slukket efter to timer."),
    "de": ("Die Feuerwehr rückte am späten Dienstagabend zu einem Wohnhaus in der Innenstadt aus, teilte die Polizei "
           "mit.\n\nVerletzt wurde bei dem Brand niemand, das Feuer war nach zwei Stunden gelöscht."),
    "en": ("Firefighters were called to a house in the town centre late on Tuesday evening, police said.\n\n"
           "No one was hurt in the fire, which was put out after two hours."),
}
HEAD = {"sv": "Villabrand i centrum", "no": "Brann i enebolig", "da": "Brand i villa i centrum",
        "de": "Brand in Wohnhaus in der Innenstadt", "en": "House fire in town centre"}


def run(lang: str, notice: str) -> tuple[str | None, str | None]:
    content = f"{HEAD[lang]}\n\n{notice}\n\n{BODY[lang]}"
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    return art.lead, art.published


@pytest.mark.parametrize(
    ("lang", "notice", "published"),
    [
        ("sv", "Den här artikeln är från 15 augusti 2019.", "2019-08-15"),
        ("no", "Denne artikkelen er fra 15. august 2019.", "2019-08-15"),
        ("da", "Denne artikel er fra 15. august 2019.", "2019-08-15"),
        ("de", "Dieser Artikel ist vom 15. August 2019.", "2019-08-15"),
        ("en", "This article is from August 15, 2019.", "2019-08-15"),
        ("sv", "Den här artikeln är mer än fem år gammal.", None),
        ("no", "Denne artikkelen er mer enn fem år gammel.", None),
        ("da", "Denne artikel er mere end fem år gammel.", None),
        ("de", "Dieser Artikel ist älter als fünf Jahre.", None),
        ("en", "This is an archived article and the information in it may be outdated. Check the time stamp.", None),
        ("en", "We’re sorry, this feature is currently unavailable. We’re working to restore it.", None),
        ("de", "Diese Funktion ist derzeit nicht verfügbar. Bitte versuchen Sie es später erneut.", None),
        ("sv", "Den här funktionen är inte tillgänglig just nu. Försök igen senare.", None),
    ],
)
def test_page_notice_is_no_lead(lang: str, notice: str, published: str | None) -> None:
    lead, got = run(lang, notice)
    assert lead == BODY[lang].split("\n\n")[0]
    assert (got or "")[:10] == (published or "")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "This article is from a series on the town's old houses, written with the local museum."),
        ("sv", "Den här artikeln är från TT och har bearbetats av redaktionen."),
    ],
)
def test_self_reference_without_a_date_or_age_stays_text(lang: str, sentence: str) -> None:
    lead, _ = run(lang, sentence)
    assert lead == sentence
