"""Identity keys that let the corpus merge things across articles, and per-article facts kept at ingest.

- `source_key`: one key per source however it is spelt ("The Sun", "the Sun", "tidningen" with
  source_name "The Sun" all give "sun");
- `subject_key`: one key per counted subject across languages (`enligt.lang.subjects.subject_key`,
  else, when that finds no word, a normalised lower-case form);
- `headline_claims`: body attributions whose content a headline with no attribution of its own
  states as fact.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from enligt.lang.subjects import subject_key as canonical_subject
from enligt.models import Analysis, Page

_NON_WORD = re.compile(r"[^\w]+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_WORD = re.compile(r"\w+")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
STEM = 6  # compare content words by their first letters so inflected forms meet (dödats/dödade)


def page_key(page: Page) -> str:
    """The identity of a stored page: its URL, else its absolute file path (so `samples/` and
    `./samples/` are one page), else (stdin, pasted text) its content."""
    if page.url:
        return page.url
    if page.input in ("", "-") or page.input.startswith("<"):
        return "text:" + content_hash(page)[:32]
    path = Path(page.input)
    return str(path.resolve()) if path.exists() else page.input


def content_hash(page: Page) -> str:
    return hashlib.sha256(page.content.encode("utf-8", "surrogatepass")).hexdigest()


@lru_cache(maxsize=65536)
def source_key(name: str | None) -> str | None:
    """Merge key of a source or outlet name: case, accents, punctuation and a leading English article ignored
    ("The Sun" = "the Sun"; "Anders Rönn" = "Anders Ronn", as foreign outlets often spell it)."""
    if not name:
        return None
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
    s = _NON_WORD.sub(" ", folded).strip()
    s = _LEADING_ARTICLE.sub("", s)
    return s or None


@lru_cache(maxsize=65536)
def subject_key(subject: str, lang: str | None) -> str:
    """Cross-language key of a counted subject ("soldater" and "soldiers" both give "soldier")."""
    key = canonical_subject(subject, lang or "")
    return key or _NON_WORD.sub(" ", subject.casefold()).strip()


def day_of(*dates: str | None) -> str | None:
    """The first date given as YYYY-MM-DD (published, else updated, else fetched)."""
    for d in dates:
        if d and _DAY.match(d):
            return d[:10]
    return None


def content_words(text: str) -> set[str]:
    """Words that carry content: four letters or more, or containing a digit; stemmed by prefix."""
    return {w[:STEM] for w in _WORD.findall(text.casefold()) if len(w) >= 4 or any(c.isdigit() for c in w)}


def headline_claims(analysis: Analysis, *, threshold: float = 0.5) -> list[tuple[int, float]]:
    """(attribution index, overlap) of the body attribution a headline asserts without attributing.

    A headline that has no attribution of its own but shares at least half of its content words
    (and at least two) with an attributed or hearsay claim in the body states as fact what the body
    only reports. The best-overlapping attribution is returned.
    """
    article = analysis.article
    if not article.title or not analysis.attributions:
        return []
    end = len(article.title)
    if any(a.content_span.start < end for a in analysis.attributions):
        return []
    title_words = content_words(article.title)
    if len(title_words) < 2:
        return []
    best: tuple[int, float] | None = None
    for i, attr in enumerate(analysis.attributions):
        shared = title_words & content_words(attr.content)
        overlap = len(shared) / len(title_words)
        if len(shared) >= 2 and overlap >= threshold and (best is None or overlap > best[1]):
            best = (i, round(overlap, 3))
    return [best] if best else []
