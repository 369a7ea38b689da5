"""Org names by other names: aliases the text introduces (``(以下简称"X")``, a short
name in parentheses right after the full one) and short forms found by themselves
(a company's name cut before its suffixes, its initials, an association's unit)."""
from __future__ import annotations

import regex

from .occurrences import occurrences
from .org_words import _NOT_COMMON, ALL_HAN, HAN, Candidate, OrgWords
from .wordcut import segment, segmenter

_PAREN_SHORT = regex.compile(r"\((\p{Han}{2,8})\)")
_NUMBER_AFTER = regex.compile(r"\s?[\d一二两三四五六七八九十百千万亿]")
# 澄阳人才|周, 岚湖啤酒|节: an event named with a short form's words, no mention of the firm
_EVENT_AFTER = regex.compile(r"周(?![年岁边末])|节(?![能约省日点])|杯(?=[赛足篮排乒羽网]|$|[，,。、）)\s”])"
                             r"|论坛|大会|峰会|博览会|展销会|交易会|大赛")


# A clause's opening before the name an alias introduces (　　|联信商业银行（以下简称联信银）)
_CLAUSE_BEFORE = regex.compile(r"(?:^|[，,。；;：:\s])(?=\p{Han}+$)", flags=regex.MULTILINE)
_NAME_REACH = 20  # the longest name so read

_LIMITED_FORMS = ("股份有限公司", "有限责任公司", "有限公司")  # legal forms a name may be written with 公司 for
_INDUSTRY = ("产业", "行业")  # before them, or ending so before what an industry has, a short form names one
_OF_AN_INDUSTRY = ("营收", "发展", "规模", "产值", "总产值", "收入", "增加值", "链", "集群", "联盟")
# “峡川榨菜”品牌, 峡川榨菜区域公用品牌: a short form (a place and its product) before a brand's word names
# the brand, no mention of the firm
_BRAND_AFTER = regex.compile(r"[”\"」』]?(?:区域公用|公用|区域)?品牌")


class AliasSource(OrgWords):
    """Mixed into orgs._Finder: aliases and short forms of the names found."""

    def alias_candidates(self, found: list[Candidate]) -> list[Candidate]:
        text, r = self.text, self.rules
        out = []
        last_ending: dict[int, int] = {}  # end -> index in found of the last name ending there
        for k, c in enumerate(found):
            last_ending[c.end] = k
        for pat in r.alias_patterns:
            for m in pat.finditer(text):
                s, e = m.span("alias")
                word = text[s:e].strip()
                if word in r.alias_not or len(word) < 2:
                    continue
                # the type of the name right before the alias (a character may stand between)
                k = max(last_ending.get(m.start(), -1), last_ending.get(m.start() - 1, -1))
                # (以下简称"通知"), (以下简称"进博会"): in parentheses after no name found,
                # an alias of a document, an event or a place, unless it is a name itself, or
                # the clause before names a body the alias shortens (联信商业银行（以下简称联信银）:
                # jieba took 联信 for a verb)
                named = (self._named_by_alias(m.start(), word) or self._named_after_kind(m.start(), word)) \
                    if k < 0 and text[m.start()] in "(（" else None
                if named is not None:
                    out.append(named)
                elif k < 0 and text[m.start()] in "(（" and not self.names_org(word):
                    continue
                # (以下简称民办学校): after no name, a kind of body (common words and a
                # suffix) is no name either
                if k < 0 and self.kind_of_body(word):
                    continue
                typ = found[k].type if k >= 0 else named.type if named is not None else self.type_by_suffix(word)
                out.append(Candidate(s, s + len(word), typ, "org.alias.introduced", "alias"))
                if k >= 0:
                    out += self._edge_by_alias(found[k], word)
        # 梧川市城市投资发展集团有限公司（梧川城投）: a short name in parentheses right after
        # a name, made of its characters in order, opening with its first (not a gloss, a
        # place or a legal form, which share no such run)
        for c in found:
            m = _PAREN_SHORT.match(text, c.end)
            if m is None:
                continue
            word, name = m.group(1), text[c.start:c.end]
            # (or, ending as the name does, its region left out: 中华民国对外贸易发展协会（外贸协会）; or
            # opening as the name does after its region: 香港房屋协会（房协）; or as its unit does after
            # the parent: 澳门特区政府经济及科技发展局（经科局）)
            if word in r.alias_not or word == name or not _in_order(word, name) or (
                    word[0] != name[0] and (len(word) < 4 or word[-2:] != name[-2:])
                    and not any(name[k] == word[0] and self.is_region(name[:k]) for k in range(2, min(5, len(name))))
                    and not self.place_short_open(word, name)
                    and not any(name[k] == word[0] and name[:k].endswith(r.unit_parents) for k in range(2, len(name)))):
                continue
            # 梧川市人民医院（梧川）: a place, no short name
            if self.is_region(word) or (name.startswith(word) and name[len(word)] in r.region_tails):
                continue
            out.append(Candidate(m.start(1), m.end(1), c.type, "org.alias.in_parentheses", "alias"))
        return out

    def place_short_open(self, word: str, name: str) -> bool:
        """Does the short name ``word`` open with a later character of the place ``name`` opens with and go
        on in the name after the place (臺北農產運銷股份有限公司（北農）, 臺東… (東農): Taiwan shortens a city so;
        not a place's level next, 臺北市立動物園（北市）: the city's own short name)?"""
        return word[1] not in self.rules.region_tails and any(
            word[0] in name[1:k] and _in_order(word[1:], name[k:]) and self.is_region(name[:k])
            for k in range(2, min(4, len(name))))

    def _named_by_alias(self, at: int, word: str) -> Candidate | None:
        """The body a clause opens on and names right before ``at``, the bracket of its alias
        ``word``: a name ending in a suffix, opening with the alias's first character and
        holding all of the alias's characters in order."""
        opens = _CLAUSE_BEFORE.search(self.text, max(0, at - _NAME_REACH), at)
        if opens is None:
            return None
        name = self.text[opens.end():at]
        suffix = self.suffix_of(name)
        if not suffix or len(name) - len(suffix) < 2 or name[0] != word[0] or not _in_order(word, name) \
                or self.is_region(name[:len(name) - len(suffix)]):
            return None
        return Candidate(opens.end(), at, self.rules.suffix_type[suffix], "org.alias.named_before", "alias")

    def _named_after_kind(self, at: int, word: str) -> Candidate | None:
        """The name right before ``at``, the bracket of its alias ``word``, when the alias repeats it and a kind of
        firm stands right before it (积金评级机构|积金宝（以下简称“积金宝”）: appositive_kinds, appositive_latin_kinds):
        a body of the kind, typed by it as a list's cue is (研究机构: an institution), a company otherwise."""
        text, r = self.text, self.rules
        start = at - len(word)
        if start <= 0 or text[start:at] != word or self.kind_word(word) or not ALL_HAN.fullmatch(word):
            return None
        # (a trade word before the kind: 评级|机构, 手机|厂商)
        if not any(r.appositive_kind.fullmatch(text, start - n, start) and HAN.match(text, start - n - 1)
                   for n in range(2, min(4, start - 1) + 1)):
            return None
        cue = next((c for c in sorted(r.list_cues, key=len, reverse=True) if text.endswith(c, 0, start)), None)
        typ = r.list_cues[cue] if cue is not None else "company"
        return Candidate(start, at, typ, "org.alias.after_kind", "alias")

    def _edge_by_alias(self, name: Candidate, word: str) -> list[Candidate]:
        """The name an alias introduces, its left edge moved back over the alias's first characters
        when they stand right before it and the alias goes on into it (近日，联合|资信评估股份有限公司
        （以下简称“联合资信”）: the walk left took 联合 for a verb)."""
        head = self.text[name.start:name.end]
        for j in range(min(4, len(word) - 1), 0, -1):
            if word[j] == head[0] and self.text.endswith(word[:j], 0, name.start) and ALL_HAN.fullmatch(word[:j]):
                return [Candidate(name.start - j, name.end, name.type, name.rule, name.source)]
        return []

    def short_forms(self, found: list[Candidate]) -> list[Candidate]:
        """岭南能源控股 / 华信云联 for 岭南能源控股有限公司 / 北京华信云联科技股份有限公司:
        a company's name cut before its suffixes (and then its generic words, when a
        distinctive word is left), with or without its region, wherever it stands alone;
        its initials (深创投 for 深圳市创新投资集团有限公司); an association's unit
        without the association (新型显示分会 for …协会新型显示分会), a county government's
        department without the government (社会处 for …县政府社会处); a firm named by its brand and its trade,
        by its brand alone before a figure of its own (宏骋 for 宏骋机车: 宏骋|6月营收…)."""
        text, r = self.text, self.rules
        forms: dict[str, tuple[str, str]] = {}  # short form -> (type, rule)
        for c in found:
            if c.type in ("association", "government") and r.sub_units:
                self._elliptic(c, forms)
            if c.type == "company" and (brand := self.trade_brand(text[c.start:c.end])) is not None:
                forms.setdefault(brand, ("company", "org.short.brand"))
            if c.source != "suffix" or c.type not in ("company", "group"):
                continue
            name = text[c.start:c.end]
            toks = self._level_apart([text[a:b] for a, b in segment(text, c.start, c.end, r)])
            variants = [toks]
            k = 0
            # (not a lone character jieba calls a place: 苏州|澜|芯|微电子 is 苏州 and 澜芯微电子)
            while k < len(toks) and self.is_region(toks[k]) and (len(toks[k]) > 1 or toks[k] in r.regions):
                k += 1
            if 0 < k < len(toks):
                variants.append(toks[k:])
            crop = name.endswith(r.crop_named)
            for n, v in enumerate(variants):
                cut = list(v)
                # without its region a name needs a word of its own (not 轨道交通 of
                # 江阳市轨道交通集团有限公司)
                while cut and (cut[-1] in r.suffix_type or cut[-1] in "()" or self.is_region(cut[-1])):
                    cut.pop()
                    self._short(cut, name, forms, need_distinctive=n > 0, own_word=crop)
                while cut:
                    if cut[-1] not in r.generic_words:
                        # 华康|生物制药: a word of two trade words, cut as two (华康生物)
                        pieces = self._generic_pieces(cut[-1])
                        if pieces is None:
                            break
                        cut[-1:] = pieces
                    cut.pop()
                    self._short(cut, name, forms, need_distinctive=True, own_word=crop)
                if "股份" in name and n == len(variants) - 1 and len(v[0]) >= 2 and v[0] not in r.generic_words:
                    # 甬祥股份 for 宁波甬祥汽车零部件股份有限公司: the name's first word of its own and 股份
                    self._short([v[0], "股份"], name, forms, need_distinctive=True)
            self._initials(toks, name, forms)
            # 汉澄港码头装卸|公司 for 汉澄港码头装卸有限公司: the name with a bare 公司 for its legal form
            form = next((f for f in _LIMITED_FORMS if name.endswith(f)), None)
            if form is not None and len(name) - len(form) >= 4:
                forms.setdefault(name[:-len(form)] + "公司", (c.type, "org.short.bare_company"))
        out = []
        for short, starts in occurrences(text, forms).items():
            typ, rule = forms[short]
            for i in starts:
                # 雁南文化|产业博览会: a short name ending in a trade word, then another
                # trade word or a park word, is a longer noun, no mention of the company
                if short.endswith(r.generic_heads) and text.startswith(r.generic_heads, i + len(short)):
                    continue
                if text.startswith(_INDUSTRY, i + len(short)) or (
                        short.endswith(_INDUSTRY) and text.startswith(_OF_AN_INDUSTRY, i + len(short))):
                    # 澍江省集成电路|产业营收, 澍江省集成电路产业|发展报告: the industry, no mention of the
                    # fund (澍江省集成电路产业投资基金; but 璋川专精特新产业|投资了12家 is the fund's)
                    continue
                if short.endswith("股份") and _NUMBER_AFTER.match(text, i + len(short)):
                    continue  # 增持华大基因股份10.76万股: the firm's shares, no mention of it
                if names_event(text, i + len(short)) or names_brand(text, i + len(short)) \
                        or self.splits_a_place(short, i + len(short)):
                    continue
                if self.short_unit_in_word(i, i + len(short)):
                    continue
                if rule == "org.short.brand" and not r.firm_figure_after.match(text, i + len(short)):
                    continue  # (宏骋|机车 itself, or the brand anywhere but before the firm's figure)
                out.append(Candidate(i, i + len(short), typ, rule, "list"))
        return out

    def short_unit_in_word(self, a: int, b: int) -> bool:
        """Is the bare unit at ``[a, b)``, of three characters and one only a region opens elsewhere
        (社会处 for …县政府社会处) or one named whole (统计处 for 经济部统计处), a piece of other words
        there (社会|处于, 社会|处理, 统计|处理)?"""
        r, unit = self.rules, self.text[a:b]
        return b - a < 4 and (unit in r.region_first or any(su.elliptic and su.most == 0 and unit in su.units
                                                            for su in r.sub_units)) \
            and segmenter(r).straddled(self.text, a, b)

    def splits_a_place(self, short: str, end: int) -> bool:
        """Does a park's or a project's word run across ``end`` or start there (璋川专精特新产业|园
        and 璋川专精特新|产业园, short forms of a fund 璋川专精特新产业母基金, in the park's name), or a zone's
        after words of its kind (云屏临空|经济技术开发区 of 云屏临空物流有限公司: the zone's name, not the firm's)?"""
        if end >= len(self.text):
            return False
        return any(short.endswith(head) and self.text.startswith(rest, end)
                   for head, rest in self.rules.not_org_splits.get(self.text[end], ())) \
            or self.rules.zone_after.match(self.text, end) is not None

    def kind_of_body(self, word: str) -> bool:
        """Is ``word`` common nouns of the dictionary and a suffix (民办学校, 涉案公司)?"""
        suffix = self.suffix_of(word)
        if suffix is None:
            return False
        stem = word[:-len(suffix)]
        return all(self.common_noun(stem[a:b]) for a, b in segment(stem, 0, len(stem), self.rules))

    def type_by_suffix(self, word: str) -> str:
        """The type of the longest suffix ``word`` ends in (中芯学校: institution), else
        a company's."""
        suffix = self.suffix_of(word)
        return self.rules.suffix_type[suffix] if suffix else self.rules.gazetteer.get(word) or "company"

    def _generic_pieces(self, word: str) -> list[str] | None:
        """``word`` as two generic words (生物制药 -> 生物, 制药), or None."""
        g = self.rules.generic_words
        for k in range(2, len(word) - 1):
            if word[:k] in g and word[k:] in g:
                return [word[:k], word[k:]]
        return None

    def _level_apart(self, toks: list[str]) -> list[str]:
        """``toks`` with a place's level that jieba's HMM glued to the name's next character (no word of
        the dictionary) given back to the place (青溪|县禾|丰豆业 -> 青溪县|禾|丰豆业), so the name
        without its place is the firm's own (禾丰豆业)."""
        tails = self.rules.region_tails
        for k in range(len(toks) - 1):
            word = toks[k + 1]
            if not self.is_region(toks[k]):
                break
            if toks[k][-1] not in tails and len(word) >= 2 and word[0] in tails and self.tag(word) is None:
                return toks[:k] + [toks[k] + word[0], word[1:]] + toks[k + 2:]
        return toks

    def _short(self, cut: list[str], name: str, forms: dict, need_distinctive: bool, own_word: bool = False) -> None:
        short = "".join(cut)
        if len(short) < 4 or short == name or not ALL_HAN.fullmatch(short) \
                or short.endswith(self.rules.not_org_tails + self.rules.short_not_tails) \
                or (short.endswith(self.rules.short_industry_tails)
                    and not any(self.is_region(t) or self.tag(t) is None for t in cut)):
            return  # (云溪古镇 of 云溪古镇文化旅游有限公司 names the town, not the firm; 油茶产业, the crop's industry)
        # (a place with its level, then words of the dictionary alone, names the place's field: 鹭川市|职业|教育
        # of 鹭川市职业教育集团 is the city's vocational education; 岭东县|禾盛|米业 keeps a word of its own)
        need_distinctive = need_distinctive or (len(cut) > 1 and cut[0][-1] in self.rules.region_tails
                                                and self.is_region(cut[0]))
        if own_word and not any(self.tag(t) is None and not self.is_region(t) for t in cut):
            return  # (雪茄烟叶 of 澜溪县雪茄烟叶种植专业合作社: a crop, no name of its own)
        # (a word of the dictionary seen often, 城乡 or 水利, is no name's own: 城乡|供水 of 澄阳县城乡供水有限公司
        # in 县城乡供水一体化工程, 水利|投资 of 岚江省水利投资集团有限公司 in 完成水利投资)
        if need_distinctive and not any(not self.is_region(t) and t not in self.rules.generic_words
                                        and (self.tag(t) in _NOT_COMMON or self.freq(t) < _COMMON_FREQ) for t in cut):
            return
        if need_distinctive and len(cut) == 1 and self.tag(cut[0]) not in _NOT_COMMON:
            return  # one common word of the dictionary is a phrase, not a name (城乡建设 of 槐川县城乡建设投资集团有限公司)
        forms.setdefault(short, ("company", "org.short.of_full_name"))

    def _initials(self, toks: list[str], name: str, forms: dict) -> None:
        """深创投: the first character of each of three or four words (region first)
        before the suffixes, when it is no word of the dictionary and the text has it
        outside the name."""
        r = self.rules
        words = list(toks)
        while words and (words[-1] in r.suffix_type or words[-1] in "()"):
            words.pop()
        if not 3 <= len(words) <= 4 or any(len(w) < 2 or not ALL_HAN.fullmatch(w) for w in words):
            return
        short = "".join(w[0] for w in words)
        # (one the text lacks finds nothing: the text is searched for all forms at once)
        if short in forms or short in name or self.tag(short) is not None:
            return
        forms[short] = ("company", "org.short.initials")

    def _elliptic(self, c: Candidate, forms: dict) -> None:
        text = self.text
        for su in self.rules.sub_units:
            if not su.elliptic:
                continue
            for parent in su.parents:
                k = text.rfind(parent, c.start, c.end)
                if k < 0:
                    continue
                m = su.pattern.fullmatch(text, k + len(parent), c.end)
                # (or of three characters, a unit only a region or a level opens elsewhere: 县政府|社会处, or one
                # the rules name whole, no word of its own before it: 经济部|统计处)
                if m and (len(m.group()) >= 4 or m.group() in self.rules.region_first or su.most == 0) \
                        and self.unit_words(*m.span("mid")):
                    forms.setdefault(m.group(), (c.type, "org.short.of_sub_unit"))
                return


def names_event(text: str, end: int) -> bool:
    """Does an event's word go on from ``end`` (澄阳人才|周, 啤酒|节, 论坛)?"""
    return _EVENT_AFTER.match(text, end) is not None


def names_brand(text: str, end: int) -> bool:
    """Does a brand's word go on from ``end`` (“峡川榨菜”|品牌, 峡川榨菜|区域公用品牌)?"""
    return _BRAND_AFTER.match(text, end) is not None


_COMMON_FREQ = 1000  # jieba's count of a common word (城乡 2316, 水利 1504; 交投 61)


def _in_order(short: str, name: str) -> bool:
    """Are the characters of ``short`` in ``name``, in that order (城投 in 城市投资)?"""
    it = iter(name)
    return all(ch in it for ch in short)
