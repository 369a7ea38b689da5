"""Claims found in session 61, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_a_change_from_the_value_before_however_the_time_before_is_named():
    text = "扩建后，中心血液透析机由原来的42台增加到78台，增长{}。"
    assert ("growth", "consistent", ["78台", "42台"], "85.7%") in checks_of(text.format("85.7%"))
    assert ("growth", "inconsistent", ["78台", "42台"], "58.7%") in checks_of(text.format("58.7%"))
    text = "輪候入託幼兒由2023年高峰期的2,860名減少至412名，減幅{}。"
    assert ("growth", "consistent", ["412名", "2,860名"], "85.6%") in checks_of(text.format("85.6%"))
    assert ("growth", "inconsistent", ["412名", "2,860名"], "58.6%") in checks_of(text.format("58.6%"))


def test_a_share_of_funds_named_by_their_owner_is_of_the_owners_part():
    text = "全年项目总投入386.4万元，其中县财政安排240万元，省级补助资金98万元，社会捐赠48.4万元，县财政资金占总投入的{}。"
    assert ("ratio", "consistent", ["240万元", "386.4万元"], "62.1%") in checks_of(text.format("62.1%"))
    assert ("ratio", "inconsistent", ["240万元", "386.4万元"], "26.1%") in checks_of(text.format("26.1%"))


def test_kinds_whose_counts_add_up_to_the_total_count_are_all_of_the_total_amount():
    text = ("全县人参产业共签约项目16个，签约总额31.65亿元，同比增长42.6%，上年同期为22.19亿元；完成年度招商目标"
            "28亿元的113.0%。其中，种植基地项目9个、投资12.40亿元，精深加工项目5个、投资{}亿元，康养文旅项目2个、"
            "投资4.40亿元。")
    assert ("consistent", "31.65亿元", ["12.40亿元", "14.85亿元", "4.40亿元"]) in totals_of(text.format("14.85"))
    assert ("inconsistent", "31.65亿元", ["12.40亿元", "14.58亿元", "4.40亿元"]) in totals_of(text.format("14.58"))
    # (counts that fall short of the total leave the amounts some of it)
    short = text.replace("康养文旅项目2个", "康养文旅项目1个")
    assert ("unverifiable", "31.65亿元", ["12.40亿元", "14.58亿元", "4.40亿元"]) in totals_of(short.format("14.58"))


def test_a_scope_of_a_new_paragraph_measured_otherwise_is_no_part_of_the_last_figure():
    text = ("全县签约总额31.65亿元，已到位资金12.74亿元，占签约总额的40.3%。\n"
            "　　重点项目中，白岭参源集团有限公司投资8.6亿元建设种植基地；北京同德堂药业有限公司投资3.8亿元建设生产线，"
            "另一家企业总投资5.2亿元。")
    assert not any(total == "12.74亿元" and status == "inconsistent" for status, total, _ in totals_of(text))
