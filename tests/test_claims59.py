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
