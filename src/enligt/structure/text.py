"""Plain-text structurer: a crawl dump of a news page -> the clean `Article` of SCHEMA.md.

The page is read as a sequence of classified lines (`lines.py`). The title is the last
headline-like line before the first article anchor (a date, a byline, a paywall or the first
paragraph of running text); the outlet is the first short name-like line above it. Everything
after the title is settled in one pass: dates, bylines and bare name lines give the metadata;
captions, "read also" lists and furniture lists are taken out; paragraphs of running text form
the body (the lead is the first); short lines between paragraphs are headings. A paywall prompt
ends the readable body. A page with no headline line is analysed all the same (`headless.py`); a
page without running text raises `NotAnArticleError`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from enligt.errors import NotAnArticleError
from enligt.lang import SUPPORTED, profile
from enligt.models import Article, Caption, Page
from enligt.settings import Options
from enligt.structure import byline, captions, dates, headless, langid
from enligt.structure.furniture import related_label
from enligt.structure.lines import DASH_QUOTE, Line, classify
from enligt.structure.outlet import (
    find_outlet,
    outlet_from_footer,
    site_line_above_prose,
    split_title_suffix,
    wordmark,
)

STANDFIRST_WORDS = 10  # a standfirst printed without a full stop is longer than its headline and this long
MIN_BODY_WORDS = 5  # a one-sentence brief is an article; a lone fragment is not
WRAP_MIN = 60  # a line this long that stops mid-sentence may be hard-wrapped
# Lines that show the article has begun; captions are left out, since a picture may top the headline.
ANCHORS = frozenset({"date", "byline", "paywall"})
LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|\d{1,2}[.:]\d{2})\s+")
# A crawler's metadata field before the page text on its first line (" date 2023-03-31 Headline …").
CRAWL_HEADER = re.compile(r"^date (?P<date>\d{4}-[01]\d(?P<day>-[0-3]\d)?)(?:\s+(?P<rest>.+))?$")
EMAIL = re.compile(r"^\S+@\S+\.\w+$")
QUOTE_MARKS = ("\"", "”", "“", "„", "«", "»")


@dataclass
class Draft:
    """What one pass over the lines after the title collects."""

    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    captions: list[Caption] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    # ("body" | "short", text) in page order; shorts become headings or boilerplate later.
    flow: list[tuple[str, str]] = field(default_factory=list)
    bodies: int = 0  # "body" entries in `flow` while lines are read (counted, not summed per line)
    masthead: str | None = None  # the site's name in a contact strip ("Kustposten - Anna Berg 070-…")
    known: set[str] = field(default_factory=set)  # `authors` lower-cased, kept up to date by `_known_authors`
    n_known: int = 0  # how many of `authors` are in `known`


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped page breaks its lines at, or None for a page with long paragraph lines.

    Hard-wrapped: blank-separated paragraphs, at least three lines of 45-100 characters that stop
    mid-sentence run on into the next line (three in five such lines of that length), and hardly
    any line longer than 100 (so short one-sentence paragraphs without blank lines are no wrap).
    """
    pairs = [a for a, b in pairwise(lines) if b and 45 <= len(a) <= 100]
    run_on = [len(a) for a in pairs if a[-1] not in ".!?\"”»"]  # a wrap seldom falls at a sentence end
    if len(run_on) < 3 or len(run_on) * 5 < len(pairs) * 3 or sum(1 for x in lines if not x) < 2:
        return None
    if sum(1 for x in lines if len(x) > 100) > len(run_on) // 4:
        return None
    return max(run_on)


def _joins(last: str, nxt: str, width: int | None) -> bool:
    """Whether line `nxt` goes on from `last` (a hard wrap), rather than starting a new paragraph."""
    if not last or last[-1] in ":”\"»":
        return False
    if nxt[0].islower() and len(last) >= WRAP_MIN and last[-1] not in ".!?":
        return True
    if width is None or len(last) < 0.7 * width or nxt[:2] in ("– ", "— ", "- ", "• "):
        return False
    if last[-1] in ".!?" and len(last) < 0.85 * width:
        return False
    return byline.parse_byline(nxt) is None and not dates.is_date_line(nxt)


def _unwrap(raw_lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a long line cut mid-sentence whose next line goes on in lower case,
    or, on a page wrapped at a fixed column, a line that reaches that column. The line break stays in
    the joined line (its `text` reads it as a space), so a body paragraph is the input as written."""
    stripped_lines = [raw.strip() for raw in raw_lines]
    width = _wrap_width(stripped_lines)
    out: list[list[int]] = []  # each entry: the indexes of one line's pieces, joined at the end (no quadratic copying)
    last = ""
    for k, stripped in enumerate(stripped_lines):
        if stripped and last and _joins(last, stripped, width):
            out[-1].append(k)
        else:
            out.append([k])
        last = stripped
    return [stripped_lines[ks[0]] if len(ks) == 1 else "\n".join(raw_lines[k] for k in ks).strip() for ks in out]


def split_lines(content: str) -> list[Line]:
    """Classified non-blank lines of a page, each knowing whether a blank line preceded it."""
    out: list[Line] = []
    blank = False
    for stripped in _unwrap(content.splitlines()):
        if not stripped:
            blank = True
            continue
        if not out and (header := CRAWL_HEADER.match(stripped)) is not None:
            out.append(_header_line(header))
            if not header["rest"]:
                continue
            stripped = header["rest"]
        out.append(classify(stripped, blank))
        blank = False
    return out


def _header_line(header: re.Match[str]) -> Line:
    """The crawler's "date 2023-03-31" field that opens some dumps: a date line when it names a day
    (the publication date when the page gives none), else furniture (a month alone dates nothing)."""
    raw = f"date {header['date']}"
    return Line(raw, header["date"], "date") if header["day"] else Line(raw, raw, "furniture")


def _is_anchor(line: Line) -> bool:
    if line.kind in ANCHORS:
        return True
    return line.kind == "sentence" and ((line.text.endswith(".") and line.words >= 8) or line.words >= 25)


def _is_title_candidate(line: Line) -> bool:
    return (line.kind in ("short", "name", "sentence") and not line.text.endswith(".") and line.words <= 40
            and headless.is_title_like(line))


def find_title(lines: list[Line]) -> int | None:
    """Index of the headline: the last headline-like line before the first anchor.

    A line of three words or more is preferred, and a plain line to a name-like one (a bare
    byline name may stand between the headline and the date).
    """
    anchor = next((i for i, line in enumerate(lines) if _is_anchor(line)), None)
    if anchor is None:
        return None
    candidates = [i for i in range(anchor) if _is_title_candidate(lines[i])]
    for wanted in (("short", "sentence"), ("name",)):
        for i in reversed(candidates):
            if lines[i].words >= 3 and lines[i].kind in wanted and not _under_byline_name(lines, i, candidates):
                return i - 1 if is_standfirst(lines, i) else i
    # A date or byline above the headline ("Kustposten / Publicerad ... / Headline / Lead"):
    # take the first headline-like line after it, before the running text.
    for i in range(anchor + 1, len(lines)):
        line = lines[i]
        if _is_anchor(line) and line.kind == "sentence":
            break
        if line.kind in ("short", "sentence") and _is_title_candidate(line) and line.words >= 3:
            return i
    return candidates[-1] if candidates and not headless.site_or_author(lines, candidates[-1]) else None


def is_standfirst(lines: list[Line], i: int) -> bool:
    """Whether line i is a standfirst without a full stop straight under the headline ("Headline /
    Officials say attacks hit three regions, leaving thousands without power / By X"): a longer line
    (ten words or more) right under a headline-like line of five words or more. A kicker above a
    headline is shorter than five words, so it is never taken for the headline."""
    line, above = lines[i], lines[i - 1] if i > 0 else None
    if above is None or line.kind != "short" or line.words < STANDFIRST_WORDS or line.words <= above.words or line.text[-1:] in "?!":
        return False
    if i + 1 < len(lines) and lines[i + 1].text[:1].islower():
        return False  # a line that runs on into the next is a broken paragraph, not a standfirst
    return above.kind == "short" and above.words >= 5 and _is_title_candidate(above) and not above.text.endswith(":")


def _under_byline_name(lines: list[Line], i: int, candidates: list[int]) -> bool:
    """Whether line i is the desk or place under a byline name below the headline ("Headline / Jane Doe /
    BBC News, Kyiv / date"): a short line straight under a name line with a longer headline line above."""
    if i < 2 or lines[i].kind != "short" or lines[i - 1].kind != "name" or lines[i].words > 5:
        return False
    return any(j < i - 1 and lines[j].words >= 3 and lines[j].kind in ("short", "sentence") for j in candidates)


def _next_content(lines: list[Line], i: int) -> Line | None:
    for j in range(i + 1, len(lines)):  # by index: a slice would copy the rest of the page per line
        if lines[j].kind != "furniture":
            return lines[j]
    return None


def _is_author_name(lines: list[Line], i: int, body_started: bool, known: set[str]) -> bool | None:
    """True: an author; False: a photographer; None: not a byline name at all.

    `known`: authors met so far, lower-cased; a name line repeating one is the doubled byline
    ("Av Anna Berg" / "Anna Berg"), wherever it stands.
    """
    line = lines[i]
    if line.text.lower() in known:
        return True
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    prev = lines[i - 1] if i > 0 else None
    if nxt is not None and nxt.kind == "photo_role":
        return False
    if nxt is not None and (nxt.kind == "role" or EMAIL.match(nxt.text)):
        return True
    if (nxt is not None and nxt.text == line.text) or (prev is not None and prev.text == line.text):
        return True
    if body_started:
        return None  # in the body only a role, an e-mail or a doubled line makes a name a byline
    return True


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
    item = LIST_NUMBER.sub("", line.text.lstrip("•›▸►*· ")) if mode == "related" else ""
    if " " in item:
        draft.related.append(item)
    else:
        draft.boilerplate.append(line.text)


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


@dataclass
class Pass:
    """The state of the pass after the title: an open list, a gallery, a paywall."""

    mode: str = ""  # "related" or "section" while a list is open
    first: Line | None = None  # the open list's first item
    style: bool | None = None  # whether the open list's items are blank-separated
    gallery: bool = False  # the next line is a gallery caption
    closed: bool = False  # a paywall prompt was met: no more body
    body_started: bool = False
    factbox: bool = False  # inside a fact box: its tight block of lines is not body text


def _read_meta(draft: Draft, state: Pass, line: Line) -> bool:
    """Handle a date, byline, list header, paywall or gallery line; False for any other line."""
    kind = line.kind
    if kind == "date":
        when, tail = byline.split_date_byline(line.text) or (line.text, byline.field_authors(line.text))
        pub, upd = dates.find_dates(when, base=draft.published)
        draft.published = draft.published or pub
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
        draft.authors.extend(names or [])
    elif kind == "related":
        label = related_label(line.text)
        if label and label[1]:
            draft.related.append(label[1])
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
        if _read_meta(draft, state, line):
            continue
        if kind == "caption":
            _add_caption(draft, line.text, lines[i - 1] if i > start else None)
        elif kind == "name" and (author := _is_author_name(lines, i, state.body_started,
                                                           _known_authors(draft))) is not None:
            if author:
                draft.authors.append(line.text)
        elif kind in ("furniture", "role", "photo_role") or state.closed:
            draft.boilerplate.append(line.text)
        elif kind == "sentence" and _is_bare_caption(lines, i, draft):
            draft.captions.append(Caption(captions.unglue(line.text), None))
        elif kind == "sentence":
            draft.flow.append(("body", line.raw))  # as written: spans can be traced back to the input
            draft.bodies += 1
            state.body_started = True
        else:
            draft.flow.append(("short", line.text))
    return draft


def _is_bare_caption(lines: list[Line], i: int, draft: Draft) -> bool:
    """A caption without a credit: a short sentence between the lead and the byline or date below it.

    ("Lead. / Firefighters outside the house. / By Jane Doe / Published ..."). Only right after
    the lead, and only before a byline, a name or a dated line (a live blog's bare "14:52" is none).
    """
    line = lines[i]
    if line.words > 25 or DASH_QUOTE.match(line.text) or any(q in line.text for q in QUOTE_MARKS):
        return False  # a quote is running text, never a caption
    if draft.bodies != 1:
        return False
    if draft.flow[-1][0] != "body":
        return False
    nxt = _next_content(lines, i)
    if nxt is None or nxt.kind not in ("byline", "date", "name"):
        return False
    return nxt.kind != "date" or any(ch.isalpha() for ch in nxt.text)


def _add_caption(draft: Draft, text: str, prev: Line | None) -> None:
    """A caption line; a bare credit line ("Foto: X") claims the caption line just above it."""
    cap = captions.split_caption(text)
    if cap is None:
        return
    if cap.text:
        draft.captions.append(cap)
    elif (prev is not None and draft.flow and draft.flow[-1][1] in (prev.text, prev.raw) and prev.words <= 20
          and not DASH_QUOTE.match(prev.text)):
        draft.bodies -= draft.flow.pop()[0] == "body"
        draft.captions.append(Caption(captions.unglue(prev.text), cap.credit))
    elif draft.captions and draft.captions[-1].credit is None:
        draft.captions[-1] = Caption(draft.captions[-1].text, cap.credit)


def settle_flow(flow: list[tuple[str, str]]) -> tuple[list[str], list[str], list[int], list[str]]:
    """Body paragraphs, headings, heading positions and dropped short lines from the flow."""
    body: list[str] = []
    headings: list[str] = []
    positions: list[int] = []
    dropped: list[str] = []
    for j, (kind, text) in enumerate(flow):
        if kind == "body":
            body.append(text)
            continue
        nxt = flow[j + 1][0] if j + 1 < len(flow) else None
        if body and nxt == "body" and text.count(" ") < 15:
            headings.append(text)
            positions.append(len(body))
        else:
            dropped.append(text)
    return body, headings, positions, dropped


def _read_above_title(draft: Draft, above: list[Line]) -> None:
    """Dates, bylines and captions that stand above the headline come first in page order."""
    top = Draft()
    for line in above:
        if line.kind in ("date", "byline"):
            _read_meta(top, Pass(), line)
        elif line.kind == "caption" and (cap := captions.split_caption(line.text)) is not None and cap.text:
            top.captions.append(cap)
    draft.published = top.published or draft.published
    draft.updated = top.updated or draft.updated
    draft.authors[:0] = top.authors
    draft.captions[:0] = top.captions


def _lead_above(lines: list[Line], title_at: int) -> list[int]:
    """Indexes of running-text lines straight above the headline (furniture between allowed).

    Some dumps put the standfirst before the headline ("Lead. / Headline / By X"); it is the lead.
    """
    out: list[int] = []
    for i in range(title_at - 1, -1, -1):
        kind = lines[i].kind
        if kind == "sentence" and lines[i].text[-1:] in ".!?”\"»":
            out.append(i)
        elif kind != "furniture" or out:
            break
    return out[::-1]


def _check_article(body: list[str], headings: list[str], page: Page) -> None:
    """Raise `NotAnArticleError` for too little running text or a list of headlines with teasers."""
    words = sum(p.count(" ") + 1 for p in body)
    if words < MIN_BODY_WORDS:
        raise NotAnArticleError(f"no article body ({words} words of running text)", where=page.input)
    if len(headings) >= 4 and len(headings) * 10 >= len(body) * 6 and words < 30 * len(body):
        raise NotAnArticleError("a list of headlines with teasers, not an article", where=page.input)


def _headline_full_stop(lines: list[Line], options: Options) -> bool:
    """Whether the page's language ends headlines with a full stop at times (unknown languages: yes)."""
    lang = options.lang if options.lang != "auto" else langid.identify("\n".join(line.text for line in lines[:8]))
    return lang not in SUPPORTED or profile(lang).headline_full_stop


def _distinct(items: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)


def _title_and_outlet(lines: list[Line], start: int, masthead: str | None) -> tuple[str | None, str | None]:
    """The headline (without a site name after it) and the outlet (`outlet.py`); start -1: no headline."""
    footer = outlet_from_footer(lines)
    if start < 0:
        return None, site_line_above_prose(lines) or masthead or footer
    title = lines[start].text
    suffixed = split_title_suffix(title, lines, footer)
    if suffixed is not None:
        return suffixed
    return title, find_outlet(lines, start) or masthead or footer


def structure_text(page: Page, *, options: Options) -> Article:
    """The clean article of a plain-text page. Raises `NotAnArticleError` for pages without running text.

    A page with no headline line is still an article (`headless`): its first line is the title
    when it reads as one, else the title is null; a note on the article says which.
    """
    lines = split_lines(page.content)
    title_at = find_title(lines)
    if title_at is not None and title_at + 1 < len(lines) and is_standfirst(lines, title_at + 1):
        lines[title_at + 1] = lines[title_at + 1]._replace(kind="sentence")  # the lead
    notes: tuple[str, ...] = ()
    if title_at is None:
        if not headless.has_prose(lines):
            raise NotAnArticleError("no running text (a list page, a cookie wall or furniture only)", where=page.input)
        title_at = headless.first_line_title(lines, full_stop=_headline_full_stop(lines, options))
        notes = (headless.FIRST_LINE if title_at is not None else headless.NO_HEADLINE,)
    start = title_at if title_at is not None else -1
    draft = read_after_title(lines, start + 1)
    _read_above_title(draft, lines[:max(start, 0)])
    lead_above = _lead_above(lines, start) if start >= 0 else []
    draft.flow[:0] = [("body", lines[i].raw) for i in lead_above]
    body, headings, positions, dropped = settle_flow(draft.flow)
    _check_article(body, headings, page)
    title, outlet = _title_and_outlet(lines, start, draft.masthead)
    lang = options.lang if options.lang != "auto" else langid.identify((title or "") + "\n" + "\n".join(body[:6]))
    pre = [line.text for i, line in enumerate(lines[:max(start, 0)])
           if wordmark(line.text) != outlet and i not in lead_above]
    return Article(
        title=title,
        body=tuple(body),
        language=lang,
        outlet=outlet,
        authors=tuple(byline.clean_authors(draft.authors, lang)),
        published=draft.published,
        updated=draft.updated,
        lead=body[0] if body else None,
        captions=tuple(draft.captions),
        headings=tuple(headings),
        related=_distinct(draft.related),
        boilerplate=_distinct(pre + draft.boilerplate + dropped),
        url=page.url,
        heading_positions=tuple(positions),
        notes=notes,
    )
