"""Claims and names found in session 69, by the articles written blind in it."""
import pytest

from claims import checks_of, totals_of
from extractor import extract


def test_a_year_a_multiple_compares_with_is_not_the_year_reported_on():
    text = ("2024年，全市设置停放点4,120个，数量是2021年的1.8倍。"
            "热线受理停放投诉2,806件，同比下降{}（2023年为3,190件）。")
    assert ("growth", "consistent", ["2,806件", "3,190件"], "12.0%") in checks_of(text.format("12.0%"))
    assert ("growth", "inconsistent", ["2,806件", "3,190件"], "21.0%") in checks_of(text.format("21.0%"))


def test_a_school_year_written_with_a_slash_is_a_period_compared_with():
    text = "2023/2024学年发放助学金5.36亿元，较2022/2023学年的4.92亿元增加0.44亿元，增长{}。"
    checks = checks_of(text.format("8.9%"))
    assert ("growth", "consistent", ["5.36亿元", "4.92亿元"], "8.9%") in checks
    assert ("difference", "consistent", ["5.36亿元", "4.92亿元"], "0.44亿元") in checks
    assert ("growth", "inconsistent", ["5.36亿元", "4.92亿元"], "9.8%") in checks_of(text.format("9.8%"))


def test_a_rate_named_by_the_act_a_part_carried_out():
    text = "全年受理出口报关单36.4万份，实施查验0.95万份，查验率为{}。"
    assert ("ratio", "consistent", ["0.95万份", "36.4万份"], "2.6%") in checks_of(text.format("2.6%"))
    assert ("ratio", "inconsistent", ["0.95万份", "36.4万份"], "6.2%") in checks_of(text.format("6.2%"))


def test_a_rate_named_by_a_part_of_a_long_name():
    text = "全县在建项目412个，已缴存工资保证金的项目398个，缴存率{}。"
    assert ("ratio", "consistent", ["398个", "412个"], "96.6%") in checks_of(text.format("96.6%"))
    assert ("ratio", "inconsistent", ["398个", "412个"], "69.6%") in checks_of(text.format("69.6%"))


def test_a_change_between_years_of_the_republic_named_after_from_and_to():
    text = "全縣社區照顧據點由112年的318處增加到113年的356處，成長{}。"
    assert ("growth", "consistent", ["356處", "318處"], "11.9%") in checks_of(text.format("11.9%"))
    assert ("growth", "inconsistent", ["356處", "318處"], "19.1%") in checks_of(text.format("19.1%"))


def test_the_total_of_a_list_of_funds_is_the_whole_of_their_execution_rate():
    text = "經費方面，中央補助長照經費12.4億元，本縣自籌1.6億元，合計14億元；全年實際支出13.02億元，執行率{}。"
    assert ("ratio", "consistent", ["13.02億元", "14億元"], "93.0%") in checks_of(text.format("93.0%"))
    assert ("ratio", "inconsistent", ["13.02億元", "14億元"], "39.0%") in checks_of(text.format("39.0%"))


def test_a_total_of_two_lenders_named_with_and_after_a_topic():
    text = "信贷支持方面，县农商银行和县邮储银行全年发放“茶香贷”3,150万元，分别为1,870万元和{}万元。"
    assert ("consistent", "3,150万元", ["1,870万元", "1,280万元"]) in totals_of(text.format("1,280"))
    assert ("inconsistent", "3,150万元", ["1,870万元", "1,820万元"]) in totals_of(text.format("1,820"))


def test_a_change_after_the_year_before_in_brackets_with_no_base_named_again():
    text = "參與活動的義工合共6.48萬人次（上年度為6.12萬人次），增加{}人次。"
    assert ("difference", "consistent", ["6.48萬人次", "6.12萬人次"], "3,600人次") in checks_of(text.format("3,600"))
    assert ("difference", "inconsistent", ["6.48萬人次", "6.12萬人次"], "6,300人次") in checks_of(text.format("6,300"))


@pytest.mark.parametrize("text, name", [
    ("区休闲农业协会吸纳会员单位52家。", "区休闲农业协会"),
    ("市商务局会同澄江市报关协会推出通关培训。", "澄江市报关协会"),
    ("市残联联合青川市盲人按摩协会举办招聘会6场。", "青川市盲人按摩协会"),
    ("全年回收订单12.6万笔。青川宏达报废汽车回收拆解有限公司表示，", "青川宏达报废汽车回收拆解有限公司"),
    ("县露营产业协会组织营地推介会3场。", "县露营产业协会"),
    ("社會福利署與新界社福機構聯會合辦講座。", "新界社福機構聯會"),
    ("九龍明康復康會籌得善款58.2萬港元。", "九龍明康復康會"),
    ("锌业有限公司、东岭稀贵金属再生科技有限公司营业收入24.1亿元。", "东岭稀贵金属再生科技有限公司"),
    ("户均补偿约52万元。区房屋征收服务中心设立9个服务点。", "区房屋征收服务中心"),
])
def test_associations_and_firms_named_by_words_of_their_trade(text, name):
    assert name in [o.text for o in extract(text).orgs]


def test_a_verb_of_trade_before_a_firm_in_another_clause_is_no_part_of_its_name():
    assert "青峦有限公司" in [o.text for o in extract("加快回收处理，青峦有限公司表示将扩大产能。").orgs]


def test_a_completion_of_a_target_named_by_its_act_or_by_a_three_character_task():
    text = "书市实现图书销售码洋8,460万元，为销售目标8,000万元的{}。"
    assert ("ratio", "consistent", ["8,460万元", "8,000万元"], "105.8%") in checks_of(text.format("105.8%"))
    assert ("ratio", "inconsistent", ["8,460万元", "8,000万元"], "108.5%") in checks_of(text.format("108.5%"))
    text = "全年监管项目竣工交付41个，为年度保交房任务45个的{}。"
    assert ("ratio", "consistent", ["41个", "45个"], "91.1%") in checks_of(text.format("91.1%"))
    assert ("ratio", "inconsistent", ["41个", "45个"], "19.1%") in checks_of(text.format("19.1%"))


def test_a_change_from_the_end_of_last_year_stated_in_brackets():
    text = "全市共开立监管账户157个，较上年末增加{}个（上年末为139个）。"
    assert ("difference", "consistent", ["157个", "139个"], "18个") in checks_of(text.format("18"))
    assert ("difference", "inconsistent", ["157个", "139个"], "81个") in checks_of(text.format("81"))


def test_households_signed_counted_over_the_households_to_be_expropriated():
    text = "片区共涉及征收对象1,742户。截至9月底，签约户数达1,655户，签约率{}。"
    assert ("ratio", "consistent", ["1,655户", "1,742户"], "95.0%") in checks_of(text.format("95.0%"))
    assert ("ratio", "inconsistent", ["1,655户", "1,742户"], "59.0%") in checks_of(text.format("59.0%"))


def test_outpatient_visits_named_as_a_quantity_are_the_visits_a_qizhong_opened_on():
    text = "全年公立医院门诊诊疗684.2万人次，其中三级医院门诊391.5万人次，占全市公立医院门诊量的{}。"
    assert ("ratio", "consistent", ["391.5万人次", "684.2万人次"], "57.2%") in checks_of(text.format("57.2%"))
    assert ("ratio", "inconsistent", ["391.5万人次", "684.2万人次"], "52.7%") in checks_of(text.format("52.7%"))


def test_a_classification_opening_its_paragraph_breaks_down_the_whole_of_the_paragraph_before():
    text = ("1-9月，全市规上建材企业实现营业收入412.8亿元，完成年度目标560亿元的73.7%。"
            "全市36家规上建材企业平均实现营收约11.47亿元。\n"
            "分品种看，水泥实现营业收入187.3亿元，占全行业的比重为{}；玻璃实现102.6亿元；陶瓷实现122.9亿元。")
    assert ("ratio", "consistent", ["187.3亿元", "412.8亿元"], "45.4%") in checks_of(text.format("45.4%"))
    # (read so, the whole only confirms a rate)
    assert not any(k == "ratio" and s == "inconsistent" for k, s, _, _ in checks_of(text.format("54.4%")))


def test_a_year_a_multiple_compares_with_is_not_the_year_of_a_change_in_points_either():
    text = "2024年，全市停放点数量是2021年的1.8倍。停放点覆盖率为86.4%，比上年提高{}个百分点（2023年为83.3%）。"
    assert ("difference", "consistent", ["86.4%", "83.3%"], "3.1个百分点") in checks_of(text.format("3.1"))
    assert ("difference", "inconsistent", ["86.4%", "83.3%"], "1.3个百分点") in checks_of(text.format("1.3"))
