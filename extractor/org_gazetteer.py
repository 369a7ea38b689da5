"""Org names the lexicons know (rules/lexicons/*.tsv), matched with the suffixes by one
Aho-Corasick pass, and the region a government organ's name takes before it (新乡市|招商局):
a candidate source mixed into orgs._Finder."""
from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from .org_words import ALL_HAN, ALNUM, HAN, HARD_STOP, LATIN, NAME_CHAR, Candidate, OrgWords, maximal_hits
from .wordcut import segmenter


# Function characters that may stand before a person's name (的张清华教授, 由李宁博士).
_BEFORE_A_PERSON = frozenset("的和与及由据请对向给让被将把等是")
# 县农业农村局、县委组织部|和县|财政局: a list whose members open on a bare level goes on with 和 and
# the level, not the county named 和县.
_LEVEL_LISTED = regex.compile(r"(?:^|[、，,])\s*[省市县区](?=\p{Han})[^。；;！？\n]*$")
_LIST_REACH = 40
_PREPOSITIONS = frozenset("从在由向据自经对与和到赴于")  # 从汐|澳市…: glued by jieba to a place after it


class GazetteerSource(OrgWords):
    """Mixed into orgs._Finder: names of the gazetteer, and the words that may not hold one."""

    def gazetteer_candidates(self, hits: list[tuple[int, int, str, str]]) -> list[Candidate]:
        text, r = self.text, self.rules
        out = []
        for s, e, word, typ in maximal_hits(hits):
            if self.covered_by_not_org(s, e):
                continue  # 两次中远投: a known name inside a word that is no org (a mid-range shot)
            latin_first, latin_last, han = _shape(word)
            if latin_first and s > 0 and ALNUM.match(text[s - 1]):
                continue
            if latin_last and e < len(text) and ALNUM.match(text[e]):
                continue
            # 阿利森·戴尔·伯勒斯, 福特森, 保利尼奥: a short known firm's name inside a transliterated
            # one (a middle dot beside it, or its last syllables after it), or a person's name
            # before a title or after one (保利教授, 主任医师 李宁)
            if han and len(word) <= 3 and typ in ("company", "group") and (
                    text[s - 1:s] in _NAME_DOTS or text[e:e + 1] in _NAME_DOTS or text.startswith(r.person_titles_after, e)
                    or text.startswith(r.name_tails, e)
                    or text[max(0, s - 8):s].rstrip(" \u3000").endswith(r.person_titles_before)):
                continue
            if han and len(word) == 2 and text[s - 1:s] in r.surnames and text.startswith(r.person_titles_after, e) \
                    and (s < 2 or not HAN.match(text, s - 2) or text[s - 2] in _BEFORE_A_PERSON):
                continue  # 、张清华教授: a surname, a given name that is a known one, and a title
            if self.last_char_opens_word(s, e):
                continue  # 中通|道班列: 中 and 通道 (a channel), no 中通 (ZTO); jieba, given our lexicon, reads 中通 there
            start = s
            # jieba only where a common word straddles an edge (新浪 in 重新浪费) or a
            # region may join a government organ, or another type of region_join_types
            # when a region tail or a region stands right before it (区工商联)
            joins = typ in r.region_join_types and (
                typ == "government" or (s > 0 and (text[s - 1] in r.region_tails or text[max(0, s - 2):s] in r.regions)))
            if han and (joins or (len(word) <= 3 and self.crosses_word(s, e))):
                tokens = self.tokens_around(s, e, 8, 4)
                starts = [a for a, _ in tokens]
                ends = {b for _, b in tokens}
                if e not in ends:
                    # 市委书记: a title in one word with a party committee
                    k = bisect.bisect_right(starts, s) - 1
                    if not (k >= 0 and starts[k] == s and word in r.titled_suffixes
                            and text[e:tokens[k][1]] in r.titles_after):
                        continue
                    tokens = tokens[:k] + [(s, e), (e, tokens[k][1])] + tokens[k + 1:]
                    starts = [a for a, _ in tokens]
                if s not in starts:
                    k = bisect.bisect_right(starts, s) - 1
                    a, b = tokens[k]
                    # 新乡市招商局 / 市政府 / 国家教育部: a region or an opener joined to the organ in one word
                    if joins and (self.is_region(text[a:s]) or (typ == "government" and text[a:s] in r.government_openers)) and b == e:
                        start = a
                    else:
                        continue
                if joins:
                    k = starts.index(start) if start in starts else 0
                    while k > 0:
                        a, b = tokens[k - 1]
                        if k == 1 and a > 0 and NAME_CHAR.match(text, a - 1):
                            break  # the window opens inside a word (国家税务总|局澄川市…): no region read there
                        w = text[a:b]
                        # 青峦|县|商务局: a place jieba does not know before a bare 县/市/区
                        place = k < len(tokens) and text[tokens[k][0]:tokens[k][1]] in r.region_tails and (
                            2 <= len(w) <= 3 and self.unknown(w))
                        # 会同|县发改委: a stop word jieba glued to a level before the organ;
                        # …林业局|和县|水利局: a conjunction and a level right after an org
                        if (len(w) > 2 and w[-1] in r.region_tails and w[:-1] in r.stop_words) or (
                                len(w) == 2 and w[0] in r.glued_conj and w[1] in r.region_tails and k >= 2
                                and (self.ends_org(text[tokens[k - 2][0]:tokens[k - 2][1]])
                                     or _LEVEL_LISTED.search(text, max(0, a - _LIST_REACH), a) is not None)):
                            start = b - 1
                            break
                        # 已|向省|发展改革委: a level glued to a preposition before the organ is the organ's own
                        if len(w) == 2 and w[0] in _PREPOSITIONS and w[1] in r.region_tails and self.tag(w) is None:
                            start = b - 1
                            break
                        # 获澄川市|总工会: a verb jieba's HMM glued to the place before the organ
                        if len(w) >= 4 and self.unknown(w) and (self.tag(w[0]) or "").startswith("v") \
                                and self.is_region(w[1:]):
                            start = a + 1
                            break
                        if len(w) == 1 and start - a <= 8 and self.rare_char_of_name(tokens, k):
                            k -= 1  # 沅|澧|省|红十字会: a rare character jieba tags zg opens the place
                            start = a
                            continue
                        if not (place or self.is_region(w)) or start - a > 8:
                            # 由|岚|州市|工商联: a place jieba does not know, cut before its
                            # last character, which it glued to the level
                            if (k >= 2 and len(w) == 2 and w[1] in r.region_tails and tokens[k - 2][1] - tokens[k - 2][0] == 1
                                    and text[tokens[k - 2][0]] not in HARD_STOP and self.is_region(text[tokens[k - 2][0]:b])):
                                start = tokens[k - 2][0]
                            # 从|汐|澳市|海洋与渔业局: so is one whose first character jieba left alone
                            # before a word it knows (澳市), or glued to a preposition (从汐|澳市)
                            elif k < len(tokens) and tokens[k][1] - tokens[k][0] == 2 \
                                    and text[tokens[k][1] - 1] in r.region_tails and (
                                        (len(w) == 1 and HAN.match(w) and w not in r.stop_words
                                         and not (self.tag(w) or "-").startswith(("v", "p", "c", "d", "r", "u"))
                                         and self.is_region(text[a:tokens[k][1]]))
                                        or (len(w) == 2 and w[0] in _PREPOSITIONS and self.tag(w) is None
                                            and self.is_region(text[a + 1:tokens[k][1]]))):
                                start = b - 1
                            break
                        k -= 1
                        start = a
                    # 县自然资源|和|规划局: a region and a word joined by 与/和 to a known organ
                    if start == s and typ in r.conj_join_types and k >= 2 and text[tokens[k - 1][0]:s] in ("与", "和"):
                        first = self.walk_left(tokens, k - 1)
                        chunk = [text[a:b] for a, b in tokens[first:k - 1]]
                        # one word after the region, short (not 北京|教育考试院和教育部)
                        if (len(chunk) == 2 and self.is_region(chunk[0]) and not self.is_region(chunk[1])
                                and len("".join(chunk)) <= 6 and not self.names_org(chunk[1])):
                            start = tokens[first][0]
            elif typ == "company" and word.endswith(r.region_before_known) and s >= 2:
                # 中国|光大银行: a region written before a known bank is part of its name
                for n in (3, 2):
                    if s >= n and text[s - n:s] in r.regions and (s == n or not NAME_CHAR.match(text[s - n - 1])
                                                                  or text[s - n - 1] in r.stop_words
                                                                  or self.stop_word_before(s - n)):
                        start = s - n
                        break
            if self.followed_by_place(e) or self.inside_not_org(start, e):
                continue
            if typ == "government" and start == s and self.online_service(s):
                continue  # 依托电子|税务局: the organ's online service, no body
            if self.names_product(e) or self.names_settlement(s, e) or (
                    typ == "company" and text[start - 1:start] == "在" and r.platform_after.match(text, e)):
                continue  # 支付宝|账号, 百度|指数, 三星|S8, 淘宝|村; 在推特|上表示: a product, a place or a platform, not the firm
            if typ == "company" and (m := r.share_class.match(text, e)):
                e = m.end()  # 京东方A: a share class after a short name
            elif typ == "company" and han and (line := next((w for w in r.business_lines_after if text.startswith(w, e)), None)) \
                    and text[e + len(line):e + len(line) + 1] not in _NOT_AFTER_LINE:
                e += len(line)  # 苏宁|金融, 万达|影视: the firm's arm named after it (not 金融|级区块链)
            elif typ == "institution" and (school := next((w for w in r.schools_after if text.startswith(w, e)), None)):
                e += len(school)  # 北大|附中, 清华|附小: a university's own school
            if typ == "institution" and start == s and (opener := next(
                    (w for w in r.institution_openers if text.endswith(w, 0, s)), None)):
                start -= len(opener)  # 国立|清华大学: who founded it opens its name
            out.append(Candidate(start, e, typ, f"org.gazetteer.{typ}", "gazetteer"))
        return out

    def names_product(self, end: int) -> bool:
        """Does a known firm's name ending at ``end`` name a product (支付宝|账号, 三星|S8)?"""
        r = self.rules
        return self.text.startswith(r.product_tails, end) or r.product_model.match(self.text, end) is not None

    def names_settlement(self, s: int, e: int) -> bool:
        """Does the known firm's name at ``[s, e)`` name villages or towns, a settlement word of
        settlements_after right after it (淘宝|村23个, 淘宝|镇, 淘宝|村民: a designation), no place's first
        character (中国银行|镇江分行: 镇江, a city)?"""
        text, r = self.text, self.rules
        if r.gazetteer.get(text[s:e]) not in ("company", "group"):
            return False
        word = next((w for w in r.settlements_after if text.startswith(w, e)), None)
        return word is not None and not any(self.is_region(text[e:b]) for b in range(e + len(word) + 1, min(len(text), e + 3) + 1))

    def last_char_opens_word(self, s: int, e: int) -> bool:
        """Does a common word of the dictionary open on the last character of the short Han name at ``[s, e)``
        (three characters at most) and run past its end (中通|道班列: 中|通道|班列), the name no word of
        jieba's own (only our lexicon knows 中通, at a frequency that makes jieba read it wherever it stands,
        so its cut is no check there) and no word of the dictionary opening where the name ends (中通|道歉:
        ZTO apologizes)?"""
        text, r = self.text, self.rules
        if e - s > 3 or not ALL_HAN.fullmatch(text, s, e) or self.tag(text[s:e]) is not None or not any(
                self.freq(text[e - 1:b]) >= r.rare_word_freq and text[e - 1:b] not in r.gazetteer
                for b in range(e + 1, min(len(text), e + 3) + 1)):
            return False
        return not any(self.freq(text[e:b]) for b in range(e + 2, min(len(text), e + 4) + 1))

    def stop_word_before(self, i: int) -> bool:
        """Does a word that ends a name when walking left (a verb: 致电|中国光大银行, 协调|…)
        end right at ``i``, the region there a word of its own?"""
        toks = self.tokens_around(i, i + 1, 8, 4)
        k = next((k for k, (a, b) in enumerate(toks) if b == i), None)
        if k is None or not any(a == i for a, _ in toks):
            return False
        a, b = toks[k]
        return self.is_stop(self.text[a:b])

    def ends_org(self, word: str) -> bool:
        """Does ``word`` end in a known name or a suffix (县政协, 县林业局)?"""
        return self.names_org(word) or any(word[n:] in self.rules.gazetteer for n in range(1, len(word) - 1))

    def crosses_word(self, s: int, e: int) -> bool:
        """Does a common dictionary word straddle ``s`` or ``e`` (新浪 in 重新浪费)?"""
        return segmenter(self.rules).straddled(self.text, s, e)

    def covered_by_not_org(self, start: int, end: int) -> bool:
        """Does a word of not_org_words hold ``[start, end)`` and more (中远投 over 中远)?"""
        text, r = self.text, self.rules
        return any(text[k:k + n] in r.not_org_words
                   for n in r.not_org_lengths if n > end - start
                   for k in range(max(0, end - n), start + 1))


_NAME_DOTS = frozenset("·•・")
# after these a business line is a word of its own (金融|级区块链, 金融|化) or names a
# place (京东物流|园, 恒大健康|城), not the firm's arm
_NOT_AFTER_LINE = frozenset("级化类性业园城港")


@lru_cache(maxsize=4096)
def _shape(word: str) -> tuple[bool, bool, bool]:
    """Does ``word`` start with a Latin letter or digit, end with one, start with Han?"""
    return LATIN.match(word[0]) is not None, LATIN.match(word[-1]) is not None, HAN.match(word) is not None
