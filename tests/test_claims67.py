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


def test_previous_values_listed_in_the_next_sentence_or_by_the_year_before():
    text = "全年实现营业收入12.5亿元、利润总额1.8亿元，分别增长{}和12.5%。上年同期，上述指标分别为11.5亿元和1.6亿元。"
    assert ("growth", "consistent", ["12.5亿元", "11.5亿元"], "8.7%") in checks_of(text.format("8.7%"))
    assert ("growth", "inconsistent", ["12.5亿元", "11.5亿元"], "6.8%") in checks_of(text.format("6.8%"))
    named = "2024年第三季度出口額為120億元、進口額為80億元，分別增長9.1%和{}；{}年同季分別為110億元和75億元。"
    assert ("growth", "inconsistent", ["80億元", "75億元"], "9.6%") in checks_of(named.format("9.6%", 2023))
    # (a year two years back is no base of a rate of the year before)
    assert not any(kind == "growth" and status != "unverifiable"
                   for kind, status, _, _ in checks_of(named.format("9.6%", 2022)))


def test_changes_in_points_of_rates_named_one_by_one_against_bases_listed_after():
    text = ("9月底普通股權益比率為12.84%，第一類資本比率14.26%，資本適足率16.35%，較6月底分別提升0.21個百分點、"
            "{}個百分點及0.15個百分點（6月底依序為12.63%、14.08%及16.20%）。")
    checks = checks_of(text.format("0.18"))
    assert ("difference", "consistent", ["12.84%", "12.63%"], "0.21個百分點") in checks
    assert ("difference", "consistent", ["14.26%", "14.08%"], "0.18個百分點") in checks
    assert ("difference", "consistent", ["16.35%", "16.20%"], "0.15個百分點") in checks
    assert ("difference", "inconsistent", ["14.26%", "14.08%"], "0.81個百分點") in checks_of(text.format("0.81"))


def test_loans_overdue_are_no_numerator_of_the_loan_to_deposit_ratio_but_of_their_own():
    text = "截至9月底放款總額17,940億元；逾期放款28.70億元，逾放比{}。存款總額22,415億元，存放比為{}。"
    checks = checks_of(text.format("0.16%", "80.0%"))
    assert ("ratio", "consistent", ["17,940億元", "22,415億元"], "80.0%") in checks
    assert ("ratio", "consistent", ["28.70億元", "17,940億元"], "0.16%") in checks
    assert ("ratio", "inconsistent", ["28.70億元", "17,940億元"], "0.61%") in checks_of(text.format("0.61%", "80.0%"))


def test_a_part_named_again_by_the_act_and_unit_of_its_total_is_the_level_of_its_rates():
    text = ("八月抵港船隻共5,274艘次，其中遠洋輪船1,862艘次，內河船3,412艘次。遠洋輪船抵港艘次按年減少4.1%"
            "（去年同月為1,942艘次）；內河船抵港艘次較去年同月增加205艘次，升幅為{}。")
    checks = checks_of(text.format("6.4%"))
    assert ("growth", "consistent", ["1,862艘次", "1,942艘次"], "4.1%") in checks
    assert ("growth", "consistent", ["3,412艘次", "205艘次"], "6.4%") in checks
    assert ("growth", "inconsistent", ["3,412艘次", "205艘次"], "4.6%") in checks_of(text.format("4.6%"))
