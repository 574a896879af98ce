"""Analyse what a user hands the server (pasted text, an uploaded file, a URL), for the form and the API.

One sync function, run in a worker thread by the routes. URLs go through the same ingest seam as
the command line (`enligt.ingest.sources.iter_pages` -> `enligt.ingest.fetch`), so the server obeys
the same rules: private and loopback addresses are refused unless it was started with
`--allow-private`, responses are capped, non-HTML content is refused.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from enligt.errors import EnligtError, FetchError, TooLargeError
from enligt.ingest.read import gunzip_limited, page_from_bytes
from enligt.ingest.sources import iter_pages
from enligt.lang import SUPPORTED
from enligt.models import Analysis, Failure, Page
from enligt.settings import Options
from enligt.web.errors import BadRequest
from enligt.web.views import http_url

KINDS = ("auto", "text", "html")


@dataclass(frozen=True)
class Submission:
    """One analyse request: exactly one of text, file bytes or URL."""

    text: str = ""
    data: bytes | None = None
    filename: str = ""
    url: str = ""
    kind: str = "auto"
    lang: str = "auto"
    page_url: str = ""  # the page's own URL, when re-submitting a fetched page to store it


def _fetch(url: str, options: Options) -> Page:
    if http_url(url) is None:
        raise BadRequest("give an http:// or https:// URL", where=url)
    try:
        items = list(iter_pages([url], options=options))
    except ModuleNotFoundError as exc:  # the fetch module is part of the ingest layer
        raise FetchError("URL fetching is not available in this build", where=url) from exc
    for item in items:
        if isinstance(item, Failure):
            raise item.error
        return item
    raise FetchError("the URL gave no page", where=url)


# What a pasted text or an upload is called (its `input`): in angle brackets, as standard input is, so that the
# corpus keys it by its content (`enligt.store.keys.page_key`). As "pasted text" or the file's bare name it was a
# key of its own: every pasted text stored replaced the one before, and so did an upload of the same name.
PASTED = "<pasted text>"


def _upload_name(sub: Submission) -> str:
    return f"<upload {sub.filename}>" if sub.filename else "<upload>"


def _pasted(sub: Submission, options: Options) -> Page:
    raw = sub.text.encode("utf-8")
    if len(raw) > options.max_bytes:
        raise TooLargeError(f"the text is larger than the {options.max_bytes:,} byte limit", where=PASTED)
    name = "pasted.html" if sub.kind == "html" else "pasted.txt" if sub.kind == "text" else "pasted"
    page = page_from_bytes(raw, where=PASTED, name=name)
    url = http_url(sub.page_url)
    return replace(page, url=url, input=url or page.input) if url else page


def _uploaded(sub: Submission, options: Options) -> Page:
    assert sub.data is not None
    where = _upload_name(sub)
    if len(sub.data) > options.max_bytes:
        raise TooLargeError(f"the file is larger than the {options.max_bytes:,} byte limit", where=where)
    name = (sub.filename or "upload").removesuffix(".gz")
    if sub.kind != "auto":
        name = f"{name}.{'html' if sub.kind == 'html' else 'txt'}"
    data = gunzip_limited(sub.data, max_bytes=options.max_bytes, where=where)
    return page_from_bytes(data, where=where, name=name)


def submitted_page(sub: Submission, options: Options) -> Page:
    """The page a submission names; raises `EnligtError` (BadRequest when it names none or several)."""
    given = [bool(sub.text.strip()), sub.data is not None and len(sub.data) > 0, bool(sub.url.strip())]
    if sum(given) == 0:
        raise BadRequest("nothing to analyse: paste text, choose a file or give a URL")
    if sum(given) > 1:
        raise BadRequest("give only one of: pasted text, a file, a URL")
    if given[2]:
        return _fetch(sub.url.strip(), options)
    if given[1]:
        return _uploaded(sub, options)
    return _pasted(sub, options)


def check_unicode(sub: Submission) -> None:
    """Refuse text fields that are not valid Unicode: JSON may carry a lone surrogate ("\\ud800")."""
    for name in ("text", "url", "filename", "page_url", "kind", "lang"):
        try:
            getattr(sub, name).encode("utf-8")
        except UnicodeEncodeError as exc:
            raise BadRequest(f"{name} is not valid Unicode (a lone surrogate at character {exc.start})",
                             where=name) from exc


def analyse_submission(sub: Submission, *, options: Options) -> Analysis:
    """Analyse one submission with the server's options (language from the form when given)."""
    from enligt.pipeline import analyze_page

    check_unicode(sub)
    if sub.kind not in KINDS:
        raise BadRequest(f"kind must be one of {', '.join(KINDS)}")
    if sub.lang not in ("auto", *SUPPORTED):
        raise BadRequest(f"lang must be auto or one of {', '.join(SUPPORTED)}")
    if sub.lang != "auto":
        options = replace(options, lang=sub.lang)
    page = submitted_page(sub, options)
    try:
        return analyze_page(page, options=options)
    except EnligtError as exc:
        exc.where = exc.where or page.input
        raise
