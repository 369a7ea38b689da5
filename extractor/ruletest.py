"""Run the examples written beside each rule (``examples``, ``not``, ``xfail``)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .api import extract
from .rules import Rule, RuleSet

_FIGURE_KINDS = {"percentage_point": "percent"}


@dataclass(frozen=True)
class Outcome:
    rule_id: str
    kind: str  # example | not | xfail
    text: str
    ok: bool
    detail: str = ""

    @property
    def name(self) -> str:
        return f"{self.rule_id}: {self.text}"


def _user_kind(kind: str) -> str:
    return _FIGURE_KINDS.get(kind, kind)


def check_example(rule: Rule, example: dict, rules_dir=None) -> tuple[bool, str]:
    """Does the example's text yield a figure with its span, value and attributes,
    produced by this rule?"""
    kind = example.get("kind", rule.kind)
    article = extract(example["text"], kinds={_user_kind(kind)}, rules=rules_dir)
    at = [f for f in article.figures if f.text == example["span"] and f.kind == kind]
    if not at:
        found = ", ".join(f"{f.text}={f.value} ({f.rule})" for f in article.figures) or "nothing"
        return False, f"no {kind} figure with span {example['span']!r}; found {found}"
    f = at[0]
    problems = []
    if f.rule != rule.id:
        problems.append(f"produced by {f.rule}")
    if f.value != Decimal(str(example["value"])):
        problems.append(f"value {f.value} != {example['value']}")
    for key in ("value_max", "currency", "unit", "approx", "negative", "of"):
        if key in example:
            want = example[key]
            got = getattr(f, key)
            if key == "value_max" and want is not None:
                want = Decimal(str(want))
            if got != want:
                problems.append(f"{key} {got!r} != {want!r}")
    return not problems, "; ".join(problems)


def check_negative(rule: Rule, text: str, rules_dir=None) -> tuple[bool, str]:
    article = extract(text, kinds={_user_kind(rule.kind)}, rules=rules_dir)
    hits = [f for f in article.figures if f.kind == rule.kind]
    return not hits, ", ".join(f"{f.text} ({f.rule})" for f in hits)


def run_examples(ruleset: RuleSet, rules_dir=None, only: str | None = None) -> list[Outcome]:
    """Every example of every rule (optionally only rule ids starting with ``only``)."""
    outcomes = []
    for rule in ruleset.rules:
        if only and not rule.id.startswith(only):
            continue
        for ex in rule.examples:
            ok, detail = check_example(rule, ex, rules_dir)
            outcomes.append(Outcome(rule.id, "example", ex["text"], ok, detail))
        for text in rule.negatives:
            ok, detail = check_negative(rule, text, rules_dir)
            outcomes.append(Outcome(rule.id, "not", text, ok, detail))
        for ex in rule.xfails:
            ok, detail = check_example(rule, ex, rules_dir)
            # A strict xfail: passing means the gap is fixed and the entry must move up.
            outcomes.append(Outcome(rule.id, "xfail", ex["text"], not ok,
                                    "now passes: move it to examples" if ok else ex.get("reason", "")))
    return outcomes
