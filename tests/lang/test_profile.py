"""A language is its data: each supported language has a profile and function words, and no shared
rule asks which language it reads."""
from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from enligt.lang import SUPPORTED, Profile, function_words, profile, table

SRC = Path(__file__).resolve().parents[2] / "src" / "enligt"
# a comparison of a language code with a literal: `lang == "de"`, `ctx.lang != "en"`, `lang in ("sv", "no")`
_BRANCH = re.compile(r"""\blang\s*(?:==|!=|\bin\b|\bnot in\b)\s*[(\[{]?\s*["'](?:sv|en|no|da|de)["']""")


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_language_has_a_whole_profile(lang: str) -> None:
    p = profile(lang)
    assert p.code == lang
    assert p.decimal_mark in (",", ".")
    assert all(getattr(p, f.name) is not None for f in fields(Profile))


@pytest.mark.parametrize("path", sorted(p.relative_to(SRC).as_posix() for d in ("analyze", "structure", "lang")
                                        for p in (SRC / d).glob("*.py")))
def test_no_shared_rule_branches_on_a_language_name(path: str) -> None:
    text = (SRC / path).read_text(encoding="utf-8")
    assert not _BRANCH.findall(text), f"{path}: read a profile switch or a word list instead"


def _categories_in_code() -> set[str]:
    calls = re.compile(r"""(?:all_function_words|function_words|function_word_list|fw|w)\((?:\w+,\s*)?((?:["'][a-z_]+["'](?:,\s*)?)+)\)""")
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        for args in calls.findall(path.read_text(encoding="utf-8")):
            found.update(re.findall(r"""["']([a-z_]+)["']""", args))
    return found


def _categories_in_data() -> set[str]:
    cats = {row[0] for row in table(None, "function_words")}
    for lang in SUPPORTED:
        cats |= {row[0] for row in table(lang, "function_words")}
    return cats


def test_every_category_the_code_reads_has_words() -> None:
    missing = _categories_in_code() - _categories_in_data()
    assert not missing, f"categories read but listed in no lang/*/function_words.tsv: {sorted(missing)}"


@pytest.mark.parametrize(("lang", "category", "word"), [
    ("de", "genitive_article", "des"),  # German-only grammar words stay German
    ("sv", "adjective_article", "ett"),
    ("en", "be", "were"),
])
def test_function_words_by_language(lang: str, category: str, word: str) -> None:
    assert word in function_words(lang, category)
    assert all(word not in function_words(other, category) for other in SUPPORTED if other != lang)
