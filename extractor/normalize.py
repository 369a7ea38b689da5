"""Raw article text -> matching text, with an exact map back to raw offsets.

Every step is either a one-for-one character substitution (script conversion,
width folding, a lost middle dot, a middle dot for a decimal point) or a deletion (invisible format characters,
pinyin glosses, stray spaces inside numbers, doubled punctuation, and in a text copied from a PDF the
line breaks inside its sentences with the page numbers and running headers between them).  So the map
is just the list of deleted raw ranges: a normalized offset shifts right by the
number of raw characters deleted before it.  That keeps the map small and the
lookup a bisection.
"""
from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

import regex

# Full-width ASCII (U+FF01..U+FF5E) folds to ASCII, except the Chinese comma:
# folding "，" to "," would let a clause break read as a thousands separator
# (1，200 in "增长1，200家企业" is two claims, not 1200).
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if cp != 0xFF0C}
_WIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0x2212: 0x2D, 0xFE50: 0x2C, 0x2014: 0x2014})
# Corner brackets, the quotation marks of traditional-script pages, read as the curly ones
# (對「一帶一路」沿線國家 as 对“一带一路”沿线国家).
_WIDTH.update({0x300C: 0x201C, 0x300D: 0x201D, 0x300E: 0x2018, 0x300F: 0x2019})
_WIDTH_TABLE = str.maketrans({chr(k): chr(v) for k, v in _WIDTH.items()})
_WIDTH_PAIRS = tuple((chr(k), chr(v)) for k, v in _WIDTH.items() if k != v)
_NARROW = dict(_WIDTH_PAIRS)
_WIDE_CHAR = re.compile("[" + "".join(re.escape(wide) for wide in _NARROW) + "]")

# Invisible format characters (zero-width space, BOM, soft hyphen, bidi marks: Unicode
# Cf) that web pages leave anywhere, even inside a number or before a dateline.
_INVISIBLE = regex.compile(r"\p{Cf}+")

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# A gloss is a parenthesised pinyin syllable right after a Han character; it
# must carry a tone mark so that "(de)" or "公司(BYD)" are never taken.
_GLOSS = regex.compile(
    rf"(?<=\p{{Han}})\((?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}\)"
)
# A middle dot typeset as a decimal point (1·5万元, 3·2%, and "?" where that dot was
# lost), told from an event's date (5·12地震, 3·15晚会) by the scale or unit after it.
_DOT_DECIMAL = regex.compile(
    r"(?<=\d)[·•∙・?\ufffd](?=\d+[ \t\u00a0]*(?:[万亿千百兆%‰元倍成]|个百分点|[美欧日英港]元|人民币))")
_DOT_LIKE = re.compile(r"[·•∙・?\ufffd](?<=\d.)\d")  # \d·\d, scanning for the dot
# "?" or U+FFFD standing where a middle dot (or a lost character) was: an encoding that
# lacks the dot writes an ASCII "?" (罗伯特?博世, 新乡?长德).  A full-width "？" is typed,
# a question mark (read before widths fold); so is a "?" after a question word (吗?, 如何?).
_LOST_DOT = regex.compile(
    r"(?<=\p{Han})(?<![吗呢么吧啊呀嘛]|如何|怎样|多少|哪里|哪儿|为何|几何)[?\ufffd](?=\p{Han})")
# Units a number is counted or priced in (whole thousands groups right before one are one number)
_GROUP_UNIT = (r"[万亿千]|元|RMB|HKD|USD|美元|欧元|英镑|日元|港元|港币|澳元|澳币|加元|韩元|卢布|人民币|美金|块|%|％|‰|"
               r"个|家|人|名|位|件|台|辆|株|次|例|户|所|座|套|条|项|份|张|本|部|吨|亩|平方|公里|千克|公斤|股")
# Spaces a PDF copy leaves inside a figure: "1115.2 亿元", "28. 1%", "17 个".
# Also between the characters of a written-out numeral ("一 百 五 十 个 百 分 点",
# "7万 5千"), after a leading sign ("负 1200"), before a k/M suffix ("2.5 M").
_NUMERAL_WORD = "零〇一二两三四五六七八九十百千万亿兆廿卅卌壹贰叁参肆伍陆柒捌玖拾佰仟点分之个成折余多几"
_NUMBER_SPACE = regex.compile(
    # (not after a date or a time: 2026/11/10 财经新闻网, 08:30 来源 are a dateline's fields)
    r"(?<=\d)(?<!(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d:\d\d)[ \t\u00a0]+(?=[%.\p{Han}])(?!年|月|日|[零〇一二两三四五六七八九])"
    r"|(?<=\d\.)[ \t\u00a0]+(?=\d)"
    rf"|(?<=[{_NUMERAL_WORD}])[ \t\u00a0]+(?=[{_NUMERAL_WORD}]|(?<=[十百千万亿之点][ \t\u00a0]+)\d)"
    r"|(?<=(?:^|[^\w.\s])[-−]|(?:^|[^\d.\s])负)[ \t\u00a0]+(?=\d)"
    r"|(?<=\d)[ \t\u00a0]+(?=[kKM](?![A-Za-z\d]))"
    # a space between thousands groups right before a unit (6 000亿元, 注册资本为7 005万元),
    # in a number of five groups at most (so each space looks a bounded way back and on)
    rf"|[ \u00a0](?<=(?<![\d.,]|\d[ \u00a0])\d{{1,3}}(?:[ \u00a0]\d{{3}}){{0,3}}[ \u00a0])"
    rf"(?=\d{{3}}(?:[ \u00a0]\d{{3}}){{0,3}}(?![ \u00a0]?\d)(?:\.\d+)?[ \t]*[多余]?(?:{_GROUP_UNIT}))"
)
# A Chinese comma is a thousands separator only where the typing says so: between
# full-width digit groups (１，２００), before a decimal part (82，225.00), before a group
# starting with 0 (1，000万英镑: no clause starts with 000), after a currency sign
# or code (¥1，013, RMB 3，490, AUD 19，830; not $20，300美圆, which lists a second amount), or in whole groups right
# before a unit (74，077美元, 462，000个, 3，500美元至6，000美元, 1，700多万人);
# a clause that ends on a bare number of one to three digits and opens on one of three
# is far rarer on real pages than a full-width comma typed for a thousands separator.
_GROUP_COMMA = re.compile(r"，(?:(?<=[０-９]，)(?=[０-９]{3}(?![０-９]))|(?<=\d，)(?=\d{3}\.\d|0\d\d(?!\d)))")
# A whole run of groups (some may be converted already: 1,000，500美元), matched from its first
# digit and never from inside a run, so each run is read once: no lookaround that scans a
# run back or forth from every comma in it.
_GROUP_RUN = regex.compile(
    r"(?:[¥$€£￥]|(?<![A-Za-z])(?:RMB|(?<!/)(?:CNY|USD|AUD|CAD|EUR|GBP|JPY|HKD|SGD|NZD|CHF)))[ \t\u00a0]?\d{1,3}(?:[，,]\d{3})++(?!\d)(?![ \t]*[万亿千]?(?:[美欧港日澳加韩]?[元圆]|美金|英镑|卢布))"
    rf"|(?<![\d.,])(?<!\d，)\d{{1,3}}(?:[，,]\d{{3}})++(?:\.\d+)?+(?=[ \t\u00a0]*[多余]?(?:{_GROUP_UNIT}))")
# Where _GROUP_COMMA or _GROUP_RUN can apply at all (\d，\d, written so that re scans for the comma)
_DIGIT_COMMA = re.compile(r"，(?<=\d，)\d")
_DOUBLED_PUNCT = regex.compile(r"(?<=([，。；：、！？,;:!?]))\1+")
# A quick test that _DOUBLED_PUNCT has something to delete (its lookbehind is slow; re runs
# these two plain patterns two to three times faster than regex).
_DOUBLED_ANY = re.compile(r"([，。；：、！？,;:!?])\1")


@dataclass(frozen=True)
class Normalized:
    """Matching text plus the deletions that map it back to ``raw``."""

    raw: str
    text: str
    # Normalized offsets at which a deletion happened, and the total number of
    # raw characters deleted up to and including that point (both ascending).
    _at: list[int] = field(default_factory=list, repr=False)
    _shift: list[int] = field(default_factory=list, repr=False)
    # The article's script, told once here: "traditional" or "simplified" (a simplified
    # article keeps its simplified characters that t2s would rewrite; see ``to_simplified``).
    script: str = field(default="simplified", compare=False)

    def raw_offset(self, i: int) -> int:
        """Raw offset of the normalized character at ``i`` (``i == len`` allowed)."""
        k = bisect.bisect_right(self._at, i)
        return i + (self._shift[k - 1] if k else 0)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` covering normalized ``[start, end)``; deleted
        characters at either edge (a trailing gloss) are left outside."""
        if end <= start:
            s = self.raw_offset(start)
            return s, s
        return self.raw_offset(start), self.raw_offset(end - 1) + 1

    def norm_offset(self, raw_i: int) -> int:
        """Normalized offset of the raw character at ``raw_i`` (inverse of
        ``raw_offset``); a deleted character maps to the next kept one."""
        k = bisect.bisect_right(self._raw_starts, raw_i)
        if not k:
            return raw_i
        before = self._shift[k - 2] if k > 1 else 0  # deleted by earlier deletions
        inside = min(raw_i - self._raw_starts[k - 1], self._shift[k - 1] - before)
        return raw_i - before - inside

    @cached_property
    def _raw_starts(self) -> list[int]:
        # Raw offset where each deletion begins; ascending like ``_at``.
        return [a + (self._shift[k - 1] if k else 0) for k, a in enumerate(self._at)]


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


# Traditional characters OpenCC's t2s leaves as they are, though its s2t writes them
# (澄江 -> 澂江, 昵 -> 暱), and variants Hong Kong and Macau write (衞生署, 汚水): their simplified
# form, one character for one.
_LEFT_TRADITIONAL = {"澂": "澄", "暱": "昵", "衞": "卫", "汚": "污"}
_LEFT_TRADITIONAL_TABLE = str.maketrans(_LEFT_TRADITIONAL)


# Of the characters in the simplified standard (GB2312) that t2s rewrites, as the
# traditional spelling of another word (乾 -> 干 in a name, 坏 -> 坯 in 一坏到底, 覆 -> 复
# in 首批覆盖), those that simplified pages carry over from traditional sources, where
# t2s is right (签约仪式後, 於1970年, 藉此 but 慰藉, 摺叠, 特徵, 夥伴, 什麽, 拚命, 菸草).
_CARRIED_OVER = frozenset("後於藉摺徵夥麽拚菸")
# Characters outside GB2312 that the 2013 standard list keeps for names (毕昇, 陶喆, 王堃), which
# t2s would rewrite (昇 -> 升): a simplified page writes them so.
_NAME_STANDARD = frozenset("昇喆堃")


@lru_cache(maxsize=4096)
def _simplified_standard(c: str) -> bool:
    if c in _NAME_STANDARD:
        return True
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return c not in _CARRIED_OVER


def to_simplified(text: str, simplified: bool = False) -> str:
    """Traditional -> simplified, guaranteed the same length as ``text``.  For the
    text of a ``simplified`` article, only characters outside the simplified standard
    change (its 郑乾 and 覆盖 stay, a quoted 集團 becomes 集团)."""
    converted = _t2s().convert(text)
    if len(converted) != len(text):
        # A phrase rule changed the length: convert character by character so
        # offsets stay aligned (rare, and slower).
        chars = [_t2s().convert(c) for c in text]
        converted = "".join(c if len(c) == 1 else o for c, o in zip(chars, text))
    if any(c in converted for c in _LEFT_TRADITIONAL):  # (``in`` scans far faster than a regex class)
        converted = converted.translate(_LEFT_TRADITIONAL_TABLE)
    return _keep_standard(text, converted) if simplified else converted


def keep_name_characters(text: str, converted: str) -> str:
    """``converted`` (``to_simplified`` of ``text``) with ``text``'s name characters (昇, 喆, 堃) put
    back: a name keeps them in simplified script whatever the article's (俊昇建築 -> 俊昇建筑, as a
    simplified page writes it; t2s reads 昇 as the 升 of running text: 昇華 -> 升华)."""
    if not any(c in text for c in _NAME_STANDARD):
        return converted
    return "".join(o if o in _NAME_STANDARD else c for o, c in zip(text, converted))


def _keep_standard(text: str, converted: str) -> str:
    """``converted`` (t2s of ``text``) with ``text``'s characters of the simplified standard put back."""
    if converted == text:
        return converted
    return "".join(o if c != o and _simplified_standard(o) else c for o, c in zip(text, converted))


_NOT_HAN = regex.compile(r"\P{Han}+")


def is_traditional(text: str) -> bool:
    """True when script conversion changes a noticeable share of Han characters,
    counting only those outside the simplified standard (郑乾 and 覆盖 are simplified)."""
    sample = _NOT_HAN.sub("", text[:4000])
    if not sample:
        return False
    converted = to_simplified(sample, simplified=True)
    if converted == sample:  # the common case, decided without a loop
        return False
    changed = sum(map(operator.ne, sample, converted))
    return changed >= max(2, len(sample) // 50)


def fold_width(text: str) -> str:
    """``text.translate(_WIDTH_TABLE)``, done as one ``replace`` per full-width
    character present (found in one ``re`` scan): several times faster on Chinese
    text, where few of them occur."""
    for wide in set(_WIDE_CHAR.findall(text)):
        text = text.replace(wide, _NARROW[wide])
    return text


# A text copied from a PDF breaks its lines at the page's width, mid-sentence and even
# inside a figure (96.4 / 亿元), and repeats a running header and a page number on each page.
_LINE_END_OK = frozenset("。！？；：!?;:…”’」』）)】]")
_COMMAS = frozenset("，,、")
_GOES_ON_MARKS = "，、。；：％%)）”’."  # marks a line that goes on with the sentence may open with
_LINE_GOES_ON = regex.compile(rf"[\p{{Han}}\d{regex.escape(_GOES_ON_MARKS)}]")
_NEW_ITEM = regex.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．](?!\d)|[①-⑳]")
_PAGE_NUMBER = regex.compile(r"[-—–\s]*(?:第\s*)?\d{1,4}\s*(?:页)?[-—–\s]*")
_HAN_CHARS = regex.compile(r"\p{Han}")
# A line break right after a character that ends no sentence and before one that goes on
# (what every break page_breaks may join looks like, trailing spaces allowed)
_MID_SENTENCE_BREAK = re.compile(rf"[^\n\s{re.escape(''.join(sorted(_LINE_END_OK)))}][ \t]*\n"
                                 rf"(?=[\u4e00-\u9fff\d{re.escape(_GOES_ON_MARKS)}])")
_PDF_MIN_HAN = 8
_SPLIT_FIGURE = regex.compile(r"\d(?:[\d.%万亿千百元个家项人]|百分点)")
_NO_CLAUSE_START = frozenset("的了着们%)”、，。；：")
_PDF_MIN_LINE = 32  # width of a full line of a page (16 Han characters)
_PDF_MIN_BREAKS = 3  # full lines broken mid-sentence before a text is read as a PDF copy
_PDF_WIDTH_SLACK = 8  # a full line is this close to the page's width (four Han characters: digits are narrower)


def page_breaks(text: str) -> list[tuple[int, int]]:
    """The line breaks (and page numbers and repeated running headers) to delete in a
    text copied from a PDF: a break after a full line (as wide as the page's lines, with
    no closing punctuation) before a line that goes on with the sentence.  A text is read
    as such a copy only when at least three full lines of one width break mid-sentence,
    one of them inside a figure or before a character no clause opens with; web pages
    and typed text break at their paragraphs and keep them."""
    if text.count("\n") < _PDF_MIN_BREAKS:
        return []
    # (a quick scan first: most texts have fewer than three breaks mid-sentence at all)
    scan = _MID_SENTENCE_BREAK.finditer(text)
    if sum(1 for _ in itertools.islice(scan, _PDF_MIN_BREAKS)) < _PDF_MIN_BREAKS:
        return []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    first = next((ln.strip() for _, ln in lines if ln.strip()), "")
    furniture = {n for n, (_, ln) in enumerate(lines) if n and ln.strip() and (
        _PAGE_NUMBER.fullmatch(ln) or (ln.strip() == first and len(first) >= 4))}
    # (and the blank lines around them)
    furniture |= {n for n, (_, ln) in enumerate(lines) if not ln.strip() and ({n - 1, n + 1} & furniture)}
    kept = [n for n in range(len(lines)) if n not in furniture]
    breaks = []  # (index in kept, width of the line before the break, whether it ends on a comma)
    for k in range(len(kept) - 1):
        line, after = lines[kept[k]][1].rstrip(), lines[kept[k + 1]][1]
        width = _width(line)
        if (width >= _PDF_MIN_LINE and line[-1] not in _LINE_END_OK and after[:1] and not after[0].isspace()
                and len(_HAN_CHARS.findall(line)) >= _PDF_MIN_HAN  # Chinese prose (not a stylesheet's lines)
                and _LINE_GOES_ON.match(after) and not _NEW_ITEM.match(after)):
            breaks.append((k, width, line[-1] in _COMMAS))
    # (a break after a comma is no proof, as a web page may break its lines there; once the
    # text is read as a PDF copy, a full line ending on a comma is joined too)
    proof = [(k, w) for k, w, comma in breaks if not comma]
    if len(proof) < _PDF_MIN_BREAKS:
        return []
    widths = sorted(w for _, w in proof)
    page = widths[len(widths) // 2]

    def goes_on(k: int) -> bool:  # the line after a break is full too, or ends its paragraph
        after = lines[kept[k + 1]][1].rstrip()
        return after[-1:] in _LINE_END_OK or _width(after) >= page - _PDF_WIDTH_SLACK
    full = [(k, w) for k, w in proof if abs(w - page) <= _PDF_WIDTH_SLACK and goes_on(k)]
    # and one break at least no typed text has: inside a figure (96.4 / 亿元) or before a
    # character no clause opens with (…的 / 的…, 税收 / 收入 is no proof)
    if len(full) < _PDF_MIN_BREAKS or not any(
            _SPLIT_FIGURE.match(lines[kept[k]][1].rstrip()[-1] + lines[kept[k + 1]][1][:2])
            or lines[kept[k + 1]][1][:1] in _NO_CLAUSE_START for k, _ in full):
        return []
    full = [(k, w) for k, w, _ in breaks if abs(w - page) <= _PDF_WIDTH_SLACK and goes_on(k)]
    spans = []
    for k, _ in full:
        # from the end of the full line (its trailing spaces) to the next kept line's start,
        # taking the page's furniture between them
        start = lines[kept[k]][0] + len(lines[kept[k]][1].rstrip())
        spans.append((start, lines[kept[k + 1]][0]))
    return spans


_FOLDED_WIDE = frozenset("():;!?")  # typed full-width on the page, folded here


def _width(line: str) -> int:
    """A line's width on the page: a Han character or a full-width one is two of ASCII's."""
    return 2 * len(line) - sum(c < "\u2e80" and c not in _FOLDED_WIDE for c in line)


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the ascending, disjoint ``spans``."""
    out, last = [], 0
    for s, e in spans:
        out.append(text[last:s])
        last = e
    out.append(text[last:])
    return "".join(out)


def _delete(text: str, pattern: regex.Pattern) -> tuple[str, list[tuple[int, int]]]:
    """Remove every match; return new text and removed ``(start, end)`` ranges."""
    spans = [m.span() for m in pattern.finditer(text)]
    return (_cut(text, spans), spans) if spans else (text, [])


class _Map:
    """Accumulates deletions made on successive versions of the text."""

    def __init__(self) -> None:
        self.deleted: list[tuple[int, int]] = []  # raw ranges, ascending

    def add(self, spans: list[tuple[int, int]], current: Normalized) -> None:
        for s, e in spans:
            rs = current.raw_offset(s)
            re_ = current.raw_offset(e - 1) + 1 if e > s else rs
            # Characters deleted earlier inside [s, e) are already in the map:
            # only raw positions still present count.
            self.deleted.append((rs, re_))
        self.deleted = _merge(self.deleted)

    def build(self, raw: str, text: str) -> Normalized:
        at, shift, total, removed = [], [], 0, 0
        for s, e in self.deleted:
            total += e - s
            at.append(s - removed)
            shift.append(total)
            removed += e - s
        return Normalized(raw, text, at, shift)


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


# A circle written for the zero of a number in Chinese numerals (二○二五年, 二◯二四年同月)
_CIRCLE_ZERO = regex.compile(r"(?<=[一二三四五六七八九〇○◯零])[○◯](?=[〇○◯零一二三四五六七八九]{0,2}年)")


def normalize(raw: str) -> Normalized:
    """Normalize ``raw`` for matching; see the module docstring for the steps."""
    if not isinstance(raw, str):
        raise TypeError(f"expected str, got {type(raw).__name__}")
    text = to_simplified(raw)
    script = "simplified" if text == raw or not is_traditional(raw) else "traditional"
    if script == "simplified":
        text = _keep_standard(raw, text)  # (from the conversion done above: no second t2s pass)
    if "，" in text and _DIGIT_COMMA.search(text):  # (re finds none fast in most articles)
        text = _GROUP_COMMA.sub(",", text)
        text = _GROUP_RUN.sub(lambda m: m.group().replace("，", ","), text)
    if "?" in text or "\ufffd" in text:
        text = _LOST_DOT.sub("·", text)
    if "○" in text or "◯" in text:
        text = _CIRCLE_ZERO.sub("〇", text)  # 二○二五年: a circle for the zero of a year (one character for one)
    text = fold_width(text)
    mapping = _Map()
    current = Normalized(raw, text)
    steps = ((_INVISIBLE, None), (_GLOSS, None), (_NUMBER_SPACE, None), (_DOUBLED_PUNCT, _DOUBLED_ANY))
    for pattern, quick in steps:
        if quick is not None and not quick.search(text):
            continue
        text, spans = _delete(text, pattern)
        if spans:
            mapping.add(spans, current)
            current = mapping.build(raw, text)
    spans = page_breaks(text)  # after the spaces: 96.4 + a line break + 亿元 becomes one figure
    if spans:
        text = _cut(text, spans)
        mapping.add(spans, current)
        current = mapping.build(raw, text)
    if _DOT_LIKE.search(current.text):  # last, when glosses and spaces are gone: 3·2个(wàn)百分点
        current = replace(current, text=_DOT_DECIMAL.sub(".", current.text))
    return replace(current, script=script) if script != "simplified" else current
