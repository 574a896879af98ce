"""Tests for structure/htmllang.py: the identifier decides, the declaration guides and falls back."""
from __future__ import annotations

import pytest

from enligt.structure import htmllang

SV = "Ryska soldater har deserterat, enligt källor på nätet. Många ger upp utan att gå till anfall."
EN = "Officials said the fire had been contained by the morning, and nobody was hurt in the blaze."
DE = "Die Polizei teilte mit, dass zwei Menschen bei dem Sturm ums Leben gekommen seien."


@pytest.mark.parametrize(
    ("title", "body", "declared", "expected"),
    [
        ("Brand i Ystad", [SV], None, "sv"),
        ("Brand i Ystad", [SV], "en", "sv"),  # a wrong declaration does not beat the text
        ("Fire in York", [EN], None, "en"),
        ("Sturm", [DE], "de", "de"),
        ("서울 화재", ["소방당국은 화재가 진압되었다고 밝혔다"], "ko", "ko"),  # outside the candidates: declared
        ("", ["ok"], "da", "da"),  # too little text: the declaration
        ("", ["ok"], None, None),
    ],
)
def test_page_language(title: str, body: list[str], declared: str | None, expected: str | None) -> None:
    assert htmllang.page_language(title, body, declared) == expected
