"""Claims found by the articles written blind on a county's government procurement, hog
farming, rural homestays, a shipyard group, cross-border RMB settlement, a supply-and-marketing
co-op, Taiwan's farm exports, sewage works, Hong Kong's rates and rent, a data exchange, forest
fire prevention, domestic services and volume-based drug procurement."""
import pytest

from claims import checks_of, shares_of, totals_of


@pytest.mark.parametrize("rate, status", [("6.2%", "consistent"), ("2.6%", "inconsistent")])
def test_funds_saved_named_by_whose_they_are(rate, status):
    text = f"全年采购预算金额13.71亿元，实际采购金额12.86亿元；节约财政资金8500万元，资金节约率{rate}。"
    assert ("ratio", status, ["8500万元", "13.71亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("21.4%", "consistent"), ("12.4%", "inconsistent")])
def test_the_previous_value_of_one_of_a_run_named_in_brackets(rate, status):
    text = f"全年成交订单6,842笔、金额3,160万元，同比分别增长{rate}和17.9%（上年同期成交订单5,636笔）。"
    assert checks_of(text) == [("growth", status, ["6,842笔", "5,636笔"], rate)]


@pytest.mark.parametrize("monthly, yearly, status", [("3.4%", "21.7%", "consistent"), ("21.7%", "3.4%", "inconsistent")])
def test_two_rates_each_against_the_base_its_cue_names(monthly, yearly, status):
    text = (f"9月份全省生猪出场均价为每公斤14.62元，环比下降{monthly}，同比下降{yearly}，"
            f"8月份和上年同期分别为15.13元、18.67元。")
    assert checks_of(text) == [("growth", status, ["14.62元", "15.13元"], monthly),
                               ("growth", status, ["14.62元", "18.67元"], yearly)]


def test_the_kinds_of_one_part_listed_after_it_break_that_part_down():
    text = "全县登记在册民宿612家。其中，等级民宿86家，甲级、乙级、丙级分别为12家、31家、43家。"
    assert totals_of(text) == [("consistent", "86家", ["12家", "31家", "43家"])]


@pytest.mark.parametrize("change, status", [("4艘", "consistent"), ("6艘", "inconsistent")])
def test_a_change_after_a_completion_clause_naming_the_measure_again(change, status):
    text = f"前三季度完工交付船舶31艘，完成年度交船计划40艘的77.5%，交付量较上年同期的27艘增加{change}。"
    assert ("difference", status, ["31艘", "27艘"], change) in checks_of(text)


def test_a_rate_of_a_quantity_in_metric_tons_is_no_rate_of_the_amount_before():
    text = "若以美元計為38.62億美元，年增6.8%（去年同期為36.16億美元），出口量則為82.6萬公噸，年增3.1%。"
    assert checks_of(text) == [("growth", "consistent", ["38.62億美元", "36.16億美元"], "6.8%")]


@pytest.mark.parametrize("rate, status", [("16.7%", "consistent"), ("17.6%", "inconsistent")])
def test_a_share_that_rose_to_a_rate_beside_a_sibling_share(rate, status):
    text = (f"今年1至9月農產品出口值達新臺幣1,186.4億元。主要市場方面，日本出口值216.3億元，占整體的18.2%；"
            f"美國198.7億元居次，年增18.8%，占比由去年同期的15.4%升至{rate}，增加1.3個百分點。")
    assert (status, ["198.7億元", "新臺幣1,186.4億元"]) in shares_of(text)


@pytest.mark.parametrize("rate, status", [("43.6%", "consistent"), ("46.3%", "inconsistent")])
def test_an_item_opening_on_a_share_is_of_the_item_before(rate, status):
    text = (f"今年前三季度，全市跨境人民币结算量达1286.4亿元，同比增长21.8%，上年同期为1056.1亿元；"
            f"占同期本外币跨境收支总额2950.5亿元的{rate}。")
    assert shares_of(text) == [(status, ["1286.4亿元", "2950.5亿元"])]


def test_the_amount_of_an_act_named_with_its_part():
    text = ("全系统实现销售总额48.62亿元。其中：农业生产资料销售12.35亿元，农产品销售21.48亿元，消费品零售11.06亿元，"
            "再生资源回收3.73亿元；农产品销售额占销售总额的44.2%。")
    assert ("consistent", ["21.48亿元", "48.62亿元"]) in shares_of(text)


@pytest.mark.parametrize("total, status", [("382.89億港元", "consistent"), ("383.89億港元", "inconsistent")])
def test_both_together_are_the_two_figures_named_before(total, status):
    text = (f"政府的差餉收入（已扣除差餉寬減）預計為264.37億港元，較上年度的251.86億港元增加5.0%；"
            f"地租收入預計為118.52億港元，兩者合計{total}。")
    assert totals_of(text) == [(status, total, ["264.37億港元", "118.52億港元"])]


def test_an_aside_between_a_name_and_its_verb_leaves_the_name():
    from extractor import extract

    figure = extract("政府的差饷收入（已扣除差饷宽减）预计为264.37亿港元。").figures[0]
    assert figure.indicator.endswith("差饷收入")


@pytest.mark.parametrize("rate, status", [("32.5%", "consistent"), ("35.2%", "inconsistent")])
def test_works_finished_and_in_use_over_the_works(rate, status):
    text = f"全年共实施水环境治理项目126个，其中续建项目53个、新开工项目73个；已竣工投用41个，竣工率{rate}。"
    assert ("ratio", status, ["41个", "126个"], rate) in checks_of(text)


def test_contracts_signed_online_or_in_a_store_are_all_of_them():
    text = "全年签订电子服务合同42.6万份，其中线上签约27.9万份、门店签约13.7万份。"
    assert totals_of(text) == [("inconsistent", "42.6万份", ["27.9万份", "13.7万份"])]


def test_parts_that_add_up_to_a_change_only_rounded_are_no_parts_of_it():
    text = ("拨付结余留用资金3.18亿元，比上年的2.64亿元增加0.54亿元，增长20.5%。其中，甲医院获得2,136万元，"
            "乙医院获得1,874万元，丙医院获得1,352万元。")
    assert all(total != "0.54亿元" for _, total, _ in totals_of(text))
