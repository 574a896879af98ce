"""Credits glued to the end of a paragraph in a text dump: an agency's ("… for kommunen. (NTB)") or any source's
one word after the last sentence ("… in May. (Newsdesk)", "… in May. — ABC") or its editors' sign ("… im Mai./mau/DP/jha"),
cut off as lines of their own."""

from __future__ import annotations

import re
from typing import Final

from enligt.structure import byline

# An agency's credit glued to the end of the last paragraph: "… for kommunen. (NTB)".
GLUED_CREDIT: Final = re.compile(r"^(?P<text>.*[.!?][\"”’»]?)\s+(?P<credit>\([^()]{2,30}\))$")
# A source's one-word credit after the last sentence of a paragraph, known or not: "… in May. (Newsdesk)",
# "… in May. — ABC" (a capitalised word of a few letters, in brackets or after a dash).
CREDIT_WORD: Final = re.compile(r"^(?P<text>.*[.!?][\"”’»]?)\s+(?P<credit>\([A-Z][\w.&/-]{1,15}\)|[—–]\s?[A-Z][\w.&/-]{1,15})$")
# The agency's staff credit glued after the last paragraph: "… in May. (Reporting by Jane Roe; Editing by John Doe)".
GLUED_STAFF: Final = re.compile(r"^(?P<text>.*[.!?][\"”’»]?)\s+(?P<credit>\((?:Additional reporting|Reporting|Writing|"
                                r"Editing|Compiled) by [A-ZÀ-ÖØ-Þ][^()]*\))$")
# The editors' sign of an agency's copy glued after the last sentence: "… aus Russland./mau/DP/jha", "… gestiegen. /ag/he"
# (initials and the agency's short sign between slashes).
EDITOR_SIGN: Final = re.compile(r"^(?P<text>.*[.!?][\"”’»]?)\s?(?P<credit>(?:/[A-Za-z]{1,4}){2,5})$")
CREDIT_TEXT_WORDS: Final = 8  # words of running text at least before an unknown credit word


def glued_credit(line: str) -> tuple[str, str] | None:
    """A paragraph and the agency credit glued to its end ("… for kommunen. (NTB)"), or a one-word credit after
    a paragraph of running text ("… in May. — ABC": `CREDIT_WORD`) or the editors' sign of agency copy ("… im Mai./mau/DP/jha":
    `EDITOR_SIGN`), else None."""
    cut = GLUED_CREDIT.match(line) if line[-1:] == ")" else None
    if cut is not None and byline.is_agency(cut["credit"]):
        return cut["text"], cut["credit"]
    staff = GLUED_STAFF.match(line) if line[-1:] == ")" and " by " in line[-120:] else None
    if staff is not None:
        return staff["text"], staff["credit"]  # "… nonsense.” (Reporting by Jane Roe; Editing by John Doe)"
    sign = EDITOR_SIGN.match(line) if "/" in line[-24:] else None
    if sign is not None and sign["text"].count(" ") + 1 >= CREDIT_TEXT_WORDS:
        return sign["text"], sign["credit"]
    cut = CREDIT_WORD.match(line) if _ends_in_credit_word(line) else None
    if cut is None or cut["text"].count(" ") + 1 < CREDIT_TEXT_WORDS:
        return None
    return cut["text"], cut["credit"]


CREDIT_LAST: Final = frozenset(")ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.")  # a credit's last character


def _ends_in_credit_word(line: str) -> bool:
    """Whether a line ends the way `CREDIT_WORD` needs, read before that pattern runs (its leading `.*` backtracks
    over the whole line): a last word in brackets ("(Newsdesk)"), or a dash before the last word ("— ABC", "—ABC")."""
    words = line.rsplit(None, 2)
    if len(words) < 2:
        return False
    return words[-1][0] == "(" and words[-1][-1] == ")" or words[-1][0] in "—–" or words[-2] in ("—", "–")
