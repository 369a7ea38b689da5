"""Article metadata read from the text: title, publication date, outlet,
reporters and correspondents, script of the original.

Detection runs on normalized text (simplified, glosses and full-width forms
folded), so ``(記者 張長友 通訊員 左彥楠)`` and ``(记者 张长友 通讯员 左彦楠)``
give the same names; values are therefore reported in their normalized
(simplified) form, and ``script`` says what the original was.

Metadata the user gives (JSONL/CSV fields) or the page declares (HTML/WARC
headers, read by ``ingest``) wins over what is detected here.
"""
from __future__ import annotations

import datetime as _dt
import re
from itertools import accumulate
from email.utils import parsedate_to_datetime
from typing import Any, Callable

import regex

from .normalize import _GLOSS, Normalized, is_traditional, to_simplified

HEAD_CHARS = 600  # where a dateline or byline is looked for first
TITLE_MAX = 80

_SEP = r"[ \t\u3000:]*"
_YMD = r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?:\s*日)?"
_HM = r"(?:\s*(?P<H>\d{1,2})\s*[:时]\s*(?P<M>\d{2})分?)?"
# "时间:2014-04-25", "发布时间：2017-06-30 09:12" (：is folded to :), "日期 2014年4月25日";
# not 北京时间/当地时间/考试时间, the time of what the story is about.
_DATE_LABELS = ("时间", "日期")
_LABELED_DATE = regex.compile(
    rf"(?<!\p{{Han}})(?:发布|发表|更新|出版|刊发|刊登|发稿)?(?:{'|'.join(_DATE_LABELS)})[\]】]?{_SEP}{_YMD}{_HM}")
# a bare dateline: "2014年4月25日" or "2014-04-25 09:12" near the top or on a line by itself
_BARE_DATE = regex.compile(rf"{_YMD}{_HM}")
_LINE_DATE = regex.compile(rf"(?m)^[ \t\u3000]*{_YMD}{_HM}[ \t\u3000]*$")
# where such a line can start: 19 or 20 after spaces, at the start or after a
# newline (re looks for the newline first: much faster than regex's multiline ^)
_LINE_DATE_FIRST = re.compile(r"[ \t\u3000]*(?:19|20)")
_LINE_DATE_NEXT = re.compile(r"\n[ \t\u3000]*(?:19|20)")
_HAN = regex.compile(r"\p{Han}")
_OUTLET_LABELS = ("来源", "稿源", "来自", "出处", "消息来源", "文章来源", "信息来源", "发布单位", "发布机构")
_OUTLET = regex.compile(
    r"(?:^|(?<=[\s【\[|\d]))(?:" + "|".join(_OUTLET_LABELS) + ")"
    r"(?:[\]】][ \t\u3000]*|[ \t\u3000]*:[ \t\u3000]*|[ \t\u3000]+)"
    r"(?P<name>[\p{Han}A-Za-z0-9·《》]{2,24}?)(?=$|[\s,，。;；|/)）]|记者|作者|编辑|责任编辑|原标题|导语|\d)",
    regex.M)
_OUTLET_CUES = ("来源", "稿源", "来自", "出处", "发布单位", "发布机构")  # one of them is in every outlet label
# How an outlet's name (or its section's) ends: 中新网, 北京商报, 新浪科技, 央视新闻客户端.
_MEDIA = "网|报|社|台|刊|科技|娱乐|财经|体育|教育|数码|手机|美股|港股|汽车|新闻|客户端|APP|频道|传媒|南都"
# A dateline opening the story: 新浪科技讯 / 中新网讯 (a name of a medium, then 讯), or 新华社北京11月6日电
# (a name ending in 社/网/报/台, a place, a date, 电).  本报/本网/本台 name no one.
_DATELINE = regex.compile(
    r"(?:^|(?<=[\s\]】)]))(?!本报|本网|本台|本刊|记者|通讯员|据)"
    rf"(?:(?P<name>(?:(?![的之])[\p{{Han}}A-Za-z]){{0,8}}?(?:{_MEDIA}))(?<!本报|本网)讯(?=[\s:(（]|$)"
    r"|(?P<agency>[\p{Han}]{1,6}?(?:社|网|报|台)(?<!本报|本网|本台))\p{Han}{0,6}?\d{1,2}月\d{1,2}日(?:\d{1,2}时)?电)",
    regex.M)
_DATELINE_END = re.compile(r"讯(?:[\s:(（]|$)|日(?:\d{1,2}时)?电")
_ROLES = {
    "记者": "reporter", "本报记者": "reporter", "见习记者": "reporter", "特约记者": "reporter",
    "实习记者": "reporter", "首席记者": "reporter", "作者": "reporter",
    "通讯员": "correspondent", "特约通讯员": "correspondent", "实习生": "correspondent",
}
_ROLE = "|".join(sorted(map(regex.escape, _ROLES), key=len, reverse=True))
# (no name holds what closes a byline: 王伟报道 is 王伟, 徐红摄 is 徐红; 丨 separates)
_NAME = rf"(?!{_ROLE})(?:(?!报道|摄|编辑|责任编辑|校对|综合|采访|整理|发自|丨|日前|近日|昨日|今日|[在于]\d)\p{{Han}}){{2,4}}(?:·[\p{{Han}}]{{1,6}})?"
# verbs that follow 记者 in running text ("记者从市统计局获悉", "记者了解到"): not names
_NOT_NAME = regex.compile(r"^(?:从|了解|获悉|在|近日|昨日|今日|日前|发现|注意|看到|来到|走访|采访|调查|跟随|随后|表示|对|向|与|和|也|还|又|再|就|是|的|一行|们|"
                          r"总结|分析|统计|观察|梳理|查询|查阅|致电|独家|专访|联系|注意到|获得|拿到|问)")
# a byline: a role word then names separated by spaces or 、, each name closed by
# a separator, another role word, 报道/摄, the end of the parenthesis or line, or a
# date glued on (封面新闻记者 杜恩湖10月29日)
# (a name glued to the place a story was filed from, before a dateline: 欧阳明台北|11日电)
_FILED_NAME = r"\p{Han}{4,7}(?=\d{1,2}日(?:\d{1,2}时)?电)"
_BYLINE = regex.compile(
    rf"(?P<role>{_ROLE})[ \t\u3000\u00a0:丨|]*(?P<names>(?:{_FILED_NAME}|{_NAME})(?:[ \t\u3000、,，丨]+{_NAME})*)"
    # (记者陈怡君/台北报导: Taiwan's datelines put the place after a slash, and write 报导)
    rf"(?=[ \t\u3000\u00a0]*(?:[)）\]】\n|]|$|{_ROLE}|报道|报导|摄|发自|编辑|综合报道|采访整理|整理|/\p{{Han}}{{1,6}}?(?:报导|报道|电))"
    rf"|[在于]?\d{{1,2}}[月日]|日前|近日|昨日|今日)",
    regex.M)
# (and an outlet's short name opening the line: 每经记者 宋戈, 澎湃新闻记者 虞涵棋)
_BYLINE_CONTEXT = regex.compile(rf"(?:^|[(（\[【\n|]|[ \t\u3000]|(?<![\p{{Han}}\d])[:/]|作者:?|本报|新华社|电|{_MEDIA}|(?<![^\n])\p{{Han}}{{2,6}})[ \t\u3000]*$")
# every role word is one of these, or two characters (本报, 特约, …) and one of
# them; each is looked for by its least common character
_ROLE_ENDS = (("记者", "记", 2), ("通讯员", "讯", 2), ("实习生", "习", 0), ("作者", "作", 0))


def detect_metadata(text: str, raw: str | None = None,
                    surface: Callable[[int, int], str] | None = None, script: str | None = None) -> dict[str, Any]:
    """Metadata found in one article's normalized ``text`` (keys only for what
    was found); ``raw``, the original, tells the script unless ``script`` is
    known already; ``surface(start, end)`` turns a span of ``text`` into the
    value reported (default: the text itself)."""
    show = surface or (lambda s, e: text[s:e])
    if script is None:
        script = "traditional" if is_traditional(text if raw is None else raw) else "simplified"
    found: dict[str, Any] = {"script": script}
    title = find_title(text)
    if title:
        found["title"] = show(*title).strip()
    date = find_date(text)
    if date:
        found["date"], time = date
        if time:
            found["time"] = time
    head = head_dateline(text)  # read once: the outlet and a reporter glued to it both need it
    outlet = find_outlet(text, head)
    if outlet:
        found["outlet"] = show(*outlet).strip().strip("《》")
    people = find_bylines(text)
    glued = head[1]
    if glued and all(span != glued[:2] for span, _ in people):
        people.append((glued[:2], glued[2]))
    if people:  # reporters: every name in the bylines, in order; correspondents: those so marked
        found["reporters"] = ",".join(show(*span) for span, _ in people)
        correspondents = [show(*span) for span, role in people if role == "correspondent"]
        if correspondents:
            found["correspondents"] = ",".join(correspondents)
    return found


def head_dateline(text: str) -> tuple[regex.Match | None, tuple[int, int, str] | None]:
    """The dateline opening the story (新浪科技讯, 新华社北京11月6日电), if any, and the
    reporter's name glued before its outlet (see glued_reporter)."""
    if not _DATELINE_END.search(text, 0, HEAD_CHARS):  # the pattern's slow part only where a dateline can end
        return None, None
    m = _DATELINE.search(text, 0, HEAD_CHARS)
    return m, (glued_reporter(text, m) if m and m.group("name") else None)


def surface_of(norm: Normalized) -> Callable[[int, int], str]:
    """A normalized span -> the original's characters there, in simplified script
    and without pinyin glosses, but with their own punctuation (华晟科技：…)."""
    def surface(start: int, end: int) -> str:
        rs, re_ = norm.raw_span(start, end)
        simplified = to_simplified(norm.raw[rs:re_], norm.script == "simplified")
        return _GLOSS.sub("", simplified) if "(" in simplified else simplified  # a gloss is in ( )

    return surface


def merge_metadata(detected: dict[str, Any], given: dict[str, Any] | None) -> dict[str, Any]:
    """Given fields win over detected ones (empty given values do not count);
    a given date in another spelling (2014/4/25, 2014年4月25日) is made ISO."""
    merged = dict(detected)
    for key, value in (given or {}).items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        merged[key] = value
    if given and given.get("date"):
        iso = iso_date(str(given["date"]))
        if iso:
            merged["date"] = iso
    if not merged.get("date") and merged.get("last_modified"):
        try:
            merged["date"] = parsedate_to_datetime(str(merged["last_modified"])).date().isoformat()
        except (TypeError, ValueError):
            pass
    if isinstance(merged.get("reporters"), (list, tuple)):
        merged["reporters"] = ",".join(str(r) for r in merged["reporters"])
    return merged


# 证券代码：600123　证券简称：江海重工　公告编号：2026-058
_FILING_HEADER = regex.compile(r"(?:证券|股票|债券)(?:代码|简称)\s*[:：]|公告编号\s*[:：]|(?:證券|股票)(?:代碼|簡稱)\s*[:：]")
_NOT_TITLE = ("原标题", "导语", "编者按")  # what opens a story's first line when its title is elsewhere


def find_title(text: str) -> tuple[int, int] | None:
    """Span of the headline: the line right above the page's date-and-source line when
    one stands near the top (a site's banner and menus may come first: 临江新闻网　临江市
    重点新闻网站 / 登录 | 注册 …), else the first non-blank line, when it reads as a
    headline (short, no final 。)."""
    lines, pos = [], 0
    for line in text.split("\n", _TITLE_LINES)[:_TITLE_LINES]:
        lines.append((pos, line))
        pos += len(line) + 1
    for n, (_, line) in enumerate(lines):
        stripped = line.strip()
        if n and len(stripped) <= _DATE_LINE_MAX and (_LABELED_DATE.search(stripped) or _LINE_START_DATE.match(stripped)) \
                and (_OUTLET.search(stripped) or find_bylines(stripped)):  # (2025/11/07 14:32 记者林佩珊/台北报导)
            above = next(((s, ln) for s, ln in reversed(lines[:n]) if ln.strip()), None)
            if above is not None and len(above[1].strip()) >= _TITLE_MIN and _headline(above[1].strip()):
                lead = len(above[1]) - len(above[1].lstrip())
                return above[0] + lead, above[0] + lead + len(above[1].strip())
            break
    for start, line in lines[:5]:
        stripped = line.strip()
        if not stripped or _FILING_HEADER.match(stripped):
            continue  # (a listed company's filing opens on its codes: the title is the next line)
        if not _headline(stripped):
            return None  # a byline or dateline (澎湃新闻记者 俞凯, 新京报讯(记者 王小明)…) heads no story
        lead = len(line) - len(line.lstrip())
        return start + lead, start + lead + len(stripped)
    return None


_TITLE_LINES = 10  # the date-and-source line is looked for this far down
_TITLE_MIN = 8  # a headline above it is no shorter (热门推荐, 相关新闻 are a page's labels)
_DATE_LINE_MAX = 200  # a date-and-source line is short (a page of one long line is searched no further)
_LINE_START_DATE = regex.compile(rf"{_YMD}")


def _headline(line: str) -> bool:
    """Does ``line`` read as a headline: short, no final 。, no byline, dateline or date?"""
    return not (len(line) > TITLE_MAX or line.endswith(("。", "；")) or line.startswith(("(", "[", "【"))
                or _LABELED_DATE.match(line) or _OUTLET.match(line) or _BYLINE.match(line)
                or not _HAN.search(line) or line.startswith(_NOT_TITLE) or _FILING_HEADER.match(line)
                or find_bylines(line) or (_DATELINE_END.search(line) and _DATELINE.search(line)))


def iso_date(value: str) -> str | None:
    """'2014年4月25日', '2014/4/25', '2014-04-25T08:00' -> '2014-04-25'; None if not a date."""
    m = _BARE_DATE.search(value)
    return _valid(m)[0] if m and _valid(m) else None


def _valid(m: regex.Match) -> tuple[str, str | None] | None:
    try:
        day = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    time = None
    if m.group("H") is not None and int(m.group("H")) < 24 and int(m.group("M")) < 60:
        time = f"{int(m.group('H')):02d}:{m.group('M')}"
    return day.isoformat(), time


def find_date(text: str) -> tuple[str, str | None] | None:
    """(ISO date, HH:MM or None) of publication: a labelled date anywhere in the
    head or tail, else a bare date in the head or alone on a line."""
    head, tail = text[:HEAD_CHARS], text[-HEAD_CHARS:]
    for part in (head, tail):
        if not _holds(part, _DATE_LABELS, 0, len(part)):
            continue  # every labelled date has one
        for m in _LABELED_DATE.finditer(part):
            if _valid(m):
                return _valid(m)
    for m in _BARE_DATE.finditer(head):
        if _valid(m) and _apart(head, m):
            return _valid(m)
    for m in _line_dates(text):
        if _valid(m):
            return _valid(m)
    return None


# A bare date is a dateline only when it stands apart from the prose: after the start of a
# line, a space or a bracket, and before a space, the end of a line, a bracket or another
# metadata field. A date inside a sentence (于2018年10月30日下午, 北美2019年9月6日上映,
# 1967年11月10日生于香港) is what the story is about, not when it was published.
# Right after a dateline (本报讯 2014年4月25日，…) the date leads the story and is its own.
_DATE_BEFORE = re.compile(r"(?:^|[\s\]】)）|])$")
# (a time to the second is a dateline's; a number after a space is a table's next column: 2018/10/25 51.6%)
_DATE_AFTER = re.compile(r":\d\d(?!\d)|(?:$|\s*\n|[ \t\u3000\u00a0]+(?!\d)|[\[【(（|]|来源|作者|编辑|记者|稿源|出处|发布|[A-Za-z])")
_AFTER_DATELINE = re.compile(r"(?:讯|电)[ \t\u3000:]*$")


def _apart(text: str, m: regex.Match) -> bool:
    if _AFTER_DATELINE.search(text, max(0, m.start() - 4), m.start()):
        return True
    return (_DATE_BEFORE.search(text, max(0, m.start() - 1), m.start()) is not None
            and _DATE_AFTER.match(text, m.end()) is not None)


def _line_dates(text: str):
    """``_LINE_DATE.finditer(text)``, trying only the lines that start (after
    spaces) with 19 or 20, where such a date must start."""
    starts = [0] if _LINE_DATE_FIRST.match(text) else []
    starts += [m.start() + 1 for m in _LINE_DATE_NEXT.finditer(text)]
    last_end = 0
    for start in starts:
        if start >= last_end:
            m = _LINE_DATE.match(text, start)
            if m:
                yield m
                last_end = m.end()


def find_outlet(text: str, head: tuple | None = None) -> tuple[int, int] | None:
    """Span of the name in ``来源:河南经济报`` (head and tail only: 来源 in running
    text is about something else), else of a dateline's: ``新浪科技讯``, ``新华社北京11月6日电``.
    ``head``: ``head_dateline(text)``, when known."""
    tail_start = max(0, len(text) - HEAD_CHARS * 2)
    for offset, end in ((0, HEAD_CHARS), (tail_start, len(text))):
        if not _holds(text, _OUTLET_CUES, offset, end):
            continue
        part = text[offset:end]
        m = _OUTLET.search(part)
        if m:
            cut = _outlet_end(part, m.start("name"), m.end("name"))
            if cut:
                return offset + m.start("name"), offset + cut
    m, glued = head if head is not None else head_dateline(text)
    if m is None:
        # 2026/11/10 财经新闻网 记者…: a medium's name right after the date that opens a line
        dated = _DATED_OUTLET.search(text, 0, HEAD_CHARS) or _OUTLET_THEN_DATE.search(text, 0, HEAD_CHARS)
        return dated.span("name") if dated else None
    if not m.group("name"):
        return m.span("agency")
    return (glued[1], m.end("name")) if glued else m.span("name")


# (not a page's section: 2014-04-25 相关新闻, 热点新闻, 更多报道)
_DATED_OUTLET = regex.compile(
    rf"(?m)^[ \t\u3000]*{_YMD}{_HM}[ \t\u3000]+(?!相关|热点|热门|更多|推荐|最新|今日|往期|精彩|延伸|图片)"
    rf"(?P<name>(?:(?![的之])[\p{{Han}}A-Za-z]){{1,10}}?(?:{_MEDIA}))(?=[ \t\u3000]|$)")


# 澄阳县人民政府网 2025年1月16日: a site's name, then the date, on a line of their own (本报 2014年4月25日
# names no one)
_OUTLET_THEN_DATE = regex.compile(
    rf"(?m)^[ \t\u3000]*(?!(?:本报|本网|本台|本刊)[ \t\u3000])"
    rf"(?P<name>(?:(?![的之])[\p{{Han}}A-Za-z]){{1,16}}?(?:{_MEDIA}))[ \t\u3000]+{_YMD}{_HM}[ \t\u3000]*$")


# A byline's role right before a dateline: 新浪手机特约记者 曾诚新浪手机讯, 北京商报记者 石飞月北京商报讯
_ROLE_BEFORE = regex.compile(rf"(?P<role>{_ROLE})[ \t\u3000\u00a0:]*$")


def glued_reporter(text: str, dateline: regex.Match) -> tuple[int, int, str] | None:
    """The span of a reporter's name (and the role) glued before a dateline's outlet right after a
    byline's role (记者 曾诚|新浪手机讯): two or three characters that end a word (by
    jieba), the outlet after them two or more (three or more where both would do),
    opening with a word of its own where both would do (石飞月|北京商报, not 石飞|月北京商报)."""
    start, end = dateline.span("name")
    line = text.rfind("\n", 0, start) + 1
    role = _ROLE_BEFORE.search(text, line, start)
    if not role:
        return None
    from .org_rules import cached_org_rules
    from .wordcut import segmenter

    name = text[start:end]
    bounds = list(accumulate(segmenter(cached_org_rules()).cut(name), initial=0))
    splits = [k for k in (2, 3) if k in bounds and len(name) - k >= 2]
    # an outlet of three characters or more (梁辰|新京报, not 梁辰新|京报), then one that
    # opens with a word of two characters or more
    splits = [k for k in splits if len(name) - k >= 3] or splits
    opens_word = [k for k in splits if bounds[bounds.index(k) + 1] - k >= 2]
    if not splits:
        return None
    k = (opens_word or splits)[-1]
    return start, start + k, _ROLES[role.group("role")]


# The name after 来源 often runs on into the story on web pages (cnBeta据外媒报道, 科技日报近日,
# 奇点网记得以前…, up to the first comma): a name that ends at a comma or a digit and is
# longer than a few characters is cut after its Latin word or its medium word (科技日报, 中国新闻周刊);
# without one it is not trusted. A name that ends at a space, a line end or a field is whole.
_OUTLET_SHORT = 6
_MEDIA_TAIL = "日报|晚报|晨报|周刊|中文版|网|报|客户端|APP|App|微博|公众号"
_OUTLET_HEAD = regex.compile(
    rf"[A-Za-z][A-Za-z0-9]*(?=\p{{Han}})|.{{0,10}}?(?:{_MEDIA}|平台|微博|周刊|杂志|公众号)(?:{_MEDIA_TAIL})*")
_OUTLET_WHOLE = regex.compile(r"$|[\s|/)）]|记者|作者|编辑|责任编辑|原标题|导语")


_TIME_TAIL = regex.compile(r"(?:近日|日前|昨日|今日|昨天|今天)$")  # 来源：科技日报近日，… : the story's first word


def _outlet_end(text: str, start: int, end: int) -> int | None:
    tail = _TIME_TAIL.search(text, start, end)
    if tail and tail.start() - start >= 2:
        end = tail.start()
    if end - start <= _OUTLET_SHORT or _OUTLET_WHOLE.match(text, end):
        return end
    m = _OUTLET_HEAD.match(text, start, end)
    return m.end() if m else None


def find_bylines(text: str) -> list[tuple[tuple[int, int], str]]:
    """(name span, reporter | correspondent) of the people named in bylines:
    ``(记者 张长友 通讯员 左彦楠)``, ``本报记者 王五 报道``; in order, without repeats."""
    people: list[tuple[tuple[int, int], str]] = []
    seen: set[str] = set()
    last_end = -1
    for m in _bylines(text):
        # (a role glued to the byline before it goes on with it: 记者 韩章云|通讯员 文梅英)
        if m.start() != last_end and not _BYLINE_CONTEXT.search(text, max(0, m.start() - 12), m.start()):
            continue
        last_end = m.end()
        role = _ROLES[m.group("role")]
        names = list(regex.finditer(r"[^ \t\u3000、,，丨]+", m.group("names")))
        if _NOT_NAME.match(names[0].group()):
            continue  # running text (新京报记者发现，今年…): none of its words is a name
        if len(names) > 1 and text.startswith("报道", m.end("names")):
            names.pop()  # 记者 王文秋 上海报道: where the story was filed from
        for name in names:
            word = name.group()
            start = m.start("names") + name.start()
            if len(word) >= 4 and _FILED.match(text, start + len(word)):
                word = _without_place(word)  # 记者张三台北11日电: filed from 台北
            if _ROLE_AT.match(text, start + len(word)) and (len(word) == 2 or word.endswith(_RANKS)):
                continue  # 每经|记者, 每经实习|记者, 实习|编辑: the next byline's outlet or rank, no name
            if not _NOT_NAME.match(word) and word not in seen:
                seen.add(word)
                people.append(((start, start + len(word)), role))
    if "文" in text and ("/" in text or "|" in text or "丨" in text):
        for m in _AUTHOR.finditer(text):
            word = m.group("name")
            if not _NOT_NAME.match(word) and word not in seen:
                seen.add(word)
                people.append((m.span("name"), "reporter"))
    return people


# An author's credit: 文|王倩 opening a line, （徐昊辰/文 朱恒斌/图） in parentheses.
_AUTHOR = regex.compile(
    r"(?:(?<![^\n])[ \t\u3000]*文[ \t\u3000]*[|/丨][ \t\u3000]*(?P<name>\p{Han}{2,4})(?=[ \t\u3000]*(?:\n|$))"
    r"|(?<=[(（][ \t\u3000]*)(?P<name>\p{Han}{2,4})[ \t\u3000]*/[ \t\u3000]*文(?=[ \t\u3000)）]))")


# What opens the next byline after a name (韩章云|通讯员 is a name; 每经|编辑 an outlet; but
# 王湛|编辑：张粉霞 is a name and the editor's label).
_ROLE_AT = regex.compile(rf"{_ROLE}|(?:编辑|责任编辑|责编|摄影)(?![:：])")
_RANKS = ("实习", "见习", "特约", "首席", "资深")

# A dateline right after a reporter's name: the place before it is where the story was filed.
_FILED = regex.compile(r"\d{1,2}日(?:\d{1,2}时)?电")


def _without_place(name: str) -> str:
    """``name`` without the place glued after it (张三台北 -> 张三, 李四华盛顿 -> 李四): the
    longest ending of two to three characters that jieba tags a place, two characters
    at least left."""
    from .org_rules import cached_org_rules
    from .wordcut import segmenter

    seg = segmenter(cached_org_rules())
    for n in (3, 2):
        if len(name) - n >= 2 and seg.tag(name[-n:]) == "ns":
            return name[:-n]
    return name


def _holds(text: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold one of ``words``?  (A word's last character
    is looked for first: one character is found much faster than two.)"""
    for word in words:
        if text.find(word[-1], start, end) >= 0 and text.find(word, start, end) >= 0:
            return True
    return False


def _bylines(text: str):
    """``_BYLINE.finditer(text)``, trying only where a role word starts."""
    starts = set()
    for word, char, before in _ROLE_ENDS:
        shift = word.index(char)
        at = text.find(char, shift)
        while at >= 0:
            if text.startswith(word, at - shift):
                starts.add(at - shift)
                if at - shift >= before:
                    starts.add(at - shift - before)
            at = text.find(char, at + 1)
    last_end = 0
    for start in sorted(starts):
        if start >= last_end:
            m = _BYLINE.match(text, start)
            if m:
                yield m
                last_end = m.end()
