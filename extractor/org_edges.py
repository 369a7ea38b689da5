"""The edges of chosen org names, trimmed: what a left edge walked over that no name
opens with (a year and its verb, a number's last digits, a rank among bodies of a kind,
the words of the sentence before a government organ's own name), and a right edge that
says the name's last part twice.  Each takes the candidates ``orgs.select`` chose and
returns them cut or dropped."""
from __future__ import annotations

import regex

from .org_rules import OrgRules
from .org_words import HAN, NAME_CHAR, Candidate, OrgWords


# A date and the verb after it that a left edge walked over (1994年任|中国矿业大学, 2010年到|武汉大学,
# 12日于|伯明翰刑事法院, 三个月内|中国民用航空局, 31日电|中共中央政治局): no name opens with a date.
# (not 6月|内蒙古…: 内 opens a name there)
_YEAR_LEAD = regex.compile(r"(?:\d{1,4}年(?:\d{1,2}月)?(?:\d{1,2}[日号])?|\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}[日号]|月(?=内))"
                           r"(?:[到因获赴任经去推在于从进入原考至向电和与及]|内(?!蒙)|以来)?")
# The last digits of a number, a date, a score or a fraction the left edge walked into
# (…112816.0|中国银行保险…, 2018.4.16|西湖大学, 85：75|伊川农商银行, 1/3|广州恒大俱乐部):
# no name goes on from a number.
_NUMBER_TAIL = regex.compile(r"(?<=[0-9.:：/])[0-9]+(?:[-~～][0-9]+)?(?=\D)")


# Words of joint action right after a body's own name inside a longer one (沣阳市工业和信息化局|联合|国网
# 沣阳供电公司): two bodies acting together, the second opening after the word.
# (and of funding, which jieba reads as nouns and walks over: 民政局|资助|岭东县老年协会; a name holding
# 资助 holds no whole name before it: 学生资助管理中心, 大学教育资助委员会)
_JOINT = ("联合", "会同", "携手", "协同", "资助", "补贴")


def without_another_body_lead(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each name that holds another whole name followed by a word of joint action
    or of funding opened after that word, and each that opens on the suffix ending another name and a preposition
    (德国海勒曼|集团向|海勒曼(临澜)汽车零部件有限公司) opened after them (the chosen among them are
    left to ``orgs.select``)."""
    ends = {c.end for c in found}
    out = []
    for c in found:
        cut = max((e + len(w) for e in ends if c.start < e < c.end - 4 for w in _JOINT
                   if text.startswith(w, e) and e + len(w) <= c.end - 4), default=None)
        ended = _ENDED_NAME.match(text, c.start) if c.start and HAN.match(text, c.start - 1) else None
        if ended is not None and ended.end() <= c.end - 4:
            cut = max(cut or 0, ended.end())
        if cut is not None:
            # (a group by the 集团 it no longer holds is a company)
            c = c._replace(start=cut, type="company" if c.type == "group" and "集团" not in text[cut:c.end] else c.type)
        out.append(c)
    return out


_ENDED_NAME = regex.compile(r"(?:集团|有限公司|公司|协会|商会)[向与和及对为同跟给被把]")


def without_every_level(text: str, found: list[Candidate], rules: OrgRules) -> list[Candidate]:
    """``found`` without a name right after 各 (each) and a bare level (各县|农业农村局, 各县|市政府: every
    county's bureau, every county's and city's government), or opening on a level after 各 (各|地区农会: the
    regions' farmers' associations) or on 各 and a level (各县市农会): every body of a kind, no name
    (rules.every_level)."""
    return [c for c in found if rules.every_level.match(text, c.start) is None]


def without_year_lead(text: str, found: list[Candidate]) -> list[Candidate]:
    out = []
    for c in found:
        m = _YEAR_LEAD.match(text, c.start, c.end)
        if m is None:
            out.append(c)
        elif c.end - m.end() >= 3:  # what is left must still be a name
            out.append(c._replace(start=m.end()))
    return out


def without_number_tail(text: str, found: list[Candidate], rules: OrgRules) -> list[Candidate]:
    """``found`` (chosen, so no shorter rival takes a trimmed name's place) with the
    tail of a number cut from each name's start (and dropped where a bare suffix is left:
    12所|大学)."""
    out = []
    for c in found:
        m = _NUMBER_TAIL.match(text, c.start, c.end)
        if m is None:
            out.append(c)
        elif c.end - m.end() >= 2 and text[m.end():c.end] not in rules.suffix_type:
            out.append(c._replace(start=m.end()))
    return out


def without_said_twice(text: str, found: list[Candidate], rules: OrgRules) -> list[Candidate]:
    """``found`` with a name's last part cut when it says the part before it again and ends
    in a suffix, as tables glue a body to a column of its own name (上海海关|海关业务,
    中山大学|中山大学; not 哔哩哔哩), and dropped where a bare suffix is left (医院医院)."""
    out = []
    for c in found:
        name = text[c.start:c.end]
        k = next((k for k in range(len(name) // 2, 1, -1) if name[-k:] == name[-2 * k:-k]), None) \
            if name.endswith(rules.suffixes) else None
        if k is None:
            out.append(c)
        elif name[:-k] not in rules.suffix_type:
            out.append(c._replace(end=c.end - k))
    return out


def without_rank_lead(finder: OrgWords, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each name that holds a rank or size (rank_lead: 第四大, 十大, 大型)
    cut to the name after the kind it ranks (美国第四大银行|美洲银行, 大型零售商|尚泰集团),
    or dropped when only a kind follows (第二大奢侈品集团, 面向四大商业银行).  Only where the
    rank is whole words (not 五大连池, 84|大胜)."""
    text, r = finder.text, finder.rules
    out = []
    for c in found:
        m = None
        for m in r.rank_lead.finditer(text, c.start, c.end - 1):
            pass  # (the last rank: the name, if any, follows it)
        if m is None:
            out.append(c)
            continue
        tokens = finder.tokens_around(c.start, c.end)
        starts = [a for a, _ in tokens]
        if m.start() not in starts or m.end() not in {b for _, b in tokens}:
            out.append(c)
            continue
        k = starts.index(m.end()) if m.end() in starts else len(tokens)
        while k < len(tokens) and tokens[k][0] < c.end and finder.kind_word(text[tokens[k][0]:tokens[k][1]]):
            k += 1  # the kind ranked: 银行, 零售商, 全国性|电视台, 国际|教育|集团
        # (not a bare suffix left: 新备案|创业|投资基金 names no fund)
        if k < len(tokens) and tokens[k][0] < c.end and NAME_CHAR.match(text, tokens[k][0]) \
                and text[tokens[k][0]:c.end] not in r.suffix_type:
            out.append(c._replace(start=tokens[k][0]))
    return out


def without_clause_lead(finder: OrgWords, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each government organ cut to where its own name opens (国家…,
    中国…, 省公安厅, a region) when only words of the sentence stand before that
    (详见|国家体育总局, 武警|总队|国家统计局, 协同|省公安厅); not after a name, a place or
    a word jieba does not know (自然资源部|国家海洋局, 共青团|北京市委, 梧川|县财政局)."""
    text = finder.text
    out = []
    for c in found:
        if c.type == "government":
            tokens = [(a, b) for a, b in finder.tokens_around(c.start, c.end) if c.start <= a and b <= c.end]
            if tokens and tokens[0][0] == c.start:
                for j in range(1, len(tokens)):
                    word = text[tokens[j - 1][0]:tokens[j - 1][1]]
                    # (nor a rare character that opens the place: 泓|城市交通运输局)
                    if not finder.clause_word(word) or finder.rare_char_of_name(tokens, j):
                        break
                    if finder.opens_government(text[tokens[j][0]:tokens[j][1]], word):
                        c = c._replace(start=tokens[j][0])
                        break
        out.append(c)
    return out


def without_role_lead(text: str, found: list[Candidate], rules: OrgRules) -> list[Candidate]:
    """``found`` with each name cut after a party's role its left edge walked over (rules.role_lead: 园区运营方|
    澜海星港…有限公司, 项目法人|…; a trader's 商 glued to the name, rules.trader_roles), or after a verb of dealing
    with a body it opens with (rules.verb_leads: 转介|仁伯爵综合医院)."""
    out = []
    for c in found:
        m = rules.role_lead.match(text, c.start, c.end)
        if m is not None and c.end - m.end() >= 6:
            c = c._replace(start=m.end())
        elif text.startswith("商", c.start) and c.end - c.start >= 7 \
                and any(text.endswith(w[:-1], 0, c.start) for w in rules.trader_roles):
            c = c._replace(start=c.start + 1)  # 营办|商维港隧道管理有限公司: the role's 商 (rules.trader_roles)
        verb = next((w for w in rules.verb_leads if text.startswith(w, c.start)), None)
        out.append(c._replace(start=c.start + len(verb)) if verb and c.end - c.start - len(verb) >= 5 else c)
    return out


def with_founder_lead(text: str, found: list[Candidate], rules: OrgRules) -> list[Candidate]:
    """``found`` with each institution's name opened by who founded it, when that stands right before
    it (国立|台湾师范大学, 市立|第一医院): part of its name, as for a known one (org_gazetteer); so is who owns a
    firm, before its registered name (国营|台湾铁路股份有限公司: rules.firm_openers)."""
    out = []
    for c in found:
        openers = rules.institution_openers if c.type == "institution" else rules.firm_openers \
            if c.type in ("company", "group") and "有限" in text[c.start:c.end] else ()
        opener = next((w for w in openers if text.endswith(w, 0, c.start)), None)
        out.append(c._replace(start=c.start - len(opener)) if opener else c)
    return out


# A city's name whose first character jieba read apart (泓|州市交通运输局, 岑|州市…, 泓|州海关): 州市, 州区,
# 州县 or 州海关 opens no name; the character before it, unless a word of the sentence, is the city's own (not
# 自治|州; nor before 州政府, a state's: 各|州政府).
_CUT_PLACE = regex.compile(r"州(?:[市区县]|海关)")
_FUNCTION_BEFORE = frozenset("在的和与及对向据由从于是为经同")


def with_place_whole(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with a name that opens on 州市 or 州海关 (see _CUT_PLACE) given back the character before it."""
    out = []
    for c in found:
        before = text[c.start - 1:c.start]
        whole = _CUT_PLACE.match(text, c.start) and HAN.match(before) and before not in _FUNCTION_BEFORE \
            and not text.endswith("自治", 0, c.start)
        out.append(c._replace(start=c.start - 1) if whole else c)
    return out



# A place the article names at a clause's opening, two or three characters and its level (临渠县灾后…,
# 来源：栖凤县农业农村局, ，柘江市商务局): its name without the level, the place's own characters.
_OPENING_PLACE = regex.compile(r"(?:^|(?<=[\n：:。，,；;、“（( \u3000]))(\p{Han}{2,3}?)(?=[省市县区])")
_LEVELS = frozenset("省市县区州镇乡")


def with_article_place(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with a name that opens on a place's characters but its first (渠县… of 临渠县, 凤县… of
    栖凤县, 川城投… of 泓川: jieba read 渠县, 凤县 as places of their own, the first character as a
    verb) given back that character, when the article names the whole place at a clause's opening twice."""
    counts: dict[str, int] = {}
    for m in _OPENING_PLACE.finditer(text):
        stem = m.group(1)
        if not _LEVELS.intersection(stem) and stem[0] not in _FUNCTION_BEFORE:
            counts[stem] = counts.get(stem, 0) + 1
    stems = [s for s, n in counts.items() if n >= 2]
    if not stems:
        return found
    out = []
    for c in found:
        lead = next((s for s in stems if text.startswith(s[1:], c.start) and text[c.start - 1:c.start] == s[0]), None)
        out.append(c._replace(start=c.start - 1) if lead else c)
    return out
