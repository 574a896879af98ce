"""A caption opened by a capitalised kicker and a colon, with no credit ("UNDERSØKER: Politiet var på plass lørdag
morgen."): a picture's text under the lead, not a paragraph (`textpass.py` reads it once the body has begun).
"""
from __future__ import annotations

import re
from typing import Final

from enligt.lang import all_languages_words
from enligt.structure.lines import Line

KICKER_CAPTION: Final = re.compile(r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9-]*(?: [A-ZÀ-ÖØ-Þ0-9][A-ZÀ-ÖØ-Þ0-9-]*){0,2}): ([A-ZÀ-ÖØ-Þ].*)")
KICKER_CAPTION_WORDS = 45  # a caption under its kicker is a sentence or two
MAX_KICKER_CHARS = 40  # a caption's kicker in capitals and its colon come first: "STORM I FJELLET:"


def is_kicker_caption(text: str) -> bool:
    """A caption opened by a capitalised kicker and a colon, with no credit ("UNDERSØKER: Politiet var på plass
    lørdag morgen.", "KRITISK: Ministern på väg in."); not a notice or interview label ("UPDATE:", "SPØRSMÅL:";
    `notice_labels.txt`, `interview_labels.txt`), a credit or read-also label, nor a quote after the colon."""
    m = KICKER_CAPTION.fullmatch(text)
    if m is None or sum(ch.isalpha() for ch in m[1]) < 3 or len(m[2].split()) > KICKER_CAPTION_WORDS:
        return False
    k = m[1].lower()
    if any(k in all_languages_words(name) for name in ("notice_labels", "interview_labels", "credit_labels",
                                                          "source_labels", "related_labels")):
        return False
    return m[2][-1:] in ".!)" and not any(q in m[2] for q in "\"”“„«»")


def is_top_caption(line: Line) -> bool:
    """A picture's caption opened by a kicker in capitals ("STORMEN: Trær veltet over veien."), printed above the
    headline with the top picture: no running text yet (`is_kicker_caption`)."""
    return line.text[:1].isupper() and ":" in line.text[:MAX_KICKER_CHARS] and is_kicker_caption(line.text)
