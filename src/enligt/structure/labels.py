"""Label lines that are never a subheading, though short and capitalised between paragraphs.

A picture's credit or the article's source named after a label ("Quelle: ntv.de", "Foto: Jane Doe",
"Kilde: Ritzau"; `credit_labels.txt`, `source_labels.txt`), a read-also label with its glued headline
("Läs också: …"), a section's tag ("NYHETER"; `sections.txt`), an archive-picture note alone ("Arkivbild",
"Symbolbild"), the label of a fact or summary box ("Fakta om udbruddet", "Das Wichtigste in Kürze";
`factbox_labels.txt`, `summary_labels.txt`) and a furniture phrase with a menu glyph after it ("Annons ▾").
"""
from __future__ import annotations

from typing import Final

from enligt.lang import all_languages_words
from enligt.structure.furniture import is_furniture, is_section_names, key, related_label

SECTION_WORDS = 2  # a section tag alone has a word or two ("Nyheter", "Inrikes Politik"); a menu has more
LABEL_CHARS = 30  # "Quelle", "Photo credit", "Läs också": a label before a colon is short
UI_GLYPHS: Final = " ▾▼▸►›»↓⌄⌃▲+"  # a drop-down or expand mark a dump keeps after a button's word


def is_label_line(text: str) -> bool:
    """Whether a short line between paragraphs is a label line rather than a subheading."""
    head, sep, rest = text.partition(":")
    if sep and rest.strip() and len(head) <= LABEL_CHARS and _is_credit_label(head):
        return True
    if related_label(text) is not None:
        return True
    k = key(text)
    if k in all_languages_words("archive_pictures") or _is_box_label(k):
        return True
    if k.count(" ") < SECTION_WORDS and is_section_names(k):
        return True  # "NYHETER", "Sport": the page's section tag under its headline
    bare = text.rstrip(UI_GLYPHS)
    return bare != text and bool(bare) and is_furniture(bare)


def _is_credit_label(head: str) -> bool:
    """"Foto", "Quelle", "Source", "Bild und Text": a credit or source label."""
    k = key(head).strip(" ()")
    return k in all_languages_words("credit_labels") or k in all_languages_words("source_labels")


def _is_box_label(k: str) -> bool:
    """A fact box's label alone or with its topic after a preposition ("fakta om smitten", "facts about
    the fire"), or a summary box's label ("das wichtigste in kürze", "key points")."""
    if k in all_languages_words("factbox_labels") or k in all_languages_words("summary_labels"):
        return True
    words = k.split()
    topic = all_languages_words("topic_prepositions")
    for cut in range(1, min(len(words), 4)):
        if words[cut] in topic and " ".join(words[:cut]) in all_languages_words("factbox_labels"):
            return True
    return False
