"""Conflicts stage (placeholder until the numbers component lands)."""
from __future__ import annotations

from enligt.models import Attribution, Conflict, Quantity


def find_conflicts(quantities: tuple[Quantity, ...], attributions: tuple[Attribution, ...]) -> tuple[Conflict, ...]:
    return ()
