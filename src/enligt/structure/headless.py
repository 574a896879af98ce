"""Pages without a headline line: any prose is an article.

`text.find_title` looks for a headline-like line above the running text. Pasted prose often has
none: one paragraph, a first line that is a sentence, or a headline that ends in a full stop
("Factory workers feel the sting of trade."). Such a page is still analysed: the first line is its
title when it reads as a headline (`first_line_title`), else the title is null and every line is
body. Only a page with no running text at all is refused (`has_prose`).
"""
from __future__ import annotations

import re
from functools import cache
from itertools import islice

from enligt.lang import all_languages_words
from enligt.structure import byline
from enligt.structure.furniture import is_editor_note
from enligt.structure.lines import DASH_QUOTE, Line

HEADLINE_WORDS = 17  # a sentence-case headline is short; a one-sentence lead is usually longer
FULL_STOP_HEADLINE_WORDS = 16  # one ending in a full stop is shorter still: a lead of 17 words or more is none
TITLE_CASE_WORDS = 30  # a headline in title case may run longer ("Stealth Over Health: … Avoid Bad Optics.")
TITLE_CASE_SHARE = 0.6  # share of the longer words capitalised that makes a line title case
TITLE_CASE_LOWER = 2  # longer words left in lower case at most: a sentence full of names has more ("… accused the
# government of rigging during prayer timings")
MAX_SENTENCES = 2  # "Where now for the mayor? A lot hangs on her reply."
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’'»]?\s+(?=[\"“‘'«]?[A-ZÅÄÖÆØÜ0-9])")
_LONG_WORD = 4  # words this long or longer count for title case ("of", "the", "and" do not)

NO_HEADLINE = "no headline line: title null, the whole text analysed as body"
FIRST_LINE = "no headline line: the first line, which ends like a sentence, read as the headline"


def has_prose(lines: list[Line]) -> bool:
    """Whether any line is running text (a list page, a cookie wall or a menu has none)."""
    return any(line.kind == "sentence" for line in lines)


def _sentences(text: str) -> int:
    return len(_SENTENCE_END.findall(text)) + 1


def title_case(text: str) -> bool:
    """Whether most of the longer words of `text` are capitalised ("Mayor Says New Bridge Will Open")."""
    longer = [w for w in text.split() if len(w) >= _LONG_WORD and w[:1].isalpha()]
    upper = sum(w[0].isupper() for w in longer)
    return bool(longer) and upper >= TITLE_CASE_SHARE * len(longer) and len(longer) - upper <= TITLE_CASE_LOWER


def reads_as_headline(line: Line) -> bool:
    """Whether a line that ends like a sentence still reads as a headline: at most two sentences, not
    dash speech, not a line that leads into the next ("…:") nor an editor's note in brackets, and short for its case (a title-case
    line may be longer; a quote headline is a headline: "'We are shocked': a town counts the cost.")."""
    text = line.text
    if line.kind not in ("sentence", "short", "name") or DASH_QUOTE.match(text):
        return False
    if line.words < 2 or text.endswith((":", ",", ";")) or is_editor_note(text):
        return False
    if title_case(text):
        return line.words <= TITLE_CASE_WORDS and _sentences(text) <= MAX_SENTENCES
    return line.words <= HEADLINE_WORDS and _sentences(text) <= MAX_SENTENCES


def is_title_like(line: Line) -> bool:
    """Not in lower case ("utenriks": a section), not an agency's name with a desk ("NTB Innenriks") and
    not an editor's note in brackets."""
    text = line.text
    if text[:1].islower() or (text[:1] in "([" and is_editor_note(text)):
        return False
    return not (line.words <= 2 and byline.is_agency(text.split(" ", 1)[0]))


def site_or_author(lines: list[Line], i: int) -> bool:
    """Whether a lone short line above the prose is the site's name ("Kustposten", "The Harbour Gazette")
    or a bare byline name straight above a date or byline line ("Jane Doe / March 3, 2024"), not a title."""
    line = lines[i]
    if line.kind == "name" and i + 1 < len(lines) and lines[i + 1].kind in ("date", "byline"):
        return True
    return line.words <= 4 and byline.is_outlet(line.text.title() if line.text.isupper() else line.text)


def first_line_title(lines: list[Line], *, full_stop: bool = True) -> int | None:
    """Index of the first line when it reads as the headline of the prose below it, else None.

    `full_stop`: the language's headlines may end in one (English), when short; elsewhere such a line is the lead.
    """
    first = next((i for i, line in enumerate(lines) if line.kind not in ("furniture", "date")), None)
    if first is None or first + 1 >= len(lines) or lines[first].glued or not reads_as_headline(lines[first]):
        return None  # (the text a crawler's header runs into is the page's first paragraph, not its headline)
    if lines[first].text.rstrip("\"”’'»").endswith(".") and (not full_stop or _long_for_a_full_stop(lines[first])):
        return None
    if not is_title_like(lines[first]) or site_or_author(lines, first):
        return None
    rest = lines[first + 1:]
    return first if has_prose(rest) else None


def _long_for_a_full_stop(line: Line) -> bool:
    """Whether a line ending in a full stop runs too long for a sentence-case headline: a one-sentence lead ("Residents
    have attacked the council's plan to …"); a title-case headline may run longer."""
    return line.words > FULL_STOP_HEADLINE_WORDS and not title_case(line.text)


GLUED_MIN, GLUED_MAX = 4, HEADLINE_WORDS  # a headline's words before the glued paragraph
GLUED_REST = 8  # the paragraph after it runs on (a lead, a footer)
FOOTER_OPENERS = frozenset({"copyright"})
_WORD = re.compile(r"\S+")  # "… passes budget Copyright 2018 Nexstar …": a footer glued on


@cache
def _openers() -> frozenset[str]:
    """Function words that open a sentence (an article, a preposition, a pronoun, a conjunction), any language."""
    words: set[str] = set(FOOTER_OPENERS)
    for name in ("determiners", "prepositions", "subordinators", "coordinators"):
        words |= {w for w in all_languages_words(name) if w.isalpha()}
    return frozenset(words)


def glued_headline(text: str) -> tuple[str, str] | None:
    """(headline, paragraph) of a first line that runs a sentence-case headline into the paragraph under it
    (" date 2021-03 Kilder: Flere er kommet til skade i havnen Der er mindst to tilskadekomne …"): the paragraph
    opens with a capitalised function word straight after a word with no punctuation, the words before it
    (4-17) hold no sentence end nor comma, some are lower case and they are not title case."""
    # only the first words are read: past GLUED_MAX + GLUED_REST of them, more words change nothing (a first
    # line may be a whole article)
    spans = [m.span() for m in islice(_WORD.finditer(text), GLUED_MAX + GLUED_REST + 1)]
    words = [text[a:b] for a, b in spans]
    openers = _openers()
    for k in range(GLUED_MIN, min(GLUED_MAX, len(words) - GLUED_REST) + 1):
        word, prev = words[k], words[k - 1]
        if not (word[:1].isupper() and word.lower() in openers and prev[-1:].isalnum()):
            continue
        head = words[:k]
        if any(w[-1:] in ".!?" or "," in w for w in head) or not any(w[:1].islower() for w in head):
            return None
        if sum(w[:1].isupper() for w in head) > len(head) * 0.7:
            return None  # title case: "In", "The" may be a headline's own words
        return text[:spans[k - 1][1]], text[spans[k][0]:]  # as written: the paragraph stays a piece of the input
    return None


def text_runs_on(lines: list[Line], i: int, anchor: int) -> bool:
    """Whether running text follows line i straight away ("Lead. / Wildkamera liefert Hinweise / Text"): so runs
    the body on under a subheading; a headline under the page's first paragraph has a picture's caption or credit,
    or a line of furniture, between it and its text ("Teaser. / Headline / Foto: X / Text"), or the paragraph above
    it is a teaser printed again in the text below."""
    if i + 1 >= len(lines) or lines[i + 1].kind != "sentence":
        return False
    teaser = lines[anchor].text
    return not any(line.text == teaser for line in lines[i + 1:])
