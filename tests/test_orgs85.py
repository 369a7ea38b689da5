"""Org rules added for the s85 articles: an educators' society by its own suffix (教育会), Taiwan's
word for shipping lines before 协会 (航商), a school named for a bay (…湾中学), a school or university
with its head's title after it in one jieba word (中学校长, 大学校长), a registered firm counted by
what it owns (…有限公司4座), a firm's own short name where jieba glued the county's 县 to it, the
whole town's government finances (全镇政府…: no town government), and funds by their kind, no
names (以下简称"引导基金", 天使投资基金3支); where goods are sold or shipped to before a name (销往, 运往),
a group's arm in a country in brackets (…集团（中国）), and a registered name after another in a list, opening
on a brand's word jieba takes for a verb (…有限公司及畅行停车服务（香港）有限公司).
Invented sentences; each asserts the orgs' names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # an educators' society, old in Macau and Hong Kong, by its own suffix
    ("本届论坛由澳门中华教育会与澳门大学合办", {"澳门中华教育会": "association", "澳门大学": "institution"}),
    ("全市教育会议召开", {}),  # (a guard: a meeting on education, no society)
    # Taiwan's word for shipping lines before an association's suffix
    ("台湾航商协会预计运价回落", {"台湾航商协会": "association"}),
    ("各商协会积极参与", {}),  # (a guard: chambers and associations, a kind)
    # a school named for a bay jieba cuts off its place
    ("明珠湾中学新建了图书楼", {"明珠湾中学": "institution"}),
    # a school and a university with their heads' titles after them, one word to jieba
    ("岚山中学校长介绍，澄江大学校长致辞", {"岚山中学": "institution", "澄江大学": "institution"}),
    ("许多中学校长表示赞同", {}),  # (a guard: heads of schools in general)
    # a registered firm, then a count of what it owns: one firm, no kind counted
    ("旗下湖南澄光材料有限公司4座、江西澄光新能源有限公司2座",
     {"湖南澄光材料有限公司": "company", "江西澄光新能源有限公司": "company"}),
    # a firm's short name, where jieba glued the county's 县 to the firm's first character
    ("岭东县禾盛米业有限公司扩产，禾盛米业全年营收2亿元",
     {"岭东县禾盛米业有限公司": "company", "禾盛米业": "company"}),
    # the whole town's government debt: no town government named
    ("全镇政府性债务余额下降", {}),
    ("镇政府牵头成立工作专班", {"镇政府": "government"}),  # (a guard: passed before)
    # a fund's kind as its alias after no name, and funds counted by kind: no names
    ("区级科技创新引导基金（以下简称“引导基金”）已投资5个项目", {}),
    ("按投向分，天使投资基金2支、产业并购基金4支。", {}),
    # where goods are sold or shipped to, a verbal noun to jieba, opens no name
    ("这批零件主要销往岩崎精工株式会社等海外客户。", {"岩崎精工株式会社": "company"}),
    ("今年的钢材大多运往澄海重工有限公司。", {"澄海重工有限公司": "company"}),
    # a group's arm in a country, in brackets after the group
    ("项目由澄星电器集团（中国）投资建设", {"澄星电器集团（中国）": "group"}),
    # a registered name after another in a list: from the link to its legal form, the brand's verbs and all
    ("停车场由澄港泊车管理有限公司及畅行停车服务（香港）有限公司承办。",
     {"澄港泊车管理有限公司": "company", "畅行停车服务（香港）有限公司": "company"}),
    ("公司与新福量贩股份有限公司、乐邻居超市股份有限公司签约。",
     {"新福量贩股份有限公司": "company", "乐邻居超市股份有限公司": "company"}),
    # (guards: a holding or a subsidiary between the two is the clause's, passed before)
    ("澄江电子有限公司和旗下澄光科技有限公司", {"澄江电子有限公司": "company", "澄光科技有限公司": "company"}),
    ("岭南电子有限公司及控股子公司澄光科技有限公司", {"岭南电子有限公司": "company", "澄光科技有限公司": "company"}),
])
def test_orgs85(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected
