"""Inputs -> a stream of raw articles and error rows; nothing is dropped silently.

Every input ends as either a ``RawArticle`` or an ``InputError`` (source, stage,
reason): an unreadable file, a JSONL line that is not an object, a line with no
text all show up in ``errors`` and the run goes on.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from .errors import InputError

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)


def is_jsonl(path: Path) -> bool:
    """``.jsonl``, or ``.jsonl.gz`` (read as a stream, decompressed on the fly)."""
    return path.suffix in JSONL_SUFFIXES or path.name.endswith(tuple(s + ".gz" for s in JSONL_SUFFIXES))


@dataclass(frozen=True)
class RawArticle:
    id: str
    source: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)


Item = RawArticle | InputError


def decode(data: bytes, source: str) -> str:
    """Bytes -> text: UTF-8 (BOM or not) first, then what charset-normalizer detects.

    Raises ``InputError`` naming the file when no encoding reads it cleanly.
    """
    if not data:
        raise InputError(source, "decode", "empty file")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(source, "decode", f"{codec} byte-order mark but invalid data: {exc.reason} at byte {exc.start}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and not data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(source, "decode", "binary data (NUL bytes), not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "utf_8"]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None or best.chaos > 0.3:
        raise InputError(source, "decode", "no text encoding reads this file cleanly (tried UTF-8, GB18030, Big5, UTF-16)")
    return str(best)


def _txt_id(path: Path, root: Path | None) -> str:
    rel = path.relative_to(root) if root else Path(path.name)
    return rel.with_suffix("").as_posix()


def read_txt(path: Path, root: Path | None, source: str) -> Iterator[Item]:
    try:
        text = decode(path.read_bytes(), source)
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(source, "read", exc.strerror or str(exc))
        return
    if not text.strip():
        yield InputError(source, "read", "no text (file is empty or blank)")
        return
    yield RawArticle(_txt_id(path, root), source, text)


def read_jsonl_lines(lines: Iterator[bytes], source: str, id_field: str = "id", text_field: str = "text") -> Iterator[Item]:
    """One article per line; each bad line becomes an error row ``source:LINE``."""
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
        yield RawArticle(str(doc_id) if doc_id is not None else where, where, text, doc)


def read_jsonl(path: Path, source: str, **fields) -> Iterator[Item]:
    try:
        handle = gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")
    except OSError as exc:
        yield InputError(source, "read", exc.strerror or str(exc))
        return
    with handle:
        try:
            yield from read_jsonl_lines(handle, source, **fields)
        except (OSError, EOFError) as exc:  # a truncated or corrupt .gz: the rest is lost, say so
            yield InputError(source, "read", f"cannot decompress: {exc}")


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in a stable order, following no symlink loops."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for entry in entries:
            path = Path(entry.path)
            if entry.is_dir():
                subdirs.append(path)
            elif entry.is_file():
                yield path
        stack.extend(reversed(subdirs))


def read_inputs(inputs: list[str], id_field: str = "id", text_field: str = "text") -> Iterator[Item]:
    """Every article in ``inputs`` (files, folders, or ``-`` for JSONL on stdin)."""
    fields = {"id_field": id_field, "text_field": text_field}
    for given in inputs:
        if given == "-":
            yield from read_jsonl_lines(iter(sys.stdin.buffer), "-", **fields)
            continue
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                source = str(Path(given) / file.relative_to(path))
                if file.suffix in TEXT_SUFFIXES:
                    yield from read_txt(file, path, source)
                elif is_jsonl(file):
                    yield from read_jsonl(file, source, **fields)
        elif is_jsonl(path):
            yield from read_jsonl(path, given, **fields)
        elif path.exists():
            yield from read_txt(path, None, given)
        else:
            yield InputError(given, "read", "no such file or folder")
