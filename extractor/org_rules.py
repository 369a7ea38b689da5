"""Organization rules: ``rules/org.yaml`` and ``rules/lexicons/`` loaded and
checked, one Aho-Corasick automaton over every suffix and gazetteer name, and
jieba (its dictionary extended by our lexicons) for word boundaries in the short
windows orgs.py asks about.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex
import yaml

from .errors import RuleError
from .records import ORG_TYPES

_HMM = True            # unknown words (巴斯巴) stay one token


# ---------------------------------------------------------------- rules


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
    automaton: Any = field(default=None, repr=False, compare=False)
    # derived from the fields above by load_org_rules, for speed only
    not_org_tail: regex.Pattern = field(default=regex.compile("(?!)"), repr=False, compare=False)  # a not_org_tails word
    not_org_lengths: tuple[int, ...] = field(default=(), repr=False, compare=False)  # of not_org_words


def _words(data: dict, key: str, file: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise RuleError("E020", file, key, "expected a list of words")
    return value


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


def load_org_rules(directory: str | Path | None = None) -> OrgRules:
    """``org.yaml`` and ``lexicons/`` from the built-in rules folder (or ``directory``)."""
    from .rules import builtin_dir

    base = Path(directory) if directory is not None else builtin_dir()
    path = base / "org.yaml"
    file = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RuleError("E001", file, "-", f"not valid YAML: {exc}") from None
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
    mods = _words(data, "list_cue_modifiers", file)
    cue_alt = "|".join(regex.escape(w) for w in sorted(set(list_cues) | set(not_cues), key=len, reverse=True))
    mod_alt = "|".join(regex.escape(w) for w in sorted(mods, key=len, reverse=True)) or "(?!)"
    list_cue = regex.compile(rf"等(?:{mod_alt})*(?P<cue>{cue_alt})")
    try:
        aliases = tuple(regex.compile(p) for p in _words(data, "alias_patterns", file))
        byline = regex.compile("|".join(f"(?:{p})" for p in _words(data, "byline_cues", file)) or "(?!)")
    except regex.error as exc:
        raise RuleError("E010", file, "alias_patterns/byline_cues", f"pattern does not compile: {exc}") from None

    lexdir = base / "lexicons"
    gazetteer: dict[str, str] = {}
    for lex in sorted(lexdir.glob("*.tsv")):
        gazetteer.update(read_lexicon(lex))
    regions = set()
    if (lexdir / "regions.txt").exists():
        regions = {l.strip() for l in (lexdir / "regions.txt").read_text(encoding="utf-8").splitlines()
                   if l.strip() and not l.startswith("#")}
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
    )
    object.__setattr__(rules, "automaton", _automaton(rules))
    object.__setattr__(rules, "not_org_tail", regex.compile(
        "|".join(regex.escape(w) for w in rules.not_org_tails if len(w) <= 6) or "(?!)"))
    object.__setattr__(rules, "not_org_lengths", tuple(sorted({len(w) for w in rules.not_org_words})))
    return rules


@dataclass(frozen=True)
class _Automaton:
    """Suffixes and gazetteer names in one leftmost-longest Aho-Corasick automaton."""

    matcher: Any
    words: tuple[str, ...]
    values: tuple[tuple[tuple[str, str], ...], ...]  # per word: (source, type) pairs

    def iter_long(self, text: str):
        """(word, values, start, end) of leftmost-longest, non-overlapping matches."""
        for i, s, e in self.matcher.find_matches_as_indexes(text):
            yield self.words[i], self.values[i], s, e


def _automaton(rules: OrgRules) -> _Automaton:
    import ahocorasick_rs

    entries: dict[str, list] = {}
    for word, typ in rules.suffix_type.items():
        entries.setdefault(word, []).append(("suffix", typ))
    for word, typ in rules.gazetteer.items():
        entries.setdefault(word, []).append(("gazetteer", typ))
    words = tuple(entries)
    matcher = ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return _Automaton(matcher, words, tuple(tuple(entries[w]) for w in words))


@lru_cache(maxsize=4)
def cached_org_rules(directory: str | None = None) -> OrgRules:
    return load_org_rules(directory)


# ---------------------------------------------------------------- jieba


@lru_cache(maxsize=1)
def jieba_tags() -> dict[str, str]:
    """Word -> part-of-speech tag from jieba's bundled dictionary (no posseg run)."""
    import jieba

    tags: dict[str, str] = {}
    with jieba.dt.get_dict_file() as f:
        for raw in f:
            parts = raw.decode("utf-8").split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
    return tags


_TOKENIZERS: dict[int, Any] = {}


def tokenizer(rules: OrgRules):
    """A jieba tokenizer of our own, its dictionary extended by the lexicons."""
    key = id(rules)
    tok = _TOKENIZERS.get(key)
    if tok is None:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        tok.initialize()
        for word in list(rules.gazetteer) + list(rules.suffix_type):
            if len(word) > 1:
                tok.add_word(word, freq=max(tok.FREQ.get(word, 0), 20000))
        # Suffixes stay words of their own, so the left edge can fall before them.
        for word in ("有限公司", "股份", "集团"):
            tok.add_word(word, freq=max(tok.FREQ.get(word, 0), 200000))
        _TOKENIZERS[key] = tok
    return tok


def segment(text: str, start: int, end: int, rules: OrgRules) -> list[tuple[int, int]]:
    """jieba tokens of ``text[start:end]`` as absolute ``(start, end)`` offsets."""
    out, pos = [], start
    tags = jieba_tags()
    for word in tokenizer(rules).cut(text[start:end], HMM=_HMM):
        # 据区 / 并报 / 尚需: an unknown word the HMM glued onto a function character
        if len(word) > 1 and word not in tags and word[0] in rules.stop_words:
            out.append((pos, pos + 1))
            out.append((pos + 1, pos + len(word)))
        else:
            out.append((pos, pos + len(word)))
        pos += len(word)
    return out
