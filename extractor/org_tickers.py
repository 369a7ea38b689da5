"""Listed firms named with their stock code (宏聚电子（6287）, 贵州茅台（600519）,
宁德时代(300750.SZ)): a candidate source mixed into orgs._Finder."""
from __future__ import annotations

import bisect

import regex

from .org_words import ALL_HAN, Candidate, OrgWords

# A code in brackets right after a Han character: 4 digits (Taiwan, Hong Kong) that
# read as no year (not （2023）), or 6 (Shanghai, Shenzhen, Beijing), an exchange's
# suffix after it or before it (SH600519, 600519.SH), a label before it (股票代码：600231).
_TICKER = regex.compile(
    r"(?<=\p{Han})[（(]\s*(?:(?:股票|证券)(?:代码|代号)\s?[:：]?\s?)?(?:(?:SH|SZ|BJ|HK)\s?[:：]?\s?)?"
    r"(?:(?!19|20)\d{4}|\d{6}|0\d{4})"
    r"(?:\.(?:SH|SZ|BJ|HK|TW|TWO|SS))?\s*[）)]")
_MOST = 8  # characters of a short name
_TRADE_MODES = ("出口", "进口", "直邮", "海外仓", "模式", "贸易", "方式", "监管")
_NOT_BEFORE = regex.compile(r"[\d年]")


class TickerSource(OrgWords):
    """Mixed into orgs._Finder: firms named right before their stock code."""

    def ticker_candidates(self) -> list[Candidate]:
        """The name right before a stock code: the word next to the bracket, and before
        it words the dictionary does not know, trade words (宏聚|电子) or a region, up to
        any other word (大厂|宏聚电子, 龙头股|东方财富); a name of known words only must
        be a known firm (贵州茅台), so 电话（0371） names none."""
        text, r = self.text, self.rules
        out = []
        for m in _TICKER.finditer(text):
            end = m.start()
            toks = self.tokens_around(end - 1, end, _MOST + 2, 0)
            k = bisect.bisect_left(toks, (end, end))
            if k == 0 or toks[k - 1][1] != end:
                continue
            first = k - 1
            known = r.gazetteer.get(text[toks[first][0]:end]) in ("company", "group")
            while first > 0 and not known:  # (a known firm next to the bracket is the whole name: 陈宇曦|乐视网)
                a, b = toks[first - 1]
                word = text[a:b]
                if end - a > _MOST or not ALL_HAN.fullmatch(word) or self.is_stop(word):
                    break
                if not (self.tag(word) is None or word in r.generic_words or self.is_region(word)):
                    if end - toks[first][0] <= 2:
                        first -= 1  # 扬子|新材: a known word opens a name of two characters after it
                    break
                first -= 1
            start = toks[first][0]
            if start and _NOT_BEFORE.match(text, start - 1):
                continue  # 1787玛歌（225000）, 1811年滴金（117000）: a vintage and its price
            words = [text[a:b] for a, b in toks[first:k]]
            name = text[start:end]
            if len(name) < 2 or not ALL_HAN.fullmatch(name) or self.is_stop(words[-1]) or self.suffix_of(name):
                continue  # (a name ending in a suffix is the suffix source's: 华岳控股集团（600123）)
            if name.endswith(_TRADE_MODES):
                continue  # 零售直邮出口（9610）, 跨境电商出口海外仓（9810）: a customs mode's code, no stock's
            if not any((self.tag(w) is None and not self.is_region(w)) or r.gazetteer.get(w) in ("company", "group")
                       for w in words):
                continue
            out.append(Candidate(start, end, "company", "org.ticker.company", "list"))
        return out
