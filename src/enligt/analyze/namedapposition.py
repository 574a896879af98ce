"""A name in apposition between commas after a split cue's subject in sv/no/da, a party in brackets or not
("peger formanden, Ole Hansen (V), dog på, at C"): phrases.particle_stop reads on past it to the particle."""
from __future__ import annotations

from typing import Final

from enligt.analyze.sentences import Tok


def past_named_apposition(toks: list[Tok], j: int, e: int) -> int:
    """The token after a name in apposition between commas at toks[j], a party or an abbreviation in brackets
    after it or not (", Ole Hansen,", ", Ole Hansen (V),"), else j."""
    if j >= e or toks[j].text != ",":
        return j
    m = next((m for m in range(j + 3, min(e, j + NAMED_APPOSITION)) if toks[m].text == ","), None)
    if m is None or m + 1 >= e:
        return j
    inner = toks[j + 1:m]
    if len(inner) > 3 and inner[-3].text == "(" and inner[-1].text == ")" and inner[-2].upper:
        inner = inner[:-3]  # "(V)", "(SF)": the name's party
    return m + 1 if 2 <= len(inner) <= 4 and all(t.is_word and t.upper for t in inner) else j


NAMED_APPOSITION: Final = 9  # tokens from the comma before a name in apposition to the one after it, a party between
