"""Noise invariance: a variant made by code gives the same figures and orgs."""
from pathlib import Path

from extractor.noise import corpus_texts, make_variant, signature, variant_agreement
from extractor.normalize import is_traditional

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def test_variants_are_noisy_and_deterministic():
    text = "全年全区到位市外资金22.735亿元，完成市定目标19.8亿元的114.82%，拜访了绿地控股集团有限公司。"
    variant = make_variant(text, 7)
    assert variant == make_variant(text, 7)
    assert variant != make_variant(text, 8)
    assert is_traditional(variant) and "(" in variant and "版權" in variant
    assert signature(variant) == signature(text)


def test_every_corpus_article_survives_its_variant():
    texts = corpus_texts(CORPORA)
    assert len(texts) >= 30  # the dev corpus and the held-out one
    result = variant_agreement(texts)
    assert result.share == 1, result.differ
