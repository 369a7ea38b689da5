"""Claims found in session 63, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_a_planned_whole_its_sources_add_up_to_is_still_the_target():
    text = ("今年全县实施农田建设项目12个，年度计划总投资2.64亿元。从资金来源看，中央资金1.2亿元、省级资金0.8亿元、"
            "县级配套0.64亿元。\n截至10月底，12个项目累计完成投资2.31亿元，完成年度计划投资的{}。")
    assert ("ratio", "consistent", ["2.31亿元", "2.64亿元"], "87.5%") in checks_of(text.format("87.5%"))
    assert ("ratio", "inconsistent", ["2.31亿元", "2.64亿元"], "85.7%") in checks_of(text.format("85.7%"))


def test_a_rate_after_a_qizhong_list_is_the_whole_s_unless_only_the_last_part_agrees():
    text = "全年共举办非遗展演96场，其中室内专场60场、广场巡演36场，比上年增加16场，增长{}。"
    assert ("growth", "consistent", ["96场", "16场"], "20.0%") in checks_of(text.format("20.0%"))
    assert ("growth", "inconsistent", ["96场", "16场"], "22.0%") in checks_of(text.format("22.0%"))
    # (the last part's, when only it agrees: 16 over 36 less 16 is 80%)
    assert ("growth", "consistent", ["36场", "16场"], "80.0%") in checks_of(text.format("80.0%"))


def test_siblings_listed_with_fenbie_after_a_first_part_are_no_kinds_of_it():
    text = "全市现有非遗传承人{}名，其中国家级传承人3名，省级、市级、县级传承人分别为11名、25名、40名。"
    assert ("consistent", "79名", ["3名", "11名", "25名", "40名"]) in totals_of(text.format("79"))
    # (kinds of the part, adding up to it, are still its breakdown)
    kinds = "全县民宿140家，其中，等级民宿90家，甲级、乙级、丙级分别为20家、30家、40家；普通民宿50家。"
    assert ("consistent", "90家", ["20家", "30家", "40家"]) in totals_of(kinds)


def test_a_rate_named_certified_people_over_training():
    text = "全年开展职业技能培训4.2万人次。培训合格取证人员3.5万人，取证率为{}。"
    assert ("ratio", "consistent", ["3.5万人", "4.2万人次"], "83.3%") in checks_of(text.format("83.3%"))
    assert ("ratio", "inconsistent", ["3.5万人", "4.2万人次"], "88.3%") in checks_of(text.format("88.3%"))


def test_a_completion_of_a_whole_named_with_zong_before():
    text = ("今年春季全县设立鲜茧收购站点28个，收购总金额1.26亿元，同比增长10.5%。鲜茧平均收购价每公斤62.5元。"
            "春茧收购金额完成全年计划2.1亿元的{}。")
    assert ("ratio", "consistent", ["1.26亿元", "2.1亿元"], "60.0%") in checks_of(text.format("60.0%"))
    # (read, so it confirms only)
    assert ("ratio", "unverifiable", ["2.1亿元"], "66.0%") in checks_of(text.format("66.0%"))


def test_a_share_named_by_class_and_the_classification():
    text = ("交易金额46.0亿元。分场景看，餐饮、零售、文旅和交通交易金额分别为10.0亿元、20.0亿元、6.0亿元和10.0亿元，"
            "其中零售场景占比{}。")
    assert ("ratio", "consistent", ["20.0亿元", "46.0亿元"], "43.5%") in checks_of(text.format("43.5%"))


def test_a_part_mistyped_by_two_swapped_digits_is_flagged():
    text = ("全市累计完成污水治理投资10.31亿元。其中，中央和省级补助资金3.12亿元，市县两级财政配套{}亿元，"
            "专项债券2.15亿元，社会资本1.21亿元。")
    assert ("consistent", "10.31亿元", ["3.12亿元", "3.83亿元", "2.15亿元", "1.21亿元"]) in totals_of(text.format("3.83"))
    # (3.38 for 3.83: short of the total by as much as a list of some of the parts might be)
    assert ("inconsistent", "10.31亿元", ["3.12亿元", "3.38亿元", "2.15亿元", "1.21亿元"]) in totals_of(text.format("3.38"))
    # (parts short in any other way may be some of them: no claim)
    assert ("inconsistent", "10.31亿元", ["3.12亿元", "3.35亿元", "2.15亿元", "1.21亿元"]) not in totals_of(text.format("3.35"))


def test_two_parts_off_by_swapped_digits_may_be_some_of_them():
    text = "社会事业项目8个、5.2亿元。社会事业项目中，人民医院新院区获得债券资金2.1亿元，第二中学扩建项目获得1.3亿元。"
    assert not any(status == "inconsistent" for status, _, _ in totals_of(text))


def test_a_share_said_with_suo_zhan():
    text = "年度运维合同金额合计4800万元，其中甲公司2400万元、乙公司1500万元、丙公司900万元，甲公司所占份额为{}。"
    assert ("ratio", "consistent", ["2400万元", "4800万元"], "50.0%") in checks_of(text.format("50.0%"))
    # (场所 ends a name: 场所占比 is no 所占)
    venues = "全市娱乐场所120家，其中KTV场所90家、歌舞厅30家，KTV场所占比75.0%。"
    assert ("ratio", "consistent", ["90家", "120家"], "75.0%") in checks_of(venues)


def test_the_rest_counted_with_its_noun_closes_the_list():
    text = "全澳20間長者中心均由民間團體營辦，其中甲會營辦9間、乙會營辦6間，其餘{}間中心由其他團體營辦。"
    assert ("consistent", "20間", ["9間", "6間", "5間"]) in totals_of(text.format("5"))
    assert ("inconsistent", "20間", ["9間", "6間", "4間"]) in totals_of(text.format("4"))


def test_a_share_after_a_completion_is_of_the_completion_s_actual():
    text = ("今年上半年，基地实现交易额42.0亿元，同比增长20.0%，上年同期为35.0亿元；完成全年目标80亿元的52.5%，"
            "占全市交易额（105.0亿元）的{}。")
    assert ("ratio", "consistent", ["42.0亿元", "105.0亿元"], "40.0%") in checks_of(text.format("40.0%"))
    assert ("ratio", "inconsistent", ["42.0亿元", "105.0亿元"], "44.0%") in checks_of(text.format("44.0%"))


def test_rates_of_a_fenbie_run_of_changes():
    text = "中央级媒体采用稿件200条、省级媒体采用稿件600条，分别比上年增加40条、100条，增长{}和20.0%。"
    checks = checks_of(text.format("25.0%"))
    assert ("growth", "consistent", ["200条", "40条"], "25.0%") in checks
    assert ("growth", "consistent", ["600条", "100条"], "20.0%") in checks
    assert ("growth", "inconsistent", ["200条", "40条"], "52.0%") in checks_of(text.format("52.0%"))


def test_a_classification_by_the_act_of_the_total_its_rate_names():
    text = ("该片区共涉及被征收房屋1,500户。截至8月底，已签约1,450户，签约率达96.7%。\n"
            "　　分地块看，东地块、西地块分别签约800户、{}户。已签约户中，选择货币补偿的900户，选择产权调换的550户，"
            "货币补偿户占已签约户数的62.1%。")
    totals = totals_of(text.format("650"))
    assert ("consistent", "1,450户", ["800户", "650户"]) in totals
    assert ("consistent", "1,450户", ["900户", "550户"]) in totals
    assert ("inconsistent", "1,450户", ["800户", "560户"]) in totals_of(text.format("560"))
    checks = checks_of(text.format("650"))
    assert ("ratio", "consistent", ["1,450户", "1,500户"], "96.7%") in checks
    assert ("ratio", "consistent", ["900户", "1,450户"], "62.1%") in checks


def test_a_total_right_before_a_fenbie_list_with_what_it_counts_after_it():
    text = "试点的东关镇、西林镇和南坪乡共有1,200户农户自愿退出闲置宅基地，分别为400户、{}户和500户。"
    assert ("consistent", "1,200户", ["400户", "300户", "500户"]) in totals_of(text.format("300"))
    assert ("inconsistent", "1,200户", ["400户", "310户", "500户"]) in totals_of(text.format("310"))


def test_funds_named_kuan_are_the_scope_of_their_kinds():
    text = "全县共发放退出补偿款1.2亿元，户均约10万元。补偿资金中，县级财政投入6,000万元，村集体自筹{}万元，银行贷款2,000万元。"
    assert ("consistent", "1.2亿元", ["6,000万元", "4,000万元", "2,000万元"]) in totals_of(text.format("4,000"))


def test_a_classification_with_a_subtotal_of_two_classes_after_it():
    text = ("园区新签租售合同60份，涉及新入驻企业{}家。分行业看，电子信息企业20家，高端装备企业15家，新材料企业10家，"
            "生物医药企业5家；电子信息和高端装备企业合计35家，占新入驻企业的70.0%。")
    totals = totals_of(text.format("50"))
    assert ("consistent", "50家", ["20家", "15家", "10家", "5家"]) in totals
    assert ("consistent", "35家", ["20家", "15家"]) in totals


def test_a_let_or_sold_rate_of_built_factories():
    text = "截至9月末，园区已建成标准厂房120栋，累计出租出售96栋，按栋数计租售率为{}。"
    assert ("ratio", "consistent", ["96栋", "120栋"], "80.0%") in checks_of(text.format("80.0%"))
    assert ("ratio", "inconsistent", ["96栋", "120栋"], "82.0%") in checks_of(text.format("82.0%"))


def test_a_share_of_a_place_named_paragraphs_back():
    text = ("今年1至9月三地合計接待旅客200萬人次。其中甲縣120萬人次，乙縣60萬人次，丙縣（東島）20萬人次。\n"
            "乙縣方面，經海運航線入境旅客24萬人次，占乙縣旅客的{}。\n"
            "丙縣表示，旺季湧入旅客8萬人次，占東島前三季旅客的40.0%。")
    checks = checks_of(text.format("40.0%"))
    assert ("ratio", "consistent", ["24萬人次", "60萬人次"], "40.0%") in checks
    assert ("ratio", "consistent", ["8萬人次", "20萬人次"], "40.0%") in checks
    # (read, it confirms only)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("45.0%")))


def test_a_month_on_month_change_right_after_a_count_of_visits():
    text = "9月騎乘量達316.2萬人次，較去年同期的281.5萬人次年增12.3%，也比8月的301.4萬人次月增{}。"
    assert ("growth", "consistent", ["316.2萬人次", "301.4萬人次"], "4.9%") in checks_of(text.format("4.9%"))
    assert ("growth", "inconsistent", ["316.2萬人次", "301.4萬人次"], "5.9%") in checks_of(text.format("5.9%"))


def test_a_share_of_the_total_the_next_sentence_breaks_down():
    text = ("全县共安排衔接资金5.0亿元，比上年增加0.4亿元，增长8.7%。其中，中央资金2.0亿元，省级资金1.5亿元，"
            "市级资金0.5亿元，县本级安排1.0亿元。全县用于产业发展的衔接资金3.5亿元，占衔接资金总额的比重为{}。")
    assert ("ratio", "consistent", ["3.5亿元", "5.0亿元"], "70.0%") in checks_of(text.format("70.0%"))
    assert ("ratio", "inconsistent", ["3.5亿元", "5.0亿元"], "77.0%") in checks_of(text.format("77.0%"))


def test_funds_spent_named_by_their_kind():
    text = "全县共安排衔接资金5.0亿元，比上年增加0.4亿元，增长8.7%。截至11月底，全县已支出衔接资金4.5亿元，支出进度为{}。"
    assert ("ratio", "consistent", ["4.5亿元", "5.0亿元"], "90.0%") in checks_of(text.format("90.0%"))
    assert ("ratio", "inconsistent", ["4.5亿元", "5.0亿元"], "95.0%") in checks_of(text.format("95.0%"))


def test_members_counted_as_some_of_more_of_their_kind_are_no_breakdown():
    text = ("全市已建成海洋牧场18处。全年休闲海钓接待游客80.0万人次，其中东礁、北港、西湾三个海洋牧场分别接待"
            "30.0万人次、20.0万人次和10.0万人次。")
    assert not any(status == "inconsistent" for status, _, _ in totals_of(text))
    # (three counted members with no more of them stated are all of them)
    alone = "全年休闲海钓接待游客80.0万人次，东礁、北港、西湾三个海洋牧场分别接待30.0万人次、20.0万人次和10.0万人次。"
    assert ("inconsistent", "80.0万人次", ["30.0万人次", "20.0万人次", "10.0万人次"]) in totals_of(alone)


def test_a_rate_of_slots_used_by_the_children_in_care():
    text = "全县共有托育机构40家，提供托位3,000个。全县在托婴幼儿2,100人，托位使用率为{}。"
    assert ("ratio", "consistent", ["2,100人", "3,000个"], "70.0%") in checks_of(text.format("70.0%"))
    assert ("ratio", "inconsistent", ["2,100人", "3,000个"], "72.0%") in checks_of(text.format("72.0%"))


def test_a_share_whose_part_is_named_in_short():
    text = ("今年前三季度，该办事处短期出口信用保险承保金额90.0亿美元，同比增长12.5%，上年同期为80.0亿美元。"
            "同期全市出口总额300.0亿美元，信保承保金额占全市出口总额的{}。")
    assert ("ratio", "consistent", ["90.0亿美元", "300.0亿美元"], "30.0%") in checks_of(text.format("30.0%"))
    assert ("ratio", "inconsistent", ["90.0亿美元", "300.0亿美元"], "33.0%") in checks_of(text.format("33.0%"))
