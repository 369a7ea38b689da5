"""Web archives as articles: an HTML page's main text and metadata by trafilatura,
and each HTML response record of a WARC/ARC file (warcio) as one article with
its URL and crawl date.  Imported by ingest.py only when such an input appears.
"""
from __future__ import annotations

import io
from typing import Any, Iterator

import regex

from .encoding import CHARSET_SUPERSET, decode, html_encoding, reads_as
from .errors import InputError
from .ingest import Item, RawArticle, _Gunzip, _peek, _read_all


def html_article(data: bytes, doc_id: str, source: str, metadata: dict[str, Any] | None = None,
                 declared: str | None = None) -> Item:
    """One HTML page -> its main text (trafilatura) with title, date, outlet and
    author as metadata; or an error row when the page has no main text."""
    if not data.strip():
        return InputError(source, "read", "empty HTML page")
    codec = html_encoding(data)
    if codec is None and declared:
        declared = CHARSET_SUPERSET.get(declared.lower(), declared.lower())
        codec = declared if reads_as(data, declared, True) else None
    try:
        html = data.decode(codec) if codec else decode(data, source)
    except (InputError, LookupError) as exc:
        return exc if isinstance(exc, InputError) else InputError(source, "decode", str(exc))
    import trafilatura

    # Dates from the page's metadata and URL only: a guess from the body text
    # ("2013年" in the first paragraph) is not a publication date.
    doc = trafilatura.bare_extraction(html, url=meta_url(metadata), with_metadata=True, favor_recall=True,
                                      include_comments=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return InputError(source, "extract_html", "no main text found in the HTML page")
    meta = dict(metadata or {})
    found = {"title": doc.title, "date": doc.date, "reporters": doc.author, "url": doc.url, "site": doc.hostname}
    if doc.sitename and not regex.fullmatch(r"[\w.-]+\.[A-Za-z]{2,}", doc.sitename):  # a name, not a host name
        found["outlet"] = doc.sitename
    for key, value in found.items():
        if value and key not in meta:
            meta[key] = value
    return RawArticle(doc_id, source, text, meta)


def meta_url(metadata: dict[str, Any] | None) -> str | None:
    url = (metadata or {}).get("url")
    return url if isinstance(url, str) and url.startswith(("http://", "https://")) else None


def read_html_stream(stream: io.BufferedReader, gunzip: _Gunzip | None, doc_id: str, source: str) -> Iterator[Item]:
    try:
        data = _read_all(stream, gunzip, source)
    except InputError as exc:
        yield exc
        return
    yield html_article(data, doc_id, source)


def read_warc_stream(stream: io.BufferedReader, gunzip: _Gunzip | None, source: str) -> Iterator[Item]:
    """Each HTML response (or resource) record is an article ``source#N``; other
    records (requests, metadata, images) are not articles and are passed over."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head = _peek(stream).lstrip()
    if not (head.startswith(b"WARC/") or head.startswith(b"filedesc://")):
        yield InputError(source, "parse", "not a WARC/ARC file (no WARC/ or filedesc:// header)")
        return
    number, last = 0, None
    records = iter(ArchiveIterator(stream, arc2warc=True, ensure_http_headers=False))
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except ArchiveLoadFailed as exc:
            last = InputError(f"{source}#{number + 1}", "parse", f"cannot read WARC record: {exc}; the rest of the file is lost")
            yield last
            return
        except Exception as exc:  # warcio on a cut-off header fails in many ways; a record is a document
            last = InputError(f"{source}#{number + 1}", "parse",
                              f"cannot read WARC record ({type(exc).__name__}: {exc}); truncated file?")
            yield last
            return
        number += 1
        where = f"{source}#{number}"
        if record.rec_type not in ("response", "resource"):
            _drain(record)
            continue
        content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else None) \
            or record.rec_headers.get_header("Content-Type") or ""
        if "html" not in content_type.lower():
            _drain(record)
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        try:
            body = record.content_stream().read()
        except (OSError, EOFError, ValueError) as exc:
            last = InputError(where, "read", f"cannot read the record's payload: {exc}")
            yield last
            continue
        left = getattr(record.raw_stream, "limit", 0) or 0
        if left > 0:
            last = InputError(where, "read", f"truncated WARC record ({url}): {left} of {record.length} bytes missing")
            yield last
            continue
        meta = {"url": url, "crawl_date": record.rec_headers.get_header("WARC-Date")}
        last_modified = record.http_headers.get_header("Last-Modified") if record.http_headers else None
        if last_modified:
            meta["last_modified"] = last_modified
        charset = regex.search(r"charset\s*=\s*([\w\-]+)", content_type, regex.I)
        last = html_article(body, url or where, where, {k: v for k, v in meta.items() if v},
                            declared=charset.group(1) if charset else None)
        yield last
    if gunzip is not None and gunzip.truncated and not isinstance(last, InputError):
        yield InputError(f"{source}#{number + 1}", "read", f"truncated gzip: the file ends mid-stream after record {number}")


def _drain(record) -> None:
    record.raw_stream.read()
