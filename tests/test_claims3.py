"""Claims worded as in project-construction and trade reports: a plan beside what was
done (计划新开工项目58个，实际新开工51个), a share of a whole written with words its
name drops (占累计完成投资的), and a share that is no completion though 完成 is in it."""
import pytest

from claims import checks_of
from extractor import extract


@pytest.mark.parametrize("rate, status", [("87.9%", "consistent"), ("97.9%", "inconsistent")])
def test_a_start_rate_divides_by_the_plan(rate, status):
    # (was 51 / 126, all the projects, a false alarm: the plan of new starts holds 开工 too)
    text = f"全县纳入重点项目126个。全县计划新开工项目58个，实际新开工51个，开工率{rate}。"
    assert checks_of(text) == [("ratio", status, ["51个", "58个"], rate)]


def test_a_plan_is_no_whole_of_what_was_done():
    # (was 29 / 58, the plan, a false alarm)
    text = "全县计划新开工项目58个，实际新开工51个。其中，亿元以上项目新开工29个，占新开工项目的56.9%。"
    assert all(c[1] != "inconsistent" for c in checks_of(text))
    assert [f.role for f in extract(text).figures if f.text == "58个"] == ["target"]


@pytest.mark.parametrize("text, expected", [
    # the whole is the figure written after 累计完成投资, not the nearer part named 完成投资
    # (one of another sentence confirms only)
    ("前三季度，全县累计完成投资152.3亿元；县级重点项目完成投资42.6亿元，社会民生项目完成投资36.1亿元，"
     "占累计完成投资的23.7%。", [("ratio", "consistent", ["36.1亿元", "152.3亿元"], "23.7%")]),
    ("前三季度，全县累计完成投资152.3亿元；县级重点项目完成投资42.6亿元，社会民生项目完成投资36.1亿元，"
     "占累计完成投资的33.7%。", [("ratio", "unverifiable", ["36.1亿元", "152.3亿元"], "33.7%")]),
    # 规上 is 规模以上 (and 限上 限额以上): one measure by its short name
    ("其中，高新技术产业增加值68.5亿元，占规模以上工业增加值的比重为42.8%，规上工业增加值160.1亿元。",
     [("ratio", "consistent", ["68.5亿元", "160.1亿元"], "42.8%")]),
    # the whole in the sentence after the share, in its paragraph: it confirms, never refutes
    ("第三产业增加值完成210.6亿元，占GDP的比重达54.5%。全年GDP为386.4亿元。",
     [("ratio", "consistent", ["210.6亿元", "386.4亿元"], "54.5%")]),
    ("第三产业增加值完成210.6亿元，占GDP的比重达58.5%。全年GDP为386.4亿元。",
     [("ratio", "unverifiable", ["210.6亿元", "386.4亿元"], "58.5%")]),
    ("第三产业增加值完成210.6亿元，占GDP的比重达54.5%。\n全年GDP为386.4亿元。", []),
    # the base year named by the rate's own comparison (比2023年同期) holds for the value after it
    ("一般公共预算收入完成32.6亿元，同比增长8.5%，比2023年同期增长15.2%，2023年同期为28.3亿元。",
     [("growth", "consistent", ["32.6亿元", "28.3亿元"], "15.2%")]),
    ("一般公共预算收入完成32.6亿元，比2023年同期增长25.2%，2023年同期为28.3亿元。",
     [("growth", "inconsistent", ["32.6亿元", "28.3亿元"], "25.2%")]),
    # another year than the one compared with is no base
    ("一般公共预算收入完成32.6亿元，比2022年同期增长15.2%，2023年同期为28.3亿元。", []),
])
def test_claims_checked_as_stated(text, expected):
    assert checks_of(text) == expected


def test_a_share_of_work_done_is_no_completion():
    # 占…完成投资的 is a share; it was read as a completion with no target
    text = "全县累计完成投资152.3亿元。社会民生项目完成投资36.1亿元，占累计完成投资的23.7%。"
    assert [(c[0], c[3]) for c in checks_of(text)] == [("ratio", "23.7%")]
    assert [f.role for f in extract(text).figures if f.text == "23.7%"] == ["share"]


def test_items_of_the_parts_own_list_leave_room_for_the_whole():
    """The whole of an unnamed 占7.8% is read among the nearest figures that could be it;
    the items before the part in its own ；-list no longer use those tries up (the last
    item's share had no check: its whole, 1,268.4, was the ninth figure back)."""
    text = ("今年前10个月，全市货物贸易进出口总值1,268.4亿元。其中，出口872.5亿元；进口395.9亿元。贸易顺差476.6亿元。\n"
            "从贸易方式看，一般贸易进出口886.2亿元，占69.9%；加工贸易进出口231.7亿元，占18.3%；保税物流进出口150.5亿元，占11.9%。\n"
            "从经营主体看，民营企业进出口812.3亿元，占64.0%；外商投资企业进出口356.8亿元，占28.1%；"
            "国有企业进出口99.3亿元，占{}。")
    assert [c for c in checks_of(text.format("7.8%")) if c[3] == "7.8%"] == [
        ("ratio", "consistent", ["99.3亿元", "1,268.4亿元"], "7.8%")]


def test_rates_of_a_fenbie_run_against_a_quarters_target():
    """分别完成季度目标任务的p%和q%: a quarter's target as a year's; and a target stated after
    the run for another measure (到位资金's 550) is not theirs: the claims stay, unverifiable
    (there were none)."""
    text = ("一季度，全市共签约招商项目84个，协议总投资526.3亿元，分别完成季度目标任务的105.0%和98.2%。"
            "实际到位资金138.6亿元，完成年度目标550亿元的25.2%。")
    assert checks_of(text) == [
        ("ratio", "unverifiable", ["84个"], "105.0%"), ("ratio", "unverifiable", ["526.3亿元"], "98.2%"),
        ("ratio", "consistent", ["138.6亿元", "550亿元"], "25.2%")]


@pytest.mark.parametrize("total", ["84个", "94个"])
def test_the_rest_taken_together_is_a_part_of_the_list(total):
    """其他县区合计签约项目18个 is the last item (合计 after 其他 totals the rest), not the
    list's own total that ends it before (the four items before it were unverifiable).  Parts
    that fall short of a total in another sentence, not said to be all of it, do not refute."""
    text = (f"一季度，全市共签约招商项目{total}。分县区看，青川区签约项目21个；临江区签约项目18个；"
            "东山县签约项目15个；西岭县签约项目12个；其他县区合计签约项目18个。")
    status = "consistent" if total == "84个" else "unverifiable"
    assert [c for c in checks_of(text) if c[0] == "sum"] == [
        ("sum", status, ["21个", "18个", "15个", "12个", "18个"], None)]


@pytest.mark.parametrize("rate, status", [("62.5%", "consistent"), ("65.5%", "inconsistent")])
def test_the_part_of_a_share_is_no_change_before_it(rate, status):
    # (was 278.42 / 3,862.47, the change since January: a false alarm)
    text = (f"9月末，各项存款余额3,862.47亿元。其中，住户存款余额2,415.36亿元，比年初增加278.42亿元，"
            f"占各项存款余额的{rate}。")
    assert checks_of(text) == [("ratio", status, ["2,415.36亿元", "3,862.47亿元"], rate)]


@pytest.mark.parametrize("rate, status", [("80.9%", "consistent"), ("85.9%", "inconsistent")])
def test_a_change_in_points_is_no_operand_of_a_named_rate(rate, status):
    # 增速比各项贷款高10.2个百分点 ends with 各项贷款 too (the rate had no check)
    text = (f"各项存款余额3,862.47亿元。各项贷款余额3,125.68亿元，同比增长11.2%。普惠小微贷款余额485.32亿元，"
            f"同比增长21.4%，增速比各项贷款高10.2个百分点。全市存贷比为{rate}。")
    assert [c for c in checks_of(text) if c[3] == rate] == [("ratio", status, ["3,125.68亿元", "3,862.47亿元"], rate)]


@pytest.mark.parametrize("total, status", [("43个", "consistent"), ("41个", "inconsistent")])
def test_a_part_in_brackets_is_no_item_of_the_list(total, status):
    """工业项目29个（含亿元以上项目12个）: the 12 are some of the 29, not a fourth item (the list
    was read as overlapping categories, unverifiable)."""
    text = f"新开工项目{total}，其中工业项目29个（含亿元以上项目12个），服务业项目11个，农业项目3个，均已开工。"
    assert [c for c in checks_of(text) if c[0] == "sum"] == [("sum", status, ["29个", "11个", "3个"], None)]


@pytest.mark.parametrize("total, status", [("413个", "consistent"), ("412个", "inconsistent")])
def test_the_rest_named_by_the_wholes_name_does_not_blur_a_breakdown(total, status):
    """其他卫生机构16个 counts 卫生机构, the whole's name, but it is the rest of the whole, not
    the whole again: the breakdown can refute (it was inferred, unverifiable)."""
    text = f"年末全县共有卫生机构{total}，其中医院18个、乡镇卫生院23个、村卫生室356个、其他卫生机构16个。"
    assert [c for c in checks_of(text) if c[0] == "sum"] == [("sum", status, ["18个", "23个", "356个", "16个"], None)]


@pytest.mark.parametrize("pp, expected", [("1.9", [("difference", "consistent", ["8.1%", "6.2%"], "1.9个百分点")]),
                                          ("2.9", [("difference", "inconsistent", ["8.1%", "6.2%"], "2.9个百分点")])])
def test_a_rate_above_another_stated_right_after_it(pp, expected):
    """增速高于城镇居民1.9个百分点，城镇居民人均可支配收入增长6.2%: the other rate follows in the
    sentence, which names both rates and so ties them: a mismatch is flagged (it was read as
    confirming only, and 2.9 gave no check)."""
    text = f"农村居民人均可支配收入18,652元，增长8.1%，增速高于城镇居民{pp}个百分点，城镇居民人均可支配收入增长6.2%。"
    assert [c for c in checks_of(text) if c[0] == "difference"] == expected
