"""Rules run on windows (numeral clauses) find exactly what they find on the full text."""
from pathlib import Path

import pytest

from extractor import window
from extractor.api import ALL_KINDS, extract
from extractor.normalize import normalize
from extractor.rules import load_rules

RULES = load_rules()
TEXTS = sorted({
    e["text"] if isinstance(e, dict) else str(e)
    for r in RULES.rules for e in (*r.examples, *r.negatives, *r.xfails)
}) + [
    # new (bug hunting): figures at clause edges, separators inside and around figures
    "，5亿元。", "5亿元", "营收5，000万元；利润3亿元、增长12%！", "投资。8000万，", "1,200，300个",
    "5亿；至8亿元", "第三，四个区", "人民币，5亿元", "增长5-；20%", "百分之，五", "", "。。，，",
    "全年营收达3.5亿\n\n同比增长百分之十五", "一二三四五六七八九十" * 30 + "元",
    "价格5元，数量3个；另有港币个半、5毛钱。投资8000万，其中3成、5-8亿元", "5元。", "5元", "，5元，",
    "分，5分，分钟，3角、一元、两毛。" * 20, "三成，半成；个半。五折、八五折、打对折",
    "壹仟元，壹元、壹，伍拾元。(壹)：陆，", "伍，", "海、陆、空，与之为伍，壹拾万元整",
]


def _figures(text, on):
    window.ENABLED = on
    try:
        return [f.to_dict() for f in extract(text, kinds=ALL_KINDS).figures]
    finally:
        window.ENABLED = True


@pytest.mark.parametrize("text", TEXTS)
def test_windowed_matches_full_text(text):
    assert _figures(text, True) == _figures(text, False)


def test_corpora_articles_windowed_same(tmp_path):
    root = Path(__file__).parent.parent / "corpora"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.txt"))[:40]]
    for text in texts:
        assert _figures(text, True) == _figures(text, False)


def test_window_maps_back_to_the_full_text():
    text = normalize("标题。今年营收36.57亿元，同比增长12%；没有数字的一句，另一句、共3个项目。末尾").text
    win = window.cached_plan(RULES).window(text)
    assert len(win.text) < len(text)
    assert all(text[win.offset(i)] == c for i, c in enumerate(win.text))


def test_rules_that_could_see_a_separator_stay_on_the_full_text(tmp_path):
    (tmp_path / "x.yaml").write_text(
        "dimension: money\nrules:\n"
        "  - {id: money.t.dot, pattern: '(?P<num>\\d+).元'}\n"
        "  - {id: money.t.negated, pattern: '(?P<num>\\d+)[^x]元'}\n"
        "  - {id: money.t.anchor, pattern: '^(?P<num>\\d+)元'}\n"
        "  - {id: money.t.plain, pattern: '(?P<num>\\d+)元'}\n"
        "  - {id: money.t.edge, pattern: '(?P<num>\\d+)元(?=[^\\p{Han}]|$)'}\n"
        "  - {id: money.t.past, pattern: '(?P<num>\\d+)元(?=[^\\p{Han}]x)'}\n"
        "  - {id: money.t.alike, pattern: '(?<![^\\s:])(?P<num>\\d+)元'}\n"
        "  - {id: money.t.unlike, pattern: '(?<![^，])(?P<num>\\d+)元'}\n",
        encoding="utf-8",
    )
    plan = window.plan_for(load_rules(tmp_path))
    # A lookahead may end on a separator; a lookbehind may start on one if all are alike to it.
    assert {"money.t.plain", "money.t.edge", "money.t.alike"} <= plan.windowed
    assert not {"money.t.dot", "money.t.negated", "money.t.anchor", "money.t.past", "money.t.unlike"} & plan.windowed


GATED = [r for r in RULES.rules if r.gate is not None]


def _gate_holds(rule, text):
    """Every match of ``rule`` in ``text`` contains a match of its gate."""
    return all(rule.gate.search(text, m.start(), m.end()) for m in rule.pattern.finditer(text))


def test_some_rule_has_a_gate():
    assert GATED


@pytest.mark.parametrize("rule", GATED, ids=lambda r: r.id)
def test_every_match_holds_its_rules_gate(rule):
    root = Path(__file__).parent.parent / "corpora"
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.txt"))]
    for text in texts:
        assert _gate_holds(rule, normalize(text).text), text[:60]


from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = ["1", "17", "3.5", ".5", "1,200", "一", "十", "两", "二十五", "半", "万", "亿", "余", "多", "几", "个",
           "家", "人次", "次", "项", "届", "k", "M", "约", "近", "逾", "不少于", "第", "区", "月", "，", "、", " ",
           "企业", "项目", "左右", "以上", "壹", "佰", "零", "〇", "e", "E3", "%", "元"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_gates_hold_on_generated_text(pieces):
    text = "".join(pieces)
    for rule in GATED:
        assert _gate_holds(rule, text)


def test_built_in_rules_stay_on_the_clause_windows():
    """A pattern the plan cannot read (a lookbehind inside a lookbehind, a separator in
    a lookahead) leaves its rule on the full text: the same matches, several times the
    time (a nested lookbehind in numeral.yaml's unsigned once took every rule off).  Any
    rule that leaves the windows must be added here knowingly."""
    from extractor.rules import cached_rules
    from extractor.window import plan_for

    rules = cached_rules(None)
    off = {r.id for r in rules.rules if r.id not in plan_for(rules).windowed}
    assert off <= {"percent.discount.words"}, off
