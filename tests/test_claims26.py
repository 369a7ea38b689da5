"""Claims found by the batches of articles written blind in session 41 (a county's half year, a
rural revitalization fund, an earnings forecast and buyback, a Hong Kong interim report, a city's
work report, car output, a signing ceremony, inclusive lending, a customs district, a holiday,
an association's annual meeting, a Taiwan company's monthly revenue, a township's investment
promotion, employment, science and technology, housing)."""
import pytest

from claims import checks_of, totals_of


@pytest.mark.parametrize("total, status", [("236間", "consistent"), ("263間", "inconsistent")])
def test_the_base_of_a_comparison_is_no_total_of_the_parts_after_it(total, status):
    text = f"截至6月底，集團共經營餐廳{total}，較去年底的222間淨增14間，其中香港112間、內地103間、澳門及海外21間。"
    assert (status, total, ["112間", "103間", "21間"]) in totals_of(text)
    assert not any(t == "222間" for _, t, _ in totals_of(text))


@pytest.mark.parametrize("low, status", [("0.74%", "consistent"), ("0.47%", "inconsistent")])
def test_the_whole_stated_inside_a_distributed_share_cue(low, status):
    text = ("预计回购股份数量下限为156.25万股、上限为312.50万股，"
            f"分别占公司目前总股本21,150万股的{low}和1.48%。")
    checks = checks_of(text)
    assert ("ratio", status, ["156.25万股", "21,150万股"], low) in checks
    assert ("ratio", "consistent", ["312.50万股", "21,150万股"], "1.48%") in checks


def test_imports_are_no_part_of_the_exports_they_follow():
    text = ("前三季度，全市出口712.35亿元，增长11.6%；进口374.12亿元，增长2.4%。"
            "从商品看，出口机电产品438.9亿元，占出口总值的61.6%；进口集成电路52.8亿元，增长9.7%。")
    assert not any(t == "712.35亿元" for _, t, _ in totals_of(text))
    assert ("ratio", "consistent", ["438.9亿元", "712.35亿元"], "61.6%") in checks_of(text)


@pytest.mark.parametrize("other, status", [("6,725万元", "inconsistent"), ("6,665万元", "consistent")])
def test_each_classification_of_a_paragraph_breaks_down_the_total_of_its_own_measure(other, status):
    text = ("县财政局下达第二批衔接资金12,600万元，支持全县12个乡镇实施项目86个。\n"
            "从资金来源看，中央衔接资金8,240万元、省级衔接资金4,360万元。"
            "按项目类型分，产业发展类项目52个、资金7,865万元；基础设施类项目27个、资金3,980万元；"
            "就业帮扶类项目7个、资金755万元。按乡镇分，城关镇、石门镇、桃坪乡、龙溪镇分别安排资金"
            f"1860万元、1540万元、1325万元、1210万元，其余8个乡镇合计安排{other}。")
    parts = ["1860万元", "1540万元", "1325万元", "1210万元", other]
    assert (status, "12,600万元", parts) in totals_of(text)
    assert ("consistent", "12,600万元", ["7,865万元", "3,980万元", "755万元"]) in totals_of(text)


@pytest.mark.parametrize("low, status", [("65.4%", "consistent"), ("56.4%", "consistent")])
def test_this_batch_names_the_whole_like_a_pronoun(low, status):
    text = ("下达2025年第二批中央和省级财政衔接推进乡村振兴补助资金（以下简称“衔接资金”）12,600万元。"
            f"中央衔接资金8,240万元、省级衔接资金4,360万元，分别占此次下达资金的{low}和34.6%。")
    found = checks_of(text)
    # read from the context, the whole confirms both rates or neither is tied to it
    tied = ("ratio", "consistent", ["8,240万元", "12,600万元"], "65.4%") in found
    assert tied == (low == "65.4%")


def test_a_name_too_long_to_read_is_known_by_its_short_name():
    from extractor import extract

    text = "下达2025年第二批中央和省级财政衔接推进乡村振兴补助资金（以下简称“衔接资金”）12,600万元，支持项目86个。"
    figure = next(f for f in extract(text).figures if f.text == "12,600万元")
    assert figure.indicator == "衔接资金"


def test_an_industry_named_with_or_without_its_ye():
    text = ("全县规模以上工业企业完成工业总产值186.4亿元。装备制造、绿色食品、新型建材三大主导产业分别完成产值"
            "71.3亿元、48.6亿元、29.8亿元，其中装备制造业产值占规上工业总产值的38.3%。")
    assert ("ratio", "consistent", ["71.3亿元", "186.4亿元"], "38.3%") in checks_of(text)


@pytest.mark.parametrize("second, status", [("103.0%", "consistent"), ("130.0%", "inconsistent")])
def test_targets_listed_after_their_figures_then_the_rates(second, status):
    text = ("帮助失业人员再就业1.26万人、就业困难人员实现就业4120人，目标任务分别为1.2万人和4000人，"
            f"分别完成105.0%和{second}。")
    found = checks_of(text)
    assert ("ratio", "consistent", ["1.26万人", "1.2万人"], "105.0%") in found
    assert ("ratio", status, ["4120人", "4000人"], second) in found


@pytest.mark.parametrize("second, status", [("5.6%", "consistent"), ("6.5%", "inconsistent")])
def test_growths_of_a_distributed_run_from_their_changes(second, status):
    text = (f"失业保险、工伤保险参保人数分别为58.2万人、63.7万人，比上年末分别增加2.1万人和3.4万人，"
            f"分别增长3.7%和{second}。")
    found = checks_of(text)
    assert ("growth", "consistent", ["58.2万人", "2.1万人"], "3.7%") in found
    assert ("growth", status, ["63.7万人", "3.4万人"], second) in found


@pytest.mark.parametrize("other, status", [("16个", "consistent"), ("61个", "unverifiable")])
def test_a_part_broken_down_in_brackets_is_not_counted_twice(other, status):
    text = ("全市共有各类医疗卫生机构2,846个，比上年增加37个。其中：医院168家（公立医院63家、民营医院105家），"
            f"基层医疗卫生机构2,604个，专业公共卫生机构58个，其他医疗卫生机构{other}。")
    totals = totals_of(text)
    assert not any(s == "inconsistent" for s, _, _ in totals)  # places counted by 家 and 个: it confirms only
    if status == "consistent":
        assert ("consistent", "2,846个", ["168家", "2,604个", "58个", other]) in totals
    # and the part broken down in brackets adds up in turn
    assert ("consistent", "168家", ["63家", "105家"]) in totals


def test_shares_of_items_named_short_before_a_longer_last_one():
    text = ("同城快递业务量完成6.84亿件，同比下降2.1%；异地快递业务量完成44.95亿件，同比增长22.3%；"
            "国际/港澳台快递业务量完成0.57亿件，同比增长35.6%。全省快递业务量52.36亿件。"
            "同城、异地、国际/港澳台快递业务量分别占全部快递业务量的13.1%、85.8%和1.1%。")
    found = checks_of(text)
    for part, rate in [("6.84亿件", "13.1%"), ("44.95亿件", "85.8%"), ("0.57亿件", "1.1%")]:
        assert ("ratio", "consistent", [part, "52.36亿件"], rate) in found


@pytest.mark.parametrize("second, status", [("162.3亿元", "consistent"), ("126.3亿元", "inconsistent")])
def test_a_total_and_its_share_before_a_fenbie_list_of_its_parts(second, status):
    text = ("电子信息、生物医药、高端装备、新材料四大主导产业合计实现营业收入826.4亿元，占全区营业收入的65.1%，"
            f"分别为358.7亿元、{second}、201.9亿元和103.5亿元。")
    assert (status, "826.4亿元", ["358.7亿元", second, "201.9亿元", "103.5亿元"]) in totals_of(text)


@pytest.mark.parametrize("points, status", [("1.1个百分点", "consistent"), ("1.4个百分点", "inconsistent")])
def test_a_change_of_the_rate_between_it_and_its_comparison_with_the_area(points, status):
    text = ("全市实现社会消费品零售总额892.36亿元，同比增长6.2%，增速比一季度加快0.5个百分点，"
            f"高于全省平均水平{points}（全省增长5.1%）。")
    assert ("difference", status, ["6.2%", "5.1%"], points) in checks_of(text)


@pytest.mark.parametrize("points, status", [("6.6个百分点", "consistent"), ("7.6个百分点", "inconsistent")])
def test_the_schedule_named_before_its_rate_in_brackets(points, status):
    text = f"累计实际到位资金46.75亿元，占年度目标的42.5%，高于序时进度（35.9%）{points}。"
    assert ("difference", status, ["42.5%", "35.9%"], points) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("112.5%", "consistent"), ("121.5%", "inconsistent")])
def test_a_completion_of_the_task_an_agreement_set(rate, status):
    text = f"全年向峨岭县拨付财政援助资金3.15亿元，为协议任务2.8亿元的{rate}。"
    assert ("ratio", status, ["3.15亿元", "2.8亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("last, status", [("1所", "consistent"), ("2所", "inconsistent")])
def test_a_colon_after_a_count_opens_its_parts(last, status):
    text = f"全县共有各级各类学校187所：幼儿园96所、小学62所、初中21所、九年一贯制学校4所、普通高中3所、职业高中{last}。"
    assert (status, "187所", ["96所", "62所", "21所", "4所", "3所", last]) in totals_of(text)


def test_the_years_of_a_running_total_add_up_to_it():
    text = ("2022年以来，该县累计投入教育经费28.60亿元，新建、改扩建学校42所。"
            "其中，2022年、2023年、2024年分别投入9.53亿元、9.21亿元、9.86亿元。")
    assert ("consistent", "28.60亿元", ["9.53亿元", "9.21亿元", "9.86亿元"]) in totals_of(text)
    # (one item over several years with no running total is no breakdown)
    assert totals_of(text.replace("累计投入", "投入")) == []


# (two parts enumerated within a tenth of their total are all of it: 9萬人次 short is an error, but
# far short they may leave some out)
@pytest.mark.parametrize("short, status", [("365萬人次", "consistent"), ("356萬人次", "inconsistent"),
                                          ("165萬人次", "unverifiable")])
def test_a_part_broken_down_after_its_rate_of_change(short, status):
    text = ("訪港旅客2,362萬人次。按客源市場劃分，內地旅客1,815萬人次，按年上升9.6%；非內地旅客547萬人次，"
            f"按年上升19.4%，其中長途市場旅客182萬人次、短途市場旅客{short}。")
    assert (status, "547萬人次", ["182萬人次", short]) in totals_of(text)


@pytest.mark.parametrize("hydrogen, status", [("156.2亿元", "consistent"), ("165.2亿元", "inconsistent")])
def test_a_list_beside_a_complete_list_is_all_of_the_total_beside_its_total(hydrogen, status):
    text = ("全年实施新能源项目128个，总投资1462.5亿元，其中新开工项目57个、续建项目49个、竣工投产项目22个。"
            "分领域看，光伏领域46个项目、总投资612.8亿元，锂电储能领域39个项目、总投资498.3亿元，"
            f"氢能领域17个项目、总投资{hydrogen}，风电装备及其他领域26个项目、总投资195.2亿元。")
    assert (status, "1462.5亿元", ["612.8亿元", "498.3亿元", hydrogen, "195.2亿元"]) in totals_of(text)


@pytest.mark.parametrize("farm, status", [("2.74亿元", "consistent"), ("2.47亿元", "inconsistent")])
def test_amounts_paired_with_counts_that_add_up_are_all_of_the_amount(farm, status):
    text = ("全年实施重点项目24个，年度计划投资15.2亿元，实际完成投资16.35亿元，完成年度计划的107.6%。"
            f"其中工业项目11个，完成投资9.86亿元；农业农村项目7个，完成投资{farm}；"
            "基础设施及社会事业项目6个，完成投资3.75亿元。")
    assert (status, "16.35亿元", ["9.86亿元", farm, "3.75亿元"]) in totals_of(text)
    # (counts that do not add up to theirs make the amounts no more than a subset)
    fewer = text.replace("项目24个", "项目26个")
    assert not any(s == "inconsistent" and t == "16.35亿元" for s, t, _ in totals_of(fewer))


@pytest.mark.parametrize("rate, status", [("43.8%", "consistent"), ("34.8%", "inconsistent")])
def test_a_bodys_revenue_given_as_a_share_of_all_bodies_is_still_its_rates_whole(rate, status):
    text = ("五家券商10月合计实现营业收入53.51亿元。华鼎证券当月实现营业收入18.62亿元，占上述券商合计营收的34.8%，"
            f"净利润8.15亿元，环比增长12.6%（9月为7.24亿元），净利率为{rate}。")
    assert ("ratio", status, ["8.15亿元", "18.62亿元"], rate) in checks_of(text)


def test_a_total_a_paragraph_back_names_nothing_the_parts_measure():
    text = ("6.白石县：到位资金71.28亿元，完成年度目标100亿元的71.3%。\n"
            "从重点项目看，临溪经开区引进储能电池项目，总投资65亿元；青河县签约预制菜产业园项目，计划投资8亿至10亿元。")
    assert not any(s == "inconsistent" for s, _, _ in totals_of(text))


@pytest.mark.parametrize("second, status", [("77.5%", "consistent"), ("75.7%", "inconsistent")])
def test_targets_listed_inside_the_cue_of_the_rates(second, status):
    text = ("全省交通重点项目共218个，截至9月底已新开工47个、建成31个，"
            f"分别完成年度新开工计划60个、建成计划40个的78.3%和{second}。")
    found = checks_of(text)
    assert ("ratio", "consistent", ["47个", "60个"], "78.3%") in found
    assert ("ratio", status, ["31个", "40个"], second) in found


@pytest.mark.parametrize("total, status", [("486.3亿元", "consistent"), ("340.4亿元", "inconsistent")])
def test_the_whole_of_a_classification_opening_the_next_paragraph_ties_its_shares(total, status):
    text = (f"今年1-8月，全市货物贸易进出口总值{total}，同比增长6.4%。其中，出口312.8亿元；进口173.5亿元。\n"
            "　　从贸易方式看，一般贸易进出口351.7亿元，占进出口总值的比重为72.3%；加工贸易进出口98.6亿元，占20.3%。")
    found = checks_of(text)
    assert ("ratio", status, ["351.7亿元", total], "72.3%") in found
    assert ("ratio", status, ["98.6亿元", total], "20.3%") in found


@pytest.mark.parametrize("total, status", [("46.83亿元", "consistent"), ("32.78亿元", "inconsistent")])
def test_a_second_classification_smaller_total_is_the_texts_error(total, status):
    text = (f"报告期内，公司实现营业收入{total}。\n"
            "　　分产品看，工业机器人实现收入24.61亿元，占营业收入的比重为52.6%；精密减速器收入13.59亿元；"
            "系统集成及其他业务收入8.63亿元。分地区看，境内、境外收入分别为37.41亿元和9.42亿元。")
    assert (status, total, ["37.41亿元", "9.42亿元"]) in totals_of(text)


# (parts that fall short may be a subset: parts over the total are wrong either way)
@pytest.mark.parametrize("other, status", [("19.35万人次", "consistent"), ("20.35万人次", "inconsistent")])
def test_a_parts_own_breakdown_in_brackets_is_no_part_of_the_list(other, status):
    text = ("全年异地就医直接结算38.6万人次，结算金额14.72亿元。其中，跨省直接结算19.25万人次"
            f"（住院2.35万人次、门诊16.9万人次），省内跨市直接结算{other}。")
    assert (status, "38.6万人次", ["19.25万人次", other]) in totals_of(text)


def test_the_manner_is_no_part_of_the_measure():
    from extractor import extract

    text = "高校和科研院所以转让、许可、作价投资方式转化科技成果1,286项，合同金额32.45亿元。"
    figure = next(f for f in extract(text).figures if f.text == "1,286项")
    assert figure.indicator == "转化科技成果"


@pytest.mark.parametrize("rate, status", [("89.4%", "consistent"), ("98.4%", "inconsistent")])
def test_the_amount_of_problems_put_right_over_the_amount_found(rate, status):
    text = ("审计共查出主要问题金额28.64亿元，较上年的32.73亿元下降12.5%。\n"
            f"　　整改方面，截至2024年末，已整改问题金额25.6亿元，整改率为{rate}。")
    assert ("ratio", status, ["25.6亿元", "28.64亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("actual, status", [("71.83亿元", "consistent"), ("78.13亿元", "unverifiable")])
def test_the_actual_right_after_a_completion_of_a_stated_target(actual, status):
    text = f"4.丰宁县：完成年度目标90亿元的79.8%，到位资金{actual}；新签约项目27个。"
    assert ("ratio", status, [actual, "90亿元"], "79.8%") in checks_of(text)


@pytest.mark.parametrize("last, status", [("71.28亿元", "consistent"), ("72.18亿元", None)])
def test_numbered_lines_add_up_to_the_total_before_them(last, status):
    text = ("1—9月，全市实现招商引资到位资金486.72亿元，完成年度目标620亿元的78.5%。\n"
            "　　各县区到位资金情况如下：\n"
            "　　1.临溪经开区：到位资金98.36亿元，年度目标120亿元，完成率82.0%，上年同期为85.42亿元。\n"
            "　　2.青河县：到位资金84.63亿元/目标105亿元，完成率80.6%。\n"
            "　　3.东湖区：到位资金88.47亿元，完成率80.4%（年度目标110亿元）。\n"
            "　　4.丰宁县：完成年度目标90亿元的79.8%，到位资金71.83亿元。\n"
            "　　5.西山区：到位资金72.15亿元，年度目标95亿元，完成率75.9%。\n"
            f"　　6.白石县：到位资金{last}，年度目标100亿元。\n")
    parts = ["98.36亿元", "84.63亿元", "88.47亿元", "71.83亿元", "72.15亿元", last]
    totals = totals_of(text)
    assert ("consistent", "620亿元", ["120亿元", "105亿元", "110亿元", "90亿元", "95亿元", "100亿元"]) in totals
    # read, it confirms the lines and never refutes them: a table may list the first few only
    assert [s for s, t, p in totals if t == "486.72亿元" and p == parts] == ([status] if status else [])
