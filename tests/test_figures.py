"""Figures end to end: exact values, raw offsets, the seed article, hostile input."""
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import extract

SEED_EXPECTED = [  # (kind, value, currency or unit) of the seed's headline claims, in order
    ("money", "2273500000", "CNY"), ("money", "1980000000", "CNY"), ("percent", "114.82", "%"),
    ("money", "1990000000", "CNY"), ("money", "1800000000", "CNY"), ("percent", "110.56", "%"),
    ("money", "42890000", "USD"), ("money", "26990000", "USD"), ("percent", "158.9", "%"),
    ("count", "17", "个"), ("money", "19305000000", "CNY"),
]


def test_seed_headline_figures(seed_text):
    figures = [f for f in extract(seed_text).figures if f.kind in ("money", "percent") or f.value == 17]
    got = [(f.kind, str(f.value), f.currency or f.unit) for f in figures][:len(SEED_EXPECTED)]
    assert got == [(k, v, c) for k, v, c in SEED_EXPECTED]


def test_seed_offsets_and_counts(seed_text):
    article = extract(seed_text)
    for f in article.figures:
        assert seed_text[f.start:f.end] == f.text
    counts = {(f.text, str(f.value)) for f in article.figures if f.kind == "count"}
    assert {("100余人次", "100"), ("35次", "35"), ("66個", "66"), ("30余次", "30")} <= counts
    # Figures in the copyright footer (a phone number, an ICP number) are not claims.
    footer = seed_text.index("版權(quán)及免責(zé)聲明")
    assert not [f for f in article.figures if f.kind == "money" and f.start > footer]


def test_values_are_exact_decimals():
    article = extract("本次拟投资47.264287亿元，金额壹佰壹拾万贰仟陆佰壹拾肆元陆角。")
    assert [f.value for f in article.figures] == [Decimal("4726428700"), Decimal("1102614.6")]
    assert all(isinstance(f.value, Decimal) for f in article.figures)
    assert article.to_dict()["figures"][0]["value"] == "4726428700"


def test_negative_and_sign():
    figures = extract("利润同比下降30.6%，增速为-8.92%，比上年回落1.2个百分点，下降至20%。").figures
    assert [(f.text, str(f.value), f.negative) for f in figures] == [
        ("30.6%", "30.6", True), ("-8.92%", "-8.92", False),
        ("1.2个百分点", "1.2", True), ("20%", "20", False)]


def test_decline_named_after_the_figure_or_as_a_noun_before_it():
    figures = extract("出货量出现8.6%的下滑，利润降幅为5%，股价跌幅达3.2%，营收实现3%左右的负增长，"
                      "明天有30%的降水概率，有5%的降价空间，增长12%的同时下降。").figures
    assert [(f.text, f.negative) for f in figures] == [
        ("8.6%", True), ("5%", True), ("3.2%", True), ("3%左右", True),
        ("30%", False), ("5%", False), ("12%", False)]


def test_no_figures_inside_titles():
    figures = extract("他重温了《天龙八部》和《101次求婚》，该剧投资3亿元，《大三元》票房增长12%。").figures
    assert [f.text for f in figures] == ["3亿元", "12%"]


def test_about_before_a_copula_makes_the_figure_approximate():
    figures = extract("流入量约为1350亿美元，大约是40%，总额为12亿元。").figures
    assert [(f.text, f.approx) for f in figures] == [("1350亿美元", True), ("40%", True), ("12亿元", False)]
    # a bound before "only" or a rate's unit, which the span leaves out too
    figures = extract("大约只有10%的读者点击，成本不到每吨20美元，售价每吨30美元。").figures
    assert [(f.text, f.approx) for f in figures] == [("10%", True), ("20美元", True), ("30美元", False)]
    # at least, about before a change
    figures = extract("名单上至少有18家，营收约下降13%至26%，大概会有120-150个学生，起码要280万元。").figures
    assert [(f.text, f.approx) for f in figures] == [("18家", True), ("13%至26%", True), ("120-150个", True),
                                                      ("280万元", True)]


def test_ranges_and_approximations():
    figures = extract("拟募集5亿至8亿元，预计1-3亿元，接待客商100余人次，约40%。").figures
    assert [(str(f.value), f.value_max and str(f.value_max), f.approx) for f in figures] == [
        ("500000000", "800000000", False), ("100000000", "300000000", False),
        ("100", None, True), ("40", None, True)]


def test_no_figures_in_non_figure_words():
    text = "推动产业多元化发展，这一点十分重要，一元复始，五角大楼，张三李四人民币，荣获三连冠，第三届，500强。"
    assert extract(text).figures == []


def test_kinds_filter():
    text = "投资5亿元，增长12%，项目17个，共有2013吨"
    assert {f.kind for f in extract(text, kinds={"money"}).figures} == {"money"}
    assert {f.kind for f in extract(text, kinds={"number"}).figures} == {"number"}


def test_hostile_inputs_finish_without_figures():
    # (digit groups joined by Chinese commas: each run is read once, not once per comma)
    for text in ("", "，。！？" * 1000, "亿" * 100_000, "万亿" * 50_000, "(xiāng)" * 10_000,
                 "1" + "，123" * 50_000, "1" + "·5" * 50_000):
        article = extract(text)
        assert article.figures == [], text[:10]
    priced = "¥1" + "，123" * 50_000 + "4"
    assert [f.text for f in extract(priced).figures] == ["¥1"]  # no run of groups ends in 1234
    digits = extract("9" * 100_000 + "元")
    for f in digits.figures:  # a run longer than any figure is either refused or exact
        assert f.text in "9" * 100_000 + "元"
    big = extract("全年到位资金22.735亿元，完成目标的114.82%。" * 20_000)
    assert len(big.figures) == 40_000
    # a clause of many bases (由, 比) and no digit before its figure: read from its end only
    # (searched from each 由, it took two minutes)
    for text in ("由" * 100_000 + "增加到5亿元", "从比" * 50_000 + "达到5亿元"):
        assert [(f.text, f.indicator) for f in extract(text).figures] == [("5亿元", None)]
    # figures with no sentence or clause break between them, and quantities (吨) that are no
    # figures: each figure's clause, sentence and paragraph are read near it, not from the text's
    # start (read back so from each one, 20,000 of them took minutes)
    for text, n in (("1元" * 10_000, 10_000), ("1吨" * 10_000, 0), ("12.5亿元，" * 10_000, 10_000),
                    ("同比增长18.7%，高于各项贷款增速7.5个百分点，" * 2_500, 5_000)):
        assert len(extract(text).figures) == n, text[:10]


_PIECES = st.sampled_from([
    "全年", "到位资金", "22.735亿元", "１２．５％", "區(qū)", "萬(wàn)元", "3000", "约", "近", "余",
    "17个", "，", "。", "?", " ", "下降", "百分之", "千分之", "个百分点", "成", "一", "十", "两",
    "亿", "万", "人民币", "美元", "港幣", "-", "至", "1,100.9", "\n", "（", "）", "(", ")",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_any_mix_keeps_offsets_and_exact_values(text):
    article = extract(text)
    last_end = 0
    for f in article.figures:
        assert text[f.start:f.end] == f.text
        assert f.start >= last_end  # figures do not overlap and come in order
        last_end = f.end
        assert isinstance(f.value, Decimal) and f.value.is_finite()


@pytest.mark.parametrize("text,count,noun", [
    ("这三个产品覆盖了厨电、燃气灶。", "三个", "产品"),
    ("比赛结束，两位棋手鞠躬之后，离开赛场。", "两位", "棋手"),
    ("在93个专业类的选考要求中", "93个", "专业类"),
    ("全年新签约项目17个，其中工业项目3个。", "17个", "新签约项目"),
    ("举办了3次专题招商会。", "3次", "专题招商会"),
    ("他还有3次抢断。", "3次", "抢断"),
    ("这一季度，其共卖出4690万台，同比下降。", "4690万台", None),
    ("剩下80人留在当地完成剩余工作。", "80人", None),
    ("状态回升，三次杀入了决赛。", "三次", None),
    # before the count, the noun starts after the last function word, not after 和/与
    ("报名人数就达到了其会员总数330万人。", "330万人", "会员总数"),
    # a target counts the people it is set for, not targets (the dev gold's convention)
    ("报名人数就达到了其最小团体目标330万人。", "330万人", None),
    ("据悉，了解情况的记者增加到40余人。", "40余人", "记者"),
    ("据悉，唐嫣与孙坚两人都毕业于戏剧学院。", "两人", "唐嫣与孙坚"),
    # a quoted name before the noun comes whole, quotes and all (the noun was 学者”团队)
    ("学院现有“东风学者”团队4个。", "4个", "“东风学者”团队"),
    ("全省共有专精特新“小巨人”企业128家。", "128家", "专精特新“小巨人”企业"),
    # complaints taken are what is counted, not the taking; a scenic grade and a size's range are the noun's
    ("全年共受理游客投诉36件，办结36件。", "36件", "游客投诉"),
    ("其中，5A级景区2家，接待游客68.7万人次。", "2家", "5A级景区"),
    ("3A级及以下景区15家。", "15家", "3A级及以下景区"),
    ("其中亿元及以上项目12个。", "12个", "亿元及以上项目"),
    # a verb right after the verb that holds an event opens the event's name; after another it is the clause's
    ("全年共组织赴外招商活动36次。", "36次", "赴外招商活动"),
    ("全年召开联审联批会议15次。", "15次", "联审联批会议"),
    # (a verb the clause may have, after the verb of holding, and nouns after it: 举办|培训|课程; not a
    # second verb of holding, 组织|开展|招商活动)
    ("协会举办培训课程42场。", "42场", "培训课程"),
    ("各部门组织开展招商活动38次。", "38次", "招商活动"),
    # a verb right after a conjunction of nouns opens the second noun (家庭农场和|种植|大户)
    ("新型经营主体中，家庭农场和种植大户243家。", "243家", "家庭农场和种植大户"),
    ("力争筹建国家实验室1家。", "1家", "国家实验室"),
    # a word that ends the noun after a count, though jieba cut it in pieces (总|投资)
    ("14家企业总投资52亿元。", "14家", "企业"),
    # a party before 一行 is what its head count counts; a numeral inside a quoted name is the name's
    ("异地商会考察团一行60余人来岚考察。", "60余人", "异地商会考察团"),
    ("1-8月，新入库“四上”企业37家。", "37家", "“四上”企业"),
    ("《崩坏3》账户数量超过2200万个。", "2200万个", "账户数量"),
    # a scope between the noun and the number is neither
    ("配网自动化产品已在国内130余家地市供电公司应用。", "130余家", None),
    # the rest keeps its 其他, and opens the noun
    ("另有纺织服装企业31家，其他行业企业23家。", "23家", "其他行业企业"),
    ("毕业生中签约其他企业21人。", "21人", "其他企业"),
    # a change from a year's same period counts the subject before 由, past a digit group's comma
    ("注册货主由上年同期的2,148家增加到2,630家。", "2,630家", "注册货主"),
    ("注册货主由去年同期的2,148家增加到2,630家。", "2,148家", "注册货主"),
    # a lot at auction is a noun ending in 的; a site (点) is no numeral; a body before a verb acts
    ("网拍平台上拍房产、车位等各类标的214件。", "214件", "标的"),
    ("其中乡镇服务站96个、村级服务点1,370个。", "1,370个", "村级服务点"),
    ("县农技推广中心与省农业科学院共建土壤墒情监测站18个。", "18个", "土壤墒情监测站"),
    # a plan or an estimate before the verb of what is planned is no part of the noun
    ("今年计划新开通城际公交线路6条。", "6条", "新开通城际公交线路"),
    ("预估受惠劳工约31.2万名。", "约31.2万名", "受惠劳工"),
])
def test_the_counted_noun_stops_at_a_verb(text, count, noun):
    from extractor.counted import counted_noun
    from extractor.rules import load_rules

    start = text.index(count)
    assert counted_noun(text, start, start + len(count), load_rules()) == noun


def test_a_count_right_after_a_county_counts_what_follows():
    found = extract("栗阳县12家龙头企业与38家合作社签订产销订单。").figures
    assert [(f.text, f.of) for f in found] == [("12家", "龙头企业"), ("38家", "合作社")]


@settings(max_examples=200, deadline=None)
@given(spans=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])),
                      max_size=12),
       at=st.integers(0, 80))
def test_skipped_spans_test_is_the_plain_scan(spans, at):
    """Addresses and titles are skipped by a bisected test; it agrees with a scan of them all."""
    from extractor.figures import _covered

    assert _covered(spans)(at) == any(s <= at < e for s, e in spans)


_CN_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """1..99 in Chinese numerals, as written in running text (十五, 二十, 二十五)."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _CN_DIGITS[tens]) + "十" if tens else "") + (_CN_DIGITS[ones] if ones else "")


@settings(max_examples=300, deadline=None)
@given(low=st.integers(1, 99), span=st.integers(1, 99), mag=st.sampled_from(["", "万", "亿", "千万"]),
       chinese=st.booleans(), joint=st.sampled_from(["至", "到", "-"]))
def test_a_range_shares_its_magnitude_and_its_low_end_stays_below(low, span, mag, chinese, joint):
    high = low + span
    if high > 99 or (joint == "-" and chinese) or (mag == "千万" and high > 9):  # (no 10千万)
        return
    write = _chinese if chinese else str
    text = f"投资{write(low)}{joint}{write(high)}{mag}元，"
    [figure] = extract(text).figures
    scale = {"": 1, "万": 10**4, "亿": 10**8, "千万": 10**7}[mag]
    assert figure.value_max == high * scale
    assert figure.value <= figure.value_max
    if chinese and low < 10 and high % 10 == 0 and high > 10 and low * 10 <= high:
        assert figure.value == low * 10 * scale  # 三至四十: 30 to 40
    else:
        assert figure.value == low * scale


_COUNT_PIECES = st.sampled_from([
    "全年", "全县", "新签约", "项目", "17个", "3次", "两人", "的", "，", "。", "接待", "客商", "100余人次",
    "召开", "推进会", "比上年", "增加", "有", "拥有", "了", "连续", "在", "中", "之后", "企业", "“", "”",
    "10亿元以上", "现场", "签约", "就业", "4支", "球队", "5名", " ", "之间", "共", "达到", "为", "C罗",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_COUNT_PIECES, max_size=24).map("".join))
def test_what_a_count_counts_is_a_phrase_of_the_text(text):
    """`of` is None or a run of at least two characters of the normalized text, holding a Han character."""
    from extractor.normalize import normalize

    norm = normalize(text).text
    for f in extract(text).figures:
        if f.kind == "count" and f.of is not None:
            assert len(f.of) >= 2 and f.of in norm and any("\u4e00" <= c <= "\u9fff" for c in f.of), (f.text, f.of)


@pytest.mark.parametrize("text, currencies", [
    # 港币86.42亿元，较去年同期的76.89亿元: the 港币 is not said twice (the growth had no base)
    ("期内集团收入为港币86.42亿元，较去年同期的76.89亿元增长12.4%。", ["HKD", "HKD"]),
    ("期內集團收入為港幣86.42億元，較去年同期的76.89億元增長12.4%。", ["HKD", "HKD"]),
    # not in the next sentence, nor after 人民币, nor when it says its own
    ("香港拨款港币10亿元。内地配套资金5亿元。", ["HKD", "CNY"]),
    ("收入为人民币5亿元，成本2亿元。", ["CNY", "CNY"]),
    ("售价港币3.14元，内地售价人民币3元。", ["HKD", "CNY"]),
])
def test_a_yuan_after_a_hong_kong_dollar_amount_is_its_yuan(text, currencies):
    assert [f.currency for f in extract(text).figures if f.kind == "money"] == currencies


def test_a_households_size_as_its_kind_is_no_count():
    figures = extract("單人家庭6,218戶，二人家庭3,147戶，三人及以上家庭3,121戶。").figures
    assert [f.text for f in figures] == ["6,218戶", "3,147戶", "3,121戶"]
    # (people counted still are)
    assert [f.text for f in extract("三人参加了比赛。").figures] == ["三人"]
