"""Records of a sentence the page cuts off: a dump or a paywall that stops the last paragraph in the middle of
a word ("Smith said the school bus wa", "fortalte, at nogle af demonstranterne kort eft"). A short content that
runs to that cut (fewer than `_KEPT_WORDS` words) says too little to be a claim and gives no record; a longer one
has lost only its last words and keeps its record, as does a content that ends before the cut."""
from __future__ import annotations

from collections.abc import Sequence

from enligt.analyze.records import Draft
from enligt.models import Span

_KEPT_WORDS = 10  # on the read pages the cut contents left out ran to 1-7 words, those counted to 12 and more
_CLOSERS = frozenset(".!?…:;\"'”’»)]")


def cut_end(text: str, paragraphs: Sequence[Span]) -> int | None:
    """Where the article's text stops mid-sentence: the end of its last paragraph when that ends on a letter or
    digit (no full stop, closing quote or bracket), else None."""
    if not paragraphs:
        return None
    last = paragraphs[-1]
    body = text[last.start:last.end].rstrip()
    if not body or body[-1] in _CLOSERS or not body[-1].isalnum() or _sign_off(body):
        return None
    return last.start + len(body)


def _sign_off(body: str) -> bool:
    """Whether a paragraph ends on a writer's sign-off after its last full stop ("… verletzt worden. abc"): one short
    lower-case word, where a cut sentence would open with a capital or run on for several words."""
    head, _, tail = body.rpartition(" ")
    return bool(head) and head[-1:] in ".!?" and tail.isalpha() and tail.islower() and len(tail) <= _SIGN_OFF_LETTERS


_SIGN_OFF_LETTERS = 8  # the longest sign-off read (initials or a short name: "dpa", "abc", "red")


def drop_cut_off(text: str, paragraphs: Sequence[Span], drafts: list[Draft]) -> list[Draft]:
    """The drafts without those whose content runs to the place where the page cuts its last sentence off."""
    end = cut_end(text, paragraphs)
    if end is None:
        return drafts
    return [d for d in drafts if text[d.end:end].strip() or _words(text, d) >= _KEPT_WORDS]


def _words(text: str, d: Draft) -> int:
    return sum(len(text[a:b].split()) for a, b in d.parts)
