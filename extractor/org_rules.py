"""Organization rules: ``rules/org.yaml`` and ``rules/lexicons/`` loaded and
checked, one Aho-Corasick automaton over every suffix and gazetteer name, and
jieba (its dictionary extended by our lexicons) for word boundaries in the short
windows orgs.py asks about, loaded only when an article first needs it (one
without a suffix, a gazetteer name or a list of names never does).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from math import log
from pathlib import Path
from typing import Any

import regex
import yaml

from .errors import RuleError
from .records import ORG_TYPES

# ---------------------------------------------------------------- rules


@dataclass(frozen=True)
class SubUnit:
    """A unit written right after an org (中国工商银行|梧川支行): ``pattern`` matches
    what follows a name ending in one of ``parents``."""

    parents: tuple[str, ...]
    units: tuple[str, ...]
    pattern: regex.Pattern  # groups mid, unit
    elliptic: bool = False


@dataclass(frozen=True)
class OrgRules:
    suffix_type: dict[str, str]
    weak_suffixes: frozenset[str]
    short_suffix_min_left: int
    not_org_words: frozenset[str]
    stop_tags: frozenset[str]
    stop_words: frozenset[str]
    inner_words: frozenset[str]
    generic_words: frozenset[str]
    region_tails: frozenset[str]
    regions: frozenset[str]
    gazetteer: dict[str, str]
    list_cues: dict[str, str]
    list_not_cues: frozenset[str]
    list_cue: regex.Pattern
    list_member_max: int
    alias_patterns: tuple[regex.Pattern, ...]
    alias_not: frozenset[str]
    not_org_tails: tuple[str, ...]
    byline: regex.Pattern
    dateline: regex.Pattern
    examples: tuple = ()
    bare_not: frozenset[str] = frozenset()
    legal_forms: tuple[str, ...] = ()
    sub_units: tuple[SubUnit, ...] = ()
    conj_join_types: frozenset[str] = frozenset()
    region_join_types: frozenset[str] = frozenset()
    rare_word_freq: int = 0
    list_cues_any: frozenset[str] = frozenset()
    function_tails: frozenset[str] = frozenset()
    glued_conj: frozenset[str] = frozenset()
    region_first: frozenset[str] = frozenset()
    titles_after: frozenset[str] = frozenset()
    titled_suffixes: frozenset[str] = frozenset()
    bare_company: frozenset[str] = frozenset()
    units_after: tuple[str, ...] = ()
    in_parentheses: frozenset[str] = frozenset()
    region_before_known: tuple[str, ...] = ()
    share_class: regex.Pattern = regex.compile("(?!)")
    automaton: Any = field(default=None, repr=False, compare=False)
    # derived from the fields above by load_org_rules, for speed only
    not_org_tail: regex.Pattern = field(default=regex.compile("(?!)"), repr=False, compare=False)  # a not_org_tails word
    not_org_lengths: tuple[int, ...] = field(default=(), repr=False, compare=False)  # of not_org_words
    unit_parents: tuple[str, ...] = field(default=(), repr=False, compare=False)  # of sub_units
    group_suffixes: tuple[str, ...] = field(default=(), repr=False, compare=False)  # suffixes of type group
    lazy: dict = field(default_factory=dict, repr=False, compare=False)  # built on first use: the segmenter


# keys of org.yaml: lists of words, mappings type -> words, and single values
_LIST_KEYS = ("weak_suffixes", "not_org_words", "stop_tags", "stop_words", "inner_words", "generic_words",
              "region_tails", "list_not_cues", "list_cue_modifiers", "alias_patterns", "alias_not",
              "not_org_tails", "byline_cues", "bare_not", "legal_forms", "sub_units", "conj_join_types",
              "region_join_types", "list_cues_any", "function_tails", "glued_conj", "region_first", "examples",
              "titles_after", "titled_suffixes", "bare_company", "units_after", "in_parentheses", "region_before_known")
_TYPED_KEYS = ("suffixes", "list_cues")
_SCALAR_KEYS = ("dimension", "short_suffix_min_left", "list_member_max", "dateline_after", "rare_word_freq",
                "list_cue_count", "list_cue_not_before", "share_class")
_KNOWN_KEYS = frozenset(_LIST_KEYS + _TYPED_KEYS + _SCALAR_KEYS)


def _words(data: dict, key: str, file: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise RuleError("E020", file, key, "expected a list of words")
    return value


def _types(data: dict, key: str, file: str) -> frozenset[str]:
    words = _words(data, key, file)
    unknown = set(words) - set(ORG_TYPES)
    if unknown:
        raise RuleError("E022", file, key, f"unknown types {sorted(unknown)}; choose from {', '.join(ORG_TYPES)}")
    return frozenset(words)


def read_lexicon(path: Path) -> dict[str, str]:
    """``name<TAB>type`` lines (``#`` comments) -> {name: type}."""
    out: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[1] not in ORG_TYPES:
            raise RuleError("E021", str(path), f"line {n}",
                            f"expected name<TAB>type with type in {', '.join(ORG_TYPES)}: {line!r}")
        out[parts[0].strip()] = parts[1]
    return out


def _read_yaml(path: Path) -> dict:
    file = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RuleError("E001", file, "-", f"not valid YAML: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RuleError("E002", file, "-", "org.yaml is a mapping of the keys the built-in org.yaml uses")
    return data


def _read_lexicons(lexdir: Path) -> tuple[dict[str, str], set[str]]:
    gazetteer: dict[str, str] = {}
    for lex in sorted(lexdir.glob("*.tsv")):
        gazetteer.update(read_lexicon(lex))
    regions: set[str] = set()
    if (lexdir / "regions.txt").exists():
        regions = {l.strip() for l in (lexdir / "regions.txt").read_text(encoding="utf-8").splitlines()
                   if l.strip() and not l.startswith("#")}
    return gazetteer, regions


def load_org_rules(directory: str | Path | None = None) -> OrgRules:
    """``org.yaml`` and ``lexicons/`` from the built-in rules folder (or ``directory``
    alone, which then holds a whole set: see :func:`load_user_org_rules` to extend
    the built-in rules instead)."""
    from .rules import builtin_dir

    base = Path(directory) if directory is not None else builtin_dir()
    path = base / "org.yaml"
    gazetteer, regions = _read_lexicons(base / "lexicons")
    return _build(_read_yaml(path), gazetteer, regions, str(path))


def load_user_org_rules(directory: str | Path) -> OrgRules:
    """The built-in org rules extended by a user's rules folder (``--rules DIR``).

    ``DIR/org.yaml``, if there is one, adds to the built-in lists (suffixes and list
    cues per type, stop words, not_org_words, alias patterns, examples…) and replaces
    single values (list_member_max, dateline_after…); ``DIR/lexicons/*.tsv`` add
    gazetteer names (a name listed there takes the type given there) and
    ``DIR/lexicons/regions.txt`` region words.  A folder with neither gives the
    built-in rules themselves."""
    from .rules import builtin_dir

    user = Path(directory)
    if not user.is_dir():
        raise RuleError("E003", str(user), "-", "rules directory not found")
    user_yaml = user / "org.yaml"
    user_lex = user / "lexicons"
    has_lex = user_lex.is_dir() and (any(user_lex.glob("*.tsv")) or (user_lex / "regions.txt").exists())
    if not user_yaml.exists() and not has_lex:
        return cached_org_rules()
    base = builtin_dir()
    data = _read_yaml(base / "org.yaml")
    file = str(base / "org.yaml")
    if user_yaml.exists():
        file = str(user_yaml)
        extra = _read_yaml(user_yaml)
        unknown = set(extra) - _KNOWN_KEYS
        if unknown:
            raise RuleError("E023", file, "-", f"unknown keys {sorted(unknown)}; allowed: {sorted(_KNOWN_KEYS)}")
        data = _merge(data, extra, file)
    gazetteer, regions = _read_lexicons(base / "lexicons")
    if has_lex:
        more, more_regions = _read_lexicons(user_lex)
        gazetteer.update(more)  # the user's type wins
        regions |= more_regions
    return _build(data, gazetteer, regions, file)


def _merge(data: dict, extra: dict, file: str) -> dict:
    """``data`` with ``extra``'s lists appended (duplicates once) and its single values in."""
    out = dict(data)
    for key, value in extra.items():
        if key in _TYPED_KEYS:
            if not isinstance(value, dict):
                raise RuleError("E020", file, key, "expected a mapping type -> list of words")
            merged = {t: list(ws or []) for t, ws in (out.get(key) or {}).items()}
            for typ, words in value.items():
                if not isinstance(words, list):
                    raise RuleError("E020", file, f"{key}.{typ}", "expected a list of words")
                merged[typ] = _union(merged.get(typ, []), words)
            out[key] = merged
        elif key in _LIST_KEYS:
            if value is None:
                continue
            if not isinstance(value, list):
                raise RuleError("E020", file, key, "expected a list")
            out[key] = _union(out.get(key) or [], value)
        else:
            out[key] = value
    return out


def _union(old: list, new: list) -> list:
    out = list(old)
    for w in new:
        if w not in out:
            out.append(w)
    return out


def _build(data: dict, gazetteer: dict[str, str], regions: set[str], file: str) -> OrgRules:
    suffix_type: dict[str, str] = {}
    for typ, words in (data.get("suffixes") or {}).items():
        if typ not in ORG_TYPES:
            raise RuleError("E022", file, f"suffixes.{typ}", f"unknown type; choose from {', '.join(ORG_TYPES)}")
        for w in words:
            suffix_type[str(w)] = typ
    list_cues: dict[str, str] = {}
    for typ, words in (data.get("list_cues") or {}).items():
        if typ not in ORG_TYPES:
            raise RuleError("E022", file, f"list_cues.{typ}", f"unknown type; choose from {', '.join(ORG_TYPES)}")
        for w in words:
            list_cues[str(w)] = typ
    not_cues = _words(data, "list_not_cues", file)
    any_cues = _words(data, "list_cues_any", file)
    mods = _words(data, "list_cue_modifiers", file)
    cue_alt = "|".join(regex.escape(w) for w in sorted(set(list_cues) | set(not_cues) | set(any_cues),
                                                       key=len, reverse=True))
    mod_alt = "|".join(regex.escape(w) for w in sorted(mods, key=len, reverse=True)) or "(?!)"
    try:
        count = str(data.get("list_cue_count") or "(?!)")
        not_before = str(data.get("list_cue_not_before") or "(?!)")
        list_cue = regex.compile(rf"等(?:{count})?(?:{mod_alt})*(?P<cue>{cue_alt})(?!{not_before})")
    except regex.error as exc:
        raise RuleError("E010", file, "list_cue_count/list_cue_not_before", f"pattern does not compile: {exc}") from None
    try:
        aliases = tuple(regex.compile(p) for p in _words(data, "alias_patterns", file))
        byline = regex.compile("|".join(f"(?:{p})" for p in _words(data, "byline_cues", file)) or "(?!)")
    except regex.error as exc:
        raise RuleError("E010", file, "alias_patterns/byline_cues", f"pattern does not compile: {exc}") from None
    try:
        share_class = regex.compile(str(data.get("share_class") or "(?!)"))
    except regex.error as exc:
        raise RuleError("E010", file, "share_class", f"pattern does not compile: {exc}") from None
    sub_units = []
    for n, unit in enumerate(data.get("sub_units") or []):
        try:
            parents = tuple(str(w) for w in unit["parents"])
            units = sorted((str(w) for w in unit["units"]), key=len, reverse=True)
            most = int(unit.get("max", 8))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise RuleError("E024", file, f"sub_units[{n}]",
                            "expected {parents: [words], units: [words], max: N, elliptic: true|false}") from None
        alt = "|".join(regex.escape(w) for w in units)
        pattern = regex.compile(rf"(?P<mid>[\p{{Han}}A-Za-z0-9]{{1,{most}}}?)(?P<unit>{alt})")
        sub_units.append(SubUnit(parents, tuple(units), pattern, bool(unit.get("elliptic", False))))
    rules = OrgRules(
        suffix_type=suffix_type,
        weak_suffixes=frozenset(_words(data, "weak_suffixes", file)),
        short_suffix_min_left=int(data.get("short_suffix_min_left", 2)),
        not_org_words=frozenset(_words(data, "not_org_words", file)),
        stop_tags=frozenset(_words(data, "stop_tags", file)),
        stop_words=frozenset(_words(data, "stop_words", file)),
        inner_words=frozenset(_words(data, "inner_words", file)),
        generic_words=frozenset(_words(data, "generic_words", file)),
        region_tails=frozenset(_words(data, "region_tails", file)),
        regions=frozenset(regions),
        gazetteer=gazetteer,
        list_cues=list_cues,
        list_not_cues=frozenset(not_cues),
        list_cue=list_cue,
        list_member_max=int(data.get("list_member_max", 16)),
        alias_patterns=aliases,
        alias_not=frozenset(_words(data, "alias_not", file)),
        not_org_tails=tuple(sorted(_words(data, "not_org_tails", file), key=len, reverse=True)),
        byline=byline,
        dateline=regex.compile(str(data.get("dateline_after") or "(?!)")),
        examples=tuple(data.get("examples") or ()),
        bare_not=frozenset(_words(data, "bare_not", file)),
        legal_forms=tuple(sorted(_words(data, "legal_forms", file), key=len, reverse=True)),
        sub_units=tuple(sub_units),
        conj_join_types=_types(data, "conj_join_types", file),
        region_join_types=_types(data, "region_join_types", file),
        rare_word_freq=int(data.get("rare_word_freq", 0)),
        list_cues_any=frozenset(any_cues),
        function_tails=frozenset(_words(data, "function_tails", file)),
        glued_conj=frozenset(_words(data, "glued_conj", file)),
        region_first=frozenset(_words(data, "region_first", file)),
        titles_after=frozenset(_words(data, "titles_after", file)),
        titled_suffixes=frozenset(_words(data, "titled_suffixes", file)),
        bare_company=frozenset(_words(data, "bare_company", file)),
        units_after=tuple(_words(data, "units_after", file)),
        in_parentheses=frozenset(_words(data, "in_parentheses", file)),
        region_before_known=tuple(_words(data, "region_before_known", file)),
        share_class=share_class,
    )
    object.__setattr__(rules, "automaton", _automaton(rules))
    object.__setattr__(rules, "not_org_tail", regex.compile(
        "|".join(regex.escape(w) for w in rules.not_org_tails if len(w) <= 6) or "(?!)"))
    object.__setattr__(rules, "not_org_lengths", tuple(sorted({len(w) for w in rules.not_org_words})))
    object.__setattr__(rules, "group_suffixes", tuple(w for w, t in rules.suffix_type.items() if t == "group"))
    object.__setattr__(rules, "unit_parents", tuple(sorted({p for su in rules.sub_units for p in su.parents})))
    return rules


@dataclass(frozen=True)
class _Automaton:
    """Suffixes and gazetteer names in one leftmost-longest Aho-Corasick automaton."""

    matcher: Any
    words: tuple[str, ...]
    values: tuple[tuple[tuple[str, str], ...], ...]  # per word: (source, type) pairs

    def hits(self, text: str) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str, str]]]:
        """``(start, end, word, type)`` of the leftmost-longest, non-overlapping
        matches, in text order: those of suffixes, and those of gazetteer names."""
        suffix: list[tuple[int, int, str, str]] = []
        gazetteer: list[tuple[int, int, str, str]] = []
        words, values = self.words, self.values
        for i, s, e in self.matcher.find_matches_as_indexes(text):
            for source, typ in values[i]:
                (suffix if source == "suffix" else gazetteer).append((s, e, words[i], typ))
        return suffix, gazetteer


def _automaton(rules: OrgRules) -> _Automaton:
    import ahocorasick_rs

    entries: dict[str, list] = {}
    for word, typ in rules.suffix_type.items():
        entries.setdefault(word, []).append(("suffix", typ))
    for word, typ in rules.gazetteer.items():
        entries.setdefault(word, []).append(("gazetteer", typ))
    words = tuple(entries)
    matcher = ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                         implementation=ahocorasick_rs.Implementation.DFA)  # fastest, small
    return _Automaton(matcher, words, tuple(tuple(entries[w]) for w in words))


@lru_cache(maxsize=8)
def cached_org_rules(directory: str | None = None) -> OrgRules:
    """The built-in org rules, or (``directory``) the built-in ones extended by a
    user's rules folder, loaded once per folder."""
    return load_org_rules() if directory is None else load_user_org_rules(directory)


# ---------------------------------------------------------------- jieba


_MEMO_MAX = 1 << 15    # windows remembered; forgotten all at once when full


class Segmenter:
    """jieba for the short windows orgs.py asks about, built on first use.

    ``tok`` is a ``jieba.Tokenizer`` of our own, its dictionary extended by the
    lexicons.  :meth:`cut` gives the lengths of the tokens of
    ``tok.cut(text, HMM=True)``: the same blocks (jieba's own patterns), the same
    word graph and the same route (the same floating-point sums, in the same
    order, the same tie-break), the same HMM for runs of single characters
    (:meth:`hmm_cut`, jieba's ``finalseg`` model), without jieba's per-call
    overhead; windows seen before are remembered.  :meth:`tag` is the
    part-of-speech tag of a word of jieba's own dictionary, kept only for the tags
    the rules ask about (ns, the stop tags, verbs): any other word of the
    dictionary gets ``other``, a word not in it ``None``.  :meth:`straddled` asks
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
        tok.initialize()
        added = [w for w in list(rules.gazetteer) + list(rules.suffix_type) if len(w) > 1]
        kept = ("有限公司", "股份", "集团")  # suffixes stay words of their own: the left edge can fall before them
        self.tags, untagged = self._read_tags(tok, rules, set(added) | set(kept))
        for word in added:
            tok.add_word(word, freq=max(tok.FREQ.get(word, 0), 20000))
        for word in kept:
            tok.add_word(word, freq=max(tok.FREQ.get(word, 0), 200000))
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
    def _read_tags(tok, rules: OrgRules, added: set[str]) -> tuple[dict[str, str], set[str]]:
        """The tags worth keeping (the last line of a word wins, as in a dict built
        from every line), and the words of ``tok`` or ``added`` that have no tagged line."""
        keep = rules.stop_tags | {"ns"}
        tags: dict[str, str] = {}
        intern: dict[str, str] = {}
        seen_added: set[str] = set()
        untagged_lines: set[str] = set()
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
                if tag in keep or tag.startswith("v") or not freq.get(word):
                    tags[word] = intern.setdefault(tag, tag)
                else:
                    tags.pop(word, None)  # a word of the dictionary: self.other
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
            return t
        return self.other if self.freq.get(word) and word not in self.untagged else None

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
            if n > 1 and text[pos] in stop_words and self.tag(text[pos:pos + n]) is None:
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
