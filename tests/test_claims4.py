"""Claims, figures and currencies worded as in briefs, bulletins, results releases and
招商 reports: numbered items whose label names the measure (1．规上工业增加值：完成12.36亿元),
a plan stated before the work done (年度计划投资86.5亿元，1-4月完成投资31.4亿元，投资完成率
38.3%), a share named by its part (税收收入5.27亿元，税收占比81.3%), projects counted by their
class of amount (2个千万元级项目: no money), pp changes against the rate inside the comparison
(降幅比1-9月的9.8%收窄1.2个百分点), previous values listed before their rates, and amounts in
港元/新臺幣 written with a bare 元 after the first."""
import pytest

from claims import checks_of
from extractor import extract


BRIEF = ("一、主要经济指标\n"
         "1．规上工业增加值：完成12.36亿元，同比增长8.2%；1-4月累计完成45.81亿元，同比增长7.6%。\n"
         "2．规上工业总产值：完成48.72亿元，比上年同月的44.10亿元增长10.5%。\n"
         "一般公共预算收入：6.48亿元，增长5.3%，其中税收收入5.27亿元。\n")


def test_a_numbered_items_label_names_what_its_figures_measure():
    figures = {f.text: f.indicator for f in extract(BRIEF).figures}
    assert figures == {"12.36亿元": "规上工业增加值", "8.2%": "规上工业增加值", "45.81亿元": "规上工业增加值",
                       "7.6%": "规上工业增加值", "48.72亿元": "规上工业总产值", "44.10亿元": "规上工业总产值",
                       "10.5%": "规上工业总产值", "6.48亿元": "一般公共预算收入", "5.3%": "一般公共预算收入",
                       "5.27亿元": "税收收入"}


@pytest.mark.parametrize("text, indicator", [
    ("原标题：38所高校入选", "高校"),  # a label of the page, not of a measure
    ("（二）招收范围和条件：招收普通高中毕业生115名", "招收普通高中毕业生"),  # a sentence follows the label
    ("一、招收范围和条件：1、招收计划：115名", "招收计划"),  # the label nearest the figure
])
def test_a_label_names_a_figure_only_when_figures_follow_it(text, indicator):
    assert [f.indicator for f in extract(text).figures] == [indicator]


@pytest.mark.parametrize("rate, status", [("36.3%", "consistent"), ("38.3%", "inconsistent")])
def test_a_completion_rate_divides_by_the_plan_stated_before_the_work_done(rate, status):
    # (was unverifiable: no target amount stated, the plan read only as a confirming target)
    text = f"年度计划投资86.5亿元，1-4月完成投资31.4亿元，投资完成率{rate}。"
    assert checks_of(text) == [("ratio", status, ["31.4亿元", "86.5亿元"], rate)]


@pytest.mark.parametrize("rate, status", [("81.3%", "consistent"), ("83.6%", "inconsistent")])
def test_a_share_named_by_the_start_of_its_parts_name_is_of_the_total_before(rate, status):
    # (税收占比 names 税收收入 by its start: the total 其中 opened on is the whole; it only
    # confirmed before)
    text = f"一般公共预算收入6.48亿元，同比增长5.3%；其中税收收入5.27亿元，税收占比{rate}。"
    assert checks_of(text) == [("ratio", status, ["5.27亿元", "6.48亿元"], rate)]


def test_projects_of_a_class_of_amounts_are_counted_not_money():
    figures = [(f.kind, f.text, f.of) for f in extract("其余2个千万元级项目合计投资8600万元。").figures]
    assert figures == [("count", "2个", "千万元级项目"), ("money", "8600万元", None)]


@pytest.mark.parametrize("rate, status", [("19.8%", "consistent"), ("21.8%", "inconsistent")])
def test_a_rate_named_zengsu_after_a_change_is_its_growth(rate, status):
    # (增速 after 较年初增加 had no check; 增幅 had)
    text = f"普惠小微贷款余额41.26亿元，较年初增加6.83亿元，增速{rate}。"
    assert checks_of(text) == [("growth", status, ["41.26亿元", "6.83亿元"], rate)]


@pytest.mark.parametrize("text, expected", [
    ("加权平均利率4.12%，较年初的4.47%下降0.35个百分点。",
     [("difference", "consistent", ["4.12%", "4.47%"], "0.35个百分点")]),
    # a wider area's rate inside the comparison; 低 turns the change down
    ("同比增长6.3%，比全市平均增速5.5%高0.8个百分点。",
     [("difference", "consistent", ["6.3%", "5.5%"], "0.8个百分点")]),
    ("同比增长6.3%，比全省的5.5%低0.8个百分点。",
     [("difference", "inconsistent", ["6.3%", "5.5%"], "0.8个百分点")]),
])
def test_points_against_the_start_of_the_year_or_a_wider_area(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the whole named after 分别占: each rate is its own part's share (was 12.85 / 48.62
    # against 54.30%, a false alarm)
    ("营业收入48.62亿元，智能装备收入26.40亿元、工业软件收入12.85亿元，分别占营业收入的54.30%和26.43%。",
     [("ratio", "consistent", ["26.40亿元", "48.62亿元"], "54.30%"),
      ("ratio", "consistent", ["12.85亿元", "48.62亿元"], "26.43%")]),
    # the whole named before 分别 (占营业收入的比重分别为): no check before
    ("营业收入48.62亿元，智能装备、工业软件收入分别为26.40亿元和12.85亿元，占营业收入的比重分别为56.30%和26.43%。",
     [("ratio", "inconsistent", ["26.40亿元", "48.62亿元"], "56.30%"),
      ("ratio", "consistent", ["12.85亿元", "48.62亿元"], "26.43%")]),
])
def test_distributed_shares_of_a_named_whole(text, expected):
    assert [c for c in checks_of(text) if c[0] == "ratio"] == expected


def test_gongjian_opens_a_name():
    # 共 ("in all") is stripped before a measure, not the 共 of 共建, 共享
    figures = extract("对“一带一路”共建国家进出口956.1亿元；共享经济市场交易额约4.9万亿元。").figures
    assert [f.indicator for f in figures] == ["共建国家进出口", "共享经济市场交易额"]


@pytest.mark.parametrize("text, expected", [
    # a previous value after 较上年末的, or after the same period's figure named between
    # 同期 and 的 (was no check: the value was taken for the current one)
    ("商会共有会员企业286家，较上年末的248家增加38家，增长15.3%。",
     [("growth", "consistent", ["286家", "248家"], "15.3%"), ("difference", "consistent", ["286家", "248家"], "38家")]),
    ("本次总投资386.5亿元，较去年同期集中签约的312.0亿元增长25.9%。",
     [("growth", "inconsistent", ["386.5亿元", "312.0亿元"], "25.9%")]),
])
def test_a_previous_value_named_at_the_end_of_last_year_or_as_the_same_periods(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("total, status", [("4800万美元", "consistent"), ("4600万美元", "inconsistent")])
def test_named_parts_after_fenbiewei_break_down_the_total_before(total, status):
    # (分别为 with a name before each figure: no check before; an item after 和 names its own)
    text = f"合同外资额合计{total}，分别为博森电气增资项目3000万美元和远帆智能合资项目1800万美元。"
    assert checks_of(text) == [("sum", status, ["3000万美元", "1800万美元"], None)]
    assert [f.indicator for f in extract(text).figures][1:] == ["博森电气增资项目", "远帆智能合资项目"]


@pytest.mark.parametrize("pp, status", [("1.2", "consistent"), ("2.2", "inconsistent")])
def test_a_narrowed_decline_against_the_rate_inside_the_comparison(pp, status):
    # (降幅比1-9月的9.8%收窄: counted on magnitudes; was -8.6 - 9.8 = -18.4, a false alarm)
    text = f"房地产开发投资下降8.6%，降幅比1-9月的9.8%收窄{pp}个百分点。"
    assert checks_of(text) == [("difference", status, ["8.6%", "9.8%"], f"{pp}个百分点")]


def test_a_rate_faster_than_the_citys_own_measure_named_by_its_short_name():
    text = ("全市规模以上工业增加值同比增长6.8%。高技术制造业增加值增长12.6%，快于全市规上工业5.8个百分点。")
    assert checks_of(text) == [("difference", "consistent", ["12.6%", "6.8%"], "5.8个百分点")]


def test_hong_kong_cents_are_money():
    figures = extract("每股基本盈利23.6港仙，去年同期為20.5港仙，增長15.1%。").figures
    assert [(f.text, str(f.value), f.currency) for f in figures][:2] == [("23.6港仙", "0.236", "HKD"),
                                                                       ("20.5港仙", "0.205", "HKD")]


@pytest.mark.parametrize("rate, status", [("91.5%", "consistent"), ("93.5%", "inconsistent")])
def test_a_start_rate_divides_by_the_count_its_numerator_is_counted_among(rate, status):
    # (47个新建项目中已开工43个: was 43 / 86, all the projects, a false alarm)
    text = f"今年全区共安排重点项目86个，其中续建项目39个、新建项目47个。从开工情况看，47个新建项目中已开工43个，开工率达{rate}。"
    assert [c for c in checks_of(text) if c[0] == "ratio"] == [("ratio", status, ["43个", "47个"], rate)]


@pytest.mark.parametrize("rate, status", [("96.9%", "consistent"), ("97.9%", "inconsistent")])
def test_a_target_in_brackets_after_the_actual_is_tied(rate, status):
    # (was unverifiable when the rate disagreed: the target read only as a confirming one)
    text = f"7．梅岗县：到位资金26.45亿元（年度目标27.30亿元），完成年度目标的{rate}，同比增长4.9%"
    assert checks_of(text) == [("ratio", status, ["26.45亿元", "27.30亿元"], rate)]


@pytest.mark.parametrize("total, status", [("414个", "consistent"), ("412个", "inconsistent")])
def test_classes_of_projects_by_a_range_of_amounts(total, status):
    # (1亿元至10亿元项目 was counted as 项目, the whole's name: unverifiable)
    text = f"新签约项目{total}，按投资规模分，1亿元以下项目157个、1亿元至10亿元项目231个、10亿元以上项目26个。"
    assert checks_of(text) == [("sum", status, ["157个", "231个", "26个"], None)]
    assert [f.indicator for f in extract(text).figures if f.kind == "count"][1:] == [
        "1亿元以下项目", "1亿元至10亿元项目", "10亿元以上项目"]


@pytest.mark.parametrize("rate, expected", [
    # the actual read from before, named as the target is: it confirms, never refutes
    ("108.0%", [("ratio", "consistent", ["48.62亿元", "45亿元"], "108.0%")]),
    ("118.0%", [("ratio", "unverifiable", ["45亿元"], "118.0%")]),
])
def test_a_completion_of_a_target_stated_alone_reads_its_actual_from_before(rate, expected):
    # (was unverifiable, "no target amount stated", though the target is stated)
    text = f"公司全年实现营业收入48.62亿元，较上年增长15.35%。公司年初确定的营业收入目标为45亿元，全年完成目标的{rate}。"
    assert checks_of(text) == expected
    assert extract(text).checks[0].reason.startswith(("operands read", "no actual amount"))


@pytest.mark.parametrize("pp, status", [("0.3", "consistent"), ("0.5", "inconsistent")])
def test_a_second_pp_change_in_a_sentence_is_of_the_same_rate(pp, status):
    # (比上年全年的6.1%回落…, after 比上年同期的5.2%加快…: no check before)
    text = f"一季度全市地区生产总值同比增长5.8%，比上年同期的5.2%加快0.6个百分点，比上年全年的6.1%回落{pp}个百分点。"
    assert checks_of(text)[1] == ("difference", status, ["5.8%", "6.1%"], f"{pp}个百分点")


def test_items_in_a_bracketed_aside_are_no_parts():
    # (10.6 + 3.72 + 5.73 against 12.8 was a false alarm: two items of the （含…） aside)
    text = ("项目总投资12.8亿元，其中固定资产投资10.6亿元（含土地购置1.15亿元、厂房及配套工程3.72亿元、"
            "设备购置及安装5.73亿元），铺底流动资金2.2亿元。")
    assert checks_of(text) == [("sum", "consistent", ["10.6亿元", "2.2亿元"], None)]


@pytest.mark.parametrize("text, expected", [
    ("今年以来签约项目25个，已落地17个，落地率78%。", [("ratio", "inconsistent", ["17个", "25个"], "78%")]),
    # a gloss in brackets defines the rate: it is read by its name, not as a share of GDP
    ("全市地区生产总值6518.2亿元，研发经费支出186.37亿元，研发投入强度（R&D经费支出占GDP比重）达3.86%。",
     [("ratio", "inconsistent", ["186.37亿元", "6518.2亿元"], "3.86%")]),
])
def test_more_rates_known_by_name(text, expected):
    assert checks_of(text) == expected


def test_a_bare_yuan_amount_keeps_the_currency_named_for_the_sentence():
    # (新臺幣52.38億元…；累計421.56億元，較去年同期的375.39億元: the third was CNY, and the
    # growth had operands in two currencies: no check)
    text = ("宏聚電子今日公告9月合併營收達新臺幣52.38億元，月增7.4%，改寫歷年同期新高；"
            "累計前9月營收421.56億元，較去年同期的375.39億元年增12.3%。")
    assert [f.currency for f in extract(text).figures if f.kind == "money"] == ["TWD", "TWD", "TWD"]
    assert checks_of(text) == [("growth", "consistent", ["421.56億元", "375.39億元"], "12.3%")]


@pytest.mark.parametrize("rate, status", [("2.8%", "consistent"), ("3.8%", "inconsistent")])
def test_a_rise_in_yuan_is_the_change_of_a_price(rate, status):
    assert checks_of(f"股价今日收在128.5元，上涨3.5元，涨幅{rate}。") == [
        ("growth", status, ["128.5元", "3.5元"], rate)]


def test_a_figure_of_the_year_before_ends_a_run_of_parts():
    # (去年9月's revenue was taken as a part of the third quarter's: a false alarm)
    text = "去年9月營收為44.17億元，今年8月營收為48.77億元、7月為46.05億元，第三季合併營收合計147.20億元。"
    assert [c[:2] for c in checks_of(text)] == [("sum", "unverifiable")]


def test_a_bare_yuan_amount_compared_with_one_in_hong_kong_dollars_is_in_them_too():
    # (去年同月的 is a previous value; 百萬元 after 百萬港元 in a comparison is HKD: no check before)
    text = "九月份本港整體出口貨值為３８７，５６２百萬港元，較去年同月的３５９，４１０百萬元按年上升７．８％。"
    assert [f.currency for f in extract(text).figures if f.kind == "money"] == ["HKD", "HKD"]
    assert [c[:2] for c in checks_of(text)] == [("growth", "consistent")]
    # a bare 元 amount that is no such comparison stays yuan (a mainland firm's profit after a price in HKD)
    other = "故调低股份目标价14.3%至18港元，第三季度经调整利率亦被调低6%至20.81亿元。"
    assert [f.currency for f in extract(other).figures if f.kind == "money"] == ["HKD", "CNY"]


@pytest.mark.parametrize("total, status", [("286.5亿元", "consistent"), ("276.5亿元", "inconsistent")])
def test_the_money_of_each_item_counted_before_it_breaks_down_the_total(total, status):
    # (先进制造业项目19个、投资152.3亿元: each 投资 was named only 投资, and the amounts made no list)
    text = (f"现场集中签约项目41个，总投资{total}。从签约项目类型看，先进制造业项目19个、投资152.3亿元，"
            "现代服务业项目14个、投资86.4亿元，文旅康养项目8个、投资47.8亿元。")
    assert [c for c in checks_of(text) if c[0] == "sum"][1] == ("sum", status, ["152.3亿元", "86.4亿元", "47.8亿元"], None)
    assert [f.indicator for f in extract(text).figures if f.text == "86.4亿元"] == ["现代服务业项目投资"]


@pytest.mark.parametrize("rate, status", [("3.1%", "consistent"), ("5.1%", "inconsistent")])
def test_previous_values_listed_between_the_current_ones_and_their_rates(rate, status):
    # (上年同期分别为p和q before 分别增长: no check before; after the rates they were read)
    text = (f"其中，出口2415.36亿元，进口1447.11亿元，上年同期分别为2211.87亿元和1403.60亿元，"
            f"出口、进口分别增长9.2%和{rate}。")
    assert checks_of(text) == [("growth", "consistent", ["2415.36亿元", "2211.87亿元"], "9.2%"),
                               ("growth", status, ["1447.11亿元", "1403.60亿元"], rate)]
