"""make eval: peer-suite scoring and the corpus score, on tiny suites written here."""
import json

from click.testing import CliRunner

from extractor.cli import main
from extractor.evaluate import score_corpus, score_peer


def _write_cases(folder, kind, cases):
    (folder / "cases").mkdir(parents=True, exist_ok=True)
    with (folder / "cases" / f"{kind}.jsonl").open("w", encoding="utf-8") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")


def _case(suite, i, text, *spans):
    expect = []
    for span, value in spans:
        start = text.index(span)
        expect.append({"text": span, "start": start, "end": start + len(span), "value": value})
    return {"suite": suite, "id": str(i), "text": text, "expect": expect}


def test_score_peer_counts_span_and_value(tmp_path):
    _write_cases(tmp_path, "money", [
        _case("jionlp", 1, "订单金额为3.5万元", ("3.5万元", "35000")),
        _case("jionlp", 2, "订单金额为3.5万元", ("3.5万元", "3500")),      # wrong value
        _case("jionlp", 3, "订单金额为3.5万元", ("3.5万", "35000")),       # wrong span
        _case("jionlp", 4, "推动多元化经营"),                               # negative, right
    ])
    _write_cases(tmp_path, "percent", [_case("recognizers-text", 1, "提高2个百分点", ("2个百分点", "2"))])
    results = score_peer(tmp_path)
    money = results[("jionlp", "money")]
    assert (money.cases, money.right) == (4, 2)
    assert [c.id for c, _ in money.failures] == ["2", "3"]
    assert results[("recognizers-text", "percent")].right == 1  # percentage points count as percent


def test_eval_without_peer_dir_says_it_skipped(tmp_path):
    result = CliRunner().invoke(main, ["eval", "--peer", str(tmp_path / "missing")])
    assert result.exit_code == 0, result.output
    assert "peer suites: skipped" in result.output


def test_eval_prints_a_table_and_failures(tmp_path):
    _write_cases(tmp_path, "number", [_case("duckling", 1, "共三千零五", ("三千零五", "3005")),
                                      _case("duckling", 2, "共三千零五", ("三千零五", "35"))])
    result = CliRunner().invoke(main, ["eval", "--peer", str(tmp_path), "--kinds", "number", "--failures", "3"])
    assert result.exit_code == 0, result.output
    assert "duckling" in result.output and "50.0%" in result.output
    assert "want 三千零五[1,5)=35" in result.output


def test_eval_refuses_a_kind_it_has_no_suite_for(tmp_path):
    # (org.jsonl holds labelled spans, not figures: it once crashed the figure scorer with a KeyError)
    result = CliRunner().invoke(main, ["eval", "--peer", str(tmp_path), "--kinds", "number,org"])
    assert result.exit_code == 2
    assert "org: choose among money, percent, number" in result.output
    assert "org table" in result.output


def test_score_corpus_precision_recall(tmp_path):
    text = "全年营收12亿元，增长8%，新签项目5个。"
    (tmp_path / "clean").mkdir()
    (tmp_path / "clean" / "a-01.txt").write_text(text, encoding="utf-8")
    gold = [{"kind": "money", "start": 4, "end": 8, "value": "1200000000"},
            {"kind": "percent", "start": 11, "end": 13, "value": "9"}]  # a wrong gold value: one fp, one fn
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a-01.json").write_text(json.dumps({"id": "clean/a-01", "figures": gold}), encoding="utf-8")
    scores = score_corpus(tmp_path)
    assert scores["money"]["tp"] == 1 and scores["money"]["fp"] == 0
    assert (scores["percent"]["tp"], scores["percent"]["fp"], scores["percent"]["fn"]) == (0, 1, 1)
    assert scores["count"]["fp"] == 1  # found, not in this gold
    assert score_corpus(tmp_path / "nothing") == {}


def test_eval_scores_the_blind_batches_fixed_on_then_those_held_out(tmp_path):
    from extractor.cli import _blind_batches

    for batch in ("blind0002", "blind0001", "held/blind0003"):
        (tmp_path / batch / "gold").mkdir(parents=True)
    assert [(p.relative_to(tmp_path).as_posix(), label) for p, label in _blind_batches(tmp_path)] == [
        ("blind0001", "written blind, fixed on"), ("blind0002", "written blind, fixed on"),
        ("held/blind0003", "written blind, held out")]
