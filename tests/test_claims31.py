"""Claims found by the articles written blind on state-owned firms, carbon trading, rental
housing, Hong Kong's pension funds, market supervision, digital yuan, fishery, Taiwan's labour
force, private economy, skills training and public housing: a sentence that opens on a measure
named before, the share after its growth, the new loans no balance is made of, parts of one
qualifier the whole names too, two sizes merged in a total's name, cases of a price kind, a
subset rated over the whole before a classification, firms at a loss over all firms, samples
tested against a plan, a second base with its turn word, rates known by name (勞動力參與率,
取证率 over visits, 履约率 past those who did not, 核销率 of red packets), a total named by what
it totals, a change and its sources after a rate, a part named with the amount of its act,
and what is expected for the year as the target."""
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


@pytest.mark.parametrize("points, status", [("0.05个百分点", "consistent"), ("0.08个百分点", "inconsistent")])
def test_a_second_base_with_its_turn_word(points, status):
    text = f"失业率3.42%，较7月的3.47%下降0.05个百分点，较上年同月的3.37%则上升{points}。"
    assert ("difference", status, ["3.42%", "3.37%"], points) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("59.18%", "consistent"), ("58.19%", "inconsistent")])
def test_the_labour_force_over_the_population_of_working_age(rate, status):
    text = f"勞動力為1,198.4萬人，其中就業者1,158.9萬人。15歲以上民間人口為2,025.1萬人，勞動力參與率{rate}。"
    assert ("ratio", status, ["1,198.4萬人", "2,025.1萬人"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("81.2%", "consistent"), ("82.1%", "inconsistent")])
def test_people_certified_over_training_counted_by_visits(rate, status):
    text = f"全年共开展补贴性职业技能培训11.38万人次；培训后取得各类证书9.24万人，取证率为{rate}。"
    assert ("ratio", status, ["9.24万人", "11.38万人次"], rate) in checks_of(text)


@pytest.mark.parametrize("share, status", [("45.7%", "consistent"), ("54.7%", "inconsistent")])
def test_a_share_of_a_total_named_by_what_it_totals_in_the_paragraph_before(share, status):
    # (the headline of the paragraph before the classification, found by 培训: tied, so it may refute)
    text = ("全年共开展补贴性职业技能培训11.38万人次，完成目标任务10万人次的113.8%。\n"
            f"分群体看，企业职工培训5.20万人次，占培训总量的{share}；农村转移劳动力培训3.86万人次；"
            "失业人员培训2.32万人次。")
    assert (status, ["5.20万人次", "11.38万人次"]) in shares_of(text)


def test_a_total_named_so_later_in_the_paragraph_is_not_tied():
    # (the county's samples, after the city's: found by name, it only confirms)
    text = ("全市共完成抽检12,640批次，其中市本级抽检4,180批次、各县抽检8,460批次。\n"
            "分环节看，流通环节抽检7150批次，占抽检总量的56.6%；餐饮环节3260批次；生产环节2230批次。")
    assert ("inconsistent", ["7150批次", "8,460批次"]) not in shares_of(text)


@pytest.mark.parametrize("rate, status", [("98.61%", "consistent"), ("98.16%", "inconsistent")])
def test_those_who_did_not_are_the_rest_not_the_numerator(rate, status):
    text = (f"全省纳入配额管理的重点排放单位共288家。在配额清缴中，284家单位按时足额履约，4家未按期清缴，"
            f"履约率为{rate}，比上一履约周期的97.75%提高0.86个百分点。")
    checks = checks_of(text)
    assert ("ratio", status, ["284家", "288家"], rate) in checks
    assert ("difference", "consistent" if status == "consistent" else "inconsistent",
            [rate, "97.75%"], "0.86个百分点") in checks


@pytest.mark.parametrize("rate, status", [("91.8%", "consistent"), ("98.1%", "inconsistent")])
def test_red_packets_spent_over_those_issued(rate, status):
    text = f"发放数字人民币消费红包1200万元，核销1101.6万元，核销率{rate}，带动消费约8600万元。"
    assert ("ratio", status, ["1101.6万元", "1200万元"], rate) in checks_of(text)


def test_a_change_and_the_sources_of_it_after_a_rate():
    # (the change after the rate differs the two values; its 其中 is of it when the parts add up)
    text = ("強積金計劃資產淨值為14,380億港元，較去年底的13,452億港元上升6.9%，增加928億港元，"
            "其中投資回報淨額為798億港元，淨供款為130億港元。")
    assert ("difference", "consistent", ["14,380億港元", "13,452億港元"], "928億港元") in checks_of(text)
    assert totals_of(text) == [("consistent", "928億港元", ["798億港元", "130億港元"])]


def test_sources_that_miss_the_change_refute_nothing():
    text = ("強積金計劃資產淨值為14,380億港元，較去年底的13,452億港元上升6.9%，增加928億港元，"
            "其中投資回報淨額為789億港元，淨供款為130億港元。")
    assert [t[0] for t in totals_of(text)] == ["unverifiable"]


def test_a_level_and_the_level_of_a_part_after_its_change():
    # (常住人口x，比上年末增加y，其中城镇人口z: the 其中 is the level's, no sources of the change)
    text = "全市常住人口326.5万人，比上年末增加2.1万人，其中城镇人口228.4万人、乡村人口98.1万人。"
    assert ("consistent", "326.5万人", ["228.4万人", "98.1万人"]) in totals_of(text)


def test_a_part_named_with_the_amount_of_the_act():
    text = ("全市累计开立数字人民币钱包352.6万个。分运营机构看，工商银行93.5万个、建设银行80.2万个、"
            "其余机构合计178.9万个；工商银行开立量占全市的26.5%。")
    assert [s[1] for s in shares_of(text)] == [["93.5万个", "352.6万个"]]


def test_what_is_expected_for_the_year_is_the_target_and_still_a_total():
    # (read from the context, the expected figure confirms the rate and never refutes it)
    text = ("房委會本年度預計落成公營房屋18,520個單位，分別為公屋單位13,950個和資助出售單位4,570個；"
            "上半年度已落成{built}單位，完成全年目標的44.4%。")
    assert ("ratio", "consistent", ["8,226個", "18,520個"], "44.4%") in checks_of(text.format(built="8,226個"))
    assert ("ratio", "unverifiable", [], "44.4%") in checks_of(text.format(built="8,622個"))
    assert ("consistent", "18,520個", ["13,950個", "4,570個"]) in totals_of(text.format(built="8,226個"))
