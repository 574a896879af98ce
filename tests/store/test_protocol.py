"""`Store` fits the `CorpusStore` protocol that the web layer and the orchestration type a store by."""
from __future__ import annotations

import inspect

import pytest

from enligt.store import CorpusStore, Store

MEMBERS = sorted(name for name in vars(CorpusStore) if not name.startswith("_"))


def test_the_protocol_names_what_the_web_uses() -> None:
    for name in ("overview", "search", "get_article", "cached", "add", "export", "close"):
        assert name in MEMBERS


@pytest.mark.parametrize("name", MEMBERS)
def test_store_has_each_protocol_member_with_its_signature(name: str) -> None:
    wanted, found = getattr(CorpusStore, name), getattr(Store, name)
    if isinstance(wanted, property):
        assert isinstance(found, property)
        return
    assert inspect.signature(found) == inspect.signature(wanted)
