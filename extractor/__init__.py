"""zh-news-extractor: exact, traceable figures from Chinese news archives."""
from .api import extract
from .numeral import parse_number
from .records import Article, Figure

__all__ = ["extract", "parse_number", "Article", "Figure"]
__version__ = "0.1.0"
