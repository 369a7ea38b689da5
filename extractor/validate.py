"""Relations -> checks: compute what the numbers say, compare with what the text reports.

Tolerance is interval arithmetic on what was written.  An operand written with
decimals stands for the interval of half a unit of its last digit either side
(22.735亿 is [22.7345亿, 22.7355亿]); integers and counts are exact.  A reported
rate always stands for its rounding interval (114.82% is [114.815, 114.825];
110% is [109.5, 110.5]), since a rate is by nature a rounded quotient.  A check is
``consistent`` when the computed interval meets the reported one, ``inconsistent``
when it does not, and ``unverifiable`` (with a reason) when an operand is
missing, in another currency, or approximate without a bound (约, 左右).  A range
(5亿至8亿) is its interval, and a bounded approximation is open on one side:
不超过7.4亿 is at most 7.4亿, 逾200家 at least 200.  Never raises.
"""
from __future__ import annotations

import dataclasses
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import lru_cache

import regex

from .normalize import normalize
from .numeral import to_decimal_string
from .records import Check, Figure
from .reasons import reason_zh
from .relate import Relation

_WRITTEN = regex.compile(r"\d+(?:,\d{3})*(?:\.(\d+))?")
_CHINESE_DECIMALS = regex.compile(r"点([零〇一二三四五六七八九]+)")
_HUNDRED = Decimal(100)
_HALF = Decimal("0.5")
_TEN_THOUSAND = Decimal(10000)
_INFINITY = Decimal("Infinity")


# The reason a consistent check gives when its operands were read from the context.
INFERRED = "operands read from the context, not tied by the text: they confirm the claim, a mismatch would not refute it"


RANGE_INFERRED = "a range among operands read from the context: it agrees with too much to confirm them"


# The reason a breakdown gives when its total was read because the share of one of its parts
# agrees with it (Relation.confirmed): the parts test it, but the claim stands only while that share agrees.
CONFIRMED_TOTAL = "the total read from the context, where the share of one of the parts agrees with it"


class Unverifiable(Exception):
    """An operand that cannot be bounded; the message is the reason."""


@lru_cache(maxsize=4096)
def _normalized(text: str) -> str:
    """A figure's text normalized: asked for several times per check."""
    return normalize(text).text


def written_number(f: Figure) -> tuple[Decimal, int | None]:
    """The number as written in the figure's text (normalized digits) and its
    decimal places; ``None`` places when an amount is written in Chinese numerals."""
    text = _normalized(f.text)
    m = _WRITTEN.search(text)
    if not m:
        if f.kind not in ("percent", "percentage_point"):
            return f.value, None
        # 百分之十二点九 is written to one decimal place as 12.9% is, 百分之十八 to none;
        # 八成 in tens (a rate's written number is its value, or a tenth of it in 成)
        point = _CHINESE_DECIMALS.search(text)
        written = f.value / 10 if text.endswith("成") else f.value
        return written, (len(point.group(1)) if point else 0)
    return Decimal(m.group().replace(",", "")), len(m.group(1) or "")


def _written_interval(f: Figure, value: Decimal, rate: bool, measured: bool = False) -> tuple[Decimal, Decimal]:
    """Half a unit of the last written digit either side, scaled like the value (亿, 万…).

    An integer is exact, unless ``measured`` (an amount reported, not a target or a
    count of a list) and written with 万 or 亿: then it was rounded like a decimal, one
    of three digits or more ending in 0 to tens of its unit, and one of one digit to a
    tenth (4690万部 stands for 4685万 to 4695万; 60亿 for 59.5亿 to 60.5亿; 7亿 for 6.95亿
    to 7.05亿: 运营利润为7亿美元，比上年的26亿美元下滑72% is no error; 1亿 for 1亿 give or
    take 0.05亿, not 1.4亿)."""
    written, places = written_number(f)
    if places is None or (places == 0 and not rate and not measured):
        return value, value
    scale = abs(f.value / written) if written else Decimal(1)
    if places == 0 and not rate:
        if scale < _TEN_THOUSAND:
            return value, value
        digits = str(abs(int(written)))
        # (one digit is read as written to one decimal place: 7亿 is 6.95亿 to 7.05亿, not 7.4亿)
        if len(digits) >= 3 and digits.endswith("0"):
            unit = Decimal(10)
        else:
            unit = Decimal("0.1") if len(digits) == 1 else Decimal(1)
        half = _HALF * unit * scale
        return value - half, value + half
    half = _HALF * Decimal(10) ** -places * scale
    return value - half, value + half


def _overlaps(lo: Decimal, hi: Decimal, r_lo: Decimal, r_hi: Decimal) -> bool:
    """Do the computed [lo, hi] and the reported [r_lo, r_hi] share a value?  A figure rounded
    half up stands for [v - h, v + h): two such intervals that only touch share none (1.32 +
    0.29 + 0.27 is 1.865 at the least, which 1.86 falls short of).  An exact value, an interval
    of one point, is read as closed: it may sit on the other's end."""
    if lo == hi or r_lo == r_hi:
        return lo <= r_hi and r_lo <= hi
    return lo < r_hi and r_lo < hi


def _bound(f: Figure, context: dict) -> str | None:
    """"upper" (不超过, 近), "lower" (逾, 以上, 余) or None (约, 左右: no bound)."""
    text = _normalized(f.text)
    for side in ("upper", "lower"):
        if any(w in text for w in context.get(f"approx_{side}", ())):
            return side
    return None


def figure_interval(f: Figure, rate: bool = False, context: dict | None = None,
                    measured: bool = False, end: str | None = None) -> tuple[Decimal, Decimal]:
    """[low, high] that the written figure stands for; a bound is open on one side.
    ``measured``: see _written_interval.  ``end``: of a range, the interval of its
    "low" or "high" end alone (of a figure that is no range, the whole)."""
    value = -f.value if (f.negative and rate) else f.value
    if f.value_max is not None:  # a range: from the low end's low to the high end's high
        high = -f.value_max if (f.negative and rate) else f.value_max
        lo, hi = sorted((value, high))
        if end is not None:
            return _written_interval(f, lo if end == "low" else hi, rate)
        return _written_interval(f, lo, rate)[0], _written_interval(f, hi, rate)[1]
    lo, hi = _written_interval(f, value, rate, measured)
    if not f.approx:
        return lo, hi
    side = _bound(f, context or {})
    if side is None or rate and f.negative:
        raise Unverifiable(f"{f.text} is approximate")
    floor = Decimal(0) if value >= 0 else _INFINITY.copy_negate()
    return (floor, hi) if side == "upper" else (lo, _INFINITY)


def _divide(lo_n: Decimal, hi_n: Decimal, lo_d: Decimal, hi_d: Decimal) -> tuple[Decimal, Decimal]:
    """The interval of n / d.  A divisor open on one side (逾1800人) drives a quotient
    towards 0 without a bound it reaches: that end of the quotient stays open."""
    if lo_d <= 0 <= hi_d:
        raise Unverifiable("the divisor may be zero")
    if not (lo_n.is_finite() and hi_n.is_finite() and lo_d.is_finite() and hi_d.is_finite()):
        if not (lo_n.is_finite() and hi_n.is_finite()) and not (lo_d.is_finite() and hi_d.is_finite()):
            raise Unverifiable("both operands are only bounded (逾, 不到…): their ratio has no bound")
        quotients = [(a / b, not b.is_finite()) for a in (lo_n, hi_n) for b in (lo_d, hi_d)]
        (lo, lo_open), (hi, hi_open) = min(quotients), max(quotients)
        return (-_INFINITY if lo_open else lo), (_INFINITY if hi_open else hi)
    quotients = [a / b for a in (lo_n, hi_n) for b in (lo_d, hi_d)]
    return min(quotients), max(quotients)


def _compute(rel: Relation, by_id: dict[str, Figure], context: dict,
             end: str | None = None, exact: bool = False) -> tuple[str, Decimal, Decimal, Decimal]:
    """(check kind, reported value, computed low, computed high); ``end``: with every
    range among the operands read at its "low" or "high" end; ``exact``: with every
    operand taken as written, no rounding interval (low and high are then equal)."""
    ops = [by_id[i] for i in rel.inputs]

    # Growth and share operands are amounts as reported (rounded); a completion's target
    # and a breakdown's parts are taken as written.
    measured = rel.kind in ("growth", "share", "change")

    def bounds(f: Figure) -> tuple[Decimal, Decimal]:
        if exact:
            value = f.value_max if end == "high" and f.value_max is not None else f.value
            return value, value
        return figure_interval(f, context=context, measured=measured, end=end)

    currencies = {f.currency for f in ops if f.kind == "money"}
    if len(currencies) > 1:
        raise Unverifiable(f"operands in different currencies ({', '.join(sorted(currencies))})")
    if rel.kind == "breakdown":
        total = by_id[rel.total]
        pledged = _pledged_sum(ops, total)
        parts = [bounds(dataclasses.replace(p, approx=False) if pledged else p) for p in ops]
        return "sum", total.value, sum(p[0] for p in parts), sum(p[1] for p in parts)
    rate = by_id[rel.reported]
    if rel.kind == "points":
        return ("difference", *_points(rel, ops, rate, exact))
    if rel.kind == "change":  # current - previous, against the change stated (净增173家, 减少0.37亿元)
        (c_lo, c_hi), (p_lo, p_hi) = bounds(ops[0]), bounds(ops[1])
        return "difference", (-rate.value if rel.mode.startswith("down") else rate.value), c_lo - p_hi, c_hi - p_lo
    reported = -rate.value if rate.negative else rate.value
    if rel.kind in ("completion", "share"):
        (n_lo, n_hi), (d_lo, d_hi) = bounds(ops[0]), bounds(ops[1])
        if rel.kind == "completion" and ops[1].role == "target" and not ops[1].approx and ops[1].value_max is None:
            d_lo = d_hi = ops[1].value  # a target is set as written (年度目标6.5亿元), not rounded
        lo, hi = _divide(n_lo, n_hi, d_lo, d_hi)
        return "ratio", reported, lo * _HUNDRED, hi * _HUNDRED
    current = bounds(ops[0])
    other = bounds(ops[1])
    if rel.mode.startswith("annual"):  # 由X增加到Y，年均增长p%: the rate compounded over the years
        root = Decimal(1) / int(rel.mode.split()[1])
        lo, hi = _divide(current[0], current[1], other[0], other[1])
        if lo < 0:
            raise Unverifiable("the values change sign")
        return "growth", reported, (lo ** root - 1) * _HUNDRED, (hi ** root - 1) * _HUNDRED
    if rel.mode in ("previous", "inferred"):  # a growth read from the context is read from a previous value
        lo, hi = _divide(current[0], current[1], other[0], other[1])
        return "growth", reported, (lo - 1) * _HUNDRED, (hi - 1) * _HUNDRED
    # The change is stated: previous = current - change (a decline adds it back).
    sign = -1 if (ops[1].negative or rate.negative) else 1
    change_lo, change_hi = (other if sign > 0 else (-other[1], -other[0]))
    prev = (current[0] - change_hi, current[1] - change_lo)
    lo, hi = _divide(change_lo, change_hi, prev[0], prev[1])
    return "growth", reported, lo * _HUNDRED, hi * _HUNDRED


# 净利润分别不低于6,000万元、7,200万元和8,500万元，三年合计2.17亿元: bounds a promise sets.
_PLEDGE = ("不低于", "不少于", "不超过", "不高于")


def _pledged_sum(parts: list[Figure], total: Figure) -> bool:
    """A plain total stated after parts that are a promise's bounds: it sums the bounds
    as written, so they are read as their values."""
    bounded = [p for p in parts if p.approx]
    return bool(bounded) and not total.approx and total.value_max is None \
        and all(p.end <= total.start for p in parts) \
        and all(_normalized(p.text).startswith(_PLEDGE) for p in bounded)


def _ends_status(rel: Relation, by_id: dict[str, Figure], rate: Figure, context: dict) -> str:
    """A range of rates computed from a range (营收50亿至54亿元，增长12%至21%): each end
    of the rates must be what one end of the operands gives, not merely overlap them."""
    computed = [_compute(rel, by_id, context, end)[2:] for end in ("low", "high")]
    stated = [figure_interval(rate, rate=True, context=context, end=end) for end in ("low", "high")]

    def meets(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
        return a[0] <= b[1] and b[0] <= a[1]

    # (an operand in the divisor turns its low end into the rates' high one)
    paired = meets(computed[0], stated[0]) and meets(computed[1], stated[1])
    crossed = meets(computed[0], stated[1]) and meets(computed[1], stated[0])
    return "consistent" if paired or crossed else "inconsistent"


def _points(rel: Relation, ops: list[Figure], change: Figure, exact: bool = False) -> tuple[Decimal, Decimal, Decimal]:
    """(reported change, computed low, computed high) in percentage points, signed by
    the verb (提高 +, 回落 -): current rate - previous rate, or for a decline that
    narrows or widens (降幅收窄, 扩大) the difference of their magnitudes."""
    direction = rel.mode.split()[0]
    (c_lo, c_hi), (p_lo, p_hi) = ((_signed(f), _signed(f)) if exact else figure_interval(f, rate=True) for f in ops)
    if direction in ("narrower", "wider"):
        (c_lo, c_hi), (p_lo, p_hi) = _magnitude(c_lo, c_hi), _magnitude(p_lo, p_hi)
    sign = -1 if direction in ("down", "narrower") else 1
    return sign * abs(change.value), c_lo - p_hi, c_hi - p_lo


def _signed(f: Figure) -> Decimal:
    """A rate's value with the sign its decline verb gives (下降3% is -3)."""
    return -f.value if f.negative else f.value


def _magnitude(lo: Decimal, hi: Decimal) -> tuple[Decimal, Decimal]:
    """The interval of |x| for x in [lo, hi]."""
    if lo >= 0:
        return lo, hi
    if hi <= 0:
        return -hi, -lo
    return Decimal(0), max(-lo, hi)


def _points_interval(change: Figure, reported: Decimal) -> tuple[Decimal, Decimal]:
    """The rounding interval of a pp change, signed as the claim reads."""
    lo, hi = figure_interval(dataclasses.replace(change, negative=False), rate=True)
    return (lo, hi) if reported >= 0 else (-hi, -lo)


def _fmt(value: Decimal, places: int | None) -> str:
    """``value`` rounded to ``places`` decimals (``None``: exact)."""
    if places is None:
        return to_decimal_string(value)
    return to_decimal_string(value.quantize(Decimal(10) ** -places if places else Decimal(1), rounding=ROUND_HALF_UP))


# Stands for "to" between the ends of a range in an explanation, until the language is known.
_TO = "\x00"


def _shown(lo: Decimal, hi: Decimal, point, places: int | None) -> str:
    """The computed value for a person: what the written numbers give (0.4 / (3.2 -
    0.4) = 14.3%, where the middle of the interval would be 14.4%), both ends when
    the operands hold a range (17 to 31.62), or the bound when one side is open (a
    part written 逾200个 makes a sum of at least …)."""
    if not (lo.is_finite() and hi.is_finite()):
        return f"≥ {_fmt(lo, places)}" if lo.is_finite() else f"≤ {_fmt(hi, places)}"
    if isinstance(point, tuple):
        low, high = sorted(point)
        return _fmt(low, places) if low == high else f"{_fmt(low, places)}{_TO}{_fmt(high, places)}"
    return _fmt((lo + hi) / 2 if point is None else point, places)


def _point(rel: Relation, by_id: dict[str, Figure], context: dict):
    """The computed value from the operands as written: one value, or the values at
    the low and the high ends when an operand is a range; None when it cannot be computed."""
    ranged = any(by_id[i].value_max is not None for i in rel.inputs)
    try:
        if not ranged:
            return _compute(rel, by_id, context, exact=True)[2]
        return tuple(_compute(rel, by_id, context, end=end, exact=True)[2] for end in ("low", "high"))
    except (Unverifiable, ArithmeticError):
        return None


def _scale(f: Figure) -> Decimal:
    written = written_number(f)[0]
    return f.value / written if written else Decimal(1)


def _explain(kind: str, rel: Relation, by_id: dict[str, Figure], lo: Decimal, hi: Decimal, reported: Decimal,
             point) -> tuple[str, str]:
    ids = list(rel.inputs) + ([rel.total] if rel.total else [])
    same_scale = len({_scale(by_id[i]) for i in ids}) == 1

    def shown(fid):
        # Numbers as written when every operand shares one scale (22.735 / 19.8),
        # else whole values (98635000 / 107000000); a range with both its ends.
        f = by_id[fid]
        low = to_decimal_string(written_number(f)[0] if same_scale else f.value)
        if f.value_max is None:
            return low
        return f"({low}{_TO}{to_decimal_string(f.value_max / _scale(f) if same_scale else f.value_max)})"

    zh, en = _explained(kind, rel, by_id, lo, hi, reported, point, shown, same_scale)
    return zh.replace(_TO, "至"), en.replace(_TO, " to ")


def _explained(kind: str, rel: Relation, by_id: dict[str, Figure], lo: Decimal, hi: Decimal, reported: Decimal,
               point, shown, same_scale: bool) -> tuple[str, str]:
    """_explain's sentences, with _TO between the ends of a range."""
    if kind == "sum":
        lhs = " + ".join(shown(i) for i in rel.inputs)
        scale = _scale(by_id[rel.total]) if same_scale else Decimal(1)
        scaled = tuple(p / scale for p in point) if isinstance(point, tuple) else None if point is None else point / scale
        total, mid = shown(rel.total), _shown(lo / scale, hi / scale, scaled, None)
        return f"{lhs} = {mid}（报告总数 {total}）", f"{lhs} = {mid} (reported total {total})"
    places = written_number(by_id[rel.reported])[1] or 0
    mid = _shown(lo, hi, point, places)
    rep = rep_en = to_decimal_string(reported)
    rate = by_id[rel.reported]
    if rate.value_max is not None:  # a range of rates (增长12%至21%): both ends, as the text gives them
        high = to_decimal_string(-rate.value_max if reported < 0 else rate.value_max)
        rep, rep_en = f"{rep}至{high}", f"{rep} to {high}"
    if rel.kind == "change":
        return _change_explained(rel, by_id, lo, hi, reported, point)
    if kind == "difference":
        signed = [_signed(by_id[i]) for i in rel.inputs]
        if rel.mode.split()[0] in ("narrower", "wider"):  # a decline's magnitude: |-2.6| - |-3.7|
            a, b = (f"|{to_decimal_string(v)}|" for v in signed)
        else:
            a, b = (to_decimal_string(v) for v in signed)
        return (f"{a} - {b} = {mid}个百分点（报告 {rep}个百分点）",
                f"{a} - {b} = {mid} pp (reported {rep_en} pp)")
    if kind == "ratio":
        a, b = (shown(i) for i in rel.inputs)
        return f"{a} / {b} = {mid}%（报告 {rep}%）", f"{a} / {b} = {mid}% (reported {rep_en}%)"
    a, b = (shown(i) for i in rel.inputs)
    if rel.mode.startswith("annual"):
        formula = f"({a} / {b})^(1/{rel.mode.split()[1]}) - 1"
    elif rel.mode in ("previous", "inferred"):
        formula = f"{a} / {b} - 1"
    elif reported < 0:
        formula = f"-{b} / ({a} + {b})"
    else:
        formula = f"{b} / ({a} - {b})"
    return f"{formula} = {mid}%（报告 {rep}%）", f"{formula} = {mid}% (reported {rep_en}%)"


def _change_explained(rel: Relation, by_id: dict[str, Figure], lo: Decimal, hi: Decimal, reported: Decimal,
                      point) -> tuple[str, str]:
    """1286 - 1192 = 94（报告 84）: as written when the three figures share a scale (万, 亿),
    else in whole values."""
    figures = [by_id[i] for i in rel.inputs] + [by_id[rel.reported]]
    scales = {_scale(f) for f in figures}
    same = len(scales) == 1
    scale = scales.pop() if same else Decimal(1)
    places = written_number(figures[-1])[1] if same else None
    a, b = (to_decimal_string(f.value / scale) for f in figures[:2])
    scaled = None if point is None else point / scale
    mid = _shown(lo / scale, hi / scale, scaled, places)
    rep = to_decimal_string(reported / scale)
    return f"{a} - {b} = {mid}（报告 {rep}）", f"{a} - {b} = {mid} (reported {rep})"


def _stored(bound: Decimal) -> Decimal | None:
    """A computed bound as stored: 8 decimals, None when unbounded."""
    return bound.quantize(Decimal("1e-8")) if bound.is_finite() else None


def check_relations(relations: list[Relation], figures: list[Figure], context: dict | None = None) -> list[Check]:
    """One check per relation; never raises, never drops a relation.  ``context``
    holds the bound words of rules/relate.yaml."""
    if not relations:
        return []
    context = context or {}
    by_id = {f.id: f for f in figures}
    checks = []
    kinds = {"completion": "ratio", "share": "ratio", "breakdown": "sum", "growth": "growth", "points": "difference",
             "change": "difference"}
    for n, rel in enumerate(relations, start=1):
        kind = kinds[rel.kind]
        base = dict(id=f"c{n}", kind=kind, relation=rel.kind, reported=rel.reported, total=rel.total,
                    inputs=rel.inputs)
        if rel.reason:
            checks.append(Check(**base, status="unverifiable", reason=rel.reason,
                                explanation_zh=f"无法核验：{reason_zh(rel.reason)}", explanation_en=f"cannot check: {rel.reason}"))
            continue
        try:
            with localcontext() as ctx:
                ctx.prec = 50
                kind, reported, lo, hi = _compute(rel, by_id, context)
                target = by_id[rel.total if kind == "sum" else rel.reported]
                if rel.kind == "change":
                    lo_z, hi_z = figure_interval(dataclasses.replace(target, negative=False), context=context,
                                                 measured=True)
                    # (the interval takes the reported sign: a decline's value negated, or a written minus,
                    # 自然增长率为-1.27‰, already in it)
                    r_lo, r_hi = (lo_z, hi_z) if (reported >= 0) == (lo_z >= 0) else (-hi_z, -lo_z)
                elif kind == "difference":
                    r_lo, r_hi = _points_interval(target, reported)
                else:
                    r_lo, r_hi = figure_interval(target, rate=kind != "sum", context=context)
                inferred = rel.mode == "inferred" or rel.mode.endswith(" inferred")
                status = "consistent" if _overlaps(lo, hi, r_lo, r_hi) else "inconsistent"
                if status == "consistent" and kind in ("ratio", "growth") and target.value_max is not None \
                        and any(by_id[i].value_max is not None for i in rel.inputs):
                    status = _ends_status(rel, by_id, target, context)
                if status == "inconsistent" and rel.mode == "subset" and hi < r_lo:
                    # Parts that fall short of the total may simply be a subset.
                    raise Unverifiable("the parts fall short of the total and are not presented as exhaustive")
                if status == "inconsistent" and inferred:
                    # Operands found by reading around (a total paragraphs back, the
                    # whole of 占其…的): a mismatch may mean they are not the ones meant.
                    raise Unverifiable("the operands are inferred from the context, not tied by the text")
                zh, en = _explain(kind, rel, by_id, lo, hi, reported, _point(rel, by_id, context))
                reason = ""
                if status == "consistent" and not (lo.is_finite() and hi.is_finite()):
                    # 逾200 + 300 is at least 500: such a bound can rule a claim out, never confirm it.
                    status, reason = "unverifiable", "an operand is only bounded (逾, 不到…): the claim is not contradicted"
                elif status == "consistent" and inferred and any(
                        by_id[i].value_max is not None for i in (*rel.inputs, rel.total, rel.reported) if i):
                    # A range (45亿到53亿美元) agrees with too much to confirm operands read from around.
                    status, reason = "unverifiable", RANGE_INFERRED
                elif status == "consistent" and inferred:
                    reason = INFERRED
                elif rel.confirmed:
                    reason = CONFIRMED_TOTAL
        except (Unverifiable, ArithmeticError) as exc:
            why = str(exc) if isinstance(exc, Unverifiable) else f"the numbers cannot be combined ({type(exc).__name__})"
            checks.append(Check(**base, status="unverifiable", reason=why,
                                explanation_zh=f"无法核验：{reason_zh(why)}", explanation_en=f"cannot check: {why}"))
            continue
        checks.append(Check(**base, status=status, reported_value=reported, computed_low=_stored(lo),
                            computed_high=_stored(hi), explanation_zh=zh, explanation_en=en, reason=reason))
    return checks
