"""Claims found by the nineteenth batch of articles written blind (a carbon market, a postal
administration, household waste, a Taiwan bank holding, futures, R&D spending, a population
bulletin, a trust company): the rest totalled with its members named, the year before stated
after a Taiwan rate, an increase of people broken down into its sources, a classification
opened by 按…分类, the size of a stock as the stock, and a classification whose total is the
whole a part is a share of, paragraphs back."""
import pytest

from claims import checks_of, totals_of
from extractor import extract


@pytest.mark.parametrize("rest", ["2.8亿元", "8.2亿元"])
def test_the_rest_totalled_with_its_members_named_is_a_part(rest):
    text = (f"以子公司获利贡献来看，晋邦证券赚进29.7亿元，晋邦人寿获利21.3亿元，"
            f"其余创投、投信等子公司合计贡献{rest}。")
    # (合计 after 其余 sums the rest, not the parts before it: no claim that 29.7 + 21.3 = rest)
    assert [c for c in checks_of(text) if c[0] == "sum"] == []


@pytest.mark.parametrize("rest, status", [("2.8亿元", "consistent"), ("8.2亿元", "inconsistent")])
def test_the_rest_totalled_closes_a_classification(rest, status):
    text = (f"金控全年税后纯益186.4亿元。以子公司获利贡献来看，银行税后纯益132.6亿元，"
            f"证券赚进29.7亿元，人寿获利21.3亿元，其余创投、投信等子公司合计贡献{rest}。")
    # (the total in the sentence before the opener is tied to it: it may refute)
    assert totals_of(text) == [(status, "186.4亿元", ["132.6亿元", "29.7亿元", "21.3亿元", rest])]


@pytest.mark.parametrize("rate, status", [("6.5%", "consistent"), ("5.6%", "inconsistent")])
def test_the_year_before_stated_after_a_taiwan_rate(rate, status):
    text = f"寿险子公司初年度保费收入412亿元，年减{rate}，前一年为440.6亿元，主要受外币保单销售放缓影响。"
    assert checks_of(text) == [("growth", status, ["412亿元", "440.6亿元"], rate)]


@pytest.mark.parametrize("migrants", ["27,572人", "37,572人"])
def test_an_increase_of_people_broken_down_into_its_sources(migrants):
    text = (f"年末全市常住人口486.72万人，比上年末增加3.15万人，增长0.65%（上年末为483.57万人）。"
            f"其中，自然增长人口3,928人，净迁入人口{migrants}。")
    sums = totals_of(text)
    # (the parts add up to the increase, not the population; read so, they confirm and never refute)
    if migrants == "27,572人":
        assert sums == [("consistent", "3.15万人", ["3,928人", migrants])]
    else:
        assert all(total == "3.15万人" and status != "inconsistent" for status, total, _ in sums)
    assert all(total != "486.72万人" for _, total, _ in sums)


def test_age_groups_are_what_they_count():
    article = extract("0-14岁人口67.65万人，15-59岁人口314.33万人，60岁及以上人口104.74万人，18周岁以下未成年人2.1万人。")
    assert [f.of for f in article.figures if f.kind == "count"] == [
        "0-14岁人口", "15-59岁人口", "60岁及以上人口", "18周岁以下未成年人"]


# (a whole found by its name in another sentence confirms only: it may be another figure so named)
@pytest.mark.parametrize("rate, status", [("61.87%", "consistent"), ("68.17%", "unverifiable")])
def test_the_size_of_a_stock_is_the_stock(rate, status):
    text = (f"截至年末，公司管理的信托资产规模为4,826.35亿元，较上年末增长11.93%。"
            f"年末资产服务信托规模2,986.14亿元，占全部信托资产的{rate}。")
    assert ("ratio", status, ["2,986.14亿元", "4,826.35亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("third, status", [("1,836.97亿元", "consistent"), ("1,863.97亿元", "inconsistent")])
def test_a_classification_whose_total_is_the_whole_of_a_share(third, status):
    text = ("截至年末，公司管理的信托资产规模为4,826.35亿元，较上年末增长11.93%。\n"
            "公司全年实现营业收入18.64亿元，同比增长6.39%。\n"
            f"按信托业务三分类，年末资产服务信托规模2,986.14亿元，占全部信托资产的61.87%；"
            f"资产管理信托{third}；公益慈善信托3.24亿元。")
    # (two paragraphs back the total would only confirm; the share ties it to the parts)
    assert totals_of(text) == [(status, "4,826.35亿元", ["2,986.14亿元", third, "3.24亿元"])]


@pytest.mark.parametrize("university, status", [("97.4亿元", "consistent"), ("94.7亿元", "inconsistent")])
def test_performers_of_r_and_d_against_the_whole_the_first_is_a_share_of(university, status):
    text = ("2025年全省共投入研究与试验发展（R&D）经费1286.4亿元，比上年增加118.7亿元。\n"
            "分活动类型看，基础研究经费86.2亿元，应用研究经费148.3亿元，试验发展经费1051.9亿元。\n"
            "分活动主体看，各类企业R&D经费1012.5亿元，增长10.8%，占全省R&D经费的比重为78.7%；"
            f"政府属研究机构经费118.6亿元；高等学校经费{university}；其他主体经费57.9亿元。")
    assert (status, "1286.4亿元", ["1012.5亿元", "118.6亿元", university, "57.9亿元"]) in totals_of(text)


def test_a_classification_opened_by_fenlei_is_read_without_a_share():
    text = ("截至年末，公司管理的信托资产规模为4,826.35亿元。"
            "按信托业务三分类，资产服务信托2,986.14亿元；资产管理信托1,836.97亿元；公益慈善信托3.24亿元。")
    assert totals_of(text) == [("consistent", "4,826.35亿元", ["2,986.14亿元", "1,836.97亿元", "3.24亿元"])]


@pytest.mark.parametrize("rate, status", [("99.3%", "consistent"), ("93.9%", "inconsistent")])
def test_emitters_that_surrendered_over_those_due(rate, status):
    text = f"2023年度应履约的292家重点排放单位中，290家按时足额完成清缴，履约率为{rate}。"
    assert checks_of(text) == [("ratio", status, ["290家", "292家"], rate)]


@pytest.mark.parametrize("rest", ["2家", "3家"])
def test_one_part_and_the_rest_after_another(rest):
    text = f"应履约的292家重点排放单位中，290家按时足额完成清缴；另有{rest}企业未按期履约，已责令限期整改。"
    sums = totals_of(text)
    # (read so, the parts confirm and never refute: 另有 may start another list)
    assert sums == ([("consistent", "292家", ["290家", rest])] if rest == "2家" else [])
    assert [f.of for f in extract(text).figures][:1] == ["重点排放单位"]


@pytest.mark.parametrize("rate, status", [("2.43%", "consistent"), ("2.34%", "inconsistent")])
def test_r_and_d_intensity_with_gdp_stated_in_its_item(rate, status):
    text = ("2025年全省共投入研究与试验发展（R&D）经费1286.4亿元，比上年增加118.7亿元。"
            f"以全省地区生产总值52,938亿元计，R&D经费投入强度（与地区生产总值之比）为{rate}。")
    assert ("ratio", status, ["1286.4亿元", "52,938亿元"], rate) in checks_of(text)


def test_a_scope_to_zhong_is_no_hit_nor_a_school():
    article = extract("292家重点排放单位中，290家完成清缴。他6个罚球全中，3所国家级示范性高中，将5枚硬币投入投币箱中，")
    of = {f.text: f.of for f in article.figures if f.kind == "count"}
    # (中 inside a word, 全中 and 高中, opens no scope; nor does one after a verb and no body)
    assert (of["292家"], of["3所"], of["5枚"]) == ("重点排放单位", "国家级示范性高中", "硬币")
    assert of["6个"] != "罚球全"
