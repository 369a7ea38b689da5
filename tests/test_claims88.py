"""Claims found in session 88, by the articles written blind in it.  Invented sentences."""
from claims import checks_of


def _found(checks, kind, status, inputs):
    return any(c[0] == kind and c[1] == status and c[2] == inputs for c in checks)


def test_share_of_an_item_named_in_full_then_by_the_kind_of_its_measure():
    text = ("9月份車費總收入為21.20億港元。按服務劃分，本地綫、過境綫及機場綫分別錄得收入15.40億港元、4.20億港元及"
            "1.60億港元。過境綫車費收入佔總車費收入的{}。")
    assert ("ratio", "consistent", ["4.20億港元", "21.20億港元"], "19.81%") in checks_of(text.format("19.81%"))
    # (the whole is read by its name in another sentence: it only confirms)
    assert not any(c[0] == "ratio" for c in checks_of(text.format("18.91%")))


def test_share_of_an_item_whose_sales_are_named_by_another_word_for_revenue():
    text = ("全年鲜果销售收入20.00亿元。分渠道看，批发市场、电商平台和出口销售分别实现收入12.00亿元、5.00亿元、3.00亿元。"
            "电商销售额占鲜果销售收入的{}。")
    assert ("ratio", "consistent", ["5.00亿元", "20.00亿元"], "25.0%") in checks_of(text.format("25.0%"))
    assert ("ratio", "inconsistent", ["5.00亿元", "20.00亿元"], "52.0%") in checks_of(text.format("52.0%"))
    # (two items opening so: no one of them is named)
    both = text.replace("出口销售", "电商直播")
    assert not any(c[0] == "ratio" and c[2][0] == "5.00亿元" for c in checks_of(both.format("25.0%")))


def test_share_of_the_whole_of_the_period_its_paragraph_reports_on():
    text = ("2023年前三季度公司实现营业收入120.00亿元，同比增长5.2%。\n"
            "单季度来看，第三季度公司实现营业收入40.00亿元，同比下降3.1%。\n"
            "分产品看，前三季度液态奶收入90.00亿元。销售费用24.00亿元，占营业收入的{}。")
    assert ("ratio", "consistent", ["24.00亿元", "120.00亿元"], "20.00%") in checks_of(text.format("20.00%"))
    # (read paragraphs apart, it only confirms; never against the quarter's)
    assert ("ratio", "unverifiable", ["24.00亿元", "120.00亿元"], "30.00%") in checks_of(text.format("30.00%"))
    # (a paragraph of the quarter's figures takes the quarter's)
    quarter = text.replace("分产品看，前三季度", "分产品看，第三季度")
    assert ("ratio", "consistent", ["24.00亿元", "40.00亿元"], "60.00%") in checks_of(quarter.format("60.00%"))


def test_growth_against_the_final_accounts_in_a_closing_note():
    text = ("2023年，全县一般公共预算收入完成9.86亿元，比上年增长{}。其中，税收收入6.47亿元。\n"
            "二、支出情况\n全年一般公共预算支出31.64亿元。\n"
            "注：2022年全县一般公共预算收入决算数为9.23亿元。")
    assert ("growth", "consistent", ["9.86亿元", "9.23亿元"], "6.8%") in checks_of(text.format("6.8%"))
    # (read paragraphs apart, it only confirms)
    assert not _found(checks_of(text.format("8.6%")), "growth", "inconsistent", ["9.86亿元", "9.23亿元"])
    # (a note on two years before gives no base)
    older = text.replace("注：2022年", "注：2021年")
    assert not _found(checks_of(older.format("6.8%")), "growth", "consistent", ["9.86亿元", "9.23亿元"])


def test_growth_against_a_revised_estimate_for_a_month_named_by_its_date():
    text = "2024年3月零售業總銷貨價值的臨時估計為325.8億港元，較2023年3月的修訂估計319.1億港元上升{}。"
    assert ("growth", "consistent", ["325.8億港元", "319.1億港元"], "2.1%") in checks_of(text.format("2.1%"))
    assert ("growth", "inconsistent", ["325.8億港元", "319.1億港元"], "1.2%") in checks_of(text.format("1.2%"))


def test_share_of_the_month_named_as_the_whole_is_in_the_quarters_list():
    text = ("3月零售業總銷貨價值的臨時估計為325.8億港元。\n"
            "第一季零售業總銷貨價值臨時估計為1,052.3億港元；其中1月、2月及3月分別為361.2億港元、365.3億港元及325.8億港元。\n"
            "按零售商類別分析，珠寶首飾的銷貨價值為58.4億港元，佔總銷貨價值的{}。")
    assert ("ratio", "consistent", ["58.4億港元", "325.8億港元"], "17.9%") in checks_of(text.format("17.9%"))


def test_points_against_the_base_periods_rate_named_paragraphs_on():
    text = ("截至年底，全市农村卫生厕所普及率达到92.7%，比上年末提高{}个百分点。\n"
            "资金保障方面，全年投入改厕资金2.15亿元。\n"
            "另据统计，上年末全市农村卫生厕所普及率为88.2%。")
    assert ("difference", "consistent", ["92.7%", "88.2%"], "4.5个百分点") in checks_of(text.format("4.5"))
    # (read paragraphs apart, it only confirms)
    assert not any(c[0] == "difference" and c[1] == "inconsistent" for c in checks_of(text.format("5.4")))
    # (a rate of another name is no base)
    other = text.replace("上年末全市农村卫生厕所普及率", "上年末全市农村无害化厕所普及率")
    assert not any(c[0] == "difference" and c[1] == "consistent" for c in checks_of(other.format("4.5")))


def test_share_of_all_the_exports_a_total_names():
    text = ("今年前三季台灣工具機出口值為21.36億美元。\n"
            "依產品別觀察，金屬切削工具機出口17.05億美元；金屬成形工具機出口4.31億美元。\n"
            "中國大陸及香港仍為最大出口市場，出口額5.62億美元，占總出口的{}。")
    assert ("ratio", "consistent", ["5.62億美元", "21.36億美元"], "26.3%") in checks_of(text.format("26.3%"))
    # (read by the measure alone, it only confirms)
    assert not any(c[0] == "ratio" and c[1] == "inconsistent" and c[2][0] == "5.62億美元"
                   for c in checks_of(text.format("62.3%")))


def test_payout_rate_of_insurance_claims_paid_over_those_approved():
    text = "各承保機構核定理賠金額4.08億元，較去年同期增加53.96%；已撥付3.12億元，撥付率{}。"
    assert ("ratio", "consistent", ["3.12億元", "4.08億元"], "76.47%") in checks_of(text.format("76.47%"))
    assert ("ratio", "inconsistent", ["3.12億元", "4.08億元"], "74.67%") in checks_of(text.format("74.67%"))


def test_share_of_a_firm_named_in_short_then_by_the_lists_measure():
    text = ("上半年，园区快递业务量累计完成3.28亿件。分企业看，入驻园区的鸿运速递有限公司、安捷快运有限公司、"
            "飞鸽供应链管理有限公司业务量分别为1.12亿件、0.86亿件、0.57亿件。其中，鸿运速递业务量占园区总量的{}。")
    assert ("ratio", "consistent", ["1.12亿件", "3.28亿件"], "34.15%") in checks_of(text.format("34.15%"))
    # (the part is named, the whole read by its measure: a wrong rate is not taken for another firm's)
    assert not any(c[0] == "ratio" and c[1] == "consistent" for c in checks_of(text.format("26.22%")))


def test_share_of_a_channel_named_by_its_kind():
    text = ("全县沙糖桔鲜果销售额18.74亿元。从销售渠道看，经批发市场、电商平台和商超直供实现的销售额分别为9.86亿元、"
            "5.93亿元和2.95亿元。电商渠道销售额占全县鲜果销售额的{}。")
    assert ("ratio", "consistent", ["5.93亿元", "18.74亿元"], "31.6%") in checks_of(text.format("31.6%"))
    assert ("ratio", "inconsistent", ["5.93亿元", "18.74亿元"], "36.1%") in checks_of(text.format("36.1%"))
