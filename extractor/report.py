"""``extractor report OUT -o report.html``: one self-contained HTML page for a person.

Summary (articles, figures by kind, checks by status, orgs by type, top
indicators, a chart of completion rates), the inconsistent claims with the
numbers on each side, and each article's text with every figure and org
highlighted and its checks beside it. No script, no font, no image is fetched:
styles and the chart (SVG) are inline. Every piece of text from the data goes
through ``html.escape``.
"""
from __future__ import annotations

import html
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

from .numeral import to_decimal_string
from .output import read

MAX_ARTICLES = 300  # articles whose text is shown (those with inconsistent claims first)
_BINS = [(None, 80), (80, 90), (90, 100), (100, 110), (110, 120), (120, None)]

CSS = """
body{font-family:system-ui,-apple-system,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
header{background:#1d3557;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}
main{padding:16px 28px;max-width:1200px}section{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:14px 18px;margin:14px 0}
h2{font-size:18px;margin:0 0 10px}table{border-collapse:collapse;font-size:14px}td,th{border-bottom:1px solid #e5e8eb;padding:4px 10px;text-align:left}
th{background:#f0f2f5}.num{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;flex-wrap:wrap;gap:12px}.card{background:#f0f4fa;border-radius:6px;padding:8px 14px;min-width:110px}
.card b{display:block;font-size:22px}
.text{line-height:2.1;white-space:pre-wrap;font-size:15px}
mark{border-radius:3px;padding:1px 3px;margin:0 1px}
mark .lbl{font-size:10px;font-weight:600;margin-left:3px;vertical-align:middle;opacity:.8;text-transform:uppercase}
mark.money{background:#ffe08a}mark.percent,mark.percentage_point{background:#b9e4c9}mark.count{background:#c6dbff}
mark.number{background:#e3d7ff}mark.org{background:#ffc9c9}
.article{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,1.3fr);gap:16px}
.checks ul{padding-left:16px;margin:4px 0}.status{font-weight:600;border-radius:3px;padding:0 5px;font-size:12px}
.status.inconsistent{background:#ffd6d6;color:#8a1111}.status.consistent{background:#d3f4dc;color:#125a2a}
.status.unverifiable{background:#eceff3;color:#4a525a}.meta{color:#5a636c;font-size:13px}
"""


def _fmt(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, Decimal):
        return to_decimal_string(value)
    return str(value)


def _e(value) -> str:
    return html.escape(_fmt(value), quote=True)


def _rows(frame) -> list[dict]:
    if frame is None:
        return []
    return [{k: (None if _missing(v) else v) for k, v in r.items()} for r in frame.to_dict("records")]


def _missing(v) -> bool:
    try:
        return v is None or (isinstance(v, float) and v != v) or (hasattr(v, "__class__") and str(v) in ("<NA>", "NaT"))
    except (TypeError, ValueError):
        return False


def highlight(text: str, spans: list[dict]) -> str:
    """``text`` HTML-escaped, with ``<mark>`` around each span (label, start, end, title);
    a span overlapping one already marked is left out."""
    out, cursor = [], 0
    for s in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        start, end = int(s["start"]), int(s["end"])
        if start < cursor or end > len(text) or start >= end:
            continue
        out.append(html.escape(text[cursor:start]))
        label = s["label"]
        out.append(f'<mark class="{html.escape(label)}" title="{html.escape(s.get("title", ""), quote=True)}" '
                   f'data-id="{html.escape(str(s.get("id", "")), quote=True)}">{html.escape(text[start:end])}'
                   f'<span class="lbl">{html.escape(label)}</span></mark>')
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(out)


def _figure_title(f: dict) -> str:
    parts = [f.get("kind") or "", _fmt(f.get("value"))]
    if f.get("value_max") is not None:
        parts[-1] += f"..{_fmt(f['value_max'])}"
    for key in ("currency", "unit", "indicator", "role", "subject", "period", "rule"):
        if f.get(key):
            parts.append(f"{key}={_fmt(f[key])}")
    return " · ".join(p for p in parts if p)


def _bar_chart(counts: list[tuple[str, int]], title: str) -> str:
    """A small inline SVG bar chart (no script)."""
    width, bar_h, gap, left = 520, 22, 6, 90
    top = max((n for _, n in counts), default=0) or 1
    height = len(counts) * (bar_h + gap) + 10
    bars = []
    for i, (label, n) in enumerate(counts):
        y = 5 + i * (bar_h + gap)
        w = int((width - left - 60) * n / top)
        bars.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end" font-size="12">{html.escape(label)}</text>'
                    f'<rect x="{left}" y="{y}" width="{w}" height="{bar_h}" fill="#457b9d"/>'
                    f'<text x="{left + w + 6}" y="{y + 15}" font-size="12">{n}</text>')
    return (f'<svg role="img" aria-label="{html.escape(title)}" width="{width}" height="{height}" '
            f'xmlns="http://www.w3.org/2000/svg">{"".join(bars)}</svg>')


def _completion_rates(figures: list[dict]) -> list[Decimal]:
    return [f["value"] for f in figures
            if f.get("role") == "completion" and f.get("kind") == "percent" and f.get("value") is not None]


def _bin_label(lo, hi) -> str:
    if lo is None:
        return f"< {hi}%"
    if hi is None:
        return f"≥ {lo}%"
    return f"{lo}–{hi}%"


def build_report(out: str | Path, max_articles: int = MAX_ARTICLES) -> str:
    tables = read(out)
    articles = _rows(tables.get("articles"))
    figures = _rows(tables.get("figures"))
    orgs = _rows(tables.get("orgs"))
    checks = _rows(tables.get("checks"))
    errors = _rows(tables.get("errors"))
    texts = {r["article_id"]: r["text"] for r in _rows(tables.get("texts"))}
    has_checks = "checks" in tables
    by_article: dict[str, dict[str, list]] = {}
    for name, rows in (("figures", figures), ("orgs", orgs), ("checks", checks)):
        for r in rows:
            by_article.setdefault(r.get("article_id"), {}).setdefault(name, []).append(r)
    fig_index = {(f["article_id"], f["id"]): f for f in figures}
    title_of = {a["id"]: a.get("title") or a["id"] for a in articles}

    parts = [f"<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
             f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
             f"<title>Figures report: {_e(Path(out).name)}</title><style>{CSS}</style></head><body>",
             f"<header><h1>Figures report</h1><div class=\"meta\" style=\"color:#cfd8e3\">{_e(str(out))}</div></header><main>"]

    # Summary
    kinds = Counter(f.get("kind") for f in figures)
    statuses = Counter(c.get("status") for c in checks)
    cards = [("articles", len(articles)), ("figures", len(figures))]
    if "orgs" in tables:
        cards.append(("orgs", len(orgs)))
    if has_checks:
        cards.append(("checks", len(checks)))
        cards.append(("inconsistent", statuses.get("inconsistent", 0)))
    cards.append(("errors", len(errors)))
    parts.append('<section id="summary"><h2>Summary</h2><div class="cards">' + "".join(
        f'<div class="card" data-stat="{_e(k)}"><b>{n}</b>{_e(k)}</div>' for k, n in cards) + "</div>")
    parts.append('<h3>Figures by kind</h3><table id="kinds"><tr><th>kind</th><th class="num">figures</th></tr>' + "".join(
        f'<tr><td>{_e(k)}</td><td class="num">{n}</td></tr>' for k, n in kinds.most_common()) + "</table>")
    if has_checks:
        parts.append('<h3>Checks by status</h3><table id="statuses"><tr><th>status</th><th class="num">checks</th></tr>'
                     + "".join(f'<tr><td><span class="status {_e(k)}">{_e(k)}</span></td><td class="num">{n}</td></tr>'
                               for k, n in statuses.most_common()) + "</table>")
    if orgs:
        types = Counter(o.get("type") for o in orgs)
        parts.append('<h3>Orgs by type</h3><table id="orgtypes"><tr><th>type</th><th class="num">orgs</th></tr>' + "".join(
            f'<tr><td>{_e(k)}</td><td class="num">{n}</td></tr>' for k, n in types.most_common()) + "</table>")
    indicators = Counter(f.get("indicator") for f in figures if f.get("indicator"))
    if indicators:
        parts.append('<h3>Top indicators</h3><table id="indicators"><tr><th>indicator</th><th class="num">figures</th></tr>'
                     + "".join(f'<tr><td>{_e(k)}</td><td class="num">{n}</td></tr>' for k, n in indicators.most_common(15))
                     + "</table>")
    rates = _completion_rates(figures)
    if rates:
        counts = [(_bin_label(lo, hi), sum(1 for r in rates if (lo is None or r >= lo) and (hi is None or r < hi)))
                  for lo, hi in _BINS]
        parts.append(f'<h3>Completion rates ({len(rates)} figures)</h3><div id="completion-chart">'
                     f'{_bar_chart(counts, "completion rates")}</div>')
    parts.append("</section>")

    # Inconsistent claims
    bad = [c for c in checks if c.get("status") == "inconsistent"]
    if has_checks:
        parts.append(f'<section id="inconsistent"><h2>Inconsistent claims ({len(bad)})</h2>')
        if bad:
            parts.append('<table><tr><th>article</th><th>claim</th><th>reported</th><th class="num">computed</th>'
                         '<th>from</th><th>explanation</th></tr>')
            for c in bad:
                aid = c.get("article_id")
                try:
                    inputs = json.loads(c.get("inputs") or "[]")
                except (TypeError, ValueError):
                    inputs = []
                # the side the text states (a rate, or a breakdown's total) against the side computed
                stated = c.get("reported") or c.get("total")
                rep = fig_index.get((aid, stated))
                operands = [fig_index.get((aid, i)) for i in [c.get("total"), *inputs] if i and i != stated]
                low, high = _fmt(c.get("computed_low")), _fmt(c.get("computed_high"))
                computed = low if low == high else f"{low} – {high}"
                parts.append(
                    f'<tr class="claim"><td><a href="#a-{_e(aid)}">{_e(title_of.get(aid, aid))}</a></td>'
                    f'<td>{_e(c.get("relation"))}</td>'
                    f'<td>{_e(rep["text"]) if rep else ""} <span class="meta">({_e(c.get("reported_value"))})</span></td>'
                    f'<td class="num">{_e(computed)}</td>'
                    f'<td>{"; ".join(_e(o["text"]) for o in operands if o)}</td>'
                    f'<td>{_e(c.get("explanation_zh"))}<br><span class="meta">{_e(c.get("explanation_en"))}</span></td></tr>')
            parts.append("</table>")
        else:
            parts.append("<p>None: every claim that could be computed adds up.</p>")
        parts.append("</section>")

    # Articles
    bad_ids = {c.get("article_id") for c in bad}
    ordered = sorted(articles, key=lambda a: (a["id"] not in bad_ids,))
    shown = ordered[:max_articles]
    parts.append(f'<section id="articles"><h2>Articles ({len(shown)} of {len(articles)} shown)</h2>')
    for a in shown:
        aid = a["id"]
        own = by_article.get(aid, {})
        spans = [{"start": f["start"], "end": f["end"], "label": f.get("kind") or "figure", "id": f.get("id"),
                  "title": _figure_title(f)} for f in own.get("figures", [])]
        spans += [{"start": o["start"], "end": o["end"], "label": "org", "id": o.get("id"),
                   "title": " · ".join(_fmt(o.get(k)) for k in ("name", "type") if o.get(k))} for o in own.get("orgs", [])]
        text = texts.get(aid)
        body = highlight(text, spans) if text is not None else '<p class="meta">(text not in this output)</p>'
        meta = " · ".join(_e(a.get(k)) for k in ("date", "outlet", "source") if a.get(k))
        checks_html = ""
        if has_checks:
            items = "".join(f'<li><span class="status {_e(c.get("status"))}">{_e(c.get("status"))}</span> '
                            f'{_e(c.get("relation"))}: {_e(c.get("explanation_zh") or c.get("reason"))}</li>'
                            for c in own.get("checks", []))
            checks_html = f'<aside class="checks"><b>Checks</b><ul>{items or "<li>none</li>"}</ul></aside>'
        parts.append(f'<article id="a-{_e(aid)}" data-article="{_e(aid)}"><h3>{_e(a.get("title") or aid)}</h3>'
                     f'<div class="meta">{_e(aid)} · {meta}</div><div class="article"><div class="text">{body}</div>'
                     f'{checks_html}</div></article><hr>')
    parts.append("</section></main></body></html>")
    return "".join(parts)


def write_report(out: str | Path, target: str | Path, max_articles: int = MAX_ARTICLES) -> Path:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(build_report(out, max_articles), encoding="utf-8")
    return target
