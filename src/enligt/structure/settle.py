"""Settle a plain-text page's body flow: which short lines between paragraphs are headings, which are
paragraphs printed without their stop, which are boilerplate (`textpass.py` reads the flow in page order).
"""
from __future__ import annotations

from typing import Final

from enligt.lang import SUPPORTED, all_languages_words, table
from enligt.structure import labels
from enligt.structure.dates import is_update_stamp

HEADING_SPACES = 15  # a heading has fewer spaces than this
REPEAT_WORDS = 8  # a paragraph this long printed twice is the dump's copy, not the writer's repetition
QUOTE_MARKS: Final = ("\"", "”", "“", "„", "«", "»")


def settle_flow(flow: list[tuple[str, str]],
                title: str | None = None) -> tuple[list[str], list[str], list[int], list[str]]:
    """Body paragraphs, headings, heading positions and dropped short lines from the flow; the headline printed
    again in it (`title_copy`) is dropped."""
    body: list[str] = []
    headings: list[str] = []
    positions: list[int] = []
    dropped: list[str] = []
    first = next((k for k, (kind, _) in enumerate(flow) if kind == "body"), len(flow))
    seen: set[str] = set()
    listing = False  # the short lines under a paragraph that introduces them ("… on these routes:") are its list
    for j, (kind, text) in enumerate(flow):
        if title and title_copy(text, title):
            dropped.append(text)
            continue
        listing = listing and kind != "body" and not labels.is_label_line(text)
        if listing:
            body.append(text)
            continue
        if kind == "body" or _unstopped_paragraph(flow, j, first):
            listing = kind == "body" and text.endswith(":") and _list_follows(flow, j)
            if text in seen and text.count(" ") + 1 >= REPEAT_WORDS:
                dropped.append(text)  # a paragraph printed again (the dump's copy of the lead or of the article)
            else:
                body.append(text)
                seen.add(text)
            continue
        nxt = "body" if _unstopped_paragraph(flow, j + 1, first) or _question_over_answer(flow, j + 1) \
            else flow[j + 1][0] if j + 1 < len(flow) else None
        if body and nxt == "body" and (speech_intro(text) or _long_unstopped(text)):
            body.append(text)  # "Lund continued:" over the quotation it introduces, or a paragraph without its stop
            continue
        if (not (body and nxt == "body" and text.count(" ") < HEADING_SPACES) or not heading_shaped(text)
                or labels.is_label_line(text)):
            dropped.append(text)
        elif text.endswith("?") and (not question_headline(text) or _between_answers(flow, j, body)):
            body.append(text)  # an interviewer's question between the answers: running text
        else:
            headings.append(text)
            positions.append(len(body))
    return body, headings, positions, dropped


def _list_follows(flow: list[tuple[str, str]], j: int) -> bool:
    """Whether two short lines or more follow paragraph j, which ends in a colon, and the text goes on under them:
    the items of the list it introduces ("SJ ställer in tåg på följande sträckor: / Mora - Falun / Gävle - Uppsala /
    Text"), not a subheading (one short line over a paragraph) nor the page's footer (no text under it)."""
    after = flow[j + 1:]
    run = next((k for k, (kind, _) in enumerate(after) if kind == "body"), None)
    return run is not None and run >= 2


def _between_answers(flow: list[tuple[str, str]], j: int, body: list[str]) -> bool:
    """A question line between two paragraphs printed as speech ("– … / Och Frontex? / – Där har jag …"): the
    interviewer's, however short."""
    return bool(body) and j + 1 < len(flow) and _opens_speech(body[-1]) and _opens_speech(flow[j + 1][1])


def _question_over_answer(flow: list[tuple[str, str]], k: int) -> bool:
    """Whether short line k is an interviewer's question over the answer under it ("Varför då? / – För att …"):
    running text, so that a quotation heading above it ("”Inget att säga” / Varför då? / – …") stands over text."""
    return k + 1 < len(flow) and flow[k][0] == "short" and flow[k][1].endswith("?") and flow[k + 1][0] == "body" \
        and _opens_speech(flow[k + 1][1])


def _opens_speech(text: str) -> bool:
    """A paragraph that opens with a quote mark or a speech dash ("– Ja, …", "«Nei»", "-- Jag och …")."""
    return text[:1] in QUOTE_MARKS or text[:1] in "–—-"


def title_copy(text: str, title: str) -> bool:
    """A line that prints the headline again, alone or after a short label ("NOW: <headline>", "Update: <headline>"):
    a player's or a list's copy, no paragraph nor heading."""
    if not text.endswith(title):
        return False
    label = text[:len(text) - len(title)].rstrip()
    return not label or (label.endswith(":") and len(label.split()) <= TITLE_LABEL_WORDS)


TITLE_LABEL_WORDS: Final = 2  # "NOW:", "Top story:"


def _long_unstopped(text: str) -> bool:
    """A line between paragraphs too long for a heading that opens like a sentence: a paragraph the dump printed
    without its full stop ("… / The defence argued in its closing speech that the statements be set aside / …")."""
    return text.count(" ") >= HEADING_SPACES and text[:1].isupper() and heading_shaped(text) \
        and not labels.is_label_line(text)


def speech_intro(text: str) -> bool:
    """A short line that introduces the paragraph under it with a speaker and a reporting verb before a colon
    ("Lund continued:", "The agency reports:", "Han sa:"); a label ("Read more:", "Photo:") ends in no such verb.
    The verbs are every language's reporting forms (the page's language is not known yet)."""
    words = text[:-1].split() if text.endswith(":") else []
    return 2 <= len(words) <= SPEECH_INTRO_WORDS and words[0][:1].isupper() and words[-1].islower() \
        and words[-1] in speech_forms()


SPEECH_INTRO_WORDS = 6  # words before the colon of a short line introducing a quotation ("One local activist tweeted:")


def speech_forms() -> frozenset[str]:
    """One-word reporting verb forms of every supported language (`cues_speech.tsv`), kept once built."""
    if not _SPEECH_FORMS_KEPT:
        _SPEECH_FORMS_KEPT.append(frozenset(
            row[0].lower() for code in SUPPORTED for row in table(code, "cues_speech")
            if row and row[0] and not row[0].startswith("#") and " " not in row[0]))
    return _SPEECH_FORMS_KEPT[0]


_SPEECH_FORMS_KEPT: Final[list[frozenset[str]]] = []


def _unstopped_paragraph(flow: list[tuple[str, str]], j: int, first: int) -> bool:
    """Whether short line j is a paragraph printed without its full stop: `UNSTOPPED_WORDS` words or more between a
    short heading-shaped line and a body paragraph, after the body began ("… / "Ett svek" / Oppositionsledaren är
    kritisk till hela planen för hamnen / – Quote …"; `first`: the first body paragraph's index): a heading has no
    heading of its own above it."""
    if not first < j - 1 or j >= len(flow) - 1 or flow[j][0] == "body" or flow[j - 1][0] == "body" \
            or flow[j + 1][0] != "body":
        return False
    above = flow[j - 1][1]
    return (len(flow[j][1].split()) >= UNSTOPPED_WORDS and len(above.split()) < UNSTOPPED_WORDS
            and heading_shaped(above))


UNSTOPPED_WORDS = 10  # a line this long under a heading-shaped one reads as a paragraph
QUESTION_HEADLINE_WORDS = 6  # "Spricka i partiet?", "Ende der Krise?": a verbless question headline is short
_SPEECH_WORDS: Final = ("interrogatives", "finite_verbs", "second_person", "expletives")


def question_headline(text: str) -> bool:
    """A short question line with no question word, no frequent finite verb and no pronoun ("Spricka i partiet?",
    "Warnungen zu spät?") is a headline asked of the reader; an interviewer's question ("Varför stänger ni?",
    "Blir det dyrare?") holds one of them (the words of every language: the page's language is not known yet)."""
    raw = [w.strip("?!.,:;\"'«»„“”‘’–-") for w in text.split()]
    words = [w.lower() for w in raw if w != "i"]  # (the preposition "i"; the pronouns "I" are written capitalised)
    if not 2 <= len(raw) <= QUESTION_HEADLINE_WORDS or text[:1] in QUOTE_MARKS or text[:1] in "–-":
        return False
    return not any(w in all_languages_words(name) for name in _SPEECH_WORDS for w in words)


def heading_shaped(text: str) -> bool:
    """A heading opens with a capital, a digit or a quote and is no label ("Foto:", "Hinweis:") nor a lone mark
    ("|"); lower-case words ("map", "people") are an embed's leftovers. A live report's update stamp is one
    ("Uppdaterad 10.50:")."""
    if text.endswith(":"):
        return is_update_stamp(text)
    if text[:1] in _SPACED_DASHES:
        return text[1:2] == " "  # "- Massivt" is a quotation; "-Item" a list's bullet
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in _HEADING_OPENERS


# A quotation heading opens with a quote mark or a speech dash of any of the three widths ("– Helt nødvendig", "- Massivt",
# "— Veldig bra"): dumps print the dash as typed.
_HEADING_OPENERS: Final = frozenset(QUOTE_MARKS) | {"–", "'", "‘"}  # (a set, not a starred tuple: mypyc compiles it)
_SPACED_DASHES: Final = frozenset({"-", "—"})  # open a quotation heading only with a space after them
