"""The fast paths of the annotate stage give what the plain ones give.

Each fast path (cheap cue tests, line-by-line search, a lookahead on the
period pattern, a lazy year context, figures kept when unchanged) is checked
against a plain version written here: the code it replaced, on text built
from dates, periods, boilerplate, bylines and outlets.  Cases new.
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import boilerplate, metadata, period
from extractor.annotate import annotate
from extractor.boilerplate import find_boilerplate
from extractor.metadata import (HEAD_CHARS, find_bylines, find_date, find_outlet, find_title,
                                surface_of)
from extractor.normalize import normalize
from extractor.period import _found, _label, assign_periods, period_key, publication_year, year_number
from extractor.records import Figure

_FRAGMENTS = [
    # dates, labelled or not, valid or not, alone on a line or not
    "2014年4月25日", "时间:2014-04-25 09:12", "发布日期:2019-10-28", "日期 2014年4月25日", "2014-13-45",
    "2014-02-30", "2014/4/25", " 2014-04-25 ", "2013年\n4月", "20", "19", "2014", "09:12", "时间", "日期",
    "\n  2014-04-25\n", "\n\u30001998年4月25日 09:12\n", "\n2014-13-01\n2014-1-2\n",
    # periods, and what blocks them
    "去年上半年", "今年1-5月", "1-6月", "一季度", "第二季度", "前三季度", "前5个月", "二〇一三年", "2013年度",
    "全年", "年度", "12月", "3 至 5月", "5月份", "比上年", "较去年", "去年同期", "同比", "上一年", "明年",
    "下半年", "4月25日", "月底", "年", "月", "季", "度", "份", "上", "下", "前", "第", "全", "今", "当", "本",
    "一", "二", "三", "十", "〇", "零", "-", "～", "至", "到", "个",
    # boilerplate
    "版权所有:某网", "版权及免责声明:转载须注明。", "Copyright", "(c)", "©", "责任编辑:王五", "编辑:", "延伸阅读",
    "相关新闻", "热点新闻", "\n责编:李四", "\n  版权声明", "\n热门推荐\n", "\n网站首页 | 新闻", "首页 > 新闻中心 > 正文", "当前位置: 首页", "主页/", "A|B|C", "新闻>财经>要闻", "｜", "»",
    "京ICP备11041399号-2", "ICP证", "京公网安备11010502003583", "公网安备", "电话:0373-5551234", "(0373)5551234",
    "0373-5551234", "13812345678", "1381234567", "400-123-4567", "400123-4567", "8001234567", "800-1234567",
    "1234567", "12345678", "400", "800", "Tel:", "传真 ", "浏览次数:1,256次", "阅读量 3.2万", "点击:", "访问量", "人气",
    # outlets and bylines
    "来源:河南经济报", "来源 人民网", "【来源】宁川融媒体中心", "稿源:新华社", "出处:大河报", "来自 新华网", "来自",
    "出处", "来源于网络",
    "(记者 张长友 通讯员 左彦楠)", "（记者 王小明）", "本报记者 王五 李四 报道", "记者从市统计局获悉",
    "实习生 赵六", "特约通讯员 钱七", "记者", "通讯员", "实习生", "本报", "新华社北京4月25日电", "新浪科技讯 ", "本报讯", "通讯",
    "新浪声明:此消息系转载自合作单位", "声明:本文仅代表作者", "声明:本文内容不实",
    # prose, figures and glue
    "全区到位资金12亿元", "营收36.57亿元", "同比增长5%", "新签约项目17个", "22.735", "114.82%",
    "，", "。", "！", "？", "!", "?", "；", ":", "、", "\n", "\n\n", " ", "  ", "\t", "\u3000", "标题",
    "a", "1", "3", "0", "٣", ".",
]
texts = st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join)
FAST = dict(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ---------------------------------------------------------------- boilerplate


def plain_boilerplate(text: str) -> list[tuple[int, int, str]]:
    """find_boilerplate as it was: every pattern over the whole text."""
    b = boilerplate
    found = [(m.start(), m.end(), "copyright") for m in b._FOOTER.finditer(text)]
    found += [(m.start(), b._block_end(text, m.end()), "related") for m in b._BLOCK_HEAD.finditer(text)]
    found += [(m.start(), m.end(), "navigation") for m in b._NAV.finditer(text) if m.group().strip()]
    found += [(m.start(), m.end(), "copyright") for m in b._SITE_FIRST_FOOTER.finditer(text)]
    found += [(m.start(), m.end(), "copyright") for m in b._DISCLAIMER.finditer(text)]
    for m in b._ICP.finditer(text):
        start = m.start() - 1 if m.start() and b._HAN.match(text, m.start() - 1) else m.start()
        found.append((start, m.end(), "icp"))
    found += [(m.start(), m.end(), "phone") for m in b._PHONE.finditer(text)]
    found += [(m.start(), m.end(), "code") for m in b._CSS_RULE.finditer(text)]
    found += [(m.start(), m.end(), "counter") for m in b._COUNTER.finditer(text)]
    return b._merge(found)


@settings(**FAST)
@given(texts)
def test_boilerplate_equals_the_plain_search(text):
    assert find_boilerplate(text) == plain_boilerplate(text)


def test_boilerplate_patterns_keep_their_words():
    """The cue words are the patterns' own: every word opens a match."""
    for word in boilerplate._FOOTER_WORDS:
        assert boilerplate._FOOTER.fullmatch(f" {word}x")
    for word in boilerplate._BLOCK_WORDS:
        assert boilerplate._BLOCK_HEAD.fullmatch(f"\u3000{word}:")
    for word in boilerplate._NAV_PLACE:
        assert boilerplate._NAV.fullmatch(f"{word}: 首页")
    for word in boilerplate._NAV_HOME:
        assert boilerplate._NAV.fullmatch(f"{word} > 新闻")


# ---------------------------------------------------------------- metadata


def plain_date(text: str):
    """find_date as it was: no cue tests, every line searched."""
    head, tail = text[:HEAD_CHARS], text[-HEAD_CHARS:]
    for part in (head, tail):
        for m in metadata._LABELED_DATE.finditer(part):
            if metadata._valid(m):
                return metadata._valid(m)
    for m in metadata._BARE_DATE.finditer(head):
        if metadata._valid(m) and metadata._apart(head, m):
            return metadata._valid(m)
    for m in metadata._LINE_DATE.finditer(text):
        if metadata._valid(m):
            return metadata._valid(m)
    return None


def plain_outlet(text: str):
    tail_start = max(0, len(text) - HEAD_CHARS * 2)
    for offset, part in ((0, text[:HEAD_CHARS]), (tail_start, text[tail_start:])):
        m = metadata._OUTLET.search(part)
        if m and metadata._outlet_end(part, m.start("name"), m.end("name")):
            return offset + m.start("name"), offset + metadata._outlet_end(part, m.start("name"), m.end("name"))
    m = metadata._DATELINE.search(text[:HEAD_CHARS])
    if m:
        if not m.group("name"):
            return m.span("agency")
        # a reporter's name glued before the outlet after a byline's role is no part of
        # it (实习生 赵六|新浪科技讯)
        glued = metadata.glued_reporter(text, m)
        return (glued[1], m.end("name")) if glued else m.span("name")
    # 2026/11/10 财经新闻网 记者…; 澄阳县人民政府网 2025年1月16日
    m = metadata._DATED_OUTLET.search(text[:HEAD_CHARS]) or metadata._OUTLET_THEN_DATE.search(text[:HEAD_CHARS])
    return m.span("name") if m else None


def plain_headline(stripped: str) -> bool:
    return not (len(stripped) > metadata.TITLE_MAX or stripped.endswith(("。", "；")) or stripped.startswith(("(", "[", "【"))
                or metadata._LABELED_DATE.match(stripped) or metadata._OUTLET.match(stripped)
                or metadata._BYLINE.match(stripped) or not regex.search(r"\p{Han}", stripped)
                or stripped.startswith(metadata._NOT_TITLE) or metadata.find_bylines(stripped)
                or metadata._DATELINE.search(stripped))


def plain_title(text: str):
    # the line right above a date-and-source (or byline) line (200 characters at most) in the first ten, when it reads as a
    # headline of 8 characters or more; else the first non-blank line of the first five
    pos, lines = 0, []
    for line in text.split("\n")[:10]:
        lines.append((pos, line))
        pos += len(line) + 1
    for n, (_, line) in enumerate(lines):
        stripped = line.strip()
        if n and len(stripped) <= 200 and (metadata._LABELED_DATE.search(stripped) or regex.match(metadata._YMD, stripped)) \
                and (metadata._OUTLET.search(stripped) or metadata.find_bylines(stripped)):
            above = [(s, ln) for s, ln in lines[:n] if ln.strip()]
            if above and len(above[-1][1].strip()) >= 8 and plain_headline(above[-1][1].strip()):
                s, ln = above[-1]
                lead = len(ln) - len(ln.lstrip())
                return s + lead, s + lead + len(ln.strip())
            break
    for start, line in lines[:5]:
        stripped = line.strip()
        if not stripped:
            continue
        if not plain_headline(stripped):
            return None
        lead = len(line) - len(line.lstrip())
        return start + lead, start + lead + len(stripped)
    return None


_MIDDLE = "全区经济平稳运行" * 100


@settings(**FAST)
@given(texts)
def test_metadata_equals_the_plain_search(text):
    # also past the head, and in a head and tail that differ
    for t in (text, f"{_MIDDLE}\n{text}", f"{text}。{_MIDDLE}{_MIDDLE}\n{text}"):
        assert find_date(t) == plain_date(t)
        assert find_outlet(t) == plain_outlet(t)
        assert find_title(t) == plain_title(t)
        assert [m.span() for m in metadata._bylines(t)] == [m.span() for m in metadata._BYLINE.finditer(t)]


def test_outlet_labels_hold_a_cue_word():
    assert all(any(cue in label for cue in metadata._OUTLET_CUES) for label in metadata._OUTLET_LABELS)


def test_byline_roles_end_in_the_cue_words():
    """_bylines tries only where a role word can start: each role is a cue word
    with the stated number of characters before it."""
    for role in metadata._ROLES:
        assert any(role.endswith(word) and len(role) - len(word) in (0, before)
                   for word, _, before in metadata._ROLE_ENDS), role
    assert all(char in word for word, char, _ in metadata._ROLE_ENDS)
    assert find_bylines("新华社北京电（见习记者 王小明 实习生 赵六）") == [((12, 15), "reporter"), ((20, 22), "correspondent")]


# ---------------------------------------------------------------- periods

PLAIN_PERIOD = regex.compile(period._PERIOD.pattern.removeprefix(period._START))
PLAIN_YEAR_HINT = regex.compile(r"(?:19|20)\d\d年|[一二〇零][〇零一二三四五六七八九]{3}年|今年|本年|当年|去年|上一年|上年|前年|明年")
period_texts = st.lists(st.sampled_from(_FRAGMENTS[17:66] + ["2013", "2013年", "١٢", "12", "营收", "亿元", "，", "。",
                                                             "\n", " ", "日", "同期", "相比", "对比"]),
                        max_size=30).map("".join)


@settings(**FAST)
@given(period_texts)
def test_period_lookahead_changes_nothing(text):
    """_START only skips positions where no period can start."""
    def found(pattern):
        return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]

    assert period._PERIOD.pattern.startswith(period._START)
    assert found(period._PERIOD) == found(PLAIN_PERIOD)
    for pos in range(len(text)):
        m, p = period._PERIOD.match(text, pos), PLAIN_PERIOD.match(text, pos)
        assert (m and (m.span(), m.groupdict())) == (p and (p.span(), p.groupdict()))


def plain_assign(text: str, spans: list[tuple[int, int]], date: str | None) -> list[str | None]:
    """assign_periods as it was: the year context followed through every
    stretch between sentences, sentences found with rfind, no cue tests."""
    pub = publication_year(date)

    def scan(pos, endpos):
        return [f for m in PLAIN_PERIOD.finditer(text, pos, endpos) if (f := _found(m, pub)) is not None]

    def last_year(pos, endpos, context):
        for hint in PLAIN_YEAR_HINT.finditer(text, pos, endpos):
            m = PLAIN_PERIOD.match(text, hint.start(), endpos)
            f = _found(m, pub) if m else None
            if f is not None and f.explicit_year:
                context = f.year
        return context

    result: dict[int, str | None] = {}
    cursor, context, sentence = 0, None, None
    for i in sorted(range(len(spans)), key=lambda k: spans[k][0]):
        start = spans[i][0]
        begin = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
        if sentence is None or sentence[0] != begin:
            if begin > cursor:
                context = last_year(cursor, begin, context)
                cursor = begin
            m = period._SENTENCE_END.search(text, start)
            stop = m.start() if m else len(text)
            labels = []
            for f in scan(begin, stop):
                year = f.year if f.year is not None else (context or (pub[0] if pub else None))
                if year is None:
                    continue
                if f.explicit_year:
                    context = year
                labels.append((f.end, _label(year, f.part)))
            cursor = max(cursor, stop)
            sentence = (begin, labels)
        label = None
        for end, p in sentence[1]:
            if end <= start:
                label = p
        result[i] = label
    return [result[i] for i in range(len(spans))]


@settings(**FAST)
@given(period_texts, st.lists(st.integers(0, 200), max_size=8), st.sampled_from([None, "2014-04-25", "2019-01-02"]))
def test_assign_periods_equals_the_plain_scan(text, starts, date):
    spans = [(s, s + 1) for s in starts if s < len(text)]
    assert assign_periods(text, spans, date) == plain_assign(text, spans, date)


sentences = st.lists(st.tuples(st.sampled_from(["", "2013年，", "去年", "二〇一二年", "比上年", "当年"]),
                               st.sampled_from(["", "全年", "一季度", "上半年", "1-6月"]),
                               st.sampled_from(["营收12亿元", "立足实际", "投资3亿元，增长5%", "营收12亿元，2012年起",
                                                "投资3亿元，较上年", "营收12亿元，二〇一一年全年", "12亿元，去年为8亿元"])),
                     max_size=12)


@settings(**FAST)
@given(sentences, st.sampled_from(["。", "\n", "！"]), st.sampled_from([None, "2014-04-25"]))
def test_assign_periods_follows_years_between_sentences(parts, end, date):
    """Years named in sentences without figures reach the yearless periods after them."""
    text = end.join("".join(p) for p in parts)
    spans = [m.span() for m in regex.finditer(r"\d+亿元", text)]
    assert assign_periods(text, spans, date) == plain_assign(text, spans, date)


def test_assign_periods_on_the_corpus_sentences():
    text = normalize("2013年，牧野区立足实际。全年全区到位资金22.735亿元。\n去年上半年，营收12亿元。另有一季度3亿元，"
                     "比上年增长5%。2012年12月，投资5亿元。全年完成8亿元").text
    spans = [m.span() for m in regex.finditer(r"\d+", text)]
    for date in (None, "2014-04-25"):
        assert assign_periods(text, spans, date) == plain_assign(text, spans, date)


# ---------------------------------------------------------------- annotate


def _figure(start: int, end: int, text: str) -> Figure:
    return Figure(id="f0", kind="money", text=text[start:end], start=start, end=end, value=Decimal(1))


@settings(**FAST)
@given(texts, st.lists(st.integers(0, 300), max_size=6))
def test_annotate_numbers_figures_as_replace_did(text, starts):
    """Figures come back renumbered with their periods, the same objects when
    nothing changes, equal to what dataclasses.replace gave."""
    norm = normalize(text)
    raw = norm.raw
    figures = [_figure(s, s + 1, raw) for s in sorted(set(starts)) if s < len(raw)]
    figures = [replace(f, id=f"f{i}") for i, f in enumerate(figures, start=1)]
    out, meta = annotate(norm, figures, None)
    boiler = find_boilerplate(norm.text)
    kept = [f for f in figures
            if not boilerplate.inside(norm.norm_offset(f.start), norm.norm_offset(f.end - 1) + 1, boiler)]
    spans = [(norm.norm_offset(f.start), norm.norm_offset(f.end - 1) + 1) for f in kept]
    blanked = "".join(" " if any(s <= i < e for s, e, _ in boiler) and c != "\n" else c
                      for i, c in enumerate(norm.text))
    periods = plain_assign(blanked, spans, meta.get("date"))
    assert out == [replace(f, id=f"f{i}", period=p) for i, (f, p) in enumerate(zip(kept, periods), start=1)]
    assert meta == metadata.merge_metadata(metadata.detect_metadata(blanked, raw, surface_of(norm)), None) | (
        {"boilerplate_chars": sum(e - s for s, e in (norm.raw_span(s, e) for s, e, _ in boiler)),
         "boilerplate": sorted({k for _, _, k in boiler})} if boiler else {})


@given(st.integers(min_value=1900, max_value=2099))
def test_a_year_in_numerals_is_the_year_in_digits(year):
    numerals = "".join("〇一二三四五六七八九"[int(d)] for d in str(year))
    assert year_number(numerals) == year_number(str(year)) == year
    assert period_key(f"{numerals}年同期") == period_key(f"{year}年")
