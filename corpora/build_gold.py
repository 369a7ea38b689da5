#!/usr/bin/env python3
"""Turn the hand-written annotation specs in gold_src/*.spec into gold/*.json.

Every annotation decision (which surface strings are figures or orgs, their
values, currencies, units, flags and the checks) is written by hand in the
spec. This script only locates each chosen surface string in the article with
str.find from a moving cursor (one cursor for figures, one for orgs) and
records the offsets, asserting raw[start:end] == text.

Spec lines:
  @date YYYY-MM-DD | @outlet NAME|null | @reporters NAME NAME ...
  f KIND TEXT VALUE [opts]   KIND: m=money p=percent pp=percentage_point c=count
      opts: cur=ISO  max=V  u=CLASSIFIER  of=NOUN  ~ (approx)  neg  #label  ^anchor
  o TEXT TYPE [name=NAME] [^anchor] [#label]
  k KIND STATUS REPORTED INPUT... : NOTE      (labels refer to figures)
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE  # or the folder named by --dir (corpora/eval)
KINDS = {"m": "money", "p": "percent", "pp": "percentage_point", "c": "count"}
NUMISH = set("0123456789.,０１２３４５６７８９")


def parse_opts(tokens):
    opts = {"label": None, "anchor": None}
    for t in tokens:
        if t == "~":
            opts["approx"] = True
        elif t == "neg":
            opts["negative"] = True
        elif t.startswith("#"):
            opts["label"] = t[1:]
        elif t.startswith("^"):
            opts["anchor"] = t[1:]
        elif "=" in t:
            k, v = t.split("=", 1)
            opts[k] = v
        else:
            raise ValueError(f"bad option {t!r}")
    return opts


def locate(raw, text, cur, anchor, what):
    if anchor:
        a = raw.find(anchor, cur)
        if a < 0:
            raise AssertionError(f"anchor {anchor!r} not found after {cur} ({what})")
        cur = a
    start = raw.find(text, cur)
    if start < 0:
        raise AssertionError(f"{what} {text!r} not found after offset {cur}")
    end = start + len(text)
    assert raw[start:end] == text
    return start, end


def build(doc_id):
    raw = (CORPUS / "clean" / f"{doc_id}.txt").read_text(encoding="utf-8")
    spec = (CORPUS / "gold_src" / f"{doc_id}.spec").read_text(encoding="utf-8")
    # (a folder outside corpora/, a batch written elsewhere: ids clean/x, as in corpora/ itself)
    inside = CORPUS.relative_to(HERE) if CORPUS.is_relative_to(HERE) else pathlib.Path(".")
    prefix = (inside / "clean").as_posix().lstrip("./")
    out = {"id": f"{prefix}/{doc_id}", "title": raw.split("\n", 1)[0],
           "date": None, "outlet": None, "reporters": [],
           "figures": [], "orgs": [], "checks": []}
    labels = {}
    fcur = ocur = 0
    for n, line in enumerate(spec.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            if line.startswith("@"):
                key, _, rest = line[1:].partition(" ")
                rest = rest.strip()
                if key == "reporters":
                    out["reporters"] = rest.split()
                elif key == "outlet":
                    out["outlet"] = None if rest == "null" else rest
                elif key == "date":
                    out["date"] = rest
                else:
                    raise ValueError(key)
            elif line.startswith("f "):
                _, kind, text, value, *rest = line.split()
                o = parse_opts(rest)
                kind = KINDS[kind]
                start, end = locate(raw, text, fcur, o["anchor"], "figure")
                before = raw[start - 1] if start else ""
                after = raw[end] if end < len(raw) else ""
                assert before not in NUMISH, f"figure {text!r} glued to a number before"
                assert not after.isdigit(), f"figure {text!r} glued to a number after"
                fcur = end
                if kind == "count":
                    unit = o["u"]
                elif kind == "percent":
                    unit = "%"
                elif kind == "percentage_point":
                    unit = "pp"
                else:
                    unit = None
                fig = {"kind": kind, "text": text, "start": start, "end": end,
                       "value": value, "value_max": o.get("max"),
                       "currency": o.get("cur", "CNY") if kind == "money" else None,
                       "unit": unit, "approx": bool(o.get("approx")),
                       "negative": bool(o.get("negative")),
                       "of": o.get("of") if kind == "count" else None}
                if o["label"]:
                    assert o["label"] not in labels, o["label"]
                    labels[o["label"]] = len(out["figures"])
                out["figures"].append(fig)
            elif line.startswith("o "):
                _, text, typ, *rest = line.split()
                o = parse_opts(rest)
                start, end = locate(raw, text, ocur, o["anchor"], "org")
                ocur = end
                out["orgs"].append({"text": text, "start": start, "end": end,
                                    "name": o.get("name", text), "type": typ})
            elif line.startswith("k "):
                head, _, note = line.partition(" : ")
                _, kind, status, rep, *inputs = head.split()
                out["checks"].append({"kind": kind, "status": status,
                                      "reported": labels[rep],
                                      "inputs": [labels[i] for i in inputs],
                                      "note": note.strip()})
            else:
                raise ValueError("unknown line")
        except Exception as e:  # noqa: BLE001
            sys.exit(f"{doc_id}.spec line {n}: {line}\n  -> {type(e).__name__}: {e}")
    dest = CORPUS / "gold" / f"{doc_id}.json"
    dest.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def main(argv):
    global CORPUS
    if "--dir" in argv:
        i = argv.index("--dir")
        CORPUS = pathlib.Path(argv[i + 1]).resolve()
        argv = argv[:i] + argv[i + 2:]
    ids = argv or sorted(p.stem for p in (CORPUS / "gold_src").glob("*.spec"))
    for doc_id in ids:
        g = build(doc_id)
        print(f"{doc_id}: {len(g['figures'])} figures, {len(g['orgs'])} orgs, {len(g['checks'])} checks")


if __name__ == "__main__":
    main(sys.argv[1:])
