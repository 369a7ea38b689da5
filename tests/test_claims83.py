"""Claims found in session 83, by the articles written blind in it."""
from claims import assert_rate, checks_of, totals_of


def test_a_share_of_the_total_whose_part_was_named_before_the_act_paying_it():
    text = ("本学年学费援助发放4,386.2万元，膳食津贴及学习用品津贴分别发放1,275.4万元和1,017.6万元；"
            "合共6,679.2万元，占年度预算7,000万元的95.4%，其中学费援助占总额的{}。")
    assert ("ratio", "consistent", ["4,386.2万元", "6,679.2万元"], "65.7%") in checks_of(text.format("65.7%"))
    # (a whole named by no name is read, and a read whole confirms only)
    assert not any(c[3] == "67.5%" and c[1] == "inconsistent" for c in checks_of(text.format("67.5%")))


def test_a_rate_of_risks_removed_named_by_the_households_whose_risk_is_gone():
    text = "全县累计纳入防返贫监测对象1,286户、4,127人。截至12月底，风险消除户达876户，风险消除率为{}。"
    assert ("ratio", "consistent", ["876户", "1,286户"], "68.1%") in checks_of(text.format("68.1%"))
    assert ("ratio", "inconsistent", ["876户", "1,286户"], "61.8%") in checks_of(text.format("61.8%"))


def test_a_share_of_the_output_named_by_the_act_of_producing():
    text = "全年生产各类牙刷58.3亿支，出口量31.2亿支，占总产量的{}，产品销往120多个国家和地区。"
    assert ("ratio", "consistent", ["31.2亿支", "58.3亿支"], "53.5%") in checks_of(text.format("53.5%"))
    # (a whole read by a name worded otherwise confirms only)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("55.3%")))


def test_a_completion_of_the_year_as_forecast():
    text = ("今年上半年出入境的车辆共41.27万辆次，按年上升23.5%，已达交通事务局年初预计全年车流量80万辆次的{}。\n"
            "按车种划分，私家车28.64万辆次，旅游巴士9.15万辆次，货车{}万辆次。")
    assert ("ratio", "consistent", ["41.27万辆次", "80万辆次"], "51.6%") in checks_of(text.format("51.6%", "3.48"))
    assert ("ratio", "inconsistent", ["41.27万辆次", "80万辆次"], "53.6%") in checks_of(text.format("53.6%", "3.48"))
    # (the forecast is no total of the classification after it: the level stated is)
    assert ("consistent", "41.27万辆次", ["28.64万辆次", "9.15万辆次", "3.48万辆次"]) \
        in totals_of(text.format("51.6%", "3.48"))
    assert totals_of(text.format("51.6%", "3.84")) == [
        ("inconsistent", "41.27万辆次", ["28.64万辆次", "9.15万辆次", "3.84万辆次"])]


def test_rates_known_by_name_in_new_trades():
    # (tickets sold over tickets on sale)
    assert_rate("本届赛事可售门票16.3万张，售出门票15.1万张，售票率{}；门票收入6,120万元。",
                ["15.1万张", "16.3万张"], ("92.6%", "96.2%"))
    # (pieces a newsroom placed over pieces it sent)
    assert_rate("全年向省级以上媒体推送稿件2,460条，被采用1,937条，采用率达{}。", ["1,937条", "2,460条"], ("78.7%", "87.7%"))
    # (faults put right over faults found)
    assert_rate("检查中查获违规营区71处，其中58处已改善或停业，改善率{}。", ["58处", "71处"], ("81.7%", "87.1%"))
    # (new buildings in use over new buildings)
    assert_rate("全县新建少年宫37所。新建项目中已有31所通过验收并投入使用，投用率{}。", ["31所", "37所"], ("83.8%", "88.3%"))
    # (surplus over receipts)
    assert_rate("行业营运收益58.31亿元，营运盈余7.26亿元，盈余率为{}。", ["7.26亿元", "58.31亿元"], ("12.5%", "15.2%"))
    # (an industry's surplus over its receipts named by what it serves)
    assert_rate("全年服务收益58.31亿澳门元，按年上升9.3%。行业营运盈余7.26亿澳门元，盈余率为{}。",
                ["7.26亿澳门元", "58.31亿澳门元"], ("12.5%", "15.2%"))
    # (screenings villagers asked for, and screenings the monitoring confirmed, over all screenings)
    film = "全年共放映农村公益电影3.27万场。按群众“点单”放映1.09万场，点单率{}；平台核验有效场次3.21万场，核验合格率{}。"
    assert ("ratio", "consistent", ["1.09万场", "3.27万场"], "33.3%") in checks_of(film.format("33.3%", "98.2%"))
    assert ("ratio", "inconsistent", ["1.09万场", "3.27万场"], "38.3%") in checks_of(film.format("38.3%", "98.2%"))
    assert ("ratio", "consistent", ["3.21万场", "3.27万场"], "98.2%") in checks_of(film.format("33.3%", "98.2%"))
    assert ("ratio", "inconsistent", ["3.21万场", "3.27万场"], "92.8%") in checks_of(film.format("33.3%", "92.8%"))


def test_sold_over_made_when_the_acts_name_the_product():
    assert_rate("报告期内，公司生产各类叉车98,430台，同比增长11.6%；销售叉车96,170台，产销率{}。",
                ["96,170台", "98,430台"], ("97.7%", "97.2%"))


def test_the_projects_a_plan_holds_are_a_scope_not_a_plan():
    assert_rate("纳入年度计划的173个建设项目已完工161个，完工率{}。", ["161个", "173个"], ("93.1%", "91.3%"))


def test_a_share_of_the_total_named_by_the_unit_counted():
    text = "全年共放映农村公益电影3.27万场。放映科普、农技类影片0.83万场，占总场次的{}。"
    assert ("ratio", "consistent", ["0.83万场", "3.27万场"], "25.4%") in checks_of(text.format("25.4%"))


def test_a_change_from_the_year_before_with_the_stock_at_its_end_in_brackets():
    text = "全县登记的牛蛙养殖专业合作社达53家，比上年增加9家（上年末为{}家），其中国家级示范社3家。"
    assert ("difference", "consistent", ["53家", "44家"], "9家") in checks_of(text.format("44"))
    assert ("difference", "inconsistent", ["53家", "42家"], "9家") in checks_of(text.format("42"))


def test_the_year_before_by_the_date_line_when_the_body_names_no_year():
    text = ("岚山市数字乡村建设成效明显\n发布日期：{}　　信息来源：岚山市农业农村局\n"
            "全市农村互联网普及率达到78.6%，较上年提高4.2个百分点（{}年为74.4%）。")
    assert ("difference", "consistent", ["78.6%", "74.4%"], "4.2个百分点") in checks_of(text.format("2024-12-30", "2023"))
    # (early in a year, a bulletin may be of the year before the date's)
    assert ("difference", "consistent", ["78.6%", "74.4%"], "4.2个百分点") in checks_of(text.format("2025-01-22", "2023"))
    # (a year that is not the one before is no base)
    assert not checks_of(text.format("2024-12-30", "2022"))
    assert not checks_of(text.format("2024-07-30", "2022"))
    dated = "发布日期：2024-12-30\n全县登记的合作社达53家，比上年增加9家（2023年末为{}家）。"
    assert ("difference", "inconsistent", ["53家", "42家"], "9家") in checks_of(dated.format("42"))


def test_what_was_added_after_a_change_from_one_count_to_another():
    text = "便当本铺由前一年的41家增加至48家，新增{}家，包括新启用的南港站。"
    assert ("difference", "consistent", ["48家", "41家"], "7家") in checks_of(text.format("7"))
    assert ("difference", "inconsistent", ["48家", "41家"], "6家") in checks_of(text.format("6"))


def test_a_list_opened_by_a_classification_in_the_sentence_after_its_total():
    text = ("截至12月20日，全市新建乡村学校少年宫53所，完成年度建设任务45所的117.8%。"
            "从资金渠道看，分别为中央专项资金支持项目21所、省级资金支持项目19所和市县自筹项目{}所。")
    assert ("consistent", "53所", ["21所", "19所", "13所"]) in totals_of(text.format("13"))


def test_a_share_of_the_sales_named_by_the_act_of_selling():
    text = "全年共售出便当1,187万个，较前一年的1,053万个成长12.7%。品项方面，经典排骨便当售出419万个，占总销量的{}。"
    assert ("ratio", "consistent", ["419万个", "1,187万个"], "35.3%") in checks_of(text.format("35.3%"))


def test_a_share_of_a_list_item_named_with_the_measure_the_list_leaves_out():
    text = ("分环节看，全县沉香种植环节产值8.62亿元，加工环节21.37亿元，服务环节9.47亿元。"
            "沉香制品线上销售额4.26亿元，占加工环节产值的{}。")
    assert ("ratio", "consistent", ["4.26亿元", "21.37亿元"], "19.9%") in checks_of(text.format("19.9%"))
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("21.9%")))


def test_a_firms_margin_over_its_own_revenue_that_a_share_of_all_firms_gives():
    text = ("全区规上精酿企业实现营业收入12.65亿元，同比增长14.2%。麦垄精酿全年营业收入3.82亿元，"
            "占全区规上精酿企业营业收入的30.2%；实现毛利1.64亿元，毛利率{}，较上年的40.6%提高2.3个百分点。")
    assert_rate(text, ["1.64亿元", "3.82亿元"], ("42.9%", "49.2%"))
    # (never the district's revenue, which the firm's is a share of)
    assert not any(c[2] == ["1.64亿元", "12.65亿元"] for c in checks_of(text.format("42.9%")))
    # (but a kind's share of the whole in the sentence is no whole of another kind's rate)
    visitors = "全年接待游客31.7万人次。县外游客21.3万人次，占比67.2%；过夜游客6.8万人次，过夜率{}。"
    assert_rate(visitors, ["6.8万人次", "31.7万人次"], ("21.5%", "25.1%"))


def test_rates_of_projects_signed_and_of_works_in_use():
    assert_rate("区投资促进局年初计划引进产业链项目17个，全年签约14个，签约率{}，总投资28.6亿元。",
                ["14个", "17个"], ("82.4%", "84.2%"))
    assert_rate("全市已建成人防工程1,347处，其中平时开发利用1,062处，平时利用率{}。", ["1,062处", "1,347处"], ("78.8%", "87.8%"))


def test_a_share_of_a_kind_named_by_its_grade_and_product():
    text = ("全市无纺布产业实现产值212.6亿元，同比增长11.4%。分产品看，医用级无纺布产值68.4亿元，"
            "卫生用品类74.9亿元，过滤及工业用类69.3亿元。医用级产品所占比重为{}。")
    assert ("ratio", "consistent", ["68.4亿元", "212.6亿元"], "32.2%") in checks_of(text.format("32.2%"))


def test_a_change_from_a_year_by_its_number_set_beside_a_paragraph_after_the_level():
    text = ("全年规模以上光学镜头制造企业达到43家；实现营业收入108.74亿元，同比增长16.2%。\n"
            "分产品看，手机镜头营业收入46.21亿元，车载镜头31.05亿元，其他光学镜头31.48亿元。\n"
            "与2023年的93.58亿元相比，全行业营业收入增加{}亿元，龙头企业贡献突出。")
    assert ("difference", "consistent", ["108.74亿元", "93.58亿元"], "15.16亿元") in checks_of(text.format("15.16"))
    # (read by the difference alone, a level that does not make it is none)
    assert not any(c[0] == "difference" for c in checks_of(text.format("15.61")))


def test_a_growth_only_the_headline_states_of_a_figure_the_body_gives_with_the_year_before():
    text = ("澄溪县观赏鱼出口额达4127万美元 同比增长{}\n来源：澄溪县人民政府　　发布时间：2025-01-20\n"
            "　　全年出口锦鲤、金鱼及热带观赏鱼4127万美元，上年同期为3481万美元；完成年度目标的103.2%。")
    assert ("growth", "consistent", ["4127万美元", "3481万美元"], "18.6%") in checks_of(text.format("18.6%"))
    # (read across the headline and the body, it confirms only)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("16.8%")))
    # (a rate the body repeats is the body's claim)
    repeated = ("澄溪县观赏鱼出口额达4127万美元 同比增长18.6%\n来源：澄溪县人民政府\n"
                "　　全年出口观赏鱼4127万美元，同比增长18.6%，上年同期为3481万美元。")
    assert [c[3] for c in checks_of(repeated) if c[0] == "growth"] == ["18.6%"]


def test_a_list_whose_rest_is_named_with_no_figure_is_not_all_of_the_total():
    text = ("全年共接获涉及放债人的投诉412宗。按类别划分，涉及不当收数手法的投诉153宗，占总数的37.1%；"
            "涉及收取过高利息的61宗；{}")
    assert totals_of(text.format("其余涉及中介收费及其他事宜。")) == [("unverifiable", "412宗", ["153宗", "61宗"])]
    # (a rest with its own figure completes the list)
    assert ("inconsistent", "412宗", ["153宗", "61宗", "189宗"]) in totals_of(text.format("其余189宗。"))


def test_rates_of_pharmacies_in_chains_licensed_guards_and_exam_passes():
    assert_rate("全市定点药店1,347家，比上年增加94家。其中，连锁药店1,028家，单体药店319家，药店连锁化率为{}。",
                ["1,028家", "1,347家"], ("76.3%", "73.6%"))
    assert_rate("全市保安员5.37万人，其中持证保安员5.06万人，持证率{}。", ["5.06万人", "5.37万人"], ("94.2%", "92.4%"))
    assert_rate("全年组织保安员资格考试31场次，参考人数7,463人，考试合格6,521人，合格率{}。",
                ["6,521人", "7,463人"], ("87.4%", "84.7%"))


def test_what_was_added_then_the_stock_with_the_last_year_end_in_brackets():
    text = "全县新投放深远海养殖平台3座，新增重力式深水网箱{}个，深水网箱总数达1,527个（上年末为1,163个）。"
    assert ("difference", "consistent", ["1,527个", "1,163个"], "364个") in checks_of(text.format("364"))
    # (what was added may be gross, some taken out: it confirms, never refutes)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("346")))


def test_a_budget_compared_with_the_year_befores():
    text = "在租金补贴方面，市府今年编列预算5.17亿元，较去年的4.23亿元增加{}亿元。"
    assert ("difference", "consistent", ["5.17亿元", "4.23亿元"], "0.94亿元") in checks_of(text.format("0.94"))
    assert ("difference", "inconsistent", ["5.17亿元", "4.23亿元"], "0.49亿元") in checks_of(text.format("0.49"))


def test_a_share_of_the_goods_from_one_source_named_by_the_place():
    text = ("今年1-10月，经澜港口岸进口的毛燕、净燕货值13.47亿元，同比增长18.4%。分来源地看，自马来西亚、印度尼西亚和"
            "泰国进口分别为7.86亿元、4.32亿元和1.29亿元，马来西亚货源占比{}。")
    assert ("ratio", "consistent", ["7.86亿元", "13.47亿元"], "58.4%") in checks_of(text.format("58.4%"))


def test_a_date_line_early_in_the_year_after_does_not_make_the_reported_year_the_one_before():
    text = ("拉链产业稳中有进\n发布时间：2025-01-18　来源：镇融媒体中心\n"
            "　　2024年全镇拉链产业实现产值113.7亿元，同比增长9.8%，上年为103.5亿元，占全镇工业总产值182.4亿元的62.3%。\n"
            "　　拉链出口交货值由上年的30.9亿元增加到38.2亿元，增长23.6%，占产值的{}。")
    assert ("ratio", "consistent", ["38.2亿元", "113.7亿元"], "33.6%") in checks_of(text.format("33.6%"))
