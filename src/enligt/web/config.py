"""How one server runs (`WebConfig`) and the vocabularies its forms and filters accept.

The languages and source types are not listed here: they come from their one definition
(`enligt.lang.SUPPORTED`, `enligt.models.SourceType`), so a language added there shows up in
every form, filter and colour key.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from typing import get_args

from enligt.lang import SUPPORTED
from enligt.models import SourceType
from enligt.settings import Options

MAX_UPLOAD = 5 * 1024 * 1024
SOURCE_TYPES: tuple[str, ...] = get_args(SourceType)
LANGUAGES: tuple[str, ...] = SUPPORTED


@dataclass(frozen=True)
class WebConfig:
    """How one server runs: which database, whether URL fetches may reach private addresses, limits."""

    db: str | None = None
    create_db: bool = True  # False: a missing SQLite file is an error (enligt serve), not an empty corpus
    allow_private: bool = False
    max_upload: int = MAX_UPLOAD
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    options: Options = field(default_factory=Options)
    # Host names the server answers to besides the loopback names (`serve` adds its --host).
    allowed_hosts: tuple[str, ...] = ()

    def run_options(self) -> Options:
        """Pipeline options for pages analysed by the server (upload cap, private-address rule)."""
        return replace(self.options, allow_private=self.allow_private,
                       max_bytes=min(self.options.max_bytes, self.max_upload))
