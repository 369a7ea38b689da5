"""The noun a count counts: its ``of``.

After the classifier when a noun follows it (举办了3次专题招商会 -> 专题招商会,
4支球队中 -> 球队, 两支保持不败的球队 -> 球队), else the noun phrase that ends
right before the number, read back over jieba's tokens from the number to the
first word that is no part of it:

    全年全县新签约项目17个        -> 新签约项目    (a time and a region before it)
    累计接待采购商及观众8.6万人次 -> 采购商及观众 (接待: the verb whose object it is)
    比上年增加9家                 -> nothing       (a change, not a count of anything)
    三支球队在11轮过后            -> nothing       (a preposition: 11 rounds, not teams)
    Alphabet拥有85050名直接员工   -> 直接员工      (a verb of having: the noun follows)

A verb right before a phrase holding a noun is the clause's verb, not part of
the noun (召开|项目推进会), unless ``counted_modifiers`` lists it (签约项目,
出口商品), 新 stands before it (新开工项目) or a noun does (成果转化类项目).
The word lists live under ``context`` in rules/count.yaml and are read by
counted_words.py; the noun after a classifier is counted_after.py's.
"""
from __future__ import annotations

import regex

from .counted_after import _EVENTS, _counts_people, _noun_after
from .counted_words import _CLAUSE_BREAK, _REACH, CountedWords, counted_words
from .relate import _CHANGED_TO
from .rules import RuleSet


# A class of projects or firms by a range of amounts, ending the clause before its count.
_RANGE_CLASS = regex.compile(r"(?:\d+(?:\.\d+)?[万亿]?元?|[千百]?[万亿]元?)(?:至|到|-|—|~)\d+(?:\.\d+)?[万亿]元(?:之间)?(?:的)?"
                             r"(?:项目|企业|工程|大项目)$")
_LAST_BREAK = regex.compile(_CLAUSE_BREAK.pattern, flags=regex.REVERSE)
_TARGETS = ("目标任务", "目标", "任务")
_COUNTS_OF_TASKS = frozenset("项件个条")
# An age group before its noun: 0-14岁|人口, 60岁及以上|人口.
_AGE_BEFORE = regex.compile(r"(?<![\d.])\d{1,3}(?:[-—~～至到]\d{1,3})?周?岁(?:及?以上|及?以下)?的?$")
_AGE_TAIL = regex.compile(r"(?:及?以[上下])?的?")


def counted_noun(text: str, start: int, end: int, rules: RuleSet) -> str | None:
    """The noun the count at ``[start, end)`` of ``text`` counts, or None."""
    noun = _counted_noun(text, start, end, rules)
    if noun and (actor := _ACTOR_FIRST.match(noun)) is not None:
        noun = noun[actor.end():]
    if noun:
        noun = counted_words(rules).object_of(noun)
    return _EVERY_KIND.sub("", noun) if noun else noun


# Who acts before what is counted, and the verb of acting together (岚州汽车集团有限公司|生产汽车,
# 研究所与区内企业共建|研发平台, 中心与省农业科学院合作建设|试验示范基地, 市市场监督管理局、市公安局共出动|
# 执法人员, 董事会拟以|总股本, 以公开招聘方式补充|新教师): the count counts what follows.
_ACTOR_FIRST = regex.compile(
    r"\p{Han}{0,12}?与\p{Han}{1,12}?(?:合作建设|共同建设|联合建设|合作共建|共建)(?=\p{Han}{2})"
    r"|\p{Han}{2,}(?:有限公司|股份公司|集团|大学|研究所|研究院|科学院|管理局)"
    r"(?=(?:生产|销售|出口|完成|实现|承建|申请|获得|拥有|引进)\p{Han}{2})"
    r"|[\p{Han}、]{0,20}?(?:共出动|出动)(?=\p{Han}{2})"
    r"|\p{Han}{0,8}?拟以(?=\p{Han}{2})"
    r"|\p{Han}{0,8}?方式(?:补充|招聘|引进|招录)(?=\p{Han}{2})")

_MOVED_TO = regex.compile(rf"(?:{_CHANGED_TO})(?:到|至)$")

# 各类医疗卫生机构312个 counts 医疗卫生机构: "of every kind" opens no name (各级各类学校 keeps it).
_EVERY_KIND = regex.compile(r"^(?:各类|各种|各项|各式)(?=\p{Han}{2})")
# Nor, before the number, does the firm whose measure it is (公司员工总数3200人, …澜州分公司产量5万辆;
# not 公司股份, the firm's shares that someone holds; after it, 两家|公司员工 counts the firms).
_FIRM_FIRST = regex.compile(r"^(?:(?:本|该|分|子)?公司|集团)(?!股)(?=\p{Han}{2})")


def _counted_noun(text: str, start: int, end: int, rules: RuleSet) -> str | None:
    """counted_noun's noun, before its 各类 goes."""
    words = counted_words(rules)
    if words.runs and text.startswith(words.runs, end):
        return None  # 球队已经8场|不败: a run of games
    # 考察团一行|60余人来岚: a party before its head count is what it counts
    noun = None if text.endswith("一行", 0, start) else _noun_after(text, end, words)
    if noun:
        return noun
    # (民营企业由上年末的11.41万户增加到|12.46万户: the subject stands before the first count too)
    reach = 2 * _REACH if _MOVED_TO.search(text, max(0, start - 4), start) else _REACH
    last = _LAST_BREAK.search(text, max(0, start - reach), start)
    clause_start = _CLAUSE_BREAK.match(text, last.start(), start).end() if last else max(0, start - reach)
    clause_start = _listed_before(text, clause_start, start, end, words)
    phrase = text[clause_start:start].strip()
    ranged = _RANGE_CLASS.search(phrase)
    if ranged:  # 1亿元至10亿元项目|231个: a class of amounts between two bounds
        return ranged.group()
    things = not _counts_people(text, end) and text[end - 1] not in _EVENTS
    noun = words.before(phrase, things, text[end - 1] == "家") if phrase else None
    noun = _FIRM_FIRST.sub("", noun) if noun else noun
    if noun and phrase.endswith(noun):
        # 0-14岁|人口, 60岁及|以上人口: an age group (the noun may have taken its 以上)
        age = _AGE_BEFORE.search(phrase, 0, len(phrase) - len(noun) + _AGE_TAIL.match(noun).end())
        noun = phrase[age.start():] if age else noun
    if noun and noun.endswith(_TARGETS) and text[end - 1] not in _COUNTS_OF_TASKS:
        return None  # 完成年度目标任务|8,000人的108.1%: the target's people, no tasks (but 临时任务188件)
    if noun and phrase != noun and phrase.endswith(noun):
        return _parallel_item(text, clause_start, start, end, phrase, noun, words) or noun
    return noun


# 行政案件2,137件，|执行案件39,588件: the item before, a noun and its count of one classifier.
_ITEM_BEFORE = regex.compile(r"(?P<noun>\p{Han}{2,12}?)\d[\d,.]*(?:万|亿)?(?P<unit>\p{Han}{1,2})[，,；;、]\s*$")
_UNIT = regex.compile(r"\p{Han}{1,2}$")


def _parallel_item(text: str, clause_start: int, start: int, end: int, phrase: str, noun: str,
                   words: CountedWords) -> str | None:
    """A verb that opens an item of a list is the noun's own when the item before
    counts a noun of the same head by the same classifier: 行政案件2,137件，执行案件39,588件
    counts 执行案件 (not 审结案件, whose verb the clause's always is)."""
    verb = phrase[:-len(noun)]
    before = _ITEM_BEFORE.search(text, max(0, clause_start - 20), clause_start)
    unit = _UNIT.search(text, start, end)
    if before is None or unit is None or before.group("unit") != unit.group() or len(verb) > 4 \
            or not before.group("noun").endswith(noun) or before.group("noun") == noun:
        return None
    cut = words.tokens(verb)
    if len(cut) != 1 or not words.is_verb(verb) or verb in words.clause_verbs or verb in words.adverbials \
            or verb in words.links:
        return None
    return verb + noun


_LIST_ITEM = regex.compile(r"\p{Han}{1,10}$")


def _listed_before(text: str, clause_start: int, start: int, end: int, words: CountedWords) -> int:
    """Where a 、 list of nouns right before the count's clause starts (新改扩建中小学、|幼儿园7所,
    引进教授、|博士120名): the list is the noun, no item of it alone.  Items that hold a
    number are other counts (24个、|13个); people are listed by a word for them, not by their
    names, which say who, not what (汪东城、辰亦儒、吴尊3人)."""
    if clause_start < 2 or text[clause_start - 1] != "、":
        return clause_start  # (most counts: no list before them, and no words to cut)
    last = words.tokens(text[clause_start:start])
    if not last or (_counts_people(text, end) and not last[-1].endswith(words.person_heads)):
        return clause_start  # (people by a word for them only: 教授、副教授近300人)
    while clause_start > 1 and text[clause_start - 1] == "、":
        item = _LIST_ITEM.search(text, max(0, clause_start - 11), clause_start - 1)
        if item is None or (item.start() > 0 and text[item.start() - 1].isdigit()):
            break
        clause_start = item.start()
    return clause_start
