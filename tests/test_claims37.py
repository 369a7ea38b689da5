"""Claims found by the articles written blind on inland waterways, long-term care insurance, a
payment company, Taiwan's housing, medical tourism, silkworms, rail freight, Macau's labour
force, green bonds, village collectives, an air show, food safety, teachers, a water group,
Hong Kong's mid-year accounts and a cold wave: a part's own change, a base no part, changes in
points against the quarter before, a pilot's start and a completion rate, 高出 as a verb."""
import pytest

from claims import checks_of, totals_of


@pytest.mark.parametrize("change, status", [("0.21萬人", "consistent"), ("0.12萬人", "inconsistent")])
def test_a_parts_own_change_and_its_base_no_part(change, status):
    text = (f"7月至9月勞動人口為39.62萬人。其中就業人口38.87萬人，較上季的38.66萬人增加{change}；"
            f"失業人口0.75萬人，總體失業率為1.9%。")
    checks = checks_of(text)
    assert ("difference", status, ["38.87萬人", "38.66萬人"], change) in checks
    assert totals_of(text) == [("consistent", "39.62萬人", ["38.87萬人", "0.75萬人"])]


def test_a_count_its_noun_and_verb_then_the_base_it_grew_from():
    text = "来自42个国家和地区的1026家企业参展，比上届的892家增加{}，增长15.0%。"
    assert ("difference", "consistent", ["1026家", "892家"], "134家") in checks_of(text.format("134家"))
    # (read across the noun and its verb, the change only confirms: a wrong one is left alone)
    assert not [c for c in checks_of(text.format("143家")) if c[0] == "difference"]


@pytest.mark.parametrize("points, status", [("0.1個百分點", "consistent"), ("0.3個百分點", "inconsistent")])
def test_points_against_the_quarter_before_in_brackets(points, status):
    text = f"總體失業率為1.9%，按季下降{points}（上季為2.0%）。"
    assert checks_of(text) == [("difference", status, ["1.9%", "2.0%"], points)]


@pytest.mark.parametrize("points, status", [("5个百分点", "consistent"), ("7个百分点", "inconsistent")])
def test_points_against_a_pilots_start(points, status):
    text = f"基金支付比例为70%，较试点初期的65%提高{points}。"
    assert checks_of(text) == [("difference", status, ["70%", "65%"], points)]


@pytest.mark.parametrize("points, status", [("3.6个百分点", "consistent"), ("6.3个百分点", "inconsistent")])
def test_points_of_a_completion_rate_named_so(points, status):
    text = f"全省水运建设完成投资186.4亿元，完成年度目标225亿元的82.8%，完成率比上年同期提高{points}（上年同期为79.2%）。"
    assert ("difference", status, ["82.8%", "79.2%"], points) in checks_of(text)


@pytest.mark.parametrize("points, status", [("4.7个百分点", "consistent"), ("7.4个百分点", "inconsistent")])
def test_points_higher_than_the_year_before(points, status):
    text = f"全县农业保险参保率达86.5%，比上年高出{points}，上年参保率为81.8%。"
    assert checks_of(text) == [("difference", status, ["86.5%", "81.8%"], points)]


@pytest.mark.parametrize("rate, status", [("2.41%", "consistent"), ("4.21%", "inconsistent")])
def test_samples_found_to_fail_over_the_samples_checked(rate, status):
    text = (f"上半年全市共完成食品安全监督抽检24612批次，完成年度计划4.5万批次的54.7%；检出不合格样品592批次，"
            f"不合格率{rate}。")
    assert ("ratio", status, ["592批次", "24612批次"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("82.3%", "consistent"), ("83.2%", "inconsistent")])
def test_a_quotas_share_drawn(rate, status):
    text = f"今年度额度为1,200亿元，截至9月底已拨贷987.6亿元，动用率{rate}，累计核贷户数逾13.2万户。"
    assert ("ratio", status, ["987.6亿元", "1,200亿元"], rate) in checks_of(text)


# (the share's whole is read by its name: it confirms, never refutes)
@pytest.mark.parametrize("rate, share, status, shared", [("20.7%", "75.3%", "consistent", "consistent"),
                                                         ("27.0%", "73.5%", "inconsistent", "unverifiable")])
def test_an_item_named_apart_in_a_list_is_that_measure(rate, share, status, shared):
    text = (f"2024年全市长护险基金收入9.86亿元、支出7.42亿元，当期结余2.44亿元；基金支出比上年的6.15亿元增长{rate}，"
            f"占当年基金收入的{share}。")
    checks = checks_of(text)
    assert ("growth", status, ["7.42亿元", "6.15亿元"], rate) in checks
    assert ("ratio", shared, ["7.42亿元", "9.86亿元"], share) in checks


def test_a_classifications_list_goes_on_past_the_share_of_one_item():
    text = ("今年前三季度，园区实现规上工业总产值412.6亿元，同比增长18.7%。分环节看，芯片设计86.4亿元，晶圆制造198.7亿元，"
            "占园区总产值的48.2%；封装测试92.3亿元，材料与设备{}。")
    assert totals_of(text.format("35.2亿元")) == [("consistent", "412.6亿元", ["86.4亿元", "198.7亿元", "92.3亿元", "35.2亿元"])]


def test_parts_that_add_up_before_a_semicolon_end_the_list():
    text = ("全年基金总收入186.42亿元。各级财政补贴38.95亿元，其中中央财政补助21.6亿元、省级财政补助9.84亿元、"
            "市县两级财政补助7.51亿元；利息收入4.37亿元；中央调剂基金拨入及其他收入10.42亿元。")
    assert ("consistent", "38.95亿元", ["21.6亿元", "9.84亿元", "7.51亿元"]) in totals_of(text)
    assert all(t[0] != "inconsistent" for t in totals_of(text))


def test_a_whole_inside_a_share_is_named_after_its_verb_only():
    text = ("全市为1,286户制造业纳税人办理增值税留抵退税42.36亿元。制造业退税额占全市各行业留抵退税总额58.93亿元的71.9%。"
            "分行业看，装备制造业退税18.74亿元，占制造业退税额的44.2%；电子信息制造业9.86亿元；化学原料和化学制品制造业6.52亿元；"
            "医药制造业4.15亿元；其他制造业3.09亿元。")
    assert not [c for c in checks_of(text) if c[1] == "inconsistent"]
    from extractor import extract

    whole = next(f for f in extract(text).figures if f.text == "58.93亿元")
    assert whole.indicator == "占全市各行业留抵退税总额"


@pytest.mark.parametrize("rate, status", [("44.6%", "consistent"), ("46.4%", "inconsistent")])
def test_spending_over_its_budget_in_brackets_after_the_rate(rate, status):
    text = f"投資與發展開支計劃（PIDDA）開支181.5億元，執行率為{rate}（全年預算407億元）。"
    assert ("ratio", status, ["181.5億元", "407億元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("2.48%", "consistent"), ("2.84%", "inconsistent")])
def test_firms_research_over_their_revenue(rate, status):
    text = (f"全省上市公司去年合计实现营业收入8736.52亿元。全省上市公司合计研发投入216.48亿元，同比增长14.2%；"
            f"研发强度为{rate}。")
    assert ("ratio", status, ["216.48亿元", "8736.52亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("points, status", [("1.35個百分點", "consistent"), ("1.53個百分點", "inconsistent")])
def test_points_by_a_verb_alone_and_the_base_in_brackets(points, status):
    text = f"其中鞋類毛利率44.62%，提升{points}（去年同期為43.27%）。"
    assert checks_of(text) == [("difference", status, ["44.62%", "43.27%"], points)]


@pytest.mark.parametrize("change, status", [("1.36万元", "consistent"), ("1.63万元", "inconsistent")])
def test_a_change_then_the_value_of_the_base_it_names(change, status):
    text = f"烟农户均售烟收入17.57万元，比上年增加{change}（上年为16.21万元）。"
    assert checks_of(text) == [("difference", status, ["17.57万元", "16.21万元"], change)]
