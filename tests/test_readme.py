"""The README's Python example runs and prints what the README says it prints."""
import contextlib
import io
import json
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


def test_show_prints_the_checks_beside_the_figures():
    from click.testing import CliRunner

    from extractor.cli import main

    result = CliRunner().invoke(main, ["show", "全年到位市外资金22.735亿元，完成市定目标19.8亿元的114.82%。"
                                               "营收50亿元，比上年的40亿元增长30%。"])
    assert result.exit_code == 0, result.output
    checks = [line.split(None, 2) for line in result.output.splitlines() if line.startswith("check/")]
    assert checks == [["check/ratio", "consistent", "22.735 / 19.8 = 114.82% (reported 114.82%)"],
                      ["check/growth", "inconsistent", "50 / 40 - 1 = 25% (reported 30%)"]]


def test_show_reads_a_long_text_as_text():
    """A text longer than a file name may be (255 bytes) is no path to look up."""
    from click.testing import CliRunner

    from extractor.cli import main

    text = "全年到位市外资金22.735亿元，" * 20
    result = CliRunner().invoke(main, ["show", text, "--json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["figures"]) == 20
