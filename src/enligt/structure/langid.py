"""Language identification: the one seam around py3langid.

The model loads lazily, once, on the first call (it takes ~0.3 s), and is restricted to the
languages news pages in scope are written in, so that short Scandinavian texts are not
mistaken for far-off languages. Nynorsk is reported as Norwegian ("no").
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

# Languages the identifier may answer; py3langid codes.
CANDIDATES: tuple[str, ...] = (
    "sv", "en", "no", "nn", "nb", "da", "de", "fi", "fr", "es", "nl", "it", "pt", "pl", "ru", "is", "et",
)
# py3langid code -> ISO 639-1 code we report.
ALIASES: dict[str, str] = {"nn": "no", "nb": "no"}
MIN_LETTERS = 12  # below this, any guess is noise
SAMPLE_CHARS = 200  # enough for a stable guess on news prose; the model walks bytes in Python
NON_LETTER = re.compile(r"[\W\d_]+")


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    known = set(ident.nb_classes)
    ident.set_languages([c for c in CANDIDATES if c in known])
    return ident


def identify(text: str) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(NON_LETTER.sub("", sample[: MIN_LETTERS * 8])) < MIN_LETTERS:
        return None
    code, _prob = _identifier().classify(sample)
    code = str(code)
    return ALIASES.get(code, code)
