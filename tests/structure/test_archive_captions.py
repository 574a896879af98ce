"""A caption whose last sentence says the picture is from the archive ("… Arkivbild."), printed without a credit
or before its credited copy, or opened by the archive's label in capitals (structure/archivecaption.py, structure/textpass.py,
lang/<code>/archive_pictures.txt, archive_labels.txt)."""
from __future__ import annotations

import pytest

from enligt.models import Article, Caption, Page
from enligt.settings import Options
from enligt.structure.archivecaption import is_archive_caption
from enligt.structure.text import structure_text


def article(content: str) -> Article:
    return structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Räddningstjänsten på plats vid branden. Arkivbild.", True),
        ("Brannvesenet rykket ut til stedet. Arkivfoto.", True),
        ("Politiet ved en afspærring i Odense. Arkivbillede", True),
        ("Einsatzkräfte an einer Unfallstelle. (Symbolbild)", True),
        ("Firefighters at a house fire in the town. File photo.", True),
        # the archive's label in capitals opens the caption (en, sv, de, no, da)
        ("FILE: Firefighters work at the scene of a warehouse blaze in the port city on May 3.", True),
        ("FILE - Lorries queue at the border crossing during the strike last winter.", True),
        ("ARKIVBILD: Räddningstjänsten släcker en brand i en lada utanför byn.", True),
        ("ARCHIV – Einsatzkräfte sichern eine Unfallstelle auf der Autobahn.", True),
        ("ARKIVFOTO: Brannvesenet ved en brann i et bolighus i sentrum.", True),
        ("ARKIVFOTO - Politiet ved en afspærring på havnen i Aarhus.", True),
        ("Files: the council will publish all of them on Friday, a spokesman said.", False),  # no label in capitals
        ("FILES shared by the group show the plan, officials said.", False),
        ("Kommunen har letat fram en arkivbild från 1950-talet.", False),  # running text about an archive picture
        ("Die Polizei veröffentlichte ein Archivbild des Mannes.", False),
    ],
)
def test_archive_caption(line: str, expected: bool) -> None:
    assert is_archive_caption(line) is expected


@pytest.mark.parametrize(
    ("content", "captions", "lead"),
    [
        # sv: the caption under the date line is no lead
        (("Skolan stänger i höst\n\nPublicerad 2024-03-04\n\n"
          "Kommunen beslutade i höstas att lägga ner skolan. Arkivbild.\n\n"
          "Skolan i Byn stänger efter sommaren, meddelar kommunen på måndagen.\n\n"
          "Eleverna flyttas till skolan i centrum, enligt beslutet från nämnden.\n"),
         (Caption("Kommunen beslutade i höstas att lägga ner skolan. Arkivbild.", None),),
         "Skolan i Byn stänger efter sommaren, meddelar kommunen på måndagen."),
        # no: printed twice, then its credit: one caption with that credit
        (("Skolen legges ned\n\nPublisert 04.03.2024\n\n"
          "Skolen i bygda ble bygget i 1962. Arkivfoto.\n\nSkolen i bygda ble bygget i 1962. Arkivfoto.\n\nFoto: Kari Nes\n\n"
          "Skolen i bygda legges ned etter sommeren, opplyser kommunen mandag.\n\n"
          "Elevene flyttes til skolen i sentrum, ifølge vedtaket.\n"),
         (Caption("Skolen i bygda ble bygget i 1962. Arkivfoto.", "Kari Nes"),),
         "Skolen i bygda legges ned etter sommeren, opplyser kommunen mandag."),
        # da: printed first without its credit, then with it
        (("Skolen lukker\n\n4. marts 2024\n\n"
          "Skolen blev bygget i 1962. Arkivfoto.\n\nSkolen blev bygget i 1962. Arkivfoto. Foto: Jens Holm\n\n"
          "Skolen i byen lukker efter sommerferien, oplyser kommunen mandag.\n\n"
          "Eleverne flytter til skolen i centrum, ifølge beslutningen.\n"),
         (Caption("Skolen blev bygget i 1962. Arkivfoto.", "Jens Holm"),),
         "Skolen i byen lukker efter sommerferien, oplyser kommunen mandag."),
        # de
        (("Schule wird geschlossen\n\n04.03.2024\n\n"
          "Ein Klassenzimmer in der Grundschule. (Symbolbild)\n\n"
          "Die Grundschule im Ort schließt nach den Sommerferien, teilte die Gemeinde am Montag mit.\n\n"
          "Die Kinder wechseln an die Schule in der Stadt, heißt es im Beschluss.\n"),
         (Caption("Ein Klassenzimmer in der Grundschule. (Symbolbild)", None),),
         "Die Grundschule im Ort schließt nach den Sommerferien, teilte die Gemeinde am Montag mit."),
        # en
        (("School to close\n\nMarch 4, 2024\n\n"
          "Pupils arrive at the village school in 2019. File photo.\n\n"
          "The village school will close after the summer, the council said on Monday.\n\n"
          "Pupils will move to the school in town, according to the decision.\n"),
         (Caption("Pupils arrive at the village school in 2019. File photo.", None),),
         "The village school will close after the summer, the council said on Monday."),
    ],
)
def test_archive_caption_on_a_page(content: str, captions: tuple[Caption, ...], lead: str) -> None:
    a = article(content)
    assert a.captions == captions
    assert a.lead == lead
