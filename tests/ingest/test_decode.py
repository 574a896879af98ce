from __future__ import annotations

import pytest

from enligt.errors import BinaryInputError, EmptyInputError
from enligt.ingest.decode import decode

SV = "Enligt källor på nätet har åtta personer gripits i Göteborg – ”det är allvarligt”, säger hon."
EN = "“We are not leaving,” said the mayor’s spokeswoman — the café stays open."


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (SV.encode("utf-8"), SV, "utf-8"),
        (EN.encode("utf-8"), EN, "utf-8"),
        (SV.encode("cp1252"), SV, "cp1252"),
        (EN.encode("cp1252"), EN, "cp1252"),
        ("Åsa och Örjan åker till Malmö.".encode("latin-1"), "Åsa och Örjan åker till Malmö.", "latin-1"),
        ("Sjøen er blå og ærlig.".encode("latin-1"), "Sjøen er blå og ærlig.", "latin-1"),
        (b"\xef\xbb\xbf" + SV.encode("utf-8"), SV, "utf-8"),
        (SV.encode("utf-16"), SV, "utf-16"),
        # UTF-16 without a byte-order mark was "binary data" (issue 13)
        (SV.encode("utf-16-le"), SV, "utf-16-le"),
        (SV.encode("utf-16-be"), SV, "utf-16-be"),
        (EN.encode("utf-16-le"), EN, "utf-16-le"),
        ("<html><body><p>Hej</p></body></html>".encode("utf-16-le"), "<html><body><p>Hej</p></body></html>",
         "utf-16-le"),
    ],
)
def test_decodes_and_names_the_encoding(data: bytes, text: str, encoding: str) -> None:
    got = decode(data, where="page.txt")
    assert got.text == text
    assert got.encoding == encoding


@pytest.mark.parametrize("data", [b"", b"   \n\t \n"])
def test_empty_is_refused_with_the_file_named(data: bytes) -> None:
    with pytest.raises(EmptyInputError) as err:
        decode(data, where="empty.txt")
    assert "empty.txt" in str(err.value)


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, bytes(range(256)) * 10, b"\x00\x01\x02\x03" * 50,
                                  b"\x01\x00\x02\x00\x03\x00" * 50, b"A\x00" * 20 + bytes(range(256)) * 4])
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryInputError) as err:
        decode(data, where="image.png")
    assert "binary" in str(err.value)


def test_declared_charset_used_when_not_utf8() -> None:
    data = "Kraków - Łódź".encode("iso-8859-2")
    assert decode(data, where="x.html", declared="iso-8859-2").text == "Kraków - Łódź"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        # a UTF-8 page cut in the middle of a letter (a truncated download) was read as cp1252: "hÃ¶jer"
        ((SV + " Malmö").encode("utf-8")[:-1], SV + " Malm\ufffd", "utf-8 (1 invalid byte replaced)"),
        # one stray byte in a UTF-8 page garbled every letter of it
        (SV.encode("utf-8") + b"\xff" + SV.encode("utf-8"), SV + "\ufffd" + SV, "utf-8 (1 invalid byte replaced)"),
        ((SV + SV).encode("utf-8") + b"\xed\xa0\x80", SV + SV + "\ufffd" * 3, "utf-8 (3 invalid bytes replaced)"),
        # real single-byte text stays single-byte, even with a letter pair that happens to be valid UTF-8
        ("Åsa åker till Malmö, sa hon. Ã©".encode("latin-1"), "Åsa åker till Malmö, sa hon. Ã©", "latin-1"),
    ],
)
def test_utf8_with_a_few_bad_bytes_is_not_read_as_cp1252(data: bytes, text: str, encoding: str) -> None:
    got = decode(data, where="page.txt")
    assert (got.text, got.encoding) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "declared", "text", "encoding"),
    [
        # a UTF-8 page with a cp1252 paragraph: as cp1252 the UTF-8 letters doubled ("hÃ¶js") ...
        ("<p>Skatten höjs i Åre och Växjö</p>".encode() + "<p>i Malmö och Göteborg</p>".encode("cp1252"), "utf-8",
         "<p>Skatten höjs i Åre och Växjö</p><p>i Malmö och Göteborg</p>", "utf-8 and cp1252 (2 bytes read as cp1252)"),
        # ... or, when a UTF-8 '”' (E2 80 9D) held a byte cp1252 lacks, the page was refused as undecodable
        ("Regeringen säger “nej” – nödvändigt, säger hon.\n".encode() + "Årets största ökning.\n".encode("cp1252"),
         None, "Regeringen säger “nej” – nödvändigt, säger hon.\nÅrets största ökning.\n",
         "utf-8 and cp1252 (3 bytes read as cp1252)"),
        # a latin-1 declaration over the same mixture reads the stray bytes as it would
        ("Öppet i Göteborg. ".encode() + "Stängt i Malmö.".encode("latin-1"), "iso-8859-1",
         "Öppet i Göteborg. Stängt i Malmö.", "utf-8 and cp1252 (2 bytes read as cp1252)"),
        # a declaration of another single-byte charset is still believed first
        ("Kraków - Łódź".encode("iso-8859-2") + "ó".encode(), "iso-8859-2", "Kraków - ŁódźĂł", "iso8859-2"),
    ],
)
def test_utf8_with_single_byte_lines_keeps_both(data: bytes, declared: str | None, text: str, encoding: str) -> None:
    got = decode(data, where="page.html", declared=declared)
    assert (got.text, got.encoding) == (text, encoding)
