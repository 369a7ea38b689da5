"""Paragraphs, sentences and clauses, with offsets into the raw article text.

- A paragraph is a non-blank line (news text puts each paragraph on its own
  line, indented or not).
- A sentence ends after 。！？ (and !? ; closing quotes and brackets stay with it)
  or at the paragraph's end.
- A clause ends after ；or after a comma that separates claims.  A comma
  between digit groups (1,100.9亿元; ``１，１００`` is folded to one by the
  normalizer) is not a break, and a connective that opens a clause on its own
  (其中，同时，此外，…) stays with the clause it introduces.

Splitting runs on normalized text, so traditional script, glosses and
full-width forms split the same way; offsets are mapped back to the raw text.

>>> raw = "全年营收1,100.9亿元，同比增长5%；其中，工业8亿元。"
>>> [raw[s:e] for s, e in split(raw).clauses]
['全年营收1,100.9亿元，', '同比增长5%；', '其中，工业8亿元。']
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .normalize import Normalized, normalize

_SENTENCE_END = regex.compile(r"[。！？!?]+[”’」』)）\]】\"']*")
_CLAUSE_END = regex.compile(r"[；;]|，|,(?!(?<=\d,)\d{3}(?!\d))")
# connectives that open a clause by themselves: "其中，省外资金19.9亿元",
# and a time that opens it: "2013年，牧野区…", "1-6月，全区…", "今年以来，…"
_OPENER = regex.compile(
    r"[ \t\u3000]*(?:其中|同时|此外|另外|另|据悉|据统计|据了解|总体来看|从.{1,8}看|截至.{1,12}|但|而|并且|并"
    r"|[\d〇零一二三四五六七八九十年月日季度上下半全前今去本当以来份至到\-—～~]{2,14})[，,]$")


@dataclass(frozen=True)
class Structure:
    """Raw ``[start, end)`` spans of an article's paragraphs, sentences and clauses."""

    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    clauses: list[tuple[int, int]] = field(default_factory=list)


def split(text: str | Normalized) -> Structure:
    """Paragraphs, sentences and clauses of ``text`` (raw text, or an already
    normalized article), in raw offsets; whitespace at either edge left out."""
    norm = text if isinstance(text, Normalized) else normalize(text)
    t = norm.text
    paragraphs, sentences, clauses = [], [], []
    for p in regex.finditer(r"[^\n]+", t):
        ps, pe = _trim(t, *p.span())
        if ps >= pe:
            continue
        paragraphs.append((ps, pe))
        for ss, se in _pieces(t, ps, pe, _SENTENCE_END):
            sentences.append((ss, se))
            pending = None
            for cs, ce in _pieces(t, ss, se, _CLAUSE_END):
                if pending is not None:
                    cs, pending = pending, None
                if _OPENER.fullmatch(t, cs, ce) and ce < se:
                    pending = cs  # 其中， joins the clause after it
                    continue
                clauses.append((cs, ce))
            if pending is not None:
                clauses.append((pending, se))
    raw = [norm.raw_span(s, e) for s, e in paragraphs], [norm.raw_span(s, e) for s, e in sentences], \
        [norm.raw_span(s, e) for s, e in clauses]
    return Structure(*raw)


def _pieces(t: str, start: int, end: int, breaks: regex.Pattern) -> list[tuple[int, int]]:
    out, last = [], start
    for m in breaks.finditer(t, start, end):
        s, e = _trim(t, last, m.end())
        if s < e:
            out.append((s, e))
        last = m.end()
    s, e = _trim(t, last, end)
    if s < e:
        out.append((s, e))
    return out


def _trim(t: str, start: int, end: int) -> tuple[int, int]:
    while start < end and t[start] in " \t\u3000\r":
        start += 1
    while end > start and t[end - 1] in " \t\u3000\r":
        end -= 1
    return start, end
