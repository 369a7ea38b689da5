#!/usr/bin/env python3
"""Generate noisy traditional copies for the held-out eval set.

Reuses ../make_noisy.py unchanged (same SEED, same per-file RNG, same steps);
only the folders and the list of names differ. Needs OpenCC, so run it as
  /work/main/.venv/bin/python make_noisy_eval.py
"""
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import make_noisy as mn  # noqa: E402

NAMES = ["province-01", "bank-01", "fair-01", "techpark-01", "investerr-01"]


def main():
    mn.CLEAN, mn.NOISY = HERE / "clean", HERE / "noisy"
    mn.NOISY.mkdir(exist_ok=True)
    texts = {n: mn.make(n) for n in NAMES}
    joined = "".join(texts.values())
    assert re.search(r"[0-9０-９]萬\(wàn\)(元|美元|港元|歐元)", joined), "no 萬(wàn) inside an amount"
    assert "集團(tuán)" in joined, "no 集團(tuán)"
    assert re.search(r"[\u4e00-\u9fff]\?[\u4e00-\u9fff]", joined), "no ? between Han characters"
    assert re.search(r"[０-９]．[０-９]", joined), "no full-width decimal"
    assert "髮" not in joined, "OpenCC picked 髮 for 发"
    for n, t in texts.items():
        print(f"noisy/{n}.txt: {len(t)} chars, {t.count('(') - t.count('(記者')} glosses")


if __name__ == "__main__":
    main()
