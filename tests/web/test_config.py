"""The server's vocabularies come from their one definition."""
from __future__ import annotations

from typing import get_args

from enligt.lang import SUPPORTED
from enligt.models import SourceType
from enligt.settings import Options
from enligt.web.config import LANGUAGES, MAX_UPLOAD, SOURCE_TYPES, WebConfig


def test_languages_and_source_types_are_the_library_lists() -> None:
    assert LANGUAGES == SUPPORTED
    assert SOURCE_TYPES == get_args(SourceType)


def test_run_options_cap_pages_at_the_upload_limit_and_carry_the_private_rule() -> None:
    opts = WebConfig(allow_private=True, options=Options(lang="sv")).run_options()
    assert (opts.max_bytes, opts.allow_private, opts.lang) == (MAX_UPLOAD, True, "sv")
    assert WebConfig(max_upload=10**9).run_options().max_bytes == Options().max_bytes
