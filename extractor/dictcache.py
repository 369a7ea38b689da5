"""A cache file for state that is slow to build and pure in its inputs.

jieba's dictionary as the org rules extend it takes 0.8 s to build at every
start (jieba's own cache loaded, its dictionary file read again for tags, the
lexicon words added); marshalled in one file it loads in about 0.2 s. That
start-up is paid by every run, by each ``-j N`` fork server and by
``extractor show``. Like jieba's own cache, the file lives in the temporary
folder (``EXTRACTOR_CACHE_DIR`` overrides it), is named by a hash of everything
the state depends on, and is written atomically: a stale or broken file is
never read back as valid, only rebuilt.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

FORMAT = b"1"  # bump when what a builder returns changes shape


def cache_dir() -> Path:
    return Path(os.environ.get("EXTRACTOR_CACHE_DIR") or tempfile.gettempdir())


def cached(name: str, key: bytes, build: Callable[[], T], valid: Callable[[object], bool]) -> T:
    """``build()``, or what it returned before for the same ``name`` and ``key``.

    Values are marshalled (plain dicts, tuples, strings and numbers only).
    ``valid`` vets what a file holds; an unreadable, invalid or unwritable
    cache only costs the build."""
    digest = hashlib.sha1(FORMAT + b"\0" + name.encode() + b"\0" + key).hexdigest()[:20]
    path = cache_dir() / f"zh-news-extractor-{name}-{digest}.marshal"
    try:
        with open(path, "rb") as f:  # read as it is parsed: no second copy of the file in memory
            value = marshal.load(f)
        if valid(value):
            return value
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                marshal.dump(value, out)
            os.replace(tmp, path)  # readers see the old file or the whole new one
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):  # read-only or full disk, or a value marshal cannot hold
        return value
    for stale in path.parent.glob(f"zh-news-extractor-{name}-*.marshal"):  # older code or lexicons
        if stale != path:
            try:
                stale.unlink()
            except OSError:
                pass
    return value
