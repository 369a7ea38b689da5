"""Claims found by the articles written blind on port traffic, a county's final accounts, a
housing fund, consumer vouchers, farmland works, a rural bank, job subsidies and tax cuts:
a list that ends where a ；-item names all of another kind, a ceiling that is no total, an
item of a list that is no balance, items a total counts across ；, phases of a running
total, and the amount of an act named by its verb."""
import pytest

from claims import checks_of, totals_of


def test_a_semicolon_item_named_all_of_its_kind_ends_the_list():
    text = ("年末各项存款余额512.36亿元，比年初增加41.2亿元，其中储蓄存款398.7亿元，占各项存款的77.8%；"
            "各项贷款余额401.5亿元，比年初增加36.8亿元。")
    assert not [t for t in totals_of(text) if "401.5亿元" in t[2]]
    assert ("ratio", "consistent", ["398.7亿元", "512.36亿元"], "77.8%") in checks_of(text)


def test_all_of_a_kind_inside_a_list_is_a_part():
    # (approximate figures: the sum is there, unverifiable)
    text = "学院现有在校生16800余人，其中全日制本科生15200余人、各类研究生1600余人。"
    assert [t[1:] for t in totals_of(text)] == [("16800余人", ["15200余人", "1600余人"])]


@pytest.mark.parametrize("special, status", [("25.47亿元", "consistent"), ("26.47亿元", "inconsistent")])
def test_a_ceiling_bounds_the_total_it_is_not(special, status):
    text = f"年末全区政府债务余额43.69亿元，控制在市财政局核定的债务限额49.8亿元以内，其中一般债务18.22亿元、专项债务{special}。"
    assert totals_of(text) == [(status, "43.69亿元", ["18.22亿元", special])]


def test_a_carried_balance_listed_as_spending_is_no_balance():
    text = ("全区一般公共预算收入总计31.84亿元，包括本级收入12.6亿元、上级补助收入19.24亿元；支出总计31.84亿元，"
            "包括本级支出30.95亿元、上解上级支出0.46亿元、年终结转结余0.43亿元。")
    checks = checks_of(text)
    assert not [c for c in checks if c[0] == "difference"]
    assert ("sum", "consistent", ["30.95亿元", "0.46亿元", "0.43亿元"], None) in checks


@pytest.mark.parametrize("rate, status", [("18.4%", "consistent"), ("14.8%", "inconsistent")])
def test_a_growth_skips_a_count_of_another_measure(rate, status):
    text = f"全市向1.42万户参保单位发放稳岗资金2.06亿元，惠及职工31.5万人，较上年同期的1.74亿元增长{rate}。"
    assert ("growth", status, ["2.06亿元", "1.74亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("total, status", [("5.12亿元", "consistent"), ("5.21亿元", "inconsistent")])
def test_items_a_total_counts_across_semicolons(total, status):
    text = ("小规模纳税人减免增值税2.31亿元，惠及纳税人3.12万户；小型微利企业减免企业所得税1.46亿元；"
            f"个体工商户减半征收个人所得税0.62亿元；“六税两费”减免0.73亿元，上述四项合计{total}。")
    assert (status, total, ["2.31亿元", "1.46亿元", "0.62亿元", "0.73亿元"]) in totals_of(text)


def test_an_aspect_opens_a_classification_and_an_average_adds_to_nothing():
    text = ("全年项目概算总投资3.6亿元，比上年增长12.5%。\n资金来源上，中央财政补助资金1.8亿元；省级财政资金7,200万元；"
            "市县两级财政配套4,800万元；新型经营主体自筹6,000万元，亩均投入约2800元。")
    assert ("consistent", "3.6亿元", ["1.8亿元", "7,200万元", "4,800万元", "6,000万元"]) in totals_of(text)


def test_included_items_named_by_several_acts():
    text = ("住房消费类提取28.4亿元，包括购买、建造、翻建自住住房9.6亿元，偿还购房贷款本息15.9亿元，租赁住房2.9亿元；"
            "非住房消费类提取5.2亿元。")
    assert ("consistent", "28.4亿元", ["9.6亿元", "15.9亿元", "2.9亿元"]) in totals_of(text)


@pytest.mark.parametrize("rate, status", [("12.7%", "consistent"), ("17.2%", "inconsistent")])
def test_the_amount_of_an_act_named_by_its_verb(rate, status):
    text = f"全年发放个人住房贷款2,840笔、15.26亿元，发放额较上年的13.54亿元增长{rate}。"
    assert ("growth", status, ["15.26亿元", "13.54亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("third, confirmed", [("5000万元", True), ("6000万元", False)])
def test_phases_of_a_running_total(third, confirmed):
    text = ("活动分三期投放，累计发放消费券1.2亿元，带动消费9.6亿元。\n分期来看，第一期（4月）、第二期（6月）、"
            f"第三期（9月）分别投放3000万元、4000万元和{third}。")
    sums = [t for t in totals_of(text) if "3000万元" in t[2]]
    assert (sums == [("consistent", "1.2亿元", ["3000万元", "4000万元", third])]) == confirmed
    assert not [t for t in sums if t[0] == "inconsistent"]


@pytest.mark.parametrize("rate, status", [("65.4%", "consistent"), ("56.4%", "inconsistent")])
def test_a_whole_named_by_its_act_after_the_count(rate, status):
    text = f"全市共有1,426户企业享受研发费用加计扣除政策，其中制造业企业933户，占享受企业户数的{rate}。"
    assert ("ratio", status, ["933户", "1,426户"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("43.6%", "consistent"), ("34.6%", "inconsistent")])
def test_a_credit_line_named_by_its_amount(rate, status):
    text = f"8家金融机构为重点文旅项目授信36.7亿元，已发放贷款16.0亿元，占授信额度的{rate}。"
    assert ("ratio", status, ["16.0亿元", "36.7亿元"], rate) in checks_of(text)


# (the part named in the sentence before: read from the context, it confirms and never refutes)
@pytest.mark.parametrize("rate, status", [("13.5%", "consistent"), ("15.3%", "unverifiable")])
def test_a_share_of_the_same_periods_whole(rate, status):
    text = (f"今年1-9月，全市累计新增减税降费18.24亿元。同期全市组织税费收入135.2亿元；"
            f"新增减税降费规模相当于同期税费收入的{rate}。")
    assert ("ratio", status, ["18.24亿元", "135.2亿元"], rate) in checks_of(text)


def test_a_part_broken_down_by_items_named_before_the_measure():
    text = ("全市跨境电商进出口386.2亿元，其中，出口318.9亿元，增长21.4%；进口67.3亿元。\n"
            "分监管方式看，9610直购出口、9710直接出口和9810海外仓出口分别实现出口121.6亿元、84.7亿元和112.6亿元。")
    assert ("consistent", "318.9亿元", ["121.6亿元", "84.7亿元", "112.6亿元"]) in totals_of(text)


@pytest.mark.parametrize("city, status", [("1.36亿元", "consistent"), ("1.26亿元", "inconsistent")])
def test_members_counted_before_their_sum_are_one_part(city, status):
    text = (f"全市累计发放稳岗返还资金2.95亿元，惠及职工41.2万人。\n分层级看，市本级发放{city}，"
            "6个县（市、区）合计发放1.59亿元。")
    assert (status, "2.95亿元", [city, "1.59亿元"]) in totals_of(text)
