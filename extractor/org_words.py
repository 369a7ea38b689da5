"""Word-level reading for org names, shared by every source of candidates: jieba
tokens of the clause around a hit, word classes (region, stop word, unknown place,
name-like word) and the walk left from a suffix or a list's first 、 to a name's
first word."""
from __future__ import annotations

import bisect
from typing import Iterable, NamedTuple

import regex

from .org_rules import OrgRules
from .wordcut import PROPER_TAGS, Segmenter, segment, segmenter

MAX_LEFT = 16          # characters of name before the suffix
WINDOW = 20            # characters jieba sees left of a suffix
_CLAUSE = regex.compile(r"[，,。；;！!？?\n\r：:“”\"「」『』《》【】\[\]]")
_CLAUSE_BACK = regex.compile(r"(?r)[，,。；;！!？?\n\r：:“”\"「」『』《》【】\[\]]")
REGISTERED_FORMS = ("有限公司", "有限责任公司", "股份有限公司")  # a registered firm's legal form
_LEGAL_FORMS = (*REGISTERED_FORMS, "集团")  # a registered name's own suffix
_FIELD_JOINS = ("与", "和", "暨", "及")  # two fields of one unit: 电气与信息工程, 统计暨普查
LONE_LEVELS = frozenset("省市县区镇乡")  # a level jieba may cut off the name it opens (指导|市|…协会)
# Words after which a body is named as the one acting (由|联合资信评估…出具, 委托|…): no verb follows them
_AGENT_CUES = frozenset(("由", "经", "委托", "聘请", "邀请"))
LEVEL_VERBS = frozenset(("指导", "督导", "督促", "会同", "联合", "配合", "协调", "资助", "支持", "委托", "协助", "依托"))  # verbs before a body opening on its level
_COUNTING = frozenset("一二两三四五六七八九十几数多每各首第")  # 一|教育集团, 首个|…集团: a count, no name
_CLAUSE_OPENERS = frozenset(("", "。", "，", ",", "；", ";", "：", ":", "“", "\n", "！", "？"))  # "" : the text's start
# where a rare verb opens a name: a clause's start, or after the preposition of an agent (who builds, is entrusted, is paid)
_AGENTS = frozenset(("由", "委托", "向"))
_RARE_NAME_FREQ = 50  # a word jieba saw fewer times may be a name's (宏硕: 3)
_MORPHEME_TAGS = frozenset(("zg", "vg", "ng", "ag", "dg", "tg"))
_BEFORE_RARE_VERB = _CLAUSE_OPENERS | _AGENTS
NAME_CHAR = regex.compile(r"[\p{Han}A-Za-z0-9·&\-]+")
LATIN = regex.compile(r"[A-Za-z0-9]")
LETTER = regex.compile(r"[A-Za-z]")
ALL_HAN = regex.compile(r"\p{Han}+")
HAN = regex.compile(r"\p{Han}")
ALNUM = regex.compile(r"[A-Za-z0-9]")
_TECH_WORD = regex.compile(r"(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,4}")  # 3D, 5G, B2B
_ORDINAL = regex.compile(r"第[一二三四五六七八九十0-9]{1,3}")
NUMERAL_CHARS = frozenset("0123456789一二两三四五六七八九十百")
_BROAD_REGIONS = frozenset({"中国", "中华", "全国", "国际", "亚洲"})  # regions.txt words that open names of any kind
_BROAD_ONLY = frozenset({"国际", "亚洲"})  # regions that open no government's name
FUNCTION_TAGS = frozenset("mdpcuqtr")  # first letters of the tags of numerals, adverbs, prepositions…
_NOT_COMMON = PROPER_TAGS | {None}  # tags of words that may be (part of) a name
_PROPER_PLACE_TAGS = frozenset(("ns", "nz"))  # a place, or another proper name (a brand's, a product's)
_GLUE_TAGS = frozenset("dpcr")  # adverbs, prepositions, conjunctions, pronouns
_DATE_UNITS = frozenset("年月日")  # after no number they date nothing: a name's first character (；|月|满楼|食品…)
_DIRECTIONS = frozenset("东西南北")
# Second characters of jieba's time words after a direction that are no dynasty or old state (北段, 西天, 东来)
_NOT_STATES = frozenset("段天来去往半历元")
_REGISTERED_END = regex.compile(r"(?:集团)?(?:股份)?有限(?:责任)?公司|集团")  # a registered name's legal form
HARD_STOP = frozenset("了的在与对向由为是将把被从据经及等之并而也都就又还已曾该本其这那此各约给受让跟或则即我你他她它、，,")


class Candidate(NamedTuple):
    """Immutable, hashed and compared by value like a frozen dataclass (and to the
    same hash), but made and hashed at C speed: an article makes hundreds."""

    start: int  # normalized offsets
    end: int
    type: str
    rule: str
    source: str  # alias | suffix | gazetteer | list | model


# Levels a verb may be glued to (获省, 报市); 泓|城市: a rare character and a word that is the place's
# last character and its level.
_LEVELS_ALONE = frozenset("省市区县镇乡")
_PLACE_AND_LEVEL = frozenset({"城市", "城区"})
_PARTY_COMMITTEE_AFTER = regex.compile(r"\p{Han}{0,5}?[省市县区]?委")  # 中共|鸣泉县委: the committee the party name opens


_GLUED_LINKS = frozenset("与及")  # conjunctions jieba's HMM glues between a character and a place (社与岚州)

_SUBSIDIARIES = ("子公司", "孙公司")  # (控股子公司|…: a subsidiary's kind before its name)


class OrgWords:
    """One article's normalized text, read word by word; the candidate sources
    (orgs._Finder and its mixins) ask it."""

    def __init__(self, text: str, rules: OrgRules) -> None:
        self.text, self.rules = text, rules
        self._seg: Segmenter | None = None  # jieba, loaded when a word's tag is first asked
        self._clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def tokens_around(self, i: int, j: int, left: int = WINDOW, right: int = 4) -> list[tuple[int, int]]:
        """jieba tokens of the clause holding ``[i, j)`` (at most ``WINDOW`` characters
        either side), segmented once per clause however many hits it holds."""
        text = self.text
        lo, hi = max(0, i - left), min(len(text), j + right)
        m = _CLAUSE_BACK.search(text, lo, i)  # the last clause mark in [lo, i)
        if m:
            lo = m.end()
        m = _CLAUSE.search(text, j, hi)
        if m:
            hi = m.start()
        tokens = self._clauses.get((lo, hi))
        if tokens is None:
            tokens = self._clauses[lo, hi] = segment(text, lo, hi, self.rules)
        return tokens

    # -- word classes
    def tag(self, word: str) -> str | None:
        """jieba's part-of-speech tag of ``word`` (None if not in its dictionary)."""
        seg = self._seg
        if seg is None:
            seg = self._seg = segmenter(self.rules)
        if word in self.rules.not_names:
            return seg.other  # a common noun (银耳 of 县内|银耳专业合作社), whatever jieba's tag
        return "v" if word in self.rules.not_places else seg.tag(word)

    def is_region(self, tok: str) -> bool:
        r = self.rules
        if tok in r.regions or self.tag(tok) == "ns":
            return True
        if tok in r.region_tails:
            return True
        if len(tok) > 1 and tok[-1] in r.region_tails:
            head = tok[:-1]
            if head in r.regions or self.tag(head) == "ns":
                return True
            # 梧川县: a place jieba does not know, two or three characters and a tail (not
            # 获|澄川市, a verb glued to one by jieba's HMM)
            # (nor 局与|市, a conjunction glued to the level after it)
            # (nor 以梧川|县, a preposition glued to one)
            return 3 <= len(tok) <= 4 and self.unknown(tok) and self.unknown(head) and not (
                len(head) == 3 and (self.tag(head[0]) or "").startswith(("v", "p"))) and head[-1] not in r.glued_conj
        return False

    def unglue_levels(self, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """获省 -> 获|省: a verb (or a preposition: 比|省财政厅) jieba's HMM glued to a level after it (no word of the
        dictionary) stays apart from it, so the level may open a name (省商务厅).  Not 州, 盟 or
        旗, which end a place's name far more often than they stand alone (临州|大学)."""
        text, tails = self.text, _LEVELS_ALONE
        out: list[tuple[int, int]] = []
        carry = None  # where the next token starts, when a character was moved onto it
        for k, (a, b) in enumerate(tokens):
            if carry is not None:
                a, carry = carry, None
            # (a word after it, not one character more: 出省|读|大学 is no 省读大学)
            if b - a == 2 and text[a + 1] in tails and self.tag(text[a:b]) is None \
                    and k + 1 < len(tokens) and tokens[k + 1][1] - tokens[k + 1][0] >= 2 \
                    and (self.tag(text[a]) or "").startswith(("v", "p")):
                out += [(a, a + 1), (a + 1, b)]
            elif out and out[-1][1] == a and out[-1][1] - out[-1][0] == 1 and b - a == 2 and text[b - 1] in tails \
                    and not self.is_region(text[a:b]) and not self.is_stop(text[out[-1][0]]) \
                    and self.freq(text[a:b]) < self.rules.rare_word_freq and self.is_region(text[out[-1][0]:b]):
                out[-1] = (out[-1][0], b)  # 澄|州市 -> 澄州市: a place jieba cut before its last character
            elif 4 <= b - a <= 5 and text[b - 1] in tails and self.tag(text[a:b]) is None \
                    and (self.tag(text[a]) or "").startswith(("v", "p")) and self.freq(text[a]) >= self.rules.plain_char_freq \
                    and self.is_region(text[a + 1:b]) and not self.is_region(text[a:b]):
                # 获江澄省|科学技术厅, 以梧川县|竹编…: a verb or a preposition glued to a place jieba does not know
                out += [(a, a + 1), (a + 1, b)]
            elif b - a == 2 and text[a + 1] == "特" and k + 1 < len(tokens) and text[tokens[k + 1][0]] == "区" \
                    and (self.tag(text[a]) or "").startswith("v"):
                out.append((a, a + 1))  # 已|达特|区政府 -> 已|达|特区政府: a verb glued to 特区
                carry = a + 1
            elif b - a == 4 and self.tag(text[a:b]) is None and text[a:a + 2] in self.rules.stop_words \
                    and self.unknown(text[a + 2:b]):
                # 现将峪江 -> 现将|峪江: a word of the clause glued to a place jieba does not know
                out += [(a, a + 2), (a + 2, b)]
            elif b - a == 3 and self.tag(text[a:b]) is None and self.tag(text[a]) == "p" \
                    and k + 1 < len(tokens) and text[tokens[k + 1][0]:tokens[k + 1][1]] in tails:
                out += [(a, a + 1), (a + 1, b)]  # 以青棠|县 -> 以|青棠|县: a preposition glued to a place jieba does not know
            elif 3 <= b - a <= 5 and text[a + 1] in _GLUED_LINKS and self.tag(text[a:b]) is None \
                    and self.tag(text[a:a + 2]) is None and HAN.match(text[a]) and self.place_after_link(tokens, k):
                # 带头|社与岚州|农业… -> 社|与|岚州: the last character of a word before it (a short name of a kind:
                # 带头社, 示范社), a conjunction and the place the next name opens with, glued by jieba's HMM
                # (龙头|社与溪|州市…: or the place's first character, its last and its level after it)
                out += [(a, a + 1), (a + 1, a + 2), (a + 2, b)]
            elif out and out[-1][1] == a and text[out[-1][0]:a] == "中" and b - a == 2 and text[a] == "共" \
                    and _PARTY_COMMITTEE_AFTER.match(text, b):
                out[-1] = (out[-1][0], a + 1)  # 中|共鸣|泉县委 -> 中共|鸣|泉县委: the party's name, cut by jieba
                out.append((a + 1, b))
            elif out and out[-1][1] == a and out[-1][1] - out[-1][0] == 1 and b - a >= 2 and text[a] == "国" \
                    and self.is_region(text[out[-1][0]:a + 1]) and not self.is_region(text[a:b]):
                # 韩|国美|琇株式会社 -> 韩国|美|琇: a country's 国 glued by jieba to the name's first character
                # (国美, 国泰: words of its own)
                out[-1] = (out[-1][0], a + 1)
                out.append((a + 1, b))
            else:
                out.append((a, b))
        return out

    def recut_morphemes(self, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """电动机|车 -> 电动|机车: a lone character jieba tags a morpheme (车, zg: no word alone, and a stop tag)
        right after a word of three characters or more, when the word's last character and it make a common
        word of the dictionary and what is left of the word is one too: jieba's route took one character too
        many into the word before (台湾|电动机|车|产业发展协会 for 电动|机车, motor scooters)."""
        text, bar = self.text, self.rules.rare_word_freq
        out: list[tuple[int, int]] = []
        for a, b in tokens:
            if (b - a == 1 and out and out[-1][1] == a and out[-1][1] - out[-1][0] >= 3
                    and self.tag(text[a]) in _MORPHEME_TAGS and self.freq(text[a - 1:b]) >= bar
                    and self.freq(text[out[-1][0]:a - 1]) >= bar):
                out[-1] = (out[-1][0], a - 1)
                out.append((a - 1, b))
            else:
                out.append((a, b))
        return out

    def place_after_link(self, tokens: list[tuple[int, int]], k: int) -> bool:
        """Is what follows the conjunction in ``tokens[k]`` (社与岚州, 社与溪) a place: a region, two characters
        the dictionary does not know, or one character that is a place with the next token (溪|州市, 岭|州)?"""
        text = self.text
        a, b = tokens[k]
        rest = text[a + 2:b]
        if len(rest) >= 2:
            return self.is_region(rest) or (len(rest) == 2 and self.unknown(rest))
        if k + 1 >= len(tokens):
            return False
        nxt = text[tokens[k + 1][0]:tokens[k + 1][1]]
        # (社与岭|州: or its tail alone, a place the dictionary does not know)
        return len(nxt) <= 2 and nxt[-1] in self.rules.region_tails and (
            self.is_region(rest + nxt) or (len(nxt) == 1 and self.unknown(rest + nxt)))

    def unknown(self, word: str) -> bool:
        """A run of Han characters that is no word of the dictionary (澄湖, 梧川)."""
        return self.tag(word) is None and ALL_HAN.fullmatch(word) is not None and word not in self.rules.gazetteer

    def paren_place(self, inner: str, tokens: Iterable[str] = ()) -> bool:
        """Is ``inner`` (what stands in parentheses inside a name) a place: regions
        only, or one word the dictionary does not know, 2-4 characters
        (益海嘉里(澄湖)粮油工业有限公司), not a legal form or a suffix?"""
        words = list(tokens) or [inner]
        if all(self.is_region(w) for w in words):
            return True
        r = self.rules
        return (2 <= len(inner) <= 4 and len(words) == 1 and self.unknown(inner)
                and f"({inner})" not in r.legal_forms and not inner.endswith(r.suffixes))

    def is_stop(self, tok: str) -> bool:
        r = self.rules
        if tok in r.stop_words:
            return True
        if not NAME_CHAR.fullmatch(tok) or self.modal_and_verb(tok):
            return True
        tag = self.tag(tok)
        if tag == "t" and len(tok) == 2 and tok[0] in _DIRECTIONS and tok[1] not in _NOT_STATES:
            return False  # 西秦|师范大学, 南宋|…: a dynasty or an old state (a time to jieba) names a place
        return tag in r.stop_tags and tok not in r.inner_words and not self.is_region(tok)

    def modal_and_verb(self, word: str) -> bool:
        """Is ``word`` a modal and a verb that jieba's dictionary keeps as one word it hardly saw (需|提交,
        须|加盖; rules.modal_leads): the clause's verb phrase, whatever tag the dictionary gives it?"""
        r = self.rules
        lead = next((m for m in r.modal_leads if len(word) > len(m) and word.startswith(m)), None)
        return lead is not None and self.freq(word) < r.rare_word_freq \
            and (self.tag(word[len(lead):]) or "").startswith("v")

    def walk_left(self, tokens: list[tuple[int, int]], idx: int) -> int:
        """Index of the first token of the name whose last token is ``tokens[idx - 1]``."""
        text, i, used, r = self.text, idx, 0, self.rules
        while i > 0:
            s, e = tokens[i - 1]
            tok = text[s:e]
            if tok == ")" and i >= 3:  # (中国) / (澄湖) inside or before the suffix
                j = i - 2
                while j > 0 and text[tokens[j][0]:tokens[j][1]] != "(" and i - j < 5:
                    j -= 1
                inner = text[tokens[j][1]:s] if j >= 0 else ""
                if j > 0 and text[tokens[j][0]:tokens[j][1]] == "(" and inner and (
                        f"({inner})" in r.in_parentheses  # 长江实业(集团)有限公司
                        or self.paren_place(inner, [text[a:b] for a, b in tokens[j + 1:i - 1]])):
                    used += e - tokens[j][0]
                    i = j
                    # 嘉穗|拍卖|(香港)有限公司: the word right before the place is the name's, whatever it is
                    # to jieba (a verb, 拍卖, 铸造), when no mark or link of a clause
                    word = text[tokens[j - 1][0]:tokens[j - 1][1]] if j >= 1 else ""
                    # (not a time, an adverb or a determiner: 目前|(无币), 各县|(区)政府)
                    if len(word) >= 2 and ALL_HAN.fullmatch(word) and word not in _CLAUSE_LINKS and word[0] not in "各每该本" \
                            and (self.tag(word) or "-")[0] not in "tdpcr" \
                            and not self.names_org(word) and not word.endswith(REGISTERED_FORMS):
                        used += len(word)
                        i = j - 1
                    continue
                break
            if used + (e - s) > MAX_LEFT:
                break
            # 香港|都|会|交通研究所: a word a place's name takes that jieba reads as words of the clause (都会,
            # metropolitan, not 都|会, all will), right after the place
            j = self.place_epithet(tokens, i)
            if j is not None and used + (e - tokens[j][0]) <= MAX_LEFT:
                used += e - tokens[j][0]
                i = j
                continue
            # 指导|市|餐饮行业协会, 联合|县|应急管理局: a verb (jieba tags some nouns) right before a lone
            # level the walk took is the clause's (the level opens the name; elsewhere in a name it stays:
            # 就业指导中心)
            if (used and tok in LEVEL_VERBS and i < len(tokens) and tokens[i][1] - tokens[i][0] == 1
                    and text[tokens[i][0]] in LONE_LEVELS):
                break
            # (指导|泊州|鲜达…有限公司: and before a place the dictionary does not know, the name's first word;
            # 督导|台铁|公司: or before any word it does not know, when the verb is none a name holds, as 联合 is)
            if (used and tok in LEVEL_VERBS and i < len(tokens) and self.tag(text[tokens[i][0]:tokens[i][1]]) is None
                    and (self.unknown_place(text[tokens[i][0]:tokens[i][1]]) or tok not in r.inner_words)):
                break
            # 充足率|远高于|香港金融管理局: a word of comparison or relation (高于, 低于, 相当于, 用于) is
            # the clause's, never a name's
            if len(tok) >= 2 and tok.endswith("于") and HAN.match(tok):
                break
            # 岚峰证券股份有限公司|获澄川|证监局: a registered company's name is whole; a name
            # after it is another's (its branches and units are read as sub-units: …有限公司|岚州分行)
            if used and tok.endswith(REGISTERED_FORMS):
                break
            # 过程中|日本政府, 本案中|洛阳市…: a postposition (in, on) after a word ends the
            # phrase before a name that opens with a place (not （中广联…, 及中广联…,
            # ”中佛罗里达大学: after a mark or a lone conjunction it is the name's own)
            if (tok in r.postpositions and i >= 2 and i < len(tokens) and tokens[i - 2][1] - tokens[i - 2][0] >= 2
                    and HAN.match(text, tokens[i - 2][1] - 1) and self.opens_with_region(text[tokens[i][0]:tokens[i][1]])):
                break
            # 岳岳到|医院: a person and a verb, glued into a word no dictionary has (and right
            # before the suffix, a function character: 悬在|公司, 现为|浙江大学, 李咏是|…; not
            # 求是|高级中学, two characters with 是)
            if len(tok) > 1 and self.tag(tok) is None and (tok[-1] in r.verb_tails or (
                    not used and tok[-1] in r.function_tails and (tok[-1] != "是" or len(tok) > 2))):
                break
            # 但据|欧盟委员会, 均以|武汉…: a function character (an adverb, a conjunction…)
            # and a preposition, glued by jieba's HMM into a word no dictionary has, belong
            # to the clause, not the name (not 和同|信息, 和真|红木, 正和|鞋业)
            if (len(tok) == 2 and tok[0] not in r.glued_conj and self.tag(tok) is None
                    and (tok[0] in HARD_STOP or (self.tag(tok[0]) or "-")[0] in _GLUE_TAGS)
                    and (tok[1] in HARD_STOP or self.tag(tok[1]) == "p")):
                break
            if tok == "中" and not used and idx < len(tokens) and text[tokens[idx][0]:tokens[idx][1]] in r.bare_company:
                break  # 药品集采中|公司, 过程中|公司: in (a postposition), before a bare 公司
            if tok == "-" and i >= 2 and (self.names_org(text[tokens[i - 2][0]:tokens[i - 2][1]]) or (
                    i < len(tokens) and self.opens_with_region(text[tokens[i][0]:tokens[i][1]]))):
                break  # 托管人有限公司－基金: a dash between two names (球馆照明-河南省农业厅: before a region)
            # 基金管理人为|深圳市…: a word ending in a function character (为, 在…), or
            # a word jieba made up ending in a conjunction (广东俊特及|上海…), right
            # before a region the name opens with
            # (基金管理|人为|梧川产…: or before a word the dictionary does not know)
            if (used and len(tok) > 1 and tok not in r.gazetteer
                    # (not two characters ending in 和 before a word no known name opens, a name's own word more
                    # often: 日本|丰和|精机株式会社; but 许家|印和|恒大集团, 国际|班及|国际学校)
                    and (tok[-1] in r.function_tails or (tok[-1] in r.glued_conj and self.tag(tok) is None and not (
                        len(tok) == 2 and tok[-1] == "和" and not self.names_org(text[tokens[i][0]:tokens[i][1]])
                        and r.gazetteer.get(text[tokens[i][0]:tokens[i][1]]) is None)))
                    and not self.is_region(tok) and self.opens_name(text[tokens[i][0]:tokens[i][1]])):
                break
            # 专家王桂芳|同济大学…, 教授 马冠生|中国疾病预防控制中心: a person's full name (a common
            # surname and two characters the dictionary does not know) after a title or a space, before
            # a place or a known name (not 马努卡|理工学院, a place's name)
            if (len(tok) == 3 and tok[0] in r.surnames and self.tag(tok) is None and i < len(tokens) and i >= 2
                    and (text[tokens[i - 2][0]:tokens[i - 2][1]].strip(" \u3000") == ""
                         or text[tokens[i - 2][0]:tokens[i - 2][1]].endswith(r.person_titles_before + ("专家",)))):
                nxt_word = text[tokens[i][0]:tokens[i][1]]
                if self.is_region(nxt_word) or self.names_org(nxt_word) or self.tag(nxt_word) == "nt":
                    break
            # 房地产巨头|恒大集团, 合理|深圳大学: a known firm, or one word that is a place
            # and a suffix (or a name jieba knows whole: 调查|耶鲁大学), takes no common word
            # before it (a region, a known name or a word ending in a suffix may stand there:
            # 上汽|大众汽车…, 教育部|高等学校…)
            # (not a word the dictionary does not know or a proper name, 圣路易斯|华盛顿大学,
            # nor a link to a parent, 复旦大学|附属|华山医院)
            nxt = text[tokens[i][0]:tokens[i][1]] if i < len(tokens) else ""
            if (((used and r.gazetteer.get(nxt) in ("company", "group"))
                 or (i == idx and (self.place_and_suffix(nxt)
                                   or (self.named_and_suffix(nxt) and tok not in r.ordinary_names))))
                    and self.tag(tok) not in _NOT_COMMON and tok not in r.parent_links
                    and not self.is_region(tok) and not self.names_org(tok)):
                break
            # 省级|行业协会|浙江省…: a kind of body right before a region the name opens with
            # (日资企业|丸井…: or a word the dictionary does not know, the name's own)
            if used and tok.endswith(r.kind_nouns) and (self.opens_name(text[tokens[i][0]:tokens[i][1]])
                                                        or self.rare_noun(text[tokens[i][0]:tokens[i][1]])
                                                        or self.rare_char_of_name(tokens, i + 1)
                                                        or self.cut_first_word(tokens, i)):
                break  # (检测企业|沣|江星衍…: a rare character opens the name)
            if used and tok in r.bare_kinds and i >= 2 and self.opens_name(text[tokens[i][0]:tokens[i][1]]):
                break  # (牵头|医院|岚州市第一人民医院: the kind, then its name)
            # 唱片公司|中唱: a bare 公司 ends the name it comes before (a kind of firm, then its name)
            if used and tok in r.bare_company:
                break
            # 生产商|浙江…, 设计|方|江苏…, 充电器|山东…: a word of the dictionary that is no
            # region and no name right before a region the name opens with
            # (not 功能材料|福建省|(高校)|重点实验室: a region with no word of its own after it
            # is inside the name; not 自由贸易试验区|厦门…管委会: a zone's body holds its name)
            if (used and self.role_before_region(tok, text[tokens[i][0]:tokens[i][1]])
                    and not self.only_kinds_after(tokens, i + 1, idx)):
                break
            # 监督举报电话|中共|上海中医药大学纪律检查委员会: the party's name opens the body's (国家, 民航
            # may stand inside one: 美国|国家科学基金会)
            if used and i < len(tokens) and text.startswith("中共", tokens[i][0]) and tokens[i][1] - tokens[i][0] == 2:
                break
            # 获批|建设|梧川市…: a verb of the inner words right before a place with its
            # level, which the name opens with (not 城乡|建设|局, 国药|控股|雁南…)
            if used and tok in r.inner_words and (self.tag(tok) or "-").startswith("v"):
                nxt = text[tokens[i][0]:tokens[i][1]]
                if len(nxt) >= 3 and nxt[-1] in r.region_tails and self.is_region(nxt):
                    break
                # (并|引导|栖梧|科创投资有限公司: or, after an adverb or a conjunction, a word the dictionary
                # does not know, the name's own)
                if i >= 2 and text[tokens[i - 2][0]:tokens[i - 2][1]] in _CLAUSE_LINKS \
                        and self.tag(nxt) is None and len(nxt) >= 2 and ALL_HAN.fullmatch(nxt):
                    break
            # ；利用|澄江|农村商业银行…: one of those words (a noun to jieba, some) opening the clause, right
            # before a place the name opens with, is the clause's verb
            if (used and len(tok) >= 2 and tok in r.inner_words and i < len(tokens) and self.opens_clause(tokens, i - 1)
                    and (nxt := text[tokens[i][0]:tokens[i][1]]) not in r.region_tails and len(nxt) >= 2
                    and self.is_region(nxt)):
                break
            # 中铁|二十|局: the number of a company's bureau, right before the suffix or
            # inside a longer name (中铁|二十四|局集团福建工程有限公司)
            numbered = (tok[-1] in NUMERAL_CHARS and 2 <= i < len(tokens)
                        and self.bureau(tokens[i - 2][0], tokens[i][0] + 1))
            # 强生|(上海)医疗器材有限公司: a known company (a verb to jieba) opening a longer name
            known = used and tok in r.gazetteer and tok not in r.stop_words
            if tok == "强" and i >= 2 and text[tokens[i - 2][0]:tokens[i - 2][1]].isdigit():
                break  # 中国民营企业500强|浙江恒锐…: a rank before the name
            if tok == "暨" and used and i >= 2 and not self.ends_with_suffix(text[tokens[i - 2][0]:tokens[i - 2][1]]) \
                    and not self.is_stop(text[tokens[i - 2][0]:tokens[i - 2][1]]) \
                    and not self.opens_with_region(text[tokens[i][0]:tokens[i][1]]):
                # 工具机|暨|零组件工业同业公会: two trades of one body (not 中心|暨|县卫生监督所, nor
                # 论坛|暨|中国研究型医院学会: a name opens after it)
                used += e - s
                i -= 1
                continue
            if tok == "全国" and i >= 2 and self.is_region(text[tokens[i - 2][0]:tokens[i - 2][1]]):
                used += e - s  # 中华民国|全国|商业总会, 美国|全国|咖啡协会: a country's national body
                i -= 1
                continue
            # ；|月|满楼|食品股份有限公司: a lone 月 (日, 年) opening a clause, no number before it, dates
            # nothing: it opens the name, before a word the dictionary does not know
            if (used and tok in _DATE_UNITS and self.opens_clause(tokens, i - 1) and i < len(tokens)
                    and self.tag(text[tokens[i][0]:tokens[i][1]]) is None):
                used += e - s
                i -= 1
                continue
            # 香港|知行|大学, 丰岭县|醒狮|协会: a verb jieba hardly saw, right before the suffix and after a
            # place, is the name's own word (the clause's verbs are common ones: 香港|上市|公司)
            if (not used and len(tok) >= 2 and (self.tag(tok) or "").startswith("v") and self.freq(tok) < r.rare_word_freq
                    and i >= 2 and self.is_region(text[tokens[i - 2][0]:tokens[i - 2][1]])):
                used += e - s
                i -= 1
                continue
            if self.rare_char_of_name(tokens, i):
                used += e - s  # 沅|州市…, 泺|川碧澜…: a rare character jieba tags zg opens a place's name
                i -= 1
                continue
            if used and tok in r.glued_conj_weak and self.name_of_with(tokens, i - 1, idx):
                used += e - s  # ；同|寿堂|药业有限公司入选…: no 同 of "with" (同…签约), the name's first character
                i -= 1
                continue
            if used and tok == "之" and self.brand_of(tokens, i):
                used += e - s  # 澄川花|之|语|文化传播有限公司: a brand's 之 (花之语, 茶之韵), the name's own
                i -= 1
                continue
            if (self.is_stop(tok) and not _ORDINAL.fullmatch(tok) and not numbered and not known
                    and not self.inner_between(tokens, i) and not self.trade_before_suffix(tokens, i, idx)
                    and not self.theme_before_suffix(tok, used, tokens, idx)):
                # 远航集团 after 、 or 了: a verb right before the suffix, itself right
                # after a separator, is the name (夺冠集团 is in not_org_words)
                before = text[tokens[i - 2][0]:tokens[i - 2][1]] if i >= 2 else ""
                # 、维|斯托|化工…: a lone character after a list's mark, before a transliterated
                # name jieba tags a person's, opens that name (a verb to jieba, 维 here); so it does
                # before a word jieba made up (、泓|通冷链|物流有限公司: a classifier to jieba)
                if (len(tok) == 1 and tok not in r.stop_words and before in ("、", "：", ":") and i < len(tokens)
                        and ((self.tag(text[tokens[i][0]:tokens[i][1]]) or "").startswith("nr")
                             or (used and self.tag(text[tokens[i][0]:tokens[i][1]]) is None))):
                    used += e - s
                    i -= 1
                    continue
                # (。启明|生物医药|股份有限公司: so is one before words of trade alone, opening a clause
                # or after the preposition of an agent (由|启衡|建筑工程|集团有限公司承建), in a name of a
                # legal form: not 播下|零售银行, 造假|中介公司)
                # (；|永新|光电有限公司: or an adverb jieba hardly saw, two characters, there: no adverb
                # opens a clause before its subject's name of a legal form)
                trade_only = bool(used) and i < idx and all(self.trade_word(text[a:b]) for a, b in tokens[i:idx]) \
                    and idx < len(tokens) and text.startswith(_LEGAL_FORMS, tokens[idx][0])
                adverb_first = (trade_only and len(tok) == 2 and self.tag(tok) == "d" and ALL_HAN.fullmatch(tok) is not None
                                and (before in _CLAUSE_OPENERS or before in ("、", "与", "和", "及")))
                if not ((used == 0 or trade_only)
                        and tok not in r.stop_words and len(tok) > 1
                        and ((self.tag(tok) or "v").startswith("v") or adverb_first)
                        and (before in ("、", "与", "和", "及", "了") or adverb_first
                             or (used and before in _BEFORE_RARE_VERB and self.freq(tok) < r.rare_word_freq))
                        and self.freq(tok) < r.rare_word_freq_unknown):
                    # 江西|联创|光显有限公司, 美国|普利|美科技公司: a rare verb or adverb
                    # between a region and the rest of the name is part of it; after a place the dictionary does not
                    # know, a less rare one or a classifier word (青峦|大成|律师事务所,
                    # 梧川|天元|…), no place after it (胡某|重返|广州…: a person's verb)
                    tag = self.tag(tok) or "-"
                    # (澄屿|万家|福超市有限公司: a numeral word between a place and the rest of a name
                    # of a legal form is the name's, as 万家 in 万家乐; 涉及|栖梧惠|万家|超市有限公司: after a
                    # word no dictionary has, a brand's first characters, right after the clause's verb too)
                    if not (used and before and tok not in r.stop_words and before not in r.region_tails
                            and ((self.freq(tok) < r.rare_word_freq and tag.startswith(("v", "a")) and self.is_region(before))
                                 or (tag == "m" and len(tok) >= 2 and tok[0] not in _COUNTING
                                     and self.name_opener(tokens, i - 2)
                                     and idx < len(tokens) and text.startswith(_LEGAL_FORMS, tokens[idx][0]))
                                 # (。柘浦捷|渡|供应链|管理|有限公司: a lone character after a word jieba made
                                 # up, opening a clause, then words of trade alone before a legal form, is the name's)
                                 or (len(tok) == 1 and HAN.match(tok) and tok not in _COUNTING
                                     # (or a place's or a brand's jieba hardly saw: 中港|通|国际货运有限公司,
                                     # 捷运|通|物流股份有限公司)
                                     and (self.tag(before) is None or self.rare_proper(before))
                                     and ALL_HAN.fullmatch(before)
                                     and self.opens_clause(tokens, i - 2)
                                     and all(self.trade_word(text[a:b]) for a, b in tokens[i:idx])
                                     and idx < len(tokens) and text.startswith(_LEGAL_FORMS, tokens[idx][0]))
                                 or ((tag == "q" or (tag.startswith("v") and self.freq(tok) < r.rare_word_freq_unknown))
                                     and self.tag(before) is None and self.unknown_place(before)
                                     and not self.is_region(text[tokens[i][0]:tokens[i][1]])))):
                        # 数源|3D|打印技术有限公司: a verb right after Latin letters is a
                        # compound noun of the name
                        if not (used and tok not in r.stop_words and _TECH_WORD.fullmatch(before)
                                and (self.tag(tok) or "-").startswith("v")):
                            break
            used += e - s
            i -= 1
        return i

    def online_service(self, organ: int) -> bool:
        """Does a word of platform_words stand right before the known organ at ``organ`` (电子|税务局, 网上|税务局:
        the organ's online service, a platform), a word of its own, going on into no word of the dictionary
        with the organ's first characters (电子商务|局, jieba's 电子|商务局)?"""
        text = self.text
        word = next((w for w in self.rules.platform_words if text.endswith(w, 0, organ)), None)
        if word is None or any(b == organ and a != organ - len(word) for a, b in self.tokens_around(organ, organ + 1, 8, 4)):
            return False
        return not any(self.tag(text[organ - len(word):organ + n]) is not None for n in (1, 2, 3))

    def name_opener(self, tokens: list[tuple[int, int]], k: int) -> bool:
        """Does ``tokens[k]`` open a name: a region, or a word no dictionary has that may be a name's (澄屿,
        栖梧惠), opening a clause or right after a word of the clause that ends the walk left (涉及|栖梧惠)?"""
        word = self.text[tokens[k][0]:tokens[k][1]]
        if not (self.is_region(word) or (self.tag(word) is None and (self.unknown_place(word) or self.name_like(word)))):
            return False
        return self.opens_clause(tokens, k) or self.is_stop(self.text[tokens[k - 1][0]:tokens[k - 1][1]])

    def place_epithet(self, tokens: list[tuple[int, int]], i: int) -> int | None:
        """The index of the first token of a word of place_epithets that ends with ``tokens[i - 1]`` and
        follows a place (香港|都|会: 都会, metropolitan), or None (大家|都|会: all will)."""
        text, e = self.text, tokens[i - 1][1]
        for w in self.rules.place_epithets:
            if text.endswith(w, 0, e):
                j = bisect.bisect_left(tokens, (e - len(w), -1))
                if 0 < j < i and tokens[j][0] == e - len(w) and self.is_region(text[tokens[j - 1][0]:tokens[j - 1][1]]):
                    return j
        return None

    def cut_first_word(self, tokens: list[tuple[int, int]], i: int) -> bool:
        """Are ``tokens[i]`` and ``tokens[i + 1]`` one word the dictionary does not know, cut by jieba after
        its first character (会长单位|琮|溪雅织…: 琮溪雅织), which may open a name: a lone character,
        then a word jieba made up?"""
        if i + 1 >= len(tokens) or tokens[i][1] - tokens[i][0] != 1 or tokens[i][1] != tokens[i + 1][0]:
            return False
        text = self.text
        return self.tag(text[tokens[i + 1][0]:tokens[i + 1][1]]) is None \
            and self.opens_name(text[tokens[i][0]:tokens[i + 1][1]])

    def brand_of(self, tokens: list[tuple[int, int]], i: int) -> bool:
        """Is the lone 之 at ``tokens[i - 1]`` inside a brand (花之语, 茶之韵, 蜂之源), not the clause's (…之|一,
        总之: words of jieba's): Han words on both sides, neither a stop word nor the one before a place, of
        one to three characters before (澄川花, a word jieba made up gluing the place to the brand) and one
        or two after?"""
        if i < 2 or i >= len(tokens):
            return False
        text = self.text
        before, after = text[tokens[i - 2][0]:tokens[i - 2][1]], text[tokens[i][0]:tokens[i][1]]
        return (len(before) <= 3 and len(after) <= 2 and ALL_HAN.fullmatch(before) is not None
                and ALL_HAN.fullmatch(after) is not None and not self.is_stop(before)
                and not self.is_stop(after) and not self.is_region(before))

    def name_of_with(self, tokens: list[tuple[int, int]], k: int, idx: int) -> bool:
        """Is the lone 同 (or another weak conjunction) at ``tokens[k]`` the first character of a registered
        name (同|寿堂|药业有限公司, 同仁堂…) rather than "with": it opens a sentence or a clause, before a word
        jieba hardly saw, and the name ends in a legal form followed by no verb of doing with (同…合作, 同…签约,
        同…相比: rules.with_verbs)?"""
        text, r = self.text, self.rules
        if k > 0 and text[tokens[k - 1][0]:tokens[k - 1][1]] not in _CLAUSE_OPENERS:
            return False
        nxt = text[tokens[k + 1][0]:tokens[k + 1][1]] if k + 1 < idx else ""
        if not (len(nxt) >= 2 and ALL_HAN.fullmatch(nxt) and self.freq(nxt) < r.rare_word_freq
                and (self.tag(nxt) or "nr").startswith("n")):
            return False
        form = _REGISTERED_END.match(text, tokens[idx][0]) if idx < len(tokens) else None
        return form is not None and not text.startswith(r.with_verbs, form.end())

    def opens_clause(self, tokens: list[tuple[int, int]], k: int) -> bool:
        """Does ``tokens[k]`` open a clause: the text's start, a mark before it, a verb's
        了 (走访了|澄屿…), the preposition of an agent (委托|汀澄瑞|跑…), or a conjunction after a
        registered name?"""
        if k <= 0:
            return k == 0
        before = self.text[tokens[k - 1][0]:tokens[k - 1][1]]
        # (…集团有限公司及|中港|通|国际货运有限公司: a conjunction after a registered name, or any org's,
        # opens the next one: 清澜大学澄湾研究院与|迈格|睿智|能|装备有限公司; so does a subsidiary's kind:
        # 控股子公司|宁川滨|达|房地产开发有限公司; and a firm's standing: 龙头企业|海川|远洋船|员|管理有限公司)
        return before == "了" or before in _AGENTS or (len(before) == 1 and not before.isalnum()) \
            or before.endswith(_SUBSIDIARIES) or before.endswith(self.rules.standing_words) or (
            before in ("及", "和", "与") and k >= 2
            and (self.text[tokens[k - 2][0]:tokens[k - 2][1]].endswith(REGISTERED_FORMS)
                 or self.ends_with_suffix(self.text[tokens[k - 2][0]:tokens[k - 2][1]])))

    def ends_with_suffix(self, word: str) -> bool:
        """Does ``word`` end like an org (…中心, …局, …公司)?"""
        return any(word.endswith(x) for x in self.rules.suffix_type)

    def rare_char_of_name(self, tokens: list[tuple[int, int]], i: int) -> bool:
        """Is ``tokens[i - 1]`` one rare character jieba tags zg (沅, 泺: its tag for characters
        it hardly knows, as for 很 or 此) glued to a word that goes on a place or a name it does not
        know (沅|州市, 泺|川碧澜), or a place it knows (泷|江城: 泷江)?"""
        s, e = tokens[i - 1]
        if e - s != 1 or i >= len(tokens) or tokens[i][0] != e:
            return False
        tok, nxt = self.text[s:e], self.text[tokens[i][0]:tokens[i][1]]
        r = self.rules
        # (or another of jieba's tags for a morpheme that is no word alone: 霁 vg, 霁|游互娱; or a rare
        # verb glued to a place's level in a word jieba does not know: 栖|梧市, 栖梧市)
        tag = self.tag(tok)
        # (or a rare classifier glued to the level the same way: 泓|川省, 泓川省)
        # (or to a word of a level that reads as the place's last character and its level: 泓|城市, 泓城市)
        # (or a rare classifier glued to a rare place of jieba's: 泓|江云|谷, 泓江云谷)
        # (or a rare character jieba has no tag for: 嵘|城市)
        return ((tag in _MORPHEME_TAGS or (tag in ("v", "q", "-") and len(nxt) == 2 and nxt[-1] in r.region_tails
                                           and (self.tag(nxt) is None or nxt in _PLACE_AND_LEVEL))
                 or (tag == "q" and len(nxt) == 2 and self.tag(nxt) == "ns" and self.freq(nxt) < r.plain_char_freq))
                and self.freq(tok) < r.plain_char_freq and HAN.match(tok) is not None
                and (nxt[0] in r.region_tails or self.tag(nxt) in (None, "ns") or self.is_region(tok + nxt)
                     # (沣|阳文|旅集团: the rest of a name jieba took for a person's)
                     or (self.tag(nxt) == "nr" and len(nxt) == 2)))

    def theme_before_suffix(self, tok: str, used: int, tokens: list[tuple[int, int]], idx: int) -> bool:
        """Is ``tok``, right before an association's or a club's suffix, the pastime it is of or the people it
        gathers (郊野|远足|协会, 游泳|协会, 退休|人士|联谊会)?"""
        r = self.rules
        if used or (tok not in r.pastimes and tok not in r.member_words) or idx >= len(tokens):
            return False
        suffix = self.text[tokens[idx][0]:tokens[idx][1]]
        return suffix == "俱乐部" or self.rules.suffix_type.get(suffix) == "association"

    def trade_before_suffix(self, tokens: list[tuple[int, int]], i: int, idx: int) -> bool:
        """Is ``tokens[i - 1]`` a verb of trades_before_suffix with only words of trade
        between it and the suffix, and what it works on before it (公路|养护|有限公司,
        污水|处理|工程|有限公司; not 依法|处理|华夏有限公司)?"""
        text = self.text
        before = text[tokens[i - 2][0]:tokens[i - 2][1]] if i >= 2 else ""
        # (right before a bare 公司, only after a brand the dictionary lacks: 迅邦|快递|公司, not
        # 一大|速递|公司; 旗舰|装饰|装修|工程|公司 has a word of trade between)
        bare = i == idx and idx < len(tokens) and text[tokens[idx][0]:tokens[idx][1]] == "公司"
        # (two such verbs in a row, the first working on the second's object: 报废|汽车|回收|拆解|有限公司)
        trades = self.rules.trades_before_suffix
        # (回收|业|商会: a lone 业 after the verb makes it the trade, the recycling trade's chamber)
        return (i >= 2 and text[tokens[i - 1][0]:tokens[i - 1][1]] in trades
                and (not self.is_stop(before) or before in trades) and not (bare and self.tag(before) is not None)
                and all(self.trade_word(text[a:b]) or text[a:b] in trades or text[a:b] == "业"
                        for a, b in tokens[i:idx]))

    def trade_word(self, word: str) -> bool:
        """Is ``word`` a word of trade (生物, 医药), or two of them (生物医药)?"""
        trade = self.rules.trade_words
        return word in trade or any(word[:k] in trade and word[k:] in trade for k in range(2, len(word) - 1))

    def only_kinds_after(self, tokens: list[tuple[int, int]], lo: int, idx: int) -> bool:
        """Are the words from ``tokens[lo]`` to the suffix (the start of ``tokens[idx]``
        without the suffix it ends in) kinds of body or ranks only, or none
        (福建省|高校|重点实验室, 福建省|重点实验室; not 陕西省|文化厅)?"""
        text, r = self.text, self.rules
        words = [text[a:b] for a, b in tokens[lo:idx]]
        if idx < len(tokens):
            last = text[tokens[idx][0]:tokens[idx][1]]
            for n in range(len(last)):
                if last[n:] in r.suffix_type:
                    if n:
                        words.append(last[:n])
                    break
        return all(w.endswith(r.kind_nouns) or w in r.rank_words for w in words)

    def role_before_region(self, tok: str, nxt: str) -> bool:
        """Is ``tok`` a word of the dictionary written before a name that opens with the
        region ``nxt`` (生产商|浙江…, 方|江苏…), not a region or a name itself (中国|北京…,
        长江海事局|黄石…, 中铁|北京…)?"""
        r = self.rules
        if tok.endswith("族") and nxt.startswith("自治"):
            return False  # 土家族|苗族|自治州: the peoples an autonomous place is named for are its name's
        if not ((nxt in r.regions and nxt not in _BROAD_REGIONS)
                or (len(nxt) >= 3 and nxt[-1] in r.region_tails and self.is_region(nxt))):
            return False  # a province or a city (浙江, 深圳市), not 国际 or a piece of a name (范|德堡)
        return (len(tok) >= 2 and ALL_HAN.fullmatch(tok) is not None and tok not in r.inner_words
                and tok not in r.government_openers
                and not tok.endswith(r.not_org_tails)
                and self.tag(tok) is not None and tok not in r.gazetteer and not self.is_region(tok)
                and not self.names_org(tok) and not self.ends_unit(tok))

    def common_noun(self, word: str) -> bool:
        """Is ``word`` a word of the dictionary that names no one: no place, no proper
        name to jieba (马里兰, 嘉禾), no known name (苹果 of 苹果公司 either), no Latin letters?"""
        tag = self.tag(word)
        r = self.rules
        return (tag not in _NOT_COMMON and word not in r.gazetteer
                and word not in r.ordinary_names and LATIN.match(word) is None and not self.is_region(word))

    def kind_word(self, word: str) -> bool:
        """Does ``word`` say what kind of body it is, not which: a common word, a word of
        generic_words or a broad region, or one of these and a suffix (国际|教育|集团,
        州立|大学, 商业银行, 儿科医院)?"""
        if word in self.rules.generic_words or word in _BROAD_REGIONS or self.common_noun(word):
            return True
        suffix = self.suffix_of(word)  # one word to jieba: 中医药大学, 儿科医院
        return suffix is not None and self.kind_word(word[:-len(suffix)])

    def suffix_of(self, word: str) -> str | None:
        """The longest suffix ``word`` ends in with something before it (中芯|学校), if any."""
        r = self.rules
        for n in reversed(r.suffix_lengths):
            if len(word) > n and word[-n:] in r.suffix_type:
                return word[-n:]
        return None

    def place_and_suffix(self, word: str) -> bool:
        """Is ``word`` a place and a suffix, one word to jieba (深圳大学, 哥伦比亚大学; not
        县政府, a bare level)?"""
        r = self.rules
        return any(len(word) >= n + 2 and word[-n:] in r.suffix_type and self.is_region(word[:-n])
                   for n in r.suffix_lengths)

    def opens_government(self, word: str, before: str) -> bool:
        """Does ``word``, after the word of the sentence ``before``, open the name of a
        government organ: 国家, 中国… (government_openers), a place (not 国际, nor an organ
        jieba tags as one, 海关), or after a verb or a function word a bare level or a level
        and a known organ (属|省|公安厅; not 盐源|县政府, where jieba does not know the place)?"""
        r = self.rules
        if word.startswith(r.government_openers):
            return True
        if self.is_region(word) and len(word) > 1 and word not in _BROAD_ONLY and not self.names_org(word):
            return True
        return (self.tag(before) in r.stop_tags
                and (word in r.region_tails or (word[:1] in r.region_tails and self.names_org(word[1:]))))

    def clause_word(self, word: str) -> bool:
        """Is ``word`` a word of the sentence, not of a name: a word of the dictionary
        that is no place, no proper name and no known name (详见, 武警, 协同), and if one
        character, a verb or a function word (属; not 中 of 中|广联)?"""
        tag = self.tag(word)
        if tag is None and len(word) == 2 and all(self.tag(ch) in self.rules.stop_tags for ch in word):
            return True  # (现将|北湖区…: two function characters jieba's HMM glued into a word it does not know)
        return (tag is not None and tag not in PROPER_TAGS and ALL_HAN.fullmatch(word) is not None
                and not word.startswith(self.rules.government_openers)  # 中共|西安市委
                and (len(word) > 1 or tag in self.rules.stop_tags)
                and not self.is_region(word) and not self.names_org(word))

    def leads_government(self, word: str) -> bool:
        """May ``word`` stand right before 政府 in a government's name: a place or a word
        ending in a level (县政府, 龙岗区人民政府), a person or a known name (特朗普政府),
        a name jieba does not know, a state's short name or a kind of state (英政府,
        联邦政府, 特区政府)?"""
        r = self.rules
        return (self.is_region(word) or word[-1:] in r.region_tails or word == ")"
                or (self.tag(word) is None and self.name_like(word))  # 闵行, 沃克: a place or person jieba lacks
                or self.tag(word) in PROPER_TAGS or word in r.gazetteer or word in r.government_heads
                or any(len(h) > 1 and word.endswith(h) for h in r.government_heads))  # 中华人民共和国中央

    def named_and_suffix(self, word: str) -> bool:
        """Is ``word`` a name jieba knows whole (tagged nt) that ends in a suffix after a
        word of its own, no common word (调查|耶鲁大学, 自动化|华南理工大学; not 附属医院),
        and no organ's (新闻出版|广电总局, 食品|药品监督管理局: an organ's name runs on
        through the words of its sector)?"""
        suffix = self.suffix_of(word) if self.tag(word) == "nt" else None
        return (suffix is not None and len(word) - len(suffix) >= 2 and self.rules.suffix_type[suffix] != "government"
                and not self.common_noun(word[:-len(suffix)]))

    def opens_with_region(self, word: str) -> bool:
        """Is ``word`` a region or a word opening with one (洛阳市, 日本政府)?"""
        return self.is_region(word) or any(word[:k] in self.rules.regions for k in range(2, min(len(word), 5)))

    def opens_name(self, word: str) -> bool:
        """May a name open with ``word`` after a kind of body (知名企业|上海…, 日资企业|丸井…):
        a region, or a word the dictionary does not know (a place or a brand)?"""
        return self.is_region(word) or (self.tag(word) is None and (
            LATIN.match(word) is not None or self.name_like(word)))

    def rare_noun(self, word: str) -> bool:
        """Is ``word`` a noun of the dictionary that jieba hardly saw (宏硕: 3 times; not 评判),
        which may open a name after a kind of body (芯片代工厂|宏硕…)?"""
        tag = self.tag(word)
        return tag is not None and not tag.startswith("v") and self.freq(word) < _RARE_NAME_FREQ \
            and self.name_like(word)

    def rare_proper(self, word: str) -> bool:
        """Is ``word`` a place or another proper name that jieba hardly saw (中港, ns; 捷运, nz: 5 times), which
        a brand may be made of (中港|通, 捷运|通), not a common one it tags so too (普通, 中华: nz)?"""
        return self.tag(word) in _PROPER_PLACE_TAGS and self.freq(word) < self.rules.rare_word_freq

    def name_like(self, word: str) -> bool:
        """Could ``word``, no word of the dictionary, be (part of) a name: 2-4 Han
        characters, none a function character (芯动, 梧川华擎; not 年获, 确为)?"""
        return (2 <= len(word) <= 4 and ALL_HAN.fullmatch(word) is not None
                and not any(c in HARD_STOP or (self.tag(c) or "")[:1] in FUNCTION_TAGS for c in word))

    def trade_brand(self, word: str) -> str | None:
        """The brand of ``word`` when it is made as a firm's short name is, else None: a brand no dictionary has,
        two or three characters, none a character no name holds (宏骋, 三禾: a numeral may open it), then one word of
        trade the dictionary has (机车, 电动), no place and no word of the clause."""
        words = [word[a:b] for a, b in segment(word, 0, len(word), self.rules)]
        if len(words) != 2:
            return None
        brand, trade = words
        if (2 <= len(brand) <= 3 and ALL_HAN.fullmatch(brand) is not None and self.tag(brand) is None
                and brand not in self.rules.gazetteer and not any(c in HARD_STOP for c in brand)
                and not self.is_region(brand) and len(trade) >= 2 and self.tag(trade) is not None
                and not self.is_stop(trade) and not self.is_region(trade)):
            return brand
        return None

    def bureau(self, s: int, e: int) -> bool:
        """Does ``text[s:e]`` end in a state company's numbered bureau, the company
        known by its short name (中建|三|局, 中铁|二十|局), not a game (连胜三局)?"""
        m = self.rules.company_bureau.search(self.text, s, e)
        return m is not None and self.rules.gazetteer.get(m.group("head")) in ("company", "group")

    def inner_between(self, tokens: list[tuple[int, int]], i: int) -> bool:
        """Is ``tokens[i - 1]``, a stop word that is also a word of names (联合, 合作),
        inside a name: right after a word of its own that follows a region
        (苏州|汇川|联合|动力系统股份有限公司), not after a separator or an org
        (区政府联合…, 联合…)?"""
        if i < 2 or i >= len(tokens):
            return False
        text, r = self.text, self.rules
        tok = text[tokens[i - 1][0]:tokens[i - 1][1]]
        if tok not in r.inner_words or tok not in r.stop_words:
            return False
        before = text[tokens[i - 2][0]:tokens[i - 2][1]]
        after = text[tokens[i][0]:tokens[i][1]]
        if before in _AGENT_CUES and not self.is_region(after) and not self.names_org(after):
            return True  # 由|联合|资信评估股份有限公司: after 由 the word opens the agent's name (not 由|联合|县…)
        if (NAME_CHAR.fullmatch(before) is None or self.is_stop(before) or self.names_org(before)
                or self.ends_unit(before)):
            return False  # …栗阳营业部|联合|…: a unit ends the org before the verb
        if i >= 3 and not self.is_region(before):
            place = text[tokens[i - 3][0]:tokens[i - 3][1]]
            if ((self.is_region(place) or (self.tag(place) is None and self.unknown_place(place)))
                    and not self.is_region(after) and not self.whole_name(after)):
                # 浙东|出版|联合|集团, not 滨澜|盐业|联合|天津…: a place or a whole name after it
                # is a second body (…联合|华南农业大学…; a suffix is the name's own: …联合|总商会)
                return True
        # 由|中华|联合|财产保险…, ，中华|联合|…: the word before (a place too) opens the name,
        # after a stop word or at a clause's start, and is no kind of body (企业联合…,
        # 高校联合…); no place or org follows (双方联合|杭州…, 上海联合|区政府: a verb)
        s = tokens[i - 2][0]
        if i >= 3:
            prev = text[tokens[i - 3][0]:tokens[i - 3][1]]
            opens = prev in r.stop_words or NAME_CHAR.fullmatch(prev) is None  # 由, 、
        else:
            opens = s == 0 or _CLAUSE.match(text, s - 1) is not None
        # (a bare suffix after it is the name's own: 由|华兴|联合|银行股份有限公司; a place said
        # with a postposition is where, no name: 县里|引进|青禾…有限公司)
        return (opens and before not in r.generic_words and not before.endswith(r.kind_nouns)
                and not (len(before) == 2 and before[1] in r.postpositions and self.tag(before) is not None)
                and not self.is_region(after) and (not self.names_org(after) or after in r.suffixes))

    def freq(self, word: str) -> int:
        seg = self._seg
        if seg is None:
            seg = self._seg = segmenter(self.rules)
        return seg.freq.get(word) or 0

    def unknown_place(self, word: str) -> bool:
        """Could ``word``, no word of the dictionary, be a place (梧川, 岚溪), not lone
        words jieba left (年获, 确为, 最热, 咏去: a numeral, an adverb, a verb)?"""
        if not 2 <= len(word) <= 3 or ALL_HAN.fullmatch(word) is None:
            return False
        for n, c in enumerate(word):
            tag = self.tag(c) or ""
            if tag[:1] in FUNCTION_TAGS or tag.startswith("v") or c in HARD_STOP:
                return False
        return True

    def whole_name(self, word: str) -> bool:
        """Is ``word`` a known name, or its longest suffix after a word of at least two
        characters (华南农业大学), not a suffix alone (总商会, 集团, 股份有限公司)?"""
        r = self.rules
        if word in r.gazetteer:
            return True
        longest = max((len(suffix) for suffix in r.suffixes if word.endswith(suffix)), default=0)
        return longest > 0 and len(word) - longest >= 2

    def ends_unit(self, word: str) -> bool:
        """Does ``word`` end in a unit of an org (支行, 营业部, 分公司)?"""
        return any(word.endswith(su.units) for su in self.rules.sub_units)

    def names_org(self, word: str) -> bool:
        """Is ``word`` a known name or does it end in a suffix (人民政府, 电子商会)?"""
        r = self.rules
        return word in r.gazetteer or word.endswith(r.suffixes)

    def unit_words(self, s: int, e: int) -> bool:
        """Can ``text[s:e]`` stand between an org and its unit (梧川, 电气与信息工程)?
        Not opening with a stop word or a verb (与江西省…, 举办…), no stop word
        but a 与/和 between two words, the second no region (清华大学与北京理工学院)."""
        text, r = self.text, self.rules
        if s == e:
            return True  # a unit right after its parent (市委|统战部)
        if _CITY.fullmatch(text, s, e) and not self.is_stop(text[s:e - 1]):
            return True  # 国家开发银行|沣州市|分行: a city jieba cuts 沣|州市
        # 中国人民财产保险股份有限公司|蓼|塘|支公司: lone characters are a place jieba does not know
        if text[s] in _FIELD_JOINS:
            return False  # 湘沅技师学院|和湘沅职业技术|学院: two names (lone characters merged 和|湘|沅)
        toks = [text[a:b] for a, b in merge_singles(text, segment(text, s, e, r), e)]
        # (a verb of a field may open two fields joined: 澳门特别行政区政府|统计暨普查|局)
        if (self.is_stop(toks[0]) and not (len(toks) > 2 and toks[1] in _FIELD_JOINS)) or self.names_org(text[s:e]):
            return False
        for k, t in enumerate(toks):
            if t in _FIELD_JOINS:
                if k == len(toks) - 1 or self.is_region(toks[k + 1]):
                    return False
            elif t in r.stop_words:
                return False
        return True

    def followed_by_place(self, end: int) -> bool:
        """Does a park, a project or a place go on from ``end`` (…|物流基地, …|经济技术开发区), or another word
        that the name's last character opens (各地教育部|门, 李盈莹局|均)?"""
        r = self.rules
        return ((r.not_org_tail.match(self.text, end) is not None and not self.text.startswith(r.units_after, end))
                or r.zone_after.match(self.text, end) is not None or r.kind_after.match(self.text, end) is not None)


_CITY = regex.compile(r"\p{Han}{2,3}[省市县区]")


_ADVERBS_BEFORE_VERB = frozenset("已将并曾还又就都也均")
_CLAUSE_LINKS = _ADVERBS_BEFORE_VERB | {"和", "及", "与"}  # what may stand before a clause's verb


def merge_singles(text: str, tokens: list[tuple[int, int]], limit: int, conj: frozenset[str] = frozenset(),
                   tails: frozenset[str] = frozenset(), is_region=None, plain=None,
                   common=None) -> list[tuple[int, int]]:
    """正 + 和 + 鞋业 -> 正和 + 鞋业: runs of single characters before ``limit`` are
    usually an unknown name jieba split up, not a string of function words; but a
    lone conjunction (``conj``) stays apart from a level after it (``tails``: 和|市),
    and from what follows when it opens the run right after a word that is no place
    (``is_region``): 朱婷|和|瓦|基弗银行 joins the two, 山东|和同信息 names one.
    A run of characters ``plain`` says are verbs or function words only, none a
    conjunction, stays apart (一定|要|改|办公室, 因为|能|有|个|大学), and so does a verb before
    a level, or a character ``common`` to jieba and no place before 省 or 市 (获|省|商务厅,
    报|省|住房和城乡建设厅, 报|市|教委; not a rare one, 璟州|大学)."""
    merged = _merge_runs(text, tokens, limit, conj, tails, is_region)
    if plain is None or len(merged) == len(tokens):
        return merged
    out: list[tuple[int, int]] = []
    given = set(tokens)
    for a, b in merged:
        if (a, b) not in given and (all(plain(c) and c not in conj for c in text[a:b])
                                    or (b - a == 2 and text[a + 1] in tails and (
                                        plain(text[a]) or (text[a + 1] in "省市" and common is not None
                                                           and common(text[a]) and is_region is not None
                                                           and not is_region(text[a:b]) and not is_region(text[a]))))):
            out.extend((k, k + 1) for k in range(a, b))
        elif (a, b) not in given and a > 0 and text[a - 1] in _ADVERBS_BEFORE_VERB and plain(text[a]):
            out += [(a, a + 1), (a + 1, b)]  # 已|送|嘉|滨县: after an adverb, the verb is the clause's
        else:
            out.append((a, b))
    return out


def _merge_runs(text: str, tokens: list[tuple[int, int]], limit: int, conj: frozenset[str],
                tails: frozenset[str], is_region) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    run = False  # is out[-1] a run of lone characters?
    for a, b in tokens:
        single = b - a == 1 and b <= limit and text[a] not in HARD_STOP and HAN.match(text[a]) is not None
        lone_conj = run and out[-1][1] - out[-1][0] == 1 and text[out[-1][0]] in conj
        if single and run and out[-1][1] == a and not (lone_conj and (
                text[a] in tails or (is_region is not None and len(out) >= 2 and out[-2][1] == out[-1][0]
                                     and out[-2][1] - out[-2][0] > 1 and HAN.match(text[out[-2][1] - 1]) is not None
                                     and text[out[-2][1] - 1] not in tails
                                     and not is_region(text[out[-2][0]:out[-2][1]])))):
            out[-1] = (out[-1][0], b)
            continue
        out.append((a, b))
        run = single
    return out


def maximal_hits(hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Drop hits contained in a longer hit (有限公司 inside 股份有限公司)."""
    hits = sorted(hits, key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str, str]] = []
    for h in hits:
        if out and out[-1][0] <= h[0] and h[1] <= out[-1][1]:
            continue
        # a later, longer hit that contains earlier ones (局 then 招商局 ends together)
        while out and h[0] <= out[-1][0] and out[-1][1] <= h[1]:
            out.pop()
        out.append(h)
    return out
