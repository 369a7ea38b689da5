"""Claims found in session 67, by the articles written blind in it."""
from claims import checks_of


def test_the_plans_investment_is_the_whole_investment_of_the_projects_it_takes_in():
    text = ("全区纳入年度改造计划的项目共28个，总投资3.60亿元，计划改造供水管网95公里。\n"
            "截至10月底，已开工26个。累计完成投资2.88亿元，为年度计划投资的{}。")
    assert ("ratio", "consistent", ["2.88亿元", "3.60亿元"], "80.0%") in checks_of(text.format("80.0%"))
    assert ("ratio", "inconsistent", ["2.88亿元", "3.60亿元"], "88.0%") in checks_of(text.format("88.0%"))
    # (a project's whole investment is no plan's unless a plan takes the projects in)
    loose = "全区共有项目28个，总投资3.60亿元。\n累计完成投资2.88亿元，为年度计划投资的88.0%。"
    assert not any(status == "inconsistent" for _, status, _, _ in checks_of(loose))
