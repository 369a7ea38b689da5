"""Every example written beside a rule in rules/*.yaml runs here."""
import pytest

from extractor.rules import load_rules
from extractor.ruletest import run_examples

OUTCOMES = run_examples(load_rules())


@pytest.mark.parametrize("outcome", OUTCOMES, ids=[f"{o.kind} {o.name}" for o in OUTCOMES])
def test_rule_example(outcome):
    assert outcome.ok, outcome.detail


def test_every_rule_has_examples():
    missing = [r.id for r in load_rules().rules if not r.examples]
    assert not missing, f"rules without examples: {missing}"
