"""The web commands of the CLI and the docs that describe them."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from enligt.cli import main

from .conftest import PAGE_TEXT

ROOT = Path(__file__).resolve().parents[2]


def test_demo_no_serve_builds_a_fresh_database_and_exits(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(PAGE_TEXT, encoding="utf-8")
    db = tmp_path / "demo.db"
    for _ in range(2):  # a second run recreates the database instead of adding to it
        res = CliRunner().invoke(main, ["demo", "--db", str(db), "--samples", str(pages), "--no-serve"])
        assert res.exit_code == 0, res.output
        assert "1 added" in res.output and "corpus: 1 articles" in res.output
    assert db.exists()


def test_demo_refuses_to_replace_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    precious = tmp_path / "notes.txt"
    precious.write_text("do not delete", encoding="utf-8")
    res = CliRunner().invoke(main, ["demo", "--db", str(precious), "--no-serve"])
    assert res.exit_code == 1
    assert "not an SQLite database" in res.output
    assert precious.read_text(encoding="utf-8") == "do not delete"


def test_demo_without_samples_says_so(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["demo", "--db", str(tmp_path / "d.db"), "--samples", str(tmp_path / "none"),
                                    "--no-serve"])
    assert res.exit_code == 1
    assert "no sample pages" in res.output and "Traceback" not in res.output


def test_serve_and_bench_serve_are_commands() -> None:
    for args in (["serve", "--help"], ["demo", "--help"], ["bench", "serve", "--help"]):
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 0
        assert "--port" in res.output or "--articles" in res.output


def test_busy_port_is_replaced_by_a_free_one() -> None:
    import socket

    from enligt.web.demo import pick_port

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        busy = s.getsockname()[1]
        port, note = pick_port("127.0.0.1", busy)
    assert port != busy and note and str(busy) in note


def test_docs_list_every_api_endpoint_and_the_readme_every_web_command(client: Any) -> None:
    doc = (ROOT / "docs" / "web.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paths = client.get("/openapi.json").json()["paths"]
    for path, ops in paths.items():
        for method in ops:
            assert f"{method.upper()} {path}" in doc, f"{method.upper()} {path} missing from docs/web.md"
    for command in ("enligt demo", "enligt serve", "enligt bench serve"):
        assert command in readme and command in doc
    assert re.search(r"docs/web\.md", readme)


def _fake_serving(monkeypatch: pytest.MonkeyPatch, served: dict[str, Any]) -> None:
    """`serve` listens where asked (recorded; a loopback socket stands in) and runs nothing."""
    import socket

    import uvicorn

    from enligt.web import app as app_module

    def listen(host: str, port: int) -> socket.socket:
        served.update(host=host, port=port)
        return socket.create_server(("127.0.0.1", 0))

    monkeypatch.setattr(app_module, "listen", listen)
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: served.update(app=self.config.app))


def test_serve_answers_to_its_host_and_allow_host_names_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from enligt.store import open_store

    open_store(str(tmp_path / "s.db")).close()
    served: dict[str, Any] = {}
    _fake_serving(monkeypatch, served)
    res = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "s.db"), "--host", "192.168.1.5",
                                    "--allow-host", "box.lan"])
    assert res.exit_code == 0, res.output
    assert served["host"] == "192.168.1.5"
    client = TestClient(served["app"])
    for host, status in (("192.168.1.5:8000", 200), ("box.lan", 200), ("localhost:8000", 200),
                         ("evil.example:8000", 421)):
        assert client.get("/api/overview", headers={"host": host}).status_code == status, host


@pytest.mark.parametrize("command", [["serve"], ["export", "--what", "sources"]])
def test_serve_and_export_say_the_database_is_missing_and_create_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]) -> None:
    served: dict[str, Any] = {}
    _fake_serving(monkeypatch, served)
    db = tmp_path / "typo.db"
    res = CliRunner().invoke(main, [*command, "--db", str(db)])
    assert res.exit_code == 1
    assert "no such database" in res.output and str(db) in res.output
    assert not db.exists() and not served


@pytest.mark.parametrize(("host", "message"), [
    ("127.0.0.1", "cannot listen: Address already in use"),  # the port is taken (by the socket below)
    ("256.1.1.1", "cannot listen: '256.1.1.1' is not a host name or address of this machine"),
])
def test_serve_says_it_cannot_listen_before_it_says_serving(tmp_path: Path, host: str, message: str) -> None:
    """`serve` on a port in use printed "serving the corpus at ..." and then uvicorn's own error line."""
    import socket

    from enligt.store import open_store

    open_store(str(tmp_path / "s.db")).close()
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        res = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "s.db"), "--host", host, "--port", str(port)])
    assert res.exit_code == 1
    assert f"enligt: serve: {host}:{port}: {message}" in res.output and "serving" not in res.output


def test_the_sample_pages_are_package_data() -> None:
    """`enligt demo` from a pip install found no samples: they ship inside the package now."""
    import fnmatch
    import tomllib

    from enligt.web.demo import bundled_samples, samples_dir

    folder = bundled_samples()
    assert folder.parent.name == "enligt" and samples_dir() == folder
    files = sorted(p.relative_to(folder.parent).as_posix() for p in folder.iterdir())
    assert len([f for f in files if f.endswith((".txt", ".html"))]) == 6 and "samples/README.md" in files
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["enligt"]
    assert all(any(fnmatch.fnmatch(f, p) for p in patterns) for f in files), files
    assert (ROOT / "samples").resolve() == folder.resolve()  # one copy: the root folder links to it


def test_the_demo_database_is_fresh_and_private_per_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    from enligt.web.demo import default_db, remove_default_db

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    one, two = default_db(), default_db()
    assert one != two and one.parent.parent == tmp_path
    assert one.parent.stat().st_mode & 0o777 == 0o700
    res = CliRunner().invoke(main, ["demo", "--no-serve"])
    assert res.exit_code == 0, res.output
    assert "6 added" in res.output
    (made,) = [p for p in tmp_path.glob("enligt-demo-*/enligt-demo.db")]
    assert str(made) in res.output
    remove_default_db(one)
    assert not one.parent.exists()


@pytest.mark.parametrize("command", ["serve", "demo"])
@pytest.mark.parametrize("port", ["99999", "-1"])
def test_a_port_out_of_range_is_a_usage_error(command: str, port: str) -> None:
    """--port 99999 was an OverflowError traceback out of socket.bind ('port must be 0-65535')."""
    res = CliRunner().invoke(main, [command, "--port", port])
    assert res.exit_code == 2 and "--port" in res.output and "0<=x<=65535" in res.output, res.output
