"""spaCy components: thin adapters over ``extract``.

Registered through the ``spacy_factories`` entry points in pyproject.toml, so after
``pip install`` this works without importing the package first::

    nlp = spacy.blank("zh")
    nlp.add_pipe("zh_news_figures")
    nlp.add_pipe("zh_news_orgs")

spaCy forbids dots in factory names, so the version lives in the config: each
factory's ``extractor`` is a registered function, ``{"@misc": "zh_news_figures.v1"}``
(``zh_news_orgs.v1``); new behaviour gets ``.v2`` and old pipelines keep ``.v1``.

Figures go to ``doc.spans["figures"]`` (labels MONEY, PERCENT, COUNT, CARDINAL for
numbers) and orgs to ``doc.spans["orgs"]`` (ORG, every mention); both are merged into
``doc.ents``.  The records themselves are ``doc._.figures`` and ``doc._.orgs``: the
same objects ``extractor.extract`` returns for the same text.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from .api import extract

LABELS = {"money": "MONEY", "percent": "PERCENT", "percentage_point": "PERCENT",
          "count": "COUNT", "number": "CARDINAL"}
FIGURE_KINDS = ["money", "percent", "count"]


def _extensions() -> None:
    for name in ("figures", "orgs", "checks"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """Character offsets -> a token span, widened to token edges (jieba may cut inside)."""
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def _merge_ents(doc: Doc, spans: Iterable[Span], replace_labels: set[str]) -> None:
    """Our spans win; other entities stay where they do not overlap ours."""
    ours = filter_spans(list(spans))
    kept = [e for e in doc.ents if e.label_ not in replace_labels
            and not any(e.start < s.end and s.start < e.end for s in ours)]
    doc.ents = sorted(ours + kept, key=lambda s: s.start)


@registry.misc("zh_news_figures.v1")
def figures_v1():
    """text, kinds -> Article with figures (and checks)."""
    def run(text: str, kinds):
        return extract(text, kinds=kinds)
    return run


@registry.misc("zh_news_orgs.v1")
def orgs_v1():
    """text, extra ORG spans -> Article with orgs."""
    def run(text: str, extra):
        return extract(text, kinds={"org"}, extra_orgs=extra)
    return run


class FiguresComponent:
    def __init__(self, nlp: Language, name: str, kinds: list[str], spans_key: str, extractor) -> None:
        _extensions()
        self.name, self.kinds, self.spans_key = name, frozenset(kinds), spans_key
        self.extractor = extractor

    def __call__(self, doc: Doc) -> Doc:
        article = self.extractor(doc.text, self.kinds)
        doc._.figures = article.figures
        doc._.checks = article.checks
        spans = [s for f in article.figures if (s := _span(doc, f.start, f.end, LABELS[f.kind])) is not None]
        doc.spans[self.spans_key] = spans
        _merge_ents(doc, spans, set())
        return doc


class OrgsComponent:
    def __init__(self, nlp: Language, name: str, spans_key: str, use_model_ents: bool, source: str,
                 extractor) -> None:
        _extensions()
        self.name, self.spans_key, self.extractor = name, spans_key, extractor
        self.use_model_ents, self.source = use_model_ents, source

    def __call__(self, doc: Doc) -> Doc:
        extra = []
        if self.use_model_ents:
            extra = [(e.start_char, e.end_char, self.source) for e in doc.ents if e.label_ == "ORG"]
        article = self.extractor(doc.text, extra)
        doc._.orgs = article.orgs
        spans = []
        for o in article.orgs:
            for s, e in o.mentions:
                span = _span(doc, s, e, "ORG")
                if span is not None:
                    spans.append(span)
        doc.spans[self.spans_key] = spans
        # the model's own ORG entities were candidates: the merged result replaces them
        _merge_ents(doc, spans, {"ORG"} if self.use_model_ents else set())
        return doc


@Language.factory("zh_news_figures", default_config={
    "kinds": FIGURE_KINDS, "spans_key": "figures", "extractor": {"@misc": "zh_news_figures.v1"}})
def make_figures(nlp: Language, name: str, kinds: list[str], spans_key: str, extractor) -> FiguresComponent:
    return FiguresComponent(nlp, name, kinds, spans_key, extractor)


@Language.factory("zh_news_orgs", default_config={
    "spans_key": "orgs", "use_model_ents": False, "source": "model", "extractor": {"@misc": "zh_news_orgs.v1"}})
def make_orgs(nlp: Language, name: str, spans_key: str, use_model_ents: bool, source: str,
              extractor) -> OrgsComponent:
    return OrgsComponent(nlp, name, spans_key, use_model_ents, source, extractor)


def load_spacy(model: str | Path | None = None, kinds: Iterable[str] = FIGURE_KINDS):
    """A ready pipeline: jieba-segmented blank Chinese, or ``model`` (a package name such
    as ``zh_core_web_sm`` or a saved pipeline's folder) whose ORG entities join ours as
    candidates (rule ``org.model.<lang>_<name>``)."""
    import spacy

    if model is None:
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        source = "model"
    else:
        nlp = spacy.load(model)
        source = model_source(nlp)
    nlp.add_pipe("zh_news_figures", config={"kinds": list(kinds)})
    nlp.add_pipe("zh_news_orgs", config={"use_model_ents": model is not None, "source": source})
    return nlp


def model_source(nlp: Language) -> str:
    """How a model's candidates are marked: ``zh_core_web_sm`` -> rule ``org.model.zh_core_web_sm``."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}"


@functools.cache
def _loaded(model: str) -> Language:
    import spacy

    return spacy.load(model)


def model_orgs(model: str, text: str) -> list[tuple[int, int, str]]:
    """The ORG entities of an installed spaCy pipeline (a package name or a saved folder)
    over ``text``, as ``extract(extra_orgs=...)`` takes them.  The pipeline is loaded once
    per process, so each ``-j`` worker or Dask worker loads it the first time it needs it."""
    nlp = _loaded(str(model))
    source = model_source(nlp)
    return [(e.start_char, e.end_char, source) for e in nlp(text).ents if e.label_ == "ORG"]
