"""zh-news-extractor: exact, traceable figures from Chinese news archives."""
from .api import extract
from .numeral import parse_number
from .records import Article, Figure

__all__ = ["extract", "parse_number", "Article", "Figure", "read", "extract_frame", "load_spacy"]
__version__ = "0.1.0"


def __getattr__(name: str):
    """``read`` and ``extract_frame`` load pandas and pyarrow: only when asked for."""
    if name == "read":
        from .output import read

        return read
    if name == "extract_frame":
        from .pipeline import extract_frame

        return extract_frame
    if name == "load_spacy":
        from .components import load_spacy

        return load_spacy
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
