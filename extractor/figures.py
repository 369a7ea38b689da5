"""Rules -> figures: find spans in normalized text, parse exact values, map back.

Group names a rule pattern may use (see rules/numeral.yaml):
``num`` (required), ``num_max`` (upper end of a range), ``mag``/``mag_max``
(a magnitude separated from the number, 20多亿), ``cur``/``cur2``/``cur_pre``
(currency words, looked up in the ``currency_word``/``currency_name`` tables),
``jiao``/``fen`` (sub-units), ``per`` (百分之/千分之/万分之), ``num_sign`` (负
before 百分之), ``unit`` (a classifier), and any ``approx*`` group, whose
presence makes the figure approximate.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from .normalize import Normalized
from .numeral import parse_number, to_decimal_string
from .records import Figure, Issue
from .rules import Rule, RuleSet

MATCH_TIMEOUT = 5.0  # seconds per rule per article; hostile input cannot hang a run
_PER = {"百分之": Decimal(1), "千分之": Decimal("0.1"), "万分之": Decimal("0.01")}
_MAGNITUDE_TAIL = regex.compile(r"[十百千万亿兆]+$")
_CLAUSE_BREAK = regex.compile(r"[，,。；;：:！!？?、\n（()）“”\"]")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # normalized offsets
    end: int
    rule: Rule
    match: regex.Match


def find_candidates(text: str, rules: RuleSet, kinds: set[str]) -> tuple[list[Candidate], list[Issue]]:
    """Every match of every rule whose kind is wanted, in normalized offsets."""
    found, issues = [], []
    for rule in rules.rules:
        if rule.kind not in kinds:
            continue
        try:
            for m in rule.pattern.finditer(text, timeout=MATCH_TIMEOUT):
                if m.end() > m.start():
                    found.append(Candidate(m.start(), m.end(), rule, m))
        except TimeoutError:
            issues.append(Issue("W001", 0, 0, "", f"rule {rule.id} timed out; its matches were dropped"))
    return found, issues


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then rule priority, then leftmost."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.rule.priority, c.start))
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for c in ranked:
        if any(c.start < e and s < c.end for s, e in occupied):
            continue
        taken.append(c)
        occupied.append((c.start, c.end))
    return sorted(taken, key=lambda c: c.start)


def _group(m: regex.Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _magnitude(word: str | None) -> Decimal:
    return parse_number(word) if word else Decimal(1)


def _currency(m: regex.Match, rule: Rule, tables: dict) -> str | None:
    words = tables.get("currency_word", {})
    names = tables.get("currency_name", {})
    for name, table in (("cur_pre", names), ("cur2", names), ("cur", words)):
        word = _group(m, name)
        if word:
            return table.get(word) or words.get(word)
    return rule.value.get("currency")


def parse_candidate(c: Candidate, tables: dict) -> tuple[Decimal, Decimal | None, str | None] | None:
    """(value, value_max, currency) of a match, or ``None`` if unresolvable."""
    m, rule = c.match, c.rule
    value = parse_number(m.group("num"))
    if value is None:
        return None
    value *= _magnitude(_group(m, "mag"))
    high = None
    if _group(m, "num_max"):
        high = parse_number(m.group("num_max"))
        if high is None:
            return None
        high *= _magnitude(_group(m, "mag_max"))
        # 1-3亿元: the magnitude written once, on the upper end, scales both.
        tail = _MAGNITUDE_TAIL.search(m.group("num_max"))
        mag_max = _group(m, "mag_max") or (tail.group() if tail else None)
        if mag_max and not _group(m, "mag") and not _MAGNITUDE_TAIL.search(m.group("num")):
            if not _group(m, "cur_lo"):
                value *= _magnitude(mag_max)
    for name, scale in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
        part = _group(m, name)
        if part:
            sub = parse_number(part)
            if sub is None:
                return None
            value += sub * scale
    scale = Decimal(str(rule.value.get("scale", "1")))
    per = _group(m, "per")
    if per:
        scale *= _PER[per]
    if _group(m, "num_sign"):
        value = -value
    value *= scale
    if high is not None:
        high *= scale
    return value, high, _currency(m, rule, tables) if rule.kind == "money" else None


def is_approx(m: regex.Match, rule: Rule) -> bool:
    if rule.value.get("approx"):
        return True
    return any(v for k, v in m.groupdict().items() if k.startswith("approx"))


def is_decline(text: str, start: int, decline: regex.Pattern) -> bool:
    """True when a decline verb governs the figure starting at ``start``."""
    return decline.search(text, max(0, start - 12), start) is not None


def counted_noun(text: str, start: int, end: int) -> str | None:
    """The noun a count counts: after the classifier (3次专题招商会) or before
    the number (新签约项目17个).  A light heuristic; relate.py refines it."""
    after = regex.match(r"\p{Han}{2,8}?(?=[，,。；;、：:（(\n]|$|的)", text[end:end + 9])
    if after and not after.group().startswith(("以上", "左右", "其中", "共", "和", "与", "分别")):
        return after.group()
    clause_start = start
    while clause_start > 0 and not _CLAUSE_BREAK.match(text, clause_start - 1) and start - clause_start < 16:
        clause_start -= 1
    before = text[clause_start:start]
    before = regex.sub(r"^(?:.*?(?:年|月|期间|以来|其中|累计|共计|合计|共|新增|开展|举办|召开|组织|接待|邀请|拥有|达到|引进|实现|完成|有|达|为|了|在|对|向|从))", "", before)
    before = regex.sub(r"(?:达到|达|为|有|共|约|近|超过|逾|了)+$", "", before)
    return before if regex.fullmatch(r"\p{Han}{2,12}", before or "") else None


def build_figures(
    norm: Normalized, rules: RuleSet, kinds: set[str], doc_id: str | None = None
) -> tuple[list[Figure], list[Issue]]:
    """All figures of ``kinds`` in an article, in raw offsets, in text order."""
    candidates, issues = find_candidates(norm.text, rules, kinds)
    decline = _decline_pattern(rules)
    figures: list[Figure] = []
    for c in select(candidates):
        rs, re_ = norm.raw_span(c.start, c.end)
        surface = norm.raw[rs:re_]
        parsed = parse_candidate(c, rules.tables)
        if parsed is None:
            issues.append(Issue("W002", rs, re_, surface, f"unparsed_span: rule {c.rule.id} matched but the value cannot be read"))
            continue
        value, high, currency = (_canonical(parsed[0]), _canonical(parsed[1]), parsed[2])
        kind = c.rule.kind
        figures.append(Figure(
            id=f"f{len(figures) + 1}",
            kind=kind,
            text=surface,
            start=rs,
            end=re_,
            value=value,
            value_max=high,
            currency=currency,
            unit=c.rule.value.get("unit") or _group(c.match, "unit"),
            approx=is_approx(c.match, c.rule),
            negative=kind != "count" and is_decline(norm.text, c.start, decline),
            of=counted_noun(norm.text, c.start, c.end) if kind == "count" else None,
            rule=c.rule.id,
        ))
    return figures, issues


def _canonical(value: Decimal | None) -> Decimal | None:
    """2273500000.000 -> 2273500000: same number, no scale left over from arithmetic."""
    return None if value is None else Decimal(to_decimal_string(value))


_DECLINE_CACHE: dict[int, regex.Pattern] = {}


def _decline_pattern(rules: RuleSet) -> regex.Pattern:
    key = id(rules)
    if key not in _DECLINE_CACHE:
        words = sorted(rules.context.get("decline", []), key=len, reverse=True)
        alt = "|".join(regex.escape(w) for w in words) or "(?!)"
        # The verb, then at most a few filler characters, then the figure; 下降至
        # (fell *to*) states a level, not a change.
        _DECLINE_CACHE[key] = regex.compile(rf"(?:{alt})(?!至|到)(?:了|约|近|为|幅度为|幅度达|达|逾|超过)?\Z")
    return _DECLINE_CACHE[key]
