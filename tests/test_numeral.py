"""The numeral parser and the number figures built on it.

Tables are ``(input, expected)`` grouped by phenomenon; the comment on each
group says where it comes from: *dev* (seen while writing the rules), *bug*
(a wrong reading caught and fixed), *peer* (a phenomenon listed in
../shared/peer/FAILURES.md; the inputs here are our own).
"""
import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import extract
from extractor.figures import build_figures
from extractor.normalize import normalize
from extractor.numeral import parse_number, to_decimal_string
from extractor.rules import cached_rules

D = Decimal

PARSE = {
    # Arabic, separators, widths of sign (dev)
    "arabic": [
        ("2013", D(2013)), ("1,100.9", D("1100.9")), ("47.264287", D("47.264287")),
        ("-8.92", D("-8.92")), ("负25000", D(-25000)), ("0.0753", D("0.0753")),
    ],
    # Standard Chinese numerals and their sections (dev)
    "chinese": [
        ("零", D(0)), ("十", D(10)), ("十五", D(15)), ("一十五", D(15)), ("两百零五", D(205)),
        ("三千零七", D(3007)), ("三万零一十五", D(30015)), ("三万零十五", D(30015)),
        ("三十万亿", D(30 * 10**12)), ("两万三千亿", D(23 * 10**11)), ("一亿零五百万", D(105000000)),
        ("九千九百九十九万九千九百九十九", D(99999999)), ("五十五兆", D(55 * 10**12)),
        ("廿三", D(23)), ("卅", D(30)), ("一万零卌", D(10040)),
    ],
    # A lone digit after a unit counts in the next lower unit (peer)
    "elided_unit": [
        ("一万五", D(15000)), ("三亿二", D(320000000)), ("两百五", D(250)), ("一千六", D(1600)),
        # one Arabic digit after a unit counts in the next lower unit too; a 0 before it does not
        ("1万5", D(15000)), ("3千5", D(3500)), ("1亿5", D(150000000)), ("5百5", D(550)), ("1千2百5", D(1250)),
        ("1万05", D(10005)), ("1万50", D(10050)), ("3万4000", D(34000)),
        ("百四", D(140)), ("千二", D(1200)), ("万七", D(17000)), ("百五万", D(1500000)),
    ],
    # Financial numerals, alone and mixed with standard ones (peer)
    "financial": [
        ("壹佰壹拾万贰仟陆佰壹拾肆", D(1102614)), ("叁拾", D(30)), ("参拾伍", D(35)),
        ("拾万零三十八", D(100038)), ("壹千零玖", D(1009)), ("叁佰零参", D(303)),
        ("十万叁仟陆佰零柒", D(103607)),
    ],
    # Arabic digits with Chinese units (peer)
    "mixed": [
        ("1.2万", D(12000)), ("260亿129万5千", D(26001295000)), ("5万6000", D(56000)),
        ("2千零30", D(2030)), ("38万2千", D(382000)), ("2,300万", D(23000000)), ("6.12万亿", D("6.12E12")),
        ("9佰", D(900)),
    ],
    # Decimals written with 点 (dev)
    "decimal_words": [
        ("三点一四", D("3.14")), ("零点七五", D("0.75")), ("一百二十点五", D("120.5")), ("零点35", D("0.35")),
    ],
    # Positional digits: years and codes, never pairs (bug: 二三十 read as 23, 两两 as 22)
    "positional": [
        ("二〇一三", D(2013)), ("一九九八", D(1998)), ("二三", None), ("两零二三", None), ("陆陆", None),
    ],
    # 多/余/几 inside a numeral: the stated part (peer)
    "approx_inside": [
        ("二十多万", D(200000)), ("300余万", D(3000000)), ("三十几万", D(300000)), ("二百零几万", D(2000000)),
        ("十余", D(10)),
    ],
    # Half (peer)
    "half": [("半", D("0.5")), ("一半", D("0.5")), ("半百", D(50))],
    # Suffixes, exponents, leading point (peer)
    "notation": [
        ("65k", D(65000)), ("15K", D(15000)), ("1.3w", D(13000)), ("3.5M", D(3500000)), ("-4.5M", D(-4500000)),
        ("7e3", D(7000)), ("45.6e+10", D("4.56E11")), ("-35e-1", D("-3.5")),
        ("3^4", D(81)), ("4^-1", D("0.25")), ("0.8^-1", D("1.25")),
        (".75", D("0.75")), ("-.25", D("-0.25")),
        ("3^-1", None),  # no exact decimal
        ("9^99", None),  # beyond any figure
    ],
    # Not numbers: no guess, no zero (dev)
    "not_numbers": [
        ("", None), ("元", None), ("十百", None), ("五十千", None), ("1.2.3", None), ("abc", None),
    ],
}


@pytest.mark.parametrize(
    "text,expected",
    [pytest.param(t, e, id=f"{group}: {t}") for group, rows in PARSE.items() for t, e in rows],
)
def test_parse_number(text, expected):
    got = parse_number(text)
    assert got == expected
    if got is not None:
        assert isinstance(got, Decimal)


def test_parse_number_rejects_non_strings():
    with pytest.raises(TypeError):
        parse_number(12)


NUMBERS = {
    # Written-out numerals with stray spaces, as a PDF copy leaves them (peer)
    "spaces": [
        ("合计一 百 五 十 二件", "一 百 五 十 二", D(152)),
        ("共8万 2千 6百元", "8万 2千 6百", D(82600)),
        ("余额为负 1200", "负 1200", D(-1200)),
    ],
    # Fractions (peer)
    "fractions": [
        ("约占五分之三", "五分之三", D("0.6")), ("一又二分之一", "一又二分之一", D("1.5")),
        ("负一又四分之一", "负一又四分之一", D("-1.25")), ("比例为3/8", "3/8", D("0.375")),
        ("千分之五", "千分之五", D("0.005") * 100),  # a percent figure, see below; here a fraction
    ],
    # 打 is a dozen (peer)
    "dozen": [("鸡蛋买了两打。", "两打", D(24))],
    # A full-width comma groups full-width digits (peer), and half-width ones in whole groups before a unit
    "full_width_groups": [("收入７，８２１元", "７，８２１", D(7821))],
}


@pytest.mark.parametrize(
    "text,span,value",
    [pytest.param(t, s, v, id=f"{group}: {t}") for group, rows in NUMBERS.items() for t, s, v in rows
     if group != "fractions" or not s.startswith("千分之")],
)
def test_number_figures(text, span, value):
    figures = [f for f in extract(text, kinds={"number"}).figures if f.text == span]
    assert figures, [f.text for f in extract(text, kinds={"number"}).figures]
    assert figures[0].value == value
    assert text[figures[0].start:figures[0].end] == span


@pytest.mark.parametrize("text,numbers", [
    ("我们一起去四川", []),            # a digit inside a word (dev)
    ("这一切都很顺利", []),
    ("服务十足到位", []),
    ("增长3，20家企业", ["3", "20"]),  # a Chinese comma between half-width digits separates (dev)
    ("2019，200个项目落地", ["2019", "200"]),  # ... after four digits too
    ("共有462，000个职位空缺", ["462，000"]),  # but whole groups before a unit are one number (bench pages)
    ("宣布，1，700多万人参与", ["1，700多万"]),  # after a clause's comma, and before 多/余 and the unit
    ("引发事故，71，000人死亡", ["71，000"]),
    ("配偶AUD 6，940；子女AUD 2，970", ["6，940", "2，970"]),  # after a currency code too (bench pages)
    ("比值USD/CNY 6，940", ["6", "940"]),  # not a pair of codes
    ("约人民币186，500RMB", ["186，500"]),  # and before a code
    ("年收入超过6 000亿元", ["6 000亿"]),  # spaces between thousands groups before a unit (bench pages)
    ("每年只有1 300例确诊", ["1 300"]),
    ("编号2019 123个", ["2019", "123"]),  # four digits before the space: no group
    ("见https://x.cn/a?q=30%25%2020", []),  # percent-encoding in a web address (peer)
    ("两小时", ["两"]),
    ("他去的是四川", []),                  # a copula does not free a digit inside a word (dev)
    ("结果是三不是六", ["三", "六"]),        # but a clause that goes on does (peer)
    ("省略号后...9", ["9"]),               # a number may follow an ellipsis (peer)
    ("有三只", ["三"]),
])
def test_numbers_in_words_and_places(text, numbers):
    assert [f.text for f in extract(text, kinds={"number"}).figures] == numbers


@pytest.mark.parametrize("text,rule", [
    # The number rules' own negatives: other numbers in these texts are still found (dev, bench corpus).
    ("统一打印准考证", "number.any.multiplier"), ("这一打法很有效", "number.any.multiplier"),
    ("2+1打成", "number.any.multiplier"),
    ("第1/4决赛", "number.fraction.slash"), ("11/04截止", "number.fraction.slash"),
    ("2018/2019赛季", "number.fraction.slash"), ("16/17赛季", "number.fraction.slash"),
    ("以6-4/3-6落败", "number.fraction.slash"), ("电话2108/31554", "number.fraction.slash"),
    ("复选3/1", "number.fraction.slash"), ("复选0/1", "number.fraction.slash"),
])
def test_not_a_dozen_or_a_fraction(text, rule):
    assert not [f for f in extract(text, kinds={"number"}).figures if f.rule == rule]


def test_repeating_fraction_is_not_given_a_rounded_value():
    for text, span in (("约三分之一的企业", "三分之一"), ("中奖概率2.58亿分之一", "2.58亿分之一")):
        article = extract(text, kinds={"number"})
        assert not [f for f in article.figures if f.text == span]
        assert [i for i in article.issues if i.text == span]


# ---- properties ------------------------------------------------------------

_STD = "零一二三四五六七八九"
_FIN = "零壹贰叁肆伍陆柒捌玖"


def render(n: int, financial: bool = False, short_ten: bool = False) -> str:
    """A plain renderer of the standard reading: 10012 -> 一万零一十二."""
    digits = _FIN if financial else _STD
    units = ("仟", "佰", "拾", "") if financial else ("千", "百", "十", "")

    def small(s: int) -> str:  # 1..9999
        out, gap = "", False
        for unit, p in zip(units, (1000, 100, 10, 1)):
            d = s // p % 10
            if d == 0:
                gap = bool(out)
                continue
            if gap:
                out += digits[0]
                gap = False
            out += digits[d] + unit
        return out

    def big(m: int) -> str:
        for scale, mark in ((10**8, "亿"), (10**4, "万")):
            if m >= scale:
                hi, lo = divmod(m, scale)
                text = big(hi) + mark
                if lo:
                    text += (digits[0] if lo < scale // 10 else "") + big(lo)
                return text
        return small(m)

    if n == 0:
        return digits[0]
    text = big(n)
    if short_ten and not financial and text.startswith("一十"):
        text = text[1:]  # 十五 for 一十五
    return text


@given(st.integers(min_value=0, max_value=10**16 - 1), st.booleans(), st.booleans())
@settings(max_examples=400, deadline=None)
def test_rendered_chinese_parses_back(n, financial, short_ten):
    assert parse_number(render(n, financial, short_ten)) == n


@given(st.integers(min_value=1, max_value=10**16 - 1))
@settings(max_examples=150, deadline=None)
def test_rendered_chinese_is_found_whole_in_a_sentence(n):
    text = f"总数为{render(n)}。"
    figures = extract(text, kinds={"number"}).figures
    assert [(f.text, f.value) for f in figures] == [(render(n), n)]


@given(st.integers(min_value=0, max_value=10**20), st.integers(min_value=0, max_value=10**6 - 1),
       st.lists(st.integers(min_value=1, max_value=25), max_size=5))
@settings(max_examples=300, deadline=None)
def test_arabic_with_commas_parses_exactly(whole, frac, cuts):
    digits = str(whole)
    for cut in sorted(set(cuts), reverse=True):  # commas anywhere: the parser drops them
        if cut < len(digits):
            digits = digits[:cut] + "," + digits[cut:]
    text = f"{digits}.{frac:06d}"
    assert parse_number(text) == Decimal(f"{whole}.{frac:06d}")


@given(st.integers(min_value=1000, max_value=10**15), st.integers(min_value=0, max_value=99))
@settings(max_examples=150, deadline=None)
def test_grouped_arabic_is_one_figure(whole, cents):
    text = f"金额为{whole:,}.{cents:02d}元。"
    figures = extract(text, kinds={"money"}).figures
    assert [f.value for f in figures] == [Decimal(f"{whole}.{cents:02d}")]


@given(st.decimals(allow_nan=False, allow_infinity=False, places=6, min_value=-10**12, max_value=10**12))
def test_to_decimal_string_round_trips(value):
    assert Decimal(to_decimal_string(value)) == value
    assert "E" not in to_decimal_string(value)


@pytest.mark.parametrize("text", ["亿" * 100_000, "1" * 100_000, "一" * 100_000, "壹" * 100_000,
                                  "1e" * 50_000, "百 " * 50_000, "多万" * 50_000, "9," * 50_000,
                                  "十" * 100_000, "1万" * 50_000, "百分之" * 30_000])
def test_long_runs_stay_fast(text):
    """Finding and reading figures in a hostile run stays linear (no regex backtracking):
    ten times the text takes about ten times as long, where backtracking would take a
    hundred times (a growth, not a clock time: a loaded machine slows both runs)."""
    rules = cached_rules(None)
    kinds = {"money", "percent", "percentage_point", "count", "number"}
    build_figures(normalize("预热：投资3亿元"), rules, kinds)  # one-time rule analysis is not the run

    def seconds(run: str) -> float:
        start = time.perf_counter()
        build_figures(normalize(run), rules, kinds)
        return time.perf_counter() - start

    tenth = seconds(text[:len(text) // 10])
    assert seconds(text) < 30 * tenth + 2
