"""Claims found by articles written blind (tax, rural revitalization and state-owned
enterprise reports): a total after its parts in the sentence before, with a part's
previous value among them; a rate compared with another measure's, whose rate follows as
（后者增长R）; and two parts of different measures, each a share of its own whole stated
earlier (分别占…总量的p和q)."""
import pytest

from claims import checks_of


@pytest.mark.parametrize("total, status", [("12.69亿元", "consistent"), ("12.96亿元", "inconsistent")])
def test_a_total_after_parts_skips_a_parts_previous_value(total, status):
    text = ("主体税种支撑有力。国内增值税完成8.26亿元；企业所得税完成3.47亿元，比上年同期的3.05亿元增长13.8%；"
            f"个人所得税完成0.96亿元，同比下降7.2%。三大主体税种合计{total}。")
    sums = [c for c in checks_of(text) if c[0] == "sum"]
    if status == "consistent":
        assert sums == [("sum", "consistent", ["8.26亿元", "3.47亿元", "0.96亿元"], None)]  # (a sum reports no rate)
    else:
        # read from the context, the parts confirm a total and never refute one
        assert sums == []


@pytest.mark.parametrize("points, status", [("2.6个百分点", "consistent"), ("3.6个百分点", "inconsistent")])
def test_the_latter_in_brackets_is_the_rate_compared_with(points, status):
    text = (f"脱贫人口人均纯收入达到15680元，同比增长11.2%，增速比全县农村居民人均可支配收入高{points}"
            "（后者增长8.6%）。")
    assert ("difference", status, ["11.2%", "8.6%"], points) in checks_of(text)


def test_parts_of_two_measures_are_shares_of_their_own_wholes():
    text = ("市属企业实现营业收入1,286.4亿元，同比增长7.9%；实现利润总额38.6亿元。"
            "城投集团实现营业收入412.8亿元、利润总额9.36亿元，分别占市属企业总量的32.1%和24.2%。")
    checks = checks_of(text)
    assert ("ratio", "consistent", ["412.8亿元", "1,286.4亿元"], "32.1%") in checks
    assert ("ratio", "consistent", ["9.36亿元", "38.6亿元"], "24.2%") in checks


def test_wholes_read_from_the_context_must_agree_with_every_share():
    # 9.36 / 38.6 = 24.25%, not 34.2%: no whole agrees, so no claim is made of either share
    text = ("市属企业实现营业收入1,286.4亿元，同比增长7.9%；实现利润总额38.6亿元。"
            "城投集团实现营业收入412.8亿元、利润总额9.36亿元，分别占市属企业总量的32.1%和34.2%。")
    assert [c for c in checks_of(text) if c[0] == "ratio"] == []


@pytest.mark.parametrize("rate, status", [("112.3%", "consistent"), ("121.3%", "inconsistent")])
def test_a_plan_then_what_the_whole_year_actually_did(rate, status):
    # 全年实际完成 after the plan's clause ties them: a wrong rate is flagged, not left unverifiable
    text = f"年初下达的交通固定资产投资计划为166亿元，全年实际完成186.4亿元，完成年度计划的{rate}，较上年的170.1亿元增长9.6%。"
    assert ("ratio", status, ["186.4亿元", "166亿元"], rate) in checks_of(text)


BY_SECTOR = ("全县规上工业完成总产值612.4亿元，同比增长9.3%。分行业看，装备制造业和新材料产业产值分别为228.6亿元、"
             "165.3亿元，分别增长12.8%和10.5%，装备制造业产值占规上工业总产值的37.3%；农副食品加工业产值118.2亿元，"
             "下降2.6%；纺织服装等其他行业产值{rest}亿元。")


@pytest.mark.parametrize("rest, status", [("100.3", "consistent"), ("110.3", "inconsistent")])
def test_a_listed_pair_then_items_closed_by_the_rest(rest, status):
    # (the pair alone against the total was a false alarm: 228.6 + 165.3 = 393.9, not 612.4)
    parts = ["228.6亿元", "165.3亿元", "118.2亿元", f"{rest}亿元"]
    checks = checks_of(BY_SECTOR.format(rest=rest))
    assert [c for c in checks if c[0] == "sum"] == [("sum", status, parts, None)]
    assert ("ratio", "consistent", ["228.6亿元", "612.4亿元"], "37.3%") in checks


@pytest.mark.parametrize("points, status", [("1.5个百分点", "consistent"), ("2.5个百分点", "inconsistent")])
def test_above_the_citys_average_with_its_rate_after(points, status):
    text = f"全县规上工业增加值同比增长8.7%，比全市平均水平高出{points}，全市为7.2%。"
    assert checks_of(text) == [("difference", status, ["8.7%", "7.2%"], points)]


LOANS = ("9月末，全市本外币各项贷款余额3175.6亿元，同比增长11.2%，增速比上年同期提高1.6个百分点（上年同期增长9.6%）；"
         "比年初增加287.9亿元，增长{rate}。普惠小微贷款余额486.35亿元，同比增长23.6%，高于各项贷款增速{points}。")


@pytest.mark.parametrize("rate, status", [("10.0%", "consistent"), ("11.0%", "inconsistent")])
def test_a_change_opening_a_semicolon_item_goes_on_from_the_level(rate, status):
    # 287.9 / (3175.6 - 287.9) = 9.97%
    text = LOANS.format(rate=rate, points="12.4个百分点")
    assert ("growth", status, ["3175.6亿元", "287.9亿元"], rate) in checks_of(text)


def test_a_rate_above_another_measures_of_the_same_base():
    # against the loans' 同比 11.2%: not their 比年初 10.0% nor the year before's 9.6% in brackets
    checks = checks_of(LOANS.format(rate="10.0%", points="12.4个百分点"))
    assert ("difference", "consistent", ["23.6%", "11.2%"], "12.4个百分点") in checks


def test_a_rate_of_another_measure_read_from_the_sentence_before_never_refutes():
    checks = checks_of(LOANS.format(rate="10.0%", points="13.4个百分点"))
    assert not any(c[3] == "13.4个百分点" for c in checks)


@pytest.mark.parametrize("started, status", [("71个", "consistent"), ("100个", "inconsistent")])
def test_a_count_among_its_scope_is_tied_to_it_even_when_larger(started, status):
    # (100 of 86 projects was no 开工率 at all: the scope, smaller, was dropped as no denominator)
    text = f"截至8月底，86个项目中已开工项目{started}，开工率82.6%。"
    assert checks_of(text) == [("ratio", status, [started, "86个"], "82.6%")]


@pytest.mark.parametrize("gain, rate, status", [("4.86亿元", "225.0%", "consistent"), ("4.96亿元", "252.0%", "inconsistent")])
def test_an_appraisal_against_the_book_value(gain, rate, status):
    text = f"标的公司股东全部权益评估值为7.02亿元，较账面净资产2.16亿元增值{gain}，增值率为{rate}。"
    checks = checks_of(text)
    assert ("growth", status, ["7.02亿元", "2.16亿元"], rate) in checks
    assert ("difference", status, ["7.02亿元", "2.16亿元"], gain) in checks


@pytest.mark.parametrize("rate, status", [("17.4%", "consistent"), ("71.4%", "inconsistent")])
def test_a_year_after_the_rate_is_the_one_before_the_year_reported(rate, status):
    # 2023 is compared with in the clause before; the year reported is 2024, so 2023年为X is its base
    text = (f"经审计，标的公司2024年实现营业收入4.38亿元，较2023年的3.65亿元增长20.0%；实现净利润5,260万元，"
            f"同比增长{rate}，2023年为4,480万元。")
    assert ("growth", status, ["5,260万元", "4,480万元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("12.6%", "consistent"), ("16.2%", "inconsistent")])
def test_the_share_of_firms_at_a_loss(rate, status):
    text = (f"截至9月末，全县规上工业企业达到326户，比上年末增加21户。规上工业企业实现利润总额31.5亿元，同比增长5.2%；"
            f"亏损企业41户，比上年同期减少6户，亏损面为{rate}。")
    assert ("ratio", status, ["41户", "326户"], rate) in checks_of(text)


@pytest.mark.parametrize("part, status", [("21.5亿元", "consistent"), ("12.5亿元", "inconsistent")])
def test_an_enumeration_after_an_open_ended_opener_is_all_of_it(part, status):
    text = (f"今年以来，集团累计发行规模86.5亿元。分品种看，公司债券32亿元、中期票据28亿元、超短期融资券{part}、"
            "定向债务融资工具5亿元。")
    assert [c[:2] for c in checks_of(text) if c[0] == "sum"] == [("sum", status)]


def test_the_main_taxes_each_in_an_item_of_its_own_are_some_of_the_total():
    # (4.12 + 1.35 against 9.87 was flagged: the report names only the main taxes)
    text = ("税收收入9.87亿元，占一般公共预算收入的73.3%。分税种看，增值税4.12亿元；企业所得税1.35亿元，"
            "受部分企业利润下滑影响减收0.18亿元。")
    assert [c[:2] for c in checks_of(text) if c[0] == "sum"] in ([], [("sum", "unverifiable")])


@pytest.mark.parametrize("urban, status", [("63.2万人", "consistent"), ("89.6万人", "inconsistent")])
def test_a_part_its_whole_opens_on_is_tied_to_it_even_when_larger(urban, status):
    # (a 城镇人口 larger than the 常住人口 it is part of left the 城镇化率 unchecked)
    text = f"年末全区常住人口68.9万人，其中城镇人口{urban}，常住人口城镇化率为91.73%。"
    assert ("ratio", status, [urban, "68.9万人"], "91.73%") in checks_of(text)
