"""A Nordic particle-like word after a V2 subject that opens a phrase of that subject (stop 33): "siger Mette Hansen
fra Vejdirektoratet" is no "sige fra" (phrasal.is_phrasal)."""
from __future__ import annotations

from enligt.analyze.sentences import Tok


def object_after(toks: list[Tok], a: int, k: int, end: int, determiners: frozenset[str]) -> bool:
    """Whether the particle-like word at toks[k] opens a phrase of the subject toks[a:k]: a name after it ("siger Mette
    Hansen fra Vejdirektoratet"), or an article after a named subject ("siger Jens Krog fra det lokale rederi"); not
    the clause's end ("sagde Hansen fra."), nor a particle split off by an adverbial ("skrev i våras under ett upprop")."""
    nxt = toks[k + 1] if k + 1 < end else None
    return nxt is not None and nxt.is_word and (nxt.upper or nxt.low in determiners and any(
        t.upper and t.is_word for t in toks[a:k]))
