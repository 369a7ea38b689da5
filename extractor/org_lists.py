"""Org names as members of lists: ``A、B、C等知名企业`` (a cue word gives the type), or
``拜访了A、B和C`` where most members are names found already."""
from __future__ import annotations

import bisect

import regex

from .org_words import NAME_CHAR, REGISTERED_FORMS, Candidate, OrgWords, merge_singles
from .wordcut import segment

_LIST_STOP = regex.compile(r"[，,。；;！!？?\n：:]")        # what ends a clause that may hold a list
_LIST_STOP_BACK = regex.compile(r"(?r)[，,。；;！!？?\n：:]")
_SENTENCE_BACK = regex.compile(r"(?r)[。！!？?\n]")  # the last sentence end before a point
_CONJ = regex.compile(r"(?:和|与|及|以及)")
_COUNT_VALUE = {**{str(n): n for n in range(2, 10)}, **dict(zip("两二三四五六七八九", (2, 2, 3, 4, 5, 6, 7, 8, 9)))}


class ListSource(OrgWords):
    """Mixed into orgs._Finder: candidates from the lists of an article."""

    def list_candidates(self, found: list[Candidate]) -> tuple[list[Candidate], set[Candidate]]:
        """New members of org lists, and found candidates to drop (inside project lists)."""
        text, r = self.text, self.rules
        new: list[Candidate] = self.lone_members(found) if "等" in text else []
        drop: set[Candidate] = set()
        if "、" not in text:
            return new, drop
        org_starts = sorted(c.start for c in found)
        # found, indexed once (not scanned per list: a long article has many lists and names)
        covered = {(c.start, c.end): c for c in found}
        by_end: dict[int, list[Candidate]] = {}
        for c in found:
            by_end.setdefault(c.end, []).append(c)
        by_start = sorted(found, key=lambda c: c.start)
        starts = [c.start for c in by_start]
        ends_sorted = sorted(found, key=lambda c: c.end)
        ends = [c.end for c in ends_sorted]
        for region_start, stop, cue in self._list_regions():
            if "、" not in text[region_start:stop]:
                continue
            # cheap gate before any jieba: a cue word, or two orgs already inside
            inside = bisect.bisect_left(org_starts, stop) - bisect.bisect_left(org_starts, region_start)
            if cue is None and inside < 2 and not (inside == 1 and r.ordinary_name.search(text, region_start, stop)) \
                    and not any(w in text[region_start:stop] for w in r.rival_links):
                continue  # (华为、小米等: one firm found and a name that is an ordinary word too; 、…分别售出: rivals)
            cs = region_start
            first_sep = text.find("、", cs, stop)
            # members: split on 、 and on a final 和/与/及
            seps = [i for i in range(first_sep, stop) if text[i] == "、"]
            bounds = []
            prev = None
            for i in seps:
                bounds.append((prev + 1 if prev is not None else None, i))
                prev = i
            # the last member ends at 等 when a name found ends there (…协会等开展对接)
            k = text.find("等", prev + 1, stop)
            end = self._found_end(prev + 1, by_start, starts) if cue is None else None
            if end is not None and (conj := _CONJ.match(text, end)):
                end = self._found_end(conj.end(), by_start, starts)  # …、Netflix与谷歌: through a second name
            # (…、鼎晟精机、力扬工业等。: or where 等 closes the clause, no cue after it)
            if k > prev + 1 and ((prev + 1, k) in covered or text[prev + 1:k] in r.ordinary_names
                                 or (cue is None and k + 1 == stop)):
                bounds.append((prev + 1, k))
            elif end is not None:
                bounds.append((prev + 1, end))  # …、京东|一系列玩家: the list ends with the name found
            else:
                bounds.append((prev + 1, stop))
            # the first member's left edge: a name found there, or jieba, walking
            # left from the first 、
            fe = bounds[0][1]
            known = [c.start for c in by_end.get(fe, ()) if c.start >= cs]
            if known:
                bounds[0] = (known[0], fe)
            else:
                # 华润|置|地: lone characters jieba left are merged, as before a suffix
                tokens = merge_singles(text, [t for t in self.tokens_around(fe - 1, fe) if t[0] >= cs and t[1] <= fe],
                                        fe, r.glued_conj, r.region_tails)
                first = self.walk_left(tokens, len(tokens))
                bounds[0] = (tokens[first][0] if first < len(tokens) else fe, fe)
            # a member holding 和/与/及/以及: two members when it is the last one of a
            # list with a cue, or when one side is a name found already
            members = []
            for n, (a, b) in enumerate(bounds):
                members += self._split_conj(a, b, covered, cue is not None and n == len(bounds) - 1)
            members = [(a, b) for a, b in members if b > a]
            if len(members) < 2:
                continue
            cue_word = cue.group("cue") if cue else None
            # A、B和C三家企业: as many members as firms counted, each no shorter than three characters
            if cue is not None and cue.groupdict().get("counted") and (
                    _COUNT_VALUE.get(cue.group("counted"), 0) != len(members) or any(b - a < 3 for a, b in members)):
                continue
            if cue_word in r.list_not_cues:
                # a name inside a project's is the project's (…农产品物流基地项目), not the firm
                # that invests in it (A有限公司投资22亿元建设的…项目、B…等重点项目)
                lo, hi = min(a for a, _ in members), max(b for _, b in members)
                # (but a registered name stays a firm: 澄瑞精密机械股份有限公司|高端数控机床等…项目)
                for c in by_start[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]:
                    if any(a <= c.start and c.end <= b and (c.start, c.end) != (a, b) for a, b in members) \
                            and not r.investor_verb.match(text, c.end) \
                            and not text.endswith(REGISTERED_FORMS, c.start, c.end):
                        drop.add(c)
                continue
            exact = [mb for mb in members if mb in covered]
            # 等新经济公司, 等到医院: a cue after other words needs an org among the members,
            # but a count of firms (等12家农业产业化龙头企业) will do for members that look
            # like short names (four characters or more: not 钢铁、水泥等6家高耗能企业)
            loose = cue is not None and bool(cue.groupdict().get("fill")) and not exact
            if loose and not cue.groupdict().get("count"):
                continue
            if cue_word in r.list_cues_any:  # 等12家单位: the type of the members found
                if not exact:
                    continue
                typ = _member_type([covered[mb] for mb in exact])
            elif cue_word:
                typ = r.list_cues[cue_word]
                # 生产、研发、供应链等部门: a firm's departments; organs need an organ or the
                # sector of one among them (发改委、工信局、国土分局等部门, 教育、公安、民政等部门)
                if typ == "government" and not any(
                        self.names_organ(text[a:b]) or text[a:b] in r.organ_sectors for a, b in members):
                    continue
            elif len(exact) >= 2 and 3 * (len(exact) + sum(
                    self.brand_and_trade(a, b) for a, b in members if (a, b) not in covered)) >= 2 * len(members):
                # two thirds of the members found, a member made as a firm's short name counting as one
                # (台中精准机械股份有限公司、崴铭集团、|鼎晟|精机|、|力扬|工业|等)
                typ = _member_type([covered[mb] for mb in exact])
            elif exact and all(text[a:b] in r.ordinary_names for a, b in members if (a, b) not in covered) \
                    and _member_type([covered[mb] for mb in exact]) in ("company", "group"):
                # 华为、小米等: a name that is an ordinary word too, beside known firms, is a firm
                typ = "company"
            elif (len(exact) >= 2 and len(exact) * 2 >= len(members)
                  and r.list_verb.search(text, max(0, members[0][0] - 5), members[0][0])):
                # 拜访了A、B、C和D: after a verb of visiting, half the members found will do
                typ = _member_type([covered[mb] for mb in exact])
            elif cue is None and not exact and self.rivals(members, found):
                typ = "company"
            else:
                continue
            if cue is None and members[-1] not in covered:
                # …和天正电气|负责人: a role noun after the last member is no part of it
                a, b = members[-1]
                for tail in r.list_member_tails:
                    if b - a > len(tail) + 1 and text.endswith(tail, a, b):
                        members[-1] = (a, b - len(tail))
                        break
                else:
                    # …和县纪委监委|联合督导: the list ends before a word of joint action
                    for x, y in segment(text, a + 2, b, r):
                        if text[x:y] in r.list_member_cuts and x > a + 1:
                            members[-1] = (a, x)
                            break
            for a, b in members:
                if (a, b) in covered:
                    continue
                word = text[a:b]
                inside = (by_start[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
                          + [c for c in ends_sorted[bisect.bisect_right(ends, a):bisect.bisect_right(ends, b)]
                             if c.start < a])
                # 西门子医疗: a known company and words of trade is a company of its own
                # (not one with its legal form: …有限公司|投资 is the company and a verb)
                if inside and not (len(inside) == 1 and inside[0].start == a and inside[0].end < b
                                   and inside[0].source != "suffix"
                                   and inside[0].type in ("company", "group") and typ in ("company", "group")
                                   and (text[inside[0].end:b] in r.generic_words
                                        or all(text[x:y] in r.generic_words for x, y in segment(text, inside[0].end, b, r)))):
                    continue
                if not ((4 if loose else 2) <= len(word) <= r.list_member_max) or not NAME_CHAR.fullmatch(word):
                    continue
                if _COUNTED.match(word):
                    continue  # …及42位个人捐赠者: a count of people, no name
                if word.endswith(r.not_org_tails) or word in REGISTERED_FORMS or word in r.bare_company \
                        or word.endswith(_HONORIFICS):
                    continue  # 青禾产业园, 物流基地: parks and bases in a list of orgs; a bare 有限公司 names none; 曾德成先生 a person
                toks = [text[x:y] for x, y in segment(text, a, b, r)]
                if any(self.is_stop(t) and t not in r.inner_words for t in toks if len(t) > 1 or t in r.stop_words):
                    continue
                if all(self.is_region(t) or t in r.generic_words for t in toks):
                    continue
                if cue_word in r.list_cues_shaped and not self.brand_and_trade(a, b):
                    continue  # 观光、旅宿等业者: trades; 鸿展精密、瑞昇半导体等业者: firms' short names
                if self.followed_by_place(b):
                    continue
                t = "group" if typ == "company" and "集团" in word else typ
                t = self.second_kind(cue, word) or t
                if t not in ("company", "group") and cue_word not in r.list_cues and toks[-1] in r.generic_words \
                        and not self.names_org(toks[-1]):
                    # 县税务局、县人社局和青禾电子等单位: typed by the members found, but a
                    # name ending in a trade (电子, 科技) is a company's
                    t = "group" if "集团" in word else "company"
                new.append(Candidate(a, b, t, f"org.list.{t}", "list"))
        return new, drop

    def lone_members(self, found: list[Candidate]) -> list[Candidate]:
        """A lone short name before a count of firms (与东曜半导体等17家企业签约): a word no
        dictionary has, then a word of trade (半导体, 光电), as a firm's short name is made;
        a trade alone (与餐饮等17家企业) or common words name none."""
        text, r = self.text, self.rules
        out = []
        covered = {(c.start, c.end) for c in found}
        for cue in r.list_cue.finditer(text):
            if not _COUNTED_CUE.match(text, cue.start()) or r.list_cues.get(cue.group("cue")) != "company":
                continue
            k = cue.start()
            tokens = [t for t in self.tokens_around(k - 1, k) if t[1] <= k]
            if len(tokens) < 3 or tokens[-1][1] != k:
                continue
            (a, b), (c, d) = tokens[-2], tokens[-1]
            name, trade = text[a:b], text[c:d]
            if (trade not in r.appositive_trade or not 2 <= len(name) <= 3 or self.tag(name) is not None
                    or not self.unknown_place(name) or (a, k) in covered
                    or not _LONE_BEFORE.search(text, max(0, a - 2), a)):
                continue
            out.append(Candidate(a, k, "company", "org.list.company", "list"))
        return out

    def rivals(self, members: list[tuple[int, int]], found: list[Candidate]) -> bool:
        """Are ``members`` (no cue after them, none found) firms' short names, each a brand and a word of trade
        (宏骋|机车, 三禾|电动), doing each what a firm named earlier in the sentence did: the verb after a word of
        rules.rival_links that ends the list said after that firm too (睿腾…上半年售出24,106辆；宏骋机车、三禾电动
        |分别|售出…): its rivals, firms too?"""
        text, r = self.text, self.rules
        a, b = members[-1]
        link = next(((x, y) for x, y in segment(text, a, b, r) if text[x:y] in r.rival_links and x > a + 1), None)
        if link is None:
            return False
        after = segment(text, link[1], min(len(text), link[1] + 4), r)
        verb = text[after[0][0]:after[0][1]] if after else ""
        if len(verb) < 2 or not (self.tag(verb) or "").startswith("v"):
            return False
        if not all(self.trade_brand(text[x:y]) for x, y in members[:-1] + [(a, link[0])]):
            return False
        m = _SENTENCE_BACK.search(text, 0, members[0][0])
        opens = m.end() if m else 0
        return any(c.type in ("company", "group") and opens <= c.start and c.end <= members[0][0]
                   and verb in text[c.end:members[0][0]] for c in found)

    def brand_and_trade(self, a: int, b: int) -> bool:
        """Is ``text[a:b]`` made as a firm's short name is: a brand no dictionary has, then one word (鼎晟|精机,
        力扬|工业), no place (梧川|县), where an ordinary word of a list is the dictionary's (钢铁, 水泥, 日本)?"""
        text = self.text
        toks = [text[x:y] for x, y in segment(text, a, b, self.rules)]
        return (len(toks) == 2 and 2 <= len(toks[0]) <= 3 and self.tag(toks[0]) is None and self.name_like(toks[0])
                and toks[1] not in self.rules.region_tails and not self.is_region(text[a:b]))

    def second_kind(self, cue, word: str) -> str | None:
        """The type of a second cue joined to ``cue`` (等企业和科研机构), when ``word`` ends in a head of
        a body of that kind (国际竹藤中心: rules.list_kind_heads), else None."""
        if cue is None or not cue.group("cue"):
            return None
        text, r = self.text, self.rules
        end = cue.end()
        if text[end:end + 1] not in _CUE_JOINS:
            return None
        second = next((w for w in sorted(r.list_cues, key=len, reverse=True) if text.startswith(w, end + 1)), None)
        typ = r.list_cues.get(second)
        if typ is None or typ == r.list_cues.get(cue.group("cue")):
            return None
        head = next((h for h in r.list_kind_heads if word.endswith(h) and len(word) > len(h)), None)
        return typ if head is not None and r.list_kind_heads[head] == typ else None

    @staticmethod
    def _found_end(at: int, by_start: list[Candidate], starts: list[int]) -> int | None:
        """The end of the longest name found that starts at ``at``, if any."""
        ends = [c.end for c in by_start[bisect.bisect_left(starts, at):bisect.bisect_right(starts, at)]]
        return max(ends) if ends else None

    def names_organ(self, word: str) -> bool:
        """Is ``word`` a government organ: a known one, or ending in an organ's suffix or
        a known organ's name (县发改委)?"""
        r = self.rules
        return r.gazetteer.get(word) == "government" or (word not in r.suffix_type and word.endswith(r.organ_endings))

    def _split_conj(self, a: int | None, b: int, covered: dict, always: bool) -> list[tuple[int, int]]:
        """A list member split at 和/与/及/以及: at the first one when ``always``, else
        where one side is a name found already (蒂森克虏伯电梯以及中国德国商会)."""
        if a is None or (a, b) in covered:
            return [(a, b)] if a is not None else []
        text = self.text
        for m in _CONJ.finditer(text, a, b):
            s, e = m.span()
            if s == a or e == b:
                continue
            if always or (a, s) in covered or (e, b) in covered:
                return [(a, s)] + self._split_conj(e, b, covered, False)
            if always:
                break
        return [(a, b)]

    def _cues(self, start: int, end: int) -> list:
        """The list cues in ``text[start:end]``, left to right: those right after 等
        (等知名企业) or 在内的 (rules.list_cue_lead), or when there is none, those after a few words
        of trade (等面板企业)."""
        text, r = self.text, self.rules
        lead = r.list_cue_lead.search(text, start, end)
        if lead is None:
            return list(r.list_cue_counted.finditer(text, start, end))
        k = lead.start()
        return list(r.list_cue.finditer(text, k, end)) or list(r.list_cue_filled.finditer(text, k, end))

    def _list_regions(self):
        """(start, end, cue match) of each stretch that may hold one list: a clause
        cut after every 等+cue (电池电源、电子信息等行业 | 重点拜访了A、B等知名企业)."""
        text = self.text
        # a clause here runs between two marks of _LIST_STOP (、 is none) and holds a 、
        n, k = len(text), text.find("、")
        while k >= 0:
            m = _LIST_STOP_BACK.search(text, 0, k)
            start = m.end() if m else 0
            m = _LIST_STOP.search(text, k)
            end = m.start() if m else n
            cs = start
            for cue in self._cues(start, end):
                yield cs, cue.start(), cue
                cs = cue.end()
            if cs < end:
                yield cs, end, None
            k = text.find("、", end)


# 等17家企业: a count of firms after 等; and what comes before a lone member (与, 和, 同, 、 or a
# clause's start: no 、 list then).
_COUNTED_CUE = regex.compile(r"等(?:在内的)?(?:[0-9]+|[一二两三四五六七八九十百几数]+)[余多]?家")
_LONE_BEFORE = regex.compile(r"(?:与|和|同|及|向|[，,。；;：:])$")
# what joins two cues of a list (等企业和科研机构)
_CUE_JOINS = frozenset("和及与、")
# 曾德成先生: a person in a list of bodies (not 平安好医生, a firm's brand)
_HONORIFICS = ("先生", "女士")
# A member that opens with a count of people or bodies (42位个人捐赠者, 三家机构)
_COUNTED = regex.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)[余多]?(?:位|名|个|家|人|户|所)")


def _member_type(cands: list[Candidate]) -> str:
    """The type most of a list's known members have; a group counts as a company
    (a member is a group only when its name holds 集团)."""
    counts: dict[str, int] = {}
    for c in cands:
        t = "company" if c.type == "group" else c.type
        counts[t] = counts.get(t, 0) + 1
    return max(counts, key=lambda t: counts[t])  # ties: the first member's
