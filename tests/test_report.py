"""extractor report: one self-contained HTML page; every text escaped; rendered in
headless Chromium (when /usr/bin/chromium exists) with a screenshot for a person."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extractor import pipeline
from extractor.output import read
from extractor.report import highlight
from synth import write_corpus

ROOT = Path(__file__).resolve().parent.parent
EXE = str(Path(sys.executable).with_name("extractor"))
CHROMIUM = "/usr/bin/chromium"
HOSTILE = ('<script>document.title="PWNED"</script>青山市完成投资12.5亿元，'
           '<img src=x onerror="document.body.setAttribute(\'data-pwned\',\'1\')">占目标的62.5%。')


class Dom(HTMLParser):
    """Elements by tag, with attributes and text, from serialized HTML."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def count(self, tag: str, **attrs) -> int:
        return sum(1 for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items()))


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, str]:
    folder = write_corpus(tmp_path_factory.mktemp("corpus") / "in", n=30, seed=5)
    with (folder / "news.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps({"id": "evil<b>", "title": "<script>alert(1)</script> & 标题", "date": "2019-01-01",
                              "text": HOSTILE}, ensure_ascii=False) + "\n")
    corpus = ROOT / "corpora" / "clean"
    inputs = [str(folder)] + ([str(corpus)] if corpus.is_dir() else [])
    out = tmp_path_factory.mktemp("out") / "news.duckdb"
    pipeline.run(inputs, str(out), "duckdb")
    html_path = out.with_name("report.html")
    proc = subprocess.run([EXE, "report", str(out), "-o", str(html_path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return html_path, html_path.read_text("utf-8")


def test_highlight_escapes_and_marks():
    text = "<b>营收36.57亿元</b>&"
    got = highlight(text, [{"start": 5, "end": 12, "label": "money", "title": 'a"b'},
                           {"start": 6, "end": 8, "label": "count"}])  # overlaps: left out
    assert got == ('&lt;b&gt;营收<mark class="money" title="a&quot;b" data-id="">36.57亿元<span class="lbl">money'
                   '</span></mark>&lt;/b&gt;&amp;')


def test_report_is_self_contained_and_escaped(report):
    _, page = report
    assert "<script" not in page.lower()
    assert "&lt;script&gt;document.title=&quot;PWNED&quot;&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page and "<img" not in page
    assert "src=" not in page.replace("&lt;img src=", "") and "<link" not in page and "url(" not in page
    assert "@import" not in page
    dom = Dom(page)
    assert dom.count("article") >= 37
    assert dom.count("mark", **{"class": "money"}) > 20 and dom.count("mark", **{"class": "percent"}) > 10
    assert dom.count("section", id="summary") == 1 and dom.count("svg") <= 1


def test_report_summary_numbers(report):
    _, page = report
    dom = Dom(page)
    stats = [a["data-stat"] for t, a in dom.tags if t == "div" and "data-stat" in a]
    assert stats[:2] == ["articles", "figures"] and "errors" in stats
    assert 'data-stat="articles"><b>' in page
    n_articles = int(page.split('data-stat="articles"><b>')[1].split("<")[0])
    tables = read(report[0].with_name("news.duckdb"))
    assert n_articles == len(tables["articles"]) >= 37
    n_figures = int(page.split('data-stat="figures"><b>')[1].split("<")[0])
    assert n_figures == len(tables["figures"])
    if "checks" in tables:
        bad = (tables["checks"]["status"] == "inconsistent").sum()
        assert f"Inconsistent claims ({bad})" in page
        assert Dom(page).count("tr", **{"class": "claim"}) == bad


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no /usr/bin/chromium (apt-get install chromium)")
def test_report_renders_in_headless_chromium(report, tmp_path):
    html_path, _ = report
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]

    def chromium(*args) -> subprocess.CompletedProcess:
        profile = tempfile.mkdtemp(dir=tmp_path)
        return subprocess.run([CHROMIUM, *flags, f"--user-data-dir={profile}", *args, html_path.as_uri()],
                              capture_output=True, text=True, timeout=120)

    dumped = chromium("--dump-dom")
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = Dom(dumped.stdout)
    titles = [t for t in dom.text if "PWNED" in t]
    assert all("<script>" in t for t in titles), "the article's script ran"  # only as visible text
    assert dom.count("script") == 0 and dom.count("img") == 0
    assert not any("data-pwned" in a for _, a in dom.tags)
    assert dom.count("mark") > 30 and dom.count("article") >= 37
    assert any("Figures report" in t for t in dom.text)
    shot = tmp_path / "report.png"
    taken = chromium(f"--screenshot={shot}", "--window-size=1280,2400")
    assert taken.returncode == 0 and shot.exists() and shot.stat().st_size > 10_000
    keep = ROOT / "out" / "report-screenshot.png"  # for a person to look at (out/ is not committed)
    keep.parent.mkdir(exist_ok=True)
    shutil.copy(shot, keep)
