#!/usr/bin/env python3
"""Generate the noisy copies in noisy/ from the clean articles in clean/.

Deterministic (one seeded RNG per file, derived from SEED and the file name)
and rerunnable: every run rewrites the same bytes. Needs `opencc`
(run with /work/main/.venv/bin/python).

Noise applied, in this order:
  1. simplified -> traditional with OpenCC 's2t', then the OpenCC-standard
     variants 爲/衆 are replaced by the forms common on web pages (為/眾);
  2. a middle dot between two Han characters becomes '?' (a lost code point,
     as in 新鄉?長德);
  3. pinyin glosses with tone marks after some characters, the way some
     portals print them: a per-file random subset of GLOSS_CHARS, plus
     context rules for polyphones (長 zhǎng/cháng, 為 wèi/wéi); 萬 right
     after a digit (3000萬(wàn)元) and 團 in 集團 (集團(tuán)) are always
     glossed at their first occurrence in a file;
  4. full-width digits (and ．％) in one or two randomly chosen paragraphs;
  5. layout: blank lines between paragraphs, sometimes half-width commas;
  6. a portal footer: 版權及免責聲明 ... / 延伸閱讀 / 熱點新聞 / ICP備 lines.
Files are written as UTF-8 with LF line endings.
"""
import hashlib
import pathlib
import random
import re

import opencc

SEED = 20240607
HERE = pathlib.Path(__file__).resolve().parent
CLEAN, NOISY = HERE / "clean", HERE / "noisy"

# the ten articles that get a noisy copy
NAMES = ["invest-01", "invest-03", "invest-05", "stats-02", "stats-04",
         "company-02", "company-05", "trade-03", "errors-01", "errors-02"]

GLOSS_CHARS = {"區": "qū", "鄉": "xiāng", "經": "jīng", "務": "wù", "業": "yè",
               "發": "fā", "產": "chǎn", "導": "dǎo", "貿": "mào", "協": "xié",
               "題": "tí", "標": "biāo", "開": "kāi", "進": "jìn", "現": "xiàn",
               "組": "zǔ", "織": "zhī", "聯": "lián", "規": "guī", "審": "shěn"}
# (regex matching the character in context, pinyin); regexes see the unglossed text
CONTEXT_RULES = [
    (re.compile(r"(?<=[增區會事鎮市縣局])長"), "zhǎng"),
    (re.compile(r"長(?=期|三角|江|遠)"), "cháng"),
    (re.compile(r"為(?=確保|推動|破解|進一步|企業|了|此)"), "wèi"),
    (re.compile(r"(?<=[成作別率以認])為"), "wéi"),
]
DIGITS = "0123456789０１２３４５６７８９"
FULLWIDTH = str.maketrans("0123456789%", "０１２３４５６７８９％")
VARIANTS = str.maketrans({"爲": "為", "衆": "眾"})

SITES = [("中原产经网", "豫ICP备", "0371"), ("华中经济信息网", "鄂ICP备", "027"),
         ("江淮财经在线", "皖ICP备", "0551"), ("中国县域经济网", "京ICP备", "010")]
HEADLINES = ["多地出台稳外贸新举措", "一季度规上工业增加值稳步回升", "县域商业体系建设持续推进",
             "重点项目集中开工 投资规模创新高", "民营经济高质量发展座谈会召开",
             "跨境电商综试区建设提速", "农产品加工业迎来新机遇", "优化营商环境条例解读"]


def make_converter():
    for cfg in ("s2t", "s2t.json"):
        try:
            return opencc.OpenCC(cfg)
        except Exception:  # noqa: BLE001 - config naming differs between versions
            continue
    raise RuntimeError("no usable OpenCC s2t config")


CONV = make_converter()


def to_trad(s):
    return CONV.convert(s).translate(VARIANTS)


def gloss(text, rng):
    """Insert '(pinyin)' after selected characters; decisions use the unglossed text."""
    chosen = {c for c in sorted(GLOSS_CHARS) if rng.random() < 0.45}
    context = {}
    for rx, py in CONTEXT_RULES:
        for m in rx.finditer(text):
            context[m.start()] = py
    out = []
    wan_done = tuan_done = False
    for i, ch in enumerate(text):
        out.append(ch)
        py = None
        if ch == "萬" and i and text[i - 1] in DIGITS:
            if not wan_done or rng.random() < 0.5:
                py, wan_done = "wàn", True
        elif ch == "團" and i and text[i - 1] == "集":
            if not tuan_done or rng.random() < 0.5:
                py, tuan_done = "tuán", True
        elif i in context and rng.random() < 0.8:
            py = context[i]
        elif ch in chosen:
            py = GLOSS_CHARS[ch]
        if py:
            out.append(f"({py})")
    return "".join(out)


def to_fullwidth(par):
    par = re.sub(r"(?<=[0-9])\.(?=[0-9])", "．", par)
    return par.translate(FULLWIDTH)


def footer(rng):
    site, icp, area = rng.choice(SITES)
    lines = [
        f"  版权及免责声明：凡本网注明“来源：{site}”的所有作品，版权均属{site}所有，"
        f"未经本网书面授权不得转载、摘编或以其他方式使用；已经授权的，应在授权范围内使用并注明来源。"
        f"凡本网注明“来源：XXX（非本网）”的作品，均转载自其他媒体，不代表本网观点。"
        f"联系电话：{area}-{rng.randint(60000000, 69999999)}。",
        "",
        "延伸阅读",
        "",
    ]
    picked = rng.sample(HEADLINES, 5)
    lines += picked[:2]
    lines += ["", "热点新闻", ""]
    lines += picked[2:]
    lines += ["", f"版权所有：{site}　{icp}{rng.randint(10000000, 19999999)}号-{rng.randint(1, 3)}"]
    return [to_trad(x) for x in lines]


def make(name):
    seed = int(hashlib.sha256(f"{SEED}:{name}".encode()).hexdigest()[:16], 16)
    rng = random.Random(seed)
    clean = (CLEAN / f"{name}.txt").read_text(encoding="utf-8")
    lines = clean.rstrip("\n").split("\n")
    lines = [to_trad(x) for x in lines]
    lines = [re.sub(r"(?<=[\u4e00-\u9fff])·(?=[\u4e00-\u9fff])", "?", x) for x in lines]
    lines = gloss("\n".join(lines), rng).split("\n")
    head, body = lines[:2], lines[2:]
    # full-width digits in one or two paragraphs that contain digits
    cand = [i for i, x in enumerate(body) if x.startswith("　　") and re.search(r"[0-9]", x)]
    for i in rng.sample(cand, min(len(cand), rng.choice([1, 2]))):
        body[i] = to_fullwidth(body[i])
    if rng.random() < 0.5:
        body = [x.replace("，", ",") for x in body]
    out = [head[0], "", "", head[1], "", "", ""]
    for x in body:
        if x.strip():
            out += [x, ""]
    out += ["", ""] + footer(rng)
    text = "\n".join(out) + "\n"
    (NOISY / f"{name}.txt").write_text(text, encoding="utf-8", newline="\n")
    return text


def main(names=NAMES):
    NOISY.mkdir(exist_ok=True)
    texts = {n: make(n) for n in names}
    joined = "".join(texts.values())
    assert re.search(r"[0-9０-９]萬\(wàn\)(元|美元|港元|歐元)", joined), "no 萬(wàn) inside an amount"
    assert "集團(tuán)" in joined, "no 集團(tuán)"
    assert re.search(r"[\u4e00-\u9fff]\?[\u4e00-\u9fff]", joined), "no ? between Han names"
    assert re.search(r"[０-９]．[０-９]", joined), "no full-width decimal"
    assert "髮" not in joined, "OpenCC picked 髮 for 发"
    for n, t in texts.items():
        print(f"noisy/{n}.txt: {len(t)} chars, {t.count('(') - t.count('(記者')} glosses")


if __name__ == "__main__":
    main()
