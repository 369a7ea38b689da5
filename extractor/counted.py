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
The word lists live under ``context`` in rules/count.yaml.
"""
from __future__ import annotations

import functools
import itertools

import regex

from .indicators import CLAUSE_COMMA
from .relate import _CHANGED_TO
from .rules import RuleSet, table_fragment
from .subject import _STANDS_FOR  # 全区, 本市, 该县: the article's own region
from .wordcut import segment

# The noun right after a classifier: up to a clause break or 的, within 12 characters.
# (a grade may open it: 23家|A级旅游景区, 12家|4A级景区)
_GRADE = r"(?:[1-5]?A级)?"
_NOUN_AFTER = regex.compile(_GRADE + r"\p{Han}{1,11}?(?=[，,。；;、：:（()）！!？?\n—…]|$|的)")
# A class of amounts that opens the noun after a count: 3个|亿元级项目, 5个|亿元以上的项目.
_AMOUNT_CLASS = regex.compile(r"(?:千万|百万|万|亿)元(?:级|及?以上|及?以下)")
_AMOUNT_WORDS = frozenset({"亿元", "万元", "千万元", "百万元"})
# A class of projects or firms by a range of amounts, ending the clause before its count.
_RANGE_CLASS = regex.compile(r"(?:\d+(?:\.\d+)?[万亿]?元?|[千百]?[万亿]元?)(?:至|到|-|—|~)\d+(?:\.\d+)?[万亿]元(?:之间)?(?:的)?"
                             r"(?:项目|企业|工程|大项目)$")
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
# The clause a count sits in; 分别 and 其中 open a list, not a noun.
# (由上年的3,215家增加到: a digit group's comma is none, see CLAUSE_COMMA)
_CLAUSE_BREAK = regex.compile(CLAUSE_COMMA + r"|[，。；;：:！!？?、\n（()）\"]|其中|(?<=[，,；;]\s{0,2})当中|分别为?|分别是")
_LAST_BREAK = regex.compile(_CLAUSE_BREAK.pattern, flags=regex.REVERSE)
_REACH = 20  # the longest noun phrase read before a number
_TARGETS = ("目标任务", "目标", "任务")
# A noun that names a kind of its members: what 共有 counts (新上市公司|共有21家), not what owns
# them (Alphabet|拥有…名员工, 他|有两个孩子).
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
_COUNTS_OF_TASKS = frozenset("项件个条")
# Times that open a clause: 年末, 2023年, 1-10月, 前三季度, 今年以来.
_TIME = regex.compile(
    r"(?:\d{2,4}年(?:度|末|底|初)?|\d{1,2}(?:[-~至]\d{1,2})?月(?:份|底|末)?|[上下]半年|[前一二三四1-4]+季度|"
    r"[今去明上本当]年|全年|年[末底初内]|以来|(?:[今去上本当]年)?同期|期间|目前|当前|截至|每年|每月|黄金周|小?长假)$")
# A number and what makes it a modifier: 10亿元以上项目, 世界500强企业, 100M及以上接入速率用户.
# (and a scenic grade: 5A级景区, 4A级以上景区; a voltage: 220千伏变电站)
_AGE_BEFORE = regex.compile(r"(?<![\d.])\d{1,3}(?:[-—~～至到]\d{1,3})?周?岁(?:及?以上|及?以下)?的?$")
_AGE_TAIL = regex.compile(r"(?:及?以[上下])?的?")
_NUMBER_MODIFIER = regex.compile(r"[\d.]+(?:[万亿]元|[MG])?及?(?:以上|以下)|\d+强|[1-5]A级|\d+千伏")
_PUNCT_INSIDE = frozenset("“”‘’《》·")
_QUOTES = (("“", "”"), ("‘", "’"), ("《", "》"))
_HAN = regex.compile(r"\p{Han}")
_NOUN_TAIL_TAGS = frozenset({"q", "mq"})
_VERB_TAGS = frozenset({"v", "vd", "vg"})
# No part of a noun phrase: pronouns, prepositions, adverbs, conjunctions, particles,
# numerals and times.
_FUNCTION_TAGS = frozenset({"r", "rr", "rz", "p", "d", "dg", "c", "u", "ud", "ug", "uj", "ul", "uv", "uz", "m", "t", "tg"})
_JOINING = frozenset({"和", "与", "及", "以及", "或", "或者", "跟", "同", "及其"})
_POSTPOSITIONS = ("中", "里", "内", "上", "当中", "之中", "里面", "方面", "之后", "以后", "后", "之间", "之外", "以外",
                  "之前", "以前")
_SCOPE_AFTER = regex.compile(r"\p{Han}{2,8}?(?:中|当中|之中)")
_AMONG_WORDS = frozenset({"中", "当中", "之中"})
_CLAUSE_MARKS = ("，", ",", "：", ":")
_PLACES = frozenset({"中", "里", "内", "上", "当中", "之中", "里面"})  # postpositions of place alone
_PERSONS = frozenset("人名位")
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
            _STANDS_FOR.fullmatch(word) is not None or self.places.is_region(word))

    def named_region(self, word: str) -> bool:
        """A region by our own lexicon, not by jieba's tag (瑞克 of 塔瑞克 is a place to it)."""
        return word not in self.not_regions and (
            _STANDS_FOR.fullmatch(word) is not None or word in self.org_rules.regions or word in self.scopes)

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
        first_stop = next((i for i, w in enumerate(words) if self._ends_after(words, i, stops)), None)
        if closed and first_stop is None:
            return None
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

    def _ends_after(self, words: list[str], i: int, stops: frozenset[str]) -> bool:
        """Whether ``words[i]`` ends the noun after a count (is no part of it)."""
        w = words[i]
        if w in self.keep and i + 1 < len(words) and self.is_noun(words[i + 1]):
            return False  # 4个首轮选秀权, 两只成年雄狮: a numeral or a time word that is part of the noun
        if w in self.after_stops or (i > 0 and (w in self.links or w in self.adverbials or w in _POSTPOSITIONS)):
            return True  # (3家|现有股东; 211个参评国家|中最高的)
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
            return i > 0 and self.is_verb(words[i - 1]) and not _STANDS_FOR.fullmatch(w)
        if w == "新":
            return True  # 新签约项目, 新开工项目
        if w in _NOT_YET and (rest[0] in self.modifiers or self.is_verb(rest[0])) and any(self.is_noun(x) for x in rest):
            return True  # 未|参保|人员, 未|脱贫|人口: the negation is the noun's own (not those insured)
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
                return not (w in self.clause_verbs and (i == 0 or words[i - 1] in self.links
                                                         or words[i - 1] in self.adverbials))
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


# 成员单位由上年的|31家 and 成员单位由上年的31家增加到|38家: a change from one count to another.
_FROM_TO = regex.compile(
    r"(?P<subject>\p{Han}{2,}?)(?:由|从)(?:(?:上年同期|去年同期|上年同月|去年同月|上年|去年|上一年|年初|上年末|去年末|"
    r"(?:19|20)\d\d年(?:末|底)?)的?)?"
    r"(?:\d[\d,.]*(?:万|亿)?\p{Han}{1,2}(?:增加|增长|提高|上升|下降|减少|降低|增|减|降|升)?(?:到|至))?$")


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
_NOT_YET = frozenset({"未", "非", "尚未"})  # before a verb of status that makes a noun: 未参保人员, 非公企业
_PASSED = frozenset({"合格", "达标", "符合标准"})  # 不合格, 不达标: a result that names what is counted
_DEGREE_GLUED = frozenset("不极")  # jieba's words of degree or negation and a quality: 不一, 极高
_DEGREE_OPENERS = frozenset("很太挺较")  # jieba's HMM glues them to a quality it does not know: 很长
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
