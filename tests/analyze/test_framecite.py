"""framecite.retarget_frame_citations reads each draft's cue once (whether it is an "according to" preposition)
and returns the drafts as they were when none is: speed, with the same answers."""
from __future__ import annotations

import pytest

from enligt.analyze.cues import lexicon
from enligt.analyze.framecite import retarget_frame_citations
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import tokenize
from enligt.analyze.via import ViaContext


def _ctx(text: str, lang: str) -> Ctx:
    return Ctx(text, lang, lexicon(lang), ViaContext(frozenset()))


def _at(text: str, words: str) -> tuple[int, int]:
    a = text.index(words)
    return a, a + len(words)


def _draft(text: str, content: str, cue: str, source: str) -> Draft:
    return Draft((_at(text, content),), _at(text, cue), cue, tuple(tokenize(text, *_at(text, source))))


NO_PREPOSITION: list[tuple[str, str, str, str, str]] = [  # (text, language, content, cue, source)
    ("– Broen er stengt, sier kommunen.", "no", "Broen er stengt", "sier", "kommunen"),
    ("„Die Brücke ist gesperrt“, sagte der Bürgermeister.", "de", "Die Brücke ist gesperrt", "sagte", "der Bürgermeister"),
    ("The bridge is closed, the mayor said.", "en", "The bridge is closed", "said", "the mayor"),
]


@pytest.mark.parametrize(("text", "lang", "content", "cue", "source"), NO_PREPOSITION)
def test_drafts_without_a_preposition_record_are_returned_as_given(text: str, lang: str, content: str, cue: str,
                                                                   source: str) -> None:
    drafts = [_draft(text, content, cue, source)]
    assert retarget_frame_citations(_ctx(text, lang), drafts) is drafts


FRAMED: list[tuple[str, str, str, str, str]] = [  # (text, language, frame cue, its source, the preposition's source)
    ("– Færgen er aflyst, hedder det i en meddelelse ifølge Ritzau.", "da", "hedder det", "en meddelelse", "Ritzau"),
    ("– Ferja er innstilt, heter det i en melding ifølge NTB.", "no", "heter det", "en melding", "NTB"),
]


@pytest.mark.parametrize(("text", "lang", "cue", "source", "relay"), FRAMED)
def test_a_preposition_over_a_frame_takes_its_content(text: str, lang: str, cue: str, source: str, relay: str) -> None:
    quote = text[2:text.index(",")]
    frame = _draft(text, quote, cue, source)
    prep = Draft((_at(text, f"{cue} i {source}"),), _at(text, "ifølge"), "ifølge", tuple(tokenize(text, *_at(text, relay))))
    out = retarget_frame_citations(_ctx(text, lang), [frame, prep])
    assert [d.parts for d in out] == [frame.parts, frame.parts]
    assert out[0].via == (relay,)


def test_a_preposition_record_is_no_frame_of_another() -> None:
    text = "Ifølge NTB er ferja innstilt ifølge rederiet."
    outer = Draft((_at(text, "er ferja innstilt ifølge rederiet"),), _at(text, "Ifølge"), "Ifølge",
                  tuple(tokenize(text, *_at(text, "NTB"))))
    inner = Draft((_at(text, "er ferja innstilt"),), _at(text, "ifølge rederiet")[0:1] + (text.index("ifølge r") + 6,),
                  "ifølge", tuple(tokenize(text, *_at(text, "rederiet"))))
    drafts = [outer, inner]
    assert retarget_frame_citations(_ctx(text, "no"), drafts) == drafts
