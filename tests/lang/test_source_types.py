"""lang/<code>/source_types.tsv and named_sources.tsv name only the source types of the schema (models.SourceType)."""
from __future__ import annotations

from typing import get_args

import pytest

from enligt.lang import SUPPORTED, table
from enligt.models import SourceType


@pytest.mark.parametrize("name", ["source_types", "named_sources"])
@pytest.mark.parametrize("lang", SUPPORTED)
def test_source_type_words_name_schema_types(lang: str, name: str) -> None:
    types = {row[1] for row in table(lang, name) if len(row) > 1}
    assert types and types <= set(get_args(SourceType)), types - set(get_args(SourceType))
