"""Claims found in session 57, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_a_firms_share_of_a_city_total_is_of_its_own_figure_of_that_measure():
    text = ("今年上半年，该公司实现修船产值18.9亿元。截至6月末，舟湾重工手持修船改装订单金额23.6亿元。"
            "据协会统计，上半年全市修船企业共完成修船产值52.4亿元，舟湾重工占{}。")
    assert ("ratio", "consistent", ["18.9亿元", "52.4亿元"], "36.1%") in checks_of(text.format("36.1%"))
    # (read by the measure alone, the part confirms only: never the firm's other figure refuted)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("45.0%")))


def test_a_list_item_named_by_what_the_project_does():
    text = ("全镇新签约文旅项目4个，签约总额{}亿元，分别为温泉康养综合体三期12亿元、汤泉研学营地8.5亿元、"
            "温泉民宿集群5.3亿元和温泉主题街区提升2.8亿元。")
    assert ("consistent", "28.6亿元", ["12亿元", "8.5亿元", "5.3亿元", "2.8亿元"]) in totals_of(text.format("28.6"))
    assert ("inconsistent", "26.8亿元", ["12亿元", "8.5亿元", "5.3亿元", "2.8亿元"]) in totals_of(text.format("26.8"))
    # (a change after a comma is still no item of a list of levels)
    assert not any("498.21亿元" in parts for _, _, parts in totals_of(
        "其中住户存款余额5108.77亿元、非金融企业存款1200.5亿元，比年初增加498.21亿元。"))


def test_a_classification_by_operator_names_some_of_them():
    text = ("全年征收车辆通行费312.64亿元。分经营主体看，泷江交通投资集团有限公司所属路段收费212.40亿元，"
            "占全省的67.9%；泷江高速公路股份有限公司收费67.85亿元。")
    assert not any(status == "inconsistent" for status, *_ in totals_of(text))
    # (a cut by the kind of firm is still all of them)
    kinds = "全年完成投资100亿元。按企业类型分，国有企业投资60亿元，民营企业投资{}亿元。"
    assert ("inconsistent", "100亿元", ["60亿元", "45亿元"]) in totals_of(kinds.format("45"))


def test_a_whole_named_in_the_headline_is_the_bodys_figure():
    text = ("全年售电收入1.26亿元\n2026-01-14\n"
            "全县28家发电企业实现售电收入1.26亿元，比上年增加1,850万元。分售电对象看，向供电公司上网售电9,368万元，"
            "占售电收入的74.3%；直供园区工业用户2,174万元；直供农村居民1,058万元。")
    checks = checks_of(text)
    assert ("ratio", "consistent", ["9,368万元", "1.26亿元"], "74.3%") in checks
    body = text.index("1.26亿元", text.index("\n"))
    from extractor import extract
    article = extract(text)
    by_id = {f.id: f for f in article.figures}
    totals = [by_id[c.total] for c in article.checks if c.kind == "sum"]
    assert totals and all(t.start == body for t in totals)


def test_a_previous_season_stated_after_the_rate_of_a_season_of_months():
    text = ("2025—2026雪季（2025年11月至2026年3月），全市冰雪旅游接待游客1,286.4万人次，比上雪季增长{}，"
            "上雪季为1,057.8万人次。")
    assert ("growth", "consistent", ["1,286.4万人次", "1,057.8万人次"], "21.6%") in checks_of(text.format("21.6%"))
    assert ("growth", "inconsistent", ["1,286.4万人次", "1,057.8万人次"], "26.1%") in checks_of(text.format("26.1%"))
    # (a year is no season: months of it are compared with the same months only)
    assert not checks_of("1-9月，全市接待游客1,286.4万人次，比上年度增长21.6%，上年度为1,057.8万人次。")


def test_rates_known_by_name_of_cremation_margins_quarantine_and_funds_in_place():
    assert ("ratio", "consistent", ["24,065人", "24,860人"], "96.8%") in checks_of(
        "全年全市死亡人数24,860人，火化24,065人，火化率96.8%。")
    assert ("ratio", "inconsistent", ["3.12亿港元", "8.46亿港元"], "39.6%") in checks_of(
        "年内总收入为8.46亿港元；除息税折旧及摊销前盈利（EBITDA）为3.12亿港元，EBITDA率为39.6%。")
    assert ("ratio", "consistent", ["37批次", "18,642批次"], "0.20%") in checks_of(
        "共检疫进口食品18,642批次，其中不合格产品37批次，不合格率为0.20%。")
    assert ("ratio", "consistent", ["18,605批次", "18,642批次"], "99.80%") in checks_of(
        "共检疫进口食品18,642批次，其中合格产品18,605批次，合格率为99.80%。")
    assert ("ratio", "consistent", ["8,400万元", "1.2亿元"], "70.0%") in checks_of(
        "安排天文馆二期建设专项资金1.2亿元，当年到位8,400万元，到位率70.0%。")


def test_a_price_per_unit_against_last_years():
    text = "全年收购鲜茧5,260吨，鲜茧收购均价34.8元/公斤，较上年的31.6元/公斤上涨{}。"
    assert ("growth", "consistent", ["34.8元", "31.6元"], "10.1%") in checks_of(text.format("10.1%"))
    assert ("growth", "inconsistent", ["34.8元", "31.6元"], "12.1%") in checks_of(text.format("12.1%"))


def test_a_target_exceeded_named_with_its_span_after_the_amount():
    text = "蚕农售茧收入1.83亿元，同比增长14.6%，上年同期为1.597亿元，超额完成1.7亿元的年度目标任务，完成率{}。"
    assert ("ratio", "consistent", ["1.83亿元", "1.7亿元"], "107.6%") in checks_of(text.format("107.6%"))
    assert ("ratio", "inconsistent", ["1.83亿元", "1.7亿元"], "117.6%") in checks_of(text.format("117.6%"))


def test_firms_merged_into_fewer_since_the_start_of_a_named_year():
    text = "集群内制革企业由2023年初的46家整合为31家，减少{}，31家企业全部迁入园区。"
    assert ("growth", "consistent", ["31家", "46家"], "32.6%") in checks_of(text.format("32.6%"))
    assert ("growth", "inconsistent", ["31家", "46家"], "23.6%") in checks_of(text.format("23.6%"))


def test_a_share_of_the_scope_that_opens_the_parts_clause():
    text = "全市幼儿园共有教职工1.52万人，其中专任教师9,860人，专任教师中本科及以上学历4,127名，占{}。"
    assert ("ratio", "consistent", ["4,127名", "9,860人"], "41.9%") in checks_of(text.format("41.9%"))
    assert ("ratio", "inconsistent", ["4,127名", "9,860人"], "45.9%") in checks_of(text.format("45.9%"))


def test_kindergartens_by_owner_with_a_subtotal_of_two_after_them():
    text = ("全市共有幼儿园{}所，比上年增加18所。其中，公办幼儿园287所、普惠性民办幼儿园261所、其他民办幼儿园94所；"
            "两者合计548所。")
    assert ("consistent", "642所", ["287所", "261所", "94所"]) in totals_of(text.format("642"))
    # (which two are meant is not said: read so, they confirm only)
    assert not any(status == "inconsistent" for status, *_ in totals_of(text.format("642")))
    # (a public and a 普惠 list still overlap when no name says it is private)
    assert ("unverifiable", "642所", ["287所", "461所"]) in totals_of("全市共有幼儿园642所，其中，公办幼儿园287所、普惠性幼儿园461所。")


def test_a_previous_price_per_unit_stated_before_the_rate():
    text = "收购均价为每公斤3.79元，上年为每公斤4.02元，下降{}。"
    assert ("growth", "consistent", ["3.79元", "4.02元"], "5.7%") in checks_of(text.format("5.7%"))
    assert ("growth", "inconsistent", ["3.79元", "4.02元"], "7.5%") in checks_of(text.format("7.5%"))


def test_previous_values_listed_in_brackets_for_each_figure():
    text = "全年新签约项目63个、协议总投资328.5亿元（上年分别为52个、264.3亿元），协议总投资增长{}。"
    assert ("growth", "consistent", ["328.5亿元", "264.3亿元"], "24.3%") in checks_of(text.format("24.3%"))
    assert ("growth", "inconsistent", ["328.5亿元", "264.3亿元"], "42.3%") in checks_of(text.format("42.3%"))


def test_a_stock_against_the_end_of_a_month_named_by_its_date():
    text = "截至2026年3月底，計劃總資產淨值為13,826億港元，較2025年12月底的13,412億港元增加{}億港元，按季上升3.1%。"
    assert ("growth", "consistent", ["13,826億港元", "13,412億港元"], "3.1%") in checks_of(text.format("414"))
    assert ("difference", "consistent", ["13,826億港元", "13,412億港元"], "414億港元") in checks_of(text.format("414"))
    assert ("difference", "inconsistent", ["13,826億港元", "13,412億港元"], "441億港元") in checks_of(text.format("441"))


def test_lots_sold_and_taiwans_operating_margin_by_name():
    assert ("ratio", "consistent", ["1.42万件", "1.86万件"], "76.3%") in checks_of(
        "承办翡翠原石公盘6期，投标标的1.86万件，成交标的1.42万件，成交率76.3%。")
    assert ("ratio", "inconsistent", ["312.5億元", "新台幣1,862.4億元"], "18.6%") in checks_of(
        "全年合併營收新台幣1,862.4億元；營業利益312.5億元，營業利益率18.6%。")


def test_the_bodies_of_one_level_summed_are_one_part_of_a_list_by_level():
    text = "全年完成馆藏档案数字化186.4万件。其中，省档案馆完成62.8万件，各市级档案馆合计完成98.5万件，县级档案馆完成25.1万件。"
    assert ("consistent", "186.4万件", ["62.8万件", "98.5万件", "25.1万件"]) in totals_of(text)
    # (a 合计 of all the items before it is still their total)
    assert ("consistent", "6亿元", ["2亿元", "4亿元"]) in totals_of("甲县投资2亿元，乙县投资4亿元，各县合计6亿元。")


def test_a_budget_against_the_years_revised_budget_and_programmes_named_as_services():
    text = ("天文台2025-26年度預算開支為3.42億港元，較2024-25年度修訂預算的3.18億港元增加{}萬港元，增幅7.5%。"
            "按綱領劃分，天氣預測及警告服務、地球物理與時間服務、輻射監測及評估、航空氣象服務的撥款分別為1.86億港元、"
            "0.61億港元、0.58億港元及{}億港元。")
    checks = checks_of(text.format("2,400", "0.37"))
    assert ("growth", "consistent", ["3.42億港元", "3.18億港元"], "7.5%") in checks
    assert ("difference", "consistent", ["3.42億港元", "3.18億港元"], "2,400萬港元") in checks
    assert ("consistent", "3.42億港元", ["1.86億港元", "0.61億港元", "0.58億港元", "0.37億港元"]) in totals_of(
        text.format("2,400", "0.37"))
    assert ("inconsistent", "3.42億港元", ["1.86億港元", "0.61億港元", "0.58億港元", "0.47億港元"]) in totals_of(
        text.format("2,400", "0.47"))


def test_the_base_of_a_comparison_is_no_part_of_a_share():
    text = ("上半年營業收入新台幣2.86億元，包括票箱收入1.58億元、附屬事業收入4,260萬元及營運補貼收入8,540萬元。"
            "票箱收入較去年同期的1.36億元成長16.2%；同期營運成本3.94億元，票箱收入占營運成本的比率（票箱回收率）為{}。")
    assert ("ratio", "consistent", ["1.58億元", "3.94億元"], "40.1%") in checks_of(text.format("40.1%"))
    assert not any("1.36億元" in c[2] for c in checks_of(text.format("40.1%")) if c[0] == "ratio")


def test_a_classifications_total_in_the_headline_is_the_bodys():
    # (the share after the parts names the headline's figure exactly: 占全省水路客运量的)
    text = ("上半年全省水路客运量1486.2万人次\n2025/07/24\n"
            "上半年全省完成水路客运量1,486.2万人次，同比增长14.6%。分类型看，内河客运682.4万人次，沿海客运518.6万人次，"
            "乡镇渡口渡运285.2万人次，渡运量占全省水路客运量的19.2%。")
    from extractor import extract
    article = extract(text)
    by_id = {f.id: f for f in article.figures}
    sums = [c for c in article.checks if c.kind == "sum"]
    assert [(by_id[c.total].text, c.status) for c in sums] == [("1,486.2万人次", "consistent")]
    assert by_id[sums[0].total].start > text.index("\n")


def test_a_trailing_total_over_a_part_whose_growth_stands_in_its_item():
    text = "全年全省共授权发明专利3.64万件，同比增长14.8%，上年为3.17万件；授权实用新型专利9.85万件、外观设计专利2.31万件，专利授权量合计{}万件。"
    assert ("consistent", "15.80万件", ["3.64万件", "9.85万件", "2.31万件"]) in totals_of(text.format("15.80"))
    assert not any(status == "inconsistent" and total == "15.80万件" for status, total, _ in totals_of(text.format("15.80")))


def test_a_classification_by_the_act_its_parts_name_after_a_subject():
    text = ("全市两级法院共受理各类案件96,354件，比上年增加5,120件；审结89,217件，结案率92.6%。\n"
            "　　从案件类型看，全市法院审结刑事案件4,837件、民商事案件{}件、行政案件1,268件、执行案件29,754件、其他案件1,666件。")
    assert ("consistent", "89,217件", ["4,837件", "51,692件", "1,268件", "29,754件", "1,666件"]) in totals_of(text.format("51,692"))
    # (never the cases received)
    assert not any(total == "96,354件" for _, total, _ in totals_of(text.format("52,692")))


def test_a_sum_right_after_the_parts_of_a_qizhong_is_theirs():
    text = "可分配盈余3,800万元，其中按交易额返还1,520万元、股金分红760万元，共计{}万元，占可分配盈余的60.0%。"
    assert ("consistent", "2,280万元", ["1,520万元", "760万元"]) in totals_of(text.format("2,280"))
    assert ("inconsistent", "2,820万元", ["1,520万元", "760万元"]) in totals_of(text.format("2,820"))
    assert not any(total == "3,800万元" for _, total, _ in totals_of(text.format("2,280")))


def test_hazards_put_right_and_residents_with_a_family_doctor():
    assert ("ratio", "consistent", ["3.97万处", "4.12万处"], "96.4%") in checks_of(
        "发现火灾隐患4.12万处，督促整改火灾隐患3.97万处，整改率96.4%。")
    assert ("ratio", "inconsistent", ["38.47万人", "84.9万人"], "54.3%") in checks_of(
        "全区家庭医生签约居民38.47万人，常住人口84.9万人，签约率为54.3%。")


def test_a_completion_whose_subject_names_the_part_in_short():
    text = ("全年发放城乡公交运营补贴2,368万元，其中中央和省级成品油价格调整补助资金1,426万元、县级财政配套942万元，"
            "县级配套完成年度预算1,000万元的{}。")
    assert ("ratio", "consistent", ["942万元", "1,000万元"], "94.2%") in checks_of(text.format("94.2%"))
    assert ("ratio", "inconsistent", ["942万元", "1,000万元"], "92.4%") in checks_of(text.format("92.4%"))


def test_classes_of_two_cuts_each_a_share_of_the_total():
    text = ("全县白酒产业集群实现总产值208.6亿元。其中，规模以上酒企实现产值186.25亿元，占集群总产值的比重为89.3%；"
            "酱香型白酒产值159.6亿元，占比76.5%。")
    assert not any(status == "inconsistent" for status, *_ in totals_of(text))


def test_growths_of_the_last_year_of_series_across_a_semicolon():
    text = ("2022年至2024年，芯瀚微分别实现营业收入4.12亿元、5.87亿元和7.96亿元，其中2024年同比增长35.6%；"
            "归属于母公司股东的净利润分别为0.42亿元、0.81亿元和1.26亿元，2024年同比增长{}。")
    assert ("growth", "consistent", ["7.96亿元", "5.87亿元"], "35.6%") in checks_of(text.format("55.6%"))
    assert ("growth", "inconsistent", ["1.26亿元", "0.81亿元"], "65.6%") in checks_of(text.format("65.6%"))
    # (rates listed with 分别 are each year's own)
    assert not checks_of("据2017年、2018年半年度报告显示，其营业收入分别为4.78亿元和11.23亿元，分别比上年同期增长1527.11%、135.19%。")


def test_certified_staff_and_sales_over_output_by_value():
    assert ("ratio", "inconsistent", ["6,720人", "8,940人"], "72.5%") in checks_of(
        "全市托育从业人员8,940人，其中持证上岗人员6,720人，持证率72.5%。")
    text = ("全县实现春茶产值24.36亿元，同比增长11.2%，完成全年茶产业产值目标42亿元的58.0%。"
            "全县春茶实现销售额21.82亿元，产销率{}。")
    assert ("ratio", "consistent", ["21.82亿元", "24.36亿元"], "89.6%") in checks_of(text.format("89.6%"))
    assert ("ratio", "inconsistent", ["21.82亿元", "24.36亿元"], "98.6%") in checks_of(text.format("98.6%"))


def test_a_completion_of_a_target_in_its_own_semicolon_item():
    text = ("全村蚕桑和桑果加工产业实现综合产值1.126亿元，比上年增长14.6%，上年为9,826万元；"
            "年初确定的目标为1.05亿元，完成目标的{}。")
    assert ("ratio", "consistent", ["1.126亿元", "1.05亿元"], "107.2%") in checks_of(text.format("107.2%"))
    # (read from the clause before, the level confirms only)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("117.2%")))


def test_spending_of_funds_named_as_a_budget_or_by_their_parts():
    assert ("ratio", "consistent", ["1,842.7万元", "1,968.5万元"], "93.6%") in checks_of(
        "全县落实动物防疫经费1,968.5万元，比上年增加156.3万元。截至年底已支出1,842.7万元，支出进度为93.6%。")
    text = ("全年共下达中央补助资金1,286万元、省级补助资金742万元、县级财政配套资金2,318万元，合计4,346万元。"
            "截至12月31日，县文化和旅游局累计拨付资金4,105万元，支出进度{}。")
    assert ("ratio", "consistent", ["4,105万元", "4,346万元"], "94.5%") in checks_of(text.format("94.5%"))
    assert ("ratio", "inconsistent", ["4,105万元", "4,346万元"], "95.4%") in checks_of(text.format("95.4%"))


def test_a_racing_season_before():
    text = "六合彩投注額78.5億港元，上馬季為81.2億港元，按年減少{}。"
    assert ("growth", "consistent", ["78.5億港元", "81.2億港元"], "3.3%") in checks_of(text.format("3.3%"))
    assert ("growth", "inconsistent", ["78.5億港元", "81.2億港元"], "3.8%") in checks_of(text.format("3.8%"))


def test_a_total_split_among_the_items_its_sentence_opens_with():
    text = "中国邮政储蓄银行眉溪县支行、眉溪农商银行全年发放“猕果贷”3.12亿元，分别为1.28亿元和{}亿元。"
    assert ("consistent", "3.12亿元", ["1.28亿元", "1.84亿元"]) in totals_of(text.format("1.84"))
    assert ("inconsistent", "3.12亿元", ["1.28亿元", "1.94亿元"]) in totals_of(text.format("1.94"))


def test_a_margin_over_the_periods_net_revenue_a_paragraph_back():
    text = ("期內淨收益為112.4億港元，較上年同期的100.5億港元增長11.8%。\n"
            "第一季及第二季淨收益分別為98.6億港元、107.7億港元，連同第三季，首三季累計淨收益合共318.7億港元。\n"
            "按業務劃分，博彩毛收益103.6億港元。\n"
            "期內經調整EBITDA為33.8億港元；經調整EBITDA利潤率為{}。")
    assert ("ratio", "consistent", ["33.8億港元", "112.4億港元"], "30.1%") in checks_of(text.format("30.1%"))
    # (read a paragraph back among several, the whole confirms only)
    assert not any(c[0] == "ratio" and c[1] == "inconsistent" for c in checks_of(text.format("31.0%")))


def test_a_level_named_again_with_its_previous_value_after_the_rate():
    text = ("全年组织税费收入486.72亿元。其中，税收收入352.18亿元，社会保险费收入108.36亿元，非税收入26.18亿元。"
            "税收收入比上年增长{}，上年为330.42亿元。")
    assert ("growth", "consistent", ["352.18亿元", "330.42亿元"], "6.6%") in checks_of(text.format("6.6%"))
    # (the sentence right before states the level under the very name the rate's opens on: tied)
    assert ("growth", "inconsistent", ["352.18亿元", "330.42亿元"], "9.6%") in checks_of(text.format("9.6%"))
    # (further back, it is only read, and confirms only)
    far = text.replace("。税收收入比上年", "。征管质效持续提升。税收收入比上年")
    assert not any(c[1] == "inconsistent" for c in checks_of(far.format("9.6%")))
    other = ("全县雪梨全产业链产值达36.28亿元，其中鲜果产值14.82亿元、加工产值21.46亿元。\n"
             "　　全县雪梨总产量31.2万吨，鲜果产值比上年增长9.6%，上年为13.52亿元。")
    assert ("growth", "consistent", ["14.82亿元", "13.52亿元"], "9.6%") in checks_of(other)


def test_rates_of_audits_advice_adopted_and_grants_approved():
    assert ("ratio", "inconsistent", ["1.86亿元", "25.48亿元"], "3.7%") in checks_of(
        "对送审金额25.48亿元的政府投资项目进行结算审计，审减1.86亿元，审减率3.7%。")
    assert ("ratio", "consistent", ["392条", "415条"], "94.5%") in checks_of(
        "全年提出审计建议415条，被审计单位采纳建议392条，采纳率94.5%。")
    assert ("ratio", "consistent", ["1,248宗", "1,563宗"], "79.8%") in checks_of(
        "全年共收到資助申請1,563宗，批准資助項目1,248宗，批准率為79.8%。")


def test_previous_values_after_the_rate_listed_for_several_measures_or_per_unit():
    text = "1-10月累计签约项目47个，协议投资218.4亿元，同比增长{}（上年同期：39个、186.2亿元）。"
    assert ("growth", "consistent", ["218.4亿元", "186.2亿元"], "17.3%") in checks_of(text.format("17.3%"))
    assert ("growth", "inconsistent", ["218.4亿元", "186.2亿元"], "21.3%") in checks_of(text.format("21.3%"))
    price = "成交均价每吨48.3元，比上年提高{}元（上年为每吨42.2元）。"
    assert ("difference", "consistent", ["48.3元", "42.2元"], "6.1元") in checks_of(price.format("6.1"))
    assert ("difference", "inconsistent", ["48.3元", "42.2元"], "6.4元") in checks_of(price.format("6.4"))


def test_classifications_by_agency_or_category_name_some_of_them():
    text = ("全县岁出执行数292.78億元。依機關別觀察，教育處支出98.47億元，占歲出執行數的33.6%；社會處支出48.2億元，工務處支出35.6億元。")
    assert not any(status == "inconsistent" for status, *_ in totals_of(text))
    goods = ("监管离岛免税购物金额386.4亿元。分品类看，化妆品销售额168.3亿元，占购物总额的43.6%；珠宝首饰销售额52.6亿元；"
             "手表、服装鞋帽和电子产品销售额分别为38.9亿元、31.4亿元和27.6亿元。")
    assert not any(status == "inconsistent" for status, *_ in totals_of(goods))


def test_a_share_of_the_measure_all_the_items_of_a_list_share():
    text = ("按付款方式劃分，八達通、電子支付及現金車費收入分別為8,520萬港元、1,760萬港元及590萬港元。"
            "期內公司總收入為1.432億港元，車費收入佔75.9%，其餘3,450萬港元為廣告收入。")
    assert not any(c[0] == "ratio" and c[1] == "inconsistent" for c in checks_of(text))


def test_a_measure_of_the_items_a_count_list_named_and_a_scope_dated_in_its_clause():
    text = ("上半年全市新签约项目96个，协议总投资628.5亿元。按产业分，工业项目、服务业项目和农业项目分别为58个、29个、9个，"
            "协议投资分别为452.7亿元、148.6亿元和27.2亿元，工业项目协议投资占协议总投资的比重为{}。"
            "截至6月底，新签约项目中开工项目61个，开工率63.5%。")
    checks = checks_of(text.format("72.0%"))
    assert ("ratio", "consistent", ["452.7亿元", "628.5亿元"], "72.0%") in checks
    assert ("ratio", "consistent", ["61个", "96个"], "63.5%") in checks
    assert ("sum", "consistent", ["452.7亿元", "148.6亿元", "27.2亿元"], None) in checks
    assert ("ratio", "inconsistent", ["452.7亿元", "628.5亿元"], "27.0%") in checks_of(text.format("27.0%"))


def test_plants_running_and_trainees_employed_by_name():
    assert ("ratio", "inconsistent", ["178家", "186家"], "97.5%") in checks_of(
        "全区轧花厂186家，分县看，昌宁县72家、北塘县65家、红柳县49家；目前开机生产178家，开机率97.5%。")
    assert ("ratio", "consistent", ["882人", "1,125人"], "78.4%") in checks_of(
        "开展适应性培训1,846人次、职业技能培训1,125人，培训后实现就业882人，就业率78.4%。")


def test_shops_let_named_by_the_act():
    assert ("ratio", "inconsistent", ["124間", "128間"], "69.9%") in checks_of("碼頭共有商舖128間，年底已租出124間，出租率為69.9%。")
