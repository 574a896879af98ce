"""What a number counts (`Reading`), what earlier numbers said (`Memory`), and the concept classes
the number rules share.

`enligt.analyze.reading.read_number` makes a `Reading` per number; `Memory` carries the latest
figures from sentence to sentence for the back-references of `enligt.analyze.backrefs`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final

HUMAN_MEASURES: Final = frozenset({"killed", "wounded", "captured", "missing", "displaced", "deserted"})
# Events that only people undergo: a bare count of them ("anholdt 14 efter uroligheder") is people.
PEOPLE_EVENTS: Final = frozenset({"arrest", "ill", "hospital", "rescue", "release", "return", "charged", "attendance", "remand", "arraign", "unhurt",
                                   "quarantine", "deploy"})
# Subject concepts that are things, not people: "injured" buildings are damaged.
THINGS: Final = frozenset({"building", "vehicle", "aircraft", "drone", "missile", "ship", "tank", "road", "flight", "document",
                    "attack", "incident", "pill", "locality", "search", "tree", "powerline", "window", "weapon"})  # (events are never hurt: "bei zwei weiteren Explosionen … verletzt")


@dataclass(frozen=True, slots=True, init=False)
class Reading:
    """What a number counts, before it becomes a `Quantity`."""

    measure: str
    concept: str
    subject: str
    key: str

    def __init__(self, measure: str, concept: str, subject: str, key: str) -> None:
        # spelt out: compiled, a field store each (see records.Draft)
        object.__setattr__(self, "measure", measure)
        object.__setattr__(self, "concept", concept)
        object.__setattr__(self, "subject", subject)
        object.__setattr__(self, "key", key)


@dataclass(init=False)
class Memory:
    """What earlier numbers said, for back-references (rule 3 of `enligt.analyze.quantities`)."""

    latest: Reading | None
    latest_sentence: int
    latest_value: float  # the value of `latest`: the whole of a part of it ("to ud af tre")
    noncount_sentence: int  # the last sentence that held a number counting nothing
    # sentence, token, concept, nationality and words of the last counted noun, for ellipsis
    head: tuple[int, int, str, str, str]
    values: set[float]  # the figures counted so far
    casualties: set[float]  # the figures counted as killed or wounded in one ("four shot, three fatally")
    subset_sentence: int  # the last sentence that counted a part ("two of the dead")
    main: Reading | None  # the latest figure outside a relative clause and no part
    main_sentence: int
    paragraph: int

    def __init__(self, latest: Reading | None = None, latest_sentence: int = -(10**9), latest_value: float = 0.0,
                 noncount_sentence: int = -1, head: tuple[int, int, str, str, str] = (-1, 0, "", "", ""),
                 values: set[float] | None = None, subset_sentence: int = -1, main: Reading | None = None,
                 main_sentence: int = -1) -> None:
        # spelt out (`values` new unless given, as `field(default_factory=set)` made it): compiled, a field store
        # each (see records.Draft)
        self.latest = latest
        self.latest_sentence = latest_sentence
        self.latest_value = latest_value
        self.noncount_sentence = noncount_sentence
        self.head = head
        self.values = set() if values is None else values
        self.casualties = set()
        self.subset_sentence = subset_sentence
        self.main = main
        self.main_sentence = main_sentence
        self.paragraph = -1  # where the paragraph being read starts

    def note(self, sentence: int, reading: Reading | None, value: float = 0.0) -> None:
        if reading is None:
            self.noncount_sentence = sentence
        else:
            self.latest, self.latest_sentence, self.latest_value = reading, sentence, value
            if "rel=" not in reading.key and not reading.key.endswith("|subset"):
                self.main, self.main_sentence = reading, sentence
            self.values.add(value)
            if reading.concept == "casualty":
                self.casualties.add(value)
            if reading.key.endswith("|subset"):
                self.subset_sentence = sentence
