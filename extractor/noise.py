"""Noisy variants of clean articles, made by code, to measure noise invariance.

A variant is what the same article looks like when it arrives from the web:
traditional script (OpenCC s2t), pinyin glosses after polyphonic characters
(鄉(xiāng), also inside numbers and names: 3000萬(wàn)元, 集團(tuán)), full-width
digits, a lost middle dot shown as "?", a site footer, and a round trip through
GB18030 or Big5.  The extractor must give the same figures and orgs for both.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .api import extract
from .encoding import decode

FOOTER = (
    "\n\n  版權及免責聲明：凡本網所屬版權作品，轉載時須獲得授權並註明來源，違者本網將保留追究其相關法律責任的權力。"
    "版權事宜請聯繫：010-65363056。\n\n延伸閱讀\n\n熱點新聞\n\n版權所有：某某經濟信息網 京ICP備11041399號-2\n"
)
_FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


@lru_cache(maxsize=1)
def _glosses() -> dict[str, str]:
    from .rules import builtin_dir

    table = {}
    for line in (builtin_dir() / "lexicons" / "glosses.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            char, pinyin = line.split("\t")
            table[char] = pinyin
    return table


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def make_variant(text: str, seed: int) -> str:
    """One noisy variant of a clean simplified ``text``, deterministic in ``seed``."""
    rng = random.Random(seed)
    glosses = _glosses()
    # Glosses are chosen on the simplified text, then the script is converted
    # character by character so each gloss still follows its character.
    out = []
    for char in text:
        out.append(char)
        if char in glosses and rng.random() < 0.3:
            out.append(f"\x00{glosses[char]}\x01")
    converted = _s2t().convert("".join(out)).replace("\x00", "(").replace("\x01", ")")
    paragraphs = converted.split("\n")
    for i, para in enumerate(paragraphs):
        if rng.random() < 0.5:
            paragraphs[i] = para.translate(_FULL_WIDTH)
    noisy = "\n".join(paragraphs).replace("·", "?") + FOOTER
    codec = rng.choice(["gb18030", "big5"])
    try:
        data = noisy.encode(codec)
    except UnicodeEncodeError:  # Big5 lacks some characters (裏, 𠮷): GB18030 has all
        data = noisy.encode("gb18030")
    return decode(data, "<variant>")


def signature(text: str) -> tuple[Counter, Counter]:
    """What must not change under noise: figures (kind, value, range, unit,
    currency, approx) and org names."""
    article = extract(text)
    figures = Counter((f.kind, f.value, f.value_max, f.unit, f.currency, f.approx) for f in article.figures)
    orgs = Counter(o.name for o in article.orgs)
    return figures, orgs


@dataclass
class Agreement:
    articles: int = 0
    agree: int = 0
    differ: list[str] = field(default_factory=list)

    @property
    def share(self) -> Decimal:
        return (Decimal(self.agree) / self.articles).quantize(Decimal("0.0001")) if self.articles else Decimal(0)


def variant_agreement(texts: Iterable[tuple[str, str]], seed: int = 0) -> Agreement:
    """For each ``(name, clean text)``: does a generated variant give the same signature?"""
    result = Agreement()
    for n, (name, text) in enumerate(texts):
        result.articles += 1
        if signature(text) == signature(make_variant(text, seed + n)):
            result.agree += 1
        else:
            result.differ.append(name)
    return result


def corpus_texts(corpus_dir: str | Path) -> list[tuple[str, str]]:
    """Every clean article under ``corpus_dir`` (``clean/*.txt`` at any depth)."""
    root = Path(corpus_dir)
    return [(str(p.relative_to(root)), p.read_text(encoding="utf-8")) for p in sorted(root.rglob("clean/*.txt"))]
