"""Rules -> figures: find spans in normalized text, parse exact values, map back.

Group names a rule pattern may use (see rules/numeral.yaml):
``num`` (required), ``num_max`` (upper end of a range), ``mag``/``mag_max``
(a magnitude separated from the number, 20多亿), ``cur``/``cur2``/``cur_pre``
(currency words, looked up in the ``currency_word``/``currency_name`` tables),
``jiao``/``fen`` (sub-units), ``per`` (百分之/千分之/万分之, or ``per_den``: any
denominator, 百万分之), ``num_sign`` (负 before 百分之), ``den``/``whole`` (a
fraction: 五分之一, 一又二分之一), ``mult`` (a multiplier word, looked up in the
``multiplier`` table: 五打 = 60), ``half`` (三成半, 个半: plus one half unit),
``num`` may be empty when small units carry the amount (两毛五), or when an
empty ``one`` group marks an implied 一 (個半 = 1.5).
``unit`` (a classifier), and any ``approx*`` group, whose presence makes the
figure approximate (so does 多/余/几 inside the numeral: 十多万).
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
from dataclasses import dataclass
from decimal import Decimal, Inexact, localcontext

import regex

from .counted import counted_noun
from .normalize import Normalized
from .numeral import parse_number, to_decimal_string
from .records import Figure, Issue
from .rules import Rule, RuleSet, table_fragment
from .window import Scan

MATCH_TIMEOUT = 5.0  # seconds per rule per article; hostile input cannot hang a run
# In percent: per hundred, per mille and per ten thousand, in words or signs.
_PER = {"百分之": Decimal(1), "千分之": Decimal("0.1"), "万分之": Decimal("0.01"),
        "‰": Decimal("0.1"), "‱": Decimal("0.01")}
# A number's magnitude of 万 and above (十/百/千 before it are the number's own digits).
_SECTION_TAIL = regex.compile(r"[万亿兆]+$")
_OWN_MAGNITUDE = regex.compile(r"[十百千万亿兆拾佰仟]+$")
_ONE_DIGIT = regex.compile(r"[1-9一二两三四五六七八九壹贰叁肆伍陆柒捌玖]")
_DIGIT_TENS = regex.compile(r"[1-9一二两三四五六七八九壹贰叁肆伍陆柒捌玖][十百千拾佰仟]")
_HAN = regex.compile(r"\p{Han}")
_CLAUSE_BREAK = regex.compile(r"[，,。；;：:！!？?、\n（()）“”\"]")
# Figures inside a web address (percent-encoding: %20, %2D) are not claims.
_URL = regex.compile(r"(?:https?://|www\.)[!-~]+")
# Nor are they inside a title in 《》: 《天龙八部》, 《101次求婚》, 《大三元》.
_TITLE = regex.compile(r"《[^《》\n]{1,40}》")
_APPROX_IN_NUM = regex.compile(r"[多余几]")
# 约为1350亿美元: "about" before a copula the span leaves out still makes the figure approximate,
# and so does a bound before "only" or a rate's unit (大约只有10%, 成本不到每吨20美元), and
# "about" before a change (约下降13%至26%).
_APPROX_BEFORE = regex.compile(
    r"(?:(?:约|大约|大概|将近|接近|至少|最少|最多)(?:为|是|达|在|有|会有|占到|占|只有|仅有|仅|只)"
    r"|(?:约|大约|大概)(?:下降|下滑|减少|降低|增长|增加|上涨|提高|上升)了?|(?:至少|起码|最起码|最少)(?:要|需要|得)"
    r"|(?:约|约为|大约|大概|不到|不足|低于|少于|超过|高于)每(?:吨|人|户|年|月|天|平方米|公斤|千克|个|次|股|件))[ \u3000]?\Z")
_UNIT_CHARS = frozenset("十百千万亿兆拾佰仟")
_CLAUSE_GOES_ON = frozenset("不那这却而但也还和或与及就才都")
_NUMERAL_CHARS = frozenset("零〇一二两俩三四五六七八九十百千万亿兆壹贰叁参肆伍陆柒捌玖拾佰仟")
# A one- or two-character Chinese numeral that may be part of a word (四川, 一切, 十足).
_LONE_NUMERAL = regex.compile(r"[〇零一二两俩三四五六七八九十壹贰叁参肆伍陆柒捌玖拾]{1,2}")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # normalized offsets
    end: int
    rule: Rule
    match: regex.Match


def find_candidates(text: str, rules: RuleSet, kinds: set[str]) -> tuple[list[Candidate], list[Issue]]:
    """Every match of every rule whose kind is wanted, in normalized offsets."""
    found, issues = [], []
    # Web addresses and titles: no claim starts inside one.
    skipped = [m.span() for m in _URL.finditer(text)] if "://" in text or "www." in text else []
    if "《" in text:
        skipped += [m.span() for m in _TITLE.finditer(text)]
    scan = Scan(text, rules)  # rules that allow it run only on the clauses holding a numeral
    for rule in rules.rules:
        if rule.kind not in kinds:
            continue
        try:
            for start, end, m in scan.matches(rule, timeout=MATCH_TIMEOUT):
                if end > start:
                    found.append(Candidate(start, end, rule, m))
        except TimeoutError:
            issues.append(Issue("W001", 0, 0, "", f"rule {rule.id} timed out; its matches were dropped"))
    if skipped:
        inside = _covered(skipped)
        found = [c for c in found if not inside(c.start)]
    return found, issues


def _covered(spans: list[tuple[int, int]]):
    """A test of whether an offset lies in one of ``spans``: merged and bisected, as a
    long page holds thousands of addresses and titles (no scan of them all per candidate)."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(spans):
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)

    def inside(i: int) -> bool:
        k = bisect.bisect_right(starts, i) - 1
        return k >= 0 and i < ends[k]
    return inside


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then rule priority, then leftmost."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.rule.priority, c.start))
    taken: list[Candidate] = []
    starts: list[int] = []  # the taken spans never overlap: sorted starts and ends suffice
    ends: list[int] = []
    for c in ranked:
        i = bisect.bisect_left(starts, c.end)  # taken spans starting before c ends
        if i and ends[i - 1] > c.start:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


@functools.lru_cache(maxsize=None)
def _group_names(pattern: regex.Pattern) -> frozenset[str]:
    return frozenset(pattern.groupindex)


def _group(m: regex.Match, name: str) -> str | None:
    """The named group, or None when the rule has no such group (most rules name
    only some of jiao, fen, mag, per…; asking first is ten times cheaper than failing)."""
    return m.group(name) if name in _group_names(m.re) else None


def _magnitude(word: str | None) -> Decimal:
    return parse_number(word) if word else Decimal(1)


def _shared_magnitudes(low: str, high: str) -> list[str]:
    """The magnitudes a range's upper end may share with a lower end written without
    one, the likelier first: a 十/百/千 after one digit and its 万/亿 when the lower end
    is one digit too (三至四十 is 30 to 40, 三至五千万 3千万 to 5千万), then the 万/亿
    alone (3至20万, 一百至二百万).  A 十 with no digit before it is the number ten
    (五至十, 五至十五亿)."""
    tail = _SECTION_TAIL.search(high)
    section = tail.group() if tail else ""
    inner = high[:len(high) - len(section)]
    out = [inner[-1] + section] if _ONE_DIGIT.fullmatch(low) and _DIGIT_TENS.fullmatch(inner) else []
    return out + [section] if section else out


def _currency(m: regex.Match, rule: Rule, tables: dict) -> str | None:
    words = tables.get("currency_word", {})
    names = tables.get("currency_name", {})
    # A bare dollar sign before a named dollar says less than the name: $70,000澳币 is AUD.
    pre, after = _group(m, "cur_pre"), _group(m, "cur")
    if pre == "$" and after and words.get(after) not in (None, "CNY"):
        return words[after]
    for name, table in (("cur_pre", names), ("cur2", names), ("cur", words)):
        word = _group(m, name)
        if word:
            return table.get(word) or words.get(word)
    return rule.value.get("currency")


def parse_candidate(c: Candidate, tables: dict) -> tuple[Decimal, Decimal | None, str | None] | None:
    """(value, value_max, currency) of a match, or ``None`` if unresolvable."""
    m, rule = c.match, c.rule
    if _group(m, "pair"):
        return _pair_range(m, rule, tables)
    if rule.value.get("table"):
        # A word with a fixed value (对折 = 50%), looked up in the table the rule names.
        word = tables.get(rule.value["table"], {}).get(m.group("num"))
        value = Decimal(str(word)) if word is not None else None
    elif m.group("num"):
        value = parse_number(m.group("num"))
    elif _group(m, "jiao") or _group(m, "fen") or _group(m, "half"):
        # Only small units (两毛五), or an implied 一 before the unit (個半 = 1.5).
        value = Decimal(1) if "one" in m.re.groupindex and m.group("one") is not None else Decimal(0)
    else:
        return None
    if value is None:
        return None
    if _group(m, "den"):
        # 五分之一, 一百分之二, 负一又二分之一: numerator over denominator, plus a whole part.
        den = parse_number(m.group("den"))
        if not den:
            return None
        with localcontext() as ctx:
            ctx.prec = 60
            ctx.traps[Inexact] = True
            try:
                quotient = value / den
            except Inexact:
                return None  # a repeating fraction (三分之一) has no exact decimal value
        value = quotient
        if _group(m, "whole"):
            whole = parse_number(m.group("whole"))
            if whole is None:
                return None
            value = whole - value if whole < 0 else whole + value
    value *= _magnitude(_group(m, "mag"))
    if _group(m, "mult"):
        value *= Decimal(str(tables.get("multiplier", {}).get(m.group("mult"), 1)))
    high = None
    if _group(m, "num_max"):
        high = parse_number(m.group("num_max"))
        if high is None:
            return None
        high *= _magnitude(_group(m, "mag_max"))
        # 1-3亿元: the magnitude written once, on the upper end, scales both.
        if not (_group(m, "mag") or _group(m, "cur_lo") or _SECTION_TAIL.search(m.group("num"))):
            if _group(m, "mag_max"):
                shared, down = [m.group("mag_max")], m.group("mag_max")
            else:
                shared = _shared_magnitudes(m.group("num"), m.group("num_max"))
                tail = _SECTION_TAIL.search(m.group("num_max"))
                down = tail.group() if tail else None
            # the first that keeps the lower end below the upper; when none does, a bare
            # lower end still takes the 万/亿 (1—0.5万元, written downwards; not the 十 of
            # 三至二十, which is 3 to 20), a 6千 of 6千至1万 keeps its own
            fallback = _magnitude(down) if down and not _OWN_MAGNITUDE.search(m.group("num")) else Decimal(1)
            value *= next((k for k in map(_magnitude, shared) if value * k <= high), fallback)
    for name, scale in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
        part = _group(m, name)
        if part:
            sub = parse_number(part)
            if sub is None:
                return None
            value += sub * scale
    if _group(m, "half"):
        value += Decimal("0.5")
    scale = Decimal(str(rule.value.get("scale", "1")))
    per = _group(m, "per")
    if per:
        scale *= _PER[per]
    if _group(m, "per_den"):
        den = parse_number(m.group("per_den"))
        if not den:
            return None
        scale *= Decimal(100) / den
    if _group(m, "num_sign"):
        value = -value
    value *= scale
    if high is not None:
        high *= scale
    return value, high, _currency(m, rule, tables) if rule.kind == "money" else None


def _pair_range(m: regex.Match, rule: Rule, tables: dict) -> tuple[Decimal, Decimal, str | None]:
    """二三十 (20 to 30), 五六十万 (500000 to 600000): each digit of the pair times the unit
    and the magnitude after it."""
    pair, unit = m.group("pair"), parse_number("一" + m.group("pair_unit"))
    scale = unit * _magnitude(_group(m, "mag")) * Decimal(str(rule.value.get("scale", "1")))
    low, high = (parse_number(d) * scale for d in pair)
    return low, high, _currency(m, rule, tables) if rule.kind == "money" else None


@functools.lru_cache(maxsize=None)
def _approx_groups(pattern: regex.Pattern) -> tuple[str, ...]:
    return tuple(name for name in pattern.groupindex if name.startswith("approx"))


def is_approx(m: regex.Match, rule: Rule) -> bool:
    if rule.value.get("approx"):
        return True
    if _APPROX_IN_NUM.search(m.group("num") or "") or _APPROX_IN_NUM.search(_group(m, "num_max") or ""):
        return True  # 十多万, and 5-10余万 at its upper end
    return any(m.group(name) for name in _approx_groups(m.re))


def shorten(c: Candidate, text: str) -> Candidate | None:
    """A match whose value cannot be read, cut back to the longest match of the same
    rule that ends earlier (百分之七十百分位: 七十百 -> 七十).  Only on failure, and
    only where a unit character is dropped (1e99 is not 1e9, 二三十 is not 二三), and
    by at most two characters (a longer unreadable run is not a number cut short)."""
    for end in range(c.end - 1, max(c.start, c.end - 3), -1):
        if text[end] not in _UNIT_CHARS:
            continue
        m = c.rule.pattern.match(text, c.start, end, timeout=MATCH_TIMEOUT)
        if m and m.end() == end:
            return Candidate(m.start(), m.end(), c.rule, m)
    return None


def is_word_part(text: str, c: Candidate, measure: regex.Pattern) -> bool:
    """A bare one- or two-character Chinese numeral glued to a following Han
    character that is not a measure word belongs to a word: 四川, 一切, 十足."""
    if c.rule.kind != "number" or c.match.group() != c.match.group("num"):
        return False
    if not _LONE_NUMERAL.fullmatch(c.match.group("num")):
        return False
    nxt = text[c.end:c.end + 1]
    if not nxt or not _HAN.match(nxt) or nxt in _NUMERAL_CHARS or measure.match(text, c.end):
        return False
    # After a copula, and before a word that goes on with the clause, the numeral
    # stands alone: 答案是四不是五, 这是五那是四 (but 去的是四川).
    return not (text[c.start - 1:c.start] in ("是", "为") and nxt in _CLAUSE_GOES_ON)


def is_decline(text: str, start: int, end: int, decline: tuple[regex.Pattern, regex.Pattern]) -> bool:
    """True when a decline verb governs the figure at ``[start, end)``: before it
    (下降30.6%, 降幅为5%), or as the noun it measures (出现8.6%的下滑, 3%的负增长)."""
    before, after = decline
    return before.search(text, max(0, start - 30), start) is not None or after.match(text, end) is not None


def build_figures(
    norm: Normalized, rules: RuleSet, kinds: set[str], doc_id: str | None = None,
    quantities: bool = False,
) -> tuple[list[Figure], list[Issue]]:
    """All figures of ``kinds`` in an article, in raw offsets, in text order.

    ``quantities``: also the numbers a unit of measure follows (吞吐量3.05亿吨), kind
    ``number``, though ``number`` is not among ``kinds``: what a growth after one
    measures is the quantity's measure (…3.05亿吨，同比增长7.6%).  Their ids are
    ``q1``, ``q2``…, so that the caller can leave them out of what it emits."""
    aside = quantities and "number" not in kinds
    candidates, issues = find_candidates(norm.text, rules, kinds)
    if aside:
        candidates += quantity_candidates(norm.text, rules)
    decline = _decline_pattern(rules)
    measure = _measure_pattern(rules)
    figures: list[Figure] = []
    dollar_yuan = None  # (end, currency) of the last 港币…元 amount: a 元 after it in its sentence is its 元
    bare_yuan: list[tuple[int, int]] = []  # the amounts in 元 with no currency named (index in figures, start)
    named: str | None = None  # the first currency named with an amount
    count_before: tuple[int, str | None] | None = None  # (normalized end, of) of the last count
    for c in select(candidates):
        parsed = parse_candidate(c, rules.tables)
        if parsed is None:
            short = shorten(c, norm.text)
            parsed = parse_candidate(short, rules.tables) if short else None
            c = short if parsed is not None else c
        if is_word_part(norm.text, c, measure):
            continue
        rs, re_ = norm.raw_span(c.start, c.end)
        surface = norm.raw[rs:re_]
        kind = c.rule.kind
        if parsed is None:
            if not (aside and kind == "number"):
                issues.append(Issue("W002", rs, re_, surface,
                                    f"unparsed_span: rule {c.rule.id} matched but the value cannot be read"))
            continue
        value, high, currency = (_canonical(parsed[0]), _canonical(parsed[1]), parsed[2])
        if currency and c.rule.value.get("currency") and not _group(c.match, "cur"):
            currency = _currency_before(norm.text, c.start, rules.tables) or currency
        reach = c.rule.value.get("after_money")
        if reach:
            before = _money_before(figures, norm.raw, rs, int(reach))
            if before is None:
                continue
            currency = before
        if kind == "money" and currency == "CNY" and _group(c.match, "cur") == "元" and not _group(c.match, "cur_pre"):
            bare_yuan.append((len(figures), c.start))
        elif kind == "money" and named is None:
            named = currency
        if kind == "money":
            if currency in _YUAN_NAMED and _group(c.match, "cur_pre") and _group(c.match, "cur") == "元":
                dollar_yuan = (c.end, currency, True)  # 港币86.42亿元: a bare 元 after it is the same money
            elif currency in _YUAN_NAMED and rules.tables.get("currency_word", {}).get(_group(c.match, "cur")) == currency:
                # 387,562百萬港元，較去年同月的359,410百萬元: only a value it is compared with (目标价18港元，
                # …利润20.81亿元 may be a mainland firm's yuan)
                dollar_yuan = (c.end, currency, False)
            elif currency == "CNY" and _group(c.match, "cur") == "元" and not _group(c.match, "cur_pre") \
                    and dollar_yuan and _same_sentence(norm.text, dollar_yuan[0], c.start) \
                    and ((dollar_yuan[2] and len(_CLAUSE_MARK.findall(norm.text, dollar_yuan[0], c.start)) <= 1)
                         or _COMPARED_BEFORE.search(norm.text, max(0, c.start - 12), c.start)):
                # 港币86.42亿元，较去年同期的76.89亿元: the 港币 is not said twice (nor for a bare 元
                # in the clause after; but 捐赠港币300万元，保险公司…，赔款合计632.5万元 is another's yuan)
                currency = dollar_yuan[1]
                dollar_yuan = (c.end, currency, dollar_yuan[2])
        of = None
        if kind == "count":
            of = counted_noun(norm.text, c.start, c.end, rules)
            if of is None and count_before and count_before[0] == c.start - 1 and norm.text[c.start - 1] in _PAIR_JOINERS:
                of = count_before[1]  # 脱贫户和监测户4,318户、13,702人: a bare count paired with the one before
            count_before = (c.end, of)
        figures.append(Figure(
            id=f"q{len(figures) + 1}" if aside and kind == "number" else f"f{len(figures) + 1}",
            kind=kind,
            text=surface,
            start=rs,
            end=re_,
            value=value,
            value_max=high,
            currency=currency,
            unit=c.rule.value.get("unit") or _group(c.match, "unit"),
            approx=(is_approx(c.match, c.rule)
                    or _APPROX_BEFORE.search(norm.text, max(0, c.start - 6), c.start) is not None),
            # (a written minus is in the value already: 亏损分别为-2.86亿元 is not negative twice)
            negative=value >= 0 and is_decline(norm.text, c.start, c.end, decline),
            of=of,
            rule=c.rule.id,
        ))
    if named == "TWD" or (named == "MOP" and (norm.script == "traditional" or _macau_report(norm.text))):
        # Taiwan's and Macau's press name their dollar with the first amount (a headline may go
        # before it) and then write 元 alone: 新台幣23.6億元…加計7月營收22.92億元, until an amount
        # in 人民币 makes 元 ambiguous (not a mainland report's 45.26亿元…2,380万美元…2.1亿新台币,
        # whose first currency named is another, nor a Zhuhai report's 澳门元 in simplified script)
        yuan = _YUAN_NAMED_CNY.search(norm.text)
        for k, start in bare_yuan:
            if figures[k].currency == "CNY" and (yuan is None or start < yuan.start()):
                figures[k] = dataclasses.replace(figures[k], currency=named)
    return figures, issues


_PAIR_JOINERS = frozenset("、和及与")
_SENTENCE_START = regex.compile(r"[。！？!?\n]", flags=regex.REVERSE)
_AMOUNT_FLOOR = Decimal(10) ** 7  # 千万: the scale of amounts a bare 亿 stands among


def _money_before(figures: list[Figure], raw: str, start: int, reach: int) -> str | None:
    """The currency of the last amount of at least 千万 that ends no more than ``reach``
    characters before ``start`` in its paragraph, if there is one (raw offsets)."""
    for f in reversed(figures):
        if start - f.end > reach:
            return None
        if f.kind == "money" and f.value >= _AMOUNT_FLOOR:
            return None if "\n" in raw[f.end:start] else f.currency
    return None


_YUAN_NAMED_CNY = regex.compile(r"人民币|RMB|CNY")
# Macau's own bodies, which a Zhuhai or Hengqin report in simplified script may name too
_MACAU_BODY = regex.compile(r"特区政府|特别行政区政府|统计暨普查局|经济及科技发展局|博彩监察协调局|金融管理局")
_ZHUHAI = regex.compile(r"珠海|横琴")


def _macau_report(text: str) -> bool:
    """Is a text in simplified script Macau's own report (澳门特区政府经济及科技发展局…公布), not
    Zhuhai's: it names Macau's bodies, and neither Zhuhai nor Hengqin?"""
    return _MACAU_BODY.search(text) is not None and _ZHUHAI.search(text) is None
_CLAUSE_MARK = regex.compile(r"[，,；;]")
# Currencies whose unit is also written 元 after their name (港币3.14元, 新台币500元, 澳门币20元).
_YUAN_NAMED = frozenset({"HKD", "TWD", "MOP"})
_YUAN_REACH = 40
_COMPARED_BEFORE = regex.compile(r"(?:较|比)\p{Han}{0,8}的\s*$")


def _same_sentence(text: str, end: int, start: int) -> bool:
    return start - end <= _YUAN_REACH and _SENTENCE_START.search(text, end, start) is None


_CURRENCY_CACHE: dict[int, regex.Pattern] = {}


def _currency_before(text: str, start: int, tables: dict) -> str | None:
    """The currency an amount written without one shares with the amount just
    before it in its sentence (单馆12500美元，成本5200万: dollars): the last
    currency word within 40 characters, if it is not the yuan the rule assumes."""
    words = tables.get("currency_word", {})
    key = id(words)
    if key not in _CURRENCY_CACHE:
        _CURRENCY_CACHE[key] = regex.compile(table_fragment(words) if words else "(?!)", flags=regex.REVERSE)
    floor = max(0, start - 40)
    stop = _SENTENCE_START.search(text, floor, start)
    m = _CURRENCY_CACHE[key].search(text, stop.end() if stop else floor, start)
    currency = words.get(m.group()) if m else None
    return currency if currency and currency != "CNY" else None


def _canonical(value: Decimal | None) -> Decimal | None:
    """2273500000.000 -> 2273500000: same number, no scale left over from arithmetic."""
    return None if value is None else Decimal(to_decimal_string(value))


_DECLINE_CACHE: dict[int, tuple[regex.Pattern, regex.Pattern]] = {}
_MEASURE_CACHE: dict[int, regex.Pattern] = {}
_QUANTITY_CACHE: dict[int, tuple[regex.Pattern, Rule | None]] = {}


def quantity_candidates(text: str, rules: RuleSet) -> list[Candidate]:
    """Numbers a unit of measure follows (rules/relate.yaml ``quantity_unit``), found from
    the units back: the number rule (``number.any.numeral``) run over the text before
    each unit that a numeral ends at, not over the whole text as for numbers asked for."""
    key = id(rules)
    if key not in _QUANTITY_CACHE:
        words = sorted(rules.context.get("quantity_unit") or [], key=len, reverse=True)
        rule = next((r for r in rules.rules if r.id == "number.any.numeral"), None)
        _QUANTITY_CACHE[key] = (regex.compile("|".join(regex.escape(w) for w in words) or "(?!)"), rule)
    units, rule = _QUANTITY_CACHE[key]
    found: list[Candidate] = []
    if rule is None:
        return found
    for u in units.finditer(text):
        end = u.start() - 1 if text[u.start() - 1:u.start()] == " " else u.start()
        if end <= 0 or not (text[end - 1].isdigit() or text[end - 1] in _NUMERAL_CHARS or text[end - 1] in "余多几"):
            continue
        last = None
        try:
            for m in rule.pattern.finditer(text, max(0, end - _QUANTITY_REACH), end, timeout=MATCH_TIMEOUT):
                last = m
        except TimeoutError:  # (never seen in 40 characters; a quantity is only context)
            continue
        if last is not None and last.end() == end and last.end() > last.start():
            found.append(Candidate(last.start(), end, rule, last))
    return found


_QUANTITY_REACH = 40  # characters a number before its unit may take (1,234,567,890.12万)


def _measure_pattern(rules: RuleSet) -> regex.Pattern:
    key = id(rules)
    if key not in _MEASURE_CACHE:
        words = sorted(rules.context.get("measure_word", []), key=len, reverse=True)
        _MEASURE_CACHE[key] = regex.compile("|".join(regex.escape(w) for w in words) or "(?!)")
    return _MEASURE_CACHE[key]


def _decline_pattern(rules: RuleSet) -> tuple[regex.Pattern, regex.Pattern]:
    """(the decline before a figure, the decline after it)."""
    key = id(rules)
    if key not in _DECLINE_CACHE:
        words = sorted(rules.context.get("decline", []), key=len, reverse=True)
        alt = "|".join(regex.escape(w) for w in words) or "(?!)"
        # The verb, then at most a few filler characters, then the figure; 下降至
        # (fell *to*) states a level, not a change.
        # (a PDF or web copy may leave a space before the figure: 同比减少 16.87%); the verb
        # may govern a list (分别下降54%和40%) or a risk or cost it cuts (减少死亡风险33%)
        cut = r"(?:了?\p{Han}{0,4}(?:风险|成本|开支|能耗|排放|概率|几率|发生率|死亡率|库存))?"
        filler = (r"(?:了|约为|约|近|为|是|在|分别为|分别|幅度为|幅度达|(?<=[幅损跌降])[将更已]?达到了?|(?<=[幅损])(?:已经?|将)达?|将达|高达|"
                  r"(?<=损)扩大[为至到]|达|逾|超过)?[ \u3000\u00a0]?")
        # (and counts: 分别比上年末减少9家、4家)
        listed = (r"(?:[-\d.]+(?:%|个百分点|[万亿]*(?:美元|元|港元|欧元|日元|英镑|人次|[个家项户人名位所件条座台辆套笔只艘场批]))?"
                  r"\s?[、和及与]\s?){0,4}")
        # (not 空降; 减少为8个, 降为33% name the level reached, but 降幅为 and 亏损为 the decline;
        # 净亏损在2300万美元至3300万美元之间 too)
        before = regex.compile(rf"(?<!空)(?:{alt})(?!至|到|(?<![幅损])为){cut}{filler}{listed}\Z")
        # 8.6%的下滑, 12%的跌幅: the figure measures the decline named after it (two-character
        # words only: 30%的降水 is rain).
        verbs_only = set(rules.context.get("decline_verbs_only", []))
        nouns = "|".join(regex.escape(w) for w in words if len(w) > 1 and w not in verbs_only) or "(?!)"
        after = regex.compile(rf"(?:左右)?的(?:{nouns})")
        _DECLINE_CACHE[key] = (before, after)
    return _DECLINE_CACHE[key]
