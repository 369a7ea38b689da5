"""Load and validate ``rules/*.yaml``; fail fast, naming the file and the rule.

A rules file holds ``fragments`` (named pieces of pattern, referenced as
``{name}``), ``tables`` (word -> value lookups; each table is also a fragment
matching any of its words, longest first) and ``rules``.  Files are merged in
name order; a user's directory is loaded after the built-in one, and a rule
with an existing id replaces the built-in rule.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex
import yaml

from .errors import RuleError

_REF = regex.compile(r"\{([a-z_][a-z0-9_]*)\}")
_KNOWN_KEYS = {"id", "doc", "pattern", "gate", "kind", "value", "examples", "not", "xfail", "priority"}
_VALUE_KEYS = {"currency", "scale", "unit", "approx", "kind", "table", "after_money"}


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    pattern: regex.Pattern
    source: str  # pattern before fragment expansion, for messages
    file: str
    value: dict[str, Any] = field(default_factory=dict)
    priority: int = 0
    examples: tuple = ()
    negatives: tuple = ()
    xfails: tuple = ()
    doc: str = ""
    # A pattern every match contains (and that never spans a clause separator): only
    # the clauses holding one are searched.  Optional, for speed; tests check it.
    gate: regex.Pattern | None = None


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    tables: dict[str, dict[str, Any]]
    context: dict[str, Any]

    def by_id(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def builtin_dir() -> Path:
    return Path(str(resources.files("extractor._rules")))


class _UniqueKeys(yaml.SafeLoader):
    """yaml's safe loader, but a key given twice in one mapping is an error: the later
    would silently replace the earlier (two 亏损面 in named_ratios, one of them dead)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (str, int)) and key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def load_yaml(text: str) -> Any:
    """The data of a rules file, its keys unique in every mapping."""
    return yaml.load(text, Loader=_UniqueKeys)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RuleError("E001", str(path), "-", f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise RuleError("E002", str(path), "-", "a rules file is a mapping with 'rules', 'fragments' or 'tables'")
    return data


def _expand(pattern: str, fragments: dict[str, str], file: str, rule_id: str, seen=()) -> str:
    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name not in fragments:
            raise RuleError(
                "E012", file, rule_id,
                f"unknown fragment {{{name}}}; defined: {', '.join(sorted(fragments))}",
            )
        if name in seen:
            raise RuleError("E013", file, rule_id, f"fragment {{{name}}} refers to itself")
        return _expand(fragments[name], fragments, file, rule_id, seen + (name,))

    # Quantifiers like {1,3} never match _REF (digits and commas), so they stay.
    return _REF.sub(sub, pattern)


def table_fragment(words) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


def load_rules(*dirs: str | Path | None) -> RuleSet:
    """Built-in rules plus those in ``dirs`` (later files win by rule id)."""
    paths: list[Path] = sorted(builtin_dir().glob("*.yaml"))
    for d in dirs:
        if d is None:
            continue
        d = Path(d)
        if not d.is_dir():
            raise RuleError("E003", str(d), "-", "rules directory not found")
        paths += sorted(d.glob("*.yaml"))
    docs = [(str(p), _read(p)) for p in paths]

    fragments: dict[str, str] = {}
    tables: dict[str, dict[str, Any]] = {}
    context: dict[str, Any] = {}
    for file, data in docs:
        for name, words in (data.get("tables") or {}).items():
            if not isinstance(words, dict):
                raise RuleError("E004", file, name, "a table maps words to values")
            tables.setdefault(name, {}).update({str(k): v for k, v in words.items()})
        for name, pat in (data.get("fragments") or {}).items():
            fragments[name] = str(pat)
        context.update(data.get("context") or {})
    for name, words in tables.items():
        fragments.setdefault(name, table_fragment(words))
    for name, words in context.items():
        if isinstance(words, list) and all(isinstance(w, str) for w in words):
            fragments.setdefault(name, table_fragment(words))

    rules: dict[str, Rule] = {}
    for file, data in docs:
        default_kind = data.get("kind") or data.get("dimension")
        for raw in data.get("rules") or []:
            rule = _build_rule(raw, file, default_kind, fragments)
            rules[rule.id] = rule  # a later file replaces by id
    return RuleSet(tuple(rules.values()), tables, context)


def _build_rule(raw: Any, file: str, default_kind: str | None, fragments: dict[str, str]) -> Rule:
    if not isinstance(raw, dict) or "id" not in raw:
        raise RuleError("E005", file, "-", f"each rule is a mapping with an 'id': got {raw!r:.80}")
    rule_id = str(raw["id"])
    unknown = set(raw) - _KNOWN_KEYS
    if unknown:
        raise RuleError("E006", file, rule_id, f"unknown keys {sorted(unknown)}; allowed: {sorted(_KNOWN_KEYS)}")
    if "pattern" not in raw:
        raise RuleError("E007", file, rule_id, "missing 'pattern'")
    value = raw.get("value") or {}
    if not isinstance(value, dict) or set(value) - _VALUE_KEYS:
        raise RuleError("E008", file, rule_id, f"'value' takes only {sorted(_VALUE_KEYS)}")
    kind = value.get("kind") or raw.get("kind") or default_kind
    if kind not in {"money", "percent", "percentage_point", "count", "number"}:
        raise RuleError("E009", file, rule_id, f"unknown kind {kind!r}")
    source = str(raw["pattern"])
    expanded = _expand(source, fragments, file, rule_id)
    try:
        pattern = regex.compile(expanded, regex.V0)
    except regex.error as exc:
        raise RuleError("E010", file, rule_id, f"pattern does not compile: {exc}") from None
    if "num" not in pattern.groupindex:
        raise RuleError("E011", file, rule_id, "pattern needs a (?P<num>...) group")
    for key in ("examples", "not", "xfail"):
        if not isinstance(raw.get(key) or [], list):
            raise RuleError("E014", file, rule_id, f"'{key}' is a list")
    gate = None
    if raw.get("gate"):
        try:
            gate = regex.compile(_expand(str(raw["gate"]), fragments, file, rule_id), regex.V0)
        except regex.error as exc:
            raise RuleError("E010", file, rule_id, f"gate does not compile: {exc}") from None
    return Rule(
        id=rule_id, kind=kind, pattern=pattern, source=source, file=file, value=value,
        priority=int(raw.get("priority", 0)), examples=tuple(raw.get("examples") or ()),
        negatives=tuple(raw.get("not") or ()), xfails=tuple(raw.get("xfail") or ()),
        doc=str(raw.get("doc", "")), gate=gate,
    )


@lru_cache(maxsize=8)
def cached_rules(*dirs: str | None) -> RuleSet:
    return load_rules(*dirs)
