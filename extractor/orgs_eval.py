"""Score org extraction: CLUENER-style peer cases and our own gold corpus.

Peer cases (``org.jsonl``): exact surface match per sentence, distinct surfaces.
``company`` compares our company+group orgs with ``labels.company``;
``company+org`` compares company, group, association and institution with
``labels.company + labels.organization`` (government is its own label there and here).

Our corpus (``gold/*.json`` with ``orgs``): distinct names per article, all types.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .normalize import normalize
from .org_rules import cached_org_rules
from .orgs import build_orgs

COMPANY = frozenset({"company", "group"})
COMPANY_ORG = frozenset({"company", "group", "association", "institution"})

# Measured by others on the same cases (../shared/peer/cases/README.md).
BASELINES = {
    "jieba.posseg nt": (0.246, 0.130, 0.170, 0.117),
    "suffix regex": (0.581, 0.228, 0.327, 0.207),
    "jiagu 0.2.3 NER": (0.124, 0.159, 0.139, 0.192),
    "spaCy NER trained on CLUENER": (0.737, 0.608, 0.667, 0.703),
}
TARGETS = {"company_precision": 0.75, "company_f1": 0.50, "corpus_f1": 0.95}


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (id, fp|fn, surface)

    def add(self, case_id: str, found: set[str], gold: set[str]) -> None:
        self.tp += len(found & gold)
        self.fp += len(found - gold)
        self.fn += len(gold - found)
        self.errors += [(case_id, "fp", s) for s in sorted(found - gold)]
        self.errors += [(case_id, "fn", s) for s in sorted(gold - found)]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _surfaces(text: str, types: frozenset[str]) -> set[str]:
    orgs = build_orgs(normalize(text), cached_org_rules())
    return {text[s:e] for o in orgs if o.type in types for s, e in o.mentions}


def _identity(s: str) -> str:
    return s


def to_traditional() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("s2t").convert


def score_orgs(path: str | Path, convert: Callable[[str], str] | None = None) -> dict[str, PRF]:
    """Company and company+org P/R/F1 on a CLUENER-format ``org.jsonl`` at ``path``.

    ``convert`` rewrites text and gold surfaces first (``to_traditional()`` scores
    the traditional copy)."""
    convert = convert or _identity
    company, company_org = PRF(), PRF()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            case = json.loads(line)
            text = convert(case["text"])
            labels = case.get("labels") or {}
            gold_c = {convert(s) for s in labels.get("company", [])}
            gold_o = {convert(s) for s in labels.get("organization", [])}
            orgs = build_orgs(normalize(text), cached_org_rules())
            found = {o.type: set() for o in orgs}
            for o in orgs:
                found[o.type].update(text[s:e] for s, e in o.mentions)
            found_c = set().union(*(v for k, v in found.items() if k in COMPANY)) if found else set()
            found_co = set().union(*(v for k, v in found.items() if k in COMPANY_ORG)) if found else set()
            company.add(case["id"], found_c, gold_c)
            company_org.add(case["id"], found_co, gold_c | gold_o)
    return {"company": company, "company+org": company_org}


def read_bio(path: str | Path) -> list[tuple[str, set[tuple[int, int]]]]:
    """Sentences of a character-per-line BIO file (``北\tB-ORG`` or ``北 B-ORG``, a blank
    line between sentences) and the ``(start, end)`` spans tagged ORG in each."""
    sentences: list[tuple[str, set[tuple[int, int]]]] = []
    chars: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in [*f, "\n"]:
            line = line.rstrip("\n")
            if not line.strip():
                if chars:
                    sentences.append(("".join(chars), _org_spans(tags)))
                    chars, tags = [], []
                continue
            char, _, tag = line.rpartition("\t" if "\t" in line else " ")
            chars.append(char[:1] or " ")
            tags.append(tag)
    return sentences


def _org_spans(tags: list[str]) -> set[tuple[int, int]]:
    spans, start = set(), None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and tag != "I-ORG":
            spans.add((start, i))
            start = None
        if tag == "B-ORG":
            start = i
    return spans


def score_bio_orgs(path: str | Path) -> PRF:
    """Our orgs other than government against the ORG spans of a BIO file, by surface per
    sentence.  Their ORG is any organization (parties, teams, ministries), so the
    precision of ours means more than the recall."""
    score = PRF()
    for n, (text, spans) in enumerate(read_bio(path)):
        gold = {text[s:e] for s, e in spans}
        score.add(str(n), _surfaces(text, COMPANY_ORG), gold)
    return score


def score_corpus_orgs(corpus_dir: str | Path) -> dict[str, Any]:
    """Distinct org names per article against ``corpus_dir/gold/*.json`` (articles
    read from ``corpus_dir/<id>.txt``); also how many matched names have the gold type."""
    corpus = Path(corpus_dir)
    total, typed, matched = PRF(), 0, 0
    docs = 0
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        doc = json.loads(gold_path.read_text(encoding="utf-8"))
        if "orgs" not in doc:
            continue
        candidates = [corpus / f"{doc['id']}.txt", corpus.parent / f"{doc['id']}.txt",
                       corpus / "clean" / f"{gold_path.stem}.txt"]
        article = next((c for c in candidates if c.exists()), None)
        if article is None:
            continue
        raw = article.read_text(encoding="utf-8")
        docs += 1
        gold = {o.get("name") or o["text"]: o["type"] for o in doc["orgs"]}
        found = {o.name: o.type for o in build_orgs(normalize(raw), cached_org_rules())}
        total.add(doc["id"], set(found), set(gold))
        for name in set(found) & set(gold):
            matched += 1
            typed += found[name] == gold[name]
    return {"docs": docs, "names": total, "type_agreement": typed / matched if matched else 0.0}


def org_table(peer_dir: str | Path | None, corpus_dir: str | Path | None, traditional: bool = True) -> str:
    """The org lines ``extractor eval`` prints: ours beside the baselines and the targets."""
    lines = ["org (company P / R / F1 | company+org F1)"]
    if peer_dir is not None and (Path(peer_dir) / "cases" / "org.jsonl").exists():
        path = Path(peer_dir) / "cases" / "org.jsonl"
        runs = [("ours, CLUENER dev", score_orgs(path))]
        if traditional:
            runs.append(("ours, CLUENER dev in traditional script", score_orgs(path, to_traditional())))
        for label, s in runs:
            c, co = s["company"], s["company+org"]
            ok = c.precision >= TARGETS["company_precision"] and c.f1 >= TARGETS["company_f1"]
            lines.append(f"  {label:<42} {c.precision:.3f} / {c.recall:.3f} / {c.f1:.3f} | {co.f1:.3f}"
                         f"  {'meets' if ok else 'BELOW'} target P>={TARGETS['company_precision']} F1>={TARGETS['company_f1']}")
        for label, (p, r, f, fo) in BASELINES.items():
            lines.append(f"  {label:<42} {p:.3f} / {r:.3f} / {f:.3f} | {fo:.3f}")
    bio = [(label, Path(peer_dir) / rel) for label, rel in (
        ("MSRA test", "msra/msra_test_bio.txt"), ("People's Daily dev", "peoples_daily/example.dev"),
        ("People's Daily test", "peoples_daily/example.test")) if peer_dir is not None and (Path(peer_dir) / rel).exists()]
    if bio:
        lines.append("  newswire NER ORG spans (ORG of any kind there; ours other than government): P / R / F1")
    for label, path in bio:
        s = score_bio_orgs(path)
        lines.append(f"  {'ours, ' + label:<42} {s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f}")
    # dev articles (rules were written looking at them) and held-out ones (never tuned on)
    sets = [("own corpus, dev", Path(corpus_dir)), ("own corpus, held-out", Path(corpus_dir) / "eval")] if corpus_dir else []
    for label, folder in sets:
        if not (folder / "gold").is_dir():
            continue
        s = score_corpus_orgs(folder)
        if not s["docs"]:
            continue
        n = s["names"]
        ok = n.f1 >= TARGETS["corpus_f1"]
        lines.append(f"  {'ours, ' + label + ' (' + str(s['docs']) + ' articles, names)':<42} {n.precision:.3f} / {n.recall:.3f} / "
                     f"{n.f1:.3f}  type agreement {s['type_agreement']:.3f}  {'meets' if ok else 'BELOW'} target F1>={TARGETS['corpus_f1']}")
    return "\n".join(lines)
