from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from enligt.cli import main

PAGE = """Testbladet

Åtta gripna efter inbrott i Växjö

Polisen har gripit åtta personer, enligt Smålandsposten.

Av Karin Ek
Publicerad 3 mars 2023
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "enligt", *args], capture_output=True, text=True, timeout=120, check=False)


def test_json_prints_one_object_with_the_schema_keys(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(PAGE, encoding="utf-8")
    res = CliRunner().invoke(main, ["analyze", str(page), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert {"article", "attributions", "quantities", "conflicts"} <= set(data)
    assert isinstance(data["article"]["body"], list)


def test_jsonl_streams_one_line_per_page_and_reports_bad_ones(tmp_path: Path) -> None:
    for name in ("a.txt", "c.txt"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00binary\x00")
    res = run("analyze", str(tmp_path), "--format", "jsonl")
    lines = res.stdout.strip().splitlines()
    assert [Path(json.loads(line)["input"]).name for line in lines] == ["a.txt", "c.txt"]
    assert res.returncode == 1
    assert "b.txt" in res.stderr and "binary" in res.stderr
    assert "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_cp1252_page_is_decoded_and_the_encoding_reported(tmp_path: Path) -> None:
    page = tmp_path / "old.txt"
    page.write_bytes(PAGE.replace("Polisen", "”Polisen”").encode("cp1252"))
    res = run("analyze", str(page), "--format", "json")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["meta"]["encoding"] == "cp1252"
    assert "Växjö" in json.dumps(data, ensure_ascii=False)


def test_stdin_is_read_with_dash() -> None:
    res = subprocess.run([sys.executable, "-m", "enligt", "analyze", "-", "--format", "json"], input=PAGE,
                         capture_output=True, text=True, timeout=120, check=False)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["article"]["body"]


def test_missing_file_is_one_clear_line() -> None:
    res = run("analyze", "/nonexistent/page.txt", "--format", "json")
    assert res.returncode == 1
    assert res.stderr.strip() == "enligt: missing: /nonexistent/page.txt: no such file or folder"


def test_text_format_is_readable(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(PAGE, encoding="utf-8")
    res = CliRunner().invoke(main, ["analyze", str(page), "--format", "text"])
    assert res.exit_code == 0
    assert "Body (after the lead):" in res.output


def test_text_reports_name_their_input_when_there_are_several(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    res = CliRunner().invoke(main, ["analyze", str(tmp_path), "--format", "text"])
    assert res.exit_code == 0, res.output
    assert [line for line in res.output.splitlines() if line.startswith("==>")] == [
        f"==> {tmp_path / 'a.txt'} <==", f"==> {tmp_path / 'b.txt'} <=="]
    one = CliRunner().invoke(main, ["analyze", str(tmp_path / "a.txt"), "--format", "text"])
    assert "==>" not in one.output


def test_a_pasted_paragraph_on_stdin_is_analysed_with_a_note() -> None:
    text = ("The council voted on Tuesday to close the old library, a spokeswoman said. Residents said they "
            "would appeal the decision.")
    res = subprocess.run([sys.executable, "-m", "enligt", "analyze", "-", "--format", "json"], input=text,
                         capture_output=True, text=True, timeout=120, check=False)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["article"]["title"] is None and data["article"]["body"] == [text]
    assert any("title null" in n for n in data["meta"]["notes"])
    assert [a["cue"] for a in data["attributions"]] == ["said", "said"]


@pytest.mark.parametrize("command", ["analyze", "ingest"])
@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        # a negative --max-bytes was a ValueError traceback from the file read
        ("--max-bytes", "-5", "Invalid value for '--max-bytes': -5 is not in the range x>0."),
        ("--max-bytes", "0", "Invalid value for '--max-bytes': 0 is not in the range x>0."),
        # a negative or zero --timeout was accepted, and every URL fetch then timed out at once
        ("--timeout", "-1", "Invalid value for '--timeout': -1.0 is not in the range x>0."),
        ("--timeout", "0", "Invalid value for '--timeout': 0.0 is not in the range x>0."),
    ],
)
def test_number_settings_out_of_range_are_usage_errors(tmp_path: Path, command: str, flag: str, value: str,
                                                       message: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    extra = ["--db", str(tmp_path / "c.db")] if command == "ingest" else []
    result = CliRunner().invoke(main, [command, str(page), flag, value, *extra])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_error_lines_do_not_print_control_characters(tmp_path: Path) -> None:
    """A file name (or a WARC record's URI) holding an escape sequence reached the terminal as it was."""
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "no\x1b]0;pwned\x07such.txt")])
    assert result.exit_code == 1
    assert "missing: " in result.output and "no\ufffd]0;pwned\ufffdsuch.txt: no such file or folder" in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output


def test_a_file_name_with_a_newline_gives_one_error_line(tmp_path: Path) -> None:
    """'empty\\nfile.txt' split its error over two stderr lines; one line per bad page is the contract."""
    (tmp_path / "empty\nfile.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [f"enligt: empty: {tmp_path}/empty\ufffdfile.txt: empty page (no text)"]


@pytest.mark.parametrize("args", [
    ["analyze", "{page}", "--format", "jsonl"],
    ["export", "--db", "{db}", "--out", "/dev/full"],
    ["export", "--db", "{db}"],
])
def test_a_full_disk_under_the_output_is_one_error_line(tmp_path: Path, args: list[str]) -> None:
    """Output to a full disk (/dev/full) was an OSError traceback ('No space left on device')."""
    page = tmp_path / "a.txt"
    page.write_text(PAGE, encoding="utf-8")
    db = tmp_path / "c.db"
    assert run("ingest", str(page), "--db", str(db)).returncode == 0
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "enligt", *(a.format(page=page, db=db) for a in args)],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120, check=False)
    assert done.returncode == 1
    assert done.stderr == "enligt: output: cannot write: No space left on device\n"


def test_a_note_about_a_file_named_with_a_newline_is_one_line(tmp_path: Path) -> None:
    """The WARC note ('N page records read, M other records skipped') of 'two\\nlines.warc' was split in two."""
    warc = tmp_path / "two\nlines.warc"
    record = (b"WARC/1.0\r\nWARC-Type: metadata\r\nWARC-Target-URI: http://ex.se/m\r\nWARC-Date: 2026-01-01T00:00:00Z\r\n"
              b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nContent-Type: text/plain\r\n"
              b"Content-Length: 2\r\n\r\nok\r\n\r\n")
    warc.write_bytes(record)
    done = run("analyze", str(warc), "--format", "jsonl")
    notes = [line for line in done.stderr.splitlines() if "note" in line or "lines.warc" in line]
    assert notes == [(f"enligt: note: {tmp_path}/two\ufffdlines.warc: 0 page records read, 1 other records skipped "
                      "(requests, metadata, non-HTML responses)")], done.stderr


def test_an_output_file_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    """export --out into a missing folder was a FileNotFoundError traceback."""
    db = tmp_path / "c.db"
    page = tmp_path / "a.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert run("ingest", str(page), "--db", str(db)).returncode == 0
    done = run("export", "--db", str(db), "--out", str(tmp_path / "no" / "x.jsonl"))
    assert done.returncode == 1
    assert done.stderr == f"enligt: output: {tmp_path / 'no' / 'x.jsonl'}: cannot write: No such file or directory\n"
