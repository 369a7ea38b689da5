"""Claims found in session 58, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_funds_of_every_level_of_government_are_all_of_them():
    text = ("全县共争取各级病虫害防控资金1,286万元，比上年增加158万元。其中，中央财政农业生产防灾减灾资金680万元，"
            "占资金总额的52.9%；省级财政资金420万元；县级财政配套资金{}万元。")
    assert ("consistent", "1,286万元", ["680万元", "420万元", "186万元"]) in totals_of(text.format("186"))
    # (parts short of the total: not some of the levels, every one of them, so a part is mistyped)
    assert ("inconsistent", "1,286万元", ["680万元", "420万元", "168万元"]) in totals_of(text.format("168"))


def test_a_part_of_the_total_between_is_no_total_of_a_classification_that_overflows_it():
    text = ("协会会员企业实现漆器出口1.68亿美元，同比增长11.3%。其中，脱胎漆器出口9,150万美元，占比54.5%。"
            "分市场看，对欧盟、美国、日韩和东盟及其他市场分别出口5,860万美元、4,320万美元、{}万美元和3,680万美元。")
    parts = ["5,860万美元", "4,320万美元", "2,940万美元", "3,680万美元"]
    assert ("consistent", "1.68亿美元", parts) in totals_of(text.format("2,940"))
    mistyped = [p if p != "2,940万美元" else "2,490万美元" for p in parts]
    assert ("inconsistent", "1.68亿美元", mistyped) in totals_of(text.format("2,490"))


def test_rates_of_money_saved_paid_out_and_disputes_settled():
    saved = "采购预算425万元，萍溪县惠农农资有限公司以386.5万元中标，节约资金38.5万元，节支率{}。"
    assert ("ratio", "consistent", ["38.5万元", "425万元"], "9.1%") in checks_of(saved.format("9.1%"))
    assert ("ratio", "inconsistent", ["38.5万元", "425万元"], "19.1%") in checks_of(saved.format("19.1%"))
    # (paid to the schools: where the money went, after the act)
    paid = "全年下达营养膳食补助资金4,380万元。截至12月底，已拨付到校4,215万元，拨付率{}。"
    assert ("ratio", "consistent", ["4,215万元", "4,380万元"], "96.2%") in checks_of(paid.format("96.2%"))
    # (a project's money paid out over its investment)
    project = "项目总投资4,826万元，由县财政局专账管理。截至11月底，累计拨付资金4,135万元，拨付率{}。"
    assert ("ratio", "consistent", ["4,135万元", "4,826万元"], "85.7%") in checks_of(project.format("85.7%"))
    settled = "受理权属争议426件，调处化解398件，调处成功率{}。"
    assert ("ratio", "consistent", ["398件", "426件"], "93.4%") in checks_of(settled.format("93.4%"))
    assert ("ratio", "inconsistent", ["398件", "426件"], "39.4%") in checks_of(settled.format("39.4%"))


def test_a_share_named_anew_as_a_rate_is_the_current_rate_of_a_points_change():
    text = "接待过夜游客72.8万人次，占游客总量的39.1%，过夜率较上年同期（36.7%）提高{}个百分点。"
    assert ("difference", "consistent", ["39.1%", "36.7%"], "2.4个百分点") in checks_of(text.format("2.4"))
    assert ("difference", "inconsistent", ["39.1%", "36.7%"], "3.4个百分点") in checks_of(text.format("3.4"))
    said = "已完成数字化112.4万份，占馆藏总量的73.7%，数字化率比上年末的67.5%提高{}个百分点。"
    assert ("difference", "inconsistent", ["73.7%", "67.5%"], "7.2个百分点") in checks_of(said.format("7.2"))
    # (a rate of another name before is no share: not compared)
    assert not checks_of("客房入住率85.0%，过夜率较上年同期（36.7%）提高2.4个百分点。")


def test_rates_of_those_assessed_on_record_and_whose_data_was_taken():
    assessed = "珠心算等级鉴定12,600人次，鉴定合格11,743人次，合格率{}。"
    assert ("ratio", "consistent", ["11,743人次", "12,600人次"], "93.2%") in checks_of(assessed.format("93.2%"))
    on_record = "全市共排查开锁服务经营户412家，已备案经营户399家，备案率{}。"
    assert ("ratio", "inconsistent", ["399家", "412家"], "98.6%") in checks_of(on_record.format("98.6%"))
    taken = "全市登记开锁从业人员1,286名，完成身份及指纹信息采集1,241名，采集率{}。"
    assert ("ratio", "consistent", ["1,241名", "1,286名"], "96.5%") in checks_of(taken.format("96.5%"))


def test_a_share_whose_subject_names_the_kind_and_the_measure_of_a_figure_with_words_around_the_kind():
    text = ("全县火山浮石产业实现出口额4862万美元，同比增长17.3%，上年同期为4145万美元；"
            "浮石出口额占全县外贸出口总额2.06亿美元的比重为{}。")
    assert ("ratio", "consistent", ["4862万美元", "2.06亿美元"], "23.6%") in checks_of(text.format("23.6%"))
    assert ("ratio", "inconsistent", ["4862万美元", "2.06亿美元"], "32.6%") in checks_of(text.format("32.6%"))


def test_rates_of_residents_signed_stalls_let_and_lifts_inspected():
    signed = "改造涉及居民1,426户，已签约1,389户，签约率{}。"
    assert ("ratio", "inconsistent", ["1,389户", "1,426户"], "94.7%") in checks_of(signed.format("94.7%"))
    assert ("ratio", "consistent", ["1,389户", "1,426户"], "97.4%") in checks_of(signed.format("97.4%"))
    let = "市政署舉辦3場公開競投，推出空置檔位126個，成功批出98個，批出率{}。"
    assert ("ratio", "consistent", ["98個", "126個"], "77.8%") in checks_of(let.format("77.8%"))
    inspected = "全年应检电梯4.44万台，实际完成定期检验4.38万台，定期检验率{}。"
    assert ("ratio", "inconsistent", ["4.38万台", "4.44万台"], "89.6%") in checks_of(inspected.format("89.6%"))


def test_a_share_of_one_kind_of_a_list_named_by_the_kind_and_the_measure():
    text = ("园区实现工业总产值48.6亿元。分品类看，榨菜、泡菜和其他酱腌菜分别实现产值26.35亿元、15.82亿元和6.43亿元，"
            "泡菜产值占园区总产值的{}。")
    assert ("ratio", "consistent", ["15.82亿元", "48.6亿元"], "32.6%") in checks_of(text.format("32.6%"))
    # (the whole named otherwise than the total is read because the share agrees with it: a share that does not
    # is neither confirmed nor refuted)
    assert not any(c[0] == "ratio" for c in checks_of(text.format("23.6%")))
    # (the kind opens the item's name: 榨菜酱腌菜产值, the list's first item, is no 泡菜产值)
    assert not any(c[2] == ["26.35亿元", "48.6亿元"] for c in checks_of(text.format("54.2%")))


def test_a_rate_after_a_part_rate_is_still_read():
    # (a part rate used to leave its parts where the rates known by name were kept: the next rate raised)
    text = ("全年实际完成搬迁1,302户，其中，集中安置978户，分散安置324户，集中安置率为{}。"
            "截至12月底，已拨付资金2.47亿元，资金拨付率86.4%。")
    assert ("ratio", "consistent", ["978户", "1,302户"], "75.1%") in checks_of(text.format("75.1%"))
    assert ("ratio", "inconsistent", ["978户", "1,302户"], "57.1%") in checks_of(text.format("57.1%"))


def test_the_year_befores_rate_of_a_part_of_the_year_in_brackets_is_the_points_base():
    text = ("一季度全区娱乐业入库税收2,846万元，同比增长8.7%，上年同期为2,618万元，"
            "增速比上年同期加快{}个百分点（上年一季度增长5.9%）。")
    checks = checks_of(text.format("2.8"))
    assert ("difference", "consistent", ["8.7%", "5.9%"], "2.8个百分点") in checks
    # (last year's rate is no growth of this year's values)
    assert not any(c[3] == "5.9%" for c in checks)
    assert ("difference", "inconsistent", ["8.7%", "5.9%"], "3.8个百分点") in checks_of(text.format("3.8"))


def test_an_amount_bounding_a_kind_named_after_it_totals_nothing():
    text = "销售额超过500万元的重点纳税人11户，其中星籁娱乐管理有限公司、麦浪文化集团有限公司一季度分别纳税286万元、241万元。"
    assert not any(c[0] == "sum" for c in checks_of(text))


def test_a_named_rate_is_no_rate_of_the_plan_a_completion_after_it_measures():
    text = ("全年共筹集管网改造资金18.64亿元，比上年增长15.3%（上年为16.17亿元）。截至12月31日，市财政局累计拨付资金"
            "16.92亿元，拨付率为{}，完成年度支出计划17.5亿元的96.7%。")
    checks = checks_of(text.format("90.8%"))
    assert ("ratio", "consistent", ["16.92亿元", "18.64亿元"], "90.8%") in checks
    assert not any(c[1] == "inconsistent" for c in checks)


def test_rates_of_funds_in_money_received_and_households_lent_to():
    funds = ("累计下达建设资金4.65亿元，其中中央财政资金2.30亿元、省级财政资金1.62亿元、沿海市县配套资金0.73亿元。"
             "截至10月底，实际到位资金4.50亿元，到位率{}。")
    assert ("ratio", "consistent", ["4.50亿元", "4.65亿元"], "96.8%") in checks_of(funds.format("96.8%"))
    received = "委托投资合同金额累计420亿元，已到账405亿元，到账率{}。"
    assert ("ratio", "inconsistent", ["405亿元", "420亿元"], "94.6%") in checks_of(received.format("94.6%"))
    lent = "全县脱贫户和监测户共12,480户，累计获贷户5,916户，获贷率{}。"
    assert ("ratio", "consistent", ["5,916户", "12,480户"], "47.4%") in checks_of(lent.format("47.4%"))


def test_a_share_stated_after_a_named_rate_leaves_its_whole_to_it():
    text = ("全市共筹集公益性公墓建设资金2.36亿元，比上年的1.95亿元增长21.0%。截至11月底已拨付1.87亿元，拨付率{}。\n"
            "全年实施公益性公墓建设项目38个，总投资3.05亿元，建设资金占项目总投资的77.4%。")
    assert ("ratio", "consistent", ["1.87亿元", "2.36亿元"], "79.2%") in checks_of(text.format("79.2%"))
    assert ("ratio", "inconsistent", ["1.87亿元", "2.36亿元"], "72.9%") in checks_of(text.format("72.9%"))
    # (a share stated before still makes its part no whole: 工业项目31个，占项目总数的67.4%)
    before = "全县签约项目46个，其中工业项目31个，占项目总数的67.4%。已开工项目29个，开工率{}。"
    assert ("ratio", "consistent", ["29个", "46个"], "63.0%") in checks_of(before.format("63.0%"))


def test_a_rate_of_a_part_the_numerator_names_or_of_the_amount_right_before_it():
    part = ("工程总投资7.36亿元，其中中央预算内投资2.10亿元、省级水利发展资金1.45亿元、市级财政配套1.86亿元、"
            "地方政府专项债券资金1.95亿元。截至10月底，工程累计完成投资5.28亿元；专项债券资金已拨付1.62亿元，拨付率{}。")
    assert ("ratio", "consistent", ["1.62亿元", "1.95亿元"], "83.1%") in checks_of(part.format("83.1%"))
    assert ("ratio", "inconsistent", ["1.62亿元", "1.95亿元"], "88.1%") in checks_of(part.format("88.1%"))
    right_before = "全年共下达生态补偿资金1.28亿元，比上年的1.12亿元增长14.3%。资金执行方面，上年下达的1.12亿元已拨付1.07亿元，拨付率{}。"
    assert ("ratio", "consistent", ["1.07亿元", "1.12亿元"], "95.5%") in checks_of(right_before.format("95.5%"))
    assert not any(c[1] == "inconsistent" for c in checks_of(right_before.format("95.5%")))


def test_a_cut_of_the_total_after_the_sentence_its_qizhong_broke_it_down_in():
    text = ("全年共安排山羊养殖产业帮扶项目资金3,860万元，比上年的3,420万元增长12.9%。其中，中央衔接推进乡村振兴补助资金"
            "2,150万元，省级资金980万元，县级财政配套资金730万元。按用途分，种羊引进1,420万元，标准化羊舍建设{}万元，"
            "饲草料基地建设684万元，防疫及技术培训296万元，养殖保险保费补贴及其他324万元。")
    uses = ["1,420万元", "1,163万元", "684万元", "296万元", "324万元"]
    assert ("inconsistent", "3,860万元", uses) in totals_of(text.format("1,163"))
    assert ("consistent", "3,860万元", [u if u != "1,163万元" else "1,136万元" for u in uses]) in totals_of(text.format("1,136"))


def test_a_completion_of_the_projects_whole_investment():
    text = ("项目总投资6.8亿元，其中企业资本金2.04亿元，占总投资的30.0%，国家开发银行提供项目贷款4.76亿元。"
            "截至11月底，项目累计完成投资5.92亿元，完成总投资的{}。")
    checks = checks_of(text.format("87.1%"))
    assert ("ratio", "consistent", ["5.92亿元", "6.8亿元"], "87.1%") in checks
    # (the whole investment stays the whole of its parts and shares)
    assert ("ratio", "consistent", ["2.04亿元", "6.8亿元"], "30.0%") in checks
    assert ("ratio", "inconsistent", ["5.92亿元", "6.8亿元"], "78.1%") in checks_of(text.format("78.1%"))


def test_a_share_of_a_market_named_by_its_head_in_a_list_of_markets():
    text = ("出口额1,386万美元，比上年的1,171万美元增长18.4%。分市场看，出口香港、新加坡和阿联酋分别为612万美元、"
            "438万美元和336万美元，香港市场占出口额的{}。")
    assert ("ratio", "consistent", ["612万美元", "1,386万美元"], "44.2%") in checks_of(text.format("44.2%"))
    # (the last item, 阿联酋, is no 香港: before, the share was tested against it, a false alarm)
    assert not any(c[2] == ["336万美元", "1,386万美元"] for c in checks_of(text.format("44.2%")))
