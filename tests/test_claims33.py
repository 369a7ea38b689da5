"""Claims found by the articles written blind on Taiwan's inbound tourism, a county's flood
reconstruction funds, Macau's labour force, a Hong Kong group's interim results, a city's
health insurance, a province's specialised firms and a bridge's works: a total after its
parts past a change between them, a part named by two long names joined, rates known by
name in Hong Kong's and Macau's words, a rate qualified as some group's, claims paid over
premiums, a premium raised by an amount, profit over revenue, the items a total counts in
its name, and a day's count with its parts."""
import pytest

from claims import checks_of, totals_of


@pytest.mark.parametrize("half, status", [("1,942.1億元", "consistent"), ("1,924.1億元", "inconsistent")])
def test_a_total_after_its_parts_past_a_change_between_them(half, status):
    text = (f"觀光署推估今年第一季觀光外匯收入為新臺幣921.7億元，第二季為1,020.4億元，較第一季增加98.7億元，"
            f"上半年合計{half}，折合約64.1億美元。")
    assert totals_of(text) == [(status, half, ["新臺幣921.7億元", "1,020.4億元"])]


@pytest.mark.parametrize("last, status", [("1.37亿元", "consistent"), ("1.73亿元", "inconsistent")])
def test_a_part_named_by_two_long_names_joined(last, status):
    # (named, the parts are apart from each other, and the text ties them to the total)
    text = (f"全县累计筹集灾后重建资金19.8亿元，其中中央预算内投资和中央财政灾后恢复重建补助资金8.92亿元，"
            f"省级资金3.65亿元，增发国债资金5.86亿元，市县配套及社会捐赠资金{last}。")
    assert totals_of(text) == [(status, "19.8亿元", ["8.92亿元", "3.65亿元", "5.86亿元", last])]


@pytest.mark.parametrize("rate, status", [("27.1%", "consistent"), ("21.7%", "inconsistent")])
def test_gross_margin_over_hong_kongs_revenue(rate, status):
    text = f"期內，集團收益為126.48億港元，較去年同期的118.02億港元增加7.2%；毛利34.27億港元，毛利率為{rate}。"
    assert ("ratio", status, ["34.27億港元", "126.48億港元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("2.0%", "consistent"), ("2.9%", "inconsistent")])
def test_the_jobless_and_the_underemployed_over_macaus_labour_force(rate, status):
    text = (f"統計局公布，勞動人口為38.15萬人。勞動人口中，就業人口37.39萬人，失業人口7,600人；"
            f"總體失業率為{rate}，本地居民失業率為2.6%。就業不足人口4,300人，就業不足率為1.1%。")
    checks = checks_of(text)
    assert ("ratio", status, ["7,600人", "38.15萬人"], rate) in checks
    assert ("ratio", "consistent", ["4,300人", "38.15萬人"], "1.1%") in checks
    # (the residents' rate is of no figure stated for them)
    assert not [c for c in checks if c[3] == "2.6%"]


@pytest.mark.parametrize("rate, status", [("85.4%", "consistent"), ("84.5%", "inconsistent")])
def test_claims_paid_over_premiums(rate, status):
    text = (f"全年实现保费收入15862.40万元。2024年度累计赔付13546.18万元，较上年度的10987.52万元增长23.3%；"
            f"赔付率为{rate}。")
    assert ("ratio", status, ["13546.18万元", "15862.40万元"], rate) in checks_of(text)


@pytest.mark.parametrize("raise_, status", [("10元", "consistent"), ("12元", "inconsistent")])
def test_a_premium_raised_by_an_amount(raise_, status):
    text = f"2024年度每人每年保费89元，较上年度的79元上调{raise_}。"
    assert ("difference", status, ["89元", "79元"], raise_) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("7.1%", "consistent"), ("1.7%", "inconsistent")])
def test_profit_over_revenue(rate, status):
    text = f"全省专精特新企业实现营业收入5,736.2亿元，同比增长12.7%；实现利润总额407.8亿元，营收利润率{rate}。"
    assert ("ratio", status, ["407.8亿元", "5,736.2亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("total, status", [("209.6億元", "consistent"), ("206.9億元", "inconsistent")])
def test_the_items_a_total_counts_in_its_name(total, status):
    text = (f"全案共分3個標段：隧道標由甲營造股份有限公司承攬，合約金額108.3億元；橋梁標合約金額84.2億元；"
            f"引道標合約金額17.1億元，三標合約金額合計{total}。")
    assert totals_of(text) == [(status, total, ["108.3億元", "84.2億元", "17.1億元"])]


def test_a_days_count_and_its_parts():
    text = "目前工地每日投入工作人员1,320人，较去年同期的1,160人增加13.8%，其中本国劳工1,005人、移工315人。"
    assert ("consistent", "1,320人", ["1,005人", "315人"]) in totals_of(text)


def test_a_payment_per_head_and_year_adds_nothing():
    text = "所需经费由省财政按每生每年10000元的标准拨付，其中生活补助经费标准为每生每年4000元，学校按每人每月400元标准发放。"
    assert totals_of(text) == []
