"""Claims found in session 74, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_members_pointed_back_at_are_every_one_the_sentence_names():
    text = ("青窑瓷源集团有限公司出口2.86亿元，景和瓷业有限公司、华窑陶瓷科技股份有限公司分别出口1.42亿元和{}亿元，"
            "上述企业合计出口5.35亿元，占全镇出口额的28.7%。")
    assert ("consistent", "5.35亿元", ["2.86亿元", "1.42亿元", "1.07亿元"]) in totals_of(text.format("1.07"))
    # (where the members start is not stated: all of them or nothing, never the last clause's list alone)
    assert not totals_of(text.format("1.70"))


def test_rates_stated_one_by_one_against_the_next_sentences_list_of_bases():
    text = ("今年第三季度，园区实现营业收入14.26亿元，同比增长31.4%；1-9月累计实现营业收入36.81亿元，同比增长{}，"
            "完成全年目标50亿元的73.6%。上年同期，园区三季度和前三季度营收分别为10.85亿元、29.48亿元。")
    assert ("growth", "consistent", ["36.81亿元", "29.48亿元"], "24.9%") in checks_of(text.format("24.9%"))
    checks = checks_of(text.format("29.4%"))
    assert ("growth", "inconsistent", ["36.81亿元", "29.48亿元"], "29.4%") in checks
    assert ("growth", "consistent", ["14.26亿元", "10.85亿元"], "31.4%") in checks


def test_a_second_cut_overflowing_the_headline_is_a_part_misstated():
    text = ("全年成交金额5.37亿元，增长35.9%。\n"
            "　　分交易类型看，区域水权交易成交金额2.93亿元；取水权交易成交金额1.68亿元；灌溉用水户水权交易成交金额0.76亿元。\n"
            "　　分省区看，上游青川省、中游沄北省、下游东澜省成交金额分别为2.21亿元、1.87亿元和{}亿元。")
    assert ("consistent", "5.37亿元", ["2.21亿元", "1.87亿元", "1.29亿元"]) in totals_of(text.format("1.29"))
    assert ("inconsistent", "5.37亿元", ["2.21亿元", "1.87亿元", "1.92亿元"]) in totals_of(text.format("1.92"))
    # (falling short, the cut may list some classes only: nothing is refuted)
    assert not [t for t in totals_of(text.format("0.29")) if "0.29亿元" in t[2]]


def test_a_year_a_change_starts_from_is_not_the_year_reported_on():
    text = ("公布2024年香港港口統計數字。\n　　轉運貨櫃所佔比例由2023年的63.8%升至65.1%，上升1.3個百分點。\n"
            "　　船舶方面，全年抵港遠洋輪船共26,814艘次，按年增加{}（2023年為25,983艘次）。")
    assert ("growth", "consistent", ["26,814艘次", "25,983艘次"], "3.2%") in checks_of(text.format("3.2%"))
    assert ("growth", "inconsistent", ["26,814艘次", "25,983艘次"], "2.3%") in checks_of(text.format("2.3%"))


def test_a_fall_against_the_year_before_is_no_yearly_verb_of_taiwan():
    text = "公布2022年農產品外銷統計。花卉出口值2.03億美元，較前一年減少{}（2021年為2.11億美元）。"
    assert ("growth", "consistent", ["2.03億美元", "2.11億美元"], "3.8%") in checks_of(text.format("3.8%"))
    assert ("growth", "inconsistent", ["2.03億美元", "2.11億美元"], "8.3%") in checks_of(text.format("8.3%"))


def test_a_sentence_comparing_a_measure_it_names_by_yu_xiangbi():
    text = "2024年可分配盈余共计1,680万元，按出资额分红504万元。可分配盈余与上年的1,492万元相比增长{}，折合户均约3,457元。"
    assert ("growth", "consistent", ["1,680万元", "1,492万元"], "12.6%") in checks_of(text.format("12.6%"))
    assert ("growth", "inconsistent", ["1,680万元", "1,492万元"], "16.2%") in checks_of(text.format("16.2%"))

