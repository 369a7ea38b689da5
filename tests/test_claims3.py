"""Claims worded as in project-construction and trade reports: a plan beside what was
done (计划新开工项目58个，实际新开工51个), a share of a whole written with words its
name drops (占累计完成投资的), and a share that is no completion though 完成 is in it."""
import pytest

from extractor import extract


def checks_of(text):
    article = extract(text)
    by_id = {f.id: f for f in article.figures}
    return [(c.kind, c.status, [by_id[i].text for i in c.inputs], by_id[c.reported].text if c.reported else None)
            for c in article.checks]


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
])
def test_a_share_of_a_whole_written_with_words_its_name_drops(text, expected):
    assert checks_of(text) == expected


def test_a_share_of_work_done_is_no_completion():
    # 占…完成投资的 is a share; it was read as a completion with no target
    text = "全县累计完成投资152.3亿元。社会民生项目完成投资36.1亿元，占累计完成投资的23.7%。"
    assert [(c[0], c[3]) for c in checks_of(text)] == [("ratio", "23.7%")]
    assert [f.role for f in extract(text).figures if f.text == "23.7%"] == ["share"]
