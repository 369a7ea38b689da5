"""Names ended by a suffix (有限公司, 集团, 协会, 研究院, 局…): the suffix hits of the
Aho-Corasick pass, each name's left edge from jieba run on a short window before its
suffix (org_words.py walks it), and the tests a name must pass; a candidate source
mixed into orgs._Finder."""
from __future__ import annotations

import bisect
import itertools

import regex

from .org_words import (ALL_HAN, FUNCTION_TAGS, HAN, HARD_STOP, LATIN, LETTER, LEVEL_VERBS, LONE_LEVELS, MAX_LEFT,
                        NAME_CHAR, NUMERAL_CHARS, REGISTERED_FORMS, Candidate, OrgWords, maximal_hits, merge_singles)
from .wordcut import segment

# Organs known by a character and their suffix (总局 after its full name, 警局 the police, 税局 the tax bureau).
_ONE_CHAR_ORGANS = frozenset(("总局", "警局", "税局", "警署"))
_BRACKET_REGION = regex.compile(r"\([\p{Han}]{2,4}\)")
_PLAIN_TAGS = frozenset("vdprcu")  # first letters of the tags of verbs and function words
# Characters of a registered name before its legal form, at most (more than MAX_LEFT:
# 广州市白云出租汽车集团番禺汽车运输|有限公司)
_MAX_REGISTERED = 24
# Links between the members of a list of registered names (…有限公司、|…有限公司, …有限公司及|…有限公司).
_MEMBER_LINKS = frozenset(("、", "及", "和", "与", "以及"))

_LATIN_LETTER = regex.compile(r"[A-Za-z]")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_BODY_HEADS = ("中心", "站", "馆", "队", "室", "社")  # what a body's name ends in, not a field's
# Up to three capitalized words (J., Andel, Kors), each followed by one space, ending where a name's
# A count in Arabic digits inside what stands before a suffix (辅导126处外销|集团): no name holds one.
_COUNT_INSIDE = regex.compile(r"\d[余多]?[家所个座处](?![月年天小时])")
# Latin word starts; not after a letter or digit (the first word is whole)
_LATIN_WORDS_BEFORE = regex.compile(r"(?<![A-Za-z0-9&.'\-])(?:[A-Z][A-Za-z0-9&'\-]*\.? ){1,3}\Z")


# 全县|竹业专业合作社达126家: a name after all of a place, then a count of it, says what kind.
_ALL_OF_PLACE = regex.compile(r"全[省市县区镇乡州盟国]$")
_ONE = regex.compile(r"(?:一|1)(?![0-9〇零一二两三四五六七八九十百千])")
_CLAUSE_END = regex.compile(r"[，,。；;、！!？?\n]|$")
_COUNT_LINK = regex.compile(r"(?:总数|数量)?(?:达到|达|共有|共计|共)")


_HOLDING_FORM = regex.compile(r"(?:有限|股份|集团|公司|（|\()")  # …集团控股有限公司: 控股 in the name
_BODIES_COUNTED = regex.compile(r"(?<![\d.])(?:\d+|[两三四五六七八九十百]+)(?:余|多)?家$")  # 3家|邮轮公司: a count of a kind


# The liability a Taiwan cooperative names before its name (保證責任臺中市…生產合作社), as normalized.
_LIABILITY_FORMS = ("保证责任", "有限责任", "无限责任")
# Adverbs that open a verb phrase: a preposition glued after one of them is the phrase's verb (并|获…).
_ADVERBS = frozenset("并还也又均已将曾再亦")


def _autonomous_after(words: list[str]) -> bool:
    """Do ``words`` name more peoples, then an autonomous place (苗族|自治州)?"""
    rest = list(itertools.dropwhile(lambda w: w.endswith("族"), words))
    return bool(rest) and rest[0].startswith("自治")


class SuffixSource(OrgWords):
    """Mixed into orgs._Finder: candidates ended by a suffix of rules/org.yaml."""

    def describes_next(self, parts: list[str], end: int) -> bool:
        """Are ``parts`` (before a bare 公司 ending at ``end``) words of the dictionary,
        no region or known name, and a word it does not know (a name) right after
        (芯片设计公司|芯动微电子, 咨询公司|ABC…)?"""
        r, text = self.rules, self.text
        if not parts or not all(self.tag(p) is not None and p not in r.gazetteer and not self.is_region(p)
                                for p in parts):
            return False
        m = NAME_CHAR.match(text, end)
        if m is None:
            return False
        toks = self.tokens_around(end, m.end(), 0, 4)
        k = bisect.bisect_left(toks, (end, end))
        if k >= len(toks) or toks[k][0] != end:
            return False
        word = text[toks[k][0]:toks[k][1]]
        return (len(word) >= 2 and self.tag(word) is None and word not in r.gazetteer
                and (LETTER.match(word) is not None or self.name_like(word)))

    def split_glued_conj(self, tokens: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
        """…有限公司|和蒂森|克虏伯…: a rare word the dictionary glued from a
        conjunction and the next name's first characters, right after an org's
        suffix or a separator, is split after the conjunction; 会同县|发改委: a stop
        word of two or more characters glued to a level is split before the level
        (not a region of our lexicon: 新建区).
        Only the tokens ending in ``(lo, hi]`` (where a name may begin) are looked at."""
        text, r = self.text, self.rules
        tails, conj = r.region_tails, r.glued_conj
        out = tokens
        for n in range(len(tokens) - 1, -1, -1):
            a, b = tokens[n]
            if b > hi or b - a < 2:
                continue
            if b <= lo:
                break
            # (not a zone's word we added to the dictionary: 深度|合作区|执行委员会)
            if b - a > 2 and text[b - 1] in tails and text[a:b - 1] in r.stop_words and text[a:b] not in r.regions \
                    and text[a:b] not in r.new_words:
                if out is tokens:
                    out = list(tokens)
                out[n:n + 1] = [(a, b - 1), (b - 1, b)]
                continue
            if n and b - a >= 3 and text[a] == "厂" and self.tag(text[a:b]) is None:
                # 零组件|厂联铨|精密…: a works (厂) the HMM glued to the name that follows it
                if out is tokens:
                    out = list(tokens)
                out[n:n + 1] = [(a, a + 1), (a + 1, b)]
                continue
            if n and text[a] in r.glued_prepositions and self.preposition_glued(
                    text[a:b], text[tokens[n - 1][0]:tokens[n - 1][1]]):
                if out is tokens:
                    out = list(tokens)
                nb = out[n + 1][1] if n + 1 < len(out) else b
                if b - a == 2 and nb > b and ALL_HAN.fullmatch(text, b, nb) and self.tag(text[b:nb]) is None:
                    # (以天|衡华: the character left goes with the word no dictionary has after it, 天衡华)
                    out[n:n + 2] = [(a, a + 1), (a + 1, nb)]
                else:
                    out[n:n + 1] = [(a, a + 1), (a + 1, b)]
                continue
            if (b - a == 2 and text[a] in r.glued_prepositions and self.freq(text[a:b]) < r.rare_word_freq
                    and text[a:b] not in r.gazetteer and n + 1 < len(tokens)
                    and self.unknown_place_level(text[tokens[n + 1][0]:tokens[n + 1][1]])):
                # 据云|溪县|文化广电和旅游局: a preposition glued to a place's first character (a rare
                # word, 据云), the rest of the place and its level a word no dictionary has
                if out is tokens:
                    out = list(tokens)
                out[n:n + 1] = [(a, a + 1), (a + 1, b)]
                continue
            if n and b - a >= 3 and text[a] in LONE_LEVELS and self.tag(text[a:b]) is None:
                prev = text[tokens[n - 1][0]:tokens[n - 1][1]]
                if prev in LEVEL_VERBS:
                    # 指导|市托育|服务行业协会: a level glued by jieba's HMM to the name's next characters,
                    # after a word of the clause
                    if out is tokens:
                        out = list(tokens)
                    out[n:n + 1] = [(a, a + 1), (a + 1, b)]
                    continue
            if n and b - a in (3, 4) and text[a + 1] in r.glued_prepositions and self.tag(text[a:b]) is None \
                    and self.freq(text[a:b]) == 0 and text[a:b] not in r.gazetteer:
                # 商|服用|地由禾|信置地…: a preposition between the clause's last character and the name's
                # first, glued by jieba's HMM into a word no dictionary has (桥梁|标由宏嘉|营造…)
                if out is tokens:
                    out = list(tokens)
                out[n:n + 1] = [(a, a + 1), (a + 1, a + 2), (a + 2, b)]
                continue
            if n and b - a == 2 and text[a + 1] in r.glued_prepositions and self.tag(text[a:b]) is None \
                    and self.freq(text[a:b]) == 0 and text[a:b] not in r.gazetteer:
                # 加盟|展由|镜湖|会展服务有限公司: the clause's last character and the preposition
                if out is tokens:
                    out = list(tokens)
                out[n:n + 1] = [(a, a + 1), (a + 1, b)]
                continue
            if n and text[a + 1] in conj and self.tag(text[a:b]) is None and self.ends_with_suffix(
                    text[tokens[n - 1][0]:a + 1]):
                # 科学技术|厅和沣岫省|财政厅, 农村|厅和|国家…: the last character of a name's suffix, a
                # conjunction and the next name's first characters, glued by jieba's HMM
                if out is tokens:
                    out = list(tokens)
                out[n:n + 1] = [(a, a + 1), (a + 1, a + 2)] + ([(a + 2, b)] if b > a + 2 else [])
                continue
            if not n or text[a] not in conj:
                continue
            word, prev = text[a:b], text[tokens[n - 1][0]:tokens[n - 1][1]]
            after_org = (prev in r.gazetteer or any(prev.endswith(x) for x in r.suffix_type if len(x) >= 2)
                         or self.ends_unit(prev) or prev in ("）", ")"))  # …禾丰支行|同禾…, （以下简称…）|和溱阳县…
            # …发展改革委|和县|自然资源局: a conjunction and a level right after an org, or
            # after the last member of a list (…、金穗农资|和县|融媒体中心)
            if b - a == 2 and text[a + 1] in r.region_tails and (after_org or (
                    prev != "、" and not self.is_region(prev) and n >= 2
                    and any(text[x:y] == "、" for x, y in tokens[:n - 1]))):
                after_org = True
            elif self.freq(word) >= r.rare_word_freq or word in r.gazetteer or self.tag(word) in ("c", "p"):
                continue
            elif text[a] in r.glued_conj_weak and self.tag(word) is not None:
                continue  # 同济: a word of its own
            # 码头运营商|和船|公司: a conjunction after a word of trade or a kind of firm (or 已|与瀚华|…:
            # after an adverb, 与 is the preposition before a name)
            if prev == "、" or after_org or prev in r.generic_words or (self.tag(prev) or "") == "d":
                if out is tokens:
                    out = list(tokens)
                out[n:n + 1] = [(a, a + 1), (a + 1, b)]
        return out

    def split_cut_place(self, tokens: list[tuple[int, int]], first: int,
                        limit: int) -> list[tuple[int, int]] | None:
        """``tokens`` with a place cut back together when the walk stopped at a stop
        word ``tokens[first - 1]`` that opens with the place's last character
        (福|建立|衡 -> 福建|立衡: the rest joins the lone characters after it), or None."""
        if first < 2:
            return None
        text = self.text
        (p, q), (a, b) = tokens[first - 2], tokens[first - 1]
        if b - a < 2 or q != a or not self.is_stop(text[a:b]) or not self.is_region(text[p:a + 1]):
            return None
        if (q - p >= 2 and self.is_region(text[p:q])) or HAN.match(text, a + 1) is None:
            return None  # 中国|…: a place already whole before the stop word
        cut = tokens[:first - 2] + [(p, a + 1), (a + 1, b)] + tokens[first:]
        return merge_singles(text, cut, limit, self.rules.glued_conj, self.rules.region_tails)

    def registered_start(self, tokens: list[tuple[int, int]], first: int, cs: int) -> int:
        """Where a registered name (…有限公司 at ``cs``) whose walk left stopped at
        ``tokens[first]`` opens: at a place of two characters or more (太仓, 深圳市), the
        name no longer than _MAX_REGISTERED characters before its suffix, when only words that may
        stand inside a name lie between (no stop word, postposition, kind of body, name,
        common verb, function character or mark); else at ``first``."""
        text, r = self.text, self.rules
        if first >= len(tokens) or self.is_region(text[tokens[first][0]:tokens[first][1]]):
            return first  # the walk reached its place
        used = cs - tokens[first][0]
        j = first - 1
        while j >= 0:
            a, b = tokens[j]
            word = text[a:b]
            used += b - a
            tag = self.tag(word) or "-"
            # (禾塘镇|以|丰岭县…有限公司为龙头: a lone preposition or conjunction is the clause's)
            if (used > _MAX_REGISTERED or word in r.stop_words or word[-1] in r.postpositions or not ALL_HAN.fullmatch(word)
                    or (len(word) == 1 and tag[0] in "pc")
                    or any(c in HARD_STOP for c in word) or word.endswith(r.kind_nouns) or self.names_org(word)
                    or (len(word) > 1 and tag.startswith("v") and word not in r.inner_words
                        and self.freq(word) >= r.rare_word_freq_unknown)):
                return first  # 光伏龙头企业|茂迪…, 年会上|遨博…, 收购|…: no name runs across it
            # (or one the dictionary lacks that opens the clause: 柘川|澄渊锂|能|科技股份有限公司)
            if len(word) >= 2 and (self.is_region(word) or (self.tag(word) is None and self.unknown_place(word)
                                                            and self.opens_clause(tokens, j))):
                return self.wider_places(tokens, j, cs)
            j -= 1
        return first

    def wider_places(self, tokens: list[tuple[int, int]], j: int, cs: int) -> int:
        """``j``, or the first of the places of two characters or more written right before the place
        ``tokens[j]`` a registered name (…有限公司 at ``cs``) reached, wider ones first (杭州|云集|播|科技…: 云集,
        a town to jieba, is the brand's; 浙江|杭州|…, 丰岭|县|云集…): the name opens with them, as a city opens
        杭州娃哈哈… (not past a word of the clause: 禾塘镇|以|丰岭县…, 位于|杭州|…)."""
        text, tails = self.text, self.rules.region_tails
        while j > 0:
            # (a place and its level jieba cut apart: 丰岭|县)
            n = 2 if j >= 2 and text[tokens[j - 1][0]:tokens[j - 1][1]] in tails else 1
            a, b = tokens[j - n][0], tokens[j - 1][1]
            if b - a < 2 or cs - a > _MAX_REGISTERED or not self.is_region(text[a:b]) \
                    or any(text[x:y] in self.rules.stop_words for x, y in tokens[j - n:j]):
                break
            j -= n
        return j

    def member_start(self, tokens: list[tuple[int, int]], first: int, cs: int) -> int:
        """Where a registered name (…有限公司 at ``cs``) opens that follows another in a list
        (…股份有限公司、|好|邻居|便利商店股份有限公司, …有限公司及|联运|停车|服务（香港）有限公司): right
        after the link, whatever word of the brand the walk left stopped at (邻居, 停车: verbs to jieba),
        when only words a name may hold lie between (no stop word, function character, kind of body,
        standing or known name, at most _MAX_REGISTERED characters); else at ``first``."""
        text, r = self.text, self.rules
        if not 0 < first < len(tokens):
            return first
        used = cs - tokens[first][0]
        for j in range(first - 1, 0, -1):
            word = text[tokens[j][0]:tokens[j][1]]
            if word in _MEMBER_LINKS:
                # (the member before ends in its legal form: a list of registered names, not 与|收购…)
                before = text[tokens[j - 1][0]:tokens[j - 1][1]]
                return j + 1 if j + 1 < first and before.endswith(REGISTERED_FORMS) else first
            used += len(word)
            if (used > _MAX_REGISTERED or word in r.stop_words or not ALL_HAN.fullmatch(word)
                    or any(c in HARD_STOP for c in word) or word.endswith(r.kind_nouns)
                    or word.endswith(r.standing_words) or self.names_org(word)):
                return first  # (…有限公司和|旗下|…, …有限公司与|龙头企业|…: the clause's words)
        return first

    def role_start(self, tokens: list[tuple[int, int]], first: int, cs: int) -> int:
        """Where a registered name (…有限公司 at ``cs``) opens that follows a trader's role (rules.trader_roles:
        码头营运商|青衣|联合|货柜码头有限公司, 发展商|…): right after the role, whatever word of the name the walk
        left stopped at (联合, a verb of joint action; 现代, a time to jieba), when a name may open with the word
        after the role (no stop word: 运营商|联合|…有限公司 is the clause's verb) and only words a name may hold
        lie between (a stop word only if names hold it too, 联合; no function character, kind of body,
        standing or known name; at most _MAX_REGISTERED characters); else at ``first``."""
        text, r = self.text, self.rules
        if not 0 < first < len(tokens):
            return first
        used = cs - tokens[first][0]
        for j in range(first - 1, -1, -1):
            word = text[tokens[j][0]:tokens[j][1]]
            if word.endswith(r.trader_roles):
                opener = text[tokens[j + 1][0]:tokens[j + 1][1]]
                return j + 1 if opener not in r.stop_words else first
            used += len(word)
            if (used > _MAX_REGISTERED or (word in r.stop_words and word not in r.inner_words)
                    or not ALL_HAN.fullmatch(word) or any(c in HARD_STOP for c in word) or word.endswith(r.kind_nouns)
                    or word.endswith(r.standing_words) or self.names_org(word)):
                return first
        return first

    def lone_place_head(self, tokens: list[tuple[int, int]], first: int, k: int, cs: int) -> int:
        """``first``, or the token before it: 上|海瑞|铂|新材料股份有限公司, 上|海鲜|达|供应链…: jieba took a
        place's last character into a word of its own (海瑞, a person; 海鲜); the character left alone
        before the name opens the place (not before a name opening with a place: 在|上|海南…)."""
        text = self.text
        if 0 < first < k and tokens[first - 1][1] - tokens[first - 1][0] == 1 \
                and not self.opens_with_region(text[tokens[first][0]:cs]) \
                and any(text[tokens[first - 1][0]:tokens[first][0] + n] in self.rules.regions for n in (1, 2)):
            return first - 1
        return first

    def plain_char(self, c: str) -> bool:
        """Is ``c`` a common verb or function word to jieba (要, 改, 能, 的), no piece of a
        name (not 涵 of 如涵控股, a verb jieba rarely sees)?"""
        return (self.tag(c) or "-")[0] in _PLAIN_TAGS and self.freq(c) >= self.rules.plain_char_freq

    def common_char(self, c: str) -> bool:
        """Is ``c`` a character jieba sees often (报, not 璟)?"""
        return self.freq(c) >= self.rules.plain_char_freq

    def opens_place(self, char: str) -> bool:
        """Can ``char``, alone before a place's last character and its level, open the place
        (云 of 云|溪县; not a word of the clause: 在, 和, 据)?"""
        return len(char) == 1 and ALL_HAN.fullmatch(char) is not None and char not in self.rules.stop_words \
            and char not in self.rules.glued_prepositions and (self.tag(char) or "-")[:1] not in FUNCTION_TAGS

    def unknown_place_level(self, word: str) -> bool:
        """Is ``word`` a place's last character and its level, no word of the dictionary (溪县), or a
        short place of its own the character before may open a longer one with (宁县 of 溆宁县)?"""
        return len(word) == 2 and word[-1] in self.rules.region_tails and word not in self.rules.stop_words \
            and ((self.tag(word) is None and self.freq(word) == 0) or self.tag(word) == "ns")

    def preposition_glued(self, word: str, prev: str) -> bool:
        """Is ``word`` a preposition and a name's first characters, glued by jieba's HMM
        into a word no dictionary has, after a noun of the clause (交易价格|以鼎诚|资产评估…):
        not after a place, whose name may open with the character (石家庄|以岭…)?"""
        r = self.rules
        # (最终|以天|衡华…事务所: after an adverb jieba knows, two characters are enough)
        if len(word) >= (3 if prev in _ADVERBS else 2) and (prev in _ADVERBS or self.tag(prev) == "d") \
                and self.tag(word) is None and word not in r.gazetteer and self.freq(word) == 0:
            return True  # 并|获港亚|银行: an adverb opens a verb phrase, the character is its verb
        return (len(word) >= 3 and self.tag(word) is None and word not in r.gazetteer
                and self.freq(word) == 0 and len(prev) >= 2 and self.tag(prev) is not None
                and not self.is_stop(prev) and not self.is_region(prev) and not self.names_org(prev))

    def across_and(self, tokens: list[tuple[int, int]], first: int, k: int, inner: list[str]):
        """(first, parts) of a name walked on past a 和 right before ``tokens[first]``, when the word
        before the 和 may end a name (no stop word, no place, no name of its own), else None."""
        text = self.text
        if first < 2 or text[tokens[first - 1][0]:tokens[first - 1][1]] != "和":
            return None
        before = text[tokens[first - 2][0]:tokens[first - 2][1]]
        # (a place jieba hardly knows may be a brand's word: 信|永中|和)
        if not ALL_HAN.fullmatch(before) or self.is_stop(before) or self.names_org(before) \
                or (self.is_region(before) and self.freq(before) >= self.rules.rare_word_freq) \
                or self.ends_with_suffix(before):
            return None
        f2 = self.walk_left(tokens, first - 1)
        # (three characters at least before the 和: two may be a place or a short name of its own,
        # 梧川|和|保险公司)
        if f2 >= first - 1 or tokens[first - 1][0] - tokens[f2][0] < 3:
            return None
        return f2, [text[a:b] for a, b in tokens[f2:k]] + inner

    def acceptable(self, parts: list[str], suffix: str, typ: str, cs: int = 0) -> bool:
        """Is ``parts`` (the words before the suffix at ``cs``) a name, not a description?"""
        r = self.rules
        left = "".join(parts)
        if typ == "government":
            # 连胜三局, 第七局, 10局: a number before a one-character suffix is a count of games
            if len(suffix) == 1 and left and left[-1] in NUMERAL_CHARS and not self.bureau(cs - len(left), cs + 1):
                return False
            if len(suffix) == 1 and len(left) == 1 and left not in r.region_tails and left + suffix not in _ONE_CHAR_ORGANS:
                return False  # 都|发局, 酒局, 金局: one character cut off a word, no organ (市局, 县局, 总局 are)
            if suffix in r.region_first and not self.named_after_place(parts):
                return False  # 乡镇综合服务中心: a kind of unit every town has
            if suffix in r.led_suffixes and not (parts and self.leads_government(parts[-1])):
                return False  # 建议政府, 党和政府, 数字政府: the government in general
            if suffix in r.field_led_suffixes and not left.endswith(r.department_fields):
                return False  # 登录厅, 候车厅, 多功能厅: a hall, named by what is done in it, no department
            if parts and r.gazetteer.get(parts[0]) in ("company", "group") and (left + suffix).endswith(r.firm_units):
                return False  # 谷歌|办公室, 百度|人工智能产品委员会: a firm's own, no organ
            # (执行|委员会: a bare kind of organ, whatever word of it jieba cut off)
            return (bool(left) and left + suffix not in r.bare_not) or (len(suffix) >= 3 and suffix not in r.bare_not)
        if not left:
            return False
        if suffix in r.name_word_suffixes:
            # 青澜资本, TPG资本, 中信资本, 国联产险 (国联: a proper name jieba hardly saw): a word of a name, not 民间资本
            return any(LETTER.match(p) is not None or r.gazetteer.get(p) in ("company", "group")
                       or (len(p) >= 2 and ALL_HAN.fullmatch(p) is not None
                           and (self.tag(p) is None or self.rare_proper(p)) and not any(c in HARD_STOP for c in p))
                       for p in parts)
        if suffix in r.region_first and not self.named_after_place(parts):
            return False  # 所在学校, 足球学校: a school is named after its place or its parent (…大学附属中学)
        if suffix in r.place_first and not self.opens_with_place(parts):
            return False  # 上幼儿园, 普惠性幼儿园, 中小学校幼儿园: a common noun unless its place opens it
        if len(suffix) == 1 and len(left) < r.short_suffix_min_left:
            return False
        if left.isdigit() and not (suffix in r.group_suffixes and 2 <= len(left) <= 3):
            return False  # 300527证券 (a stock code), but 360集团, 58集团
        if r.kind_count.match(left) or _COUNT_INSIDE.search(left):
            return False  # 20个|教学院, 137所|双一流大学, 辅导126处|外销集团: a count of a kind of body, no name
        if any(w in left for w in r.anonymous):
            return False  # 广州某|大学 (jieba's word 广州某): a certain one, no name
        words = [p for p in parts if p not in "()"]
        # 上海市|锦|天城|律师事务所: after a region, a single character jieba tags as a
        # place (but no level such as 市) is a piece of an unknown name, not a place
        # a known company jieba tags as a place (中兴) is distinctive too
        distinctive = [p for n, p in enumerate(words) if p not in r.generic_words and (
            not self.is_region(p) or r.gazetteer.get(p) in ("company", "group") or (
                n and len(p) == 1 and p not in r.region_tails and p not in r.regions and self.is_region(words[n - 1])))]
        if distinctive:
            # a lone single character (一, 某) between generic words names nothing
            return any(len(p) > 1 or LATIN.match(p) for p in distinctive) or len(left) >= 3
        # 省纺织服装行业协会: a bare 省/市 counts as a region when more follows
        # 县人民医院, 县中医院: a bare level names the one of its level for some suffixes
        # (城市|商业银行: jieba tags 城市 a place, but it is a kind of bank, no region; 国际, 亚洲
        # are generic words too, but regions.txt's: 亚洲电视台)
        regions = [p for p in words if self.is_region(p) and (p not in r.generic_words or p in r.regions)
                   and (p not in r.region_tails or len(words) > 1 or suffix in r.level_alone)]
        if len(words) >= 2 and words[0] == "国家" and "有限" in suffix:
            regions.append("国家")  # 国家|融资|担保|基金|有限责任公司: the state's own firm, registered
        if suffix in r.region_alone:
            # 深圳中学: a named place (not a bare level) alone names a school, unless a
            # time follows (杭州中学时, 中学阶段: a stage of schooling)
            if r.region_alone_not_before.match(self.text, cs + len(suffix)):
                return False
            return any(p not in r.region_tails for p in regions)
        if suffix in r.field_join_suffixes and any(p not in r.region_tails for p in regions) and any(
                p in r.study_fields for p in words):
            return True  # 广东|金融|学院: a place and a field of study name a college (not 上海|学院)
        return bool(regions) and suffix not in r.weak_suffixes

    def opens_with_place(self, parts: list[str]) -> bool:
        """Does a name of ``parts`` open with a place the dictionary knows or a bare level
        (上海|宋庆龄幼儿园, 县|机关幼儿园), or a place it does not know with its level (青禾县|…)?"""
        r = self.rules
        if not parts:
            return False
        head = parts[0] + parts[1] if len(parts) > 1 and parts[1] in r.region_tails else parts[0]
        return self.is_region(head) or parts[0] in r.region_tails or (
            len(parts) > 1 and len(parts[1]) == 2 and parts[1][-1] in r.region_tails
            and self.tag(parts[1]) is None and self.unknown_place(parts[0] + parts[1][0]))

    def named_after_place(self, parts: list[str]) -> bool:
        """Does a name of ``parts`` open with its place or its parent (梧川|中学,
        青峦|县|…, …大学|附属中学, 县|城市管理…), as a name ending in a suffix of
        region_first must?"""
        if not parts:
            return False
        r = self.rules
        head = parts[0] + parts[1] if len(parts) > 1 and parts[1] in r.region_tails else parts[0]  # 青峦|县
        if head == "国家" and len(parts) > 1:
            return True  # 国家|表演|艺术中心: the nation's own body, the nation its place
        if len(parts) > 1 and parts[1] in r.landforms and len(parts[0]) >= 2 and ALL_HAN.fullmatch(parts[0]) \
                and not self.is_stop(parts[0]) and parts[0] not in r.generic_words:
            return True  # 海景|湾|中学: a place named for its bay, the bay's character cut off by jieba
        if head.endswith(r.institution_openers) and self.is_region(head[:-1]):
            return True  # 台北市立|美术馆: jieba's one word of a city and its founding (市立)
        if len(parts) > 1 and len(parts[1]) == 2 and parts[1][-1] in r.region_tails \
                and self.tag(parts[1]) is None and self.unknown_place(parts[0] + parts[1][0]):
            return True  # 渚|阳市: jieba glued a level to an unknown place's last character
        # (国|网棠|溪: the parent's short name may be cut apart with the place)
        name = "".join(parts)
        parent = next((p for p in r.place_parents if name.startswith(p)), None)
        place = name[len(parent):] if parent is not None else ""
        if 2 <= len(place) <= 3 and ALL_HAN.fullmatch(place) and self.tag(place) is None:
            return True  # 国网泓川|供电公司: a parent's short name, then a place the dictionary does not know
        # (国网芩阳|供电公司: a parent's short name glued to a place, neither known to the dictionary)
        return (self.is_region(head) or self.names_org(parts[0])
                or (self.tag(parts[0]) is None and (self.unknown_place(parts[0]) or (
                    len(parts[0]) == 4 and self.unknown_place(parts[0][:2]) and self.unknown_place(parts[0][2:])))))

    # -- suffixes
    def suffix_candidates(self, hits: list[tuple[int, int, str, str]],
                          tails: dict[int, int] | None = None) -> list[Candidate]:
        """``tails``: suffix hit start -> start of the gazetteer organ it ends (旅游局)."""
        text, r = self.text, self.rules
        hits = maximal_hits(hits)
        chains: list[list[tuple[int, int, str, str]]] = []
        for h in hits:
            if chains and h[2] == "控股" and h[0] == chains[-1][-1][1] and (
                    chains[-1][-1][2] in r.group_suffixes or chains[-1][-1][2].endswith("公司")) \
                    and not _HOLDING_FORM.match(text, h[1]):
                # 椰垦集团|控股建设…, 鹰铜集团|控股的…, 能源投资有限公司|控股、: the group or the firm holds,
                # a verb (not 集团控股有限公司)
                continue
            if chains and h[2] in r.unchained_suffixes and h[0] == chains[-1][-1][1]:
                continue  # 岚峰资本|共同投资基金12亿元: the firm invests jointly, the adverb the clause's
            if chains:
                pe = chains[-1][-1][1]
                gap = text[pe:h[0]]
                # not the same suffix twice (…信息化局|局长: the second 局 opens a title)
                if (h[0] == pe and h[2] != chains[-1][-1][2]) or (
                        _BRACKET_REGION.fullmatch(gap) and self.paren_place(gap[1:-1])):
                    chains[-1].append(h)
                    continue
            chains.append([h])
        out = []
        for chain in chains:
            # 星海智控|控股股东: the last suffix opens a longer word jieba may cut apart; what
            # went before it may still end a name (富通集团|控股子公司)
            while chain and (longer := r.suffix_longer.get(chain[-1][2])) and text.startswith(longer, chain[-1][0]):
                chain = chain[:-1]
            if not chain:
                continue
            cs, ce = chain[0][0], chain[-1][1]
            typ, last = chain[-1][3], chain[-1][2]
            if typ == "company" and any(h[3] == "group" for h in chain):
                typ = "group"  # 江淮重工控股集团有限公司: a group, whatever its legal form
            # cheap rejects before any jieba: nothing name-like before the suffix, or
            # an ordinary word ending in it (该公司, 上市公司, 格局)
            if cs == 0 or not NAME_CHAR.match(text[cs - 1]) and text[cs - 1] != ")":
                continue
            # an ordinary word ending in the suffix (格局, 该公司), unless a more common
            # word ends inside it (台商|协会 holds 商协会, 青禾电子|公司 子公司)
            if any(text[k:ce] in r.not_org_words and not self.straddled_at(k, ce)
                   for k in range(max(0, cs - 4), cs + 1)):
                continue
            # 连胜三局, 第七局: a number before a one-character organ suffix counts games
            if (typ == "government" and ce - cs == 1 and text[cs - 1] in NUMERAL_CHARS
                    and not self.bureau(max(0, cs - 6), ce)):
                continue
            window = self.recut_morphemes(self.tokens_around(cs, ce, MAX_LEFT + 2))
            tokens = merge_singles(text, self.unglue_levels(window), cs,
                                   r.glued_conj, r.region_tails, self.is_region, self.plain_char, self.common_char)
            starts = [s for s, _ in tokens]
            # tokens are contiguous: their ends are the later starts and the last end
            j = bisect.bisect_left(starts, ce)
            if not (j < len(starts) and starts[j] == ce) and ce != tokens[-1][1] and ce != len(text):
                a, b = tokens[j - 1] if j else (ce, ce)
                # but 区委|书记, and 局|等央企, 局|驻: a word no dictionary has, made by
                # jieba's HMM across the suffix's end
                # (and 海关|监管, a word of jieba's: an organ's suffix of two characters or more, then
                # a verb; not 大学|排名, 资本|运作)
                if not ((text[ce:b] in r.titles_after and chain[-1][2] in r.titled_suffixes)
                        or (self.tag(text[a:b]) is None and HAN.match(text, ce) is not None)
                        or (typ == "government" and a == cs and ce - cs >= 2 and b - ce >= 2
                            and (self.tag(text[ce:b]) or "") in ("v", "vn"))):
                    continue  # 银行业, 公司法, 局面: the suffix is inside a longer word
            if j < len(starts) and starts[j] == ce and text[ce:tokens[j][1]] in r.words_after_no_suffix:
                continue  # 集团|化|办学: the suffix is the stem of a word
            k = bisect.bisect_right(starts, cs) - 1
            ts, te = tokens[k]
            if text[ts:ce] in r.not_org_words:
                continue
            inner: list[str] = []
            if ts < cs:
                if any(ce - n >= ts and text[ce - n:ce] in r.not_org_words for n in r.not_org_lengths):
                    continue  # text[ts:ce] ends in one of them
                inner = [text[ts:cs]]
            first = self.walk_left(tokens, k)
            # 汽车|经销商|协会: a trader (a stop word before a firm: 供应商|岚达…) right before an association's
            # suffix names its members, the name's own word; the name opens where the walk from it does
            # (香港|建造|商会: or a trader whose 商 jieba gave the chamber, 建造商 the builders, a verb left)
            if first == k and typ == "association" and k >= 2 and (
                    text[tokens[k - 1][0]:tokens[k - 1][1]] in r.trader_roles
                    or (tokens[k - 1][1] == cs and text[tokens[k - 1][0]:cs + 1] in r.trader_roles)):
                before = self.walk_left(tokens, k - 1)
                first = before if before < k - 1 else first
            if first < k:
                # a conjunction or a stop word glued to the name's first words (和蒂森, 会同县):
                # split them and walk again
                if r.glue_chars.search(text, tokens[first][0], cs) is not None or "厂" in text[tokens[first][0]:cs]:
                    split = self.split_glued_conj(tokens, tokens[first][0] - 1, cs)
                    if split is not tokens:
                        tokens = split
                        starts = [s for s, _ in tokens]
                        k = bisect.bisect_right(starts, cs) - 1
                        first = self.walk_left(tokens, k)
                # 福|建立|衡|律师事务所: a place jieba cut across, its last character glued
                # into a stop word with the name's first: cut it back and walk again
                split = self.split_cut_place(tokens, first, cs)
                if split is not None:
                    tokens = split
                    starts = [s for s, _ in tokens]
                    k = bisect.bisect_right(starts, cs) - 1
                    first = self.walk_left(tokens, k)
            # 做好全程|保障|社发局, 也是|保障|社区卫生服务中心: a verb that may stand inside a name (旅行业品质|保障|协会)
            # opens none
            while first < k and text[tokens[first][0]:tokens[first][1]] in r.inner_only:
                first += 1
            first = self.lone_place_head(tokens, first, k, cs)
            # 上海|米哈|游|科技有限公司, 太仓|聚|一堂|技术有限公司: a registered name runs
            # from the place it opens with to its legal form, whatever words jieba makes of
            # the brand between them
            if "有限" in last or last == "株式会社":  # (韩国|大成|电子株式会社: a registered name too)
                # (上|海鲜|达|…有限公司: the place it reached may itself have lost its first character)
                first = self.lone_place_head(tokens, self.registered_start(tokens, first, cs), k, cs)
                first = self.role_start(tokens, self.member_start(tokens, first, cs), cs)
            if typ in ("company", "group"):
                # 隐形眼镜大厂|瑞钧光学股份有限公司, 券商龙头|华荣证券: a firm's standing before its name is none of it
                # (链主|企业|…: in words jieba cut apart too); nor is the kind of firm it is (供水|企业|濠|海水|业…)
                standing = [j for j in range(first, k - 1)
                            if text.endswith(r.standing_words, tokens[first][0], tokens[j][1])
                            or self.kind_before_name(tokens, first, j, k, inner, last, typ, cs)]
                if standing:
                    first = standing[-1] + 1
            # －华夏…基金, ？美国…: a dash or a dot opens no name
            while first < k and text[tokens[first][0]] in "-·&" and tokens[first][1] - tokens[first][0] == 1:
                first += 1
            # 2018|横琴人寿珠海WTA超级精英赛: a year before a name is the event's, not the name's
            # (a date, 2000年获香港政府…, is cut later as a whole)
            if first < k and _YEAR.fullmatch(text, *tokens[first]) and HAN.match(text, tokens[first + 1][0]) \
                    and text[tokens[first + 1][0]] not in "年财版届度季":
                first += 1
            parts = [text[a:b] for a, b in tokens[first:k]] + inner
            # 中国化学与物理电源产业协会, 区发展和改革局: a region and a word joined by
            # 与/和 to the rest; not two names (江阳市与西南交通大学, 深圳市电子商会和广东省江西商会)
            conj = text[tokens[first - 1][0]:tokens[first - 1][1]] if first > 0 else ""
            if typ in r.conj_join_types and parts and (conj in ("与", "和") or (conj == "及" and typ == "government")):
                f2 = self.walk_left(tokens, first - 1)
                chunk = [text[a:b] for a, b in tokens[f2:first - 1]]
                # 青峦|县, 鹭|州市: a place jieba does not know and its level, cut apart (汇川|市: or a word it
                # knows, the level standing alone after it)
                placed = False
                if len(chunk) >= 3 and not self.is_region(chunk[0]) and (
                        self.is_region(chunk[0] + chunk[1])
                        or (chunk[1] in r.region_tails and ALL_HAN.fullmatch(chunk[0]))):
                    chunk[:2], placed = [chunk[0] + chunk[1]], True
                # 中国建筑|玻璃|与|工业玻璃协会: a known name that opens on 中国 is, before more
                # words, the opener of the association's name
                opener = chunk and next((o for o in r.government_openers
                                         if chunk[0].startswith(o) and len(chunk[0]) > len(o)), None)
                if opener and len(chunk) >= 2 and self.names_org(chunk[0]):
                    chunk[:1] = [opener, chunk[0][len(opener):]]
                # (a long region and one word: 广西壮族自治区|人力资源|和|社会保障厅; 国家|卫生|和…)
                if (len(chunk) >= 2 and (placed or self.is_region(chunk[0])
                                         or (len(chunk) == 2 and chunk[0] in r.government_openers))
                        and (len("".join(chunk)) <= 8 or (len(chunk) == 2 and len(chunk[1]) <= 4))
                        and not all(self.is_region(w) for w in chunk) and not self.is_region(parts[0])
                        # (岚山|医疗|与|岚州医科大学: nor before a place the dictionary does not know)
                        and not (self.tag(parts[0]) is None and self.unknown_place(parts[0]))
                        and not any(self.names_org("".join(chunk[n:])) for n in range(len(chunk)))
                        and not chunk[-1].endswith(_BODY_HEADS)
                        # (韩国|LG|化学|与|…管委会: a brand in Latin letters is a firm's name, no field's)
                        and all(ALL_HAN.fullmatch(w) for w in chunk)) \
                        or (conj == "及" and 1 <= len(chunk) <= 2 and len("".join(chunk)) <= 6
                            and not any(self.is_region(w) or self.names_org(w) for w in chunk)):
                    # (市法律援助中心|与|邛溪政法学院: two bodies; 经济|及|科技发展局, 运输|及|房屋局:
                    # Hong Kong's and Macau's bureaus join two fields by 及, no region before them)
                    parts = chunk + [conj] + parts
                    first = f2
            # 机械与自动化学院, 鹭州市海洋与渔业研究所: fields of study joined in one name
            if last in r.field_join_suffixes and first > 0 and parts:
                joined = self.fields_joined(tokens, first, parts)
                if joined is not None:
                    first, parts = joined
            if parts:
                parts = self.drop_role(parts, cs, typ)
            # (市|博物馆协会: a suffix inside the chain is more of the name after a bare level)
            inside = [text[cs:chain[-1][0]]] if len(chain) > 1 and parts and cs < chain[-1][0] else []
            organs = [n for n, p in enumerate(parts) if r.gazetteer.get(p) == "government"]
            if organs and last in r.bare_company and organs[-1] + 1 < len(parts) \
                    and all(self.kind_word(p) for p in parts[organs[-1] + 1:]):
                continue  # 中国证监会|期货|公司: a kind of firm an organ oversees, no firm's name (not a registered one)
            if not self.acceptable(parts + inside, last, typ, cs):
                # 信|永中|和|会计师事务所, 澄川鼎|和|保险股份有限公司: words that name no body of their own
                # after a 和 go on from a name before it, the 和 inside it
                # (only registered names: 运营商和|银行, 360浏览器和|集团 are two things, a kind of firm the second)
                joined = self.across_and(tokens, first, k, inner) \
                    if typ in ("company", "group") and ("有限" in last or last.endswith("事务所")) else None
                if joined is None or not self.acceptable(joined[1] + inside, last, typ, cs):
                    continue
                first, parts = joined
            if last == "联会" and self.names_org("".join(parts) + "联"):
                continue  # 欧足联|会关注: a known name, then a modal verb
            if parts and parts[0] in r.rank_words:
                continue  # 省级工程技术研究中心: a rank of body, no name
            if len(parts) == 1 and parts[0] in r.kind_words_alone:
                continue  # 中心医院38家, 随着新开医院…: a kind of body, no name
            if (parts and parts[0] in r.kind_markers and typ != "government" and "有限" not in last
                    and all(self.common_noun(p) for p in parts[1:])):
                continue  # 全州|家庭农场: all of a place's farms, the marker one word to jieba (全州, a county's name too)
            if last in r.bare_company and len(chain) == 1 and parts and parts[-1] in r.firm_stages:
                continue  # 园区|培育|公司, 科学园|毕业|公司: a park's firms by their stage, a kind
            if last.endswith(r.crop_named) and parts and all(self.common_noun(p) and not self.rare_noun(p) for p in parts):
                continue  # 牦牛|乳|产业|合作社: named by its product alone, no place or word of its own (雪域, 禾润), a kind
            if (len(parts) == 1 and last in r.group_suffixes and first > 0 and not self.names_org(parts[0])
                    and self.tag(text[tokens[first - 1][0]:tokens[first - 1][1]]) == "d"
                    and self.tag(parts[0]) is not None and not self.is_region(parts[0])):
                continue  # 将|指导|集团进一步…: after an adverb, a word of the dictionary is the verb, 集团 the group
            # 国内领先的|在线教育公司, 成都某|网络推广公司: after 的 or a count or a
            # determiner, common nouns only (no place, no proper name, no known name, no
            # Latin) say what kind of body, not which one (not a registered name,
            # 旗下的巨人投资有限公司, nor an organ, 联邦的|统计局)
            # 电动自行车|销售|公司, 民营|航天|公司: and before a bare 公司 wherever they stand,
            # when jieba sees each of them often (a rare word is a brand's, 冲冲|公司, 豆瓣|公司;
            # a group's name, 如意|集团, may be common words)
            opens = cs - len("".join(parts))
            if (parts and typ != "government" and "有限" not in last and all(self.common_noun(p) for p in parts)
                    and (text.endswith(r.kind_markers, 0, opens) or _BODIES_COUNTED.search(text, max(0, opens - 8), opens)
                         or (last in r.bare_company and len(chain) == 1
                             and all(self.freq(p) >= r.rare_word_freq_unknown for p in parts)))):
                continue
            # 我们预计|公司, 不会影响|公司, 娱乐|公司: one common verbal noun names no firm
            # (but 冲冲|公司, rare; and 教育|厅, 监察|局: the organ of the place written about)
            if (len(parts) == 1 and typ != "government" and self.tag(parts[0]) == "vn"
                    and self.freq(parts[0]) >= r.rare_word_freq and parts[0] not in r.gazetteer):
                continue
            counted = r.kind_count.match(text, ce)
            if counted and (all(self.tag(p) is not None and not self.is_region(p) and p not in r.gazetteer for p in parts)
                            or (_CLAUSE_END.match(text, counted.end()) and not any(p in r.gazetteer for p in parts)
                                and not _ONE.match(text, ce) and "有限" not in last)):
                # 庄稼医院28家: a kind of body, counted (职业电竞俱乐部19家。: counted at the clause's end;
                # but 只有天津百花文艺出版社一家，: the one body named, alone; and a registered name is one
                # firm, what follows counts its own: 安徽晶澜光伏玻璃有限公司7座、: its kilns)
                continue
            name = "".join(parts)
            start = cs - len(name)
            if start < 0 or text[start:cs] != name or self.followed_by_place(ce):
                continue
            if _ALL_OF_PLACE.search(text, max(0, start - 2), start):
                link = _COUNT_LINK.match(text, ce)
                if r.kind_count.match(text, link.end() if link else ce):
                    continue  # 全县|竹业专业合作社达126家: all of a kind in the county, counted
            if self.inside_not_org(start, ce):
                continue
            if tails and cs in tails:
                # a known organ's suffix: the gazetteer finds the organ and its regions;
                # here only the words of its name before it (市文化广电|旅游局)
                start = self.organ_words(tokens, start, tails[cs])
                if start is None or (start >= tails[cs] and len(chain) == 1):
                    continue
                if self.online_service(tails[cs]):
                    continue  # 依托|电子|税务局: the organ's online service, a platform, no body
            # 芯片设计公司|芯动…: a bare 公司 after dictionary words only, right before a
            # word the dictionary does not know, says what the firm named next is
            if last in r.bare_company and len(chain) == 1 and self.describes_next(parts, ce):
                continue
            # 前述邮储银行 / 广东省人民银行: a known name at the end takes over; only a
            # region may stand before it
            known = self.known_tail(start, ce)
            if known is None and last in r.bare_company and len(chain) == 1:
                # 美国制裁|华为|公司: a known company right before a bare 公司, no other
                # known name before it (广州恒大淘宝俱乐部 is one name)
                k = next((k for k in range(start, cs - 1) if r.gazetteer.get(text[k:cs]) == "company"), None)
                if k is not None and k > start and not any(
                        text[a:b] in r.gazetteer for a in range(start, k) for b in range(a + 2, k + 1)):
                    known = (k, "company")
            if known is not None:
                k_start, k_type = known
                if k_type != "government" and not all(self.is_region(text[a:b]) for a, b in segment(text, start, k_start, r)):
                    start = k_start
                typ = k_type if k_type == "government" else typ
            if typ == "company" and any(g in text[start:cs] for g in r.group_suffixes):
                typ = "group"  # 徐工集团工程机械股份有限公司: any name holding 集团
            elif typ == "government" and len(chain) == 1 and self.bureau(start, ce):
                typ = "company"  # 中建三局: a state company's numbered engineering bureau
            if _LATIN_LETTER.match(text, start):
                # Van Andel|研究所, Michael Kors|集团: the capitalized words of a name before the
                # Latin word its suffix is glued to
                words = _LATIN_WORDS_BEFORE.search(text, max(0, start - 40), start)
                start = words.start() if words else start
            if last.endswith("合作社") and text.endswith(_LIABILITY_FORMS, max(0, start - 4), start):
                start -= 4  # 保證責任|臺中市…生產合作社: Taiwan's cooperatives name their liability first
            out.append(Candidate(start, ce, typ, f"org.suffix.{_rule_name(last, typ)}", "suffix"))
        return out

    def kind_before_name(self, tokens: list[tuple[int, int]], first: int, j: int, k: int, inner: list[str],
                         last: str, typ: str, cs: int) -> bool:
        """Do the words of ``tokens[first:j + 1]`` say what kind of firm the one named after them is: common words
        ending in a kind noun (供水|企业, 物流企业, 投资机构), then, up to the suffix ``last`` at ``cs``, a name
        with a word of its own, no common word or place, or a character jieba rarely sees (濠|海水|业; not
        光明|企业|国际贸易…, 海尔|企业|发展…: no firm named after 企业)?
        The walk left stops there where it sees the name open (物流企业|捷达…); jieba may hide it (濠|海水)."""
        text, r = self.text, self.rules
        word = text[tokens[j][0]:tokens[j][1]]
        head = next((w for w in r.kind_nouns if word.endswith(w)), None)
        if head is None:
            return False
        kind = [text[a:b] for a, b in tokens[first:j]] + ([word[:-len(head)]] if word != head else [])
        rest = [text[a:b] for a, b in tokens[j + 1:k]] + inner
        return (all(self.kind_word(p) for p in kind)
                and any((not self.kind_word(p) and not self.is_region(p)) or (len(p) == 1 and not self.common_char(p))
                        for p in rest)
                and self.acceptable(rest, last, typ, cs))

    def fields_joined(self, tokens: list[tuple[int, int]], first: int,
                      parts: list[str]) -> tuple[int, list[str]] | None:
        """(first token, words) of a name whose ``parts`` (the words before the suffix,
        from ``tokens[first]``) are fields of study joined by 与/和 to fields before
        them (机械|与|自动化|学院, 材料科学|与|工程学院), a region maybe first
        (鹭|州市|海洋|与|渔业|研究所); None when a side holds anything else
        (经济学院|与|管理学院: two names)."""
        text, fields = self.text, self.rules.study_fields
        if (text[tokens[first - 1][0]:tokens[first - 1][1]] not in ("与", "和")
                or len(parts) > 3 or not all(p in fields for p in parts)):
            return None
        n = first - 1  # the first token of the fields before the conjunction
        while n > 0 and first - 1 - n < 3 and text[tokens[n - 1][0]:tokens[n - 1][1]] in fields:
            n -= 1
        if n == first - 1:
            return None
        walked = self.walk_left(tokens, first - 1)
        if walked < n and self.is_region(text[tokens[walked][0]:tokens[n][0]]):
            n = walked  # 鹭州市: the region the name opens with
        return n, [text[a:b] for a, b in tokens[n:first]] + parts

    def drop_role(self, parts: list[str], cs: int, typ: str = "company") -> list[str]:
        """``parts`` (the words before the suffix at ``cs``) without a party's role
        written before the name (原告|上海…, 第三人为|中铁…), even where jieba cut
        across the role's end (第三|人为) or the walk stopped inside it (孙|公司海瑞…); and without a party's
        role to a project or a deal (rules.party_roles) opening at or before the name and ending where one of
        its words does (项目法人|云梁润源…, 承建|单位|中|铁十八局…; not 投资|方正|证券: 方 is the name's); and
        without a trader named by its trade (上市|酒店|商盈海|…: see without_trader)."""
        parts = self.without_trader(parts)
        start = cs - sum(map(len, parts))
        end, cut = start, 0
        for n, p in enumerate(parts[:-1]):
            end += len(p)
            if any(self.text.endswith(w, 0, end) and end - len(w) <= start for w in self.rules.party_roles):
                cut = n + 1
        if cut:
            parts = parts[cut:]
            start = cs - sum(map(len, parts))
        # one search from three characters before the name: a role that opens
        # there or in the name and ends inside it
        m = self.rules.role_prefix.search(self.text, max(0, start - 3), cs)
        if m is None or m.start() > start or m.end() <= start:
            return parts
        if typ == "association" and m.end() == cs and self.text.endswith(self.rules.trader_roles, 0, cs):
            return parts  # 香港空运代理商|联合会, 汽车经销商|协会: the traders an association's name is of, its members
        n = m.end() - start
        while parts and n >= len(parts[0]):
            n -= len(parts[0])
            parts = parts[1:]
        if parts and n:
            parts = [parts[0][n:]] + parts[1:]
        return parts

    def without_trader(self, parts: list[str]) -> list[str]:
        """``parts`` from the name after a trader named by its trade (上市|酒店|商盈海|酒店集团: 酒店商, a hotelier;
        盈海酒店集团 the name): a common noun of the dictionary and a 商, one word of the dictionary (地产商|恒峰…),
        or a 商 that jieba glued to the name's first characters, two or more, in a word it does not know
        (商盈海; not 电子|商务, a word of its own), or left alone before such a word (酒店|商|盈海…)."""
        for n in range(len(parts) - 1, -1, -1):
            word = parts[n]
            if n + 1 < len(parts) and len(word) >= 3 and word.endswith("商") and self.tag(word) is not None \
                    and self.trade_noun(word[:-1]):
                return parts[n + 1:]
            if n == 0 or word[0] != "商" or not self.trade_noun(parts[n - 1]):
                continue
            rest = ([word[1:]] if len(word) > 1 else []) + parts[n + 1:]
            if (len(word) >= 3 and self.tag(word) is None) or (
                    len(word) == 1 and rest and len(rest[0]) >= 2 and self.tag(rest[0]) is None):
                return rest
        return parts

    def trade_noun(self, word: str) -> bool:
        """Is ``word`` a common noun of the dictionary, two characters or more, no verb (酒店, 地产), which a 商
        after makes a trader?"""
        return len(word) >= 2 and self.common_noun(word) and not (self.tag(word) or "v").startswith("v")

    def organ_words(self, tokens: list[tuple[int, int]], start: int, organ: int) -> int | None:
        """Where the name of a known organ at ``organ`` opens, walked left to ``start``:
        regions, then nouns of two or more characters (深圳市|文体|旅游局, 沈阳|铁路|公安局),
        joined by 和/与 (市文化广电|和|旅游局), no verb, stop word, org or lone character
        (海宁市委|市政府), no region after such a noun (岗位|成都市…); first, maybe, a
        place the dictionary does not know (梧川|铁路|公安局), not lone words glued
        (2000|年获|香港特区政府).  Only the words before the one the organ starts in
        count (新疆维吾尔自治区|政府 holds 区政府)."""
        r, text = self.rules, self.text
        k = bisect.bisect_right(tokens, (organ, len(text) + 1)) - 1  # the token the organ starts in
        if k < 0 or tokens[k][0] <= start:
            return start
        toks = [text[a:b] for a, b in tokens if a >= start and b <= tokens[k][0]]
        starts = [a for a, b in tokens if a >= start and b <= tokens[k][0]]
        if not toks or starts[0] != start:
            return start
        first = len(toks)  # the first token of the name
        for n in range(len(toks) - 1, -1, -1):
            t = toks[n]
            if self.is_region(t):
                first = n
                continue
            nxt = toks[n + 1] if n + 1 < len(toks) else ""
            if t.endswith("族") and len(t) >= 2 and first == n + 1 and _autonomous_after(toks[n + 1:]):
                first = n  # 土家族|苗族|自治州: the peoples an autonomous place is named for
                continue
            if len(t) == 1 and first == n + 1 and self.freq(t) < r.plain_char_freq and self.is_region(t + nxt):
                first = n  # 嵘|城市|地方金融管理局: a rare character and the place-and-level jieba cut it from
                continue
            if t in ("和", "与") and first == n + 1 and n and not self.is_region(nxt):
                first = n
                continue
            tag = self.tag(t)
            if tag is None and self.unknown_place(t):
                first = n
                if n and t[-1] in r.region_tails and self.opens_place(toks[n - 1]):
                    first = n - 1  # 云|溪县|文化广电和旅游局: a place's first character cut from the rest and its level
                break
            if (len(t) < 2 or ALL_HAN.fullmatch(t) is None or tag is None or tag.startswith("v")
                    or tag in r.stop_tags or t in r.stop_words or self.names_org(t)):
                break
            if first == n + 1 and nxt not in r.region_tails and self.is_region(nxt):
                break  # a noun before a named region (岗位|成都市), not a level (双流|区)
            first = n
        if first < len(toks) and toks[first] in ("和", "与"):
            first += 1
        return starts[first] if first < len(toks) else tokens[k][0]

    def inside_not_org(self, start: int, end: int) -> bool:
        """Does a word of not_org_words open left of ``start`` and end at ``end``
        (各县|区政府, 乡镇|人民政府)?"""
        r = self.rules
        return any(end - n < start and self.text[end - n:end] in r.not_org_words for n in r.not_org_lengths)


    def straddled_at(self, k: int, end: int) -> bool:
        """Does a common word of the dictionary (frequency 100 or more) start before
        ``k`` and end inside ``[k, end)``, more common than any word starting at ``k``
        (电子 over 子公司, 台商 over 商协会; not 种地 over 地方, nor 家小, 当该)?"""
        text, freq = self.text, self.freq
        at_k = max((freq(text[k:b]) for b in range(k + 2, end + 1)), default=0)
        return any(freq(text[a:b]) >= max(100, at_k + 1) for a in (k - 2, k - 1) if a >= 0
                   for b in (k + 1, k + 2) if b <= end)


    def known_tail(self, start: int, end: int) -> tuple[int, str] | None:
        """(start, type) of the longest gazetteer name ending at ``end`` inside [start, end)."""
        for k in range(start, end - 2):
            typ = self.rules.gazetteer.get(self.text[k:end])
            if typ is not None:
                return k, typ
        return None


def _rule_name(suffix: str, typ: str) -> str:
    names = {"股份有限公司": "joint_stock", "有限责任公司": "limited", "有限公司": "limited",
             "公司": "company", "银行": "bank", "集团": "group", "分会": "branch_association",
             "商会": "chamber", "局": "bureau", "分局": "bureau"}
    return names.get(suffix, typ)
