"""Claims of a balance between two amounts the text states, the difference of two sides
(出口x，进口y，贸易顺差z; 收入x，支出y，结余z; 收支相抵，录得盈余z), and of a net of two
opposite acts (新设与注销相抵，净增z; 迁入x，迁出y，净迁出z).  Split from changes.py, whose
relation they cast: ``change`` (inputs: the side the other is taken from, then that other;
reported: the difference), checked as kind ``difference`` (validate.py).
"""
from __future__ import annotations

import dataclasses

import regex

from .changes import _total_of
from .indicators import _LIST_BREAK, _clause_start
from .relate import _READ_TRIES, Relation, _agrees, _Slot, full_sentence_start


def balances(text: str, slots: list[_Slot]) -> list[Relation]:
    """A balance stated with the two amounts it is the difference of, in its sentence (or the
    one before, when it opens its own): 出口x，进口y，贸易顺差z (z = x - y; 逆差 the other way),
    收入x，支出y，结余z."""
    out = []
    for k, balance in enumerate(slots):
        if balance.figure.kind != "money" or balance.figure.value_max is not None or k < 2 \
                or balance.fields.get("role") == "part":
            continue  # (支出总计x，包括…年终结转结余y: an item of a list, no balance)
        cue = _BALANCE_CUE.search(text, max(balance.sentence, balance.start - 8), balance.start)
        if cue is None:
            continue
        opens = full_sentence_start(text, balance.start, max(0, balance.start - _BALANCE_REACH))
        led = False
        both = 12 if cue.group("word") == "亏损" else 8  # (收支相抵后录得经营|亏损: a loss's words are longer)
        if opens > 0 and (_BALANCE_LEAD.fullmatch(text, opens, cue.start())
                          or _BOTH_SIDES.search(text, max(opens, cue.start() - both), cue.start())):
            led = True
            # 总收入x…；总支出y。|当期结余z: a balance that opens its sentence is of the one before
            # (and one that sets the two sides against each other: 收入x。同期开支y，收支相抵录得盈余z)
            opens = full_sentence_start(text, opens - 1, max(0, balance.start - _BALANCE_REACH))
        word = cue.group("word")
        if word in _NET_TRADES:
            # (外资买进x、卖出y，卖超z；投信买超w: each trader's net in its own ；-item)
            semi = max(text.rfind("；", opens, balance.start), text.rfind(";", opens, balance.start))
            opens = max(opens, semi + 1)
        # (涉外收入x，涉外支出y，收支顺差z: receipts less payments, as 结余 reads them)
        pairs = [_BALANCE_OF[word]] + ([_RECEIPTS_OF[word]] if word in _RECEIPTS_OF else [])
        found = next(((m, s) for m, s in ((_named_before(slots, k, plus, balance, opens, text=text),
                                           _named_before(slots, k, minus, balance, opens, text=text)) for plus, minus in pairs)
                      if m is not None and s is not None), None)
        read, loose = "", False  # (loose: read from a side in the sentence only; kept only where it agrees)
        if found is None and led:
            # 出口x…。同月的进口y…。|十月录得有形贸易逆差z: the two sides in the two sentences before
            opens = full_sentence_start(text, opens - 1, max(0, balance.start - _BALANCE_REACH)) if opens > 0 else opens
            found = next(((m, s) for m, s in ((_named_before(slots, k, plus, balance, opens, text=text),
                                               _named_before(slots, k, minus, balance, opens, text=text)) for plus, minus in pairs)
                          if m is not None and s is not None), None)
        sets_sides = _SETS_SIDES.match(text, full_sentence_start(text, balance.start, max(0, balance.start - 40))) is not None
        if found is None and sets_sides:
            # 基金总收入x…。|基金总支出y…。分险种看，…。收支相抵，当期结余z: the totals of the two sides, stated
            # paragraphs back (read, so the balance only confirms)
            floor = opens = max(0, balance.start - _SIDES_REACH)
            found = next(((m, s) for m, s in ((_named_before(slots, k, plus, balance, floor, parts=False, text=text),
                                               _named_before(slots, k, minus, balance, floor, parts=False, text=text))
                                              for plus, minus in pairs) if m is not None and s is not None), None)
            read = " inferred"
        if found is None:
            # 基金总收入x…。\n基金总支出y，当期结余z: the spending in the balance's sentence, the income stated
            # paragraphs back (read, so the balance only confirms)
            # (or the imports in a sentence that says it is of the same period, the exports in the one before:
            # 出口货值x。同月进口货值y，录得有形贸易逆差z; not 出口x。进口y，逆差z, which may be of other periods)
            floor = max(0, balance.start - _SIDES_REACH)
            same_period = _SAME_PERIOD_OPENS.match(text, opens) is not None
            found = next(((m, s) for m, s in (pair for plus, minus in pairs for pair in (
                (_named_before(slots, k, plus, balance, floor, parts=False, text=text),
                 _named_before(slots, k, minus, balance, opens, parts=False, text=text)),
                (_named_before(slots, k, plus, balance, opens, parts=False, text=text) if same_period else None,
                 _named_before(slots, k, minus, balance, floor, parts=False, text=text))))
                if m is not None and s is not None), None)
            opens, read, loose = floor, " inferred", True  # (the side named as the other is, 基金总收入, is looked for as far)
        if found is None:
            continue
        minuend, subtrahend = found
        plus, minus = next((p, m) for p, m in pairs if _named(minuend, p, text) and _named(subtrahend, m, text))
        # (the side named as the other is: 公共财政收入x…，博彩直接税收入y…。同期公共财政开支z，收支相抵…, x)
        if not _named_alike(minuend, plus, subtrahend, minus):
            # (收支相抵 sets the two totals against each other, stated paragraphs back as well)
            floor = max(0, balance.start - _SIDES_REACH) if sets_sides else opens
            minuend = _side_named_alike(slots, k, plus, balance, min(opens, floor), subtrahend, minus) or minuend
        relation = Relation("change", balance.figure.id, inputs=(minuend.figure.id, subtrahend.figure.id), mode="up" + read)
        if loose and not _agrees(relation, slots, {}):
            # (营业收入x…；子公司实现营业收入y…。\n营业成本c，实现毛利z: the side read further back that agrees)
            relation = next((r for r in (dataclasses.replace(relation, inputs=(s.figure.id, subtrahend.figure.id))
                                         for s in _named_all_before(slots, k, plus, balance, opens, minuend))
                             if _agrees(r, slots, {})), None)
            if relation is None:
                continue
        if word not in ("增值收益", "节约"):  # (a fund's net income, the money saved: levels of their own, which a rate may be of)
            balance.fields.setdefault("role", "change")
        out.append(relation)
    return out


_SETS_SIDES = regex.compile(r"\s*收支相抵[，,]")
_SAME_PERIOD_OPENS = regex.compile(r"\s*(?:同月|同期|同季|当月|当期)")
# 新设与注销相抵，净增|5.37万户: two acts set against each other, each named by a figure before
# (新登记与注销相抵，全年净增市场主体|4,317户: the span and what was added may stand between)
_ACTS_SET = regex.compile(r"[，,；;。]\s*(?P<plus>\p{Han}{2,3}?)与(?P<minus>\p{Han}{2,3}?)相抵[，,]\s*(?:全年|同期|当年)?净增(?:加)?"
                          r"(?:\p{Han}{2,6}?)?(?:为|达)?\s*$")
_ACTS_REACH = 400
_PERIOD_LEAD = regex.compile(r"^(?:全年|同期|当年|今年)")
# 迁入x，迁出y，|净迁出|z: a net of two opposite acts, each named by a figure before it in its sentence
_NET_OF = regex.compile(r"[，,；;]\s*(?:同期|全年|当年|合计)?净(?P<way>增加?|减少?|迁入|迁出|流入|流出)(?:了)?(?:为|达)?\s*$")
_NET_IN = frozenset(("增", "增加", "迁入", "流入"))  # the other ways are the outflow less the inflow
# The two acts a net is of (what comes in, what goes out): 新设 (新登记…) and 注销 (吊销…) of entities,
# 迁入 and 迁出 of residents, 流入 and 流出 of funds or people.
_OPPOSITE_ACTS = ((("新设", "新登记", "新注册", "注册", "登记", "设立", "开业"), ("注销", "吊销", "撤销", "歇业", "关闭")),
                  (("迁入",), ("迁出",)), (("流入",), ("流出",)))


def acts_set_against(text: str, slots: list[_Slot]) -> list[Relation]:
    """A net increase of two acts set against each other (新设经营主体x…；注销经营主体y…；新设与注销相抵，
    净增z): z = x - y, the figures of the acts' names nearest before it.  Or a net of two opposite acts
    in its sentence (新设x，…；同期注销y，净增z; 迁入x，迁出y，净迁出z: z = y - x)."""
    if "相抵" not in text and "净" not in text:
        return []
    out = []
    for k, net in enumerate(slots):
        if net.figure.kind not in ("count", "money"):
            continue
        m = _ACTS_SET.search(text, max(0, net.start - 32), net.start)
        if m is not None:
            found = _act_figures(slots, k, (m.group("plus"),), (m.group("minus"),), max(0, net.start - _ACTS_REACH))
        else:
            # (not a change another family has read: 比上年末净增46家)
            m = _NET_OF.search(text, max(0, net.start - 12), net.start)
            if m is None or net.figure.value_max is not None or net.fields.get("role"):
                continue
            opens = full_sentence_start(text, net.start, max(0, net.start - _ACTS_REACH))
            found = next(filter(None, (_act_figures(slots, k, ins, outs, opens) for ins, outs in _OPPOSITE_ACTS)), None)
            if found is not None and m.group("way") not in _NET_IN:
                found = found[::-1]
        if found is not None:
            net.fields.setdefault("role", "change")
            out.append(Relation("change", net.figure.id, inputs=(found[0].figure.id, found[1].figure.id), mode="up"))
    return out


def _act_figures(slots: list[_Slot], k: int, plus: tuple[str, ...], minus: tuple[str, ...],
                 floor: int) -> tuple[_Slot, _Slot] | None:
    """The figures nearest before ``slots[k]`` (from ``floor``) named by an act of ``plus`` and by one
    of ``minus``, of its measure (not a part of what the act did: 新设x，其中新设企业y)."""
    def act(words: tuple[str, ...]) -> _Slot | None:
        return next((s for s in reversed(slots[:k]) if s.start >= floor and s.same_measure(slots[k])
                     and s.fields.get("role") not in ("previous", "change", "target", "part")
                     and _PERIOD_LEAD.sub("", s.fields.get("indicator") or "").startswith(words)), None)

    first, second = act(plus), act(minus)
    return (first, second) if first is not None and second is not None and first is not second else None


_SIDES_REACH = 900  # (two paragraphs back at most)


# 贸易顺差 is exports less imports, 逆差 the other way round, 结余 income less spending (and a housing
# fund's 增值收益 its business income less its business spending; a company's 毛利 (营业毛利) its revenue less its
# cost of sales, and its 所有者权益 or 净资产 its assets less its liabilities);
# 结售汇顺差 is foreign exchange bought by banks less sold; 出超 and 入超 are Taiwan's words for
# a trade surplus and deficit, 卖超 and 买超 for net selling and buying of shares, 岁入岁出差短 (短绌)
# for a budget's deficit, and a 亏损 set as 收支相抵后录得 the spending over the income.
_BALANCE_OF = {"顺差": ("出口", "进口"), "逆差": ("进口", "出口"), "结余": ("收入", "支出"),
               "结售汇顺差": ("结汇", "售汇"), "结售汇逆差": ("售汇", "结汇"), "出超": ("出口", "进口"),
               "入超": ("进口", "出口"), "盈余": ("收入", "支出"), "赤字": ("支出", "收入"),
               "卖超": ("卖出", "买进"), "买超": ("买进", "卖出"), "节约": ("预算", "采购"), "增值收益": ("业务收入", "业务支出"),
               "结转下年": ("收入", "支出"), "差短": ("岁出", "岁入"), "短绌": ("岁出", "岁入"),
               "毛利": ("收入", "成本"), "所有者权益": ("资产", "负债"), "净资产": ("资产", "负债"), "亏损": ("支出", "收入")}
# (a budget's surplus or deficit: of its revenue and spending, 开支 as well as 支出)
_RECEIPTS_OF = {"顺差": ("收入", "支出"), "逆差": ("支出", "收入"), "盈余": ("收入", "开支"), "赤字": ("开支", "收入"),
                "结余": ("收入", "开支"), "节约": ("预算", "成交"), "差短": ("支出", "收入"), "短绌": ("支出", "收入"),
                "毛利": ("营收", "成本"), "亏损": ("开支", "收入")}
# (not 累计结余, 滚存结余: what the fund holds from all years, no balance of this one's; 结转下年 right after
# the spending: 收入合计x；支出y，结转下年z)
_BALANCE_CUE = regex.compile(r"(?<!累计|滚存|历年|结存)(?:贸易|当期|当年|收支)?(?P<word>(?:结售汇)?(?:顺差|逆差)|结余|(?:(?<=支出\p{Han}{0,3}[\d.,]{1,12}[万亿]?元[，,])|(?<=收支相抵[，,]))结转下年|(?<=实现|[，,])增值收益|(?<=实现|[，,]|[，,]营业)毛利(?=润?(?:为|达到|达|是)?\s*$)|(?<=[，,；;])(?:所有者权益|净资产)|出超|入超|卖超|买超|(?<=财政|预算|收支|录得|综合|营运|经营|收支相抵)(?:盈余|赤字)|(?<=收支相抵后?录得(?:经营|营运)?)亏损|(?<=岁出|收支)(?:差短|短绌)|(?<=[，,])节约(?=(?:财政)?资金))(?:额|资金|财政资金|(?<=毛利)润)?(?:为|达到|达|是)?\s*$")
_NET_TRADES = frozenset(("卖超", "买超"))
# What a balance that opens its sentence may say before its word: its period, what is traded (当月有形贸易逆差),
# whose it is (收支相抵，财政结余), and that it was recorded (九月录得有形贸易逆差)
_BALANCE_LEAD = regex.compile(r"\s*(?:收支相抵[，,]\s*)?(?:同期|期内|当月|本月|当季|本季|全年|当年|今年|上半年|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?)?"
                           r"(?:录得|出现)?(?:有形|货物|商品|服务|财政)?(?:贸易)?\s*")
_BOTH_SIDES = regex.compile(r"收支相抵")
_BALANCE_REACH = 300  # the amounts a balance is of stand this far before it at most



_AMOUNT_TAIL = regex.compile(r"(?:货值|总值|总额|金额|额|(?<=[出进]口)值)$")  # 出口总值, 出口货值 and 出口值 are named 出口



def _named_before(slots: list[_Slot], k: int, name: str, balance: _Slot, opens: int,
                  parts: bool = True, text: str = "") -> _Slot | None:
    """The nearest figure before ``slots[k]`` in its full sentence (from ``opens``) named
    ``name`` at its end (not 进出口 for 出口), of the balance's measure, no previous
    value, change or target; no part either unless ``parts`` (a side's total read paragraphs back)."""
    skipped = ("previous", "change", "target", "equivalent") + (() if parts else ("part",))
    for j in range(k - 1, -1, -1):
        s = slots[j]
        if s.start < opens:
            return None
        if _named(s, name, text) and s.same_measure(balance) and s.fields.get("role") not in skipped:
            whole = _total_of(slots, s) if s.fields.get("role") == "part" else None
            if whole is not None and whole.start >= opens and _named(whole, name):
                return whole  # 基金收入x，其中…利息收入y；基金支出z，当期结余w: the income, not its last part
            return s
    return None


def _named_all_before(slots: list[_Slot], k: int, name: str, balance: _Slot, opens: int, tried: _Slot) -> list[_Slot]:
    """The figures before ``tried`` (from ``opens``) named ``name`` as _named_before reads them, no part,
    nearest first and at most _READ_TRIES."""
    skipped = ("previous", "change", "target", "equivalent", "part")
    return [s for s in reversed(slots[:k]) if opens <= s.start < tried.start and _named(s, name)
            and s.same_measure(balance) and s.fields.get("role") not in skipped][:_READ_TRIES]


def _side_named_alike(slots: list[_Slot], k: int, name: str, balance: _Slot, opens: int, other: _Slot,
                      other_name: str) -> _Slot | None:
    """The nearest figure before ``slots[k]`` (from ``opens``) named ``name`` after the words that
    ``other`` is named by before ``other_name`` (公共财政|收入 for 公共财政|开支), when there are two or more."""
    for j in range(k - 1, -1, -1):
        s = slots[j]
        if s.start < opens:
            return None
        if _named_alike(s, name, other, other_name) and s.same_measure(balance) \
                and s.fields.get("role") not in ("previous", "change", "target", "equivalent"):
            return s
    return None


def _named_alike(s: _Slot, name: str, other: _Slot, other_name: str) -> bool:
    """Is ``s`` named ``name`` after the words (two or more, or 总: 总收入 for 总开支, not 租金收入)
    ``other`` is named by before ``other_name``?"""
    words = _AMOUNT_TAIL.sub("", other.fields.get("indicator") or "")[:-len(other_name)]
    named = _AMOUNT_TAIL.sub("", s.fields.get("indicator") or "")
    # (三项基本养老保险基金总收入 for 三项基金总支出: a total for a total, however shortened)
    return (len(words) >= 2 or words.endswith("总")) and _named(s, name) \
        and (named[:-len(name)].endswith(words) or (words.endswith("总") and named[:-len(name)].endswith("总")))


def _named(s: _Slot, name: str, text: str = "") -> bool:
    """Is ``s`` named ``name`` at its end (not 进出口 for 出口), or a side of trade at its start (or, given
    the ``text``, at the start of the list of goods its clause names)?"""
    named = _AMOUNT_TAIL.sub("", s.fields.get("indicator") or "")
    # (a side of trade named by its goods: 进口机芯等零部件 is an import, 出口退税 is none)
    if (named.endswith(name) and not named.endswith("进" + name)) \
            or (name in ("进口", "出口") and named.startswith(name) and "退税" not in named):
        return True
    # (进口鹅毛、鸭毛片等原料|y: the figure named by the last of the goods, the side before the first)
    listed = _TRADED_LIST.fullmatch(text, _clause_start(text, s.start, max(s.sentence, s.start - 30), _LIST_BREAK),
                                    s.start) if text and name in ("进口", "出口") else None
    return listed is not None and listed.group("side") == name


_TRADED_LIST = regex.compile(r"(?:全年|当年|同期|本年|今年|上半年)?(?P<side>进口|出口)[^，,。；;：:\d]+?等\p{Han}{0,6}")
