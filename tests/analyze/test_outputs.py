"""The output records made field by field (analyze/outputs.py) are the ones their constructors make."""
from __future__ import annotations

import pickle
from dataclasses import fields

from enligt.analyze.outputs import make_attribution, make_quantity, make_span
from enligt.models import Attribution, Quantity, Span


def _same(made: object, built: object) -> None:
    assert made == built
    assert repr(made) == repr(built)
    assert pickle.loads(pickle.dumps(made)) == built
    assert getattr(made, "__dict__", None) == getattr(built, "__dict__", None)
    if hasattr(built, "__dict__"):  # every field set, in the declared order
        assert list(vars(made)) == [f.name for f in fields(built)]  # type: ignore[arg-type]


def test_span_is_the_constructed_one() -> None:
    _same(make_span(3, 9), Span(3, 9))


def test_attribution_sets_every_field() -> None:
    # no field at its default, so a field the factory forgot would show
    args = ("Det brann.", Span(10, 20), "mixed", "Polisen", "polisen", "official", "uppger", ("TT",),
            Span(0, 7), Span(8, 14), True)
    assert len(args) == len(fields(Attribution))
    _same(make_attribution(*args), Attribution(*args))  # type: ignore[arg-type]


def test_quantity_sets_every_field() -> None:
    args = (12.0, "killed", "people", Span(4, 6), True, 2, "cirka 12", "killed|x|people|||", 15.0,
            (("place", "nordby"),))
    assert len(args) == len(fields(Quantity))
    _same(make_quantity(*args), Quantity(*args))  # type: ignore[arg-type]
