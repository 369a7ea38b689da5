"""Claims found by the articles written blind in session 53."""
import pytest
from claims import assert_rate, checks_of, shares_of, totals_of

from extractor import extract


def test_a_rate_each_counted_unit_reached_is_no_rate_of_the_whole():
    text = ("全县衔接资金已支出3.126亿元，支出进度为86.9%。县教育局、县卫健局等15个项目主管部门中，"
            "有11个部门支出进度超过90%。")
    article = extract(text)
    rate = next(f for f in article.figures if f.text == "超过90%")
    assert all(c.reported != rate.id for c in article.checks)
    assert all(c.status != "inconsistent" for c in article.checks)


def test_the_second_figure_of_parallel_records_adds_up_to_its_own_total():
    text = ("全市基本医疗保险统筹基金收入104.37亿元；支出{}亿元，增长7.9%（上年同期84.65亿元）。分险种看，"
            "职工医保基金收入66.12亿元、支出54.81亿元；城乡居民医保基金收入38.25亿元、支出36.53亿元。")
    totals = totals_of(text.format("91.34"))
    assert ("consistent", "104.37亿元", ["66.12亿元", "38.25亿元"]) in totals
    assert ("consistent", "91.34亿元", ["54.81亿元", "36.53亿元"]) in totals
    # (read beside the first list, the second confirms only)
    assert all(status != "inconsistent" for status, total, _ in totals_of(text.format("93.14")))


def test_a_taiwan_budget_deficit_is_spending_less_revenue():
    text = "縣府今日將總預算案送請縣議會審議，歲入編列新台幣184.6億元，歲出編列197.2億元，歲入歲出差短{}億元。"
    assert ("difference", "consistent", ["197.2億元", "新台幣184.6億元"], "12.6億元") in checks_of(text.format("12.6"))
    assert ("difference", "inconsistent", ["197.2億元", "新台幣184.6億元"], "16.2億元") in checks_of(text.format("16.2"))
    # (编列 says the sums are budgeted, no part of what they measure)
    article = extract(text.format("12.6"))
    assert next(f for f in article.figures if f.text == "197.2億元").indicator == "岁出"


def test_a_scope_that_runs_on_into_its_first_part_takes_the_total_it_names():
    text = ("歲入編列新台幣184.6億元，歲出編列197.2億元。\n主計處指出，歲入中補助及協助收入102.3億元，"
            "占歲入的55.4%；稅課收入{}億元；其餘規費及其他收入合計25.4億元。")
    assert ("consistent", "新台幣184.6億元", ["102.3億元", "56.9億元", "25.4億元"]) in totals_of(text.format("56.9"))
    assert ("inconsistent", "新台幣184.6億元", ["102.3億元", "59.6億元", "25.4億元"]) in totals_of(text.format("59.6"))
    # (中 of 中心, 中标… opens no scope)
    other = "企业中标项目12个，其中市政项目5个、水利项目7个。"
    assert all(total == "12个" for _, total, _ in totals_of(other))


def test_members_counted_before_fenbie_make_the_list_all_of_the_total():
    text = ("国庆假期，全省累计接待游客3,912.4万人次。\n分区域看，北湾、中湾、南湾三大片区分别接待游客"
            "1,706.3万人次、{}万人次和894.2万人次。")
    assert ("consistent", "3,912.4万人次", ["1,706.3万人次", "1,311.9万人次", "894.2万人次"]) \
        in totals_of(text.format("1,311.9"))
    assert ("inconsistent", "3,912.4万人次", ["1,706.3万人次", "1,319.1万人次", "894.2万人次"]) \
        in totals_of(text.format("1,319.1"))


def test_a_month_before_and_an_aside_on_an_earlier_rate():
    text = ("10月外銷訂單金額612.5億美元，較上月增加{}（9月為594.7億美元），"
            "較上年同月增加{}（上年同月為523.1億美元）。")
    checks = checks_of(text.format("3.0%", "17.1%"))
    assert ("growth", "consistent", ["612.5億美元", "594.7億美元"], "3.0%") in checks
    assert ("growth", "consistent", ["612.5億美元", "523.1億美元"], "17.1%") in checks
    assert ("growth", "inconsistent", ["612.5億美元", "594.7億美元"], "0.3%") in checks_of(text.format("0.3%", "17.1%"))
    # (the month's base in the aside is never the current value of the next rate)
    checks = checks_of(text.format("3.0%", "11.7%"))
    assert ("growth", "inconsistent", ["612.5億美元", "523.1億美元"], "11.7%") in checks
    assert not any(c[2][:1] == ["594.7億美元"] for c in checks)


def test_two_items_summed_in_the_next_semicolon_item():
    # (a total stated before the classification takes none of them)
    text = ("累計1至10月外銷訂單5,486.2億美元，年增11.4%。按貨品別觀察，資訊通信產品接單201.4億美元，年增28.3%；"
            "電子產品{}億美元，年增19.2%；兩者合計387.7億美元。")
    assert ("consistent", "387.7億美元", ["201.4億美元", "186.3億美元"]) in totals_of(text.format("186.3"))
    assert ("inconsistent", "387.7億美元", ["201.4億美元", "168.3億美元"]) in totals_of(text.format("168.3"))


def test_a_change_after_a_completion_rate_grows_from_the_amount_done():
    text = "2025年全市完成交通建设投资72.36亿元，完成年度计划68亿元的106.4%；比上年增加8.15亿元，增长{}。"
    assert ("growth", "consistent", ["72.36亿元", "8.15亿元"], "12.7%") in checks_of(text.format("12.7%"))
    assert ("growth", "inconsistent", ["72.36亿元", "8.15亿元"], "17.2%") in checks_of(text.format("17.2%"))
    assert not any(c[0] == "growth" and "68亿元" in c[2] for c in checks_of(text.format("12.7%")))


def test_a_qizhong_inside_an_item_of_a_semicolon_list_holds_that_item_only():
    text = ("分领域看，市政基础设施52.3亿元；交通基础设施41.6亿元；社会事业19.8亿元，其中第三人民医院项目"
            "获得4.1亿元；农林水利{}亿元。")
    totals = totals_of(text.format("12.5"))
    assert not any(total == "19.8亿元" for _, total, _ in totals)
    assert all(status != "inconsistent" for status, _, _ in totals_of(text.format("15.7")))
    # (a 其中 after a restatement in another currency still breaks down the total before it)
    other = ("全省进出口总值4,268.5亿元，同比增长5.2%；以美元计，进出口600.6亿美元。其中，出口2,731.6亿元，"
             "增长8.3%；进口{}亿元，增长0.4%。")
    assert ("consistent", "4,268.5亿元", ["2,731.6亿元", "1,536.9亿元"]) in totals_of(other.format("1,536.9"))
    assert ("inconsistent", "4,268.5亿元", ["2,731.6亿元", "1,563.9亿元"]) in totals_of(other.format("1,563.9"))


def test_a_rate_named_by_the_measure_alone_is_of_the_figure_of_that_measure():
    text = "全年发放个人住房贷款1.36万笔、58.42亿元，金额同比增长{}，上年为52.17亿元。"
    assert ("growth", "consistent", ["58.42亿元", "52.17亿元"], "12.0%") in checks_of(text.format("12.0%"))
    assert ("growth", "inconsistent", ["58.42亿元", "52.17亿元"], "21.0%") in checks_of(text.format("21.0%"))
    cases = "全市共报告法定传染病病例21,318例，病例数较上年的22,940例下降{}。"
    assert ("growth", "consistent", ["21,318例", "22,940例"], "7.1%") in checks_of(cases.format("7.1%"))
    assert ("growth", "inconsistent", ["21,318例", "22,940例"], "1.7%") in checks_of(cases.format("1.7%"))


def test_points_said_as_higher_or_lower_and_a_previous_share_named_by_a_pronoun():
    text = "各项贷款余额2,314.6亿元，同比增长11.2%，增速比上年同期{}1.4个百分点，上年同期为{}。"
    assert ("difference", "consistent", ["11.2%", "9.8%"], "1.4个百分点") in checks_of(text.format("高", "9.8%"))
    assert ("difference", "consistent", ["11.2%", "12.6%"], "1.4个百分点") in checks_of(text.format("低", "12.6%"))
    assert ("difference", "inconsistent", ["11.2%", "8.9%"], "1.4个百分点") in checks_of(text.format("高", "8.9%"))
    share = "其中工业投资增长12.4%，占全部投资的34.6%，上年这一比重为{}，提高2.9个百分点。"
    assert ("difference", "consistent", ["34.6%", "31.7%"], "2.9个百分点") in checks_of(share.format("31.7%"))
    assert ("difference", "inconsistent", ["34.6%", "37.1%"], "2.9个百分点") in checks_of(share.format("37.1%"))


def test_fenbie_shares_of_items_named_by_the_line_of_business_they_open_on():
    text = ("报告期内，公司实现营业收入52.40亿元。分业务看，经纪业务净收入15.72亿元，投资银行业务净收入6.10亿元，"
            "投资收益及公允价值变动收益17.35亿元。经纪业务和投资收益（含公允价值变动）占营业收入的比重分别为"
            "{}和33.1%。")
    assert (("consistent", ["15.72亿元", "52.40亿元"]) in shares_of(text.format("30.0%"))
            and ("consistent", ["17.35亿元", "52.40亿元"]) in shares_of(text.format("30.0%")))
    # (the whole stands in another sentence: read, so the shares confirm only)
    assert all(status != "inconsistent" for status, _ in shares_of(text.format("3.0%")))


def test_a_total_with_another_named_adds_an_earlier_figure_and_confirms_only():
    text = ("全市成交新建商品住宅26,418套，同比增长6.2%。二手住宅成交19,735套，与新房合计成交{}套，"
            "二手住宅占比42.8%。")
    assert ("consistent", "46,153套", ["26,418套", "19,735套"]) in totals_of(text.format("46,153"))
    assert all(status != "inconsistent" for status, _, _ in totals_of(text.format("46,513")))


def test_a_named_rate_over_the_amount_allocated():
    assert_rate("上级下达我县各类惠农补贴资金3.46亿元，截至6月底已发放3.02亿元，发放进度为{}。",
                ["3.02亿元", "3.46亿元"], ("87.3%", "78.3%"))


def test_the_structure_of_loans_breaks_down_all_loans():
    text = ("各项贷款余额1,652.40亿元，增长10.8%。贷款结构方面，公司贷款、个人贷款和票据贴现分别为"
            "986.35亿元、541.27亿元和{}亿元。")
    assert ("consistent", "1,652.40亿元", ["986.35亿元", "541.27亿元", "124.78亿元"]) in totals_of(text.format("124.78"))
    assert ("inconsistent", "1,652.40亿元", ["986.35亿元", "541.27亿元", "142.78亿元"]) in totals_of(text.format("142.78"))


def test_a_share_of_all_cases_is_of_the_exact_count_not_the_rounded_headline():
    text = ("全省法院去年审结案件120万余件\n2025年，全省法院受理各类案件1,296,418件；审结1,214,306件。\n"
            "分类型看，审结刑事案件51,027件，民商事案件703,519件。其中，民商事案件占审结案件总数的{}。")
    assert ("ratio", "consistent", ["703,519件", "1,214,306件"], "57.9%") in checks_of(text.format("57.9%"))
    assert not any("120万余件" in c[2] for c in checks_of(text.format("57.9%")))


def test_two_acts_set_against_each_other_leave_their_difference():
    text = ("全年新设立经营主体12.48万户，同比增长7.2%。同期注销经营主体6.13万户；新设与注销相抵，净增{}万户。")
    assert ("difference", "consistent", ["12.48万户", "6.13万户"], "6.35万户") in checks_of(text.format("6.35"))
    assert ("difference", "inconsistent", ["12.48万户", "6.13万户"], "6.53万户") in checks_of(text.format("6.53"))


def test_net_gearing_is_net_borrowings_over_total_equity():
    assert_rate("於6月30日，集團淨借貸為386.2億港元，總權益為1,124.5億港元，淨負債比率為{}。",
                ["386.2億港元", "1,124.5億港元"], ("34.3%", "43.3%"))


def test_points_against_a_rate_dated_in_brackets():
    text = "期內寫字樓平均出租率為93.6%（2024年12月31日：{}），下跌1.4個百分點。"
    assert ("difference", "consistent", ["93.6%", "95.0%"], "1.4個百分點") in checks_of(text.format("95.0%"))
    assert ("difference", "inconsistent", ["93.6%", "94.1%"], "1.4個百分點") in checks_of(text.format("94.1%"))


def test_a_second_fenbie_list_over_the_same_items_breaks_down_its_own_total():
    text = ("全年基金总收入241.56亿元，总支出{}亿元，当期结余17.94亿元。分险种看，养老、失业、工伤保险基金收入分别为"
            "229.31亿元、8.12亿元和4.13亿元，支出分别为214.05亿元、6.38亿元和3.19亿元，养老保险基金支出占总支出的95.7%。")
    totals = totals_of(text.format("223.62"))
    assert ("consistent", "241.56亿元", ["229.31亿元", "8.12亿元", "4.13亿元"]) in totals
    assert ("consistent", "223.62亿元", ["214.05亿元", "6.38亿元", "3.19亿元"]) in totals
    # (each item of the second list is named by its item and the new measure)
    assert ("ratio", "consistent", ["214.05亿元", "223.62亿元"], "95.7%") in checks_of(text.format("223.62"))
    article = extract(text.format("223.62"))
    assert [f.indicator for f in article.figures if f.text in ("214.05亿元", "6.38亿元")] == ["养老保险基金支出", "失业保险基金支出"]


def test_release_windows_are_some_of_the_years_box_office():
    text = ("2025年全省城市院线实现电影票房38.74亿元，增长8.6%。分档期看，春节档票房9.12亿元，占全年票房的23.5%；"
            "暑期档票房11.86亿元；国庆档票房2.97亿元。")
    assert all(status != "inconsistent" for status, _, _ in totals_of(text))


def test_a_counted_scope_runs_on_into_its_first_part_and_kinds_beside_it():
    text = ("从出让宗数看，128宗出让用地中工业用地71宗，占55.5%，住宅用地、商服用地和其他用地分别为26宗、19宗、{}宗。"
            "工业用地中，“标准地”49宗，占工业用地出让宗数的69.0%。")
    assert ("consistent", "128宗", ["71宗", "26宗", "19宗", "12宗"]) in totals_of(text.format("12"))
    assert ("inconsistent", "128宗", ["71宗", "26宗", "19宗", "21宗"]) in totals_of(text.format("21"))
    # (the share of the part is no total of the kinds listed beside it)
    assert not any(total == "71宗" for _, total, _ in totals_of(text.format("12")))
    checks = checks_of(text.format("12"))
    assert ("ratio", "consistent", ["49宗", "71宗"], "69.0%") in checks
    article = extract(text.format("12"))
    assert next(f for f in article.figures if f.text == "71宗").indicator == "工业用地"


def test_qizhong_after_zhe_is_no_scope_of_its_own():
    text = "公司将公开发行总价为12亿美元的债券。这其中包括7亿美元五年期债券，以及{}亿美元十年期债券。"
    # (这其中 is 其中: the amounts are tied to the total, whatever the status the list's wording allows)
    assert [(total, parts) for _, total, parts in totals_of(text.format("5"))] == [("12亿美元", ["7亿美元", "5亿美元"])]


@pytest.mark.parametrize("text, inputs, rates", [
    ("启动项目5个，计划建设房源2,460套，已开工1,722套，开工率{}。", ["1,722套", "2,460套"], ("70.0%", "77.0%")),
    ("全年出让收入36.25亿元。出让收入中已缴入县级国库32.18亿元，入库率{}。", ["32.18亿元", "36.25亿元"], ("88.8%", "98.8%")),
    ("学校共有毕业生7,236人。截至8月31日，毕业去向落实6,812人，毕业去向落实率为{}。", ["6,812人", "7,236人"], ("94.1%", "91.4%")),
    ("锦川马拉松报名人数达12.4万人，最终3.5万人参赛，中签率{}。", ["3.5万人", "12.4万人"], ("28.2%", "82.2%")),
    ("发出再审检察建议512件，法院已采纳438件，采纳率{}。", ["438件", "512件"], ("85.5%", "58.5%")),
    ("起诉61,204人，其中适用认罪认罚从宽制度56,873人，适用率{}。", ["56,873人", "61,204人"], ("92.9%", "29.9%")),
    ("市医疗保障局监管的定点医药机构违规结算医保基金4,180万元，已追回3,806万元，追回率{}。",
     ["3,806万元", "4,180万元"], ("91.1%", "19.1%")),
    ("国家开发银行岷川分行向岷川城市更新投资集团有限公司授信52亿元，已发放贷款21.3亿元，发放比例为{}。",
     ["21.3亿元", "52亿元"], ("41.0%", "14.0%")),
    ("入库企业386家、项目702个，已获贷项目455个，获贷率{}。", ["455个", "702个"], ("64.8%", "46.8%")),
    ("累计投资项目436个，投资金额231.4亿元，其中投向市内企业160.7亿元，返投比例{}。",
     ["160.7亿元", "231.4亿元"], ("69.4%", "96.4%")),
    ("全年受理诉求201.36万件。受理的诉求中，热线直接答复办结127.45万件，直办率{}。",
     ["127.45万件", "201.36万件"], ("63.3%", "36.3%")),
    ("全市65岁以上常住老年人28.42万名，其中接种流感疫苗9.13万人，接种率{}。", ["9.13万人", "28.42万名"], ("32.1%", "23.1%")),
    ("审计查出问题资金23.58亿元。截至8月底，已整改问题金额21.36亿元，整改率{}。", ["21.36亿元", "23.58亿元"], ("90.6%", "96.0%")),
])
def test_named_rates_of_session_53(text, inputs, rates):
    assert_rate(text, inputs, rates)


def test_a_circle_for_zero_dates_a_month_and_a_trade_deficit_two_sentences_on():
    text = ("二○二五年十月的商品整體出口貨值為4,516.2億港元，較二○二四年同月的4,087.9億港元上升{}。"
            "同月的商品進口貨值為4,872.5億港元。十月錄得有形貿易逆差356.3億港元。\n"
            "二○二五年首十個月合計，商品整體出口貨值為43,210.6億港元；商品進口貨值為46,105.8億港元。\n"
            "十月輸往內地的整體出口貨值為2,496.8億港元，佔整體出口貨值的{}。")
    checks = checks_of(text.format("10.5%", "55.3%"))
    assert ("growth", "consistent", ["4,516.2億港元", "4,087.9億港元"], "10.5%") in checks
    assert ("difference", "consistent", ["4,872.5億港元", "4,516.2億港元"], "356.3億港元") in checks
    # (October's share is of October's exports, not of the ten months')
    assert ("ratio", "consistent", ["2,496.8億港元", "4,516.2億港元"], "55.3%") in checks
    assert all(c[1] != "inconsistent" for c in checks)


def test_revenue_and_spending_set_against_each_other_take_the_sides_named_alike():
    text = ("截至今年8月底，澳門特區財政收入為812.4億澳門元。\n收入結構方面，經常收入798.1億元，資本收入14.3億元。"
            "8月份幸運博彩毛收入為201.6億元。\n支出方面，財政開支603.5億元。收支相抵，財政盈餘{}億元。")
    assert ("difference", "consistent", ["812.4億澳門元", "603.5億元"], "208.9億元") in checks_of(text.format("208.9"))
    assert not any("201.6億元" in c[2] for c in checks_of(text.format("208.9")))


def test_price_monitoring_points_are_counted_and_summed():
    text = "全市共设立价格监测点68个，其中农贸市场26个、大中型超市23个、社区生鲜店{}个。"
    assert ("consistent", "68个", ["26个", "23个", "19个"]) in totals_of(text.format("19"))
    assert ("inconsistent", "68个", ["26个", "23个", "17个"]) in totals_of(text.format("17"))


def test_a_month_ends_value_after_the_level_a_monthly_rate_reached():
    text = ("2025年11月底认可机构的存款总额为186,230亿港元。人民币存款按月增加{}至9,904亿港元，{}月底为9,697亿港元。")
    assert ("growth", "consistent", ["9,904亿港元", "9,697亿港元"], "2.1%") \
        in checks_of(text.format("2.1%", "10"))
    assert ("growth", "inconsistent", ["9,904亿港元", "9,697亿港元"], "1.2%") in checks_of(text.format("1.2%", "10"))
    # (the end of a month other than the one before is no base)
    assert not any(c[0] == "growth" and "9,697亿港元" in c[2] for c in checks_of(text.format("2.1%", "9")))


def test_a_change_then_the_level_it_brought_then_the_rate():
    text = "离退休人员月人均基本养老金增加95元，达到3,215元，增长{}，按月足额发放。"
    assert ("growth", "consistent", ["3,215元", "95元"], "3.0%") in checks_of(text.format("3.0%"))
    assert ("growth", "inconsistent", ["3,215元", "95元"], "13.0%") in checks_of(text.format("13.0%"))


def test_a_share_of_the_total_a_parts_qizhong_opened_on_past_its_rates():
    text = ("1-9月，全省组织税收收入3412.60亿元，同比增长4.8%；增速比上半年回落0.6个百分点（上半年增长5.4%）。"
            "其中，地方级税收收入1,468.32亿元。\n分税种看，国内增值税1336.18亿元，增长3.6%，占税收收入的比重为{}；"
            "企业所得税702.45亿元。")
    assert ("ratio", "consistent", ["1336.18亿元", "3412.60亿元"], "39.2%") in checks_of(text.format("39.2%"))
    assert not any("1,468.32亿元" in c[2] for c in checks_of(text.format("39.2%")) if c[0] == "ratio")


def test_a_class_of_the_whole_is_no_total_of_a_classification_far_above_it():
    text = ("假期全省重点零售企业实现销售额15.62亿元。线上销售额2.04亿元，占销售总额的13.1%。\n"
            "分品类看，黄金珠宝、家电数码、化妆品销售额分别为1.91亿元、1.42亿元和1.05亿元。")
    assert not any(total == "2.04亿元" for _, total, _ in totals_of(text))


def test_this_items_revenue_is_the_one_its_sentence_opens_on():
    text = ("分业务看，手续费及佣金净收入、利息净收入、风险管理业务收入分别为6.81亿元、3.26亿元和2.63亿元。"
            "风险管理业务由全资子公司开展，该项收入较上年的2.31亿元增长{}。")
    assert ("growth", "consistent", ["2.63亿元", "2.31亿元"], "13.9%") in checks_of(text.format("13.9%"))
    assert ("growth", "inconsistent", ["2.63亿元", "2.31亿元"], "19.3%") in checks_of(text.format("19.3%"))


def test_a_month_on_month_rate_and_the_month_befores_value_named_again():
    text = "公司11月汽车销量4.26万辆，同比增长15.1%（上年同月为3.70万辆），环比增长{}，10月销量为4.01万辆。"
    assert ("growth", "consistent", ["4.26万辆", "4.01万辆"], "6.2%") in checks_of(text.format("6.2%"))
    assert ("growth", "inconsistent", ["4.26万辆", "4.01万辆"], "2.6%") in checks_of(text.format("2.6%"))


def test_members_newly_taken_in_then_the_total_they_brought():
    text = "促进会全年新吸纳会员企业61家，会员总数达到259家，比上年末增长{}。"
    assert ("growth", "consistent", ["259家", "61家"], "30.8%") in checks_of(text.format("30.8%"))
    # (read from the clause before, it confirms only)
    assert all(c[1] != "inconsistent" for c in checks_of(text.format("38.0%")))


def test_a_qizhong_opening_its_sentence_after_a_semicolon_item_is_no_items():
    text = ("全市共报告法定传染病病例19,204例，涉及病种24种；报告死亡9例。其中，乙类传染病报告病例7,016例，涉及16种；"
            "丙类传染病报告病例{}例，涉及8种。")
    totals = totals_of(text.format("12,188"))
    assert ("consistent", "19,204例", ["7,016例", "12,188例"]) in totals
    assert ("consistent", "24种", ["16种", "8种"]) in totals
    assert ("inconsistent", "19,204例", ["7,016例", "12,818例"]) in totals_of(text.format("12,818"))


def test_idle_funds_found_are_problems_put_right():
    assert_rate("市审计局审计发现部分项目资金闲置3.58亿元，已整改3.16亿元，整改率为{}。",
                ["3.16亿元", "3.58亿元"], ("88.3%", "83.8%"))


def test_a_share_of_the_cumulative_sales_named_by_the_act_and_more_issued():
    text = ("1-11月，公司累计销售汽车43.25万辆，同比增长9.1%。其中，新能源汽车累计销量18.04万辆，占累计销量的{}。")
    assert ("ratio", "consistent", ["18.04万辆", "43.25万辆"], "41.7%") in checks_of(text.format("41.7%"))
    assert ("ratio", "inconsistent", ["18.04万辆", "43.25万辆"], "47.1%") in checks_of(text.format("47.1%"))
    bonds = "截至6月末，全市已发行新增专项债券151.2亿元，同比多发33.6亿元，增长{}。"
    assert ("growth", "consistent", ["151.2亿元", "33.6亿元"], "28.6%") in checks_of(bonds.format("28.6%"))
    assert ("growth", "inconsistent", ["151.2亿元", "33.6亿元"], "22.2%") in checks_of(bonds.format("22.2%"))


def test_members_taken_in_by_a_body_named_at_length():
    text = "市退役军人就业创业促进会全年新吸纳会员企业61家，会员总数达到259家，比上年末增长{}。"
    assert ("growth", "consistent", ["259家", "61家"], "30.8%") in checks_of(text.format("30.8%"))


def test_items_after_a_subtotal_go_on_with_the_classification():
    text = ("全县村级集体经济总收入2.917亿元，比上年增加3,240万元。从收入构成看，发包及上交收入7,120万元，投资收益4,380万元，"
            "经营收入2,610万元，三项经营性收入合计1.411亿元；补助收入1.138亿元，其他收入{}万元。")
    assert ("consistent", "1.411亿元", ["7,120万元", "4,380万元", "2,610万元"]) in totals_of(text.format("3,680"))
    assert ("consistent", "2.917亿元", ["7,120万元", "4,380万元", "2,610万元", "1.138亿元", "3,680万元"]) \
        in totals_of(text.format("3,680"))
    # (read past the subtotal, it confirms only)
    assert not any(status == "inconsistent" for status, total, _ in totals_of(text.format("3,860")) if total == "2.917亿元")


def test_kinds_counted_within_a_counted_scope_of_prices():
    text = "监测的20种蔬菜平均零售价格为每公斤5.62元。20种蔬菜中，价格上涨的有12种，下降的7种，持平的1种。"
    assert ("consistent", "20种", ["12种", "7种", "1种"]) in totals_of(text)


def test_what_was_built_then_the_stock_it_joined():
    text = "上半年全市新建5G基站3,284个，累计达到26,150个，比上年末增长{}。"
    assert ("growth", "consistent", ["26,150个", "3,284个"], "14.4%") in checks_of(text.format("14.4%"))
    stations = "岷川充电科技有限公司新建集中式充电站45座，全市充电站总数达到231座，比上年末增长{}。"
    assert ("growth", "consistent", ["231座", "45座"], "24.2%") in checks_of(stations.format("24.2%"))


def test_the_share_of_large_farms_herds_after_qizhong():
    assert_rate("年末全市奶牛存栏34.18万头，其中规模牧场存栏29.62万头，规模化养殖比重达{}。",
                ["29.62万头", "34.18万头"], ("86.7%", "68.7%"))
