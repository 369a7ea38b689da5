"""Claims worded as in statistical bulletins, budget reports, trade releases, Taiwan
revenue pages, tourism reports, association news, press conferences, Hong Kong filings,
bank reports and market reviews: a base named by its month or date (比3月的441.2亿元,
较2024年12月31日的), Taiwan's 月增/年減, a bare 完成 after the target's clause, targets taken
as set, a share after a 其中 list of parts, a recovery to a year's level, a total stated
before its 分别为 list, lists that write their unit once, quarters listed before a 环比
rate, the base of another comparison (较成立之初的62家), pp between two rates the claim
names, and a filing's comparative figure in brackets (（2024年同期：…）)."""
from decimal import Decimal

import pytest

from claims import checks_of
from extractor import extract


@pytest.mark.parametrize("rate, status", [("6.1%", "consistent"), ("8.1%", "inconsistent")])
def test_a_base_named_by_its_month_is_the_previous_value(rate, status):
    # (was no check: 比3月的 holds a digit, and 环比 stood between the base and the verb)
    text = f"4月当月，全省出口468.3亿元，比3月的441.2亿元环比增长{rate}。"
    assert checks_of(text) == [("growth", status, ["468.3亿元", "441.2亿元"], rate)]


def test_taiwan_month_and_year_rates_read_their_own_bases():
    # 月增 is counted from the month before (9月為4.23億元), 年減 from the year before; the
    # month's value is no current value of the year's rate (it was: 4.23 / 4.70, a false alarm)
    text = "宏岱材料10月營收4.36億元，月增3.1%（9月為4.23億元），年減7.2%（去年同期4.70億元）。"
    assert checks_of(text) == [("growth", "consistent", ["4.36億元", "4.23億元"], "3.1%"),
                               ("growth", "consistent", ["4.36億元", "4.70億元"], "7.2%")]
    text = "聯曜10月合併營收新台幣28.64億元，較9月的25.50億元月增12.3%，與去年同期的24.17億元相比，年增率達18.5%。"
    assert checks_of(text) == [("growth", "consistent", ["新台幣28.64億元", "25.50億元"], "12.3%"),
                               ("growth", "consistent", ["新台幣28.64億元", "24.17億元"], "18.5%")]


def test_1_to_10_months_growth_is_no_month_on_month_rate():
    assert [f.role for f in extract("全县1-10月增长9.6%，上年同期为8.2%。").figures] == ["growth", None]


@pytest.mark.parametrize("rate, status", [("26.0%", "consistent"), ("28.0%", "inconsistent")])
def test_a_bare_completion_after_the_targets_clause(rate, status):
    text = f"6. 枫林镇：到位资金1.3亿元，年度目标5亿元，完成{rate}"
    assert checks_of(text) == [("ratio", status, ["1.3亿元", "5亿元"], rate)]


def test_actual_target_and_rate_in_three_clauses_are_tied():
    # (was only confirmed: a mismatch left no check)
    assert checks_of("到位资金10.5亿元，年度目标20亿元，完成率55.5%") == [
        ("ratio", "inconsistent", ["10.5亿元", "20亿元"], "55.5%")]


def test_a_bare_completion_with_no_target_before_it_is_no_claim():
    assert checks_of("到位资金1.3亿元，完成26.0%。") == []


@pytest.mark.parametrize("rate, status", [("32.3%", "consistent"), ("33.2%", "inconsistent")])
def test_a_target_is_taken_as_set_not_as_rounded(rate, status):
    # 2.1 / 6.45 would give 33.2%: a target of 6.5亿元 is 6.5亿元
    text = f"到位资金2.1亿元，完成年度目标6.5亿元的{rate}"
    assert checks_of(text) == [("ratio", status, ["2.1亿元", "6.5亿元"], rate)]


LIST = "研发人员612名，其中博士23名、硕士187名、本科402名，"


def test_a_share_after_a_list_of_parts_is_of_their_total():
    # (was 402 / 4286, a false alarm)
    assert checks_of(LIST + "占员工总数4,286人的14.28%。") == [
        ("ratio", "consistent", ["612名", "4,286人"], "14.28%"),
        ("sum", "consistent", ["23名", "187名", "402名"], None)]


def test_a_share_of_the_lists_total_is_the_last_parts():
    assert checks_of(LIST + "占研发人员的65.7%。") == [
        ("ratio", "consistent", ["402名", "612名"], "65.7%"),
        ("sum", "consistent", ["23名", "187名", "402名"], None)]


def test_amounts_listed_with_their_rates_keep_their_own_shares():
    text = "知识付费的收入分别为168.7万元和2465.6万元，占总营收的0.3%和3.4%。"
    assert {f.text: f.indicator for f in extract(text).figures if f.kind == "percent"} == {
        "0.3%": "知识付费的收入", "3.4%": "知识付费的收入"}


TOURISM = "8天假期全市共接待游客1286.4万人次，较上年同期的1176.9万人次增长9.3%，恢复至2019年同期（1000.3万人次）的{}，"


@pytest.mark.parametrize("rate, status", [("128.6%", "consistent"), ("126.8%", "inconsistent")])
def test_a_recovery_to_a_years_level_is_a_share_of_that_years_value(rate, status):
    checks = checks_of(TOURISM.format(rate) + "完成假期预期目标1200万人次的107.2%。")
    assert ("ratio", status, ["1286.4万人次", "1000.3万人次"], rate) in checks


def test_a_year_befores_value_is_no_total_a_later_qizhong_opens_on():
    # (was 705.3 / 1000.3, a false alarm)
    checks = checks_of(TOURISM.format("128.6%") + "完成假期预期目标1200万人次的107.2%。其中外地游客705.3万人次，占比54.8%。")
    assert ("ratio", "consistent", ["705.3万人次", "1286.4万人次"], "54.8%") in checks


@pytest.mark.parametrize("between", ["", "增长32.4%，"])
@pytest.mark.parametrize("total, status", [("39亿元", "consistent"), ("38.7亿元", "inconsistent")])
def test_a_total_then_its_parts_after_fenbie(between, total, status):
    text = f"新三样产品合计出口{total}，{between}分别为16.2亿元、14.9亿元和7.9亿元。"
    assert ("sum", status, ["16.2亿元", "14.9亿元", "7.9亿元"], None) in checks_of(text)


def test_parts_after_fenbie_without_a_total_word_are_no_breakdown():
    assert checks_of("投资39亿元，分别为16.2亿元、14.9亿元和7.9亿元。") == []


@pytest.mark.parametrize("rate, status", [("21.6%", "consistent"), ("24.6%", "inconsistent")])
def test_a_long_name_of_the_same_period_before_the_base(rate, status):
    text = f"活动期间共签约项目8个，协议总投资46.8亿元，较去年同期长三角招商签约的38.5亿元增长{rate}。"
    assert checks_of(text) == [("growth", status, ["46.8亿元", "38.5亿元"], rate)]


@pytest.mark.parametrize("text, status", [
    ("其中一季度16个，二季度21个，环比增长31.3%。", "consistent"),
    ("其中一季度16个，二季度21个，环比增长35.3%。", "inconsistent"),
    ("8月份出口41.2亿元，9月份出口44.6亿元，环比增长8.3%。", "consistent"),
    # Taiwan's quarters take no 度, and its 季增 names no measure with its 季
    ("第一季營收887.5億元、第二季958.7億元，第二季季增8.0%。", "consistent"),
    ("第一季營收887.5億元、第二季958.7億元，第二季季增9.0%。", "inconsistent"),
    ("其中第一季887.5億元、第二季958.7億元，第二季季增8.0%。", "consistent"),
])
def test_the_period_before_listed_before_a_month_on_month_rate(text, status):
    assert [c[:2] for c in checks_of(text)] == [("growth", status)]


@pytest.mark.parametrize("text", [
    "8月份出口41.2亿元，9月份进口44.6亿元，环比增长8.3%。",  # another measure
    "1-8月出口41.2亿元，9月出口44.6亿元，环比增长8.3%。",  # no month of its own
])
def test_no_period_before_of_another_measure_or_span(text):
    assert checks_of(text) == []


@pytest.mark.parametrize("rate, status", [("8.1%", "consistent"), ("9.1%", "inconsistent")])
def test_the_base_of_another_comparison_is_no_current_value(rate, status):
    # (was 14 / (62 - 14), a false alarm)
    text = f"协会现有会员单位186家，较成立之初的62家增长两倍，较上年净增14家，增长{rate}。"
    assert checks_of(text) == [("growth", status, ["186家", "14家"], rate)]


def test_the_explanation_of_a_range_gives_both_ends():
    text = "预计扣非净利润为29,500万元至33,000万元，较上年同期的25,612.37万元增长15.18%至31.84%。"
    (check,) = extract(text).checks
    assert check.status == "inconsistent"
    assert check.explanation_en == "(29500 to 33000) / 25612.37 - 1 = 15.18 to 28.84% (reported 15.18 to 31.84%)"
    assert check.explanation_zh.startswith("(29500至33000) / 25612.37 - 1 = 15.18至28.84%")


@pytest.mark.parametrize("pp, status", [("0.8", "consistent"), ("1.8", "inconsistent")])
def test_points_above_a_wider_areas_rate(pp, status):
    text = f"地区生产总值增长6.2%，高于全省5.4%的平均水平{pp}个百分点，增速居全省第3位。"
    assert checks_of(text) == [("difference", status, ["6.2%", "5.4%"], f"{pp}个百分点")]


@pytest.mark.parametrize("rate, status", [("15.1%", "consistent"), ("16.1%", "inconsistent")])
def test_the_bases_of_a_fenbie_run_named_after_bi(rate, status):
    text = f"全年接待游客4280万人次，实现旅游总收入468.3亿元，较上年的3805万人次和406.9亿元分别增长12.5%和{rate}。"
    assert checks_of(text) == [("growth", "consistent", ["4280万人次", "3805万人次"], "12.5%"),
                               ("growth", status, ["468.3亿元", "406.9亿元"], rate)]


@pytest.mark.parametrize("total, status", [("10.2亿元", "consistent"), ("10.5亿元", "inconsistent")])
def test_a_fenbie_list_writing_its_unit_once_is_a_list_of_amounts(total, status):
    text = f"三个板块分别实现收入1.2、3.4和5.6亿元，合计{total}。"
    assert [(f.text, f.value) for f in extract(text).figures if f.kind == "money"][:3] == [
        ("1.2", 120000000), ("3.4", 340000000), ("5.6亿元", 560000000)]
    assert checks_of(text) == [("sum", status, ["1.2", "3.4", "5.6亿元"], None)]


@pytest.mark.parametrize("text, figures", [
    ("这块表动辄30、50万元起跳", ["50万元"]),  # "thirty or fifty": no list of amounts without 分别
    ("分别比全省平均高1.9、1.2和0.6个百分点", ["1.9", "1.2", "0.6个百分点"]),
    ("利率下调了3、5个百分点不等", ["5个百分点"]),
    ("分别比位列2、3位的俄罗斯和印度高出10%", ["10%"]),  # ranks, no counts: the list adds no 2 and no 3
])
def test_items_share_the_last_ones_unit_only_after_fenbie(text, figures):
    assert [f.text for f in extract(text).figures] == figures


@pytest.mark.parametrize("pp, status", [("0.6", "consistent"), ("0.9", "inconsistent")])
def test_points_above_a_wider_areas_rate_in_brackets(pp, status):
    text = f"一季度地区生产总值同比增长5.8%，增速比全省（5.2%）高{pp}个百分点，居全省第3位。"
    assert checks_of(text) == [("difference", status, ["5.8%", "5.2%"], f"{pp}个百分点")]


@pytest.mark.parametrize("pp, status", [("1.6", "consistent"), ("1.4", "inconsistent")])
def test_points_between_two_named_rates_of_the_sentence(pp, status):
    # (was read as confirming only: a mismatch left no check)
    text = f"城镇居民人均可支配收入17508元，增长5.1%；农村居民人均可支配收入8216元，增长6.7%，农村居民收入增速高于城镇居民{pp}个百分点。"
    assert checks_of(text) == [("difference", status, ["6.7%", "5.1%"], f"{pp}个百分点")]


def test_points_of_the_rate_its_subject_names():
    # 税收收入增速: the growth of 税收收入, not the share right before the pp figure
    text = "一般公共预算收入98.64亿元，增长3.4%。其中税收收入76.15亿元，增长5.2%，税收占比77.2%，税收收入增速比一般公共预算收入高出1.8个百分点。"
    assert ("difference", "consistent", ["5.2%", "3.4%"], "1.8个百分点") in checks_of(text)


@pytest.mark.parametrize("text, status", [
    ("增速最快的潮安高新区（12.4%）高于全省开发区总体增速（9.1%）3.3个百分点。", "consistent"),
    ("增速最快的潮安高新区（12.4%）高于全省开发区总体增速（9.1%）3.8个百分点。", "inconsistent"),
    ("五星级酒店入住率达93.8%，较三星级酒店的84.1%高出9.7个百分点。", "consistent"),
    ("五星级酒店入住率达93.8%，较三星级酒店的84.1%高出8.7个百分点。", "inconsistent"),
])
def test_points_between_two_rates_stated_in_the_claim(text, status):
    assert [c[:2] for c in checks_of(text)] == [("difference", status)]


@pytest.mark.parametrize("rate, status", [("27.6%", "consistent"), ("26.8%", "inconsistent")])
def test_a_year_target_whose_measure_ends_the_actuals_name(rate, status):
    # (a mismatch was dropped: the target was read only as a confirming one)
    text = f"今年全市共列入重点项目186个，年度计划投资480亿元。一季度重点项目完成投资132.5亿元，完成年度计划的{rate}。"
    assert checks_of(text) == [("ratio", status, ["132.5亿元", "480亿元"], rate)]


@pytest.mark.parametrize("total, status", [("14亿元", "consistent"), ("15亿元", "inconsistent")])
def test_parts_as_many_as_the_text_says_are_all_of_it(total, status):
    # (15亿元 was unverifiable: the parts fall short and were not presented as exhaustive)
    text = f"总投资{total}，分两期建设，其中一期8亿元、二期6亿元。"
    assert checks_of(text) == [("sum", status, ["8亿元", "6亿元"], None)]


def test_the_next_clauses_words_do_not_make_a_list_open_ended():
    text = "全年对外公益捐赠1286.5万元，其中乡村振兴640万元、教育助学425万元、救灾及困难群体帮扶221.5万元，主要通过市慈善总会实施。"
    assert checks_of(text) == [("sum", "consistent", ["640万元", "425万元", "221.5万元"], None)]


@pytest.mark.parametrize("rate, status", [("19.4%", "consistent"), ("29.4%", "inconsistent")])
def test_a_claim_naming_its_measure_after_a_semicolon(rate, status):
    text = f"消费券直接带动消费4.68亿元，即财政每投入1元撬动消费8.6元；带动消费较去年同期的3.92亿元增长{rate}。"
    assert checks_of(text) == [("growth", status, ["4.68亿元", "3.92亿元"], rate)]


@pytest.mark.parametrize("text, inputs", [
    ("营收52.3亿元（上年同期：47.6亿元），同比增长9.9%。", ["52.3亿元", "47.6亿元"]),
    ("每股基本盈利为人民币41.29分（2024年同期：人民币35.19分），增幅为17.3%。", ["人民币41.29分", "人民币35.19分"]),
    ("现金及现金等价物为人民币2,105,637千元，较2024年12月31日的人民币1,884,290千元增加11.7%。",
     ["人民币2,105,637千元", "人民币1,884,290千元"]),
    ("全周合计6.82万亿元，较上周的5.97万亿元放量14.2%。", ["6.82万亿元", "5.97万亿元"]),
])
def test_bases_in_brackets_by_date_and_after_fangliang(text, inputs):
    assert [c[:3] for c in checks_of(text)] == [("growth", "consistent", inputs)]


def test_cents_after_a_currency_name_and_more_by_is_no_approximation():
    values = {f.text: (f.value, f.currency, f.approx) for f in extract(
        "每股盈利为人民币41.29分，股息每股港币6仙，开支比去年同期的人民币596,924千元多出13.3%，成交额连续5日突破万亿元").figures}
    assert values["人民币41.29分"] == (Decimal("0.4129"), "CNY", False)
    assert values["港币6仙"] == (Decimal("0.06"), "HKD", False)
    assert values["人民币596,924千元"] == (Decimal("596924000"), "CNY", False)
    assert values["突破万亿元"] == (Decimal("1000000000000"), "CNY", True)


def test_fenbie_lists_whose_items_write_their_own_magnitude():
    text = ("三类收入分别为49.87亿、152.36亿及12.30亿澳门元，合共214.53亿澳门元。"
            "内地、香港、台湾及国际旅客分别为236.72万、58.31万、7.85万及15.58万人次，合计318.46万人次。")
    assert checks_of(text) == [("sum", "consistent", ["49.87亿", "152.36亿", "12.30亿澳门元"], None),
                               ("sum", "consistent", ["236.72万", "58.31万", "7.85万", "15.58万人次"], None)]


def test_a_claim_quoted_in_a_reply_is_checked_once():
    post = "本次集中签约项目32个，协议总投资186.5亿元，较去年同期的152.8亿元增长22.1%。"
    text = f"楼主 发表于 2026-4-12 09:36\n{post}\n回复 | 引用\n沙发 发表于 2026-4-12 10:15\n引用：楼主 发表于 2026-4-12 09:36\n{post}\n希望项目早点落地。\n"
    article = extract(text)
    assert [(c.id, c.relation) for c in article.checks] == [("c1", "growth")]
    assert sum(f.text == "186.5亿元" for f in article.figures) == 2  # both mentions stay
    # the same words with another claim's figures are another claim
    assert len(extract(post + post.replace("22.1%", "22.0%")).checks) == 2


def test_english_scale_words_and_percent_words_of_bilingual_pages():
    text = ("澜芯完成C轮融资，融资总额RMB 3.5 billion（35亿元），子公司获注资US$120 million。"
            "管理资产规模达RMB 86.4 billion，比年初的782亿元增长9.8%。CPI同比上涨0.8 per cent，增速加快1.3 percentage points。")
    values = {f.text: (f.kind, f.value, f.currency) for f in extract(text).figures}
    assert values["RMB 3.5 billion"] == ("money", Decimal("3500000000"), "CNY")
    assert values["US$120 million"] == ("money", Decimal("120000000"), "USD")
    assert values["0.8 per cent"] == ("percent", Decimal("0.8"), None)
    assert values["1.3 percentage points"] == ("percentage_point", Decimal("1.3"), None)
    # (RMB 86.4 was 86.4 yuan: a false alarm against 782亿元)
    assert checks_of(text) == [("growth", "inconsistent", ["RMB 86.4 billion", "782亿元"], "9.8%")]


@pytest.mark.parametrize("pp, status", [("1.4", "consistent"), ("1.6", "inconsistent")])
def test_points_above_a_wider_areas_level_in_brackets(pp, status):
    text = f"规上工业增加值同比增长8.1%，高于全市平均水平（6.7%）{pp}个百分点。"
    assert checks_of(text) == [("difference", status, ["8.1%", "6.7%"], f"{pp}个百分点")]


@pytest.mark.parametrize("total, status", [("89个", "consistent"), ("87个", "inconsistent")])
def test_qizhong_opening_the_next_sentence_is_about_a_last_years_total(total, status):
    # a report on last year: 去年 names its period (the total was skipped as a year-before value)
    text = f"去年新增台资项目{total}。其中电子资讯类41个、精密机械类26个、生技医疗类14个、其他类别8个。"
    assert checks_of(text) == [("sum", status, ["41个", "26个", "14个", "8个"], None)]


def test_a_year_befores_total_two_sentences_back_totals_no_parts():
    text = "上年同期签约项目50个。今年签约项目60个，其中工业项目30个、服务业项目20个。"
    assert [c[2] for c in checks_of(text)] == [["30个", "20个"]]
    assert [f.role for f in extract(text).figures if f.text == "50个"] == [None]
