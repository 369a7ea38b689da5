"""The noun right after a count's classifier, when one follows it: 举办了3次|专题招商会,
4支|球队中, 两支保持不败的|球队 (a clause before 的 tells which), 三位“女儿”, 16家KTV;
nothing for 80人留在当地 or 两人的恋爱过程, which say what people did or had.
"""
from __future__ import annotations

import itertools

import regex

from .counted_words import _COLLECTIVE, _FUNCTION_TAGS, _MODALS, CountedWords

# The noun right after a classifier: up to a clause break or 的, within 12 characters.
# (a grade may open it: 23家|A级旅游景区, 12家|4A级景区)
_GRADE = r"(?:[1-5]?A级)?"
_NOUN_AFTER = regex.compile(_GRADE + r"\p{Han}{1,11}?(?=[，,。；;、：:（()）！!？?\n—…]|$|的)")
# A class of amounts that opens the noun after a count: 3个|亿元级项目, 5个|亿元以上的项目.
_AMOUNT_CLASS = regex.compile(r"(?:千万|百万|万|亿)元(?:级|及?以上|及?以下)")
_HAN_RUN = regex.compile(_GRADE + r"\p{Han}{1,12}")
# What ends a run of Han characters after a whole noun: another count of a box score
# (11个篮板|6次助攻), the quote or bracket the run is in, or a month or year (五家券商|10月合计);
# not 500台一加|6T手机, 进攻35次得到|22分.
_RUN_ENDS = regex.compile(r"\d+(?:\.\d+)?[个次记]|[”’」』》）)]|\d{1,2}月|\d{4}年")
# A noun in quotes right after a count (三位“女儿”), or a Latin one (16家KTV, 3000辆Model 3)
_QUOTED_AFTER = regex.compile(r"[“‘\"](\p{Han}{1,8})[”’\"]")
_LATIN_AFTER = regex.compile(r"[A-Za-z][A-Za-z0-9\-]+(?: [A-Z0-9][A-Za-z0-9\-]*)?")

_JOINED_NOUNS = ("国家和地区", "国家及地区", "国家与地区")  # two nouns the genre counts as one
_NOT_AFTER = ("以上", "左右", "其中", "共", "和", "与", "分别")
_SCOPE_AFTER = regex.compile(r"\p{Han}{2,8}?(?:中|当中|之中)")
_AMONG_WORDS = frozenset({"中", "当中", "之中"})
_CLAUSE_MARKS = ("，", ",", "：", ":")
_PERSONS = frozenset("人名位")


def _counts_people(text: str, end: int) -> bool:
    """Whether the count ending at ``end`` counts people (人, 名, 位, 人次)."""
    return text[end - 1] in _PERSONS or text.endswith("人次", 0, end)


def _described(text: str, end: int, words: CountedWords) -> int | None:
    """Where the noun starts when a word of ``counted_describers`` opens what follows the
    count (or one of ``counted_describers_before_de`` with a 的 after it), else None; a
    word of its own by jieba, so that 两人不同意 keeps its verb."""
    if not words.describer_words or not text.startswith(words.describer_words, end):
        return None
    toks = words.tokens(text[end:end + 8])
    for n in (2, 1):
        word = "".join(toks[:n])
        if len(toks) <= n:
            continue
        de = toks[n] == "的"
        if word in words.describers or (de and word in words.describers_before_de):
            return end + len(word) + de
    return None


_WHICH_REACH = 10  # the longest clause read between a count and the 的 after it
_WHICH_TAGS = frozenset({"d", "p", "ad"})
_EVENTS = frozenset("次场轮遍回届")  # classifiers of times and games
_NEGATIONS = frozenset("不未没")  # (5名|未带|纸质教案的上课教师: jieba knows no 未带)
_DEGREE_GLUED = frozenset("不极")  # jieba's words of degree or negation and a quality: 不一, 极高
_DE_WORDS = frozenset({"真的", "目的", "别的", "似的"})  # words that end in 的, which then breaks no phrase
_DE_WORD_OPENERS = frozenset(w[0] for w in _DE_WORDS)


def _tells_which(clause: list[str], words: CountedWords, persons: bool, events: bool) -> bool:
    """Whether the words between a count and a 的 say which ones (两支保持不败的球队,
    两家拥有同一背景的机构, 两个非常现实的困境, 255间风格迥异的客房), not what is
    counted (三个孩子的母亲, 9颗卫星构成的…, 500家医院提供的数据): a verb, an adverb, a
    preposition or a negation opens them, or follows a describing word (两个新|成立的事业群),
    or a word of how things are ends them (after a count of people, the caller also wants
    a word for people after the 的); after a count of times (次, 场, 轮) only a short clause
    that a verb opens will do."""
    first = clause[0]
    opens = words.is_verb(first) or words.seg.tag(first) in _WHICH_TAGS or first[0] in _NEGATIONS
    if persons:
        return opens or _says_how(clause, words)
    if events:
        # (十场比赛中首发的球员: where they were)
        return len(clause) > 1 and words.is_verb(first) and len("".join(clause)) <= 4
    if opens or _says_how(clause, words):
        return True
    return len(clause) > 1 and first in words.describers_before_de and words.is_verb(clause[1])


def _says_how(clause: list[str], words: CountedWords) -> bool:
    """Whether ``clause`` ends with how its noun is: an idiom (大小不一), an adjective
    after its noun (风格|迥异; not a superlative: 企业|最大的问题 is theirs), a word after
    one of degree or negation (学分|不|达标) or one word of both (暖度|极高)."""
    last = clause[-1]
    if words.seg.idiom(last):
        return True  # (大小不一: one word)
    if len(clause) == 1 or any(words.is_verb(w) for w in clause[:-1]):
        return False  # (二三十个小朋友|分成|不同的小组: what they did)
    if clause[-2] in words.degree_words:
        return True
    return (words.seg.says_how(last) or (last[0] in _DEGREE_GLUED and len(last) == 2)) and not last.startswith("最")


def _noun_after(text: str, end: int, words: CountedWords, persons: bool | None = None) -> str | None:
    """The noun after the count ending at ``end``, when one follows it."""
    amounts = _AMOUNT_CLASS.match(text, end)
    if amounts:  # (its 元 is no money: the rules leave 3个亿元级 a count)
        head = amounts.end() + text.startswith("的", amounts.end())
        noun = _noun_after(text, head, words)
        return text[end:head] + noun if noun else None
    if persons is None:
        persons = _counts_people(text, end)
    described = _described(text, end, words)
    if described:  # 五个|不同的|区域: the noun is after the word that describes it
        return _noun_after(text, described, words, persons)
    quoted = _QUOTED_AFTER.match(text, end)
    if quoted:  # (one character only when it is a noun alone: 两只“鸟”, not 17个“有”)
        noun = quoted.group(1)
        return noun if len(noun) > 1 or noun in words.one_char_nouns else None
    latin = _LATIN_AFTER.match(text, end)
    if latin:  # (Model 3电动汽车: a Han noun may follow the Latin one)
        return latin.group() + (_noun_after(text, latin.end(), words, persons) or "")
    at = end + 1 if text.startswith("的", end) else end  # 约500人的团队 counts 团队
    events = text[end - 1] in _EVENTS
    if at != end and events:
        return None  # 前两场的手感, 健身两次的青少年: what the times had, or who had them
    after = _phrase_after(text, at, words)
    # (…的话 is "if": 两只都带别针的话, no 话 the clause tells)
    if after and len(after.group()) <= _WHICH_REACH and text.startswith("的", at + after.end()) \
            and not text.startswith("的话", at + after.end()):
        clause = words.tokens(after.group())
        # 两支保持不败的球队, 两座喜欢互掐的城市: a clause before 的 tells which; the noun is after it
        if clause[0] not in _MODALS and _tells_which(clause, words, persons, events):  # (夫妻两人会表现的…)
            head = _noun_opening(text, at + after.end() + 1, words, persons)
            # (people: a word for them, 3名打人的学生; not 两人保持多年的关系, which is theirs)
            if head and (not persons or head.endswith(words.person_heads)):
                return head
    scope = _scope_after(after.group(), words) if after and text.startswith(_CLAUSE_MARKS, at + after.end()) else None
    if scope:
        # 292家重点排放单位中，: the scope the count opens, to 中 and the clause's end, is one noun
        noun = scope
    elif after and after.group().startswith(_JOINED_NOUNS):
        noun = next(n for n in _JOINED_NOUNS if after.group().startswith(n))  # 120多个|国家和地区: one noun
    elif after and not after.group().startswith(_NOT_AFTER):
        # 三个产品覆盖了厨电 counts 产品; 80人留在当地 names nothing after the count
        noun = words.after(after.group(), False, persons)
    elif not after and at == end:  # no break soon after: nouns closed by a verb or function word (12家龙头企业与38家…)
        noun = _noun_opening(text, at, words, persons)
    else:
        return None
    if not noun or (at != end and persons and not noun.endswith(words.groups)):
        return None  # (两人的恋爱过程 is theirs, not what they are: the noun before it may be)
    if persons and not noun.endswith(words.person_heads):
        # 500多名学生|抢课, 两名小将|资质平平: people are named by a word for people; what
        # follows it is what they did or had
        # (at a word's edge: 军事航空人才 and 新生儿 stay whole)
        edges = list(itertools.accumulate(len(w) for w in words.tokens(noun)))[:-1]
        cut = next((k for k in reversed(edges) if k > 1 and noun[:k].endswith(words.person_heads)), None)
        noun = noun[:cut] if cut else noun
    if text[end - 1] == "人" and not text.endswith("人次", 0, end) and not noun.endswith(words.groups):
        return None  # 二人合影, 两人性格, 近1000万人供电: what they did or had (but 300人团队)
    return noun


def _scope_after(phrase: str, words: CountedWords) -> str | None:
    """The noun of a scope the count opens (…中, 中 a word of its own: not 命中, 高中), with no
    function word in it and no verb but before a body it counts (重点|排放|单位, not
    硬币|投入|投币箱)."""
    if _SCOPE_AFTER.fullmatch(phrase) is None:
        return None
    toks = words.tokens(phrase)
    if len(toks) < 2 or toks[-1] not in _AMONG_WORDS:
        return None
    inner = toks[:-1]
    if any(words.seg.tag(w) in _FUNCTION_TAGS for w in inner) or words.is_verb(inner[0]):
        return None
    if any(words.is_verb(w) for w in inner) and not _COLLECTIVE.search(inner[-1]):
        return None
    return "".join(inner)


def _phrase_after(text: str, at: int, words: CountedWords) -> regex.Match | None:
    """The Han characters from ``at`` up to a break or a 的 within 12 characters, None
    when there is none, or when that 的 ends a word (两个人|真的|是…, 三个|目的), which breaks nothing."""
    after = _NOUN_AFTER.match(text[at:at + 12])
    if after and text.startswith("的", at + after.end()) and text[at + after.end() - 1] in _DE_WORD_OPENERS \
            and words.tokens(after.group() + "的")[-1] in _DE_WORDS:
        return None
    return after


def _noun_opening(text: str, at: int, words: CountedWords, persons: bool) -> str | None:
    """The noun that opens ``text[at:]``: up to a break within 12 characters, else up to a
    verb or function word of the run of Han characters there."""
    after = _phrase_after(text, at, words)
    if after:
        return words.after(after.group(), False, persons)
    run = _HAN_RUN.match(text, at, at + 12)
    if not run:
        return None
    # The run may go on past 12 characters: a noun must end inside it, at a verb or function
    # word. A run that a space ends is a phrase of a title (集中签约11个项目 总投资86亿元), and
    # one that another count or a closing quote ends is whole (11个篮板6次助攻, 8.7个篮板5.5次,
    # 就有一千个哈姆雷特”).
    ended = text.startswith((" ", "\u3000"), run.end()) or _RUN_ENDS.match(text, run.end()) is not None
    return words.after(run.group(), not ended, persons)
