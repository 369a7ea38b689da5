"""Score the extractor: peer suites (``make eval``) and our own gold corpus.

Peer suites are other extractors' public tests, converted to one JSONL format
(``<peer>/cases/{money,percent,number}.jsonl``; see the README there).  A case
is right when the figures of the file's kind found in its text equal the
expected ones exactly, span and value.  The peer folder is never assumed: it
comes from the caller (``--peer`` or ``$EXTRACTOR_PEER``).

The corpus score compares figures with ``corpora/gold/*.json`` per figure kind
(a match is kind + span + value) and gives precision, recall and F1.

>>> Result("duckling", "money", 20, 19).share
Decimal('0.95')
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

from .api import extract

SUITE_KINDS = ("money", "percent", "number")
SUITES = ("recognizers-text", "jionlp", "duckling")
# Figure kinds scored in each peer file; the case's kind 'percent' covers both.
FIGURE_KINDS = {"money": {"money"}, "percent": {"percent", "percentage_point"}, "number": {"number"}}
# Issue 2: the share of cases right each suite must reach.
TARGETS = {"money": Decimal("0.95"), "percent": Decimal("0.97"), "number": Decimal("0.93")}
# Measured by the peer README on the same cases (share right, span and value).
BEST_TOOLS = {
    "money": "Recognizers-Text 67%, JioNLP 62%",
    "percent": "Recognizers-Text 91%",
    "number": "Recognizers-Text 86%",
}

# Peer conventions we do not follow, because another suite or news usage says otherwise;
# printed under the table where a suite misses its target.
CONVENTIONS = {
    ("duckling", "money"): [
        "a bare N分 (五分, 25分) is money to Duckling; in news it is a score or minutes "
        "(拿下25分, （29分）), so 分 alone needs a price word before it or 钱 after it",
    ],
    ("duckling", "number"): [
        "Duckling puts the classifier in the span (一个, 0个, 半个); Recognizers-Text does not "
        "(199个 -> 199, 十个手指头 -> 十): we follow Recognizers-Text",
        "Duckling counts pairs (五雙 = 10, 一對 = 2); Recognizers-Text reads 三双 as 3: we count pairs as a classifier",
        "G as a suffix (.0012G) is not read: 5G, 4.5G in news are network generations",
        "Cantonese fractions without 之 (二份一, 十份十一, 一又十分一) and 一半半, 1半 are not read "
        "(十分一 is also 'very ordinary')",
    ],
    ("recognizers-text", "percent"): [
        "5-20% is one range figure (5..20), not just 20%",
        "7 2 折: a space between two Arabic digits is kept (2020 2021 are two numbers)",
    ],
}

Key = tuple[int, int, Decimal]  # start, end, value


@dataclass(frozen=True)
class Case:
    suite: str
    id: str
    kind: str
    text: str
    expect: tuple[Key, ...]


@dataclass
class Result:
    suite: str
    kind: str
    cases: int = 0
    right: int = 0
    failures: list[tuple[Case, tuple[Key, ...]]] = field(default_factory=list)

    @property
    def share(self) -> Decimal:
        return Decimal(self.right) / Decimal(self.cases) if self.cases else Decimal(0)

    @property
    def met(self) -> bool:
        return self.share >= TARGETS[self.kind]


def load_cases(peer_dir: str | Path, kinds: Iterable[str] = SUITE_KINDS) -> list[Case]:
    """Every case of ``<peer_dir>/cases/<kind>.jsonl`` for the wanted kinds."""
    cases = []
    for kind in kinds:
        path = Path(peer_dir) / "cases" / f"{kind}.jsonl"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                d = json.loads(line)
                expect = tuple(sorted((e["start"], e["end"], Decimal(e["value"])) for e in d["expect"]))
                cases.append(Case(d["suite"], str(d["id"]), kind, d["text"], expect))
    return cases


def found_keys(text: str, kind: str) -> tuple[Key, ...]:
    """(start, end, value) of the figures of a peer kind our extractor finds."""
    article = extract(text, kinds={kind})
    wanted = FIGURE_KINDS[kind]
    return tuple(sorted((f.start, f.end, f.value) for f in article.figures if f.kind in wanted))


def score_peer(peer_dir: str | Path, kinds: Iterable[str] = SUITE_KINDS) -> dict[tuple[str, str], Result]:
    """Results keyed by (suite, kind), in suite order."""
    results: dict[tuple[str, str], Result] = {}
    for case in load_cases(peer_dir, kinds):
        r = results.setdefault((case.suite, case.kind), Result(case.suite, case.kind))
        got = found_keys(case.text, case.kind)
        r.cases += 1
        if got == case.expect:
            r.right += 1
        else:
            r.failures.append((case, got))
    order = {s: i for i, s in enumerate(SUITES)}
    return dict(sorted(results.items(), key=lambda kv: (SUITE_KINDS.index(kv[0][1]), order.get(kv[0][0], 99), kv[0][0])))


def _pct(x: Decimal) -> str:
    return f"{(x * 100).quantize(Decimal('0.1'))}%"


def peer_table(results: dict[tuple[str, str], Result]) -> str:
    rows = [f"{'suite':<18}{'kind':<9}{'cases':>6}{'right':>7}{'share':>8}{'target':>8}  {'met':<4} best existing tools"]
    for (suite, kind), r in results.items():
        rows.append(f"{suite:<18}{kind:<9}{r.cases:>6}{r.right:>7}{_pct(r.share):>8}{'>=' + _pct(TARGETS[kind]).replace('.0', ''):>8}"
                    f"  {'yes' if r.met else 'NO':<4} {BEST_TOOLS[kind]}")
    for (suite, kind), r in results.items():
        if not r.met:
            rows += [f"  {suite}/{kind} below target; conventions we do not follow:"]
            rows += [f"    - {note}" for note in CONVENTIONS.get((suite, kind), ["(none noted)"])]
    return "\n".join(rows)


def _show(text: str, keys: Iterable[Key]) -> str:
    return ", ".join(f"{text[s:e]}[{s},{e})={v}" for s, e, v in keys) or "nothing"


def failure_lines(results: dict[tuple[str, str], Result], limit: int) -> list[str]:
    lines = []
    for r in results.values():
        for case, got in r.failures[:limit]:
            lines.append(f"{r.suite}/{r.kind} {case.id}: {case.text!r}\n"
                         f"    want {_show(case.text, case.expect)}\n    got  {_show(case.text, got)}")
    return lines


# ---- our corpus ------------------------------------------------------------

def _gold_figures(doc: dict[str, Any]) -> list[dict[str, Any]]:
    figs = doc.get("figures")
    if figs is None:
        figs = doc.get("gold", {}).get("figures", []) if isinstance(doc.get("gold"), dict) else []
    return [f for f in figs if isinstance(f, dict)]


def _article_text(doc: dict[str, Any], gold_path: Path, corpus: Path) -> str | None:
    if isinstance(doc.get("text"), str):
        return doc["text"]
    ref = doc.get("article") or doc.get("source") or doc.get("file")
    candidates = []
    if isinstance(doc.get("id"), str):  # gold ids name the file: clean/invest-01, eval/clean/x
        candidates += [corpus / f"{doc['id']}.txt", corpus.parent / f"{doc['id']}.txt"]
    if isinstance(ref, str):
        candidates += [corpus / ref, gold_path.parent / ref]
    stem = gold_path.stem
    candidates += [p for p in corpus.rglob(f"{stem}.txt") if "gold" not in p.parts]
    for p in candidates:
        if p.is_file():
            from .encoding import decode

            return decode(p.read_bytes(), str(p))
    return None


def _is_clean(doc: dict[str, Any]) -> bool:
    """Gold files may mark damaged articles (mojibake, OCR debris); only clean ones count."""
    for key in ("clean", "is_clean"):
        if key in doc:
            return bool(doc[key])
    quality = doc.get("quality") or doc.get("condition")
    return quality in (None, "clean")


def score_corpus(corpus_dir: str | Path) -> dict[str, dict[str, Any]]:
    """Per figure kind: tp, fp, fn, precision, recall, f1 against ``gold/*.json``;
    for counts also how many of those found on both sides name what they count
    (``of``) as the gold does: ``of_agree`` of ``of_total``, ``of_share``.

    Only clean articles count; returns ``{}`` when there is no gold.  Values are
    Decimals (exact ratios rounded to 4 places).
    """
    corpus = Path(corpus_dir)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    articles = 0
    counted = {"agree": 0, "total": 0}  # the `of` of the counts both sides found
    for path in sorted((corpus / "gold").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not _is_clean(doc):
            continue
        text = _article_text(doc, path, corpus)
        if text is None:
            continue
        articles += 1
        gold = _gold_figures(doc)
        gold_keys = {(g["kind"], int(g["start"]), int(g["end"]), Decimal(str(g["value"]))) for g in gold}
        kinds = {g["kind"] for g in gold} | {"money", "percent", "percentage_point", "count"}
        user_kinds = {"percent" if k == "percentage_point" else k for k in kinds} - {"org"}
        article = extract(text, doc.get("id"), kinds=user_kinds & {"money", "percent", "count", "number"})
        found = {(f.kind, f.start, f.end, f.value) for f in article.figures if f.kind in kinds}
        nouns = {(f.start, f.end, f.value): f.of for f in article.figures if f.kind == "count"}
        for g in gold:
            key = (int(g["start"]), int(g["end"]), Decimal(str(g["value"])))
            if g["kind"] == "count" and "of" in g and key in nouns:
                counted["total"] += 1
                counted["agree"] += nouns[key] == g["of"]
        for kind in kinds:
            g = {k for k in gold_keys if k[0] == kind}
            f = {k for k in found if k[0] == kind}
            counts[kind]["tp"] += len(g & f)
            counts[kind]["fp"] += len(f - g)
            counts[kind]["fn"] += len(g - f)
    out: dict[str, dict[str, Any]] = {}
    for kind, c in sorted(counts.items()):
        p = Decimal(c["tp"]) / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else Decimal(0)
        r = Decimal(c["tp"]) / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else Decimal(0)
        f1 = 2 * p * r / (p + r) if p + r else Decimal(0)
        q = Decimal("0.0001")
        out[kind] = {**c, "precision": p.quantize(q), "recall": r.quantize(q), "f1": f1.quantize(q), "articles": articles}
    if "count" in out and counted["total"]:
        share = (Decimal(counted["agree"]) / counted["total"]).quantize(Decimal("0.0001"))
        out["count"].update(of_agree=counted["agree"], of_total=counted["total"], of_share=share)
    return out


def corpus_table(scores: dict[str, dict[str, Any]]) -> str:
    rows = [f"{'kind':<18}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for kind, s in scores.items():
        rows.append(f"{kind:<18}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}{s['precision']:>8}{s['recall']:>8}{s['f1']:>8}")
    return "\n".join(rows)


# ---- checks and noise invariance on our corpus ----------------------------

def _gold_docs(corpus: Path):
    for path in sorted((corpus / "gold").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = _article_text(doc, path, corpus)
        if text is not None:
            yield doc, text


def score_checks(corpus_dir: str | Path) -> dict[str, Any]:
    """Checks found against gold checks (consistent or inconsistent ones), keyed
    by kind, status and the span of the rate (or a sum's total)."""
    corpus = Path(corpus_dir)
    tp = fp = fn = flagged = inconsistent = false_alarms = 0
    for doc, text in _gold_docs(corpus):
        figures = doc.get("figures", [])
        gold = set()
        for c in doc.get("checks", []):
            r = figures[c["reported"]]
            gold.add((c["kind"], c["status"], int(r["start"]), int(r["end"])))
        article = extract(text, doc.get("id"))
        by_id = {f.id: f for f in article.figures}
        found = set()
        for c in article.checks:
            if c.status != "unverifiable":
                r = by_id[c.reported or c.total]
                found.add((c.kind, c.status, r.start, r.end))
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
        bad_gold = {g for g in gold if g[1] == "inconsistent"}
        bad_found = {f for f in found if f[1] == "inconsistent"}
        inconsistent += len(bad_gold)
        flagged += len(bad_gold & bad_found)
        false_alarms += len(bad_found - bad_gold)
    precision = Decimal(tp) / (tp + fp) if tp + fp else Decimal(0)
    recall = Decimal(tp) / (tp + fn) if tp + fn else Decimal(0)
    q = Decimal("0.0001")
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision.quantize(q), "recall": recall.quantize(q),
            "inconsistent": inconsistent, "flagged": flagged, "false_alarms": false_alarms}


def _figure_signature(article) -> list[tuple]:
    return sorted((f.kind, f.value, f.value_max, f.unit, f.currency, f.approx) for f in article.figures)


def noise_agreement(corpus_dir: str | Path) -> dict[str, Any]:
    """For every noisy copy (``noisy/X.txt`` beside ``clean/X.txt``): do both give
    the same figures (kind, value, unit, currency, approx)?  Returns the share
    of articles that agree and the ones that do not."""
    corpus = Path(corpus_dir)
    from .encoding import decode

    agree, differ = 0, []
    for noisy in sorted(corpus.rglob("noisy/*.txt")):
        clean = noisy.parent.parent / "clean" / noisy.name
        if not clean.is_file():
            continue
        a = extract(decode(clean.read_bytes(), str(clean)))
        b = extract(decode(noisy.read_bytes(), str(noisy)))
        if _figure_signature(a) == _figure_signature(b):
            agree += 1
        else:
            differ.append(str(noisy.relative_to(corpus)))
    total = agree + len(differ)
    share = (Decimal(agree) / total).quantize(Decimal("0.0001")) if total else Decimal(0)
    return {"articles": total, "agree": agree, "share": share, "differ": differ}
