"""Settings in one table: each drives a CLI flag, the `Options` field and the README's list.

Pass one `Options` object through the layers instead of many keyword arguments.
"""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Setting:
    """One setting: its `Options` field, default, help, and the CLI flag that sets it (None: no flag).

    A boolean whose default is True gets a `--no-<flag>` switch that turns it off.
    """

    name: str
    default: object
    help: str
    flag: str | None = None
    choices: tuple[str, ...] = ()


SETTINGS: tuple[Setting, ...] = (
    Setting("lang", "auto", "language of the pages: auto, sv, en, no, da or de", "--lang",
            ("auto", "sv", "en", "no", "da", "de")),
    Setting("max_bytes", 16 * 1024 * 1024, "largest page accepted, in bytes (bigger pages are refused)", "--max-bytes"),
    Setting("allow_private", False, "allow fetching URLs on loopback, private and link-local addresses",
            "--allow-private"),
    Setting("timeout", 20.0, "seconds a whole URL fetch may take (redirects, headers, body)", "--timeout"),
    Setting("user_agent", "enligt/0.1 (+news provenance; offline analysis)", "User-Agent header for URL fetches"),
    Setting("attribution", True, "run attribution, numbers and conflicts after structuring (--no-attribution: "
            "only structure the article)", "--no-attribution"),
)


@dataclass(frozen=True)
class Options:
    """The settings of one run. Defaults come from `SETTINGS`."""

    lang: str = "auto"
    max_bytes: int = 16 * 1024 * 1024
    allow_private: bool = False
    timeout: float = 20.0
    user_agent: str = "enligt/0.1 (+news provenance; offline analysis)"
    attribution: bool = True


def _check_table() -> None:
    """The table and the dataclass must agree; called by the tests."""
    names = {f.name: f.default for f in fields(Options)}
    for s in SETTINGS:
        if names.get(s.name) != s.default:
            raise AssertionError(f"setting {s.name} disagrees with Options")
    if set(names) != {s.name for s in SETTINGS}:
        raise AssertionError("Options and SETTINGS list different names")
