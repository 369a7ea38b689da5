"""Claims found by the articles written blind on investment promotion, school spending, Macau's
visitors, a logistics firm, a province's GDP, sanitation, credit guarantees, a music festival,
medical insurance, a Taiwan firm's dividends, loans to small firms, a port, poverty workshops,
holiday sales, R&D spending and a farm-machinery cooperative."""
import pytest

from claims import checks_of, totals_of

_RESULTS = ("晟鈦2024年合併營收新台幣386.52億元，較前一年度的341.27億元成長13.3%；營業毛利96.24億元，毛利率{},"
            "較前一年度的23.1%增加{}；營業利益52.08億元，營益率{}；每股盈餘（EPS）8.46元。")


def test_a_taiwan_firms_rates_against_the_year_before():
    checks = checks_of(_RESULTS.format("24.9%", "1.8個百分點", "13.5%"))
    assert ("difference", "consistent", ["24.9%", "23.1%"], "1.8個百分點") in checks
    assert ("ratio", "consistent", ["96.24億元", "新台幣386.52億元"], "24.9%") in checks
    assert ("ratio", "consistent", ["52.08億元", "新台幣386.52億元"], "13.5%") in checks


def test_a_taiwan_firms_mistyped_rates_are_flagged():
    checks = checks_of(_RESULTS.format("29.4%", "8.1個百分點", "15.3%"))
    assert ("difference", "inconsistent", ["29.4%", "23.1%"], "8.1個百分點") in checks
    assert ("ratio", "inconsistent", ["52.08億元", "新台幣386.52億元"], "15.3%") in checks


@pytest.mark.parametrize("payout, yield_, status", [("61.5%", "2.38%", "consistent"), ("65.1%", "2.83%", "inconsistent")])
def test_a_dividend_over_the_earnings_and_over_the_share_price(payout, yield_, status):
    text = (f"每股盈餘8.46元。董事會決議每股配發現金股利5.2元，配發率為{payout}。以今日收盤價218.5元計算，"
            f"每股現金股利5.2元，現金殖利率為{yield_}。")
    checks = checks_of(text)
    assert ("ratio", status, ["5.2元", "8.46元"], payout) in checks
    assert ("ratio", status, ["5.2元", "218.5元"], yield_) in checks


@pytest.mark.parametrize("second, status", [("52.22亿元", "consistent"), ("52.72亿元", "inconsistent")])
def test_two_lists_interleaved_in_one(second, status):
    text = (f"全年基本医疗保险基金总收入148.63亿元，总支出131.05亿元。分险种看，职工医保基金收入96.41亿元、支出82.36亿元，"
            f"城乡居民医保基金收入{second}、支出48.69亿元。")
    sums = totals_of(text)
    assert (status, "148.63亿元", ["96.41亿元", second]) in sums
    assert [s for s in sums if "82.36亿元" in s[2] and "96.41亿元" in s[2]] == []


@pytest.mark.parametrize("fuel, status", [("874辆", "consistent"), ("864辆", "inconsistent")])
def test_vehicles_run_on_a_new_energy_or_on_fuel(fuel, status):
    text = f"配备环卫作业车辆1486辆，其中新能源车辆612辆、传统燃油车辆{fuel}，新能源车辆占比41.2%。"
    assert totals_of(text) == [(status, "1486辆", ["612辆", fuel])]


@pytest.mark.parametrize("last, status", [("1.10亿元", "consistent"), ("1.28亿元", "inconsistent")])
def test_a_value_per_unit_between_is_no_rival_total(last, status):
    text = (f"5月实现营业收入23.86亿元，同比增长11.2%（上年同期为21.46亿元）；业务量4.12亿件；单票收入5.79元。"
            f"分业务看，时效快递、经济快递、快运、冷运及医药业务收入分别为14.52亿元、5.08亿元、3.16亿元和{last}。")
    assert totals_of(text) == [(status, "23.86亿元", ["14.52亿元", "5.08亿元", "3.16亿元", last])]


@pytest.mark.parametrize("rest, status", [("8.27亿元", "consistent"), ("8.72亿元", "unverifiable")])
def test_a_part_of_one_list_is_the_total_of_the_next_that_adds_up_to_it(rest, status):
    text = (f"1—8月，全区一般公共预算收入完成38.62亿元。从收入结构看，税收收入30.45亿元，同比增长4.2%；非税收入8.17亿元。\n"
            f"分税种看：增值税入库12.84亿元；企业所得税5.37亿元；个人所得税1.92亿元；契税2.05亿元；其余税种合计{rest}。")
    parts = ["12.84亿元", "5.37亿元", "1.92亿元", "2.05亿元", rest]
    sums = totals_of(text)
    if status == "consistent":
        assert ("consistent", "30.45亿元", parts) in sums  # (read because it adds up: it confirms)
    else:
        assert [s for s in sums if s[2] == parts and s[0] == "inconsistent"] == []


@pytest.mark.parametrize("rate, status", [("63.1%", "consistent"), ("36.1%", "inconsistent")])
def test_this_rounds_amount_is_all_of_it_not_the_last_item_named_so(rate, status):
    text = (f"全镇12家合作社向3,826户社员发放分红资金386.5万元。\n分产业看，茶叶类合作社4家，分红168.2万元；"
            f"中药材类合作社2家，分红46.4万元。\n2024年，12家合作社实现可分配盈余612.4万元，本次分红占可分配盈余的{rate}。")
    assert ("ratio", status, ["386.5万元", "612.4万元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("87.7%", "consistent"), ("78.7%", "inconsistent")])
def test_those_approved_over_those_who_applied_named_after_a_long_clause(rate, status):
    text = (f"前三季度，市住房保障服务中心累计受理配售型保障性住房申请2,150户，审核通过1,886户，通过率{rate}；"
            f"向新市民、青年人配售房源1,620套。")
    assert ("ratio", status, ["1,886户", "2,150户"], rate) in checks_of(text)
