"""Image captions: split a caption line into its text and its photo credit.

Crawl dumps glue caption sentences and credits together ("…brandkåren.Tre hus…
Familjerna har evakuerats. (Foto: Lena Berg /AP/TT)", "…i Kalix.Foto: Erik Holm").
The credit is what follows a label ("Foto:", "Photo:", "Bild:", "Picture:", "Arkivfoto:",
"Grafik:"; lists in `lang/<code>/credit_labels.txt`), without the label and brackets, or an
unlabelled agency credit at the end ("… pictured last year. REUTERS/Jane Doe/File Photo"), or a photographer's
credit with no label (`photocredits.py`: "Jane Roe/Getty Images").
Glued sentences in the text are separated by one space.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from enligt.lang import all_languages_words, alternation, wordset
from enligt.models import Caption
from enligt.structure.byline import is_agency
from enligt.structure.dates import find_day_span
from enligt.structure.furniture import is_furniture
from enligt.structure.photocredits import (
    BRACKET_CREDIT,
    LAST_STOP,
    MAX_COPYRIGHT_TEXT,
    credit_alone,
    person_after_text,
    person_credit,
)

MAX_CAPTION: Final = 600
GLUED: Final = re.compile(r"([.!?])(?<=[a-zà-ÿ0-9\"”’)][.!?])(?=[A-ZÀ-ÖØ-Þ])")  # the stop itself: replaced by itself and a space
LABEL_HINT: Final = re.compile(r"Foto|Photo|Bild|Pictur|Image|Grafi|Illustr|Credit|FOTO|PHOTO|BILD")
# "REUTERS/Stringer", "AP Photo/Jane Doe", "EPA-EFE/John Smith/File Photo", "AP Photo/Jane Doe, File" (an agency's
# note after a comma: an archive or pool picture)
AGENCY_CREDIT: Final = re.compile(
    r"^([A-ZÀ-ÖØ-Þ][\w.'’&-]*)(?:\s(?:Photo|Foto|Pool|Images?|Bild))?(?:\s?/\s?[\w.'’& -]+)+(?:, [A-Z][a-z]+)?$")
# A caption closed by a copyright sign and its holder ("Blaulicht © AFP", "… in Bergamo © (c) APA/AFP/Jane Roe",
# "… der Erfolg. (c) proplanta"): the text, then the credit after the sign (a second "(c)" dropped).
COPYRIGHT_CREDIT: Final = re.compile(r"^(\S.*?)\s+(?:©|\([cC]\))\s*(?:\([cC]\)\s*)?([^\W\d_][^©]*)$")
MAX_COPYRIGHT_WORDS: Final = 6  # a credit after "©" is a name or two and agencies, never a sentence
# An agency's sign after a dash closing a caption ("… (AP Photo/Jane Roe) — AP", "… — AFP/VNA Photo").
DASH_AGENCY: Final = re.compile(r"\s*[—–]\s*([A-Z][\w.&-]*(?:\s?/\s?[A-Z][\w.&-]*)*)(\s(?:Photos?|Fotos?|Bild))?$")
TRAILING_REPEAT: Final = re.compile(r"\(([^()]+)\)$")
# A source's picture credited by its word before the slash ("Facebook Photo/X", "Polizei Foto/X").
PHOTO_WORDS: Final = (" Photo", " Foto", " Bild", " Photos", " Fotos")


def _label_pattern() -> re.Pattern[str]:
    """`_label_pattern_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _LABEL_PATTERN_KEPT:
        _LABEL_PATTERN_KEPT.append(_label_pattern_built())
    return _LABEL_PATTERN_KEPT[0]


_LABEL_PATTERN_KEPT: Final[list[re.Pattern[str]]] = []


def _label_pattern_built() -> re.Pattern[str]:
    alts = alternation(all_languages_words("credit_labels"))
    # A label starts the line, follows a space or bracket, or is glued onto a sentence end.
    return re.compile(rf"(?:^|(?<=[\s(\[.!?”\"]))[(\[]?{alts}(?:\s*:|\s+(?:by|av|af|von)\b:?)\s*",
                      re.IGNORECASE)


def unglue(text: str) -> str:
    """One space between sentences that a dump glued together ("kriget.Flera har" -> "kriget. Flera har")."""
    return " ".join(GLUED.sub(r"\1 ", text).split())


def _has_by(line: str) -> bool:
    return (" by " in line or " av " in line or " af " in line or " von " in line) and LABEL_HINT.search(line) is not None


def _label_before_colon(line: str) -> bool:
    """Whether some ':' in `line` follows a credit label ("Foto:", "Arkivfoto :"): a cheap pre-test."""
    labels = all_languages_words("credit_labels")
    pos = line.find(":")
    while pos != -1:
        end = pos
        while end > 0 and line[end - 1] == " ":
            end -= 1
        start = end
        while start > 0 and line[start - 1].isalpha():
            start -= 1
        if line[start:end].lower() in labels:
            return True
        two = start - 1  # a label of two words ("Image source:")
        while two > 0 and line[two - 1].isalpha():
            two -= 1
        if start > 1 and line[start - 1] == " " and line[two:end].lower() in labels:
            return True
        pos = line.find(":", pos + 1)
    return False


def _labelled(line: str) -> tuple[str, str] | None:
    if not _label_before_colon(line) and not _has_by(line):
        return None  # no "Label:" and no "Photo by" / "Foto av"
    found = [m for m in _label_pattern().finditer(line)
             if line[m.start() + (1 if line[m.start()] in "([" else 0)].isupper() and not _by_inside_sentence(line, m)]
    if not found:
        return None
    if (closed := _closed_credit(line, found[0])) is not None:
        return closed
    text = line[: found[-1].start()].strip()
    credit = _unclosed(line[found[-1].end():].strip())
    if (repeat := _repeated_credit(line, found)) is not None:
        text, credit = repeat
    if not credit or len(credit.split()) > 12 or _sentence_after_by(line, found[-1], credit):
        return None
    return text, credit


def _closed_credit(line: str, label: re.Match[str]) -> tuple[str, str] | None:
    """(text, credit) of a caption whose first label opens a bracket that closes before more words: "… vergrößern.
    (Foto: Reuters) Michael Bloomberg", "… i Randers. (Foto: Jane Roe/Scanpix) Foto: Jane Roe Vis mere …": the
    credit is the bracket's, and what follows it (a few words, or the caption printed again) is no caption."""
    opener = line[label.start()]
    if opener not in "([":
        return None
    end = line.find(")" if opener == "(" else "]", label.end())
    if end == -1 or not line[end + 1:].strip():
        return None  # closed at the line's end, or never: the common shapes, read below
    text, credit, rest = line[:label.start()].strip(), line[label.end():end].strip(), line[end + 1:]
    if len(rest.split()) > MAX_TAIL_WORDS and text[:MAX_TAIL_WORDS * 4] not in rest:
        return None  # more text after it (another caption, the lead: a dump's glued head of the page) stays for below
    return (text, credit) if text and credit and len(credit.split()) <= MAX_CREDIT_WORDS else None


MAX_CREDIT_WORDS: Final = 12  # a credit names a person or two and agencies, never a sentence
MAX_TAIL_WORDS: Final = 6  # the words after a closed credit that are no more caption: a name, a button, the label again


def _unclosed(credit: str) -> str:
    """`credit` without the brackets that close the label's own ("(Foto: Jane Roe)"), a bracket it opened
    itself kept ("Foto: Jane Roe (Arkiv)")."""
    while credit[-1:] in (")", "]") and credit.count(credit[-1]) > credit.count("(" if credit[-1] == ")" else "["):
        credit = credit[:-1].rstrip()
    return credit


def _by_inside_sentence(line: str, m: re.Match[str]) -> bool:
    """Whether a label of the "by" form ("Fotos von", "Photo by") runs on from a lower-case word: the words of a
    sentence ("… Videos und Fotos von Nachbarn belegen"), not a credit, which opens the line or follows a
    sentence end or a bracket ("… im Regen. Foto von Jane Roe")."""
    if ":" in m[0] or m[0][:1] in "([":
        return False
    before = line[:m.start()].rstrip()
    return before[-1:].isalpha() and before[-1:].islower()


def _sentence_after_by(line: str, label: re.Match[str], credit: str) -> bool:
    """Whether a label with "by"/"von" and no colon opens a sentence, not a credit ("Fotos von Helfern zeigen
    Schäden"): a credit names people and agencies, so a lower-case word of `SENTENCE_WORD` letters after it is a
    verb or noun phrase of running text."""
    if ":" in line[label.start():label.end()]:
        return False
    return any(len(w) >= SENTENCE_WORD and w[:1].islower() and w.isalpha() for w in credit.split())


SENTENCE_WORD: Final = 4  # the shortest lower-case word read as running text after "Foto von" ("zeigen", not "van")


def _repeated_credit(line: str, found: list[re.Match[str]]) -> tuple[str, str] | None:
    """(text, credit) of a caption whose second credit label only repeats the first: straight after it ("(Foto:
    Foto: Jane Roe/AP)") or in brackets after a credit that shares a name with it ("Foto: Jane Roe/dpa (FOTO:
    Keystone/dpa/Jane Roe)", "Foto: Jane Roe (Foto: Jane Roe)"): the text stands before the first label."""
    if len(found) != 2:
        return None
    first, second = found
    text = line[:first.start()].strip()
    between = line[first.end():second.start()].strip()
    if not between:
        return text, line[second.end():].strip().rstrip(")]").strip()
    again = line[second.end():].strip().rstrip(")]").strip()
    if line[second.start()] not in "([" or len(between.split()) > MAX_REPEAT_WORDS \
            or not _NAME_WORDS.findall(between.lower()) or not set(_NAME_WORDS.findall(between.lower())) \
            & set(_NAME_WORDS.findall(again.lower())):
        return None
    return text, between


MAX_REPEAT_WORDS: Final = 8  # the first credit before a bracketed repeat of it: a name or two and agencies
_NAME_WORDS: Final = re.compile(r"[^\W\d_]{3,}")


def _unlabelled(line: str) -> tuple[str, str] | None:
    """An unlabelled agency credit after the last sentence: "… the Clyde. AP Photo/Jane Doe", "(REUTERS/X)"."""
    if "/" not in line:
        return None
    m = LAST_STOP.search(line, max(0, len(line) - 80))
    if m is None or m.start() == 0:
        if len(line) > 80:
            return None
        head, tail = "", line.strip()  # a credit line of its own under the caption: "(PA Photo/Jane Roe)"
        if " " not in tail and tail[:1] != "(":
            return None  # "EU/USA", "AP/TT": too little to tell a credit
    else:
        head, tail = line[: m.start() + 1], line[m.end():].strip()
    if tail.startswith("(") and tail.endswith(")"):
        tail = tail[1:-1].strip()
    credit = AGENCY_CREDIT.match(tail)
    if credit is None or len(tail.split()) > 8 or _copy_sign(tail):
        return None
    first = credit[1]
    if not (first.isupper() and len(first) >= 2) and not is_agency(first) \
            and not tail.split("/", 1)[0].endswith(PHOTO_WORDS) and f" {first}" not in PHOTO_WORDS:
        return None  # "Facebook Photo/X", "Handout Photo/X": a photo credit by its word, whoever the source
    if f" {first}" in PHOTO_WORDS and tail[len(first):].lstrip().startswith("/"):
        tail = tail[len(first):].lstrip()[1:].strip()  # "(Photo/Parliament)": the word is the label
    return head, tail


def _copy_sign(credit: str) -> bool:
    """An agency's sign with its editor's initials after the slash ("DDP/abc", "AFP/xy"), which closes the copy
    of an article, not a picture: every part after the first is a short lower-case word and no agency ("AP/dpa"
    is two agencies' picture)."""
    parts = [p.strip() for p in credit.split("/")]
    return len(parts) >= 2 and all(p.isalpha() and p.islower() and len(p) <= MAX_INITIALS and not is_agency(p)
                                   for p in parts[1:])


MAX_INITIALS: Final = 4  # an editor's sign after an agency's: "abc", "mlu"
BARE_LABEL_TEXT_WORDS: Final = 4  # a caption before a label left alone is a sentence of some words
GALLERY_ROW_MIN: Final = 80  # two captions with their credits at least




def _bracketed_picture_agency(line: str) -> tuple[str, str] | None:
    """(text, credit) of a caption closed by a picture agency in brackets with no label ("… in Luton (Getty)",
    "… i Oslo (Scanpix)"): `photo_agencies.txt` only, never a news agency (`agencies.txt`)."""
    m = BRACKET_CREDIT.match(line)
    if m is None or len(line) > MAX_COPYRIGHT_TEXT or not (line[:1].isupper() or line[:1].isdigit()):
        return None
    credit = m[2].strip()
    if credit.lower() not in wordset(None, "photo_agencies") or is_agency(credit):
        return None
    return m[1], credit


def _copyright_credit(line: str) -> tuple[str, str] | None:
    """(text, credit) of a caption closed by a copyright sign and its holder ("Blaulicht © AFP"). A footer is
    none: a year in the credit ("Kleine Zeitung © 2020", "Text © 2024 X"), a copyright or rights notice before
    the sign ("Copyright © X", "Alle Rechte vorbehalten © X": furniture), or more than a few words after it; nor is
    a paragraph of running text signed by its agency ("… kamen ums Leben. © dpa")."""
    m = COPYRIGHT_CREDIT.match(line)
    if m is None:
        return None
    text, credit = m[1].strip(), m[2].strip()
    if (rep := TRAILING_REPEAT.search(credit)) is not None and rep[1].strip() in credit[:rep.start()]:
        credit = credit[:rep.start()].strip()  # "APA/AFP/Jane Roe (Jane Roe)": the name printed again
    if len(credit.split()) > MAX_COPYRIGHT_WORDS or any(ch.isdigit() for ch in credit) or credit[-1:] in ".!?:":
        return None
    if len(text) > MAX_COPYRIGHT_TEXT or not (text[:1].isupper() or text[:1].isdigit()) or "©" in text \
            or is_furniture(text):
        return None
    return text, credit


def split_caption(line: str) -> Caption | None:
    """The caption of `line` when it carries a photo credit, else None.

    A line that is only a credit ("Foto: X", a photographer's name written surname first) gives a caption with
    empty text.
    """
    if "," in line and is_inverted_credit(line):
        return Caption(text="", credit=line.strip())
    sign = "©" in line or "(c)" in line or "(C)" in line
    if ":" not in line and "/" not in line and not sign and not _has_by(line) and line[-1:] != ")":
        # no "Label:", no "Photo by", no "AGENCY/Name", no "©", no "(Getty)": no caption (the common case), but for
        # a label whose credit the dump lost
        alone = line.strip()  # (longer than every listed agency, it is none: no line is lower-cased for nothing)
        if len(alone) <= _longest_agency() and alone.lower() in wordset(None, "photo_agencies"):
            return Caption(text="", credit=alone)  # "Getty Images" alone: a picture's credit, no byline
        bare = _bare_label_last(line)
        return Caption(text=unglue(bare), credit=None) if bare is not None else None
    line = _without_buttons(" ".join(line.split()))
    if not line or len(line) > MAX_CAPTION:
        return None
    parts = _dash_agency(line) or _parts(line, sign)
    if parts is None:
        return None
    text, credit = parts
    text = text[:-2] if text.endswith((" -", " –", " |")) else text  # "… Arkivbild. - Foto: X": the separator
    head, colon, rest = text.partition(":")
    if colon and rest.strip() and head.strip().lower() in all_languages_words("caption_labels"):
        text = rest.strip()  # "Bildtext: Polisen på plats.": the label is no part of the caption
    return Caption(text=unglue(text), credit=None if _dated_credit(credit) else _without_stop(_without_bare_label(credit)))


def _without_stop(credit: str) -> str:
    """A credit without the full stop that closes the caption's last sentence ("Foto: Privat." -> "Privat"); an
    abbreviation's own stop kept ("B.T.", "Jr.": a dot inside the word, or a word of two letters)."""
    if not credit.endswith(".") or credit.endswith(".."):
        return credit
    last = credit[:-1].replace("/", " ").split()[-1:]
    return credit[:-1] if last and len(last[0]) > 2 and "." not in last[0] else credit


def _longest_agency() -> int:
    """The length of the longest listed picture agency (lower-casing never shortens a text), read once and kept."""
    if not _LONGEST_AGENCY:
        _LONGEST_AGENCY.append(max(map(len, wordset(None, "photo_agencies")), default=-1))
    return _LONGEST_AGENCY[0]


_LONGEST_AGENCY: Final[list[int]] = []


# A name written surname first, as a picture agency's metadata gives its photographer ("Lund, Kari", "Berg-Holm, Ola").
INVERTED_NAME: Final = re.compile(r"^[A-ZÅÄÖÆØÜ][a-zåäöæøüß]+(?:-[A-ZÅÄÖÆØÜ][a-zåäöæøüß]+)?, "
                                  r"(?P<first>[A-ZÅÄÖÆØÜ][a-zåäöæøüß]+)(?: [A-ZÅÄÖÆØÜ][a-zåäöæøüß]+)?$")


def is_inverted_credit(line: str) -> bool:
    """A line that is only a photographer's name written surname first, its first name a common one ("Lund, Kari"):
    the credit of the picture whose caption stands above it (no byline prints a name so)."""
    m = INVERTED_NAME.match(line.strip())
    return m is not None and m["first"].lower() in all_languages_words("first_names")


def _without_bare_label(credit: str) -> str:
    """A credit without the label the dump printed with no colon before the name ("Foto Jane Roe/TT" -> "Jane
    Roe/TT"; `credit_labels.txt`)."""
    label, _, rest = credit.partition(" ")
    return rest if rest[:1].isupper() and label.lower() in all_languages_words("credit_labels") else credit


def _dated_credit(credit: str) -> bool:
    """Whether a credit is only the picture's date, perhaps with furniture glued to it ("Photo: 21 July
    2018Image copyright"): the dump lost the photographer's name, and a date credits nobody."""
    span = find_day_span(credit) if any(ch.isdigit() for ch in credit[:4]) else None
    if span is None or span[0] != 0:
        return False
    rest = credit[span[1]:].strip()
    return not rest or is_furniture(rest)


# A caption's or credit's label before a comma that opens the line ("Image caption, Crews at work", "Image source,
# Getty Images"): the label and its text printed on one line (`caption_labels.txt`, `credit_labels.txt`).
COMMA_LABEL: Final = re.compile(r"^([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?), (\S.*)$")


def labelled_lines_apart(lines: list[str]) -> list[str]:
    """The lines with a caption printed after its label and a comma cut in two, the label on a line of its own
    (a gallery marker: the caption follows it), and a credit printed so on the line above joined to that caption
    behind its label and a colon ("Image source, Getty Images / Image caption, Crews at work" -> "Image caption" /
    "Crews at work Image source: Getty Images")."""
    out: list[str] = []
    held: list[str] = []  # a credit line waiting for its caption, and the blank lines after it
    for line in lines:
        m = COMMA_LABEL.match(line) if ", " in line[:24] else None
        label = m[1].lower() if m is not None else ""
        if m is not None and " " in label and label in all_languages_words("credit_labels"):
            out.extend(held)
            held = [f"{m[1]}: {m[2]}"]
        elif m is not None and label in all_languages_words("caption_labels"):
            out.extend((m[1], f"{m[2]} {held[0]}" if held else m[2]))
            held = []
        elif held and not line.strip():
            held.append(line)
        else:
            out.extend(held)
            out.append(line)
            held = []
    return out + held


def _bare_label_last(line: str) -> str | None:
    """The text of a caption whose credit the dump lost, its label left after the last sentence ("Crews clear
    the road on Monday. Photo"), else None."""
    head, _, last = line.rstrip(" :").rpartition(" ")
    if head[-1:] not in ".!?" or last.lower() not in all_languages_words("credit_labels") \
            or head.count(" ") + 1 < BARE_LABEL_TEXT_WORDS:
        return None
    return head


def split_gallery_row(line: str) -> list[str] | None:
    """The captions of a gallery a dump printed on one line, each closed by its credit and the button that opens
    it ("A: Text. Foto: X Les mer B: Text. Foto: X Les mer"; `lang/<code>/caption_buttons.txt`), else None: two
    captions or more, each with its text and credit."""
    if len(line) < GALLERY_ROW_MIN or line.count(":") < 2:
        return None
    pieces = [p.strip() for p in _caption_buttons().split(line) if p.strip()]
    if len(pieces) < 2:
        return None
    for piece in pieces:
        cap = split_caption(piece)
        if cap is None or not cap.text or not cap.credit:
            return None
    return pieces


@cache
def _caption_buttons() -> re.Pattern[str]:
    alts = alternation(sorted(all_languages_words("caption_buttons"), key=len, reverse=True))
    return re.compile(rf"(?<=\S)\s+{alts}(?:\s+|$)", re.IGNORECASE)


def _without_buttons(line: str) -> str:
    """`line` without a gallery's buttons printed lower-case before the caption ("fullskjerm neste FLOM: Vannet
    steg." -> "FLOM: Vannet steg."; `gallery_buttons.txt`); a line that only runs on in lower case keeps them."""
    rest = line
    while (button := next((b for b in _buttons() if rest.startswith(b + " ")), None)) is not None:
        rest = rest[len(button) + 1:]
    return rest if rest != line and rest[:1].isupper() else line


@cache
def _buttons() -> tuple[str, ...]:
    """The gallery buttons of every language, the longest first ("full screen" before "full")."""
    return tuple(sorted(all_languages_words("gallery_buttons"), key=len, reverse=True))


def _parts(line: str, sign: bool) -> tuple[str, str] | None:
    return _labelled(line) or _unlabelled(line) or person_credit(line) or credit_alone(line) \
        or (_copyright_credit(line) if sign else None) or _bracketed_picture_agency(line) or person_after_text(line)


def _dash_agency(line: str) -> tuple[str, str] | None:
    """(text, credit) of a caption signed once more by its agency after a dash: a credit in brackets before it
    ("… Feb. 10, 2010. (AP Photo/Jane Roe) — AP": that credit), or the agency's picture credit after the last
    sentence ("… after days of rain. — AFP/VNA Photo": the agencies). A paragraph signed "— AP" is none."""
    if "—" not in line and "–" not in line:
        return None  # (every match holds a dash: two plain `in` tests, not a search tried at every position)
    m = DASH_AGENCY.search(line)
    if m is None or not is_agency(m[1].split("/")[0]):
        return None
    rest = line[:m.start()].rstrip()
    if rest.endswith(")"):
        return _parts(rest, False)
    if m[2] and rest[-1:] in ".!?":
        return rest, m[1]
    return None


def gallery_caption(line: str) -> Caption:
    """The caption under a gallery marker ("Bild 1 av 4") or a picture's label, with or without a credit; a bar the
    dump prints before it ("| Polisen på plats.") is no part of it."""
    line = line[1:].strip() if line.startswith("| ") else line
    return split_caption(line) or Caption(text=unglue(" ".join(line.split())), credit=None)
