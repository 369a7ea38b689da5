"""Inputs -> a stream of raw articles and error rows; nothing is dropped silently.

Every input ends as either a ``RawArticle`` or an ``InputError`` (source, stage,
reason): an undecodable file, a JSONL line that is not an object, a CSV row with
a broken quote, an HTML page with no main text, a truncated WARC record all show
up in ``errors`` and the run goes on.

Formats, by suffix (``.gz`` of any of them too) or, for ``-`` and unknown
suffixes, by the first bytes:

- ``.txt``: one article per file (folders are read recursively);
- ``.jsonl``: one article per line, ``--id-field``/``--text-field``, other fields
  kept as metadata;
- ``.csv``: one article per row, same fields as JSONL;
- ``.html``/``.htm``: main text and title/date by trafilatura;
- ``.warc``/``.arc``: each HTML response record is an article (warcio), its URL
  and crawl date kept.

Sources name where an input was: ``file``, ``file:LINE`` (JSONL line, CSV row's
first line), ``file#RECORD`` (WARC record number, from 1).
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterator


from .encoding import BOMS, decode, detect_encoding
from .errors import InputError

TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
WARC_SUFFIXES = (".warc", ".arc")
_KIND_OF_SUFFIX = {
    **{s: "text" for s in TEXT_SUFFIXES}, **{s: "jsonl" for s in JSONL_SUFFIXES},
    **{s: "csv" for s in CSV_SUFFIXES}, **{s: "html" for s in HTML_SUFFIXES},
    **{s: "warc" for s in WARC_SUFFIXES},
}
SAMPLE_BYTES = 1 << 20  # encoding detection for streamed formats looks at the first 1 MiB
_GZIP_MAGIC = b"\x1f\x8b"
csv.field_size_limit(2**31 - 1)  # a 50 MB article is one CSV field


@dataclass(frozen=True)
class RawArticle:
    id: str
    source: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    size: int = 0  # bytes of input this article was read from (progress, MB/s)


Item = RawArticle | InputError


# ---------------------------------------------------------------------------
# Streams


class _Gunzip(io.RawIOBase):
    """Multi-member gzip -> bytes, streamed.  A cut-off end does not raise: the
    bytes read so far are returned and ``truncated`` is set, so the caller can
    say which article or record was lost."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self._new_member()
        self.buf = b""
        self.done = False
        self.truncated = False

    def _new_member(self) -> None:
        self.dec = zlib.decompressobj(31)
        self.fed = False

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while not self.buf and not self.done:
            chunk = self.raw.read(1 << 16)
            if not chunk:
                self.buf = self.dec.flush()
                self.truncated = self.fed and not self.dec.eof
                self.done = True
                break
            if self.dec.eof:
                self._new_member()
            self.fed = True
            try:
                out = self.dec.decompress(chunk)
                while self.dec.eof and self.dec.unused_data:
                    rest = self.dec.unused_data
                    self._new_member()
                    self.fed = True
                    out += self.dec.decompress(rest)
            except zlib.error as exc:
                raise InputError("", "read", f"corrupt gzip data: {exc}") from None
            self.buf = out
        n = min(len(b), len(self.buf))
        b[:n] = self.buf[:n]
        self.buf = self.buf[n:]
        return n


def _open(stream: IO[bytes]) -> tuple[io.BufferedReader, _Gunzip | None]:
    """A peekable binary stream, decompressed when it starts with the gzip magic."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream, SAMPLE_BYTES)
    if buffered.peek(2)[:2] == _GZIP_MAGIC:
        gunzip = _Gunzip(buffered)
        return io.BufferedReader(gunzip, buffer_size=SAMPLE_BYTES), gunzip
    return buffered, None


def _peek(stream: io.BufferedReader, n: int = 4096) -> bytes:
    data = stream.peek(n)
    return data[:n]


def sniff(head: bytes) -> str:
    """The format of a stream from its first bytes: warc, jsonl, html or text."""
    for bom, _ in BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
            break
    start = head.lstrip()
    if start.startswith(b"WARC/") or start.startswith(b"filedesc://"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    lowered = start[:4096].lower()
    if start.startswith(b"<") and (b"<html" in lowered or b"<!doctype html" in lowered or b"<body" in lowered):
        return "html"
    return "text"


def kind_of(path: Path) -> str | None:
    """The format a file's suffix names (``a.csv.gz`` -> csv), or None."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return _KIND_OF_SUFFIX.get(suffixes[-1]) if suffixes else None


def is_jsonl(path: Path) -> bool:
    """``.jsonl``, or ``.jsonl.gz`` (read as a stream, decompressed on the fly)."""
    return kind_of(path) == "jsonl"


def _stem_id(path: Path, root: Path | None) -> str:
    """``root/a/b.txt.gz`` -> ``a/b``: the article id of a one-article file."""
    rel = path.relative_to(root) if root else Path(path.name)
    if rel.suffix.lower() == ".gz":
        rel = rel.with_suffix("")
    if rel.suffix.lower() in _KIND_OF_SUFFIX:
        rel = rel.with_suffix("")
    return rel.as_posix()


# ---------------------------------------------------------------------------
# Whole files: text (HTML and WARC are in web.py)


def _read_all(stream: io.BufferedReader, gunzip: _Gunzip | None, source: str) -> bytes:
    data = stream.read()
    if gunzip is not None and gunzip.truncated:
        raise InputError(source, "read", f"truncated gzip: the file ends mid-stream after {len(data)} bytes")
    return data


def read_text_stream(stream: io.BufferedReader, gunzip: _Gunzip | None, doc_id: str, source: str) -> Iterator[Item]:
    try:
        text = decode(_read_all(stream, gunzip, source), source)
    except InputError as exc:
        yield exc
        return
    if not text.strip():
        yield InputError(source, "read", "no text (file is empty or blank)")
        return
    yield RawArticle(doc_id, source, text)


# ---------------------------------------------------------------------------
# JSONL and CSV


def content_id(source: str, text: str) -> str:
    """The id of an article whose input gives none: a hash of its file's name and its text.

    Stable across runs, line moves and the folder the file is read from, so a
    re-run replaces the article's rows instead of adding new ones.

    >>> content_id("data/a.jsonl", "营收36.57亿元") == content_id("/x/a.jsonl", "营收36.57亿元")
    True
    """
    name = source if source == "-" else Path(source).name
    return hashlib.sha256(f"{name}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def read_jsonl_lines(lines, source: str, id_field: str = "id", text_field: str = "text") -> Iterator[Item]:
    """One article per line; each bad line becomes an error row ``source:LINE``.

    An article's id is its ``id_field`` when the line has one, else ``content_id(source, text)``."""
    for number, line in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if not line.strip():
            continue
        try:
            doc = json.loads(decode(line, where) if isinstance(line, bytes) else line)
        except InputError as exc:
            yield exc
            continue
        except json.JSONDecodeError as exc:
            yield InputError(where, "parse", f"not valid JSON ({exc.msg} at column {exc.colno}); truncated line?")
            continue
        if not isinstance(doc, dict):
            yield InputError(where, "parse", f"a JSONL line must be an object, got {type(doc).__name__}")
            continue
        text = doc.pop(text_field, None)
        if not isinstance(text, str):
            yield InputError(where, "parse", f"no string field {text_field!r}")
            continue
        doc_id = doc.pop(id_field, None)
        doc_id = str(doc_id) if doc_id is not None else content_id(source, text)
        yield RawArticle(doc_id, where, text, doc, size=len(line))


def read_jsonl_stream(stream: io.BufferedReader, gunzip: _Gunzip | None, source: str, **fields) -> Iterator[Item]:
    head = _peek(stream)
    lines: Any = stream
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        lines = io.TextIOWrapper(stream, encoding="utf-16", newline="")
    elif head.startswith(codecs.BOM_UTF8):
        lines = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    yield from _guarded(read_jsonl_lines(lines, source, **fields), source, gunzip)


def _guarded(items: Iterator[Item], source: str, gunzip: _Gunzip | None, reading: str = "") -> Iterator[Item]:
    """``items``, then an error row if reading broke off or a gzip was cut short:
    what was read before stays, and the row says after which item it stopped."""
    count, last = 0, None
    try:
        for item in items:
            count, last = count + 1, item
            yield item
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        yield InputError(source, "read", f"cannot read past item {count}{reading}: {exc}")
        return
    except InputError as exc:
        yield InputError(source, exc.stage, f"{exc.reason} (after item {count})")
        return
    if gunzip is not None and gunzip.truncated and not isinstance(last, InputError):
        # Cut at a line end: nothing above failed, but what followed is lost.
        yield InputError(source, "read", f"truncated gzip: the file ends mid-stream after item {count}")


class _Lines:
    """Text lines with their numbers, remembering those of the current CSV record
    so that a broken quote costs one row, not the rest of the file."""

    def __init__(self, lines: Iterator[str]) -> None:
        self.lines = lines
        self.pending: list[tuple[int, str]] = []
        self.replay: list[tuple[int, str]] = []
        self.number = 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.replay:
            number, line = self.replay.pop(0)
        else:
            line = next(self.lines)
            self.number += 1
            number = self.number
        self.pending.append((number, line))
        return line

    def start(self) -> int:
        return self.pending[0][0] if self.pending else self.number + 1


def read_csv_text(lines: Iterator[str], source: str, id_field: str = "id", text_field: str = "text") -> Iterator[Item]:
    """One article per CSV row (the first row names the fields).

    A row with a broken quote is an error row ``source:LINE``; reading goes on
    from the line after it."""
    feed = _Lines(lines)
    reader = csv.reader(feed, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        yield InputError(source, "parse", "empty CSV file (no header row)")
        return
    except csv.Error as exc:
        yield InputError(f"{source}:1", "parse", f"bad CSV header: {exc}")
        return
    header = [h.strip() for h in header]
    if text_field not in header:
        yield InputError(source, "parse", f"no column {text_field!r} in the CSV header (columns: {', '.join(header)})")
        return
    feed.pending.clear()
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            bad = feed.pending
            where = f"{source}:{bad[0][0] if bad else feed.number}"
            yield InputError(where, "parse", f"broken CSV row (a quote left open or misplaced): {exc}")
            # A quote left open swallows every later line: read them again.
            feed.replay = bad[1:] + feed.replay
            feed.pending = []
            reader = csv.reader(feed, strict=True)
            continue
        first = feed.start()
        feed.pending = []
        where = f"{source}:{first}"
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield InputError(where, "parse", f"row has {len(row)} fields, the header has {len(header)}")
            continue
        doc = dict(zip(header, row))
        text = doc.pop(text_field)
        doc_id = doc.pop(id_field, None) or where
        yield RawArticle(doc_id, where, text, {k: v for k, v in doc.items() if v != ""})


def read_csv_stream(stream: io.BufferedReader, gunzip: _Gunzip | None, source: str, **fields) -> Iterator[Item]:
    head = _peek(stream, SAMPLE_BYTES)
    if not head:
        yield InputError(source, "decode", "empty file")
        return
    try:
        encoding = detect_encoding(head, source, complete=len(head) < SAMPLE_BYTES)
    except InputError as exc:
        yield exc
        return
    text = io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline="")
    yield from _guarded(read_csv_text(text, source, **fields), source, gunzip, f" as {encoding}")


# ---------------------------------------------------------------------------
# Walking inputs


def _walk(root: Path) -> Iterator[Path | InputError]:
    """Files under ``root`` in a stable order; folders reached twice (symlink
    loops) are read once; unreadable folders and dangling or looping file
    symlinks are error rows."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError as exc:
            yield InputError(str(folder), "read", f"cannot open folder: {exc.strerror or exc}")
            continue
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield InputError(str(folder), "read", f"cannot list folder: {exc.strerror or exc}")
            continue
        subdirs = []
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir():
                    subdirs.append(path)
                elif entry.is_file():
                    yield path
                elif entry.is_symlink() and kind_of(path):
                    yield InputError(str(path), "read", "dangling or looping symlink")
            except OSError as exc:
                yield InputError(str(path), "read", exc.strerror or str(exc))
        stack.extend(reversed(subdirs))


def read_stream(stream: IO[bytes], source: str, doc_id: str, kind: str | None = None,
                id_field: str = "id", text_field: str = "text") -> Iterator[Item]:
    """Articles from one binary stream; ``kind`` from the suffix, else sniffed."""
    fields = {"id_field": id_field, "text_field": text_field}
    try:
        buffered, gunzip = _open(stream)
        kind = kind or sniff(_peek(buffered))
        if kind == "jsonl":
            yield from read_jsonl_stream(buffered, gunzip, source, **fields)
        elif kind == "csv":
            yield from read_csv_stream(buffered, gunzip, source, **fields)
        elif kind == "html":
            from .web import read_html_stream  # trafilatura loads only for web inputs

            yield from read_html_stream(buffered, gunzip, doc_id, source)
        elif kind == "warc":
            from .web import read_warc_stream

            yield from read_warc_stream(buffered, gunzip, source)
        else:
            yield from read_text_stream(buffered, gunzip, doc_id, source)
    except InputError as exc:
        yield InputError(exc.source or source, exc.stage, exc.reason)
    except (OSError, EOFError) as exc:
        yield InputError(source, "read", getattr(exc, "strerror", None) or str(exc))


def read_file(path: Path, source: str, doc_id: str, kind: str | None = None, **fields) -> Iterator[Item]:
    try:
        handle = path.open("rb", buffering=SAMPLE_BYTES)
    except OSError as exc:
        yield InputError(source, "read", exc.strerror or str(exc))
        return
    with handle:
        yield from read_stream(handle, source, doc_id, kind, **fields)


def input_size(inputs: list[str]) -> int | None:
    """Bytes of every file ``read_inputs`` will read (None for stdin): the progress total."""
    total = 0
    for given in inputs:
        if given == "-":
            return None
        path = Path(given)
        files = _walk(path) if path.is_dir() else [path]
        for file in files:
            if isinstance(file, InputError) or (path.is_dir() and kind_of(file) is None):
                continue
            try:
                total += file.stat().st_size
            except OSError:
                pass
    return total


def read_inputs(inputs: list[str], id_field: str = "id", text_field: str = "text") -> Iterator[Item]:
    """Every article in ``inputs``: files, folders (recursive), or ``-`` for stdin
    (JSONL, WARC, HTML or plain text, gzipped or not, told by its first bytes)."""
    fields = {"id_field": id_field, "text_field": text_field}
    for given in inputs:
        if given == "-":
            yield from read_stream(sys.stdin.buffer, "-", "-", None, **fields)
            continue
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                if isinstance(file, InputError):
                    yield file
                    continue
                kind = kind_of(file)
                if kind is None:
                    continue  # not an article format (images, notes): not an input
                source = str(Path(given) / file.relative_to(path))
                yield from read_file(file, source, _stem_id(file, path), kind, **fields)
        elif path.is_file():
            yield from read_file(path, given, _stem_id(path, None), kind_of(path), **fields)
        elif path.is_symlink():
            yield InputError(given, "read", "dangling or looping symlink")
        else:
            yield InputError(given, "read", "no such file or folder")
