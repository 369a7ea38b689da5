"""Firms named by an executive's title after them (润泽地产|总经理封屹, 中博传媒|董事长陈伟明):
a candidate source mixed into orgs._Finder."""
from __future__ import annotations

import bisect

from .org_words import ALL_HAN, Candidate, OrgWords


class TitledSource(OrgWords):
    """Mixed into orgs._Finder: a short name and a trade word before a title."""

    def titled_candidates(self) -> list[Candidate]:
        """Name|trade|title: the trade word a word of its own, and the name before it one
        word, 2-4 Han characters, that is a place, a known name or a word the dictionary
        does not know (湖南|信托, 链家|地产, 中博|传媒; not 房|地产, 这家|传媒, 公司|研究员),
        maybe after a place (北京|链家|地产)."""
        text, r = self.text, self.rules
        out = []
        for m in r.titled_trade.finditer(text):
            ts, te = m.span("trade")
            if ts < 2 or not ALL_HAN.fullmatch(text, ts - 2, ts):
                continue  # cheap reject before any jieba: no Han name right before
            toks = self.tokens_around(ts, te, 10, 6)
            k = bisect.bisect_left(toks, (ts, ts))
            if k == 0 or k >= len(toks) or toks[k] != (ts, te):
                continue  # the trade word is no word of its own here (房地产, 证券化)
            start = self._short_name_start(toks, k)
            if start is not None:
                out.append(Candidate(start, te, "company", "org.titled.company", "titled"))
        return out

    def _short_name_start(self, toks: list[tuple[int, int]], k: int) -> int | None:
        text, r = self.text, self.rules
        s, e = toks[k - 1]
        name = text[s:e]
        if not (2 <= len(name) <= 4 and ALL_HAN.fullmatch(name)) or name in r.stop_words or name in r.titled_not_names:
            return None
        if not (self.is_region(name) or name in r.gazetteer or self.unknown(name)):
            return None
        if k >= 2 and self.is_region(text[toks[k - 2][0]:toks[k - 2][1]]) and not self.is_region(name):
            return toks[k - 2][0]  # 北京|链家|地产
        if len(name) == 3 and name[0] in r.postpositions and k >= 2 and toks[k - 2][1] - toks[k - 2][0] >= 2:
            return s + 1  # 活动|中柔宇|科技: the postposition is the clause's (在活动中)
        return s
