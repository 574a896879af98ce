"""The one pass over a plain-text page's lines after its headline (`text.py` finds the headline).

Dates, bylines and bare name lines give the metadata; captions, "read also" lists, fact boxes and
furniture lists are taken out; paragraphs of running text and short lines go to the body flow in
page order, where `settle.settle_flow` turns the short lines into headings or boilerplate. A paywall
prompt ends the readable body. Dates, bylines and captions above the headline are read too
(`read_above_title`). Whether a bare name line is an author or a photographer is read by namelines.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from enligt.lang import all_languages_words
from enligt.models import Caption
from enligt.structure import byline, captions, dates, photocredits, sitebyline
from enligt.structure.archivecaption import is_archive_caption
from enligt.structure.crawlheader import is_crawl_header
from enligt.structure.furniture import is_comment_header, is_editor_note, is_section_names, related_label
from enligt.structure.kickercaption import is_kicker_caption
from enligt.structure.lastline import cut_paragraph
from enligt.structure.lines import DASH_QUOTE, Line, dateline_rest
from enligt.structure.namelines import is_author_name, photographer_between
from enligt.structure.readlinks import inline_link, read_here_link
from enligt.structure.replica import parse_replica_strip
from enligt.structure.settle import QUOTE_MARKS

LIST_NUMBER: Final = re.compile(r"^(?:\d{1,2}[.)]|\d{1,2}[.:]\d{2})\s+")
LIST_DASH: Final = re.compile(r"^[-–—]\s+")  # a dash as a list's bullet ("- Headline"), a space after it
SPLIT_LEAD_LINES = 3  # a standfirst split over lines: a few short lines
SPLIT_LEAD_WORDS = 60
DOUBLED_OPENING = 60  # two lines opening with this many same characters are one text printed twice
SITE_NAME_WORDS = 4  # "Vänerbladet", "The Valley Times": a site's name is short
STANDFIRST_WORDS = 15  # a standfirst is a full sentence: a shorter line under the headline may be a caption
ALT_MIN_WORDS = 2  # a picture's alt text made of its caption's words: a name at least ("Jane Roe")
ALT_WORDS: Final = re.compile(r"[^\W_]+")


@dataclass(init=False)
class Draft:
    """What one pass over the lines after the title collects."""

    authors: list[str]
    published: str | None
    updated: str | None
    captions: list[Caption]
    related: list[str]
    boilerplate: list[str]
    # ("body" | "short", text) in page order; shorts become headings or boilerplate later.
    flow: list[tuple[str, str]]
    bodies: int  # "body" entries in `flow` while lines are read (counted, not summed per line)
    masthead: str | None  # the site's name in a contact strip ("Kustposten - Anna Berg 070-…")
    known: set[str]  # `authors` lower-cased, kept up to date by `_known_authors`
    n_known: int  # how many of `authors` are in `known`

    def __init__(self) -> None:
        # The `__init__` dataclasses writes, spelt out (every field at its default; callers give none): compiled
        # (mypyc), the generated one ran interpreted
        self.authors = []
        self.published = None
        self.updated = None
        self.captions = []
        self.related = []
        self.boilerplate = []
        self.flow = []
        self.bodies = 0
        self.masthead = None
        self.known = set()
        self.n_known = 0


def _next_content(lines: list[Line], i: int) -> Line | None:
    for j in range(i + 1, len(lines)):  # by index: a slice would copy the rest of the page per line
        if lines[j].kind != "furniture":
            return lines[j]
    return None


def _is_site_name(line: Line, draft: Draft) -> bool:
    """A bare name line under the headline shaped like a site's name ("The Harbour Times", a known
    outlet): the outlet printed where a byline would stand, not an author."""
    if line.words > SITE_NAME_WORDS or line.text.lower() in _known_authors(draft):
        return False
    return byline.is_outlet(_caps_title(line.text)) and not is_section_names(line.text)  # "Nyheter": a section


def _caps_title(text: str) -> str:
    return text.title() if text.isupper() else text


def _known_authors(draft: Draft) -> set[str]:
    """The authors met so far, lower-cased, as a set (authors only grow while the lines are read)."""
    for name in draft.authors[draft.n_known:]:
        draft.known.add(name.lower())
    draft.n_known = len(draft.authors)
    return draft.known


def _take_list_item(draft: Draft, line: Line, mode: str) -> None:
    """A list item: a related headline (bullet and number dropped) or a furniture line.

    A one-word item under a read-also label is a topic tag ("Läs mer om / Tågtrafik"), not a headline.
    """
    item = LIST_NUMBER.sub("", LIST_DASH.sub("", line.text.lstrip("•›▸►*· "))) if mode == "related" else ""
    if " " in item and not _source_line(item):
        draft.related.append(item)
    else:
        draft.boilerplate.append(line.text)


def _source_line(item: str) -> bool:
    """A source's line under a list ("Quelle: www.example.de", "Källa: TT"; `source_labels.txt`): no headline."""
    label, colon, _ = item.partition(":")
    return bool(colon) and label.strip().lower() in all_languages_words("source_labels")


def _list_continues(lines: list[Line], i: int, first: Line | None, style: bool | None) -> bool:
    """Whether line i is one more item of the open list above it.

    `first` is the list's first item (None before it), `style` whether its later items are
    separated by blank lines (None until the second item).
    """
    line = lines[i]
    if line.kind not in ("short", "name") and not (line.kind == "sentence" and not line.text.endswith(".")):
        return False
    if first is not None:
        if style is None and line.blank_before and not first.blank_before:
            return False  # a blank line after tight items ends the list
        if style is not None and line.blank_before != style:
            return False
    nxt = _next_content(lines, i)
    # A short line straight before running text (same spacing) is a subheading, not a list item.
    return not (first is not None and nxt is not None and nxt.kind == "sentence"
                and nxt.blank_before == line.blank_before and line.words <= 5)


@dataclass(init=False)
class Pass:
    """The state of the pass after the title: an open list, a gallery, a paywall."""

    mode: str  # "related" or "section" while a list is open
    first: Line | None  # the open list's first item
    style: bool | None  # whether the open list's items are blank-separated
    gallery: bool  # the next line is a gallery caption
    closed: bool  # a paywall prompt or a comment section's header was met: no more body
    body_started: bool
    factbox: bool  # inside a fact box: its tight block of lines is not body text
    lead_run: int  # body lines so far, while they are one tight block (-1: the block ended)
    spaced: bool  # most lines of running text stand after a blank line: a tight block is one paragraph

    def __init__(self) -> None:
        # spelt out, every field at its default (see Draft)
        self.mode = ""
        self.first = None
        self.style = None
        self.gallery = False
        self.closed = False
        self.body_started = False
        self.factbox = False
        self.lead_run = 0
        self.spaced = False


def _read_meta(draft: Draft, state: Pass, line: Line) -> bool:
    """Handle a date, byline, list header, paywall or gallery line; False for any other line."""
    kind = line.kind
    if kind == "date":
        when, tail = byline.split_date_byline(dateline_rest(line.text)) or (line.text, byline.field_authors(line.text))
        pub, upd = dates.find_dates(when, base=draft.published)
        timed = pub and draft.published and len(draft.published) == dates.DAY_ONLY and pub.startswith(draft.published)
        draft.published = pub if timed else draft.published or pub  # the day, then its time on the next line
        draft.updated = draft.updated or upd
        draft.authors.extend(tail)
    elif kind == "byline":
        names = byline.parse_byline(line.text)
        if names is None and (both := byline.split_byline_date(line.text)) is not None:
            names, when = both
            pub, upd = dates.find_dates(when, base=draft.published)
            draft.published, draft.updated = draft.published or pub, draft.updated or upd
        if names is None and (contact := byline.parse_contact(line.text)) is not None:
            names, draft.masthead = contact[0], draft.masthead or contact[1]
        if names is None and (strip := parse_replica_strip(line.text)) is not None:
            draft.masthead, names = draft.masthead or strip[0], strip[1]
        draft.authors.extend(names or [])
    elif kind == "related":
        label = related_label(line.text) or (("", line.text) if read_here_link(line.text) else None)
        if label and label[1]:
            draft.related.append(label[1])
            if label[0]:
                draft.boilerplate.append(label[0] + ":")
        else:
            state.mode = "related"
            draft.boilerplate.append(line.text)
    elif kind == "factbox":
        state.mode, state.factbox = "", True
        draft.boilerplate.append(line.text)
    elif kind in ("section", "paywall", "gallery"):
        state.mode = "section" if kind == "section" else ""
        state.closed = state.closed or kind == "paywall"
        state.gallery = kind == "gallery"
        draft.boilerplate.append(line.text)
    else:
        return False
    return True


def read_after_title(lines: list[Line], start: int) -> Draft:
    """One pass over the lines after the title: metadata, captions, lists and the body flow."""
    draft, state = Draft(), Pass()
    running = [line.blank_before for line in lines[start:] if line.kind == "sentence"]
    state.spaced = 2 * sum(running) > len(running)
    for i in range(start, len(lines)):
        line = lines[i]
        kind = line.kind
        if state.mode and _list_continues(lines, i, state.first, state.style):
            _take_list_item(draft, line, state.mode)
            if state.first is None:
                state.first = line
            elif state.style is None:
                state.style = line.blank_before
            continue
        state.mode, state.first, state.style = "", None, None
        if state.factbox and not line.blank_before and kind not in ("date", "byline"):
            draft.boilerplate.append(line.text)
            continue
        state.factbox = False
        if state.gallery and kind in ("short", "sentence", "name", "caption"):
            draft.captions.append(captions.gallery_caption(line.text))
            state.gallery = False
            continue
        state.gallery = False
        if line.kind in ("date", "byline") or (line.blank_before and state.lead_run >= 2 and state.spaced):
            # the tight block of opening lines ends: at a date or byline, or at a blank line
            _join_split_lead(draft, state, quotes_apart=line.kind not in ("date", "byline"))
        if _read_meta(draft, state, line):
            continue
        if kind == "caption":
            _add_caption(draft, line, lines[i - 1] if i > start else None, opens_page=i == 0)
        elif kind in ("sentence", "short") and not state.body_started and is_editor_note(line.text):
            draft.boilerplate.append(line.text)
        elif kind in ("name", "short") and not state.body_started and _is_site_name(line, draft):
            draft.masthead = draft.masthead or _caps_title(line.text)
            draft.boilerplate.append(line.text)
        elif kind == "short" and (site := sitebyline.site_byline(line.text)) is not None:
            draft.masthead = draft.masthead or site  # "Af Kystposten.dk": the site's byline, no heading
            draft.boilerplate.append(line.text)
        elif kind == "name" and (author := is_author_name(lines, i, state.body_started and not _under_top_picture(
                draft, lines, i), _known_authors(draft))) is not None:
            if author:
                draft.authors.append(line.text)
        elif kind == "name" and state.body_started and not state.closed and photographer_between(lines, i):
            draft.captions.append(Caption("", line.text))  # a picture's credit with no label and no caption text
        elif kind in ("furniture", "role", "photo_role") or state.closed:
            state.closed = state.closed or (state.body_started and kind == "furniture" and is_comment_header(line.text))
            draft.boilerplate.append(line.text)
        elif kind in ("sentence", "short") and (is_archive_caption(line.text)
                                                or draft.bodies > 1 and is_kicker_caption(line.text)):
            _caption_once(draft.captions, line.text)
        elif kind == "sentence" and _is_bare_caption(lines, i, draft):
            draft.captions.append(Caption(captions.unglue(line.text), None))
            _drop_alt_copy(draft, line)
        elif kind == "sentence":
            draft.flow.append(("body", _without_inline_link(draft, line.raw)))  # as written: spans trace to the input
            draft.bodies += 1
            state.body_started = True
            state.lead_run = state.lead_run + 1 if state.lead_run == 0 or not line.blank_before else -1
        else:
            draft.flow.append(("short", line.text))
            state.lead_run = -1 if state.lead_run else 0
    _keep_cut_paragraph(draft, lines)
    return draft


def _keep_cut_paragraph(draft: Draft, lines: list[Line]) -> None:
    """The page's last line cut off by the crawler is the end of a paragraph (`lastline.cut_paragraph`)."""
    if lines and cut_paragraph(draft.flow, lines[-1]):
        draft.flow[-1] = ("body", lines[-1].raw)
        draft.bodies += 1


def _join_split_lead(draft: Draft, state: Pass, quotes_apart: bool = False) -> None:
    """A standfirst printed over several lines without a blank line between them, straight above the
    date or byline ("– Quote one, says X. / – Quote two, says Y. / Published ...") or above a blank line
    ("Sentence one. / Sentence two. / (blank) / Next paragraph", on a page that sets most lines of running text
    apart by blank lines), is one lead paragraph (joined by its line break, so it is still a piece of the input). Above a blank line (`quotes_apart`), a later line that
    opens a dash quotation ("- Quote, says X.") stays a paragraph of its own, and so do the lines after it."""
    n = state.lead_run
    state.lead_run = -1
    if not 2 <= n <= SPLIT_LEAD_LINES or draft.bodies != n or len(draft.flow) < n:
        return
    block = draft.flow[-n:]
    if any(k != "body" for k, _ in block):
        return
    if quotes_apart:
        block = block[:next((j for j in range(1, n) if DASH_QUOTE.match(block[j][1])), n)]
        if len({text[:DOUBLED_OPENING] for _, text in block}) < len(block):
            return  # one line printed twice: a picture's alt text and its caption, no standfirst
    m = len(block)
    joined = "\n".join(text for _, text in block)
    if m >= 2 and joined.count(" ") < SPLIT_LEAD_WORDS:  # a whole article in tight lines is no standfirst
        draft.flow[len(draft.flow) - n:len(draft.flow) - n + m] = [("body", joined)]
        draft.bodies -= m - 1


def _is_bare_caption(lines: list[Line], i: int, draft: Draft) -> bool:
    """A caption without a credit: a short sentence between the lead and the byline or date below it.

    ("Lead. / Firefighters outside the house. / By Jane Doe / Published ..."). Only right after
    the lead, and only before a byline, a name or a dated line (a live blog's bare "14:52" is none).
    """
    if draft.bodies != 1 or draft.flow[-1][0] != "body":
        return False  # (the cheap tests first: most sentence lines come after the lead)
    line = lines[i]
    if line.words > 25 or DASH_QUOTE.match(line.text) or any(q in line.text for q in QUOTE_MARKS):
        return False  # a quote is running text, never a caption
    nxt = _next_content(lines, i)
    if nxt is None or nxt.kind not in ("byline", "date", "name"):
        return False
    return nxt.kind != "date" or any(ch.isalpha() for ch in nxt.text)


def _add_caption(draft: Draft, line: Line, prev: Line | None, *, opens_page: bool = False) -> None:
    """A caption line; a bare credit line ("Foto: X") claims the caption line just above it, and a
    caption drops the same text printed just above it without the credit (a dump's alt text). A bare
    credit with no caption line to claim (under another caption or credit, under running speech, or, for
    a credit with no label, set off by a blank line under a paragraph that runs on from the one above it)
    once the body has begun, or straight under a date line ("22. november 2024 / Foto: X") or a lone label
    ("Infos / Foto: X"), is a picture printed without caption text: a caption with an empty text and that credit (straight under the
    headline, alone, it is furniture; opening a page with no headline, it is a picture too). A caption line or a bare
    credit printed twice in a row is one picture ("Foto: X / Foto: X")."""
    cap = captions.split_caption(line.text)
    if cap is None:
        return
    if prev is not None and _under_running_text(line, prev):
        prev = None  # "… said Sexton. / (blank) / Jane Roe / Reuters.": the picture has no caption text
    if not cap.text and prev is not None and _lone_label(prev) and draft.flow and draft.flow[-1][1] in (prev.text, prev.raw):
        draft.bodies -= draft.flow.pop()[0] == "body"  # "Infos / Foto: X": a box's label above the picture
        draft.boilerplate.append(prev.text)
        prev = None
    if prev is not None and prev.kind == "caption" and draft.captions and (draft.captions[-1] == cap if cap.text
                                                                           else prev.text == line.text
                                                                           and draft.captions[-1].credit == cap.credit):
        draft.boilerplate.append(line.text)  # a caption or a bare credit printed twice in a row: one picture
    elif cap.text and draft.captions and draft.captions[-1] == Caption(cap.text, None):
        draft.captions[-1] = cap  # the caption printed first without its credit, then with it
    elif cap.text:
        draft.captions.append(cap)
        if prev is not None and draft.flow and draft.flow[-1][1] in (prev.text, prev.raw):
            _drop_alt_copy(draft, Line(cap.text, cap.text, "caption"))  # printed twice, once without its credit
    elif (prev is not None and draft.flow and draft.flow[-1][1] in (prev.text, prev.raw)
          and (prev.words <= 20 or _doubled(draft) or captions.is_inverted_credit(line.text))
          and not DASH_QUOTE.match(prev.text)
          and not _is_standfirst(draft, prev)):
        draft.bodies -= draft.flow.pop()[0] == "body"
        claimed = Caption(captions.unglue(prev.text), cap.credit)
        if not draft.captions or draft.captions[-1] != claimed:  # (the caption and credit printed again: one)
            draft.captions.append(claimed)
        _drop_alt_copy(draft, prev)
    elif draft.captions and draft.captions[-1].credit is None:
        draft.captions[-1] = Caption(draft.captions[-1].text, cap.credit)
    elif cap.credit and (draft.bodies or opens_page or prev is not None and prev.kind in ("caption", "date", "furniture")):
        draft.captions.append(Caption("", cap.credit))  # a picture with a credit and no caption text


def _without_inline_link(draft: Draft, raw: str) -> str:
    """A paragraph without the link in brackets that closes it ("… werden. (BERICHT: Neue Sorgen)"): the link's
    headline is related, its label boilerplate."""
    link = inline_link(raw) if raw[-1:] == ")" else None
    if link is None:
        return raw
    draft.related.append(link[2])
    draft.boilerplate.append(link[1] + ":")
    return link[0]


def _lone_label(line: Line) -> bool:
    """A single word with no stop ("Infos", "Galerie"): a box's label or a button above a picture, no caption."""
    return line.words == 1 and line.text[-1:] not in ".!?"


def _is_standfirst(draft: Draft, prev: Line) -> bool:
    """Whether the one line read under the headline so far is a paragraph with nothing else read beside it (no
    byline, no picture): the standfirst ("Headline / Standfirst. / Foto: X / Body ..."), which a credit under
    it does not claim as its caption (that picture is printed without caption text)."""
    return (len(draft.flow) == 1 and draft.flow[0][0] == "body" and not draft.captions and not draft.authors
            and prev.words >= STANDFIRST_WORDS)


def _under_top_picture(draft: Draft, lines: list[Line], i: int) -> bool:
    """Whether line i stands straight under a picture's credit that stands under the standfirst, with no other
    paragraph read and no byline yet ("Headline / Standfirst. / Foto: X / Jane Doe / Body ..."): where the byline
    goes (after a byline, a title-case line there is a heading)."""
    return (len(draft.flow) == 1 and draft.bodies == 1 and not draft.authors and i > 0
            and (lines[i - 1].kind == "caption"
                 or (_standfirst_line(draft, lines[i - 1]) and not _is_site_name(lines[i], draft))))


def _standfirst_line(draft: Draft, prev: Line) -> bool:
    """Whether `prev`, the line just above, is the one paragraph read under the headline (the standfirst): a name
    straight under it is the byline ("Headline / Standfirst. / Jane Doe / Body ..."), as under a top picture."""
    return draft.flow[0][1] in (prev.raw, prev.text) and prev.kind in ("sentence", "short")


def _under_running_text(line: Line, prev: Line) -> bool:
    """Whether a credit with no label stands apart (a blank line above it) under a line that runs on from the
    paragraph above it (no blank line there): a body paragraph, not the picture's caption."""
    return line.blank_before and not prev.blank_before and photocredits.is_credit_alone(line.text)


def _doubled(draft: Draft) -> bool:
    """Whether the last two entries of the flow are one text printed twice (a picture's alt text, then its caption)."""
    return len(draft.flow) >= 2 and draft.flow[-1][1] == draft.flow[-2][1]


def _drop_alt_copy(draft: Draft, caption: Line) -> None:
    """Drop the copy of a caption line printed just above it (the picture's alt text: "Caption. / Caption. /
    Foto: X", "Caption. / Caption. / Photographer's Name"), or a shorter alt text made of the caption's own
    words ("Jane Roe / Police chief Jane Roe. / Foto: X"): it is no body paragraph nor subheading either."""
    if not draft.flow:
        return
    kind, text = draft.flow[-1]
    if text in (caption.text, caption.raw) or kind == "short" and _alt_words(text, caption.text):
        draft.bodies -= draft.flow.pop()[0] == "body"
        draft.boilerplate.append(" ".join(text.split()))


def _alt_words(alt: str, caption: str) -> bool:
    """Whether `alt`, a line without a stop, is a picture's alt text for `caption`: two words or more, fewer than
    the caption's, every one of them in the caption (a subheading says something the caption does not)."""
    words = ALT_WORDS.findall(alt.lower())
    said = ALT_WORDS.findall(caption.lower())
    return len(words) >= ALT_MIN_WORDS and len(words) < len(said) and set(words) <= set(said)


def read_above_title(draft: Draft, above: list[Line]) -> None:
    """Dates, bylines and captions that stand above the headline come first in page order; a bare credit
    line that opens the page or stands under a date line ("Foto: X / Headline") is a picture without
    caption text (printed twice, it is one picture); a sentence printed twice in a row there is a picture's alt
    text and its caption: one caption without a credit."""
    top = Draft()
    crawled: list[Line] = []
    for at, line in enumerate(above):
        if line.kind == "date" and is_crawl_header(line):
            crawled.append(line)  # the crawler's day: the page's own date above the headline comes first
        elif line.kind in ("date", "byline"):
            _read_meta(top, Pass(), line)
        elif line.kind == "caption" and (cap := captions.split_caption(line.text)) is not None \
                and (cap.text or cap.credit and _credit_opens_page(above, at)) and cap not in top.captions[-1:]:
            top.captions.append(cap)  # (printed twice in a row: one caption)
        elif line.kind == "sentence" and at + 1 < len(above) and above[at + 1].text == line.text \
                and (at == 0 or above[at - 1].text != line.text):
            top.captions.append(Caption(captions.unglue(line.text), None))  # alt text and caption: one picture
        elif line.kind == "sentence" and is_kicker_caption(line.text):
            _caption_once(top.captions, line.text)  # "STORMEN: Trær veltet.": the top picture
    for line in crawled if top.published is None else ():
        _read_meta(top, Pass(), line)
    draft.published = top.published or draft.published
    draft.updated = top.updated or draft.updated
    draft.authors[:0] = top.authors
    draft.captions[:0] = top.captions


def _credit_opens_page(above: list[Line], at: int) -> bool:
    """Whether a bare credit line above the headline claims no caption line: it is the page's first line or
    stands under a date line (not under a line of text it may belong to, nor under itself printed twice)."""
    return at == 0 or above[at - 1].kind == "date"


def _caption_once(found: list[Caption], text: str) -> None:
    """`text` added to `found` as a caption with no credit, unless the last caption reads the same (printed twice:
    one picture)."""
    caption = captions.unglue(text)
    if not found or found[-1].text != caption:
        found.append(Caption(caption, None))
