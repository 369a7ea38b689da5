"""Claims that add up: completion rates, breakdowns, growth, shares."""
import random
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import extract
from extractor.indicators import short_name
from extractor.validate import RANGE_INFERRED, check_relations

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "clean"


def checks_of(text):
    article = extract(text)
    by_id = {f.id: f for f in article.figures}
    return article, [(c.kind, c.status, by_id[c.reported or c.total].text) for c in article.checks]


def test_seed_claims_all_consistent(seed_text):
    article, checks = checks_of(seed_text)
    assert [(k, s) for k, s, _ in checks] == [("ratio", "consistent")] * 3 + [("sum", "consistent")] * 3
    totals = sorted(c.explanation_en for c in article.checks if c.kind == "sum")
    assert totals == ["16 + 18 + 32 = 66 (reported total 66)", "7 + 3 + 1 + 6 = 17 (reported total 17)",
                      "8 + 1 + 4 = 13 (reported total 13)"]
    first = article.checks[0]
    assert first.explanation_en == "22.735 / 19.8 = 114.82% (reported 114.82%)"
    by_id = {f.id: f for f in article.figures}
    assert [by_id[i].role for i in first.inputs] == ["actual", "target"]
    assert by_id[first.inputs[0]].indicator == "到位市外资金"
    assert by_id[first.inputs[0]].subject == "牧野区"


@pytest.mark.parametrize("text, status", [
    # The issue's own examples of the tolerance rule.
    ("到位资金25.47亿元，完成目标42.5亿元的59.94%。", "consistent"),
    ("到位资金526.35亿元，完成目标587.79亿元的89%。", "inconsistent"),
    ("到位资金25.47亿元，完成目标42.5亿元的69.94%。", "inconsistent"),
    ("到位资金约25亿元，完成目标42.5亿元的59%。", "unverifiable"),
    ("到位资金4289万美元，完成目标2699万元的158.9%。", "unverifiable"),
    ("到位资金22亿元，完成年度目标任务的110%。", "unverifiable"),
])
def test_completion_status(text, status):
    article = extract(text)
    assert [c.status for c in article.checks] == [status]
    assert article.checks[0].kind == "ratio"


@pytest.mark.parametrize("rate, status", [("107%", "consistent"), ("117%", "inconsistent")])
def test_a_target_stated_right_after_its_rate_is_the_claims_own(rate, status):
    """…完成目标任务的R，目标任务为X: X, not the target of the claim before."""
    text = f"城镇新增就业8,650人，完成目标8,000人的108.1%。再就业2,140人，完成目标任务的{rate}，目标任务为2,000人。"
    assert [(c.kind, c.status) for c in extract(text).checks] == [("ratio", "consistent"), ("ratio", status)]


def test_breakdown_sum_and_its_limits():
    _, checks = checks_of("新签约项目21个，其中工业项目、服务业项目、农业项目分别为9个、6个、3个。")
    assert checks == [("sum", "inconsistent", "21个")]
    _, checks = checks_of("新签约项目18个，其中工业项目9个，服务业项目6个，农业项目3个。")
    assert checks == [("sum", "consistent", "18个")]
    article, checks = checks_of("新签约项目21个，其中主要有工业项目9个、服务业项目6个等。")
    assert checks == [("sum", "unverifiable", "21个")]
    assert "exhaustive" in article.checks[0].reason
    # A single part is a subset, not a breakdown: nothing to sum.
    assert checks_of("到位资金22.7亿元，其中省外资金19.9亿元。")[1] == []


def test_breakdown_names_its_parts():
    article = extract("新签约项目21个，其中工业项目、服务业项目、农业项目分别为9个、6个、3个。")
    parts = [f for f in article.figures if f.role == "part"]
    assert [f.indicator for f in parts] == ["工业项目", "服务业项目", "农业项目"]


@pytest.mark.parametrize("text, status", [
    ("营业收入12.68亿元，较上年同期的11.42亿元增长11.03%。", "consistent"),
    ("营业收入12.68亿元，较上年同期的11.42亿元增长12.03%。", "inconsistent"),
    ("净利润1.07亿元，比上年同期的1.2亿元下降10.83%。", "consistent"),
    ("规模以上工业企业98家，比上年增加7家，增长7.7%。", "consistent"),
    ("规模以上工业企业98家，比上年增加7家，增长9.1%。", "inconsistent"),
])
def test_growth(text, status):
    article = extract(text)
    assert [(c.kind, c.status) for c in article.checks] == [("growth", status)]


def test_share_with_whole_stated():
    article = extract("工业投资42亿元，占全部投资120亿元的35%。")
    assert [(c.kind, c.relation, c.status) for c in article.checks] == [("ratio", "share", "consistent")]


def test_explanations_in_both_languages():
    check = extract("到位资金25.47亿元，完成目标42.5亿元的69.94%。").checks[0]
    assert check.explanation_en == "25.47 / 42.5 = 59.93% (reported 69.94%)"
    assert check.explanation_zh == "25.47 / 42.5 = 59.93%（报告 69.94%）"
    assert check.computed_low <= Decimal("59.93") <= check.computed_high
    assert check.to_dict()["reported_value"] == "69.94"


@settings(max_examples=200, deadline=None)
@given(st.integers(100, 99_999), st.integers(100, 99_999), st.integers(0, 2))
def test_correctly_rounded_rates_are_consistent_and_off_ones_are_not(actual, target, places):
    a, t = Decimal(actual).scaleb(-2), Decimal(target).scaleb(-2)  # two decimals, like 22.73
    rate = (a / t * 100).quantize(Decimal(10) ** -places)
    ok = extract(f"到位资金{a}亿元，完成目标{t}亿元的{rate}%。").checks
    assert [c.status for c in ok] == ["consistent"]
    # Off by far more than the rounding of every operand: must be flagged.
    wrong = rate + max(Decimal(3), rate / 10)
    bad = extract(f"到位资金{a}亿元，完成目标{t}亿元的{wrong}%。").checks
    assert [c.status for c in bad] == ["inconsistent"]


def _perturbed(text, figure, down, by=None):
    """Rewrite the figure's written number so that it is clearly different: by
    ``by`` (in written units) when given, else by about a third."""
    import regex

    m = regex.search(r"\d+(?:,\d{3})*(?:\.\d+)?", figure.text)
    if not m:
        return None
    written = Decimal(m.group().replace(",", ""))
    places = -written.as_tuple().exponent
    if by is not None:
        new = written - by if down else written + by
    elif down:
        new = written - max(Decimal(1), (written * Decimal("0.3")).quantize(Decimal(10) ** -places))
    else:
        new = (written * Decimal("1.37") + 3).quantize(Decimal(10) ** -places)
    start = figure.start + m.start()
    return text[:start] + str(new) + text[figure.start + m.end():]


def _sum_step(figure, total, parts):
    """How far (in the figure's written units) to move an operand of a sum so that
    the sum breaks while the total stays at least every part: the total down or a
    part up by half the room between the total and the largest part.  None when
    that room is within the rounding of what is written."""
    import regex

    m = regex.search(r"\d+(?:,\d{3})*(?:\.\d+)?", figure.text)
    if not m:
        return None
    written = Decimal(m.group().replace(",", ""))
    places = -written.as_tuple().exponent
    unit = Decimal(10) ** -places
    room = (total.value - (max(p.value for p in parts) if figure is total else figure.value)) / 2
    step = (room * written / figure.value).quantize(unit) if figure.value else Decimal(0)
    return step if step >= 2 * unit else None


def _keyed(article):
    """Checks keyed by what they relate (figure indexes, stable under a perturbation
    that keeps the figures): relation, reported or total, inputs."""
    index = {f.id: n for n, f in enumerate(article.figures)}
    return {(c.relation, index[c.reported or c.total], tuple(index[i] for i in c.inputs)): c for c in article.checks}


def _same_claim(checks, key):
    """The check of ``checks`` keyed ``key``, or the one of the same claim (relation and
    reported figure or total) whose operands are some of the key's: parts that confirm a
    breakdown only where they add up (，另有…) drop out once an operand is changed."""
    if key in checks:
        return checks[key]
    return next((c for k, c in checks.items() if k[:2] == key[:2] and set(k[2]) < set(key[2])), None)


def test_perturbing_one_operand_flags_exactly_its_checks():
    """Change one number (seeded) per corpus article that has checks the text ties
    together: those checks turn inconsistent, every other check keeps its status.
    Checks whose operands were read from the context (reason INFERRED) may vanish
    or turn unverifiable, never inconsistent.  A breakdown whose total was read
    through the share of one of its parts (reason CONFIRMED_TOTAL) may vanish when
    that total or that part moves; any other part it holds still refutes it."""
    from extractor.validate import CONFIRMED_TOTAL, INFERRED

    rng = random.Random(20261130)
    tried = 0
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        article = extract(text)
        by_id = {f.id: f for f in article.figures}
        # Checks on exact figures: a bound (8成以上) can only be broken one way.
        verifiable = [c for c in article.checks if c.status == "consistent" and not c.reason
                      and not any(by_id[i].approx for i in (c.reported, c.total, *c.inputs) if i)]
        if not verifiable:
            continue
        check = rng.choice(verifiable)
        operands = [i for i in (check.reported, check.total, *check.inputs) if i]
        chosen = rng.choice(operands)
        figure = next(f for f in article.figures if f.id == chosen)
        if sum(f.text == figure.text for f in article.figures) > 1:
            # Stated twice (a title restates the body): the other copy may still confirm the claim.
            continue
        # A total is lowered below its parts, anything else raised: wrong whether
        # or not a list is presented as exhaustive (raising a total above a list
        # that may be partial is honestly unverifiable, not inconsistent).
        by = None
        if check.kind == "sum":
            total, parts = by_id[check.total], [by_id[i] for i in check.inputs]
            by = _sum_step(figure, total, parts)
            if by is None:
                continue
        changed = _perturbed(text, figure, down=any(chosen == c.total for c in article.checks), by=by)
        if changed is None:
            continue
        tried += 1
        after = extract(changed)
        assert len(after.figures) == len(article.figures), path.name
        moved = article.figures.index(figure)
        before, now = _keyed(article), _keyed(after)
        key = next(k for k, c in before.items() if c is check)
        assert _same_claim(now, key).status == "inconsistent", (path.name, figure.text, key)
        for k, c in before.items():
            where = (path.name, figure.text, k)
            got = _same_claim(now, k).status if _same_claim(now, k) else None
            if c.reason == INFERRED:
                assert got in ((None, "unverifiable") if moved in (k[1], *k[2]) else (None, "unverifiable", c.status)), where
            elif c.reason == CONFIRMED_TOTAL and (moved == k[1] or any(
                    s[0] == "share" and s[2] == (moved, k[1]) for s in before)):
                # A total read because the share of a part agrees with it: moving the total or
                # that part breaks the agreement, and the claim may go with it (or be refuted).
                assert got in (None, "inconsistent"), where
            elif moved not in (k[1], *k[2]):
                assert got == c.status, where
            elif c.status == "consistent":
                assert got == "inconsistent", where
            else:  # already unverifiable (e.g. a partial list): never turns consistent
                assert got != "consistent", where
        for k, c in now.items():  # no check the change does not touch turns inconsistent
            if c.status == "inconsistent" and (k not in before or before[k].status != "inconsistent"):
                assert moved in (k[1], *k[2]), (path.name, figure.text, k, c.explanation_en)
    assert tried >= 10


@pytest.mark.parametrize("text, status", [
    # A bound still decides: at least 80% / at least 90% / about 80% (no bound).
    ("民间投资636.9亿元，占全市固定资产投资786.5亿元的8成以上。", "consistent"),
    ("民间投资636.9亿元，占全市固定资产投资786.5亿元的9成以上。", "inconsistent"),
    ("民间投资636.9亿元，占全市固定资产投资786.5亿元的约8成。", "unverifiable"),
    # A range is an interval: 1.2-1.5 against 1.0 is growth of 20% to 50%.
    ("预计净利润1.2亿元至1.5亿元，较上年同期的1亿元增长20%-50%。", "consistent"),
    ("预计净利润1.2亿元至1.5亿元，较上年同期的1亿元增长60%-80%。", "inconsistent"),
])
def test_bounds_and_ranges(text, status):
    assert [c.status for c in extract(text).checks] == [status]


def test_an_upper_bounded_total():
    article = extract("募集资金总额不超过人民币7.4亿元，其中甲项目4.6亿元，乙项目1.3亿元，补充流动资金1.5亿元。")
    assert [(c.kind, c.status) for c in article.checks] == [("sum", "consistent")]
    over = extract("募集资金总额不超过人民币7.4亿元，其中甲项目4.6亿元，乙项目1.3亿元，补充流动资金2.6亿元。")
    assert [(c.kind, c.status) for c in over.checks] == [("sum", "inconsistent")]


@pytest.mark.parametrize("text, explanation", [
    # The middle of the interval (0.35 / 2.9 to 0.45 / 2.7) would read 14.4% beside a
    # reported 14.3%: a person checks what the written numbers give.
    ("全年实现税收收入3.2亿元，同比增收0.4亿元，增长14.3%。", "0.4 / (3.2 - 0.4) = 14.3% (reported 14.3%)"),
    ("项目总投资4.5亿元，其中固定资产投资3.8亿元，占84.4%。", "3.8 / 4.5 = 84.4% (reported 84.4%)"),
    ("城镇化率为57.6%，比上年提高1.4个百分点，上年为56.2%。", "57.6 - 56.2 = 1.4 pp (reported 1.4 pp)"),
])
def test_an_explanation_shows_what_the_written_numbers_give(text, explanation):
    check = extract(text).checks[0]
    assert (check.status, check.explanation_en) == ("consistent", explanation)


@pytest.mark.parametrize("text, status, explanation", [
    # A one-sided result rules a claim out, or leaves it unconfirmed.
    ("新签约项目500个，其中工业项目逾200个，服务业项目300个。", "unverifiable", "200 + 300 = ≥ 500 (reported total 500)"),
    ("新签约项目400个，其中工业项目逾200个，服务业项目300个。", "inconsistent", "200 + 300 = ≥ 500 (reported total 400)"),
    ("到位资金逾22亿元，完成目标20亿元的110%。", "unverifiable", "22 / 20 = ≥ 110% (reported 110%)"),
    ("到位资金逾22亿元，完成目标20亿元的105%。", "inconsistent", "22 / 20 = ≥ 110% (reported 105%)"),
])
def test_a_bounded_operand_gives_a_one_sided_result(text, status, explanation):
    check = extract(text).checks[0]
    assert (check.status, check.explanation_en) == (status, explanation)
    assert check.computed_high is None and check.computed_low is not None


@pytest.mark.parametrize("text, expected", [
    # A whole stated as such (共有, 总值) but smaller than a part: the text is wrong.
    ("商会共有会员企业215家，比年初增加12家，其中制造业企业236家、服务业企业41家。", [("sum", "inconsistent")]),
    ("全县外贸进出口总值20.5亿元，增长8%。\n从贸易方式看，一般贸易21.3亿元，加工贸易3.2亿元。", [("sum", "inconsistent")]),
    # The same parts under an opener that names a scope of its own: no claim about the earlier figure.
    ("共有3100人报名，报名人数最多的五个岗位中，甲岗位报名3200人，乙岗位报名800人。", []),
])
def test_a_total_smaller_than_its_part_is_flagged_when_stated_as_the_whole(text, expected):
    assert [(c.kind, c.status) for c in extract(text).checks if c.kind == "sum"] == expected


@pytest.mark.parametrize("text, expected", [
    ("年末全县常住人口52.4万人，其中城镇人口31.2万人，常住人口城镇化率为59.54%。", [("ratio", "consistent")]),
    ("年末全县常住人口52.4万人，其中城镇人口31.2万人，常住人口城镇化率为61.54%。", [("ratio", "inconsistent")]),
    ("公司实现营业收入8.6亿元，毛利2.15亿元，毛利率为25%。", [("ratio", "consistent")]),
    ("每股基本收益0.82元。\n董事会建议每股派发股息0.3元，派息比率为36.59%。", [("ratio", "consistent")]),
    # 存贷比 is all loans over all deposits: 各项, not one kind of loan (涉农贷款余额)
    ("各项存款余额486.2亿元，各项贷款余额362.8亿元，其中涉农贷款余额155.4亿元。年末存贷比为74.6%。",
     [("ratio", "consistent")]),
    ("各项存款余额486.2亿元，各项贷款余额362.8亿元，其中涉农贷款余额155.4亿元。年末存贷比为84.6%。",
     [("ratio", "inconsistent")]),
    # 增长面: the industries that grew over all industries counted
    ("35个行业大类中有27个行业增加值保持增长，增长面为77.1%。", [("ratio", "consistent")]),
    ("在统计的41个工业行业大类中，29个行业增加值同比增长，增长面为73.2%。", [("ratio", "inconsistent")]),
    # 营业收入利润率: total profit over revenue
    ("规上工业企业实现营业收入2,856.3亿元，同比增长7.2%；实现利润总额168.9亿元；营业收入利润率为5.91%。", [("ratio", "consistent")]),
    # 结案率/办结率: cases closed over cases taken
    ("前三季度共受理欠薪案件57件，结案55件，结案率96.5%。", [("ratio", "consistent")]),
    ("全年受理信访事项120件，办结118件，办结率95.3%。", [("ratio", "inconsistent")]),
    ("全年共受理消费者投诉举报1.26万件，办结1.24万件，办结率98.4%。", [("ratio", "consistent")]),
    ("全区共签约项目38个，协议总投资215.6亿元。全区实际到位资金62.8亿元，资金到位率29.1%。", [("ratio", "consistent")]),
    ("截至目前，186个项目中已开工175个，开工率94.1%；已竣工投产43个。", [("ratio", "consistent")]),
    ("全年实施帮扶项目186个，已完工172个，完工率92.5%。", [("ratio", "consistent")]),
    ("全区共签约项目38个，协议总投资215.6亿元。全区实际到位资金62.8亿元，资金到位率39.1%。", [("ratio", "inconsistent")]),
    # 相当于/相等于 X 的 R%: a share, as 占 X 的 R% (HK statistics write it so)
    ("同月进口货值为4,612亿元。11月录得有形贸易逆差326亿元，相等于进口货值的7.1%。", [("ratio", "consistent")]),
    ("名额只有对方的60%，相当于打了6折。", []),
    # A kind of the projects, given as a share of them, is not all of them (开工率 over 46, not 31)
    ("全年共引进项目46个，其中工业项目31个，占项目总数的67.4%。全县新开工项目39个，开工率达84.8%。",
     [("ratio", "consistent"), ("ratio", "consistent")]),
    ("全年共引进项目46个，其中工业项目31个，占项目总数的67.4%。全县新开工项目39个，开工率达74.8%。",
     [("ratio", "consistent"), ("ratio", "inconsistent")]),
    # A kind of the projects listed last is no denominator of a rate of 100% or less (was 37 / 4,
    # a false alarm); 竣工投产 projects are finished ones.
    ("共签约项目46个，总投资312.6亿元。签约项目中，工业项目28个、总投资205.4亿元，服务业项目14个、"
     "总投资86.2亿元，农业项目4个、总投资21.0亿元。新开工项目37个，开工率80.4%；竣工投产项目19个，完工率41.3%。",
     [("ratio", "consistent"), ("ratio", "consistent")]),
    ("签约项目中，工业项目28个，服务业项目14个，农业项目4个。新开工项目37个，开工率80.4%。", []),
    # An operand may follow the rate in its sentence (the numerator here)
    ("截至报告期末，公司总资产96.45亿元；资产负债率为52.3%，负债总额50.44亿元。", [("ratio", "consistent")]),
    ("截至报告期末，公司总资产96.45亿元；资产负债率为55.3%，负债总额50.44亿元。", [("ratio", "inconsistent")]),
    # Named, but its operands are not stated: no claim to check.
    ("全县常住人口城镇化率为59.54%，比上年提高1.2个百分点。", []),
])
def test_named_ratios(text, expected):
    assert [(c.kind, c.status) for c in extract(text).checks if c.kind == "ratio"] == expected


@pytest.mark.parametrize("text, expected", [
    ("一季度签约项目5个，二季度签约项目7个，上半年合计签约项目12个。", [("sum", "consistent")]),
    ("一季度签约项目5个，二季度签约项目7个，上半年合计签约项目13个。", [("sum", "inconsistent")]),
    ("两宗地块分别成交2.35亿元和1.8亿元，总计4.15亿元。", [("sum", "consistent")]),
    # A running total, a product, and parts far from the total are no trailing sum.
    ("本月新签约项目3个，上月新签约项目4个，今年以来累计签约项目15个。", []),
    ("每年租金120万元，5年共计600万元。", []),
    ("门票收入35万元。展会期间还举办了论坛、对接会和产品发布会等多场活动，合计带动消费1200万元。", []),
])
def test_totals_after_their_parts(text, expected):
    assert [(c.kind, c.status) for c in extract(text).checks if c.kind == "sum"] == expected


# ---------------------------------------------------------------- operands read from the context
# A claim whose operands the text does not tie together (a total paragraphs back, a
# 分别 list after the sentence of its total, 占其总额, a target stated earlier) is
# checked against the figure nearby that makes it hold: it confirms (with the reason
# INFERRED) and never refutes.

_FILLER = "　　人口方面，年末全市常住人口保持稳定，城镇化水平稳步提高，就业形势总体稳定，居民收入与经济增长基本同步。" * 3


def statuses(text, kind=None):
    return [(c.kind, c.status) for c in extract(text).checks if kind is None or c.kind == kind]


@pytest.mark.parametrize("text, expected", [
    # (a) a total paragraphs before its breakdown
    ("全年全市实现地区生产总值512.6亿元，比上年增长5.8%。\n" + _FILLER + "\n　　分产业看，第一产业增加值48.3亿元；"
     "第二产业增加值201.5亿元；第三产业增加值262.8亿元。", [("sum", "consistent")]),
    ("全年全市实现地区生产总值512.6亿元，比上年增长5.8%。\n" + _FILLER + "\n　　分产业看，第一产业增加值48.3亿元；"
     "第二产业增加值201.5亿元；第三产业增加值252.8亿元。", []),
    # a figure of the same name stands between the total and the breakdown
    ("规模以上工业企业实现营业收入860.4亿元，增长6.1%。其中高新技术企业实现营业收入402.1亿元，增长9.3%。\n"
     "　　分行业看，电子行业实现营业收入300.2亿元，机械行业实现营业收入260.1亿元，纺织行业实现营业收入300.1亿元。",
     [("sum", "consistent")]),
    # (b) a 分别 list in the sentence after its total, and one whose members are counted
    ("全年完成固定资产投资86.4亿元，比上年增长6.5%。民间投资、国有投资和外商投资分别完成52.3亿元、30.6亿元和3.5亿元。",
     [("sum", "consistent")]),
    ("四家企业共同发起设立规模10亿元的产业基金，四方分别认缴4亿元、3亿元、2亿元和1亿元。", [("sum", "consistent")]),
    ("全年完成固定资产投资86.4亿元，比上年增长6.5%。民间投资、国有投资和外商投资分别完成52.3亿元、30.6亿元和2.5亿元。", []),
    # 以下项目：a list after a colon
    ("本次募集资金总额为9.6亿元，拟投入以下项目：甲项目拟投入5.1亿元，乙项目拟投入2.8亿元，补充流动资金1.7亿元。",
     [("sum", "consistent")]),
    # parts one per paragraph, then 合计
    ("第一标段中标金额为1,250万元。\n第二标段中标金额为830万元。\n两个标段合计中标金额2,080万元。", [("sum", "consistent")]),
    ("第一标段中标金额为1,250万元。\n第二标段中标金额为830万元。\n两个标段合计中标金额2,180万元。", []),
])
def test_totals_read_from_the_context(text, expected):
    assert statuses(text, "sum") == expected
    from extractor.validate import INFERRED

    assert all(c.reason == INFERRED for c in extract(text).checks if c.kind == "sum")


@pytest.mark.parametrize("text", [
    # values over periods side by side, and a list of costs after a revenue: no parts of a whole
    "公司2021年、2022年及2023年营业收入分别为3.2亿元、4.1亿元和5.3亿元。其中海外收入分别为1.1亿元、1.5亿元和2.0亿元。",
    "上半年营业收入13.5亿元，同比增长4%；净利润1200万元，同比下降约50%。其中销售费用、管理费用、财务费用分别为2.1亿元、0.9亿元和0.4亿元。",
    # conditions on one noun that may overlap
    "26家省级卫视中，当日有9家收视率低于0.5%，20家收视率低于1%。",
    # a category's own total after a list
    "装备制造业产值120亿元，电子信息产业产值80亿元，其他行业合计65亿元。",
    # 其中 after a change: the total is the figure before it
    "协会共有会员单位412家，比年初增加37家，其中企业会员368家、高校会员26家、团体会员18家。",
    # parts without names of their own, in the total's sentence: conditions that may overlap
    "30家卫视频道中，有10家收视率不及0.5%，25家收视率不及1%。",
    # amounts per item are no parts
    "发明专利每项奖励6000元，SCI、EI论文每篇分别奖励3000元、2000元。",
    # a clause that turns to something else ends the list
    "入选名单的高校一共有42所，其中A类36所，B类6所，而入选学科名单的高校有95所。",
])
def test_no_sum_is_refuted_without_a_tie(text):
    assert ("sum", "inconsistent") not in statuses(text)


def test_amounts_per_item_do_not_add_up():
    assert statuses("发明专利每项奖励5000元，SCI、EI论文每篇分别奖励3000元、2000元。", "sum") == []


@pytest.mark.parametrize("text, expected", [
    # (c) a whole named by a pronoun
    ("一般公共预算收入24.6亿元，增长7.2%，其中税收收入18.2亿元，占其总额的74.0%。", [("ratio", "consistent")]),
    ("全县社会消费品零售总额62.5亿元，增长5%。其中乡村消费品零售额15.3亿元，占全县的24.5%。", [("ratio", "consistent")]),
    ("一般公共预算收入24.6亿元，增长7.2%，其中税收收入18.2亿元，占其总额的64.0%。", []),
    # a whole named in another sentence is no smaller than its part and no change
    ("本次招录职位600个，比去年减少了120个职位。其中480个职位面向应届毕业生，占招录职位的80%。", [("ratio", "consistent")]),
    # (其中 opening the part's sentence ties it to the whole before, so 480 / 600 = 80% refutes 90%)
    ("本次招录职位600个，比去年减少了120个职位。其中480个职位面向应届毕业生，占招录职位的90%。", [("ratio", "inconsistent")]),
    ("本次招录职位600个，比去年减少了120个职位。面向应届毕业生的480个职位，占招录职位的90%。", []),
])
def test_shares_with_a_whole_read_from_the_context(text, expected):
    assert [(k, s) for k, s in statuses(text) if k == "ratio" and s != "unverifiable"] == expected


@pytest.mark.parametrize("text, status", [
    # (d) the previous value first: 由X增加到Y, 从X下降至Y; 上年同期数据为X
    ("全县税收收入由上年的8.4亿元增加到9.3亿元，增长10.7%。", "consistent"),
    ("全县税收收入由上年的8.4亿元增加到9.3亿元，增长17.0%。", "inconsistent"),
    ("出口额从上年同期的3.6亿美元下降至3.1亿美元，下降13.9%。", "consistent"),
    ("利润总额为8.2亿元，而上年同期数据为7.5亿元，同比增长9.3%。", "consistent"),
])
def test_growth_from_a_previous_value_stated_first(text, status):
    assert statuses(text, "growth") == [("growth", status)]


@pytest.mark.parametrize("text, expected", [
    # (e) the target stated in an earlier sentence
    ("年初确定全年招商引资到位资金目标50亿元。全年实际到位资金56.3亿元，完成年度目标任务的112.6%。", "consistent"),
    # (a target set for the year, named as the actual is and the only one of its measure, ties the rate)
    ("年初确定全年招商引资到位资金目标50亿元。全年实际到位资金56.3亿元，完成年度目标任务的121.6%。", "inconsistent"),
    ("年初确定全年招商引资到位资金目标50亿元。全年实际到位资金56.3亿元，完成目标任务的121.6%。", "unverifiable"),
    ("全年计划完成工业投资80亿元。前三季度完成工业投资61.2亿元，为年度计划的76.5%。", "consistent"),
    ("全年实际利用外资目标3,000万美元。全年实际利用外资3,360万美元，超额完成年度目标，完成率为112%。", "consistent"),
    # the target in the claim itself: 为年度计划X的R%
    ("签约总投资93.6亿元，为年度计划80亿元的117%。", "consistent"),
    ("签约总投资93.6亿元，为年度计划80亿元的107%。", "inconsistent"),
])
def test_completion_against_a_target_stated_elsewhere(text, expected):
    assert [c.status for c in extract(text).checks if c.relation == "completion"] == [expected]


@pytest.mark.parametrize("text", [
    # each ；-item with a total and 其中 of its own: the next total is no part of this one
    "营业总收入为13.7亿元，其中甲公司占5.5亿元；总资产为163.7亿元，其中甲公司占68.6亿元。",
    # a figure named as a total of its own ends the parts
    "固定宽带用户达到3.96亿户，其中光纤接入用户3.48亿户，百兆以上用户总数2.43亿户。",
    # 其中 before a period: each figure stands beside its own
    "全年新增企业86家，注销企业20家；其中第三季度新增34家，注销10家。",
    # a figure given for comparison is no part
    "经营利润达到2.151亿美元。其中，甲品牌的销售额为1.727亿美元，远高于分析师预期的1.437亿美元。",
    # an approximate total (约为) refutes nothing
    "流入量下降69%，约为1350亿美元。其中，甲国净流出801亿美元，乙国净流出770亿美元。",
])
def test_no_breakdown_is_refuted_by_figures_that_are_not_its_parts(text):
    assert ("sum", "inconsistent") not in statuses(text)


def test_a_list_joined_by_dunhao_ends_at_a_comma_that_starts_another_statement():
    text = "预计在校生规模5000人，其中研究生3000人、本科生2000人，师资队伍规模达到300人。"
    assert statuses(text, "sum") == [("sum", "consistent")]


@pytest.mark.parametrize("text", [
    # a revenue less one item (不含…), or one item (其他…), is not the denominator
    "毛利为1.75亿美元，不含授权收入为8.38亿美元，毛利率为20.5%。",
    "毛利润为3.899亿元，其他服务营收为3.613亿元，毛利率为5.4%。",
    # two 毛利 of different values: which one the rate is about is not said
    "按会计准则计，毛利约为12.56亿美元；按非会计准则计，毛利约为12.95亿美元。总营收24.45亿美元，毛利率51.4%。",
])
def test_a_named_ratio_needs_operands_it_can_be_sure_of(text):
    assert [k for k, _ in statuses(text) if k == "ratio"] == []


def test_a_named_ratio_operand_may_end_with_per_share_words():
    text = "每股基本盈利港币3.14元。全年派息合共每股港币1.5元，派息比率为47.77%。"
    assert statuses(text, "ratio") == [("ratio", "consistent")]


def test_the_whole_of_a_share_is_not_the_subject_of_the_change_after_it():
    text = "成交额为487.06亿元，占全国成交额948.52亿元的51.35%，环比减少77.78亿元，下降13.77%。"
    assert statuses(text, "growth") == [("growth", "consistent")]


@pytest.mark.parametrize("text, status", [
    # amounts reported in 万/亿 were rounded: 4690万 stands for 4685万 to 4695万
    ("出货量达到4690万部，比去年同期4670万部增长了0.5%。", "consistent"),
    ("营收为58亿美元，比去年同期的60亿美元下滑2%。", "consistent"),
    ("营收为58亿美元，比去年同期的60亿美元下滑8%。", "inconsistent"),
    # the current value after the rate: 从X减少p%至Y
    ("净利润则从去年同期的3470万欧元减少2.8%至3370万欧元。", "consistent"),
    ("净利润则从去年同期的3470万欧元减少8.2%至3370万欧元。", "inconsistent"),
])
def test_growth_of_rounded_amounts(text, status):
    assert statuses(text, "growth") == [("growth", status)]


def test_a_target_written_as_an_integer_stays_exact():
    assert statuses("全年到位资金22亿元，完成目标20亿元的120%。", "ratio") == [("ratio", "inconsistent")]


@pytest.mark.parametrize("text", [
    # 分别 after the first part covers only the parts after it: the list may be partial
    "净营收为94亿元，其中，住宿业务贡献了36亿元，度假和商旅则分别录得14亿元和2.67亿元。",
    # parts "named" by a predicate may overlap
    "警方逮捕了6名嫌疑人，其中5人被控抢劫罪，4人被收押。",
    # a figure pointing back is no new part
    "共有3家企业报名，其中本地企业2家，这2家企业均已签约。",
    # another whole is no part
    "他共创作了15部小说，其中长篇小说14部，改编的影视剧共计100多部。",
])
def test_overlapping_or_partial_parts_are_not_refuted(text):
    assert ("sum", "inconsistent") not in statuses(text)


@pytest.mark.parametrize("text, status", [
    ("甲大学18人，乙大学10人，丙大学6人，丁大学5人，戊大学3人，前4所高校合计39人。", "consistent"),
    ("甲大学18人，乙大学10人，丙大学6人，丁大学5人，戊大学3人，前4所高校合计40人。", "inconsistent"),
])
def test_a_trailing_total_of_the_first_n_parts(text, status):
    assert statuses(text, "sum") == [("sum", status)]


def test_an_amount_converted_into_another_currency_is_an_equivalent():
    article = extract("营收为12.5亿元（约合1.8亿美元），上年同期为10亿元，同比增长25%。")
    figures = {f.text: f for f in article.figures}
    assert (figures["约合1.8亿美元"].role, figures["约合1.8亿美元"].indicator) == ("equivalent", figures["12.5亿元"].indicator)
    assert [(c.kind, c.status) for c in article.checks] == [("growth", "consistent")]


@pytest.mark.parametrize("text, expected", [
    # new: the previous value stated right after the rate (上年同期为, （上年为…）).
    ("全年接待游客326.5万人次，同比增长8.4%，上年同期为301.2万人次。", [("growth", "consistent", "8.4%")]),
    ("实现进出口总额52.8亿元，同比增长9.7%，上年同期为45.6亿元。", [("growth", "inconsistent", "9.7%")]),
    ("实现净利润3.2亿元，同比增长6.7%（上年为3.0亿元）。", [("growth", "consistent", "6.7%")]),
    # A loss or another measure after the rate is no previous value.
    ("营业收入12.5亿元，同比增长8%，上年同期为亏损1.2亿元。", []),
    ("签约项目36个，同比增长12.5%，上年同期为到位资金8.2亿元。", []),
])
def test_growth_with_the_previous_value_after_the_rate(text, expected):
    assert checks_of(text)[1] == expected


def test_a_part_of_a_breakdown_is_no_denominator_of_a_named_ratio():
    # new: 毛利率 is over the whole revenue, not over its last listed part.
    text = ("公司实现营业收入50.00亿元，其中，家电业务收入30.00亿元，零部件业务收入20.00亿元。"
            "全年实现毛利12.5亿元，综合毛利率为25.0%。")
    checks = checks_of(text)[1]
    assert ("ratio", "consistent", "25.0%") in checks
    assert all(status != "inconsistent" for _, status, _ in checks)


@pytest.mark.parametrize("text, status", [
    # new: a whole named as a total (新增贷款总额) is the figure of what it totals, read from the context.
    ("全市新增贷款86.4亿元，其中普惠小微贷款21.6亿元，占新增贷款总额的25.0%。", "consistent"),
    ("全市新增贷款86.4亿元，其中普惠小微贷款21.6亿元，占新增贷款总额的52.0%。", "unverifiable"),
])
def test_a_share_of_a_whole_named_as_a_total(text, status):
    article, checks = checks_of(text)
    assert [(k, s) for k, s, t in checks if t.endswith("%")] == [("ratio", status)]


@pytest.mark.parametrize("text, expected", [
    # new: 占比 names no whole: the nearest earlier amount that gives the rate, read from the context.
    ("全年一般公共预算收入11.86亿元，税收收入8.95亿元，占比75.5%。", [("ratio", "consistent")]),
    ("全县实现营业收入120亿元，民营企业营收84亿元，占比重为70%。", [("ratio", "consistent")]),
    ("全县企业营收120亿元，工业企业营收84亿元、服务业企业营收30亿元，占比分别为70%和25%。",
     [("ratio", "consistent"), ("ratio", "consistent")]),
    # A mismatch refutes nothing: the whole was only guessed.
    ("全年一般公共预算收入11.86亿元，税收收入8.95亿元，占比57.5%。", []),
    # A range as the part fits too many wholes.
    ("全县共有企业93家，其中外资企业58家，另有3-5家企业在建，占比3.2%-5.4%。", []),
])
def test_a_share_whose_whole_is_left_unnamed(text, expected):
    article, checks = checks_of(text)
    assert [(k, s) for k, s, t in checks if t.endswith("%")] == expected
    assert all(c.reason for c in article.checks if c.kind == "ratio")


@pytest.mark.parametrize("text, status", [
    # The total 其中 opened on is the whole of a share left unnamed after its part: tied, it may refute.
    ("全年一般公共预算收入11.86亿元，其中税收收入8.95亿元，占比75.5%。", "consistent"),
    ("全年一般公共预算收入11.86亿元，其中税收收入8.95亿元，占比57.5%。", "inconsistent"),
    ("今年上半年公司营业收入为35.2亿元，其中互联网接入的收入为28.7亿元，占比高达81.5%。", "consistent"),
    ("全县实现营业收入120亿元。其中，民营企业营收84亿元，占比重为60%。", "inconsistent"),
    # People counted by 人 and 名 alike; a thousands group written with "，".
    ("全县从业人员1.2万人，其中女性从业人员5400名，占45%。", "consistent"),
    ("上述关店可能造成980人的裁员，占集团目前15，300名员工的6.4%。", "consistent"),
    ("上述关店可能造成980人的裁员，占集团目前15，300名员工的4.6%。", "inconsistent"),
])
def test_a_share_of_the_total_qizhong_opened_on(text, status):
    assert [(k, s) for k, s, t in checks_of(text)[1] if t.endswith("%")] == [("ratio", status)]


@pytest.mark.parametrize("text", [
    # A list of parts with a list of rates: each rate has its own whole.
    "总营收分别为3.86亿美元、5.92亿美元和6.6亿美元。其中搜索广告分别贡献3.58亿美元、5.4亿美元和5.97亿美元，"
    "相应占比为92.7%、91.2%、90.5%。",
    # The clause of the rate names a subject of its own that has no figure.
    "全校教职员工1800人，其中专任教师1300人，具有高级职务的教师占比48.9%。",
    # A whole that is itself the part of a share: which whole 占比 means is unsaid.
    "出口总额120亿元，机电产品出口60亿元，占出口总额的50%，其中对欧出口30亿元，占比25%。",
])
def test_a_share_not_tied_to_the_total_qizhong_opened_on(text):
    assert [s for k, s, t in checks_of(text)[1] if k == "ratio" and s == "inconsistent"] == []


@pytest.mark.parametrize("text, expected", [
    # new: the rate named 增幅/涨幅/降幅 after its figures.
    ("全年接待游客由412.6万人次增加到468.3万人次，增幅为13.5%。", [("growth", "consistent", "13.5%")]),
    ("全年完成进出口额27.4亿元，上年同期为31.2亿元，同比降幅为12.2%。", [("growth", "consistent", "12.2%")]),
    ("全年完成进出口额27.4亿元，上年同期为31.2亿元，同比降幅为21.2%。", [("growth", "inconsistent", "21.2%")]),
    ("年末在册会员312家，比上年增加26家，增幅9.1%。", [("growth", "consistent", "9.1%")]),
    # The amount right before 增长了X is the base X is added to, not the current value.
    ("本季度营业费用为1.42亿元，同比上年同季度营业费用人民币1.15亿元增长了人民币2700万元，增幅为23.5%。", []),
])
def test_growth_named_as_an_increase_or_a_decline(text, expected):
    assert [c for c in checks_of(text)[1] if c[1] != "unverifiable"] == expected


def _verified(text):
    """(kind, status, reported or total) of the checks that are not unverifiable, sorted."""
    return sorted(c for c in checks_of(text)[1] if c[1] != "unverifiable")


@pytest.mark.parametrize("text, expected", [
    # new: a target named as such after the figure (…的任务, …的目标任务), for every item of its 、 list.
    ("年初下达了全年新签约项目40个、到位资金30亿元的任务。全年新签约项目46个，任务完成率为115%；"
     "全年到位资金33.6亿元，占年度任务的112%。", [("ratio", "consistent", "115%"), ("ratio", "consistent", "112%")]),
    # new: the figure before 完成率 is the target, the actual before it (tied by 完成…的目标任务).
    ("全年实际利用外资2,860万美元，超额完成全年2,600万美元的目标任务，完成率110%。", [("ratio", "consistent", "110%")]),
    ("全年实际利用外资2,860万美元，超额完成全年2,600万美元的目标任务，完成率101%。", [("ratio", "inconsistent", "101%")]),
    # new: 预算 as the target (为预算的), but not inside a name (一般公共预算收入).
    ("年初预算安排一般公共预算收入18.6亿元。全年一般公共预算收入完成19.5亿元，为预算的104.8%。",
     [("ratio", "consistent", "104.8%")]),
    ("上年一般公共预算收入18.6亿元。全年一般公共预算收入完成19.5亿元，为预算的104.8%。", []),
    ("全年到位资金56.3亿元，是年度目标50亿元的112.6%。", [("ratio", "consistent", "112.6%")]),
    # new: close by, a target whose clause names nothing else, or an actual that names nothing; also after the rate.
    ("全年招商引资目标任务为50亿元，实际完成56亿元，完成率为112%。", [("ratio", "consistent", "112%")]),
    # (a target the clause right before 实际完成 states, in the rate's sentence: the text ties it,
    # and it refutes)
    ("全年招商引资目标任务为50亿元，实际完成56亿元，完成率为121%。", [("ratio", "inconsistent", "121%")]),
    ("全年一般公共预算收入完成12.6亿元，增长6.8%，完成预算的102.4%。年初预算为12.3亿元。",
     [("ratio", "consistent", "102.4%")]),
    # new: a value stated for the year before is no actual (found on new sentences: a false inconsistent).
    ("全年到位资金56亿元，同比增长12%，上年同期为50亿元，完成目标60亿元的93.3%。",
     [("growth", "consistent", "12%"), ("ratio", "consistent", "93.3%")]),
    ("全年到位资金56亿元，同比增长12%，上年同期为50亿元，完成年度目标任务的93.3%。年度目标60亿元。",
     [("growth", "consistent", "12%"), ("ratio", "consistent", "93.3%")]),
    ("前三季度完成投资61.2亿元，相当于年度计划80亿元的76.5%。", [("ratio", "consistent", "76.5%")]),
    # new: the actual right after the rate.
    ("年初确定到位资金目标50亿元。截至年底，完成年度目标的112%，实际到位资金56亿元。", [("ratio", "consistent", "112%")]),
])
def test_completion_against_a_target_named_after_it(text, expected):
    assert _verified(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # new: the previous value in parentheses (比去年同期（X）增长).
    ("上半年全县工业产值27.3亿元，比去年同期（24.6亿元）增长11.0%。", [("growth", "consistent", "11.0%")]),
    ("上半年全县工业产值27.3亿元，比去年同期（24.6亿元）增长10.0%。", [("growth", "inconsistent", "10.0%")]),
    # new: after the rate, words that name what is measured (上年全年到位X), a year, 仅.
    ("全年到位资金38.4亿元，比上年增长9.1%，上年全年到位35.2亿元。", [("growth", "consistent", "9.1%")]),
    ("公司2025年实现净利润4.6亿元，同比增长15.0%，2024年为4.0亿元。", [("growth", "consistent", "15.0%")]),
    ("出口额1.85亿元，同比增长32.1%，上年同期仅1.40亿元。", [("growth", "consistent", "32.1%")]),
    # ...but not the year before last, nor the whole year for part of it.
    ("公司2025年实现净利润4.6亿元，同比增长15.0%，2023年为4.0亿元。", []),
    ("1-9月，全县到位资金28.4亿元，同比增长9.1%，去年全年到位35.2亿元。", []),
    # new: the previous value in a sentence nearby, before or after, read from the context.
    ("2024年全市进出口总值为180.5亿元。2025年全市进出口总值达196.2亿元，比上年增长8.7%。",
     [("growth", "consistent", "8.7%")]),
    # (named exactly alike, in sentences naming the two years, they are tied: 196.2 / 180.5 = 8.7% refutes 7.8%)
    ("2024年全市进出口总值为180.5亿元。2025年全市进出口总值达196.2亿元，比上年增长7.8%。",
     [("growth", "inconsistent", "7.8%")]),
    ("2024年全市外贸进出口总值为180.5亿元。2025年全市进出口总值达196.2亿元，比上年增长7.8%。", []),
    ("其中，商品销售收入8.8亿元，同比增长10.0%；服务收入3.3亿元，同比下降5.7%。"
     "上年同期，商品销售收入和服务收入分别为8.0亿元、3.5亿元。",
     [("growth", "consistent", "10.0%"), ("growth", "consistent", "5.7%")]),
    # new: a comparison named right before the verb (较账面净资产X增值), and two bases in one sentence.
    ("评估值为9.36亿元，较账面净资产4.12亿元增值127.18%。", [("growth", "consistent", "127.18%")]),
    ("每股收益0.90元，比去年同期的0.92元下降2%，比上一季度的1.01元下降11%。",
     [("growth", "consistent", "2%"), ("growth", "consistent", "11%")]),
    ("现场签约金额23.6亿元，较上届增长17.4%，上届为20.1亿元。", [("growth", "consistent", "17.4%")]),
    # new: the first figure after the rate's sentence, naming nothing, after a previous-year word.
    ("归属于上市公司股东的净利润2.36亿元，同比下降12.6%；上年同期为2.70亿元。", [("growth", "consistent", "12.6%")]),
    # new: 分别增长a%、b%: the i-th rate of the i-th figure, against a run of previous values after it.
    ("全年共接待游客520万人次，实现旅游总收入48.6亿元，分别增长12.5%和15.2%；上年分别为462.2万人次和42.2亿元。",
     [("growth", "consistent", "12.5%"), ("growth", "consistent", "15.2%")]),
    ("全年共接待游客520万人次，实现旅游总收入48.6亿元，分别增长12.5%和51.2%；上年分别为462.2万人次和42.2亿元。",
     [("growth", "consistent", "12.5%"), ("growth", "inconsistent", "51.2%")]),
    # ...and the first rate is never paired with the last figure.
    ("全年共接待游客520万人次，实现旅游总收入48.6亿元，分别增长12.5%和15.2%，上年同期为43.2亿元。", []),
    # new: 新增 names what is counted; it is no change.
    ("全年新增企业1260家，同比增长15.6%，上年同期新增1090家。", [("growth", "consistent", "15.6%")]),
    ("全年新增企业1260家，同比增长15.6%，上年同期增加1090家。", []),
    # A change counted from the start of the year is no change of a year-on-year rate.
    ("贷款余额186.4亿元，较年初增加21.7亿元，同比增长14.2%。", []),
    # new: a target in the sentence is no current value.
    ("全年引进省外资金68.5亿元，完成年度目标任务60亿元的114.2%，同比增长9.6%，上年同期为62.5亿元。",
     [("growth", "consistent", "9.6%"), ("ratio", "consistent", "114.2%")]),
    # new: the year compared with (比2024年) names the previous value's sentence; 去年…，今年… in one sentence.
    ("全年实现营业收入8.65亿元，比2024年增长12.6%。2024年公司实现营业收入7.68亿元。", [("growth", "consistent", "12.6%")]),
    ("该公司去年营收为12.6亿元，今年营收14.2亿元，同比增长12.7%。", [("growth", "consistent", "12.7%")]),
    ("该公司去年营收为12.6亿元，今年营收14.2亿元，同比增长21.7%。", []),
])
def test_growth_with_the_previous_value_stated_otherwise(text, expected):
    assert _verified(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # new: 分别占: the i-th rate is the i-th amount's share.
    ("全县社会消费品零售总额76.52亿元。城镇和乡村消费品零售额分别为58.14亿元和18.38亿元，分别占76.0%和24.0%。",
     [("ratio", "consistent", "76.0%"), ("ratio", "consistent", "24.0%"), ("sum", "consistent", "76.52亿元")]),
    ("全县社会消费品零售总额76.52亿元。城镇和乡村消费品零售额分别为58.14亿元和18.38亿元，分别占67.0%和24.0%。",
     [("sum", "consistent", "76.52亿元")]),
    # new: a whole named otherwise than its figure (签约总投资 for 签约项目总投资): confirms only.
    ("签约项目总投资216.8亿元，其中制造业项目总投资147.9亿元，占签约总投资的比重为68.2%。",
     [("ratio", "consistent", "68.2%")]),
    ("签约项目总投资216.8亿元，其中制造业项目总投资147.9亿元，占签约总投资的比重为62.8%。", []),
    # new: what follows 分别 names the measure too (东盟出口, not any 出口).
    ("全市出口258.9亿元，跨境电商出口2.47亿元。对东盟、欧盟和美国分别出口68.4亿元、52.1亿元和39.6亿元。"
     "其中对东盟出口占全市出口总额的26.4%。", [("ratio", "consistent", "26.4%")]),
    # new: 占总数的 names the whole as a pronoun would.
    ("全年新签约项目40个，其中工业项目22个，占总数的55%。", [("ratio", "consistent", "55%")]),
    # new: the whole named right after the rate, in its sentence.
    ("全年税收收入完成8.46亿元，同比增长6.2%，占一般公共预算收入的比重达72.3%，一般公共预算收入11.7亿元。",
     [("ratio", "consistent", "72.3%")]),
    ("全年税收收入完成8.46亿元，同比增长6.2%，占一般公共预算收入的比重达27.3%，一般公共预算收入11.7亿元。",
     [("ratio", "inconsistent", "27.3%")]),
    # new: nor is it the part of a share (a false inconsistent on new sentences).
    ("全县实现税收5.6亿元，同比增长3.7%，上年同期为5.4亿元，占财政收入的比重为65.1%，财政收入8.6亿元。",
     [("growth", "consistent", "3.7%"), ("ratio", "consistent", "65.1%")]),
    # new: 占到; a clause naming its own subject before 占 takes the figure of that name.
    ("全县民营经济增加值152.6亿元，占到全县生产总值的58.3%，全县生产总值261.8亿元。", [("ratio", "consistent", "58.3%")]),
    ("全县工业投资42.0亿元。全县固定资产投资120.0亿元，工业投资占35.0%。", [("ratio", "consistent", "35.0%")]),
    # new: a gloss in parentheses after the whole's name.
    ("年末全县常住人口45.6万人。其中，城镇常住人口25.8万人，占常住人口比重（常住人口城镇化率）为56.58%。",
     [("ratio", "consistent", "56.58%")]),
    # new: last year's named rate is not computed from this year's figures (it is the base of the pp change).
    ("全年实现营业收入52.0亿元，毛利11.2亿元，毛利率为21.54%，比上年下降1.4个百分点；上年毛利率为22.94%。",
     [("ratio", "consistent", "21.54%"), ("difference", "consistent", "1.4个百分点")]),
])
def test_shares_stated_otherwise(text, expected):
    assert _verified(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # new: a list per measure (counts, and amounts beside them), each against its own total.
    ("新建项目35个，总投资48.6亿元，其中：工业项目21个，总投资30.2亿元；服务业项目14个，总投资18.4亿元。",
     [("sum", "consistent", "35个"), ("sum", "consistent", "48.6亿元")]),
    # new: a balance (贸易顺差) is no part.
    ("全年进出口总值120.5亿元，其中出口80.3亿元，进口40.2亿元，贸易顺差40.1亿元。",
     [("difference", "consistent", "40.1亿元"), ("sum", "consistent", "120.5亿元")]),
    # new: a sentence that opens on the name of an earlier figure (税收收入中，) breaks it down.
    ("全年税收收入10.5亿元。税收收入中，增值税4.2亿元，企业所得税2.1亿元，个人所得税3500万元，其他各税合计3.85亿元。",
     [("sum", "consistent", "10.5亿元")]),
    ("全年税收收入10.5亿元。税收收入中，增值税4.2亿元，企业所得税2.1亿元，个人所得税3500万元，其他各税合计4.35亿元。",
     [("sum", "inconsistent", "10.5亿元")]),
    # new: 三次产业 names three members; a total in the sentence after the list.
    ("全年地区生产总值218.4亿元。三次产业增加值分别为26.2亿元、87.4亿元和104.8亿元。", [("sum", "consistent", "218.4亿元")]),
    ("全县三次产业增加值分别为26.2亿元、87.4亿元和104.8亿元。全县地区生产总值218.4亿元。",
     [("sum", "consistent", "218.4亿元")]),
    # new: the sum stated right after a 分别 list (，共计 / ，总投资).
    ("甲、乙和丙三个项目分别投资3.2亿元、2.1亿元和1.5亿元，共计6.8亿元。", [("sum", "consistent", "6.8亿元")]),
    ("甲、乙和丙三个项目分别投资3.2亿元、2.1亿元和1.5亿元，总投资7.8亿元。", [("sum", "inconsistent", "7.8亿元")]),
    # new: the current value of a rate may be one of the parts a later 合计 reads back.
    ("实现利润总额8.6亿元，同比增长15.2%；上缴税金3.2亿元，同比增长9.8%。利税合计11.8亿元。",
     [("sum", "consistent", "11.8亿元")]),
    # new: 前N further back than the 合计 cue.
    ("其中：甲大学18人，乙大学10人，丙学院6人，丁学院5人，戊大学3人，前4所高校被聘用的学生合计39人。",
     [("sum", "consistent", "39人")]),
])
def test_breakdowns_stated_otherwise(text, expected):
    assert _verified(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    # a sentence opening on a word that names no figure
    "全县企业营收6亿元。调研中，甲企业营收5亿元，乙企业营收3亿元。",
    # last year's figure is no total of this year's parts
    "上年同期全县工业投资为30亿元。其中，技改投资12亿元，新建项目投资25亿元。",
    # a change is no total of parts that are not changes
    "今年参赛人数增加3000余人。参赛人数中，男子组2100人，女子组1500人。",
    # counts of two classifiers in one list (title and degree overlap)
    "学校教职员工269人，其中，高级教师76名，中级教师79人，本科学历教师200人。",
    # parts named as the whole is are conditions that may overlap
    "全县共有培训学员60名，其中有42名学员取得证书，实际上岗的有35名。",
    "在28家样本企业中，有出口业务的企业达到20家；15家企业开展了技术改造。",
    # the parts of a 分别 list that says how much each changed
    "对欧洲的投资减少了1360亿美元。其中，对甲国、乙国和丙国的投资分别减少630亿美元、330亿美元和310亿美元。",
])
def test_no_sum_from_figures_that_total_nothing_here(text):
    assert ("sum", "inconsistent") not in statuses(text) and ("sum", "consistent") not in statuses(text)


def test_overlapping_categories_are_no_breakdown():
    # new: 机电产品 and 高新技术产品 overlap (rules/relate.yaml overlapping_sets): no sum either way.
    text = "全年出口总额100亿元，其中机电产品出口78.5亿元，高新技术产品出口32.8亿元。"
    assert [(k, s) for k, s, _ in checks_of(text)[1]] == [("sum", "unverifiable")]


# ---------------------------------------------------------------- percentage points
# new (written for these tests): a pp change against the rate it changes and the rate
# stated for the period it is counted from.  Checked when check_points is on
# (rules/relate.yaml; on by default).


@pytest.fixture
def points_on(monkeypatch):
    from extractor.rules import cached_rules

    monkeypatch.setitem(cached_rules(None).context, "check_points", True)


def _points_of(text):
    article = extract(text)
    by_id = {f.id: f for f in article.figures}
    return [(c.status, by_id[c.reported].text, [by_id[i].text for i in c.inputs], c.reason)
            for c in article.checks if c.kind == "difference"]


@pytest.mark.parametrize("text, status, inputs", [
    # the previous rate after the change, before it, in brackets
    ("全年外贸进出口增长7.3%，增速比上年加快1.6个百分点，上年增长5.7%。", "consistent", ["7.3%", "5.7%"]),
    ("全年外贸进出口增长7.3%，增速比上年加快2.6个百分点，上年增长5.7%。", "inconsistent", ["7.3%", "5.7%"]),
    ("全年外贸进出口增长7.3%，上年增长5.7%，增速比上年加快1.6个百分点。", "consistent", ["7.3%", "5.7%"]),
    ("社会消费品零售总额增长3.4%，比上年回落0.9个百分点（上年增长4.3%）。", "consistent", ["3.4%", "4.3%"]),
    ("社会消费品零售总额增长3.4%，比上年提高0.9个百分点（上年增长4.3%）。", "inconsistent", ["3.4%", "4.3%"]),
    # a decline that narrows: magnitudes
    ("房地产开发投资下降8.1%，降幅比一季度收窄2.2个百分点，一季度下降10.3%。", "consistent", ["8.1%", "10.3%"]),
    ("房地产开发投资下降8.1%，降幅比一季度收窄1.2个百分点，一季度下降10.3%。", "inconsistent", ["8.1%", "10.3%"]),
    # a share against last year's share; periods of a year to date
    ("民营经济增加值占地区生产总值的比重为55.6%，比上年提高0.8个百分点，上年为54.8%。", "consistent",
     ["55.6%", "54.8%"]),
    ("1-8月，出口累计增长9.2%，增速比1-7月提高0.4个百分点，1-7月累计增长8.8%。", "consistent", ["9.2%", "8.8%"]),
    # the rates were rounded before they were subtracted: 6.44 - 5.46 = 0.98
    ("全年建筑业增加值增长6.4%，增速比上年提高1.0个百分点，上年增长5.5%。", "consistent", ["6.4%", "5.5%"]),
])
def test_percentage_point_change(points_on, text, status, inputs):
    assert [(s, i) for s, _, i, _ in _points_of(text)] == [(status, inputs)]


@pytest.mark.parametrize("text", [
    # no rate stated for the period counted from
    "工业投资增长11.7%，比上年加快3.4个百分点。",
    # another measure named before 比: not the rate before
    "全年服务业增加值增长6.0%，网上零售额比上年提高1.2个百分点，上年增长4.8%。",
    # the rate stated is another period's
    "全年外贸进出口增长7.3%，增速比上年加快1.6个百分点，一季度增长5.7%。",
])
def test_no_percentage_point_check(points_on, text):
    assert _points_of(text) == []


def test_percentage_points_read_from_the_next_sentence_only_confirm(points_on):
    from extractor.validate import INFERRED

    text = ("上半年全市生产总值增长5.1%，比一季度加快0.3个百分点，比上年同期回落0.4个百分点。"
            "一季度和上年同期分别增长4.8%和5.5%。")
    assert _points_of(text) == [("consistent", "0.3个百分点", ["5.1%", "4.8%"], INFERRED),
                                ("consistent", "0.4个百分点", ["5.1%", "5.5%"], INFERRED)]
    wrong = text.replace("加快0.3", "加快0.5")
    assert _points_of(wrong) == [("consistent", "0.4个百分点", ["5.1%", "5.5%"], INFERRED)]


def test_percentage_points_on_by_default_and_off_when_set(monkeypatch):
    from extractor.rules import cached_rules

    text = "全年外贸进出口增长7.3%，增速比上年加快2.6个百分点，上年增长5.7%。"
    assert [status for status, *_ in _points_of(text)] == ["inconsistent"]  # 7.3 - 5.7 = 1.6
    monkeypatch.setitem(cached_rules(None).context, "check_points", False)
    assert _points_of(text) == []


# ---------------------------------------------------------------- 环比 and 同比
# new: a 环比 rate is counted from the month before, a 同比 one from the same month a year before.


@pytest.mark.parametrize("text, expected", [
    ("3月份，全市商品房销售额58.4亿元，同比增长6.2%，上年同月为55.0亿元。", [("growth", "consistent", "6.2%")]),
    ("5月份，全县限上批发额16.8亿元，同比增长4.0%，上年同月为16.15亿元；环比增长3.1%，4月份为16.3亿元。",
     [("growth", "consistent", "4.0%"), ("growth", "consistent", "3.1%")]),
    ("5月份，全县限上批发额16.8亿元，同比增长4.0%，上年同月为16.15亿元；环比增长5.1%，4月份为16.3亿元。",
     [("growth", "consistent", "4.0%"), ("growth", "inconsistent", "5.1%")]),
    # 3月份 is not the month before 5月份
    ("5月份，全县限上批发额16.8亿元，同比增长4.0%，上年同月为16.15亿元；环比增长3.1%，3月份为16.3亿元。",
     [("growth", "consistent", "4.0%")]),
    ("5月份，全县限上批发额16.8亿元，环比增长3.1%，上月为16.3亿元。", [("growth", "consistent", "3.1%")]),
    # the quarter before, named or not (一季度 is not the one before 第三季度, nor is 前三季度 a quarter)
    ("第三季度实现营业收入15.63亿元，环比增长8.2%，二季度为14.45亿元。", [("growth", "consistent", "8.2%")]),
    ("第三季度实现营业收入15.63亿元，环比增长9.2%，上季度为14.45亿元。", [("growth", "inconsistent", "9.2%")]),
    ("第三季度实现营业收入15.63亿元，环比增长8.2%，一季度为14.45亿元。", []),
    ("前三季度实现营业收入15.63亿元，环比增长8.2%，二季度为14.45亿元。", []),
    # a 环比 rate is never checked against a value of a year before
    ("5月份，全县限上批发额16.8亿元，环比增长4.0%，上年同月为16.15亿元。", []),
    ("5月份，全县限上批发额16.8亿元，环比增长9.0%，上年同期为16.15亿元。", []),
    ("全县限上批发额上年同期为16.15亿元。5月份，全县限上批发额16.8亿元，环比增长9.0%。", []),
])
def test_month_on_month_and_year_on_year(text, expected):
    assert [c for c in checks_of(text)[1] if c[1] != "unverifiable"] == expected


# new: a growth counted from a base named by what it measures (比合同价款增长), found by name
# alone, only confirms; 节约率 is 节约资金 over the budget (rules/relate.yaml named_ratios).
def test_growth_from_a_base_named_earlier():
    from extractor.validate import INFERRED

    text = "合同价款3.20亿元。工程竣工后，结算价款为3.52亿元，比合同价款增长10.0%。"
    article, checks = checks_of(text)
    assert checks == [("growth", "consistent", "10.0%")] and article.checks[0].reason == INFERRED
    assert checks_of(text.replace("10.0%", "12.0%"))[1] == []


@pytest.mark.parametrize("rate, status", [("7.5%", "consistent"), ("8.5%", "inconsistent")])
def test_savings_rate(rate, status):
    text = f"本季度采购预算金额5.60亿元，实际成交金额5.18亿元，节约资金4200万元，资金节约率{rate}。"
    assert [c for c in checks_of(text)[1] if c[0] == "ratio"] == [("ratio", status, rate)]


@pytest.mark.parametrize("text, status, shown", [
    # A whole open above (1800多人) bounds the share from above only: it rules 80% out, confirms nothing.
    ("全校教职员工1800多人，其中专任教师1300人，占比72%。", "unverifiable", "≤ 72%"),
    ("全校教职员工1800多人，其中专任教师1300人，占比80%。", "inconsistent", "≤ 72%"),
    ("全校教职员工1800人，其中专任教师1300多人，占比62%。", "inconsistent", "≥ 72%"),
    # A previous value open above bounds the growth from above.
    ("全年营收50亿元，比上年的逾40亿元增长20%。", "unverifiable", "≤ 28%"),
    ("全年营收50亿元，比上年的逾40亿元增长30%。", "inconsistent", "≤ 28%"),
    # Both open: no bound at all, and said so (not an arithmetic error).
    ("全校教职员工1800多人，其中专任教师1300多人，占比72%。", "unverifiable", "their ratio has no bound"),
])
def test_a_quotient_over_an_open_bound_stays_open(text, status, shown):
    (check,) = extract(text).checks
    assert check.status == status
    assert shown in check.explanation_en
    assert "InvalidOperation" not in check.explanation_en


@pytest.mark.parametrize("text, status", [
    # new: 与上年同期的X相比下滑R: the previous value inside 与…相比, the current one before it.
    ("2018年上半年销售产品收入为357亿元，与上年同期的409亿元相比下滑12.7%。", "consistent"),
    ("全县税收收入为35.7亿元，与上年的40.9亿元相比下降21.7%。", "inconsistent"),
    # new: 从上年同期的X增长到本季的Y: the period named after 到 belongs to the current value.
    ("净利润从上年同期的5950万美元增长到本季的7700万美元，增幅为29.5%。", "consistent"),
    ("全县税收收入由2017年的40.9亿元下降到2018年的35.7亿元，降幅为12.7%。", "consistent"),
    ("全县税收收入由2017年的40.9亿元下降到2018年的35.7亿元，降幅为21.7%。", "inconsistent"),
    # new: 增长幅度 names the rate, as 增幅 does.
    ("营收由去年同期的288.46亿美元提升至371.85亿美元，增长幅度为29%。", "consistent"),
    ("营收由去年同期的288.46亿美元提升至371.85亿美元，增长幅度为40%。", "inconsistent"),
])
def test_growth_against_a_previous_value_compared_or_left_behind(text, status):
    assert [(k, s) for k, s, _ in checks_of(text)[1]] == [("growth", status)]


def test_a_range_read_from_the_context_confirms_nothing():
    from extractor.records import Figure
    from extractor.relate import Relation

    def usd(fid, at, value, value_max=None):
        return Figure(fid, "money", "x", at, at + 1, Decimal(value), value_max and Decimal(value_max), "USD")

    figures = [usd("f1", 0, "4650000000"), usd("f2", 2, "4500000000", "5300000000"), usd("f3", 4, "76.5")]
    read = Relation("breakdown", None, total="f1", inputs=("f2", "f3"), mode="inferred")
    tied = Relation("breakdown", None, total="f1", inputs=("f2", "f3"), mode="exhaustive")
    inferred, stated = check_relations([read, tied], figures)
    assert (inferred.status, inferred.reason) == ("unverifiable", RANGE_INFERRED)
    assert (stated.status, stated.reason) == ("consistent", "")


@pytest.mark.parametrize("text, status", [
    # new: 增长率/增值率 name the rate; 提高 and 增值 before an amount state the change.
    ("考研报名人数为238万人，比2017年增加了37万人，增长率为18.4%。", "consistent"),
    ("考研报名人数为238万人，比2017年增加了37万人，增长率为28.4%。", "inconsistent"),
    ("入围门槛为软件业务年收入16.2亿元，比上届提高1.7亿元，增长11.9%。", "consistent"),
    ("入围门槛为软件业务年收入16.2亿元，比上届提高1.7亿元，增长19.1%。", "inconsistent"),
    # A comparison between the amount and the change (估值…较账面价值增值…) makes the amount the current value.
    ("盛大游戏310亿元估值较净资产账面价值增值196.07亿元，增值率为172.10%。", "consistent"),
])
def test_growth_from_a_change_named_otherwise(text, status):
    assert [(k, s) for k, s, _ in checks_of(text)[1]] == [("growth", status)]


def test_an_amount_compared_with_before_its_change_is_the_base():
    # 与X相比增长Y: X is the base, not the current value 3010 (no check rather than 110 / (2900 - 110)).
    text = "公司第三季度净收入为人民币3010万元，与2017年第三季度的净收入人民币2900万元相比增长人民币110万元，增幅为3.8%。"
    article = extract(text)
    by_id = {f.id: f.text for f in article.figures}
    assert not any(by_id[i] == "人民币2900万元" and c.relation == "growth" and c.inputs[0] == i
                   for c in article.checks for i in c.inputs)


@pytest.mark.parametrize("text, status", [
    # new: the earlier rate inside 与…相比, the current one right before it.
    ("毛利率为35.4%，与上年同期的33.1%相比提高2.3个百分点。", "consistent"),
    ("毛利率为35.4%，与上年同期的33.1%相比提高3.2个百分点。", "inconsistent"),
    ("资产负债率为61.2%，与上年末的63.5%相比，下降了2.3个百分点。", "consistent"),
    # new: the earlier rate after 比/较 (比上年的56.2%提高), or the one it moved from (由…到).
    ("城镇化率为57.6%，比上年的56.2%提高1.4个百分点。", "consistent"),
    ("综合毛利率为23.5%，较上年同期的25.1%下降1.6个百分点。", "consistent"),
    ("综合毛利率为23.5%，较上年同期的25.1%下降2.6个百分点。", "inconsistent"),
    ("城镇化率由上年的56.2%提高到57.6%，提高1.4个百分点。", "consistent"),
    ("综合毛利率由25.1%下降至23.5%，减少2.6个百分点。", "inconsistent"),
])
def test_points_against_a_rate_compared_with(text, status):
    assert [(k, s) for k, s, _ in checks_of(text)[1]] == [("difference", status)]


def test_a_range_of_rates_is_shown_with_both_ends():
    (check,) = extract("营业收入将介于50亿元到54亿元之间，与上年同期的44.6亿元相比增长12%至21%。").checks
    assert check.status == "consistent"
    assert check.explanation_en.endswith("(reported 12 to 21%)")
    assert check.explanation_zh.endswith("（报告 12至21%）")


@pytest.mark.parametrize("text, status", [
    # A range of rates from a range of amounts: end against end, not overlap (15%至30% overlaps 12%至21%).
    ("营业收入将介于50亿元到54亿元之间，与上年同期的44.6亿元相比增长12%至21%。", "consistent"),
    ("营业收入将介于50亿元到54亿元之间，与上年同期的44.6亿元相比增长15%至30%。", "inconsistent"),
    ("营收将介于45亿美元到53亿美元之间，与上年同期的61亿美元相比下降13%至26%。", "consistent"),
    ("营收将介于45亿美元到53亿美元之间，与上年同期的61亿美元相比下降10%至26%。", "inconsistent"),
])
def test_a_range_of_rates_is_checked_end_against_end(text, status):
    assert [(k, s) for k, s, _ in checks_of(text)[1]] == [("growth", status)]


@pytest.mark.parametrize("text, expected", [
    # new: a total of people counted by 名 over parts counted by 人 (or the reverse), when no
    # total of the parts' own classifier stands before them.
    ("2017年，MBA项目共迎来了887名新生，其中在职MBA学生755人，国际MBA学生132人。", [("sum", "consistent")]),
    ("2017年，MBA项目共迎来了887名新生，其中在职MBA学生755人，国际MBA学生142人。", [("sum", "inconsistent")]),
    ("今年比赛规模增至12000人，其中马拉松项目2000名、半程马拉松项目4000名、欢乐跑6000名。", [("sum", "consistent")]),
    # A total of the parts' own classifier comes first (115名, not the 110人 of the brackets);
    # the brackets right after it break it down too (男生110人，女生5人: session 43).
    ("招收计划：115名（男生110人，女生5人），文理兼收，其中理科97名，文科18名。", [("sum", "consistent")] * 2),
])
def test_a_sum_of_people_counted_by_another_classifier(text, expected):
    assert [(k, s) for k, s, _ in checks_of(text)[1]] == expected


@pytest.mark.parametrize("text, status", [
    # new: a loss that widens (扩大) or narrows (收窄, a decline) by a rate.
    ("B站净亏损为7030万元，较去年同期的净亏损5040万元扩大39%。", "consistent"),
    ("公司净亏损为3000万元，较去年同期的净亏损5000万元收窄40%。", "consistent"),
    ("公司净亏损为3000万元，较去年同期的净亏损5000万元收窄20%。", "inconsistent"),
    # new: a clause about the year before holds the previous value (相比之下去年同期…为).
    ("第三季度净利润为17亿元，相比之下去年同期净利润为18亿元，同比下滑5.56%。", "consistent"),
    ("第三季度净利润为17亿元，相比之下去年同期净利润为18亿元，同比下滑15.56%。", "inconsistent"),
    ("第二财季盈利为234.53亿元，而去年同期净利润为220.89亿元，同比增长6.18%。", "consistent"),
])
def test_growth_of_a_loss_and_a_previous_value_in_its_own_clause(text, status):
    assert [(k, s) for k, s, _ in checks_of(text)[1]] == [("growth", status)]


@pytest.mark.parametrize("text,figure,indicator", [
    ("保罗的命中率只39.4%。", "39.4%", "保罗的命中率"),
    ("开一间门店的启动金在150万元左右。", "150万元左右", "开一间门店的启动金"),  # jieba glues 金在
    ("高通将股价从56美元提升至75美元。", "56美元", "高通将股价"),
    # a word of the dictionary that ends like a preposition stays whole
    ("一线城市老龄化已经达到甚至超过17%。", "超过17%", "一线城市老龄化已经达到甚至"),
    ("每天生活费相当于3.2美元。", "3.2美元", "每天生活费相当于"),
    # (低于 is a bound, part of the figure: the measure ends before it)
    ("每天生活费低于3.2美元。", "低于3.2美元", "每天生活费"),
    # a change stated before the figure it leads to is no part of the measure
    ("其中Coach在2018年全年销售额增长3%至42.2亿美元。", "42.2亿美元", "Coach在2018年全年销售额"),
    ("营收同比大涨23%至27.9亿美元。", "27.9亿美元", "营收"),
    ("在线游戏收入在8500万美元至9500万美元之间。", "8500万美元至9500万美元", "在线游戏收入"),  # 在线 is a word
    # an abbreviation in brackets between the measure and its figure
    ("全年全市地区生产总值（GDP）2,856.43亿元，比上年增长5.8%。", "2,856.43亿元", "地区生产总值"),
    # the base of a comparison goes with the verb after it
    ("全年居民消费价格比上年上涨0.3%。", "0.3%", "居民消费价格"),
    ("全年规模以上工业增加值比上年增长7.2%。", "7.2%", "规模以上工业增加值"),
    # a time word and a verb of having open no measure
    ("年末全市共有规模以上工业企业1,286家。", "1,286家", "规模以上工业企业"),
    # a trailing verb goes with the word it ends, a name keeps its last character
    ("特斯拉目前持有30亿美元现金。", "30亿美元", "特斯拉目前"),
    ("而零售业务只有50%。", "50%", "而零售业务"),
    ("其市场份额稍微落后华为的13%。", "13%", "其市场份额稍微落后华为"),
    # a count before the measure in its clause is no part of it, nor the scope it opens
    ("截至12月底，86个项目中已开工项目71个。", "71个", "开工项目"),
    ("苹果公司第四财季营收为629亿美元，35名分析师平均预期营收615.7亿美元。", "615.7亿美元", "分析师平均预期营收"),
    ("全县严控大班额，56人以上超大班额的比例控制在2%以内。", "2%以内", "超大班额的比例"),
    ("前9个月的销量达72.1万辆。", "72.1万辆", "销量"),
    ("毛利率比去年同期提升4%。", "4%", "毛利率"),
    ("京东股价回升接近15%。", "接近15%", "京东股价"),  # a two-character verb goes whole, not its 升
    # a verb of striving is no part of the measure, nor does a bare change name one
    ("全县力争增长7%以上。", "7%以上", None),
    # a change after a quantity (a number and a unit of measure) measures the quantity's measure
    ("商品房销售面积386.5万平方米，下降6.3%。", "6.3%", "商品房销售面积"),
    ("海城港完成货物吞吐量3.05亿吨，同比增长7.6%；集装箱吞吐量628.4万标箱，增长11.2%。", "11.2%", "集装箱吞吐量"),
    # a period of months (1至11月) and a 的 after it open no measure
    ("1至11月全区固定资产投资增长8.7%。", "8.7%", "固定资产投资"),
    ("1至9月的损失金额达10.7亿日元。", "10.7亿日元", "损失金额"),
    # a share that names its own part keeps that name; one that points back or only says
    # "share" is of the figure before it
    ("全湖大闸蟹总产量约2800吨，规格蟹占比达到三成以上。", "三成以上", "规格蟹占比"),
    ("两类药品合计出口3050万美元，比例仅占1.6%。", "1.6%", "两类药品合计出口"),
    ("服务业务收入371.9亿美元，虽然只占总收入的14%左右。", "14%左右", "服务业务收入"),
    # the places a thing was done (…等地), a future's 将 and a threshold's 突破 measure nothing
    ("县领导先后带队赴长三角、珠三角等地开展招商活动27次。", "27次", "开展招商活动"),
    ("获得国家社会科学基金等国家级项目193项。", "193项", "获得国家社会科学基金等国家级项目"),
    ("2026年该县将力争新引进亿元以上项目30个以上。", "30个以上", "新引进亿元以上项目"),
    ("将来收入5亿元。", "5亿元", "将来收入"),
    ("到位县外资金突破110亿元。", "110亿元", "到位县外资金"),
    ("达产后年产值可达40亿元。", "40亿元", "达产后年产值"),
    ("11月录得有形贸易逆差326亿元。", "326亿元", "有形贸易逆差"),
    # the ages a group is named by stay; an abbreviation inside a name goes, the name stays
    ("从年龄构成看，0-15岁人口占17.2%，60岁及以上人口占21.3%。", "17.2%", "0-15岁人口"),
    ("细颗粒物（PM2.5）年均浓度为31微克/立方米，同比下降8.8%。", "8.8%", "细颗粒物年均浓度"),
    ("全市研究与试验发展（R&D）经费投入达到186.4亿元。", "186.4亿元", "研究与试验发展经费投入"),
    # a total named only as one is the total of what the figure before it added to (only that)
    ("全县新增规上工业企业42家，总数达到386家。", "386家", "规上工业企业"),
    ("新引进资金5亿元，总额达到20亿元。", "20亿元", "资金"),
    # a long phrase: what its clause's verb gives (未来三年…提供|意向授信总额)
    ("县政府与5家金融机构签署协议，未来三年将为全县重点项目和中小微企业提供意向授信总额120亿元。", "120亿元", "意向授信总额"),
    # a change from the start of the year, 新增, is of the level before it
    ("全县各项贷款余额达312.6亿元，较年初新增28.4亿元，增长10.0%。", "28.4亿元", "各项贷款余额"),
    ("金额是五年每年60万元，总额300万元。", "300万元", "总额"),
    ("进口货值则上升7.0%。", "7.0%", "进口货值"),
    ("预估11月外销订单金额介于525亿美元至545亿美元之间。", "525亿美元至545亿美元", "外销订单金额"),
    # an amount in another currency after a comma, opening with 约合, is the same amount
    ("合同金额为1,280万欧元，约合人民币9,984万元。", "约合人民币9,984万元", "合同金额"),
    ("今年以来全市走访企业216家次。", "216家次", "走访企业"),
    ("假期全县住宿业入住率达到82.4%。", "82.4%", "住宿业入住率"),
    # the firm that reports, and the one that builds, before what is measured (not 公司债)
    ("公司实现营业收入48.76亿元。", "48.76亿元", "营业收入"),
    ("公司拥有现金及现金等价物4.9亿元。", "4.9亿元", "现金及现金等价物"),
    ("公司债发行规模50亿元。", "50亿元", "公司债发行规模"),
    ("其中，深圳市鸿远新能源科技有限公司投资的动力电池项目总投资25亿元。", "25亿元", "动力电池项目总投资"),
    # a grade before the noun a count counts
    ("全县23家A级旅游景区共接待游客52.3万人次。", "23家", "A级旅游景区"),
    # a change in points of the rate before it, counted from another period, is of the rate's measure
    ("一般公共预算收入完成312.45亿元，同比增长6.2%，比上半年提高0.8个百分点。", "0.8个百分点", "一般公共预算收入"),
    ("社会消费品零售总额168.35亿元，同比增长5.8%，增速较上月加快1.2个百分点。", "1.2个百分点", "社会消费品零售总额"),
    ("毛利率为57.8%，较上季增加1.1个百分点。", "1.1个百分点", "毛利率"),
    # a rate on another base right after a rate names the same measure
    ("10月份，全国居民消费价格同比上涨0.2%，环比下降0.1%。", "0.1%", "居民消费价格"),
    ("公司前三季度实现营业总收入52.36亿元。", "52.36亿元", "营业总收入"),
    # a year's 之 (Hong Kong reports) goes with the year, not 之后/之前 (words of their own)
    ("2026年全年度之收入为約港幣5.3億元。", "約港幣5.3億元", "收入"),
    ("2026年度之溢利为3亿港元。", "3亿港元", "溢利"),
    ("2017年之后注册的公司就有1418家。", "1418家", "之后注册的公司"),
    ("全年新增就业4.2万人，比上年增加。环比增加81.57万人。", "81.57万人", None),
])
def test_an_indicator_is_the_noun_phrase_before_its_figure(text, figure, indicator):
    by_text = {f.text: f for f in extract(text).figures}
    assert by_text[figure].indicator == indicator


def test_a_change_in_the_next_clause_measures_the_figure_before_it():
    text = ("年末全市常住人口290.15万人，比上年末增加1.32万人。常住人口城镇化率为68.48%，比上年末提高0.95个百分点。"
            "全市共有规模以上工业企业1,286家，比上年末增加87家；新设外商投资企业63家，实际使用外资增加5家。")
    by_text = {f.text: f for f in extract(text).figures}
    assert (by_text["1.32万人"].indicator, by_text["1.32万人"].role) == ("常住人口", "change")
    assert (by_text["0.95个百分点"].indicator, by_text["0.95个百分点"].role) == ("常住人口城镇化率", "change")
    assert (by_text["87家"].indicator, by_text["87家"].role) == ("规模以上工业企业", "change")
    assert by_text["5家"].role is None  # its clause names its own measure
    text = "一般贸易进出口22.34万亿元，占我国外贸总值的65.1%，比去年同期提升0.4个百分点。"
    by_text = {f.text: f for f in extract(text).figures}
    assert (by_text["0.4个百分点"].indicator, by_text["0.4个百分点"].role) == ("一般贸易进出口", "change")


def test_a_share_never_takes_its_whole_for_its_part():
    """核查数量约占2023个…的22%: the part is not stated; the figure inside 占…的 is the whole."""
    text = "自查核查行动以波浪式方式推进，核查数量约占2023个已向食药监总局申报待审药品注册申请的22%，扣除约3%免做临床试验。"
    assert extract(text).checks == []


@pytest.mark.parametrize("text,checks", [
    # a second list after the ；breaks the same total down by another classification
    ("全年共引进项目86个，其中亿元以上项目41个；工业项目52个、服务业项目27个、农业项目7个。",
     [("52 + 27 + 7", "consistent")]),
    ("全年共引进项目86个。其中，亿元以上项目41个，10亿元以上项目9个；工业项目52个、服务业项目27个、农业项目7个。",
     [("41 + 9", "unverifiable"), ("52 + 27 + 7", "consistent")]),
    # such a list confirms and never refutes: it may be about something else
    ("全年共引进项目86个，其中亿元以上项目41个；工业项目52个、服务业项目27个、农业项目8个。", []),
    # or a list of one goes on after the ；
    ("全国有572家合作医院。在这572家医院当中，三级医院有82家；二级医院是328家，一级医院162家。",
     [("82 + 328 + 162", "consistent")]),
])
def test_later_lists_of_a_breakdown(text, checks):
    article = extract(text)
    by_id = {f.id: f for f in article.figures}
    got = [(" + ".join(by_id[i].text.rstrip("个家") for i in c.inputs), c.status) for c in article.checks]
    assert got == checks


def test_a_change_is_no_operand_of_a_named_rate():
    """比上年末减少0.36万人 carries the indicator 常住人口 too, as a change: the 城镇化率 is
    still over the population, not over the change."""
    text = "年末全县常住人口52.40万人，比上年末减少0.36万人。其中城镇常住人口31.86万人，常住人口城镇化率为60.80%。"
    article = extract(text)
    by_id = {f.id: f for f in article.figures}
    assert [(by_id[c.inputs[0]].text, by_id[c.inputs[1]].text, c.status) for c in article.checks] == [
        ("31.86万人", "52.40万人", "consistent")]


def test_growth_in_taiwan_s_words():
    """成长 and 衰退 are growth and decline verbs too; 负成长 is a decline."""
    text = ("財政部公布10月出口值為新台幣1.2兆元，年減4.5%；進口值衰退12.3%。"
            "營收新台幣2,432.03億元，較去年同期成長15.7%。外銷訂單年增率負成長2.1%。")
    by_text = {f.text: f for f in extract(text).figures}
    assert [(t, by_text[t].negative, by_text[t].role) for t in ("4.5%", "12.3%", "15.7%", "2.1%")] == [
        ("4.5%", True, "growth"), ("12.3%", True, "growth"), ("15.7%", False, "growth"), ("2.1%", True, "growth")]
    assert by_text["15.7%"].indicator == by_text["新台幣2,432.03億元"].indicator


def test_growth_in_hong_kong_s_words():
    """按年 (year on year) and 按季 name the base; 升 and 跌 alone are changes."""
    text = "第三季收入及其他收益為53.67億港元，按年上升12%；股東應佔溢利為30.36億港元，按年跌5%，按季增長3.2%。"
    by_text = {f.text: f for f in extract(text).figures}
    assert [(t, by_text[t].role, by_text[t].negative) for t in ("53.67億港元", "12%", "30.36億港元", "5%", "3.2%")] == [
        ("53.67億港元", "actual", False), ("12%", "growth", False), ("30.36億港元", "actual", False),
        ("5%", "growth", True), ("3.2%", "growth", False)]
    assert by_text["12%"].indicator == by_text["53.67億港元"].indicator == "第三季收入及其他收益"
    assert by_text["5%"].indicator == by_text["3.2%"].indicator == "股东应占溢利"


def test_a_region_alone_in_a_parallel_item_takes_the_measure_before_it():
    text = ("前三季度，郑州市地区生产总值10,234.5亿元，增长7.2%；洛阳市4,123.6亿元，增长6.8%；开封市1,890.3亿元，增长5.9%。"
            "全市新签约项目30个，其中郑州市12个、洛阳市18个。")
    by_text = {f.text: f for f in extract(text).figures}
    assert [by_text[t].indicator for t in ("4,123.6亿元", "6.8%", "1,890.3亿元")] == [
        "洛阳市地区生产总值", "洛阳市地区生产总值", "开封市地区生产总值"]
    # a list of regions after a total names no measure after its regions: they stay parts by name
    assert [by_text[t].indicator for t in ("12个", "18个")] == ["郑州市", "洛阳市"]


def test_figures_of_a_distributed_list_take_the_measure_before_it():
    # 城乡 is 城镇 and 农村: each figure of the two takes its own
    text = "城乡居民人均可支配收入分别达到20156元和9832元，分别增长5.6%和7.1%。"
    by_text = {f.text: f for f in extract(text).figures}
    assert [by_text[t].indicator for t in ("20156元", "9832元", "5.6%", "7.1%")] == [
        "城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"]
    # items that share the head noun the last one spells out each take it whole
    text = "城镇和农村居民人均可支配收入分别达到41256元、21874元，分别增长4.8%和6.9%。"
    by_text = {f.text: f for f in extract(text).figures}
    assert [by_text[t].indicator for t in ("41256元", "21874元", "4.8%", "6.9%")] == [
        "城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"]
    by_text = {f.text: f for f in extract("阿里、京东的市场份额分别为58.2%、16.3%。").figures}
    assert by_text["58.2%"].indicator == "阿里的市场份额"
    # but not a head the other item is no counterpart of (净 to 营业收入), nor one with a year in it
    by_text = {f.text: f for f in extract("营业收入和净利润分别为12亿元和3亿元。").figures}
    assert [by_text[t].indicator for t in ("12亿元", "3亿元")] == ["营业收入", "净利润"]
    text = "王中军与王中磊仅在2018年股权质押次数已分别达63次与26次。"
    assert extract(text).figures[0].indicator == "王中军"
    # an indent before the list is no part of its first item
    by_text = {f.text: f for f in extract("　　省属企业和市县国有企业营业总收入分别为7,341.2亿元和5,524.2亿元。").figures}
    assert by_text["7,341.2亿元"].indicator == "省属企业"
    # a figure joined to the one before keeps the noun it counts when it names one
    by_text = {f.text: f for f in extract("顾客可以定制同时拥有两种或四种口味的披萨。").figures}
    assert by_text["四种"].indicator == "口味"


def test_overlapping_kinds_of_investment_are_no_breakdown_to_refute():
    """民间投资 cuts across 工业投资 and 基础设施投资: their sum may exceed the total."""
    text = ("固定资产投资完成56.3亿元，同比增长10.4%。其中，工业投资22.8亿元，增长15.2%；"
            "基础设施投资18.4亿元，增长7.9%；民间投资31.5亿元，占全部投资的55.9%。")
    statuses = [(c.kind, c.status) for c in extract(text).checks]
    assert ("sum", "inconsistent") not in statuses and ("sum", "unverifiable") in statuses


@pytest.mark.parametrize("text", [
    "全市规模以上工业增加值450亿元。其中，高技术制造业增加值120亿元，装备制造业增加值210亿元，战略性新兴产业增加值180亿元。",
    "各项贷款余额1200亿元，其中涉农贷款560亿元，小微企业贷款700亿元。",
    "全市进出口总额800亿元，其中一般贸易进出口520亿元，民营企业进出口460亿元。",
    "全年新签约项目52个。其中，亿元以上项目38个，工业项目30个。",
    "全县共有学校120所，其中小学80所，民办学校50所。",
    "全年城镇新增就业1.2万人，其中高校毕业生4500人，就业困难人员9000人。",
])
def test_cuts_of_one_whole_by_several_dimensions_are_no_breakdown(text):
    assert [(c.kind, c.status) for c in extract(text).checks] == [("sum", "unverifiable")]


@pytest.mark.parametrize("text,status", [
    # value added grows at comparable prices: the nominal values beside its rate check nothing
    ("全县地区生产总值完成128.6亿元，同比增长6.2%，上年同期为115.3亿元。", "unverifiable"),
    ("规模以上工业增加值45亿元，增长8.5%，上年同期为40亿元。", "unverifiable"),
    ("按可比价格计算，全年营收36亿元，同比增长20%，去年同期为25亿元。", "unverifiable"),
    ("全体居民人均可支配收入32,189元，比上年增长6.3%，扣除价格因素，实际增长4.1%，上年为30,281元。", "unverifiable"),
    ("全体居民人均可支配收入32,189元，比上年增长6.3%，上年为30,281元。", "consistent"),
    # other measures grow in their own values
    ("全年营收36亿元，同比增长20%，去年同期为30亿元。", "consistent"),
    ("全年营收36亿元，同比增长20%，去年同期为25亿元。", "inconsistent"),
])
def test_growth_at_comparable_prices(text, status):
    assert [(c.kind, c.status) for c in extract(text).checks] == [("growth", status)]


def test_the_bound_in_a_kind_s_name_is_no_part():
    """其中，10亿元以上项目3个，总投资48亿元: the 10亿 names a kind of project and adds to nothing."""
    text = "全年新签约项目45个，总投资120亿元，其中，10亿元以上项目3个，总投资48亿元；5亿元以上项目8个，总投资62亿元。"
    article = extract(text)
    bound = next(f for f in article.figures if f.text == "10亿元以上")
    assert bound.role is None
    assert all(bound.id not in c.inputs and bound.id != c.total for c in article.checks)


def test_rates_of_projects_started_and_in_production():
    """开工率 and 投产率 are counts of projects over the projects signed, never over each other."""
    text = "全年新签约项目52个，其中亿元以上项目20个。截至年底，已开工项目39个，开工率75%；已投产项目13个，投产率为25%。"
    article = extract(text)
    by_id = {f.id: f for f in article.figures}
    got = [(by_id[c.inputs[0]].text, by_id[c.inputs[1]].text, c.status) for c in article.checks if c.kind == "ratio"]
    assert got == [("39个", "52个", "consistent"), ("13个", "52个", "consistent")]
    wrong = extract(text.replace("投产率为25%", "投产率为35%"))
    assert [c.status for c in wrong.checks if c.kind == "ratio"] == ["consistent", "inconsistent"]


def test_a_previous_value_paired_before_is_no_base_of_a_later_rate():
    """从X增加到Y pairs X with Y; the 15% after them rises to 7700万 from a base not stated."""
    text = "集团收入从去年同期的10.7亿美元增加到12.5亿美元，经调整后的利润同比上涨15%至7700万美元。"
    assert [c for c in extract(text).checks if c.status == "inconsistent"] == []
    text = "净利润从去年同期的3470万欧元减少2.8%至3370万欧元。"
    assert [(c.kind, c.status) for c in extract(text).checks] == [("growth", "consistent")]


def test_a_whole_named_by_its_short_name_is_the_figure_of_its_long_one():
    text = ("公司实现归属于上市公司股东的净利润6.84亿元，同比增长23.6%。公司拟每10股派发现金红利3.5元，"
            "合计派发现金红利1.75亿元，占当年归母净利润的25.6%。")
    shares = [c for c in extract(text).checks if c.relation == "share"]
    assert [(c.status, c.explanation_en.split(" (")[0]) for c in shares] == [("consistent", "1.75 / 6.84 = 25.6%")]
    assert short_name("2025年扣除非经常性损益后的净利润") == "2025年扣非净利润"
    assert short_name("地区生产总值") == short_name("国内生产总值") == "GDP"
    assert short_name("营业收入") == "营业收入"


def test_a_space_between_han_characters_parts_phrases_as_in_a_title():
    text = "我县假期文旅市场火热 接待游客68.35万人次\n全县共接待游客68.35万人次，按可比口径同比增长18.7%。"
    figures = extract(text).figures
    assert [(f.text, f.indicator) for f in figures] == [
        ("68.35万人次", "接待游客"), ("68.35万人次", "接待游客"), ("18.7%", "接待游客")]
    assert figures[2].role == "growth"


def test_events_counted_by_changci_break_down_into_events_counted_by_chang():
    text = "节日期间，全县开展各类文旅活动56场次，其中非遗展演18场、乡村音乐节5场、夜间消费活动33场。"
    sums = [c for c in extract(text).checks if c.kind == "sum"]
    assert [(c.status, c.explanation_en) for c in sums] == [("consistent", "18 + 5 + 33 = 56 (reported total 56)")]


@pytest.mark.parametrize("text,figure,role", [
    # a change of another measure after 其中 is no part of the total
    ("全县实现旅游综合收入4.12亿元。其中，过夜游客9.6万人次，人均花费较去年同期增加63元。", "63元", None),
    # 最少 bounds a part, it changes nothing
    ("雪崩造成超过200人死亡，其中在一个村子最少50人死亡。", "最少50人", "part"),
])
def test_roles_of_a_single_figure_after_qizhong(text, figure, role):
    assert {f.text: f.role for f in extract(text).figures}[figure] == role


def test_a_count_after_the_clauses_region_is_no_part_of_the_measure():
    by_text = {f.text: f for f in extract("全县12家旅游景区共接待游客41.2万人次。").figures}
    assert by_text["12家"].of == "旅游景区"
    assert by_text["41.2万人次"].indicator == "旅游景区共接待游客"  # was 家旅游景区共接待游客


def test_changes_beside_levels_are_no_parts_of_their_breakdown():
    text = ("考研报名人数为238万人，比上年增加了37万人，增长率为18.4%。"
            "其中，应届考生131万人，比上年增加18万人，往届考生107万人，比上年增加19万人。")
    article = extract(text)
    sums = [c for c in article.checks if c.kind == "sum"]
    assert [(c.status, c.explanation_en) for c in sums] == [("consistent", "131 + 107 = 238 (reported total 238)")]
    assert {f.text: f.role for f in article.figures}["18万人"] == "change"


def test_an_export_share_is_of_exports_not_of_imports_and_exports():
    text = ("前10个月，我省货物贸易进出口总值4,862.3亿元，增长7.4%。其中，出口3,105.8亿元，增长9.2%；进口1,756.5亿元，增长4.3%。"
            "从商品看，机电产品出口1,846.2亿元，增长10.4%，占出口总值的59.4%。")
    shares = [c for c in extract(text).checks if c.relation == "share"]
    assert [(c.status, c.explanation_en) for c in shares] == [("consistent", "1846.2 / 3105.8 = 59.4% (reported 59.4%)")]


@pytest.mark.parametrize("text,change,share", [
    ("民营企业进出口3,318.4亿元，增长11.5%，占68.2%，比重较去年同期提升2.5个百分点。", "2.5个百分点", "68.2%"),
    ("对沿线国家进出口2,296.5亿元，增长10.8%，占比提升1.4个百分点至47.2%。", "1.4个百分点", "47.2%"),
])
def test_a_change_in_points_named_only_as_a_share_is_of_the_share_beside_it(text, change, share):
    by_text = {f.text: f for f in extract(text).figures}
    assert by_text[share].role == "share"
    assert (by_text[change].indicator, by_text[change].role) == (by_text[share].indicator, "change")


def test_the_target_of_one_semicolon_item_is_not_the_next_ones():
    text = ("其中，省重点项目9个，年度计划投资31.5亿元，已完成投资25.1亿元，完成率79.7%；"
            "市重点项目23个，已完成投资44.6亿元，完成年度计划的76.2%。")
    article = extract(text)
    assert sorted((c.status, c.inputs) for c in article.checks if c.relation == "completion") == [
        ("consistent", ("f3", "f2")), ("unverifiable", ("f6",))]  # 44.6 / 31.5 was a false alarm
    by_text = {f.text: f for f in article.figures}
    assert (by_text["44.6亿元"].role, by_text["76.2%"].indicator) == ("actual", "投资")


def test_gongji_leaves_the_indicator_and_still_marks_a_whole_of_its_own():
    by_text = {f.text: f for f in extract("截至本公告日，公司在手订单共计52艘，合同总金额约189.6亿元。").figures}
    assert by_text["52艘"].indicator == "公司在手订单"  # was 公司在手订单共计
    text = "金庸共创作了15部武侠小说，其中14部是长篇武侠小说，根据金庸小说拍摄的电影、电视剧共计100多部。"
    assert [c for c in extract(text).checks if c.kind == "sum"] == []


@pytest.mark.parametrize("text,expected", [
    # a ；-item that repeats the total's pattern (count, then 总投资) is another total, no part
    ("新签约项目5个，总投资23.6亿元，其中亿元以上项目3个；新开工项目4个，总投资11.2亿元。", []),
    # but parts that each repeat it are parts
    ("签约项目30个，总投资120亿元，其中工业项目18个，总投资80亿元；服务业项目12个，总投资40亿元。",
     [("sum", "consistent"), ("sum", "consistent")]),
])
def test_a_total_beside_the_first_is_no_part_of_it(text, expected):
    assert [(c.kind, c.status) for c in extract(text).checks if c.kind == "sum"] == expected


def test_a_base_with_its_own_figure_is_no_part_of_the_measure():
    text = ("全年实现社会消费品零售总额156.2亿元，由上年的143.8亿元增加到156.2亿元，增幅8.6%。"
            "进出口总额较上年同期的42.6亿元增长15.3%，达到49.1亿元。持股比例从21.64%降至0.90%。")
    article = extract(text)
    assert [(f.text, f.indicator) for f in article.figures if f.text in ("8.6%", "15.3%", "49.1亿元", "0.90%")] == [
        ("8.6%", "社会消费品零售总额"), ("15.3%", "进出口总额"), ("49.1亿元", "进出口总额"), ("0.90%", "持股比例")]
    growths = sorted(c.explanation_en for c in article.checks if c.kind == "growth")
    assert growths == ["156.2 / 143.8 - 1 = 8.6% (reported 8.6%)", "49.1 / 42.6 - 1 = 15.3% (reported 15.3%)"]


def test_a_named_ratio_takes_no_operands_of_two_firms():
    text = ("2015-2017年，艺龙毛利由3.86亿元增至17.07亿元，毛利率由37.7%增至67.8%；同程在线业务收入由5.81亿元增至27.08亿元，"
            "同程在线业务毛利由3.52亿元增至18.49亿元，毛利率由60.6%增至68.3%。")
    ratios = [(c.status, c.explanation_en) for c in extract(text).checks if c.kind == "ratio"]
    assert ratios == [("consistent", "18.49 / 27.08 = 68.3% (reported 68.3%)")]  # not 17.07 / 27.08 against 67.8%


def test_taiwan_growth_words_end_no_measure():
    by_text = {f.text: f for f in extract("财政部：10月出口年增12.3% 连续12个月正成长").figures}
    assert by_text["12.3%"].indicator == "出口"


def test_places_in_parallel_items_and_lists_take_the_measure_named_with_the_first():
    text = ("截至9月底，全县完成招商引资到位资金38.6亿元。分乡镇看，城关镇到位资金9.8亿元，完成年度任务12亿元的81.7%；"
            "青石镇6.2亿元，完成年度任务8亿元的77.5%。城关镇、青石镇、河口乡新签约项目分别为8个、5个和3个。")
    by_text = {f.text: f for f in extract(text).figures}
    assert [by_text[t].indicator for t in ("6.2亿元", "77.5%")] == ["青石镇到位资金", "青石镇到位资金"]
    assert [by_text[t].of for t in ("8个", "5个", "3个")] == ["城关镇新签约项目", "青石镇新签约项目", "河口乡新签约项目"]


def test_a_month_within_the_period_before_keeps_its_measure():
    text = "1-9月，全市规模以上工业增加值同比增长8.4%。其中，9月当月增长9.1%。当季阿里巴巴营收124.9亿美元。"
    by_text = {f.text: f for f in extract(text).figures}
    assert (by_text["9.1%"].indicator, by_text["124.9亿美元"].indicator) == ("规模以上工业增加值", "阿里巴巴营收")


def test_per_head_values_are_no_parts_of_a_total_of_another_measure():
    text = ("全年一般公共预算收入11.86亿元，同比增长6.3%。全体居民人均可支配收入31,460元，比上年增长6.1%。"
            "其中，城镇居民人均可支配收入41,280元，农村居民人均可支配收入22,750元。")
    assert [c for c in extract(text).checks if c.kind == "sum"] == []


_SHARES_AFTER_RATES = ("高技术制造业增加值增长15.3%，占规上工业增加值的比重为18.6%。"
                       "其中，工业投资增长12.5%，占全部投资的比重为34.8%。")
_DEPOSITS = ("年末全县金融机构本外币各项存款余额412.56亿元，比年初增加38.21亿元，增长10.2%。"
             "其中，住户存款余额318.74亿元，增加33.05亿元。")


@pytest.mark.parametrize("text,figure,indicator,role", [
    # an unnamed change after the figure's own rate measures the figure
    ("10月末，全市本外币各项存款余额8,036.52亿元，同比增长9.1%，比年初增加612.38亿元，同比多增45.06亿元。",
     "612.38亿元", "本外币各项存款余额", "change"),
    # a net change after a level measures the level
    ("全县企业职工基本养老保险参保人数达8.62万人，较上年末净增3,160人；", "3,160人", "企业职工基本养老保险参保人数", "change"),
    # a change a growth check already took, and a bare increase right after a level, take the level's name
    (_DEPOSITS, "38.21亿元", "金融机构本外币各项存款余额", "change"),
    (_DEPOSITS, "33.05亿元", "住户存款余额", "change"),
    # a share right after a rate, with no level of the measure stated, is of the rate's measure
    (_SHARES_AFTER_RATES, "18.6%", "高技术制造业增加值", "share"),
    (_SHARES_AFTER_RATES, "34.8%", "工业投资", "share"),
])
def test_what_a_figure_measures_and_its_role_read_from_the_figure_before(text, figure, indicator, role):
    found = {f.text: f for f in extract(text).figures}[figure]
    assert (found.indicator, found.role) == (indicator, role)


def test_quantities_tell_what_a_figure_measures_but_are_no_figures_unless_asked():
    """吞吐量3.05亿吨: a number and a unit of measure, kind number, which the default kinds
    leave out; it still names what the growth after it measures, and a check of it is
    emitted only with the figures it reads."""
    text = "全省粮食总产量达到682.4亿斤，比上年增加12.6亿斤，增长1.9%。全年用电量86.2亿千瓦时，增长5%。"
    article = extract(text)
    assert [(f.id, f.text, f.indicator, f.role) for f in article.figures] == [
        ("f1", "1.9%", "粮食总产量", "growth"), ("f2", "5%", "用电量", "growth")]
    assert article.checks == []
    assert all(text[f.start:f.end] == f.text for f in article.figures)
    everything = extract(text, kinds=("money", "percent", "count", "number"))
    numbers = [(f.text, f.value) for f in everything.figures if f.kind == "number"]
    assert numbers == [("682.4亿", Decimal("68240000000")), ("12.6亿", Decimal("1260000000")),
                       ("86.2亿", Decimal("8620000000"))]
    by_id = {f.id: f for f in everything.figures}
    assert [(c.relation, c.status, by_id[c.reported].text) for c in everything.checks] == [
        ("growth", "consistent", "1.9%")]


@pytest.mark.parametrize("text, actual, indicator", [
    # the figure ending the clause right before 完成目标 is its actual, though no verb of achieving names it
    ("实际利用外资4120万美元，完成目标的103%。", "4120万美元", "利用外资"),
    ("全年到位资金20亿元，完成目标的103%。", "20亿元", "到位资金"),
    # a quantity as well, which is no figure of its own: the rate names its measure, the claim stays
    ("全省新建高标准农田320万亩，完成国家下达任务的106.7%。", None, "新建高标准农田"),
])
def test_a_completion_with_no_target_reads_its_actual_from_the_clause_before(text, actual, indicator):
    article = extract(text)
    by_id = {f.id: f for f in article.figures}
    rate = next(f for f in article.figures if f.role == "completion")
    assert rate.indicator == indicator
    [check] = article.checks
    assert (check.relation, check.status, check.reason) == ("completion", "unverifiable", "no target amount stated")
    assert [by_id[i].text for i in check.inputs] == ([actual] if actual else [])
    assert all(by_id[i].role == "actual" for i in check.inputs)



@pytest.mark.parametrize("text, status, indicator, formula", [
    ("一般公共预算收入由2020年的12.4亿元增加到2025年的18.7亿元，年均增长8.6%。", "consistent", "一般公共预算收入",
     "(18.7 / 12.4)^(1/5) - 1 = 8.6%"),
    ("一般公共预算收入由2020年的12.4亿元增加到2025年的18.7亿元，年均增长9.6%。", "inconsistent", "一般公共预算收入",
     "(18.7 / 12.4)^(1/5) - 1 = 8.6%"),
    ("民办基础教育市场总收益由2013年的241亿元增加至2017年的335亿元，年均复合增长率为9.6%。", "inconsistent",
     "民办基础教育市场总收益", "(335 / 241)^(1/4) - 1 = 8.6%"),
    # value added is counted at comparable prices: nominal values that give another rate cannot tell,
    # those that give the rate as written confirm it
    ("全县地区生产总值由2020年的186.3亿元增加到2025年的268.9亿元，年均增长6.1%。", "unverifiable", "地区生产总值", None),
    ("全县地区生产总值由2020年的186.3亿元增加到2025年的268.9亿元，年均增长7.6%。", "consistent", "地区生产总值",
     "(268.9 / 186.3)^(1/5) - 1 = 7.6%"),
])
def test_an_annual_average_growth_compounds_over_the_years_between_its_values(text, status, indicator, formula):
    article = extract(text)
    [check] = article.checks
    rate = next(f for f in article.figures if f.id == check.reported)
    assert (check.kind, check.status, rate.role, rate.indicator) == ("growth", status, "growth", indicator)
    if formula:
        assert check.explanation_zh.startswith(formula)


def test_an_annual_average_growth_with_no_years_names_its_measure_and_makes_no_claim():
    article = extract("一般公共预算收入由12.4亿元增加到18.7亿元，年均增长8.6%。全县地区生产总值268.9亿元，年均增长7.6%。")
    assert article.checks == []
    assert [(f.text, f.indicator) for f in article.figures if f.role == "growth"] == [
        ("8.6%", "一般公共预算收入"), ("7.6%", "地区生产总值")]


@pytest.mark.parametrize("pp, statuses", [("7.5", ["consistent"]), ("8.5", [])])
@pytest.mark.parametrize("wording", ["高于各项贷款增速{}个百分点", "增速比各项贷款高{}个百分点", "增速高于各项贷款{}个百分点"])
def test_a_rate_above_the_growth_of_a_measure_named_before_is_checked_against_it(pp, statuses, wording):
    """高于各项贷款增速7.5个百分点 (增速比各项贷款高…): 18.7 - 11.2, the loans' growth read from
    the sentence before; read around, it confirms a claim and never refutes one."""
    text = ("本外币各项贷款余额4976.3亿元，同比增长11.2%。其中，制造业贷款余额682.5亿元，同比增长18.7%，"
            + wording.format(pp) + "。")
    checks = [c for c in extract(text).checks if c.kind == "difference"]
    assert [c.status for c in checks] == statuses
    if checks:
        assert checks[0].explanation_zh.startswith("18.7 - 11.2 = 7.5个百分点")


def test_a_part_after_qizhong_is_no_completion_of_the_wholes_target():
    """年度计划投资612.8亿元 is the whole's: 其中，产业项目…完成年度计划的101.2% is against a
    plan of its own, not stated (386.5 / 612.8 was flagged)."""
    text = ("今年全市共安排市级重大项目186个，总投资2865.4亿元，年度计划投资612.8亿元。1-11月，重大项目累计完成投资"
            "598.3亿元，完成年度计划的97.6%。其中，产业项目112个，完成投资386.5亿元，完成年度计划的101.2%。")
    checks = [(c.status, c.reason == "no target amount stated") for c in extract(text).checks if c.relation == "completion"]
    assert checks == [("consistent", False), ("unverifiable", True)]


def test_a_classification_into_open_ended_categories_is_no_claim_to_list_them_all():
    text = ("截至10月底，全县共完成招商引资到位资金36.8亿元。分乡镇看，城关镇到位资金8.6亿元；青石镇到位资金5.2亿元；"
            "河口乡到位资金2.1亿元。")
    assert [(c.kind, c.status) for c in extract(text).checks] == [("sum", "unverifiable")]
    closed = "全市实现地区生产总值2876.35亿元。分产业看，第一产业增加值178.26亿元，第二产业增加值1106.72亿元，第三产业增加值1291.37亿元。"
    assert [(c.kind, c.status) for c in extract(closed).checks] == [("sum", "inconsistent")]


@pytest.mark.parametrize("text, checks", [
    # sizes above thresholds hold one another: no part adds to another (12 + 6 + 3 was flagged against 17)
    ("全年新签约项目17个，其中亿元以上项目12个，5亿元以上项目6个，10亿元以上项目3个。",
     [("unverifiable", "the parts are categories that overlap")]),
    # one size above and the rest below do add up
    ("新签约项目17个，其中亿元以上项目12个，亿元以下项目5个。", [("consistent", "")]),
])
def test_parts_that_are_sizes_above_thresholds_are_nested(text, checks):
    assert [(c.status, c.reason) for c in extract(text).checks if c.kind == "sum"] == checks


@pytest.mark.parametrize("text", [
    "综合毛利率由25.1%下降至23.5%，提高1.6个百分点。",  # the two verbs disagree
    "城镇化率由上年的56.2%提高到57.6%，比全省高1.4个百分点。",  # against another area's rate
    "占比28.5%，比全省的26.1%提高2.4个百分点。",  # 比 an area, not a period
])
def test_no_points_check_where_the_rates_compared_are_not_the_two_written(text):
    assert [c for c in extract(text).checks if c.kind == "difference"] == []


def test_yiji_joins_two_items_of_a_distributed_list_whole():
    # (以及 is one joiner: 物业租赁以及酒店…, not 物业租赁以 and 酒店…)
    text = "物業銷售、物業租賃以及酒店及其他業務分別錄得收入71.36億港元、42.85億港元及14.43億港元。"
    by_text = {f.text: f for f in extract(text).figures}
    assert [by_text[t].indicator for t in ("71.36億港元", "42.85億港元", "14.43億港元")] == [
        "物业销售收入", "物业租赁收入", "酒店及其他业务收入"]
