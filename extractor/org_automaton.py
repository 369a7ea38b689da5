"""The suffixes and gazetteer names of the org rules in one leftmost-longest
Aho-Corasick automaton, built once per rule set (``OrgRules.automaton``), and the
hits it finds in an article."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from .org_rules import OrgRules

Hit = tuple[int, int, str, str]  # (start, end, word, type)

_NAME_HAN = regex.compile(r"\p{Han}")
_OF_WHICH = regex.compile(r"(?<=(?<![尤极])其)中")


@dataclass(frozen=True)
class Automaton:
    """Suffixes and gazetteer names in one leftmost-longest Aho-Corasick automaton."""

    matcher: Any
    words: tuple[str, ...]
    # per word: (source, type) pairs; ("tail", type, suffix) for a gazetteer organ
    # ending in a suffix, a suffix hit at the word's end
    values: tuple[tuple[tuple[str, ...], ...], ...]
    suffix_type: dict[str, str]  # for the suffixes a gazetteer hit hides (上海华|瑞银|行)
    suffix_lengths: tuple[int, ...]  # longest first
    suffixed: frozenset[str]  # gazetteer names that end in a suffix of their own (海尔集团)
    stop_chars: frozenset[str]  # stop words of one character (被), which end a name

    def hits(self, text: str) -> tuple[list[Hit], list[Hit], dict[int, int]]:
        """``(start, end, word, type)`` of the leftmost-longest, non-overlapping
        matches, in text order: those of suffixes (with those a gazetteer name hides),
        and those of gazetteer names; and the suffix hits that end a gazetteer organ
        (suffix start -> organ start)."""
        suffix: list[Hit] = []
        gazetteer: list[Hit] = []
        tails: dict[int, int] = {}
        words, values = self.words, self.values
        # 其中|建行: the 中 of 其中 opens no name (no 中建, 中超), and must hide none after it
        # (尤其|中国银行: 尤其 is another word)
        scan = _OF_WHICH.sub("\0", text) if "其中" in text else text
        for i, s, e in self.matcher.find_matches_as_indexes(scan):
            for v in values[i]:
                if v[0] == "gazetteer":
                    gazetteer.append((s, e, words[i], v[1]))
                elif v[0] == "suffix":
                    suffix.append((s, e, words[i], v[1]))
                else:
                    suffix.append((e - len(v[2]), e, v[2], v[1]))
                    tails[e - len(v[2])] = s
        if gazetteer:
            suffix = sorted(suffix + self._hidden_suffixes(text, gazetteer))
        return suffix, gazetteer, tails

    def _hidden_suffixes(self, text: str, gazetteer: list[Hit]) -> list[Hit]:
        """Suffixes that open inside a gazetteer hit and end after it, which the
        leftmost-longest pass hides (上海华瑞银行: 瑞银, a known bank, hides 银行; 国家卫生健康委员会),
        where the hit is inside a longer name: after a character of a name (not 北大学英语, 被北大学录取),
        or an organ's; not after a name with its own suffix (海尔集团|公司: the suffix extends it)."""
        out = []
        for s, e, word, typ in gazetteer:
            if typ != "government" and (s == 0 or not _NAME_HAN.match(text[s - 1]) or text[s - 1] in self.stop_chars):
                continue
            if word in self.suffixed:
                continue
            for k in range(s + 1, e):
                for n in self.suffix_lengths:
                    if e < k + n <= len(text) and (suffix_typ := self.suffix_type.get(text[k:k + n])) is not None:
                        out.append((k, k + n, text[k:k + n], suffix_typ))
                        break
        return out


def build_automaton(rules: OrgRules) -> Automaton:
    import ahocorasick_rs

    entries: dict[str, list] = {}
    for word, typ in rules.suffix_type.items():
        entries.setdefault(word, []).append(("suffix", typ))
    organ_ends = tuple(w for w, t in rules.suffix_type.items() if t == "government")
    for word, typ in rules.gazetteer.items():
        entries.setdefault(word, []).append(("gazetteer", typ))
        # an organ ending in a suffix (旅游局) gives that suffix's hit too, or the
        # leftmost-longest match would hide it and the words before it (市文化广电|旅游局)
        if typ == "government" and word not in rules.suffix_type:
            ends = [x for x in organ_ends if len(x) < len(word) and word.endswith(x)]
            if ends:
                entries[word].append(("tail", typ, max(ends, key=len)))
    words = tuple(entries)
    matcher = ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                         implementation=ahocorasick_rs.Implementation.DFA)  # fastest, small
    lengths = tuple(sorted({len(w) for w in rules.suffix_type}, reverse=True))
    suffixed = frozenset(w for w in rules.gazetteer
                         if any(w[-n:] in rules.suffix_type for n in lengths if n < len(w)))
    return Automaton(matcher, words, tuple(tuple(entries[w]) for w in words), dict(rules.suffix_type), lengths,
                     suffixed, frozenset(w for w in rules.stop_words if len(w) == 1))
