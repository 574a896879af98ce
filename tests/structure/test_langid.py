from __future__ import annotations

import pytest

from enligt.structure.langid import identify


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regeringen meddelade på tisdagen att stödet till kommunerna ska öka nästa år.", "sv"),
        ("Polisen uppger att två personer har gripits efter bränder i natt i Malmö.", "sv"),
        ("The government said on Tuesday that support for local councils would rise next year.", "en"),
        ("Police said two people had been arrested after a fire broke out overnight.", "en"),
        ("Regjeringen sier at støtten til kommunene skal øke neste år, opplyser departementet.", "no"),
        ("Regeringen siger, at støtten til kommunerne skal stige næste år, oplyser ministeriet.", "da"),
        ("Die Regierung teilte am Dienstag mit, dass die Hilfen für die Kommunen steigen sollen.", "de"),
    ],
)
def test_identify_language(text: str, expected: str) -> None:
    assert identify(text) == expected


@pytest.mark.parametrize("text", ["", "ok", "12 34 56 78 90", "—  · | "])
def test_too_little_text_gives_none(text: str) -> None:
    assert identify(text) is None


def test_nynorsk_is_reported_as_norwegian() -> None:
    text = "Ho seier at dei ikkje har fått noko svar frå kommunen enno, og at dei vil vente til hausten."
    assert identify(text) == "no"


def test_one_call_loader_matches_py3langids_own_loader() -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from enligt.structure import langid

    ours, theirs = langid._load(), LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    samples = ["Regeringen meddelade på tisdagen att stödet ska öka.", "Police said two people were held.",
               "Die Regierung teilte am Dienstag mit, dass die Hilfen steigen.", "Ho seier at dei ikkje har svar."]
    assert ours.nb_classes == theirs.nb_classes
    assert [ours.classify(s) for s in samples] == [theirs.classify(s) for s in samples]


def test_warm_up_then_identify() -> None:
    from enligt.structure import langid

    langid.warm_up()
    assert identify("The government said on Tuesday that support would rise next year.") == "en"
