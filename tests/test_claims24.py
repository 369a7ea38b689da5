"""Claims of the genre found in blind batches 31 and 32 (see tests/claims.py for what is compared)."""
import pytest

from claims import checks_of


@pytest.mark.parametrize("rate, status", [("5.4%", "consistent"), ("4.5%", "inconsistent")])
def test_a_growth_over_a_financial_year_named_so(rate, status):
    """Hong Kong's 2023-24財政年度 is its 2023-24年度."""
    text = (f"2024-25財政年度4條離島渡輪航線總乘客量為2,436.8萬人次，較2023-24財政年度的2,312.5萬人次上升{rate}。")
    assert checks_of(text) == [("growth", status, ["2,436.8萬人次", "2,312.5萬人次"], rate)]


@pytest.mark.parametrize("points, status", [("0.7個百分點", "consistent"), ("1.7個百分點", "inconsistent")])
def test_points_over_the_financial_year_before(points, status):
    text = f"2024-25財政年度班次準時率為98.6%，比上一財政年度提高{points}（2023-24財政年度為97.9%）。"
    assert checks_of(text) == [("difference", status, ["98.6%", "97.9%"], points)]


@pytest.mark.parametrize("high, status", [("12", "consistent"), ("13", "inconsistent")])
def test_counts_after_fenbie_that_name_their_kind_after_the_classifier(high, status):
    text = f"營運商合共以38艘船隻提供服務，分別為26艘普通渡輪及{high}艘高速船。"
    assert checks_of(text) == [("sum", status, ["26艘", f"{high}艘"], None)]


def test_a_bare_run_after_fenbie_names_no_kind():
    assert [c for c in checks_of("今年新增企业38家，分别为26家、12家。") if c[0] == "sum"] == []


def test_amounts_of_the_kinds_counted_right_before():
    """上游项目6个、中游项目11个、下游项目10个，协议投资分别为x、y和z: each amount is of one kind."""
    text = ("全市新签约项目27个，协议总投资412.6亿元。上游项目6个、中游项目11个、下游项目10个，"
            "协议投资分别为86.3亿元、198.5亿元和127.8亿元。")
    assert ("sum", "consistent", ["86.3亿元", "198.5亿元", "127.8亿元"], None) in checks_of(text)


def test_a_series_of_years_is_no_list_of_kinds():
    text = "全市营收412.6亿元。2022年、2023年、2024年营收分别为86.3亿元、198.5亿元和127.8亿元。"
    assert [c for c in checks_of(text) if c[0] == "sum"] == []


@pytest.mark.parametrize("verb, rate, status", [("調升至", "升幅4.7%", "consistent"), ("調升至", "升幅7.4%", "inconsistent"),
                                                 ("加至", "加幅4.7%", "consistent")])
def test_a_rise_from_one_level_to_another_named_by_its_size(verb, rate, status):
    text = f"高中每班津貼由上學年的1,402,000澳門元{verb}1,468,000澳門元，{rate}。"
    assert checks_of(text) == [("growth", status, ["1,468,000澳門元", "1,402,000澳門元"], rate[2:])]


@pytest.mark.parametrize("rate, status", [("5.5%", "consistent"), ("4.5%", "inconsistent")])
def test_a_tariff_per_cubic_metre_adjusted(rate, status):
    text = f"住宅用戶第一級水費由每立方米4.38元調整為4.62元，升幅為{rate}。"
    assert checks_of(text) == [("growth", status, ["4.62元", "4.38元"], rate)]


@pytest.mark.parametrize("rate, status", [("29.5%", "consistent"), ("25.9%", "inconsistent")])
def test_a_rise_from_a_month_end(rate, status):
    text = f"全省参与活动的销售门店由6月末的1,820家增加到2,356家，增长{rate}。"
    assert checks_of(text) == [("growth", status, ["2,356家", "1,820家"], rate)]


@pytest.mark.parametrize("rate, status", [("41.4%", "consistent"), ("44.1%", "inconsistent")])
def test_the_share_of_chain_stores(rate, status):
    text = (f"全省焙烤连锁门店达9,842家，其中直营门店3,915家、加盟门店5,927家。全省焙烤零售门店共2.38万家，"
            f"连锁化率为{rate}。")
    assert ("ratio", status, ["9,842家", "2.38万家"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("15.8%", "inconsistent"), ("18.5%", "consistent")])
def test_a_fall_from_the_heating_season_before(rate, status):
    text = f"全市共受理供热诉求3.62万件，比上一供暖季下降{rate}（上一供暖季为4.44万件）。"
    assert checks_of(text) == [("growth", status, ["3.62万件", "4.44万件"], rate)]


def test_a_pass_rate_after_a_long_clause_of_who_checked_what():
    """…研究院对在售电动自行车及蓄电池开展|专项抽检: the verb's object is what was checked."""
    text = ("省市场监管局、省产品质量监督检验研究院对在售电动自行车及蓄电池开展专项抽检1,260批次，"
            "合格1,213批次，合格率96.3%。")
    assert checks_of(text) == [("ratio", "consistent", ["1,213批次", "1,260批次"], "96.3%")]


@pytest.mark.parametrize("rate, status", [("99.6%", "consistent"), ("96.9%", "inconsistent")])
def test_complaints_dealt_with(rate, status):
    text = f"全年受理查詢及投訴3.46萬宗，其中投訴1,268宗，已處理1,263宗，處理率為{rate}。"
    assert ("ratio", status, ["1,263宗", "1,268宗"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, found", [("31.5%", True), ("35.1%", False)])
def test_a_share_stated_as_bare_bizhong(rate, found):
    """对…出口x，年减R，比重S: the share of the exports the sentence before states (read there, it
    confirms and never refutes)."""
    text = ("上半年化粧品及清潔用品出口值6.83億美元。主要市場中，對中國大陸及香港出口2.15億美元，"
            f"年減4.7%，比重{rate}。")
    ratios = [c for c in checks_of(text) if c[0] == "ratio"]
    assert ratios == ([("ratio", "consistent", ["2.15億美元", "6.83億美元"], rate)] if found else [])


@pytest.mark.parametrize("part, status", [("57.3萬輛", "consistent"), ("55.3萬輛", "inconsistent"),
                                         ("15.3萬輛", "unverifiable")])
def test_parts_after_the_measure_named_with_fangmian(part, status):
    """出口量方面，A x、B y: the parts of the 出口量 stated before.  Two parts enumerated that come
    within a tenth of the total are all of it, so 2% short is an error; far short, they may leave
    some out."""
    text = f"上半年自行車出口量98.6萬輛，年減4.1%。出口量方面，電輔車41.3萬輛、傳統自行車{part}。"
    assert checks_of(text) == [("sum", status, ["41.3萬輛", part], None)]


def test_a_fall_named_by_its_size_after_the_amount_it_fell_by():
    text = "2015年，格力营收977.45亿，比2014年少400亿，跌幅29%。"
    assert checks_of(text) == [("growth", "consistent", ["977.45亿", "400亿"], "29%")]


@pytest.mark.parametrize("county, status", [("2,030万元", "inconsistent"), ("2,300万元", "consistent")])
def test_each_level_of_government_after_a_list_of_the_others(county, status):
    """省级x、市级y，县级配套z: the ，-item completes the set of levels, so the list goes on to it."""
    text = f"上半年全县兑现奖补资金4,850万元，其中省级资金1,620万元、市级资金930万元，县级配套资金{county}。"
    assert checks_of(text) == [("sum", status, ["1,620万元", "930万元", county], None)]


def test_another_cut_after_a_list_is_no_item_of_it():
    text = "新签约项目54个，其中工业项目28个、服务业项目14个，新开工项目12个。"
    assert not [c for c in checks_of(text) if c[0] == "sum" and "12个" in c[2]]


@pytest.mark.parametrize("rate, status", [("3.0%", "consistent"), ("5.0%", "inconsistent")])
def test_a_count_against_a_year_before_named_by_how_many(rate, status):
    """個案數目較一年前的X減少R: the number of the cases the clause before counts."""
    text = (f"截至3月底，綜援計劃下共有個案173,200宗，涉及受助人246,500名；"
            f"個案數目較一年前的178,600宗減少{rate}。")
    assert checks_of(text) == [("growth", status, ["173,200宗", "178,600宗"], rate)]


@pytest.mark.parametrize("second, status", [("405.13億港元", "consistent"), ("415.13億港元", "inconsistent")])
def test_dangzhong_opening_a_sentence_with_an_aside_in_its_first_item(second, status):
    """當中A x，佔…，而…；B y，以…的z最多: the 而 turns within A's item, z is the largest of B's kinds."""
    text = (f"社會保障開支合共612.48億港元。當中綜援計劃開支207.35億港元，佔總開支的33.9%，而標準金額佔綜援開支逾七成；"
            f"公共福利金計劃開支{second}，以長者生活津貼的259.62億港元最多。")
    assert ("sum", status, ["207.35億港元", second], None) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("84.8%", "consistent"), ("88.4%", "inconsistent")])
def test_an_approval_rate(rate, status):
    text = f"上半年合共收到申請486宗；經審批後批出412宗，批准率為{rate}。"
    assert ("ratio", status, ["412宗", "486宗"], rate) in checks_of(text)


@pytest.mark.parametrize("rest, status", [("7,200萬元", "consistent"), ("8,200萬元", "unverifiable")])
def test_a_classification_whose_fenbie_run_the_rest_closes(rest, status):
    """(the total stands in the sentence before the opener: read there, it confirms and never refutes)"""
    text = ("信用保證金額為8.26億澳門元。按合作銀行分析，經甲銀行、乙銀行及丙銀行辦理的保證金額分別為3.12億元、"
            f"2.85億元及1.57億元，其餘七家合作銀行合共{rest}。")
    assert checks_of(text) == [("sum", status, ["3.12億元", "2.85億元", "1.57億元", rest], None)]


@pytest.mark.parametrize("rate, status", [("77.2%", "consistent"), ("72.7%", "inconsistent")])
def test_an_approval_rate_of_applications_named_as_approved(rate, status):
    text = f"回收基金去年共接獲申請412宗；其中獲批申請318宗，批核率為{rate}。"
    assert ("ratio", status, ["318宗", "412宗"], rate) in checks_of(text)


@pytest.mark.parametrize("last, status", [("45個", "consistent"), ("54個", "inconsistent")])
def test_baokuo_before_named_parts(last, status):
    text = f"社區回收網絡設有回收點1,025個，包括回收便利點812個、回收環保站168個及流動回收點{last}，遍布全港18區。"
    assert checks_of(text) == [("sum", status, ["812個", "168個", last], None)]


def test_a_scope_named_with_its_total_s_qualifier():
    """實際開支中， breaks down the 開支 whose 實際 the indicator dropped; a nested 其中 aside changes nothing."""
    text = ("預算開支為98.6億澳門元，實際開支92.4億元。實際開支中，人員開支41.8億元，藥物及醫療耗材開支23.5億元，"
            "其他開支27.1億元，其中向鏡泉醫院購買服務約13.6億元。")
    assert ("sum", "consistent", ["41.8億元", "23.5億元", "27.1億元"], None) in checks_of(text)


@pytest.mark.parametrize("third, status", [("17.8亿元", "consistent"), ("18.7亿元", "inconsistent")])
def test_a_qizhong_after_a_classified_part_breaks_that_part_down(third, status):
    """奥特莱斯实现销售额x…。其中，A、B和C分别实现销售额…: the items of 奥特莱斯, the part named before."""
    text = ("全市重点商贸载体累计实现销售额286.4亿元。分业态看，商业综合体实现销售额187.7亿元，同比增长7.4%；"
            "奥特莱斯实现销售额98.7亿元，同比增长14.2%。其中，槎溪凯乐奥特莱斯、萱岭名品奥特莱斯和蓼洲湾奥莱小镇"
            f"分别实现销售额52.3亿元、28.6亿元和{third}。")
    assert ("sum", status, ["52.3亿元", "28.6亿元", third], None) in checks_of(text)


@pytest.mark.parametrize("last, status", [("35宗", "consistent"), ("53宗", "unverifiable")])
def test_parts_named_exactly_as_an_earlier_part(last, status):
    """其中获批申请318宗。按计划划分，A获批申请x；B获批申请y；C获批申请z: the approved, not all applications
    (parts named as their whole may overlap: they confirm, never refute)."""
    text = ("回收基金去年共接獲申請412宗；其中獲批申請318宗。按計劃劃分，「企業資助計劃」獲批申請186宗；"
            f"「行業支援計劃」獲批申請97宗；「小型資助計劃」獲批申請{last}。")
    assert ("sum", status, ["186宗", "97宗", last], None) in checks_of(text)


@pytest.mark.parametrize("rest, status", [("6.96億美元", "consistent"), ("6.69億美元", "inconsistent")])
def test_taiwan_s_by_kind_bie_opens_a_classification(rest, status):
    """按貨品別，A x最多，B y次之，C、D分別為…，其餘各類合計w: the first item is one, though the largest."""
    text = ("上半年食品出口值16.42億美元。按貨品別，烘焙炊蒸及麵條類2.95億美元最多，水產加工品2.61億美元次之，"
            f"調味品、蔬果加工品分別為2.07億美元、1.83億美元，其餘各類合計{rest}。")
    assert checks_of(text) == [("sum", status, ["2.95億美元", "2.61億美元", "2.07億美元", "1.83億美元", rest], None)]


@pytest.mark.parametrize("rate, status", [("99.46%", "consistent"), ("99.64%", "inconsistent")])
def test_a_pass_rate_of_products_checked(rate, status):
    text = f"全年共抽检饲料和饲料添加剂产品1,286批次，其中合格1,279批次、不合格7批次，合格率为{rate}。"
    assert ("ratio", status, ["1,279批次", "1,286批次"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("98.6%", "consistent"), ("96.8%", "inconsistent")])
def test_hazards_put_right_and_struck_off(rate, status):
    text = f"共检查生产经营单位1,286家次，排查隐患2,417条，整改销号2,383条，整改率{rate}。"
    assert ("ratio", status, ["2,383条", "2,417条"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("90.8%", "consistent"), ("98.0%", "inconsistent")])
def test_a_target_named_by_what_it_plans(rate, status):
    """已達年度展店目標X的R: the year's target of stores opened, the stores now open."""
    text = f"青岸國際目前全台門市236家，已達年度展店目標260家的{rate}。"
    assert checks_of(text) == [("ratio", status, ["236家", "260家"], rate)]


@pytest.mark.parametrize("rate, status", [("81.8%", "consistent"), ("84.6%", "unverifiable")])
def test_a_mark_passed_in_the_headline_is_no_whole(rate, status):
    """总产值突破40亿元 in the title is a mark; the whole is the body's 总产值41.36亿元 past it (read by
    its name, it confirms only)."""
    text = ("黛溪县黄酒产业总产值突破40亿元\n　　2024年黛溪县黄酒产业实现总产值41.36亿元，比上年增长9.2%。\n"
            f"　　全县规上企业完成产值33.85亿元，占全县黄酒产业总产值的{rate}。")
    assert [c for c in checks_of(text) if c[3] == rate] == [("ratio", status, ["33.85亿元", "41.36亿元"], rate)]
