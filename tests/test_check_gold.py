"""The gold checker of corpora/ (a tool for whoever writes gold): the shipped gold passes it,
and it re-reads the surfaces our traditional-script articles write."""
import importlib.util
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def _checker():
    spec = importlib.util.spec_from_file_location("check_gold", CORPORA / "check_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# (and every batch written blind, corpora/blind/README.md)
@pytest.mark.parametrize("args", [[], ["--dir", str(CORPORA / "eval")],
                                  *(["--dir", str(batch)] for batch in sorted(CORPORA.glob("blind/**/blind*")))])
def test_the_shipped_gold_passes(args, capsys):
    assert _checker().main(args) == 0, capsys.readouterr().out


@pytest.mark.parametrize("text, value, unit", [
    ("9,600張", "9600", "张"), ("1,200戶", "1200", "户"), ("35輛", "35", "辆"), ("150條", "150", "条"),
    ("逾3,100人次", "3100", "人次"), ("12個", "12", "个"), ("超過4,000家", "4000", "家"),
])
def test_traditional_classifiers_are_read_as_simplified(text, value, unit):
    expected = _checker().reread({"kind": "count", "text": text})
    assert (expected["value"], expected["unit"]) == (value, unit)


@pytest.mark.parametrize("text, value", [("1億2,600萬元", "126000000"), ("3亿5千万元", "350000000"), ("1.5亿元", "150000000")])
def test_wan_after_yi_adds_to_it(text, value):
    assert _checker().reread({"kind": "money", "text": text})["value"] == value


@pytest.mark.parametrize("text, value", [("百分之四十七點四", "47.4"), ("百分之三十", "30"), ("百分之一百零五点二五", "105.25")])
def test_percent_in_words_with_its_decimals(text, value):
    assert _checker().reread({"kind": "percent", "text": text})["value"] == value


def test_a_batch_written_outside_corpora_builds_and_checks(tmp_path, capsys):
    """A folder of articles and specs elsewhere (a batch written blind, kept out of the repository)
    gets ids clean/x, as corpora/ itself does."""
    for sub in ("clean", "gold_src", "gold"):
        (tmp_path / sub).mkdir()
    body = "　　全年新签约项目17个，到位资金22.7亿元。" + "县里持续优化营商环境，推动项目早落地、早投产、早见效。" * 14
    (tmp_path / "clean" / "demo-01.txt").write_text(f"某县招商报告\n发布时间：2025-03-12\n{body}\n", encoding="utf-8")
    (tmp_path / "gold_src" / "demo-01.spec").write_text(
        "@date 2025-03-12\n@outlet null\n@reporters\nf c 17个 17 u=个 of=新签约项目\nf m 22.7亿元 2270000000 cur=CNY\n",
        encoding="utf-8")
    spec = importlib.util.spec_from_file_location("build_gold", CORPORA / "build_gold.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    builder.main(["--dir", str(tmp_path)])
    import json

    assert json.loads((tmp_path / "gold" / "demo-01.json").read_text(encoding="utf-8"))["id"] == "clean/demo-01"
    assert _checker().main(["--dir", str(tmp_path)]) == 0, capsys.readouterr().out
