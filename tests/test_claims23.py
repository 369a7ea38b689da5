"""Claims of the genre found in blind batch 29 and after (see tests/claims.py for what is compared)."""
import pytest

from claims import checks_of, totals_of
from extractor import extract


def test_a_share_named_by_the_middle_of_its_parts_name():
    """整机制造 names 无人机整机制造实现营收: the words before it say what is made, 实现营收 the measure
    the whole (全市低空经济营收) ends with.  That whole is named otherwise (低空经济产业实现营收):
    read from the context, it confirms only."""
    text = ("上半年全市低空经济产业实现营收186.4亿元，同比增长31.6%。\n"
            "分领域看，无人机整机制造实现营收98.7亿元，核心零部件及材料52.3亿元，低空运营服务35.4亿元。"
            "整机制造占全市低空经济营收的比重为53.0%。")
    assert ("ratio", "consistent", ["98.7亿元", "186.4亿元"], "53.0%") in checks_of(text)
    assert [c for c in checks_of(text.replace("53.0%", "35.0%")) if c[0] == "ratio"] == []


def test_a_share_ties_a_breakdown_a_paragraph_after_its_total():
    """The share says the 分领域看 list breaks the total down: a mistyped part is flagged."""
    text = ("上半年全市低空经济产业实现营收186.4亿元，同比增长31.6%。\n"
            "分领域看，无人机整机制造实现营收98.7亿元，核心零部件及材料52.3亿元，低空运营服务24.6亿元，"
            "飞行保障及其他配套11.2亿元。整机制造占全市低空经济营收的比重为53.0%。")
    assert totals_of(text) == [("inconsistent", "186.4亿元", ["98.7亿元", "52.3亿元", "24.6亿元", "11.2亿元"])]


def test_a_whole_in_the_headline_is_the_bodys_figure():
    text = ("澜峪市上半年低空经济营收186.4亿元\n"
            "上半年全市低空经济产业实现营收186.4亿元，同比增长31.6%。\n"
            "分领域看，无人机整机制造实现营收98.7亿元，核心零部件及材料52.3亿元，低空运营服务35.4亿元。"
            "整机制造占全市低空经济营收的比重为53.0%。")
    article = extract(text)
    share = next(c for c in article.checks if c.relation == "share")
    whole = next(f for f in article.figures if f.id == share.inputs[1])
    assert whole.start > text.index("\n")


@pytest.mark.parametrize("rate, status", [("59.1%", "inconsistent"), ("51.9%", "consistent")])
def test_a_share_of_the_total_of_its_measure_in_a_classified_item(rate, status):
    """占总投资的 in a ；-item of 分领域看: the total the breakdown opened on, a paragraph before."""
    text = ("上半年全省城镇污水处理设施和管网建设完成投资86.47亿元，同比增长18.3%，上年同期为73.1亿元。\n"
            "分领域看，污水处理厂新建和提标改造完成投资31.26亿元；管网新建和改造完成投资44.85亿元，"
            f"占总投资的比重为{rate}；污泥处置及再生水利用设施完成投资10.36亿元。")
    assert ("ratio", status, ["44.85亿元", "86.47亿元"], rate) in checks_of(text)


def test_a_share_of_the_business_just_named():
    """佔該業務收入的: 該 points back to the business whose revenue was listed, read from the context."""
    text = ("按業務劃分，香港客運、車站商務及其他業務收入分別為196.35億港元、58.74億港元及16.12億港元。"
            "香港客運業務中，票務收入為172.06億港元，佔該業務收入的87.6%。")
    assert ("ratio", "consistent", ["172.06億港元", "196.35億港元"], "87.6%") in checks_of(text)
    # (read from the context, it confirms only: a rate no earlier figure gives is no claim)
    assert [c for c in checks_of(text.replace("87.6%", "78.6%")) if c[0] == "ratio"] == []


@pytest.mark.parametrize("rate, status", [("20%", "consistent"), ("25%", "inconsistent")])
def test_the_value_of_a_fiscal_year_before(rate, status):
    text = f"年內社署共向合資格長者發放服務券名額9,600個，較2023-24年度的8,000個增加{rate}。"
    assert checks_of(text) == [("growth", status, ["9,600個", "8,000個"], rate)]


@pytest.mark.parametrize("rate, status", [("13.2%", "consistent"), ("12.3%", "inconsistent")])
def test_a_previous_value_on_the_same_day_a_year_before(rate, status):
    text = f"截至2025年3月31日，服務券使用者共13,420名，按年增加{rate}（2024年3月31日：11,850名）。"
    assert checks_of(text) == [("growth", status, ["13,420名", "11,850名"], rate)]


def test_a_value_on_another_day_is_no_previous_value():
    text = "截至2025年3月31日，服務券使用者共13,420名，按年增加12.3%（2024年9月30日：11,850名）。"
    assert checks_of(text) == []


@pytest.mark.parametrize("points, status", [("2.1個百分點", "consistent"), ("1.2個百分點", "inconsistent")])
def test_points_against_the_fiscal_year_before(points, status):
    """上年度 is the fiscal year before the one reported on (2024-25年度): （2023-24年度：R）."""
    text = ("社署今日公布2024-25年度的推行情況。中心為本服務使用者有7,851名，佔整體使用者的58.5%，"
            f"比例較上年度上升{points}（2023-24年度：56.4%）。")
    assert ("difference", status, ["58.5%", "56.4%"], points) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("0.61%", "consistent"), ("0.16%", "inconsistent")])
def test_a_failure_rate_of_samples(rate, status):
    """不合格率 is no 合格率: the samples that failed over those checked."""
    text = f"期內抽檢食品樣本2,935個，其中不合格樣本18個，不合格率為{rate}，主要涉及微生物超標。"
    assert checks_of(text) == [("ratio", status, ["18個", "2,935個"], rate)]


def test_the_failed_samples_are_counted_with_their_negation():
    article = extract("期內抽檢食品樣本2,935個，其中不合格樣本18個。")
    assert [f.of for f in article.figures] == ["食品样本", "不合格样本"]


@pytest.mark.parametrize("text, expected", [
    # Taiwan's years (112年 is 2023): a previous value and a base of points
    ("智慧水表累計布建數由112年底的27.0萬台增加至42.7萬台，年增58.1%。",
     ("growth", "consistent", ["42.7萬台", "27.0萬台"], "58.1%")),
    ("智慧水表累計布建數由112年底的27.0萬台增加至42.7萬台，年增85.1%。",
     ("growth", "inconsistent", ["42.7萬台", "27.0萬台"], "85.1%")),
    ("全年漏水率降至12.35%，較112年的12.98%下降0.63個百分點。",
     ("difference", "consistent", ["12.35%", "12.98%"], "0.63個百分點")),
    ("全年漏水率降至12.35%，較112年的12.98%下降0.36個百分點。",
     ("difference", "inconsistent", ["12.35%", "12.98%"], "0.36個百分點")),
])
def test_taiwans_years_as_bases(text, expected):
    assert checks_of(text) == [expected]


def test_a_quarter_on_quarter_rate_keeps_the_quarters_a_breakdown():
    """第一季x、第二季y，第二季季增R: the first quarter is the rate's base and a part of the half-year."""
    text = "上半年營收新臺幣1,846.2億元，其中第一季887.5億元、第二季958.7億元，第二季季增8.0%。"
    assert totals_of(text) == [("consistent", "新臺幣1,846.2億元", ["887.5億元", "958.7億元"])]
    assert ("growth", "consistent", ["958.7億元", "887.5億元"], "8.0%") in checks_of(text)


@pytest.mark.parametrize("rate, status", [("42.4%", "consistent"), ("24.4%", "inconsistent")])
def test_an_item_opening_on_last_years_value_goes_on_about_the_level_before(rate, status):
    text = f"上半年完成投资3.86亿元，占年度计划投资的55.1%；上年同期为2.71亿元，同比增长{rate}。"
    assert ("growth", status, ["3.86亿元", "2.71亿元"], rate) in checks_of(text)


def test_a_completion_of_the_level_its_clause_names_in_the_sentence_before():
    """出口额已完成全年目标X的R: the 出口 stated before; read, it confirms only."""
    text = ("今年前7个月，鞋革产品出口186.3亿元，同比增长12.4%（上年同期为165.8亿元）。"
            "出口额已完成全年目标300亿元的62.1%。")
    assert ("ratio", "consistent", ["186.3亿元", "300亿元"], "62.1%") in checks_of(text)
    assert ("ratio", "inconsistent", ["186.3亿元", "300亿元"], "61.2%") not in checks_of(text.replace("62.1%", "61.2%"))


@pytest.mark.parametrize("points, status", [("1.8个百分点", "consistent"), ("2.8个百分点", "inconsistent")])
def test_a_share_change_whose_base_is_named_after_it(points, status):
    text = f"出口186.3亿元，占全市出口总值482.6亿元的38.6%，比重提高{points}（上年同期为36.8%）。"
    assert ("difference", status, ["38.6%", "36.8%"], points) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("84.9%", "consistent"), ("89.4%", "inconsistent")])
def test_an_occupancy_rate_of_stalls(rate, status):
    text = (f"截至六月三十日，97個公眾街市共有檔位13,642個，其中已出租檔位11,587個，空置檔位2,055個；"
            f"整體出租率為{rate}。")
    assert ("ratio", status, ["11,587個", "13,642個"], rate) in checks_of(text)


def test_a_refund_share_of_the_classified_total():
    text = ("上半年，市税务局为2136户纳税人办理增值税留抵退税31.8亿元。分行业看，制造业17.26亿元，"
            "批发和零售业5.91亿元，交通运输业3.48亿元，其他行业5.15亿元。制造业退税占比54.3%。")
    assert ("ratio", "consistent", ["17.26亿元", "31.8亿元"], "54.3%") in checks_of(text)


@pytest.mark.parametrize("part, status", [("132.5亿元", "consistent"), ("123.5亿元", "inconsistent")])
def test_a_quantity_and_its_value_open_a_classified_list(part, status):
    """鞋类出口3.86亿双、132.5亿元: the pairs counted are no list of their own, and the value is of 鞋类出口."""
    text = (f"今年前7个月鞋革产品出口186.3亿元，同比增长12.4%。\n分品类看，鞋类出口3.86亿双、{part}，增长10.8%；"
            "箱包出口38.9亿元，增长19.6%；皮革制品出口14.9亿元，下降3.2%。")
    assert totals_of(text) == [(status, "186.3亿元", [part, "38.9亿元", "14.9亿元"])]


@pytest.mark.parametrize("rate, status", [("60.9%", "consistent"), ("69.0%", "inconsistent")])
def test_a_success_rate_of_lots_offered(rate, status):
    """成功率 of a tender: the stalls let over those offered, as it is of disputes settled over those mediated."""
    text = f"上半年共舉行6次公開競投，推出空置檔位1,120個，成功租出682個，成功率為{rate}。"
    assert checks_of(text) == [("ratio", status, ["682個", "1,120個"], rate)]


@pytest.mark.parametrize("rate, status", [("65.1%", "consistent"), ("56.1%", "unverifiable")])
def test_a_share_whose_part_is_named_with_its_industry_in_short(rate, status):
    """醫材出口 is the 出口值 of a sentence on 醫療器材產業: the industry named before it, here in short.
    (The whole, found by its name in another sentence, confirms and never refutes.)"""
    text = ("2024年台灣醫療器材產業產值達新臺幣2,126億元；出口值1,384億元，創下歷史新高。"
            f"產發署指出，醫材出口占產值比重為{rate}。")
    assert ("ratio", status, ["1,384億元", "新臺幣2,126億元"], rate) in checks_of(text)


def test_a_qualifier_the_parts_sentence_never_said_names_no_part():
    text = "全年外贸进出口总额500亿元，其中出口300亿元。机电产品出口占出口总额的比重为40%。"
    assert not [c for c in checks_of(text) if c[1] == "consistent" and "300亿元" in c[2] and c[3] == "40%"]
