"""Changes in amount with both values stated (extractor/changes.py): the change the text
gives against the current value less the previous one."""
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import checks_of
from extractor import extract


@pytest.mark.parametrize("text, expected", [
    ("全市有效期内高新技术企业达1286家，较上年末的1113家净增173家。", ("consistent", ["1286家", "1113家"], "173家")),
    ("规上工业企业由上年的1192家增至1286家，净增84家。", ("inconsistent", ["1286家", "1192家"], "84家")),
    ("累计签约项目236个，比去年同期的184个多52个。", ("consistent", ["236个", "184个"], "52个")),
    ("通航航线达87条，较上年末的７６条净增１２条。", ("inconsistent", ["87条", "７６条"], "１２条")),
    # a decline: the change is negative
    ("卫生健康支出5.13亿元，较上年同期的5.50亿元减少0.37亿元。", ("consistent", ["5.13亿元", "5.50亿元"], "0.37亿元")),
    ("卫生健康支出5.13亿元，较上年同期的5.50亿元增加0.37亿元。", ("inconsistent", ["5.13亿元", "5.50亿元"], "0.37亿元")),
    # amounts rounded as written: 31.8 - 30.5 may be 1.2 to 1.4
    ("农村劳动力转移就业累计达31.8万人，比上年的30.5万人增加1.3万人。", ("consistent", ["31.8万人", "30.5万人"], "1.3万人")),
    # after a breakdown the change is the total's (41 - 574 was a false alarm)
    ("分店总数612间，其中香港285间、内地286间、澳门及海外41间，较上年底的574间净增38间。",
     ("consistent", ["612间", "574间"], "38间")),
    # scales may differ
    ("一般公共预算收入186,400万元，较上年的17.52亿元增加1.12亿元。",
     ("consistent", ["186,400万元", "17.52亿元"], "1.12亿元")),
])
def test_a_change_against_both_values(text, expected):
    assert [c for c in checks_of(text) if c[0] == "difference"] == [("difference", *expected)]


@pytest.mark.parametrize("text", [
    "年末全县规模以上工业企业186家，比上年增加12家。",  # no previous value stated
    "接待客商132批，上年同期为105批，分别增加27批。",  # a 分别 list of changes
    "全市有效期内高新技术企业达1286家，较上年末的1113人净增173家。",  # another measure
    "全市签约项目达30-40个，较上年的20个增加10个。",  # a range
])
def test_no_change_claim_without_both_values_of_its_measure(text):
    assert [c for c in checks_of(text) if c[0] == "difference"] == []


def test_the_explanation_reads_as_written():
    article = extract("规上工业企业由上年的1192家增至1286家，净增84家。")
    check = article.checks[0]
    assert (check.relation, check.kind, check.explanation_en) == ("change", "difference", "1286 - 1192 = 94 (reported 84)")
    assert check.reported_value == Decimal(84) and check.computed_low == check.computed_high == Decimal(94)
    assert article.figures[-1].role == "change"


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 99999), st.integers(1, 99999), st.integers(-3, 3))
def test_whole_counts_add_up_exactly(current, previous, off):
    change = current - previous
    verb = "增加" if change >= 0 else "减少"
    stated = abs(change) + off
    if stated < 0:
        return
    text = f"全市市场主体达{current}家，较上年末的{previous}家{verb}{stated}家。"
    checks = [c for c in checks_of(text) if c[0] == "difference"]
    assert checks == [("difference", "consistent" if off == 0 else "inconsistent",
                       [f"{current}家", f"{previous}家"], f"{stated}家")]


@pytest.mark.parametrize("text, expected", [
    ("其中，出口4032.7亿元，增长10.6%；进口2185.7亿元，增长4.2%；贸易顺差1874.0亿元。",
     ("inconsistent", ["4032.7亿元", "2185.7亿元"], "1874.0亿元")),
    ("全年进口120亿美元，出口80亿美元，逆差40亿美元。", ("consistent", ["120亿美元", "80亿美元"], "40亿美元")),
    ("三项社会保险基金总收入148.73亿元，总支出136.25亿元，当期结余12.48亿元。",
     ("consistent", ["148.73亿元", "136.25亿元"], "12.48亿元")),
])
def test_a_balance_against_the_two_amounts_it_is_the_difference_of(text, expected):
    assert [c for c in checks_of(text) if c[0] == "difference"] == [("difference", *expected)]


@pytest.mark.parametrize("text", [
    "进出口总额500亿元，其中进口300亿元，贸易逆差100亿元。",  # 进出口 is no 出口
    "出口80亿美元。进口120亿美元，逆差40亿美元。",  # the exports in another sentence
    "城乡居民储蓄存款余额结余52亿元。",
])
def test_no_balance_without_both_amounts_in_its_sentence(text):
    assert [c for c in checks_of(text) if c[0] == "difference"] == []
