"""The medium a page's sources talked to, as a candidate for the page's own outlet: "…, sier X til VG", "siger X
til B.T.", "säger X till Expressen", "told the Gazette", "wie X dem ZDF mitteilte", "Til NRK sier X". The structurer
takes it for the outlet only when a line outside the running text names it too (`structure/text.py`,
`_told_outlet`); else the page does not show which outlet it is and the medium told stays a via.

A crawl dump often loses the masthead, the page title and the footer; a byline or footer line that is left may
still name the site. Only one medium told (once is enough where nothing else on the
page cites a medium: a page that retells another's interview says whose), a known outlet or a name shaped like
a newspaper's (`outlet.site_shaped`), the whole capitalised name ("til Berlingske Nyhedsbureau" is no
"Berlingske"), never an agency (their copy runs everywhere), and only one: a page that was told things by two
media retells another's interviews, as does a page that cites a medium as a reporter ("enligt Expressen",
"rapporterar Sveriges Radio", "ifølge avisa"). Lists: `lang/<code>/told_preps.txt` (the recipient words),
`press_verbs.txt` (a medium reporting), `cues_speech.tsv` (a reporting verb must stand in the sentence) and
`cues_prep.tsv` (citing words).
"""
from __future__ import annotations

import re
from functools import cache

from enligt.lang import SUPPORTED, all_languages_words, table
from enligt.lang.gazetteers import outlet_names
from enligt.structure.byline import is_agency
from enligt.structure.outlet import site_shaped

NAME = r"([A-ZÅÄÖÆØÜ][\w.&+'-]*(?:\s[A-ZÅÄÖÆØÜ0-9][\w.&+'-]*(?:/[A-ZÅÄÖÆØ][\w.&+'-]*)?){0,3})"  # "TV 2/Fyn"
SENTENCE_END = re.compile(r"(?<=[.!?»”\"])\s+(?=[A-ZÅÄÖÆØÜ–—-])")
WORD = re.compile(r"[^\W\d_]+")
SPEECH_KINDS = frozenset({"speech", "told"})  # (`cues_speech.tsv` kinds of the verbs of saying and telling)


def outlet_from_told(body: list[str]) -> str | None:
    """The one medium the body's speech tags name as told ("til VG", "Til NRK sier"): a known outlet, else a name
    shaped like a site's (`site_shaped`); None for none, for two, or for a medium the body also cites."""
    pattern, speech = _told(), _speech_words()
    told: set[str] = set()
    for paragraph in body:
        for sentence in SENTENCE_END.split(paragraph):
            if not any(w in speech for w in WORD.findall(sentence.lower())):
                continue
            told |= {n for m in pattern.finditer(sentence) if (n := _medium(m[1])) is not None}
    if len(told) != 1:
        return None
    found = told.pop()
    text = " ".join(body)
    return None if _reported_by(text, found) or _interviewed_other(text, found) else found


def _interviewed_other(text: str, found: str) -> bool:
    """Whether `text` names an interview with another medium than `found` ("i et intervju med Fjordposten",
    "in an interview with the Gazette"; function words `interview` and `interview_with`): two media talked to,
    another's interviews retold. An interview alone names no outlet: a page cites the broadcaster a guest spoke on."""
    return any(other.lower() != found.lower() for other in _media_after(_interview(), text))


def _media_after(pattern: re.Pattern[str], text: str) -> list[str]:
    """The media `pattern` names in `text`, its group 1 an article or none and its group 2 the name (`_interview`,
    `_cite_named`): the name as a medium, else the article and name together ("Die Zeit")."""
    found = (_medium(m[2]) or _medium(f"{m[1] or ''}{m[2]}") for m in pattern.finditer(text))
    return [name for name in found if name is not None]


def _named_after(words: str, articles: str) -> re.Pattern[str]:
    """`words` (a regular expression's alternatives), then perhaps one of `articles`, then a capitalised `NAME`
    that a space, a stop or the end closes."""
    return re.compile(rf"(?<![\w-]){words}\s+((?i:{articles})\s+)?{NAME}(?=[\s,.;:!?)»”\"]|$)")


@cache
def _interview() -> re.Pattern[str]:
    """An interview noun and its "with" word before a medium's name, an article between or not."""
    rows = [row for code in SUPPORTED for row in table(code, "function_words") if len(row) >= 2]
    nouns = "|".join(sorted({re.escape(r[1].lower()) for r in rows if r[0] == "interview"}, key=len, reverse=True))
    withs = "|".join(sorted({re.escape(r[1].lower()) for r in rows if r[0] == "interview_with"}, key=len, reverse=True))
    return _named_after(rf"(?i:{nouns or '(?!)'})\s+(?i:{withs or '(?!)'})", "the|der|dem|den|det")


def _reported_by(text: str, name: str) -> bool:
    """Whether `text` cites a medium as a reporter: `name` after a citing word ("enligt VG", "according to
    CNN"), or any medium next to a verb of reporting ("rapporterar Sveriges Radio", "NRK melder"; `press_verbs.txt`):
    a page that retells another's reporting retells its interviews too ("säger X till SR")."""
    low = text.lower()
    if any(f"{cite} {name.lower()}" in low for cite in _citing()) or _paper_cited().search(low) is not None:
        return True
    if _report_of(low, name.lower()) or _site_cited(low, name.lower()):
        return True
    if _media_after(_cite_named(), text):
        return True  # "ifølge TV2", "according to the Guardian": another medium cited
    return any(_medium(m[1] or m[2]) is not None for m in _press().finditer(text))


def _report_of(low: str, name: str) -> bool:
    """Whether the lower-cased `low` names a report of the medium `name` ("einem Bericht der X", "nach
    X-Informationen", "Xs uppgifter", "X's report"; the document and report nouns of `source_types.tsv` and
    `function_words.tsv`): the page retells that medium's reporting, so it is not the medium's own."""
    nouns = _report_nouns()
    own = re.escape(name)
    return re.search(rf"(?<![\w-]){own}-(?:{nouns})(?!\w)|(?<![\w-])(?:{nouns})\s+(?:der|des)\s+{own}(?![\w-])"
                     rf"|(?<![\w-]){own}(?::s|s|'s|’s)\s+(?:{nouns})(?!\w)", low) is not None


def _site_cited(low: str, name: str) -> bool:
    """Whether the lower-cased `low` cites the medium `name` by its web address after a verb of reporting
    ("…, skriver nrk.no", "reports cnn.com"; `press_verbs.txt`): the page retells that site's reporting."""
    site = "".join(name.split())  # "Harbour Times" -> "harbourtimes.com"
    if f"{site}." not in low:
        return False  # (the cheap test first: most pages print no medium's address)
    verbs = "|".join(re.escape(v) for v in sorted(all_languages_words("press_verbs"))) or "(?!)"
    return re.search(rf"(?<![\w-])(?:{verbs})\s+{re.escape(site)}\.[a-z]{{2,3}}(?!\w)", low) is not None


@cache
def _report_nouns() -> str:
    """The document and report nouns of every language, as a regular expression's alternatives."""
    nouns = {row[0].lower() for code in SUPPORTED for row in table(code, "source_types")
             if len(row) >= 2 and row[1] == "document" and " " not in row[0]}
    nouns |= {row[1].lower() for code in SUPPORTED for row in table(code, "function_words")
              if len(row) >= 2 and row[0] == "report_noun"}
    return "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) or "(?!)"


@cache
def _paper_cited() -> re.Pattern[str]:
    """A medium's noun cited as a reporter, in lower case ("ifølge avisa", "enligt tidningen", "skriver avisen",
    "according to the newspaper", "laut der Zeitung"; `source_types.tsv` rows of type "media")."""
    nouns = sorted({row[0].lower() for code in SUPPORTED for row in table(code, "source_types")
                    if len(row) >= 2 and row[1] == "media"}, key=len, reverse=True)
    cites = sorted(set(_citing()) | all_languages_words("press_verbs"), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in nouns) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, cites))})\s+(?:the\s+|der\s+|dem\s+|die\s+)?"
                      rf"(?:{alt})(?![\w-])")


@cache
def _cite_named() -> re.Pattern[str]:
    """A name after a citing word, an article between or not ("ifølge TV2", "enligt Aftonbladet", "according to
    the Journal"): any medium the page cites as a reporter, not only the one told, makes it retell others' reporting
    (`_medium` leaves out the agencies, whose copy a paper cites as its own wire)."""
    cites = "|".join(re.escape(c) for c in sorted(_citing(), key=len, reverse=True)) or "(?!)"
    return _named_after(rf"(?i:{cites})", "the|der|dem|die|den|det")


@cache
def _press() -> re.Pattern[str]:
    """A name after a verb of reporting (an article between: "berichtet der Spiegel") or before one."""
    verbs = "|".join(sorted(all_languages_words("press_verbs"))) or "(?!)"
    return re.compile(rf"(?<![\w-])(?i:{verbs})\s+(?:[a-zäöüåæø]+\s+)?{NAME}|{NAME}\s+(?i:{verbs})(?![\w-])")


def _medium(words: str) -> str | None:
    """The medium `words` name, the whole capitalised run up to a word that ends the sentence ("til VG. Han" ->
    "VG"; "til Berlingske Nyhedsbureau": no "Berlingske" alone, an agency's name runs on): a known outlet, else
    a name shaped like a site's; never an agency."""
    parts: list[str] = []
    for part in words.rstrip(",;:").split():
        parts.append(part)
        if part.endswith("."):
            break
    name = " ".join(parts)
    bare = name.removesuffix(".")
    printed = name if "." in bare else bare  # "til B.T." keeps its stops, "til VG." loses the sentence's
    if any(cand.lower() in outlet_names() or site_shaped(cand) for cand in (name, bare)):
        return None if is_agency(bare) else printed
    return None


@cache
def _told() -> re.Pattern[str]:
    """A recipient word of any language before a capitalised name (`told_preps.txt`), capitalised too where it
    opens the sentence ("Til NRK sier operasjonslederen at …", "Gegenüber dem ZDF sagte er")."""
    preps = sorted(all_languages_words("told_preps"), key=len, reverse=True)
    alts = "|".join(f"[{p[0]}{p[0].upper()}]" + re.escape(p[1:]).replace(r"\ ", r"\s+") for p in preps) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alts})\s+{NAME}(?=[\s,.;:!?)»”\"]|$)")


@cache
def _speech_words() -> frozenset[str]:
    """The verbs of saying and telling of every language (`cues_speech.tsv` rows of the kinds `SPEECH_KINDS`)."""
    out: set[str] = set()
    for code in SUPPORTED:
        for row in table(code, "cues_speech"):
            if len(row) >= 2 and row[1] in SPEECH_KINDS and " " not in row[0]:
                out.add(row[0].lower())
    return frozenset(out)


@cache
def _citing() -> tuple[str, ...]:
    """The words that cite a reporter in every language ("enligt", "ifølge", "according to", "laut")."""
    return tuple(sorted({row[0].lower() for code in SUPPORTED for row in table(code, "cues_prep")
                         if len(row) >= 2 and row[1] in ("pre", "cite")}))
