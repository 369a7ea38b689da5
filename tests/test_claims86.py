"""Claims found in session 86, by the articles written blind in it (and one left from session 85: a total
broken down after 具体为).  Invented sentences."""
from claims import assert_rate, checks_of, totals_of


def test_equipment_delivered_over_the_equipment_a_project_needs():
    text = "风电场共需安装风机组件60台，目前已到货48台，到货率{}，其中30台已完成吊装。"
    assert_rate(text, ["48台", "60台"], ("80%", "75%"))


def test_a_holders_shares_over_all_shares_after_an_issue():
    text = ("发行前，澄江控股持有公司8,400万股，占总股本24,000万股的35.00%；发行完成后，公司总股本增至30,000万股，"
            "澄江控股持股9,600万股，持股比例变更为{}。")
    assert_rate(text, ["9,600万股", "30,000万股"], ("32.00%", "23.00%"))


def test_a_markets_stalls_standing_empty_over_all_its_stalls():
    text = "區內6個公眾街市合共設有檔位2,400個，當中已出租2,136個、空置264個，整體空置率為{}。"
    assert_rate(text, ["264個", "2,400個"], ("11.0%", "12.0%"))


def test_points_against_last_years_share_named_by_a_pronoun():
    text = "绿茶产值占全县茶叶产值的比重为48.6%，上年这一比重为50.2%，比上年回落{}个百分点。"
    assert ("difference", "consistent", ["48.6%", "50.2%"], "1.6个百分点") in checks_of(text.format("1.6"))
    assert ("difference", "inconsistent", ["48.6%", "50.2%"], "2.6个百分点") in checks_of(text.format("2.6"))


def test_growth_of_a_level_stated_before_a_sentence_that_opens_on_last_year():
    text = ("今年以来全县累计完成水利投资4.68亿元，完成年度计划6亿元的78.0%。"
            "去年同期全县完成水利投资3.90亿元，今年同比增长{}。")
    assert ("growth", "consistent", ["4.68亿元", "3.90亿元"], "20.0%") in checks_of(text.format("20.0%"))
    # (read across the sentence, it only confirms)
    assert not any(c[1] == "inconsistent" and c[0] == "growth" for c in checks_of(text.format("12.0%")))


def test_growth_after_last_years_value_in_the_next_semicolon_item():
    text = "全年茶叶出口额1,840万美元；上年出口额为1,600万美元，同比增长{}。"
    assert ("growth", "consistent", ["1,840万美元", "1,600万美元"], "15.0%") in checks_of(text.format("15.0%"))
    assert ("growth", "inconsistent", ["1,840万美元", "1,600万美元"], "51.0%") in checks_of(text.format("51.0%"))


def test_growth_against_the_fiscal_year_before_stated_after_the_rate():
    text = "2023/24年度公共泳池入場收入為1.32億港元，按年增加{}；2022/23年度則為1.20億港元。"
    assert ("growth", "consistent", ["1.32億港元", "1.20億港元"], "10.0%") in checks_of(text.format("10.0%"))
    assert ("growth", "inconsistent", ["1.32億港元", "1.20億港元"], "1.0%") in checks_of(text.format("1.0%"))
    # (not a fiscal year two before)
    other = text.replace("2022/23年度則為", "2021/22年度則為")
    assert not any(c[0] == "growth" and c[1] != "unverifiable" for c in checks_of(other.format("10.0%")))


def test_growth_against_last_years_level_named_the_same_paragraphs_on():
    text = ("2024年，全市快递业务总量5.28亿件，增长{}；快递企业营业收入36.5亿元。\n"
            "　　末端网点加快布局。全市快递末端网点达到2,140个。\n"
            "　　市场主体持续壮大。2023年全市快递业务总量为4.80亿件。")
    assert ("growth", "consistent", ["5.28亿件", "4.80亿件"], "10.0%") in checks_of(text.format("10.0%"))
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("12.0%")))


def test_completion_of_a_target_set_by_the_government_after_a_breakdown():
    text = ("2023年澳门共举办会展活动860项，其中会议720项、展览90项、奖励活动50项；"
            "特区政府年初订定全年举办会展活动800项的目标，完成率{}。")
    assert ("ratio", "consistent", ["860项", "800项"], "107.5%") in checks_of(text.format("107.5%"))
    # (the actual read by the name the target gives, it confirms only)
    assert not any(c[1] == "inconsistent" and c[0] == "ratio" for c in checks_of(text.format("105.7%")))


def test_growth_after_the_season_befores_value_in_the_next_sentence():
    text = ("本榨季全县累计收购甘蔗销售收入8.40亿元，完成年初确定的8亿元目标的105.0%。"
            "上榨季全县甘蔗销售收入为7.00亿元，本榨季同比增长{}。")
    assert ("growth", "consistent", ["8.40亿元", "7.00亿元"], "20.0%") in checks_of(text.format("20.0%"))
    assert not any(c[1] == "inconsistent" and c[0] == "growth" for c in checks_of(text.format("2.0%")))


def test_a_share_named_by_the_abbreviation_of_its_part():
    text = "前三季度全县完成工业投资20.0亿元，其中技术改造投资12.5亿元，技改投资占比{}。"
    assert_rate(text, ["12.5亿元", "20.0亿元"], ("62.5%", "65.2%"))


def test_a_share_of_a_count_whose_whole_names_its_act_after_its_noun():
    text = ("今年1至6月台灣出口整車自行車50.0萬輛，較去年同期的40.0萬輛增加25.0%。1至6月出口電動自行車20.0萬輛，"
            "電動自行車占整車出口量的比重為{}。")
    assert ("ratio", "consistent", ["20.0萬輛", "50.0萬輛"], "40.0%") in checks_of(text.format("40.0%"))


def test_a_total_broken_down_in_detail_after_it():
    text = "全年完成投资合计12.6亿元，具体为：厂房建设5.2亿元、设备购置6.1亿元、流动资金{}亿元。"
    assert ("consistent", "12.6亿元", ["5.2亿元", "6.1亿元", "1.3亿元"]) in totals_of(text.format("1.3"))
    assert ("inconsistent", "12.6亿元", ["5.2亿元", "6.1亿元", "1.8亿元"]) in totals_of(text.format("1.8"))


def test_a_total_of_two_named_parts_said_as_their_exports():
    text = "1至9月整车出口值为452.6亿元，年减9.4%。零组件出口值为301.7亿元；整车与零组件合计出口{}亿元。"
    assert ("consistent", "754.3亿元", ["452.6亿元", "301.7亿元"]) in totals_of(text.format("754.3"))
    assert ("inconsistent", "745.3亿元", ["452.6亿元", "301.7亿元"]) in totals_of(text.format("745.3"))
