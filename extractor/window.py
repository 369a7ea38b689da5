"""Run rules only on the clauses that can hold a figure; same matches, less text.

A rule match always contains a numeral (its ``num`` group) and, for the rules
checked here, can never contain or look at a clause separator (``，。、;``).  So
the normalized text falls into clauses between separators, and a clause with
no numeral character cannot hold a match.  ``window_text`` deletes those
clauses (each with the separator after it); what is left is still a sequence
of whole clauses, each preceded by a separator or the start of the text.  A
rule that rejects every separator everywhere (in what it consumes and in its
lookarounds) and uses no anchors (``^ $ \\b \\A \\Z``) sees, around each kept
clause, exactly what it saw in the full text: a separator behaves like the edge
of the text.  Its matches on the window are therefore the matches on the full
text, shifted; ``Windowed.offset`` shifts them back.

Whether a rule qualifies, and which characters count as numerals, is read from
the rule's parsed pattern (``plan_for``), never assumed: a rule that cannot be
shown safe runs on the full text as before.  Each windowed rule also gets
cheap gates: literal pieces every match must contain (a currency word, ``%``,
百分点); when one is missing from the window, the rule is not run at all.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex
from regex import _regex_core as core

SEPARATORS = "，。、;"
_MAX_GATES = 3
_DIGIT = object()  # requirement atom: any character with \d


@dataclass(frozen=True)
class Windowed:
    """The text with numeral-free clauses deleted, and the map back."""

    text: str
    _at: list[int]  # window offsets at which deleted text was
    _shift: list[int]  # characters deleted up to that point

    def offset(self, i: int) -> int:
        """Full-text offset of window offset ``i``."""
        k = bisect.bisect_right(self._at, i)
        return i + (self._shift[k - 1] if k else 0)


@dataclass(frozen=True)
class Plan:
    """Which rules run on windows, their gates, and the clause-deleting pattern."""

    windowed: frozenset[str]
    gates: dict[str, tuple[regex.Pattern, ...]]
    drop: regex.Pattern | None

    def window(self, text: str) -> Windowed:
        at, shift, parts, last, total = [], [], [], 0, 0
        for m in self.drop.finditer(text):
            s, e = m.span()
            parts.append(text[last:s])
            total += e - s
            at.append(s - (total - (e - s)))
            shift.append(total)
            last = e
        if not at:
            return Windowed(text, at, shift)
        parts.append(text[last:])
        return Windowed("".join(parts), at, shift)

    def wants(self, rule_id: str, window: str) -> bool:
        return all(g.search(window) for g in self.gates.get(rule_id, ()))


# --------------------------------------------------------------------------- pattern analysis

def _parse(pattern: regex.Pattern):
    source = core.Source(pattern.pattern)
    info = core.Info(pattern.flags, source.char_type, {})
    info.guess_encoding = core.UNICODE
    source.ignore_space = bool(info.flags & core.VERBOSE)
    return core._parse_pattern(source, info)


_LEAVES = (core.Character, core.Property, core.Range, core.SetBase)
_WRAPPERS = (core.Group, core.Atomic, core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat, core.LookAround)


def _rejects(node, chars: str) -> bool:
    """True when no part of ``node`` (lookarounds included) can match any of ``chars``
    and ``node`` holds no anchor or construct this module does not know."""
    if isinstance(node, _LEAVES):
        return not node.case_flags and not any(node.matches(ord(c)) for c in chars)
    if isinstance(node, core.String):
        return not node.case_flags and not any(chr(c) in chars for c in node.characters)
    if isinstance(node, core.Sequence):
        return all(_rejects(n, chars) for n in node.items)
    if isinstance(node, core.Branch):
        return all(_rejects(n, chars) for n in node.branches)
    if isinstance(node, _WRAPPERS):
        return _rejects(node.subpattern, chars)
    if isinstance(node, core.RefGroup):
        return not node.case_flags  # matches what its group matched
    return False


def _literal(node) -> str | None:
    """The fixed string ``node`` always matches, if it is one."""
    if isinstance(node, core.Character) and node.positive and not node.case_flags and not node.zerowidth:
        return chr(node.value)
    if isinstance(node, core.String) and not node.case_flags:
        return "".join(chr(c) for c in node.characters)
    if isinstance(node, core.Sequence):
        parts = [_literal(n) for n in node.items]
        return None if any(p is None for p in parts) else "".join(parts)
    if isinstance(node, (core.Group, core.Atomic)):
        return _literal(node.subpattern)
    return None


def _atoms(node, digit: int) -> frozenset | None:
    """The single characters a one-character node matches, or None if unbounded."""
    if isinstance(node, core.Character) and node.positive and not node.case_flags:
        return frozenset((chr(node.value),))
    if isinstance(node, core.Property) and node.positive and not node.case_flags and node.value == digit:
        return frozenset((_DIGIT,))
    if isinstance(node, core.Range) and node.positive and not node.case_flags and node.upper - node.lower < 256:
        return frozenset(chr(c) for c in range(node.lower, node.upper + 1))
    if isinstance(node, core.SetUnion) and node.positive and not node.case_flags:
        parts = [_atoms(n, digit) for n in node.items]
        return None if any(p is None for p in parts) else frozenset().union(*parts)
    return None


def _needs(node, digit: int) -> list[frozenset]:
    """Requirements of ``node``: each a set of alternatives (strings, or _DIGIT) one of
    which every match of ``node`` contains.  An empty list promises nothing."""
    lit = _literal(node)
    if lit:
        return [frozenset((lit,))]
    atoms = _atoms(node, digit)
    if atoms is not None:
        return [atoms] if atoms else []
    if isinstance(node, core.Sequence):
        return [r for n in node.items for r in _needs(n, digit)]
    if isinstance(node, core.Branch):
        picked = []
        for branch in node.branches:
            needs = _needs(branch, digit)
            if not needs:
                return []
            # The most selective requirement of the branch: longest shortest string, fewest.
            picked.append(min(needs, key=lambda r: (-min(_width(a) for a in r), len(r))))
        return [frozenset().union(*picked)]
    if isinstance(node, (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat)):
        return _needs(node.subpattern, digit) if node.min_count >= 1 else []
    if isinstance(node, (core.Group, core.Atomic)):
        return _needs(node.subpattern, digit)
    return []  # lookarounds, anchors, anything else: no promise


def _width(atom) -> int:
    return 1 if atom is _DIGIT else len(atom)


def _alternation(req: frozenset) -> str:
    words = sorted((a for a in req if a is not _DIGIT), key=lambda w: (-len(w), w))
    alts = [regex.escape(w) for w in words] + ([r"\d"] if _DIGIT in req else [])
    return "|".join(alts)


def _numeral_requirement(needs: list[frozenset]) -> frozenset | None:
    """The requirement that is the number itself: it allows any \\d digit."""
    for req in needs:
        if _DIGIT in req:
            return req
    return None


def plan_for(rules) -> Plan:
    """Analyse every rule of ``rules`` once (see the module docstring)."""
    digit = _parse(regex.compile(r"\d")).items[0].value
    numerals: set[str] = set()
    windowed, gates = set(), {}
    for rule in rules.rules:
        try:
            tree = _parse(rule.pattern)
            if not _rejects(tree, SEPARATORS):
                continue
            needs = _needs(tree, digit)
        except Exception:  # noqa: BLE001 -- a pattern this analysis cannot read stays on the full text
            continue
        num = _numeral_requirement(needs)
        if num is None:
            continue
        numerals.update(a[0] for a in num if a is not _DIGIT)  # a string's first character is in it too
        others = [r for r in needs if r is not num and _DIGIT not in r]
        others.sort(key=lambda r: (-min(_width(a) for a in r), len(r)))
        windowed.add(rule.id)
        gates[rule.id] = tuple(regex.compile(_alternation(r)) for r in others[:_MAX_GATES])
    if not windowed:
        return Plan(frozenset(), {}, None)
    seps = regex.escape(SEPARATORS)
    nums = "".join(regex.escape(c) for c in sorted(numerals))
    # A run of clauses, each ended by a separator, none holding a numeral.
    drop = regex.compile(rf"(?:(?<![^{seps}])[^{seps}\d{nums}]*+[{seps}])+")
    return Plan(frozenset(windowed), gates, drop)


_PLANS: dict[int, tuple[object, Plan]] = {}


def cached_plan(rules) -> Plan:
    hit = _PLANS.get(id(rules))
    if hit is None or hit[0] is not rules:
        hit = (rules, plan_for(rules))
        _PLANS[id(rules)] = hit
    return hit[1]


ENABLED = True  # False: every rule on the full text (the reference the tests compare with)


class Scan:
    """One article's matching: rules run on its window when their plan allows."""

    def __init__(self, text: str, rules) -> None:
        self.text = text
        self.plan = cached_plan(rules) if ENABLED else None
        self._window: Windowed | None = None

    def matches(self, rule, timeout: float | None = None):
        """``(start, end, match)`` for every match of ``rule`` in full-text offsets;
        the match object's own offsets may be window offsets (read its groups only)."""
        plan = self.plan
        if plan is None or rule.id not in plan.windowed:
            for m in rule.pattern.finditer(self.text, timeout=timeout):
                yield m.start(), m.end(), m
            return
        if self._window is None:
            self._window = plan.window(self.text)
        win = self._window
        if not plan.wants(rule.id, win.text):
            return
        for m in rule.pattern.finditer(win.text, timeout=timeout):
            s, e = m.span()
            yield (win.offset(s), win.offset(e - 1) + 1, m) if e > s else (win.offset(s), win.offset(s), m)
