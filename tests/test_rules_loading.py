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
    # a key given twice would let the later replace the earlier unseen
    ("rules: [{id: money.x, pattern: '(?P<num>\\d+)元', id: money.y}]", "E001"),
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


def test_rules_test_runs_the_org_examples_too(tmp_path):
    from click.testing import CliRunner

    from extractor.cli import main
    from extractor.ruletest import ORG_EXAMPLES_ID, run_examples

    (tmp_path / "org.yaml").write_text(textwrap.dedent("""
        suffixes:
          company: [工作室]
        examples:
          - text: 与梧川光影文化工作室签约
            orgs: {梧川光影文化工作室: company}
          - text: 与澄湖数码工作室签约
            orgs: {}
    """), encoding="utf-8")
    outcomes = [o for o in run_examples(load_rules(tmp_path), tmp_path) if o.rule_id == ORG_EXAMPLES_ID]
    by_text = {o.text: o for o in outcomes}
    assert len(by_text) > 2  # the built-in org examples run as well
    assert by_text["与梧川光影文化工作室签约"].ok
    assert not by_text["与澄湖数码工作室签约"].ok
    assert "unexpected 澄湖数码工作室 (company)" in by_text["与澄湖数码工作室签约"].detail
    # --only money leaves them out; the CLI reports the failing one and exits 1
    assert not [o for o in run_examples(load_rules(tmp_path), tmp_path, "money") if o.rule_id == ORG_EXAMPLES_ID]
    result = CliRunner().invoke(main, ["rules", "test", str(tmp_path), "--only", "org"])
    assert result.exit_code == 1
    assert "FAIL example org.examples: 与澄湖数码工作室签约" in result.output
    assert "1 failed" in result.output


def test_no_fragment_is_defined_in_two_builtin_files():
    # Fragments are shared by every file and the last definition wins: a second one
    # (percent.yaml's approx_post) silently replaced money.yaml's for money too.
    import yaml

    from extractor.rules import builtin_dir

    where = {}
    for path in sorted(builtin_dir().glob("*.yaml")):
        for name in (yaml.safe_load(path.read_text(encoding="utf-8")).get("fragments") or {}):
            assert name not in where, f"{name} in {where.get(name)} and {path.name}"
            where[name] = path.name
