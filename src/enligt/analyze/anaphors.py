"""Descriptive anaphors of a speaker named before: "– Q, sier RBK-kapteinen", "siger Røde Kors-lederen",
"“Q,” the company said" after "Markus Henriksen", "Espen Swang", "Bombardier". Where no earlier mention is headed
by the role noun, the definite description that tags a quotation takes the name of the latest named person (or
company) the article mentioned, as a pronoun would, so that the quotes it tags and the tagless ones after them go
to that name. Only quotation tags: a description in reported speech ("ledningen menar", "vittnen berättar") is
as often a new party as the one named before.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.mentions import Mention, Mentions, plural_phrase, role_stems
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_languages_words, function_words, table

ANAPHOR_REACH: Final = 12  # mentions a descriptive anaphor looks back over for its named antecedent
_KINDS: Final = frozenset({"person", "organization"})


def descriptive_kind(ctx: Ctx, src: list[Tok], direct: bool) -> tuple[str, str] | None:
    """The kind (person, organization) of a singular definite description with no name in it: an article and a
    role noun ("the company", "der Sprecher", "die Sprecherin"), or in the suffix-definite languages a bare role
    noun in its definite singular, perhaps compounded with a name ("kapteinen", "RBK-kapteinen", "Røde
    Kors-lederen"), with its role noun; else None. A company noun only as a quotation's tag (`direct`)."""
    lang, lex = ctx.lang, ctx.lex
    if len(src) == 2 and src[0].low in lex.closed.definite_article and src[1].is_word \
            and (not src[1].upper or lex.profile.capitalised_nouns or nationality_noun(src[1].low, lang)):
        head = src[1].low
        singular = _article_singular(src[0].low, head, lang)
    elif _suffix_definite(ctx) and src and all(t.is_word for t in src) and not src[-1].text.isupper() \
            and (len(src) == 1 or "-" in src[-1].text and all(t.upper for t in src)):
        head = src[-1].low.rsplit("-", 1)[-1]  # ("OCHA": an acronym names its body)
        if "-" in src[-1].text and not src[-1].text.rsplit("-", 1)[-1].islower():
            return None  # "Jens-Petter": a name, no compound role
        singular = head.endswith(_DEFINITE_SINGULAR) and not any(  # "vittne" + "n", "ögonvittnen": a plural
            head[:-1].endswith(noun) for noun in function_words(lang, "neuter_e_person"))
    else:
        return None
    kind = "person" if nationality_noun(head, lang) else word_type(head, lang)
    if kind not in _KINDS or not head.isalpha() or not singular or plural_phrase(head, lang):
        return None
    return (kind, head) if direct or kind == "person" or company_noun(head, lang) else None


def _suffix_definite(ctx: Ctx) -> bool:
    """Whether the language marks a definite noun by a suffix ("kapteinen") and writes nouns in lower case:
    a bare role noun there is a definite description (sv, no, da)."""
    return not ctx.lex.profile.capitalised_nouns and bool(function_words(ctx.lang, "anaphor_suffix"))


_DEFINITE_SINGULAR: Final = ("en", "et", "n")  # sv/no/da definite singular endings of a role noun


def _article_singular(article: str, head: str, lang: str) -> bool:
    """Whether an article and a noun are singular (function words singular_article, plural_role_ending,
    feminine_article, feminine_role_ending): "the" with no plural "-s", "der"/"das" but not "der Beamten" (a
    genitive plural), "die" with a feminine role ("die Sprecherin", not "die Ermittler")."""
    plural = any(head.endswith(end) for end in function_words(lang, "plural_role_ending"))
    feminine = any(head.endswith(end) for end in function_words(lang, "feminine_role_ending"))
    return article in function_words(lang, "neuter_article") \
        or article in function_words(lang, "singular_article") and not plural \
        or article in function_words(lang, "feminine_article") and feminine


def named_antecedent(ctx: Ctx, mentions: Mentions, kind: str, head: str, before: int,
                     direct: bool = True) -> Mention | None:
    """The latest mention of `kind` among the last few, when it has a proper name (a person's in full, not
    "Drei Männer") and no other role is given beside that name where the text first gives it ("his lawyer,
    Patrick Gibbs" is no "the actor"; "Dennis Kristensen, formand for FOA" no "KL-direktøren"). A company noun
    first takes the company named after such a noun in passing; outside a quotation's tag (`direct` false) only
    that one."""
    if kind == "organization" and company_noun(head, ctx.lang) and (passing := company_named_before(ctx, before)):
        return passing  # "des Anbieters Northwind …, wie das Unternehmen mitteilte"
    if not direct and kind != "person":
        return None  # in reported speech only a company named after its noun: "facket" said is no "bolaget"
    for m in reversed(mentions.items[-ANAPHOR_REACH:]):
        if m.type != kind:
            continue
        if kind == "person":  # the latest person decides, as for a pronoun
            words = (m.name or "").split()
            full = len(words) > 1 and all(w[:1].isupper() for w in words) and not plural_phrase(m.name or "", ctx.lang) \
                and not (m.name or "").isupper()  # (a dateline in capitals, "ULLEVAAL STADION", is no person)
            return m if full and m.name and _same_role(ctx, m.name, head, before) else None
        if m.name and m.name[:1].isupper():
            return m
    return None


def _same_role(ctx: Ctx, name: str, head: str, before: int) -> bool:
    """Whether the role beside a name's first use in the text (the word before it, or the first of an apposition
    after its comma) is none, or the one `head` names ("chefpolitiinspektør Jørgen Skov" for
    "chefpolitiinspektøren")."""
    at = ctx.text.find(name, 0, before)
    if at < 0 or nationality_noun(head, ctx.lang):
        return True  # ("the Portuguese" names no role: "manager X" may be one)
    left = re.findall(r"[\w-]+", re.split(r"\n|[.!?]\s", ctx.text[max(0, at - ROLE_REACH):at])[-1].lower())[-1:]
    right = ctx.text[at + len(name):at + len(name) + ROLE_REACH].lower()
    apposed = re.findall(r"[\w-]+", right.split(",")[1])[:1] if right.startswith(",") else []
    roles = [w.rsplit("-", 1)[-1] for w in left + apposed]  # "statsminister X", "X, formand for Y"
    roles = [w for w in roles if len(w) > 2 and (word_type(w, ctx.lang) == "person" or _unlisted_role(ctx, w, at))]
    stem = role_stems(head, ctx.lang)[-1]
    kin = _role_kin(head, ctx.lang)
    return not roles or any(stem[:ROLE_STEM_MATCH] in w or w[:ROLE_STEM_MATCH] in head or kin & _role_kin(w, ctx.lang)
                            for w in roles)


def nationality_noun(word: str, lang: str) -> bool:
    """Whether a noun names one person of a nation (function words nationality_noun: "Portuguese", "Italiener",
    "svensken"): a description of a named person that gives no role of theirs."""
    return word in function_words(lang, "nationality_noun")


def _unlisted_role(ctx: Ctx, word: str, at: int) -> bool:
    """German: a capitalised noun right before a name's first use that is no first name ("Ortsvorsteher Karl
    Bauer"): a role the lists lack, which a "der Landrat" later does not name."""
    before = ctx.text[max(0, at - len(word) - 1):at].strip()
    return ctx.lex.profile.capitalised_nouns and before[:1].isupper() and before.lower().endswith(word) \
        and word not in all_languages_words("first_names") and word not in ctx.lex.determiners


def _role_kin(word: str, lang: str) -> frozenset[str]:
    """The trades (lang/<code>/role_kin.tsv) a role word belongs to, by the nouns it or its stem ends in:
    "Oberstaatsanwalt" and "der Ermittler" both investigate, so the one points back to the other."""
    stems = (word, *role_stems(word, lang))
    return frozenset(row[0] for row in table(lang, "role_kin")
                     if len(row) > 1 and any(s.endswith(row[1]) for s in stems))


ROLE_REACH: Final = 60  # characters read on either side of a name's first use for the role given beside it
ROLE_STEM_MATCH: Final = 5  # leading letters of a role stem that make two role words the same role


COMPANY_REACH: Final = 1500  # characters read back for the company a company noun points to
COMPANY_NAME_WORDS: Final = 3  # capitalised words of a company's name after its noun ("the carmaker Nordic Motor Works")
_WORD: Final = re.compile(r"[^\W\d_][\w&'.-]*")


def company_noun(word: str, lang: str) -> bool:
    """Whether a noun names a company by its kind (function words company_noun), perhaps definite, in the
    genitive or compounded: "Unternehmen", "Energieversorgers", "selskapet", "the carmaker"."""
    nouns = function_words(lang, "company_noun")
    forms = (word, word.removesuffix("s"), *role_stems(word, lang))
    return bool(nouns) and any(f.endswith(n) for f in forms for n in nouns)


def company_named_before(ctx: Ctx, before: int) -> Mention | None:
    """The company the text last named after a company noun before `before` ("des Anbieters Northwind",
    "the carmaker Nordic Motor"), as a mention, the name's capitalised words with no type of their own;
    else None. Named in passing, with no cue, it is no mention of its own."""
    words = list(_WORD.finditer(ctx.text, max(0, before - COMPANY_REACH), before))
    dets = ctx.lex.determiners
    found: Mention | None = None
    for k in range(len(words) - 1):
        if not company_noun(words[k].group().lower(), ctx.lang):
            continue
        j = k + 1
        while j < len(words) and j - k <= COMPANY_NAME_WORDS and words[j].group()[:1].isupper() \
                and ctx.text[words[j - 1].end():words[j].start()].strip() == "" \
                and words[j].group().lower() not in dets and not word_type(words[j].group().lower().rstrip("."), ctx.lang):
            j += 1
        name = ctx.text[words[k + 1].start():words[j - 1].end()].rstrip(".") if j > k + 1 else ""
        if name and (not ctx.lex.profile.capitalised_nouns or _named_again(ctx.text, name)):
            found = Mention(name, name, "organization", name.lower())
    return found


def _named_again(text: str, name: str) -> bool:
    """Whether a name stands in the text more than once (in any case: "Northwind", "NorthWind"), where every
    noun is capitalised: "das Unternehmen Ende März" names no company, a company is named again."""
    return text.lower().count(name.lower()) > 1
