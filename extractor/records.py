"""The records the tool emits: frozen, exact, traceable to raw offsets."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from .numeral import to_decimal_string

KINDS = ("money", "percent", "percentage_point", "count", "number")


@dataclass(frozen=True, slots=True)
class Figure:
    """One number the text states, with what it is and where it stands."""

    id: str
    kind: str
    text: str  # == raw[start:end], never the normalized form
    start: int
    end: int
    value: Decimal
    value_max: Decimal | None = None
    currency: str | None = None
    unit: str | None = None
    approx: bool = False
    negative: bool = False
    of: str | None = None  # for counts: the counted noun, simplified
    rule: str = ""
    indicator: str | None = None  # what it measures (到位市外资金), simplified
    role: str | None = None  # actual|target|completion|growth|share|total|part|previous|change
    subject: str | None = None  # the region or entity the clause is about
    period: str | None = None  # the time the figure is about: 2013, 2013-H1, 2013-Q1, 2013-01/2013-06

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"figure {self.id}: bad span [{self.start}, {self.end})")
        if self.kind not in KINDS:
            raise ValueError(f"figure {self.id}: unknown kind {self.kind!r}")
        if not isinstance(self.value, Decimal):
            raise TypeError(f"figure {self.id}: value must be Decimal")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["value"] = to_decimal_string(self.value)
        d["value_max"] = None if self.value_max is None else to_decimal_string(self.value_max)
        return d


@dataclass(frozen=True, slots=True)
class Check:
    """A claim the text makes (a rate, a breakdown, a growth) and whether it adds up."""

    id: str
    kind: str  # ratio | sum | growth | difference
    relation: str  # completion | share | breakdown | growth | points | change
    status: str  # consistent | inconsistent | unverifiable
    reported: str | None  # id of the rate figure (None for a sum)
    total: str | None = None  # id of a sum's total
    inputs: tuple[str, ...] = ()  # ids of the other operands
    reported_value: Decimal | None = None
    computed_low: Decimal | None = None
    computed_high: Decimal | None = None
    explanation_zh: str = ""
    explanation_en: str = ""
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["inputs"] = list(self.inputs)
        for key in ("reported_value", "computed_low", "computed_high"):
            d[key] = None if d[key] is None else to_decimal_string(d[key])
        return d


ORG_TYPES = ("company", "group", "association", "institution", "government")


@dataclass(frozen=True, slots=True)
class Org:
    """One organization named in an article, with every place it is named."""

    id: str
    text: str  # == raw[start:end] of the first mention, never the normalized form
    start: int
    end: int
    name: str  # simplified, glosses removed (the normalized form)
    type: str  # company | group | association | institution | government
    rule: str = ""
    mentions: tuple[tuple[int, int], ...] = ()  # raw [start, end) of every mention

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"org {self.id}: bad span [{self.start}, {self.end})")
        if self.type not in ORG_TYPES:
            raise ValueError(f"org {self.id}: unknown type {self.type!r}")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["mentions"] = [list(m) for m in self.mentions]
        return d


@dataclass(frozen=True, slots=True)
class Issue:
    """Something the extractor noticed but could not turn into a record."""

    code: str
    start: int
    end: int
    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Article:
    """Everything extracted from one article."""

    id: str | None
    text: str
    figures: list[Figure] = field(default_factory=list)
    orgs: list = field(default_factory=list)
    checks: list = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            **self.metadata,
            "figures": [f.to_dict() for f in self.figures],
            "orgs": [o.to_dict() for o in self.orgs],
            "checks": [c.to_dict() for c in self.checks],
        }
