"""The fast paths of relate give what the plain ones give.

Each fast path is checked against a plain version written here (the code it
replaced), on text built from the words relate looks for: cue words, break
characters, openers, digits, spaces and newlines.
"""
from __future__ import annotations

import bisect
import dataclasses
from decimal import Decimal
from types import SimpleNamespace

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor import indicators as I
from extractor import points as P
from extractor import relate as R
from extractor import shares as H
from extractor import sums as S
from extractor.records import Figure

_FRAGMENTS = [
    # breaks, stops and spaces
    "，", ",", "。", "；", ";", "：", ":", "、", "！", "?", "\n", " ", "\u3000", "（", "）", "“", "”",
    # openers and lists
    "其中", "其", "中", "分", "按", "从", "看", "来看", "划分", "在", "个", "家", "项", "分别", "分别为", "分别是", "为", "是",
    "和", "及", "与", "产业", "经营地", "贸易方式", "项目",
    # cues
    "完成", "目标", "计划", "任务", "预算", "预期", "的", "占", "比重", "比例", "份额", "达", "达到", "同比", "环比",
    "比上年同期", "较去年", "比2012年", "增长", "增加", "增", "下降", "减少", "减", "了", "幅度为", "上年同期", "由",
    "增值", "较", "上届", "分别占", "的任务", "收入中，",
    # leading and trailing words, regions
    "全年", "2013年", "3月份", "全区", "累计", "实现", "约", "合计", "新乡市", "牧野区", "自治区", "县", "镇",
    # numbers and other text
    "12", "19.8", "1,234", "亿元", "万美元", "%", "A", "x",
]
texts = st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join)


def made_of(*fragments: str, size: int = 20):
    """Text from a few fragments: what one fast path turns on, often enough."""
    return st.lists(st.sampled_from(fragments), max_size=size).map("".join)


clause_texts = made_of("分别", "是", "为", "其", "中", "，", "、", "1", "项目", "。", "\n")
cue_texts = made_of("完成", "目标", "任务", "的", "占", "比重", "为", "达到", "同比", "比2012年", "增长", "增", "减少",
                    "了", "幅度为", "1,234", "12", "，", ",", "。", "；", " ", "\n", "亿元", "全市", "完成率", "率", "年度",
                    "计划", "达", "是")
word_texts = made_of("全年", "全区", "实现", "累计", "工业", "增加值", "达", "达到", "为", "的", "同比", "比上年同期",
                     "\n", " ", "12", "-")
opener_texts = made_of("其中", "中", "，", "：", "。", "\n", "分", "产业", "看", "在", "新引进的", "项目", "个", "12", "家",
                       size=30)


# ---------------------------------------------------------------- positions


def plain_sentence_start(text: str, pos: int) -> int:
    ends = [m.end() for m in R._SENTENCE_END.finditer(text)]
    k = bisect.bisect_right(ends, pos)
    return ends[k - 1] if k else 0


@settings(max_examples=300, deadline=None)
@given(texts, st.lists(st.integers(0, 400), max_size=8))
def test_sentence_start_from_the_previous_figure(text, positions):
    floor = 0
    for pos in sorted(p % (len(text) + 1) for p in positions):
        floor = R._sentence_start(text, pos, floor)
        assert floor == plain_sentence_start(text, pos)


def plain_clause_start(text: str, start: int, floor: int, breaks: regex.Pattern) -> int:
    # (scanned between floor and start in the text, not in a copy of that window: a break may
    # look at the characters around it, 4,511 is one number whatever the window)
    last = None
    for last in breaks.finditer(text, floor, start):
        pass
    return last.end() if last else floor


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts, clause_texts).flatmap(lambda t: st.tuples(st.just(t), st.integers(0, len(t)),
                                                                     st.integers(0, len(t)))),
       st.sampled_from([I._CLAUSE_BREAK, I._LIST_BREAK]))
def test_clause_start_searched_backwards(window, breaks):
    text, floor, start = window
    floor, start = sorted((floor, start))
    assert I._clause_start(text, start, floor, breaks) == plain_clause_start(text, start, floor, breaks)


def test_clause_start_after_a_longer_break():
    # backwards, 分别是 is found whole; forwards the scan stops after 分别
    text = "甲乙分别是12个"
    assert I._clause_start(text, 5, 0) == plain_clause_start(text, 5, 0, I._CLAUSE_BREAK) == 4


# ---------------------------------------------------------------- cues


def _span(m):
    return None if m is None else (m.span(), m.groupdict(), m.spans("verb") if "verb" in m.groupdict() else None)


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, cue_texts), st.integers(0, 50))
def test_cue_search_skips_only_what_cannot_match(text, reach):
    for cue in R._CUES:
        for b in range(len(text) + 1):  # a figure may start anywhere
            for a in {0, max(0, b - reach), max(0, b - 24), max(0, b - 40)}:
                assert _span(R._cue_search(cue, text, a, b)) == _span(cue.search(text, a, b)), (cue.pattern, a, b)


def test_cue_search_on_cued_text():
    cases = [
        (R._GROWTH_CUE, "营业收入12.68亿元，较上年同期的11.42亿元增长"),
        (R._GROWTH_CUE, "比上年同期增长了\n"),
        (R._GROWTH_CUE, "同比下降幅度为"),
        (R._GROWTH_CUE, "同比增长了"),
        (R._GROWTH_CUE, "出口增减"),
        (R._COMPLETION, "到位资金25.47亿元，完成目标42.5亿元的 \n"),
        (R._COMPLETION, "完成1,234万元的"),
        (R._SHARE_CUE, "工业投资42亿元，占全部投资120亿元的比重为"),
        (R._SHARE_CUE, "占全市达\n\n"),
        (R._TARGET_CUE, "完成年度目标任务"),
        (R._COMPLETION, "签约总投资93.6亿元，为年度计划80亿元的"),
        (R._COMPLETION_RATE, "超额完成年度目标，完成率为"),
        (R._COMPLETION_RATE, "完成率达到\n"),
    ]
    for cue, text in cases:
        assert cue.search(text) is not None, text
        for a in range(len(text) + 1):
            assert _span(R._cue_search(cue, text, a, len(text))) == _span(cue.search(text, a, len(text))), (text, a)


def test_completion_spaces_are_python_spaces():
    """The completion cue ends 的\\s*: a last character that is not 的 must be
    a space for str.isspace whenever it is one for the regex."""
    space = regex.compile(r"\s")
    assert all(chr(c).isspace() for c in range(0x110000) if space.match(chr(c)))


# ---------------------------------------------------------------- words


def plain_strip_words(phrase: str) -> str:
    return I._TRAILING.sub("", I._LEADING.sub("", phrase))


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts, word_texts))
def test_strip_words_cuts_only_trailing_words(phrase):
    """After the leading words, only trailing words go, with at most the start of the
    one dictionary word they end (只|有, 大|约): never more than three characters
    beyond the plain regex's cut, and never a character the regex keeps otherwise."""
    lead = I._LEADING.sub("", phrase)
    got = I._strip_words(phrase)
    newline = "\n" if lead.endswith("\n") and got.endswith("\n") else ""
    body, kept = lead[:len(lead) - len(newline)], got[:len(got) - len(newline)]
    assert body.startswith(kept)
    gone = body[len(kept):]
    assert not gone or any(I._TRAILING.fullmatch(gone[k:]) for k in range(min(3, len(gone))))
    plain = plain_strip_words(phrase)
    assert len(got) >= len(plain) - 3


@pytest.mark.parametrize("phrase, stripped", [
    ("工业达\n", "工业\n"),
    ("营业利润为", "营业利润"),
    ("居民消费价格比上年", "居民消费价格"),  # jieba reads 价格比: the comparison goes all the same
    ("常住人口比上年末", "常住人口"),
    ("而零售业务只有", "而零售业务"),  # the word the trailing 有 ends goes with it
    ("市值大约", "市值"),
    ("中国拥有", "中国"),
    ("稍微落后华为的", "稍微落后华为"),  # a name keeps its last character
])
def test_strip_words_at_word_edges(phrase, stripped):
    assert I._strip_words(phrase) == stripped


# ---------------------------------------------------------------- breakdown openers


def plain_relevant_openers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The openers of a whole-text scan with a candidate before them and one
    after them in their full sentence: the only ones sums.breakdowns acts on."""
    out = []
    for m in S._BREAKDOWN_OPENER.finditer(text):
        stop = S._FULL_STOP.search(text, m.end())
        stop = stop.start() if stop else len(text)
        if any(e <= m.start() for _, e in spans) and any(m.end() <= s < stop for s, _ in spans):
            out.append(m.span())
    return out


@st.composite
def text_and_candidates(draw):
    text = draw(st.one_of(texts, opener_texts).filter(lambda t: len(t) >= 2))
    points = sorted(draw(st.lists(st.integers(0, len(text) - 1), min_size=2, max_size=10, unique=True)))
    return text, [(s, min(len(text), s + draw(st.integers(1, 4)))) for s in points]


@settings(max_examples=600, deadline=None)
@given(text_and_candidates())
# (a scope running on into its first part's name looked past the line's end for the part's number)
@example(("。中其中中其中\n12", [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]))
def test_openers_are_the_whole_scans(case):
    text, spans = case
    candidates = [SimpleNamespace(start=s, end=e) for s, e in spans]
    found = [m.span() for m in S._openers(text, candidates)]
    whole = [m.span() for m in S._BREAKDOWN_OPENER.finditer(text)]
    assert found == [s for s in whole if s in set(found)]  # the whole scan's matches, in order, once each
    assert set(plain_relevant_openers(text, spans)) <= set(found)


def test_openers_long_and_many():
    texts = [
        "全年新签约项目41个，在新引进的工业和服务业项目中，工业项目9个，服务业项目5个。",
        "进出口总值12亿元。分贸易方式和经营地来看：一般贸易8亿元，加工贸易4亿元。",
        "企业98家\n其中国有企业3家，私营企业95家；新开工项目12个，其中重点项目5个",
        "企业98家，比上年增加7家。其中，国有3家，其中私营95家。",
    ]
    for text in texts:
        spans = [m.span() for m in regex.finditer(r"\d+(?:\.\d+)?(?:亿元|个|家)", text)]
        candidates = [SimpleNamespace(start=s, end=e) for s, e in spans]
        found = [m.span() for m in S._openers(text, candidates)]
        relevant = plain_relevant_openers(text, spans)
        assert relevant and set(relevant) <= set(found), text


def test_openers_end_with_an_opener_end():
    """What _openers relies on: each opener ends with an _OPENER_END and is at
    most _OPENER_LONGEST long."""
    longest = ["其中", "分" + "产" * 8 + "划分：", "个" + "项" * 8 + "中，", "在" + "新" * 12 + "中:", "。" + "税" * 10 + "中，"]
    for text in longest:
        m = S._BREAKDOWN_OPENER.search(text)
        assert m.end() == len(text) and m.end() - m.start() <= S._OPENER_LONGEST, text
        assert S._OPENER_END.fullmatch(text, m.end() - 2, m.end()), text
    assert not S._BREAKDOWN_OPENER.search("在" + "新" * 13 + "中，")


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts, opener_texts))
def test_every_opener_ends_with_an_opener_end(text):
    for m in S._BREAKDOWN_OPENER.finditer(text):
        assert m.end() - m.start() <= S._OPENER_LONGEST
        # (an end of two characters, 其中 or 看，, of one: the colon after a count, 学校187所：, or of three:
        # 按…比例，, 方面，)
        assert any(S._OPENER_END.fullmatch(text, m.end() - k, m.end()) for k in (1, 2, 3))
        assert not S._FULL_STOP.search(m.group())


# ---------------------------------------------------------------- records


def test_replace_is_dataclasses_replace():
    f = Figure("f1", "count", "12个", 3, 6, Decimal(12), of="项目", unit="个", period="2013")
    for fields in ({}, {"indicator": "新签约项目"}, {"indicator": None, "subject": "牧野区", "role": "part"}):
        assert R._replace(f, fields) == dataclasses.replace(f, **fields)


def test_no_figures_no_work():
    assert R.relate("新签约项目21个，其中工业项目9个。", [], []) == ([], [])


# ---------------------------------------------------------------- relate as a whole

_ARTICLE_FRAGMENTS = [
    "新乡市牧野区", "全年", "新签约项目21个", "新签约项目18个", "，", "。", "；", "\n", "：", "其中", "工业项目9个",
    "服务业项目6个", "农业项目3个", "工业项目、服务业项目、农业项目分别为9个、6个、3个", "到位市外资金22.735亿元",
    "完成目标19.8亿元的114.82%", "同比增长12.5%", "比上年增加7家", "规模以上工业企业98家", "增长7.7%",
    "较上年同期的11.42亿元增长11.03%", "营业收入12.68亿元", "工业投资42亿元", "占全部投资120亿元的35%", "占全市的35%",
    "分产业看，", "从贸易方式看：", "分别是", "第一产业1.2亿元", "第二产业3.4亿元", "第三产业5.6亿元", "在新引进的41个项目中", "主要", "等",
    "计划投资8亿元", "约", "逾200个",
    # operands read from the context
    "由上年的15.6亿元增加到17.1亿元", "增长9.6%", "占其总额的74.0%", "完成年度目标任务的110%", "完成率为112%",
    "全年计划完成投资80亿元", "拟投入以下项目：", "三方分别出资", "0.8亿元、0.7亿元和0.5亿元", "两个标段合计2,080万元",
    "2021年、2022年营业收入分别为3.2亿元、4.1亿元", "其他行业合计65亿元", "年均增长", "上年同期数据为",
    # new: targets named after, previous values and shares stated otherwise, scope openers
    "、到位资金30亿元的任务", "完成率110%", "为预算的104.8%", "比去年同期（24.6亿元）增长11.0%", "上年全年到位35.2亿元",
    "2024年为4.0亿元", "较账面净资产4.12亿元增值127.18%", "分别占76.0%和24.0%", "贸易顺差40.1亿元", "税收收入中，",
    "总投资18.4亿元", "较年初增加21.7亿元", "前4所高校合计39人", "上年同期，", "上年毛利率为22.94%",
    # new: percentage points against the rates of periods; 环比 and 同比
    "增速比上年提高1.6个百分点", "上年增长5.7%", "降幅比一季度收窄2.2个百分点", "一季度下降10.3%", "比一季度加快0.4个百分点",
    "上半年和一季度分别增长5.9%和5.2%", "（上年增长4.3%）", "5月份", "环比增长3.1%", "4月份为16.3亿元",
    "上年同月为16.15亿元", "上月为16.3亿元",
]
articles = st.lists(st.sampled_from(_ARTICLE_FRAGMENTS), max_size=25).map("".join)


def _inputs(text: str):
    from extractor.api import DEFAULT_KINDS, figure_kinds
    from extractor.figures import build_figures
    from extractor.annotate import annotate
    from extractor.normalize import normalize
    from extractor.rules import cached_rules

    rules = cached_rules(None)
    norm = normalize(text)
    figures, _ = build_figures(norm, rules, figure_kinds(DEFAULT_KINDS), "t")
    figures, _ = annotate(norm, figures, None)
    spans = [(norm.norm_offset(f.start), norm.norm_offset(f.end - 1) + 1) for f in figures]
    return norm.text, figures, spans, rules.context


def _plain_openers(text, candidates):
    return S._BREAKDOWN_OPENER.finditer(text)


PLAIN = {
    "_sentence_start": lambda text, pos, floor=0: plain_sentence_start(text, pos),
    "_clause_start": lambda text, start, floor, breaks=I._CLAUSE_BREAK: plain_clause_start(text, start, floor, breaks),
    "_cue_search": lambda cue, text, start, end: cue.search(text, start, end),
    "_strip_words": plain_strip_words,
    "_openers": _plain_openers,
    "_replace": lambda figure, fields: dataclasses.replace(figure, **fields),
}


@settings(max_examples=150, deadline=None)
@given(articles)
def test_relate_with_the_plain_paths(text):
    """relate with every fast path swapped for its plain version gives the same
    figures and relations."""
    import pytest

    args = _inputs(text)
    fast = R.relate(*args)
    with pytest.MonkeyPatch.context() as patch:
        for name, plain in PLAIN.items():
            for module in (R, S, H):  # sums and shares import some of them from relate by name
                if hasattr(module, name):
                    patch.setattr(module, name, plain)
        assert R.relate(*args) == fast


@settings(max_examples=100, deadline=None)
@given(articles)
def test_relate_with_the_plain_paths_and_points_on(text):
    """The same with percentage-point claims checked (rules/relate.yaml check_points)."""
    import pytest

    norm, figures, spans, context = _inputs(text)
    args = (norm, figures, spans, {**context, "check_points": True})
    fast = R.relate(*args)
    with pytest.MonkeyPatch.context() as patch:
        for name, plain in PLAIN.items():
            for module in (R, S, H, P):  # points too imports some of them by name
                if hasattr(module, name):
                    patch.setattr(module, name, plain)
        assert R.relate(*args) == fast


def test_a_colon_after_a_count_is_an_opener_of_one_character():
    """学校187所：… (a list after its count's colon): the opener's end is the colon alone, and
    _openers finds it between the count and the parts."""
    text = "12个：其中12"
    m = S._BREAKDOWN_OPENER.search(text)
    assert m.span() == (3, 4) and S._OPENER_END.fullmatch(text, m.end() - 1, m.end())
