"""Word boundaries for org names: jieba, its dictionary extended by our lexicons,
cutting the short windows the org finders ask about (org_words.py), loaded only
when an article first needs it (one without a suffix, a gazetteer name or a list
of names never does).
"""
from __future__ import annotations

from itertools import accumulate
from math import log
from pathlib import Path
from typing import TYPE_CHECKING

from . import dictcache

if TYPE_CHECKING:
    from .org_rules import OrgRules

# jieba's tags of proper names (persons, transliterations, bodies, others): 马里兰, 嘉禾, 腾讯
PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "nt", "nz"})
# Tags kept for :meth:`Segmenter.says_how` only (:meth:`Segmenter.tag` reads them as ``other``):
# idioms, and adjectives; a set phrase of four characters (jieba's l) that ends in no noun
# is kept as an idiom (大小不一, 加在一起; not 发达|国家, 高等|院校).
IDIOM_TAG, ADJECTIVE_TAG, _SET_PHRASE_TAG = "i", "a", "l"
_HOW_TAGS = frozenset({IDIOM_TAG, ADJECTIVE_TAG})
_MEMO_MAX = 1 << 13    # windows remembered; forgotten all at once when full (memory stays flat)


class Segmenter:
    """jieba for the short windows the org finders ask about, built on first use.

    ``tok`` is a ``jieba.Tokenizer`` of our own, its dictionary extended by the
    lexicons.  :meth:`cut` gives the lengths of the tokens of
    ``tok.cut(text, HMM=True)``: the same blocks (jieba's own patterns), the same
    word graph and the same route (the same floating-point sums, in the same
    order, the same tie-break), the same HMM for runs of single characters
    (:meth:`hmm_cut`, jieba's ``finalseg`` model), without jieba's per-call
    overhead; windows seen before are remembered.  :meth:`tag` is the
    part-of-speech tag of a word of jieba's own dictionary, kept only for the tags
    the rules ask about (ns, proper names, the stop tags, verbs): any other word of the
    dictionary gets ``other``, a word not in it ``None``; :meth:`idiom` and
    :meth:`says_how` ask about idioms and adjectives.  :meth:`straddled` asks
    jieba's word frequencies whether a gazetteer hit cuts a common word.  Words
    added to ``tok`` later reach :meth:`cut` and :meth:`straddled` (their memos
    are dropped), not :meth:`tag`, which knows jieba's own dictionary only.
    """

    def __init__(self, rules: OrgRules) -> None:
        import logging

        import jieba
        from jieba import finalseg

        jieba.setLogLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        tok.FREQ, tok.total, self.tags, untagged = dictcache.cached(
            "jieba", self._cache_key(jieba, rules), lambda: self._build(rules), _valid_state)
        tok.initialized = True
        self.tok, self.freq = tok, tok.FREQ
        self.untagged = frozenset(untagged)
        self.other = "-"  # the tag of a word whose tag no rule asks about (n, nr, i…)
        while self.other in rules.stop_tags or self.other == "ns":
            self.other += "-"
        self.stop_words, self.gazetteer = rules.stop_words, rules.gazetteer
        self._straddled: dict[tuple[str, int, int], bool] = {}
        self._total, self._logtotal = tok.total, log(tok.total)
        self._re_han, self._re_skip = jieba.re_han_default, jieba.re_skip_default
        self._finalseg = finalseg
        self._forced = len(finalseg.Force_Split_Words)  # finalseg's state the memos rest on
        self._hmm: dict[str, tuple[int, ...]] = {}
        self._memo: dict[str, tuple[int, ...]] = {}

    @staticmethod
    def _build(rules: OrgRules) -> tuple[dict[str, int], int, dict[str, str], set[str]]:
        """jieba's dictionary with the lexicon words added, and the tags kept."""
        import jieba

        tok = jieba.Tokenizer()
        tok.initialize()
        added, kept = _added_words(rules)
        tags, untagged = Segmenter._read_tags(tok, rules, set(added) | set(kept))
        # the tags keyed by the dictionary's own string objects: marshal writes a shared
        # object once and loads it shared, so the ~150,000 tagged words cost no second copy
        canon = {w: w for w in tok.FREQ}
        tags = {canon.get(w, w): t for w, t in tags.items()}
        del canon
        for word in added:
            tok.add_word(word, freq=max(tok.FREQ.get(word, 0), 20000))
        for word in kept:
            tok.add_word(word, freq=max(tok.FREQ.get(word, 0), 200000))
        for word in sorted(rules.regions):
            if len(word) > 1 and not tok.FREQ.get(word):  # (only the ones jieba lacks: 粤港澳大湾区)
                tok.add_word(word, freq=20000)
        return tok.FREQ, tok.total, tags, untagged

    @staticmethod
    def _cache_key(jieba, rules: OrgRules) -> bytes:
        """Everything :meth:`_build` depends on: jieba's dictionary, the words and
        tags of the rules, and this file's code."""
        import os

        dictionary = os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
        stat = os.stat(dictionary)
        added, kept = _added_words(rules)
        parts = [jieba.__version__, dictionary, str(stat.st_size), str(stat.st_mtime_ns),
                 "\n".join(added), "\n".join(kept), "\n".join(sorted(rules.stop_tags)), "\n".join(sorted(rules.regions))]
        return "\0".join(parts).encode("utf-8") + Path(__file__).read_bytes()

    @staticmethod
    def _read_tags(tok, rules: OrgRules, added: set[str]) -> tuple[dict[str, str], set[str]]:
        """The tags worth keeping (the last line of a word wins, as in a dict built
        from every line), and the words of ``tok`` or ``added`` that have no tagged line."""
        keep = rules.stop_tags | {"ns"} | PROPER_TAGS | _HOW_TAGS
        tags: dict[str, str] = {}
        intern: dict[str, str] = {}
        seen_added: set[str] = set()
        untagged_lines: set[str] = set()
        set_phrases: list[str] = []
        pair_tags: dict[str, str] = {}  # the tags of the words of two characters, for set_phrases
        freq = tok.FREQ
        with tok.get_dict_file() as f:
            for raw in f:
                parts = raw.decode("utf-8").split()
                if len(parts) < 3:
                    if parts:
                        untagged_lines.add(parts[0])
                    continue
                word, tag = parts[0], parts[2]
                if word in added:
                    seen_added.add(word)
                if len(word) == 2:
                    pair_tags[word] = tag
                if tag in keep or tag.startswith("v") or not freq.get(word):
                    tags[word] = intern.setdefault(tag, tag)
                else:
                    tags.pop(word, None)  # a word of the dictionary: self.other
                    if tag == _SET_PHRASE_TAG and len(word) == 4:
                        set_phrases.append(word)
        for word in set_phrases:
            if word not in tags and not pair_tags.get(word[2:], "").startswith("n"):
                tags[word] = IDIOM_TAG
        del pair_tags
        untagged = {w for w in added if w not in seen_added}
        if untagged_lines:  # none in jieba's own dictionary: a second pass for them only
            with tok.get_dict_file() as f:
                for raw in f:
                    parts = raw.decode("utf-8").split()
                    if len(parts) >= 3:
                        untagged_lines.discard(parts[0])
            untagged |= untagged_lines
        return tags, untagged

    def tag(self, word: str) -> str | None:
        t = self.tags.get(word)
        if t is not None:
            return self.other if t in _HOW_TAGS else t
        return self.other if self.freq.get(word) and word not in self.untagged else None

    def idiom(self, word: str) -> bool:
        """Whether jieba's dictionary makes ``word`` an idiom (交相辉映, 大小不一)."""
        return self.tags.get(word) == IDIOM_TAG

    def says_how(self, word: str) -> bool:
        """Whether ``word`` is an idiom or an adjective to jieba (风格|迥异)."""
        return self.tags.get(word) in _HOW_TAGS

    def cut(self, text: str) -> tuple[int, ...]:
        """Lengths of the tokens of ``text`` (see the class), a word the HMM glued
        onto a function character split again (据区 / 并报 / 尚需)."""
        if len(self._finalseg.Force_Split_Words) != self._forced or self.tok.total != self._total:
            self._dictionary_changed()  # someone's add_word on tok, or on any jieba with freq 0
        lengths = self._memo.get(text)
        if lengths is not None:
            return lengths
        out: list[int] = []
        if self._re_han.fullmatch(text):  # one block, as most windows are
            self._cut_block(text, out)
        else:
            for blk in self._re_han.split(text):
                if not blk:
                    continue
                if self._re_han.match(blk):
                    self._cut_block(blk, out)
                else:
                    for x in self._re_skip.split(blk):
                        if self._re_skip.match(x):
                            out.append(len(x))
                        else:
                            out.extend([1] * len(x))
        pos, split, stop_words = 0, [], self.stop_words
        for n in out:
            # (not a word of the dictionary or the lexicons, untagged though it is: 经济财政司, 经济和信息化局)
            if n > 1 and text[pos] in stop_words and self.tag(text[pos:pos + n]) is None \
                    and not self.tok.FREQ.get(text[pos:pos + n]):
                split.append(1)
                split.append(n - 1)
            else:
                split.append(n)
            pos += n
        if len(self._memo) >= _MEMO_MAX:
            self._memo.clear()
        lengths = self._memo[text] = tuple(split)
        return lengths

    def _dictionary_changed(self) -> None:
        self._forced = len(self._finalseg.Force_Split_Words)
        self._total, self._logtotal = self.tok.total, log(self.tok.total)
        self._hmm.clear()
        self._memo.clear()
        self._straddled.clear()

    def _cut_block(self, s: str, out: list[int]) -> None:
        """``Tokenizer.__cut_DAG``: the best route by word frequencies, right to left."""
        freq, logtotal = self.freq, self._logtotal
        n = len(s)
        value = [0.0] * (n + 1)
        best = [0] * (n + 1)  # index of the last character of the word starting here
        alone = 0.0 - logtotal  # a character that is no word: log(1) - log(total)
        for idx in range(n - 1, -1, -1):
            bv = bx = None
            i = idx + 1
            frag = s[idx]
            f = freq.get(frag)
            while f is not None:  # every word starting at idx: jieba keeps their prefixes
                if f:
                    v = log(f) - logtotal + value[i]
                    if bv is None or v >= bv:  # max((v, x)): ties go to the longer word
                        bv, bx = v, i - 1
                if i >= n:
                    break
                i += 1
                frag = s[idx:i]
                f = freq.get(frag)
            if bv is None:
                bv, bx = alone + value[idx + 1], idx
            value[idx], best[idx] = bv, bx
        x, run = 0, -1  # run: start of the current stretch of single characters
        while x < n:
            y = best[x] + 1
            if y - x == 1:
                if run < 0:
                    run = x
            else:
                if run >= 0:
                    self._singles(s, run, x, out)
                    run = -1
                out.append(y - x)
            x = y
        if run >= 0:
            self._singles(s, run, n, out)

    def _singles(self, s: str, a: int, b: int, out: list[int]) -> None:
        """A stretch of single characters: an unknown word for the HMM, unless it is
        a dictionary word itself."""
        if b - a == 1:
            out.append(1)
            return
        buf = s[a:b]
        if self.freq.get(buf):
            out.extend([1] * (b - a))
            return
        lengths = self._hmm.get(buf)
        if lengths is None:
            if len(self._hmm) >= _MEMO_MAX:
                self._hmm.clear()
            lengths = self._hmm[buf] = self.hmm_cut(buf)
        out.extend(lengths)

    def hmm_cut(self, text: str) -> tuple[int, ...]:
        """Lengths of the words of ``jieba.finalseg.cut(text)``."""
        fs = self._finalseg
        out: list[int] = []
        for blk in fs.re_han.split(text):
            if fs.re_han.match(blk):
                for word in self._viterbi(blk):
                    if word not in fs.Force_Split_Words:
                        out.append(len(word))
                    else:
                        out.extend([1] * len(word))
            else:
                out.extend(len(x) for x in fs.re_skip.split(blk) if x)
        return tuple(out)

    def _viterbi(self, s: str) -> list[str]:
        """``finalseg.viterbi`` and ``finalseg.__cut`` with the four states unrolled:
        the same sums in the same order, ties to the greater state letter as
        ``max`` on ``(prob, state)`` tuples gives them."""
        fs = self._finalseg
        low, start, trans, emit = fs.MIN_FLOAT, fs.start_P, fs.trans_P, fs.emit_P
        eb, em, es, ee = emit["B"], emit["M"], emit["S"], emit["E"]
        t_eb, t_sb = trans["E"].get("B", low), trans["S"].get("B", low)
        t_mm, t_bm = trans["M"].get("M", low), trans["B"].get("M", low)
        t_ss, t_es = trans["S"].get("S", low), trans["E"].get("S", low)
        t_be, t_me = trans["B"].get("E", low), trans["M"].get("E", low)
        c = s[0]
        vb, vm = start["B"] + eb.get(c, low), start["M"] + em.get(c, low)
        vs, ve = start["S"] + es.get(c, low), start["E"] + ee.get(c, low)
        back = []  # per character after the first: the previous state of B, M, S, E
        for c in s[1:]:
            x = eb.get(c, low)
            p, q = ve + t_eb + x, vs + t_sb + x
            nb, pb = (q, "S") if q >= p else (p, "E")
            x = em.get(c, low)
            p, q = vb + t_bm + x, vm + t_mm + x
            nm, pm = (q, "M") if q >= p else (p, "B")
            x = es.get(c, low)
            p, q = ve + t_es + x, vs + t_ss + x
            ns, ps = (q, "S") if q >= p else (p, "E")
            x = ee.get(c, low)
            p, q = vb + t_be + x, vm + t_me + x
            ne, pe = (q, "M") if q >= p else (p, "B")
            back.append({"B": pb, "M": pm, "S": ps, "E": pe})
            vb, vm, vs, ve = nb, nm, ns, ne
        state = "S" if vs >= ve else "E"
        states = [state]
        for prev in reversed(back):
            state = prev[state]
            states.append(state)
        states.reverse()
        words, begin, nexti = [], 0, 0
        for i, pos in enumerate(states):
            if pos == "B":
                begin = i
            elif pos == "E":
                words.append(s[begin:i + 1])
                nexti = i + 1
            elif pos == "S":
                words.append(s[i])
                nexti = i + 1
        if nexti < len(s):
            words.append(s[nexti:])
        return words


    def straddled(self, text: str, s: int, e: int) -> bool:
        """Does a common word of the dictionary (frequency 50 or more, no gazetteer
        name) straddle ``s`` or ``e`` (新浪 in 重新浪费)?  It depends on the three
        characters either side of each edge only, so contexts seen before are remembered."""
        if self.tok.total != self._total:
            self._dictionary_changed()
        lo, hi = max(0, s - 3), min(len(text), e + 4)
        key = (text[lo:hi], s - lo, e - lo)
        seen = self._straddled.get(key)
        if seen is None:
            if len(self._straddled) >= _MEMO_MAX:
                self._straddled.clear()
            seen = self._straddled[key] = self._straddles(*key)
        return seen

    def _straddles(self, text: str, s: int, e: int) -> bool:
        freq, gazetteer = self.freq, self.gazetteer
        for edge in (s, e):
            for a in range(max(0, edge - 3), edge):
                for b in range(edge + 1, min(len(text), a + 5) + 1):
                    f = freq.get(text[a:b])
                    if f is None:
                        break  # jieba keeps every prefix of its words: none longer either
                    if f >= 50 and text[a:b] not in gazetteer:
                        return True
        return False


def _added_words(rules: OrgRules) -> tuple[list[str], tuple[str, ...]]:
    """Words added to jieba's dictionary: the gazetteer and suffixes, and the
    suffixes that stay words of their own (the left edge can fall before them)."""
    added = [w for w in list(rules.gazetteer) + list(rules.suffix_type) + list(rules.new_words) if len(w) > 1]
    return added, ("有限公司", "股份", "集团")


def _valid_state(value: object) -> bool:
    return (isinstance(value, tuple) and len(value) == 4 and isinstance(value[0], dict)
            and isinstance(value[1], int) and isinstance(value[2], dict) and isinstance(value[3], (set, frozenset)))


def segmenter(rules: OrgRules) -> Segmenter:
    """The :class:`Segmenter` of ``rules``, built (jieba loaded) on first use."""
    seg = rules.lazy.get("segmenter")
    if seg is None:
        seg = rules.lazy["segmenter"] = Segmenter(rules)
    return seg


def tokenizer(rules: OrgRules):
    """A jieba tokenizer of our own, its dictionary extended by the lexicons."""
    return segmenter(rules).tok


def segment(text: str, start: int, end: int, rules: OrgRules) -> list[tuple[int, int]]:
    """jieba tokens of ``text[start:end]`` as absolute ``(start, end)`` offsets."""
    edges = list(accumulate(segmenter(rules).cut(text[start:end]), initial=start))
    return list(zip(edges, edges[1:]))
