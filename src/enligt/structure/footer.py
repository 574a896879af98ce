"""The outlet named by a plain-text page's copyright footer ("© 2024 Kustposten AB"), for pages without a
masthead (`outlet.py` reads the other places a page names itself). A copyright sign with no year over running
text is a picture's credit ("© Shutterstock" between paragraphs), no footer.
"""
from __future__ import annotations

from enligt.lang import all_function_words
from enligt.structure.furniture import footer_outlet
from enligt.structure.lines import Line

FOOTER_LINES = 25  # the footer is among the page's last lines


def outlet_from_footer(lines: list[Line]) -> str | None:
    """The outlet named by a copyright footer near the end of the page, for pages without a masthead.

    A media group's name ("Nexstar Media Inc.": `publisher_word` as its last word) is the owner, not
    the outlet, and gives none.
    """
    tail = lines[-FOOTER_LINES:]
    for k in range(len(tail) - 1, -1, -1):
        line = tail[k]
        if _picture_copyright(line.text, tail[k + 1:]):
            continue
        if "©" in line.text or "opyright" in line.text or "(c)" in line.text or "(C)" in line.text:
            # ("(C)": of all characters only "C" lower-cases to "c", and none to a bracket)
            name = footer_outlet(line.text)
            if name is not None:
                return None if name.split()[-1].lower() in all_function_words("publisher_word") else name
    return None


def _picture_copyright(text: str, after: list[Line]) -> bool:
    """A copyright sign and a holder with no year over running text ("© Shutterstock", "© Polisen" between
    paragraphs): a picture's credit, not the site's footer."""
    return text.startswith("©") and not any(ch.isdigit() for ch in text) \
        and any(line.kind == "sentence" for line in after)
