#!/usr/bin/env python3
"""Validate the gold annotations of the sample corpus and print counts.

Checks, for every gold/<genre>-NN.json:
  * it has a clean twin clean/<genre>-NN.txt (and every clean file has gold);
  * the clean file is UTF-8 without BOM, LF line endings, 350-900 characters;
  * every figure/org span round-trips: raw[start:end] == text; spans are
    ordered and do not overlap;
  * field types and vocabularies (kind, currency, unit, org type, ...);
  * value / value_max parse as Decimal; money and count values are plain
    canonical decimals (no exponent, no trailing zeros);
  * a best-effort re-reading of each figure's surface text agrees with the
    hand-written value, value_max, currency, unit and approx flag;
  * check indices are in range and the arithmetic agrees with the status
    (ratio and growth, whose inputs are the current and the previous value or the
    current value and the change, or for an annual average growth, the note's
    ^(1/N), the values N years apart: equal to the reported rate after rounding to the
    reported number of decimals; difference: the current rate minus the one
    it is compared with equals the reported percentage points, the same way,
    or an amount minus another equals the change or balance reported;
    sum: parts add up exactly);
and that every noisy/<name>.txt has a clean twin and decodes as UTF-8.

Usage: python check_gold.py [--uncovered]
  --uncovered  also list numbers in each clean text that no figure covers
               (review aid: years, dates, codes, tonnes ... are expected).
Exit status is 1 if any problem was found.
"""
import json
import pathlib
import re
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation

HERE = pathlib.Path(__file__).resolve().parent
# The corpus checked: this folder, or the one named by --dir (corpora/eval).
CORPUS = HERE
CLEAN, NOISY, GOLD = CORPUS / "clean", CORPUS / "noisy", CORPUS / "gold"


def id_prefix() -> str:
    """Gold ids are paths below corpora/ without .txt: clean/x, eval/clean/x (clean/x for a
    folder outside corpora/)."""
    inside = CORPUS.relative_to(HERE) if CORPUS.is_relative_to(HERE) else pathlib.Path(".")
    return (inside / "clean").as_posix().lstrip("./") + "/"


def use_corpus(folder: pathlib.Path) -> None:
    global CORPUS, CLEAN, NOISY, GOLD
    CORPUS = folder.resolve()
    CLEAN, NOISY, GOLD = CORPUS / "clean", CORPUS / "noisy", CORPUS / "gold"

FIGURE_KINDS = {"money", "percent", "percentage_point", "count"}
CURRENCIES = {"CNY", "USD", "HKD", "EUR", "JPY", "GBP", "TWD", "MOP"}
CLASSIFIERS = {"个", "家", "次", "人次", "项", "件", "宗", "场", "批", "名", "位", "人",
               "户", "所", "座", "台", "套", "条", "批次", "场次", "股", "类", "辆", "期", "张", "剂次", "头", "轮", "间", "笔", "支", "处", "台次", "例", "份", "只", "艘", "株", "款", "架次", "部", "颗",
               "种", "起", "组", "册", "幅", "门", "枚", "本", "篇", "栋", "幢", "块", "首", "届", "架", "集", "双", "棵", "根",
               "粒", "瓶", "把", "页", "例次", "人份", "班次", "辆次", "艘次", "件次", "项次", "家次", "户次"}
ORG_TYPES = {"company", "group", "association", "institution", "government"}
CHECK_KINDS = {"ratio", "sum", "growth", "difference"}
STATUSES = {"consistent", "inconsistent"}
NAME_RE = re.compile(r"^[a-z][a-z0-9]*-\d\d$")  # <genre>-NN (a genre may end in a digit: claim2-01)

CUR_WORDS = [("新台币", "TWD"), ("人民币", "CNY"), ("港币", "HKD"), ("澳门币", "MOP"), ("港元", "HKD"),
             ("澳门元", "MOP"), ("美元", "USD"), ("欧元", "EUR"), ("日元", "JPY"), ("英镑", "GBP"), ("元", "CNY")]
APPROX_PREFIX = ["不超过", "不低于", "不少于", "不到", "不足", "超过", "约", "近", "逾", "超", "最多", "最高", "至多", "至少", "多达"]
APPROX_SUFFIX = ["以上", "以内", "左右"]
MULT = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "千": Decimal(1000), "百": Decimal(100)}
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
             "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7,
             "八": 8, "捌": 8, "九": 9, "玖": 9}
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10 ** 4, "亿": 10 ** 8}

problems = []


def problem(where, msg):
    problems.append(f"{where}: {msg}")


def cn_int(s):
    """Parse a Chinese numeral (simple or formal) into an int; None if not one."""
    if not s or any(c not in CN_DIGITS and c not in CN_UNITS and c not in CN_BIG for c in s):
        return None
    total = section = digit = 0
    for c in s:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
        elif c in CN_UNITS:
            section += (digit or 1) * CN_UNITS[c]
            digit = 0
        else:
            total += (section + digit) * CN_BIG[c]
            section = digit = 0
    return total + section + digit


def plain(d):
    """Canonical plain string of a Decimal: no exponent, no trailing zeros."""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


NUM = r"-?[0-9][0-9,]*(?:\.[0-9]+)?"


def read_number(s):
    """Read a number at the start of s (Arabic or Chinese) with an optional
    multiplier; return (Decimal, rest, approx_marker) or None."""
    m = re.match(NUM, s)
    if m:
        val = Decimal(m.group().replace(",", ""))
        rest = s[m.end():]
    else:
        m = re.match(r"[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟]+", s)
        if not m:
            return None
        txt = m.group()
        # a trailing 百/千 before 万/亿 belongs to the numeral (三千万), that is fine
        val = cn_int(txt)
        if val is None:
            return None
        val = Decimal(val)
        rest = s[m.end():]
    approx = False
    if rest[:1] in ("余", "多"):
        approx, rest = True, rest[1:]
    last = ""
    while rest[:1] in MULT:
        val *= MULT[rest[0]]
        last, rest = rest[0], rest[1:]
    if last == "亿" and rest[:1] and (rest[0].isdigit() or rest[0] in CN_DIGITS):
        # 1亿2,600万, 3亿5千万: the 万 after the 亿 adds to it
        more = read_number(rest)
        if more is not None and more[0] < MULT["亿"] and rest[:len(rest) - len(more[1])].endswith("万"):
            val, rest = val + more[0], more[1]
    if rest[:1] in ("余", "多"):
        approx, rest = True, rest[1:]
    return val, rest, approx


# The traditional forms of the characters a figure's surface may hold (億元, 個百分點, 約, 超過, 新台幣), and
# of the classifiers (9,600張, 1,200戶, 35輛)
TRADITIONAL = str.maketrans("億萬個點約過幣餘兩項場臺幾歐鎊圓門間張戶條輛筆頭輪處顆組冊棟雙頁隻種屆塊劑級",
                            "亿万个点约过币余两项场台几欧镑圆门间张户条辆笔头轮处颗组册栋双页只种届块剂级")


def reread(fig, bare_currency="CNY"):
    """Best-effort independent reading of a figure's surface text.
    Returns dict of expected fields or None when the form is not understood.
    ``bare_currency``: what a bare 元 is (TWD in an article that names 新台幣)."""
    t = fig["text"].translate(TRADITIONAL)
    exp = {"approx": False, "currency": None, "value_max": None}
    for w in APPROX_PREFIX:
        if t.startswith(w):
            exp["approx"], t = True, t[len(w):]
            break
    for w in APPROX_SUFFIX:
        if t.endswith(w):
            exp["approx"], t = True, t[: -len(w)]
    kind = fig["kind"]
    if kind == "money":
        if t.endswith("整"):
            t = t[:-1]
        for w, iso in CUR_WORDS[:4]:  # currency word before the number (and then 约: 人民币约133.7亿元)
            if t.startswith(w):
                exp["currency"], t = iso, t[len(w):]
                for a in APPROX_PREFIX:
                    if t.startswith(a):
                        exp["approx"], t = True, t[len(a):]
                        break
        parts = re.split(r"至|到|(?<=[0-9亿万元])-(?=[0-9])", t)
        vals = []
        for p in parts:
            r = read_number(p)
            if r is None:
                return None
            v, rest, ap = r
            exp["approx"] |= ap
            if rest:
                iso = dict(CUR_WORDS).get(rest)
                if iso is None:
                    return None
                if exp["currency"] is None or rest != "元":
                    exp["currency"] = bare_currency if rest == "元" else iso
            vals.append(v)
        if len(vals) == 2 and vals[0] < vals[1] and not re.search(r"[万亿]", parts[0]):
            # "1-3亿元": the multiplier of the second part applies to the first
            mult = vals[1] / Decimal(re.match(NUM, parts[1]).group().replace(",", ""))
            vals[0] *= mult
        if exp["currency"] is None:
            exp["currency"] = bare_currency  # bare 万/亿 amount in a money context
        exp["value"] = plain(vals[0])
        if len(vals) == 2:
            exp["value_max"] = plain(vals[1])
        exp["unit"] = None
        return exp
    if kind == "percentage_point":
        if not t.endswith("个百分点"):
            return None
        exp["value"], exp["unit"] = t[:-4], "pp"
        return exp
    if kind == "percent":
        exp["unit"] = "%"
        m = re.fullmatch(rf"({NUM})%?(?:[-至到]({NUM})%)?", t) if "%" in t else None
        if m:
            exp["value"], exp["value_max"] = m.group(1), m.group(2)
            return exp
        m = re.fullmatch(rf"千分之(.+)|({NUM})‰", t)  # per mille, in percent
        if m:
            exp["value"] = plain(Decimal(m.group(1) or m.group(2)) / 10)
            return exp
        m = re.fullmatch(r"百分之([^点]+)(?:点([零〇一二三四五六七八九]+))?", t)
        if m and cn_int(m.group(1)) is not None:
            # (百分之四十七点四: the digits after 点 read one by one)
            tenths = "".join(str(CN_DIGITS[c]) for c in m.group(2) or "")
            exp["value"] = str(cn_int(m.group(1))) + (f".{tenths}" if tenths else "")
            return exp
        m = re.fullmatch(r"(.+)成", t)
        if m:
            n = cn_int(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
            if n is not None:
                exp["value"] = str(n * 10)
                return exp
        return None
    if kind == "count":
        r = read_number(t)
        if r is None:
            return None
        v, rest, ap = r
        exp["approx"] |= ap
        exp["value"], exp["unit"] = plain(v), rest
        return exp
    return None


def decimals(s):
    s = s.lstrip("-")
    return len(s.split(".")[1]) if "." in s else 0


def signed(fig):
    v = Decimal(fig["value"])
    if fig["negative"] and v > 0:
        v = -v
    return v


def verify_check(where, ck, figs):
    rep = figs[ck["reported"]]
    ins = [figs[i] for i in ck["inputs"]]
    kind = ck["kind"]
    if kind in ("ratio", "growth"):
        if len(ins) != 2:
            problem(where, f"{kind} check needs 2 inputs")
            return
        a, b = (Decimal(f["value"]) for f in ins)
        if ins[0]["kind"] == "money" and ins[0]["currency"] != ins[1]["currency"]:
            problem(where, f"{kind} check mixes currencies")
        if rep["kind"] != "percent":
            problem(where, f"{kind} check: reported figure is not a percent")
        computed = (a / b * 100) if kind == "ratio" else ((a - b) / b * 100)
        years = re.search(r"\^\(1/(\d+)\)", ck.get("note", ""))
        if kind == "growth" and years:  # 年均增长R between values N years apart: (a / b)^(1/N) - 1
            computed = ((a / b) ** (Decimal(1) / int(years.group(1))) - 1) * 100
        reported = signed(rep)
        tol = Decimal(5) * Decimal(10) ** -(decimals(rep["value"]) + 1)
        if kind == "growth" and a > b and abs(computed - reported) > tol:
            # 比年初增加X，增长R: the inputs are the current value and the change
            computed = b / (a - b) * 100
        ok = abs(computed - reported) <= tol
        if rep["approx"] and rep["text"].endswith(("以上", "多")):
            ok = computed >= reported - tol  # a bound: 8成以上 is at least 80%
        detail = f"computed {computed:.4f} vs reported {reported}"
    elif kind == "difference":
        if len(ins) != 2:
            problem(where, "difference check needs 2 inputs (the rate and the one it is compared with)")
            return
        if rep["kind"] != "percentage_point" and not all(f["kind"] == rep["kind"] for f in ins):
            problem(where, "difference check: reported figure is neither percentage points nor of its inputs' kind")
        a, b = signed(ins[0]), signed(ins[1])
        reported = signed(rep)
        # (amounts as well as rates: a change or a balance, 出口x - 进口y = 顺差z, to its last digit)
        tol = Decimal(5) * Decimal(10) ** -(decimals(rep["value"]) + 1)
        # Two declines may be compared on their size (降幅收窄1.1个百分点: -2.6% against -3.7%).
        computed = [a - b] + ([abs(a) - abs(b)] if a < 0 and b < 0 else [])
        ok = any(abs(c - reported) <= tol for c in computed)
        detail = f"computed {' or '.join(map(str, computed))} vs reported {reported}"
    else:
        if len(ins) < 2:
            problem(where, "sum check needs at least 2 parts")
            return
        cur = {f["currency"] for f in ins + [rep]}
        if len(cur) > 1:
            problem(where, "sum check mixes currencies")
        computed = sum(Decimal(f["value"]) for f in ins)
        ok = computed == Decimal(rep["value"])
        detail = f"parts {plain(computed)} vs total {rep['value']}"
    if ok != (ck["status"] == "consistent"):
        problem(where, f"status {ck['status']} disagrees with arithmetic ({detail})")


def check_spans(where, raw, items, label):
    last_end = -1
    for i, it in enumerate(items):
        s, e = it.get("start"), it.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
            problem(where, f"{label}[{i}] bad offsets {s},{e}")
            continue
        if raw[s:e] != it.get("text"):
            problem(where, f"{label}[{i}] raw[{s}:{e}]={raw[s:e]!r} != text {it.get('text')!r}")
        if s < last_end:
            problem(where, f"{label}[{i}] overlaps or is out of order")
        last_end = e


def check_doc(path, uncovered):
    stem = path.stem
    where = f"gold/{path.name}"
    if not NAME_RE.match(stem):
        problem(where, "file name is not <genre>-NN")
    txt = CLEAN / f"{stem}.txt"
    if not txt.exists():
        problem(where, "no clean twin")
        return None
    data = txt.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        problem(where, "clean file has a BOM")
    if b"\r" in data:
        problem(where, "clean file has CR line endings")
    raw = data.decode("utf-8")
    assert raw == open(txt, encoding="utf-8").read()
    if not 350 <= len(raw) <= 900:
        problem(where, f"clean file has {len(raw)} characters (want 350-900)")
    g = json.loads(path.read_text(encoding="utf-8"))
    if g.get("id") != f"{id_prefix()}{stem}":
        problem(where, f"id {g.get('id')!r}")
    if g.get("title") != raw.split("\n", 1)[0]:
        problem(where, "title is not the first line")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", g.get("date") or ""):
        problem(where, f"bad date {g.get('date')!r}")
    else:
        y, m, d = g["date"].split("-")
        variants = [g["date"], f"{y}/{m}/{d}", f"{y}年{int(m)}月{int(d)}日"]
        if not any(v in raw.split("\n", 3)[1] for v in variants):
            problem(where, "date not found on the time line")
    if g.get("outlet") is not None and g["outlet"] not in raw:
        problem(where, "outlet not in text")
    if not isinstance(g.get("reporters"), list) or any(r not in raw for r in g["reporters"]):
        problem(where, "reporters missing from text")
    figs, orgs, checks = g.get("figures", []), g.get("orgs", []), g.get("checks", [])
    check_spans(where, raw, figs, "figures")
    check_spans(where, raw, orgs, "orgs")
    keys = {"kind", "text", "start", "end", "value", "value_max", "currency", "unit",
            "approx", "negative", "of"}
    # A Taiwan or Macau report names its dollar with its first amount (a headline's may go before
    # it), then writes a bare 元 for it, until an amount names 人民币
    first = next((f for f in figs if f.get("kind") == "money" and re.search("[\u4e00-\u9fff]元", f.get("text", ""))
                  and not re.fullmatch(r"[约約近逾超]?[\d.,]+[万萬亿億千百]*元", f.get("text", ""))), None)
    local = None if first is None else "TWD" if re.search("[台臺][币幣]", first["text"]) else \
        "MOP" if re.search("澳[门門][元币幣]", first["text"]) else None
    yuan_named = next((f["start"] for f in figs if re.search("人民[币幣]", f.get("text", ""))), len(raw))
    for i, f in enumerate(figs):
        w = f"{where} figures[{i}] {f.get('text')!r}"
        if set(f) != keys:
            problem(w, f"keys {sorted(set(f) ^ keys)}")
            continue
        if f["kind"] not in FIGURE_KINDS:
            problem(w, f"kind {f['kind']!r}")
        for k in ("value", "value_max"):
            if f[k] is None and k == "value_max":
                continue
            try:
                Decimal(f[k])
            except (InvalidOperation, TypeError):
                problem(w, f"{k} {f[k]!r} is not a decimal")
                continue
            if f["kind"] in ("money", "count") and f[k] != plain(Decimal(f[k])):
                problem(w, f"{k} {f[k]!r} is not canonical")
        if not isinstance(f["approx"], bool) or not isinstance(f["negative"], bool):
            problem(w, "approx/negative must be booleans")
        # negative means a decline verb governs the figure; a written minus is in
        # the value already, and marking it too would negate it twice.
        if f["value"].startswith("-") and f["negative"]:
            problem(w, "written minus and negative: the sign would count twice")
        if f["kind"] == "money":
            if f["currency"] not in CURRENCIES or f["unit"] is not None:
                problem(w, "money needs an ISO currency and unit null")
        elif f["currency"] is not None:
            problem(w, "currency on a non-money figure")
        if f["kind"] == "count":
            if f["unit"] not in CLASSIFIERS:
                problem(w, f"count unit {f['unit']!r}")
        elif f["of"] is not None:
            problem(w, "`of` on a non-count figure")
        if f["kind"] == "percent" and f["unit"] != "%":
            problem(w, "percent unit must be %")
        if f["kind"] == "percentage_point" and f["unit"] != "pp":
            problem(w, "percentage_point unit must be pp")
        exp = reread(f, local if local and f.get("start", 0) < yuan_named else "CNY")
        if exp is None:
            problem(w, "surface form not understood by the re-reader")
        else:
            for k, v in exp.items():
                if f[k] != v:
                    problem(w, f"{k}: gold {f[k]!r}, surface says {v!r}")
    for i, o in enumerate(orgs):
        w = f"{where} orgs[{i}] {o.get('text')!r}"
        if set(o) != {"text", "start", "end", "name", "type"}:
            problem(w, "bad keys")
        elif o["type"] not in ORG_TYPES:
            problem(w, f"type {o['type']!r}")
        elif not o["name"]:
            problem(w, "empty name")
    for i, ck in enumerate(checks):
        w = f"{where} checks[{i}]"
        if ck.get("kind") not in CHECK_KINDS or ck.get("status") not in STATUSES:
            problem(w, "bad kind/status")
            continue
        idx = [ck.get("reported")] + list(ck.get("inputs") or [])
        if not all(isinstance(j, int) and 0 <= j < len(figs) for j in idx):
            problem(w, "index out of range")
            continue
        if ck["reported"] in ck["inputs"] or len(set(idx)) != len(idx):
            problem(w, "repeated index")
        if not ck.get("note"):
            problem(w, "empty note")
        verify_check(w, ck, figs)
    if uncovered:
        covered = [(f["start"], f["end"]) for f in figs]
        found = []
        for m in re.finditer(r"[0-9][0-9,.]*|[一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+[个家次项场批名位人户所座台套条成]", raw):
            if not any(s <= m.start() < e for s, e in covered):
                found.append(raw[max(0, m.start() - 4): m.end() + 3].replace("\n", "⏎"))
        print(f"  {stem} uncovered: " + " | ".join(found))
    return g


def main(argv):
    uncovered = "--uncovered" in argv
    if "--dir" in argv:
        use_corpus(pathlib.Path(argv[argv.index("--dir") + 1]))
    golds = sorted(GOLD.glob("*.json"))
    cleans = sorted(CLEAN.glob("*.txt"))
    for c in cleans:
        if not (GOLD / f"{c.stem}.json").exists():
            problem(f"clean/{c.name}", "has no gold file")
    docs = [g for g in (check_doc(p, uncovered) for p in golds) if g]
    noisy = sorted(NOISY.glob("*.txt"))
    for n in noisy:
        if not (CLEAN / n.name).exists():
            problem(f"noisy/{n.name}", "has no clean twin")
        try:
            n.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            problem(f"noisy/{n.name}", "is not UTF-8")
    fig_kinds = Counter(f["kind"] for g in docs for f in g["figures"])
    org_types = Counter(o["type"] for g in docs for o in g["orgs"])
    checks = Counter((c["kind"], c["status"]) for g in docs for c in g["checks"])
    genres = Counter(g["id"].rsplit("/", 1)[1].split("-")[0] for g in docs)
    print(f"articles: {len(docs)} clean ({', '.join(f'{k} {v}' for k, v in sorted(genres.items()))}), "
          f"{len(noisy)} noisy")
    print(f"figures: {sum(fig_kinds.values())} ("
          + ", ".join(f"{k} {v}" for k, v in sorted(fig_kinds.items())) + ")")
    print(f"  approx {sum(f['approx'] for g in docs for f in g['figures'])}, "
          f"negative {sum(f['negative'] for g in docs for f in g['figures'])}, "
          f"ranges {sum(f['value_max'] is not None for g in docs for f in g['figures'])}, "
          f"currencies {dict(Counter(f['currency'] for g in docs for f in g['figures'] if f['currency']))}")
    print(f"orgs: {sum(org_types.values())} ("
          + ", ".join(f"{k} {v}" for k, v in sorted(org_types.items())) + ")")
    n_cons = sum(v for (k, s), v in checks.items() if s == "consistent")
    print(f"checks: {sum(checks.values())} (consistent {n_cons}, inconsistent "
          f"{sum(checks.values()) - n_cons}; "
          + ", ".join(f"{k}/{s} {v}" for (k, s), v in sorted(checks.items())) + ")")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
