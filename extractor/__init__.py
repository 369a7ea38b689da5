"""zh-news-extractor: exact, traceable figures from Chinese news archives."""
from .api import extract
from .numeral import parse_number
from .records import Article, Figure

__all__ = ["extract", "parse_number", "Article", "Figure"]
__version__ = "0.1.0"


def __getattr__(name: str):
    """``load_spacy`` imports spaCy: only when asked for."""
    if name == "load_spacy":
        from .components import load_spacy

        return load_spacy
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
