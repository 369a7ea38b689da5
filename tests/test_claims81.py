"""Claims found in session 81, by the articles written blind in it."""
from claims import checks_of, totals_of

from extractor import extract


def test_parts_listed_by_who_did_them():
    text = "全年送检水样2,400份，分别由甲检测公司检测1,500份、市疾控中心检测{}份。"
    assert ("consistent", "2,400份", ["1,500份", "900份"]) in totals_of(text.format("900"))
    assert ("inconsistent", "2,400份", ["1,500份", "990份"]) in totals_of(text.format("990"))


def test_a_classification_by_grade():
    text = "全县现存古桥320座，其中石拱桥300座、木廊桥20座。石拱桥按年代分级，一级120座、二级{}座。"
    assert ("consistent", "300座", ["120座", "180座"]) in totals_of(text.format("180"))
    # (the total is found by agreement: parts that do not add up are not read as refuting it)
    assert not any(status == "consistent" and "160座" in parts for status, _, parts in totals_of(text.format("160")))


def test_rates_named_by_what_was_done():
    tagged = "全市登记在册的渔船队40支，已有30支渔船队挂牌“示范船队”，挂牌率{}。"
    assert ("ratio", "consistent", ["30支", "40支"], "75.0%") in checks_of(tagged.format("75.0%"))
    assert ("ratio", "inconsistent", ["30支", "40支"], "57.0%") in checks_of(tagged.format("57.0%"))
    freed = "全年接收救护野生动物500只。经救治，放归野生动物320只，放归率{}。"
    assert ("ratio", "consistent", ["320只", "500只"], "64.0%") in checks_of(freed.format("64.0%"))
    met = "全市共设监测点位80个，本月达标点位76个，达标率{}。"
    assert ("ratio", "consistent", ["76个", "80个"], "95.0%") in checks_of(met.format("95.0%"))
    paid = "下达农机补贴资金1,200万元。截至9月末，已拨付900万元，支付进度为{}。"
    assert ("ratio", "consistent", ["900万元", "1,200万元"], "75.0%") in checks_of(paid.format("75.0%"))
    certified = "全年举办培训班8期，培训学员400人，其中300人取得职业技能等级证书，持证率{}。"
    assert ("ratio", "consistent", ["300人", "400人"], "75.0%") in checks_of(certified.format("75.0%"))


def test_a_share_of_cases_named_by_the_act_done_to_them():
    text = "今年驳回申请150宗，全年共处理600宗，驳回个案占已处理个案的{}。"
    assert ("ratio", "consistent", ["150宗", "600宗"], "25.0%") in checks_of(text.format("25.0%"))
    assert ("ratio", "inconsistent", ["150宗", "600宗"], "52.0%") in checks_of(text.format("52.0%"))


def test_a_total_of_a_figure_joined_with_one_named_before():
    text = "全年批准申请450宗。另外，驳回申请150宗，连同批准个案，全年共处理{}宗。"
    assert ("consistent", "600宗", ["450宗", "150宗"]) in totals_of(text.format("600"))
    # (the second part is found by its name: read so, it confirms, never refutes)
    assert ("unverifiable", "650宗", ["450宗", "150宗"]) in totals_of(text.format("650"))


def test_points_of_a_share_named_again_by_a_pronoun():
    text = "线上渠道销售额3,000万元，占全年销售额的40.0%，这一比重较上年的{}提高5.0个百分点。"
    assert ("difference", "consistent", ["40.0%", "35.0%"], "5.0个百分点") in checks_of(text.format("35.0%"))
    assert ("difference", "inconsistent", ["40.0%", "33.0%"], "5.0个百分点") in checks_of(text.format("33.0%"))


def test_the_previous_value_in_the_next_sentence_by_its_year():
    text = ("来源：县融媒体中心　　发布时间：2025-03-10\n"
            "　　县财政今年安排非遗保护专项资金263.5万元，比上年增长{}，主要用于传承人补助。2024年，该项资金为212.5万元。")
    assert ("growth", "consistent", ["263.5万元", "212.5万元"], "24.0%") in checks_of(text.format("24.0%"))
    # (read from another sentence, the previous value confirms the rate, never refutes it)
    assert not any(c[0] == "growth" and c[1] == "consistent" for c in checks_of(text.format("29.0%")))


def test_a_change_after_the_rate_of_a_move_from_one_level_to_another():
    text = "公共充电桩由去年底的800个增至1,000个，增长25.0%，增加{}个。"
    assert ("difference", "consistent", ["1,000个", "800个"], "200个") in checks_of(text.format("200"))
    assert ("difference", "inconsistent", ["1,000个", "800个"], "210个") in checks_of(text.format("210"))


def test_a_list_whose_last_item_goes_on_to_a_stage_of_itself():
    text = "全年参考考生2,000人次。其中，笔试参考1,200人次；面试参考{}人次，通过400人次，通过率50.0%。"
    assert ("consistent", "2,000人次", ["1,200人次", "800人次"]) in totals_of(text.format("800"))
    assert ("ratio", "consistent", ["400人次", "800人次"], "50.0%") in checks_of(text.format("800"))
    assert not any("400人次" in parts for _, _, parts in totals_of(text.format("800")))


def test_a_scope_names_its_total_two_paragraphs_back():
    text = ("　　截至10月底，累计完成投资12.00亿元，为计划的80.0%。\n"
            "　　全市列入整治的河道20条，已完成整治16条。\n"
            "　　已完成的投资中，管网工程6.00亿元，清淤工程4.00亿元，生态修复{}亿元。")
    assert ("consistent", "12.00亿元", ["6.00亿元", "4.00亿元", "2.00亿元"]) in totals_of(text.format("2.00"))
    assert ("inconsistent", "12.00亿元", ["6.00亿元", "4.00亿元", "2.20亿元"]) in totals_of(text.format("2.20"))


def test_parts_of_a_scope_named_by_the_act_of_its_total():
    text = "全县摸排有意愿农户5,000户，已签约4,000户，签约率80.0%。签约农户中，已完工3,000户，其余{}户将于年底前完工。"
    assert ("consistent", "4,000户", ["3,000户", "1,000户"]) in totals_of(text.format("1,000"))
    assert ("inconsistent", "4,000户", ["3,000户", "1,100户"]) in totals_of(text.format("1,100"))


def test_the_amount_of_items_counted_then_summed_is_one_part():
    text = ("今年共批出合约5份，总值10.0亿港元。其中，甲公司承投3份，合共6.0亿港元；乙公司承投2份，合共{}亿港元。")
    assert ("consistent", "10.0亿港元", ["6.0亿港元", "4.0亿港元"]) in totals_of(text.format("4.0"))
    assert ("inconsistent", "10.0亿港元", ["6.0亿港元", "4.5亿港元"]) in totals_of(text.format("4.5"))
    # (a count of all the items before is no such item: its amount is their total)
    total = "其中A项目5亿元、B项目3亿元，共2个项目，合计{}亿元。"
    assert ("consistent", "8亿元", ["5亿元", "3亿元"]) in totals_of(total.format("8"))


def test_a_rate_of_the_figure_its_sentence_opens_on_by_name():
    text = "依收购类别区分，计划收购6.00亿元；辅导收购3.00亿元。辅导收购部分，本期预算4.00亿元，执行率{}。"
    assert ("ratio", "consistent", ["3.00亿元", "4.00亿元"], "75.0%") in checks_of(text.format("75.0%"))
    assert ("ratio", "inconsistent", ["3.00亿元", "4.00亿元"], "70.0%") in checks_of(text.format("70.0%"))


def test_a_share_of_an_item_a_fenbie_list_names():
    text = ("　　全市尚待审批的申请共2,000宗。按区域划分，东区、西区及南区分别有{}宗、600宗及400宗，"
            "其余200宗由其他部门处理；东区所占比重为40.0%。")
    assert ("ratio", "consistent", ["800宗", "2,000宗"], "40.0%") in checks_of(text.format("800"))
    # (the item of the list the name points to, not the nearest figure)
    assert not any(c[0] == "ratio" and "200宗" in c[2] for c in checks_of(text.format("800")))


def test_a_nested_list_opened_by_what_it_lists_breaks_its_part_down():
    text = ("全年总产值为澳门币8.00亿元，按年上升5.0%。其中出口额3.00亿元，占总产值的37.5%，"
            "出口市场分别为内地1.20亿元、东盟0.80亿元及其他地区{}亿元。")
    assert ("consistent", "3.00亿元", ["1.20亿元", "0.80亿元", "1.00亿元"]) in totals_of(text.format("1.00"))
    assert ("inconsistent", "3.00亿元", ["1.20亿元", "0.80亿元", "1.10亿元"]) in totals_of(text.format("1.10"))
    assert not any(total == "澳门币8.00亿元" for _, total, _ in totals_of(text.format("1.00")))


def test_a_share_after_a_part_of_a_list_that_adds_up():
    text = "全年拆解废旧家电500万台。分品类看，电视机200万台，占{}；电冰箱150万台；洗衣机100万台；空调器50万台。"
    assert ("ratio", "consistent", ["200万台", "500万台"], "40.0%") in checks_of(text.format("40.0%"))
    # (the list is all of its total and adds up to it: the text ties the share to it, so it may refute)
    assert ("ratio", "inconsistent", ["200万台", "500万台"], "45.0%") in checks_of(text.format("45.0%"))


def test_points_past_an_aside_on_the_rates_whole():
    text = "全区课后服务参与学生4.50万人，参与率90.0%（在校生5.00万人），比上学年同期的{}提高5.0个百分点。"
    assert ("difference", "consistent", ["90.0%", "85.0%"], "5.0个百分点") in checks_of(text.format("85.0%"))
    assert ("difference", "inconsistent", ["90.0%", "84.0%"], "5.0个百分点") in checks_of(text.format("84.0%"))
    assert ("ratio", "consistent", ["4.50万人", "5.00万人"], "90.0%") in checks_of(text.format("85.0%"))


def test_a_channel_listed_with_shops_is_no_bound():
    text = "全年销售收入30.00亿元。分渠道看，电商平台8.00亿元；线下批发及商超{}亿元；出口4.00亿元。"
    assert ("consistent", "30.00亿元", ["8.00亿元", "18.00亿元", "4.00亿元"]) in totals_of(text.format("18.00"))
    assert ("inconsistent", "30.00亿元", ["8.00亿元", "19.00亿元", "4.00亿元"]) in totals_of(text.format("19.00"))


def test_a_part_taken_by_a_body_with_zhan():
    text = "各部门合共为20,000棵树木完成评估。按部门划分，康乐及文化事务署占9,000棵；路政署6,000棵；其他部门{}棵。"
    assert ("consistent", "20,000棵", ["9,000棵", "6,000棵", "5,000棵"]) in totals_of(text.format("5,000"))
    assert ("inconsistent", "20,000棵", ["9,000棵", "6,000棵", "5,500棵"]) in totals_of(text.format("5,500"))


def test_a_completion_of_the_count_a_growth_names_by_its_act():
    text = "全年完成审批40宗，其中批准注册30宗、不予批准10宗。批准数目较2023年的24宗增长25.0%，为年度目标25宗的{}。"
    assert ("growth", "consistent", ["30宗", "24宗"], "25.0%") in checks_of(text.format("120%"))
    assert ("ratio", "consistent", ["30宗", "25宗"], "120%") in checks_of(text.format("120%"))
    assert ("ratio", "inconsistent", ["30宗", "25宗"], "125%") in checks_of(text.format("125%"))


def test_rates_of_posts_and_rescues():
    posts = "全县开发乡村公益性岗位2,000个；目前在岗1,800人，在岗率为{}。"
    assert ("ratio", "consistent", ["1,800人", "2,000个"], "90.0%") in checks_of(posts.format("90.0%"))
    saved = "全年实施心肺复苏现场救助8起，其中6起成功挽救患者生命，成功率为{}。"
    assert ("ratio", "consistent", ["6起", "8起"], "75.0%") in checks_of(saved.format("75.0%"))


def test_a_share_named_by_an_item_whose_list_ends_with_and_others():
    # (等其他农资 is the last item's; the measure, 销售额, is every item's: 化肥销售额)
    text = ("全年实现农资销售额50.00亿元。分品类看，化肥、农药、种子和农膜等其他农资销售额分别为30.00亿元、10.00亿元、"
            "6.00亿元和4.00亿元，化肥所占比重为{}。")
    assert ("ratio", "consistent", ["30.00亿元", "50.00亿元"], "60.0%") in checks_of(text.format("60.0%"))
    named = {f.text: f.indicator for f in extract(text.format("60.0%")).figures}
    assert (named["30.00亿元"], named["10.00亿元"]) == ("化肥销售额", "农药销售额")
    # (its whole is unnamed and read by agreement: a wrong rate finds none, so it is not confirmed)
    assert not any(c[0] == "ratio" and c[1] == "consistent" for c in checks_of(text.format("66.0%")))


def test_a_growth_of_the_count_of_an_act_named_by_its_classifier():
    text = "全年成交1,286宗，成交金额5.27亿元。成交宗数比上年增加164宗，增长{}。"
    assert ("growth", "consistent", ["1,286宗", "164宗"], "14.6%") in checks_of(text.format("14.6%"))
