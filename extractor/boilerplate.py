"""Boilerplate: the parts of a page that are not the article.

Copyright and disclaimer footers (版权及免责声明…), "延伸阅读 / 相关阅读 / 热点新闻"
blocks, navigation lines (首页 > 新闻 > 正文), ICP and public-security filing
numbers, phone numbers, style-sheet lines, view counters.  ``find_boilerplate`` gives their spans in the text it
is handed (normalized text, in practice); the extractor drops figures inside
them and records how many characters they cover.

>>> t = "营收36亿元。\\n版权所有:某网 京ICP备11041399号-2"
>>> [(k, t[s:e]) for s, e, k in find_boilerplate(t)]
[('copyright', '版权所有:某网 京ICP备11041399号-2')]
"""
from __future__ import annotations

import bisect

import re

import regex

BLOCK_LINE_MAX = 50  # lines in a related-links block are short
_WS = " \t\u3000"
# words that open a footer line: from the word to the end of the line
_FOOTER_WORDS = ("版权及免责声明", "免责声明", "版权声明", "版权所有", "版权归", "Copyright", "copyright",
                 "COPYRIGHT", "©", "(c)", "凡本网注明", "凡注明", "本网站所载", "本文仅代表作者", "转载请注明",
                 "未经授权", "违者本网", "责任编辑", "编辑:", "责编")
# words that open a site's footer line, which also names its filing (主办：某厅　备案号：浦ICP备…):
# not alone (主办：市商务局 may open a line of an event's notice)
_SITE_WORDS = ("主办", "承办", "主管", "协办")
# (or its telephone after a second site word: 主办：某市人民政府办公室　承办：某市财政局　联系电话：…)
# (or right before the copyright line: 主办：某县人民政府办公室\n版权所有：某县人民政府　网站标识码…)
_SITE_FOOTER = regex.compile(r"[ \t\u3000]*(?:主办|承办|主管|协办)(?:单位)?[ \t\u3000]*[:：](?:[^\n]*?"
                             r"(?:ICP|备案|网站标识码|版权|技术支持|(?:主办|承办|主管|协办)[^\n]*?(?:联系)?电话)[^\n]*"
                             r"|[^\n]*(?=\n[ \t\u3000]*(?:版权所有|版权|网站标识码|Copyright|©)))")
# (or its holder first, then the site word and a space, and its filing on the same line:
# 某市人力资源和社会保障局主办　ICP备19008872号; not a story's 由市商务局主办，…)
_HOLDER_SITE_FOOTER = regex.compile(r"(?m)^[ \t\u3000]*\p{Han}{2,30}?(?:主办|承办|主管|协办)(?:单位)?[ \t\u3000]+"
                                    r"[^\n]*?(?:ICP|备案|网站标识码|公网安备)[^\n]*")
_FILING_WORDS = ("ICP", "备案", "网站标识码", "公网安备")
# a site's name, then its copyright, on a line of its own (某县人民政府门户网站 版权所有　网站标识码…)
_SITE_FIRST_FOOTER = regex.compile(r"(?m)^[ \t\u3000]*\p{Han}{2,30}?(?:网站|网)[ \t\u3000]*(?:版权所有|©)[^\n]*")
# a holder, then its copyright, a line of its own, maybe in brackets ((澳门特别行政区政府新闻局版权所有))
_HOLDER_FIRST_FOOTER = regex.compile(r"(?m)^[ \t\u3000]*[(（]?\p{Han}{2,30}?[ \t\u3000]*版权所有[)）]?[ \t\u3000]*$")
# headings that open a block of links
_BLOCK_WORDS = ("延伸阅读", "相关阅读", "相关新闻", "相关链接", "相关文章", "热点新闻", "热点视频", "热点舆情",
                "热点推荐", "推荐阅读", "猜你喜欢", "精彩推荐", "更多新闻", "更多精彩", "今日推荐", "图片新闻",
                "热门文章", "热门推荐", "最新新闻")
# a navigation line: 当前位置: …, 首页 > …, or short items between separators
_NAV_PLACE = ("当前位置", "您的位置", "你的位置", "所在位置")
_NAV_HOME = ("首页", "网站首页", "主页")
_NAV_SEPARATORS = "|｜>»›"
_FOOTER = regex.compile(
    r"(?m)^[ \t\u3000]*(?:" + "|".join(map(regex.escape, _FOOTER_WORDS)) + r")[^\n]*")
_BLOCK_HEAD = regex.compile(
    r"(?m)^[ \t\u3000]*(?:" + "|".join(map(regex.escape, _BLOCK_WORDS)) + r")[ \t\u3000:]*$")
_NAV = regex.compile(
    r"(?m)^[ \t\u3000]*(?:(?:" + "|".join(_NAV_PLACE) + r")[ \t\u3000:][^\n]*|"
    r"(?:" + "|".join(_NAV_HOME) + r")[ \t\u3000]*[>»›/|][^\n]*|"
    rf"[^\n。，,]{{1,10}}(?:[ \t\u3000]*[{_NAV_SEPARATORS}][ \t\u3000]*[^\n。，,{_NAV_SEPARATORS}]{{1,10}}){{2,}})[ \t\u3000]*$")
# (the province character before, 京ICP备 / 京公网安备, is taken in find_boilerplate:
# a pattern starting with an optional Han character is tried at every position)
_ICP = regex.compile(
    r"ICP(?:备|证)?[ \t\u3000:]*\d{6,10}号?(?:-\d+)?|"
    r"公网安备[ \t\u3000:]*\d{8,16}号?")
_HAN = regex.compile(r"\p{Han}")
# A disclaimer anywhere in a line, to its end: 新浪声明：此消息系转载…, 声明：本文仅代表作者…
# (not a statement in the story: 公司声明：本文内容不实)
_DISCLAIMER = regex.compile(
    r"(?:\p{Han}{1,4})?声明[ \t\u3000]*:[ \t\u3000]*(?:此|本)(?:消息|文章?|内容|稿件)(?:系|仅|来自|转载|为转载)[^\n]*")
_PHONE = regex.compile(
    r"(?:(?:电话|联系电话|咨询电话|热线|服务热线|举报电话|传真|Tel|TEL|tel)[ \t\u3000:]*)"
    r"(?:\(?0\d{2,3}\)?[- ]?)?\d{7,8}(?:-\d{1,4})?|"
    r"(?<![\d.])(?:\(0\d{2,3}\)|0\d{2,3}-)\d{7,8}(?:-\d{1,4})?(?!\d)|"
    r"(?<![\d.])(?:400|800)-?\d{3}-?\d{4}(?!\d)|"
    r"(?<![\d.])1[3-9]\d{9}(?![\d.%])")
# A page's counter of views or visits (浏览次数：1,256次, 点击:88, 阅读量 3.2万 at a line's end),
# not a claim of the story: a bare counter word needs a colon (访问 12 家企业 stays), and after
# the number comes a space or the line's end, nothing more of a sentence (政府网站访问量580万人次，
# 增长5% stays).
_COUNTER_WORDS = ("浏览", "阅读", "点击", "访问", "人气")
_COUNTER = regex.compile(
    r"(?:(?:浏览|阅读|点击|访问|人气)[ \t\u3000]*:|(?:浏览|阅读|点击|访问)(?:次数|量|数)[ \t\u3000]*:?)"
    r"[ \t\u3000]*\d[\d,.]*[ \t\u3000]*(?:万次|万|人次|次)?(?=[ \t\u3000]|$)",
    flags=regex.M)
# Every match stays on one line.  Footer, block and navigation patterns start
# their line with one of their words (a navigation line may hold separators
# instead), an ICP number holds ICP or 公网安备, a phone number seven digits in a
# row or (400-/800- numbers) 400 or 800 and a hyphen.  Only the lines (or
# texts) with such a cue are searched.
_NAV_WORDS = _NAV_PLACE + _NAV_HOME
_LINE_WORDS = _FOOTER_WORDS + _BLOCK_WORDS + _NAV_WORDS + _SITE_WORDS
# a line (after spaces) opening with the first character of such a word, at the
# start or after a newline (re looks for the newline first: much faster than
# regex's multiline ^)
_OPENS = r"[ \t\u3000]*[" + re.escape("".join(sorted({w[0] for w in _LINE_WORDS}))) + "]"
_FIRST_LINE_OPENS = re.compile(_OPENS)
_LINE_OPENS = re.compile(r"\n" + _OPENS)
_DIGITS7 = regex.compile(r"\d{7}")
# A line of a style sheet a page let into its text: a selector and its declarations on one
# line (.nav-wrap{width:100%;overflow: hidden;}, maybe commented out or with a comment after),
# whose percents and sizes are no figures.
# (The colon is the first in the braces and the selector holds no brace, so each line
# start is read once: linear on a hostile line.)
_CSS_RULE = re.compile(
    r"^[ \t]*[^\n{}。，]*\{[^\n{}:]*[A-Za-z-][ \t]*:[^\n{}]*\}[ \t]*(?:\*/)?[ \t]*(?:/\*[^\n*]*\*/)?[ \t]*$", re.M)


def find_boilerplate(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every boilerplate region, merged, in text order;
    kind is copyright, related, navigation, icp, phone, code or counter (the first found, when
    regions of several kinds merge)."""
    found: list[tuple[int, int, str]] = []
    for start, end in _cue_lines(text):
        head = text[start:end].lstrip(_WS)
        if head.startswith(_FOOTER_WORDS):
            m = _FOOTER.match(text, start, end)
            if m:
                found.append((m.start(), m.end(), "copyright"))
        if head.startswith(_SITE_WORDS):
            m = _SITE_FOOTER.match(text, start)  # (its lookahead may read the next line)
            if m and m.end() <= end:
                found.append((m.start(), m.end(), "copyright"))
        if head.startswith(_BLOCK_WORDS):
            m = _BLOCK_HEAD.match(text, start, end)
            if m:
                found.append((m.start(), _block_end(text, m.end()), "related"))
        if head.startswith(_NAV_WORDS) or any(c in head for c in _NAV_SEPARATORS):
            m = _NAV.match(text, start, end)
            if m and m.group().strip():
                found.append((m.start(), m.end(), "navigation"))
    if "版权所有" in text or "©" in text:
        found += [(m.start(), m.end(), "copyright") for m in _SITE_FIRST_FOOTER.finditer(text)]
        found += [(m.start(), m.end(), "copyright") for m in _HOLDER_FIRST_FOOTER.finditer(text)]
    if any(w in text for w in _SITE_WORDS) and any(w in text for w in _FILING_WORDS):
        found += [(m.start(), m.end(), "copyright") for m in _HOLDER_SITE_FOOTER.finditer(text)]
    if "声明" in text:
        # A site's disclaimer glued to the end of the story: 新浪声明：此消息系转载自合作单位…
        for m in _DISCLAIMER.finditer(text):
            found.append((m.start(), m.end(), "copyright"))
    if ("P" in text and "ICP" in text) or ("备" in text and "公网安备" in text):
        for m in _ICP.finditer(text):
            start = m.start() - 1 if m.start() and _HAN.match(text, m.start() - 1) else m.start()
            found.append((start, m.end(), "icp"))
    for start, end in _phone_lines(text):
        for m in _PHONE.finditer(text, start, end):
            found.append((m.start(), m.end(), "phone"))
    if "{" in text and "}" in text:
        found += [(m.start(), m.end(), "code") for m in _CSS_RULE.finditer(text)]
    if any(w in text for w in _COUNTER_WORDS):
        found += [(m.start(), m.end(), "counter") for m in _COUNTER.finditer(text)]
    return _merge(found) if found else found


def _cue_lines(text: str) -> list[tuple[int, int]]:
    """The lines (``[start, end)`` with their newline) that may hold a footer,
    block heading or navigation line, in order: those opening with the first
    character of one of their words and, when the text holds a navigation
    separator, every line."""
    every = any(c in text for c in _NAV_SEPARATORS)
    starts = [0] if every or _FIRST_LINE_OPENS.match(text) else []
    if every:
        at = text.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
    else:
        starts += [m.start() + 1 for m in _LINE_OPENS.finditer(text)]
    out = []
    for start in starts:
        end = text.find("\n", start)
        out.append((start, len(text) if end < 0 else end + 1))
    return out


def _phone_lines(text: str) -> list[tuple[int, int]]:
    """The lines (with their newline) that may hold a phone number, in order."""
    cues = [m.start() for m in _DIGITS7.finditer(text)]
    if "-" in text:
        for word in ("400", "800"):
            at = text.find(word)
            while at >= 0:
                cues.append(at)
                at = text.find(word, at + 1)
    lines = set()
    for at in cues:
        end = text.find("\n", at)
        lines.add((text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end + 1))
    return sorted(lines)


def _block_end(text: str, pos: int) -> int:
    """End of a related-links block: it runs over short lines (link titles,
    other headings, footers) and stops before the first line of prose."""
    end = pos
    while end < len(text):
        nl = text.find("\n", end + 1)
        line_end = len(text) if nl < 0 else nl
        line = text[end:line_end].strip()
        if len(line) > BLOCK_LINE_MAX and not _FOOTER.match(line):
            break
        end = line_end
    return end


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for s, e, k in sorted(spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            ps, pe, pk = merged[-1]
            merged[-1] = (ps, max(pe, e), pk)
        else:
            merged.append((s, e, k))
    return merged


def inside(start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    """Does ``[start, end)`` overlap a boilerplate span?  ``spans`` as ``find_boilerplate``
    gives them: sorted and apart, so only the last one starting before ``end`` can."""
    k = bisect.bisect_left(spans, (end,)) - 1
    return k >= 0 and spans[k][1] > start
