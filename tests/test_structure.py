"""Paragraphs, sentences and clauses with raw offsets (issue 3). Cases new, in the genre of corpora/."""
from __future__ import annotations

import doctest

import pytest

import extractor.boilerplate
import extractor.period
import extractor.structure
from extractor.structure import split


@pytest.mark.parametrize("module", [extractor.structure, extractor.boilerplate, extractor.period])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("text,clauses", [
    ("全年营收1,100.9亿元，同比增长5%。", ["全年营收1,100.9亿元，", "同比增长5%。"]),
    ("增长3，20家企业落户。", ["增长3，", "20家企业落户。"]),  # a Chinese comma is a break, not a separator
    ("共有462，000个职位空缺。", ["共有462，000个职位空缺。"]),  # ... but not inside whole groups before a unit
    ("全年營收１，１００億元，同比增長5%。", ["全年營收１，１００億元，", "同比增長5%。"]),  # full-width digit groups
    ("2013年，牧野区到位资金22.735亿元，完成目标的114.82%；其中，省外资金19.9亿元。",
     ["2013年，牧野区到位资金22.735亿元，", "完成目标的114.82%；", "其中，省外资金19.9亿元。"]),
    ("“一站式”服务十分贴心！下一步将积极牵线搭桥。", ["“一站式”服务十分贴心！", "下一步将积极牵线搭桥。"]),
])
def test_clauses(text, clauses):
    assert [text[s:e] for s, e in split(text).clauses] == clauses


def test_paragraphs_and_sentences_keep_raw_offsets():
    raw = "標題\n\n　　近日，從(cóng)全市傳來喜訊。全年新簽約項目17個，總投資82億元！\n來源:河南經濟報"
    s = split(raw)
    assert [raw[a:b] for a, b in s.paragraphs] == ["標題", "近日，從(cóng)全市傳來喜訊。全年新簽約項目17個，總投資82億元！", "來源:河南經濟報"]
    assert [raw[a:b] for a, b in s.sentences] == ["標題", "近日，從(cóng)全市傳來喜訊。", "全年新簽約項目17個，總投資82億元！", "來源:河南經濟報"]
    assert all(a < b for a, b in s.clauses)
    assert [b for _, b in s.clauses] == sorted(b for _, b in s.clauses)


def test_seed_structure(seed_text):
    s = split(seed_text)
    assert len(s.paragraphs) >= 10
    clauses = [seed_text[a:b] for a, b in s.clauses]
    assert "全年全區(qū)到位市外資金22.735億元," in clauses
    assert all(seed_text[a:b].strip() == seed_text[a:b] for a, b in s.clauses)
