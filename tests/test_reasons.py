"""Every reason a check can give reads in Chinese in its explanation_zh."""
import ast
from pathlib import Path

import pytest
import regex

import extractor
from extractor import extract
from extractor.reasons import reason_zh
from extractor.validate import CONFIRMED_TOTAL, INFERRED, RANGE_INFERRED

_HAN = regex.compile(r"\p{Han}{2}")


def _literal_reasons() -> set[str]:
    """The reasons written as plain strings in the package: ``reason="…"``, ``Unverifiable("…")``
    and ``status, reason = "unverifiable", "…"``."""
    found = set()
    for path in Path(extractor.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "reason" and isinstance(node.value, ast.Constant):
                found.add(node.value.value)
            elif (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Unverifiable"
                  and node.args and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
            elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple)
                  and [getattr(e, "value", None) for e in node.value.elts[:1]] == ["unverifiable"]
                  and isinstance(node.value.elts[1], ast.Constant)):
                found.add(node.value.elts[1].value)
    return {r for r in found if isinstance(r, str) and r}


def test_the_package_has_literal_reasons_to_check():
    assert len(_literal_reasons()) >= 8


@pytest.mark.parametrize("reason", sorted(_literal_reasons()) + [
    INFERRED, RANGE_INFERRED, CONFIRMED_TOTAL, "no target amount stated", "no actual amount stated", "约5亿元 is approximate",
    "operands in different currencies (CNY, USD)", "the numbers cannot be combined (InvalidOperation)"])
def test_every_reason_has_its_chinese(reason):
    zh = reason_zh(reason)
    assert zh != reason and _HAN.search(zh)
    # nothing English is left in it (currency codes and a Python error name may stay)
    assert not regex.search(r"\b(?:the|of|and|is|not|no)\b", zh)


def test_an_unverifiable_check_explains_itself_in_chinese():
    text = "全年到位资金12亿元。分区域看，经开区到位资金3.2亿元，高新区2.1亿元，两区合计占全市的44.2%。"
    checks = [c for c in extract(text).checks if c.kind == "sum"]
    assert [c.status for c in checks] == ["unverifiable"]
    assert checks[0].reason.startswith("the parts together are given as a share")
    assert checks[0].explanation_zh == "无法核验：原文说各部分合计只占总数的一部分"


def test_a_reason_the_table_does_not_know_stays_as_it_is():
    assert reason_zh("something new") == "something new"
