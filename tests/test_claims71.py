"""Claims found in session 71, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_a_share_of_a_scope_its_clause_opens_on_is_not_the_share_before_it():
    text = ("全年办结信访事项4,820件。办结事项中，网上办结3,010件，线下办结1,810件。网上办结占办结事项的比重为62.4%；"
            "线下办结中当面答复的620件，所占比重为{}。")
    assert ("ratio", "consistent", ["620件", "1,810件"], "34.3%") in checks_of(text.format("34.3%"))
    assert ("ratio", "inconsistent", ["620件", "1,810件"], "43.3%") in checks_of(text.format("43.3%"))
    assert not [c for c in checks_of(text.format("34.3%")) if c[0] == "ratio" and c[2] == ["620件", "4,820件"]]


def test_the_bearers_of_one_part_are_no_more_parts_of_the_total():
    text = ("今年共安排防汛经费8.4億元，其中中央補助4.9億元、省級2.1億元，其餘{}億元由縣市分擔，"
            "甲市與乙縣分別負擔0.8億元、0.6億元。")
    totals = totals_of(text.format("1.4"))
    assert ("consistent", "8.4億元", ["4.9億元", "2.1億元", "1.4億元"]) in totals
    assert ("consistent", "1.4億元", ["0.8億元", "0.6億元"]) in totals
    assert ("inconsistent", "8.4億元", ["4.9億元", "2.1億元", "1.6億元"]) in totals_of(text.format("1.6"))


def test_rates_known_by_name_in_police_tax_charity_and_admission_reports():
    cases = [
        ("全年接报盗窃案件1,250起，同比下降9.1%；破获盗窃案件530起，破案率{}。", ["530起", "1,250起"], "42.4%", "24.4%"),
        ("契稅開徵稅額12.40億元，實徵12.18億元，徵起率{}。", ["12.18億元", "12.40億元"], "98.23%", "92.83%"),
        ("全年接收社会捐赠款物2,360.50万元。全年支出款物2,105.20万元，款物使用率{}。", ["2,105.20万元", "2,360.50万元"],
         "89.2%", "98.2%"),
        ("今年全县高考报名考生1.25万人。全县共录取考生1.13万人，总录取率{}。", ["1.13万人", "1.25万人"], "90.4%", "94.0%"),
        ("该项目总投资48.6亿元，截至9月底累计完成投资37.2亿元，投资完成率{}。", ["37.2亿元", "48.6亿元"], "76.5%", "67.5%"),
    ]
    for text, inputs, right, wrong in cases:
        assert ("ratio", "consistent", inputs, right) in checks_of(text.format(right)), text
        assert ("ratio", "inconsistent", inputs, wrong) in checks_of(text.format(wrong)), text


def test_points_against_the_week_before():
    text = "全省主要水庫蓄水率回升至52.6%，較上週的47.9%增加{}個百分點。"
    assert ("difference", "consistent", ["52.6%", "47.9%"], "4.7個百分點") in checks_of(text.format("4.7"))
    assert ("difference", "inconsistent", ["52.6%", "47.9%"], "7.4個百分點") in checks_of(text.format("7.4"))


def test_a_previous_value_in_a_sentence_that_opens_on_the_year_before():
    for text, inputs, rate in [
        ("前三季度，示范区实现规模以上工业产值26.4亿元，同比增长18.9%，完成年度目标的70.2%。上年同期，示范区产值为22.2亿元。",
         ["26.4亿元", "22.2亿元"], "18.9%"),
        ("全年共接收社会捐赠款物936.80万元，同比增长15.2%。其中，捐款701.30万元，物资折价235.50万元。"
         "上年度接收款物为813.20万元。", ["936.80万元", "813.20万元"], "15.2%"),
    ]:
        assert ("growth", "consistent", inputs, rate) in checks_of(text), text


def test_a_growth_its_clause_names_as_a_count_is_of_the_count_not_the_amount():
    text = "全年核發敬老津貼2,310件，金額新台幣1,848萬元，件數較去年同期成長{}（去年同期為2,120件）。"
    assert ("growth", "consistent", ["2,310件", "2,120件"], "9.0%") in checks_of(text.format("9.0%"))
    assert ("growth", "inconsistent", ["2,310件", "2,120件"], "8.0%") in checks_of(text.format("8.0%"))


def test_a_share_called_a_ratio_after_a_list_of_parts():
    text = "上半年共受理申請2,450件。依類別區分，甲類1,320件、乙類780件、丙類350件，丙類所佔比率為{}。"
    assert ("ratio", "consistent", ["350件", "2,450件"], "14.3%") in checks_of(text.format("14.3%"))
    # (the total a classification breaks down is read, not named: it confirms only)
    assert not [c for c in checks_of(text.format("13.4%")) if c[0] == "ratio" and c[1] == "consistent"]


def test_a_share_of_the_part_called_so():
    text = "全年共募集慈善款物4.80亿元。其中，募集资金3.60亿元，接收物资折价1.20亿元，资金部分占募集总额的比重为{}。"
    assert ("ratio", "consistent", ["3.60亿元", "4.80亿元"], "75.0%") in checks_of(text.format("75.0%"))
    assert ("ratio", "inconsistent", ["3.60亿元", "4.80亿元"], "57.0%") in checks_of(text.format("57.0%"))


def test_a_change_of_those_pointed_back_to():
    text = "全年共向2,315户经营主体发放补贴846.20万元。上述主体较上年的2,108户增加{}户，增长9.8%。"
    assert ("difference", "consistent", ["2,315户", "2,108户"], "207户") in checks_of(text.format("207"))
