"""Last-resort author sources: meta tags, portraits, names after avatars, a personal site's owner."""
from __future__ import annotations

import pytest

from enligt.structure import extract
from enligt.structure.htmlbylines import avatar_name, contradicts, headshot, meta_authors, site_owner


def _tree(body: str, head: str = "") -> object:
    return extract.parse(f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>", where="t")


@pytest.mark.parametrize("metas,expected", [
    ({"author": "Ingrid Dahl"}, ["Ingrid Dahl"]),
    ({"citation_author": "Roy, Aniruddha"}, ["Aniruddha Roy"]),
    ({"dc.creator": "Lund, Maja"}, ["Lund, Maja"]),  # only citation names are "Last, First"
    ({"article:author": "https://facebook.com/x", "dc.creator": "Maja Lund"}, ["Maja Lund"]),
    ({"author": "@handle"}, []),
    ({}, []),
])
def test_meta_authors(metas: dict[str, str], expected: list[str]) -> None:
    assert meta_authors(metas) == expected


@pytest.mark.parametrize("body,expected", [
    (('<p>Dec 26, 2025 <span>•</span> <img class="avatar avatar-xs" src="/g.png"> Karin Holm in '
     '<a href="/c">Projects</a></p>'), ["Karin Holm"]),
    (('<div><img class="avatar photo" alt="Photo of author" src="/a.png"></div>'
     '<div><p class="h">Jens Madsen</p><div>Licensed grader, M.A.</div></div>'), ["Jens Madsen"]),
    ('<div class="meta"><img class="author-img" src="/a.png"> Lena Vogt am 3. Mai</div>', ["Lena Vogt"]),
    ('<p><img class="avatar" src="/a.png"> Ola Nordmann på <a href="/x">Innenriks</a></p>', ["Ola Nordmann"]),
    # the text after the avatar is no name, or the avatar sits in a comment or a menu
    ('<div><img class="avatar" src="/a.png"><p>Read the whole story here now</p></div>', []),
    (('<ol class="comment-list"><li><div class="comment-body"><img class="avatar" src="/a.png"> Per Lindqvist'
     '</div></li></ol>'), []),
    ('<nav><img class="avatar" src="/a.png"> Per Lindqvist</nav>', []),
])
def test_avatar_name(body: str, expected: list[str]) -> None:
    assert avatar_name(_tree(body), lambda n: n[:1].isupper()) == expected


@pytest.mark.parametrize("body,expected", [
    ('<div><img class="avatar" src="/x.png" alt="Nawaz Dhand"></div>', ["Nawaz Dhand"]),
    ('<div><img class="rounded-full" src="/a.png" alt="App Logo"></div>', []),
    ('<footer><img class="avatar" src="/x.png" alt="Nawaz Dhand"></footer>', []),
])
def test_headshot(body: str, expected: list[str]) -> None:
    assert headshot(_tree(body)) == expected


MINE = "<p>I tried the new release this week and my notes follow.</p>" * 3  # a person writing
OURS = "<p>We at the office update our guides, and I help.</p>" * 3  # a firm writing


@pytest.mark.parametrize("body,outlet,title,orgs,expected", [
    # the site's name is printed as its masthead: the home link, a text in the page header
    ('<header><a href="/">Sigrid Aas</a></header>' + MINE, "Sigrid Aas", "Post", set(), ["Sigrid Aas"]),
    ('<nav><a rel="home" href="https://x.example/">Tobias Kern</a></nav>' + MINE, None, "Post | Tobias Kern", set(),
     ["Tobias Kern"]),
    ('<header><div><h1>Mette Friis</h1></div></header>' + MINE + '<footer><p>© 2025 Mette Friis.</p></footer>', None,
     "Post", set(), ["Mette Friis"]),
    ('<header><p>Anders Vik</p></header>' + MINE + '<footer>Copyright © 2019-2025 Anders Vik - All rights reserved'
     '</footer>', None, "Post", set(), ["Anders Vik"]),
    # a person-like site name that is not the masthead, a firm's name, an organisation publisher
    ('<header><a href="/"><img alt="Sigrid Aas" src="/logo.png"></a></header>' + MINE, "Sigrid Aas", "Post", set(),
     []),
    ('<header><a href="/">Loona Construction</a></header>' + MINE, "Loona Construction", "Post", set(), []),
    ('<header><a href="/">Sigrid Aas</a></header>' + MINE, "Sigrid Aas", "Post", {"sigrid aas"}, []),
    ('<footer><p>© 2025 Tobias Kern</p></footer>' + MINE, None, "Post", set(), []),
    # a site that writes "we" (an office, a firm) or in no person at all
    ('<header><a href="/">Human Resources</a></header>' + OURS, None, "Post | Human Resources", set(), []),
    ('<header><a href="/">Sigrid Aas</a></header><p>The release is out.</p>', "Sigrid Aas", "Post", set(), []),
])
def test_site_owner(body: str, outlet: str | None, title: str, orgs: set[str], expected: list[str]) -> None:
    assert site_owner(_tree(body), outlet, title, orgs, "en") == expected


@pytest.mark.parametrize("lang,para,expected", [
    ("sv", "Jag testade den nya versionen och mina anteckningar följer.", True),
    ("sv", "Vi på byrån uppdaterar våra guider varje vecka.", False),
    ("no", "Jeg testet den nye versjonen, og mine notater følger.", True),
    ("da", "Jeg testede den nye version, og mine noter følger.", True),
    ("de", "Ich habe die neue Version getestet, meine Notizen folgen.", True),
    ("de", "Wir aktualisieren unsere Ratgeber jede Woche.", False),
    ("en", "I tried it; my notes follow.", True),
    # a news report quoting people in the first person: the writer is not speaking of themself
    ("en", "\u201cI was scared and my children cried,\u201d said a woman who lives nearby.", False),
    ("en", '"I saw the smoke from my window," the neighbour told reporters.', False),
    ("sv", "– Jag var rädd och mina barn grät, säger en kvinna som bor i närheten.", False),
    ("de", "„Ich hatte Angst um meine Kinder“, sagte eine Anwohnerin.", False),
    ("da", "»Jeg var bange for mine børn,« siger en kvinde.", False),
])
def test_first_person_site(lang: str, para: str, expected: bool) -> None:
    body = '<header><a href="/">Sigrid Aas</a></header>' + f"<p>{para}</p>" * 3
    assert site_owner(_tree(body), "Sigrid Aas", "Post", set(), lang) == (["Sigrid Aas"] if expected else [])


@pytest.mark.parametrize("line,printed,names,expected", [
    ("By Paula Fenn", ["Paula Fenn"], ["Lukas Dahlgren"], True),
    ("Av Karin Sund", ["Karin Sund"], ["Webb Redaktion"], True),
    ("Von Lena Vogt", ["Lena Vogt"], ["Max Kern"], True),
    ("By Dr. Paula Fenn", ["Paula Fenn"], ["Paula Fenn-Holm"], False),  # the same person
    ("Kari Moe | Getty Images", ["Kari Moe"], ["Lukas Dahlgren"], False),  # no "By": a photo credit
    ("by Nordic Space Agency", ["Nordic Space Agency"], ["Lukas Dahlgren"], False),  # an agency
])
def test_printed_byline_contradicts(line: str, printed: list[str], names: list[str], expected: bool) -> None:
    assert contradicts(line, printed, names) is expected
