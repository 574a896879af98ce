"""Settings in one table: each drives a CLI flag, the `Options` field and the README's list.

Pass one `Options` object through the layers instead of many keyword arguments. Each default is
stated once, on its `Options` field; the table reads it from there.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

from enligt.lang import SUPPORTED

LANG_CHOICES: tuple[str, ...] = ("auto", *SUPPORTED)


@dataclass(frozen=True)
class Options:
    """The settings of one run; the defaults here are the defaults of `SETTINGS` and the CLI flags."""

    lang: str = "auto"
    max_bytes: int = 16 * 1024 * 1024
    allow_private: bool = False
    timeout: float = 20.0
    user_agent: str = "enligt/0.1 (+news provenance; offline analysis)"
    attribution: bool = True
    verify: bool = True


_DEFAULTS: dict[str, object] = {f.name: f.default for f in fields(Options)}


@dataclass(frozen=True)
class Setting:
    """One setting: its `Options` field, help, and the CLI flag that sets it (None: no flag).

    A boolean whose default is True gets a `--no-<flag>` switch that turns it off. A number's flag
    refuses values not above `above` (a negative --max-bytes was a traceback, a negative --timeout
    a fetch that failed at once).
    """

    name: str
    help: str
    flag: str | None = None
    choices: tuple[str, ...] = ()
    above: float | None = None

    @property
    def default(self) -> object:
        """The default of the `Options` field of the same name."""
        return _DEFAULTS[self.name]


def _or_list(words: tuple[str, ...]) -> str:
    return ", ".join(words[:-1]) + " or " + words[-1]


SETTINGS: tuple[Setting, ...] = (
    Setting("lang", f"language of the pages: {_or_list(LANG_CHOICES)}", "--lang", LANG_CHOICES),
    Setting("max_bytes", "largest page accepted, in bytes (bigger pages are refused)", "--max-bytes", above=0),
    Setting("allow_private", "allow fetching URLs on loopback, private and link-local addresses", "--allow-private"),
    Setting("timeout", "seconds a whole URL fetch may take (redirects, headers, body)", "--timeout", above=0),
    Setting("user_agent", "User-Agent header for URL fetches"),
    Setting("attribution", "run attribution, numbers and conflicts after structuring (--no-attribution: "
            "only structure the article)", "--no-attribution"),
    Setting("verify", "drop the attribution records the learned verifier judges false (--no-verify: keep every "
            "record the rules find; docs/verifier.md)", "--no-verify"),
)


def _check_table() -> None:
    """Every `Options` field has one row in the table and every row one field; called by the tests."""
    if set(_DEFAULTS) != {s.name for s in SETTINGS} or len(SETTINGS) != len(_DEFAULTS):
        raise AssertionError("Options and SETTINGS list different names")
