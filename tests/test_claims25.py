"""Claims found by the batches of articles written blind in session 40 (a county's investment
promotion, a development zone, a township, the private economy, a company's annual report, a Hong
Kong interim report, a city bank, a bond issue, a monthly release, foreign trade, a budget, a
holiday week, a signing week, an association, a university's contracts, key projects)."""
import pytest

from claims import checks_of

_STARTS = "今年全省安排省级重点项目620个。620个项目中已开工项目558个，开工率{rate}，其中新开工项目236个、续建项目322个。"


@pytest.mark.parametrize("rate, status", [("90.0%", "consistent"), ("93.0%", "inconsistent")])
def test_a_named_rate_reads_the_figure_before_it_not_its_part_after(rate, status):
    checks = checks_of(_STARTS.format(rate=rate))
    assert ("ratio", status, ["558个", "620个"], rate) in checks
    assert not any(c[2][0] == "236个" for c in checks if c[0] == "ratio")


@pytest.mark.parametrize("rate, status", [("90.8%", "consistent"), ("80.9%", "inconsistent")])
def test_a_plan_is_the_whole_of_its_rate_not_its_numerator(rate, status):
    text = _STARTS.format(rate="90.0%") + f"今年计划新开工项目260个，新开工率{rate}。"
    assert ("ratio", status, ["236个", "260个"], rate) in checks_of(text)


@pytest.mark.parametrize("text", [
    "公司新设子公司2家、注销1家，年末合并报表范围内子公司共14家。",  # some added, some removed
    "新设子公司2家、孙公司1家，年末共有子公司14家。",  # added to a stock at the year's end
])
def test_the_changes_of_a_stock_are_no_parts_of_it(text):
    assert [c for c in checks_of(text) if c[0] == "sum"] == []


@pytest.mark.parametrize("total, status", [("3家", "consistent"), ("4家", "inconsistent")])
def test_parts_added_still_add_up_to_the_total_added(total, status):
    assert ("sum", status, ["2家", "1家"], None) in checks_of(f"新设子公司2家、孙公司1家，共{total}。")


@pytest.mark.parametrize("service, status", [("4,382亿元", "consistent"), ("4,832亿元", "inconsistent")])
def test_the_measure_the_first_part_names_ties_the_parts_to_the_total_past_another_figure(service, status):
    text = ("沅桥市民营企业100强营业收入合计1.47万亿元，入围门槛提高至36.8亿元。"
            f"其中，制造业企业营收8,926亿元、服务业企业{service}、其他企业1,392亿元。")
    assert ("sum", status, ["8,926亿元", service, "1,392亿元"], None) in checks_of(text)


@pytest.mark.parametrize("text, rates, points", [
    ("票面利率2.15%，较该集团2024年同期限品种的2.67%下降0.52个百分点。", ["2.15%", "2.67%"], "0.52个百分点"),
    ("先进制造业项目投资占签约总投资的62.2%，比上届投资促进周的58.9%提高3.3个百分点。", ["62.2%", "58.9%"], "3.3个百分点"),
])
def test_a_rate_of_an_earlier_period_named_by_whose_and_what(text, rates, points):
    assert ("difference", "consistent", rates, points) in checks_of(text)
    wrong = text.replace(points, "1.9个百分点")
    assert ("difference", "inconsistent", rates, "1.9个百分点") in checks_of(wrong)


@pytest.mark.parametrize("quality, status", [("15万元", "consistent"), ("16万元", "inconsistent")])
def test_an_amount_per_member_in_brackets_is_no_part(quality, status):
    text = f"协会发放奖励资金共计51万元，其中优秀会员单位36万元（每家2万元）、质量标杆奖{quality}。"
    assert ("sum", status, ["36万元", quality], None) in checks_of(text)


@pytest.mark.parametrize("community, status", [("7家", "consistent"), ("8家", "inconsistent")])
def test_bodies_counted_by_ge_in_the_total_and_by_jia_in_the_parts(community, status):
    text = f"截至年末，全行共有营业网点126个，其中分行7家、支行112家、社区及小微支行{community}。"
    assert ("sum", status, ["7家", "112家", community], None) in checks_of(text)


@pytest.mark.parametrize("cars, status", [("9家", "consistent"), ("10家", "inconsistent")])
def test_a_later_items_own_breakdown_of_another_measure_is_an_aside(cars, status):
    text = ("全市36家重点商贸企业实现销售额9.84亿元。其中，重点商超12家，实现销售额3.62亿元；重点餐饮企业15家，"
            f"实现营业额1.57亿元；汽车销售企业{cars}，实现销售额4.65亿元，售出汽车1,268辆，其中新能源汽车742辆，占比58.5%。")
    checks = checks_of(text)
    assert ("sum", status, ["12家", "15家", cars], None) in checks
    assert ("sum", "consistent", ["3.62亿元", "1.57亿元", "4.65亿元"], None) in checks


@pytest.mark.parametrize("rate, status", [("8.6%", "consistent"), ("6.8%", "inconsistent")])
def test_a_rate_to_the_current_value_then_the_previous_one(rate, status):
    text = f"期內收入按年增長{rate}至人民幣62.38億元，去年同期為人民幣57.44億元。"
    assert ("growth", status, ["人民幣62.38億元", "人民幣57.44億元"], rate) in checks_of(text)


def test_a_change_after_the_current_value_is_no_previous_one():
    assert [c for c in checks_of("净利润增长5%至3亿元，上年同期增加1亿元。") if c[0] == "growth"] == []


def test_another_kind_of_the_subjects_head_is_no_part_of_its_share():
    text = "本届共有参展企业2316家，其中省外企业486家、境外企业73家，农产品加工企业占参展企业的百分之四十二。"
    assert [c for c in checks_of(text) if c[0] == "ratio"] == []
    # (the part named as the subject is still its part)
    text = "本届共有参展企业2316家，其中境外企业973家，境外企业占参展企业的42%。"
    assert ("ratio", "consistent", ["973家", "2316家"], "42%") in checks_of(text)


def test_one_bodys_figure_is_no_total_of_the_list_of_other_bodies_after_it():
    text = "岚溪农村商业银行股份有限公司捐款五百万元，岚溪市浙江商会、岚溪市女企业家协会分别发动会员捐款386万元和142万元。"
    assert [c for c in checks_of(text) if c[0] == "sum"] == []


@pytest.mark.parametrize("last, agrees", [("35.0%", True), ("53.0%", False)])
def test_a_distributed_share_of_a_total_worded_as_no_figure_is_read_and_only_confirms(last, agrees):
    text = ("全年共新收商事、金融案件9,684件，同比增长12.6%。从收案类型看，金融借款合同纠纷3,415件，信用卡纠纷2,268件，"
            f"融资租赁合同纠纷614件，其他商事纠纷3,387件，分别占收案总数的35.3%、23.4%、6.3%和{last}。")
    ratios = [c for c in checks_of(text) if c[0] == "ratio"]
    assert (("ratio", "consistent", ["3,415件", "9,684件"], "35.3%") in ratios) is agrees
    assert not any(c[1] == "inconsistent" for c in ratios)


@pytest.mark.parametrize("liability, status", [("4.37亿元", "consistent"), ("4.73亿元", "inconsistent")])
def test_a_part_broken_down_in_turn_after_its_rate(liability, status):
    text = ("累计实现原保险保费收入42.68亿元。分险种看，车险保费收入21.35亿元；非车险保费收入21.33亿元，同比增长17.6%，"
            f"其中农业保险6.84亿元、短期健康险5.12亿元、责任险{liability}、企业财产险2.76亿元、其他非车险2.24亿元。")
    assert ("sum", status, ["6.84亿元", "5.12亿元", liability, "2.76亿元", "2.24亿元"], None) in checks_of(text)


@pytest.mark.parametrize("points, status", [("3.2个百分点", "consistent"), ("2.2个百分点", "inconsistent")])
def test_a_rate_against_the_areas_with_its_previous_value_between(points, status):
    text = (f"全市实际到位市外资金268.4亿元，同比增长11.7%，上年同期为240.3亿元，增速高于全省平均水平{points}"
            "（全省增长8.5%）。")
    assert ("difference", status, ["11.7%", "8.5%"], points) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("65.1%", "consistent"), ("56.1%", "inconsistent")])
def test_a_growth_from_the_value_at_an_events_time(rate, status):
    text = f"该商会会员企业由成立之初的86家增加到142家，增长{rate}。"
    assert ("growth", status, ["142家", "86家"], rate) in checks_of(text)


def test_a_year_after_you_or_cong_names_the_base_alone():
    from extractor import extract

    periods = {f.text: f.period for f in extract("网球会员由2016年的100多人，增至如今的800多人。").figures}
    assert periods == {"100多人": "2016", "800多人": None}
