"""Org rules added for the s82 articles: a name's first character that jieba reads as a word of the
clause (同 of "with", a trader's 商), a firm's nationality before it (日商), a name character kept in
simplified script (昇), a cooperative's branch, trades jieba tags as verbs (产销, 沉浸), short offices
and units named alone (征兵办, 统计处), and all of a place's farms of a kind (全州|家庭农场).
Invented sentences; each asserts the orgs' names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # a lone 同 opening a clause before a word jieba hardly saw: the name's first character, unless a verb
    # of doing with follows the name
    ("去年新开门店12家；同福堂药业有限公司获评省级老字号", {"同福堂药业有限公司": "company"}),
    ("公司表示，同泓川科技有限公司的合作将继续", {"泓川科技有限公司": "company"}),
    # a trader's 商 that jieba glues to the name after it
    ("工程由隧道營辦商東港隧道管理有限公司負責", {"东港隧道管理有限公司": "company"}),
    # a firm's nationality before its name is a kind, not the name
    ("水果多經日商松井青果株式會社在大阪銷售", {"松井青果株式会社": "company"}),
    # a name character the 2013 standard keeps (昇), kept in the name of a traditional article
    ("康文署表示，翻新工程由嘉昇機電工程有限公司承建，合約總額為港幣800萬元。", {
        "康文署": "government", "嘉昇机电工程有限公司": "company"}),
    # a cooperative's branch
    ("柑橘主要由岚溪县青果运销合作社城东分社收购", {"岚溪县青果运销合作社城东分社": "company"}),
    # trades jieba tags as verbs: production and marketing, immersive entertainment
    ("。栖川县柑橘产销协会表示", {"栖川县柑橘产销协会": "association"}),
    ("。栖州星野沉浸娱乐有限公司开业", {"栖州星野沉浸娱乐有限公司": "company"}),
    # a ministry's statistics department named alone once named in full; not 统计|处理
    ("財政部統計處昨公布數據。統計處指出，稅收增加", {"财政部统计处": "government", "统计处": "government"}),
    ("财政部统计处发布数据，统计处理方法不变", {"财政部统计处": "government"}),
    # a military service office by its short name after a level, and short offices written in full
    ("全县完成省征兵办下达的任务", {"省征兵办": "government"}),
    ("县征兵办公室和县扶贫办公室联合发文", {"县征兵办公室": "government", "县扶贫办公室": "government"}),
    # a life saving society; an agricultural research institute (not 试验|所需)
    ("澳門拯溺總會舉辦講座", {"澳门拯溺总会": "association"}),
    ("农业部茶业试验所派员指导，完成试验所需时间缩短", {"农业部茶业试验所": "institution"}),
    # Taiwan's external trade council by its short name
    ("外贸协会今年将组团参展", {"外贸协会": "association"}),
    # all of a prefecture's family farms (全州, a county's name too) are a kind, no farm
    ("全州家庭农场经营收入增长", {}),
])
def test_orgs82(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected
