"""Classes the pipeline makes for every sentence or page spell out their `__init__`.

The `__init__` that `dataclasses` generates is compiled code's blind spot: mypyc compiles the class, but the
generated method runs interpreted (about 8,000 instructions for a frozen class of five fields, callgrind). Each
class here writes its own, which mypyc compiles; the fields, defaults and fresh containers stay as they were."""
from __future__ import annotations

import dataclasses

import pytest

from enligt.analyze.cues import lexicon
from enligt.analyze.konjunktiv import STOPPED, Going
from enligt.analyze.mentions import Mentions
from enligt.analyze.readrecord import Memory
from enligt.analyze.records import Ctx
from enligt.analyze.via import ViaContext
from enligt.structure.textpass import Draft, Pass

HOT = [Going, Ctx, ViaContext, Mentions, Memory, Draft, Pass]


@pytest.mark.parametrize("cls", HOT, ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_init_is_written_in_the_module_not_generated(cls: type) -> None:
    code = getattr(cls.__init__, "__code__", None)  # none when compiled: then it is not the generated one either
    assert code is None or code.co_filename != "<string>", "dataclasses generated this __init__"


@pytest.mark.parametrize(("made", "expected"), [
    (Going(), {"on": False, "quiet": 0, "names": frozenset(), "speaker": (), "back": 0}),
    (Going(True, 1, frozenset({"ek"}), back=3),
     {"on": True, "quiet": 1, "names": frozenset({"ek"}), "speaker": (), "back": 3}),
    (ViaContext(frozenset({"tt"})), {"own": frozenset({"tt"}), "outlet_known": True}),
    (ViaContext(frozenset(), False), {"own": frozenset(), "outlet_known": False}),
    (Mentions("sv"), {"lang": "sv", "items": [], "persons": set(), "media": set(), "bodies": {}, "group": None}),
    (Memory(), {"latest": None, "latest_sentence": -(10**9), "latest_value": 0.0, "noncount_sentence": -1,
                "head": (-1, 0, "", "", ""), "values": set(), "casualties": set(), "subset_sentence": -1, "main": None, "main_sentence": -1,
                "paragraph": -1}),
    (Draft(), {"authors": [], "published": None, "updated": None, "captions": [], "related": [], "boilerplate": [],
               "flow": [], "bodies": 0, "masthead": None, "known": set(), "n_known": 0}),
    (Pass(), {"mode": "", "first": None, "style": None, "gallery": False, "closed": False, "body_started": False,
              "factbox": False, "lead_run": 0, "spaced": False}),
])
def test_fields_and_defaults_as_before(made: object, expected: dict[str, object]) -> None:
    assert {f.name: getattr(made, f.name) for f in dataclasses.fields(made)} == expected  # type: ignore[arg-type]


def test_containers_are_new_for_each_instance() -> None:
    a, b = Mentions("de"), Mentions("de")
    a.items.append(a.group)  # type: ignore[arg-type]
    a.persons.add("x")
    assert b.items == [] and b.persons == set()
    m, n = Memory(), Memory()
    m.values.add(1.0)
    assert n.values == set()
    d, e = Draft(), Draft()
    d.authors.append("A")
    d.known.add("a")
    assert e.authors == [] and e.known == set()


def test_frozen_ones_compare_replace_and_refuse_writes() -> None:
    assert Going() == STOPPED and Going(back=1) != STOPPED
    assert dataclasses.replace(Going(True, 1), back=2) == Going(True, 1, back=2)
    ctx = Ctx("Text.", "sv", lexicon("sv"), ViaContext(frozenset()))
    assert dataclasses.replace(ctx, text="Annan.").text == "Annan." and ctx.lang == "sv"
    with pytest.raises(dataclasses.FrozenInstanceError):
        ctx.text = "x"  # type: ignore[misc]
    with pytest.raises((dataclasses.FrozenInstanceError, AttributeError)):
        STOPPED.on = True  # type: ignore[misc]
