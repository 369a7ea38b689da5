"""Claims found by the sixth batch of articles written blind (venture capital, a
subdistrict office, a hospital group, farm subsidies, disaster relief): a breakdown's
opener ties a whole named in the sentence before, rates per unit of area add to nothing,
bodies counted by 家 and 户 in one list, and a loss that narrows."""
import pytest

from claims import checks_of
from extractor import extract


@pytest.mark.parametrize("rate, status", [("24.7%", "consistent"), ("27.4%", "inconsistent")])
def test_a_share_after_a_breakdowns_opener(rate, status):
    text = f"全市披露投资金额合计386.5亿元。分行业看，集成电路领域投资95.4亿元，占全市投资金额的{rate}，居各行业首位。"
    assert ("ratio", status, ["95.4亿元", "386.5亿元"], rate) in checks_of(text)


def test_events_concluded_over_events_received():
    text = "平台上半年共受理各类事件8,642件；办结8,517件，办结率98.6%。"
    assert ("ratio", "consistent", ["8,517件", "8,642件"], "98.6%") in checks_of(text)


def test_market_entities_counted_by_jia_and_hu():
    text = "上半年，辖区新登记市场主体612户，其中企业426家、个体工商户186户。"
    assert ("sum", "consistent", ["426家", "186户"], None) in checks_of(text)


def test_a_share_of_the_total_its_opener_names_otherwise():
    text = "集团各院区共完成门急诊诊疗423.6万人次，其中急诊52.4万人次，占门急诊总量的12.4%。"
    assert ("ratio", "consistent", ["52.4万人次", "423.6万人次"], "12.4%") in checks_of(text)


@pytest.mark.parametrize("other, confirmed", [("1,112.8万元", True), ("1,212.8万元", False)])
def test_rates_per_mu_add_to_nothing(other, confirmed):
    # (the total in the sentence before the 其中: its parts confirm it, a mistyped one does not)
    text = ("全年共计发放惠农补贴资金1.38亿元。其中，耕地地力保护补贴按每亩118元的标准发放，共8,590.4万元；"
            f"种粮农民一次性补贴每亩23.5元，合计1,710.8万元；农机购置补贴2,386万元；其他补贴{other}。")
    sums = [c for c in checks_of(text) if c[0] == "sum"]
    assert [c[2] for c in sums] == [["8,590.4万元", "1,710.8万元", "2,386万元", other]]
    assert (sums[0][1] == "consistent") == confirmed


@pytest.mark.parametrize("change, status", [("0.65亿元", "consistent"), ("0.56亿元", "inconsistent")])
def test_a_loss_that_narrows(change, status):
    text = f"净亏损由上年的1.47亿元收窄至0.82亿元，减少{change}。"
    assert ("difference", status, ["0.82亿元", "1.47亿元"], change) in checks_of(text)


def test_a_currency_named_two_clauses_back_is_anothers():
    text = "香港某慈善基金会捐赠港币300万元，保险公司对农房保险开通理赔绿色通道，赔款合计632.5万元。"
    assert [f.currency for f in extract(text).figures if f.kind == "money"] == ["HKD", "CNY"]
