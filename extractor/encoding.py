"""Bytes -> text: the encoding of each input found, never guessed silently.

A BOM decides; else strict UTF-8; else GB18030 or Big5 (or UTF-16 without a BOM),
each reading scored by how much of it is common Chinese, since the two overlap and
a short GB line often also "decodes" as Big5.  A file mixing UTF-8 and GB/Big5 lines
is decoded line by line.  What no encoding reads cleanly is an ``InputError``.
"""
from __future__ import annotations

import codecs
from functools import lru_cache
from pathlib import Path

import regex

from .errors import InputError

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", regex.I)
# Declared charsets read by their supersets: pages labelled gb2312 hold GBK characters.
CHARSET_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb18030": "gb18030",
                     "big5": "big5hkscs", "big5-hkscs": "big5hkscs"}


def decode(data: bytes, source: str) -> str:
    """Bytes -> text: a BOM, else strict UTF-8, else what charset-normalizer detects
    among GB18030, Big5 and UTF-16.

    Raises ``InputError`` naming the file when no encoding reads it cleanly.
    """
    if not data:
        raise InputError(source, "decode", "empty file")
    try:
        encoding = detect_encoding(data, source, complete=True)
    except InputError:
        if _mixed_with_utf8(data):
            return _decode_by_line(data, source)
        raise
    if encoding in _CJK_CODECS and _mixed_with_utf8(data):
        return _decode_by_line(data, source)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(source, "decode", f"{encoding}: {exc.reason} at byte {exc.start}") from None


def detect_encoding(data: bytes, source: str, complete: bool = True) -> str:
    """The codec that reads ``data`` (a whole file, or its first bytes when not ``complete``)."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                codecs.getincrementaldecoder(codec)().decode(data, final=complete)
            except UnicodeDecodeError as exc:
                raise InputError(source, "decode", f"{codec} byte-order mark but invalid data: {exc.reason} at byte {exc.start}") from None
            return codec
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if not complete and b"\n" in data[:-1]:
        data = data[:data.rindex(b"\n") + 1]  # a sample: do not let a cut character mislead the detector
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM: every other byte of ASCII text is NUL.
        for codec in ("utf-16-le", "utf-16-be"):
            if reads_as(data, codec, complete) and not _looks_binary(data.decode(codec, errors="replace")):
                return codec
        raise InputError(source, "decode", "binary data (NUL bytes), not text")
    # GB18030 and Big5 byte ranges overlap: Big5 text nearly always "decodes" as
    # GB18030 and short GB text as Big5.  Each strict reading is scored by how
    # much of it is common Chinese (the characters of jieba's dictionary, after
    # t2s); charset-normalizer decides when neither Chinese codec reads the bytes.
    readings = [c for c in _CJK_CODECS if reads_as(data, c, complete)]
    if len(readings) == 1:
        return readings[0]
    if readings:
        return max(readings, key=lambda c: _chinese_score(data.decode(c, errors="ignore")))
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "utf_8"]).best()
    if best is None or best.chaos > 0.3:
        raise InputError(source, "decode", "no text encoding reads this file cleanly (tried UTF-8, GB18030, Big5, UTF-16)")
    return best.encoding


_CJK_CODECS = ("gb18030", "big5hkscs", "cp950")  # (on a tie Big5 as standardized: its A241 is ／, cp950's ∕)


def _mixed_with_utf8(data: bytes) -> bool:
    """Some lines with non-ASCII bytes read as UTF-8 and others do not: a file
    pieced together from sources in different encodings."""
    utf8 = other = 0
    for line in data.split(b"\n"):
        if not line.isascii():
            try:
                line.decode("utf-8")
                utf8 += 1
            except UnicodeDecodeError:
                other += 1
            if utf8 and other:
                return True
    return False


def _decode_by_line(data: bytes, source: str) -> str:
    """Each line in its own encoding (UTF-8 when it reads so, else the detected one)."""
    out = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            where = f"{source}:{number}"
            out.append(line.decode(detect_encoding(line, where, complete=True)))
    return "\n".join(out)
COMMON_HAN = 4000  # the most used characters of the dictionary


@lru_cache(maxsize=1)
def _common_han() -> dict[str, int]:
    """The COMMON_HAN most frequent Han characters of jieba's dictionary (simplified),
    each with its rank (0: the most frequent)."""
    import jieba

    counts: dict[str, int] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as handle:
        for line in handle:
            word, _, rest = line.partition(" ")
            freq = int(rest.split(" ", 1)[0] or 0)
            for char in word:
                counts[char] = counts.get(char, 0) + freq
    ranked = sorted((c for c in counts if "\u4e00" <= c <= "\u9fff"), key=counts.__getitem__, reverse=True)
    return {c: rank for rank, c in enumerate(ranked[:COMMON_HAN])}


def _chinese_score(text: str) -> tuple[float, float]:
    """Share of the non-ASCII characters (first 20k) that are common Chinese characters or
    punctuation; then, for a tie (a short line of common characters both ways: 青溪精密 in
    Big5 is 獵匪弘盞 in GB18030), how common its characters are (minus their mean rank)."""
    from .normalize import to_simplified

    sample = to_simplified("".join(c for c in text[:20000] if ord(c) > 0x7F))
    if not sample:
        return 0.0, 0.0
    common = _common_han()
    good = sum(1 for c in sample if c in common or c in "，。、；：？！“”‘’（）《》【】—…·　％０１２３４５６７８９")
    ranks = [common.get(c, COMMON_HAN) for c in sample if "\u4e00" <= c <= "\u9fff"]
    return good / len(sample), -sum(ranks) / len(ranks) if ranks else 0.0


def reads_as(data: bytes, codec: str, complete: bool) -> bool:
    try:
        codecs.getincrementaldecoder(codec)().decode(data, final=complete)
        return True
    except UnicodeDecodeError:
        return False


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace in more than 1 % of the text."""
    sample = text[:4096]
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or c == "\ufffd")
    return controls > len(sample) // 100


def html_encoding(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>``, if it reads the page cleanly."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    declared = m.group(1).decode("ascii").lower()
    codec = CHARSET_SUPERSET.get(declared, declared)
    try:
        codecs.lookup(codec)
        data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None
    return codec
