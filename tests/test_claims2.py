"""Claims worded as in corpora/clean/claim2-01..05 (new sentences, not from the bench):
a change of revenue (增收) beside a growth rate, shares whose whole is no target or
previous value, 占比 after a share of a named whole, totals after their parts with
共计/总计, and a list of regions closed by 其他."""
import pytest

from extractor import extract


def checks_of(text):
    article = extract(text)
    by_id = {f.id: f for f in article.figures}
    return [(c.kind, c.status, by_id[c.reported or c.total].text) for c in article.checks]


@pytest.mark.parametrize("text, expected", [
    # 增收 is a change, not the current value (was: 0.74 / 11.9 read as the growth, a false alarm).
    ("全县一般公共预算收入完成12.64亿元，比上年增收0.74亿元，增长6.2%，上年完成11.9亿元。",
     [("growth", "consistent", "6.2%")]),
    ("全县一般公共预算收入完成12.64亿元，比上年增收0.74亿元，增长8.2%，上年完成11.9亿元。",
     [("growth", "inconsistent", "8.2%")]),
    ("税收收入8.6亿元，同比减收0.4亿元，下降4.4%。", [("growth", "consistent", "4.4%")]),
])
def test_a_change_of_revenue_is_no_current_value(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The whole named 一般公共预算收入 is the actual 12.64, not the budget 12.4 stated with it.
    ("一般公共预算收入完成12.64亿元，完成年初预算12.4亿元的101.9%。税收收入9.02亿元，"
     "税收收入占一般公共预算收入的71.4%。",
     [("ratio", "consistent", "101.9%"), ("ratio", "consistent", "71.4%")]),
    # 支出总额 is this year's 31.85, not last year's 30.12.
    ("全县一般公共预算支出31.85亿元，同比增长5.7%，上年同期支出30.12亿元。其中，民生支出25.16亿元，占支出总额的79%。",
     [("growth", "consistent", "5.7%"), ("ratio", "consistent", "79%")]),
])
def test_the_whole_of_a_share_is_no_target_or_previous_value(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, status", [
    ("公司营业收入58.73亿元。锂电业务收入31.46亿元，占营业收入的53.6%；储能业务收入18.92亿元，占比32.2%。", "consistent"),
    ("公司营业收入58.73亿元。锂电业务收入31.46亿元，占营业收入的53.6%；储能业务收入18.92亿元，占比23.2%。", "inconsistent"),
])
def test_an_unnamed_whole_after_a_share_of_a_named_one(text, status):
    assert checks_of(text)[-1] == ("ratio", status, text[text.rindex("占比") + 2:-1])


def test_an_unnamed_whole_after_a_share_of_another_part_is_not_taken():
    # 其中 between: the 占比 is of the part before, not of the whole; nothing refutes it.
    text = "出口总额120亿元，机电产品出口60亿元，占出口总额的50%，其中对欧出口30亿元，占比25%。"
    assert ("ratio", "inconsistent", "25%") not in checks_of(text)


@pytest.mark.parametrize("text, expected", [
    ("年末登记个体工商户9.82万户、私营企业3.16万户、农民专业合作社0.41万户，各类市场主体共计13.39万户。",
     [("sum", "consistent", "13.39万户")]),
    ("年末登记个体工商户9.82万户、私营企业3.16万户、农民专业合作社0.41万户，各类市场主体共计13.49万户。",
     [("sum", "inconsistent", "13.49万户")]),
    ("法院判决被告给付赔偿款8394元，并承担违约金1678.8元，共计10072.8元。", [("sum", "consistent", "10072.8元")]),
    # 共计 is no total of parts that are not listed with it.
    ("每年补助441万元，4年共计1764万元。", []),
    ("甲校学费共计39000元乙校学费共计9.9万元丙校学费共计3.6万元。", []),
    ("会议共设1场会前会、1个主会场、24个分论坛，共计160余个专题报告。", []),
])
def test_a_total_after_its_listed_parts_with_gongji(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The total after the parts is theirs; 其他省份 after a ， closes the 、 list.
    ("全区到位资金91.8亿元。从来源看，长三角地区到位资金41.3亿元、珠三角地区18.6亿元、京津冀地区13.5亿元，"
     "中西部其他省份18.4亿元，总计91.8亿元。", [("sum", "consistent", "91.8亿元")]),
    ("全区到位资金91.8亿元。从来源看，长三角地区到位资金41.3亿元、珠三角地区18.6亿元、京津冀地区13.5亿元，"
     "中西部其他省份18.4亿元，总计92.8亿元。", [("sum", "inconsistent", "92.8亿元")]),
])
def test_a_breakdown_with_its_own_total_after_it(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A stock against the start of the year, its start stated after the rate.
    ("年末存款余额1,652.3亿元，较年初增长8.4%，年初余额为1,524.2亿元。", [("growth", "consistent", "8.4%")]),
    ("年末存款余额1,652.3亿元，较年初增长9.4%，年初余额为1,524.2亿元。", [("growth", "inconsistent", "9.4%")]),
    # Bases that differ: a year-on-year rate is not counted from the start of the year, nor the other way.
    ("年末存款余额1,652.3亿元，同比增长8.4%，年初余额为1,524.2亿元。", []),
    ("年末贷款余额1,318.7亿元，较年初增长8.4%，上年同期为1,200亿元。", []),
])
def test_growth_against_the_start_of_the_year(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 同比 pp changes against last year's rate named after it.
    ("综合毛利率18.5%，同比提高1.3个百分点，上年综合毛利率为17.2%。", [("difference", "consistent", "1.3个百分点")]),
    ("综合毛利率18.5%，同比提高1.5个百分点，上年综合毛利率为17.2%。", [("difference", "inconsistent", "1.5个百分点")]),
    ("高技术产业增加值占规模以上工业增加值的比重为16.8%，同比增加1.4个百分点；上年这一比重为15.4%。",
     [("difference", "consistent", "1.4个百分点")]),
    ("上半年地区生产总值148.6亿元，同比增长5.8%，增速比一季度加快0.6个百分点，一季度全县地区生产总值增长5.2%。",
     [("difference", "consistent", "0.6个百分点")]),
    # A rate named for something else is no base.
    ("上半年地区生产总值148.6亿元，同比增长5.8%，增速比一季度加快0.6个百分点，一季度全县工业投资增长5.0%。", []),
])
def test_points_against_a_named_rate_after_them(text, expected):
    assert [c for c in checks_of(text) if c[0] == "difference"] == expected


@pytest.mark.parametrize("text, expected", [
    # The parts go on after 另有 when they then add up, or when the last is the rest (其他…),
    # which closes the list: then a part that does not add up is flagged; otherwise the list
    # ends at 另有 as before.
    ("全县规模以上工业企业达到186家，其中装备制造企业74家、食品加工企业58家；另有纺织服装企业31家，其他行业企业23家。",
     [("sum", "consistent", "186家")]),
    ("全县规模以上工业企业达到186家，其中装备制造企业74家、食品加工企业58家，另有纺织服装企业31家、其他行业企业23家。",
     [("sum", "consistent", "186家")]),
    ("全县规模以上工业企业达到186家，其中装备制造企业74家、食品加工企业58家；另有在建项目31个，储备项目23个。",
     [("sum", "unverifiable", "186家")]),
    ("全县规模以上工业企业达到186家，其中装备制造企业74家、食品加工企业58家；另有纺织服装企业31家，其他行业企业20家。",
     [("sum", "inconsistent", "186家")]),
    ("全县规模以上工业企业达到186家，其中装备制造企业74家、食品加工企业58家；另有纺织服装企业31家，印染企业20家。",
     [("sum", "unverifiable", "186家")]),
])
def test_a_breakdown_that_goes_on_after_lingyou(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A rate against another rate the claim states: 高于50%的序时进度2个百分点 (whole rates are
    # read as rounded, 52% - 50% may be 1 to 3 points, so 4 is the error).
    ("固定资产投资62.4亿元，完成全年目标任务120亿元的52%，高于50%的序时进度2个百分点。",
     [("difference", "consistent", "2个百分点")]),
    ("固定资产投资62.4亿元，完成全年目标任务120亿元的52%，高于50%的序时进度4个百分点。",
     [("difference", "inconsistent", "4个百分点")]),
    ("一般公共预算收入完成年度预算的46.5%，低于50%的时间进度3.5个百分点。",
     [("difference", "consistent", "3.5个百分点")]),
    # No rate of its own before the comparison: nothing to check.
    ("全县投资增速高于全市平均水平2个百分点，高于50%的序时进度。", []),
])
def test_points_against_a_rate_named_in_the_claim(text, expected):
    assert [c for c in checks_of(text) if c[0] == "difference"] == expected


@pytest.mark.parametrize("text, expected", [
    # 净增 is a change; a change stated right after the rate (增长6.2%，增收0.74亿元) is the rate's.
    ("年末市场主体13.39万户，比上年末净增1.2万户，增长9.8%。", [("growth", "consistent", "9.8%")]),
    ("一般公共预算收入12.64亿元，增长6.2%，增收0.74亿元。", [("growth", "consistent", "6.2%")]),
    ("一般公共预算收入12.64亿元，增长7.2%，增收0.74亿元。", [("growth", "inconsistent", "7.2%")]),
    ("国有土地出让收入7.12亿元，同比下降16.2%，减少1.38亿元。", [("growth", "consistent", "16.2%")]),
    # Not after a 环比 rate, nor an amount of another measure.
    ("社会消费品零售总额42.6亿元，环比增长2.4%，增加1亿元。", []),
])
def test_a_change_stated_after_the_rate(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("省外资金41.3亿元、外资18.6亿元，两项共59.9亿元。", [("sum", "consistent", "59.9亿元")]),
    ("工业项目24个、服务业项目15个，两类项目共41个。", [("sum", "inconsistent", "41个")]),
    # 共 is no total after parts joined by ， only, after a 、 (one more item), or inside 共建.
    ("注册会员108万余人，涉案主播达1000余人，该案共刑事拘留22人。", []),
    ("装备提升资金9934万元、环境改造资金200万元、运动场改造共投入资金3395万元。", []),
    ("省级重点实验室3个，省级工程实验室1个，省级引进大院名校共建创新载体1个。", []),
])
def test_a_total_after_its_listed_parts_with_gong(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A target named otherwise close by (招商引资任务 for 到位资金) confirms the rate, never refutes it.
    ("全年招商引资任务为80亿元。全年到位资金72亿元，完成全年任务的90%。", [("ratio", "consistent", "90%")]),
    ("全年招商引资任务为80亿元。全年到位资金72亿元，完成全年任务的95%。", [("ratio", "unverifiable", "95%")]),
])
def test_a_target_named_otherwise_close_by(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Last year's values in a 分别 list of their own sentence, after growth claims stated one by one.
    ("全年接待游客862.4万人次，同比增长12.6%；实现旅游总收入78.3亿元，同比增长15.2%。上年同期分别为765.9万人次和68.0亿元。",
     [("growth", "consistent", "12.6%"), ("growth", "consistent", "15.2%")]),
    # A sentence that opens on them, as many as the rates each right after its value, lists them in
    # the rates' order: they refute as well as confirm.
    ("全年接待游客862.4万人次，同比增长13.6%；实现旅游总收入78.3亿元，同比增长15.2%。上年同期分别为765.9万人次和68.0亿元。",
     [("growth", "inconsistent", "13.6%"), ("growth", "consistent", "15.2%")]),
    # Read from further off (a rate with no value right before it), they confirm and never refute.
    ("全年接待游客862.4万人次，游客人数同比增长13.6%；实现旅游总收入78.3亿元，同比增长15.2%。上年同期分别为765.9万人次和68.0亿元。",
     [("growth", "consistent", "15.2%")]),
])
def test_previous_values_listed_in_the_next_sentence(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The current value as a share of the previous one (ratio: current / previous).
    ("全年完成固定资产投资42亿元，为上年同期37.5亿元的112%。", [("ratio", "consistent", "112%")]),
    ("全年完成固定资产投资42亿元，为上年同期37.5亿元的122%。", [("ratio", "inconsistent", "122%")]),
    ("全年完成固定资产投资42亿元，相当于上年的112%，上年完成37.5亿元。", [("ratio", "consistent", "112%")]),
    # No previous value stated: nothing to check.
    ("全年完成固定资产投资42亿元，为上年的112%。", []),
])
def test_a_value_as_a_share_of_last_years(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 分别完成年度目标的p%和q%: each rate against the target stated for its own figure (read, so confirm only).
    ("年初下达固定资产投资目标80亿元、到位资金目标60亿元。全年固定资产投资和到位资金分别完成72亿元和66亿元，"
     "分别完成年度目标的90%和110%。", [("ratio", "consistent", "90%"), ("ratio", "consistent", "110%")]),
    # (one disagrees: it cannot refute, as the targets were read, not tied by the text)
    ("年初下达固定资产投资目标80亿元、到位资金目标60亿元。全年固定资产投资和到位资金分别完成72亿元和66亿元，"
     "分别完成年度目标的90%和120%。", [("ratio", "consistent", "90%"), ("ratio", "unverifiable", "120%")]),
    # No target stated: each rate is a claim about its own figure that cannot be checked (as a
    # single completion rate with no target is).
    ("全年固定资产投资和到位资金分别完成72亿元和66亿元，分别完成年度目标的90%和110%。",
     [("ratio", "unverifiable", "90%"), ("ratio", "unverifiable", "110%")]),
])
def test_completion_rates_in_a_fenbie_run(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 其中 opening the part's sentence ties it to the whole named in the sentence before; 全部投资 is
    # all of what 固定资产投资 ends with.
    ("全年完成固定资产投资62.4亿元，增长8.5%。其中，工业投资38.7亿元，占全部投资的62%。", [("ratio", "consistent", "62%")]),
    ("全年完成固定资产投资62.4亿元，增长8.5%。其中，工业投资38.7亿元，占全部投资的52%。", [("ratio", "inconsistent", "52%")]),
    ("全年完成固定资产投资62.4亿元，增长8.5%。其中，工业投资38.7亿元，占固定资产投资的52%。",
     [("ratio", "inconsistent", "52%")]),
    # Without 其中 the whole named in another sentence confirms only.
    ("全年完成固定资产投资62.4亿元，增长8.5%。工业投资38.7亿元，占固定资产投资的52%。", [("ratio", "unverifiable", "52%")]),
    # A part larger than the whole named in its sentence is a wrong share, not a share of nothing.
    ("一般公共预算收入12.46亿元，同比增长9.49%；其中税收收入13.66亿元，占一般公共预算收入的比重为80.02%。",
     [("ratio", "inconsistent", "80.02%")]),
    # A later part of the same 其中 sentence (after ；) is tied alike, and 全部投资 is not the part before it.
    ("固定资产投资完成214.6亿元。其中，工业投资78.2亿元，占全部投资的36.4%；房地产开发投资63.5亿元，下降4.2%，"
     "占全部投资的29.6%。", [("ratio", "consistent", "36.4%"), ("ratio", "consistent", "29.6%")]),
    ("固定资产投资完成214.6亿元。其中，工业投资78.2亿元，占全部投资的36.4%；房地产开发投资63.5亿元，下降4.2%，"
     "占全部投资的31.2%。", [("ratio", "consistent", "36.4%"), ("ratio", "inconsistent", "31.2%")]),
])
def test_a_share_after_qizhong_against_the_whole_before(text, expected):
    assert [c for c in checks_of(text) if c[0] == "ratio"] == expected


@pytest.mark.parametrize("text, expected", [
    # A target set for the year and named as the actual is, the only one of its measure: tied, it may refute.
    ("今年全县招商引资到位资金目标任务为50亿元。1-11月，全县招商引资到位资金52.7亿元，完成年度目标任务的105.4%。",
     [("ratio", "consistent", "105.4%")]),
    ("今年全县招商引资到位资金目标任务为50亿元。1-11月，全县招商引资到位资金52.7亿元，完成年度目标任务的115.4%。",
     [("ratio", "inconsistent", "115.4%")]),
    ("全县招商引资到位资金52.7亿元，完成年度目标任务的115.4%，年度目标任务为50亿元。", [("ratio", "inconsistent", "115.4%")]),
    # Another target of the measure in between (上半年目标): read only, it confirms or says nothing.
    ("今年上半年到位资金目标25亿元，全年目标50亿元。全县到位资金52.7亿元，完成年度目标任务的115.4%。",
     [("ratio", "unverifiable", "115.4%")]),
])
def test_a_year_target_stated_elsewhere_ties_the_rate(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A 分别 list of the kinds of the total right before it (…项目 of 新签约项目) is tied to it.
    ("全县新签约项目45个，工业项目、服务业项目、农业项目分别为24个、13个、8个。", [("sum", "consistent", "45个")]),
    ("全县新签约项目43个，工业项目、服务业项目、农业项目分别为24个、13个、8个。", [("sum", "inconsistent", "43个")]),
    # Two kinds may be a subset: falling short says nothing, exceeding the total is an error.
    ("全县新签约项目45个，工业项目、服务业项目分别为24个、13个。", [("sum", "unverifiable", "45个")]),
    ("全县新签约项目35个，工业项目、服务业项目分别为24个、13个。", [("sum", "inconsistent", "35个")]),
])
def test_a_fenbie_list_of_kinds_of_the_total_before_it(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Last year's value named exactly as this year's, its sentence naming the year before: tied, it may refute.
    ("2024年，全县实现营业收入52.25亿元。2025年，全县实现营业收入58.73亿元，比上年增长12.4%。",
     [("growth", "consistent", "12.4%")]),
    ("2024年，全县实现营业收入52.25亿元。2025年，全县实现营业收入58.73亿元，比上年增长22.4%。",
     [("growth", "inconsistent", "22.4%")]),
    # Not two years back, and not without the years named.
    ("2023年，全县实现营业收入52.25亿元。2025年，全县实现营业收入58.73亿元，比上年增长22.4%。", []),
    ("2024年，全县实现营业收入52.25亿元。全县实现营业收入58.73亿元，比上年增长22.4%。", []),
])
def test_growth_against_last_years_value_named_alike(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 完成率 with no target: a whole stated before that the rate makes the done amount of; tied
    # when the whole, the done amount and the rate stand in three clauses in turn
    ("全市摸排培训机构4005所，存在问题机构2721所，现已完成整改835所，整改完成率30.69%。", [("ratio", "consistent", "30.69%")]),
    ("全市摸排培训机构4005所，存在问题机构2721所，现已完成整改835所，整改完成率33.69%。", [("ratio", "inconsistent", "33.69%")]),
    # (read from the context, it confirms only)
    ("全市存在问题机构2721所。现已完成整改835所，整改完成率33.69%。", [("ratio", "unverifiable", "33.69%")]),
])
def test_a_completion_rate_of_a_whole_stated_before(text, expected):
    assert checks_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A rate against the wider area's, stated right after the claim (，全市增长5.2% or （全省增长5.2%）).
    ("全县地区生产总值218.4亿元，同比增长5.8%，增速高于全市平均水平0.6个百分点，全市增长5.2%。",
     [("difference", "consistent", "0.6个百分点")]),
    ("全县地区生产总值218.4亿元，同比增长5.8%，增速高于全市平均水平0.9个百分点，全市增长5.2%。",
     [("difference", "inconsistent", "0.9个百分点")]),
    ("全县地区生产总值218.4亿元，同比增长5.8%，高于全省0.6个百分点（全省增长5.2%）。",
     [("difference", "consistent", "0.6个百分点")]),
    ("全县地区生产总值218.4亿元，同比增长5.8%，增速低于全市平均水平0.6个百分点，全市增长6.4%。",
     [("difference", "consistent", "0.6个百分点")]),
    # Another area's rate is no base.
    ("全县地区生产总值218.4亿元，同比增长5.8%，增速高于全市平均水平0.6个百分点，全省增长5.2%。", []),
])
def test_points_against_the_wider_areas_rate(text, expected):
    assert [c for c in checks_of(text) if c[0] == "difference"] == expected


@pytest.mark.parametrize("text, expected", [
    # the previous value in brackets after a colon (上年同期：X)
    ("引进省外境内资金406.3亿元，增长9.8%（上年同期：370.0亿元）。", [("growth", "consistent")]),
    ("引进省外境内资金406.3亿元，增长8.9%（上年同期：370.0亿元）。", [("growth", "inconsistent")]),
])
def test_a_previous_value_after_a_colon_in_brackets(text, expected):
    assert [(k, s) for k, s, _ in checks_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the whole named by what it totals (新签约项目总数), worded otherwise than stated (新签约招商项目)
    ("全市新签约招商项目126个。其中，亿元以上项目97个，占新签约项目总数的77.0%。", [("ratio", "consistent")]),
    ("全市新签约招商项目126个。其中，亿元以上项目97个，占新签约项目总数的70.7%。", []),  # read: confirms only
])
def test_a_whole_named_by_what_it_totals(text, expected):
    assert [(k, s) for k, s, _ in checks_of(text) if k == "ratio"] == expected


@pytest.mark.parametrize("text, expected", [
    # 出口 and 进口 are the parts of 进出口, not named as the whole: the text ties them (and may refute)
    ("全市进出口总值618.4亿元，同比增长7.9%。其中，出口412.6亿元；进口205.8亿元。", [("sum", "consistent")]),
    ("全市进出口总值618.4亿元，同比增长7.9%。其中，出口412.6亿元；进口215.8亿元。", [("sum", "inconsistent")]),
])
def test_exports_and_imports_are_the_parts_of_trade(text, expected):
    assert [(k, s) for k, s, _ in checks_of(text) if k == "sum"] == expected


@pytest.mark.parametrize("text, totals, changed, wrong", [
    # 工业项目28个、总投资x，服务业项目14个、总投资y，农业项目4个、总投资z: every item is a part, of
    # the count and of the amount (the last item was cut off as a new statement)
    ("全县共签约项目46个，总投资312.6亿元。签约项目中，工业项目28个、总投资205.4亿元，"
     "服务业项目14个、总投资86.2亿元，农业项目4个、总投资21.0亿元。", ("46个", "312.6亿元"), ("农业项目4个", "农业项目5个"), 0),
    # 景区2家，接待游客x万人次；…: the visitors add up to their own total as the sites do
    ("全市28家A级旅游景区累计接待游客213.5万人次，其中，5A级景区2家，接待游客68.7万人次；"
     "4A级景区11家，接待游客102.4万人次；3A级及以下景区15家，接待游客42.4万人次。", ("28家", "213.5万人次"),
     ("42.4万人次", "52.4万人次"), 1),
])
def test_two_lists_side_by_side_each_against_its_total(text, totals, changed, wrong):
    """Each list of a pair (counts beside amounts, or counts of another measure) is checked against
    its own total, and a wrong part in either refutes that total's claim only."""
    assert checks_of(text) == [("sum", "consistent", t) for t in totals]
    expected = [("sum", "inconsistent" if k == wrong else "consistent", t) for k, t in enumerate(totals)]
    assert checks_of(text.replace(*changed)) == expected


def test_a_completion_rate_after_a_growth_names_the_actual():
    """实际利用外资x，增长g，完成目标任务的r: the rate is of 利用外资, not of 目标任务."""
    article = extract("全县实际利用外资3860万美元，增长6.1%，完成目标任务的96.5%。")
    rate = next(f for f in article.figures if f.text == "96.5%")
    assert (rate.role, rate.indicator) == ("completion", "利用外资")


def test_a_share_of_the_net_profit_named_without_de():
    """占归属于上市公司股东净利润的R: the measure stated as 归属于上市公司股东的净利润 (in
    another sentence, so it confirms only)."""
    text = ("公司实现归属于上市公司股东的净利润4.82亿元，同比增长15.7%。公司拟合计派发现金红利1.506亿元，"
            "占归属于上市公司股东净利润的31.2%。")
    assert [c for c in checks_of(text) if c[0] == "ratio"] == [("ratio", "consistent", "31.2%")]
    assert [c for c in checks_of(text.replace("31.2%", "35.2%")) if c[0] == "ratio"] == [("ratio", "unverifiable", "35.2%")]


def test_rates_of_a_fenbie_run_name_their_own_figures():
    article = extract("今年以来，高新区累计签约项目63个，协议总投资582.3亿元，分别完成年度目标的126%和116.5%。")
    rates = [(f.text, f.role, f.indicator) for f in article.figures if f.kind == "percent"]
    assert rates == [("126%", "completion", "高新区累计签约项目"), ("116.5%", "completion", "协议总投资")]


def test_a_whole_named_in_the_clause_after_the_share():
    """…占固定资产投资的比重为48.3%；固定资产投资129.4亿元: the whole stated after the rate, past a ；
    (read there, it confirms)."""
    text = "其中，民间投资完成62.5亿元，同比增长11.2%，占固定资产投资的比重为48.3%；固定资产投资129.4亿元。"
    assert [c for c in checks_of(text) if c[0] == "ratio"] == [("ratio", "consistent", "48.3%")]


@pytest.mark.parametrize("text", [
    # what a project will yield once built, or a figure larger than the total after the first
    # part, is no part of its investment (was 9.6 + 25 + 1.8 against 12: a false alarm)
    "项目总投资12亿元，其中固定资产投资9.6亿元，占总投资的80%，建成后年产值可达25亿元，年纳税1.8亿元。",
    "项目总投资12亿元，其中固定资产投资9.6亿元，年产值可达25亿元，年纳税1.8亿元。",
])
def test_a_list_ends_before_what_a_project_will_yield(text):
    assert [c for c in checks_of(text) if c[0] == "sum"] == []
