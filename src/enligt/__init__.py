"""enligt: a news provenance engine.

Pages go in (plain-text dumps, HTML, URLs, feeds, WARC archives); a structured article, its
attributions (who says what, according to whom, via whom), countable claims and conflicting
figures come out, each tied to character spans in the article text.

Nothing heavy happens at import time: stages load their libraries and word lists on first use.
"""
from __future__ import annotations

from enligt._compiled import choose as _choose_compiled

__version__ = "0.1.0"
_choose_compiled()  # compiled modules when fresh, Python sources otherwise (see enligt._compiled)

__all__ = ["__version__"]
