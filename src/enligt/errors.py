"""Every error enligt raises, in one hierarchy.

Library code raises these; only the CLI (`enligt.cli`) and the HTTP layer (`enligt.web`) turn them
into messages and exit codes. Each error carries what failed (`where`: a file, URL or record).

    EnligtError
    ├── InputError                 the input could not be read as a page
    │   ├── MissingInputError      no such file or folder
    │   ├── EmptyInputError        zero bytes, or only whitespace
    │   ├── BinaryInputError       not text (NUL bytes, control characters)
    │   ├── DecodeError            bytes that no supported encoding explains
    │   ├── TooLargeError          over the size cap
    │   └── ArchiveError           a WARC or feed that cannot be parsed
    ├── FetchError                 a URL could not be fetched
    │   ├── BlockedAddressError    loopback/private/link-local address without --allow-private
    │   ├── HTTPStatusError        the server answered 4xx/5xx
    │   ├── ContentTypeError       the response is not HTML or text
    │   ├── DNSError               the host name does not resolve
    │   ├── TLSError               the TLS handshake or certificate check failed
    │   └── FetchTimeoutError      no answer within --timeout seconds
    ├── ExtractionError            the page was read but yields no article
    │   └── NotAnArticleError      a list page, a cookie wall, an index
    ├── LanguageError              a language enligt has no word lists for
    ├── VerifierError              the record verifier's weights file is missing or malformed
    ├── StoreError                 the corpus database failed
    │   └── NotFoundError          no such article or source in the corpus
    ├── InternalError              a bug: an unexpected exception while analysing one page
    ├── ClusterError               the Dask cluster could not be started or reached (or Dask is missing)
    └── ServeError                 the web server cannot listen on the address and port asked for
"""
from __future__ import annotations


class EnligtError(Exception):
    """Base of all enligt errors. `where` names the file, URL or record that failed."""

    kind = "error"

    def __init__(self, message: str, *, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    def to_dict(self) -> dict[str, str | None]:
        return {"error": self.kind, "message": self.message, "where": self.where}


class InputError(EnligtError):
    kind = "input"


class MissingInputError(InputError):
    kind = "missing"


class EmptyInputError(InputError):
    kind = "empty"


class BinaryInputError(InputError):
    kind = "binary"


class DecodeError(InputError):
    kind = "decode"


class TooLargeError(InputError):
    kind = "too-large"


class ArchiveError(InputError):
    kind = "archive"


class FetchError(EnligtError):
    kind = "fetch"


class BlockedAddressError(FetchError):
    kind = "blocked-address"


class HTTPStatusError(FetchError):
    kind = "http-status"

    def __init__(self, message: str, *, where: str | None = None, status: int = 0) -> None:
        super().__init__(message, where=where)
        self.status = status


class ContentTypeError(FetchError):
    kind = "content-type"


class DNSError(FetchError):
    kind = "dns"


class TLSError(FetchError):
    kind = "tls"


class FetchTimeoutError(FetchError):
    kind = "timeout"


class ExtractionError(EnligtError):
    kind = "extraction"


class NotAnArticleError(ExtractionError):
    kind = "not-an-article"


class LanguageError(EnligtError):
    kind = "language"


class VerifierError(EnligtError):
    """The record verifier's weights file is missing or malformed (a broken install, not a bad page)."""

    kind = "verifier"


class StoreError(EnligtError):
    kind = "store"


class NotFoundError(StoreError):
    kind = "not-found"


class InternalError(EnligtError):
    """An unexpected exception (a bug) while handling one page: that page fails, the batch goes on."""

    kind = "internal"

    @classmethod
    def wrap(cls, exc: BaseException, *, where: str | None = None) -> InternalError:
        """The error a page gets for an unexpected `exc`, naming its type and asking for a report."""
        detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
        name = type(exc).__name__ + (f": {detail}" if detail else "")
        return cls(f"internal error: {name} (please report)", where=where)


class ClusterError(EnligtError):
    kind = "cluster"


class ServeError(EnligtError):
    """`enligt serve`/`demo` cannot listen where asked (the port is in use, the host is not this machine's)."""

    kind = "serve"
