"""Claims found by the articles written blind on a county's work report, customs, DRG
payment, an airport's traffic, summer tourism, land sales, a broker, estate renovation,
grain purchase and the digital economy: a level the base and its change add up to, works
named as estates, parts counting one noun named apart by their places, a base before an
event, and the month a list is of."""
import pytest

from claims import checks_of, totals_of


@pytest.mark.parametrize("rate, status", [("14.2%", "consistent"), ("12.4%", "unverifiable")])
def test_a_level_the_base_and_its_change_add_up_to(rate, status):
    # (read from the sentence before, the level confirms the rate and never refutes it)
    text = f"全市计划改造城镇老旧小区281个，涉及居民3.62万户。改造任务数比上年的246个增加35个，增长{rate}。"
    assert ("growth", status, ["281个", "246个"], rate) in checks_of(text)


def test_a_change_that_adds_up_to_no_level_reads_none():
    text = "全市计划改造城镇老旧小区281个。改造任务数比上年的246个增加36个，增长14.2%。"
    assert not [c for c in checks_of(text) if c[0] == "growth"]


@pytest.mark.parametrize("rate, status", [("89.3%", "consistent"), ("98.3%", "inconsistent")])
def test_estates_renovated_are_works_started(rate, status):
    text = f"全市计划改造城镇老旧小区281个，计划总投资24.6亿元。截至7月底，已开工251个，开工率{rate}。"
    assert ("ratio", status, ["251个", "281个"], rate) in checks_of(text)


def test_parts_counting_one_noun_named_apart_by_their_places():
    # (a total read because the parts add up to it, paragraphs back: it confirms only)
    text = ("全市计划改造城镇老旧小区281个，涉及居民3.62万户。截至7月底，已开工251个；完工142个。\n"
            "分区域看，江北区、城南区、高新区和三个县分别承担改造任务84个、96个、53个和48个。")
    assert totals_of(text) == [("consistent", "281个", ["84个", "96个", "53个", "48个"])]


def test_places_apart_tie_no_total_that_the_parts_miss():
    # (the plan is a target, no total; the nearest count before, 完工142个, is no whole of theirs)
    text = ("全市计划改造城镇老旧小区281个，已开工251个，完工142个。\n"
            "分区域看，江北区、城南区、高新区和三个县分别承担改造任务84个、96个、53个和48个。")
    assert not [t for t in totals_of(text) if t[0] == "inconsistent"]


@pytest.mark.parametrize("points, status", [("3.1个百分点", "consistent"), ("1.3个百分点", "inconsistent")])
def test_a_rate_against_the_one_before_an_event(points, status):
    text = f"参保患者个人负担比例为26.8%，比改革前的29.9%下降{points}。"
    assert ("difference", status, ["26.8%", "29.9%"], points) in checks_of(text)


@pytest.mark.parametrize("third, status", [("163.9萬人次", "consistent"), ("136.9萬人次", "inconsistent")])
def test_a_month_before_a_list_is_its_time_not_a_series(third, status):
    text = ("香港國際機場7月份共處理旅客478.6萬人次，按年上升10.4%。\n"
            f"按旅客類別劃分，7月份香港居民旅客、訪港旅客及轉機過境旅客分別為162.4萬人次、152.3萬人次及{third}。")
    assert (status, "478.6萬人次", ["162.4萬人次", "152.3萬人次", third]) in totals_of(text)


@pytest.mark.parametrize("last, status", [("1,211.9万元", "consistent"), ("1,121.9万元", "inconsistent")])
def test_a_classification_after_the_totals_own_breakdown(last, status):
    # (the 其中 part and the previous value between them tie nothing else)
    text = ("全县186个行政村集体经济总收入达7,923.6万元，比上年的6,985.2万元增长13.4%，村均42.6万元；"
            "其中经营性收入4,516.8万元，占总收入的57.0%。分来源看，经营性收入、投资收益、发包及上交收入、"
            f"补助收入分别为4,516.8万元、1,208.5万元、986.4万元和{last}。")
    assert (status, "7,923.6万元", ["4,516.8万元", "1,208.5万元", "986.4万元", last]) in totals_of(text)


# (named 外商投资企业, not 外资企业总数: a whole read by another name confirms only)
@pytest.mark.parametrize("rate, status", [("33.3%", "consistent"), ("38.3%", "unverifiable")])
def test_a_whole_by_the_bodys_exact_figure_not_the_headlines(rate, status):
    text = ("澧泉市外资企业总数突破1200家\n截至9月末，全市累计设立外商投资企业1,236家，今年新设外资企业97家。\n"
            f"开发区集聚外资企业412家，占全市外资企业总数的{rate}。")
    assert ("ratio", status, ["412家", "1,236家"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("1.12%", "consistent"), ("1.21%", "inconsistent")])
def test_a_bad_loan_ratio_is_over_all_loans_not_one_kind(rate, status):
    text = ("截至6月末，本行发放贷款和垫款总额4,583.26亿元，增长6.30%；普惠型小微企业贷款余额512.37亿元。"
            f"资产质量方面，不良贷款余额51.33亿元，不良贷款率{rate}。")
    assert ("ratio", status, ["51.33亿元", "4,583.26亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("points, status", [("1.3个百分点", "consistent"), ("3.1个百分点", "inconsistent")])
def test_above_the_nation_after_a_change_over_the_year_before(points, status):
    # (the current rate, not the base of the change between: 比上年的6.4%)
    text = f"全省全社会用电量2846.7亿千瓦时，同比增长8.1%，增速比上年的6.4%提高1.7个百分点，高于全国平均水平{points}（全国为6.8%）。"
    assert ("difference", status, ["8.1%", "6.8%"], points) in checks_of(text)


def test_staff_by_profession_and_by_title_overlap():
    text = "集团在职职工6,842人，其中卫生技术人员5,930人，占职工总数的86.7%，高级职称人员1,126人。"
    assert not [t for t in totals_of(text) if t[0] == "inconsistent"]


def test_projects_of_the_largest_firms_overlap_projects_by_source():
    text = ("本届洽谈会共签约项目186个。\n分产业看，先进制造业项目98个、现代服务业项目61个、现代农业项目27个。"
            "分来源看，外资项目23个；省外境内资金项目132个；世界500强企业投资项目9个。")
    assert ("consistent", "186个", ["98个", "61个", "27个"]) in totals_of(text)
    assert not [t for t in totals_of(text) if t[0] == "inconsistent"]

