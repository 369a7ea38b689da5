"""Claims found in session 57, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_a_firms_share_of_a_city_total_is_of_its_own_figure_of_that_measure():
    text = ("今年上半年，该公司实现修船产值18.9亿元。截至6月末，舟湾重工手持修船改装订单金额23.6亿元。"
            "据协会统计，上半年全市修船企业共完成修船产值52.4亿元，舟湾重工占{}。")
    assert ("ratio", "consistent", ["18.9亿元", "52.4亿元"], "36.1%") in checks_of(text.format("36.1%"))
    # (read by the measure alone, the part confirms only: never the firm's other figure refuted)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("45.0%")))


def test_a_list_item_named_by_what_the_project_does():
    text = ("全镇新签约文旅项目4个，签约总额{}亿元，分别为温泉康养综合体三期12亿元、汤泉研学营地8.5亿元、"
            "温泉民宿集群5.3亿元和温泉主题街区提升2.8亿元。")
    assert ("consistent", "28.6亿元", ["12亿元", "8.5亿元", "5.3亿元", "2.8亿元"]) in totals_of(text.format("28.6"))
    assert ("inconsistent", "26.8亿元", ["12亿元", "8.5亿元", "5.3亿元", "2.8亿元"]) in totals_of(text.format("26.8"))
    # (a change after a comma is still no item of a list of levels)
    assert not any("498.21亿元" in parts for _, _, parts in totals_of(
        "其中住户存款余额5108.77亿元、非金融企业存款1200.5亿元，比年初增加498.21亿元。"))


def test_a_classification_by_operator_names_some_of_them():
    text = ("全年征收车辆通行费312.64亿元。分经营主体看，泷江交通投资集团有限公司所属路段收费212.40亿元，"
            "占全省的67.9%；泷江高速公路股份有限公司收费67.85亿元。")
    assert not any(status == "inconsistent" for status, *_ in totals_of(text))
    # (a cut by the kind of firm is still all of them)
    kinds = "全年完成投资100亿元。按企业类型分，国有企业投资60亿元，民营企业投资{}亿元。"
    assert ("inconsistent", "100亿元", ["60亿元", "45亿元"]) in totals_of(kinds.format("45"))


def test_a_whole_named_in_the_headline_is_the_bodys_figure():
    text = ("全年售电收入1.26亿元\n2026-01-14\n"
            "全县28家发电企业实现售电收入1.26亿元，比上年增加1,850万元。分售电对象看，向供电公司上网售电9,368万元，"
            "占售电收入的74.3%；直供园区工业用户2,174万元；直供农村居民1,058万元。")
    checks = checks_of(text)
    assert ("ratio", "consistent", ["9,368万元", "1.26亿元"], "74.3%") in checks
    body = text.index("1.26亿元", text.index("\n"))
    from extractor import extract
    article = extract(text)
    by_id = {f.id: f for f in article.figures}
    totals = [by_id[c.total] for c in article.checks if c.kind == "sum"]
    assert totals and all(t.start == body for t in totals)


def test_a_previous_season_stated_after_the_rate_of_a_season_of_months():
    text = ("2025—2026雪季（2025年11月至2026年3月），全市冰雪旅游接待游客1,286.4万人次，比上雪季增长{}，"
            "上雪季为1,057.8万人次。")
    assert ("growth", "consistent", ["1,286.4万人次", "1,057.8万人次"], "21.6%") in checks_of(text.format("21.6%"))
    assert ("growth", "inconsistent", ["1,286.4万人次", "1,057.8万人次"], "26.1%") in checks_of(text.format("26.1%"))
    # (a year is no season: months of it are compared with the same months only)
    assert not checks_of("1-9月，全市接待游客1,286.4万人次，比上年度增长21.6%，上年度为1,057.8万人次。")
