"""Claims found by the articles written blind on investment promotion, a city budget, potato
co-operatives, Hong Kong retail, charging piles, job subsidies, half-year results, forest
compensation, key projects, cross-border e-commerce, elderly care, Taiwan's money supply, grain
purchases, a holiday's tourism, energy-saving funds and high-tech firms."""
import pytest
from claims import checks_of, shares_of, totals_of


def test_a_list_of_long_names_is_enumerated_all_the_same():
    # 经济困难老年人养老服务补贴 is thirteen characters long: still one of four parts that make up the
    # whole, so a mistyped part shows
    text = ("上半年全市共发放各类养老补贴资金2.33亿元，其中高龄津贴0.63亿元、经济困难老年人养老服务补贴0.29亿元、"
            "失能老年人护理补贴0.57亿元、养老机构运营补贴{}亿元，惠及老年人11.6万人次。")
    parts = ["0.63亿元", "0.29亿元", "0.57亿元"]
    assert totals_of(text.format("0.84")) == [("consistent", "2.33亿元", parts + ["0.84亿元"])]
    assert totals_of(text.format("0.74")) == [("inconsistent", "2.33亿元", parts + ["0.74亿元"])]


@pytest.mark.parametrize("text", [
    # three subjects of the many that make up 民生支出
    "民生支出55.02亿元，占一般公共预算支出的80.5%。其中，教育支出13.76亿元、社会保障和就业支出11.28亿元、"
    "卫生健康支出6.93亿元，分别增长4.2%、7.5%和2.9%。",
    # two kinds of chamber, three quarters of them
    "全市商会达112家，其中异地商会26家、行业协会商会58家。",
])
def test_an_enumerated_list_far_short_of_its_total_is_some_of_it(text):
    assert all(status != "inconsistent" for status, _, _ in totals_of(text))


def test_two_enumerated_parts_close_to_their_total_are_all_of_it():
    text = "公共服务平台1286个，其中公共平台394个、企业平台{}个。"
    assert totals_of(text.format(892)) == [("consistent", "1286个", ["394个", "892个"])]
    assert totals_of(text.format(882)) == [("inconsistent", "1286个", ["394个", "882个"])]


def test_a_list_after_a_share_breaks_down_the_figure_the_share_is_of():
    # 516.8万元 is a part of the 资金用途 classification and, past its share, the total of its own 其中
    text = ("县里共下达生态公益林补偿资金3862.4万元。从资金用途看，直接兑付给林权权利人的补偿性支出3345.6万元，"
            "占下达资金总额的86.6%；公共管护支出516.8万元，占13.4%，其中生态护林员劳务补助453.2万元、"
            "森林防火和林业有害生物防治经费{}万元。")
    assert ("consistent", "516.8万元", ["453.2万元", "63.6万元"]) in totals_of(text.format("63.6"))
    assert ("inconsistent", "516.8万元", ["453.2万元", "36.6万元"]) in totals_of(text.format("36.6"))


@pytest.mark.parametrize("continued, status", [("74个", "consistent"), ("79个", "inconsistent")])
def test_a_list_after_a_named_rate_breaks_down_the_figure_before_the_rate(continued, status):
    # the 97 projects begun, not the 128 named 项目 as the parts are (parts over 97 are wrong)
    text = f"开工方面，128个项目中已开工（含续建）97个，开工率75.8%，其中新开工项目23个、续建项目{continued}；未开工的31个项目中已有18个完成用地报批。"
    assert (status, "97个", ["23个", continued]) in totals_of(text)


def test_stages_a_scopes_projects_pass_are_no_list():
    # 投产 comes after 开工: the 23 are some of the 47, not the rest of the 68
    text = "项目落地持续提速。68个签约项目中，年内开工项目47个，开工率69.1%，已投产项目23个。"
    assert totals_of(text) == []


@pytest.mark.parametrize("rest, status", [("8", "consistent"), ("9", "inconsistent")])
def test_a_stage_and_the_rest_of_a_scope_are_a_list(rest, status):
    text = f"项目建设方面，46个项目中已完工38个，完工率82.6%，其余{rest}个项目正加紧施工。"
    assert (status, "46个", ["38个", f"{rest}个"]) in totals_of(text)


def test_a_count_after_what_is_said_of_it_scopes_the_next_count():
    # 2024年度安排的|62个节能改造项目已完工|54个: the 54 are of the 62, named 节能改造项目已完工
    text = "截至5月底，2024年度安排的62个节能改造项目已完工54个，完工率{}；累计拨付资金2.73亿元。"
    assert checks_of(text.format("87.1%")) == [("ratio", "consistent", ["54个", "62个"], "87.1%")]
    assert checks_of(text.format("78.1%")) == [("ratio", "inconsistent", ["54个", "62个"], "78.1%")]


@pytest.mark.parametrize("text, operands", [
    # 已下达 names the funds passed down; the long name of the funds follows the clause's verb 安排
    ("财政支持方面，省财政厅今年安排充电基础设施建设运营奖补资金3.2亿元，目前已下达2.56亿元，下达率{}，对17家运营企业给予补贴。",
     ["2.56亿元", "3.2亿元"]),
    ("两家银行为入选项目提供绿色信贷授信15.6亿元，已放款8.9亿元，放款率{}。", ["8.9亿元", "15.6亿元"]),
])
def test_rates_of_funds_passed_down_and_loans_paid_out(text, operands):
    rate = "80%" if "下达率" in text else "57.1%"
    wrong = "70%" if "下达率" in text else "51.7%"
    assert ("ratio", "consistent", operands, rate) in checks_of(text.format(rate))
    assert ("ratio", "inconsistent", operands, wrong) in checks_of(text.format(wrong))


@pytest.mark.parametrize("rest, status", [("10.67", "consistent"), ("10.76", "inconsistent")])
def test_members_named_and_counted_before_a_total_cue_are_one_part(rest, status):
    # A、B等41家社会运营商合计完成投资: all 41 summed, the third part of the classification
    text = ("上半年全省充电基础设施完成投资21.64亿元，同比增长18.2%。分运营主体看，国网汶江省电力有限公司完成投资6.85亿元，"
            "汶江交通投资集团有限公司完成投资4.12亿元，汶能新能源科技有限公司、驰电智联（汶江）充电服务有限公司等"
            f"41家社会运营商合计完成投资{rest}亿元。")
    assert totals_of(text) == [(status, "21.64亿元", ["6.85亿元", "4.12亿元", f"{rest}亿元"])]


@pytest.mark.parametrize("more", ["多出", "多"])
def test_how_much_more_than_the_month_before(more):
    text = f"8月新增贷款2,300亿元，较7月的1,865亿元{more}435亿元，增幅23.3%。"
    assert ("difference", "consistent", ["2,300亿元", "1,865亿元"], "435亿元") in checks_of(text)
    assert ("difference", "inconsistent", ["2,300亿元", "1,865亿元"], "453亿元") in checks_of(text.replace("435", "453"))


@pytest.mark.parametrize("rate, status", [("22.4%", "consistent"), ("24.2%", "inconsistent")])
def test_a_base_named_by_its_year_and_batch(rate, status):
    text = f"经开区第一批专项资金已全部下达，共支持项目47个，安排资金1.86亿元，较2024年第一批的1.52亿元增长{rate}。"
    assert ("growth", status, ["1.86亿元", "1.52亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("verb, first, status", [("上升", "0.35", "consistent"), ("上升", "0.53", "inconsistent"),
                                                  ("下降", "0.35", "inconsistent")])
def test_changes_in_points_of_a_pair_go_by_position(verb, first, status):
    text = (f"货币总计数M1B及M2日平均年增率分别为3.82%及4.65%，较7月的3.47%及4.51%分别{verb}{first}个百分点及"
            "0.14个百分点。")
    checks = checks_of(text)
    assert ("difference", status, ["3.82%", "3.47%"], f"{first}个百分点") in checks
    second = "consistent" if verb == "上升" else "inconsistent"
    assert ("difference", second, ["4.65%", "4.51%"], "0.14个百分点") in checks


@pytest.mark.parametrize("text, operands, right, wrong, unit", [
    # 降幅比全市（下降3.9%）高1.9个百分点: the magnitudes of the two declines
    ("2024年，经开区规模以上工业单位增加值能耗同比下降5.8%，降幅比全市（下降3.9%）高{}个百分点。", ["5.8%", "3.9%"], "1.9", "2.9",
     "个百分点"),
    # the year before's rate in brackets right after the current one
    ("药占比降至23.8%（上年为25.4%），下降{}个百分点；门诊次均费用286.4元。", ["23.8%", "25.4%"], "1.6", "2.6", "个百分点"),
    # a balance that widens against its base in brackets, or narrows
    ("贸易顺差1338.2亿元，比去年同期（1134.1亿元）扩大{}亿元。", ["1338.2亿元", "1134.1亿元"], "204.1", "240.1", "亿元"),
    ("贸易逆差128.2亿元，比去年同期的134.1亿元收窄{}亿元。", ["128.2亿元", "134.1亿元"], "5.9", "9.5", "亿元"),
])
def test_differences_against_a_base_in_brackets_or_of_a_balance(text, operands, right, wrong, unit):
    assert ("difference", "consistent", operands, f"{right}{unit}") in checks_of(text.format(right))
    assert ("difference", "inconsistent", operands, f"{wrong}{unit}") in checks_of(text.format(wrong))


@pytest.mark.parametrize("cut, status", [("3.62", "consistent"), ("3.26", "inconsistent")])
def test_parts_in_brackets_named_by_what_is_cut(cut, status):
    text = f"全年新增减税降费27.77亿元（减税24.15亿元、降费{cut}亿元），留抵退税15.87亿元。"
    assert totals_of(text) == [(status, "27.77亿元", ["24.15亿元", f"{cut}亿元"])]


def test_other_taxes_of_one_kind_do_not_close_the_list():
    # 其他直接稅 is the rest of the direct taxes, and indirect taxes follow: not the rest of the revenue
    text = ("　　財政局昨日公布的特區財政收支狀況顯示，今年1至10月，特區政府總收入1,026.4億澳門元，按年增加7.9%"
            "（上年同期為951.3億澳門元）；總開支918.7億元，財政盈餘107.7億元。\n"
            "　　收入方面，博彩直接稅收入680.5億元，佔總收入的66.3%，完成全年預算829.6億元的82.0%；其他直接稅"
            "（職業稅、所得補充稅等）收入58.9億元，間接稅收入34.2億元。開支方面，全年開支預算為1,306.8億元。")
    assert all(status != "inconsistent" for status, _, _ in totals_of(text))


def test_sources_that_add_up_to_the_plan_are_its_breakdown():
    # the plan, not the investment done so far in its sentence, is what the sources fund
    text = ("项目年度计划投资12.68亿元，截至8月底已完成投资9.47亿元，完成年度计划的74.7%。\n"
            "从资金来源看，争取中央预算内投资和省级补助资金3.82亿元，发行地方政府专项债券5.5亿元，县级财政配套3.36亿元。")
    assert totals_of(text) == [("consistent", "12.68亿元", ["3.82亿元", "5.5亿元", "3.36亿元"])]


@pytest.mark.parametrize("share, status", [("40.0%", "consistent"), ("8.2%", "inconsistent")])
def test_the_former_is_the_first_of_the_list(share, status):
    text = ("全年缴存额68.45亿元。分单位性质看，国家机关和事业单位、国有企业、城镇私营及其他企业、其他类型单位分别缴存"
            f"27.38亿元、15.62亿元、19.87亿元和5.58亿元，前者占全年缴存额的{share}。")
    assert shares_of(text) == [(status, ["27.38亿元", "68.45亿元"])]


@pytest.mark.parametrize("fund, status", [("3,918.2", "consistent"), ("3,981.2", "inconsistent")])
def test_a_whole_named_by_its_parts_joined_with_ji(fund, status):
    text = f"追回医保基金及违约金共计4,572.6万元，其中追回基金{fund}万元、违约金654.4万元。"
    assert totals_of(text) == [(status, "4,572.6万元", [f"{fund}万元", "654.4万元"])]


@pytest.mark.parametrize("rate, status", [("9.7%", "consistent"), ("7.9%", "inconsistent")])
def test_growth_over_the_last_edition(rate, status):
    text = f"入場觀眾13.6萬人次，按屆增長{rate}，上屆為12.4萬人次。"
    assert checks_of(text) == [("growth", status, ["13.6萬人次", "12.4萬人次"], rate)]


@pytest.mark.parametrize("farm, status", [("7.92", "consistent"), ("7.29", "inconsistent")])
def test_parts_after_fenbie_wei_and_a_colon(farm, status):
    text = (f"全县一般公共预算支出47.83亿元。全年用于民生的支出38.65亿元，占一般公共预算支出的80.8%，分别为：教育9.47亿元，"
            f"社会保障和就业8.26亿元，卫生健康5.13亿元，农林水{farm}亿元，城乡社区3.35亿元，其他民生支出4.52亿元。")
    assert totals_of(text) == [(status, "38.65亿元",
                                ["9.47亿元", "8.26亿元", "5.13亿元", f"{farm}亿元", "3.35亿元", "4.52亿元"])]


@pytest.mark.parametrize("walnut, status", [("3.91", "consistent"), ("3.81", "inconsistent")])
def test_a_whole_that_lists_its_members_is_all_of_them(walnut, status):
    text = (f"茶叶、竹制品、山核桃三大特色产品共实现网络零售额17.19亿元，其中茶叶7.82亿元、竹制品5.46亿元、山核桃{walnut}亿元。")
    assert totals_of(text) == [(status, "17.19亿元", ["7.82亿元", "5.46亿元", f"{walnut}亿元"])]


def test_counts_of_places_after_a_heading_list_are_no_members():
    # the heading's 三、 and a sentence of places after the count list no members of the total
    text = ("三、无人报考的岗位2019年银保监会共招录784个职位，国考报名第二天已有717个职位有人报名，还有67个岗位无人问津。"
            "在这些岗位中，河南监管局无人报考的岗位最多，共有9个岗位，其次是吉林、山东、湖北，都有6个岗位无人问津。")
    assert all(status != "inconsistent" for status, _, _ in totals_of(text))


@pytest.mark.parametrize("rate, status", [("96.3%", "consistent"), ("93.6%", "inconsistent")])
def test_people_covered_as_a_share_of_all(rate, status):
    text = f"截至2024年12月底，全市持有社会保障卡人数达612.8万人，覆盖全市常住人口636.4万人的{rate}。"
    assert shares_of(text) == [(status, ["612.8万人", "636.4万人"])]


@pytest.mark.parametrize("last, status", [("741", "consistent"), ("841", "inconsistent")])
def test_a_classification_is_of_the_figure_its_noun_opens_with(last, status):
    # 从就业渠道看 classifies the 14718 at work, not the 15326 workers the 就业率 is over
    text = ("截至8月底，全县搬迁劳动力15326人，已实现就业14718人，就业率96.0%。从就业渠道看，县外务工9264人，"
            f"县内企业就业3587人，公益性岗位安置1126人，自主创业及灵活就业{last}人。")
    assert (status, "14718人", ["9264人", "3587人", "1126人", f"{last}人"]) in totals_of(text)
    assert ("ratio", "consistent", ["14718人", "15326人"], "96.0%") in checks_of(text)


@pytest.mark.parametrize("cold, status", [("8.5", "consistent"), ("9.5", "inconsistent")])
def test_members_named_and_counted_before_fenbie_are_all_of_the_total(cold, status):
    text = (f"园区实现营业收入42.6亿元，比上年同期的37.8亿元增长12.7%；仓储配送、多式联运和冷链物流三大板块分别实现收入"
            f"18.4亿元、15.7亿元和{cold}亿元。")
    assert totals_of(text) == [(status, "42.6亿元", ["18.4亿元", "15.7亿元", f"{cold}亿元"])]


@pytest.mark.parametrize("rate, status", [("21.7%", "consistent"), ("12.7%", "inconsistent")])
def test_growth_from_how_much_more_was_lent(rate, status):
    text = f"9家金融机构累计投放技改专项贷款126.3亿元，比上年同期多投放22.5亿元，增长{rate}。"
    assert checks_of(text) == [("growth", status, ["126.3亿元", "22.5亿元"], rate)]


@pytest.mark.parametrize("points, status", [("4.6", "consistent"), ("5.6", "inconsistent")])
def test_points_of_a_completion_rate_named_by_its_measure(points, status):
    text = (f"全市完成水利建设投资86.35亿元，完成年度投资计划98亿元的88.1%，投资完成率比上年同期提高{points}个百分点"
            "（上年同期为83.5%）。")
    assert ("difference", status, ["88.1%", "83.5%"], f"{points}个百分点") in checks_of(text)


@pytest.mark.parametrize("text, operands, rate, wrong", [
    # named rates: firms that grew, bills the fund paid, samples, leads, vouchers, certifications, flats sold,
    # funds and applications paid, flats let, and a bank's costs over its income
    ("76家规上工业企业中，产值实现增长的企业52家，增长面{}。", ["52家", "76家"], "68.4%", "64.8%"),
    ("其中住院42.8万人次，住院总费用57.36亿元，基金支付36.92亿元，实际报销比例为{}。", ["36.92亿元", "57.36亿元"], "64.4%", "46.4%"),
    ("县卫生健康局全年抽检农村供水工程水样1,260份，合格1,246份，合格率{}。", ["1,246份", "1,260份"], "98.9%", "89.9%"),
    ("县审计局发现问题线索23个，涉及金额1.08亿元，已整改19个，整改率{}。", ["19个", "23个"], "82.6%", "86.2%"),
    ("雁城市安排文体消费券资金3000万元，分三批投放，累计核销2,715万元，核销率{}。", ["2,715万元", "3000万元"], "90.5%", "95.0%"),
    ("待遇资格认证方面，全年应认证人数148万人，已完成认证146.8万人，认证率达{}。", ["146.8万人", "148万人"], "99.2%", "92.9%"),
    ("新盘上月首轮推售388个单位，即日售出352个，售出率达{}。", ["352个", "388个"], "90.7%", "97.0%"),
    ("市级财政安排技改专项资金3.5亿元，已兑付2.94亿元，兑付进度{}，惠及企业213家。", ["2.94亿元", "3.5亿元"], "84.0%", "48.0%"),
    ("全县累计受理补贴申请3,146件，已完成兑付2,987件，兑付率{}。", ["2,987件", "3,146件"], "94.9%", "99.4%"),
    ("人才发展集团新筹集人才公寓1,260套，已入住1,034套，入住率{}。", ["1,034套", "1,260套"], "82.1%", "81.2%"),
    ("期內營業收入為131.5億港元，按年增加6.2%。經營支出為46.71億港元，成本對收入比率為{}。", ["46.71億港元", "131.5億港元"],
     "35.5%", "53.5%"),
])
def test_named_rates_of_the_batches(text, operands, rate, wrong):
    assert ("ratio", "consistent", operands, rate) in checks_of(text.format(rate))
    assert ("ratio", "inconsistent", operands, wrong) in checks_of(text.format(wrong))
