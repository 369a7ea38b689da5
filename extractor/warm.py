"""Imported once by the ``-j N`` process pool's fork server (``pipeline.ordered_map``):
the built-in rules and dictionaries load there, and every worker forked from it
starts with them instead of loading them again."""
from .api import DEFAULT_KINDS, extract

extract("2018年江苏恒泰电子科技有限公司实现营业收入36.57亿元，同比增长12%，新签约项目12个。", "warm-up",
        kinds=DEFAULT_KINDS)
