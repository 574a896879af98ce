"""Authors of HTML pages: labelled names, personal sites, team bylines, reviewers, one-word names."""
from __future__ import annotations

import pytest

from enligt.structure import extract
from enligt.structure.htmlauthors import ld_types, looks_personal
from enligt.structure.htmlmeta import extract_meta

BODY = "<p>" + "This is a sentence of the article that is long enough to count as text. " * 6 + "</p>"
H1 = "<h1>Title of the story here</h1>"
MINE = BODY + "<p>I tested it for a month, and my verdict is below.</p>" * 3  # a person writing


def authors(head: str, body: str) -> tuple[str, ...]:
    html = f'<!DOCTYPE html><html lang="en"><head>{head}</head><body>{body}</body></html>'
    return extract_meta(extract.parse(html, where="t")).authors


def _site(name: str) -> str:
    return f'<meta property="og:site_name" content="{name}">'


@pytest.mark.parametrize("body,expected", [
    # the label and the name in separate elements, in an author box after the text
    (H1 + BODY + '<div class="box"><div>Written by</div><div>Jonas Berglund</div><p>Jonas writes.</p></div>',
     ("Jonas Berglund",)),
    (H1 + BODY + '<div><span>Article by</span> <div>Matti Heikkinen</div></div>', ("Matti Heikkinen",)),
    (H1 + BODY + '<p><b>Author:</b> <span>Lisa D. Ellis</span></p>', ("Lisa D. Ellis",)),
    # label and name on one line, a date after the name
    (H1 + BODY + '<article><footer><p>Posted by Colin Watts on 2025-12-18</p></footer></article>',
     ("Colin Watts",)),
    (H1 + BODY + '<p class="x">Posted by Dana Scully at December 16, 2025 11:15 AM</p>', ("Dana Scully",)),
    # a one-word name after "By" is a name when a label introduces it
    (H1 + '<div class="hdr">By <a href="/member/MixmasterFred/">MixmasterFred</a></div>' + BODY, ("MixmasterFred",)),
    # look-alikes: a consent banner, prose, a menu of filters, a page-footer credit
    (H1 + BODY + '<p>By clicking accept you agree to our cookies.</p>', ()),
    (H1 + BODY + '<p>Author of three novels and a cookbook.</p>', ()),
    ('<nav><ul class="menu"><li><h4>By Industry</h4></li><li><h4>By Event Type</h4></li></ul></nav>' + H1 + BODY, ()),
    ('<div class="dropdown"><span>By Company Size</span></div>' + "<a href='/x'>Link</a>" * 6 + H1 + BODY, ()),
    (H1 + BODY + '<footer><p>Posted by Site Admin Team</p></footer>', ()),
    # a reviewer after a label is no author
    (H1 + BODY + '<p>Reviewed by <span>Tom Brown</span></p>', ()),
    # credits and links that open with "by"
    (H1 + BODY + '<p><span>Website</span> <span>by</span> <a href="https://x.example">LeadsNearby</a></p>', ()),
    (H1 + BODY + '<p>Website by <a href="https://x.example">Acme Digital</a></p>', ()),
    (H1 + BODY + '<div><a href="/c">By Category</a><a href="/m">By Manufacturer</a></div>', ()),
    (H1 + BODY + '<p>Audited <a href="/s">by Securitum since 2022.</a></p>', ()),
    (H1 + BODY + '<p class="x">Published by Securitum since 2022.</p>', ()),
])
def test_names_after_a_byline_label(body: str, expected: tuple[str, ...]) -> None:
    assert authors("", body) == expected


@pytest.mark.parametrize("head,body,expected", [
    # a personal site: the author's name is the site's name
    (_site("Paige Brunton") + '<meta name="author" content="Paige Brunton">', H1 + BODY, ("Paige Brunton",)),
    (_site("Erin Spain"), H1 + '<p class="meta">By <a rel="author" href="/a">Erin Spain</a></p>' + BODY,
     ("Erin Spain",)),
    # a firm's site named as its own author is still no author
    (_site("Loona Construction") + '<meta name="author" content="Loona Construction">', H1 + BODY, ()),
    (_site("Acme Media Group") + '<meta name="author" content="Acme Media Group">', H1 + BODY, ()),
    # a person-like site name loses to a byline that names someone else
    (_site("One Tree Planted") + '<meta name="author" content="One Tree Planted">',
     H1 + "<p>by Meaghan Weeks</p>" + BODY, ("Meaghan Weeks",)),
])
def test_personal_sites(head: str, body: str, expected: tuple[str, ...]) -> None:
    assert authors(head, body) == expected


@pytest.mark.parametrize("name,expected", [
    ("Paige Brunton", True), ("Julian K. Arni", True), ("Cory McDonald", True),
    ("Loona Construction", False), ("Human in the Loop", False), ("Coffee Kev", False), ("Swoogo", False),
    ("Reuters", False), ("echo live", False), ("The Daily Post", False), (None, False),
])
def test_looks_personal(name: str | None, expected: bool) -> None:
    assert looks_personal(name) is expected


@pytest.mark.parametrize("head,body,expected", [
    (_site("Lavazza"), H1 + '<span class="hero__author">By the Lavazza Team</span>' + BODY, ("the Lavazza Team",)),
    (_site("Podium"), H1 + '<div class="authorWrapper"><p class="authorName">Podium Staff</p></div>' + BODY,
     ("Podium Staff",)),
    (_site("Acme"), H1 + '<div class="meta"><div>By</div><div>The Acme Team</div><div>|</div></div>' + BODY,
     ("The Acme Team",)),
    # the Yoast "Written by" twitter label
    ('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Staff">', H1 + BODY,
     ("Staff",)),
    # a person named after a label beats a team credit
    (_site("Tiger"), H1 + '<p>By Team Tiger</p>' + BODY + '<p>Written by <a href="/p">Paulo Gio</a></p>',
     ("Paulo Gio",)),
    # the outlet's bare name is no author, in a byline element or not
    (_site("Swoogo"), H1 + '<span class="author">Swoogo</span>' + BODY, ()),
    (_site("Clemson News"), H1 + '<span class="author">Clemson News</span>' + BODY, ()),
    (_site("Home Advisor"), H1 + '<p>Written by</p><p>HomeAdvisor</p>' + BODY, ()),
    # a role with a staff word is no team credit
    ("", H1 + '<div class="author-box"><span class="author-role">Staff Writer</span></div>' + BODY, ()),
])
def test_team_bylines(head: str, body: str, expected: tuple[str, ...]) -> None:
    assert authors(head, body) == expected


@pytest.mark.parametrize("body,expected", [
    # an expert/reviewer box beside the author
    (('<div class="meta"><span class="author-name"><a class="author-link" href="/author/pf/">Paul Frew</a></span>'
     '<span class="author-meta expert"><span class="author-name"><a class="author-link" href="/author/gp/">'
     'Gene Petty</a></span></span></div>'), ("Paul Frew",)),
    (('<div class="bylines"><div class="bylines__group--fact_checker"><span>Fact checked by</span>'
     '<div><a class="author-link" href="/a/yp">Yara Perez</a></div></div></div>'), ()),
    # contributors listed under the byline
    (('<div class="d"><div class="g">By <a href="/author/ben-a">Ben Abbott</a></div>'
     '<div class="small">Contributions From: <a href="/author/trish-m">Trish Mattson</a>, '
     '<a href="/author/sam-s">Sam Schiller</a></div></div>'), ("Ben Abbott",)),
    # dates in a byline box are not part of the name
    ('<div class="dateAndAuthorContainer"><span>Dec 17, 2025</span><span>Julian K. Arni</span></div>',
     ("Julian K. Arni",)),
])
def test_byline_elements(body: str, expected: tuple[str, ...]) -> None:
    assert authors("", H1 + body + BODY) == expected


@pytest.mark.parametrize("body,expected", [
    ('<article><footer><a rel="author" href="/author/k"><span>Kiersten</span></a></footer></article>',
     ("Kiersten",)),
    ('<ul><li itemprop="author"><span>Kev</span></li></ul>', ("Kev",)),
    ('<ul><li itemprop="author"><span>admin</span></li></ul>', ()),
    ('<nav class="menu"><a rel="author" href="/about">Josefin</a></nav>', ()),
])
def test_one_word_names_in_author_elements(body: str, expected: tuple[str, ...]) -> None:
    assert authors("", H1 + body + BODY) == expected


@pytest.mark.parametrize("head,body,expected", [
    # citation_author is "Last, First"
    ('<meta name="citation_author" content="Roy, Aniruddha">', "", ("Aniruddha Roy",)),
    ('<meta name="citation_author" content="Aniruddha Roy">', "", ("Aniruddha Roy",)),
    # one tag per author (Highwire / Google Scholar, Dublin Core): all of them, in page order
    (('<meta name="citation_author" content="Lind, Maja"><meta name="citation_author" content="Berg, Olof">'
     '<meta name="citation_author" content="Lind, Maja">'), "", ("Maja Lind", "Olof Berg")),
    ('<meta name="DC.Creator" content="Anna Holm"><meta name="dc.creator" content="Per Ek">', "",
     ("Anna Holm", "Per Ek")),
    # a single name that opens a per-author list elsewhere in the head gets the whole list
    (('<meta name="dc.creator" content="Anna Holm"><meta name="citation_authors" content="Anna Holm">'
     '<meta name="citation_authors" content="Per Ek">'), "", ("Anna Holm", "Per Ek")),
    (('<meta name="dc.creator" content="Anna Holm"><meta name="citation_author" content="Ek, Per">'
     '<meta name="citation_author" content="Holm, Anna">'), "", ("Anna Holm",)),  # another order: not its head
    # a plain author tag is read once, whatever follows
    ('<meta name="author" content="Jane Doe"><meta name="author" content="Site Admin Team">', "", ("Jane Doe",)),
    # the section name linked after "By" is no author
    ('<meta property="article:section" content="Wedding Checklists">',
     '<p>By</p><a rel="tag" href="/wc/">Wedding Checklists</a><div class="author">Naomi McNeil</div>',
     ("Naomi McNeil",)),
])
def test_meta_authors(head: str, body: str, expected: tuple[str, ...]) -> None:
    assert authors(head, H1 + body + BODY) == expected


def _ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


@pytest.mark.parametrize("head,body,expected", [
    # JSON-LD names the first author, the byline line lists them all
    (_ld('{"@type":"Article","author":{"@type":"Person","name":"Marna van der Merwe"}}'),
     '<div class="author-line">Written by Dr Marna van der Merwe, Dieter Veld, Erik van Vulp</div>',
     ("Dr Marna van der Merwe", "Dieter Veld", "Erik van Vulp")),
    # ... but separate author cards elsewhere do not join the JSON-LD author
    (_ld('{"@type":"Article","author":{"@type":"Person","name":"Rui Mar"}}'),
     '<div class="author">Rui Mar</div><div class="author">Heba Led</div>', ("Rui Mar",)),
    # a JSON-LD Person that is a team
    (_ld('{"@type":"Article","author":[{"@type":"Person","name":"The Investopedia Team"}]}'), "",
     ("The Investopedia Team",)),
    # a login name in JSON-LD loses to the printed display name
    (_ld('{"@type":"Article","author":{"name":"andrew.keaveney"}}'), '<p>By <span>Denise Everly</span></p>',
     ("Denise Everly",)),
    (_ld('{"@type":"Article","author":{"name":"KatieS"}}'), "<p>by Aoife O'Rourke</p>", ("Aoife O'Rourke",)),
    # ... but a one-word JSON-LD name stays when only an author card elsewhere names someone
    (_ld('{"@type":"Article","author":{"@type":"Person","name":"Lauren"}}'),
     BODY + '<div class="author-card"><span class="author">Jaime Marsh</span></div>', ("Lauren",)),
])
def test_json_ld_with_the_byline(head: str, body: str, expected: tuple[str, ...]) -> None:
    assert authors(head, H1 + body + BODY) == expected


@pytest.mark.parametrize("body,expected", [
    # a portrait with the writer's name, when nothing else names anyone
    (('<div class="meta"><span>2025-12-17</span> · <a title="Trond Tegner"><img src="/i.png" alt="Trond Tegner" '
     'class="h-4 w-4 rounded-full"><div>Trond Tegner</div></a></div>'), ("Trond Tegner",)),
    ('<div><img class="avatar" src="https://avatars.example/nd" alt="Nawaz Dhand"></div>', ("Nawaz Dhand",)),
    ('<div><img class="profile-pic" src="/e.jpg" alt="Elliot Rabb Image"></div>', ("Elliot Rabb",)),
    # a logo, a content image named after its file, a screenshot are no portraits
    ('<div><img class="rounded-full" src="/a.png" alt="App Logo"></div>', ()),
    ('<div><img class="wp-image-4" src="/up/Kinston-Office-1.png" alt="Kinston Office"></div>', ()),
    ('<div><img class="header-image is-logo-image" src="/c.png" alt="Steam Ritual"></div>', ()),
    # a byline beats the portrait
    ('<div class="byline">By Jane Smith</div><img class="avatar" src="/a.png" alt="Nawaz Dhand">', ("Jane Smith",)),
])
def test_portraits(body: str, expected: tuple[str, ...]) -> None:
    assert authors("", H1 + body + BODY) == expected


@pytest.mark.parametrize("body,expected", [
    # a label in any case, with a colon or spaces, alone on its line
    ('<p>WRITTEN BY</p><p>Jane Doe</p>', ("Jane Doe",)),
    ('<p>  written\n by: </p><p>Jane Doe</p>', ("Jane Doe",)),
    ('<div>AUTHOR:</div><div>Jane Doe</div>', ("Jane Doe",)),
    ('<p>FÖRFATTARE:</p><p>Sven Ek</p>', ("Sven Ek",)),
    # a longer word that opens like a label, or a colon before it, is no label
    ('<p>Authorship</p><p>Jane Doe</p>', ()),
    ('<p>Bylines</p><p>Jane Doe</p>', ()),
    ('<p>: by</p><p>Jane Doe</p>', ()),
])
def test_label_words(body: str, expected: tuple[str, ...]) -> None:
    assert authors("", H1 + body + BODY) == expected


@pytest.mark.parametrize("body,expected", [
    # every kind of byline markup: classes, links to author pages, rel and itemprop
    ('<div class="c-byline"><span>Jane Doe</span></div>', ("Jane Doe",)),
    ('<div class="postAuthor"><span>Jane Doe</span></div>', ("Jane Doe",)),
    ('<div class="autor"><span>Jane Doe</span></div>', ("Jane Doe",)),
    ('<div class="c-writer"><span>Jane Doe</span></div>', ("Jane Doe",)),
    ('<div class="reporter-name"><span>Jane Doe</span></div>', ("Jane Doe",)),
    ('<div class="x"><a href="/author/jane">Jane Doe</a></div>', ("Jane Doe",)),
    ('<div class="x"><a href="/autor/jane/">Jane Doe</a></div>', ("Jane Doe",)),
    ('<div class="x"><a href="https://x.se/forfattare/jane/">Jane Doe</a></div>', ("Jane Doe",)),
    ('<div class="x"><a href="/journalist/jane/">Jane Doe</a></div>', ("Jane Doe",)),
    ('<div class="x"><a rel="author" href="/p/1">Jane Doe</a></div>', ("Jane Doe",)),
    ('<div class="x"><span itemprop="author">Jane Doe</span></div>', ("Jane Doe",)),
    # the name in the inner author link, not the text of the byline box around it
    ('<div class="byline">Jane Doe <a class="author-link" href="/author/tr">Tom Roe</a></div>', ("Tom Roe",)),
])
def test_byline_markup(body: str, expected: tuple[str, ...]) -> None:
    assert authors("", H1 + body + BODY) == expected


@pytest.mark.parametrize("head,body,expected", [
    # JSON-LD names the first author; the byline prints all of them as a list of author links
    (_ld('{"@type":"Article","author":{"@type":"Person","name":"Rut Lager"}}'),
     ('<div class="names"><a href="/author/rl/">Rut Lager</a><span>, </span><a href="/author/ok/">Olle Kvist</a>'
     '<span> &amp; </span><a href="/author/sb/">Siv Berg</a></div>'), ("Rut Lager", "Olle Kvist", "Siv Berg")),
    (_ld('{"@type":"Article","author":{"@type":"Person","name":"Rut Lager"}}'),
     '<p class="byline"><a rel="author" href="/a/1">Rut Lager</a> og <a rel="author" href="/a/2">Ola Dal</a></p>',
     ("Rut Lager", "Ola Dal")),
    # a JSON-LD account that the printed "By" line contradicts loses to it
    (_ld('{"@type":"Article","author":{"@type":"Person","name":"Lukas Dahlgren"}}'),
     '<div class="meta"><span>By: Paula Fenn</span></div>', ("Paula Fenn",)),
    # ... but not a photo credit or an agency printed there
    (_ld('{"@type":"Article","author":{"@type":"Person","name":"Lukas Dahlgren"}}'),
     '<div class="meta"><span>By Nordic Space Agency</span></div>', ("Lukas Dahlgren",)),
    (_ld('{"@type":"Article","author":{"@type":"Person","name":"Lukas Dahlgren"}}'),
     '<figure><img src="/p.jpg"><figcaption>Kari Moe | Getty Images</figcaption></figure>', ("Lukas Dahlgren",)),
    # a meta author that the "By" line under the headline contradicts loses to it too
    ('<meta name="author" content="Josef Webb">', '<p>By</p><p>Carla Patt</p>', ("Carla Patt",)),
    # ... but not a "by" far below the headline (a further-reading list)
    ('<meta name="author" content="Josef Webb">', "".join(f"<p>Paragraph {i} of the story.</p>" for i in range(25))
     + '<ul><li><a href="/s">A story</a></li><li>by</li><li>Ines Ruiz</li></ul>', ("Josef Webb",)),
    # ... and the same person printed with a title keeps the JSON-LD name
    (_ld('{"@type":"Article","author":{"@type":"Person","name":"Paula Fenn"}}'),
     '<div class="meta"><span>By Dr. Paula Fenn</span></div>', ("Paula Fenn",)),
])
def test_json_ld_and_the_printed_byline(head: str, body: str, expected: tuple[str, ...]) -> None:
    assert authors(head, H1 + body + BODY) == expected


@pytest.mark.parametrize("head,body,expected", [
    # a date and the name in one text of a byline box
    ("", H1 + '<div class="publish-date-author">Dec. 19, 2025 &middot; Nils Ek on behalf of <a href="/t">the '
     'Docs group</a></div>' + BODY, ("Nils Ek",)),
    ("", H1 + '<div class="post-author">3 mars 2025 | Karin Sund</div>' + BODY, ("Karin Sund",)),
    # the name printed after the writer's avatar, the date before it
    ("", H1 + '<p>Dec 26, 2025 <span>&bull;</span> <img class="avatar avatar-xs" src="/g.png"> Maja Holm in '
     '<a href="/c">Projects</a></p>' + BODY, ("Maja Holm",)),
    # an "Author(s)" label in the article's facts box (an aside), one name per list item
    ("", H1 + BODY + '<aside class="facts"><div><h6>Published</h6><p>2003</p></div><div><h6>Author(s)</h6><ul>'
     '<li><a href="/l?a=1">Jon A. Berg</a></li><li><a href="/l?a=2">Dag C. Moe</a></li></ul></div></aside>',
     ("Jon A. Berg", "Dag C. Moe")),
    ("", H1 + BODY + '<aside><div><h3>Autor</h3><p> Lena Vogt</p></div></aside>', ("Lena Vogt",)),
    # ... but an aside that only lists related posts names nobody
    ("", H1 + BODY + '<aside><h3>Related</h3><ul><li><a href="/p">Lena Vogt</a></li></ul></aside>', ()),
    # a personal site: its name printed as the masthead, the text in the first person, nobody else named
    (_site("Sigrid Aas"), '<header><a href="/">Sigrid Aas</a></header>' + H1 + MINE, ("Sigrid Aas",)),
    ('<title>A post | Tobias Kern</title>', '<nav><a href="/">Tobias Kern</a></nav>' + H1 + MINE, ("Tobias Kern",)),
    ("", '<header><h1>Mette Friis</h1></header>' + H1 + MINE + '<footer>© 2025 Mette Friis.</footer>',
     ("Mette Friis",)),
    # ... not a site name shown only as a logo, a site that writes "we", nor when a byline names someone else
    (_site("Proven Gardens"), '<header><a href="/"><img alt="Proven Gardens" src="/l.png"></a></header>' + H1 + MINE,
     ()),
    (_site("Mild Desktop"), '<header><a href="/">Mild Desktop</a></header>' + H1 + BODY
     + "<p>We teach classes and our staff answers.</p>" * 3, ()),
    (_site("Sigrid Aas"), '<header><a href="/">Sigrid Aas</a></header>' + H1 + '<p>By Per Ulv</p>' + MINE,
     ("Per Ulv",)),
])
def test_last_resort_sources(head: str, body: str, expected: tuple[str, ...]) -> None:
    assert authors(head, body) == expected


@pytest.mark.parametrize(("obj", "expected"), [
    ({"@type": "Person"}, {"person"}),
    ({"@type": ["NewsArticle", "Person"]}, {"newsarticle", "person"}),  # a list of types
    ({"@type": None}, set()),
    ({"name": "Ann Lee"}, set()),  # no type
])
def test_ld_types(obj: dict[str, object], expected: set[str]) -> None:
    assert ld_types(obj) == expected
