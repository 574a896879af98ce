"""The page's last line cut off by the crawler ("… the fish market was floode", "… / Anundse"): the end of a
paragraph, not a heading nor a footer, so that a subheading above it stands over text (`textpass.py` reads the
page's lines; this is its last step).
"""
from __future__ import annotations

import re
from typing import Final

from enligt.lang import all_languages_words
from enligt.structure.lines import DASH_QUOTE, Line
from enligt.structure.settle import HEADING_SPACES, QUOTE_MARKS, heading_shaped

SENTENCE_INSIDE: Final = re.compile(r"[^\W\d_]{2}[.!?] [A-ZÄÖÜÅÆØ]")  # a sentence's end inside a line, another after it
CUT_WORDS = 4  # a last line cut off mid-sentence is part of a paragraph, not a heading


def cut_paragraph(flow: list[tuple[str, str]], last: Line) -> bool:
    """The page's last line cut off mid-sentence by the crawler ("… the fish market was floode") after
    a body paragraph, or after a subheading under one ("…. / Uoversiktlig / Over 150 personer deltar i"),
    is the end of a paragraph, not a heading: four words or more, opening like a sentence and stopping
    inside a word, not after a name (a footer: "… ingår i Norrmedia Gävleborg AB"); or fewer words whose last is
    cut inside a word the text writes whole ("… / Ikke imponert / Anundse"), with no label or form above it."""
    if len(flow) < 2 or flow[-1] != ("short", last.text) or not _after_body(flow):
        return False
    words = last.text.split()
    opens = last.text[:1].isupper() or last.text[:1] in QUOTE_MARKS or DASH_QUOTE.match(last.text) is not None
    cut = ":" not in last.text and not flow[-2][1].endswith(":") and _cut_word(words[-1], flow[:-1])
    if len(words) < CUT_WORDS and not _cut_short(last.text) and not cut:
        return False
    if not opens or not (last.text[-1:].isalpha() or SENTENCE_INSIDE.search(last.text)):
        return False  # (a line holding a whole sentence may be cut after a number: "… Call 114")
    return cut or not words[-1].isupper() and not (len(words) > 1 and words[-1][:1].isupper()
                                                   and words[-2][:1].isupper())  # no name at the end


def _cut_short(text: str) -> bool:
    """A short last line that is a cut sentence, no heading: a quotation left open ("“Thi", "\"It's") or words
    that stop on a closed-class word ("Cisco was", "The mayor of"), which ends no heading."""
    if text[:1] in QUOTE_MARKS:
        return not any(mark in text[1:] for mark in QUOTE_MARKS)
    last = text.split()[-1].lower()
    return any(last in all_languages_words(name) for name in _CLOSED_ENDS)


def _cut_word(word: str, flow: list[tuple[str, str]]) -> bool:
    """Whether the page's last word is cut inside a word the text writes whole ("… / Anundse" under "Anundsen
    sier …", "Budgetförslaget fr"): the crawler's cut, no name nor footer word."""
    if len(word) < CUT_LETTERS or not word.isalpha():
        return False
    inside = re.compile(rf"\b{re.escape(word)}(\w?)")
    found = [m[1] for _, text in flow for m in inside.finditer(text)]
    return bool(found) and all(found)


CUT_LETTERS = 2
_CLOSED_ENDS: Final = ("auxiliaries", "prepositions", "determiners", "coordinators", "complementizers")


def _after_body(flow: list[tuple[str, str]]) -> bool:
    """Whether the flow's last entry follows a body paragraph, straight or with one short heading-shaped line between."""
    if flow[-2][0] == "body":
        return True
    return len(flow) >= 3 and flow[-3][0] == "body" and flow[-2][1].count(" ") < HEADING_SPACES \
        and heading_shaped(flow[-2][1])
