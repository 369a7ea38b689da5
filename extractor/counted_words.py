"""jieba's tokens and tags and the word lists of rules/count.yaml, for reading what a
count counts (counted.py): what a word is (a verb, a noun, a region), and the noun
phrase a run of words ends with, before a count or after its classifier.
"""
from __future__ import annotations

import functools

import regex

from .indicators import CLAUSE_COMMA
from .rules import RuleSet, table_fragment
from .subject import _STANDS_FOR
from .wordcut import segment

# 全区, 本市, 该县: the article's own region; Taiwan's, Hong Kong's and Macau's too (全台, 全港, 本澳)
_OWN_REGION = regex.compile(rf"{_STANDS_FOR.pattern}|全[台澳港岛]|本[港澳]")

_AMOUNT_WORDS = frozenset({"亿元", "万元", "千万元", "百万元"})
# The clause a count sits in; 分别 and 其中 open a list, not a noun.
# (由上年的3,215家增加到: a digit group's comma is none, see CLAUSE_COMMA)
_CLAUSE_BREAK = regex.compile(CLAUSE_COMMA + r"|[，。；;：:！!？?、\n（()）\"]|其中|(?<=[，,；;]\s{0,2})当中|分别为?|分别是")
_REACH = 20  # the longest noun phrase read before a number
_COMPARED_WITH = regex.compile(r"(?:[与和同跟]\p{Han}{0,8})?相$")  # the base of 相比, cut off before the change
# 快递业务量(累计)完成|4.37亿件: the measure came to it
_MEASURE_DONE = regex.compile(r"(?<=[量数])(?:累计|共|全年|已)?完成$")
_PER_DAY = frozenset({"日均", "单日", "当日", "每天", "每日", "每年", "每月", "年均", "月均", "场均"})
_AVERAGED = frozenset({"日均", "年均", "月均", "场均"})  # 醉酒投诉|日均|3万次: the noun's average
_COMPARING = frozenset({"与", "和", "跟", "同", "比", "较", "相比"})
_AT = frozenset({"在", "来", "赴", "到", "留"})  # before a place: where (在瑞就业)
_FIRMS = ("企业", "公司", "银行", "机构", "单位", "商户", "门店", "合作社")  # bodies that act after their count
_LEVEL_ENDS = frozenset("省市区县旗镇乡州")
_KIND_OF_PLACE = regex.compile(r"(?:[小社城市展园景片街校厂矿山牧林湖老专商灾库营]|服务|保税|示范|开发|功能)区$|"
                               r"(?:城|超|都|夜|集|门|股|楼|上)市$|地区$")
# Heads of what a verb before them says which ones (生产基地, 经营主体), not what was done to.
_SITE_OR_BODY = regex.compile(r"(?:公司|企业|单位|机构|主体|基地|网点|门店|商户|厂|线|车间|平台|中心|站|点)$")
# A noun that names a kind of its members: what 共有 counts (新上市公司|共有21家), not what owns
# them (Alphabet|拥有…名员工, 他|有两个孩子).
_COLLECTIVE = regex.compile(r"(?:公司|企业|项目|单位|机构|会员|学校|医院|商户|门店|园区|平台)$")
_DETERMINERS = ("这", "该", "那", "本", "此", "其", "每", "一")  # one body's things: 这家机构有…
# Who or what has things, before 有 (学校现有27个, 全市有12家, 我们有3个): the count is of its
# things, which the text leaves unnamed, so it names no noun.
_OWNER = regex.compile(r"(?:公司|企业|单位|机构|学校|医院|门店|园区|平台|集团|银行|政府|家庭|城市|地区|国家|"
                       r"[省市县区镇乡村州国]|人|者|我|你|他|她|它|们|自己|大家|本身|每|各)$")
# Words that end like a word for people and name none (大家, 国家: 家 is a person head).
_NOT_PERSONS = frozenset({"大家", "国家", "人家", "自家", "全家", "老家", "娘家", "皇家"})
# A place, or a group the things are among, before 有 (请柬上有, 世界范围内有; 专辑中有两张 counts 专辑).
_PLACE_END = regex.compile(r"(?:[上内里外]|范围内?|国内|国外|全球|全国|世界)$")
_AMONG_END = regex.compile(r"(?:之中|当中|中)$")
# 连 and a verb of one character right before a count: an act done so many times in a row.
_IN_A_ROW = regex.compile(r"(?<!大)连(\p{Han})$")
# Adverbs between a noun and its 有 (失误只有8个, 邪气主要有三个).
_HAVE_ADVERBS = regex.compile(r"(?:只|仅|也|都|还|就|共|主要|一共|总共|大致|大约|目前|现在|至少|最多|约)+$")
# Times that open a clause: 年末, 2023年, 1-10月, 前三季度, 今年以来.
_TIME = regex.compile(
    r"(?:\d{2,4}年(?:度|末|底|初)?|\d{1,2}(?:[-~至]\d{1,2})?月(?:份|底|末)?|[上下]半年|[前一二三四1-4]+季度|"
    r"[今去明上本当]年|全年|年[末底初内]|以来|(?:[今去上本当]年)?同期|期间|目前|当前|截至|每年|每月|黄金周|小?长假)$")
# A number and what makes it a modifier: 10亿元以上项目, 世界500强企业, 100M及以上接入速率用户.
# (and a scenic grade: 5A级景区, 4A级以上景区; a voltage: 220千伏变电站)
_NUMBER_MODIFIER = regex.compile(r"[\d.]+(?:[万亿]元|[MG])?及?(?:以上|以下)|\d+强|[1-5]A级|\d+千伏")
_PUNCT_INSIDE = frozenset("“”‘’《》·")
_QUOTES = (("“", "”"), ("‘", "’"), ("《", "》"))
_HAN = regex.compile(r"\p{Han}")
_NOUN_TAIL_TAGS = frozenset({"q", "mq"})
_VERB_TAGS = frozenset({"v", "vd", "vg"})
_DOING_TAGS = frozenset({"v", "vd", "vg", "vn", "a", "ad", "d"})  # what a body named before it does, and how
# No part of a noun phrase: pronouns, prepositions, adverbs, conjunctions, particles,
# numerals and times.
_FUNCTION_TAGS = frozenset({"r", "rr", "rz", "p", "d", "dg", "c", "u", "ud", "ug", "uj", "ul", "uv", "uz", "m", "t", "tg"})
_JOINING = frozenset({"和", "与", "及", "以及", "或", "或者", "跟", "同", "及其"})
_POSTPOSITIONS = ("中", "里", "内", "上", "当中", "之中", "里面", "方面", "之后", "以后", "后", "之间", "之外", "以外",
                  "之前", "以前")
_PLACES = frozenset({"中", "里", "内", "上", "当中", "之中", "里面"})  # postpositions of place alone
_REST = frozenset({"其他", "其余", "其它"})
_HOURS_COUNTED = frozenset({"课时", "学时", "工时"})  # hours of teaching or work: things counted, though jieba's times
_PLACE_WORDS = frozenset({"地区", "区域", "片区", "地方", "一带", "境内", "境外", "省外", "省内", "市外", "市内"})
_PLANNED = frozenset({"计划", "预计", "预估", "拟", "力争", "争取"})  # before the verb of what is planned
# How an act ended, after its verb: 调解成功|1.92万件 counts acts, names no noun.
_OUTCOMES = frozenset({"成功", "失败", "完毕", "到位"})
# What jieba's HMM glues onto a noun of one character after a count (人|刚, 人|中, 店|开)
_GLUED_AFTER = frozenset("刚进中上里是开站去过在都也就还有来要会能被把给和与跟坐走说做")
_ASPECT = frozenset({"了", "过", "着"})
_MODALS = frozenset({"要", "需要", "能", "能够", "只能", "可", "可以", "想", "应", "应该", "会", "得"})
_WORD = regex.compile(r"[\p{Han}A-Za-z]")
_LATIN = regex.compile(r"[A-Za-z]+|\d{1,2}G")  # (5G基站: a network's generation)
_DIGITS = frozenset("0123456789零〇一二两三四五六七八九十百千万亿")
_EDGE = regex.compile(r"^[^\p{Han}A-Za-z\d]+|[^\p{Han}A-Za-z]+$")

# What 个人 ("personal") opens, in a count written before it (4亿个人用户 are personal users), and
# what 人 opens as a word of its own (三个人名, 5165份人血清).
_OF_A_PERSON = frozenset({"用户", "客户", "账户", "信息", "贷款", "消费者", "投资者", "储户", "会员", "名", "血清"})


def _closes_quote(phrase: str) -> bool:
    """Whether ``phrase`` closes a quote it did not open (上”企业 of “四上”企业)."""
    return any(phrase.count(closer) > phrase.count(opener) for opener, closer in _QUOTES)


class CountedWords:
    """jieba's tokens and tags and the word lists of rules/count.yaml."""

    def __init__(self, rules: RuleSet) -> None:
        from .org_rules import cached_org_rules
        from .org_words import OrgWords
        from .wordcut import segmenter

        self.org_rules = cached_org_rules()
        self.seg = segmenter(self.org_rules)
        self.places = OrgWords("", self.org_rules)  # its word classes read no text
        self.stop_tags = self.org_rules.stop_tags
        ctx = rules.context
        self.links = frozenset(ctx.get("counted_links", ()))
        # Links of two characters or more are cut by their characters, whatever jieba
        # makes of them (扣球高达); one character only as a word of its own (推介会).
        longer = [w for w in self.links if len(w) > 1]
        self.trailing_links = regex.compile(f"{table_fragment(longer)}+$" if longer else "(?!)")
        self.changes = frozenset(ctx.get("counted_changes", ()))
        # a change after its base (同比增加|18个, 比上年末净增|46家) counts nothing
        self.change_after_base = regex.compile(
            rf"(?:同比|环比|按[年月]|[比较]\p{{Han}}{{1,6}}?){table_fragment(self.changes)}了?$" if self.changes else "(?!)")
        self.modifiers = frozenset(ctx.get("counted_modifiers", ()))
        self.keep = frozenset(ctx.get("counted_keep", ()))
        self.not_regions = frozenset(ctx.get("counted_not_regions", ()))
        self.after_stops = frozenset(ctx.get("counted_after_stops", ()))
        self.clause_verbs = frozenset(ctx.get("counted_clause_verbs", ()))
        self.verb_tagged_nouns = frozenset(ctx.get("counted_verb_tagged_nouns", ()))
        self.noun_tagged_verbs = frozenset(ctx.get("counted_noun_tagged_verbs", ()))
        self.object_verbs = frozenset(ctx.get("counted_object_verbs", ()))
        self.led_by = frozenset(ctx.get("counted_led_by", ()))
        self.event_verbs = frozenset(ctx.get("counted_event_verbs", ()))
        self.adverbials = frozenset(ctx.get("counted_adverbials", ()))
        self.pointers = frozenset(ctx.get("counted_pointers", ()))
        self.one_char_nouns = frozenset(ctx.get("counted_one_char_nouns", ()))
        self.groups = tuple(ctx.get("counted_groups", ()))
        self.runs = tuple(ctx.get("counted_runs", ()))
        self.person_heads = tuple(ctx.get("counted_person_heads", ()))
        self.person_words = tuple(w for w in self.person_heads if len(w) > 1)  # 选手, which jieba tags a verb
        self.degree_words = frozenset(ctx.get("counted_degree_words", ()))
        self.describers = frozenset(ctx.get("counted_describers", ()))
        self.describers_before_de = frozenset(ctx.get("counted_describers_before_de", ()))
        # (both, for a cheap test before jieba cuts the text after a count)
        self.describer_words = tuple(sorted(self.describers | self.describers_before_de))
        self.scopes = frozenset(ctx.get("counted_scopes", ()))
        self.verb_nouns = frozenset(ctx.get("counted_verb_nouns", ()))
        self.verb_phrases = frozenset(ctx.get("counted_verb_phrases", ()))
        self.link_chars = frozenset(ctx.get("counted_link_chars", ()))
        self.link_ending_nouns = frozenset(ctx.get("counted_link_ending_nouns", ()))
        has = ctx.get("counted_possessive", ())
        self.possessive = regex.compile(
            f"{table_fragment(has)}{table_fragment(longer) + '*' if longer else ''}$" if has else "(?!)")

    def tokens(self, phrase: str) -> list[str]:
        words = [phrase[a:b] for a, b in segment(phrase, 0, len(phrase), self.org_rules)]
        if "共" not in phrase and "在" not in phrase and "及其他" not in phrase:
            return words
        out: list[str] = []
        for k, w in enumerate(words):
            if w[0] == "他" and out and out[-1] == "及其":
                # 国家赔偿|及其|他|案件, 就业帮扶|及其|他类|项目: the rest, 及|其他
                out[-1:] = ["及", "其他"] + ([w[1:]] if len(w) > 1 else [])
            elif len(w) > 1 and w[0] == "共" and self.seg.tag(w) is None:
                out += ["共", w[1:]]  # 全年共新签约…: jieba's HMM glues 共 ("in all") onto the next word
            elif out and out[-1] == "在" and len(w) == 1 and "在" + w in self.modifiers and k + 1 < len(words):
                # 在|园|幼儿: 在园 ("enrolled") is one modifier before a noun, as 在校 is (not 在|园区,
                # nor 500名核心员工在|岗: there it is what they are)
                out[-1] = "在" + w
            else:
                out.append(w)
        return out

    def noun_ending_in_de(self, phrase: str) -> bool:
        """Does ``phrase`` end with a word of the dictionary that ends in 的 and is no
        function word (各类标的|98件: a lot at auction; not 有的, 别的)?"""
        last = self.tokens(phrase[-4:])[-1]
        return len(last) > 1 and self.seg.tag(last) == self.seg.other

    def is_region(self, word: str) -> bool:
        """A region as the org finder reads one (梧川县, 卫滨区, 台港澳), or 全区/本市; not
        a level alone (县|领导带队, 省|重点实验室: it qualifies the noun)."""
        return word not in self.not_regions and len(word) > 1 and (
            _OWN_REGION.fullmatch(word) is not None or self.places.is_region(word))

    def named_region(self, word: str) -> bool:
        """A region by our own lexicon, not by jieba's tag (瑞克 of 塔瑞克 is a place to it)."""
        return word not in self.not_regions and (
            _OWN_REGION.fullmatch(word) is not None or word in self.org_rules.regions or word in self.scopes)

    def object_of(self, noun: str) -> str:
        """``noun`` without a verb of ``counted_object_verbs`` and what stands before it, when
        what follows the verb is what it made or did (全省生产|汽车, 全院收治|出院患者), not a
        body, a site or people it names (生产|企业, 生产|基地, 销售|人员)."""
        if not self.object_verbs or not any(v in noun for v in self.object_verbs):
            return noun
        words = self.tokens(noun)
        k = next((k for k, w in enumerate(words[:-1]) if w in self.object_verbs), None)
        if k is None:
            return noun
        after = words[k + 1]
        if _SITE_OR_BODY.search(after) or after.endswith(self.person_heads) or not self.is_noun(after):
            return noun
        return "".join(words[k + 1:])

    def names_region(self, word: str) -> bool:
        """A region's own name (城东区, 临江县, 高新区), not a kind of place (老旧小区, 国内城市, 展区)."""
        return self.named_region(word) or (
            word[-1:] in _LEVEL_ENDS and _KIND_OF_PLACE.search(word) is None and self.is_region(word))

    def is_verb(self, word: str) -> bool:
        return word in self.clause_verbs or word in self.noun_tagged_verbs or (
            self.seg.tag(word) in _VERB_TAGS and word not in self.verb_tagged_nouns)

    def is_noun(self, word: str) -> bool:
        """A word that may be a noun: no verb, no function word (our segmenter
        tags nouns, adjectives and verbal nouns alike)."""
        return word in self.verb_tagged_nouns or (
            not self.is_verb(word) and self.seg.tag(word) not in self.stop_tags and word not in self.links)

    # ---- the noun after the classifier -----------------------------------

    @functools.lru_cache(maxsize=1 << 12)  # phrases repeat (人次, 个项目…); bounded, so memory stays flat
    def after(self, phrase: str, closed: bool, persons: bool = False) -> str | None:
        """The noun phrase ``phrase`` opens with: its tokens up to the first verb
        or function word (which must be there when ``closed``), or to a word
        of ``counted_after_stops`` (代表|入场, 企业|现场|签约).  After a count of
        ``persons`` (人, 名, 位) a verb is what they do, never the noun (69743人|报名)."""
        stops = self.stop_tags - _NOUN_TAIL_TAGS
        words = self.tokens(phrase)
        head = words[0] if words else ""
        if len(head) == 2 and head[0] in self.one_char_nouns and head[1] in _GLUED_AFTER and self.seg.tag(head) is None:
            return head[0]  # 两个人|刚…, 每100个人|中: jieba's HMM glued the next character on
        if head == "人" and len(words) > 1 and words[1] not in _OF_A_PERSON:
            return head  # 两个人|同龄, 四个人|保研: the people, and what they are or did (not 4亿个|人用户)
        if persons and (person := self._person_word(words)) is not None:
            return "".join(words[:person + 1])
        first_stop = next((i for i, w in enumerate(words) if self._ends_after(words, i, stops, persons)), None)
        if closed and first_stop is None:
            # 7个|省|重点项目|年度计划投资|42亿元: a run of nouns into a figure ends the count's noun at its
            # last project's or body's word, what the rest measures following it
            body = next((j for j in range(len(words) - 2, -1, -1)
                         if _COLLECTIVE.search(words[j]) and self.is_noun(words[j])), None)
            if body is None:
                return None
            first_stop = body + 1
        if (first_stop == 0 and len(phrase) <= 4 and not closed
                and len(words) <= 2 and not any(w in self.links for w in words)
                and not (persons and self.is_verb(words[0]))
                and (self.seg.tag(words[0]) not in _FUNCTION_TAGS or self.seg.tag(words[0]) == "m")
                and self.seg.tag(words[0]) is not None
                and words[0] not in self.clause_verbs and words[0] not in self.after_stops and words[0] not in _MODALS
                and words[0] not in self.changes):
            # a short noun jieba tags a verb or numeral: 6个抢断, 3个三分, 10亿个包裹当中 (六轮比拼|过后:
            # without the time after it)
            first_stop = 1 if len(words) == 2 and self.seg.tag(words[1]) in ("t", "tg") else None
        words = words[:first_stop]
        if len(words) > 1 and words[-1] == "新":
            words.pop()  # 12家企业|新|获批: "newly", the verb's, not the noun's
        if len(words) > 1 and words[-1] in _POSTPOSITIONS:
            words.pop()  # 4支球队中, 10亿个包裹当中, 4个赛季后 (but 示范性高中)
        noun = "".join(words) if words and words[0] not in _PLACES else ""  # (五位|当中)
        if noun and noun not in _HOURS_COUNTED and (_TIME.match(noun) or self.seg.tag(noun) in ("t", "tg")):
            return None  # 七部门|今年1月…, 两轮|过后: when they acted, no noun (but 192个课时)
        if len(noun) == 1:
            return noun if noun in self.one_char_nouns else None  # 4颗|牙, 两个|字, but not 两个|非…
        return noun if noun else None

    def _thing_noun(self, subject: str) -> bool:
        """Does ``subject`` end in a noun of the dictionary that names no body (原因, 行星;
        not 统计局, a name jieba does not know, 梁莹, nor a verb: 有时候会)?"""
        words = self.tokens(subject)
        last = words[-1] if words else ""
        return self.is_noun(last) and self.seg.tag(last) not in (None, "nt")

    def _person_word(self, words: list[str]) -> int | None:
        """The last of the first three ``words`` that is a word for people, with only
        nouns and verbs before it (选手|同场竞技, 飞行|学生, 学生|家长|代表; jieba tags 选手 a
        verb, and a verb before such a word says which people): the noun after a count of
        people ends there. None when no such word opens the phrase (69743人|报名)."""
        found = None
        for i, w in enumerate(words[:3]):
            if w[0] in _DEGREE_OPENERS and self.seg.tag(w) is None:
                break  # 两位演员|很长: a quality, no 长 of people
            if len(w) >= 2 and w not in self.after_stops and w not in _NOT_PERSONS and (
                    w.endswith(self.person_words) or (w.endswith(self.person_heads) and self.is_noun(w)
                                                      and not self.seg.says_how(w))):
                found = i  # (not 成长, 即将, 以我为主: a verb, an adverb, an idiom)
            elif self.seg.tag(w) in _FUNCTION_TAGS or w in self.links or w in self.after_stops or len(w) < 2:
                break
        return found

    def _ends_after(self, words: list[str], i: int, stops: frozenset[str], persons: bool = False) -> bool:
        """Whether ``words[i]`` ends the noun after a count (is no part of it); after a count of
        ``persons`` a verb is what they do (两位|选择|项目)."""
        w = words[i]
        if w in self.keep and i + 1 < len(words) and self.is_noun(words[i + 1]):
            return False  # 4个首轮选秀权, 两只成年雄狮: a numeral or a time word that is part of the noun
        if w in self.after_stops or (i > 0 and (w in self.links or w in self.adverbials or w in _POSTPOSITIONS)):
            return True  # (3家|现有股东; 211个参评国家|中最高的)
        if not persons and self._verbs_into_collective(words, i):
            return False  # 62个|节能|改造|项目: verbs of manner that open a project's or a body's name
        if i > 1 and _COLLECTIVE.search(words[i - 1]) and self._verbs_into_collective(words, i - 2) \
                and self.seg.tag(w) in _DOING_TAGS:
            return True  # 32家超支机构|合理|分担: what the bodies so named do
        if i > 0 and self._opens_stop(words, i):
            return True  # 14家企业|总|投资: a stop that jieba cut in pieces
        if i > 0 and (_TIME.match(w) or (words[i - 1].endswith(_FIRMS) and (w in self.modifiers or self.is_verb(w)))):
            return True  # 10余家银行|三季度新发放, 3家企业|入选省级名单: a time, or what the firms did
        last = i + 1 == len(words)
        if i > 0 and (self.seg.idiom(w) or (self.seg.says_how(w) and (
                (len(w) > 1 and (last or not self.is_noun(words[i + 1]) or self.seg.tag(words[i + 1]) == "vn"))
                or (len(w) == 1 and not last and words[i + 1] in _ASPECT)))):
            # 5000多家门店|融为一体, 三家企业|最大的问题, 4种颜色|鲜艳, 两个人|容易|冲突, 四轮比赛|早|了:
            # an idiom, or an adjective no noun follows (one character: before an aspect), says how they
            # are (but 十六位国内外|优秀|艺术家, 41个工业|大|类行业, 近千位…教育局|长)
            return True
        if i > 0 and w[0] in _DEGREE_OPENERS and self.seg.tag(w) is None:
            return True  # 两位演员|很长: a word of degree and a quality
        if i > 0 and self.seg.tag(w) == "vn" and i + 1 < len(words) and (
                words[i + 1] in _ASPECT or (len(words[i + 1]) == 1 and self.is_verb(words[i + 1]))):
            return True  # 两个字|束缚|住了: a verbal noun used as the verb, its complement after it
        tag = self.seg.tag(w)
        if tag in ("t", "tg"):  # 两个赛季, 4个赛季后, but 两位|现在回想起来, 六轮比拼|过后
            return (i > 0 and i + 1 == len(words)) or (i + 1 < len(words) and words[i + 1] not in _POSTPOSITIONS)
        # 四次|集中签约活动: a verb of manner may open the noun, a modifier be in it; a verb
        # between a noun and a body's name makes one compound (56家粮食|收购|企业)
        return tag in stops and not ((i == 0 and w in self.adverbials) or (
            w in self.modifiers and i + 1 < len(words) and self.is_noun(words[i + 1])) or (
            0 < i < len(words) - 1 and self.is_verb(w) and w not in self.clause_verbs and self.is_noun(words[i - 1])
            and _COLLECTIVE.search(words[i + 1]) is not None and self.is_noun(words[i + 1])
            # (the body's word ends the noun: not 三个因素|放到|企业|竞争中)
            and (i + 2 == len(words) or words[i + 2] in self.after_stops or not self.is_noun(words[i + 2]))))

    def _verbs_into_collective(self, words: list[str], i: int) -> bool:
        """Are ``words[:i + 1]`` verbs of manner, no clause's verb among them, and the words after
        them more such verbs, then a project's or a body's word (节能|改造|项目, 技术|改造|企业)?"""
        for k, w in enumerate(words[:i + 4]):
            if k > i and _COLLECTIVE.search(w) and self.is_noun(w):
                return True
            if len(w) < 2 or not self.is_verb(w) or w in self.clause_verbs or w in self.after_stops or w in self.changes:
                return False  # (28家|系|中资企业: a copula)
        return False

    def _opens_stop(self, words: list[str], i: int) -> bool:
        """Whether ``words[i:j]`` spell a word of ``counted_after_stops`` for some j."""
        piece = words[i]
        for w in words[i + 1:i + 4]:
            piece += w
            if piece in self.after_stops:
                return True
        return False

    # ---- the noun before the number --------------------------------------

    @functools.lru_cache(maxsize=1 << 12)
    def before(self, phrase: str, things: bool = False, firms: bool = False) -> str | None:
        """The noun phrase that ``phrase`` ends with, without the clause's verb,
        region, time and links; None for a change (比上年增加), after 的 (德国的8家:
        the noun is left out) and after a preposition or a verb with its subject
        (三支球队在|11轮, 陆毅说|两人: the count is no measure of the noun). A count of
        ``things`` (no people, no times) may count the noun before 有 (原因有|两个)."""
        moved = _FROM_TO.match(phrase)
        if moved:
            # 成员单位由上年的|31家增加到|38家: both count the subject before 由
            return self.before(moved.group("subject"), things, firms)
        if phrase.endswith("的") and not self.noun_ending_in_de(phrase):
            return None  # 德国的8家: the noun is left out
        change = self.change_after_base.search(phrase)
        if change:
            # 同比增加|18个, 比上年末净增|46家: a change of what the clause before counted; but a
            # subject in this clause is what the change counts (亏损企业较上年减少|3户)
            subject = phrase[:change.start()]
            if subject.endswith("相"):  # 内地上榜高校(与去年)相|比减少6所
                subject = _COMPARED_WITH.sub("", subject)
            return self.before(subject, things, firms) if subject else None
        if phrase.endswith("前"):
            return None  # a rank: 预备队前|28轮
        if (run := _IN_A_ROW.search(phrase)) and self.is_verb(run.group(1)):
            return None  # 连捅|11刀, 湖人连胜|5场: the count is of the act done in a row
        have = self.possessive.search(phrase)
        if have:
            # Alphabet拥有|85050名直接员工: the noun follows, and counted_noun asks here only
            # when none does; then a kind before 共有 is what is counted (新上市公司共有|21家), or
            # before any 有 when 家 counts it (相关的企业仅有|12家; not 这家机构有|…: one firm's),
            # and so are things before 有 but an owner or a place (原因有|两个, 行星中至少有|3颗;
            # not 这家机构有|1000户, 学校现有|27个…, 请柬上有|…, whose things are left out, nor a
            # team's people or times: 北京国安共有|5人, 篮网只有|4次)
            subject = _HAVE_ADVERBS.sub("", phrase[:have.start()])
            if (phrase.endswith("共有") or (firms and not subject.startswith(_DETERMINERS))) and _COLLECTIVE.search(subject):
                phrase = subject
            elif things and not _OWNER.search(subject) and not _PLACE_END.search(subject) and self._thing_noun(subject):
                phrase = _AMONG_END.sub("", subject)
            else:
                return None
        words = self.tokens(self.trailing_links.sub("", _MEASURE_DONE.sub("", phrase)))
        lead = max((k for k, w in enumerate(words[:-1]) if w in self.led_by), default=None)
        if lead is not None:
            words = words[lead + 1:]  # 区主要领导带队|外出招商: the noun follows the leading
        # Links, and a region, time or manner between the noun and its number
        # (规模性企业|全球只有|20个, 湖人|连续|18场).
        done = False  # an aspect particle went: the word before it is a verb (拍了50多次)
        while words and (words[-1] in self.links or words[-1] in self.adverbials or words[-1][-1] in self.link_chars
                         or _TIME.match(words[-1]) or self.named_region(words[-1]) or words[-1] in _PER_DAY):
            if words[-1] in self.adverbials or (words[-1] in _PER_DAY and words[-1] not in _AVERAGED
                                                 and not _TIME.match(words[-1])):
                # 湖人连续|18场输给…: the count is of what follows; 每天|四千多万人次: a rate of
                # what the clause does, its noun seldom right before
                return None
            done = words[-1] in _ASPECT or (done and words[-1] not in self.links)
            last = words[-1]
            if last[-1] in self.link_chars and len(last) > 1 and not (
                    last in self.links or last in self.adverbials or _TIME.match(last) or self.named_region(last)):
                if self.seg.tag(last) is not None or last in self.link_ending_nouns:
                    break  # a word that ends like a link: 分为, 成为 (商超, a noun jieba lacks)
                rest = "".join(words)[:-1]  # 职位数为: jieba glued the link on
            else:
                rest = "".join(words[:-1])
            words = self.tokens(self.trailing_links.sub("", rest))
        if len(words) > 1 and _AMONG_END.fullmatch(words[-1]) and self.is_noun(words[-2]):
            words.pop()  # 参训人员|中|5.93万人: among those the noun names, some are counted
        if len(words) > 1 and words[-1] in self.changes and self.is_noun(words[-2]) and words[-2] not in self.links \
                and words[-2] not in _PER_DAY and not _TIME.match(words[-2]) and self.seg.tag(words[-2]) not in ("t", "tg") \
                and not any(w in _COMPARING for w in words[:-1]):
            # 与上年相比，违法案件|减少|38件: a change of the clause's subject, the base said before (not
            # 单日|增长, a time; nor 与第一的勇士|少了, the one compared with)
            return self.before("".join(words[:-1]), things, firms)
        if not words or words[-1] in self.changes or words[-1] in self.pointers or words[-1] in _OUTCOMES \
                or (self.seg.tag(words[-1]) in _FUNCTION_TAGS and not (words[-1] in self.keep and (
                    words[-1].endswith("年") or (words[-1] == "点" and len(words) > 1))))\
                or not _WORD.search(words[-1]):
            return None  # (but 返乡创业|青年, an age jieba reads as a time, and 村级服务|点, a site it reads as a
            # numeral; not 其余|5人, the rest)
        held = max((k for k, w in enumerate(words[:-1]) if w in self.event_verbs), default=None)
        if held is not None and words[-1] in self.verb_nouns and all(self.is_noun(w) for w in words[held + 1:-1]):
            return "".join(words[held + 1:])  # 开展|(电商技能)培训|8.76万人次: the event held is what the count counts
        if any(w in ("比", "较", "同比", "环比") for w in words[-3:]) and self.is_verb(words[-1]):
            return None  # 比上年末净增46家, 同比增加18个
        kept = len(words)
        while kept > 0 and self._inside(words, kept - 1, kept):
            kept -= 1
            if words[kept] in _REST and not (kept > 1 and words[kept - 1] in _JOINING and self.is_noun(words[kept - 2])):
                break  # 其他行业企业: the rest opens the noun (签约|其他企业; but 国家赔偿及其他案件)
        while kept < len(words) and (self.seg.tag(words[kept]) in _NOUN_TAIL_TAGS or words[kept] in _JOINING):
            kept += 1  # no classifier opens a noun (1台|服务器), nor a conjunction (省（部）级|及以上…)
        if kept and words[kept - 1][-1] in _DIGITS and not _closes_quote("".join(words[kept:])):
            return None  # another number just before: 开1000家到|2000家 (not in a quote: “四上”企业)
        last = words[-1]
        if last in self.clause_verbs or done or (self.is_verb(last) and last not in self.verb_nouns
                                                 and not last.endswith(self.person_words) and (
                kept == len(words) - 1 or (len(last) > 1 and any(self.is_noun(w) for w in words[kept:-1]))
                or (len(words) > 1 and (words[-2] in _MODALS or self.seg.tag(words[-2]) == "d")))):
            # the clause's verb: 已举办|四次, 国民受欢迎度收割|160万次, 需要带|四个
            # (服务站: a noun of one character jieba tags a verb)
            return None
        noun = _EDGE.sub("", "".join(words[kept:]))
        for opener, closer in _QUOTES:
            if noun.count(closer) > noun.count(opener):
                # the quote opened before the words read: the noun takes it whole when it is near
                # (“钱江学者”特聘教授, as 专精特新“小巨人”企业), else starts after it (“信标”|出货量)
                at = phrase.rfind(noun)
                begin = phrase.rfind(opener, 0, at) if at > 0 else -1
                if begin >= 0 and at + len(noun) - begin <= _REACH and not _CLAUSE_BREAK.search(phrase, begin, at):
                    noun = phrase[begin:at + len(noun)]
                else:
                    noun = noun[noun.rfind(closer) + 1:]
        if noun in _PLACE_WORDS or self.names_region(noun):
            return None  # 长三角|地区8个, 其中城东区|1386户: where the things are, not what they are
        return noun if 2 <= len(noun) <= _REACH and _HAN.search(noun) else None

    def _inside(self, words: list[str], i: int, kept: int) -> bool:
        """Whether ``words[i]`` belongs to the noun phrase ``words[kept:]``
        (``kept == i + 1``) that ends the clause."""
        w, rest = words[i], words[kept:]
        if not rest:  # the last word: any but a function word
            return self.seg.tag(w) not in _FUNCTION_TAGS or w in self.keep
        if w in self.keep:
            return True
        if all(c in _PUNCT_INSIDE for c in w):
            return True  # 专精特新“小巨人”企业
        if w == "、":  # 中小学|、|幼儿园: a list of nouns is the noun
            return i > 0 and self.is_noun(words[i - 1]) and self.is_noun(rest[0])
        if w == "&" and 0 < i and _LATIN.fullmatch(words[i - 1]) and _LATIN.fullmatch(rest[0]):
            return True  # R&D人员: an ampersand inside Latin letters
        if not _HAN.match(w):  # 10亿元以上项目, 世界500强企业, C罗
            return _LATIN.fullmatch(w) is not None or _NUMBER_MODIFIER.match("".join(words[i:i + 3])) is not None
        if w == "千伏" and i > 0 and words[i - 1].isdigit():
            return True  # 220|千伏|变电站: a voltage names the kind
        if w in _AMOUNT_WORDS and (rest[0] in ("以上", "以下", "级") or (rest[0] == "及" and rest[1:2] in (["以上"], ["以下"]))):
            return True  # 亿元以上项目, 亿元及以上项目, 千万元级项目
        if _TIME.match(w):
            return False
        if self.is_region(w):
            # 接待|台港澳客商: a region right after the clause's verb is the noun's own
            return i > 0 and self.is_verb(words[i - 1]) and not _OWN_REGION.fullmatch(w)
        if w == "新":
            return True  # 新签约项目, 新开工项目
        if w in _NOT_YET and (rest[0] in self.modifiers or self.is_verb(rest[0])) and any(self.is_noun(x) for x in rest):
            return True  # 未|参保|人员, 未|脱贫|人口: the negation is the noun's own (not those insured)
        if w == "不" and rest[0] in self.keep and len(rest) > 1:
            return True  # 不|过夜|旅客: the ones who did not stay, a kind the kept word names
        if w == "不" and any("".join(rest[:n]) in _PASSED for n in range(1, 4)):
            # 检出|不|合格|372批次, 不|合格|样本|18个: the ones that failed, not those that passed
            return True
        if w == "相关" and i > 0 and words[i - 1] in _JOINING:
            return True  # 文化及|相关|产业企业: the industries related to a noun
        if w in _JOINING:  # 采购商及观众: a noun on each side (3A级及以下景区: a grade's range)
            return (i > 0 and self.is_noun(words[i - 1]) and (self.is_noun(rest[0]) or rest[0] in _REST
                                                              or rest[0] == "相关" or self._verb_then_nouns(rest))) \
                or rest[0].startswith(("以上", "以下"))
        if len(w) == 1 and i > 0 and words[i - 1] in _AT and self.seg.tag(w) == "ns":
            return False  # 高校毕业生在|瑞|就业创业: a place's one-character name after 在 is where
        if w in self.adverbials or w in self.links:
            return False
        if w in _PLANNED and (rest[0].startswith("新") or self.is_verb(rest[0])):
            return False  # 计划|新接轨铁路专用线, 预估|受惠劳工: a plan or an estimate of what the verb does
        if self.is_verb(w):
            if i > 1 and words[i - 1] in _JOINING and self.is_noun(words[i - 2]) and self._verb_then_nouns([w] + rest):
                return True  # 家庭农场和|种植|大户: a verb opening the noun after a conjunction of nouns
            if not any(self.is_noun(x) for x in rest):
                # inside a phrase of verbs: 农村劳动力转移就业, 城镇新增就业 (not the clause's verb opening
                # it: 解决|涉税诉求)
                # (but 带动就业, a phrase of the clause's verb that names what is counted)
                return not (w in self.clause_verbs and (i == 0 or words[i - 1] in self.links
                                                         or words[i - 1] in self.adverbials)) \
                    or "".join([w] + rest) in self.verb_phrases
            if i > 0 and w in self.verb_nouns and self.is_noun(words[i - 1]) and not rest[-1].endswith(self.person_heads):
                # 补贴性职业技能|培训|计划: a verbal noun between nouns (培训 is a clause's verb too; but
                # 年均|培训|学生: what was done to people)
                return True
            if i > 0 and w in self.verb_nouns and self.is_verb(words[i - 1]) and all(self.is_noun(x) for x in rest):
                return True  # 完成|审计|项目: an act's noun names the kind of what follows the clause's verb
            if i > 0 and words[i - 1] in self.event_verbs and w not in self.event_verbs \
                    and all(self.is_noun(x) for x in rest):
                # 组织|赴外招商活动, 召开|联审联批会议, 举办|培训|课程: an event's name after its verb
                # (not a second verb of holding: 组织|开展|招商活动)
                return True
            if w in self.modifiers and i > 0 and words[i - 1] in self.adverbials and rest in (["项目"], ["企业"]):
                return True  # 现场|签约|项目, 集中|签约|企业: a bare head needs the verb that says which ones
            if w in self.clause_verbs or (i > 0 and words[i - 1] in self.adverbials):
                return False  # 现场|签约|合作项目: the clause's verb after a word of manner
            if i > 0 and words[i - 1] in self.event_verbs:
                return True  # (and before words jieba tags otherwise: 组织|赴外|招商活动)
            if w in self.modifiers or (i > 0 and words[i - 1] == "新"):
                return True
            # 成果|转化|类项目, 招商|推介|活动: a verb between two nouns makes one compound;
            # else it is the clause's verb (召开|项目推进会, 接待|客商), as it is after a body that
            # acts (省农业科学院|共建|测土配方服务站)
            return i > 0 and self.is_noun(words[i - 1]) and not self.is_region(words[i - 1]) \
                and words[i - 1] not in self.links and _HAN.match(words[i - 1]) is not None \
                and not (len(words[i - 1]) >= 3 and self.places.ends_with_suffix(words[i - 1]))
        return self.seg.tag(w) not in _FUNCTION_TAGS and w not in self.links


    def _verb_then_nouns(self, words: list[str]) -> bool:
        """A verb no clause has for its own, then nouns only (种植|大户)."""
        return len(words) > 1 and self.is_verb(words[0]) and words[0] not in self.clause_verbs \
            and all(self.is_noun(x) for x in words[1:])


_WORDS_CACHE: dict[int, CountedWords] = {}


def counted_words(rules: RuleSet) -> CountedWords:
    key = id(rules)
    if key not in _WORDS_CACHE:
        _WORDS_CACHE[key] = CountedWords(rules)
    return _WORDS_CACHE[key]


# 成员单位由上年的|31家 and 成员单位由上年的31家增加到|38家: a change from one count to another.
# (透析机由原来的|42台, 幼儿由2023年高峰期的|2,860名: the time before, however named)
_FROM_TO = regex.compile(
    r"(?P<subject>\p{Han}{2,}?)(?:由|从)(?:(?:上年同期|去年同期|上年同月|去年同月|上年|去年|上一年|年初|上年末|去年末|原来|原先|上季度?末|上月[末底]|"
    r"(?:19|20)\d\d年(?:末|底|\p{Han}{1,4}?(?=的))?)的?)?"
    r"(?:\d[\d,.]*(?:万|亿)?\p{Han}{1,2}(?:增加|增长|提高|上升|下降|减少|降低|增|减|降|升)?(?:到|至))?$")
_NOT_YET = frozenset({"未", "非", "尚未"})  # before a verb of status that makes a noun: 未参保人员, 非公企业
_PASSED = frozenset({"合格", "达标", "符合标准"})  # 不合格, 不达标: a result that names what is counted
_DEGREE_OPENERS = frozenset("很太挺较")  # jieba's HMM glues them to a quality it does not know: 很长
