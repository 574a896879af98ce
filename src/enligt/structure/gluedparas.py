"""Paragraphs a crawl dump ran together on one long line with no space between them ("… sviktende omsetning.- Jeg
tror …", "…, sier han.Fagforeningslederen forteller …"): a sentence end glued to a speech dash or to a capitalised
word is a paragraph break the dump lost (a sentence inside a paragraph has a space after its stop). Only long lines
are cut: a short one is a caption or a headline, whose glued credit or date other readers take apart.
"""
from __future__ import annotations

import re
from typing import Final

MIN_JOINED: Final = 300  # characters of a line that may hold paragraphs run together
# A sentence end with a speech dash or a capitalised word glued after it ("omsetning.- Jeg", "han.Fagforeningsleder").
GLUED_BREAK: Final = re.compile(r"[.!?](?=- [A-ZÆØÅÄÖÜ]|– [A-ZÆØÅÄÖÜ]|[A-ZÆØÅÄÖÜ][a-zæøåäöüß]{2,}[ ,])")


def split_glued_paragraphs(line: str) -> list[str]:
    """`line` cut at each glued paragraph break (`GLUED_BREAK`) after a word in lower case ("fvn.no" and "St.Paul"
    are no breaks: no capital after the first, a capital before the stop of the second); [line] when none."""
    if len(line) < MIN_JOINED:
        return [line]
    cuts = [m.end() for m in GLUED_BREAK.finditer(line) if _lower_word_before(line, m.start())]
    if not cuts:
        return [line]
    return [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]


def _lower_word_before(line: str, stop: int) -> bool:
    """Whether two lower-case letters stand right before the stop at `stop` (a word's end, no initial or abbreviation)."""
    before = line[max(stop - 2, 0):stop]
    return len(before) == 2 and before.isalpha() and before.islower()
