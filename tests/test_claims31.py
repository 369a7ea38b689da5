"""Claims found by the articles written blind on state-owned firms, carbon trading, rental
housing, market supervision, digital yuan, fishery, private economy, mining and skills
training: a sentence that opens on a measure named before, the share after its growth, the
new loans no balance is made of, parts of one qualifier the whole names too, two sizes
merged in a total's name, cases of a price kind, a subset rated over the whole before a
classification, firms at a loss over all firms and samples tested against a plan."""
import pytest

from claims import checks_of, shares_of, totals_of

_OUTPUT = ("分产业看，渔业产值（第一产业）86.45亿元，渔业工业和建筑业产值41.20亿元，渔业流通和服务业产值27.35亿元。"
           "其中，渔业产值比上年的80.12亿元增长{rate}，占全县农林牧渔业总产值131.9亿元的{share}。")


@pytest.mark.parametrize("rate, status", [("7.9%", "consistent"), ("9.7%", "inconsistent")])
def test_a_sentence_opening_on_a_measure_named_before(rate, status):
    # (its level is the one of exactly that name in the sentence before: the text ties them)
    text = _OUTPUT.format(rate=rate, share="65.5%")
    assert ("growth", status, ["86.45亿元", "80.12亿元"], rate) in checks_of(text)


def test_a_sentence_opening_on_another_name_reads_no_level():
    text = ("分产业看，渔业产值86.45亿元，渔业工业和建筑业产值41.20亿元。"
            "其中，远洋渔业产值比上年的80.12亿元增长7.9%。")
    assert not [c for c in checks_of(text) if c[0] == "growth"]


@pytest.mark.parametrize("share, status", [("65.5%", "consistent"), ("56.5%", "inconsistent")])
def test_a_share_after_a_growth_is_of_its_level_past_the_whole(share, status):
    # (not the previous value the clause compares with)
    text = _OUTPUT.format(rate="7.9%", share=share)
    assert (status, ["86.45亿元", "131.9亿元"]) in shares_of(text)


def test_new_loans_of_two_banks_are_no_parts_of_the_balance():
    text = ("民营企业贷款余额2846.3亿元，较年初增加265.7亿元，增长10.3%，其中甲银行泓州分行、"
            "泓州农村商业银行股份有限公司新增民营企业贷款分别为41.6亿元、33.9亿元。")
    assert totals_of(text) == []


def test_parts_of_the_qualifier_the_whole_names_too_do_not_overlap():
    # (private firms and sole traders: both kinds of the private market entities, one not the other)
    text = "全市实有民营经营主体41.27万户，同比增长6.9%，其中民营企业12.84万户、个体工商户28.43万户。"
    assert totals_of(text) == [("consistent", "41.27万户", ["12.84万户", "28.43万户"])]


def test_private_taxpayers_and_sole_traders_still_overlap():
    text = "全市纳税人28.6万户，其中民营经济纳税人21.4万户、个体工商户7.2万户。"
    assert [t[0] for t in totals_of(text)] == ["unverifiable"]


@pytest.mark.parametrize("merged, status", [("19家", "consistent"), ("21家", "inconsistent")])
def test_two_sizes_merged_in_a_totals_name(merged, status):
    text = (f"全县共有持证矿山企业52家，比上年末减少7家，其中大型矿山5家、中型矿山14家、小型矿山33家，"
            f"大中型矿山合计{merged}，占比36.5%。")
    totals = totals_of(text)
    assert ("consistent", "52家", ["5家", "14家", "33家"]) in totals
    assert (status, merged, ["5家", "14家"]) in totals


@pytest.mark.parametrize("price, status", [("63件", "consistent"), ("68件", "inconsistent")])
def test_cases_of_a_price_kind_add_up(price, status):
    # (价格 names what the cases are about, not a price per item)
    text = (f"全年共立案查处各类违法案件538件，较上年增长12.1%。按领域分，食品安全类201件、"
            f"价格及不正当竞争类{price}、特种设备类57件、其他217件。")
    assert (status, "538件", ["201件", price, "57件", "217件"]) in totals_of(text)


@pytest.mark.parametrize("price, status", [("63件", "consistent"), ("68件", "inconsistent")])
def test_a_subset_rated_over_the_whole_is_not_what_a_classification_breaks_down(price, status):
    text = (f"全年共立案查处各类违法案件538件；已办结案件511件，结案率95.0%。按领域分，食品安全类201件、"
            f"价格及不正当竞争类{price}、特种设备类57件、其他217件。")
    assert (status, "538件", ["201件", price, "57件", "217件"]) in totals_of(text)
    assert ("ratio", "consistent", ["511件", "538件"], "95.0%") in checks_of(text)


@pytest.mark.parametrize("share, status", [("14.3%", "consistent"), ("16.7%", "inconsistent")])
def test_firms_at_a_loss_over_all_firms_not_those_in_profit(share, status):
    text = f"21家市属企业中，盈利企业18家、亏损企业3家，亏损面为{share}。"
    assert ("ratio", status, ["3家", "21家"], share) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("97.81%", "consistent"), ("97.18%", "inconsistent")])
def test_samples_passed_over_samples_tested_not_the_plan(rate, status):
    text = (f"全年完成食品安全监督抽检2880批次，为年度计划2600批次的110.8%，其中合格2817批次、不合格63批次，"
            f"合格率{rate}。")
    assert ("ratio", status, ["2817批次", "2880批次"], rate) in checks_of(text)
