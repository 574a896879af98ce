"""Plain-text structurer: a crawl dump of a news page -> the clean `Article` of SCHEMA.md.

The page is read as a sequence of classified lines (`lines.py`). The title is the last
headline-like line before the first article anchor (a date, a byline, a paywall or the first
paragraph of running text); the outlet is the first short name-like line above it. Everything
after the title is settled in one pass (`textpass.py`): dates, bylines and bare name lines give
the metadata; captions, "read also" lists and furniture lists are taken out; paragraphs of
running text form the body (the lead is the first); short lines between paragraphs are headings.
A paywall prompt ends the readable body. A page with no headline line is analysed all the same (`headless.py`); a
page without running text raises `NotAnArticleError`.
"""
from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from enligt.errors import NotAnArticleError
from enligt.lang import SUPPORTED, all_languages_words, profile
from enligt.models import Article, Page
from enligt.settings import Options
from enligt.structure import byline, dates, headless, langid
from enligt.structure.captions import labelled_lines_apart, split_caption, split_gallery_row
from enligt.structure.copies import (
    headline_printed_twice,
    outlet_from_address_line,
    printed_below,
    second_copy,
)
from enligt.structure.crawlheader import CRAWL_HEADER, glued_kind, header_line, runs_on
from enligt.structure.credits import CREDIT_LAST, glued_credit
from enligt.structure.footer import outlet_from_footer
from enligt.structure.furniture import is_section_names
from enligt.structure.gluedate import split_glued_date
from enligt.structure.gluedparas import split_glued_paragraphs
from enligt.structure.kicker import split_kicker
from enligt.structure.kickercaption import is_top_caption
from enligt.structure.lines import Line, classify
from enligt.structure.listpage import headline_list
from enligt.structure.outlet import (
    find_outlet,
    outlet_from_credits,
    outlet_from_dateline,
    outlet_from_inquiry,
    outlet_from_newsroom,
    outlet_from_pledge,
    outlet_from_site_line,
    site_line_above_prose,
    split_title_suffix,
    wordmark,
)
from enligt.structure.settle import settle_flow
from enligt.structure.teasers import mark_teaser_list
from enligt.structure.textpass import read_above_title, read_after_title
from enligt.structure.told import outlet_from_told

TITLE_BULLETS: Final = "➤►▶▸■□●•"  # a mark before a headline ("➤ Headline", "■ Headline"): no part of it
LIST_BULLETS: Final = TITLE_BULLETS + "·-*"  # marks of a list's items
CAPTION_REPEAT_MIN: Final = 12  # a caption's text printed alone above it is this long at least
HEADLINE_AFTER_LEAD_WORDS: Final = 5  # a headline under the first paragraph is this long; subheadings are shorter
DOUBLED_CAPTION_HEADLINE_WORDS: Final = 3  # under a caption printed twice (no lead above it), a headline this long
STANDFIRST_WORDS: Final = 8  # a standfirst printed without a full stop is longer than its headline and this long
# A sentence's end inside a line: a word of two lower-case letters or more, its stop and a capital ("Dr. X" is none).
SENTENCE_INSIDE: Final = re.compile(r"[^\W\d_A-ZÄÖÜÅÆØ]{2}[.!?] [A-ZÄÖÜÅÆØ]")
TEASER_PARAGRAPHS = 3  # a headline shares a word with the first paragraphs under it
WORDS = re.compile(r"[^\W\d_]+")
MIN_BODY_WORDS: Final = 5  # a one-sentence brief is an article; a lone fragment is not
WRAP_MIN: Final = 60  # a line this long that stops mid-sentence may be hard-wrapped
# A shorter line is one when it is a clause cut off (words enough, a word or a comma last) and the next line goes
# on in lower case for words enough: a heading over a paragraph in lower case is rare, a dump's narrow wrap is not.
WRAP_SHORT: Final = 30
WRAP_WORDS: Final = 5  # the cut line's words at least
WRAP_NEXT_WORDS: Final = 3  # the next line's words at least
# Lines that show the article has begun; captions are left out, since a picture may top the headline.
ANCHORS: Final = frozenset({"date", "byline", "paywall"})
# A crawler's metadata field before the page text on its first line (" date 2023-03-31 Headline …").
MAX_TITLE_WORDS: Final = 40  # a title-case headline may run long ("Stealth Over Health: … Avoid Bad Optics")
MAX_PLAIN_TITLE_WORDS: Final = 20  # a sentence-case one does not (16 words at most on the annotated pages)
INITIALISM_END: Final = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")  # "U.S.", "D.C.": no sentence's own stop


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
    if nxt[0].islower() and _short_wrap(last, nxt):
        return True
    if width is None or len(last) < 0.7 * width or nxt[:2] in ("– ", "— ", "- ", "• "):
        return False
    if last[-1] in ".!?" and len(last) < 0.85 * width:
        return False
    return byline.parse_byline(nxt) is None and not dates.is_date_line(nxt)


def _short_wrap(last: str, nxt: str) -> bool:
    """Whether a line shorter than `WRAP_MIN` is a hard-wrapped clause whose next line goes on in lower case
    ("Under natten väntas hårda vindbyar över hela / kusten, enligt …", "When the river rose over its
    banks on Monday, the town's / volunteers filled sandbags …"): a word (or a comma after one) ends it, and both lines
    hold words enough to be a paragraph's, not a heading over a lower-case line; a date line in lower case
    under a headline ("søndag den 3. marts 2024") is none."""
    if len(last) < WRAP_SHORT or not (last[-1].isalpha() or last[-1] in ",;") or len(last.split()) < WRAP_WORDS \
            or len(nxt.split()) < WRAP_NEXT_WORDS:
        return False
    return not dates.is_date_line(nxt) and byline.parse_byline(nxt) is None  # "søndag den 3. marts 2024"


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
    blank, first = False, True
    for stripped in _glued_dates_apart(_paragraphs_apart(_unwrap(labelled_lines_apart(content.splitlines())))):
        if not stripped:
            blank = True
            continue
        glued = False
        if not out and (header := CRAWL_HEADER.match(stripped)) is not None:
            out.append(header_line(header))
            if not header["rest"]:
                continue
            stripped, glued = header["rest"], runs_on(header["rest"])
        first, was_first = False, first
        if was_first and (cut := headless.glued_headline(stripped)) is not None:
            out.extend((classify(cut[0], blank), classify(cut[1])))  # a headline run into its first paragraph
            blank = False
            continue
        if (row := split_gallery_row(stripped)) is not None:
            out.extend(classify(piece, blank and k == 0) for k, piece in enumerate(row))  # a gallery on one line
            blank = False
            continue
        if stripped[-1:] in CREDIT_LAST and (credit := glued_credit(stripped)) is not None:
            out.extend((classify(credit[0], blank), classify(credit[1])))
            blank = False
            continue
        line = classify(stripped, blank)
        out.append(line._replace(glued=True, kind=glued_kind(line)) if glued else line)
        blank = False
    return out


def _paragraphs_apart(lines: list[str]) -> list[str]:
    """The lines with paragraphs a dump ran together cut apart (`gluedparas.py`)."""
    return [piece for line in lines for piece in split_glued_paragraphs(line)]


def _glued_dates_apart(lines: list[str]) -> list[str]:
    """The lines with a date line glued into one cut out as a line of its own (the crawler's
    "date 2019-01" field that opens a dump stays on the text it opens)."""
    out: list[str] = []
    for line in lines:
        header = CRAWL_HEADER.match(line) if not any(out) else None
        rest = header["rest"] if header is not None else line
        pieces = split_glued_date(rest) if rest else None
        if pieces is None:
            out.append(line)
            continue
        if header is not None:
            pieces[0] = f"date {header['date']} {pieces[0]}"
        out.extend(pieces)
    return out


def _stray_teaser(lines: list[Line], i: int) -> bool:
    """Whether the headline-like line glued after a crawler's date field (" date 2019-02 Headline") is
    the teaser of another story: it shares no word (of four letters or more, by its first five) with
    the running text under it. On every annotated page a headline shares one with its first paragraphs."""
    if i != 1 or not lines[0].raw.startswith("date ") or lines[0].blank_before:
        return False
    prose = [line.text for line in lines[i + 1:] if line.kind == "sentence"][:TEASER_PARAGRAPHS]
    head = _stems(lines[i].text)
    return len(head) >= 3 and bool(prose) and not head & _stems(" ".join(prose))


def _stems(text: str) -> set[str]:
    return {w[:5] for w in WORDS.findall(text.lower()) if len(w) >= 4}


def _mark_caption_repeats(lines: list[Line]) -> None:
    """Mark as furniture a line printed again at once as a caption with its credit ("Protest in the park" /
    "Protest in the park. Photo: Jane Doe"): a picture's text shown twice, no headline and no paragraph; and a
    picture's credit printed alone above the caption that ends in it ("JANE ROE / TT" / "Caption. JANE ROE / TT"),
    which is no byline."""
    for i in range(len(lines) - 1):
        line = lines[i]
        if line.kind in ("byline", "name", "caption") and _credit_above_caption(line, lines[i + 1]):
            lines[i] = line._replace(kind="furniture")
            continue
        if line.kind not in ("short", "sentence", "name") or len(line.text) < CAPTION_REPEAT_MIN:
            continue
        for nxt in lines[i + 1:i + 3]:
            if nxt.kind == "caption" and len(nxt.text) > len(line.text) and nxt.text.startswith(line.text):
                lines[i] = line._replace(kind="furniture")
                break


def _credit_above_caption(line: Line, nxt: Line) -> bool:
    """Whether `line` is the credit that closes the caption line under it, printed once more above the picture."""
    return (nxt.kind == "caption" and len(nxt.text) > len(line.text) + 1 and nxt.text.endswith(line.text)
            and (cap := split_caption(nxt.text)) is not None and cap.text != "" and cap.credit == line.text)


def _is_anchor(line: Line) -> bool:
    if line.kind in ANCHORS:
        return True
    return line.kind == "sentence" and ((_full_stop(line.text) and line.words >= 8) or line.words >= 25
                                        or _sentences_to_question(line)) and not is_top_caption(line)


def _full_stop(text: str) -> bool:
    """Whether `text` ends in a full stop, not in an initialism's last dot ("… storms strike central U.S."): a
    headline may end in one, a line holding a sentence end before it is running text all the same."""
    if not text.endswith("."):
        return False
    return INITIALISM_END.search(text[-12:]) is None or SENTENCE_INSIDE.search(text) is not None


def _sentences_to_question(line: Line) -> bool:
    """A line of running text that ends in a question or an exclamation after a sentence of its own ("Dozens
    fell ill in the ward. How could it happen?"): a standfirst, no headline (a question headline is one)."""
    return line.text.endswith(("?", "!")) and line.words >= 8 and SENTENCE_INSIDE.search(line.text) is not None


def _is_title_candidate(line: Line) -> bool:
    """A line that may be the headline: not a sentence, nor one that leads into a quote below it ("Det
    siger formanden til avisen:", "He told reporters:"), which no headline does, nor a sentence-case line
    longer than any headline (a lead that asks a question, a caption whose credit trails on)."""
    return (line.kind in ("short", "name", "sentence") and not line.glued and not _full_stop(line.text)
            and not line.text.endswith(":")
            and line.words <= MAX_TITLE_WORDS and headless.is_title_like(line)
            and (line.words <= MAX_PLAIN_TITLE_WORDS or headless.title_case(line.text)))


def find_title(lines: list[Line]) -> int | None:
    """Index of the headline: the last headline-like line before the first anchor.

    A line of three words or more is preferred, and a plain line to a name-like one (a bare
    byline name may stand between the headline and the date).
    """
    anchor = next((i for i, line in enumerate(lines) if _is_anchor(line)), None)
    if anchor is None:
        return None
    candidates = [i for i in range(anchor) if _is_title_candidate(lines[i]) and not _bullet_list_item(lines, i)
                  and not (i > 0 and lines[i - 1].kind == "gallery")]  # (a caption under its label or counter)
    twice = headline_printed_twice(lines, candidates)
    if twice is not None:
        return twice
    for wanted in (("short", "sentence"), ("name",)):
        for i in reversed(candidates):
            if lines[i].words >= 3 and lines[i].kind in wanted and not _under_byline_name(lines, i, candidates):
                return i - 1 if is_standfirst(lines, i) else i
    if lines[anchor].kind not in ANCHORS:
        after = _headline_after_standfirst(lines, anchor)
        return after if after is not None else _last_candidate(lines, candidates)
    # A date or byline above the headline ("Kustposten / Publicerad ... / Headline / Lead"):
    # take the first headline-like line after it, before the running text.
    for i in range(anchor + 1, len(lines)):
        line = lines[i]
        if _is_anchor(line) and line.kind == "sentence":
            break
        if line.kind in ("short", "sentence") and _is_title_candidate(line) and line.words >= 3:
            return i
    return _last_candidate(lines, candidates)


def _last_candidate(lines: list[Line], candidates: list[int]) -> int | None:
    """The last headline-like line above the anchor when no longer one is there, unless it is the site's name,
    a byline name or a section's name ("Innenriks", "Sport": no headline is one), or a single word: a place or
    topic kicker over the first paragraph ("Oslo", "Hadsel"), as a headline of one word hardly ever is."""
    if not candidates or headless.site_or_author(lines, candidates[-1]) or lines[candidates[-1]].words < 2:
        return None
    return None if is_section_names(lines[candidates[-1]].text) else candidates[-1]


def _headline_after_standfirst(lines: list[Line], anchor: int) -> int | None:
    """The headline printed under a page's first paragraph of running text (a standfirst or a caption
    above it: "Lead sentence. / Headline of five words or more / Publicerad …"), else None: the next line
    but furniture, credit lines and the paragraph printed again, when it reads as a headline; a shorter line there
    is a subheading of the body ("Lead. / Slukket kl. 07.00 / Text"), as most subheadings are (a headline runs to
    five words or more, a subheading seldom), unless the page's date or byline stands under it ("Caption. / Brand
    i lagret / Publicerad 3 mars 2024 / Text"; "Uppdaterad / Publicerad" with the dates dropped): no subheading
    has one."""
    for i in range(anchor + 1, len(lines)):
        line = lines[i]
        if line.kind in ("furniture", "caption") or line.text == lines[anchor].text:
            continue  # (a credit line, or the paragraph printed twice: a picture's alt text and its caption)
        if not _is_title_candidate(line) or not headless.reads_as_headline(line):
            return None
        doubled = lines[anchor + 1].text == lines[anchor].text  # a picture's text, no lead: no body yet either
        return i if line.words >= HEADLINE_AFTER_LEAD_WORDS and not headless.text_runs_on(lines, i, anchor) or _over_metadata(lines, i) \
            or doubled and line.words >= DOUBLED_CAPTION_HEADLINE_WORDS else None
    return None


def _over_metadata(lines: list[Line], i: int) -> bool:
    """Whether line i stands straight over the page's date or byline (furniture between skipped, a row of date
    labels whose dates the crawler dropped counts): a headline does, a subheading of the body never."""
    for line in lines[i + 1:]:
        if line.kind in ("date", "byline"):
            return True
        if line.kind != "furniture":
            return False
        if dates.is_label_row(line.text):
            return True
    return False


def _bullet_list_item(lines: list[Line], i: int) -> bool:
    """Whether line i is an item of a bulleted list, a line next to it opening with the same mark ("· 200 000
    march in London" / "· Rallies across Europe"): summary points or teasers, never the headline, which a
    mark may open alone ("➤ Headline")."""
    mark = lines[i].text[:1]
    if mark not in LIST_BULLETS:
        return False
    return any(lines[j].text[:1] == mark for j in (i - 1, i + 1) if 0 <= j < len(lines))


def is_standfirst(lines: list[Line], i: int) -> bool:
    """Whether line i is a standfirst without a full stop straight under the headline ("Headline /
    Officials say attacks hit three regions, leaving thousands without power / By X"): a longer line
    (ten words or more) right under a headline-like line of five words or more. A kicker above a
    headline is shorter than five words, so it is never taken for the headline; but a line that opens with
    an article under a headline of two to four words is a standfirst all the same ("Dødstal eksploderer /
    Det voldsomme jordskælv … har kostet over 11.000 døde"): headlines and kickers drop their articles
    (`lang/<code>/deck_openers.txt`; 1 in 166 annotated headlines opens with one)."""
    line, above = lines[i], lines[i - 1] if i > 0 else None
    if above is None or line.kind != "short" or line.words < STANDFIRST_WORDS or line.words <= above.words or line.text[-1:] in "?!":
        return False
    if line.text[:1] in TITLE_BULLETS:
        return False  # "➤ Headline" under a "more news" link: the marked headline, no standfirst
    if i + 1 < len(lines) and lines[i + 1].text[:1].islower():
        return False  # a line that runs on into the next is a broken paragraph, not a standfirst
    if above.kind != "short" or not _is_title_candidate(above) or above.text.endswith(":"):
        return False
    return above.words >= 5 or (above.words >= 2 and line.text.split(" ", 1)[0].lower() in all_languages_words("deck_openers"))


def _under_byline_name(lines: list[Line], i: int, candidates: list[int]) -> bool:
    """Whether line i is the desk or place under a byline name below the headline ("Headline / Jane Doe /
    BBC News, Kyiv / date"): a short line straight under a name line with a longer headline line above."""
    if i < 2 or lines[i].kind != "short" or lines[i - 1].kind != "name" or lines[i].words > 5:
        return False
    return any(j < i - 1 and lines[j].words >= 3 and lines[j].kind in ("short", "sentence") for j in candidates)


def _lead_above(lines: list[Line], title_at: int) -> list[int]:
    """Indexes of running-text lines straight above the headline (furniture between allowed).

    Some dumps put the standfirst before the headline ("Lead. / Headline / By X"); it is the lead. A line
    printed twice there is a picture's alt text and its caption, no lead.
    """
    out: list[int] = []
    for i in range(title_at - 1, -1, -1):
        kind = lines[i].kind
        if kind == "sentence" and printed_below(lines, i, title_at):
            continue  # a share text of a paragraph below, no standfirst (it stays furniture above the headline)
        if kind == "sentence" and is_top_caption(lines[i]):
            break  # the top picture's caption ("STORMEN: Trær veltet over veien."): read as one above the headline
        if kind == "sentence" and lines[i].text[-1:] in ".!?”\"»":
            out.append(i)
        elif kind != "furniture" or out:
            break
    if len(out) >= 2 and lines[out[-1]].text == lines[out[-2]].text:
        return []  # one line printed twice (a picture's alt text, then its caption): a caption, no lead
    return out[::-1]


def _check_article(body: list[str], headings: list[str], title: str | None, page: Page) -> None:
    """Raise `NotAnArticleError` for too little running text or a list of headlines with teasers (`listpage.py`)."""
    words = sum(p.count(" ") + 1 for p in body)
    if words < MIN_BODY_WORDS:
        raise NotAnArticleError(f"no article body ({words} words of running text)", where=page.input)
    if headline_list(body, headings, title):
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


def _title_and_outlet(lines: list[Line], start: int, masthead: str | None,
                      body: list[str]) -> tuple[str | None, str | None]:
    """The headline (without a site name after it) and the outlet (`outlet.py`); start -1: no headline.
    `body` is in the page's order: the body rules read sentences across paragraphs and take the first of
    their finds, so a set's order (the hash seed's) would change the outlet from one run to the next."""
    footer = outlet_from_footer(lines) or outlet_from_pledge(lines) or outlet_from_site_line(lines)
    if start < 0:
        return None, site_line_above_prose(lines) or masthead or footer or _outlet_in_body(lines, body)
    title = lines[start].text.lstrip(TITLE_BULLETS).lstrip()
    suffixed = split_title_suffix(title, lines, footer)
    if suffixed is not None:
        return suffixed
    return title, find_outlet(lines, start, frozenset(body)) or masthead or footer or _outlet_in_body(lines, body) \
        or outlet_from_address_line(lines)


def _outlet_in_body(lines: list[Line], body: list[str]) -> str | None:
    """The outlet the running text names: a dateline, its own newsroom asking or at work, a photo credit, the
    medium a source was told when a line outside the running text shows it too (`_told_outlet`)."""
    return outlet_from_dateline(body) or outlet_from_inquiry(body) or outlet_from_newsroom(body) \
        or outlet_from_credits(lines) or _told_outlet(lines, body)


def _told_outlet(lines: list[Line], body: list[str]) -> str | None:
    """The medium told (`told.outlet_from_told`) when a line outside the running text names it too (a byline "By X
    staff", a footer, a masthead). A medium the page names only in its text, as the one told or as a reporter, does
    not show which outlet the page is (a site retelling another's interview writes the same words): the corpus
    conventions make it a via and leave the outlet null."""
    found = outlet_from_told(body)
    if found is None:
        return None
    low, paragraphs = found.lower(), frozenset(body)
    return found if any(low in line.text.lower() for line in lines if line.raw not in paragraphs) else None


def structure_text(page: Page, *, options: Options) -> Article:
    """The clean article of a plain-text page. Raises `NotAnArticleError` for pages without running text.

    A page with no headline line is still an article (`headless`): its first line is the title
    when it reads as one, else the title is null; a note on the article says which.
    """
    lines = split_lines(page.content)
    _mark_caption_repeats(lines)
    mark_teaser_list(lines)
    title_at = find_title(lines)
    if title_at is not None and _stray_teaser(lines, title_at):
        lines[title_at] = lines[title_at]._replace(kind="furniture")
        title_at = find_title(lines)
    if title_at is not None and (copy := second_copy(lines, title_at)) is not None:
        lines[copy:] = [line._replace(kind="furniture") for line in lines[copy:]]  # the article printed again
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
    read_above_title(draft, lines[:max(start, 0)])
    lead_above = _lead_above(lines, start) if start >= 0 else []
    draft.flow[:0] = [("body", lines[i].raw) for i in lead_above]
    body, headings, positions, dropped = settle_flow(draft.flow, lines[start].text if start >= 0 else None)
    _check_article(body, headings, lines[start].text if start >= 0 else None, page)
    title, outlet = _title_and_outlet(lines, start, draft.masthead, body)
    lang = options.lang if options.lang != "auto" else langid.identify((title or "") + "\n" + "\n".join(body[:6]))
    pre = [line.text for i, line in enumerate(lines[:max(start, 0)])
           if wordmark(line.text) != outlet and i not in lead_above]
    if title and (kicked := split_kicker(title, lang)) is not None:
        pre.append(kicked[0])
        title = kicked[1]
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
