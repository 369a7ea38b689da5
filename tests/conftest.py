import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The article the project was designed from; read through SEED_DIR only."""
    folder = os.environ.get("SEED_DIR")
    if not folder or not Path(folder).is_dir():
        pytest.skip("SEED_DIR not set: the seed article is read only when given")
    files = sorted(Path(folder).glob("*.txt"))
    if not files:
        pytest.skip(f"no .txt in SEED_DIR={folder}")
    return files[0].read_text(encoding="utf-8")
