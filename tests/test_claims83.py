"""Claims found in session 83, by the articles written blind in it."""
from claims import checks_of, totals_of


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
