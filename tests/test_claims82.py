"""Claims found in session 82, by the articles written blind in it."""
from claims import checks_of, totals_of

from extractor import extract


def test_a_change_from_a_year_named_by_its_number_with_its_value_in_brackets():
    text = "全年受理旅客申诉案件132件，较2023年减少41件（2023年为{}件）。"
    assert ("difference", "consistent", ["132件", "173件"], "41件") in checks_of(text.format("173"))
    assert ("difference", "inconsistent", ["132件", "175件"], "41件") in checks_of(text.format("175"))
    # (by the Republic's calendar, and the year before named as 上年 with its number in brackets)
    roc = "旅客申訴案件132件，較112年減少41件（112年為{}件）。"
    assert ("difference", "consistent", ["132件", "173件"], "41件") in checks_of(roc.format("173"))
    # (another year in brackets is not the one compared with)
    assert not checks_of("旅客申诉案件132件，较2023年减少41件（2022年为173件）。")


def test_a_rate_against_a_value_set_beforehand():
    bracketed = "实测综合效率78.2%，比设计值提高0.7个百分点（设计值为{}）。"
    assert ("difference", "consistent", ["78.2%", "77.5%"], "0.7个百分点") in checks_of(bracketed.format("77.5%"))
    assert ("difference", "inconsistent", ["78.2%", "76.3%"], "0.7个百分点") in checks_of(bracketed.format("76.3%"))
    inline = "实测综合效率78.2%，比设计值{}提高0.7个百分点。"
    assert ("difference", "consistent", ["78.2%", "77.5%"], "0.7个百分点") in checks_of(inline.format("77.5%"))


def test_a_rate_right_after_the_period_it_is_of():
    text = "全县森林覆盖率达到78.2%，比上年{}提高0.7个百分点。"
    assert ("difference", "consistent", ["78.2%", "77.5%"], "0.7个百分点") in checks_of(text.format("77.5%"))
    assert ("difference", "inconsistent", ["78.2%", "76.3%"], "0.7个百分点") in checks_of(text.format("76.3%"))


def test_rates_named_by_what_was_done_to_those_counted():
    examined = "经定点医院上站体检1,062人，合格471人，体检合格率{}。"
    assert ("ratio", "consistent", ["471人", "1,062人"], "44.4%") in checks_of(examined.format("44.4%"))
    assert ("ratio", "inconsistent", ["471人", "1,062人"], "47.4%") in checks_of(examined.format("47.4%"))
    # (what the counted did, said in full before their noun, 的 between)
    filed = "全市共有剧本娱乐经营场所412家。已按规定完成告知性备案的场所397家，备案率为{}。"
    assert ("ratio", "consistent", ["397家", "412家"], "96.4%") in checks_of(filed.format("96.4%"))
    # (those that did not are no numerator)
    assert not checks_of("全市共有剧本娱乐经营场所412家。尚未完成告知性备案的场所15家，备案率为96.4%。")
    held = "全市预付卡累计预收资金9.62亿元，纳入资金存管5.87亿元，存管率{}。"
    assert ("ratio", "consistent", ["5.87亿元", "9.62亿元"], "61.0%") in checks_of(held.format("61.0%"))
    granted = "農業部編列新台幣5.2億元補助禽舍改建，已核定補助126場、金額3.94億元，執行率{}。"
    assert ("ratio", "consistent", ["3.94億元", "新台幣5.2億元"], "75.8%") in checks_of(granted.format("75.8%"))


def test_parts_named_by_their_county_the_noun_left_out():
    text = "全年共认定帮扶产品463个，其中岚山县274个、白岩县{}个。"
    assert ("consistent", "463个", ["274个", "189个"]) in totals_of(text.format("189"))
    assert ("inconsistent", "463个", ["274个", "198个"]) in totals_of(text.format("198"))
    # (a kind of county counts counties: no figure)
    assert not [f for f in extract("其中贫困县3个、示范县5个。").figures if f.kind == "count"]
    hens = "全台在養蛋雞4,126萬隻，其中彰化縣1,283萬隻；屏東縣872萬隻，其他縣市合計{}萬隻。"
    assert ("consistent", "4,126萬隻", ["1,283萬隻", "872萬隻", "1,971萬隻"]) in totals_of(hens.format("1,971"))


def test_parts_named_with_a_short_name_in_brackets_and_a_share_of_all_of_them():
    text = ("今年第一季三隧日均行車量合共24.65萬架次。當中，紅磡海底隧道（紅隧）日均10.28萬架次；"
            "東區海底隧道（東隧）日均6.54萬架次；西區海底隧道（西隧）日均7.83萬架次，"
            "較去年同期的6.91萬架次增加13.3%，佔三隧總流量的比例為{}。")
    assert ("consistent", "24.65萬架次", ["10.28萬架次", "6.54萬架次", "7.83萬架次"]) in totals_of(text.format("31.8%"))
    assert ("ratio", "consistent", ["7.83萬架次", "24.65萬架次"], "31.8%") in checks_of(text.format("31.8%"))
    assert ("ratio", "inconsistent", ["7.83萬架次", "24.65萬架次"], "33.8%") in checks_of(text.format("33.8%"))
    # (a whole named by other words before 总, the kinds it holds, is not the total's own: no share of it)
    schools = "全国农村小规模学校有10.7万所，其中小学2.7万所，教学点8万个，占农村小学和教学点总数的44.4%。"
    assert not any(kind == "ratio" for kind, *_ in checks_of(schools))


def test_parts_that_name_every_member_of_a_set_right_after_their_total():
    text = "全球門市1,026家，國內714家、海外{}家。"
    assert ("consistent", "1,026家", ["714家", "312家"]) in totals_of(text.format("312"))
    assert ("inconsistent", "1,026家", ["714家", "302家"]) in totals_of(text.format("302"))
    # (not a set's every member: one kind of store and another is no breakdown)
    assert not totals_of("全球門市1,026家，直營714家、海外312家。")


def test_the_uses_of_an_amount_listed_right_after_it():
    text = "县财政安排专项扶持资金1500万元，用于种球补贴620万元、冷库及烘干设备补助540万元、品牌推广{}万元。"
    assert ("consistent", "1500万元", ["620万元", "540万元", "340万元"]) in totals_of(text.format("340"))
    assert ("inconsistent", "1500万元", ["620万元", "540万元", "350万元"]) in totals_of(text.format("350"))
    # (主要用于: the main uses only)
    assert not totals_of("县财政安排专项扶持资金1500万元，主要用于种球补贴620万元、品牌推广340万元。")


def test_a_rate_above_a_bar_set_by_law_and_the_gap_between_two_rates():
    bar = "按交易量返还成员2.31亿元，占可分配盈余的70.6%，高出法定最低比例（60%）{}个百分点。"
    assert ("difference", "consistent", ["70.6%", "60%"], "10.6个百分点") in checks_of(bar.format("10.6"))
    assert ("difference", "inconsistent", ["70.6%", "60%"], "11.6个百分点") in checks_of(bar.format("11.6"))
    gap = ("原住民失業率為3.87%，較112年同期的4.12%下降0.25個百分點；同期全國失業率為3.38%，"
           "兩者差距為{}個百分點。")
    assert ("difference", "consistent", ["3.87%", "3.38%"], "0.49個百分點") in checks_of(gap.format("0.49"))
    assert ("difference", "inconsistent", ["3.87%", "3.38%"], "0.59個百分點") in checks_of(gap.format("0.59"))


def test_a_classification_adds_up_to_one_figure_before_it_exactly():
    text = ("该行乡村振兴贷款余额102.36亿元，比年初增加14.82亿元；全年累计投放乡村振兴贷款128.6亿元。"
            "分用途看，农户生产经营贷款43.75亿元，新型农业经营主体贷款21.06亿元，农村基础设施建设贷款18.4亿元，"
            "乡村产业链贷款19.15亿元。")
    sums = totals_of(text)
    assert ("consistent", "102.36亿元", ["43.75亿元", "21.06亿元", "18.4亿元", "19.15亿元"]) in sums
    assert not any(total == "128.6亿元" for _, total, _ in sums)


def test_more_rates_named_by_what_was_done():
    granted = "本年度共受理申請305件，經外部委員審查，核定補助186件，核定率為{}。"
    assert ("ratio", "consistent", ["186件", "305件"], "61.0%") in checks_of(granted.format("61.0%"))
    assert ("ratio", "inconsistent", ["186件", "305件"], "66.0%") in checks_of(granted.format("66.0%"))
    intents = "活动累计接待求职者9.84万人次。求职者与用人单位达成初步就业意向2.61万人次，意向达成率{}。"
    assert ("ratio", "consistent", ["2.61万人次", "9.84万人次"], "26.5%") in checks_of(intents.format("26.5%"))
    claimed = "符合資格者共182.4萬人，截至11月30日，完成領取者達142.6萬人，領取率{}。"
    assert ("ratio", "consistent", ["142.6萬人", "182.4萬人"], "78.2%") in checks_of(claimed.format("78.2%"))
    started = "上半年，全区新签约招商项目46个，签约总投资218.6亿元。已签约项目中开工建设28个，开工率{}。"
    assert ("ratio", "consistent", ["28个", "46个"], "60.9%") in checks_of(started.format("60.9%"))
    budget = "本年度斜坡工程總開支為12.86億港元，為核准預算13.5億港元的{}。"
    assert ("ratio", "consistent", ["12.86億港元", "13.5億港元"], "95.3%") in checks_of(budget.format("95.3%"))
    assert ("ratio", "inconsistent", ["12.86億港元", "13.5億港元"], "93.5%") in checks_of(budget.format("93.5%"))


def test_facilities_counted_by_the_towns_they_stand_in():
    text = "全年新建冷链仓储设施14座，其中县城5座、乡镇{}座。"
    assert ("consistent", "14座", ["5座", "9座"]) in totals_of(text.format("9"))
    assert ("inconsistent", "14座", ["5座", "8座"]) in totals_of(text.format("8"))


def test_an_aside_on_the_season_before():
    text = ("全县砂糖橘实现销售收入31.48亿元，同比增长12.7%（上一产季为27.93亿元）。分渠道看，产地批发销售16.92亿元；"
            "电商渠道销售9.86亿元，同比增长23.6%，占销售总收入的31.3%，所占比重比上一产季提高{pp}个百分点"
            "（上一产季电商销售7.98亿元，占比{then}）；商超直供及社区团购3.25亿元；出口1.45亿元。")
    checks = checks_of(text.format(pp="2.7", then="28.6%"))
    # (the season before's figures are no parts of this season's list; its share is of that season's whole)
    assert ("consistent", "31.48亿元", ["16.92亿元", "9.86亿元", "3.25亿元", "1.45亿元"]) \
        in totals_of(text.format(pp="2.7", then="28.6%"))
    assert ("ratio", "consistent", ["7.98亿元", "27.93亿元"], "28.6%") in checks
    assert ("difference", "consistent", ["31.3%", "28.6%"], "2.7个百分点") in checks
    wrong = checks_of(text.format(pp="2.9", then="26.8%"))
    assert ("ratio", "inconsistent", ["7.98亿元", "27.93亿元"], "26.8%") in wrong
    assert ("difference", "inconsistent", ["31.3%", "26.8%"], "2.9个百分点") in wrong


def test_a_previous_value_named_in_short():
    text = "电商渠道销售9.86亿元，同比增长{}（上年电商销售7.98亿元）。"
    assert ("growth", "consistent", ["9.86亿元", "7.98亿元"], "23.6%") in checks_of(text.format("23.6%"))
    assert ("growth", "inconsistent", ["9.86亿元", "7.98亿元"], "32.6%") in checks_of(text.format("32.6%"))
    # (another measure named is no base)
    assert not checks_of("电商渠道销售9.86亿元，同比增长23.6%（上年网店销售7.98亿元）。")


def test_a_share_named_by_the_place_alone():
    text = ("2024年临湾市旧衣回收企业累计出口旧衣物及再生纺织品2.34亿美元，同比增长12.5%，上年为2.08亿美元。"
            "据临湾海关统计，全省同类产品出口总额为7.41亿美元，临湾占比{}，出口规模居全省首位。")
    assert ("ratio", "consistent", ["2.34亿美元", "7.41亿美元"], "31.6%") in checks_of(text.format("31.6%"))
    assert ("ratio", "inconsistent", ["2.34亿美元", "7.41亿美元"], "36.1%") in checks_of(text.format("36.1%"))


def test_lists_named_again_after_their_total_and_a_change():
    text = ("A银行、B银行和C银行共为项目发放贷款28.3亿元，比上年增加6.1亿元，增长27.5%，"
            "上述银行分别发放12.6亿元、10.6亿元和{}亿元。")
    assert ("consistent", "28.3亿元", ["12.6亿元", "10.6亿元", "5.1亿元"]) in totals_of(text.format("5.1"))
    assert ("inconsistent", "28.3亿元", ["12.6亿元", "10.6亿元", "5.7亿元"]) in totals_of(text.format("5.7"))


def test_parts_named_by_a_unit_and_one_ranked_as_it_and_by_machines_among_points():
    towns = "全市建成开放城市书房68家，比上年末增加14家。其中，主城区41家，县（市）{}家。"
    assert ("consistent", "68家", ["41家", "27家"]) in totals_of(towns.format("27"))
    points = "全澳設有回收點1,284個。當中，分類回收箱912個、智能回收機{}台、流動回收點226個。"
    assert ("consistent", "1,284個", ["912個", "146台", "226個"]) in totals_of(points.format("146"))
    # (a list of several classifiers confirms, never refutes)
    assert not any(status == "inconsistent" for status, _, _ in totals_of(points.format("156")))


def test_a_classification_named_in_a_respectively_list():
    text = ("全年城市书房累计接待读者486.3万人次，同比增长15.2%，单个书房日均接待读者约196人次。"
            "按书房类型分，社区书房、园区书房、景区书房和校园书房分别接待读者251.4万人次、{}万人次、79.5万人次和46.7万人次。")
    parts = ["251.4万人次", "108.7万人次", "79.5万人次", "46.7万人次"]
    assert ("consistent", "486.3万人次", parts) in totals_of(text.format("108.7"))
    assert ("inconsistent", "486.3万人次", [parts[0], "118.7万人次", *parts[2:]]) in totals_of(text.format("118.7"))


def test_a_classifications_share_is_of_the_total_done_not_a_target_or_a_part():
    text = ("全区新签约招商项目46个，签约总投资218.6亿元。其中，亿元以上项目31个，签约投资203.5亿元，占签约总投资的93.1%。"
            "实际到位内资96.3亿元，完成年度目标任务180亿元的53.5%。\n"
            "分产业看，先进制造业项目21个、投资124.8亿元；现代服务业项目17个、投资71.3亿元；数字经济项目8个、投资22.5亿元。"
            "先进制造业项目投资占比{}。")
    assert ("ratio", "consistent", ["124.8亿元", "218.6亿元"], "57.1%") in checks_of(text.format("57.1%"))
    assert ("ratio", "inconsistent", ["124.8亿元", "218.6亿元"], "51.7%") in checks_of(text.format("51.7%"))


def test_a_total_named_again_by_the_sentence_that_lists_who_holds_each_part():
    text = ("全市预付卡累计预收资金9.62亿元，纳入资金存管5.87亿元，存管率61.0%。"
            "存管资金由甲农商银行、乙银行丙分行和丁银行丙分行分别存管2.41亿元、1.98亿元、{}亿元。")
    assert ("consistent", "5.87亿元", ["2.41亿元", "1.98亿元", "1.48亿元"]) in totals_of(text.format("1.48"))
    assert ("inconsistent", "5.87亿元", ["2.41亿元", "1.98亿元", "1.84亿元"]) in totals_of(text.format("1.84"))
    # (as many holders as parts: two named for three parts tie nothing)
    two = "纳入资金存管5.87亿元。存管资金由甲农商银行和乙银行分别存管2.41亿元、1.98亿元、1.84亿元。"
    assert not any(status == "inconsistent" for status, _, _ in totals_of(two))
