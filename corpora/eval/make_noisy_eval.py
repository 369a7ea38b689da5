#!/usr/bin/env python3
"""Generate noisy traditional copies for the held-out eval set.

Reuses ../make_noisy.py unchanged (same SEED, same per-file RNG, same steps);
only the folders and the list of names differ. Needs OpenCC, so run it as
  /work/main/.venv/bin/python make_noisy_eval.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import make_noisy as mn  # noqa: E402

NAMES = ["province-01", "bank-01", "fair-01", "techpark-01", "investerr-01"]


def main():
    mn.CLEAN, mn.NOISY = HERE / "clean", HERE / "noisy"
    mn.main(NAMES)


if __name__ == "__main__":
    main()
