from __future__ import annotations

from pathlib import Path

from enligt.settings import SETTINGS, _check_table

ROOT = Path(__file__).resolve().parents[1]


def test_settings_table_matches_options() -> None:
    _check_table()


def test_every_setting_and_command_is_documented() -> None:
    docs = (ROOT / "README.md").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md")))
    from enligt.cli import main

    for s in SETTINGS:
        assert s.name.replace("_", "-") in docs or s.name in docs, s.name
    for name, cmd in main.commands.items():
        assert f"enligt {name}" in docs, name
        for sub in getattr(cmd, "commands", {}):
            assert f"enligt {name} {sub}" in docs, f"{name} {sub}"
