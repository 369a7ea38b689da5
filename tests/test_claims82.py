"""Claims found in session 82, by the articles written blind in it."""
from claims import checks_of


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
