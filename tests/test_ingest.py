"""Inputs as archives really are: formats, encodings, and a battery of hostile inputs.

Every input ends as an article or an ``errors`` row (source, stage, reason);
articles + errors == inputs; the exit status and the summary line say how many
failed.  Provenance: all cases are new (issue 3), written from the input shapes
the issue lists.
"""
from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.errors import InputError
from extractor.encoding import decode
from extractor.ingest import RawArticle, kind_of, read_inputs, read_stream, sniff

SIMPLIFIED = "2013年，牧野区全年到位市外资金22.735亿元，完成市定目标的114.82%。全年新签约项目17个。"
TRADITIONAL = "2013年，牧野區全年到位市外資金22.735億元，完成市定目標的114.82%。全年新簽約項目17個，實際到位境外資金4289萬美元。"


def _html(body: str, title: str = "标题", head: str = "") -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>{body}</body></html>"


def _warc(pages: list[tuple[str, bytes]], gz: bool, charset: str = "utf-8", last: str = "http://news.example.cn/last") -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "test"}))
    for url, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url + ".png", "response", payload=io.BytesIO(b"\x89PNG\r\n"),
                                                      http_headers=image))
    # the last record an HTML page, so that cutting the file cuts an article
    headers = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(last, "response",
                                                  payload=io.BytesIO(_html(f"<article><p>{SIMPLIFIED * 5}</p></article>").encode(charset)),
                                                  http_headers=headers))
    return buf.getvalue()


def _items(data: bytes, kind: str | None = None, name: str = "in") -> list:
    return list(read_stream(io.BytesIO(data), name, name, kind))


# ---------------------------------------------------------------------------
# Encodings: detected per file


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16", "utf-16-le"])
def test_encodings_decode_to_the_same_text(encoding):
    text = TRADITIONAL if encoding == "big5" else SIMPLIFIED * 3
    data = text.encode(encoding)
    if encoding == "utf-16-le":  # no BOM: told by the NUL bytes of ASCII digits
        text = "2013 " + text
        data = text.encode(encoding)
    assert decode(data, "f.txt") == text


CORPUS_LINES = [line.strip() for path in sorted((Path(__file__).resolve().parent.parent / "corpora" / "clean").glob("*.txt"))
                for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) >= 8]


@pytest.mark.skipif(not CORPUS_LINES, reason="no corpora/clean")
@pytest.mark.parametrize("encoding", ["gb18030", "big5", "utf-16"])
@pytest.mark.parametrize("length", [8, 20, 200])
def test_short_texts_decode_exactly(encoding, length):
    """GB18030 and Big5 overlap: short lines (时间：2015-02-09, 一、综合) once came back
    as mojibake (bug caught).  Every corpus line cut to ``length`` must round-trip."""
    import opencc

    s2t = opencc.OpenCC("s2t")
    wrong = []
    for line in CORPUS_LINES:
        text = s2t.convert(line[:length]) if encoding == "big5" else line[:length]
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        if decode(data, "x.txt") != text:
            wrong.append(text)
    assert wrong == []


def test_undecodable_file_is_an_error_naming_file_and_reason():
    with pytest.raises(InputError) as info:
        decode(bytes(range(256)) * 64, "blob.txt")
    assert info.value.source == "blob.txt" and info.value.stage == "decode"
    assert "binary" in info.value.reason or "encoding" in info.value.reason


def test_mixed_encodings_within_a_text_file_decode_line_by_line():
    lines = [(SIMPLIFIED, "utf-8"), (TRADITIONAL, "big5"), ("标题：" + SIMPLIFIED, "gb18030"), ("2014", "ascii")]
    data = b"\n".join(text.encode(enc) for text, enc in lines)
    assert decode(data, "mixed.txt") == "\n".join(text for text, _ in lines)


def test_mixed_encodings_within_a_jsonl_file_decode_line_by_line():
    lines = [json.dumps({"id": str(i), "text": SIMPLIFIED}, ensure_ascii=False).encode(enc)
             for i, enc in enumerate(["utf-8", "gb18030", "utf-8"])]
    items = _items(b"\n".join(lines) + b"\n", "jsonl")
    assert [type(i) for i in items] == [RawArticle] * 3
    assert all(i.text == SIMPLIFIED for i in items)


# ---------------------------------------------------------------------------
# Formats


def test_kind_from_suffix_and_sniffing():
    assert kind_of(Path("a/b.csv.gz")) == "csv" and kind_of(Path("x.WARC.gz")) == "warc"
    assert kind_of(Path("x.htm")) == "html" and kind_of(Path("notes.md")) is None
    assert sniff(b"WARC/1.0\r\n") == "warc" and sniff(b'{"id": 1}') == "jsonl"
    assert sniff(b"<!DOCTYPE html><html>") == "html" and sniff(SIMPLIFIED.encode()) == "text"


def test_csv_fields_and_metadata_and_broken_quote():
    data = ("id,text,date,outlet\n"
            f"a,\"{SIMPLIFIED}\",2014-04-25,河南经济报\n"
            "b,\"quote never closed,2014-04-26,x\n"
            f"c,\"{SIMPLIFIED}\",,\n"
            "d,too,many,fields,here\n").encode("gb18030")
    items = _items(data, "csv", "x.csv")
    kinds = [(type(i).__name__, i.source) for i in items]
    assert kinds == [("RawArticle", "x.csv:2"), ("InputError", "x.csv:3"), ("RawArticle", "x.csv:4"), ("InputError", "x.csv:5")]
    assert items[0].id == "a" and items[0].text == SIMPLIFIED
    assert items[0].metadata == {"date": "2014-04-25", "outlet": "河南经济报"}
    assert items[2].metadata == {}
    assert "quote" in items[1].reason


def test_csv_custom_fields_and_missing_text_column():
    items = _items("uid,body\n7,营收36亿元\n".encode(), "csv", "y.csv")
    assert isinstance(items[0], InputError) and "'text'" in items[0].reason
    items = list(read_stream(io.BytesIO("uid,body\n7,营收36亿元\n".encode()), "y.csv", "y", "csv",
                             id_field="uid", text_field="body"))
    assert [(i.id, i.text) for i in items] == [("7", "营收36亿元")]


def test_html_main_text_title_date_and_no_hand_stripping():
    page = _html(f"<article><h1>牧野区招商引资</h1><p>{SIMPLIFIED}</p></article>", title="牧野区招商引资突破",
                 head="<meta property='article:published_time' content='2014-04-25T08:00:00+08:00'>")
    [item] = _items(page.encode("utf-8"), "html", "p.html")
    assert isinstance(item, RawArticle)
    assert SIMPLIFIED in item.text and "<" not in item.text
    assert item.metadata["date"] == "2014-04-25" and "牧野区" in item.metadata["title"]


def test_html_in_gbk_declared_by_meta():
    page = f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'><title>标题</title></head><body><p>{SIMPLIFIED}</p></body></html>"
    [item] = _items(page.encode("gbk"), "html")
    assert SIMPLIFIED in item.text


def test_html_date_is_not_guessed_from_body_text():
    [item] = _items(_html(f"<p>{SIMPLIFIED}</p>").encode(), "html")
    assert "date" not in item.metadata  # "2013年" in the body is not a publication date


@pytest.mark.parametrize("gz", [False, True])
def test_warc_records_are_articles_with_url_and_crawl_date(gz):
    pages = [(f"http://news.example.cn/{i}", _html(f"<article><p>{SIMPLIFIED * 4}</p></article>", title=f"标题{i}").encode("gbk"))
             for i in range(2)]
    items = _items(_warc(pages, gz, charset="gbk"), None, "c.warc")
    assert [type(i) for i in items] == [RawArticle] * 3  # 2 pages + the last one; warcinfo and images are not articles
    assert items[0].id == "http://news.example.cn/0" and items[0].metadata["url"] == "http://news.example.cn/0"
    assert items[0].metadata["crawl_date"].startswith("20") and items[0].metadata["title"] == "标题0"
    assert SIMPLIFIED in items[0].text


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_record_is_an_error_row(gz):
    pages = [(f"http://news.example.cn/{i}", _html(f"<p>{SIMPLIFIED * 4}</p>").encode()) for i in range(2)]
    data = _warc(pages, gz)[:-40]
    items = _items(data, "warc", "cut.warc")
    assert [type(i) for i in items] == [RawArticle, RawArticle, InputError]
    assert items[-1].source.startswith("cut.warc#") and "truncated" in items[-1].reason


def test_arc_records_are_articles_and_a_cut_one_is_an_error():
    html = _html(f"<article><p>{SIMPLIFIED * 5}</p></article>", head="<meta property='og:site_name' content='河南经济网'>")
    body = ("HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()
    desc = b"1 0 test\nURL IP-address Archive-date Content-type Archive-length\n"
    data = (f"filedesc://t.arc 0.0.0.0 20140425000000 text/plain {len(desc)}\n".encode() + desc + b"\n"
            + f"http://news.example.cn/a 1.2.3.4 20140425083000 text/html {len(body)}\n".encode() + body + b"\n")
    [item] = _items(data, None, "t.arc")
    assert isinstance(item, RawArticle) and SIMPLIFIED in item.text
    assert item.metadata["url"] == "http://news.example.cn/a" and item.metadata["crawl_date"] == "2014-04-25T08:30:00Z"
    assert item.metadata["outlet"] == "河南经济网"
    [cut] = _items(data[:-60], None, "t.arc")
    assert isinstance(cut, InputError) and cut.source == "t.arc#2" and "truncated" in cut.reason


def test_not_a_warc_is_an_error():
    [item] = _items(b"hello, not an archive", "warc", "x.warc")
    assert isinstance(item, InputError) and "WARC" in item.reason


@pytest.mark.parametrize("kind,payload", [
    ("text", SIMPLIFIED.encode("gb18030")),
    ("jsonl", (json.dumps({"id": "a", "text": SIMPLIFIED}, ensure_ascii=False) + "\n").encode()),
    ("csv", f"id,text\na,{SIMPLIFIED.replace('，', ' ')}\n".encode("utf-16")),
    ("html", _html(f"<p>{SIMPLIFIED}</p>").encode()),
])
def test_gzip_of_any_format(kind, payload):
    items = _items(gzip.compress(payload), kind)
    assert len(items) == 1 and isinstance(items[0], RawArticle), items
    cut = _items(gzip.compress(payload * 20)[:-30], kind)
    assert any(isinstance(i, InputError) and "truncated" in i.reason.lower() or "JSON" in getattr(i, "reason", "")
               for i in cut), cut


# ---------------------------------------------------------------------------
# The battery: a folder of hostile inputs through the CLI into DuckDB


def _battery(root: Path) -> dict[str, str]:
    """Write the hostile inputs; return {source suffix: 'article' | 'error:<stage>'}."""
    expect: dict[str, str] = {}

    def put(rel: str, data: bytes, *outcomes: tuple[str, str]) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        for source, outcome in outcomes or ((rel, "article"),):
            expect[source] = outcome

    put("empty.txt", b"", ("empty.txt", "error:decode"))
    put("blank.txt", b"  \n\n ", ("blank.txt", "error:read"))
    put("binary.txt", bytes(range(256)) * 64, ("binary.txt", "error:decode"))
    good = json.dumps({"id": "j1", "text": SIMPLIFIED}, ensure_ascii=False)
    put("cut.jsonl", (good + "\n" + good.replace("j1", "j2") + "\n" + good[:25]).encode(),
        ("cut.jsonl:1", "article"), ("cut.jsonl:2", "article"), ("cut.jsonl:3", "error:parse"))
    put("shapes.jsonl", ("[1, 2]\n" + json.dumps({"id": "s", "body": SIMPLIFIED}, ensure_ascii=False) + "\n" + good.replace("j1", "j3") + "\n").encode(),
        ("shapes.jsonl:1", "error:parse"), ("shapes.jsonl:2", "error:parse"), ("shapes.jsonl:3", "article"))
    put("export.csv", (f"id,text,date\nc1,{SIMPLIFIED.replace('，', ' ')},2014-04-25\nc2,\"broken,2014\n"
                       f"c3,\"{SIMPLIFIED}\",2014-04-26\n").encode("gb18030"),
        ("export.csv:2", "article"), ("export.csv:3", "error:parse"), ("export.csv:4", "article"))
    put("pages/empty.html", _html("").encode(), ("pages/empty.html", "error:extract_html"))
    put("pages/news.htm", _html(f"<article><p>{SIMPLIFIED}</p></article>").encode("utf-8"))
    pages = [("http://news.example.cn/1", _html(f"<p>{SIMPLIFIED * 4}</p>").encode())]
    put("crawl/cut.warc", _warc(pages, gz=False)[:-40],
        ("crawl/cut.warc#2", "article"), ("crawl/cut.warc#4", "error:read"))
    pages2 = [("http://news.example.cn/2", _html(f"<p>{SIMPLIFIED * 4}</p>").encode())]
    put("crawl/whole.warc.gz", _warc(pages2, gz=True, last="http://news.example.cn/last2"), ("crawl/whole.warc.gz#2", "article"), ("crawl/whole.warc.gz#4", "article"))
    # 50 MB: filler with one figure at the start and one at the very end
    filler = ("围绕产业谋项目，增强招商引资工作的针对性，结合自身产业基础，明确了总体招商思路。" * 12 + "\n")
    big = "全年到位市外资金22.735亿元。\n" + filler * (50_000_000 // len(filler.encode())) + "新签约项目17个。"
    put("big.txt", big.encode())
    for enc, text in (("gb18030", SIMPLIFIED), ("big5", TRADITIONAL), ("utf-16", TRADITIONAL), ("utf-8-sig", SIMPLIFIED)):
        put(f"enc/{enc}.txt", text.encode(enc))
    put("enc/mixed.txt.gz", gzip.compress(SIMPLIFIED.encode() + b"\n" + TRADITIONAL.encode("big5")))
    deep = "/".join(f"d{i}" for i in range(60))
    put(f"{deep}/deep.txt", SIMPLIFIED.encode())
    put("notes.md", b"not an article format: not an input", ("notes.md", "absent"))
    os.symlink(root, root / "d0" / "loop")  # a folder link back to the top: read once
    os.symlink(root / "self_b.txt", root / "self_a.txt")  # file links in a loop
    os.symlink(root / "self_a.txt", root / "self_b.txt")
    expect["self_a.txt"] = expect["self_b.txt"] = "error:read"
    return expect


def test_hostile_battery_every_input_is_an_article_or_an_error(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    expect = _battery(root)
    out = tmp_path / "out.duckdb"
    result = CliRunner().invoke(main, ["run", str(root), "-o", str(out), "--kinds", "money,percent,count"])
    assert result.exit_code == 1, result.output  # some inputs failed
    con = duckdb.connect(str(out), read_only=True)
    articles = {s: t for s, t in con.execute("select source, title from articles").fetchall()}
    errors = {s: (stage, reason) for s, stage, reason in con.execute("select source, stage, reason from errors").fetchall()}
    prefix = str(root) + "/"
    got_articles = {s.removeprefix(prefix) for s in articles}
    got_errors = {s.removeprefix(prefix): v for s, v in errors.items()}
    assert all(reason for _, reason in errors.values()), "every error row says why"
    for source, outcome in expect.items():
        if outcome == "article":
            assert source in got_articles, (source, got_errors.get(source))
        elif outcome.startswith("error:"):
            assert source in got_errors, (source, source in got_articles)
            assert got_errors[source][0] == outcome.split(":")[1], (source, got_errors[source])
        elif outcome == "absent":
            assert source not in got_articles and source not in got_errors
        else:
            assert (source in got_articles) != (source in got_errors)
    inputs = sum(1 for o in expect.values() if o != "absent")
    assert len(got_articles) + len(got_errors) == inputs
    assert not any("/loop/" in s for s in got_articles | set(got_errors)), "a symlink loop is read once"
    n_failed = len(got_errors)
    assert f"{len(got_articles)} articles" in result.output
    assert f"{n_failed} input(s) failed" in result.output
    # the 50 MB article: read whole, figures at both ends with exact offsets
    big = [s for s in articles if s.endswith("big.txt")][0]
    rows = con.execute("select f.text, f.start from figures f join articles a on f.article_id = a.id "
                       "where a.source = ? order by f.start", [big]).fetchall()
    assert rows[0] == ("22.735亿元", 8) and rows[-1][0] == "17个" and rows[-1][1] > 16_000_000
    # CSV columns other than id and text became article metadata
    assert con.execute("select date from articles where id = 'c1'").fetchone() == ("2014-04-25",)


def test_clean_run_exits_zero(tmp_path):
    (tmp_path / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    out = tmp_path / "o.duckdb"
    result = CliRunner().invoke(main, ["run", str(tmp_path / "a.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "no errors" in result.output


@pytest.mark.parametrize("payload,kind", [
    (("\n".join(json.dumps({"id": f"s{i}", "text": SIMPLIFIED}, ensure_ascii=False) for i in range(3)) + "\n").encode(), "jsonl"),
    (gzip.compress(SIMPLIFIED.encode("gb18030")), "text"),
    (_html(f"<p>{SIMPLIFIED}</p>").encode(), "html"),
])
def test_stdin_is_sniffed(tmp_path, payload, kind):
    out = tmp_path / "o.duckdb"
    result = CliRunner().invoke(main, ["run", "-", "-o", str(out)], input=payload)
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(out), read_only=True)
    n = con.execute("select count(*) from articles").fetchone()[0]
    assert n == (3 if kind == "jsonl" else 1)
    assert con.execute("select count(*) from figures where text = '22.735亿元'").fetchone()[0] == n


def test_csv_id_and_text_fields_from_the_cli(tmp_path):
    (tmp_path / "e.csv").write_text(f"uid,body,outlet\nu1,{SIMPLIFIED.replace('，', ' ')},河南经济报\n", encoding="utf-8")
    out = tmp_path / "o.duckdb"
    result = CliRunner().invoke(main, ["run", str(tmp_path / "e.csv"), "-o", str(out), "--id-field", "uid", "--text-field", "body"])
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(out), read_only=True)
    assert con.execute("select id, outlet from articles").fetchall() == [("u1", "河南经济报")]


def test_read_inputs_missing_path_is_an_error():
    [item] = list(read_inputs(["/nonexistent/zz.txt"]))
    assert isinstance(item, InputError) and item.stage == "read"


@pytest.mark.parametrize("text", ["青溪精密2024", "精密机械", "招商引资"])
def test_a_short_big5_line_of_common_characters_both_ways_reads_as_big5(text):
    """Both readings are common characters (青溪精密 in Big5 is 獵匪弘盞 in GB18030):
    the commoner characters win."""
    import opencc

    traditional = opencc.OpenCC("s2t").convert(text)
    assert decode(traditional.encode("big5"), "x.txt") == traditional
    assert decode(text.encode("gb18030"), "x.txt") == text
