"""The outlet of a plain-text page: a masthead line, the tail of "Headline | Outlet", a footer or a pledge.

Crawl dumps name the site in three places: a short wordmark line above the headline ("KUSTPOSTEN",
"Kustposten - Nyheter från Gotland"), the page title printed as "Headline | Outlet" or
"Headline - Outlet" (alone, or above the headline printed once more), and a copyright footer
("© 2024 Kustposten AB"). A footer that names a media group ("Copyright Nexstar Media Inc.") or an
agency names the publisher of the copy, not the page's outlet. Lists: `lang/outlets.txt`,
`lang/mastheads.txt` (`lang/gazetteers.py`), `sections.txt`, `function_words.tsv` (`title_small`,
`name_small`, `legal_form`, `publisher_word`).
"""
from __future__ import annotations

import re
from functools import cache

from enligt.lang import SUPPORTED, all_function_words, all_languages_words, table, wordset
from enligt.lang.casefold import guard_words, odd_case
from enligt.lang.gazetteers import is_masthead, is_platform, outlet_names
from enligt.structure.byline import is_agency, is_outlet
from enligt.structure.captions import split_caption
from enligt.structure.furniture import is_section_names
from enligt.structure.lines import Line

# (Patterns that a search or split scans open with a character or a class, never a look-behind or a repeat, so
# that the regex engine skips to a candidate in C instead of trying a match at every position; the same matches as
# the patterns as written: tests/structure/test_scanned_patterns.py.)
OUTLET_TAGLINE = re.compile(r"\s\s*[–—|·-]\s+")
# The separator before a page title's site name: a bar (or bullet) or a spaced dash.
TITLE_SUFFIX = re.compile(r"\s\s*(?:(?P<bar>[|·•])|[–—-])\s+")
DOMAIN = re.compile(r"^[\w-]+\.(?:se|no|dk|de|at|ch|com|co\.uk|uk|net|org|nu|fi)$", re.IGNORECASE)
MAX_SUFFIX_WORDS = 5


def find_outlet(lines: list[Line], title: int, body: frozenset[str] = frozenset()) -> str | None:
    """The site name: the tail of a page-title line above the headline ("Headline | Outlet"), else the
    first short, name-like line above it (a tagline after a dash cut off) that is shaped like a site's
    name or named again outside the body paragraphs (`body`: their raw text).

    A kicker, a section or a topic tag above a headline ("Festnahmen und Haftbefehle", "KLIMA",
    "Michigan State") is no outlet, nor the headline printed again above itself (it is "named again"
    by its own copies): a real dump often has no site name at all, and none is better than an
    invented one.
    """
    head = lines[title].text
    for line in lines[:title]:
        if line.text.startswith(head) and (m := TITLE_SUFFIX.match(line.text, len(head))) is not None:
            tail = _name_tail(line.text[m.end():])
            if tail is not None:
                return wordmark(tail)
    for k, line in enumerate(lines[:title]):
        if line.text == head:
            continue  # the headline printed again above itself (a page title, a share text): no site's name
        text = without_prompt(OUTLET_TAGLINE.split(line.text, 1)[0].strip())
        if line.kind not in ("short", "name") or len(text.split()) > 5 or text[-1:] in ".!?:":
            continue
        if not any(ch.isalpha() for ch in text) or is_section_names(text):
            continue
        name = wordmark(text)
        if _site_shaped(name) or _named_again(name, lines, (k, title), body):
            return name
    return None


def _site_shaped(name: str) -> bool:
    """A known outlet, a domain, or a name with a masthead word in it ("Dagbladet Norr", "Kust-Posten")."""
    if is_outlet(name) or DOMAIN.match(name):
        return True
    return any(is_masthead(part) for word in name.split() for part in word.split("-"))


def site_shaped(name: str) -> bool:
    """Whether `name` is shaped like a site's name (`_site_shaped`), for the other outlet readers."""
    return _site_shaped(name)


def _named_again(name: str, lines: list[Line], skip: tuple[int, int], body: frozenset[str]) -> bool:
    """Whether `name` stands again on the page outside the body paragraphs and the headline (`skip`:
    the name's line and the headline's): in a footer, a byline, an e-mail address, a newsletter
    prompt ("© Affärsliv Media AB", "By Capital Wire staff"). A place kicker is named in the text."""
    low = name.lower()
    pattern = re.compile(rf"(?<![^\W_]){re.escape(low)}(?![^\W_])")
    for k, line in enumerate(lines):  # (the name's text inside a line first: a substring test costs less than the regex)
        if k not in skip and line.raw not in body and low in (text := line.text.lower()) and pattern.search(text):
            return True
    return False


def site_line_above_prose(lines: list[Line]) -> str | None:
    """On a page with no headline, a short line above the running text shaped like a site's name
    ("Kustposten", "THE HARBOUR GAZETTE"): a known outlet or a masthead, never a person's name."""
    for line in lines:
        if line.kind == "sentence":
            return None
        if line.kind in ("short", "name") and line.words <= 4 and is_outlet(name := wordmark(without_prompt(line.text))) \
                and not is_section_names(name):  # "Nyheter", "Lokale nyheter": a section, as above a headline
            return name
    return None


@cache
def _prompts() -> tuple[str, ...]:
    """The skip links and buttons of `lang/<code>/nav_prompts.txt`, lower-cased, the longest first."""
    return tuple(sorted(all_languages_words("nav_prompts"), key=len, reverse=True))


def without_prompt(text: str) -> str:
    """`text` without a skip link or button printed before the site's name, glued or spaced ("Hoppa till
    innehållKustposten" -> "Kustposten", "Watch Harbour News" -> "Harbour News"); the name itself starts
    with a capital. A line that is only the prompt stays as it is."""
    low = text.lower()
    for prompt in _prompts():
        if not low.startswith(prompt):
            continue
        tail = text[len(prompt):]
        rest = tail.lstrip()
        if rest[:1].isupper() and (tail[:1] == " " or " " in prompt):  # a one-word prompt needs a space after it
            return rest
    return text


def wordmark(text: str) -> str:
    """An all-caps wordmark in title case ("CAPITAL WIRE" -> "Capital Wire"); short acronyms kept ("SVT")."""
    if not text.isupper():
        return text
    small = all_function_words("title_small")
    return " ".join("-".join(p.capitalize() for p in w.split("-")) if len(w) > 3 or w.lower() in small else w
                    for w in text.split())


def split_title_suffix(title: str, lines: list[Line], footer: str | None) -> tuple[str, str] | None:
    """(headline, outlet) of a headline printed with the site name after it ("Headline | Outlet").

    After a bar any name-like tail is the outlet; after a dash only a name the page or the gazetteers
    back (a known outlet or masthead, a domain, the footer's name, a line of its own), or one word (not
    a first name) after a sentence-case headline: "Brand i Visby – polisen utreder" is a headline.
    """
    found = None
    for m in TITLE_SUFFIX.finditer(title):
        found = m
    if found is None:
        return None
    head, tail = title[:found.start()].strip(), _name_tail(title[found.end():])
    if tail is None or len(head.split()) < 3:
        return None
    if not found["bar"] and not _backed(tail, head, lines, footer):
        return None
    return _without_sections(head), wordmark(tail)


def _without_sections(head: str) -> str:
    """`head` without the section names after its last separators ("Headline | Lokalt" -> "Headline")."""
    while True:
        last = None
        for m in TITLE_SUFFIX.finditer(head):
            last = m
        if last is None or not is_section_names(head[last.end():].lower()):
            return head
        head = head[:last.start()].rstrip()


def _backed(tail: str, head: str, lines: list[Line], footer: str | None) -> bool:
    """Whether the page or the gazetteers show that `tail` after a dash is the site's name."""
    low = tail.lower()
    if low in outlet_names() or is_masthead(tail) or DOMAIN.match(tail) or (footer and footer.lower() == low):
        return True
    if any(line.text.lower() == low for line in lines):
        return True
    if " " in tail or low in all_languages_words("first_names"):
        return False  # "Han blir ny förbundskapten – Jon Berg": a person
    small = all_function_words("title_small")
    return any(w[:1].islower() and w not in small for w in head.split()[1:])  # a sentence-case headline


def _name_tail(tail: str) -> str | None:
    """`tail` when it reads as a site's name: up to five capitalised words, no sentence end, no section
    names only, no agency ("Headline - TT" credits the copy)."""
    tail = tail.strip()
    words = tail.split()
    if not words or len(words) > MAX_SUFFIX_WORDS or tail[-1:] in ".!?:,":
        return None
    if DOMAIN.match(tail):
        return tail  # "Headline - harbourgazette.com"
    small = all_function_words("name_small") | all_function_words("title_small")
    if not tail[:1].isupper() or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words):
        return None
    if is_section_names(tail) or is_agency(tail):
        return None
    return tail


@cache
def _inquiry() -> re.Pattern[str]:
    """"auf <Name>-Nachfrage": the page's own newsroom asked (`lang/<code>/inquiry_words.txt`)."""
    heads = "|".join(sorted(re.escape(w) for w in all_languages_words("inquiry_words")))
    name = r"(?:[A-ZÄÖÜ][\w.&]*\s){0,2}[A-ZÄÖÜ][\w.&]*"
    return re.compile(rf"\b[Aa]uf\s+({name})-(?:{heads.title()}|{heads})\b")


DATELINE_OUTLET = re.compile(r"^[A-ZÅÄÖÆØÜ][A-ZÅÄÖÆØÜ .,'-]*(?:, [A-Z][\w .'-]*)?\s+\(([A-Z][\w.&-]*(?: [A-Z0-9][\w.&-]*){0,2})\)\s*[-–—:]")
# A dateline whose place is written in title case, one word: "Bergen (BT): …", "Hamburg (NDR) – …" (a known outlet
# only: "Jane Roe (SPD) – …" names a party).
TITLED_DATELINE = re.compile(r"^[A-ZÅÄÖÆØÜ][a-zåäöæøüß]+\s+\(([A-ZÅÄÖÆØÜ][\w.&-]*(?: [A-ZÅÄÖÆØÜ0-9][\w.&-]*){0,2})\)\s*[-–—:]")
# A dateline in the first paragraph: "QAEN, Iran (CNN) --", "LONDON (Globe Radio) —".
BARE_DATELINE_OUTLET = re.compile(r"^\(([A-ZÅÄÖÆØÜ][\w.&-]*(?: [A-ZÅÄÖÆØÜ][\w.&-]*){0,2})\)\s*[-–—:]")
# A dateline with no place: "(WXYZ) - Police have…", "(Dagbladet): Klokka 19.11 …".
# A dateline with no dash after its bracket, the text running on: "TRONDHEIM (VG) Kåre …", "(CNN)A suspect …".
UNDASHED_DATELINE = re.compile(r"^(?:[A-ZÅÄÖÆØÜ][A-ZÅÄÖÆØÜ .,'-]*\s+)?\(([A-ZÅÄÖÆØÜ][\w.&-]*(?: [A-ZÅÄÖÆØÜ][\w.&-]*){0,2})\)"
                               r"\s*(?=[A-ZÅÄÖÆØÜ(«\"„“])")
CALL_SIGN = re.compile(r"^(?:[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?|(?:ABC|CBS|NBC|FOX|CW|PBS) ?\d{1,2})$")
# A North American broadcaster's call letters ("WKRG", "KTVU-TV") or its network and channel ("CBS 58", "FOX9"): a
# station, the page's own in its dateline.


def outlet_from_dateline(body: list[str]) -> str | None:
    """The outlet in a paragraph's opening dateline "PLACE (Outlet) --", "Place (Outlet):" or "(Outlet) -": a known
    outlet or a station's call letters, which wrote the text itself, or after a place in capitals a name printed as a
    wordmark ("HOUSTON (Harbour Now) —", "(HarbourNews)": `_wordmark_shaped`); an agency there ("(AP) --", "(Harbour News Agency)")
    wrote the copy that another site runs, so it names no outlet."""
    found = sorted((m[1], m.re is DATELINE_OUTLET) for paragraph in body
                   if (m := DATELINE_OUTLET.match(paragraph) or BARE_DATELINE_OUTLET.match(paragraph)) is not None)
    found += [(m[1], False) for paragraph in body if (m := TITLED_DATELINE.match(paragraph)) is not None]
    return next((name for name, placed in found if not is_agency(name) and not _agency_shaped(name)
                 and (is_outlet(name) or CALL_SIGN.match(name)
                      or placed and _wordmark_shaped(name) and not name[-1:].isdigit())), None) \
        or _undashed_outlet(body)  # ("(Teil 2)")


def _undashed_outlet(body: list[str]) -> str | None:
    """The known outlet (only: "BERGEN (SV) …" names a party) in a dateline with no dash after its bracket
    (`UNDASHED_DATELINE`) opening one of the first paragraphs; never an agency, whose copy any site runs."""
    for paragraph in body[:DATELINE_PARAGRAPHS]:
        m = UNDASHED_DATELINE.match(paragraph) if "(" in paragraph[:MAX_DATELINE] else None
        if m is not None and m[1].lower() in outlet_names() and not is_agency(m[1]):
            return m[1]
    return None


DATELINE_PARAGRAPHS, MAX_DATELINE = 3, 60  # a dateline opens one of the first paragraphs; its bracket comes early


def _agency_shaped(name: str) -> bool:
    """A name that calls itself an agency or a wire service ("Harbour News Agency", "Nordic Wire"):
    `function_words.tsv` `agency_word`."""
    return any(w.lower() in all_function_words("agency_word") for w in name.split())


def outlet_from_credits(lines: list[Line]) -> str | None:
    """The outlet a photo credit names as the photographer's employer ("Foto: Kari Nes / NRK", "Foto: Eva
    Ek/SVT"): a known outlet, never an agency (whose pictures every site buys), nor a paper an agency spread the
    picture from ("Foto: Eva Ek/Kustposten/TT": any site may print it)."""
    for line in lines:
        if line.kind != "caption" or (cap := split_caption(line.text)) is None or not cap.credit:
            continue
        parts = [part.strip() for part in CREDIT_PARTS.split(cap.credit)]
        for k, name in enumerate(parts):
            if name and name.lower() in outlet_names() and not is_agency(name) \
                    and not any(is_agency(later) for later in parts[k + 1:]):
                return name
    return None


CREDIT_PARTS = re.compile(r"\s*[/,|]\s*|\s+[-–]\s+")


def outlet_from_inquiry(body: list[str]) -> str | None:
    """The outlet named where the text says its own newsroom asked ("…, sagte er auf Radio MK-Nachfrage"):
    a page with no masthead nor footer often names itself only there. An agency's name gives none."""
    pattern = _inquiry()
    for paragraph in body:
        for m in pattern.finditer(paragraph):
            if not is_agency(m[1]):
                return m[1]
    return None


@cache
def _newsroom_acts() -> re.Pattern[str]:
    """"<Name> har inte lyckats nå", "som <Name> har set" (`lang/<code>/newsroom_acts.txt`, "*" for the name)."""
    name = r"([A-ZÅÄÖÆØÜ][\w.&/-]*(?:\s[A-ZÅÄÖÆØÜ0-9][\w.&/-]*){0,3})"
    out = []
    for line in sorted(all_languages_words("newsroom_acts")):
        head, _, tail = line.partition("*")
        out.append(rf"(?i:{_loose(head)}){name}(?i:{_loose(tail)})\b")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(out) or '(?!)'})")


def outlet_from_newsroom(body: list[str]) -> str | None:
    """The outlet the text names as its own newsroom at work: asking, calling or seeing a document ("Kustposten
    har inte lyckats nå bolaget", "som Kystposten har set", "Fjordavisa har forsøkt å nå"). Only a known outlet
    or a name shaped like a newspaper's counts (a police force also tries to reach people), never an agency, and
    only one: a page naming two such newsrooms quotes another's reporting."""
    pattern = _newsroom_acts()
    found: set[str] = set()
    for paragraph in body:
        for m in pattern.finditer(paragraph):
            name = _newsroom_name(next(g for g in m.groups() if g))
            if name is not None and not is_agency(name):
                found.add(name)
    return _domain_spelling(found.pop(), body) if len(found) == 1 else None


def _domain_spelling(name: str, body: list[str]) -> str:
    """A web address opening a sentence is capitalised there only ("Sn.dk vil …"): the spelling the text
    uses inside a sentence ("… over for sn.dk.") is the outlet's."""
    if "." not in name or not name[:1].isupper():
        return name
    lower = name[:1].lower() + name[1:]
    return lower if any(lower in paragraph for paragraph in body) else name


def _known_tail(words: str) -> str | None:
    """The known outlet that ends `words`, a sentence's first word dropped ("Men Resett" -> "Resett")."""
    parts = words.split()
    return next((" ".join(parts[k:]) for k in range(len(parts)) if " ".join(parts[k:]).lower() in outlet_names()), None)


def _newsroom_name(words: str) -> str | None:
    """The newsroom that ends `words`: a known outlet (`_known_tail`), else a name shaped like a newspaper's
    after the function words that open the sentence ("The Tribune Chronicle" -> "Tribune Chronicle", "Rødovre
    Lokal Nyt", "Dagbladet Norr"): a masthead word in it, never that word alone ("Posten": the mail)."""
    known = _known_tail(words)
    if known is not None:
        return known
    parts = words.split()
    openers = _sentence_openers()
    while parts and parts[0].lower() in openers:
        parts = parts[1:]
    name = " ".join(parts)
    if not parts or name.lower() in wordset(None, "mastheads") or not all(p[:1].isupper() for p in parts):
        return None
    return name if _site_shaped(name) else None


@cache
def _sentence_openers() -> frozenset[str]:
    """Articles, conjunctions and prepositions of every language: they open a sentence before a name."""
    out: set[str] = set()
    for name in ("determiners", "coordinators", "subordinators", "prepositions"):
        out |= all_languages_words(name)
    return frozenset(out)


@cache
def _pledges() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """"Så här jobbar <Name> med journalistik" (`lang/<code>/pledge_lines.txt`, "*" for the name): one
    pattern for each line, in order, and all of them as one, which rules out a line in a single match."""
    name = r"([A-ZÅÄÖÆØÜ][\w.&-]*(?:\s[A-ZÅÄÖÆØÜ0-9][\w.&-]*){0,3})"  # ("Kanal 12": a channel's number)
    out = []
    for line in sorted(all_languages_words("pledge_lines")):
        inside = line.startswith("~")  # a pledge after other words of its line: any text before it
        head, _, tail = line.lstrip("~").partition("*")
        out.append(rf"^{'.*?' if inside else ''}(?i:{_loose(head)}){name}(?i:{_loose(tail)})")
    return re.compile("|".join(out) or "(?!)"), tuple(re.compile(p) for p in out)


def _loose(words: str) -> str:
    """`words` as a pattern with any run of spaces around and between them."""
    return r"\s+".join(re.escape(w) for w in words.split()).join((r"\s*", r"\s*")) if words.strip() else ""


def outlet_from_pledge(lines: list[Line]) -> str | None:
    """The site a newsroom's pledge about its journalism or its stance names ("Så här jobbar Kustposten med
    journalistik: uppgifter som publiceras ska vara korrekta", "Kustposten är politiskt obunden"): a local paper
    prints it under every article."""
    if not _may_hold(lines, "pledge_lines"):
        return None  # no pledge's longest word stands on the page: no line need be tried (each costs a match)
    anyone, pledges = _pledges()  # (read once a page, not once a line)
    for line in lines:
        if anyone.match(line.text) is None:
            continue  # no pledge opens the line (the common case: one match, not one a pledge)
        for pattern in pledges:
            m = pattern.match(line.text)
            if m is not None and (not is_agency(m[1]) or _own_site_agency(m[1])):
                return m[1]
    return None


def _own_site_agency(name: str) -> bool:
    """An agency that runs a site of its own (a known outlet, no wire service whose copy papers print: "Omni",
    not "TT"): its pledge is that site's (`lang/outlets.txt`, `lang/wires.txt`)."""
    low = name.lower()
    return low in outlet_names() and low not in wordset(None, "wires")


def _may_hold(lines: list[Line], name: str) -> bool:
    """Whether an entry of list `name` may match a line: the page's lower-cased text holds the longest word of one
    (`_site_guards`), or the test cannot rule a line out (`lang/casefold.py`)."""
    guards = _site_guards(name)
    page = "\n".join(line.text for line in lines)
    if guards is None or odd_case(page):
        return True
    low = page.lower()
    return any(g in low for g in guards)


@cache
def _site_lines(name: str) -> re.Pattern[str]:
    """One pattern for the furniture lines of list `name` (`lang/<code>/<name>.txt`, "*" for the site's
    name), each a whole line: "KStA abonnieren", "94.3 WCYY logo", "Mer innhold fra TV 2"."""
    site = (r"((?:\d[\d.]*\s)?[A-ZÅÄÖÆØÜ][\w.&/-]*(?:\s[A-ZÅÄÖÆØÜ0-9][\w.&/-]*){0,3}"
            r"|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,3})")  # (or a web address in lower case: "kustposten.se")
    out = []
    for line in sorted(all_languages_words(name)):
        head, _, tail = line.partition("*")
        out.append(rf"(?i:{_loose(head)}){site}(?i:{_loose(tail)})")
    return re.compile(rf"^(?:{'|'.join(out) or '(?!)'})(?:[.!]?$|[.!]\s+(?=[A-ZÅÄÖÆØÜ]))")  # (the line, or its first sentence)


@cache
def _site_guards(name: str) -> tuple[str, ...] | None:
    """The longest word of each entry of list `name` (of two, only the one not inside the other), lower-cased: a
    line whose lower-cased text holds none of them matches no entry (`_site_lines` reads the words case-blind); None
    when an entry has no word, or a word at or past `_PLAIN_CASE` (lower-casing and the regex may then disagree)."""
    longest: set[str] = set()
    for line in all_languages_words(name):
        words = line.replace("*", " ").lower().split()
        if not words or any(max(w) >= _PLAIN_CASE for w in words):
            return None
        longest.add(max(words, key=len))
    return guard_words(longest)


# Below this character, a case-blind match of a list's words is a match in the lower-cased text; from it on the
# regex alone decides ("İ", "ſ" and the Kelvin sign match "i", "s" and "k" without lower-casing to them).
_PLAIN_CASE = "\u0130"


def outlet_from_site_line(lines: list[Line]) -> str | None:
    """The site a furniture line names as the page's own: a logo's text or a subscription prompt
    (`site_lines.txt`: "94.3 WCYY logo", "KStA abonnieren", "Subscribe to The Harbour Gazette"), or a
    "more from" link (`more_lines.txt`: "Les mer i Kustposten", "Mer innhold fra TV 2"), which may lead
    to a section or a topic ("Mer från Inrikes", "Mehr aus Ukraine"), so only a known outlet or a
    site-shaped name counts there. A section, a platform ("Facebook logo") or an agency is none."""
    texts = [line.text for line in lines if line.words <= 12]
    found = _lists_found(texts)
    for text in texts if found else ():
        low = ""
        for listed, shaped, words in found:
            if words is not None:
                low = low or text.lower()
                if not any(g in low for g in words):
                    continue  # no entry's longest word stands in the line: the pattern (costly: it backtracks
                    # over every capitalised word for an entry that opens with the site) need not try it
            if (m := _site_lines(listed).match(text)) is None:
                continue
            name = _without_stop(next(g for g in m.groups() if g))
            if is_section_names(name) or is_agency(name) or is_platform(name.split()[0].lower()):
                continue
            if _site_shaped(name) or (not shaped and _wordmark_shaped(name)):
                return name
    return None


_SITE_LISTS = (("site_lines", False), ("more_lines", True))  # (a "more from" link must name a site-shaped name)


def _lists_found(texts: list[str]) -> list[tuple[str, bool, tuple[str, ...] | None]]:
    """The lists of `_SITE_LISTS` an entry of which may match one of `texts`, each with the words of its
    `_site_guards` that stand in the lower-cased texts (a line whose lower-cased text holds none of them matches
    no entry), or None when that test cannot rule a line out (`lang/casefold.py`). One test a page, not a line."""
    page = "\n".join(texts)
    low = None if not texts or odd_case(page) else page.lower()
    out: list[tuple[str, bool, tuple[str, ...] | None]] = []
    for listed, shaped in _SITE_LISTS:
        guards = _site_guards(listed)
        words = None if guards is None or low is None else tuple(g for g in guards if g in low)
        if words != ():
            out.append((listed, shaped, words))
    return out


@cache
def _pronouns() -> frozenset[str]:
    """The writer's and the reader's pronouns of all languages (`writer_pronouns.tsv`, `second_person.txt`)."""
    writer = {row[0] for code in SUPPORTED for row in table(code, "writer_pronouns")}
    return frozenset(writer) | all_languages_words("second_person")


def _without_stop(name: str) -> str:
    """`name` without the sentence's full stop after it ("… from the Harbour Gazette."); "B.T." keeps its own."""
    return name[:-1] if name.endswith(".") and "." not in name[:-1] else name


def _wordmark_shaped(name: str) -> bool:
    """A name printed as a site's wordmark, not a common noun ("Newsletter abonnieren", "Jetzt abonnieren"):
    capitals or digits inside it ("KStA", "94.3 WCYY") or two capitalised words ("Harbour Gazette"), none
    of them a pronoun ("Subscribe to Our Newsletter")."""
    words = name.split()
    if any(w.lower() in _pronouns() for w in words):
        return False
    return len(words) >= 2 or any(ch.isupper() or ch.isdigit() for ch in name[1:])
