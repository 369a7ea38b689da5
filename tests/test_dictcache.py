"""The start-up cache: built once, read back equal, never trusted when broken."""
import marshal

import pytest

from extractor import dictcache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path))
    return tmp_path


def _counting_build(calls):
    def build():
        calls.append(1)
        return {"词": 3}, 7
    return build


def _valid(v):
    return isinstance(v, tuple) and len(v) == 2


def test_built_once_then_read_back(cache):
    calls = []
    first = dictcache.cached("t", b"k", _counting_build(calls), _valid)
    second = dictcache.cached("t", b"k", _counting_build(calls), _valid)
    assert first == second == ({"词": 3}, 7)
    assert len(calls) == 1
    assert len(list(cache.glob("zh-news-extractor-t-*.marshal"))) == 1


def test_another_key_rebuilds_and_replaces_the_stale_file(cache):
    calls = []
    dictcache.cached("t", b"old", _counting_build(calls), _valid)
    dictcache.cached("t", b"new", _counting_build(calls), _valid)
    assert len(calls) == 2
    assert len(list(cache.glob("zh-news-extractor-t-*.marshal"))) == 1


@pytest.mark.parametrize("content", [b"", b"\x00garbage", marshal.dumps(["not", "a", "tuple"])])
def test_a_broken_or_foreign_file_is_rebuilt(cache, content):
    calls = []
    dictcache.cached("t", b"k", _counting_build(calls), _valid)
    (path,) = cache.glob("zh-news-extractor-t-*.marshal")
    path.write_bytes(content)
    assert dictcache.cached("t", b"k", _counting_build(calls), _valid) == ({"词": 3}, 7)
    assert len(calls) == 2


def test_an_unwritable_cache_only_costs_the_build(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path / "missing" / "dir"))
    calls = []
    assert dictcache.cached("t", b"k", _counting_build(calls), _valid) == ({"词": 3}, 7)
    assert dictcache.cached("t", b"k", _counting_build(calls), _valid) == ({"词": 3}, 7)
    assert len(calls) == 2


def test_segmenter_from_the_cache_equals_a_fresh_build(cache):
    from extractor.org_rules import cached_org_rules
    from extractor.wordcut import Segmenter

    rules = cached_org_rules()
    fresh = Segmenter(rules)  # builds and writes the cache
    again = Segmenter(rules)  # reads it back
    assert list(cache.glob("zh-news-extractor-jieba-*.marshal"))
    for seg in (fresh, again):
        assert seg.tok.initialized
    assert again.freq == fresh.freq and again.tok.total == fresh.tok.total
    assert again.tags == fresh.tags and again.untagged == fresh.untagged
    text = "拜访了深圳巴斯巴科技发展有限公司和中电华软"
    assert again.cut(text) == fresh.cut(text)
    assert sum(again.cut(text)) == len(text)
