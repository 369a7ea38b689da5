"""Run rules only on the clauses that can hold a figure; same matches, less text.

A rule match always contains a numeral (its ``num`` group) and, for the rules
that qualify here, never contains a clause separator (``，。;``).  So the
normalized text falls into clauses, and a clause with no numeral character
cannot hold a match.  ``Plan.window`` deletes those clauses (each with the
separator after it); what is left is a sequence of whole clauses, each still
preceded by a separator (or the start of the text, where the text starts with
it) and followed by its own.  A qualifying rule sees, around each kept clause,
what it saw in the full text:

- nothing it consumes can match a separator, so no match crosses a clause;
- a lookahead reads no further than the clause's own separator (it may end on
  it: ``(?=[^\\p{Han}]|$)``), and the end of the text is the text's end;
- a lookbehind reads no further back than the separator before the clause,
  and treats every separator alike (the one before a kept clause may now be
  another clause's);
- no anchor other than ``$``/``\\Z``.

Its matches on the window are therefore its matches on the full text, shifted;
``Windowed.offset`` shifts them back.  Whether a rule qualifies, and which
characters count as numerals, is read from the rule's parsed pattern
(``plan_for``), never assumed: a rule that cannot be shown to qualify runs on
the full text as before.  Each windowed rule also gets gates: literal pieces
every match must contain or read (a currency word, ``%``, 百分点, the money
word of a lookbehind).  A rule whose gate is missing from the window does not
run; otherwise it runs only on the clauses holding its first gate, when those
are less than half the window (the same argument holds for them).  A rule may
name its own ``gate`` in YAML (a pattern every match contains, that never reads
a separator): it comes first, as no literal found here is as selective.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import regex
from regex import _regex_core as core

SEPARATORS = "，。;"
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
    """Which rules run on windows, their gates, and the clause-deleting patterns."""

    windowed: frozenset[str]
    gates: dict[str, tuple]  # re or regex patterns; the same object for the same gate
    head: re.Pattern | None  # numeral-free clauses at the start of the text
    drop: re.Pattern | None  # a separator, then numeral-free clauses (group 1)
    # Narrowing by gate: tries and successes, to stop trying a gate that rarely helps.
    narrowed: dict = field(default_factory=dict, compare=False, repr=False)

    def window(self, text: str) -> Windowed:
        at, shift, parts, last, total = [], [], [], 0, 0
        # Every kept clause stays preceded by a separator, as in the text (a leading
        # run keeps its last separator), so no lookbehind sees the text's start instead.
        head = self.head.match(text)
        spans = [(0, head.end() - 1)] if head and head.end() > 1 else []
        spans += [m.span(1) for m in self.drop.finditer(text, head.end() if head else 0)]
        for s, e in spans:
            parts.append(text[last:s])
            total += e - s
            at.append(s - (total - (e - s)))
            shift.append(total)
            last = e
        if not at:
            return Windowed(text, at, shift)
        parts.append(text[last:])
        return Windowed("".join(parts), at, shift)

    def worth_narrowing(self, gate: regex.Pattern) -> bool:
        tries, wins = self.narrowed.get(gate, (0, 0))
        # After 32 tries, a gate that narrowed less than one text in four is tried
        # only every 64th time (the answer never depends on it, only the speed).
        return tries < 32 or 4 * wins >= tries or tries % 64 == 0

    def count_narrowing(self, gate: regex.Pattern, won: bool) -> None:
        tries, wins = self.narrowed.get(gate, (0, 0))
        self.narrowed[gate] = (tries + 1, wins + won)


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


def _rejects(node, chars: str, tail: bool = False, head: bool = False) -> bool:
    """True when no part of ``node`` (lookarounds included) can match any of ``chars``,
    except as the last character a lookahead reads (``tail``: what follows it is never
    read) or the first one a lookbehind reads (``head``), where it must then treat
    every separator alike (one clause's separator may stand for another's); and
    ``node`` holds no anchor or construct this module does not know."""
    if isinstance(node, _LEAVES):
        if tail:
            return True
        if node.case_flags:
            return False
        hits = sum(bool(node.matches(ord(c))) for c in chars)
        return hits == 0 or (head and hits == len(chars))
    if isinstance(node, core.String):
        return not node.case_flags and not any(chr(c) in chars for c in node.characters)
    if isinstance(node, core.Sequence):
        items = node.items
        if not items:
            return True
        if len(items) == 1:
            return _rejects(items[0], chars, tail, head)
        return (_rejects(items[0], chars, False, head)
                and all(_rejects(n, chars) for n in items[1:-1])
                and (len(items) < 2 or _rejects(items[-1], chars, tail, False)))
    if isinstance(node, core.Branch):
        return all(_rejects(n, chars, tail, head) for n in node.branches)
    if isinstance(node, core.LookAround):
        return _rejects(node.subpattern, chars, not node.behind, node.behind)
    if isinstance(node, _REPEATS):
        once = node.max_count == 1
        return _rejects(node.subpattern, chars, tail and once, head and once)
    if isinstance(node, _WRAPPERS):
        return _rejects(node.subpattern, chars, tail, head)
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


def _fast(source: str):
    """``source`` compiled by the standard library's ``re`` when it can read it: for
    these plain scans (a character class, literals, lookaheads) it runs about twice
    as fast as ``regex``, with the same matches (tests/test_window.py checks them).
    Anything else (``\\p{Han}``, a variable-width lookbehind) stays with ``regex``."""
    try:
        return re.compile(source)
    except re.error:
        return regex.compile(source)


def plan_for(rules) -> Plan:
    """Analyse every rule of ``rules`` once (see the module docstring)."""
    digit = _parse(regex.compile(r"\d")).items[0].value
    numerals: set[str] = set()
    windowed, gates, compiled = set(), {}, {}
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
        gates[rule.id] = tuple(compiled.setdefault(src, _fast(src))
                               for src in map(_alternation, others[:_MAX_GATES]))
        if rule.gate is not None and _rejects(_parse(rule.gate), SEPARATORS):
            # The rule's own gate narrows first: stronger than any literal found here.
            own = compiled.setdefault(rule.gate.pattern, _fast(rule.gate.pattern)) if not rule.gate.flags & ~(
                regex.V0 | regex.UNICODE) else rule.gate
            gates[rule.id] = (own, *gates[rule.id])
    if not windowed:
        return Plan(frozenset(), {}, None, None)
    seps = regex.escape(SEPARATORS)
    nums = "".join(regex.escape(c) for c in sorted(numerals))
    # A run of clauses, each ended by a separator, none holding a numeral: at the
    # start of the text, or after a separator (kept; the run is group 1).
    run = rf"(?:[^{seps}\d{nums}]*+[{seps}])+"
    return Plan(frozenset(windowed), gates, _fast(run), _fast(rf"[{seps}]({run})"))


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
        self._gates: dict = {}  # gate -> found in the window (rules share gates)
        self._narrowed: dict = {}  # gate -> _narrow's answer
        self._seps: list[int] | None = None  # separator offsets in the window

    def _found(self, gate: regex.Pattern) -> bool:
        hit = self._gates.get(gate)
        if hit is None:
            hit = self._gates[gate] = gate.search(self._window.text) is not None
        return hit

    def _narrow(self, gate: regex.Pattern):
        if gate not in self._narrowed:
            narrow = None
            if self.plan.worth_narrowing(gate):
                if self._seps is None:  # found once, shared by every gate
                    self._seps = [m.start() for m in _SEP.finditer(self._window.text)]
                narrow = _narrow(self._window.text, gate, self._seps)
                self.plan.count_narrowing(gate, narrow is not None)
            self._narrowed[gate] = narrow
        return self._narrowed[gate]

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
        gates = plan.gates[rule.id]
        if not all(self._found(g) for g in gates):
            return
        narrow = self._narrow(gates[0]) if gates else None
        text = narrow[0] if narrow else win.text
        for m in rule.pattern.finditer(text, timeout=timeout):
            s, e = m.span()
            if narrow:
                s, e = _back(narrow[1], s), _back(narrow[1], e - 1) + 1 if e > s else _back(narrow[1], s)
            yield (win.offset(s), win.offset(e - 1) + 1, m) if e > s else (win.offset(s), win.offset(s), m)


_SEP = re.compile(f"[{re.escape(SEPARATORS)}]")


def _narrow(text: str, gate, seps: list[int]) -> tuple[str, list[tuple[int, int]]] | None:
    """Only the clauses of ``text`` (with their separators) holding a hit of ``gate``,
    when that is less than half of it: the same argument as for the window holds, as
    a gate's literals lie inside one clause.  ``seps``: the offsets of the separators
    in ``text``.  Returns the text and its pieces ``(narrow offset, text offset)``."""
    spans: list[tuple[int, int]] = []
    kept, most, n, size = 0, len(text) // 2, len(seps), len(text)
    m = gate.search(text)
    while m is not None:
        i = bisect.bisect_left(seps, m.start())  # seps[i - 1] < hit <= seps[i]
        start, end = seps[i - 1] if i else 0, seps[i] + 1 if i < n else size
        spans.append((start, end))
        kept += end - start
        if kept > most:
            return None
        m = gate.search(text, end) if end < size else None  # the next clause's first hit
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
