"""Broken rules fail at load, naming the file and the rule; user rules extend or replace."""
import textwrap
from decimal import Decimal

import pytest

from extractor import extract
from extractor.errors import RuleError
from extractor.rules import load_rules


def write(tmp_path, body):
    (tmp_path / "mine.yaml").write_text(textwrap.dedent(body), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("body, code", [
    ("rules: [{id: money.x, pattern: '(?P<num>{nope})元'}]", "E012"),
    ("rules: [{id: money.x, pattern: '(?P<num>\\d+'}]", "E010"),
    ("rules: [{id: money.x, pattern: '\\d+元'}]", "E011"),
    ("rules: [{id: money.x}]", "E007"),
    ("rules: [{id: money.x, pattern: '(?P<num>\\d+)元', colour: red}]", "E006"),
    ("kind: money\nrules: [{pattern: '(?P<num>\\d+)元'}]", "E005"),
    ("rules: [{id: x, kind: weight, pattern: '(?P<num>\\d+)吨'}]", "E009"),
    ("[1, 2", "E001"),
])
def test_broken_rules_name_file_and_rule(tmp_path, body, code):
    write(tmp_path, "kind: money\n" + body if not body.startswith(("kind", "[")) else body)
    with pytest.raises(RuleError) as err:
        load_rules(tmp_path)
    assert err.value.code == code
    assert "mine.yaml" in str(err.value)


def test_user_rule_adds_a_currency(tmp_path):
    write(tmp_path, """
        kind: money
        rules:
          - id: money.local.cowrie
            pattern: '(?P<num>{num})枚贝币'
            value: {currency: XCW}
            examples:
              - {text: 价值30枚贝币, span: 30枚贝币, value: '30', currency: XCW}
    """)
    figures = extract("价值30枚贝币", kinds={"money"}, rules=tmp_path).figures
    assert [(f.text, f.value, f.currency, f.rule) for f in figures] == [
        ("30枚贝币", Decimal(30), "XCW", "money.local.cowrie")]
    assert extract("价值30枚贝币", kinds={"money"}).figures == []


def test_user_rule_replaces_builtin_by_id(tmp_path):
    builtin = load_rules().by_id("percent.sign.number")
    write(tmp_path, f"""
        kind: percent
        rules:
          - id: {builtin.id}
            pattern: '(?P<num>{{num}})%(?!以上)'
            value: {{unit: '%'}}
            examples: [{{text: 增长5%, span: 5%, value: '5'}}]
    """)
    rules = load_rules(tmp_path)
    assert sum(r.id == builtin.id for r in rules.rules) == 1
    assert rules.by_id(builtin.id).source.endswith("(?!以上)")
