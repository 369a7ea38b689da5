"""The Python entry point: ``extract(text) -> Article``."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .annotate import annotate
from .boilerplate import find_boilerplate
from .figures import build_figures
from .normalize import normalize
from .records import Article
from .relate import relate
from .rules import cached_rules
from .validate import check_relations

DEFAULT_KINDS = frozenset({"money", "percent", "count", "org"})
ALL_KINDS = frozenset({"money", "percent", "count", "number", "org"})


def figure_kinds(kinds) -> set[str]:
    """User-facing kinds -> figure kinds (percent brings percentage_point)."""
    wanted = set(kinds)
    unknown = wanted - ALL_KINDS - {"percentage_point"}
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; choose from {sorted(ALL_KINDS)}")
    if "percent" in wanted:
        wanted.add("percentage_point")
    wanted.discard("org")
    return wanted


def without_quantities(figures, checks):
    """The figures and checks to emit: none of the quantities build_figures set aside
    (ids q1, q2…), which only told relate() what the figures beside them measure.  A
    check computed from one goes with it; a claim that could not be checked anyway
    (完成国家下达任务的106.7%, no target stated) stays, without it among its inputs."""
    if not any(f.id[0] == "q" for f in figures):
        return figures, checks
    aside = {f.id for f in figures if f.id[0] == "q"}
    kept = []
    for c in checks:
        if c.reported in aside or c.total in aside:
            continue
        if not aside.isdisjoint(c.inputs):
            if c.status != "unverifiable":
                continue
            c = replace(c, inputs=tuple(i for i in c.inputs if i not in aside))
        kept.append(c)
    return ([f for f in figures if f.id not in aside],
            [c if c.id == f"c{i}" else replace(c, id=f"c{i}") for i, c in enumerate(kept, start=1)])


def without_repeated_claims(text: str, figures, checks):
    """A claim the page repeats word for word (a forum reply quoting the post, a summary
    printed twice) is one claim: the later copy's check goes (its figures stay, as
    mentions).  The same words are the text from the claim's first figure to its last."""
    if len(checks) < 2:
        return checks
    by_id = {f.id: f for f in figures}
    seen, kept = set(), []
    for c in checks:
        operands = [by_id[i] for i in (*c.inputs, c.reported, c.total) if i in by_id]
        if not operands:
            kept.append(c)
            continue
        words = text[min(f.start for f in operands):max(f.end for f in operands)]
        key = (c.relation, c.status, words)
        if key in seen:
            continue
        seen.add(key)
        kept.append(c)
    if len(kept) == len(checks):
        return checks
    return [c if c.id == f"c{i}" else replace(c, id=f"c{i}") for i, c in enumerate(kept, start=1)]


def extract(
    text: str,
    id: str | None = None,
    *,
    kinds=DEFAULT_KINDS,
    rules: str | Path | None = None,
    metadata: dict | None = None,
    extra_orgs=(),
) -> Article:
    """Extract every figure of ``kinds`` from one article's raw text.

    Offsets in the records point into ``text`` as given: ``text[f.start:f.end] == f.text``.
    ``extra_orgs``: raw ``(start, end, source)`` ORG spans from a statistical model,
    merged with the rule-based orgs as candidates (rule ``org.model.<source>``).
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes str, got {type(text).__name__}")
    ruleset = cached_rules(str(rules) if rules is not None else None)
    norm = normalize(text)
    figures, issues = build_figures(norm, ruleset, figure_kinds(kinds), id, quantities=True)
    boiler = find_boilerplate(norm.text)
    figures, metadata = annotate(norm, figures, metadata, boiler)  # boilerplate, metadata, periods
    spans = [(norm.norm_offset(f.start), norm.norm_offset(f.end - 1) + 1) for f in figures]
    figures, relations = relate(norm.text, figures, spans, ruleset.context)
    checks = check_relations(relations, figures, ruleset.context)
    figures, checks = without_quantities(figures, checks)
    checks = without_repeated_claims(text, figures, checks)
    orgs = []
    if "org" in kinds:
        from .org_rules import cached_org_rules
        from .orgs import build_orgs, model_candidates

        extra = [c for s, e, src in extra_orgs for c in model_candidates(norm, [(s, e)], src)]
        org_rules = cached_org_rules(str(rules)) if rules is not None else None  # built-in + DIR/org.yaml, DIR/lexicons
        orgs = build_orgs(norm, org_rules, id, extra, boiler)
    return Article(id=id, text=text, figures=figures, orgs=orgs, checks=checks, issues=issues,
                   metadata=dict(metadata or {}))
