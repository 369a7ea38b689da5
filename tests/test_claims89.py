"""Claims found in session 89, by the articles written blind in it.  Invented sentences."""
from claims import checks_of, totals_of


def _found(checks, kind, status, inputs):
    return any(c[0] == kind and c[1] == status and c[2] == inputs for c in checks)


def test_growth_to_a_level_then_the_month_before_named_by_its_end():
    text = "11月份銀行體系的存款總額上升{}至12.60萬億港元，10月底為12.40萬億港元。"
    assert ("growth", "consistent", ["12.60萬億港元", "12.40萬億港元"], "1.6%") in checks_of(text.format("1.6%"))
    # (the rate names no base: read from the month after it, it only confirms)
    assert ("growth", "unverifiable", ["12.60萬億港元", "12.40萬億港元"], "6.1%") in checks_of(text.format("6.1%"))
    # (not a month two before)
    assert not any(c[0] == "growth" and c[2] for c in checks_of(text.replace("10月底", "9月底").format("1.6%")))


def test_growth_of_a_month_against_the_month_before_stated_before_the_rate():
    text = "9月份跨境人民幣結算金額為人民幣8,600億元，上月為人民幣8,000億元，按月增加{}。"
    assert ("growth", "consistent", ["人民幣8,600億元", "人民幣8,000億元"], "7.5%") in checks_of(text.format("7.5%"))
    assert ("growth", "inconsistent", ["人民幣8,600億元", "人民幣8,000億元"], "5.7%") in checks_of(text.format("5.7%"))


def test_a_months_rate_against_the_month_before_stated_in_the_next_sentence():
    text = "今年5月博彩毛收入為200.00億元，按月上升{}。4月份毛收入為160.00億元，3月份為150.00億元。"
    assert ("growth", "consistent", ["200.00億元", "160.00億元"], "25.0%") in checks_of(text.format("25.0%"))
    # (the next sentence's month must be the month before)
    assert not any(c[0] == "growth" for c in checks_of(text.replace("4月份", "2月份").format("25.0%")))


def test_the_whole_loan_to_deposit_ratio_and_the_month_befores():
    text = ("8月份認可機構的存款總額上升1.0%至20.20萬億港元，7月底為20.00萬億港元。"
            "8月份貸款及墊款總額下降1.0%至9.90萬億港元，上月為10.00萬億港元。"
            "整體貸存比率為{}，上月為50.0%，回落0.99個百分點。")
    checks = checks_of(text.format("49.01%"))
    assert ("ratio", "consistent", ["9.90萬億港元", "20.20萬億港元"], "49.01%") in checks
    # (the month before's ratio, from the previous values of the two growths)
    assert ("ratio", "consistent", ["10.00萬億港元", "20.00萬億港元"], "50.0%") in checks
    assert ("ratio", "inconsistent", ["9.90萬億港元", "20.20萬億港元"], "40.91%") in checks_of(text.format("40.91%"))


def test_share_of_the_total_its_sentence_gives_the_topic_of():
    text = ("全市花卉苗木经营面积达12.3万亩，实现总产值40.00亿元，比上年增长8.1%。"
            "花卉苗木产值占全市农业总产值200.00亿元的比重为{}。")
    assert ("ratio", "consistent", ["40.00亿元", "200.00亿元"], "20.0%") in checks_of(text.format("20.0%"))
    # (a sentence whose topic is another's: no part)
    other = text.replace("全市花卉苗木经营面积", "全市茶叶种植面积")
    assert not any(c[0] == "ratio" and c[2] == ["40.00亿元", "200.00亿元"] for c in checks_of(other.format("20.0%")))


def test_growth_of_the_first_quarter_against_last_years_first_quarter():
    text = "2月份毛收入為190.00億元，1月份為210.00億元，首季累計毛收入600.00億元，按年上升{}，去年首季為500.00億元。"
    assert ("growth", "consistent", ["600.00億元", "500.00億元"], "20.0%") in checks_of(text.format("20.0%"))
    assert ("growth", "inconsistent", ["600.00億元", "500.00億元"], "2.0%") in checks_of(text.format("2.0%"))
    # (the first quarter against the year before's first half is no growth)
    half = text.replace("去年首季", "去年上半年")
    assert not any(c[0] == "growth" for c in checks_of(half.format("20.0%")))


def test_completion_in_a_clause_that_goes_on_from_the_subject_before():
    text = ("首季財政總收入300.00億元，其中印花稅收入60.00億元，佔財政總收入的20.0%。"
            "印花稅相當於同期股票成交額的0.2%，並完成全年預算240.00億元的{}。")
    assert ("ratio", "consistent", ["60.00億元", "240.00億元"], "25.0%") in checks_of(text.format("25.0%"))
    # (read so, it only confirms)
    assert not any(c[0] == "ratio" and c[2] == ["60.00億元", "240.00億元"] for c in checks_of(text.format("52.0%")))


def test_growth_against_the_year_before_after_a_completion_of_the_same_figure():
    text = ("全镇一般公共预算支出3.20亿元。一般公共预算支出为调整预算3.40亿元的94.12%，"
            "比上年的3.00亿元增长{}，主要是民生项目支出增加。")
    assert ("growth", "consistent", ["3.20亿元", "3.00亿元"], "6.7%") in checks_of(text.format("6.7%"))
    assert ("growth", "inconsistent", ["3.20亿元", "3.00亿元"], "7.6%") in checks_of(text.format("7.6%"))


def test_breakdown_whose_last_item_after_the_comma_joins_two_kinds():
    text = ("本次展会共有300家单位参展。其中，制造业企业120家、服务业企业90家、农业企业40家，"
            "高校和科研院所{}家。")
    assert ("consistent", "300家", ["120家", "90家", "40家", "50家"]) in totals_of(text.format("50"))
    # (a count of another kind after the comma, adding up by chance, is no item)
    chance = text.replace("高校和科研院所", "新参展企业")
    assert not any(len(parts) == 4 for _, _, parts in totals_of(chance.format("50")))


def test_points_against_the_first_round_of_a_campaign():
    text = "第二轮消费券核销率为92.50%，比首轮活动提高{}个百分点（首轮为88.30%）。"
    assert ("difference", "consistent", ["92.50%", "88.30%"], "4.2个百分点") in checks_of(text.format("4.2"))
    assert ("difference", "inconsistent", ["92.50%", "88.30%"], "2.4个百分点") in checks_of(text.format("2.4"))


def test_points_against_last_years_share_named_by_a_pronoun_in_the_next_sentence():
    text = "新能源船型合同金额占新接订单金额的比重达55.0%，比去年全年提高{}个百分点。去年全年，这一比重为42.5%。"
    assert ("difference", "consistent", ["55.0%", "42.5%"], "12.5个百分点") in checks_of(text.format("12.5"))
    # (the earlier rate in the next sentence is read, so it only confirms)
    assert not _found(checks_of(text.format("15.2")), "difference", "inconsistent", ["55.0%", "42.5%"])
    # (a clause before the pronoun that names more than the period is no period's)
    other = text.replace("去年全年，这一比重", "去年全年订单总量下降，这一比重")
    assert not _found(checks_of(other.format("12.5")), "difference", "consistent", ["55.0%", "42.5%"])


def test_market_share_named_as_such():
    text = ("今年上半年全台電動自行車新領牌數為20,000輛；同期整體自行車新領牌數為160,000輛，"
            "電動自行車市占率為{}。")
    assert ("ratio", "consistent", ["20,000輛", "160,000輛"], "12.5%") in checks_of(text.format("12.5%"))
    # (the whole, unnamed, is read from the context: it only confirms)
    assert not _found(checks_of(text.format("21.5%")), "ratio", "inconsistent", ["20,000輛", "160,000輛"])


def test_growth_of_the_total_of_the_act_the_sentence_before_states():
    text = ("全年累计发放各类创业补贴资金2.40亿元，惠及个人1.2万人。发放总额比上年的2.00亿元增长{}。"
            "分项目看，一次性创业补贴0.90亿元，创业担保贷款贴息1.50亿元。")
    assert ("growth", "consistent", ["2.40亿元", "2.00亿元"], "20.0%") in checks_of(text.format("20.0%"))
    assert ("growth", "inconsistent", ["2.40亿元", "2.00亿元"], "2.0%") in checks_of(text.format("2.0%"))


def test_the_year_befores_value_is_no_whole_of_a_share():
    text = ("全年累计发放各类创业补贴资金2.40亿元。发放总额比上年的2.00亿元明显增加。"
            "分项目看，一次性创业补贴0.90亿元，创业担保贷款贴息1.50亿元。创业担保贷款贴息占发放总额的比重为{}。")
    assert ("ratio", "consistent", ["1.50亿元", "2.40亿元"], "62.5%") in checks_of(text.format("62.5%"))
    assert not any(c[0] == "ratio" and "2.00亿元" in c[2] for c in checks_of(text.format("75.0%")))


def test_share_of_a_whole_an_announcement_states_after_its_dividend_plan():
    text = ("公司拟向全体股东每10股派发现金红利2.00元（含税），共计派发现金红利2.40亿元，"
            "现金分红占归属于上市公司股东的净利润的比例为{}。\n"
            "二、报告期主要经营情况\n报告期内，公司实现营业收入96.30亿元，实现归属于上市公司股东的净利润8.00亿元。")
    assert ("ratio", "consistent", ["2.40亿元", "8.00亿元"], "30.00%") in checks_of(text.format("30.00%"))
    # (read after it, it only confirms)
    assert not any(c[0] == "ratio" and c[1] == "inconsistent" for c in checks_of(text.format("33.00%")))


def test_completion_rate_whose_target_names_the_actual_after_its_link():
    text = ("全年接待到馆读者120.0万人次，比上年增长8.1%。年度目标为到馆读者100万人次，全年完成率为{}。")
    assert ("ratio", "consistent", ["120.0万人次", "100万人次"], "120.0%") in checks_of(text.format("120.0%"))


def test_a_librarys_card_holders_over_the_people_it_serves():
    text = "累计有效持证读者30.0万人，按常住人口240.0万人计算，持证率为{}。"
    assert ("ratio", "consistent", ["30.0万人", "240.0万人"], "12.5%") in checks_of(text.format("12.5%"))
    assert ("ratio", "inconsistent", ["30.0万人", "240.0万人"], "21.5%") in checks_of(text.format("21.5%"))


def test_a_surveys_answers_counted_by_the_act_over_those_asked():
    text = "本月共调查厂商2,500家，有效回收2,250家，回收率{}。"
    assert ("ratio", "consistent", ["2,250家", "2,500家"], "90.0%") in checks_of(text.format("90.0%"))
    assert ("ratio", "inconsistent", ["2,250家", "2,500家"], "80.0%") in checks_of(text.format("80.0%"))


def test_share_of_a_total_worded_with_zong_before_or_after_the_measure():
    assets = ("截至6月底，強積金資產總值達10,000億港元，較3月底的9,500億港元增加5.3%。本季資產淨增加500億港元，"
              "當中淨供款100億港元、投資收益400億港元。股票基金資產為4,500億港元，佔強積金總資產的{}。")
    assert ("ratio", "consistent", ["4,500億港元", "10,000億港元"], "45.0%") in checks_of(assets.format("45.0%"))
    # (found by its name in another sentence, it only confirms)
    assert ("ratio", "unverifiable", ["4,500億港元", "10,000億港元"], "54.0%") in checks_of(assets.format("54.0%"))
    orders = ("11月外銷訂單金額為500.0億美元。資訊通信產品接單180.0億美元；電子產品145.0億美元，"
              "兩者合計325億美元，占外銷訂單總額的{}。")
    assert ("ratio", "consistent", ["325億美元", "500.0億美元"], "65.0%") in checks_of(orders.format("65.0%"))


def test_approval_rate_over_the_applications_not_over_those_granted():
    text = ("今年首三季共收到申請2,000宗，較去年同期的1,600宗增加25.0%。截至9月底，已批出申請1,700宗，"
            "不獲批准100宗，其餘200宗仍在審理中。批核率為{}。")
    assert ("ratio", "consistent", ["1,700宗", "2,000宗"], "85.0%") in checks_of(text.format("85.0%"))
    # (those refused are no numerator of it: 不获批准 is no 批准)
    assert not any(c[0] == "ratio" and "100宗" in c[2] for c in checks_of(text.format("85.0%")))


def test_the_months_of_a_quarter_add_up_to_the_quarters_total():
    text = ("2024年3月博彩毛收入为200.00亿元，按年增加20.0%（去年同期为166.67亿元），按月上升25.0%。"
            "2月份毛收入为160.00亿元，1月份为150.00亿元，首季累计毛收入{}亿元。")
    assert ("consistent", "510.00亿元", ["150.00亿元", "160.00亿元", "200.00亿元"]) in totals_of(text.format("510.00"))
    # (read by their periods, the months only confirm the total)
    assert not any(len(parts) == 3 for _, _, parts in totals_of(text.format("501.00")))
    # (nor are two months a quarter)
    two = text.replace("1月份为150.00亿元，", "")
    assert not any(len(parts) >= 2 for _, _, parts in totals_of(two.format("360.00")))


def test_the_quarters_of_a_half_year_add_up_to_its_total():
    text = "2024年第一季度公司营收10.0亿元，第二季度营收12.0亿元，上半年累计营收{}亿元。"
    assert ("consistent", "22.0亿元", ["10.0亿元", "12.0亿元"]) in totals_of(text.format("22.0"))
    assert not totals_of(text.format("23.0"))
