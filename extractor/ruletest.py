"""Run the examples written beside each rule (``examples``, ``not``, ``xfail``), and
the examples of ``org.yaml`` (built-in, plus those of a user's ``DIR/org.yaml``)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .api import extract
from .rules import Rule, RuleSet

# org.yaml has no rule ids: its examples are reported under this one
ORG_EXAMPLES_ID = "org.examples"

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
    if not only or ORG_EXAMPLES_ID.startswith(only) or only.startswith(ORG_EXAMPLES_ID):
        outcomes += run_org_examples(rules_dir)
    return outcomes


def check_org_example(example: dict, rules_dir=None) -> tuple[bool, str]:
    """Does the example's text yield exactly these org names with these types?"""
    article = extract(example["text"], kinds={"org"}, rules=rules_dir)
    got = {o.name: o.type for o in article.orgs}
    want = dict(example.get("orgs") or {})
    problems = [f"missing {n} ({t})" for n, t in want.items() if n not in got]
    problems += [f"{n} is {got[n]}, not {t}" for n, t in want.items() if n in got and got[n] != t]
    problems += [f"unexpected {n} ({t})" for n, t in got.items() if n not in want]
    return not problems, "; ".join(problems)


def run_org_examples(rules_dir=None) -> list[Outcome]:
    """The ``examples`` of the built-in org.yaml and of ``rules_dir/org.yaml``."""
    from .org_rules import cached_org_rules

    rules = cached_org_rules(None if rules_dir is None else str(rules_dir))
    outcomes = []
    for ex in rules.examples:
        ok, detail = check_org_example(ex, rules_dir)
        outcomes.append(Outcome(ORG_EXAMPLES_ID, "example", ex["text"], ok, detail))
    return outcomes
