"""A wheel built from the repository carries its rules: installed outside the
checkout, it still loads them and extracts."""
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_the_rules_and_works_outside_the_checkout(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
                   check=True, cwd=tmp_path)
    wheel = next(tmp_path.glob("zh_news_extractor-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for rules_file in ROOT.glob("rules/**/*"):
        if rules_file.is_file() and rules_file.suffix in (".yaml", ".tsv", ".txt", ".md"):
            assert f"extractor/_rules/{rules_file.relative_to(ROOT / 'rules').as_posix()}" in names

    # A bare environment that sees the dependencies but not the editable checkout.
    env_dir = tmp_path / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True)
    site = Path(subprocess.run([str(env_dir / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    zipfile.ZipFile(wheel).extractall(site)
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    code = ("import extractor; a = extractor.extract('营收22.735亿元，同比下降12%'); "
            "print(extractor.__file__); print([(f.text, str(f.value)) for f in a.figures])")
    out = subprocess.run([str(env_dir / "bin" / "python"), "-c", code], check=True, capture_output=True,
                         text=True, cwd=tmp_path).stdout.splitlines()
    assert out[0].startswith(str(site)), out[0]
    assert out[1] == "[('22.735亿元', '2273500000'), ('12%', '12')]"
