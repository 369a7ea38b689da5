"""Claims found by the batches of articles written blind in session 43 (express delivery, farm
subsidies, Taiwan exports, special bonds; insurance premiums, talent, Hong Kong listings, a
holiday week; a steel maker's results, a medical insurance fund, land sales, high-tech firms;
village collectives, a trade fair, Macau's budget, new-energy vehicles)."""
import pytest

from claims import checks_of, shares_of, totals_of


@pytest.mark.parametrize("balance, status", [("1.21亿元", "consistent"), ("1.12亿元", "inconsistent")])
def test_a_fund_s_balance_of_the_year_is_its_income_less_its_spending(balance, status):
    text = (f"全年医保基金收入14.26亿元；基金支出13.05亿元，同比增长10.6%；当期结余{balance}，"
            "累计结余9.87亿元，可支付约9个月。")
    changes = [c for c in checks_of(text) if c[0] == "difference" and c[1] != "unverifiable"]
    # the balance of all years (累计结余) is no income less spending of this one
    assert changes == [("difference", status, ["14.26亿元", "13.05亿元"], balance)]


@pytest.mark.parametrize("rate, status", [("42.6%", "consistent"), ("46.2%", "inconsistent")])
def test_a_share_of_the_month_s_total_is_not_of_the_months_since_january(rate, status):
    text = ("外銷統計\n2025/10/09 17:05　來源：產經新報\n"
            "9月出口金額465.8億美元，較去年同期的348.1億美元增加33.8%；進口344.2億美元。"
            "累計1至9月出口4,389.5億美元，年增31.2%。\n"
            f"　　按貨品分，電子零組件出口198.6億美元，年增26.4%，占總出口比重{rate}。")
    shares = [s for s in shares_of(text) if s[1][0] == "198.6億美元"]
    assert [w for _, (_, w) in shares] == ["465.8億美元"]
    if status == "consistent":
        assert shares[0][0] == "consistent"
    else:  # (read by its name in the sentences before, the whole confirms and never refutes)
        assert shares[0][0] != "consistent"


@pytest.mark.parametrize("points, status", [("2.1个百分点", "consistent"), ("1.2个百分点", "inconsistent")])
def test_the_latter_of_two_rates_is_compared_with_its_year_before(points, status):
    text = f"职工、居民住院政策范围内报销比例分别为84.3%和70.6%，后者比上年的68.5%提高{points}。"
    assert ("difference", status, ["70.6%", "68.5%"], points) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("37.4%", "consistent"), ("34.7%", "inconsistent")])
def test_the_month_before_in_brackets_may_name_its_deals(rate, status):
    text = f"2025-04-02 来源：市住建局\n3月市区新建商品房成交4,826套，环比增长{rate}（2月份成交3,512套）。"
    assert ("growth", status, ["4,826套", "3,512套"], rate) in checks_of(text)


@pytest.mark.parametrize("cars, status", [("126.58亿元", "consistent"), ("162.58亿元", "inconsistent")])
def test_a_scope_s_items_may_each_have_an_aside(cars, status):
    text = ("分机构类型看，财产险公司保费收入218.47亿元，同比增长5.3%；人身险公司保费收入593.89亿元。"
            f"财产险中，车险保费收入{cars}，比上年同期下降2.5%；非车险保费收入91.89亿元，其中农业保险保费18.65亿元。")
    assert (status, "218.47亿元", [cars, "91.89亿元"]) in totals_of(text)


def test_a_share_s_part_may_leave_a_word_of_its_name_out():
    text = ("区人社局累计兑现安家补贴1.26亿元，惠及人才2,135名，其中博士安家补贴4860万元、硕士安家补贴5280万元、"
            "本科生安家补贴2460万元，博士补贴占补贴总额的38.6%。")
    assert ("ratio", "consistent", ["4860万元", "1.26亿元"], "38.6%") in checks_of(text)


@pytest.mark.parametrize("rate, status", [("88.2%", "consistent"), ("82.8%", "inconsistent")])
def test_a_list_whose_last_item_joins_two_words_shares_its_head(rate, status):
    text = ("全市快递业务量5.24亿件。分业务类型看，同城、异地、国际及港澳台快递业务量分别为0.47亿件、4.62亿件和1500万件。"
            f"异地快递业务量占全部快递业务量的{rate}。")
    assert ("ratio", status, ["4.62亿件", "5.24亿件"], rate) in checks_of(text)


@pytest.mark.parametrize("other, status", [("72.4億元", "consistent"), ("74.2億元", "inconsistent")])
def test_what_one_part_is_mostly_of_says_nothing_of_the_list(other, status):
    text = ("公共財政總收入為811.5億澳門元。其中，博彩直接稅收入666.8億元，佔總收入的82.2%；"
            f"其他稅項收入{other}，主要為職業稅、所得補充稅及印花稅；非稅收入72.3億元。")
    assert (status, "811.5億澳門元", ["666.8億元", other, "72.3億元"]) in totals_of(text)


@pytest.mark.parametrize("surplus, status", [("103.6億元", "consistent"), ("130.6億元", "inconsistent")])
def test_a_budget_s_surplus_is_its_revenue_less_its_spending(surplus, status):
    text = f"首三季公共財政總收入為811.5億澳門元，總開支為707.9億澳門元，錄得財政盈餘{surplus}。"
    assert ("difference", status, ["811.5億澳門元", "707.9億澳門元"], surplus) in checks_of(text)


def test_farm_produce_sold_online_is_physical_goods_too():
    text = ("全县实现网络零售额41.36亿元，同比增长21.8%。其中，实物商品网络零售额36.74亿元，占全县网络零售额的88.8%；"
            "农产品网络零售额12.08亿元，比上年同期的9.86亿元增长22.5%。")
    assert all(status != "inconsistent" for status, _, _ in totals_of(text))


@pytest.mark.parametrize("rate, share, status", [("23.7%", "17.0%", "consistent"), ("32.7%", "71.0%", "inconsistent")])
def test_a_bound_in_brackets_after_a_count_is_no_operand(rate, share, status):
    text = (f"全市新签约大项目47个（合同外资1000万美元以上），比上年同期增加9个，增长{rate}，"
            f"其中超亿美元项目8个，占{share}。")
    checks = checks_of(text)
    assert ("growth", status, ["47个", "9个"], rate) in checks
    assert ("ratio", status, ["8个", "47个"], share) in checks


@pytest.mark.parametrize("provincial, status", [("14家", "consistent"), ("41家", "inconsistent")])
def test_a_breakdown_in_brackets_right_after_its_total(provincial, status):
    text = f"全县现有茶叶生产加工企业326家，其中龙头企业53家（国家级2家、省级{provincial}、市级37家），规模以上茶企21家。"
    assert (status, "53家", ["2家", provincial, "37家"]) in totals_of(text)


def test_a_bracket_after_a_figure_that_gives_its_previous_value_or_a_conversion_is_no_breakdown():
    assert totals_of("营收36亿元（约合5亿美元），净利润3亿元（上年同期为2.5亿元、2.1亿元）。") == []


def test_a_part_s_own_breakdown_in_brackets_is_an_aside_of_the_list():
    text = ("全市共有各类医疗卫生机构2,846个，比上年增加37个。其中：医院168家（公立医院63家、民营医院105家），"
            "基层医疗卫生机构2,604个，专业公共卫生机构58个，其他医疗卫生机构16个。")
    totals = totals_of(text)
    assert ("consistent", "168家", ["63家", "105家"]) in totals
    assert ("consistent", "2,846个", ["168家", "2,604个", "58个", "16个"]) in totals


@pytest.mark.parametrize("rate, status", [("66.7%", "consistent"), ("67.6%", "inconsistent")])
def test_works_finished_over_works_planned(rate, status):
    text = f"今年全县共实施防洪治理工程48项，其中中小河流治理17项、小型病险水库除险加固21座。截至9月底，已完工32项，完工率{rate}。"
    assert ("ratio", status, ["32项", "48项"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("4.5%", "consistent"), ("5.4%", "inconsistent")])
def test_a_month_on_month_rate_after_a_year_on_year_one_takes_the_month_before(rate, status):
    text = ("2025-09-27 10:20　來源：澳聲日報\n今年8月入境旅客共363.8萬人次，較上年同月的327.2萬人次上升11.2%，"
            f"按月增加{rate}（7月為348.1萬人次）。")
    checks = checks_of(text)
    assert ("growth", status, ["363.8萬人次", "348.1萬人次"], rate) in checks
    assert ("growth", "consistent", ["363.8萬人次", "327.2萬人次"], "11.2%") in checks


def test_a_share_of_the_number_of_what_a_count_counts():
    text = ("二季度全区新签约项目27个，协议投资186.4亿元。上半年累计签约项目46个。"
            "二季度签约的亿元以上项目21个，占新签约项目数的77.8%。")
    assert ("ratio", "consistent", ["21个", "27个"], "77.8%") in checks_of(text)
