from __future__ import annotations

from pathlib import Path

import pytest

from enligt.errors import StoreError
from enligt.store import open_store


@pytest.mark.parametrize("url", ["postgresql://u:p@127.0.0.1:1/db", "postgres://127.0.0.1:1/db", "mysql://x/y",
                                 "ftp://example.org/db"])
def test_unreachable_or_unknown_databases_are_clear_errors(url: str) -> None:
    with pytest.raises(StoreError) as err:
        open_store(url)
    assert ":p@" not in str(err.value)


def test_sqlite_urls_and_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store(None) as st:
        assert st.url.endswith("/enligt.db")
    assert (tmp_path / "enligt.db").exists()
    with open_store("sqlite:///rel.db") as st:
        assert st.url == f"sqlite:///{tmp_path / 'rel.db'}"
    with open_store(f"sqlite:///{tmp_path / 'abs.db'}") as st:
        assert st.url == f"sqlite:///{tmp_path / 'abs.db'}"
    with open_store("sqlite://:memory:") as st:
        assert st.url == "sqlite://:memory:"


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("this is not a database " * 100, encoding="utf-8")
    with pytest.raises(StoreError):
        open_store(str(bad))


def test_a_missing_folder_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_store(str(tmp_path / "nope" / "x.db"))


def test_generation_grows_with_writes() -> None:
    from enligt.store import store_analysis

    from .conftest import make_analysis

    with open_store(":memory:") as st:
        g0 = st.generation()
        store_analysis(make_analysis("a", title="T", paras=["Text om något."]), store=st)
        assert st.generation() > g0
