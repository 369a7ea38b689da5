"""The Chinese of every reason a check gives (``reason`` stays English, stable
for queries; ``explanation_zh`` is read by people)."""
from __future__ import annotations

import regex

_ZH = {
    "the parts fall short of the total and are not presented as exhaustive": "各部分之和小于总数，原文未表明已列全",
    "the operands are inferred from the context, not tied by the text": "运算数据由上下文推定，原文未直接关联",
    "the divisor may be zero": "除数可能为零",
    "both operands are only bounded (逾, 不到…): their ratio has no bound": "两个数据都只有上限或下限（逾、不到…），其比值无界",
    "an operand is only bounded (逾, 不到…): the claim is not contradicted": "有数据只有上限或下限（逾、不到…），与原文说法不矛盾",
    "neither the text nor names tie the parts to the total": "原文和名称都未把各部分与总数关联",
    "the parts are categories that overlap": "各部分是相互交叉的类别",
    "the parts are not presented as exhaustive": "原文未表明各部分已列全",
    "the list goes on with a number not read as a part": "列举中还有一个数未读作部分",
    "the parts together are given as a share of the total, not as all of it": "原文说各部分合计只占总数的一部分",
    "the rate is counted at comparable prices, not from these nominal values": "增速按可比价格计算，不能由这些现价数值得出",
    "no target amount stated": "原文未给出目标数",
    "no actual amount stated": "原文未给出完成数",
    "the values change sign": "前后数值符号相反",
    "the total read from the context, where the share of one of the parts agrees with it": "总数由上下文推定，其中一部分所占比重与之相符",
}
_TEMPLATES = (
    (regex.compile(r"(?P<x>.+) is approximate"), "{x}是约数"),
    (regex.compile(r"operands in different currencies \((?P<x>.+)\)"), "数据币种不同（{x}）"),
    (regex.compile(r"the numbers cannot be combined \((?P<x>.+)\)"), "数据无法运算（{x}）"),
    (regex.compile(r"operands read from the context, not tied by the text: .*"), "运算数据由上下文推定：可印证原文说法，不一致也不能否定它"),
    (regex.compile(r"a range among operands read from the context: .*"), "由上下文推定的数据中有区间，与太多数值相符，不能印证"),
)


def reason_zh(reason: str) -> str:
    """``reason`` in Chinese; a reason this table does not know stays as it is."""
    if reason in _ZH:
        return _ZH[reason]
    for pattern, zh in _TEMPLATES:
        m = pattern.fullmatch(reason)
        if m:
            return zh.format(**m.groupdict())
    return reason
