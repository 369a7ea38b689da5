"""Claims found in session 70, by the articles written blind in it."""
import pytest

from claims import checks_of, totals_of


def test_second_in_rank_is_no_count_of_visits():
    text = ("本季新登記求職人數共計5,930人。分站觀察，北區站求職2,104人最多，南區站1,873人次之，"
            "海線站及山線站分別為1,122人、{}人。")
    assert ("consistent", "5,930人", ["2,104人", "1,873人", "1,122人", "831人"]) in totals_of(text.format("831"))
    assert ("inconsistent", "5,930人", ["2,104人", "1,873人", "1,122人", "813人"]) in totals_of(text.format("813"))


def test_visits_said_to_be_many_stay_visits():
    totals = totals_of("全年接待游客达5000人次之多，其中外地游客3200人次、本地游客1800人次。")
    assert ("consistent", "5000人次之多", ["3200人次", "1800人次"]) in totals


def test_a_job_fair_match_rate_is_over_the_vacancies_it_offered():
    text = "辦理徵才活動12場，提供職缺2,640個，初步媒合918人，媒合率{}。"
    assert ("ratio", "consistent", ["918人", "2,640個"], "34.8%") in checks_of(text.format("34.8%"))
    assert ("ratio", "inconsistent", ["918人", "2,640個"], "43.8%") in checks_of(text.format("43.8%"))


def test_a_part_refused_is_no_part_a_rate_of_the_granted_is_named_by():
    text = ("作出认定结论2,150件，结案率97.3%。在作出结论的案件中，认定工伤2,036件，不予认定114件，认定率为94.7%。")
    checks = checks_of(text)
    assert not [c for c in checks if c[1] == "inconsistent"]
    assert not [c for c in checks if c[0] == "ratio" and "114件" in c[2]]


def test_a_margin_is_of_the_part_its_sentence_opens_on():
    text = ("上半年三家企业合计实现售水收入8.40亿元，其中青澜水务有限公司（以下简称“青澜水务”）4.62亿元、"
            "东屿供水股份有限公司2.35亿元、港城环境集团有限公司1.43亿元。青澜水务实现毛利1.18亿元，毛利率{}。")
    assert ("ratio", "consistent", ["1.18亿元", "4.62亿元"], "25.5%") in checks_of(text.format("25.5%"))
    assert ("ratio", "inconsistent", ["1.18亿元", "4.62亿元"], "14.0%") in checks_of(text.format("14.0%"))


def test_a_list_of_spaces_with_the_garages_counted_beside_them():
    text = ("全年新增公共停车泊位9,870个，完成年度目标8,000个的123.4%。其中，新建立体停车库6座、泊位2,410个；"
            "利用闲置地块建设平面停车场35处、泊位4,206个；施划路内临时停车泊位{}个。")
    assert ("consistent", "9,870个", ["2,410个", "4,206个", "3,254个"]) in totals_of(text.format("3,254"))
    assert ("inconsistent", "9,870个", ["2,410个", "4,206个", "3,524个"]) in totals_of(text.format("3,524"))


def test_a_list_that_goes_on_past_its_items_ties_no_total():
    text = ("全县林下经济实现产值28.6亿元。分模式看，林下种植产值12.1亿元，占比42.3%；林下养殖产值8.4亿元；"
            "林产品采集加工产值4.9亿元；森林康养增长最快，产值3.2亿元，同比增长14.3%（上年为2.8亿元）。")
    assert not [t for t in totals_of(text) if t[0] == "inconsistent"]


def test_a_rate_named_by_what_was_declared_after_a_verb_of_doing():
    text = "全县存在职业病危害因素的企业2,310家，已完成职业病危害项目申报2,196家，申报率{}。"
    assert ("ratio", "consistent", ["2,196家", "2,310家"], "95.1%") in checks_of(text.format("95.1%"))
    assert ("ratio", "inconsistent", ["2,196家", "2,310家"], "91.5%") in checks_of(text.format("91.5%"))


def test_a_rate_named_by_the_act_a_part_is_said_to_have_done():
    text = "全区具备开放条件的中小学校128所，已向社会开放107所，开放率{}。"
    assert ("ratio", "consistent", ["107所", "128所"], "83.6%") in checks_of(text.format("83.6%"))
    assert ("ratio", "inconsistent", ["107所", "128所"], "86.3%") in checks_of(text.format("86.3%"))


@pytest.mark.parametrize("text, inputs, rate, wrong", [
    ("本季新登記求職人數4,512人。本季經推介就業人數2,803人，求職就業率{}。", ["2,803人", "4,512人"], "62.1%", "61.2%"),
    ("本季新登記求才人數7,240人。求才廠商僱用人數3,915人，求才利用率{}。", ["3,915人", "7,240人"], "54.1%", "45.1%"),
    ("全年提出檢控986宗，其中871宗被定罪，定罪率為{}。", ["871宗", "986宗"], "88.3%", "83.8%"),
    ("屋宇署累計向5,412幢目標樓宇的業主發出法定通知，當中已遵從通知的樓宇有3,716幢，遵從率為{}。",
     ["3,716幢", "5,412幢"], "68.7%", "86.7%"),
    ("全年共受理工伤认定申请2,204件，作出认定结论2,150件，结案率{}。", ["2,150件", "2,204件"], "97.5%", "95.7%"),
])
def test_rates_known_by_name(text, inputs, rate, wrong):
    assert ("ratio", "consistent", inputs, rate) in checks_of(text.format(rate))
    assert ("ratio", "inconsistent", inputs, wrong) in checks_of(text.format(wrong))


def test_a_change_with_the_year_before_named_by_its_number_in_brackets():
    text = "2024年，全县共发生森林火情4起，比上年减少{}起（2023年为11起）。"
    assert ("difference", "consistent", ["4起", "11起"], "7起") in checks_of(text.format("7"))
    assert ("difference", "inconsistent", ["4起", "11起"], "6起") in checks_of(text.format("6"))
    # (a year that is not the one before names no base of 上年)
    assert not [c for c in checks_of(text.format("7").replace("2023年为", "2022年为")) if c[0] == "difference"]


def test_a_change_in_points_with_the_year_before_by_the_republic_s_calendar():
    text = "113年全國投保漁船9,412艘，占在籍動力漁船10,230艘的92.0%，較前一年提高{}個百分點（112年為89.7%）。"
    assert ("difference", "consistent", ["92.0%", "89.7%"], "2.3個百分點") in checks_of(text.format("2.3"))
    assert ("difference", "inconsistent", ["92.0%", "89.7%"], "3.2個百分點") in checks_of(text.format("3.2"))
    assert not [c for c in checks_of(text.format("2.3").replace("112年為", "111年為")) if c[0] == "difference"]


def test_a_completion_rate_named_by_its_task_before_its_change_in_points():
    text = "2024年已完成调查6.12万宗，占宅基地总数6.48万宗的94.4%，调查完成率比上年末（81.9%）提高{}个百分点。"
    assert ("difference", "consistent", ["94.4%", "81.9%"], "12.5个百分点") in checks_of(text.format("12.5"))
    assert ("difference", "inconsistent", ["94.4%", "81.9%"], "15.2个百分点") in checks_of(text.format("15.2"))


def test_a_growth_after_a_semicolon_opening_on_its_base_is_of_the_level_before():
    text = ("今年以来，全县盘活闲置农房1,452宗，超额完成年度计划1,300宗的任务，完成率111.7%；"
            "与上年同期的1,180宗相比，增长{}。")
    assert ("growth", "consistent", ["1,452宗", "1,180宗"], "23.1%") in checks_of(text.format("23.1%"))
    assert ("growth", "inconsistent", ["1,452宗", "1,180宗"], "32.1%") in checks_of(text.format("32.1%"))


@pytest.mark.parametrize("text, inputs, rate, wrong", [
    ("2024年，区人民政府行政复议办公室共收到行政复议申请942件。经审查，受理865件，受理率{}。",
     ["865件", "942件"], "91.8%", "98.1%"),
    ("全年审结813件，其中维持506件、直接纠错97件、调解和解后终止210件。直接纠错率为{}。", ["97件", "813件"], "11.9%", "19.1%"),
    ("全年审结813件，其中维持506件、直接纠错97件、调解和解后终止210件。调解和解率{}。", ["210件", "813件"], "25.8%", "28.5%"),
    ("全区各级行政机关作为被告的一审行政诉讼案件412件。行政机关负责人出庭应诉398件，出庭应诉率{}。",
     ["398件", "412件"], "96.6%", "69.6%"),
    ("113年會同各地方政府對僱用移工之事業單位實施勞動檢查9,310場次，查有違規者688場次，違規率{}。",
     ["688場次", "9,310場次"], "7.4%", "4.7%"),
    ("全市共检查医疗机构3,260家次，发现存在问题的241家次，问题检出率{}。", ["241家次", "3,260家次"], "7.4%", "4.7%"),
])
def test_rates_of_reviews_lawsuits_and_inspections(text, inputs, rate, wrong):
    assert ("ratio", "consistent", inputs, rate) in checks_of(text.format(rate))
    assert ("ratio", "inconsistent", inputs, wrong) in checks_of(text.format(wrong))
