"""Org names: boundaries, lists, glosses, traditional script, government typing, non-orgs."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from extractor import extract
from extractor.errors import RuleError
from extractor.normalize import normalize
from extractor.org_rules import cached_org_rules, load_org_rules, read_lexicon
from extractor.orgs import build_orgs
from extractor.records import ORG_TYPES, Org
from extractor.rules import builtin_dir

RULES = cached_org_rules()


def names(text: str) -> dict[str, str]:
    return {o.name: o.type for o in extract(text, kinds={"org"}).orgs}


@pytest.mark.parametrize("example", RULES.examples, ids=lambda e: e["text"][:24])
def test_org_yaml_examples(example):
    assert names(example["text"]) == dict(example["orgs"])


# (text, expected names) grouped by phenomenon; provenance in the comment
BOUNDARIES = [
    # left edge after a verb + 了 (dev: seed article)
    ("重点拜访了深圳巴斯巴科技发展有限公司。", {"深圳巴斯巴科技发展有限公司"}),
    # region prefix kept, verb dropped (new)
    ("公司控股股东江淮重工控股集团有限公司持有股份", {"江淮重工控股集团有限公司"}),
    # foreign form with a bracketed region inside the name (new)
    ("拟设立全资子公司江淮重工（合肥）智能装备有限公司，负责建设", {"江淮重工（合肥）智能装备有限公司"}),
    # a known name after an unrelated word keeps its own edge (new)
    ("前述邮储银行的做法", {"邮储银行"}),
    # a function character glued to a region by jieba's HMM (bug caught: 据区统计局)
    ("据区统计局数据显示", {"区统计局"}),
]


@pytest.mark.parametrize("text,expected", BOUNDARIES)
def test_boundaries(text, expected):
    assert set(names(text)) == expected


def test_list_members_become_orgs_of_the_cue_type():
    got = names("招商小分队先后走访了上海华鼎电子科技发展有限公司、中科瑞拓、远航集团、上海市河南商会等企业和商会组织。")
    assert got == {"上海华鼎电子科技发展有限公司": "company", "中科瑞拓": "company",
                   "远航集团": "group", "上海市河南商会": "association"}


def test_list_of_projects_gives_no_orgs_even_with_a_company_inside():
    assert names("保障了海德壹号、天禄公司家用空调扁管、世博置业壹克拉公馆等项目的顺利开工建设") == {}


def test_gloss_inside_a_name_is_removed_from_name_not_from_text():
    text = "公司与綠地控股集團(tuán)有限公司签署协议"
    (org,) = extract(text, kinds={"org"}).orgs
    assert org.name == "绿地控股集团有限公司"
    assert org.text == "綠地控股集團(tuán)有限公司" == text[org.start:org.end]


def test_traditional_gives_the_simplified_names_at_raw_offsets():
    simp = "针对现代服务业重点拜访了红星美凯龙集团、香港豪德集团、众品食业股份有限公司等知名企业"
    trad = "針對現代服務業重點拜訪了紅星美凱龍集團、香港豪德集團、眾品食業股份有限公司等知名企業"
    a, b = extract(simp, kinds={"org"}).orgs, extract(trad, kinds={"org"}).orgs
    assert [o.name for o in a] == [o.name for o in b] == ["红星美凯龙集团", "香港豪德集团", "众品食业股份有限公司"]
    assert [(o.start, o.end) for o in a] == [(o.start, o.end) for o in b]
    assert all(trad[o.start:o.end] == o.text for o in b)


def test_government_organs_are_typed_government():
    got = names("新乡市委、市政府授予牧野区荣誉；会同区发改委、工信局、国土分局等部门；中国证券监督管理委员会核准")
    assert got == {"新乡市委": "government", "市政府": "government", "区发改委": "government",
                   "工信局": "government", "国土分局": "government", "中国证券监督管理委员会": "government"}


NOT_ORGS = [
    "2比1战胜曼联之后枪手仍然留在了夺冠集团之内",          # sports jargon (CLUENER-like, written here)
    "该公司表示，一家科技公司和几家保险公司也参与了",         # generic company nouns
    "协调解决中原国际农产品物流基地、北美工业园等项目的推进问题",  # parks and projects
    "这一战略布局改变了行业格局",                          # 局 inside ordinary words
    "归属于上市公司股东的净利润下降",                       # 上市公司 is no name
    "本次业绩快报数据未经会计师事务所审计",                   # profession + suffix
    "",
]


@pytest.mark.parametrize("text", NOT_ORGS)
def test_not_orgs(text):
    assert names(text) == {}


def test_outlet_in_byline_is_not_an_org():
    text = "新浪财经讯 腾讯今日发布财报。\n来源：新华网"
    assert names(text) == {"腾讯": "company"}


def test_each_distinct_org_once_with_all_mentions():
    text = "与中国电池协会锂电分会签约。中国电池协会锂电分会表示欢迎，中国电池协会锂电分会将组织企业。"
    (org,) = extract(text, kinds={"org"}).orgs
    assert len(org.mentions) == 3
    assert all(text[s:e] == "中国电池协会锂电分会" for s, e in org.mentions)
    assert (org.start, org.end) == org.mentions[0]


def test_alias_and_short_name():
    text = "岭南能源控股有限公司（以下简称“岭南能源”）发布公告。岭南能源控股2018年度业绩下降。"
    assert set(names(text)) == {"岭南能源控股有限公司", "岭南能源", "岭南能源控股"}


def test_records_are_frozen_and_checked():
    org = Org(id="o1", text="华为", start=0, end=2, name="华为", type="company")
    with pytest.raises(Exception):
        org.name = "x"  # type: ignore[misc]
    with pytest.raises(ValueError):
        Org(id="o1", text="华为", start=0, end=2, name="华为", type="club")
    assert org.to_dict()["mentions"] == []


def test_org_kind_off_gives_no_orgs():
    assert extract("拜访了中国惠普有限公司", kinds={"money"}).orgs == []


def test_lexicons_parse_and_have_no_duplicates_and_a_source():
    lexdir = builtin_dir() / "lexicons"
    assert (lexdir / "SOURCE.md").read_text(encoding="utf-8").strip()
    seen: dict[str, str] = {}
    for path in sorted(lexdir.glob("*.tsv")):
        for name, typ in read_lexicon(path).items():
            assert typ in ORG_TYPES
            assert name not in seen, f"{name} in {path.name} and {seen[name]}"
            seen[name] = path.name
    assert len(seen) > 300


def test_broken_lexicon_names_file_and_line(tmp_path):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "org.yaml").write_text((builtin_dir() / "org.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "lexicons" / "bad.tsv").write_text("华为\tclub\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"E021 .*bad.tsv: line 1"):
        load_org_rules(tmp_path)


def test_odd_input_never_raises():
    for text in ["公司", "集团集团集团", "、、、等企业", "有限公司" * 50, "(中国)有限公司", "局"]:
        for o in extract(text, kinds={"org"}).orgs:
            assert text[o.start:o.end] == o.text


SEED = os.environ.get("SEED_DIR")
SEED_ORGS = ["中电华软", "中国惠普有限公司", "比亚迪股份有限公司", "深圳巴斯巴科技发展有限公司",
             "中国化学与物理电源产业协会", "中国电池协会锂电分会", "红星美凯龙集团", "香港豪德集团",
             "众品食业股份有限公司", "碧桂园集团", "湖北百盟集团"]


@pytest.mark.skipif(not SEED or not Path(SEED).is_dir(), reason="SEED_DIR not set")
def test_seed_article_orgs():
    (path,) = sorted(Path(SEED).glob("*.txt"))[:1]
    raw = path.read_text(encoding="utf-8")
    orgs = extract(raw, kinds={"org"}).orgs
    got = {o.name: o for o in orgs}
    for name in SEED_ORGS:
        assert name in got, name
        assert raw[got[name].start:got[name].end] == got[name].text
    companies = [o.name for o in orgs if o.type in ("company", "group", "association")]
    assert companies == SEED_ORGS
    assert {o.type for o in orgs} - {"company", "group", "association"} == {"government"}


@pytest.mark.parametrize("fmt", ["duckdb", "parquet", "csv", "jsonl"])
def test_orgs_table_in_every_format(tmp_path, fmt):
    import json

    from click.testing import CliRunner

    from extractor.cli import main

    src = tmp_path / "a.txt"
    src.write_text("拜访了中国惠普有限公司。中国惠普有限公司表示，中国惠普有限公司将投资5亿元。", encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        (doc,) = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
        rows = [dict(o, article_id=doc["id"]) for o in doc["orgs"]]
        mentions = rows[0]["mentions"]
    else:
        from extractor import read

        rows = read(str(out))["orgs"].to_dict("records")
        mentions = json.loads(rows[0]["mentions"])
    assert len(rows) == 1
    assert rows[0]["name"] == "中国惠普有限公司" and rows[0]["type"] == "company"
    assert rows[0]["article_id"]
    assert [list(m) for m in mentions] == [[3, 11], [12, 20], [23, 31]]


def test_score_orgs_counts_company_and_company_plus_org(tmp_path):
    import json

    from extractor.orgs_eval import score_orgs, to_traditional

    cases = [  # written here, in the peer file's format
        {"id": "c1", "text": "重点拜访了比亚迪股份有限公司和中国电池协会。",
         "labels": {"company": ["比亚迪股份有限公司"], "organization": ["中国电池协会"], "government": []}},
        {"id": "c2", "text": "招商小分队走访了远航集团。",
         "labels": {"company": ["远航集团", "远航"], "organization": [], "government": []}},
        {"id": "c3", "text": "该公司表示将继续努力。", "labels": {"company": [], "organization": [], "government": []}},
    ]
    path = tmp_path / "org.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), encoding="utf-8")
    for convert in (None, to_traditional()):
        s = score_orgs(path, convert)
        c, co = s["company"], s["company+org"]
        assert (c.tp, c.fp, c.fn) == (2, 0, 1)
        assert (co.tp, co.fp, co.fn) == (3, 0, 1)
        assert round(c.f1, 3) == 0.8
