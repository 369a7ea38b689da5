"""Claims found by the seventh batch of articles written blind (a township's investment
promotion, a charity federation, customs, Macau's economy, the private economy, key projects,
a developer's sales): the three sectors are all of a total, a target
in brackets after its rate, asides on a part, 按客源分析, 按年, a ；-item comparing the value
before with another base, a scope named before its member, and a colon list."""
import pytest

from claims import checks_of


@pytest.mark.parametrize("farm, status", [("3.2亿元", "consistent"), ("2.3亿元", "inconsistent")])
def test_the_three_sectors_are_all_of_a_total(farm, status):
    text = (f"今年新签约项目14个，协议总投资32.6亿元。其中，工业项目8个、投资24.5亿元，农业项目3个、投资{farm}，"
            "服务业项目3个、投资4.9亿元。")
    assert ("sum", status, ["24.5亿元", farm, "4.9亿元"], None) in checks_of(text)


def test_two_of_the_sectors_may_be_a_subset():
    text = "今年新签约项目14个，协议总投资32.6亿元。其中，工业项目8个、投资24.5亿元，服务业项目3个、投资4.9亿元。"
    assert all(c[1] != "inconsistent" for c in checks_of(text))


@pytest.mark.parametrize("rate, status", [("53.3%", "consistent"), ("55.3%", "inconsistent")])
def test_a_target_in_brackets_after_its_rate(rate, status):
    text = f"全镇到位县外资金12.8亿元，完成县定目标的{rate}（县定目标24亿元）。"
    assert ("ratio", status, ["12.8亿元", "24亿元"], rate) in checks_of(text)


def test_a_part_with_an_aside_in_brackets_stays_in_its_list():
    text = ("全年支出善款13,742.5万元。分领域看，助学支出2,386.4万元，资助学生5,620名（其中大学新生1,180名）；"
            "助医支出4,915.7万元；助困支出6,440.4万元。")
    assert ("sum", "consistent", ["2,386.4万元", "4,915.7万元", "6,440.4万元"], None) in checks_of(text)


def test_an_aside_that_may_say_the_parts_overlap_refutes_nothing():
    text = "涉诉案件合计29项。其中，作为原告的19项（其中含2项同时作为被告的案件），作为被告的11项，作为第三人的1项。"
    assert [c[1] for c in checks_of(text) if c[0] == "sum" and len(c[2]) == 3] == ["unverifiable"]


def test_a_first_part_broken_down_in_turn_and_the_list_going_on():
    text = ("9月入境旅客328.6万人次。按客源分析，内地旅客239.1万人次，其中个人游旅客114.5万人次；香港旅客68.3万人次，"
            "台湾旅客8.6万人次，国际旅客12.6万人次。")
    assert ("sum", "consistent", ["239.1万人次", "68.3万人次", "8.6万人次", "12.6万人次"], None) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("17%", "consistent"), ("71%", "inconsistent")])
def test_a_semicolon_item_compares_the_value_before_with_another_base(rate, status):
    text = f"9月博彩毛收入为183.7亿澳门元，较上年同月的173.3亿澳门元上升6%；受台风影响，较8月的221.4亿澳门元下跌{rate}。"
    assert ("growth", status, ["183.7亿澳门元", "221.4亿澳门元"], rate) in checks_of(text)


def test_points_against_the_same_month_a_year_before():
    text = "全澳酒店入住率为89.6%，按年上升2.1个百分点（上年同月为87.5%）。"
    assert ("difference", "consistent", ["89.6%", "87.5%"], "2.1个百分点") in checks_of(text)


def test_a_rate_above_the_nation_with_the_previous_value_between():
    text = ("全省进出口总值5,386.4亿元，同比增长6.6%（上年同期为5,052.9亿元），增速高于全国2.6个百分点"
            "（海关总署公布全国增长4%）。")
    assert ("difference", "consistent", ["6.6%", "4%"], "2.6个百分点") in checks_of(text)


def test_a_rate_above_another_measure_in_brackets_right_after():
    text = "全年民间投资增长6.8%，高于全部投资增速2.1个百分点（全市固定资产投资增长4.7%）。"
    assert ("difference", "consistent", ["6.8%", "4.7%"], "2.1个百分点") in checks_of(text)


def test_a_share_of_the_total_a_paragraph_before_named_as_its_sum():
    text = ("全年共募集善款16,238.6万元。\n其中，企业捐赠9,856.3万元；个人捐赠3,417.8万元；网络募捐2,964.5万元，"
            "占募集总额的比重为18.3%。")
    assert ("ratio", "consistent", ["2,964.5万元", "16,238.6万元"], "18.3%") in checks_of(text)


def test_a_count_scoped_by_name_over_that_count():
    text = "126个重点项目中，新开工项目54个、续建项目72个。截至8月底，新开工项目中已开工项目41个，开工率75.9%。"
    assert ("ratio", "consistent", ["41个", "54个"], "75.9%") in checks_of(text)


def test_a_growth_of_a_part_named_by_its_number():
    text = "上半年，新登记市场主体612户，其中企业426家、个体工商户186户；新登记企业数量较上年同期的360家增长18.3%。"
    assert ("growth", "consistent", ["426家", "360家"], "18.3%") in checks_of(text)


def test_the_items_of_a_colon_list_add_up_to_the_total_before():
    text = ("9月，公司新增土地储备项目3个，总地价46.85亿元。具体如下：甲项目由公司竞得，总地价18.20亿元；"
            "乙项目由公司合作开发，总地价16.45亿元；丙项目由公司竞得，总地价12.20亿元。")
    assert ("sum", "consistent", ["18.20亿元", "16.45亿元", "12.20亿元"], None) in checks_of(text)


def test_value_added_whose_nominal_values_give_the_rate():
    text = "全市民营经济实现增加值2,186.4亿元，比上年的2,038.5亿元增长7.3%。"
    assert ("growth", "consistent", ["2,186.4亿元", "2,038.5亿元"], "7.3%") in checks_of(text)


def test_a_bare_yuan_in_a_macau_article_is_the_pataca_until_an_amount_names_renminbi():
    from extractor import extract

    text = ("9月博彩毛收入為183.7億澳門元，按年上升6%。1至9月累計博彩毛收入1,832.6億元。"
            "內地旅客以移動支付消費人民幣12.6億元，另在商場消費8.2億元。")
    assert [f.currency for f in extract(text).figures if f.kind == "money"] == ["MOP", "MOP", "CNY", "CNY"]
    # (a Zhuhai report in simplified script that names the pataca first keeps its yuan)
    zhuhai = "横琴引进澳门企业投资5亿澳门元。全区实现地区生产总值450亿元。"
    assert [f.currency for f in extract(zhuhai).figures if f.kind == "money"] == ["MOP", "CNY"]
