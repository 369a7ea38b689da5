"""Org names after the kind of firm they are (手机厂商|欧锐通讯, 智能硬件企业|ZETA智联,
市场研究公司|Unacast, 民调机构|Survation): a candidate source mixed into orgs._Finder."""
from __future__ import annotations

import bisect

import regex

from .org_words import ALL_HAN, FUNCTION_TAGS, HAN, HARD_STOP, LETTER, Candidate, OrgWords

_LATIN_GOES_ON = regex.compile(r"[A-Za-z0-9]|\s[A-Za-z]")
# A name in Latin letters right after a kind of firm (maybe after one space): up to four
# capitalized words (Euromonitor International, Warby Parker, Stadium Goods), the first of
# four letters or more.
_LATIN_NAME = regex.compile(r" ?(?P<name>[A-Z][A-Za-z0-9]{3,}(?:[&.'’-][A-Za-z0-9]+)*(?: (?:[A-Z][A-Za-z0-9&.'’-]*|of|and|&)){0,3})"
                            r"(?![A-Za-z0-9&.'’-]| [A-Za-z0-9])")


# What opens a legal form before its kind noun (有限|公司, 股份|公司): a registered name, no kind.
_LEGAL_FORM_HEADS = ("有限", "股份", "有限责任")


class AppositiveSource(OrgWords):
    """Mixed into orgs._Finder: names after a kind of firm."""

    def appositive_candidates(self) -> list[Candidate]:
        """手机厂商|欧锐通讯, 智能硬件企业|ZETA智联, 市场研究公司|Unacast: a kind of
        firm after words of trade, then a word the dictionary does not know (or Latin
        letters) and maybe one word of trade, up to a separator or a stop word."""
        text, r = self.text, self.rules
        out = []
        for m in r.appositive_kind.finditer(text):
            ks, ke = m.span()
            if ks == 0 or not HAN.match(text, ks - 1):
                continue  # no trade word before
            latin = _LATIN_NAME.match(text, ke)
            # (after a kind that takes Han names too, a Han word after one word of letters
            # goes with it by the path below: 企业|ZETA智联)
            if latin is not None and (m.group() not in r.appositive_kinds or " " in latin["name"]
                                      or not HAN.match(text, latin.end())):
                words = latin["name"].split(" ")
                while len(words) > 1 and words[-1] in r.latin_not_names:
                    words.pop()  # Qnovo| CEO
                if words[0] not in r.latin_not_names and self.latin_after_kind(ks, ke):
                    start = latin.start("name")
                    out.append(Candidate(start, start + len(" ".join(words)), "company", "org.appositive.company", "list"))
                continue
            # cheap rejects before any jieba: what follows cannot open a name (企业的,
            # 公司，, 公司高管, 企业发展), or the kind takes only Latin names (平台|线上)
            if m.group() not in r.appositive_kinds or not self.may_open_short_name(ke):
                continue
            if text.endswith(_LEGAL_FORM_HEADS, 0, ks):
                continue  # …设备有限公司|晶圆清洗设备项目: a registered name ends there, whole
            toks = self.tokens_around(ks, ke, 8, 10)
            k = bisect.bisect_left(toks, (ke, ke))
            if k == 0 or k >= len(toks) or toks[k][0] != ke or toks[k - 1][1] != ke:
                continue  # the kind noun is no word of its own here (企业家, 公司法)
            trade = [text[a:b] for a, b in toks[max(0, k - 3):k]]
            trade[-1] = trade[-1][:len(trade[-1]) - (ke - ks)]
            trade = [w for w in trade if w][-2:]
            word = text[ke:toks[k][1]]
            if not (trade and self.trade_words(trade) and self.tag(word) is None
                    and word not in r.gazetteer and self.opens_short_name(word)):
                continue
            end = self.appositive_end(toks, k)
            # SK| Global, Counterpoi|nt: Latin letters go on past the window
            if end is not None and not _LATIN_GOES_ON.match(text, end):
                out.append(Candidate(ke, end, "company", "org.appositive.company", "list"))
        return out

    def latin_after_kind(self, ks: int, ke: int) -> bool:
        """Is the kind of firm at ``ks:ke`` a word of its own after a word that is no
        known name (民调机构|Survation, 美国投行|Stifel, 二手表转卖平台|Watchfinder; not
        华为公司|Mate)? A name in Latin letters after one needs no more."""
        toks = self.tokens_around(ks, ke, 8, 2)
        k = bisect.bisect_left(toks, (ke, ke))
        if k == 0 or toks[k - 1][1] != ke or toks[k - 1][0] > ks:
            return False  # the kind noun is no word of its own here (企业家, 公司法)
        before = self.text[toks[k - 1][0]:ks] or (self.text[toks[k - 2][0]:toks[k - 2][1]] if k >= 2 else "")
        return before not in self.rules.gazetteer

    def trade_words(self, words: list[str]) -> bool:
        """Are ``words`` (before a kind of firm) words of the dictionary, no region or
        known name (手机|厂商, 市场|研究|公司; not 华为|公司, 美国|公司)?"""
        r = self.rules
        return all(self.tag(w) is not None and w not in r.gazetteer and not self.is_region(w) for w in words)

    def may_open_short_name(self, i: int) -> bool:
        """Could a firm's short name open at ``i``: a Latin letter, or two Han
        characters that are no word of the dictionary, neither a verb nor a function
        character (欧锐, 芯动 no: 动 a verb)?"""
        text = self.text
        if LETTER.match(text, i):
            return True
        pair = text[i:i + 2]
        return len(pair) == 2 and self.tag(pair) is None and _short_name_chars(self, pair)

    def opens_short_name(self, word: str) -> bool:
        """May a firm's short name open with ``word``: a word of four Latin letters or
        more (ZETA; not CEO, USB), or two to four Han characters, none a verb or a
        function character (欧锐; not 高管, 做大, 送上)?"""
        if LETTER.match(word):
            return len(word) >= 4 and word.isascii() and word.isalnum() and word not in self.rules.latin_not_names
        return 2 <= len(word) <= 4 and _short_name_chars(self, word)

    def appositive_end(self, toks: list[tuple[int, int]], k: int) -> int | None:
        """Where the name opening at ``toks[k]`` ends: after it, or after one word of
        trade (芯动|微电子) or, after Latin letters, a short Han word, no stop word or
        place (ZETA|智联), before a separator or a stop word (、, 签署); None elsewhere."""
        text, r = self.text, self.rules
        end = toks[k][1]
        latin = LETTER.match(text, toks[k][0]) is not None
        if k + 1 < len(toks):
            word = text[toks[k + 1][0]:toks[k + 1][1]]
            # ZETA|智联: Latin letters and a short Han word
            if (word in r.generic_words or word in r.appositive_trade
                    or (latin and 2 <= len(word) <= 4 and ALL_HAN.fullmatch(word) is not None
                        and not self.is_stop(word) and word not in r.regions)):
                end = toks[k + 1][1]
                k += 1
        if k + 1 < len(toks):
            after = text[toks[k + 1][0]:toks[k + 1][1]]
            if not self.is_stop(after) or after in r.inner_words:
                return None
        return end


def _short_name_chars(finder: OrgWords, word: str) -> bool:
    """Are all characters of ``word`` Han, none a verb or a function character?"""
    return ALL_HAN.fullmatch(word) is not None and not any(
        c in HARD_STOP or (finder.tag(c) or "-")[:1] in FUNCTION_TAGS or (finder.tag(c) or "-").startswith("v")
        for c in word)
