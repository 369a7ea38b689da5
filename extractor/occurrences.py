"""Every occurrence of each of many words in one text.

Orgs look again for every name they found (and its short forms) throughout the
article.  ``str.find`` per word is fastest on a news item, but scans the text once
per word: on a long page with thousands of names that is quadratic.  Past a size
the words go into one Aho-Corasick automaton and the text is read once.
"""
from __future__ import annotations

from collections.abc import Iterable

# words x characters past which one automaton pass beats a find loop per word
_AUTOMATON_AT = 2_000_000


def occurrences(text: str, words: Iterable[str]) -> dict[str, list[int]]:
    """Start offsets of every occurrence (overlapping ones too) of each word, in order."""
    words = [w for w in dict.fromkeys(words) if w]
    found: dict[str, list[int]] = {w: [] for w in words}
    if not words or not text:
        return found
    if len(words) * len(text) < _AUTOMATON_AT:
        for w in words:
            i = text.find(w)
            while i >= 0:
                found[w].append(i)
                i = text.find(w, i + 1)
        return found
    import ahocorasick_rs

    matcher = ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.Standard)
    for k, start, _ in matcher.find_matches_as_indexes(text, overlapping=True):
        found[words[k]].append(start)
    for starts in found.values():
        starts.sort()
    return found
