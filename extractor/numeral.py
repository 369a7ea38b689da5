"""Numeral strings -> exact ``Decimal``.

Takes the normalized surface of one number (simplified script, half-width
digits): Arabic with ``,`` groups and decimals, Chinese numerals (standard,
financial, 廿卅), and mixes such as ``1.2万``, ``260亿129万5千``, ``3万4000``.
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

from decimal import Decimal, InvalidOperation, localcontext

import regex

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1, "二": 2, "贰": 2, "两": 2, "俩": 2,
    "三": 3, "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# Section markers, largest first; 万亿 is handled by recursion (万 inside 亿).
SECTIONS = (("兆", 10**12), ("亿", 10**8), ("万", 10**4))
TENS = {"廿": 20, "卅": 30, "卌": 40}
SIGNS = ("负", "-", "−", "－", "+", "正")

_ARABIC = regex.compile(r"\d+(?:\.\d+)?")
_SPACES = regex.compile(r"[\s,，]")
_PRECISION = 120  # digits; enough for any figure a report can hold


def to_decimal_string(value: Decimal) -> str:
    """Canonical plain string: no exponent, no trailing zeros after a point.

    >>> to_decimal_string(Decimal("2273500000.000"))
    '2273500000'
    >>> to_decimal_string(Decimal("114.820"))
    '114.82'
    """
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
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        try:
            value = _parse_unsigned(s)
        except (InvalidOperation, ValueError, KeyError):
            return None
    if value is None:
        return None
    return -value if negative else value


def _parse_unsigned(s: str) -> Decimal | None:
    if not s:
        return None
    if s.replace(".", "", 1).isascii() and _ARABIC.fullmatch(s):
        return Decimal(s)
    if "点" in s:
        whole, _, frac = s.partition("点")
        if not frac or not all(c in DIGITS or c.isdigit() for c in frac):
            return None
        head = _parse_unsigned(whole) if whole else Decimal(0)
        if head is None:
            return None
        tail = "".join(str(DIGITS[c]) if c in DIGITS else c for c in frac)
        return head + Decimal("0." + tail)
    return _parse_sections(s)


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
    # A lone Chinese digit after the marker counts in the next lower unit:
    # 一万五 = 15000, 三亿二 = 320000000.
    if len(tail) == 1 and tail in DIGITS:
        return Decimal(DIGITS[tail]) * scale / 10
    return _parse_sections(tail)


def _parse_small(s: str) -> Decimal | None:
    """A number below 10,000: ``三千二百零五``, ``5千``, ``1千零20``, ``2013``."""
    if _ARABIC.fullmatch(s):
        return Decimal(s)
    if all(c in DIGITS for c in s):
        if len(s) == 1:
            return Decimal(DIGITS[s])
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
        # 两百五 = 250, but 一千零五 = 1005: a lone digit right after a unit
        # (no 零 between) counts in the next lower unit.
        if last_unit and last_unit >= 100 and s[-2] in SMALL_UNITS and s[-1] in DIGITS:
            pending = pending * last_unit / 10
        total += pending
    return total
