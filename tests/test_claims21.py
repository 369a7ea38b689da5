"""Claims found by the twenty-third batch of articles written blind (childcare, rail freight, a
county's auctions, Taiwan's labour statistics, a supply cooperative, an export credit insurer,
Hong Kong's trade, a city's cultural industries): a land auction's premium over the starting
price, lots sold over lots put up, the jobless over the labour force, job seekers matched, a
whole named by its short name (营收), and a plan whose thing is named in quotes."""
import pytest

from claims import checks_of, shares_of
from extractor import extract


@pytest.mark.parametrize("rate, status", [("14.2%", "consistent"), ("12.4%", "inconsistent")])
def test_a_premium_is_the_price_paid_over_the_starting_price(rate, status):
    text = f"全年出让经营性用地19宗，起拍价合计23.65亿元，成交价合计27.01亿元，整体溢价率{rate}。"
    assert ("growth", status, ["27.01亿元", "23.65亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("34.7%", "consistent"), ("43.7%", "inconsistent")])
def test_a_premium_of_the_lot_the_buyer_won(rate, status):
    """The price paid is said by the verb after it (以…竞得), its clause naming the buyer."""
    text = (f"全年住宅用地成交价合计31.2亿元。其中北湖片区一宗地块起拍价2.88亿元，经过52轮竞价，"
            f"最终被某置业有限公司以3.88亿元竞得，溢价率{rate}。")
    assert ("growth", status, ["3.88亿元", "2.88亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("68.3%", "consistent"), ("63.8%", "inconsistent")])
def test_lots_sold_over_lots_put_up(rate, status):
    """标的 is a noun of the dictionary that ends in 的: the indicator keeps it."""
    text = f"法院通过网络司法拍卖平台上拍房产、车辆等各类标的126件，成交86件，成交率{rate}，成交额2.14亿元。"
    assert ("ratio", status, ["86件", "126件"], rate) in checks_of(text)
    lots = next(f for f in extract(text).figures if f.text == "126件")
    assert lots.indicator.endswith("标的")


@pytest.mark.parametrize("rate, status", [("3.41%", "consistent"), ("3.14%", "inconsistent")])
def test_the_jobless_over_the_labour_force(rate, status):
    text = f"本月勞動力為1,198.6萬人，其中就業者1,157.7萬人、失業者40.9萬人，失業率{rate}。"
    assert ("ratio", status, ["40.9萬人", "1,198.6萬人"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("47.5%", "consistent"), ("57.4%", "inconsistent")])
def test_job_seekers_matched_at_a_fair(rate, status):
    text = f"當天到場求職者3,120人次，初步媒合1,482人次，媒合率{rate}。"
    assert checks_of(text) == [("ratio", status, ["1,482人次", "3,120人次"], rate)]


@pytest.mark.parametrize("rate, status", [("61.4%", "consistent"), ("64.1%", "inconsistent")])
def test_a_whole_named_by_its_short_name_revenue(rate, status):
    """占规上企业营收的 reads the 规模以上…营业收入 stated a paragraph before (read, so it only confirms)."""
    text = (f"全市312家规模以上软件企业实现营业收入845.6亿元，比上年增长9.2%。\n"
            f"分领域看，软件产品营收263.1亿元；信息技术服务营收519.2亿元，增长12.5%，占规上企业营收的{rate}。")
    checks = [c for c in checks_of(text) if c[3] == rate]
    if status == "consistent":
        assert checks == [("ratio", "consistent", ["519.2亿元", "845.6亿元"], rate)]
    else:
        assert checks == []  # a whole read from the context confirms, never refutes


@pytest.mark.parametrize("rate, status", [("85.0%", "consistent"), ("58.0%", "inconsistent")])
def test_a_plan_whose_thing_is_named_in_quotes(rate, status):
    text = f"今年计划新建“一站式”便民服务驿站60个，实际建成51个，完成年度任务的{rate}。"
    assert checks_of(text) == [("ratio", status, ["51个", "60个"], rate)]


def test_a_water_company_keeps_its_trade_whole():
    """水务 is a word jieba rarely sees: 岚|溪水|务 would cut the name at the adverb 务."""
    text = "该项目由岚溪水务有限公司承建，市水务局负责监管。"
    assert [(o.text, o.type) for o in extract(text).orgs] == [("岚溪水务有限公司", "company"), ("市水务局", "government")]


@pytest.mark.parametrize("rate, status", [("2.65%", "consistent"), ("2.56%", "inconsistent")])
def test_a_wage_raised_by_a_rate_of_no_direction(rate, status):
    text = f"自明年1月1日起，每小时基本工资由183元调升至187.85元，调幅{rate}。"
    assert checks_of(text) == [("growth", status, ["187.85元", "183元"], rate)]


@pytest.mark.parametrize("rate, status", [("4.5%", "consistent"), ("5.4%", "inconsistent")])
def test_a_rate_of_no_direction_falls_with_its_verb(rate, status):
    """调幅 names no direction: 下调 before it makes the rate a fall, so 4.5% agrees with 2,865 to 2,736."""
    text = f"省内成品油批发指导价由每吨2,865元下调至2,736元，调幅{rate}。"
    assert checks_of(text) == [("growth", status, ["2,736元", "2,865元"], rate)]
    assert next(f for f in extract(text).figures if f.text == rate).negative


@pytest.mark.parametrize("rate, status", [("73.8%", "consistent"), ("78.3%", "inconsistent")])
def test_a_bare_completion_two_clauses_after_the_plan(rate, status):
    text = f"今年全县计划新建村级养老服务站42个，截至9月底已建成31个，完成{rate}，其中山区乡镇建成12个。"
    assert ("ratio", status, ["31个", "42个"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("86.4%", "consistent"), ("84.6%", "inconsistent")])
def test_a_share_of_a_whole_named_by_its_figure_after_wei(rate, status):
    """为评估总价X的R%: a clause opening on 为 that names the whole by its figure."""
    text = f"全年网络司法拍卖成交额5.61亿元，为评估总价6.49亿元的{rate}，为当事人节省佣金逾千万元。"
    assert checks_of(text) == [("ratio", status, ["5.61亿元", "6.49亿元"], rate)]


def test_wei_before_a_target_is_a_completion_not_a_share():
    checks = extract("完成投资30亿元，为年度计划40亿元的75%。").checks
    assert [(c.relation, c.status) for c in checks] == [("completion", "consistent")]


@pytest.mark.parametrize("rate, status", [("12.1%", "consistent"), ("21.1%", "unverifiable")])
def test_a_whole_named_elsewhere_is_the_figure_of_that_name_the_rate_agrees_with(rate, status):
    """占种子销售收入的 read by its name: the nearest so named is four firms' part, the one before all of it."""
    text = (f"全省种子销售收入92.6亿元，比上年增长8.4%。\n"
            f"全省有5家企业进入全国种业企业50强，合计实现种子销售收入31.5亿元。\n"
            f"全省种子企业研发投入11.2亿元，占种子销售收入的比重为{rate}。")
    shares = shares_of(text)
    whole = ["11.2亿元", "92.6亿元"] if status == "consistent" else ["11.2亿元", "31.5亿元"]
    assert shares == [(status, whole)]


def test_the_top_two_of_a_place_are_no_complete_list():
    """居全市前两位 after a 分别为 list: the top few of the city's banks, not all of the total."""
    text = ("截至6月末，全市绿色贷款余额925.3亿元，同比增长18.2%（上年同期为782.8亿元）。\n"
            "分用途看，清洁能源产业贷款341.6亿元，节能环保产业贷款262.4亿元，其他绿色产业贷款321.3亿元。"
            "分机构看，工商银行、建设银行余额分别为151.2亿元、137.9亿元，居全市前两位。")
    totals = [(c.status, c.explanation_en.split(" (")[0]) for c in extract(text).checks if c.kind == "sum"]
    assert totals == [("consistent", "341.6 + 262.4 + 321.3 = 925.3"),
                      ("unverifiable", "cannot check: the parts are not presented as exhaustive")]


@pytest.mark.parametrize("rate, status", [("95.1%", "consistent"), ("91.5%", "inconsistent")])
def test_hazards_put_right_over_hazards_found(rate, status):
    """违法行为 keeps its 为 (jieba tags 行为 a verb, which 为 would go with)."""
    text = f"共发现火灾隐患和消防违法行为5,236处，已督促整改4,980处，整改率{rate}。"
    assert checks_of(text) == [("ratio", status, ["4,980处", "5,236处"], rate)]


@pytest.mark.parametrize("rate, status", [("97.89%", "consistent"), ("97.98%", "inconsistent")])
def test_a_pass_rate_is_not_of_the_failed(rate, status):
    """不合格|95批次 right before the rate is no 合格: the passed samples are the numerator."""
    text = f"全年共抽检食品样品4,510批次，其中合格4,415批次，不合格95批次，合格率{rate}。"
    assert ("ratio", status, ["4,415批次", "4,510批次"], rate) in checks_of(text)
    assert all(c[2][0] != "95批次" for c in checks_of(text) if c[0] == "ratio")


@pytest.mark.parametrize("rate, status", [("62.5%", "consistent"), ("65.2%", "inconsistent")])
def test_a_rate_of_reaching_a_target(rate, status):
    text = f"今年外銷營收目標為8億元，上半年已達5億元，達成率{rate}。"
    assert checks_of(text) == [("ratio", status, ["5億元", "8億元"], rate)]


@pytest.mark.parametrize("rate, status", [("12.1%", "consistent"), ("21.1%", "inconsistent")])
def test_the_day_of_the_report_is_no_period_of_the_figure(rate, status):
    """1月13日 dates the report; the year's figure still takes 上年为X after its rate."""
    text = f"1月13日，记者从市老干部局获悉，2024年，全市老年大学在校学员达15.34万人次，比上年增长{rate}，上年为13.68万人次。"
    assert checks_of(text) == [("growth", status, ["15.34万人次", "13.68万人次"], rate)]


def test_a_month_of_data_still_needs_the_same_period_before():
    text = "1-9月，全市老年大学在校学员达15.34万人次，比上年增长12.1%，上年为13.68万人次。"
    assert checks_of(text) == []


@pytest.mark.parametrize("rate, status", [("30.3%", "consistent"), ("33.0%", "unverifiable")])
def test_a_share_of_all_of_a_measure_stated_paragraphs_before(rate, status):
    """占全部学员的: all the learners, not the online ones named nearer (read, so it only confirms);
    a wrong rate is read against all of them too, never against a part a 其中 lists."""
    text = (f"全市老年大学在校学员达18.46万人次，比上年增长9.8%。\n"
            f"其中线上学员5.92万人次。\n"
            f"全年农村学员5.6万人次，占全部学员的{rate}。")
    assert shares_of(text) == [(status, ["5.6万人次", "18.46万人次"])]
