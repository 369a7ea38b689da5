"""Claims worded as in a development zone's monthly brief: numbered items whose label
names the measure (1．规上工业增加值：完成12.36亿元), a plan stated before the work done
(年度计划投资86.5亿元，1-4月完成投资31.4亿元，投资完成率38.3%), a share named by its part
(税收收入5.27亿元，税收占比81.3%), and projects counted by their class of amount
(2个千万元级项目: no money)."""
import pytest

from extractor import extract


def checks_of(text):
    article = extract(text)
    by_id = {f.id: f for f in article.figures}
    return [(c.kind, c.status, [by_id[i].text for i in c.inputs], by_id[c.reported].text if c.reported else None)
            for c in article.checks]


BRIEF = ("一、主要经济指标\n"
         "1．规上工业增加值：完成12.36亿元，同比增长8.2%；1-4月累计完成45.81亿元，同比增长7.6%。\n"
         "2．规上工业总产值：完成48.72亿元，比上年同月的44.10亿元增长10.5%。\n"
         "一般公共预算收入：6.48亿元，增长5.3%，其中税收收入5.27亿元。\n")


def test_a_numbered_items_label_names_what_its_figures_measure():
    figures = {f.text: f.indicator for f in extract(BRIEF).figures}
    assert figures == {"12.36亿元": "规上工业增加值", "8.2%": "规上工业增加值", "45.81亿元": "规上工业增加值",
                       "7.6%": "规上工业增加值", "48.72亿元": "规上工业总产值", "44.10亿元": "规上工业总产值",
                       "10.5%": "规上工业总产值", "6.48亿元": "一般公共预算收入", "5.3%": "一般公共预算收入",
                       "5.27亿元": "税收收入"}


@pytest.mark.parametrize("text, indicator", [
    ("原标题：38所高校入选", "高校"),  # a label of the page, not of a measure
    ("（二）招收范围和条件：招收普通高中毕业生115名", "招收普通高中毕业生"),  # a sentence follows the label
    ("一、招收范围和条件：1、招收计划：115名", "招收计划"),  # the label nearest the figure
])
def test_a_label_names_a_figure_only_when_figures_follow_it(text, indicator):
    assert [f.indicator for f in extract(text).figures] == [indicator]


@pytest.mark.parametrize("rate, status", [("36.3%", "consistent"), ("38.3%", "inconsistent")])
def test_a_completion_rate_divides_by_the_plan_stated_before_the_work_done(rate, status):
    # (was unverifiable: no target amount stated, the plan read only as a confirming target)
    text = f"年度计划投资86.5亿元，1-4月完成投资31.4亿元，投资完成率{rate}。"
    assert checks_of(text) == [("ratio", status, ["31.4亿元", "86.5亿元"], rate)]


@pytest.mark.parametrize("rate, status", [("81.3%", "consistent"), ("83.6%", "inconsistent")])
def test_a_share_named_by_the_start_of_its_parts_name_is_of_the_total_before(rate, status):
    # (税收占比 names 税收收入 by its start: the total 其中 opened on is the whole; it only
    # confirmed before)
    text = f"一般公共预算收入6.48亿元，同比增长5.3%；其中税收收入5.27亿元，税收占比{rate}。"
    assert checks_of(text) == [("ratio", status, ["5.27亿元", "6.48亿元"], rate)]


def test_projects_of_a_class_of_amounts_are_counted_not_money():
    figures = [(f.kind, f.text, f.of) for f in extract("其余2个千万元级项目合计投资8600万元。").figures]
    assert figures == [("count", "2个", "千万元级项目"), ("money", "8600万元", None)]
