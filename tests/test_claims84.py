"""Claims found in session 84, by the articles written blind in it."""
from claims import assert_rate, checks_of


def test_a_rate_of_the_whole_industry_over_its_revenue_not_a_class_bound_before_it():
    text = ("上半年全市规上箱包企业64家。64家企业中，营业收入10亿元以上的3家、1亿元至10亿元的22家，其余39家。\n"
            "上半年全行业实现营业收入82.7亿元，同比增长7.4%，其中拉杆箱收入31.06亿元，占全行业营业收入的37.6%；"
            "实现利润总额5.13亿元，营业收入利润率为{}。")
    assert_rate(text, ["5.13亿元", "82.7亿元"], ("6.2%", "2.6%"))


def test_firms_back_at_work_over_all_firms():
    assert_rate("截至2月12日，37家规上企业已复工33家，复工率{}，返岗员工6,420人。",
                ["33家", "37家"], ("89.2%", "98.2%"))


def test_a_subsidy_budgeted_and_the_part_granted_out():
    assert_rate("本年度縣預算編列灌溉設備補助4,250萬元，截至5月底已核撥3,187萬元，執行率{}。",
                ["3,187萬元", "4,250萬元"], ("75.0%", "70.5%"))


def test_prize_money_unclaimed_is_the_total_less_what_was_claimed():
    text = "上期總獎金18.64億元，截至領獎期限已領獎金17.23億元，未領獎金{}億元依法繳交國庫。"
    assert ("difference", "consistent", ["18.64億元", "17.23億元"], "1.41億元") in checks_of(text.format("1.41"))
    # (the whole is found by the sum, so a wrong remainder is tied to nothing)
    assert not any(c[3] == "1.14億元" for c in checks_of(text.format("1.14")))


def test_a_change_between_two_fiscal_years_named_before_their_values():
    text = "長者日間護理服務量由2023/24年度的412,860人次增至2024/25年度的446,270人次，增幅為{}。"
    assert ("growth", "consistent", ["446,270人次", "412,860人次"], "8.1%") in checks_of(text.format("8.1%"))
    assert ("growth", "inconsistent", ["446,270人次", "412,860人次"], "1.8%") in checks_of(text.format("1.8%"))
    added = "長者日間護理服務量由2023/24年度的412,860人次增至2024/25年度的446,270人次，增加{}人次。"
    assert ("difference", "consistent", ["446,270人次", "412,860人次"], "33,410人次") \
        in checks_of(added.format("33,410"))
    assert ("difference", "inconsistent", ["446,270人次", "412,860人次"], "34,310人次") \
        in checks_of(added.format("34,310"))
