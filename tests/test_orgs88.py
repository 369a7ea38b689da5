"""Org rules added for the s88 blind articles: a hall (登录厅, 候车厅) is no department, as a department
is named by the field of government it runs (省财政厅, 教育厅, 国务院办公厅).
Invented sentences; each asserts the orgs' names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # a hall of a building, named by what is done in it, is no government body
    ("工程内容：展厅及登录厅钢结构制作、安装", {}),
    ("旅客可在候机厅、登录厅休息", {}),
    ("放映厅、录像厅、游艺厅和歌舞厅须持证经营", {}),
    ("新闻发布厅与会议厅已布置完毕", {}),
    # (guards: departments by the field they run, opened by a province or standing alone, and a body's
    # general office)
    ("省财政厅会同自治区商务厅发文", {"省财政厅": "government", "自治区商务厅": "government"}),
    ("经教育厅批准，公安厅通报", {"教育厅": "government", "公安厅": "government"}),
    ("国务院办公厅印发通知，省政府办公厅转发", {"国务院办公厅": "government", "省政府办公厅": "government"}),
    ("岭川省住房和城乡建设厅与岭川省文化和旅游厅联合发文",
     {"岭川省住房和城乡建设厅": "government", "岭川省文化和旅游厅": "government"}),
    ("湖南省林业厅、省国土资源厅和省交通厅参加", {"湖南省林业厅": "government", "省国土资源厅": "government",
                                           "省交通厅": "government"}),
])
def test_orgs88(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected
