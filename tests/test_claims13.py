"""Claims found by the tenth and eleventh batches of articles written blind (water works, talent
recruitment, consumption vouchers, a bonded zone, a 12345 hotline, elderly care, a broker,
transport; foreign exchange, fisheries, a Taiwan company's revenue): ；-items that are records
of their own, vouchers spent over vouchers issued, a total that names its parts, the share of a
part named by the act done to the whole's object, 以…来看 lists closed by 其余, a level named
before its growth, receipts less payments."""
import pytest

from claims import checks_of

_BATCHES = ("　　今年3月以来，市商务局会同市财政局分三批发放消费券共计2亿元，截至5月14日累计核销1.86亿元，"
            "核销率93%。\n　　分批次看，第一批6,000万元于3月8日投放，核销5,712万元，核销率{first}；第二批八千万元"
            "聚焦“五一”假期，核销7,536万元，核销率94.2%；第三批{third}于4月26日发放，目前仍在核销期内。")


def test_items_that_are_records_of_their_own_are_led_by_their_parts():
    # (was 6,000万元 + 5,712万元 against 带动消费12.65亿元: the first item's two figures as the parts)
    found = checks_of(_BATCHES.format(first="95.2%", third="6,000万元"))
    assert ("sum", "consistent", ["6,000万元", "八千万元", "6,000万元"], None) in found
    assert not any(c[0] == "sum" and "5,712万元" in c[2] for c in found)


@pytest.mark.parametrize("rate, status", [("95.2%", "consistent"), ("92.5%", "inconsistent")])
def test_vouchers_spent_over_the_batch_that_leads_the_item(rate, status):
    found = checks_of(_BATCHES.format(first=rate, third="6,000万元"))
    assert ("ratio", "consistent", ["1.86亿元", "2亿元"], "93%") in found
    assert ("ratio", status, ["5,712万元", "6,000万元"], rate) in found
    assert ("ratio", "consistent", ["7,536万元", "八千万元"], "94.2%") in found


@pytest.mark.parametrize("total, status", [("4.98亿元", "consistent"), ("4.89亿元", "inconsistent")])
def test_a_total_that_names_its_parts(total, status):
    text = (f"从资金来源看，中央资金3.12亿元，省级资金1.86亿元，市县配套资金2.04亿元。中央和省级资金合计{total}，"
            "占全年投资的50.5%。")
    assert ("sum", status, ["3.12亿元", "1.86亿元"], None) in checks_of(text)


def test_a_name_two_figures_answer_to_ties_no_total():
    text = "上半年中央资金3.12亿元，下半年中央资金2.4亿元，省级资金1.86亿元。中央和省级资金合计4.98亿元。"
    assert not any(c[0] == "sum" and c[1] == "inconsistent" for c in checks_of(text))


@pytest.mark.parametrize("rate, status", [("99.2%", "consistent"), ("92.9%", "inconsistent")])
def test_cases_closed_named_with_their_object(rate, status):
    text = f"全市12345热线共受理群众诉求186.4万件，比上年增长15.0%；全年办结诉求184.9万件，办结率{rate}。"
    assert ("ratio", status, ["184.9万件", "186.4万件"], rate) in checks_of(text)


def test_a_share_of_the_whole_named_by_the_parts_act():
    text = ("全市12345热线共受理群众诉求186.4万件，比上年增长15.0%。从受理渠道看，电话渠道受理112.6万件，"
            "占受理总量的60.4%。")
    assert ("ratio", "consistent", ["112.6万件", "186.4万件"], "60.4%") in checks_of(text)


@pytest.mark.parametrize("rate, status", [("23.4%", "consistent"), ("32.4%", "inconsistent")])
def test_the_old_over_all_residents(rate, status):
    text = f"截至2024年底，全区户籍人口54.95万人，其中老年人口12.86万人（60周岁及以上），老龄化率达{rate}。"
    assert ("ratio", status, ["12.86万人", "54.95万人"], rate) in checks_of(text)


@pytest.mark.parametrize("total, status", [("86.42亿元", "consistent"), ("84.62亿元", "inconsistent")])
def test_an_item_broken_down_in_turn_is_one_part(total, status):
    text = (f"今年前三季度，综保区跨境电商进出口额{total}，同比增长23.5%（上年同期：69.98亿元）。\n"
            "　　其中，出口52.17亿元，比上年同期的39.76亿元增长31.2%；进口34.25亿元，包括“1210”网购保税进口28.60亿元"
            "和“9610”直购进口5.65亿元。")
    assert ("sum", status, ["52.17亿元", "34.25亿元"], None) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("76.0%", "consistent"), ("67.0%", "inconsistent")])
def test_a_verb_alone_names_a_named_rates_numerator(rate, status):
    text = f"人才周期间，1,460家用人单位提供岗位超过2.3万个，达成签约意向3,850人，实际签约2,926人，签约率{rate}。"
    assert checks_of(text) == [("ratio", status, ["2,926人", "3,850人"], rate)]


def test_a_whole_named_by_its_act_a_paragraph_before_confirms():
    text = ("上半年，全市共引进各类人才12,680人，同比增长15.8%（上年同期：10,950人）。\n"
            "　　硕士及以上学历人才合计2,540人，占引进总数的20.0%。")
    assert ("ratio", "consistent", ["2,540人", "12,680人"], "20.0%") in checks_of(text)
    # (a whole read so only confirms: a rate that disagrees finds no whole)
    wrong = checks_of(text.replace("20.0%", "25.0%"))
    assert not any(c[3] == "25.0%" and c[1] == "inconsistent" for c in wrong)


@pytest.mark.parametrize("total, status", [("18.36亿元", "consistent"), ("18.63亿元", "inconsistent")])
def test_a_list_by_category_opened_on_a_month_and_closed_by_the_rest(total, status):
    # (the month after 以产品别来看 is the total's own, no period within it as after 其中)
    text = (f"11月合并营收{total}。以产品别来看，11月服务器电源营收9.55亿元；网通电源4.41亿元；"
            "工控及车用电源2.9亿元，其余1.5亿元为充电模组等产品。")
    assert ("sum", status, ["9.55亿元", "4.41亿元", "2.9亿元", "1.5亿元"], None) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("12.5%", "consistent"), ("15.2%", "unverifiable")])
def test_a_level_named_before_its_growth_confirms_it(rate, status):
    text = (f"全年渔业产值112.8亿元，其中远洋渔业产值21.47亿元。海水养殖产值比上年提高1.9个百分点；"
            f"远洋渔业产值增长{rate}（上年：19.08亿元）。")
    assert ("growth", status, ["21.47亿元", "19.08亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("surplus, status", [("138.29亿美元", "consistent"), ("183.29亿美元", "inconsistent")])
def test_a_surplus_of_receipts_over_payments(surplus, status):
    text = f"全省涉外收支总额1286.47亿美元。其中，涉外收入712.38亿美元，涉外支出574.09亿美元，收支顺差{surplus}。"
    assert ("difference", status, ["712.38亿美元", "574.09亿美元"], surplus) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("12.6%", "consistent"), ("16.2%", "inconsistent")])
def test_loss_making_firms_over_all_firms(rate, status):
    text = (f"截至9月末，全县规上工业企业达到326户。规上工业企业实现利润总额31.5亿元，同比增长5.2%；"
            f"亏损企业41户，比上年同期减少6户，亏损面为{rate}。")
    assert ("ratio", status, ["41户", "326户"], rate) in checks_of(text)


def test_people_by_ren_add_up_to_people_by_ming_a_sentence_before():
    text = ("直接就业的5,464名毕业生中，留在省内就业3,371人，占比为61.69%。分单位性质看，到企业就业4,012人，"
            "到机关事业单位就业1,286人，自主创业166人。")
    assert ("sum", "consistent", ["4,012人", "1,286人", "166人"], None) in checks_of(text)
