"""The working record the attribution rules build before it becomes a frozen `Attribution`.

A `Draft` holds character spans only; `Ctx` holds what every rule needs for one article (the
text, the language's lexicon, the mentions seen so far, the via context).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from enligt.analyze.cues import Lexicon
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import Mentions
from enligt.analyze.via import ViaContext

Span2 = tuple[int, int]


@dataclass(slots=True)
class Draft:
    """One attribution under construction: spans into the article text plus what resolution adds."""

    parts: list[Span2]  # content pieces (a quote split by its tag has two)
    cue: Span2 | None
    cue_text: str | None
    source: list[Tok] = field(default_factory=list)
    kind: str = "indirect"
    name: str | None = None
    type: str | None = None
    via: list[str] = field(default_factory=list)
    hearsay: bool = False
    tail: str = ""  # a dropped relative clause ("som vill vara anonym"), for anonymity
    block: int = 0
    direct: bool = False  # the content is a quotation
    antecedent: list[Tok] | None = None  # for "which"/"som"/"it" sources
    continuation: bool = False
    in_title: bool = False

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    @property
    def pos(self) -> int:
        return self.cue[0] if self.cue else self.start

    def source_text(self) -> str | None:
        return " ".join(t.text for t in self.source) if self.source else None


@dataclass(slots=True)
class Ctx:
    """Per-article state shared by the rules."""

    text: str
    lang: str
    lex: Lexicon
    mentions: Mentions
    via: ViaContext
    consumed: set[int] = field(default_factory=set)  # offsets of cue tokens already used by a quote tag
    drafts: list[Draft] = field(default_factory=list)
    # people introduced as the one a reporter talked to ("har talat med en arbetare"): (offset, description)
    interlocutors: list[tuple[int, str]] = field(default_factory=list)
    last_person: int = -1  # offset of the latest resolved person source, so "han" prefers a newer interlocutor
