"""Read-also links a dump prints as a line of their own: the label and its mark, separator or capitals ("► LES OGSÅ:
…", "LÄS MER | …", "LÆS OGSÅ Sådan …"; `furniture.related_label` reads the labels of `related_labels.txt`), and a
link line that opens with a read verb and closes with "here" ("Læs hele analysen her"; function words `link_read`,
`link_here`), and a link in brackets closing a paragraph ("… ausgewechselt werden. (BERICHT: Neue Sorgen beim BVB)").
"""
from __future__ import annotations

import re
from typing import Final

from enligt.lang import all_function_words, all_languages_words

LINK_MARKS: Final = "►▶▸»›→•*"  # a link's mark before its label
LABEL_SEPARATORS: Final = (" | ", " – ", " — ", " - ")
MAX_LABEL_WORDS: Final = 4  # "Lesen Sie mehr zum Thema"


def label_apart(line: str, labels: frozenset[str]) -> tuple[str, str]:
    """(label, headline) of a read-also line whose label a bar or a dash closes ("LÄS MER | Rubrik", "Læs også –
    Rubrik"), or that is printed in capitals before a headline that is not ("LÆS OGSÅ Brand i Aarhus"); else
    (line, "")."""
    for sep in LABEL_SEPARATORS:
        if sep in line:
            head, _, rest = line.partition(sep)
            if head.lower() in labels and rest.strip():
                return head, rest
    words = line.split(" ", MAX_LABEL_WORDS)
    found = (line, "")
    for n in range(1, min(MAX_LABEL_WORDS, len(words) - 1) + 1):
        head = " ".join(words[:n])
        if not head.isupper():
            break
        rest = line[len(head) + 1:]
        if head.lower() in labels and rest[:1].isupper() and not rest.split(" ", 1)[0].isupper():
            found = (head, rest)  # (the longest label: "READ MORE", not "READ")
    return found


MIN_LINK_WORDS: Final = 5  # "Læs mere her", "Les hele saken her": a prompt to read on, no linked article
MAX_LINK_WORDS: Final = 20  # a linked headline between a read verb and "here"


def read_here_link(line: str) -> bool:
    """A link line that opens with a read verb and closes with "here" ("Læs hele analysen af de tolv klubber her",
    "Read the full report here"; function words `link_read`, `link_here`): a related article, no heading."""
    words = line.rstrip("!.").split()
    if not MIN_LINK_WORDS <= len(words) <= MAX_LINK_WORDS or ":" in line or "?" in line:
        return False
    return words[0].lower() in all_function_words("link_read") and words[-1].lower() in all_function_words("link_here")


# A link in brackets after a paragraph's last sentence: its label and its headline ("… werden. (MEHR: Neue Sorgen").
INLINE_LINK: Final = re.compile(r"(?<=[.!?“”»\"])\s+\((?P<label>[^\W\d_][^():]{1,30}):\s+(?P<title>[^()]{3,150})\)$")
INLINE_LINK_REACH: Final = 200  # characters at a paragraph's end read for such a link
_NOT_LINK_LABELS: Final = ("credit_labels", "source_labels", "notice_labels", "interview_labels")


def inline_link(paragraph: str) -> tuple[str, str, str] | None:
    """(paragraph, label, headline) of a paragraph closed by a link in brackets after a read-also label or a word in
    capitals ("(Lesen Sie auch: …)", "(LES OGSÅ: …)", "(BERICHT: …)"), the paragraph without it; a credit, a
    source or a notice in brackets ("(Foto: …)", "(Quelle: …)", "(UPDATE: …)") is none."""
    if paragraph[-1:] != ")" or (m := INLINE_LINK.search(paragraph, max(0, len(paragraph) - INLINE_LINK_REACH))) is None:
        return None
    label = m["label"].strip()
    low = label.lower()
    if low not in all_languages_words("related_labels") and (
            not (label.isupper() and len(label) >= MIN_CAPS_LABEL)
            or any(low in all_languages_words(name) for name in _NOT_LINK_LABELS)):
        return None
    return paragraph[:m.start()], label, m["title"].strip()


MIN_CAPS_LABEL: Final = 4  # a word in capitals as a link's label: "NEWS", "MEHR", not "AP"
