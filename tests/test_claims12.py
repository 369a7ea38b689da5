"""Claims found by the ninth batch of articles written blind (electricity use, real estate,
graduates' employment, a private placement, a trade fair, village collectives, a county
medical community): a total named 总数 tied across a change, the base period's rate in
brackets, 上届, graduates placed over all graduates, people by 名 and by 人 in one list."""
import pytest

from claims import checks_of


@pytest.mark.parametrize("part, status", [("251.08万户", "consistent"), ("251.80万户", "inconsistent")])
def test_a_total_named_as_such_across_its_change(part, status):
    text = (f"截至10月底，全市用电客户总数286.45万户，较上年末增加9.37万户。其中，居民客户{part}、"
            "一般工商业客户32.96万户、大工业客户1.12万户、农业生产客户1.29万户。")
    assert ("sum", status, [part, "32.96万户", "1.12万户", "1.29万户"], None) in checks_of(text)


def test_the_base_periods_rate_in_brackets_is_no_growth_of_the_values():
    text = "1-10月，全县完成房地产开发投资38.46亿元，比上年同期的37.27亿元增长3.2%，增速较1-9月提高0.8个百分点（1-9月增长2.4%）。"
    found = checks_of(text)
    assert ("growth", "consistent", ["38.46亿元", "37.27亿元"], "3.2%") in found
    assert ("difference", "consistent", ["3.2%", "2.4%"], "0.8个百分点") in found
    assert not [c for c in found if c[3] == "2.4%"]


@pytest.mark.parametrize("rate, status", [("92.36%", "consistent"), ("93.26%", "inconsistent")])
def test_graduates_placed_over_all_graduates(rate, status):
    text = (f"该校2025届毕业生共8,426人。截至8月31日，全校已落实毕业去向7,782人，毕业去向落实率为{rate}。"
            "分学历看，本科生、硕士生和博士生的去向落实率分别为91.3%、95.1%和98.9%。")
    found = checks_of(text)
    assert ("ratio", status, ["7,782人", "8,426人"], rate) in found
    assert [c for c in found if c[3] in ("91.3%", "95.1%", "98.9%")] == []


def test_points_against_the_last_class():
    text = "毕业去向落实率为92.36%，比上届提高1.8个百分点（上届为90.56%）。"
    assert ("difference", "consistent", ["92.36%", "90.56%"], "1.8个百分点") in checks_of(text)


def test_people_by_ming_in_the_openers_sentence_total_parts_by_ren():
    text = "全校毕业生7,782人。全校共有2,318名毕业生选择升学，升学率为27.51%，其中境内升学2,106人、出国（境）深造212人。"
    assert ("sum", "consistent", ["2,106人", "212人"], None) in checks_of(text)


def test_a_shares_whole_is_no_part_of_a_scope():
    text = "758所普通高校中，有312所升学率低于10%，占758所普通高校的41.16%。"
    found = checks_of(text)
    assert ("ratio", "consistent", ["312所", "758所"], "41.16%") in found
    assert not [c for c in found if c[0] == "sum"]


def test_the_items_after_a_count_and_a_colon_add_up_to_the_totals_before():
    text = ("公司向特定对象发行A股38,650,000股，募集资金总额为人民币718,890,000.00元。最终确定发行对象3名：甲基金管理有限公司"
            "获配1,075万股、19,995.00万元；乙证券股份有限公司获配860万股、15,996.00万元；丙资产管理有限公司获配1,930万股、"
            "35,898.00万元。")
    found = checks_of(text)
    assert ("sum", "consistent", ["1,075万股", "860万股", "1,930万股"], None) in found
    assert ("sum", "consistent", ["19,995.00万元", "15,996.00万元", "35,898.00万元"], None) in found


def test_a_previous_value_after_a_colon_in_brackets():
    text = "10月份售电收入17.35亿元（上年同月：16.02亿元），同比增长8.3%。"
    assert ("growth", "consistent", ["17.35亿元", "16.02亿元"], "8.3%") in checks_of(text)


@pytest.mark.parametrize("rate, status", [("84.0%", "consistent"), ("48.0%", "inconsistent")])
def test_funds_paid_out_over_funds_granted(rate, status):
    text = f"全年争取各级扶持资金5860万元。截至11月底，扶持资金已拨付4920万元，拨付率为{rate}。"
    assert ("ratio", status, ["4920万元", "5860万元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("61.69%", "consistent"), ("67.69%", "inconsistent")])
def test_a_share_of_the_whole_that_frames_its_clause(rate, status):
    text = f"从就业流向看，直接就业的5,464名毕业生中，留在省内就业3,371人，占比为{rate}，较上届提高2.4个百分点。"
    assert checks_of(text) == [("ratio", status, ["3,371人", "5,464名"], rate)]


def test_a_frame_smaller_than_the_part_is_no_whole():
    text = "直接就业的5,464名毕业生中，省内用人单位吸纳就业6,371人，占比为61.69%。"
    assert not any("5,464名" in c[2] for c in checks_of(text))
