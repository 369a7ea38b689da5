"""Claims found by the articles written blind in session 52, and by the misses session 51 left."""
import pytest
from claims import assert_rate, checks_of, totals_of

from extractor import extract


def test_a_bound_in_an_aside_inside_a_name_defines_the_class_and_is_no_part():
    text = ("2024年，公司实现营业收入72.4亿元，同比增长8.1%。其中，高端酒（出厂价600元以上）收入{}亿元，"
            "占营业收入的53.3%；中端酒收入25.1亿元；其他产品收入8.7亿元。")
    assert ("consistent", "72.4亿元", ["38.6亿元", "25.1亿元", "8.7亿元"]) in totals_of(text.format("38.6"))
    assert ("inconsistent", "72.4亿元", ["36.8亿元", "25.1亿元", "8.7亿元"]) in totals_of(text.format("36.8"))
    # (the share is of the class the whole name says, the aside left out of it)
    article = extract(text.format("38.6"))
    share = next(f for f in article.figures if f.text == "53.3%")
    assert share.indicator == "高端酒收入"


def test_a_rate_that_names_no_base_takes_the_start_of_the_year_its_aside_names():
    text = "截至年末，各项贷款余额452.8亿元，增长{}（年初为405.7亿元），存贷比为72.0%。"
    assert ("growth", "consistent", ["452.8亿元", "405.7亿元"], "11.6%") in checks_of(text.format("11.6%"))
    assert ("growth", "inconsistent", ["452.8亿元", "405.7亿元"], "16.1%") in checks_of(text.format("16.1%"))


def test_sources_named_after_a_cut_into_an_open_set_are_some_of_them():
    # (three sources of many: they fall short of the total and refute nothing; the industries add up)
    text = ("1-9月全省实际使用外资86.42亿美元，同比增长6.3%。分产业看，制造业实际使用外资38.27亿美元；"
            "服务业45.63亿美元；农业{}亿美元。从来源地看，港澳地区、东盟和欧盟实际投资分别为52.18亿美元、"
            "8.64亿美元和7.35亿美元。")
    assert totals_of(text.format("2.52")) == [
        ("consistent", "86.42亿美元", ["38.27亿美元", "45.63亿美元", "2.52亿美元"]),
        ("unverifiable", "86.42亿美元", ["52.18亿美元", "8.64亿美元", "7.35亿美元"])]
    assert ("inconsistent", "86.42亿美元", ["38.27亿美元", "45.63亿美元", "5.22亿美元"]) in totals_of(text.format("5.22"))


def test_vouchers_are_redeemed_out_of_the_money_set_aside_for_them():
    text = ("家电以旧换新方面，全市发放补贴2,860万元。\n市财政局安排资金3,000万元，分三轮发放消费券，"
            "截至2月4日核销2,746万元，核销率为{}。")
    assert_rate(text, ["2,746万元", "3,000万元"], ("91.5%", "95.1%"))


def test_public_kindergartens_overlap_the_inclusive_ones():
    text = ("全市在园幼儿14.86万人，较上学年的15.78万人下降5.8%。其中，普惠性幼儿园在园幼儿13.55万人；"
            "公办幼儿园在园幼儿7.12万人，占在园幼儿总数的47.9%。")
    assert all(status != "inconsistent" for status, total, _ in totals_of(text) if total == "14.86万人")


def test_a_completion_names_the_amount_issued_of_the_figure_before():
    text = ("其中，新增一般债券186.4亿元，新增专项债券1,286亿元，再融资债券692.4亿元。"
            "新增专项债券发行额完成财政部下达我省全年额度1,470亿元的{}。")
    assert ("ratio", "consistent", ["1,286亿元", "1,470亿元"], "87.5%") in checks_of(text.format("87.5%"))
    # (read from the sentence before, so it only confirms)
    assert all(c[1] != "inconsistent" for c in checks_of(text.format("78.5%")))


def test_a_share_of_the_amount_issued_is_of_the_bonds_issued():
    text = ("今年新增专项债券1,286亿元，同比增长8.1%。分领域看，交通基础设施318.6亿元，其他领域967.4亿元。"
            "用作项目资本金的专项债券158.7亿元，占新增专项债券发行额的{}。")
    assert ("ratio", "consistent", ["158.7亿元", "1,286亿元"], "12.3%") in checks_of(text.format("12.3%"))
    # (a whole two sentences back is read, so a wrong share is not refuted)
    assert ("ratio", "unverifiable", ["158.7亿元", "1,286亿元"], "13.2%") in checks_of(text.format("13.2%"))


def test_the_years_fiscal_budget_is_a_target_reached():
    text = "1至11月累計毛收入2,138.5億元，已達全年財政預算2,400億元的{}。"
    assert_rate(text, ["2,138.5億元", "2,400億元"], ("89.1%", "98.1%"))


def test_what_was_added_then_the_level_it_brought_confirm_the_growth():
    text = "今年新改造供水管网126公里，新增供水用户3.1万户，供水户数达86.4万户，增长{}。"
    assert ("growth", "consistent", ["86.4万户", "3.1万户"], "3.7%") in checks_of(text.format("3.7%"))
    # (what was added may be gross of what was lost: read so, it refutes nothing)
    assert ("growth", "unverifiable", ["86.4万户", "3.1万户"], "7.3%") in checks_of(text.format("7.3%"))


def test_factory_buildings_let_over_all_of_them():
    text = "截至9月末，全县7个乡镇企业园共有标准厂房386栋，已出租厂房354栋，出租率{}，较上年同期的86.5%提高5.2个百分点。"
    assert_rate(text, ["354栋", "386栋"], ("91.7%", "97.1%"))


def test_a_growth_above_the_province_is_of_the_stock_the_sentence_names_paragraphs_back():
    text = ("截至9月末，全市实有经营主体62.38万户，比上年末增加3.46万户，增长5.9%。\n"
            "　　前三季度，全市新设立经营主体4.87万户，同比增长8.2%，上年同期为4.50万户。\n"
            "　　据市统计局测算，前三季度全市经营主体数量增速高于全省{}个百分点（全省增长4.7%）。")
    assert ("difference", "consistent", ["5.9%", "4.7%"], "1.2个百分点") in checks_of(text.format("1.2"))
    # (read from paragraphs back, a wrong one is not refuted; never read against the new entities' 8.2%)
    assert ("difference", "unverifiable", ["5.9%", "4.7%"], "2.1个百分点") in checks_of(text.format("2.1"))


def test_a_burden_lightened_is_no_negative_amount():
    text = "累计为企业减负3.72亿元，完成年度目标3.5亿元的{}。其中，减免容（需）量电费1.46亿元，市场化交易降价让利2.26亿元。"
    assert_rate(text, ["3.72亿元", "3.5亿元"], ("106.3%", "103.6%"))
    assert ("consistent", "3.72亿元", ["1.46亿元", "2.26亿元"]) in totals_of(text.format("106.3%"))


def test_kinds_sharing_a_noun_written_once_after_the_last_break_down_the_total_of_that_name():
    text = ("全年立案查处环境违法案件512件，较上年的468件增长9.4%；作出罚没款4236.8万元，同比增长11.6%。\n"
            "　　分领域看，大气类案件186件、水污染类案件143件、固体废物类案件97件、其他类案件86件；按金额分，"
            "大气类、水污染类、固体废物类和其他类案件罚没款分别为1526.4万元、{}万元、862.5万元和499.7万元。")
    parts = ["1526.4万元", "{}万元", "862.5万元", "499.7万元"]
    assert ("consistent", "4236.8万元", [p.format("1348.2") for p in parts]) in totals_of(text.format("1348.2"))
    assert ("inconsistent", "4236.8万元", [p.format("1384.2") for p in parts]) in totals_of(text.format("1384.2"))


def test_a_fenbie_opening_its_clause_distributes_over_the_items_the_clause_before_lists():
    text = ("2025年启明创投投资金额23.6亿元，同比增长12.4%，上年为21.0亿元。\n"
            "　　分领域看，全年投资全部投向半导体、新能源、生物医药和先进制造领域，分别为8.26亿元、5.43亿元、4.72亿元和"
            "{}亿元，其中半导体领域占全年投资金额的35.0%。")
    assert ("consistent", "23.6亿元", ["8.26亿元", "5.43亿元", "4.72亿元", "5.19亿元"]) in totals_of(text.format("5.19"))
    assert ("inconsistent", "23.6亿元", ["8.26亿元", "5.43亿元", "4.72亿元", "5.91亿元"]) in totals_of(text.format("5.91"))
    # (the share is of the item its subject names, not of the last one)
    assert ("ratio", "consistent", ["8.26亿元", "23.6亿元"], "35.0%") in checks_of(text.format("5.19"))


def test_receipts_and_payments_set_against_each_other_are_the_totals_paragraphs_back():
    text = ("全年医保基金总收入96.84亿元，同比增长6.2%。其中，职工医保基金收入61.37亿元，城乡居民医保基金收入35.47亿元。\n"
            "　　全年基金总支出88.26亿元，比上年的80.54亿元增长9.6%。分险种看，职工医保支出53.92亿元，"
            "居民医保支出34.34亿元。收支相抵，当期结余{}亿元，累计结存112.4亿元。")
    assert ("difference", "consistent", ["96.84亿元", "88.26亿元"], "8.58亿元") in checks_of(text.format("8.58"))
    # (read so far back, a balance that does not agree refutes nothing)
    assert ("difference", "unverifiable", ["96.84亿元", "88.26亿元"], "5.88亿元") in checks_of(text.format("5.88"))


def test_a_semicolon_item_opening_on_the_rates_change_is_of_the_rate_before_it():
    text = "上半年进出口总值3,126.8亿元，同比增长7.3%，上年同期为2,914.1亿元；增速比一季度加快{}个百分点（一季度增长5.8%）。"
    assert ("difference", "consistent", ["7.3%", "5.8%"], "1.5个百分点") in checks_of(text.format("1.5"))
    assert ("difference", "inconsistent", ["7.3%", "5.8%"], "2.5个百分点") in checks_of(text.format("2.5"))


def test_a_rate_named_by_the_part_less_the_noun_of_the_whole_is_the_part_over_it():
    text = "全市民办幼儿园专任教师6,380人，其中持证教师5,614人，持证率为{}。"
    assert_rate(text, ["5,614人", "6,380人"], ("88.0%", "80.8%"))


def test_a_share_of_the_plots_transferred_is_of_the_plots_the_act_counted():
    text = ("全县共出让国有建设用地使用权86宗、面积326.4公顷，实现土地出让收入31.68亿元。"
            "按出让方式分，招标拍卖挂牌出让79宗，占出让总宗数的{}，协议出让7宗。")
    assert ("ratio", "consistent", ["79宗", "86宗"], "91.9%") in checks_of(text.format("91.9%"))


def test_hong_kongs_revised_estimate_of_a_year_in_chinese_numerals_and_a_month_so_written():
    text = ("十一月零售業總銷貨價值臨時估計為322.6億港元，較二〇二四年同月的修訂估計303.8億港元上升{}，"
            "升幅較十月的4.1%擴大{}個百分點。")
    checks = checks_of(text.format("6.2%", "2.1"))
    assert ("growth", "consistent", ["322.6億港元", "303.8億港元"], "6.2%") in checks
    assert ("difference", "consistent", ["6.2%", "4.1%"], "2.1個百分點") in checks
    checks = checks_of(text.format("2.6%", "1.2"))
    assert ("growth", "inconsistent", ["322.6億港元", "303.8億港元"], "2.6%") in checks
    assert ("difference", "inconsistent", ["2.6%", "4.1%"], "1.2個百分點") in checks


@pytest.mark.parametrize("text, inputs, rates", [
    ("市税务局共受理留抵退税申请3,862户次，审核办结3,815户次，办结率{}，平均办理时间压缩至3个工作日以内。",
     ["3,815户次", "3,862户次"], ("98.8%", "88.9%")),
    ("项目总投资286.5亿元，涉及征收7,846户。截至9月底，已完成签约7,352户，签约率{}。",
     ["7,352户", "7,846户"], ("93.7%", "97.3%")),
    ("学院2025届毕业生4,826人。截至8月31日，毕业去向落实人数4,483人，毕业去向落实率为{}。",
     ["4,483人", "4,826人"], ("92.9%", "99.2%")),
    ("全年作出罚没款4236.8万元。截至年末，罚没款已执行到位3980.6万元，执行率{}。",
     ["3980.6万元", "4236.8万元"], ("94.0%", "90.4%")),
    ("全县应确权登记宅基地8.92万宗，已颁发不动产权证书8.64万宗，颁证率{}。",
     ["8.64万宗", "8.92万宗"], ("96.9%", "69.9%")),
    ("全年随机抽查企业2,316家次，发现问题企业278家，问题发现率{}。", ["278家", "2,316家次"], ("12.0%", "21.0%")),
    ("订单班毕业生1,126人，其中合作企业录用1,037人，留用率为{}。", ["1,037人", "1,126人"], ("92.1%", "91.2%")),
    ("累计受理申请家庭1.38万户；经部门联审，符合条件的家庭1.12万户，审核通过率{}。",
     ["1.12万户", "1.38万户"], ("81.2%", "82.1%")),
    ("截至年末，全市公租房在管房源2.46万套，已入住房源2.31万套，入住率为{}。", ["2.31万套", "2.46万套"], ("93.9%", "99.3%")),
    ("市劳动人事争议仲裁院审结劳动报酬争议案件1,085件，其中调解结案689件，调解成功率{}。",
     ["689件", "1,085件"], ("63.5%", "65.3%")),
    ("截至6月30日，全市应报外商投资企业3,642家，已报3,591家，年报率{}，比上年提高1.3个百分点。",
     ["3,591家", "3,642家"], ("98.6%", "96.8%")),
])
def test_rates_known_by_name_of_offices_schools_and_land(text, inputs, rates):
    assert_rate(text, inputs, rates)


def test_a_share_of_loans_is_of_the_balance_of_loans():
    text = ("截至2025年末，该行绿色贷款余额312.6亿元，较年初增加58.4亿元，增长23.0%；各项贷款余额2,186.5亿元，"
            "较年初增长8.6%。绿色贷款占各项贷款的比重为{}，比上年末提高1.7个百分点。")
    assert ("ratio", "consistent", ["312.6亿元", "2,186.5亿元"], "14.3%") in checks_of(text.format("14.3%"))
    # (the part stated a sentence before is read: a wrong share is not refuted)
    assert ("ratio", "unverifiable", ["312.6亿元", "2,186.5亿元"], "13.4%") in checks_of(text.format("13.4%"))


def test_a_sentence_opening_on_the_count_totals_the_items_of_the_sentence_before():
    text = ("前三季度全市税收收入286.45亿元，同比增长6.1%。\n　　分税种看，国内增值税完成108.62亿元，增长5.4%"
            "（上年同期103.05亿元）；企业所得税完成64.18亿元，比上年同期增加5.27亿元，增长8.9%；个人所得税{}亿元，"
            "同比下降2.1%。三大主体税种合计188.16亿元，占税收收入的65.7%。")
    assert ("consistent", "188.16亿元", ["108.62亿元", "64.18亿元", "15.36亿元"]) in totals_of(text.format("15.36"))
    # (read from the sentence before, they confirm the total and never refute it)
    assert all(total != "188.16亿元" for _, total, _ in totals_of(text.format("15.63")))


def test_above_the_average_of_a_kind_of_body_in_the_province():
    text = ("截至8月31日，毕业去向落实率为92.9%，较上届的91.6%提高1.3个百分点，"
            "高于全省高职院校平均水平{}个百分点（全省平均为90.5%）。")
    assert ("difference", "consistent", ["92.9%", "90.5%"], "2.4个百分点") in checks_of(text.format("2.4"))
    assert ("difference", "inconsistent", ["92.9%", "90.5%"], "4.2个百分点") in checks_of(text.format("4.2"))


def test_a_named_rate_of_a_quarter_is_over_the_quarters_revenue_not_the_cumulative():
    text = ("第三季合併營收新台幣186.42億元，較第二季的171.50億元季增8.7%；累計前三季營收521.37億元。\n"
            "獲利方面，華陽第三季毛利率24.6%，較上季的22.9%提升1.7個百分點；營業利益23.15億元，營益率{}。")
    assert_rate(text, ["23.15億元", "新台幣186.42億元"], ("12.4%", "14.2%"))


def test_goods_traded_both_ways_and_one_good_imported_are_no_exports_and_imports():
    text = ("上半年综合保税区实现进出口总值486.3亿元，同比增长21.4%。\n　　从重点商品看，集成电路进出口213.7亿元，"
            "占43.9%；以保税方式进口的医疗器械、高端装备零部件分别为18.6亿元和9.4亿元。")
    assert all(status != "inconsistent" for status, total, _ in totals_of(text))


def test_the_rest_totalled_past_an_aside_in_its_name_is_a_part():
    text = ("前三季度全市快递业务量累计完成5.12亿件，同比增长16.6%。\n　　分区域看，主城区完成业务量3.07亿件，"
            "临港区完成1.38亿件，其余4个县（市）合计完成{}万件。")
    assert ("consistent", "5.12亿件", ["3.07亿件", "1.38亿件", "6700万件"]) in totals_of(text.format("6700"))
    # (the total a paragraph back is read when the parts do not add up to it: it refutes nothing)
    assert ("unverifiable", "5.12亿件", ["3.07亿件", "1.38亿件", "7600万件"]) in totals_of(text.format("7600"))
    assert all(total != "6700万件" for _, total, _ in totals_of(text.format("6700")))


def test_a_standard_per_household_raised_is_no_part_of_the_list():
    text = ("全年全县共发放各类优抚资金14,236.8万元，比上年的13,105.2万元增长8.6%。\n　　分类别看，发放伤残抚恤金"
            "3,862.5万元，惠及残疾军人1,146名；发放定期抚恤金{}万元；发放义务兵家庭优待金2,184.3万元，优待金标准由"
            "每户每年12,000元提高到13,500元，提高12.5%；发放其他资金1,262.7万元。")
    parts = ["3,862.5万元", "{}万元", "2,184.3万元", "1,262.7万元"]
    assert ("consistent", "14,236.8万元", [p.format("6,927.3") for p in parts]) in totals_of(text.format("6,927.3"))
    assert ("inconsistent", "14,236.8万元", [p.format("6,972.3") for p in parts]) in totals_of(text.format("6,972.3"))


def test_a_rate_of_what_was_done_is_over_what_it_was_done_to():
    text = ("上半年全市共受理消费者诉求9.62万件，同比增长13.8%。其中，投诉5.87万件、举报1.06万件、咨询2.69万件，"
            "投诉占比61.0%。\n全市共办结投诉5.71万件，办结率{}，为消费者挽回经济损失3,186万元。")
    assert_rate(text, ["5.71万件", "5.87万件"], ("97.3%", "93.7%"))


def test_the_head_of_a_qizhong_list_is_no_part_of_the_sum_after_it():
    text = "截至年末全县农民专业合作社1,286家，其中国家级示范社12家、省级示范社47家、市级示范社135家，各级示范社合计{}家。"
    assert totals_of(text.format("194")) == [("consistent", "194家", ["12家", "47家", "135家"])]
    assert totals_of(text.format("149")) == [("inconsistent", "149家", ["12家", "47家", "135家"])]


def test_a_classification_opening_on_a_scope_breaks_the_scope_down():
    text = ("截至10月底，全市社會住宅已完工及興建中共14,520戶；其中已完工8,436戶、興建中6,084戶。\n"
            "以興辦方式區分，已完工的8,436戶中，市府自建5,212戶，占61.8%；委託代辦興建{}戶，占30.5%；"
            "其餘650戶為都市更新分回。")
    assert ("consistent", "8,436戶", ["5,212戶", "2,574戶", "650戶"]) in totals_of(text.format("2,574"))
    assert ("inconsistent", "8,436戶", ["5,212戶", "2,754戶", "650戶"]) in totals_of(text.format("2,754"))
    assert all(total != "14,520戶" or parts == ["8,436戶", "6,084戶"] for _, total, parts in totals_of(text.format("2,574")))


def test_an_item_opening_on_the_increase_completes_with_the_change_of_the_item_before():
    text = "普惠型小微企业贷款余额186.3亿元，比年初增加31.2亿元，增长20.1%；增量完成年度计划28亿元的{}。"
    assert_rate(text, ["31.2亿元", "28亿元"], ("111.4%", "11.4%"))


def test_a_budgets_execution_rate_is_over_the_budget_stated_after_it():
    text = "開支方面，財政總開支為694.2億元，按年下降2.4%（上年同期為711.3億元），預算執行率為{}，全年開支預算為1,205.8億元。"
    assert_rate(text, ["694.2億元", "1,205.8億元"], ("57.6%", "75.6%"))


def test_the_registered_populations_urbanization_is_of_the_registered_urban_population():
    text = ("全县常住人口48.25万人，其中城镇常住人口28.27万人，常住人口城镇化率58.6%。户籍人口56.10万人，"
            "其中城镇户籍人口23.11万人，户籍人口城镇化率{}。")
    assert_rate(text, ["23.11万人", "56.10万人"], ("41.2%", "42.1%"))


def test_a_range_for_a_single_one_is_no_part():
    text = ("全区累计完成改造投资9.86亿元，比上年同期增加1.72亿元，增长21.1%。按资金来源分，中央预算内投资3.52亿元，"
            "省级补助资金1.18亿元，区级财政配套2.64亿元，社会资本和居民出资{}亿元，单个小区改造投资在300万元至1,500万元之间。")
    assert ("consistent", "9.86亿元", ["3.52亿元", "1.18亿元", "2.64亿元", "2.52亿元"]) in totals_of(text.format("2.52"))
    assert ("inconsistent", "9.86亿元", ["3.52亿元", "1.18亿元", "2.64亿元", "2.25亿元"]) in totals_of(text.format("2.25"))


def test_parts_far_below_the_stock_a_paragraph_back_are_no_breakdown_of_it():
    text = ("全年共受理申报企业5,873家，认定高新技术企业4,286家，认定通过率73.0%。截至2025年底，全省有效期内高新技术企业"
            "达18,352家，比上年末增加2,147家，增长13.2%。\n　　分领域看，电子信息领域1,285家，先进制造与自动化领域1,126家，"
            "新材料领域621家，生物与新医药领域498家，其他领域765家。")
    assert all(total != "18,352家" for _, total, _ in totals_of(text))
