"""Claims found in session 59, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_a_rate_against_a_norm_named_without_its_particle():
    text = "交易量返还比例为70.0%，比法定下限60%高出{}个百分点。"
    assert ("difference", "consistent", ["70.0%", "60%"], "10个百分点") in checks_of(text.format("10"))
    assert ("difference", "inconsistent", ["70.0%", "60%"], "1个百分点") in checks_of(text.format("1"))


def test_money_saved_against_the_price_set():
    text = "中标金额1,398.5万元，比预算控制价1,520万元节约{}万元。"
    assert ("difference", "consistent", ["1,398.5万元", "1,520万元"], "121.5万元") in checks_of(text.format("121.5"))
    assert ("difference", "inconsistent", ["1,398.5万元", "1,520万元"], "112.5万元") in checks_of(text.format("112.5"))


def test_a_forecast_after_a_completion_rate_is_neither_its_actual_nor_a_whole():
    text = ("1-9月全县民族乐器产业实现产值41.36亿元，同比增长13.8%；完成年度目标52亿元的{}，预计全年产值可达54亿至56亿元。"
            "分品类看，古筝产值28.62亿元。古筝产值占全县乐器产业产值的比重为69.2%。")
    assert ("ratio", "consistent", ["41.36亿元", "52亿元"], "79.5%") in checks_of(text.format("79.5%"))
    assert ("ratio", "inconsistent", ["41.36亿元", "52亿元"], "97.5%") in checks_of(text.format("97.5%"))
    assert ("ratio", "consistent", ["28.62亿元", "41.36亿元"], "69.2%") in checks_of(text.format("79.5%"))


def test_a_classifications_first_item_and_the_others_listed_after_it():
    text = ("1-9月全县民族乐器产业实现产值41.36亿元，同比增长13.8%。分品类看，古筝产值28.62亿元，"
            "古琴、琵琶及其他乐器产值分别为6.85亿元、{}亿元和2.42亿元。")
    parts = ["28.62亿元", "6.85亿元", "3.47亿元", "2.42亿元"]
    assert ("consistent", "41.36亿元", parts) in totals_of(text.format("3.47"))
    assert ("inconsistent", "41.36亿元", [p if p != "3.47亿元" else "4.37亿元" for p in parts]) \
        in totals_of(text.format("4.37"))
    # (the first item is no total of its siblings)
    assert not any(total == "28.62亿元" for _, total, _ in totals_of(text.format("3.47")))


def test_a_breakdown_after_a_completion_claim_is_of_what_was_done_not_of_the_target():
    text = ("全年征收矿业税费4.96亿元，完成年度计划4.5亿元的110.2%。其中，资源税1.38亿元，环境保护税2,600万元，"
            "矿业权出让收益{}亿元，其他税费0.38亿元。")
    parts = ["1.38亿元", "2,600万元", "2.94亿元", "0.38亿元"]
    assert ("consistent", "4.96亿元", parts) in totals_of(text.format("2.94"))
    # (parts that add up to the target, one mistyped, refute the total)
    assert ("inconsistent", "4.96亿元", [p if p != "2.94亿元" else "2.49亿元" for p in parts]) \
        in totals_of(text.format("2.49"))


def test_a_share_whose_subject_names_no_part_is_of_the_total_the_breakdown_opened_on():
    text = ("全县建成基层中医馆21个，其中乡镇卫生院中医馆17个、社区卫生服务中心中医馆4个，"
            "建馆机构占全县乡镇卫生院和社区卫生服务中心总数（22个）的{}，各中医馆均能提供中医适宜技术。")
    assert ("ratio", "consistent", ["21个", "22个"], "95.5%") in checks_of(text.format("95.5%"))
    # (read so, it confirms only: a rate that fits neither is left unchecked, not refuted by the last part)
    assert not any(c[0] == "ratio" and c[1] == "inconsistent" for c in checks_of(text.format("59.5%")))


def test_what_a_project_is_built_with_is_the_investment_its_completion_is_of():
    text = "金弦集团有限公司投资3.6亿元建设的古筝生产线项目已完成投资2.7亿元，占计划总投资的{}。"
    assert ("ratio", "consistent", ["2.7亿元", "3.6亿元"], "75.0%") in checks_of(text.format("75.0%"))
    assert ("ratio", "inconsistent", ["2.7亿元", "3.6亿元"], "57.0%") in checks_of(text.format("57.0%"))
    plan = "蓝湾公司投资4.2亿元建设的鱼粉深加工项目已完成投资2.94亿元，完成计划的{}。"
    assert ("ratio", "consistent", ["2.94亿元", "4.2亿元"], "70.0%") in checks_of(plan.format("70.0%"))


def test_a_price_that_rose_from_the_start_of_the_year_per_ton():
    text = "进口鱼粉均价由年初的每吨1.39万元上涨至1.48万元，涨幅{}。"
    assert ("growth", "consistent", ["1.48万元", "1.39万元"], "6.5%") in checks_of(text.format("6.5%"))
    assert ("growth", "inconsistent", ["1.48万元", "1.39万元"], "5.6%") in checks_of(text.format("5.6%"))
    fell = "均价由1.48万元下跌至1.39万元，跌幅{}。"
    assert ("growth", "consistent", ["1.39万元", "1.48万元"], "6.1%") in checks_of(fell.format("6.1%"))


def test_a_plan_a_company_set_is_completed_by_the_revenue_it_names():
    text = ("索道业务全年实现营业收入4.86亿元，上年为4.32亿元，同比增长12.5%。"
            "公司年初制定的索道业务收入计划为4.66亿元，实际完成计划的{}。")
    assert ("ratio", "consistent", ["4.86亿元", "4.66亿元"], "104.3%") in checks_of(text.format("104.3%"))
    # (read a sentence back, it confirms only)
    assert not any(c[3] == "140.3%" for c in checks_of(text.format("140.3%")) if c[1] != "unverifiable")


def test_rates_named_by_what_befell_the_things_counted():
    rescued = "全年涉险人员1,301名，成功获救人员1,268名，人命救助成功率为{}。"
    assert ("ratio", "consistent", ["1,268名", "1,301名"], "97.5%") in checks_of(rescued.format("97.5%"))
    assert ("ratio", "inconsistent", ["1,268名", "1,301名"], "95.7%") in checks_of(rescued.format("95.7%"))
    won = "今年參賽茶樣2,416件，較去年增加186件，增幅8.3%，評出得獎茶樣486件，得獎率{}。"
    assert ("ratio", "consistent", ["486件", "2,416件"], "20.1%") in checks_of(won.format("20.1%"))
    assert ("ratio", "inconsistent", ["486件", "2,416件"], "21.0%") in checks_of(won.format("21.0%"))


def test_a_completion_rate_of_works_is_over_the_plan_not_over_those_begun():
    text = ("全市年度计划改造城镇老旧小区286个，涉及居民4.72万户。截至10月底，全市已开工改造小区279个，开工率97.6%；"
            "已完工小区203个，完工率{}。")
    assert ("ratio", "consistent", ["203个", "286个"], "71.0%") in checks_of(text.format("71.0%"))
    assert ("ratio", "inconsistent", ["203个", "286个"], "70.1%") in checks_of(text.format("70.1%"))


def test_a_rate_after_a_qizhong_list_is_over_the_total_not_the_last_part():
    text = "全年对23座病险水库实施除险加固，其中中型水库5座、小型水库18座，已完工水库17座，完工率{}。"
    assert ("ratio", "consistent", ["17座", "23座"], "73.9%") in checks_of(text.format("73.9%"))
    assert ("ratio", "inconsistent", ["17座", "23座"], "94.4%") in checks_of(text.format("94.4%"))


def test_a_completion_of_a_plan_over_years():
    text = "全市累计实施海绵城市建设项目286个，完成投资48.35亿元，为三年计划投资45亿元的{}。"
    assert ("ratio", "consistent", ["48.35亿元", "45亿元"], "107.4%") in checks_of(text.format("107.4%"))
    assert ("ratio", "inconsistent", ["48.35亿元", "45亿元"], "104.7%") in checks_of(text.format("104.7%"))


def test_a_leagues_last_season_is_the_period_compared_with():
    text = "主场上座率87.4%，较上赛季的79.6%提高{}个百分点；门票收入2,860万元，同比增长18.4%，上赛季为2,416万元。"
    checks = checks_of(text.format("7.8"))
    assert ("difference", "consistent", ["87.4%", "79.6%"], "7.8个百分点") in checks
    assert ("growth", "consistent", ["2,860万元", "2,416万元"], "18.4%") in checks
    assert ("difference", "inconsistent", ["87.4%", "79.6%"], "8.7个百分点") in checks_of(text.format("8.7"))


def test_hazards_removed_over_those_there_were():
    text = "全市原有易涝积水点71处，已消除63处，消除率{}。"
    assert ("ratio", "consistent", ["63处", "71处"], "88.7%") in checks_of(text.format("88.7%"))
    assert ("ratio", "inconsistent", ["63处", "71处"], "87.8%") in checks_of(text.format("87.8%"))


def test_a_share_whose_subject_is_the_kind_before_the_parts_measure():
    text = "假期景区实现门票收入1,386万元、文创及餐饮等二次消费收入2,154万元，合计3,540万元，二次消费占比{}。"
    assert ("ratio", "consistent", ["2,154万元", "3,540万元"], "60.8%") in checks_of(text.format("60.8%"))
    # (the whole read, not named, confirms only)
    assert not any(c[0] == "ratio" and c[1] == "consistent" for c in checks_of(text.format("68.0%")))


def test_a_part_named_again_with_its_business():
    text = ("公司实现营业收入6.84亿元，同比增长15.7%。分业务看，自助洗车、精洗美容和会员及增值服务分别实现收入"
            "2.95亿元、2.41亿元和1.48亿元，其中自助洗车业务收入占营业收入的比重为{}。")
    assert ("ratio", "consistent", ["2.95亿元", "6.84亿元"], "43.1%") in checks_of(text.format("43.1%"))
    assert ("ratio", "inconsistent", ["2.95亿元", "6.84亿元"], "41.3%") in checks_of(text.format("41.3%"))


def test_a_match_days_revenue_is_no_comparison():
    text = "比赛日收入0.86亿元，较上赛季的0.64亿元增长{}；联赛转播分成0.52亿元。"
    assert ("growth", "consistent", ["0.86亿元", "0.64亿元"], "34.4%") in checks_of(text.format("34.4%"))
    assert ("growth", "inconsistent", ["0.86亿元", "0.64亿元"], "43.4%") in checks_of(text.format("43.4%"))


def test_a_mark_passed_in_the_headline_is_the_bodys_figure():
    text = ("芷阳县种业产值超24亿元\n"
            "全年全县种业实现产值24.35亿元，同比增长11.2%。其中，蔬菜种苗销售额5.62亿元，占种业产值的{}。")
    assert ("ratio", "consistent", ["5.62亿元", "24.35亿元"], "23.1%") in checks_of(text.format("23.1%"))
    assert ("ratio", "inconsistent", ["5.62亿元", "24.35亿元"], "32.1%") in checks_of(text.format("32.1%"))


def test_a_count_of_classes_named_with_its_noun_first():
    text = "今年秋季全市青年夜校共开设课程312门、教学班846个。教学班开班数完成年度计划820个的{}。"
    assert ("ratio", "consistent", ["846个", "820个"], "103.2%") in checks_of(text.format("103.2%"))


def test_a_daily_average_after_the_parts_is_none_of_them():
    text = ("下属三个站累计发送旅客86.4万人次，同比增长7.8%。其中，汽车客运总站发送旅客41.2万人次，"
            "城东客运站发送旅客19.6万人次，高铁站公交枢纽发送旅客{}万人次，日均发送旅客2.16万人次。")
    parts = ["41.2万人次", "19.6万人次", "25.6万人次"]
    assert ("consistent", "86.4万人次", parts) in totals_of(text.format("25.6"))
    assert ("inconsistent", "86.4万人次", parts[:2] + ["26.5万人次"]) in totals_of(text.format("26.5"))


def test_those_due_are_no_total_of_those_served():
    text = ("秋季学期乘坐校车学生18,650人，需乘车学生20,360人，校车服务覆盖率为91.6%。"
            "分学段看，小学生、初中生和幼儿分别为11,240人、{}人和1,450人。")
    assert ("consistent", "18,650人", ["11,240人", "5,960人", "1,450人"]) in totals_of(text.format("5,960"))
    assert ("inconsistent", "18,650人", ["11,240人", "5,690人", "1,450人"]) in totals_of(text.format("5,690"))
    assert not any(total == "20,360人" for _, total, _ in totals_of(text.format("5,690")))


def test_samples_drawn_in_taiwan_are_those_tested():
    text = "衛生局抽驗夜市食品412件，合格403件，合格率{}。"
    assert ("ratio", "consistent", ["403件", "412件"], "97.8%") in checks_of(text.format("97.8%"))
    assert ("ratio", "inconsistent", ["403件", "412件"], "98.7%") in checks_of(text.format("98.7%"))


def test_a_share_after_a_daily_average_is_of_the_total_before_it():
    text = "全年网约车完成客运量1.52亿人次，日均客运量约41.6万人次，占全市出租汽车客运总量（2.38亿人次）的{}。"
    assert ("ratio", "consistent", ["1.52亿人次", "2.38亿人次"], "63.9%") in checks_of(text.format("63.9%"))
    assert ("ratio", "inconsistent", ["1.52亿人次", "2.38亿人次"], "69.3%") in checks_of(text.format("69.3%"))


def test_aliases_given_between_parts_leave_them_listed():
    text = "项目采购岸边集装箱起重机（以下称岸桥）12台、轨道式集装箱门式起重机（以下称轨道吊）20台，设备共计{}台。"
    assert ("consistent", "32台", ["12台", "20台"]) in totals_of(text.format("32"))
    assert ("inconsistent", "23台", ["12台", "20台"]) in totals_of(text.format("23"))


def test_a_count_named_by_the_act_right_before_what_it_counts_whoever_acted():
    text = "食安方面，南濱市政府衛生局會同財團法人食品工業發展研究所抽驗夜市食品412件，合格403件，合格率{}。"
    assert ("ratio", "consistent", ["403件", "412件"], "97.8%") in checks_of(text.format("97.8%"))
    assert ("ratio", "inconsistent", ["403件", "412件"], "87.9%") in checks_of(text.format("87.9%"))
    # (an amount is no count: 完成全年预算收入X names the budget, no act on it)
    budget = ("财政总收入为812.36亿元，完成全年预算收入1,068.5亿元的76.0%。财政总开支642.15亿元；"
              "预算执行率为62.7%，全年预算开支为1,023.8亿元。")
    assert not any(c[1] == "inconsistent" for c in checks_of(budget))


def test_a_list_closed_by_the_rest_is_all_of_the_total_in_the_sentence_before():
    text = ("陶瓷洗手盆出口额3.58亿美元，同比增长17.4%，上年同期为3.05亿美元。"
            "对东盟、中东和欧盟出口分别为1.26亿美元、{}亿美元和0.87亿美元，对其他市场出口0.51亿美元。")
    parts = ["1.26亿美元", "0.94亿美元", "0.87亿美元", "0.51亿美元"]
    assert ("consistent", "3.58亿美元", parts) in totals_of(text.format("0.94"))
    assert ("inconsistent", "3.58亿美元", [p if p != "0.94亿美元" else "0.97亿美元" for p in parts]) \
        in totals_of(text.format("0.97"))


def test_a_classification_goes_on_past_a_fenbie_list_to_the_rest():
    text = ("全县铸铁炊具产业实现产值68.4亿元，比上年增长11.2%。分产品看，铁锅产值41.2亿元，占全产业产值的比重为60.2%；"
            "珐琅铸铁锅、铸铁壶产值分别为15.6亿元、7.3亿元；配件及其他产品产值{}亿元。")
    parts = ["41.2亿元", "15.6亿元", "7.3亿元", "4.3亿元"]
    assert ("consistent", "68.4亿元", parts) in totals_of(text.format("4.3"))
    assert ("inconsistent", "68.4亿元", parts[:3] + ["4.8亿元"]) in totals_of(text.format("4.8"))


def test_a_sibling_in_the_classification_is_no_whole_of_the_part():
    text = ("宏运电梯10月合并营收新台币5.82亿元，年增6.4%。以业务别来看，新梯销售营收3.41亿元，维修保养营收1.86亿元，"
            "汰旧换新营收0.55亿元，其中维修保养占当月营收比重{}。")
    assert ("ratio", "consistent", ["1.86亿元", "新台币5.82亿元"], "32.0%") in checks_of(text.format("32.0%"))
    assert not any(c[0] == "ratio" and "3.41亿元" in c[2] for c in checks_of(text.format("32.0%")))
    # (a figure of another measure beside the part is still its whole: 收入x、支出y，支出占收入的R)
    fund = "分险种看，城乡居民医保基金收入37.21亿元、支出36.55亿元，当期支出占收入的{}。"
    assert ("ratio", "consistent", ["36.55亿元", "37.21亿元"], "98.2%") in checks_of(fund.format("98.2%"))
