"""spaCy: entry-point factories, load_spacy, same records as extract, an optional model's ORGs."""
from __future__ import annotations

import re

import pytest

spacy = pytest.importorskip("spacy")

from extractor import extract, load_spacy  # noqa: E402

TEXT = ("2013年，牧野区重点拜访了中电华软、中国惠普有限公司、比亚迪股份有限公司等知名企业，"
        "全年到位市外资金22.735亿元，完成目标的114.82%，新签约项目17个。")


def test_factories_resolve_through_entry_points():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {"zh_news_figures", "zh_news_orgs"} <= names
    misc = {ep.name for ep in entry_points(group="spacy_misc")}
    assert {"zh_news_figures.v1", "zh_news_orgs.v1"} <= misc
    nlp = spacy.blank("zh")
    nlp.add_pipe("zh_news_figures")
    nlp.add_pipe("zh_news_orgs")
    assert nlp.pipe_names == ["zh_news_figures", "zh_news_orgs"]
    assert nlp.config["components"]["zh_news_orgs"]["extractor"] == {"@misc": "zh_news_orgs.v1"}


def test_load_spacy_uses_jieba_and_fills_spans_ents_and_extensions():
    nlp = load_spacy()
    assert nlp.config["nlp"]["tokenizer"]["segmenter"] == "jieba"
    doc = nlp(TEXT)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("中国惠普有限公司", "ORG"), ("比亚迪股份有限公司", "ORG"), ("22.735亿元", "MONEY"),
            ("114.82%", "PERCENT"), ("17个", "COUNT")} <= ents
    # jieba cuts 中电华软 as 中|电华软: the span is still the whole name
    assert ("中电华软", "ORG") in ents
    assert [s.text for s in doc.spans["orgs"]] == ["中电华软", "中国惠普有限公司", "比亚迪股份有限公司"]
    assert {s.label_ for s in doc.spans["figures"]} == {"MONEY", "PERCENT", "COUNT"}


def test_spacy_path_and_extract_give_the_same_records():
    doc = load_spacy()(TEXT)
    article = extract(TEXT)
    assert doc._.orgs == article.orgs
    assert doc._.figures == article.figures
    assert doc._.orgs and doc._.figures


def test_traditional_text_in_spacy():
    text = "針對現代服務業重點拜訪了紅星美凱龍集團、香港豪德集團等知名企業"
    doc = load_spacy()(text)
    assert [o.name for o in doc._.orgs] == ["红星美凯龙集团", "香港豪德集团"]
    assert [s.text for s in doc.spans["orgs"]] == ["紅星美凱龍集團", "香港豪德集團"]


def test_displacy_renders_our_entities():
    from spacy import displacy

    html = displacy.render(load_spacy()(TEXT), style="ent")
    assert "中国惠普有限公司" in html and "MONEY" in html


def test_model_org_entities_join_as_candidates(tmp_path):
    """A tiny pipeline stands in for zh_core_web_sm: its ORG entities are candidates."""
    model = spacy.blank("zh")
    ruler = model.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "天行九歌"}, {"label": "GPE", "pattern": "牧野区"}])
    model.meta["name"] = "tiny_sm"
    model.to_disk(tmp_path / "tiny")

    text = "牧野区与天行九歌签约，并拜访了中国惠普有限公司。"
    plain = load_spacy()(text)
    assert "天行九歌" not in {o.name for o in plain._.orgs}

    nlp = load_spacy(model=str(tmp_path / "tiny"))
    assert nlp.pipe_names[-2:] == ["zh_news_figures", "zh_news_orgs"]
    doc = nlp(text)
    by_name = {o.name: o for o in doc._.orgs}
    assert by_name["天行九歌"].rule == "org.model.zh_tiny_sm"
    assert by_name["中国惠普有限公司"].rule.startswith("org.suffix.")
    assert ("牧野区", "GPE") in {(e.text, e.label_) for e in doc.ents}  # the model's other entities stay
    # the same candidates through extract give the same records
    assert doc._.orgs == extract(text, kinds={"org"}, extra_orgs=[(4, 8, "zh_tiny_sm")]).orgs


def test_cli_show_takes_a_spacy_model(tmp_path):
    from click.testing import CliRunner

    from extractor.cli import main

    _tiny_model(tmp_path / "tiny")
    text = "牧野区与天行九歌签约，并拜访了中国惠普有限公司。"
    plain = CliRunner().invoke(main, ["show", text])
    assert plain.exit_code == 0 and "天行九歌" not in plain.output
    result = CliRunner().invoke(main, ["show", text, "--spacy-model", str(tmp_path / "tiny")])
    assert result.exit_code == 0, result.output
    assert "org.model.zh_tiny_sm" in result.output and "org.suffix.limited" in result.output


def _tiny_model(folder):
    model = spacy.blank("zh")
    model.add_pipe("entity_ruler").add_patterns([{"label": "ORG", "pattern": "天行九歌"}])
    model.meta["name"] = "tiny_sm"
    model.to_disk(folder)
    return str(folder)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_run_takes_a_spacy_model(tmp_path, jobs):
    """`run --spacy-model` gives the orgs that `extract(extra_orgs=...)` gives, in every worker."""
    import duckdb
    from click.testing import CliRunner

    from extractor.cli import main

    model = _tiny_model(tmp_path / "tiny")
    texts = {"a": "牧野区与天行九歌签约，并拜访了中国惠普有限公司。", "b": "新签约项目17个，天行九歌投资3亿元。",
             "c": "比亚迪股份有限公司营收增长12%。"}
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(main, ["run", str(folder), "-o", str(tmp_path / "plain.duckdb"), "-j", jobs, "-q"])
    assert plain.exit_code == 0, plain.output
    result = runner.invoke(main, ["run", str(folder), "-o", str(tmp_path / "model.duckdb"), "-j", jobs, "-q",
                                  "--spacy-model", model])
    assert result.exit_code == 0, result.output

    def orgs(path):
        con = duckdb.connect(str(path), read_only=True)
        rows = con.execute("select article_id, name, rule, start, \"end\" from orgs order by 1, 4").fetchall()
        con.close()
        return rows

    assert ("a", "天行九歌", "org.model.zh_tiny_sm", 4, 8) in orgs(tmp_path / "model.duckdb")
    assert "天行九歌" not in {name for _, name, _, _, _ in orgs(tmp_path / "plain.duckdb")}
    expected = []
    for doc_id, text in sorted(texts.items()):
        extra = [(m.start(), m.end(), "zh_tiny_sm") for m in re.finditer("天行九歌", text)]
        expected += [(doc_id, o.name, o.rule, o.start, o.end) for o in extract(text, kinds={"org"}, extra_orgs=extra).orgs]
    assert orgs(tmp_path / "model.duckdb") == sorted(expected, key=lambda r: (r[0], r[3]))
