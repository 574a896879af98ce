"""Names in HTML metadata: headlines without their site-name suffix, and clean author lists.

Titles: `<title>` and og:title often end in " | Site", " - Site", " – Site"; the part that
names the outlet (or the domain) is cut, and a short last part after a bar is cut too.
Authors: visible bylines go through `enligt.structure.byline.clean_authors` (prefixes, roles,
agencies, photographers); structured values (JSON-LD, `<meta name=author>`) are already one name
each, so they are also accepted when they are a single word or in capitals, which the byline rules
refuse in running text. Outlets, publishers, agencies, URLs and e-mail addresses are never authors.
"""
from __future__ import annotations

import re
from functools import cache

from enligt.lang import all_function_words, all_languages_words, wordset
from enligt.structure.byline import clean_authors, is_agency

TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|·|•|«|»|/)\s+")
_WORD = re.compile(r"\w+")
SITE_NAME_WORDS = 4  # a title's last part after a bar this short (and shorter than the rest) is the site's name
MAX_NAME_WORDS = 5  # an author name in a list is at most this many words
MAX_NAME_CHARS = 60  # and this many characters
# HTML-only byline noise the plain-text rules never meet.
_HTML_PREFIX = re.compile(
    r"^(?:view all (?:posts|articles) by|all (?:posts|articles) by|more (?:articles|stories|posts) by|"
    r"posted by|published by|author(?:ed)? by|author:?|authors:?|about the author:?|contributor:?|"
    r"(?:this|the) (?:post|article|story|guide) (?:was|is) written by|"
    r"meet the author:?)\s+", re.IGNORECASE)
_PLACE_TAIL = re.compile(r"\s+(?:in|i|aus|in der|from)\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+)?\s*$")
_NOT_NAME = re.compile(r"https?:|www\.|@|\d{3,}|[<>{}=]")
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,6}|Ph\.?\s?D\.?|M\.?D\.?|[A-Z]\.[A-Z]\.?|Jr\.?|Sr\.?|[A-Z]{1,4}-[A-Z0-9]{1,4})$")
_LENIENT_SPLIT = re.compile(r"\s*(?:;|\|)\s*|\s*,\s*(?=[A-Z][a-zà-ÿ])|\s+(?:and|och|og|und|&)\s+")


def _tokens(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _squashed(text: str) -> str:
    """Lower-case letters and digits only: "Home Advisor" and "HomeAdvisor" are one name."""
    return re.sub(r"\W", "", text.lower())


def _names_outlet(part: str, outlet: str | None) -> bool:
    if not outlet:
        return False
    p, o = _tokens(part), _tokens(outlet)
    squashed = re.sub(r"\W", "", part.lower())
    return bool(p and o) and (p <= o or o <= p or squashed == re.sub(r"\W", "", outlet.lower()))


def split_title(title: str, outlet: str | None) -> str:
    """`title` without a leading or trailing site name ("Headline | Site" -> "Headline")."""
    title = " ".join(title.split())
    parts = TITLE_SEP.split(title)
    if len(parts) < 2:
        return title
    if _names_outlet(parts[-1], outlet):
        return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]
    if _names_outlet(parts[0], outlet):
        return " ".join(parts[1:]) if len(parts) == 2 else title
    last_sep = TITLE_SEP.findall(title)[-1].strip()
    if last_sep in ("|", "::", "·", "•") and len(parts[-1].split()) <= SITE_NAME_WORDS < len(" ".join(parts[:-1]).split()):
        return title[: title.rfind(parts[-1])].rstrip(" |:·•")
    return title


def _precleaned(item: str) -> str:
    text = " ".join(item.split())
    text = _HTML_PREFIX.sub("", text)
    return _PLACE_TAIL.sub("", _role_cut(text))


def _role_cut(text: str) -> str:
    """A byline without the role that follows a name ("Jane Doe, Head of Marketing and Sales" -> "Jane Doe")."""
    if ", " not in text:
        return text
    parts = text.split(", ")
    roles = all_languages_words("roles") | wordset(None, "byline_noise")
    for i, part in enumerate(parts[1:], 1):
        words = part.lower().split()
        if words and (words[0] in roles or words[0] in all_function_words("role_modifier")) and len(words) > 1:
            return ", ".join(parts[:i])
    return text


@cache
def _lenient_ok(part: str) -> bool:
    words = part.split()
    return (1 <= len(words) <= MAX_NAME_WORDS and len(part) <= MAX_NAME_CHARS and not _NOT_NAME.search(part)
            and any(ch.isalpha() for ch in part) and not is_agency(part) and not _CREDENTIAL.match(part)
            and (part[:1].isupper() or len(words) == 1 or (len(words) <= 3 and all(w.isalpha() for w in words))))


def _lenient(raw: list[str]) -> list[str]:
    """Structured author values: one name per value (or a list split on ; | and), little else."""
    out = []
    for item in raw:
        for part in _LENIENT_SPLIT.split(_precleaned(item)):
            part = part.strip(" .,:-–—()")
            if part.lower().startswith("by "):
                part = part[3:].strip()
            if _lenient_ok(part):
                out.append(part)
    return out


def is_noise(part: str) -> bool:
    """An interface label ("Read more") or a role ("Marketing Director") standing where a name would."""
    noise = wordset(None, "byline_noise")
    low = part.lower().strip(" .:")
    words = low.split()
    return not words or low in noise or words[-1] in noise or (len(words) > 1 and words[0] in all_function_words("not_a_name_start"))


def is_username(name: str) -> bool:
    """A login name ("andrew.keaveney", "kffnirmitap"): one lower-case word, or dots and underscores."""
    return " " not in name and (name.islower() or "." in name or "_" in name)


def clean_names(raw: list[str], *, lang: str | None, stop: set[str], structured: bool = False) -> list[str]:
    """Author names from raw values; `stop` holds lower-cased outlet/publisher names to drop."""
    pre = [_precleaned(r) for r in raw if r and r.strip()]
    names = clean_authors(pre, lang)
    if structured and not names:
        names = _lenient(raw)
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        low = name.lower()
        if is_noise(name):
            continue
        if low in stop or low in seen or any(_tokens(name) == _tokens(s) or _squashed(name) == _squashed(s)
                                             for s in stop):
            continue
        seen.add(low)
        out.append(name)
    return out
