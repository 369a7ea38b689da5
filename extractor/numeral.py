"""Numeral strings -> exact ``Decimal``.

Takes the normalized surface of one number (simplified script, half-width
digits): Arabic with ``,`` groups and decimals, Chinese numerals (standard,
financial, 廿卅), and mixes such as ``1.2万``, ``260亿129万5千``, ``3万4000``.
Also: approximation words inside a numeral (十多万, 一百零几万 -> the
stated part), 半 (半 = 0.5, 半百 = 50), k/M/w suffixes (40k, 1.2M, 1.3w), exponents
(2e5, 12.32e+14, 2^5), decimals without a leading digit (.5).
Returns ``None`` for anything it cannot read exactly; it never guesses and
never raises on text.  No float is ever involved.

>>> parse_number("一万五千亿")
Decimal('1500000000000')
>>> parse_number("260亿129万5千")
Decimal('26001295000')
>>> parse_number("1,100.9")
Decimal('1100.9')
"""
from __future__ import annotations

from decimal import Decimal, Inexact, InvalidOperation, localcontext

import regex

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1, "二": 2, "贰": 2, "两": 2, "俩": 2,
    "三": 3, "叁": 3, "参": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# Section markers, largest first; 万亿 is handled by recursion (万 inside 亿).
SECTIONS = (("兆", 10**12), ("亿", 10**8), ("万", 10**4))
TENS = {"廿": 20, "卅": 30, "卌": 40}
SIGNS = ("负", "-", "−", "－", "+", "正")
# Suffixes after Arabic digits: 40k, 1.2M, and the web's 1.3w (w for 万; not W, a watt).
SUFFIXES = {"k": 1000, "K": 1000, "M": 10**6, "w": 10**4, "W": 10**4}
# Digits that are never written positionally (二〇二三 yes, 两两 or 陆陆 no).
NOT_POSITIONAL = set("两俩壹贰叁参肆伍陆柒捌玖")

_ARABIC = regex.compile(r"\d+(?:\.\d+)?")
_LONE_ARABIC = frozenset("123456789")  # one Arabic digit after a unit: 1万5, 3千5
# 2e5, 21.2E0, 12.32e+14, .5e-1; 2^5, 2.5^-1 (integer exponents only).
_EXPONENT = regex.compile(r"(\d*\.?\d+)(?:[eE]|\^)([-+]?\d{1,2})")
# 多/余/几 between a numeral and its unit say "some more"; the value is the stated part.
_APPROX_INSIDE = regex.compile(r"零?[多余几](?=[十百千万亿兆]|个亿|$)")
_SPOKEN_GE = regex.compile(r"个(?=[多余]?亿(?!万))")  # 10个亿 is 10亿 (the grammar's cn_run)
_SPACES = regex.compile(r"[\s,，]")
_PRECISION = 120  # digits; enough for any figure a report can hold


def to_decimal_string(value: Decimal) -> str:
    """Canonical plain string: no exponent, no trailing zeros after a point.

    >>> to_decimal_string(Decimal("2273500000.000"))
    '2273500000'
    >>> to_decimal_string(Decimal("114.820"))
    '114.82'
    """
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        if value == value.to_integral_value():
            return f"{value.quantize(Decimal(1)):f}"
        return f"{value.normalize():f}"


def parse_number(text: str) -> Decimal | None:
    """Read one numeral; ``None`` when it is not a well-formed number."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    s = _SPACES.sub("", text)
    if not s or len(s) > 200:
        return None
    negative = False
    if s.startswith(SIGNS):
        negative = s[0] in "负-−－"
        s = s[1:]
    s = _APPROX_INSIDE.sub("", _SPOKEN_GE.sub("", s)) if len(s) > 1 else s
    scale = 1
    if len(s) > 1 and s[-1] in SUFFIXES and s[-2].isdigit():
        scale, s = SUFFIXES[s[-1]], s[:-1]
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        try:
            value = _parse_unsigned(s)
            if value is not None:
                value *= scale
        except (InvalidOperation, Inexact, ValueError, KeyError):
            return None
    if value is None or value.adjusted() > _PRECISION // 2:
        return None  # beyond any figure a report can hold (9^99^...)
    return -value if negative else value


def _parse_unsigned(s: str) -> Decimal | None:
    if not s:
        return None
    if s.isascii():
        if s.startswith(".") and s[1:].isdigit():
            return Decimal("0" + s)
        if _ARABIC.fullmatch(s):
            return Decimal(s)
        m = _EXPONENT.fullmatch(s)
        if m:
            base, exp = Decimal(m.group(1)), int(m.group(2))
            if "^" in s:
                if not base and exp <= 0:
                    return None
                with localcontext() as ctx:
                    ctx.traps[Inexact] = True  # 3^-1 has no exact decimal value
                    return base ** exp
            return base.scaleb(exp)
        return None
    if "半" in s:
        return _parse_half(s)
    if "点" in s:
        whole, _, frac = s.partition("点")
        # 二十一点六万: a magnitude after the decimals scales the whole number
        magnitude = next((m for m in _DECIMAL_MAGNITUDES if frac.endswith(m) and len(frac) > len(m)), "")
        frac = frac[:len(frac) - len(magnitude)]
        if not frac or not all(c in DIGITS or c.isdigit() for c in frac):
            return None
        head = _parse_unsigned(whole) if whole else Decimal(0)
        if head is None:
            return None
        tail = "".join(str(DIGITS[c]) if c in DIGITS else c for c in frac)
        return (head + Decimal("0." + tail)) * (_parse_sections(magnitude) if magnitude else 1)
    return _parse_sections(s)


_DECIMAL_MAGNITUDES = ("万亿", "千万", "百万", "亿", "万")  # longest first; valued as sections


def _parse_half(s: str) -> Decimal | None:
    """半 = 0.5, 一半 = 0.5 (one half), 半百 = 50, 三百万 stays for the rest."""
    if s in ("半", "一半"):
        return Decimal("0.5")
    if s[0] == "半" and len(s) > 1:
        unit = _parse_sections(s[1:]) if s[1] in "十百千万亿兆" else None
        return unit / 2 if unit is not None else None
    return None


def _parse_sections(s: str) -> Decimal | None:
    """Split at the last, largest section marker (亿 before 万) and recurse."""
    for marker, scale in SECTIONS:
        i = s.rfind(marker)
        if i < 0:
            continue
        head, tail = s[:i], s[i + 1:]
        high = _parse_sections(head) if head else Decimal(1)
        if high is None:
            return None
        low = _parse_tail(tail, scale)
        if low is None:
            return None
        return high * scale + low
    return _parse_small(s)


def _parse_tail(tail: str, scale: int) -> Decimal | None:
    """What follows a section marker: ``3万4000``, ``一万五`` (= 1.5万)."""
    if not tail:
        return Decimal(0)
    if tail.startswith(("零", "〇")):
        return _parse_sections(tail.lstrip("零〇"))
    # A lone digit after the marker counts in the next lower unit:
    # 一万五 = 15000, 三亿二 = 320000000, 1万5 = 15000 (but 1万05 = 10005).
    if len(tail) == 1 and (tail in DIGITS or tail in _LONE_ARABIC):
        return Decimal(DIGITS.get(tail) or int(tail)) * scale / 10
    return _parse_sections(tail)


def _parse_small(s: str) -> Decimal | None:
    """A number below 10,000: ``三千二百零五``, ``5千``, ``1千零20``, ``2013``."""
    if _ARABIC.fullmatch(s):
        return Decimal(s)
    if all(c in DIGITS for c in s):
        if len(s) == 1:
            return Decimal(DIGITS[s])
        if any(c in NOT_POSITIONAL for c in s) or len(s) == 2 and "〇" not in s and "零" not in s:
            return None  # 二三十 is "twenty or thirty", not 23
        # Positional: 二〇一三 = 2013.
        return Decimal("".join(str(DIGITS[c]) for c in s))
    total, pending, last_unit = Decimal(0), None, None
    i = 0
    while i < len(s):
        c = s[i]
        m = _ARABIC.match(s, i)
        if m:
            if pending is not None:
                return None
            pending, i = Decimal(m.group()), m.end()
            continue
        if c in DIGITS:
            if pending is not None and DIGITS[c] != 0:
                return None
            pending = None if DIGITS[c] == 0 else Decimal(DIGITS[c])
        elif c in TENS:
            if pending is not None or (last_unit is not None and last_unit <= 10):
                return None
            total += TENS[c]
            last_unit = 10
        elif c in SMALL_UNITS:
            unit = SMALL_UNITS[c]
            if last_unit is not None and unit >= last_unit:
                return None
            total += (pending if pending is not None else Decimal(1)) * unit
            pending, last_unit = None, unit
        else:
            return None
        i += 1
    if pending is not None:
        # 两百五 = 250 and 3千5 = 3500, but 一千零五 = 1005: a lone digit right after a
        # unit (no 零 between) counts in the next lower unit.
        if last_unit and last_unit >= 100 and s[-2] in SMALL_UNITS and (s[-1] in DIGITS or s[-1] in _LONE_ARABIC):
            pending = pending * last_unit / 10
        total += pending
    return total
