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


_REPEATS = (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat)
# Zero-width tests of the text after a position: the text's end is kept as it is.
_AT_END = (core.EndOfString, core.EndOfStringLine, core.EndOfLine)


def _rejects(node, chars: str, tail: bool = False) -> bool:
    """True when no part of ``node`` (lookarounds included) can match any of ``chars``,
    except as the last character a lookahead reads (``tail``), and ``node`` holds no
    anchor or construct this module does not know."""
    if isinstance(node, _LEAVES):
        return tail or (not node.case_flags and not any(node.matches(ord(c)) for c in chars))
    if isinstance(node, core.String):
        return not node.case_flags and not any(chr(c) in chars for c in node.characters)
    if isinstance(node, core.Sequence):
        items = node.items
        return all(_rejects(n, chars) for n in items[:-1]) and (not items or _rejects(items[-1], chars, tail))
    if isinstance(node, core.Branch):
        return all(_rejects(n, chars, tail) for n in node.branches)
    if isinstance(node, core.LookAround):
        # A lookahead may end by reading a separator: what follows it is never read.
        return _rejects(node.subpattern, chars, not node.behind)
    if isinstance(node, _REPEATS):
        return _rejects(node.subpattern, chars, tail and node.max_count == 1)
    if isinstance(node, _WRAPPERS):
        return _rejects(node.subpattern, chars, tail)
    if isinstance(node, core.RefGroup):
        return not node.case_flags  # matches what its group matched
    return isinstance(node, _AT_END)


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
        # One requirement from each branch, united: the most selective ones (longest
        # shortest string, fewest), and the numeral ones when every branch has one.
        picked, numeral = [], []
        for branch in node.branches:
            needs = _needs(branch, digit)
            if not needs:
                return []
            picked.append(min(needs, key=lambda r: (-min(_width(a) for a in r), len(r))))
            numeral.append(_numeral_requirement(needs))
        out = [frozenset().union(*picked)]
        if all(numeral):
            out.append(frozenset().union(*numeral))
        return out
    if isinstance(node, (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat)):
        return _needs(node.subpattern, digit) if node.min_count >= 1 else []
    if isinstance(node, (core.Group, core.Atomic)):
        return _needs(node.subpattern, digit)
    if isinstance(node, core.LookAround) and node.positive:
        # What a positive lookaround reads lies in the match's clause too.
        return [r for r in _needs(node.subpattern, digit)
                if not any(a is not _DIGIT and set(a) & set(SEPARATORS) for a in r)]
    return []  # negative lookarounds, anchors, anything else: no promise


def _width(atom) -> int:
    return 1 if atom is _DIGIT else len(atom)


def _alternation(req: frozenset) -> str:
    words = sorted((a for a in req if a is not _DIGIT), key=lambda w: (-len(w), w))
    alts = [regex.escape(w) for w in words] + ([r"\d"] if _DIGIT in req else [])
    return "|".join(alts)


def _numeral_requirement(needs: list[frozenset]) -> frozenset | None:
    """The requirement that is the number itself: one allowing any \\d digit, else
    one made of numerals (1-9, 一二三, 十, 两) for the most part."""
    for req in needs:
        if _DIGIT in req:
            return req
    for req in needs:
        numeric = sum(1 for a in req if a[0].isnumeric() or a[0] in "两俩半")
        if numeric >= 0.8 * len(req):
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
        gates = plan.gates.get(rule.id)
        narrow = _narrow(win.text, gates[0]) if gates else None
        text = narrow[0] if narrow else win.text
        for m in rule.pattern.finditer(text, timeout=timeout):
            s, e = m.span()
            if narrow:
                s, e = _back(narrow[1], s), _back(narrow[1], e - 1) + 1 if e > s else _back(narrow[1], s)
            yield (win.offset(s), win.offset(e - 1) + 1, m) if e > s else (win.offset(s), win.offset(s), m)


_SEP_AFTER = regex.compile(f"[{regex.escape(SEPARATORS)}]")
_SEP_BEFORE = regex.compile(f"(?r)[{regex.escape(SEPARATORS)}]")


def _narrow(text: str, gate: regex.Pattern) -> tuple[str, list[tuple[int, int]]] | None:
    """Only the clauses of ``text`` (with their separators) holding a hit of ``gate``,
    when that is less than half of it: the same argument as for the window holds, as
    a gate's literals lie inside one clause.  Returns the text and its pieces
    ``(narrow offset, text offset)``."""
    spans: list[tuple[int, int]] = []
    kept, most = 0, len(text) // 2
    for m in gate.finditer(text):
        h = m.start()
        if spans and h < spans[-1][1]:
            continue
        before = _SEP_BEFORE.search(text, 0, h)
        after = _SEP_AFTER.search(text, h)
        spans.append((before.end() if before else 0, after.end() if after else len(text)))
        kept += spans[-1][1] - spans[-1][0]
        if kept > most:
            return None
    pieces, parts, at = [], [], 0
    for s, e in spans:
        pieces.append((at, s))
        parts.append(text[s:e])
        at += e - s
    return "".join(parts), pieces


def _back(pieces: list[tuple[int, int]], i: int) -> int:
    k = bisect.bisect_right(pieces, (i, float("inf"))) - 1
    at, start = pieces[k]
    return start + (i - at)
