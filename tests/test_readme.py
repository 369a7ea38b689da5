"""The README's Python example runs and prints what the README says it prints."""
import contextlib
import io
import re
from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_python_example_prints_what_the_readme_shows():
    m = re.search(r"```python\n(.*?)```\n\nprints\n\n```\n(.*?)```", README, re.S)
    assert m, "the README lost its Python example"
    code, shown = m.groups()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue() == shown


def test_readme_gives_the_two_setup_commands():
    assert "make run" in README and "make test" in README
