"""A figure's subject: the region named at the start of its clause, else the article's."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.org_rules import cached_org_rules
from extractor.subject import _BREAK, Subjects, article_region
from extractor.wordcut import segmenter


def subject_of(text: str, figure: str, default: str | None) -> str | None:
    rules = cached_org_rules()
    subjects = Subjects(text, default, segmenter(rules), rules.stop_tags)
    start = text.index(figure)
    sentence = max(text.rfind("。", 0, start) + 1, 0)
    return subjects.at(start, sentence)


@pytest.mark.parametrize("text,figure,default,subject", [
    # a region at the start of the clause, after time words and 其中
    ("全年到位资金22.7亿元，其中，卫滨区完成投资5亿元，增长12%。", "5亿元", "牧野区", "卫滨区"),
    ("全年到位资金22.7亿元，其中，卫滨区完成投资5亿元，增长12%。", "12%", "牧野区", "卫滨区"),
    ("全年到位资金22.7亿元，其中，卫滨区完成投资5亿元，增长12%。", "22.7亿元", "牧野区", "牧野区"),
    ("上半年，栗阳县实现地区生产总值86.4亿元。", "86.4亿元", "沁州市", "栗阳县"),
    ("2023年河南省新乡市牧野区新签约项目17个。", "17个", None, "牧野区"),
    # 全区/本市 stand for the article's region when the level matches, else as written
    ("全区新签约项目17个。", "17个", "牧野区", "牧野区"),
    ("全市新签约项目40个。", "40个", "牧野区", "全市"),
    ("全国规模以上工业增加值增长6%。", "6%", "沁州市", "全国"),
    # words that end like a region and name none
    ("全年到位市外资金22.735亿元。", "22.735亿元", "牧野区", "牧野区"),
    ("城乡居民人均可支配收入增长8%。", "8%", "牧野区", "牧野区"),
    ("工业园区完成投资3亿元。", "3亿元", "牧野区", "牧野区"),
    ("市场主体新增1200户。", "1200户", "牧野区", "牧野区"),
    ("市级重点项目完成投资9亿元。", "9亿元", "牧野区", "牧野区"),
    # a region in the previous sentence does not carry over
    ("卫滨区完成投资5亿元。新签约项目17个。", "17个", "牧野区", "牧野区"),
])
def test_subject_is_the_clause_region_else_the_article_region(text, figure, default, subject):
    assert subject_of(text, figure, default) == subject


@pytest.mark.parametrize("text,region", [
    ("沁北区2014年招商引资主要指标全面超额完成\n时间:2015-03-12来源:沁州日报\n", "沁北区"),
    ("2025年凤城市国民经济和社会发展统计公报\n", "凤城市"),
    ("柳城市2020年经济运行情况发布\n", "柳城市"),
    ("云岭区2020年实际到位区外资金52.8亿元\n", "云岭区"),
    ("10月份全区工业和消费数据简析\n", None),
    ("闽南理工大学两个实验室获批省重点实验室\n", None),
    ("中原智造:关于全资子公司收购股权的公告\n", None),
    ("星垣科技联合六家机构共建开源社区\n", None),
    ("河南省新乡市牧野区招商引资再创新高\n", "牧野区"),
    ("澄湖高新区上半年实际使用外资4.36亿美元\n", "澄湖高新区"),
    ("公告称，其全资子公司拟投资", None),
    ("9月25日，郑州市进口额增长12%\n", "郑州市"),  # 郑州|市: the city's level, not 郑州
    ("通州区今年引进项目30个\n", "通州区"),
    ("郑州市场监管部门近日抽查", "郑州"),  # 市场 is no level
    ("先生想念家乡，就用上海话和他讲话", None),  # 家乡 is a word of its own
    ("游客涌入郊区景区", None),
    # words that end in a level wherever they stand, and common words before a place
    ("宝宝树将在香港上市，招股书显示", None),  # jieba tags 上市 a place
    ("十余万河南老乡在外打工", None),
    ("今晚勇士坐镇主场迎战湖人", None),
    ("浙江大学医学院附属杭州市第一人民医院", "杭州市"),
    ("阿里巴巴将落户杭州未来科技城", "杭州"),
    # a date before the name: its unit is no part of it (jieba's HMM glued 年南)
    ("2025年南屏县国民经济和社会发展统计公报", "南屏县"),
    ("10月份鹭州市居民消费价格同比上涨0.8%", "鹭州市"),
    # not where the people written about go, nor the place a firm's name opens with
    ("市长王振华率队赴上海、苏州、杭州开展招商活动", None),
    ("先后拜访了苏州汇川技术有限公司、杭州娃哈哈集团", None),
    ("先后拜访了苏州汇川技术有限公司。鹭州市新签约项目12个", "鹭州市"),
    ("截至收盘，沪深两市成交额8562亿元", None),  # stock markets, no place
    # a part of the city an article already calls 我市 is not the article's region; a city's built-up area is no place
    ("今年以来我市土地市场成交活跃。全市出让土地156宗。城东新区一宗住宅用地成交", None),
    ("今年以来青州市土地市场成交活跃。城东新区一宗住宅用地成交", "青州市"),
    ("全市森林覆盖率达到42.6%，建成区绿化覆盖率达到43.1%", None),
    # the outlet a page names as its source is no place it reports on
    ("（来源：梧州新闻网）\n梧桐经开区前10月外贸进出口逆势增长", "梧桐经开区"),
    ("来源：北京晚报北京市人力社保局最新公布", "北京市"),
    ("杭州日报讯 今年以来，余杭区新签约项目42个", "余杭区"),
])
def test_the_article_region_is_the_first_region_named(text, region):
    rules = cached_org_rules()
    assert article_region(text, segmenter(rules), rules.stop_tags) == region


_PIECES = ["卫滨区", "全区", "其中", "，", "。", "完成投资", "5亿元", "12%", "市场", "新乡市", "牧野区", "上半年",
           "增长", "全国", "、", "\n", "县"]


def plain_at(subjects: Subjects, start: int, sentence: int) -> str | None:
    """The walk from the sentence's start, clause by clause, as it was before it went on."""
    subject, pos = None, sentence
    while pos < start:
        subject = subjects._clause_region(pos, start) or subject
        cut = _BREAK.search(subjects.text, pos, start)
        if cut is None:
            break
        pos = cut.end()
    return subject or subjects.default


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.lists(st.integers(0, 200), max_size=8))
def test_walking_on_through_a_sentence_equals_walking_from_its_start(pieces, positions):
    """A figure's subject is the same whether the walk goes on from the figure before
    it (as relate asks, in text order) or starts afresh at its sentence."""
    rules = cached_org_rules()
    seg = segmenter(rules)
    text = "".join(pieces)
    walker = Subjects(text, "牧野区", seg, rules.stop_tags)
    plain = Subjects(text, "牧野区", seg, rules.stop_tags)
    for start in sorted(p for p in positions if p <= len(text)):
        sentence = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
        assert walker.at(start, sentence) == plain_at(plain, start, sentence)
