"""Org rules added in session 89, one section per weakness fixed (its comment says which), each a test that
failed before the fix and guards that held before and must still hold.
Invented sentences; each asserts the orgs' names, types and the spans of all their mentions."""
from __future__ import annotations

import pytest

from org_mentions import mention_at, orgs_of


# -- a modal and a verb, one word to jieba (需提交: a noun it hardly saw), is the clause's verb phrase

@pytest.mark.parametrize("text", [
    "本预案尚需提交公司股东大会审议。",
    "本事项需提交公司股东大会审议。",
    "该议案还需提交公司股东大会审议。",
    "拟提拔公司副总经理",
])
def test_modal_and_verb_name_no_company(text):
    assert orgs_of(text) == {}


@pytest.mark.parametrize("text, expected", [
    # (guards: the verbs apart, and a name that opens with a modal's character, 应用材料)
    ("本预案已经提交公司董事会审议。", {}),
    ("应用材料公司宣布裁员", {"应用材料公司": ("company", ["应用材料公司@0"])}),
])
def test_modal_guards(text, expected):
    assert orgs_of(text) == expected


# -- a registered name opens right after a trader's role before it, whatever word of the name stopped the walk

OPERATOR = ("碼頭營運商青衣聯合貨櫃碼頭有限公司（下稱「青聯碼頭」）公佈，首季收入18.6億港元。"
            "青聯碼頭表示，3月份已新增東南亞航線兩條。")


def test_registered_name_after_a_trader_role():
    assert orgs_of(OPERATOR) == {
        "青衣联合货柜码头有限公司": ("company", ["青衣聯合貨櫃碼頭有限公司@5"]),
        "青联码头": ("company", [mention_at(OPERATOR, "青聯碼頭"), mention_at(OPERATOR, "青聯碼頭", 2)]),
    }


def test_registered_name_after_a_trader_role_opening_on_a_time_word():
    # (现代: a time word to jieba, a stop tag)
    assert orgs_of("碼頭營運商現代貨箱碼頭有限公司公佈業績") == {
        "现代货箱码头有限公司": ("company", ["現代貨箱碼頭有限公司@5"])}


@pytest.mark.parametrize("text, expected", [
    # (guards: a role alone names none; a name after it keeps its place; a verb of joint action right after
    # the role is the clause's)
    ("港口运营商表示，吞吐量回升", {}),
    ("港口运营商香港国际货柜码头有限公司表示",
     {"香港国际货柜码头有限公司": ("company", ["香港国际货柜码头有限公司@5"])}),
    ("港口运营商联合深圳华强电子有限公司推出新服务",
     {"深圳华强电子有限公司": ("company", ["深圳华强电子有限公司@7"])}),
    ("青衣聯合貨櫃碼頭有限公司公佈首季收入。", {"青衣联合货柜码头有限公司": ("company", ["青衣聯合貨櫃碼頭有限公司@0"])}),
])
def test_trader_role_guards(text, expected):
    assert orgs_of(text) == expected


# -- a container terminal is a facility: no short name of its operator ends in 码头

TERMINAL = "其中，葵青貨櫃碼頭處理251.8萬個標準箱，佔總吞吐量的71.41%。"


def test_terminal_named_after_operator_is_no_mention():
    text = "葵青货柜码头有限公司宣布扩建。其中，葵青货柜码头处理251.8万个标准箱。"
    assert orgs_of(text) == {"葵青货柜码头有限公司": ("company", ["葵青货柜码头有限公司@0"])}


def test_terminal_beside_an_operator_is_no_org():
    text = OPERATOR + TERMINAL
    assert orgs_of(text) == {
        "青衣联合货柜码头有限公司": ("company", [mention_at(text, "青衣聯合貨櫃碼頭有限公司")]),
        "青联码头": ("company", [mention_at(text, "青聯碼頭"), mention_at(text, "青聯碼頭", 2)]),
    }


@pytest.mark.parametrize("text, expected", [
    # (guards: the sentence alone names none; a real firm whose registered name holds 码头 after its place stays,
    # and its name with a bare 公司)
    (TERMINAL, {}),
    ("深圳蛇口集装箱码头有限公司今年吞吐量增长",
     {"深圳蛇口集装箱码头有限公司": ("company", ["深圳蛇口集装箱码头有限公司@0"])}),
    ("汉澄港码头装卸有限公司（汉澄港码头装卸公司）扩建",
     {"汉澄港码头装卸有限公司": ("company", ["汉澄港码头装卸有限公司@0"]),
      "汉澄港码头装卸公司": ("company", ["汉澄港码头装卸公司@12"])}),
])
def test_terminal_guards(text, expected):
    assert orgs_of(text) == expected


# -- a trader named by its trade and a 商 is no part of the name after it

@pytest.mark.parametrize("text, expected", [
    ("上市酒店商盈海酒店集團公布，旗下5間酒店首季收入4.86億港元。", {"盈海酒店集团": ("group", ["盈海酒店集團@5"])}),
    ("上市酒店商盈海酒店集团公布，旗下5间酒店首季收入4.86亿港元。", {"盈海酒店集团": ("group", ["盈海酒店集团@5"])}),
    # (a trader jieba knows as one word)
    ("上市地产商恒峰地产集团公布业绩", {"恒峰地产集团": ("group", ["恒峰地产集团@5"])}),
])
def test_trader_by_trade_before_a_name(text, expected):
    assert orgs_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (guards: 商 inside a word of a name, 商业, 商会)
    ("华润万家商业集团公布", {"华润万家商业集团": ("group", ["华润万家商业集团@0"])}),
    ("中国酒店商会公布", {"中国酒店商会": ("association", ["中国酒店商会@0"])}),
])
def test_trader_guards(text, expected):
    assert orgs_of(text) == expected


# -- rivals: firms' short names listed after a firm named in the sentence, doing what it did; the brand alone
# before a figure of the firm's own

RIVALS = ("睿騰電能股份有限公司（以下簡稱睿騰）上半年售出24,106輛，市占率56.96%，持續居冠；宏騁機車、三禾電動分別"
          "售出9,872輛、5,215輛，其他品牌合計3,125輛。睿騰上半年合併營收新台幣68.4億元，年增8.6%；宏騁6月營收4.26億元，"
          "月增12.4%。")


def test_rivals_listed_after_a_firm():
    assert orgs_of(RIVALS) == {
        "睿腾电能股份有限公司": ("company", ["睿騰電能股份有限公司@0"]),
        "睿腾": ("company", [mention_at(RIVALS, "睿騰", 2), mention_at(RIVALS, "睿騰", 3)]),
        "宏骋机车": ("company", [mention_at(RIVALS, "宏騁機車")]),
        "三禾电动": ("company", [mention_at(RIVALS, "三禾電動")]),
        "宏骋": ("company", [f"宏騁@{RIVALS.index('宏騁6月')}"]),  # (not 宏騁|機車 itself)
    }


def test_brand_alone_needs_a_figure_of_the_firm():
    # (the brand before no figure of the firm's own, 宏骋|车主, is no mention of it)
    text = "睿腾电能股份有限公司上半年售出24,106辆；宏骋机车、三禾电动分别售出9,872辆、5,215辆。宏骋车主表示满意。"
    assert orgs_of(text) == {"睿腾电能股份有限公司": ("company", ["睿腾电能股份有限公司@0"]),
                           "宏骋机车": ("company", ["宏骋机车@23"]), "三禾电动": ("company", ["三禾电动@28"])}


@pytest.mark.parametrize("text, expected", [
    # (guards: firms counted name none; a list with no firm named before it, or whose firm did something else,
    # names none)
    ("两家公司分别售出9,872辆、5,215辆。", {}),
    ("宏骋机车、三禾电动分别售出9,872辆、5,215辆。", {}),
    ("睿腾电能股份有限公司上半年营收增长；宏骋机车、三禾电动分别售出9,872辆、5,215辆。",
     {"睿腾电能股份有限公司": ("company", ["睿腾电能股份有限公司@0"])}),
])
def test_rival_guards(text, expected):
    assert orgs_of(text) == expected


# -- Taiwan's ministry of the environment (2023); a ministry's 部 in 部分 names none

@pytest.mark.parametrize("text, expected", [
    ("補助方面，環境部與經濟部產業發展署持續推動汰舊換新補助。",
     {"环境部": ("government", ["環境部@5"]), "经济部产业发展署": ("government", ["經濟部產業發展署@9"])}),
    # (Korea's too, its country before it)
    ("韩国环境部发布通知", {"韩国环境部": ("government", ["韩国环境部@0"])}),
])
def test_ministry_of_the_environment(text, expected):
    assert orgs_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("改善环境部分企业受益，加强教育部分学校建设", {}),
    ("集团安全环境部负责人表示，公司健康安全环境部经理和集团安全环保部负责人出席", {}),
])
def test_ministry_in_other_words_names_none(text, expected):
    assert orgs_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (guards: the mainland's ministries; a verb or an adverb on the 分 after a ministry)
    ("生态环境部发布通知，环境保护部印发文件",
     {"生态环境部": ("government", ["生态环境部@0"]), "环境保护部": ("government", ["环境保护部@10"])}),
    ("教育部分别发布通知，商务部分析认为", {"教育部": ("government", ["教育部@0"]),
                                 "商务部": ("government", ["商务部@10"])}),
])
def test_ministry_guards(text, expected):
    assert orgs_of(text) == expected


# -- a lone morpheme jieba cut off its word (電動機|車 for 電動|機車) no longer ends an association's name

@pytest.mark.parametrize("text, name", [
    ("台灣電動機車產業發展協會理事長表示，下半年多家業者將推出新車款。", "台灣電動機車產業發展協會"),
    ("台湾电动机车产业发展协会理事长表示，下半年多家业者将推出新车款。", "台湾电动机车产业发展协会"),
])
def test_association_of_motor_scooters(text, name):
    assert orgs_of(text) == {"台湾电动机车产业发展协会": ("association", [f"{name}@0"])}


def test_mainland_association_guard():
    text = "浙江省电动自行车产业发展协会会长表示，下半年多家业者将推出新车款。"
    assert orgs_of(text) == {"浙江省电动自行车产业发展协会": ("association", ["浙江省电动自行车产业发展协会@0"])}
