"""Organization rules: ``rules/org.yaml`` and ``rules/lexicons/`` loaded and
checked (a user's folder extends them), and one Aho-Corasick automaton over every
suffix and gazetteer name.  Word boundaries come from wordcut.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import regex
import yaml

from .errors import RuleError
from .org_automaton import build_automaton
from .records import ORG_TYPES
from .rules import load_yaml

# ---------------------------------------------------------------- rules


@dataclass(frozen=True)
class SubUnit:
    """A unit written right after an org (中国工商银行|梧川支行): ``pattern`` matches
    what follows a name ending in one of ``parents``."""

    parents: tuple[str, ...]
    units: tuple[str, ...]
    pattern: regex.Pattern  # groups mid, unit
    elliptic: bool = False
    known: bool = False  # also after any well-known company of the lexicons (中国电信|江西分公司)
    most: int = 8  # characters at most between parent and unit (an opening word's too)
    whole: bool = False  # the unit is no piece of a word of the dictionary (大学|师生关|系)
    type: str | None = None  # the unit's own type, when not its parent's (红十字会|培训中心: an institution)
    placed: bool = False  # what stands between names a place (超市有限公司|城东|店), not common words (旗舰|店)


@dataclass(frozen=True)
class OrgRules:
    suffix_type: dict[str, str]
    weak_suffixes: frozenset[str]
    led_suffixes: frozenset[str]  # 政府: only after a place, a level, a person or a kind of state
    government_heads: frozenset[str]  # 联邦, 中央, 英…: what else may stand before a led suffix
    government_openers: tuple[str, ...]  # 国家, 中国…: what a government organ's name may open with
    institution_openers: tuple[str, ...]  # 国立, 市立…: who founded a known school, before its name
    firm_units: tuple[str, ...]  # 办公室, 技术委员会…: a known firm's own, after its name
    short_suffix_min_left: int
    not_org_words: frozenset[str]
    stop_tags: frozenset[str]
    stop_words: frozenset[str]
    inner_words: frozenset[str]
    inner_only: frozenset[str]  # inner words that are verbs (预算, 保障): inside a name, never opening one
    place_parents: frozenset[str]  # 国网, 南网: a parent's short name before its local company's place
    trades_before_suffix: frozenset[str]  # 养护, 处理…: inside a name only among its trade words before the suffix
    generic_words: frozenset[str]
    region_tails: frozenset[str]
    regions: frozenset[str]
    gazetteer: dict[str, str]
    list_cues: dict[str, str]
    list_not_cues: frozenset[str]
    list_cue: regex.Pattern
    list_cue_filled: regex.Pattern  # the same with a few characters of trade before the cue noun
    list_member_max: int
    alias_patterns: tuple[regex.Pattern, ...]
    alias_not: frozenset[str]
    not_org_tails: tuple[str, ...]
    short_not_tails: tuple[str, ...]  # what a short name cut from a full one never ends with (a road)
    short_industry_tails: tuple[str, ...]  # nor an industry, in words of the dictionary alone
    byline: regex.Pattern
    dateline: regex.Pattern
    credit: regex.Pattern  # a photo credit after an outlet: 新华社记者 王鹏 摄
    header: regex.Pattern  # after an outlet alone at the head, the rest of its line: a date (…新闻局　2025年2月18日)
    document_number: regex.Pattern  # a document's number after its issuer's code: 教学厅〔2010〕2号
    examples: tuple = ()
    bare_not: frozenset[str] = frozenset()
    legal_forms: tuple[str, ...] = ()
    sub_units: tuple[SubUnit, ...] = ()
    conj_join_types: frozenset[str] = frozenset()
    region_join_types: frozenset[str] = frozenset()
    rare_word_freq: int = 0
    rare_word_freq_unknown: int = 0
    plain_char_freq: int = 0  # a verb or function character this common is no piece of a name
    list_cues_any: frozenset[str] = frozenset()
    list_cues_shaped: frozenset[str] = frozenset()  # 业者: a member not found must be made as a firm's short name
    list_kind_heads: dict[str, str] = field(default_factory=dict)  # 中心 -> institution: a member's head, a cue's kind
    function_tails: frozenset[str] = frozenset()
    postpositions: frozenset[str] = frozenset()  # 中, 上: a phrase ends before a place (过程中|日本政府)
    ordinary_names: frozenset[str] = frozenset()  # names that are ordinary words (苹果)
    anchored_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 苹果 -> 苹果公司, iPhone…
    anchored_types: dict[str, str] = field(default_factory=dict)  # 天文台 -> government; others are companies
    anchored_not_after: tuple[str, ...] = ()  # 苹果|手机: a product or the fruit, not the firm
    anchored_not_before: frozenset[str] = frozenset()  # 吃|苹果, 青|苹果
    kind_markers: tuple[str, ...] = ()  # 的, 一家, 某: common nouns after them name a kind
    not_places: frozenset[str] = frozenset()  # verbs jieba tags ns, no place (加盟, 加密)
    not_names: frozenset[str] = frozenset()  # produce jieba tags as a person's name (银耳, 木耳): common nouns
    new_words: tuple[str, ...] = ()  # words jieba's dictionary lacks, added to it (碳中和)
    parent_links: frozenset[str] = frozenset()  # 附属: a unit's name after its parent's
    anonymous: tuple[str, ...] = ()  # 某: a name holding one names no one
    organ_sectors: frozenset[str] = frozenset()  # 公安, 民政: an organ by its sector in a list
    verb_tails: frozenset[str] = frozenset()  # a made-up word ending in one is a person's act (岳岳到)
    unit_places: tuple[str, ...] = ()  # 路, 广场: the last words of a place a store is named by (解放|路|店)
    modal_leads: tuple[str, ...] = ()  # 需, 须: a rare word of a modal and a verb (需提交) is the clause's
    kind_nouns: tuple[str, ...] = ()
    bare_kinds: frozenset[str] = frozenset()
    standing_words: tuple[str, ...] = ()  # 大厂, 龙头企业: a firm's standing before its registered name
    firm_openers: tuple[str, ...] = ()  # 国营: who owns a state firm, before its registered name
    crop_named: tuple[str, ...] = ()  # 合作社: a body named for its place and crop; a short form needs a word of its own
    verb_leads: tuple[str, ...] = ()  # 续聘, 转介: verbs of dealing with a body, cut off a name they open
    trader_roles: tuple[str, ...] = ()  # 营办商, 供应商: a role whose 商 jieba glues to the name after it
    with_verbs: tuple[str, ...] = ()  # 合作, 签约: after a name, a 同 before it is "with"
    glued_conj: frozenset[str] = frozenset()
    glued_conj_weak: frozenset[str] = frozenset()
    rank_words: frozenset[str] = frozenset()
    kind_words_alone: frozenset[str] = frozenset()
    pastimes: frozenset[str] = frozenset()  # 游泳, 远足…: what a club or association is of, right before its suffix
    platform_words: frozenset[str] = frozenset()  # 电子, 网上: before an organ's name, its online service
    member_words: frozenset[str] = frozenset()  # 人士: whom an association gathers, right before its suffix
    region_first: frozenset[str] = frozenset()
    place_first: frozenset[str] = frozenset()
    landforms: frozenset[str] = frozenset()  # 湾: a landform's character jieba cuts off the place it names (海景|湾)
    place_epithets: tuple[str, ...] = ()  # 都会: a word of a name after its place that jieba reads as the clause's (都|会)
    titles_after: frozenset[str] = frozenset()
    words_after_no_suffix: frozenset[str] = frozenset()  # 集团|化: the suffix is a word's stem
    titled_suffixes: frozenset[str] = frozenset()
    bare_company: frozenset[str] = frozenset()
    units_after: tuple[str, ...] = ()
    person_titles_after: tuple[str, ...] = ()  # 保利|教授: a short known name is a person's
    surnames: frozenset[str] = frozenset()  # 张|清华|教授: a surname before a known name and a title
    name_tails: tuple[str, ...] = ()  # 福特|森, 保利|尼奥: a short known name inside a transliterated one
    person_titles_before: tuple[str, ...] = ()  # 主任医师 李宁, 记者苏宁: a short known name is a person's
    business_lines_after: tuple[str, ...] = ()  # 苏宁|金融: a known firm's arm, named after it
    product_tails: tuple[str, ...] = ()  # 支付宝|账号, 百度|指数: a product named after a known firm
    settlements_after: tuple[str, ...] = ()  # 淘宝|村, 淘宝|镇: villages or towns named after a known firm
    platform_after: regex.Pattern = regex.compile("(?!)")  # 在推特|上表示: a platform, not the firm
    schools_after: tuple[str, ...] = ()  # 北大|附中: a known university's own school after its name
    latin_not_names: frozenset[str] = frozenset()  # words in Latin letters after a kind of firm that name none (公司LOGO)
    kind_after: regex.Pattern = regex.compile("(?!)")  # 教育部|门, …局|均: a suffix that opens another word
    product_model: regex.Pattern = regex.compile("(?!)")  # 三星|S8, 华为|Mate: a known firm's model names a product
    in_parentheses: frozenset[str] = frozenset()
    region_before_known: tuple[str, ...] = ()
    share_class: regex.Pattern = regex.compile("(?!)")
    level_alone: frozenset[str] = frozenset()
    region_alone: frozenset[str] = frozenset()
    region_alone_not_before: regex.Pattern = regex.compile("(?!)")
    list_verb: regex.Pattern = regex.compile("(?!)")
    list_member_tails: tuple[str, ...] = ()
    list_member_cuts: frozenset[str] = frozenset()
    rival_links: tuple[str, ...] = ()  # 分别: a list of short names before it, doing what a firm named before did
    firm_figure_after: regex.Pattern = regex.compile("(?!)")  # (6月)营收: a firm's figure after its brand alone
    company_bureau: regex.Pattern = regex.compile("(?!)")
    role_prefix: regex.Pattern = regex.compile("(?!)")
    # a zone's name going on after qualifiers of its kind (经济技术|开发区: a not_org_tails word in 区 or 园)
    zone_after: regex.Pattern = regex.compile("(?!)")
    party_roles: tuple[str, ...] = ()  # 项目法人, 承建单位, 运营方…: a party's role before a name, longest first
    # the same inside a name chosen, up to eight characters of it before (园区运营方|…), four or more after
    role_lead: regex.Pattern = regex.compile("(?!)")
    region_paren_after: tuple[str, ...] = ()  # suffixes a region in parentheses may follow
    name_word_suffixes: frozenset[str] = frozenset()  # suffixes that need a word jieba does not know
    firm_stages: frozenset[str] = frozenset()  # 培育, 毕业: a firm's stage before a bare 公司 (园区培育公司): a kind
    unchained_suffixes: frozenset[str] = frozenset()  # 共同投资基金: after another suffix its adverb is the clause's
    field_led_suffixes: frozenset[str] = frozenset()  # 厅: an organ only after a field it runs (财政厅; not 登录厅)
    department_fields: tuple[str, ...] = ()  # 财政, 办公, 信息化…: those fields, organ_sectors' among them
    list_cue_counted: regex.Pattern = regex.compile("(?!)")  # a count of firms after a list, no 等
    list_cue_lead: regex.Pattern = regex.compile("等")  # what opens a cue after a list's last member (等, 在内的)
    kind_count: regex.Pattern = regex.compile("(?!)")  # a count after a name: a kind (庄稼医院28家)
    rank_lead: regex.Pattern = regex.compile("(?!)")  # a rank among bodies of a kind (第四大银行): no name
    every_level: regex.Pattern = regex.compile("(?!)")  # a bare level after 各 opening a name (各县|市政府): every one, no name
    investor_verb: regex.Pattern = regex.compile("(?!)")  # after a firm in a project list: it invests
    latin_name: regex.Pattern = regex.compile("(?!)")  # a name in Latin letters and its legal form (Apple Inc.)
    study_fields: frozenset[str] = frozenset()  # fields of study joined by 与/和 in one name (机械与自动化)
    field_join_suffixes: frozenset[str] = frozenset()  # suffixes such a name ends in (学院, 研究所)
    glued_prepositions: frozenset[str] = frozenset()  # jieba glues them to a name's start (以|鼎诚)
    appositive_kinds: frozenset[str] = frozenset()  # kinds a Han short name may follow too (手机厂商|欧锐通讯)
    appositive_kind: regex.Pattern = regex.compile("(?!)")  # a kind of firm a name follows (厂商|欧锐通讯)
    appositive_trade: frozenset[str] = frozenset()  # trade words that may end such a name (微电子)
    titled_trade: regex.Pattern = regex.compile("(?!)")  # a trade word before an executive's title (传媒|董事长)
    titled_not_names: frozenset[str] = frozenset()  # kinds of owners, no name before such a trade word (公募)
    automaton: Any = field(default=None, repr=False, compare=False)
    # derived from the fields above by load_org_rules, for speed only
    not_org_tail: regex.Pattern = field(default=regex.compile("(?!)"), repr=False, compare=False)  # a not_org_tails word
    # each not_org_tails word cut in two, by the first character of its second piece (产业园 -> 产: (璋川…, 产业园)…)
    not_org_splits: dict = field(default_factory=dict, repr=False, compare=False)
    ordinary_name: regex.Pattern = field(default=regex.compile("(?!)"), repr=False, compare=False)  # an ordinary_names word
    not_org_lengths: tuple[int, ...] = field(default=(), repr=False, compare=False)  # of not_org_words
    unit_parents: tuple[str, ...] = field(default=(), repr=False, compare=False)  # of sub_units
    group_suffixes: tuple[str, ...] = field(default=(), repr=False, compare=False)  # suffixes of type group
    suffixes: tuple[str, ...] = field(default=(), repr=False, compare=False)  # every suffix, for str.endswith
    suffix_lengths: tuple[int, ...] = field(default=(), repr=False, compare=False)
    organ_endings: tuple[str, ...] = field(default=(), repr=False, compare=False)  # organ suffixes and names
    # any unit of the sub_units, and how far after a name it may end
    any_unit: regex.Pattern = field(default=regex.compile("(?!)"), repr=False, compare=False)
    unit_reach: int = field(default=0, repr=False, compare=False)
    # the last character of a known unit (司 of 分公司): a cheap test before any_unit
    known_unit_end: regex.Pattern = field(default=regex.compile("(?!)"), repr=False, compare=False)
    # generic words and park words of two or more characters, for str.startswith
    generic_heads: tuple[str, ...] = field(default=(), repr=False, compare=False)
    # words of trade: the generic words and the inner words (生物, 医药, 科技)
    trade_words: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    # suffix -> the stop words that open with it and go on (控股|股东), but titles (局|长)
    suffix_longer: dict = field(default_factory=dict, repr=False, compare=False)
    # a character of glued_conj or region_tails: a name holding none needs no split
    glue_chars: regex.Pattern = field(default=regex.compile("(?!)"), repr=False, compare=False)

    lazy: dict = field(default_factory=dict, repr=False, compare=False)  # built on first use: the segmenter


def _alternation(words: list[str]) -> regex.Pattern:
    """One pattern matching any of ``words``, longest first (never matches when empty)."""
    return regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)")


def _titled(trades: list[str], titles: list[str]) -> regex.Pattern:
    """A trade word right before an executive's title (润泽地产|总经理): group ``trade``."""
    if not trades or not titles:
        return regex.compile("(?!)")
    return regex.compile(f"(?P<trade>{_alternation(trades).pattern})(?=(?:{_alternation(titles).pattern}))")


# keys of org.yaml: lists of words, mappings type -> words, and single values
_LIST_KEYS = ("weak_suffixes", "not_org_words", "stop_tags", "stop_words", "inner_words", "inner_only", "place_parents", "trades_before_suffix", "pastimes", "member_words", "platform_words", "generic_words",
              "region_tails", "list_not_cues", "list_cue_modifiers", "alias_patterns", "alias_not",
              "not_org_tails", "short_not_tails", "short_industry_tails", "byline_cues", "bare_not", "legal_forms", "sub_units", "conj_join_types",
              "region_join_types", "list_cues_any", "list_cues_shaped", "function_tails", "organ_sectors", "anonymous", "parent_links",
              "not_places", "not_names", "new_words", "verb_tails", "modal_leads", "unit_places", "postpositions", "kind_markers", "ordinary_names", "kind_nouns", "bare_kinds", "standing_words", "crop_named", "firm_openers", "verb_leads", "trader_roles", "with_verbs", "glued_conj",
              "glued_conj_weak", "rank_words", "kind_words_alone",
              "region_first", "place_first", "landforms", "place_epithets", "examples",
              "titles_after", "words_after_no_suffix", "titled_suffixes", "bare_company", "units_after", "person_titles_after", "name_tails", "person_titles_before", "business_lines_after", "schools_after", "product_tails", "settlements_after", "in_parentheses", "region_before_known",
              "level_alone", "region_alone", "list_verbs", "list_member_tails",
              "list_member_cuts", "rival_links", "region_paren_after", "name_word_suffixes", "firm_stages", "unchained_suffixes", "field_led_suffixes", "department_fields", "party_roles", "zone_qualifiers", "study_fields", "field_join_suffixes",
              "glued_prepositions", "appositive_kinds", "appositive_latin_kinds", "appositive_trade", "latin_not_names", "titled_trades", "executive_titles",
              "titled_not_names", "led_suffixes", "government_heads", "government_openers", "institution_openers", "firm_units",
              "anchored_not_after", "anchored_not_before")
_TYPED_KEYS = ("suffixes", "list_cues", "anchored_types", "list_kind_heads")
_MAPPING_KEYS = ("anchored_names",)  # name -> list of words; a user's entry replaces the built-in one
_SCALAR_KEYS = ("dimension", "short_suffix_min_left", "list_member_max", "dateline_after", "credit_after", "header_after", "document_number_after", "platform_after", "kind_after", "product_model", "rare_word_freq",
                "rare_word_freq_unknown", "plain_char_freq",
                "list_cue_count", "list_cue_not_before", "list_cue_lead", "share_class", "company_bureau", "list_cue_filler",
                "region_alone_not_before", "role_prefix", "kind_count", "latin_name", "rank_lead", "every_level",
                "investor_verb", "firm_figure_after", "surnames")
_KNOWN_KEYS = frozenset(_LIST_KEYS + _TYPED_KEYS + _MAPPING_KEYS + _SCALAR_KEYS)


def _words(data: dict, key: str, file: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise RuleError("E020", file, key, "expected a list of words")
    return value


def _word_lists(data: dict, key: str, file: str) -> dict[str, tuple[str, ...]]:
    """``key: {word: [words]}`` -> {word: (words…)}."""
    value = data.get(key) or {}
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, (list, tuple)) and all(isinstance(w, str) for w in v)
            for k, v in value.items()):
        raise RuleError("E020", file, key, "expected a mapping word -> list of words")
    return {k: tuple(v) for k, v in value.items()}


def _types(data: dict, key: str, file: str) -> frozenset[str]:
    words = _words(data, key, file)
    unknown = set(words) - set(ORG_TYPES)
    if unknown:
        raise RuleError("E022", file, key, f"unknown types {sorted(unknown)}; choose from {', '.join(ORG_TYPES)}")
    return frozenset(words)


def _typed_words(data: dict, key: str, file: str) -> dict[str, str]:
    """``key: {type: [words]}`` -> {word: type}, every type one of ORG_TYPES."""
    out: dict[str, str] = {}
    for typ, words in (data.get(key) or {}).items():
        if typ not in ORG_TYPES:
            raise RuleError("E022", file, f"{key}.{typ}", f"unknown type; choose from {', '.join(ORG_TYPES)}")
        for w in words:
            out[str(w)] = typ
    return out


def read_lexicon(path: Path) -> dict[str, str]:
    """``name<TAB>type`` lines (``#`` comments) -> {name: type}."""
    out: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[1] not in ORG_TYPES:
            raise RuleError("E021", str(path), f"line {n}",
                            f"expected name<TAB>type with type in {', '.join(ORG_TYPES)}: {line!r}")
        out[parts[0].strip()] = parts[1]
    return out


def _read_yaml(path: Path) -> dict:
    file = str(path)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RuleError("E001", file, "-", f"not valid YAML: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RuleError("E002", file, "-", "org.yaml is a mapping of the keys the built-in org.yaml uses")
    return data


def _read_lexicons(lexdir: Path) -> tuple[dict[str, str], set[str]]:
    gazetteer: dict[str, str] = {}
    for lex in sorted(lexdir.glob("*.tsv")):
        gazetteer.update(read_lexicon(lex))
    regions: set[str] = set()
    if (lexdir / "regions.txt").exists():
        regions = {l.strip() for l in (lexdir / "regions.txt").read_text(encoding="utf-8").splitlines()
                   if l.strip() and not l.startswith("#")}
    return gazetteer, regions


def load_org_rules(directory: str | Path | None = None) -> OrgRules:
    """``org.yaml`` and ``lexicons/`` from the built-in rules folder (or ``directory``
    alone, which then holds a whole set: see :func:`load_user_org_rules` to extend
    the built-in rules instead)."""
    from .rules import builtin_dir

    base = Path(directory) if directory is not None else builtin_dir()
    path = base / "org.yaml"
    gazetteer, regions = _read_lexicons(base / "lexicons")
    return _build(_read_yaml(path), gazetteer, regions, str(path))


def load_user_org_rules(directory: str | Path) -> OrgRules:
    """The built-in org rules extended by a user's rules folder (``--rules DIR``).

    ``DIR/org.yaml``, if there is one, adds to the built-in lists (suffixes and list
    cues per type, stop words, not_org_words, alias patterns, examples…) and replaces
    single values (list_member_max, dateline_after…); ``DIR/lexicons/*.tsv`` add
    gazetteer names (a name listed there takes the type given there) and
    ``DIR/lexicons/regions.txt`` region words.  A folder with neither gives the
    built-in rules themselves."""
    from .rules import builtin_dir

    user = Path(directory)
    if not user.is_dir():
        raise RuleError("E003", str(user), "-", "rules directory not found")
    user_yaml = user / "org.yaml"
    user_lex = user / "lexicons"
    has_lex = user_lex.is_dir() and (any(user_lex.glob("*.tsv")) or (user_lex / "regions.txt").exists())
    if not user_yaml.exists() and not has_lex:
        return cached_org_rules()
    base = builtin_dir()
    data = _read_yaml(base / "org.yaml")
    file = str(base / "org.yaml")
    if user_yaml.exists():
        file = str(user_yaml)
        extra = _read_yaml(user_yaml)
        unknown = set(extra) - _KNOWN_KEYS
        if unknown:
            raise RuleError("E023", file, "-", f"unknown keys {sorted(unknown)}; allowed: {sorted(_KNOWN_KEYS)}")
        data = _merge(data, extra, file)
    gazetteer, regions = _read_lexicons(base / "lexicons")
    if has_lex:
        more, more_regions = _read_lexicons(user_lex)
        gazetteer.update(more)  # the user's type wins
        regions |= more_regions
    return _build(data, gazetteer, regions, file)


def _merge(data: dict, extra: dict, file: str) -> dict:
    """``data`` with ``extra``'s lists appended (duplicates once) and its single values in."""
    out = dict(data)
    for key, value in extra.items():
        if key in _TYPED_KEYS:
            if not isinstance(value, dict):
                raise RuleError("E020", file, key, "expected a mapping type -> list of words")
            merged = {t: list(ws or []) for t, ws in (out.get(key) or {}).items()}
            for typ, words in value.items():
                if not isinstance(words, list):
                    raise RuleError("E020", file, f"{key}.{typ}", "expected a list of words")
                merged[typ] = _union(merged.get(typ, []), words)
            out[key] = merged
        elif key in _MAPPING_KEYS:
            out[key] = {**(out.get(key) or {}), **_word_lists(extra, key, file)}
        elif key in _LIST_KEYS:
            if value is None:
                continue
            if not isinstance(value, list):
                raise RuleError("E020", file, key, "expected a list")
            out[key] = _union(out.get(key) or [], value)
        else:
            out[key] = value
    return out


def _union(old: list, new: list) -> list:
    out = list(old)
    for w in new:
        if w not in out:
            out.append(w)
    return out


def _in_full(words: Iterable[str]) -> set[str]:
    """The full forms of short office names (扶贫办, 征兵办 -> 扶贫办公室, 征兵办公室): the leftmost-longest
    pass would take the short one in 县征兵办公室 and hide 办公室, so the full form is a suffix of its own,
    under the short one's rules."""
    return {w + "公室" for w in words if len(w) >= 3 and w.endswith("办")}


def _build(data: dict, gazetteer: dict[str, str], regions: set[str], file: str) -> OrgRules:
    suffix_type = _typed_words(data, "suffixes", file)
    suffix_type |= {w: suffix_type[w[:-2]] for w in _in_full(suffix_type) if w not in suffix_type}
    list_cues = _typed_words(data, "list_cues", file)
    not_cues = _words(data, "list_not_cues", file)
    any_cues = _words(data, "list_cues_any", file)
    mods = _words(data, "list_cue_modifiers", file)
    cue_alt = "|".join(regex.escape(w) for w in sorted(set(list_cues) | set(not_cues) | set(any_cues),
                                                       key=len, reverse=True))
    mod_alt = "|".join(regex.escape(w) for w in sorted(mods, key=len, reverse=True)) or "(?!)"
    try:
        count = str(data.get("list_cue_count") or "(?!)")
        cue_lead = str(data.get("list_cue_lead") or "等")
        not_before = str(data.get("list_cue_not_before") or "(?!)")
        # at most list_cue_filler characters of a trade between the modifiers and the cue
        # noun (等面板企业, 等新能源汽车企业), none a function character
        filler = int(data.get("list_cue_filler") or 0)
        fill = rf"(?P<fill>(?:(?![的和与及或等、])\p{{Han}}){{0,{filler}}}?)" if filler else ""
        list_cue = regex.compile(rf"(?:{cue_lead})(?:{count})?(?:{mod_alt})*(?P<cue>{cue_alt})(?!{not_before})")
        # modifiers after the trade too (等12家农业产业化龙头企业)
        list_cue_filled = regex.compile(rf"(?:{cue_lead})(?P<count>{count})?(?:{mod_alt})*{fill}(?:{mod_alt})*(?P<cue>{cue_alt})(?!{not_before})"
                                        if filler else "(?!)")
        # no 等, but as many firms counted as the list has members (A、B和C三家企业)
        list_cue_counted = regex.compile(rf"(?<=\p{{Han}}|[A-Za-z])(?P<counted>[2-9]|[两二三四五六七八九])家(?:{mod_alt})*(?P<cue>{cue_alt})(?!{not_before})")
    except regex.error as exc:
        raise RuleError("E010", file, "list_cue_count/list_cue_not_before/list_cue_lead", f"pattern does not compile: {exc}") from None
    try:
        aliases = tuple(regex.compile(p) for p in _words(data, "alias_patterns", file))
        byline = regex.compile("|".join(f"(?:{p})" for p in _words(data, "byline_cues", file)) or "(?!)")
    except regex.error as exc:
        raise RuleError("E010", file, "alias_patterns/byline_cues", f"pattern does not compile: {exc}") from None
    patterns = {}
    for key in ("share_class", "company_bureau", "region_alone_not_before", "role_prefix", "kind_count", "latin_name",
                "rank_lead", "every_level", "investor_verb", "firm_figure_after"):
        try:
            patterns[key] = regex.compile(str(data.get(key) or "(?!)"))
        except regex.error as exc:
            raise RuleError("E010", file, key, f"pattern does not compile: {exc}") from None
    sub_units = []
    for n, unit in enumerate(data.get("sub_units") or []):
        try:
            parents = tuple(str(w) for w in unit["parents"])
            units = sorted((str(w) for w in unit["units"]), key=len, reverse=True)
            most = int(unit.get("max", 8))
            least = int(unit.get("min", 1))
            opens = sorted((str(w) for w in unit.get("opens") or ()), key=len, reverse=True)
            own_type = None if unit.get("type") is None else str(unit["type"])
        except (KeyError, TypeError, ValueError, AttributeError):
            raise RuleError("E024", file, f"sub_units[{n}]",
                            "expected {parents: [words], units: [words], min: N, max: N, elliptic: true|false, "
                            "known: true|false, opens: [words], whole: true|false, placed: true|false, type: TYPE}") from None
        if not 0 <= least <= most:
            raise RuleError("E024", file, f"sub_units[{n}]", f"min {least} and max {most}: expected 0 <= min <= max")
        if own_type is not None and own_type not in ORG_TYPES:
            raise RuleError("E022", file, f"sub_units[{n}].type", f"unknown type; choose from {', '.join(ORG_TYPES)}")
        alt = "|".join(regex.escape(w) for w in units)
        # (opens: a word that must stand first, before the unit's name: 海关|驻|桐溪|办事处)
        lead = f"(?:{'|'.join(regex.escape(w) for w in opens)})" if opens else ""
        pattern = regex.compile(rf"{lead}(?P<mid>[\p{{Han}}A-Za-z0-9]{{{least},{most}}}?)(?P<unit>{alt})")
        sub_units.append(SubUnit(parents, tuple(units), pattern, bool(unit.get("elliptic", False)),
                                 bool(unit.get("known", False)), most + max(map(len, opens), default=0),
                                 bool(unit.get("whole", False)), own_type, bool(unit.get("placed", False))))
    rules = OrgRules(
        suffix_type=suffix_type,
        weak_suffixes=frozenset(_words(data, "weak_suffixes", file)),
        led_suffixes=frozenset(_words(data, "led_suffixes", file)),
        government_heads=frozenset(_words(data, "government_heads", file)),
        government_openers=tuple(_words(data, "government_openers", file)),
        institution_openers=tuple(_words(data, "institution_openers", file)),
        firm_units=tuple(_words(data, "firm_units", file)),
        short_suffix_min_left=int(data.get("short_suffix_min_left", 2)),
        not_org_words=frozenset(_words(data, "not_org_words", file)),
        stop_tags=frozenset(_words(data, "stop_tags", file)),
        stop_words=frozenset(_words(data, "stop_words", file)),
        inner_words=frozenset(_words(data, "inner_words", file)),
        inner_only=frozenset(_words(data, "inner_only", file)),
        place_parents=frozenset(_words(data, "place_parents", file)),
        trades_before_suffix=frozenset(_words(data, "trades_before_suffix", file)),
        pastimes=frozenset(_words(data, "pastimes", file)),
        member_words=frozenset(_words(data, "member_words", file)),
        platform_words=frozenset(_words(data, "platform_words", file)),
        generic_words=frozenset(_words(data, "generic_words", file)),
        region_tails=frozenset(_words(data, "region_tails", file)),
        regions=frozenset(regions),
        gazetteer=gazetteer,
        list_cues=list_cues,
        list_not_cues=frozenset(not_cues),
        list_cue=list_cue,
        list_cue_filled=list_cue_filled,
        list_cue_counted=list_cue_counted,
        list_cue_lead=regex.compile(cue_lead),
        list_member_max=int(data.get("list_member_max", 16)),
        alias_patterns=aliases,
        alias_not=frozenset(_words(data, "alias_not", file)),
        not_org_tails=tuple(sorted(_words(data, "not_org_tails", file), key=len, reverse=True)),
        short_not_tails=tuple(_words(data, "short_not_tails", file)),
        short_industry_tails=tuple(_words(data, "short_industry_tails", file)),
        byline=byline,
        dateline=regex.compile(str(data.get("dateline_after") or "(?!)")),
        credit=regex.compile(str(data.get("credit_after") or "(?!)")),
        header=regex.compile(str(data.get("header_after") or "(?!)")),
        document_number=regex.compile(str(data.get("document_number_after") or "(?!)")),
        examples=tuple(data.get("examples") or ()),
        bare_not=frozenset(_words(data, "bare_not", file)),
        legal_forms=tuple(sorted(_words(data, "legal_forms", file), key=len, reverse=True)),
        sub_units=tuple(sub_units),
        conj_join_types=_types(data, "conj_join_types", file),
        region_join_types=_types(data, "region_join_types", file),
        rare_word_freq=int(data.get("rare_word_freq", 0)),
        rare_word_freq_unknown=int(data.get("rare_word_freq_unknown", 0)),
        plain_char_freq=int(data.get("plain_char_freq", 0)),
        list_cues_any=frozenset(any_cues),
        list_cues_shaped=frozenset(_words(data, "list_cues_shaped", file)),
        list_kind_heads=_typed_words(data, "list_kind_heads", file),
        function_tails=frozenset(_words(data, "function_tails", file)),
        verb_tails=frozenset(_words(data, "verb_tails", file)),
        modal_leads=tuple(_words(data, "modal_leads", file)),
        unit_places=tuple(_words(data, "unit_places", file)),
        organ_sectors=frozenset(_words(data, "organ_sectors", file)),
        anonymous=tuple(_words(data, "anonymous", file)),
        parent_links=frozenset(_words(data, "parent_links", file)),
        not_places=frozenset(_words(data, "not_places", file)),
        not_names=frozenset(_words(data, "not_names", file)),
        new_words=tuple(_words(data, "new_words", file)),
        kind_markers=tuple(_words(data, "kind_markers", file)),
        ordinary_names=frozenset(_words(data, "ordinary_names", file)),
        anchored_names=_word_lists(data, "anchored_names", file),
        anchored_types=_typed_words(data, "anchored_types", file),
        anchored_not_after=tuple(sorted(_words(data, "anchored_not_after", file), key=len, reverse=True)),
        anchored_not_before=frozenset(_words(data, "anchored_not_before", file)),
        postpositions=frozenset(_words(data, "postpositions", file)),
        kind_nouns=tuple(_words(data, "kind_nouns", file)),
        bare_kinds=frozenset(_words(data, "bare_kinds", file)),
        standing_words=tuple(_words(data, "standing_words", file)),
        crop_named=tuple(_words(data, "crop_named", file)),
        firm_openers=tuple(_words(data, "firm_openers", file)),
        verb_leads=tuple(sorted(_words(data, "verb_leads", file), key=len, reverse=True)),
        trader_roles=tuple(_words(data, "trader_roles", file)),
        with_verbs=tuple(_words(data, "with_verbs", file)),
        study_fields=frozenset(_words(data, "study_fields", file)),
        field_join_suffixes=frozenset(_words(data, "field_join_suffixes", file)),
        glued_prepositions=frozenset(_words(data, "glued_prepositions", file)),
        appositive_kinds=frozenset(_words(data, "appositive_kinds", file)),
        appositive_kind=_alternation(_words(data, "appositive_kinds", file) + _words(data, "appositive_latin_kinds", file)),
        appositive_trade=frozenset(_words(data, "appositive_trade", file)),
        titled_trade=_titled(_words(data, "titled_trades", file), _words(data, "executive_titles", file)),
        titled_not_names=frozenset(_words(data, "titled_not_names", file)),
        glued_conj=frozenset(_words(data, "glued_conj", file)),
        glued_conj_weak=frozenset(_words(data, "glued_conj_weak", file)),
        rank_words=frozenset(_words(data, "rank_words", file)),
        kind_words_alone=frozenset(_words(data, "kind_words_alone", file)),
        region_first=frozenset((w := _words(data, "region_first", file)) + sorted(_in_full(w))),
        place_first=frozenset(_words(data, "place_first", file)),
        landforms=frozenset(_words(data, "landforms", file)),
        place_epithets=tuple(_words(data, "place_epithets", file)),
        titles_after=frozenset(_words(data, "titles_after", file)),
        words_after_no_suffix=frozenset(_words(data, "words_after_no_suffix", file)),
        titled_suffixes=frozenset(_words(data, "titled_suffixes", file)),
        bare_company=frozenset(_words(data, "bare_company", file)),
        units_after=tuple(_words(data, "units_after", file)),
        person_titles_after=tuple(_words(data, "person_titles_after", file)),
        surnames=frozenset(str(data.get("surnames") or "")),
        name_tails=tuple(_words(data, "name_tails", file)),
        person_titles_before=tuple(_words(data, "person_titles_before", file)),
        business_lines_after=tuple(sorted(_words(data, "business_lines_after", file), key=len, reverse=True)),
        product_tails=tuple(_words(data, "product_tails", file)),
        settlements_after=tuple(_words(data, "settlements_after", file)),
        platform_after=regex.compile(str(data.get("platform_after") or "(?!)")),
        schools_after=tuple(sorted(_words(data, "schools_after", file), key=len, reverse=True)),
        latin_not_names=frozenset(_words(data, "latin_not_names", file)),
        kind_after=regex.compile(str(data.get("kind_after") or "(?!)")),
        product_model=regex.compile(str(data.get("product_model") or "(?!)")),
        in_parentheses=frozenset(_words(data, "in_parentheses", file)),
        region_before_known=tuple(_words(data, "region_before_known", file)),
        share_class=patterns["share_class"],
        level_alone=frozenset((w := _words(data, "level_alone", file)) + sorted(_in_full(w))),
        region_alone=frozenset(_words(data, "region_alone", file)),
        region_alone_not_before=patterns["region_alone_not_before"],
        list_verb=regex.compile("(?:" + "|".join(regex.escape(w) for w in sorted(
            _words(data, "list_verbs", file), key=len, reverse=True)) + ")了?$" if data.get("list_verbs") else "(?!)"),
        list_member_tails=tuple(sorted(_words(data, "list_member_tails", file), key=len, reverse=True)),
        list_member_cuts=frozenset(_words(data, "list_member_cuts", file)),
        rival_links=tuple(_words(data, "rival_links", file)),
        firm_figure_after=patterns["firm_figure_after"],
        company_bureau=patterns["company_bureau"],
        role_prefix=patterns["role_prefix"],
        kind_count=patterns["kind_count"],
        rank_lead=patterns["rank_lead"],
        every_level=patterns["every_level"],
        investor_verb=patterns["investor_verb"],
        latin_name=patterns["latin_name"],
        region_paren_after=tuple(_words(data, "region_paren_after", file)),
        name_word_suffixes=frozenset(_words(data, "name_word_suffixes", file)),
        firm_stages=frozenset(_words(data, "firm_stages", file)),
        unchained_suffixes=frozenset(_words(data, "unchained_suffixes", file)),
        field_led_suffixes=frozenset(_words(data, "field_led_suffixes", file)),
        department_fields=tuple(sorted({*_words(data, "department_fields", file), *_words(data, "organ_sectors", file)})),
        zone_after=regex.compile(rf"(?:{_alternation(_words(data, 'zone_qualifiers', file)).pattern}){{1,3}}"
                                 rf"(?:{_alternation([w for w in _words(data, 'not_org_tails', file) if w.endswith(('区', '园'))]).pattern})"),
        party_roles=tuple(sorted(_words(data, "party_roles", file), key=len, reverse=True)),
        role_lead=regex.compile(rf"\p{{Han}}{{0,8}}?(?:{_alternation(_words(data, 'party_roles', file)).pattern})(?=\p{{Han}}{{4}})"),
    )
    object.__setattr__(rules, "automaton", build_automaton(rules))
    object.__setattr__(rules, "not_org_tail", regex.compile(
        "|".join(regex.escape(w) for w in rules.not_org_tails if len(w) <= 6) or "(?!)"))
    splits: dict[str, list[tuple[str, str]]] = {}
    for tail in rules.not_org_tails:
        for m in range(len(tail)):
            splits.setdefault(tail[m], []).append((tail[:m], tail[m:]))
    object.__setattr__(rules, "not_org_splits", {c: tuple(pairs) for c, pairs in splits.items()})
    object.__setattr__(rules, "ordinary_name", regex.compile(
        "|".join(regex.escape(w) for w in rules.ordinary_names) or "(?!)"))
    object.__setattr__(rules, "not_org_lengths", tuple(sorted({len(w) for w in rules.not_org_words})))
    object.__setattr__(rules, "group_suffixes", tuple(w for w, t in rules.suffix_type.items() if t == "group"))
    object.__setattr__(rules, "suffixes", tuple(rules.suffix_type))
    object.__setattr__(rules, "suffix_lengths", tuple(sorted({len(w) for w in rules.suffix_type})))
    object.__setattr__(rules, "organ_endings", tuple(
        {w for w, t in rules.suffix_type.items() if t == "government"}
        | {w for w, t in rules.gazetteer.items() if t == "government" and len(w) >= 2}))
    object.__setattr__(rules, "unit_parents", tuple(sorted({p for su in rules.sub_units for p in su.parents})))
    longer: dict[str, tuple[str, ...]] = {}
    for suffix in rules.suffix_type:
        words = tuple(w for w in rules.stop_words - rules.titles_after
                      if len(w) > len(suffix) and w.startswith(suffix))
        if words:
            longer[suffix] = words
    object.__setattr__(rules, "suffix_longer", longer)
    object.__setattr__(rules, "trade_words", rules.generic_words | rules.inner_words)
    object.__setattr__(rules, "generic_heads", tuple(sorted(
        {w for w in rules.generic_words | set(rules.not_org_tails) if len(w) >= 2}, key=len, reverse=True)))
    chars = "".join(sorted(set(rules.glued_conj) | set(rules.glued_prepositions)
                           | {t for t in rules.region_tails if len(t) == 1}))
    if chars:
        object.__setattr__(rules, "glue_chars", regex.compile(f"[{regex.escape(chars)}]"))
    if rules.sub_units:
        units = sorted({u for su in rules.sub_units for u in su.units}, key=len, reverse=True)
        object.__setattr__(rules, "any_unit", regex.compile("|".join(regex.escape(u) for u in units)))
        reach = max(len(u) for u in units) + max(su.most for su in rules.sub_units)
        object.__setattr__(rules, "unit_reach", reach)
        ends = "".join(sorted({u[-1] for su in rules.sub_units if su.known for u in su.units}))
        if ends:
            object.__setattr__(rules, "known_unit_end", regex.compile(f"[{regex.escape(ends)}]"))
    return rules


@lru_cache(maxsize=8)
def cached_org_rules(directory: str | None = None) -> OrgRules:
    """The built-in org rules, or (``directory``) the built-in ones extended by a
    user's rules folder, loaded once per folder."""
    return load_org_rules() if directory is None else load_user_org_rules(directory)
