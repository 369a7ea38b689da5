"""Organization names: find them in normalized text, map them back to raw offsets.

Six sources of candidates, all driven by ``rules/org.yaml`` and ``rules/lexicons/``:

1. **suffixes** (有限公司, 集团, 协会, 研究院, 局…) found with one Aho-Corasick pass; the
   name's left edge comes from jieba run on a short window before the suffix only
   (a stop token: verb, particle, preposition, 拜访, 了…);
2. **gazetteer** of well-known names and government organs, matched with the same
   automaton, kept only on jieba word boundaries;
3. **lists**: members of ``A、B、C等知名企业`` are orgs of the cue's type (org_lists.py);
4. **aliases**: ``(以下简称"X")``, ``证券简称：X`` (org_aliases.py, with the short forms below);
5. **appositives**: a short name right after the kind of firm it is (手机厂商欧锐通讯);
6. **anchored names**: a firm's name that is an ordinary word too (苹果), alone, where the
   article names the firm beyond doubt elsewhere (苹果公司, iPhone).

A unit written after a name (中国工商银行|梧川支行, 郑州大学|电气与信息工程学院) and a
legal form in parentheses extend it; a company's short forms and initials (深创投) and
an association's unit named alone (新型显示分会) are mentions wherever they recur.
The word classes all of them ask (region, stop word, the walk left to a name's
first word) are in org_words.py.  Overlaps go to the longest candidate; every later
occurrence of a name found once is a mention of it.  Each distinct name is one
:class:`~extractor.records.Org`, with all its mentions.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Iterable

import regex

from .boilerplate import find_boilerplate, inside
from .normalize import _GLOSS, _LOST_DOT, Normalized, keep_name_characters, to_simplified
from .occurrences import occurrences
from .org_aliases import AliasSource, names_brand, names_event
from .org_anchored import AnchoredSource
from .org_appositives import AppositiveSource
from .org_edges import (with_article_place, with_founder_lead, with_place_whole, without_another_body_lead,
                        without_clause_lead, without_every_level, without_number_tail, without_rank_lead, without_role_lead,
                        without_said_twice, without_year_lead)
from .org_gazetteer import GazetteerSource
from .org_latin import latin_candidates
from .org_lists import ListSource
from .org_rules import OrgRules, cached_org_rules
from .org_suffixes import SuffixSource
from .org_tickers import TickerSource
from .org_titled import TitledSource
from .org_words import Candidate
from .records import Org
from .wordcut import segment, segmenter

_PRIORITY = {"alias": 5, "gazetteer": 4, "suffix": 3, "list": 2, "titled": 2, "model": 1}


# ---------------------------------------------------------------- candidates


# A campus or branch in brackets after a name (中国石油大学|(华东)).
_CAMPUS = regex.compile(r"\(\p{Han}{1,4}\)")


_NAMED_TAGS = frozenset(("ns", "nz", "nt", None))  # a place, a proper name, or a word no dictionary has
_HEAD_TITLES = ("主任", "副主任")  # a unit's head after it (…系|主任): one word with the unit to jieba


class _Finder(SuffixSource, ListSource, AliasSource, GazetteerSource, AppositiveSource, TitledSource, TickerSource,
              AnchoredSource):
    """Every source of candidates over one article's normalized text: suffixes, lists,
    aliases, the gazetteer, appositives, titles and tickers mixed in; and what is
    done to the candidates of them all (units after a name, bylines)."""

    def extend_right(self, cands: list[Candidate]) -> list[Candidate]:
        """Each candidate with the unit written after it (中国银行|澄湖分行) and a legal
        form in parentheses (…事务所|(特殊普通合伙)) taken in."""
        text, r = self.text, self.rules
        parents = r.unit_parents
        out = []
        for c in cands:
            bracket = text[c.end:c.end + 1] == "("
            known = (c.source == "gazetteer" and c.type in ("company", "group")
                     and r.known_unit_end.search(text, c.end, c.end + r.unit_reach) is not None)
            if not bracket and ((not known and not text.endswith(parents, c.start, c.end))
                                or r.any_unit.search(text, c.end, c.end + r.unit_reach) is None):
                out.append(c)  # most names: no parent of a unit, or no unit near after them
                continue
            end, rule, typ = c.end, c.rule, c.type
            for _ in range(2):  # a unit of a unit: 中国工商银行梧川分行|城东支行
                grown = end
                for su in r.sub_units:
                    if text.endswith(su.parents, c.start, end) or (known and su.known and end == c.end):
                        # (中国石油大学|(华东)|储运与建筑工程学院: a campus in brackets between the parent and its unit)
                        campus = _CAMPUS.match(text, end) if end == c.end else None
                        m = su.pattern.match(text, campus.end() if campus is not None else end)
                        # (not a unit's character before 长, a title after a person: 教育部|王登峰|司长; nor a
                        # unit that must be whole inside a word of the dictionary: 大学|师生|关系, 大学|无人|系统)
                        # (nor, for a store, common words that name no place: 有限公司|旗舰|店)
                        if m and self.unit_words(*m.span("mid")) and not text.startswith("长", m.end()) and not (
                                su.whole and self.unit_in_word(m.start("unit"), m.end())) and not (
                                su.placed and not self.names_place(*m.span("mid"))):
                            # (a unit of a type of its own: 市红十字会|应急救护培训中心, an institution)
                            typ = su.type or c.type
                            end, rule = m.end(), f"org.sub_unit.{typ}"
                            break
                if end == grown:
                    break
            if "(" in text[end:end + 1]:
                for form in r.legal_forms:
                    if text.startswith(form, end):
                        end += len(form)
                        # (…科技创新发展中心（有限合伙）: a partnership, a firm whatever its name ends in)
                        typ = typ if typ in ("company", "group") else "company"
                        # (…会计师事务所（特殊普通合伙）|禾阳分所: a unit after the legal form)
                        for su in r.sub_units:
                            m = su.pattern.match(text, end) if text.endswith(su.parents, c.start, end) else None
                            if m and self.unit_words(*m.span("mid")):
                                end, rule = m.end(), f"org.sub_unit.{typ}"
                                break
                        break
                else:
                    # 哈尔滨工业大学(深圳), 中国石油大学(华东): a campus's region in parentheses
                    m = _PAREN_REGION.match(text, end)
                    if m and text.endswith(r.region_paren_after, c.start, end) and all(
                            self.is_region(text[a:b]) for a, b in segment(text, m.start(1), m.end(1), r)):
                        end = m.end()
            out.append(c if end == c.end else Candidate(c.start, end, typ, rule, c.source))
        # a unit is its parent's (北京协和医院|伦理委员会 is a hospital's committee, no government's):
        # the same span read by the unit's own suffix goes
        units = {(c.start, c.end) for c in out if c.rule.startswith("org.sub_unit.")}
        return [c for c in out if not units or c.rule.startswith("org.sub_unit.") or (c.start, c.end) not in units]

    def names_place(self, s: int, e: int) -> bool:
        """Does ``text[s:e]`` name a place: a region or a place of jieba's (城东), a proper name (解放路, 万达), a
        word no dictionary has, or words ending in a word of unit_places (人民|路, 五一|广场)?"""
        text = self.text
        if text.endswith(self.rules.unit_places, s, e):
            return True
        return any(self.is_region(w) or self.tag(w) in _NAMED_TAGS for w in (text[a:b] for a, b in segment(text, s, e, self.rules)))

    def unit_in_word(self, s: int, e: int) -> bool:
        """Does a word of the dictionary run across the unit at ``[s, e)`` (师生关|系, 无人|系|统), but
        for a title of the unit's head after it (观光餐旅|系|主任)?"""
        straddled = segmenter(self.rules).straddled
        return straddled(self.text, s, s) or (straddled(self.text, e, e) and not self.text.startswith(_HEAD_TITLES, e))

    def in_byline(self, c: Candidate) -> bool:
        line_start = self.text.rfind("\n", 0, c.start) + 1
        before = self.text[max(line_start, c.start - 40):c.start]
        dateline = self.rules.dateline.match(self.text, c.end)
        if dateline and (not before.strip() or (
                # mid-line, as pages glue it to what came before (…[心][心] 新浪娱乐讯 11月4日):
                # after a space or bracket (or anything, for a wire's date: 电信诈骗中新网10月25日电),
                # near the top, and followed by a space
                c.start < _DATELINE_REACH and (before[-1].isspace() or before[-1] in "]】)）"
                                               or _WIRE_DATE.search(dateline.group()) is not None)
                and _AFTER_DATELINE.match(self.text, dateline.end()))):
            return True
        if c.start < _DATELINE_REACH and not before.strip() and self.rules.header.match(self.text, c.end):
            return True  # the outlet's own line at the head: 澳门特别行政区政府新闻局　2025年2月18日
        return self.rules.byline.search(before) is not None or self.rules.credit.match(self.text, c.end) is not None


_PAREN_REGION = regex.compile(r"\((\p{Han}{2,4})\)")


_DATELINE_REACH = 600  # where a dateline can stand: the head of the article
_AFTER_DATELINE = regex.compile(r"[\s:：(（]")
_WIRE_DATE = regex.compile(r"\d{1,2}月\d{1,2}日电$")


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping: longest first, then source priority, then leftmost."""
    unique = set(candidates)
    if len(unique) < 2:
        return list(unique)
    # the last keys only make ties deterministic (a set's order changes from run to run)
    ranked = sorted(unique, key=lambda c: (-(c.end - c.start), -_PRIORITY[c.source], c.start, c.type, c.rule))
    # taken spans never overlap, so sorted by start their ends are sorted too: only
    # the last one starting before c.end can reach into c
    starts: list[int] = []
    taken: list[Candidate] = []
    for c in ranked:
        k = bisect.bisect_left(starts, c.end)
        if k and taken[k - 1].end > c.start:
            continue
        k = bisect.bisect_right(starts, c.start)  # after equal starts, as a stable sort would
        starts.insert(k, c.start)
        taken.insert(k, c)
    return taken


def find_orgs(text: str, rules: OrgRules, extra: Iterable[Candidate] = ()) -> list[Candidate]:
    """Org mentions in normalized ``text`` (normalized offsets), in text order."""
    if not text:
        return []
    finder = _Finder(text, rules)
    suffix_hits, gaz_hits, tails = rules.automaton.hits(text)
    found = (finder.suffix_candidates(suffix_hits, tails) + finder.gazetteer_candidates(gaz_hits)
             + finder.appositive_candidates() + finder.titled_candidates() + finder.ticker_candidates()
             + finder.anchored_candidates()
             + latin_candidates(text, rules))
    found = finder.extend_right(found)
    found = without_number_tail(text, select(without_year_lead(text, without_another_body_lead(text, found))
                                             + list(extra)), rules)
    found = without_said_twice(text, found, rules)
    found = without_role_lead(text, without_clause_lead(finder, without_rank_lead(finder, found)), rules)
    found = without_every_level(text, with_article_place(text, with_place_whole(text, with_founder_lead(text, found, rules))),
                                rules)
    new, drop = finder.list_candidates(found)
    found = [c for c in found if c not in drop] + without_every_level(text, new, rules)  # (…、各县市农会等单位)
    found = select(found + finder.alias_candidates(found))
    found = _widened_by_known(text, found)
    # an issuer's code before a document's number (教学厅〔2010〕2号) names a document, not a body
    found = [c for c in found if not finder.in_byline(c) and not rules.document_number.match(text, c.end)]
    # the outlet on the 来源 line is no mention, even of an org named in the body
    kept = set(found)
    shorts = finder.short_forms(found)
    # (a short form, or any name in quotes, before a brand's word names the brand: “峡川榨菜”品牌)
    brand_names = {text[c.start:c.end] for c in shorts}
    mentions = _all_mentions(text, found + shorts,
                             lambda a, b: finder.covered_by_not_org(a, b) or finder.not_anchored_mention(a, b)
                             or finder.names_product(b) or finder.names_settlement(a, b) or finder.followed_by_place(b)
                             or names_event(text, b) or finder.online_service(a)
                             or (names_brand(text, b) and (text[a:b] in brand_names or text[a - 1:a] in _OPENING_QUOTES))
                             or finder.splits_a_place(text[a:b], b) or finder.short_unit_in_word(a, b)
                             or finder.last_char_opens_word(a, b) or rules.every_level.match(text, a) is not None)
    return [c for c in mentions if c in kept or not finder.in_byline(c)]


def _widened_by_known(text: str, found: list[Candidate]) -> list[Candidate]:
    """A name that starts inside an occurrence of another name found, which it goes on from
    (包括澄|阳城发水务有限公司, 澄阳城发 the article's short name of the group): the walk left
    stopped short, and the name starts where the known one does."""
    known = {text[c.start:c.end] for c in found if c.end - c.start >= 2}
    out, widened = [], False
    for c in found:
        for j in range(1, 4):
            a = c.start - j
            if a < 0 or not _HAN.match(text, a):
                break
            if any(len(n) > j and text.startswith(n, a) and a + len(n) < c.end for n in known):
                c, widened = Candidate(a, c.end, c.type, c.rule, c.source), True
                break
        out.append(c)
    return select(out) if widened else found


_HAN = regex.compile(r"\p{Han}")
_OPENING_QUOTES = frozenset("“\"「『")


def _all_mentions(text: str, found: list[Candidate], inside_word) -> list[Candidate]:
    """Every occurrence of a name found once (the second 中国电池协会锂电分会), but
    not one ``inside_word`` rejects: inside a word of not_org_words (新浪 of 新浪国际学校,
    中远 of 中远距离), or an anchored name that names no firm there (吃一个苹果)."""
    by_name: dict[str, Candidate] = {}
    for c in found:
        by_name.setdefault(text[c.start:c.end], c)
    more = []
    for name, starts in occurrences(text, (n for n in by_name if len(n) >= 2)).items():
        c = by_name[name]
        more += [Candidate(i, i + len(name), c.type, c.rule, c.source) for i in starts
                 if i == c.start or not inside_word(i, i + len(name))]
    return select(found + more)


# ---------------------------------------------------------------- records


# Full-width digits and Latin letters fold (中国３D -> 中国3D); brackets and other
# punctuation keep their width, as names are written: 江淮重工（合肥）智能装备有限公司.
ALNUM_WIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in
                              [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
                             | {"\xa0": " "})  # (and a web page's no-break space: Alpha Frontier Limited)


@lru_cache(maxsize=8192)
def org_name(raw: str, simplified: bool = False) -> str:
    """The name of an org as written, in simplified script (of a ``simplified`` article,
    as ``to_simplified`` keeps it; a name's own characters, 昇, as written), pinyin glosses
    removed, full-width digits and letters folded, a lost middle dot restored (罗伯特?博世),
    and a line break inside it (a PDF copy's: 临澜市人民政\n府国有资产…) taken out."""
    raw = _GLOSS.sub("", _LINE_INSIDE.sub("", raw) if "\n" in raw else raw)
    return _LOST_DOT.sub("·", keep_name_characters(raw, to_simplified(raw, simplified)).translate(ALNUM_WIDTH))


_LINE_INSIDE = regex.compile(r"(?<=\p{Han})[ \t\u3000]*\r?\n[ \t\u3000]*(?=\p{Han})")


def model_candidates(norm: Normalized, spans: Iterable[tuple[int, int]], source: str) -> list[Candidate]:
    """Raw ``(start, end)`` ORG spans from a statistical model -> candidates."""
    out = []
    for rs, re_ in spans:
        s, e = norm.norm_offset(rs), norm.norm_offset(re_)
        if e > s:
            out.append(Candidate(s, e, "company", f"org.model.{source}", "model"))
    return out


def build_orgs(norm: Normalized, rules: OrgRules | None = None, doc_id: str | None = None,
               extra: Iterable[Candidate] = (), boilerplate: list[tuple[int, int, str]] | None = None) -> list[Org]:
    """All orgs of an article: one record per distinct name, every mention in raw offsets.
    No mention inside boilerplate (版权所有：新浪网, a site's disclaimer) counts: an outlet
    there is metadata.  ``boilerplate``: ``find_boilerplate(norm.text)``, when known."""
    rules = rules or cached_org_rules()
    if boilerplate is None:
        boilerplate = find_boilerplate(norm.text)
    groups: dict[str, list[Candidate]] = {}  # by normalized name: 惠普 and 惠普 in two scripts are one
    for c in find_orgs(norm.text, rules, extra):
        if boilerplate and inside(c.start, c.start + 1, boilerplate):
            continue
        groups.setdefault(norm.text[c.start:c.end], []).append(c)
    orgs: list[Org] = []
    for name, cands in groups.items():
        spans = tuple(norm.raw_span(c.start, c.end) for c in cands)
        first = cands[0]
        rs, re_ = spans[0]
        orgs.append(Org(
            id=f"o{len(orgs) + 1}", text=norm.raw[rs:re_], start=rs, end=re_,
            name=org_name(norm.raw[rs:re_], norm.script == "simplified"), type=first.type, rule=first.rule, mentions=spans,
        ))
    return orgs
