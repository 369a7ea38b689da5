"""Scores on our own corpus (corpora/), against fixed bars.

corpora/clean was used to develop the rules; corpora/eval was written blind to
them and is never tuned on: its bars are lower and its scores are the honest ones.
"""
import json
from decimal import Decimal
from pathlib import Path

import pytest

from extractor import extract
from extractor.evaluate import noise_agreement, score_checks, score_corpus

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
# corpus -> (figure F1 bar per kind, check precision bar, check recall bar,
#            share of deliberate errors that must be flagged)
SETS = {
    CORPORA: (Decimal("0.97"), Decimal("0.95"), Decimal("0.85"), Decimal(1)),
    # Held out: bars just under what was measured when it was first scored
    # (F1 >= 0.99 per kind; checks P 1.0, R 0.655; 1 of its 2 errors flagged).
    CORPORA / "eval": (Decimal("0.95"), Decimal("0.90"), Decimal("0.60"), Decimal("0.5")),
}


def _present(corpus):
    if not (corpus / "gold").is_dir():
        pytest.skip(f"no gold in {corpus}")


@pytest.mark.parametrize("corpus", list(SETS), ids=["dev", "eval"])
def test_figure_scores(corpus):
    _present(corpus)
    scores = score_corpus(corpus)
    bar = SETS[corpus][0]
    assert {"money", "percent", "count"} <= set(scores)
    low = {k: s["f1"] for k, s in scores.items() if s["f1"] < bar}
    assert not low, f"F1 below {bar}: {low}"


# What counts count (`of`), per corpus: the gold's noun, exactly.  Bars just under
# what was measured when extractor/counted.py landed (dev 0.8575, held out 0.8293;
# the heuristic before it: 0.55 and 0.4634).
OF_BARS = {CORPORA: Decimal("0.84"), CORPORA / "eval": Decimal("0.80")}


@pytest.mark.parametrize("corpus", list(SETS), ids=["dev", "eval"])
def test_counts_name_what_they_count(corpus):
    _present(corpus)
    count = score_corpus(corpus)["count"]
    assert count["of_total"] >= 0.9 * count["tp"]  # nearly every count's gold names its noun (or null)
    assert count["of_share"] >= OF_BARS[corpus], count


@pytest.mark.parametrize("corpus", list(SETS), ids=["dev", "eval"])
def test_check_scores_and_every_error_flagged(corpus):
    _present(corpus)
    s = score_checks(corpus)
    _, p_bar, r_bar, flag_bar = SETS[corpus]
    assert s["precision"] >= p_bar and s["recall"] >= r_bar, s
    assert s["flagged"] >= flag_bar * s["inconsistent"] and s["false_alarms"] == 0, s


def test_attributes_of_matched_figures():
    """Currency, unit, approx, negative and range of every figure found at its gold span."""
    wrong = []
    for gold_path in sorted((CORPORA / "gold").glob("*.json")):
        doc = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (CORPORA / f"{doc['id']}.txt").read_text(encoding="utf-8")
        found = {(f.kind, f.start, f.end): f for f in extract(text).figures}
        for g in doc["figures"]:
            f = found.get((g["kind"], g["start"], g["end"]))
            if f is None:
                continue
            assert text[f.start:f.end] == f.text == g["text"]
            got = (f.currency, f.unit, f.approx, f.negative, f.value_max)
            want = (g["currency"], g["unit"], g["approx"], g["negative"],
                    None if g["value_max"] is None else Decimal(g["value_max"]))
            if got != want:
                wrong.append((doc["id"], g["text"], got, want))
    assert not wrong


def test_noisy_copies_give_the_same_figures():
    result = noise_agreement(CORPORA)
    assert result["articles"] >= 10
    assert result["share"] == 1, result["differ"]
