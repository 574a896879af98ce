"""Label lines between paragraphs are no subheadings (structure/labels.is_label_line, used by settle.settle_flow)."""
from __future__ import annotations

import pytest

from enligt.structure.labels import is_label_line
from enligt.structure.settle import settle_flow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source or credit label with its name
        ("Quelle: stadtanzeiger.de", True),
        ("Kilde: Ritzau", True),
        ("Källa: Polisen", True),
        ("Source: Harbour Gazette", True),
        ("Foto: Jane Doe", True),
        # a read-also label with its glued headline
        ("Läs också: Så blir vädret i helgen", True),
        # an archive-picture note alone
        ("Arkivbild", True),
        ("Symbolbild", True),
        ("File photo", True),
        # a fact box's label with its topic, a summary box's label
        ("Fakta om branden", True),
        ("Fakten zu dem Streik", True),
        ("Key facts about the storm", True),
        ("Das Wichtigste in Kürze", True),
        ("Kort fortalt", True),
        ("Key points", True),
        # a furniture word with a drop-down glyph
        ("Annons ▾", True),
        ("Anzeige ▼", True),
        # a section's tag alone or in pairs
        ("INRIKES", True),
        ("Nachrichten", True),
        ("Sport Lokalt", True),
        # real subheadings stay
        ("Sport i regnet", False),
        ("Branden spred sig snabbt", False),
        ("Kritik an der Stadt", False),
        ("Faktisk ingen skadet", False),
        ("Three questions remain: who, when, why", False),
        ("Overblik over skaderne", False),
    ],
)
def test_is_label_line(text: str, expected: bool) -> None:
    assert is_label_line(text) is expected


def test_label_line_not_heading() -> None:
    flow = [("body", "Die Feuerwehr war mit zwanzig Leuten vor Ort."), ("short", "Quelle: stadtanzeiger.de"),
            ("body", "Der Schaden wird auf viel Geld geschätzt."), ("short", "Kritik an der Stadt"),
            ("body", "Anwohner klagen über die Zufahrt.")]
    _, headings, _, dropped = settle_flow(flow)
    assert headings == ["Kritik an der Stadt"]
    assert "Quelle: stadtanzeiger.de" in dropped
