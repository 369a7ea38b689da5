"""The normalizer under random mixes of real noise (issue 3).

Clean simplified sentences with figures get any mix of: traditional script
(OpenCC s2t), pinyin glosses with tone marks after Han characters (inside
numbers too: 3000萬(wàn)元, and inside names), full-width digits, a ``?`` where
a middle dot was lost, stray spaces inside numbers (1115.2 亿元, 28. 1%) and
doubled punctuation.  For every noisy variant: each figure's text is
``raw[start:end]``, the offset map is strictly monotonic, and the figures'
(kind, value, unit, currency, approx) equal those of the clean sentence.

Provenance: noise kinds from the seed article and the issue; sentences written
for this test in the genre of corpora/.
"""
from __future__ import annotations

import random
from decimal import Decimal
from functools import lru_cache

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractor.api import extract
from extractor.normalize import normalize

KINDS = {"money", "percent", "count"}
CLEAN = [
    "全区到位市外资金22.735亿元，完成市定目标19.8亿元的114.82%。",
    "实际到位境外资金4289万美元，完成市定目标2699万美元的158.9%。",
    "全年新签约项目17个，预计总投资193.05亿元，其中工业项目8个。",
    "全市实现地区生产总值1115.2亿元，同比增长8.1%。",
    "新乡·长德商贸物流城项目总投资3000万元，占地300亩。",
    "绿地控股集团有限公司投资5亿元建设综合体，带动就业1200人。",
    "比亚迪股份有限公司营业收入28.1亿元，毛利率提高3.2个百分点。",
    "邀请接待客商到我区参观考察100余人次，举办了3次专题招商会。",
    "外贸进出口总值约12.4亿元，出口占比达到六成以上。",
    "到位港澳台资金2,380万美元，完成年度目标的79.33%。",
    "海德·壹号项目签约金额逾86亿元，接待客商180多人次。",
    "规模以上工业增加值增长9.6%，固定资产投资完成86.7亿元。",
]
TONED = ["wàn", "yì", "xiāng", "qū", "jīng", "jì", "zī", "jīn", "lǜ", "dì", "kòng", "gǔ", "yuán", "shì", "chǎng"]
FULL_WIDTH = str.maketrans("0123456789%.", "０１２３４５６７８９％．")
NOISES = ("traditional", "glosses", "full_width", "lost_dot", "dot_decimal", "number_spaces", "doubled_punct")


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def signature(text: str) -> list[tuple]:
    return [(f.kind, f.value, f.unit, f.currency, f.approx) for f in extract(text, kinds=KINDS).figures]


def add_noise(clean: str, noises: set[str], rng: random.Random) -> str:
    text = clean
    if "traditional" in noises:
        text = _s2t().convert(text)
    if "lost_dot" in noises:
        text = text.replace("·", rng.choice("?\ufffd"))
    if "dot_decimal" in noises:  # a decimal point typeset as a middle dot, or that dot lost
        text = regex.sub(r"(?<=\d)\.(?=\d+(?:[万亿%元]|个百分点))", lambda _: rng.choice("·?"), text)
    if "number_spaces" in noises:
        # a space after a digit before its magnitude/unit/percent, or after a decimal point
        spots = [m.end() for m in regex.finditer(r"\d(?=[%\p{Han}])(?![年月日])|\d\.(?=\d)", text)]
        for pos in sorted(rng.sample(spots, k=rng.randint(1, len(spots))) if spots else [], reverse=True):
            text = text[:pos] + " " + text[pos:]
    if "glosses" in noises:
        spots = [m.end() for m in regex.finditer(r"\p{Han}", text)]
        chosen = rng.sample(spots, k=min(len(spots), rng.randint(1, 8)))
        # glosses on magnitude characters inside numbers too: 3000萬(wàn)元
        chosen += [m.end() for m in regex.finditer(r"(?<=\d)[万萬亿億]", text) if rng.random() < 0.7]
        for pos in sorted(set(chosen), reverse=True):
            text = text[:pos] + f"({rng.choice(TONED)})" + text[pos:]
    if "full_width" in noises:
        text = "".join(c.translate(FULL_WIDTH) if rng.random() < 0.8 else c for c in text)
    if "doubled_punct" in noises:
        spots = [m.end() for m in regex.finditer(r"[，。；]", text)]
        for pos in sorted(rng.sample(spots, k=rng.randint(1, len(spots))) if spots else [], reverse=True):
            text = text[:pos] + text[pos - 1] + text[pos:]
    return text


@pytest.mark.parametrize("clean", CLEAN)
def test_clean_sentences_have_figures(clean):
    assert signature(clean), "each clean sentence states at least one figure"


def _check(clean: str, noisy: str) -> None:
    norm = normalize(noisy)
    offsets = [norm.raw_offset(i) for i in range(len(norm.text) + 1)]
    assert all(a < b for a, b in zip(offsets, offsets[1:])), "the map is strictly monotonic"
    assert offsets[-1] <= len(noisy)
    article = extract(noisy, kinds=KINDS)
    for f in article.figures:
        assert noisy[f.start:f.end] == f.text
    got = [(f.kind, f.value, f.unit, f.currency, f.approx) for f in article.figures]
    assert got == signature(clean), noisy


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clean=st.sampled_from(CLEAN), noises=st.sets(st.sampled_from(NOISES), min_size=1),
       rng=st.randoms(use_true_random=False))
@example(clean=CLEAN[4], noises={"traditional", "glosses", "lost_dot"}, rng=random.Random(0))
@example(clean=CLEAN[3], noises={"number_spaces", "full_width"}, rng=random.Random(1))
def test_noise_keeps_offsets_and_figures(clean, noises, rng):
    _check(clean, add_noise(clean, noises, rng))


@pytest.mark.parametrize("noisy,clean", [
    ("投資3000萬(wàn)元", "投资3000万元"),
    ("綠(lǜ)地(dì)控(kòng)股(gǔ)集團(tuán)有限公司投資5億元", "绿地控股集团有限公司投资5亿元"),
    ("生產總值1115.2 億元，增長8. 1%", "生产总值1115.2亿元，增长8.1%"),
    ("到位資金２２．７３５億元，，完成目標的１１４．８２％。。", "到位资金22.735亿元，完成目标的114.82%。"),
    ("新鄉?長德商貿物流城總投資3000萬元", "新乡·长德商贸物流城总投资3000万元"),
    ("銷售收入1·5萬元，增長3·2%，提高0?8個百分點", "销售收入1.5万元，增长3.2%，提高0.8个百分点"),
    ("紀念5·12地震，3·15晚會上12家企業投資12•35億美元", "纪念5·12地震，3·15晚会上12家企业投资12.35亿美元"),
    ("售價：RMB\xa03，490，同比增長\xa012%", "售价：RMB 3，490，同比增长 12%"),
])
def test_written_noise_cases(noisy, clean):
    _check(clean, noisy)


def test_a_no_break_space_folds_to_a_space_offsets_kept():
    raw = "特斯拉Model\xa03的订单量超过40万辆"
    norm = normalize(raw)
    assert norm.text == "特斯拉Model 3的订单量超过40万辆" and len(norm.text) == len(raw)
    assert extract(raw).figures[0].indicator == "特斯拉Model 3的订单量"


@pytest.mark.parametrize("raw,text", [
    ("约翰?霍普金斯大学", "约翰·霍普金斯大学"),  # an encoding without the dot wrote "?"
    ("新鄉\ufffd長德物流城", "新乡·长德物流城"),
    ("两张皮？美国科技公司们", "两张皮?美国科技公司们"),  # a full-width question mark is typed
    ("湖人前景如何?大数据预测", "湖人前景如何?大数据预测"),  # a "?" after a question word
    ("你爱我吗?随即默念", "你爱我吗?随即默念"),
])
def test_a_lost_dot_is_told_from_a_question_mark(raw, text):
    norm = normalize(raw)
    assert norm.text == text and len(norm.text) == len(raw)


def test_corner_brackets_read_as_quotation_marks():
    """對「一帶一路」沿線國家 reads as 对“一带一路”沿线国家: the same indicator and noun."""
    raw = "對「一帶一路」沿線國家進出口19.46億元，今年「信標」出貨量5.65億台"
    norm = normalize(raw)
    assert norm.text == "对“一带一路”沿线国家进出口19.46亿元，今年“信标”出货量5.65亿台"
    simplified = extract("对“一带一路”沿线国家进出口19.46亿元，今年“信标”出货量5.65亿台")
    assert [(f.indicator, f.of) for f in extract(raw).figures] == [(f.indicator, f.of) for f in simplified.figures]
    assert simplified.figures[1].of == "“信标”出货量"


def test_a_question_ends_the_sentence_before_a_name():
    """A question mark between Han characters is no middle dot inside a name."""
    raw = "两年超过同市公立医院的业绩？淄博莲池骨科医院原院长崔艳说，医院营收增长12%"
    assert [o.text for o in extract(raw, kinds={"org"}).orgs] == ["淄博莲池骨科医院"]


CORPORA = __import__("pathlib").Path(__file__).resolve().parent.parent / "corpora"
NOISY = sorted((CORPORA / "noisy").glob("*.txt"))


@pytest.mark.skipif(not NOISY, reason="no noisy copies in corpora/")
@pytest.mark.parametrize("path", NOISY, ids=lambda p: p.stem)
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5"])
def test_corpus_noisy_copies_give_the_clean_figures(path, encoding):
    """Noise invariance on the corpus: a noisy copy (traditional, glosses, footer),
    re-encoded, gives the clean article's figures and periods."""
    from extractor.encoding import decode

    clean = (CORPORA / "clean" / path.name).read_text(encoding="utf-8")
    noisy = path.read_text(encoding="utf-8")
    if encoding == "big5":  # Big5 has no tone-marked letters: a Big5 page carries no glosses
        noisy = regex.sub(r"(?<=\p{Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", noisy)
    try:
        data = noisy.encode(encoding)
    except UnicodeEncodeError as exc:
        pytest.skip(f"{path.name}: {encoding} cannot encode {exc.object[exc.start:exc.end]!r}")
    assert decode(data, path.name) == noisy
    want = [(f.kind, f.value, f.unit, f.currency, f.approx, f.period) for f in extract(clean, kinds=KINDS).figures]
    got = [(f.kind, f.value, f.unit, f.currency, f.approx, f.period) for f in extract(noisy, kinds=KINDS).figures]
    assert got == want


def test_the_script_is_told_once_by_normalize():
    assert normalize("全年新签约项目17个，投资5亿元。").script == "simplified"
    assert normalize("全年新簽約項目17個，投資5億元。").script == "traditional"
    assert normalize("郑乾说，首批覆盖60个语言。").script == "simplified"
    assert extract("全年新簽約項目17個，投資5億元，增長12%。").metadata["script"] == "traditional"
    assert extract("全年新签约项目17个，投资5亿元，增长12%。").metadata["script"] == "simplified"


def test_invisible_format_characters_are_deleted_with_the_map_kept():
    raw = "\ufeff标题\n\u200b新浪娱乐讯 11月4日，公司投资12\u200b.5亿元，增长1\u200d2%。"
    norm = normalize(raw)
    assert "\u200b" not in norm.text and "\ufeff" not in norm.text and "\u200d" not in norm.text
    article = extract(raw)
    assert [(f.text, str(f.value)) for f in article.figures] == [("12\u200b.5亿元", "1250000000"), ("1\u200d2%", "12")]
    assert all(raw[f.start:f.end] == f.text for f in article.figures)
    assert not article.orgs  # 新浪 of the dateline 新浪娱乐讯 is the outlet, no org


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("１２３ＡＢｚ％．，：（）　－−﹐—全年投资亿元12,.% \n"), max_size=60))
def test_fold_width_is_the_width_table(text):
    from extractor.normalize import _WIDTH_TABLE, fold_width

    assert fold_width(text) == text.translate(_WIDTH_TABLE)


@pytest.mark.parametrize("simplified", ["澄江智联科技股份有限公司", "澄江县", "他的昵称"])
def test_what_s2t_writes_comes_back_simplified(simplified):
    # OpenCC's s2t writes 澄江 as 澂江 and 昵 as 暱, which its t2s leaves as they are.
    import opencc

    traditional = opencc.OpenCC("s2t").convert(simplified)
    norm = normalize(traditional)
    assert norm.text == simplified
    assert len(norm.text) == len(traditional)


@pytest.mark.parametrize("variant, simplified", [("醫務衞生局", "医务卫生局"), ("汚水處理廠", "污水处理厂")])
def test_variants_hong_kong_and_macau_write_come_back_simplified(variant, simplified):
    norm = normalize(variant)
    assert norm.text == simplified
    start, end = norm.raw_span(0, len(norm.text))
    assert norm.raw[start:end] == variant


PDF_COPY = ("岚溪县人民政府工作报告\n"
            "　　（一）经济运行稳中向好。全县地区生产总值达到1115.2 亿元，较上\n"
            "年的1049.1亿元增长6.3%。三次产业增加值分别为96.4亿元、452.3亿元和566.5\n"
            "亿元，服务业增加值占地区生产总值比重由上年的49.7%提高到50.8%，提\n"
            "高1.1个百分点。一般公共预算收入68.47亿元，完成年度预算的103.2%，其\n"
            "\n— 2 —\n\n岚溪县人民政府工作报告\n"
            "中税收收入53.9亿元，税收占比78.7%。\n")


def test_a_pdf_copys_lines_are_joined_with_offsets_kept():
    # lines broken at the page's width, mid-sentence and inside a figure (566.5 / 亿元), and a
    # page's number and running header between two halves of a sentence
    norm = normalize(PDF_COPY)
    assert "较上年的1049.1亿元增长6.3%" in norm.text and "566.5亿元，服务业" in norm.text
    assert "完成年度预算的103.2%，其中税收收入" in norm.text
    assert norm.text.count("\n") == 2  # after the title, and at the end of the last paragraph
    article = extract(PDF_COPY)
    figures = {f.text: f.value for f in article.figures}
    assert figures["566.5\n亿元"] == Decimal("56650000000")
    for f in article.figures:
        assert PDF_COPY[f.start:f.end] == f.text
    # 96.4 + 452.3 + 566.5 = 1115.2: the part broken from its 亿元 counts
    assert ("breakdown", "consistent") in [(c.relation, c.status) for c in article.checks]
    # a full line ending on a comma joins too, once the text is read as a PDF copy
    comma = PDF_COPY.replace("，其\n", "，\n").replace("\n中税收", "\n其中税收")
    assert "103.2%，其中税收收入" in normalize(comma).text


@pytest.mark.parametrize("text", [
    # paragraphs of a web page: each line ends its sentence or is short
    "澄川市一季度经济运行情况\n2026-04-18 来源：澄川日报\n全市地区生产总值1286.47亿元，同比增长5.8%。\n"
    "规上工业增加值增长7.2%。\n固定资产投资增长4.6%。\n",
    # a menu and short headline lines that do not end in punctuation
    "首页 | 新闻 | 政务\n澄川新闻网\n重点项目集中签约\n42个项目总投资386.5亿元\n本报讯 4月17日上午签约。\n",
    # lines broken after their commas, as some pages write prose (no proof of a PDF)
    "他的作品继续被热烈地讨论，包括电视剧、电影、漫画等等的比较，\n还有许多经典角色的后续故事可能会怎样发展，\n"
    "金庸先生的作品就是有用之不尽的无限可能性，值得我们一再回味和讨论，\n很多角色也丰富得可以独立成书，一代又一代。\n",
    # full lines that break mid-sentence only twice: no page of a PDF
    "全县地区生产总值达到1115.2亿元，较上年的1049.1亿元增长6.3%，总量稳居\n"
    "全市第二。一般公共预算收入68.47亿元，完成年度预算的103.2%，其中税收\n收入53.9亿元。\n",
])
def test_paragraph_breaks_of_other_texts_are_kept(text):
    assert normalize(text).text.count("\n") == text.count("\n")


@pytest.mark.parametrize("raw, want", [
    ("郑乾说，首批覆盖60个语言，一坏到底。", "郑乾说，首批覆盖60个语言，一坏到底。"),  # simplified words t2s would rewrite
    ("签约仪式後，中國3D數碼娛樂有限公司投资5亿元。", "签约仪式后，中国3D数码娱乐有限公司投资5亿元。"),  # carried-over characters
    ("他们藉此寻求慰藉。", "他们借此寻求慰藉。"),
    ("乾燥的天氣，於是全區一律放假。", "干燥的天气，于是全区一律放假。"),  # a traditional article converts them all
])
def test_a_simplified_article_keeps_its_simplified_characters(raw, want):
    norm = normalize(raw)
    assert norm.text == want
    assert len(norm.text) == len(raw)


def test_org_names_keep_the_characters_of_a_simplified_article():
    assert [o.name for o in extract("乾鹏印象国际文化有限公司与郑州公司签约。").orgs] == ["乾鹏印象国际文化有限公司"]
    assert [o.name for o in extract("乾鵬印象國際文化有限公司與鄭州公司簽約。").orgs] == ["干鹏印象国际文化有限公司"]


def test_a_simplified_page_keeps_the_standard_name_characters_outside_gb2312():
    from extractor.normalize import to_simplified
    assert to_simplified("毕昇与华昇建工", simplified=True) == "毕昇与华昇建工"
    assert to_simplified("華昇建工", simplified=False) == "华升建工"  # (a traditional page's is converted)


@pytest.mark.parametrize("raw, want", [
    ("二○二五年十月", "二〇二五年十月"),
    ("二◯○八年", "二〇〇八年"),
    ("第○期工程", "第○期工程"),  # (no year: a circle stays a circle)
])
def test_a_circle_written_for_the_zero_of_a_year_reads_as_zero(raw, want):
    norm = normalize(raw)
    assert norm.text == want
    assert len(norm.text) == len(raw) and all(norm.raw_offset(k) == k for k in range(len(raw)))
