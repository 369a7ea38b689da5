"""Org rules added for the s87 blind articles: a short known name whose last character opens a word
of the dictionary after it, the name no word of jieba's own, is no mention (中通|道班列: 中 and 通道); a word
a name takes after its place that jieba reads as the clause's (香港|都|会: 都会, metropolitan) is the name's;
a bare level after 各 (each) opens no name (各县|市政府, 各|地区农会: every one of a kind); a cooperative
named by its product alone (牦牛乳产业合作社), no place or word of its own, is a kind; a known firm's name
before 村 or 镇 names villages or towns (淘宝村, 淘宝镇), not the firm; a firm's stage in a park before a bare
公司 (园区培育公司, 毕业公司) says which firms, a kind; a named co-investment fund (…共同投资基金) is a company;
a unit named for the field it serves (市社会保险事业中心) an institution like its kin 事业管理中心, opened by its region.
Invented sentences; each asserts the orgs' names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # a channel (通道) after 中, no courier: 中通 is a word of our lexicon only
    ("中欧班列方面，经霍尔果斯出境的中通道班列增至210班次", {}),
    # (guards: the courier by its full name beside it, as before; the short name before a word of its
    # own (道歉); a short name jieba knows (建行) before a word its last character opens (行为))
    ("中通快递发布公告称，经满洲里出境的中通道班列运行平稳", {"中通快递": "company"}),
    ("针对快件延误，中通道歉并承诺赔付", {"中通": "company"}),
    ("建行为小微企业发放贷款12亿元", {"建行": "company"}),
    # metropolitan (都会) after the place is the name's own, not 都|会 (all will)
    ("調查由香港都會交通研究所負責，樣本逾3,000人", {"香港都会交通研究所": "institution"}),
    ("香港都会大学公布2024年招生数据", {"香港都会大学": "institution"}),
    # (guard: after a pronoun 都会 is all will, no part of a name)
    ("会员们都会支持澄川市物流协会的工作", {"澄川市物流协会": "association"}),
    # every county's and city's government, every region's farmers' association, every county's bureau: kinds
    ("災情統計依各縣市政府查報資料彙整，各地區農會受理救助申請1.2萬件", {}),
    ("请各县农业农村局于月底前上报", {}),
    ("据各县市农会统计，受灾农户逾三千户", {}),
    # (and as a list's member: no name either)
    ("由澄川市农业局、各县市农会等单位负责受理", {"澄川市农业局": "government"}),
    # (guards: the city's government named before, and a later 市政府 inside 各县市政府 no mention of it; a
    # farmers' association of a named town)
    ("市政府要求各县市政府在月底前完成核查", {"市政府": "government"}),
    ("嘉禾县农会与各乡镇农会合作推广新品种", {"嘉禾县农会": "association"}),
    # a cooperative named by what it makes alone: the kind (yak milk industry cooperatives), no name
    ("岚原州2024年牦牛乳产业合作社发展情况通报", {}),
    ("加快推进茶叶产业合作社规范化建设，带动农户增收", {}),
    # (guards: one with its place, or a word of its own, before the product is named)
    ("岚原州雪域牦牛乳产业合作社年收购鲜奶1,200吨", {"岚原州雪域牦牛乳产业合作社": "company"}),
    ("澄川县茶叶产业合作社与禾润合作社签订购销协议",
     {"澄川县茶叶产业合作社": "company", "禾润合作社": "company"}),
    # Taobao villages and towns: a designation of places, no mention of the firm
    ("截至年底，全市共有淘宝村41个、淘宝镇6个，淘宝村数量居全省第二", {}),
    # (guards: the firm itself in the same sentence; a bank's branch in a city whose name opens with 镇)
    ("淘宝镇数量增加，淘宝平台年内新开网店1.2万家", {"淘宝": "company"}),
    ("中国银行镇江分行向淘宝村电商户发放贷款", {"中国银行镇江分行": "company"}),
    # a park's incubatees and graduates, and the firms in it: kinds
    ("融資方面，園區培育公司及畢業公司累計籌集資金港幣52億元", {}),
    ("岚峰科技园培育公司累计申请专利860项，澄川高新区入驻公司达到312家", {}),
    # (guards: a park's operator by its name; a registered name holding 孵化)
    ("香港科技园公司公布数据，岚峰孵化器有限公司新增在孵企业40家",
     {"香港科技园公司": "company", "岚峰孵化器有限公司": "company"}),
    # a named co-investment fund, as other named funds, a company (共同 no adverb of the clause)
    ("本輪融資由澄灣創科共同投資基金領投，岚峰资本跟投", {"澄湾创科共同投资基金": "company", "岚峰资本": "company"}),
    ("由梧川数字经济产业投资基金领投B轮融资", {"梧川数字经济产业投资基金": "company"}),
    # (guards: a fund of no name, one named by a pronoun, and firms that invest jointly: no fund named)
    ("管委会将设立产业投资基金和共同投资基金，该基金首期规模10亿元", {}),
    ("澄川集团与岚峰资本共同投资基金12亿元", {"澄川集团": "group", "岚峰资本": "company"}),
    # a bureau's centre for one field, opened by a bare level or a named city: a government body
    ("市社会保险事业中心依托“岚心办”平台推行业务“一网通办”", {"市社会保险事业中心": "institution"}),
    ("澄江市就业创业事业中心举办招聘会32场", {"澄江市就业创业事业中心": "institution"}),
    # (guard: no region before it, a field's cause, no body)
    ("推动社会保险事业中心工作上台阶", {}),
])
def test_orgs87(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected
