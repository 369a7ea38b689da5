"""Claims found in session 60, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_a_total_after_one_part_beside_it_and_one_further_back_is_read_to_confirm():
    text = "全县发放姜产业贷款3.65亿元，岑山农商银行推出“姜农贷”发放贷款1.28亿元，合计投放{}亿元，惠及姜农。"
    assert ("consistent", "4.93亿元", ["3.65亿元", "1.28亿元"]) in totals_of(text.format("4.93"))
    # (read from around, the parts confirm the total and never refute it)
    assert not any(total == "4.39亿元" and status != "unverifiable" for status, total, _ in totals_of(text.format("4.39")))


def test_a_total_after_a_part_with_a_completion_rate_and_one_more_part():
    text = ("鲜桃销售收入9.45亿元，完成目标的105.0%；桃胶、桃花茶等深加工产品销售收入1.38亿元，"
            "桃产业总产值合计10.83亿元。")
    assert ("consistent", "10.83亿元", ["9.45亿元", "1.38亿元"]) in totals_of(text)


def test_a_rate_named_by_the_part_less_a_noun_the_whole_ends_on_too():
    text = "全市托育从业人员5,124人，其中持证保育人员4,386人，持证率{}。"
    assert ("ratio", "consistent", ["4,386人", "5,124人"], "85.6%") in checks_of(text.format("85.6%"))
    assert ("ratio", "inconsistent", ["4,386人", "5,124人"], "58.6%") in checks_of(text.format("58.6%"))


def test_a_rate_named_by_the_verb_of_the_part_right_after_its_whole():
    text = "县府受理申请2,946件，核定2,738件，核定率{}，补助曳引机。"
    assert ("ratio", "consistent", ["2,738件", "2,946件"], "92.9%") in checks_of(text.format("92.9%"))
    assert ("ratio", "inconsistent", ["2,738件", "2,946件"], "29.9%") in checks_of(text.format("29.9%"))
    text = "基本养老保险应参保人数24,380人，实际参保24,063人，参保率98.7%。"
    assert ("ratio", "consistent", ["24,063人", "24,380人"], "98.7%") in checks_of(text)
    text = "受理救助申请6,418件，已拨付6,102件，拨付率95.1%。"
    assert ("ratio", "consistent", ["6,102件", "6,418件"], "95.1%") in checks_of(text)


def test_a_rate_after_a_remainder_is_not_over_the_figure_right_before_it():
    # 结余0.31亿元 is the sum due less the cost: its rate is over the 9.68亿元 due, not the cost
    text = "按支付标准应付9.68亿元，实际发生费用9.37亿元，结余0.31亿元，结余率3.2%。"
    assert not any(c[0] == "ratio" and c[2] == ["0.31亿元", "9.37亿元"] for c in checks_of(text))


def test_a_rate_named_by_a_part_whose_name_says_how_before_the_rates_word():
    text = "参评企业135家，其中考核优秀企业42家，优秀率{}。"
    assert ("ratio", "consistent", ["42家", "135家"], "31.1%") in checks_of(text.format("31.1%"))
    assert ("ratio", "inconsistent", ["42家", "135家"], "13.1%") in checks_of(text.format("13.1%"))
    text = "全区住宅小区共502个，分类达标小区486个，达标率{}，较去年底提高。"
    assert ("ratio", "consistent", ["486个", "502个"], "96.8%") in checks_of(text.format("96.8%"))
    assert ("ratio", "inconsistent", ["486个", "502个"], "98.6%") in checks_of(text.format("98.6%"))


def test_a_count_framing_its_sentence_totals_the_kinds_listed_in_the_sentence_before():
    text = ("分类型看，产地冷藏保鲜设施项目9个，完成投资1.36亿元；县级冷链集配中心项目5个，完成投资2.67亿元；"
            "城区冷链配送中心项目3个，完成投资1.25亿元。{}个项目中已竣工投用项目14个。")
    assert ("consistent", "17个", ["9个", "5个", "3个"]) in totals_of(text.format("17"))
    # (read from around, they confirm it only)
    assert not any(total == "71个" and status != "unverifiable" for status, total, _ in totals_of(text.format("71")))
    # (nor alternatives in a sentence further back)
    assert not any(total == "五个" for _, total, _ in totals_of("如果能排除两个或三个选项，就值得了。五个选项中很多是错的。"))


def test_money_from_the_centre_the_province_and_the_cities_and_counties_is_all_of_it():
    text = ("全省农村公路安全生命防护工程累计完成投资18.74亿元，完成年度计划16.5亿元的113.6%。"
            "其中，中央车购税资金6.20亿元，省级财政资金{}亿元，市县配套及社会资金6.69亿元。")
    assert ("consistent", "18.74亿元", ["6.20亿元", "5.85亿元", "6.69亿元"]) in totals_of(text.format("5.85"))
    assert ("inconsistent", "18.74亿元", ["6.20亿元", "5.58亿元", "6.69亿元"]) in totals_of(text.format("5.58"))


def test_a_person_among_the_bodies_of_a_list_counted_by_firms():
    text = ("本次发行最终获配对象共14家，其中私募基金6家、公募基金4家、证券公司2家、合格境外机构投资者1家、"
            "个人投资者1名，分别获配2,264万股、1,580万股、620万股、420万股和396万股。")
    assert ("consistent", "14家", ["6家", "4家", "2家", "1家", "1名"]) in totals_of(text)
    assert not any(status == "inconsistent" for status, _, _ in totals_of(text))


def test_an_exams_pass_rate_over_those_who_entered_and_its_sitting_rate_over_those_let_through():
    text = ("本次招聘报名人数达3,562人，比上年的2,896人增加666人，增长23.0%。通过资格审查3,318人，资格审查通过率为{}；"
            "实际参加笔试2,947人，参考率{}。")
    checks = checks_of(text.format("93.1%", "88.8%"))
    assert ("ratio", "consistent", ["3,318人", "3,562人"], "93.1%") in checks
    assert ("ratio", "consistent", ["2,947人", "3,318人"], "88.8%") in checks
    checks = checks_of(text.format("91.3%", "82.7%"))
    assert ("ratio", "inconsistent", ["3,318人", "3,562人"], "91.3%") in checks
    assert ("ratio", "inconsistent", ["2,947人", "3,318人"], "82.7%") in checks


def test_homes_sold_over_homes_put_on_sale():
    text = "恒澳置業有限公司旗下「海晴灣」項目9月開售首批180個單位，首日售出152個，去化率{}。"
    assert ("ratio", "consistent", ["152個", "180個"], "84.4%") in checks_of(text.format("84.4%"))
    assert ("ratio", "inconsistent", ["152個", "180個"], "48.4%") in checks_of(text.format("48.4%"))


def test_a_rate_against_a_month_of_the_year_before_in_points():
    text = "1月全台急性一般病床平均占床率為81.6%，較去年12月的79.3%上升{}個百分點。"
    assert ("difference", "consistent", ["81.6%", "79.3%"], "2.3個百分點") in checks_of(text.format("2.3"))
    assert ("difference", "inconsistent", ["81.6%", "79.3%"], "3.2個百分點") in checks_of(text.format("3.2"))


def test_a_count_against_its_peak_in_a_month_of_the_year_before():
    text = "因護理人力不足暫停開放的病床為1,842張，較去年6月高峰的2,960張減少{}。"
    assert ("growth", "consistent", ["1,842張", "2,960張"], "37.8%") in checks_of(text.format("37.8%"))
    assert ("growth", "inconsistent", ["1,842張", "2,960張"], "73.8%") in checks_of(text.format("73.8%"))


def test_a_shares_subject_names_the_kind_of_a_part_a_word_before_its_measure():
    text = ("全县牡蛎养殖保险实现保费收入2865万元，比上年增加512万元，增长21.8%。其中，中央、省、县三级财政保费补贴"
            "1719万元，养殖户自缴保费1146万元，财政补贴占保费收入的比重为{}。")
    assert ("ratio", "consistent", ["1719万元", "2865万元"], "60.0%") in checks_of(text.format("60.0%"))
    assert ("ratio", "inconsistent", ["1719万元", "2865万元"], "40.0%") in checks_of(text.format("40.0%"))
    assert not any(c[2] == ["1146万元", "2865万元"] for c in checks_of(text.format("60.0%")))


def test_an_item_named_by_an_act_of_upgrading_is_a_part_not_a_change():
    text = "全年全市共完成公厕新建和改造326座，完成年度目标300座的108.7%。其中，新建公厕84座，改造提升{}座。"
    assert ("consistent", "326座", ["84座", "242座"]) in totals_of(text.format("242"))
    assert ("inconsistent", "326座", ["84座", "224座"]) in totals_of(text.format("224"))


def test_all_the_names_before_a_respectively_list_near_its_total_are_all_of_it():
    text = ("全年全市共完成公厕新建和改造326座，完成年度目标300座的108.7%。分区域看，鹭城区、湖滨区、高新区和经开区"
            "分别完成98座、87座、{}座和65座。")
    assert ("consistent", "326座", ["98座", "87座", "76座", "65座"]) in totals_of(text.format("76"))
    assert ("inconsistent", "326座", ["98座", "87座", "67座", "65座"]) in totals_of(text.format("67"))
    # (far short of the total, the districts named are some of many: they confirm nothing, refute nothing)
    assert not any(status == "inconsistent" for status, _, _ in totals_of(text.format("16")))


def test_a_base_at_the_end_of_the_same_period_a_year_before():
    text = "能繁母猪存栏由上年同期末的24.36万头下降至23.15万头，降幅{}。"
    assert ("growth", "consistent", ["23.15万头", "24.36万头"], "5.0%") in checks_of(text.format("5.0%"))
    assert ("growth", "inconsistent", ["23.15万头", "24.36万头"], "0.5%") in checks_of(text.format("0.5%"))


def test_a_rate_against_the_school_year_before_in_points():
    text = "技術型高中21.16萬人，占36.1%，較上學年度的37.0%下降{}個百分點。"
    assert ("difference", "consistent", ["36.1%", "37.0%"], "0.9個百分點") in checks_of(text.format("0.9"))
    assert ("difference", "inconsistent", ["36.1%", "37.0%"], "1.9個百分點") in checks_of(text.format("1.9"))
    text = "升學率98.9%，較前一學年度的98.7%提高0.2個百分點。"
    assert ("difference", "consistent", ["98.9%", "98.7%"], "0.2個百分點") in checks_of(text)


def test_a_change_named_anew_after_a_figure_of_another_measure_goes_with_its_own_measures_level():
    text = "全县落实资助资金6,428.5万元，资助学生4.12万人次，资金总量比上年增加486.3万元，增长{}。"
    assert ("growth", "consistent", ["6,428.5万元", "486.3万元"], "8.2%") in checks_of(text.format("8.2%"))
    assert ("growth", "inconsistent", ["6,428.5万元", "486.3万元"], "2.8%") in checks_of(text.format("2.8%"))


def test_samples_found_positive_over_samples_tested():
    text = "全县送检疑似样品1,286份，经县农业技术推广中心检测，确诊阳性样品412份，阳性率{}。"
    assert ("ratio", "consistent", ["412份", "1,286份"], "32.0%") in checks_of(text.format("32.0%"))
    assert ("ratio", "inconsistent", ["412份", "1,286份"], "23.0%") in checks_of(text.format("23.0%"))
