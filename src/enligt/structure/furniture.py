"""Page furniture: lines a crawl dump carries that are not the article.

Two kinds of evidence: per-language phrase lists (`lang/<code>/furniture.txt`, `paywall.txt`,
`section_labels.txt`, `related_labels.txt`, `furniture_cues.txt`, `lang/social.txt`) and
structural cues (navigation menus of short items separated by wide gaps or bars, breadcrumbs,
copyright lines, e-mail addresses, share-button rows, agency credit lines "(Reporting by ...)",
cookie and newsletter prompts). Phrase files use `phrase` for a whole line, `phrase*` for a line
that starts with it and `~phrase` for a line that contains it. All languages are checked at once:
furniture is recognised before the page's language is known.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from enligt.lang import all_function_words, all_languages_words, wordset
from enligt.structure.byline import is_agency
from enligt.structure.readlinks import LINK_MARKS, label_apart

MAX_FURNITURE: Final = 400  # longer lines are article text or captions, never furniture
# "© 2024 Name", "Copyright (c) 2024 Name. All rights reserved", "© Name 2024 | ..."
FOOTER: Final = re.compile(r"^(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?"
                    r"([^\W\d_][^.,|·©\d]{0,60}?)\s*(?:\d{4})?\s*(?:\s[–-]\s|[.,|·]|$)", re.IGNORECASE)
CAMEL_GLUE: Final = re.compile(r"(?<=[a-zåäöæøüß])(?=[A-ZÅÄÖÆØÜ])")
COUNT_HEAD: Final = re.compile(r"^\d{1,6}\s+(?=[^\W\d_]+$)")
# A subscription's trial offer: a number, a period, "for" and a price ("Prøv 1 måned for 1 kr.", "4 Wochen für 0,99 €").
TRIAL_OFFER: Final = re.compile(r"\d+\s+[^\W\d_]+\s+(?:for|für|för|til|till|på)\s+"
                                r"(?:[$£€]\s*\d{1,2}(?:[.,]\d\d)?(?!\d|[.,]\d)|\d{1,2}(?:,\d\d)?\s*(?:kr\b|€|\$|£|euro\b))", re.IGNORECASE)
MAX_OFFER_LINE: Final = 60  # characters: a longer line with a price in it is running text (an offer's price: 1-2 digits)
MAX_TIME_LABEL_WORDS: Final = 3  # a reading time's label after it: "read", "min. Lesezeit", "reading time"
# (Patterns that a search or split scans open with a character or a class, never a look-behind or a repeat, so
# that the regex engine skips to a candidate in C instead of trying a match at every position; the same matches as
# the patterns as written: tests/structure/test_scanned_patterns.py.)
NAV_SPLIT: Final = re.compile(r"\s(?:\s+|\s*[|•·]\s+|(?<=\t))")
CRUMB_SPLIT: Final = re.compile(r"\s+[/>›»]\s+")
EMAIL_LINE: Final = re.compile(r"^\S+@\S+\.\w+$")
CREDIT_LINE: Final = re.compile(r"^\((?:additional\s+)?(?:reporting|writing|editing|compiled|graphics)\b", re.IGNORECASE)
# An editor's note, a whole sentence in brackets: "(This story was first published on March 3.)".
EDITOR_NOTE = re.compile(r"^[(\[][^()\[\]]{20,}[.!?][)\]]$")
# The same credit without brackets: "Reporting by Jane Doe; Editing by John Smith".
BARE_CREDIT: Final = re.compile(r"^(?:Additional reporting|Reporting|Writing|Editing) by [A-ZÀ-ÖØ-Þ]")
# A server error printed into the page, in English whatever the page's language:
# "Warning: Trying to access array offset on null in /var/www/…/single.php on line 52".
SERVER_ERROR: Final = re.compile(r"^(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|(?:Fatal|Parse) error):"
                                 r" .{0,300}? in \S+\.php(?::\d+)? on line \d+$")
GALLERY: Final = re.compile(r"^(?:[^\W\d_]{2,12}\s+)?\d{1,3}\s*(?:av|of|af|von|aus|/)\s*\d{1,3}$", re.IGNORECASE)
EMPTY_GALLERY: Final = re.compile(r"(?<!\d)0$")  # a gallery counter's total of none ("0 / 0", "Bild 0 av 0")
# A menu whose items the dump glued without spaces ("FinancialGovernment SolutionsLegalNews AgencyRisk …"): a word's
# lower-case letters run into the next item's capital. Brand names do it once or twice in a headline ("YouTube",
# "JavaScript"), never `GLUED_MENU_JOINS` times.
GLUED_JOIN: Final = re.compile(r"[a-zß-öø-ÿ]{3}(?=[A-ZÀ-ÖØ-Þ])")
GLUED_MENU_JOINS: Final = 4
GLUED_MENU_WORDS: Final = 3
GLUED_ITEMS: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)+:?$")  # "SolutionsLegalNews"
CODE_MARKS: Final = frozenset("(){}[]=;<>_\"")  # a line of program code glues words too ("setBoundsFromRect(x)")
# An embedded post's text as a dump prints it, signed by its account and dated ("… #traffic — Harbour Police
# (@HarbourPolice) August 8, 2019", "… — Jane Roe (@janeroe) 8. august 2019"): a widget, no paragraph of the article.
EMBED_SIGN: Final = re.compile(r"[—–-]\s*[^()—–]{1,60}\(@\w{1,15}\)\s+(?:[^\W\d_]{3,10}\.?\s+\d{1,2},\s+\d{4}"
                               r"|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+\d{4})$")
ZOOM_MARKS = frozenset({"+", "⊕"})  # a picture's enlarge button, left alone on its line
SENTENCE_END: Final = frozenset(".!?")
PUNCT_TO_SPACE: Final = str.maketrans({c: " " for c in ",·•|/"})
# Separators between glued furniture phrases ("Advertisement · Scroll to continue", "Annons | Läs mer").
PART_SPLIT: Final = re.compile(r"[\s·•|.](?:(?<=\s)(?:\s*[·•|–—-]\s+|\s*[·•|]\s*|\s+)|(?<=[·•|])\s*|(?<=\.)\s+)")


@dataclass(frozen=True)
class Phrases:
    """A compiled phrase list: exact lines, line prefixes and contained phrases (all lower-case)."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    contains: tuple[str, ...]
    # The prefixes by their first letter (an empty one under every letter): a key is tested against
    # its own letter's few, not all fifty.
    by_first: dict[str, tuple[str, ...]]
    empty: tuple[str, ...]  # ("",) when a prefix is empty (it starts every key), else ()
    # The contained phrases by a word they share (a key without the word holds none of them): a
    # dozen substring tests a line instead of one a phrase.
    guarded: tuple[tuple[str, tuple[str, ...]], ...]

    def starts(self, key: str) -> bool:
        """`key.startswith(self.prefixes)`."""
        return key.startswith(self.by_first.get(key[:1], self.empty))

    def match(self, key: str) -> bool:
        """Whether `key` is, starts with or contains one of the phrases."""
        if key in self.exact or self.starts(key):
            return True
        if len(key) < 8:
            return False
        for guard, group in self.guarded:  # plain substring tests beat one regex alternation here
            if guard in key:
                for phrase in group:
                    if phrase in key:
                        return True
        return False

    def heads(self, key: str) -> bool:
        """Whether `key` is one of the phrases or starts with a prefix phrase (contained ones ignored)."""
        return key in self.exact or self.starts(key)


def phrases(name: str) -> Phrases:
    """The phrase list `lang/<code>/<name>.txt` of every language, compiled (see the module docstring), once: kept
    in a dict (each line asks; compiled, a dict read costs a third of a `functools.cache` call)."""
    got = _PHRASES.get(name)
    if got is None:
        got = _PHRASES.setdefault(name, _phrases(name))
    return got


_PHRASES: Final[dict[str, Phrases]] = {}


def _phrases(name: str) -> Phrases:
    exact, prefixes, contains = set(), [], []
    for entry in all_languages_words(name):
        if entry.startswith("~"):
            contains.append(entry[1:].strip())
        elif entry.endswith("*"):
            prefixes.append(entry[:-1].strip())
        else:
            exact.add(entry)
    empty = ("",) if "" in prefixes else ()
    by_first = {c: tuple(p for p in prefixes if p[:1] == c) + empty for c in sorted({p[:1] for p in prefixes if p})}
    return Phrases(frozenset(exact), tuple(sorted(prefixes, key=len, reverse=True)), tuple(contains), by_first, empty,
                   _guarded(contains))


def _guarded(contains: list[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each contained phrase under its longest word, or under a shorter guard that word contains
    ("chefredaktør" under "redaktør"); a guard is in every phrase of its group."""
    guards = sorted({max(p.split(), key=len) if p.split() else p for p in contains}, key=len)
    kept: list[str] = []
    for g in guards:
        if not any(k in g for k in kept):
            kept.append(g)
    groups: dict[str, list[str]] = {g: [] for g in kept}
    for p in contains:
        groups[next(g for g in kept if g in p)].append(p)
    return tuple((g, tuple(ps)) for g, ps in groups.items())


@cache
def _duration_units() -> tuple[str, ...]:
    """Units of a reading time at the end of a furniture line ("5 min"): `duration_unit`."""
    return tuple(sorted(all_function_words("duration_unit")))


def _count_ends() -> tuple[str, ...]:
    """How a line with a trailing count or reading time ends: ")" or a unit (read once, kept in a list: each
    line asks)."""
    if not _COUNT_ENDS:
        _COUNT_ENDS.append((")",) + _duration_units())
    return _COUNT_ENDS[0]


_COUNT_ENDS: Final[list[tuple[str, ...]]] = []


@cache
def _count_tail() -> re.Pattern[str]:
    """A trailing count or reading time: "(12)", "5 min", "3 minuter"."""
    units = sorted({u.rstrip(".") for u in _duration_units()}, key=lambda u: (-len(u), u))
    return re.compile(r"\s*(?:\(\d+\)|\d+\s*(?:" + "|".join(map(re.escape, units)) + r")\.?)$", re.IGNORECASE)


@cache
def _time_head() -> re.Pattern[str]:
    """A leading reading time before its label, a bullet perhaps glued before it: "·1 min read", "4 minutter lesetid"."""
    units = sorted({u.rstrip(".") for u in _duration_units()}, key=lambda u: (-len(u), u))
    return re.compile(r"^[·•]?\s*\d{1,3}\s*(?:" + "|".join(map(re.escape, units)) + r")\.?\s+(?=[^\W\d_])", re.IGNORECASE)


def key(line: str, normalized: bool = False) -> str:
    """The form a line is looked up by: lower-case, one space, no trailing colon, count or duration.

    `normalized` says the line's whitespace is already collapsed to single spaces.
    """
    k = line.lower() if normalized else " ".join(line.lower().split())
    if k.endswith(_count_ends()):
        tail = _count_tail().search(k[-24:])
        if tail is not None:
            k = k[: len(k) - 24 + tail.start()] if len(k) > 24 else k[: tail.start()]
    if k[:1].isdigit() and (count := COUNT_HEAD.match(k)) is not None:
        k = k[count.end():]  # "12 kommentarer", "42 comments": a counter on a button
    elif (k[:1].isdigit() or k[:1] in "·•") and (time := _time_head().match(k)) is not None \
            and k.count(" ", time.end()) < MAX_TIME_LABEL_WORDS:
        k = k[time.end():]  # "1 min read", "3 minutter lesetid": the reading time before its label
    return k.rstrip(" :.!…").strip()


def _is_nav(line: str) -> bool:
    """A menu: three or more short items separated by wide gaps or bars, or two tiny ones."""
    if "  " not in line and "|" not in line and "•" not in line and "·" not in line and "\t" not in line:
        return False
    parts = [p for p in NAV_SPLIT.split(line.strip()) if p]
    if len(parts) < 2:
        return False
    sizes = [len(p.split()) for p in parts]
    if line.rstrip()[-1:] in SENTENCE_END:
        return False
    return (len(parts) >= 3 and max(sizes) <= 3) or max(sizes) <= 2


def _embedded_post(line: str) -> bool:
    """An embedded post printed on one line with its signature (`EMBED_SIGN`); a signature alone on its line stays
    (a page's HTML sets it apart from the post, which benchmarks count as text)."""
    sign = EMBED_SIGN.search(line)
    return sign is not None and sign.start() > 0


def is_glued_menu(line: str) -> bool:
    """A menu printed without spaces between its items: `GLUED_MENU_JOINS` words or more glued to the next
    one's capital, in `GLUED_MENU_WORDS` words of capitalised items at least, no sentence end and no code's marks
    ("FinancialGovernment SolutionsLegalNews AgencyRiskTax & Accounting"; not "setBoundsFromRect (x, y);")."""
    if line[-1:] in SENTENCE_END or len(GLUED_JOIN.findall(line)) < GLUED_MENU_JOINS or any(c in line for c in CODE_MARKS):
        return False
    return sum(1 for word in line.split() if GLUED_ITEMS.match(word)) >= GLUED_MENU_WORDS


def _is_breadcrumb(line: str) -> bool:
    if " / " not in line and " > " not in line and "›" not in line and "»" not in line:
        return False
    parts = CRUMB_SPLIT.split(line.strip())
    return 2 <= len(parts) <= 5 and all(0 < len(p.split()) <= 4 for p in parts) and line[-1:] not in SENTENCE_END


def is_section_names(k: str) -> bool:
    """Whether every word of `k` is a section name ("nyheter sport kultur", "ekonomi"); a breadcrumb's items glued
    by the dump are read apart ("NewsLocal News": a lower-case letter, then a capital)."""
    sections = all_languages_words("sections")
    if not k.islower():
        k = CAMEL_GLUE.sub(" ", k).lower()
    words = k.translate(PUNCT_TO_SPACE).split()
    return bool(words) and len(words) <= 15 and all(w in sections or w.rstrip(".:") in sections for w in words)


def _cue_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """`_cue_words_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _CUE_WORDS_KEPT:
        _CUE_WORDS_KEPT.append(_cue_words_built())
    return _CUE_WORDS_KEPT[0]


_CUE_WORDS_KEPT: Final[list[tuple[frozenset[str], tuple[str, ...]]]] = []


def _cue_words_built() -> tuple[frozenset[str], tuple[str, ...]]:
    """The cue words, and the shortest of them that the others contain (a cheap first test)."""
    cues = all_languages_words("furniture_cues")
    stems = tuple(sorted(c for c in cues if not any(c != o and o in c for o in cues)))
    return cues, stems


def _has_cue(k: str) -> bool:
    """Whether a cookie or newsletter word stands in `k`."""
    cues, stems = _cue_words()
    for stem in stems:
        if stem in k:
            return any(w.strip("\"'():,.!?–-") in cues for w in k.split())
    return False


def is_furniture(line: str, k: str | None = None) -> bool:
    """True when `line` is page furniture (ads, prompts, menus, share rows, footers).

    `k` is the line's `key`, when the caller has it already.
    """
    line = line.strip()
    if not line or len(line) > MAX_FURNITURE:
        return False
    k = key(line) if k is None else k
    if not k or phrases("furniture").match(k) or phrases("paywall").match(k) or _doubled_label(k):
        return True
    if "©" in line or "copyright" in k or "(c) " in k:
        return True
    if _is_phrase_row(k):
        return True
    if ("@" in line and EMAIL_LINE.match(line)) or (line[0] == "(" and CREDIT_LINE.match(line)):
        return True
    if line[-1:].isdigit() and (SERVER_ERROR.match(line) or "(@" in line and _embedded_post(line)):
        return True
    if line[0] in "ARWE" and BARE_CREDIT.match(line) and (";" in line or line[-1] not in ".!?"):
        return True
    if len(line) <= 160 and (_is_word_row(k) or (len(k) < 30 and GALLERY.match(k))
                             or _is_nav(line) or _is_breadcrumb(line) or is_glued_menu(line)):
        return True
    if _has_cue(k):
        is_cookie = "cookie" in k or "kakor" in k or "informasjonskapsler" in k
        return is_cookie or line[-1:] not in ".!?"
    return _trial_offer(line)


def _trial_offer(line: str) -> bool:
    """A short line that sells a subscription's trial period for a price: furniture, never text or a link."""
    return len(line) <= MAX_OFFER_LINE and TRIAL_OFFER.search(line) is not None


def _doubled_label(k: str) -> bool:
    """A furniture label printed twice on one line, the dump's copy of a label's two elements ("annons annons",
    "advertisement advertisement")."""
    half = len(k) // 2
    return len(k) % 2 == 1 and k[half] == " " and k[:half] == k[half + 1:] and phrases("furniture").heads(k[:half])


def _is_phrase_row(k: str) -> bool:
    """Furniture phrases glued by separators or dots ("advertisement · scroll to continue")."""
    if len(k) > 120 or not any(c in k for c in "·•|–—-") and "  " not in k and ". " not in k:
        return False
    furniture, paywall = phrases("furniture"), phrases("paywall").exact
    cut = PART_SPLIT.search(k)
    if cut is None:
        return False  # one part
    first = k[:cut.start()].strip(" .:")
    if first and not (furniture.heads(first) or first in paywall):
        return False  # the first part is no furniture phrase: the rest of the line need not be split
    parts = [p.strip(" .:") for p in PART_SPLIT.split(k)]
    parts = [p for p in parts if p]
    return len(parts) >= 2 and all(furniture.heads(p) or p in paywall for p in parts)


def _is_word_row(k: str) -> bool:
    """A row of share buttons ("twitter facebook e-post") or of section names ("nyheter sport kultur")."""
    if k.count(" ") > 12 or k[-1:] in SENTENCE_END:
        return False
    words = k.split()
    if len(words) > 10:
        return False
    if "," in k or "|" in k or "/" in k or "·" in k:
        words = k.translate(PUNCT_TO_SPACE).split()
    social = wordset(None, "social")
    if social.issuperset(words):
        return bool(words)
    if _is_share_button(words, social):
        return True
    sections = all_languages_words("sections")
    return len(words) >= 2 and (sections.issuperset(words) or all(w.rstrip(".:") in sections for w in words))


def _is_share_button(words: list[str], social: frozenset[str]) -> bool:
    """A share or follow button: a network's name with its verb or preposition only ("Del via email",
    "Auf Facebook teilen", "Follow us on Twitter"); a headline holds other words."""
    if not any(w in social for w in words):
        return False
    share = all_function_words("share_word")
    return all(w in social or w in share for w in words)


def is_prompt(line: str, k: str) -> bool:
    """Furniture that reads like a sentence: a listed phrase, a footer, a credit line, a cookie prompt.

    The cheap check for lines of running text (`k`: the line in lower case).
    """
    if phrases("furniture").match(k) or "©" in line or "copyright" in k:
        return True
    if line[0] == "(" and CREDIT_LINE.match(line):
        return True
    return (_has_cue(k) and any(w in k for w in all_function_words("cookie_word"))) or _trial_offer(line)


def is_editor_note(line: str) -> bool:
    """A whole sentence in brackets: "(The agency circulated the following article on March 3.)". Above
    the running text it is an editor's note, never a headline; inside the body it may be text."""
    return line[:1] in "([" and EDITOR_NOTE.match(line) is not None


def is_comment_header(line: str) -> bool:
    """The header of the comment section ("Kommentarer:", "Kommentare", "Comments"; no counter) or of the
    newsroom's note on its journalism under the article ("Så arbetar vi": `pledge_headers.txt`): once the
    body has begun, running text after it is the readers' or the site's, not the article's."""
    if len(line) > 40 or any(ch.isdigit() for ch in line):
        return False  # "12 kommentarer" is a counter on a button, often under the headline
    k = key(line)
    return k in all_languages_words("comment_labels") or k in all_languages_words("pledge_headers")


def is_gallery_marker(line: str, k: str | None = None) -> bool:
    """"Bild 1 av 4", "Image 2 of 5", an enlarge button left as a lone "+", a caption's label on its own line
    ("Image caption", "Bildtext": `caption_labels.txt`): the next line is a caption."""
    if line in ZOOM_MARKS:
        return True
    if len(line) >= 30:
        return False
    k = key(line) if k is None else k
    if (m := GALLERY.match(k) or _counter_in_words(k)) is not None:
        return not EMPTY_GALLERY.search(m[1] if m.re is GALLERY_WORDS else m[0])  # "0 / 0": no picture, no caption
    return k in all_languages_words("caption_labels")


# A gallery counter in brackets, after a labelled word or before its picture noun: "(1/5)", "Galerie: 1 von 12",
# "1 of 12 photos" (the counter itself group 1).
GALLERY_WORDS: Final = re.compile(r"^\(?(?:[^\W\d_]{2,12}:\s+)?(\d{1,3}\s*(?:av|of|af|von|aus|/)\s*\d{1,3})\)?"
                                  r"(?:\s+(?P<noun>[^\W\d_]{3,12}))?$")


def _counter_in_words(k: str) -> re.Match[str] | None:
    """The counter of a gallery line `GALLERY` leaves out (`GALLERY_WORDS`), its noun a picture's
    (`picture_nouns.txt`; "1 av 4 svenskar" counts people), its group 1 the counter itself."""
    m = GALLERY_WORDS.match(k)
    if m is None or (m["noun"] is not None and m["noun"] not in all_languages_words("picture_nouns")):
        return None
    return m


def is_picture_count(line: str) -> bool:
    """A line that counts a gallery's pictures, perhaps after a button's words ("12 bilder", "Se alla 12 bilder",
    "Galerie (12 Bilder)", "See all 8 photos"; `picture_nouns.txt`): furniture, no heading."""
    if len(line) >= MAX_PICTURE_COUNT or not any(ch.isdigit() for ch in line):
        return False
    m = PICTURE_COUNT.match(line)
    return m is not None and m["noun"].lower() in all_languages_words("picture_nouns")


def is_video_prompt(line: str) -> bool:
    """A short line with no sentence's stop that points to a video player by where it stands ("Se Anna Ek om stormen
    i klippet ovan", "Watch the mayor in the video above"; `video_places.txt`): the player's prompt, no heading."""
    if len(line) > MAX_VIDEO_PROMPT or line[-1:] in "!?":
        return False
    return line.lower().rstrip(".").endswith(_video_endings())


def _video_endings() -> tuple[str, ...]:
    """Each of `video_places` with the space before it, as one tuple for `endswith` (built once, kept in a list:
    each short line asks; it joined a space to every place a line)."""
    if not _VIDEO_ENDINGS:
        _VIDEO_ENDINGS.append(tuple(" " + place for place in sorted(all_languages_words("video_places"))))
    return _VIDEO_ENDINGS[0]


_VIDEO_ENDINGS: Final[list[tuple[str, ...]]] = []


MAX_VIDEO_PROMPT: Final = 100  # characters of such a prompt at most
MAX_PICTURE_COUNT: Final = 40  # characters of such a line at most
PICTURE_COUNT: Final = re.compile(r"^(?:[^\W\d_]+:?\s+){0,3}\(?\d{1,3}\s+(?P<noun>[^\W\d_]+)\)?(?:\s+[^\W\d_]+)?$")


def is_paywall(line: str, k: str | None = None) -> bool:
    """A paywall prompt: the readable article ends here."""
    return len(line) <= MAX_FURNITURE and phrases("paywall").match(key(line) if k is None else k)


def is_section_header(line: str, k: str | None = None) -> bool:
    """The header of a furniture list ("Mest läst", "Mer från Ekonomi", "Most popular")."""
    return len(line) <= 80 and phrases("section_labels").heads(key(line) if k is None else k)


def footer_outlet(line: str) -> str | None:
    """The publication named by a copyright footer ("© 2024 Sydkysten Avis", "© Bladet 2024. Ansvarig ...").

    None for other lines and for an agency's copyright ("Copyright 2024 The Associated Press").
    """
    if len(line) > 160:
        return None
    m = FOOTER.match(line.strip())
    if m is None:
        return None
    words = m[1].strip(" .,").split()
    legal, small = all_function_words("legal_form"), all_function_words("name_small")
    while words and words[-1].lower() in legal:
        words.pop()
    name = " ".join(words)
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w.lower() in small for w in words):
        return None
    return None if is_agency(name) else name


def is_factbox_header(line: str, k: str | None = None) -> bool:
    """The label of a fact box ("Faktaruta", "FAKTA: Havnen", "Fast facts"): its tight block is no body text."""
    if len(line) > 80:
        return False
    k = key(line) if k is None else k
    labels = all_languages_words("factbox_labels")
    return k in labels or k.partition(":")[0].strip() in labels


# A linked headline in quotes, perhaps after a word for it and with its date ('artikeln "Unionen bantar" 2008-06-16').
QUOTED_LINK: Final = re.compile(r'^(?:[^\W\d_]+ )?["“”«»„](?P<title>[^"“”«»„]{3,200})["“”«»](?: \(?\d{4}-\d\d-\d\d\)?)?$')


def related_label(line: str, k: str | None = None) -> tuple[str, str] | None:
    """("Läs också", rest) for a read-also line: rest is the glued headline or "" for a header."""
    if len(line) > 300:
        return None
    line = " ".join(line.split())
    if line[:1] in LINK_MARKS:
        line, k = line.lstrip(LINK_MARKS).lstrip(), None  # "► LES OGSÅ: …", "» Läs mer: …"
    rel = phrases("related_labels")
    head, sep, rest = line.partition(":")
    if not (sep and rest.strip() and head.lower().strip() in rel.exact):
        head, rest = label_apart(line, rel.exact)
    if rest.strip():
        quoted = QUOTED_LINK.match(rest.strip())
        return head.strip(), quoted["title"] if quoted is not None else rest.strip()
    if len(line) <= 80 and rel.heads(key(line) if k is None else k):
        return line.rstrip(" :"), ""
    return None
