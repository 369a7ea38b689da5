"""A small synthetic news corpus for the run/resume/Dask/report tests (seeded, written to a tmp folder).

Articles we wrote in the genre from templates: money, percentages, counts,
regions and dates spread over four years; plus the inputs a real archive has:
lines without an id, a duplicate id, a line that is not JSON, a line without
text, a plain-text file, an empty file.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

REGIONS = ["江北区", "南湖县", "青山市", "东港镇", "西林县", "北塘区"]
INDICATORS = ["到位市外资金", "固定资产投资", "营业收入", "社会消费品零售总额", "新签约项目投资"]
SENTENCES = [
    "{region}{year}年{indicator}{amount}亿元，同比增长{pct}%。",
    "全年新签约项目{count}个，完成目标任务的{rate}%。",
    "其中，工业项目{part}个，服务业项目{rest}个。",
    "公司实现营业收入{amount2}万元，较上年同期下降{pct2}%。",
    "累计引进企业{count2}家，带动就业约{jobs}人。",
]


def article(rng: random.Random, i: int) -> dict:
    year = 2016 + i % 4
    count = rng.randint(10, 90)
    part = rng.randint(1, count - 1)
    values = {
        "region": rng.choice(REGIONS), "year": year, "indicator": rng.choice(INDICATORS),
        "amount": f"{rng.randint(1, 999)}.{rng.randint(0, 99):02d}", "pct": f"{rng.randint(1, 30)}.{rng.randint(0, 9)}",
        "count": count, "rate": f"{rng.randint(80, 130)}.{rng.randint(10, 99)}", "part": part, "rest": count - part,
        "amount2": f"{rng.randint(1000, 99999):,}", "pct2": rng.randint(1, 9), "count2": rng.randint(2, 40),
        "jobs": rng.randint(100, 5000),
    }
    picked = [s for s in SENTENCES if rng.random() < 0.8] or SENTENCES[:1]
    text = "".join(s.format(**values) for s in picked)
    return {"title": f"{values['region']}{year}年经济运行情况（{i}）", "date": f"{year}-{rng.randint(1, 12):02d}-15",
            "text": text}


def write_corpus(folder: Path, n: int = 60, seed: int = 0, messy: bool = True) -> Path:
    """``folder`` with ``news.jsonl`` (n articles with ids) and, when ``messy``,
    ``more/extra.jsonl`` (no ids, a duplicate id, bad lines) and text files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "news.jsonl").open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"a{i:04d}", **article(rng, i)}, ensure_ascii=False) + "\n")
    if messy:
        (folder / "more").mkdir(exist_ok=True)
        lines = [json.dumps(article(rng, n + k), ensure_ascii=False) for k in range(5)]  # no id: a hash
        lines.insert(2, '{"id": "broken", "text": "截断的')
        lines.insert(4, json.dumps({"id": "notext", "title": "无正文"}, ensure_ascii=False))
        lines.append(json.dumps({"id": "a0001", **article(rng, 999)}, ensure_ascii=False))  # duplicate id
        (folder / "more" / "extra.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (folder / "more" / "note.txt").write_text("青山市今年完成投资12.5亿元，占全年目标的62.5%。", encoding="utf-8")
        (folder / "more" / "empty.txt").write_text("", encoding="utf-8")
    return folder


def sorted_tables(path: Path) -> dict:
    """Every table of an output as strings, rows sorted: equal whatever the order
    in which workers or partitions wrote them."""
    from extractor.output import read

    out = {}
    for name, frame in read(path).items():
        frame = frame.astype(str)
        out[name] = frame.sort_values(list(frame.columns)).reset_index(drop=True)
    return out
