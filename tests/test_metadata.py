"""Article structure (issue 3): metadata, boilerplate, periods.

Provenance: the corpus cases compare with the hand-made gold in corpora/gold;
the seed cases read the seed article through SEED_DIR; the tables are new.
"""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from click.testing import CliRunner

from extractor.api import extract
from extractor.boilerplate import find_boilerplate
from extractor.cli import main
from extractor.metadata import detect_metadata, find_bylines, iso_date, merge_metadata
from extractor.normalize import normalize
from extractor.period import find_periods

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
GOLD = sorted((CORPORA / "gold").glob("*.json"))


def _gold_metadata(path: Path) -> dict:
    """The gold metadata in simplified script, as metadata is given (the gold is written as the
    article is: a Taiwan article's title is in traditional script)."""
    from extractor.normalize import to_simplified

    gold = json.loads(path.read_text(encoding="utf-8"))
    want = {k: gold.get(k) for k in ("title", "date", "outlet")}
    want["reporters"] = ",".join(gold.get("reporters") or []) or None
    return {k: to_simplified(v) if k != "date" and v else v for k, v in want.items()}


GOLD_TEXTS = [(g, v) for g in GOLD for v in ("clean", "noisy") if (CORPORA / v / f"{g.stem}.txt").exists()]


@pytest.mark.skipif(not GOLD_TEXTS, reason="no gold in corpora/")
@pytest.mark.parametrize("gold,variant", GOLD_TEXTS, ids=lambda x: getattr(x, "stem", x))
def test_metadata_matches_gold_clean_and_noisy(gold, variant):
    path = CORPORA / variant / f"{gold.stem}.txt"
    from extractor.encoding import decode

    meta = extract(decode(path.read_bytes(), str(path)), gold.stem, kinds={"money"}).metadata
    assert {k: meta.get(k) for k in ("title", "date", "outlet", "reporters")} == _gold_metadata(gold)


def test_seed_metadata_boilerplate_and_periods(seed_text):
    article = extract(seed_text, "seed", kinds={"money", "percent", "count", "number"})
    meta = article.metadata
    assert meta["title"] == "新乡市牧野区招商引资工作突破“三连冠”"
    assert meta["date"] == "2014-04-25" and meta["outlet"] == "河南经济报"
    assert meta["reporters"] == "张长友,左彦楠" and meta["correspondents"] == "左彦楠"
    assert meta["script"] == "traditional"
    assert meta["boilerplate_chars"] > 300 and {"copyright", "related"} <= set(meta["boilerplate"])
    footer = seed_text.index("版權(quán)及免責(zé)聲明")
    assert not [f.text for f in article.figures if f.start >= footer], "no figure from the footer, phone or ICP"
    assert [f.id for f in article.figures] == [f"f{i}" for i in range(1, len(article.figures) + 1)]
    by_text = {}
    for f in article.figures:
        by_text.setdefault(f.text, f.period)
    assert by_text["22.735億元"] == "2013" and by_text["12次"] == "2013-H1" and by_text["30余次"] == "2013-H1"


@pytest.mark.parametrize("text,expected", [
    ("新鄉(xiāng)市牧野區(qū)招商引資工作\n時間:2014-04-25\n正文。", {"title": "新乡市牧野区招商引资工作", "date": "2014-04-25"}),
    ("标题\n发布时间：2017-06-30 09:12　来源：人民网\n正文。", {"date": "2017-06-30", "time": "09:12", "outlet": "人民网"}),
    ("【发布日期】2019-10-28　【来源】宁川融媒体中心\n正文。", {"date": "2019-10-28", "outlet": "宁川融媒体中心"}),
    ("本报讯 2014年4月25日，全区到位资金12亿元。", {"date": "2014-04-25"}),
    ("新华社北京4月25日电（记者 王小明）正文。", {"reporters": "王小明"}),
    ("正文。（記者 張長友 通訊員 左彥楠）", {"reporters": "张长友,左彦楠", "correspondents": "左彦楠", "script": "traditional"}),
    ("本报记者 王五 李四 报道\n正文。", {"reporters": "王五,李四"}),
    # the place a story was filed from, glued between the name and the dateline
    ("（中央社記者張三台北11日電）台積電今天公布。", {"reporters": "张三"}),
    ("（中央社记者欧阳明华盛顿10日电）美国公布。", {"reporters": "欧阳明"}),
    # a filing's header of codes is no title: the next line is
    ("证券代码：600123　证券简称：江海重工　公告编号：2026-058\n江海重工股份有限公司关于签订重大合同的公告\n正文。",
     {"title": "江海重工股份有限公司关于签订重大合同的公告"}),
    # a Taiwan dateline: the date, the medium, the reporter and the place after a slash, 报导
    ("台積電10月營收創新高\n2026/11/10 財經新聞網 記者陳怡君／台北報導\n正文。",
     {"date": "2026-11-10", "outlet": "财经新闻网", "reporters": "陈怡君"}),
    ("标题\n2018-10-25 11:45 新浪教育\u3000\u3000前不久，正文。", {"date": "2018-10-25", "time": "11:45", "outlet": "新浪教育"}),
    ("标题\n2026年10月29日 证券时报网\n正文。", {"date": "2026-10-29", "outlet": "证券时报网"}),
    # a byline opened by an outlet's short name; an outlet or a rank glued to the next role is
    # no name, a name glued to one is (韩章云通讯员), and a name before an editor's label too
    ("支付牌照遇冷\n财经早报记者 宋林 每周编辑 祝青\n正文。", {"reporters": "宋林"}),
    ("标题\n中新网郑州11月7日电（记者 韩章云通讯员 文梅英）正文。", {"reporters": "韩章云,文梅英"}),
    ("正文。\n本报首席记者 王湛编辑：张粉红", {"reporters": "王湛"}),
    # an author's credit opening a line or in parentheses; not a slash in running text
    ("股价下探\n文｜王小倩\n10月24日，股价下探。", {"reporters": "王小倩"}),
    ("标题\n正文很长。（徐明辰/文 朱恒文/图）", {"reporters": "徐明辰"}),
    ("标题\n本文/文章很长，文|的用法。", {"reporters": None}),
])
def test_detected_metadata(text, expected):
    norm = normalize(text)
    from extractor.metadata import surface_of

    found = detect_metadata(norm.text, text, surface_of(norm))
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize("text", ["记者从市统计局获悉，营收增长。", "记者了解到，营收增长。", "据来源于网络的消息，营收增长。"])
def test_running_text_is_not_a_byline_or_outlet(text):
    assert find_bylines(normalize(text).text) == []
    assert "outlet" not in detect_metadata(normalize(text).text)


def test_given_metadata_wins_and_dates_are_made_iso():
    text = "标题\n时间:2014-04-25\n去年上半年，全区到位资金12亿元。"
    article = extract(text, "a", metadata={"date": "2015/1/2", "title": "给定标题", "outlet": ""})
    assert article.metadata["title"] == "给定标题" and article.metadata["date"] == "2015-01-02"
    assert [f.period for f in article.figures] == ["2014-H1"]  # 去年 of the given date
    assert merge_metadata({"date": "2014-04-25"}, {"date": None})["date"] == "2014-04-25"
    assert merge_metadata({}, {"last_modified": "Fri, 25 Apr 2014 08:00:00 GMT"})["date"] == "2014-04-25"
    assert iso_date("2014年4月25日") == "2014-04-25" and iso_date("2014-02-30") is None


@pytest.mark.parametrize("text,kinds,inside", [
    ("营收36亿元。\n版权及免责声明:转载须注明。联系:010-65363056。", {"copyright"}, "010-65363056"),
    ("营收36亿元。\n\n延伸阅读\n\n某地投资12亿元项目开工\n\n热点新闻\n\n特色小镇", {"related"}, "12亿元"),
    ("首页 > 新闻中心 > 财经要闻\n营收36亿元。", {"navigation"}, "新闻中心"),
    ("营收36亿元。京ICP备11041399号-2 京公网安备11010502003583", {"icp"}, "11041399"),
    ("营收36亿元，咨询电话:0373-5551234。", {"phone"}, "5551234"),
    ("营收36亿元，热线13812345678。", {"phone"}, "13812345678"),
    ("营收36亿元。\n.swp-item{width:100%; overflow: hidden}\n.nav{top:50%;left:50%;}", {"code"}, "50%"),
    ("营收36亿元。\n/*.cont{*top:-50%; }*/\n.more{width: 98%;}/*0702 zyc*/", {"code"}, "98%"),
    ("发布时间:2024-01-08 来源:县商务局 浏览次数:1,256次\n营收36亿元。", {"counter"}, "1,256次"),
    ("营收36亿元。\n阅读量 3.2万", {"counter"}, "3.2万"),
    ("营收36亿元。\n主办：鹤浦省交通运输厅　备案号：浦ICP备05012368号", {"copyright"}, "交通运输厅"),
    # (a site's two words and its telephone: no event's notice gives those on one line)
    ("营收36亿元。\n主办：潇北市人民政府办公室　承办：潇北市财政局　联系电话：0736-2286105", {"copyright"}, "财政局"),
    # (a site's host on its own line, right before the copyright line)
    ("营收36亿元。\n主办：淇阳县人民政府办公室\n版权所有：淇阳县人民政府　网站标识码：4108230012", {"copyright"}, "办公室"),
])
def test_boilerplate_kinds(text, kinds, inside):
    text = normalize(text).text
    found = find_boilerplate(text)
    assert {k for _, _, k in found} == kinds
    pos = text.index(inside)
    assert any(s <= pos < e for s, e, _ in found)
    assert not any(s <= text.index("36亿元") < e for s, e, _ in found), "the article itself is kept"


@pytest.mark.parametrize("text", ["他阅读了3本书，访问了12家企业。", "政府网站访问量580万人次，增长5%。", "全年访问量达12万人次。"])
def test_a_counter_needs_a_colon_or_the_line_s_end(text):
    assert find_boilerplate(normalize(text).text) == []



@pytest.mark.parametrize("text", [
    "全年营收36亿元，同比增长12%。",
    "方程组{x:1}之外，另有{总投资:5亿元}的写法。",  # braces in prose, no style sheet
    "新签约项目17个，总投资82亿元。",
    "2013年全区生产总值1115.2亿元。",
    "截至6月末，贷款余额3000万元。",
    "营收36亿元。\n主办：市商务局　承办：市会展中心　参展企业120家",  # an event's notice, no site's filing
    "营收36亿元。\n主办：市商务局\n参展企业120家，版权交易额3亿元。",  # (nor before a line that is no copyright's)
])
def test_prose_is_not_boilerplate(text):
    assert find_boilerplate(normalize(text).text) == []


def test_figures_inside_boilerplate_are_not_extracted():
    text = "全区到位资金22.735亿元。\n\n延伸阅读\n\n某县签约项目投资12亿元\n\n版权所有:某网 京ICP备11041399号-2"
    article = extract(text, "b", kinds={"money", "number", "count"})
    assert [f.text for f in article.figures] == ["22.735亿元"]
    assert article.metadata["boilerplate_chars"] == len(text) - text.index("延伸阅读")


@pytest.mark.parametrize("text,date,expected", [
    ("去年上半年，全区到位资金12亿元", "2014-04-25", ["2013-H1"]),
    ("今年1-5月，营收36亿元", "2014-06-10", ["2014-01/2014-05"]),
    ("1-6月，全区到位资金19.37亿元", "2017-07-06", ["2017-H1"]),
    ("一季度实现增加值3亿元", "2019-05-08", ["2019-Q1"]),
    ("2019年第一季度营收3亿元", None, ["2019-Q1"]),
    # Hong Kong and Taiwan leave out 度 after a year; a show's 第三季 is no quarter
    ("港交所2025年第三季收入63.8亿港元", None, ["2025-Q3"]),
    ("台积电2025年第3季营收7596.9亿元", None, ["2025-Q3"]),
    ("《奔跑吧》第三季收视率达到2.5%", None, []),
    ("2013年前三季度，营收12亿元", None, ["2013-01/2013-09"]),
    ("前5个月出口12亿美元", "2017-06-20", ["2017-01/2017-05"]),
    ("二〇一三年全年营收12亿元", None, ["2013"]),
    ("2012年12月，投资5亿元", None, ["2012-12"]),
    ("2015年度营业收入12亿元", "2016-02-26", ["2015"]),
    ("比上年增长5%", "2014-04-25", []),
    ("去年同期为5亿元", "2014-04-25", []),
    ("2014年4月25日，营收12亿元", None, []),
    ("去年上半年营收12亿元", None, []),  # no publication date: a relative period stays unresolved
    # a month without its year: named by 月份 or 当月, not a date in passing (他于5月访问)
    ("10月份，全市零售额48.6亿元", "2026-11-18", ["2026-10"]),
    ("10月当月，全市零售额48.6亿元", "2026-11-18", ["2026-10"]),
    ("他于5月访问，签约5亿元", "2026-11-18", []),
    # 当年 is "that year": the year last named, else the publication's
    ("公司发布2025年年度报告。派发1.75亿元，占当年净利润的25.6%", "2026-03-28", ["2025", "2025"]),
    ("直到2016年，公司宣布将在当年9月份合并两场发布会", None, ["2016", "2016-09"]),
    ("当年营收5亿元", "2026-03-28", ["2026"]),
])
def test_periods(text, date, expected):
    assert [p for _, _, p in find_periods(normalize(text).text, date)] == expected


def test_period_of_a_yearless_part_comes_from_the_last_named_year():
    text = "2013年，牧野区立足实际。全年全区到位资金22.735亿元，完成目标的114.82%。"
    article = extract(text, "p", metadata={"date": "2014-04-25"})
    assert {f.text: f.period for f in article.figures} == {"22.735亿元": "2013", "114.82%": "2013"}


def test_the_year_of_a_target_holds_for_its_clause_only():
    text = "1-6月，全区到位资金12.46亿元，完成年度目标23亿元的54.17%，同比增长11.3%；其中省外资金10.82亿元。"
    article = extract(text, "t", metadata={"date": "2015-07-08"})
    assert [(f.text, f.period) for f in article.figures] == [
        ("12.46亿元", "2015-H1"), ("23亿元", "2015"), ("54.17%", "2015"), ("11.3%", "2015-H1"), ("10.82亿元", "2015-H1")]


def test_period_stops_at_the_sentence_end():
    article = extract("去年上半年，营收12亿元。另有投资5亿元。", "q", metadata={"date": "2014-04-25"})
    assert [(f.text, f.period) for f in article.figures] == [("12亿元", "2013-H1"), ("5亿元", None)]


def test_tables_carry_reporters_script_and_period(tmp_path):
    (tmp_path / "a.txt").write_text("标题\n時間:2014-04-25\n去年上半年，全區到位資金12億元。（記者 張長友 通訊員 左彥楠）",
                                    encoding="utf-8")
    out = tmp_path / "o.duckdb"
    result = CliRunner().invoke(main, ["run", str(tmp_path / "a.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(out), read_only=True)
    assert con.execute("select title, date, reporters, script from articles").fetchall() == [
        ("标题", "2014-04-25", "张长友,左彦楠", "traditional")]
    assert con.execute("select text, period from figures where kind = 'money'").fetchall() == [("12億元", "2013-H1")]


def held(text, spans, ps, pe, start):
    """Does the period at ``[ps, pe)`` hold for the figure at ``start``: not the year before
    of a base stated right after it (去年同月的|25.05亿港元), nor a period after 由 or 从 of a base
    (由2016年的|100多人), past that base figure?"""
    from extractor.period import _BASE_AFTER, _EVENT_BASE

    base = _BASE_AFTER.match(text, pe) if regex.fullmatch(r"(?:去年|上年|上一年)度?", text[ps:pe]) else None
    if base is None and text.endswith(("由", "从"), 0, ps):
        base = _EVENT_BASE.match(text, pe)
    return base is None or start <= min((s for s, _ in spans if s >= base.end() - 1), default=start)


def test_fast_period_assignment_equals_the_full_scan():
    """assign_periods scans only the sentences holding figures (bug caught: a
    50 MB article spent 9 s in the full scan); it must agree with find_periods,
    and a sentence that goes on with the one right before it (。其中，) carries
    that one's last period to its figures until it names its own."""
    import regex

    from extractor.period import _GOES_ON, _SENTENCE_END, _SENTENCE_START, assign_periods

    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPORA / "clean").glob("*.txt"))]
    texts += ["比上年增长，全年营收12亿元。", "2013年，好。全年营收12亿元。", "比2013年增长。全年营收12亿元。",
              "去年上半年，营收12亿元，一季度3亿元。\n全年投资5亿元。",
              "1-6月，到位资金12.46亿元，完成年度目标23亿元的54.17%，同比增长11.3%；全年计划投资5亿元，增长3%。",
              "全年营收12亿元。其中，A 3亿元，一季度B 1亿元。其中C 2亿元。\n其中D 4亿元。分产业看，E 5亿元。"]
    for raw in texts:
        text = normalize(raw).text
        date = detect_metadata(text).get("date") or "2014-04-25"
        spans = [m.span() for m in regex.finditer(r"\d+", text)]
        periods = find_periods(text, date)
        want = []
        for start, _ in spans:
            label = None
            for ps, pe, p in periods:
                if pe > start:
                    break
                # (年度 before 目标/计划: its year holds to the end of its clause only)
                if text[ps:pe] in ("年度", "全年", "全年度") and text.startswith(("目标", "计划", "任务", "预算"), pe) \
                        and regex.search(r"[，,；;]", text[pe:start]):
                    continue
                if not held(text, spans, ps, pe, start):
                    continue
                if not _SENTENCE_END.search(text, pe, start):
                    label = p
            want.append(label)
        for k, (start, _) in enumerate(spans):
            begin = (m.end() if (m := _SENTENCE_START.search(text, 0, start)) else 0)
            # only the period stated before the figure in its sentence, else the carried one
            own = [p for ps, pe, p in periods if begin <= ps and pe <= start and held(text, spans, ps, pe, start)]
            if own or not begin or text[begin - 1] == "\n" or not _GOES_ON.match(text, begin):
                continue
            earlier = [i for i in range(k) if spans[i][0] < begin]
            if earlier and not _SENTENCE_END.search(text, spans[earlier[-1]][0], begin - 1):
                want[k] = want[earlier[-1]]
        assert assign_periods(text, spans, date) == want, raw[:30]


@pytest.mark.parametrize("text, outlet", [
    ("标题\n\u200b新浪娱乐讯\xa0 11月4日，某歌手在微博发文。", "新浪娱乐"),
    ("新华社北京11月6日电 某公司发布新品。", "新华社"),
    ("标题\n中新网11月6日电 据报道，某公司宣布。", "中新网"),
    ("本报讯（记者 张三）某集团今日宣布。", None),
    ("标题\n腾讯公司的通讯 业务调整", None),
    ("标题\n公司资讯 业务调整", None),
])
def test_outlet_of_a_dateline(text, outlet):
    assert extract(text).metadata.get("outlet") == outlet


@pytest.mark.parametrize("text, outlet", [
    ("标题\n据新浪科技讯 报道，某公司发布财报。", None),  # 据: a source quoted, no dateline
    ("标题\n他说腾讯 电话很多", None),  # 腾讯 names no medium
    ("林洁 本报北京11月8日电 记者", None),
    ("南都讯 记者从某局获悉", "南都"),
])
def test_a_dateline_names_a_medium(text, outlet):
    assert extract(text).metadata.get("outlet") == outlet


def test_a_disclaimer_glued_to_the_story_is_boilerplate_and_names_no_org():
    text = "某公司营收增长12%，点击阅读原文。新浪声明：此消息系转载自合作单位，新浪网登载此文仅供参考。"
    article = extract(text)
    assert article.metadata.get("boilerplate") == ["copyright"]
    assert [o.name for o in article.orgs] == []
    assert [f.text for f in article.figures] == ["12%"]
    statement = extract("该公司发表声明：本文内容不实，营收增长12%。")
    assert "boilerplate" not in statement.metadata


@pytest.mark.parametrize("text", [
    "新浪娱乐讯 武侠小说泰斗于2018年10月30日下午在香港逝世，享年94岁。",
    "《小丑回魂2》发布首张海报，北美2019年9月6日上映。",
    "周慧敏，1967年11月10日生于香港。",
    "日本周末票房排行2018年10月27日-10月28日，四部新片上榜。",
    "北京时间2018年11月8日，湖人队主场迎战森林狼。",
    "省考试院提醒考生：考试时间2018年11月13日开始。",
    "票房排行\n1 《猖獗》 2018/10/25 51.6% 841,001",
])
def test_a_date_inside_the_prose_is_not_the_publication_date(text):
    assert detect_metadata(normalize(text).text).get("date") is None


@pytest.mark.parametrize("text,date", [
    ("2018-10-03 18:49:53 新浪时尚 朱一龙的公益路", "2018-10-03"),
    ("标题\n2016年7月18日　来源：沁州日报\n正文。", "2016-07-18"),
    ("参考文章。生命时报 2014年04月04日\n正文。", "2014-04-04"),
    ("新华社北京电 2019年1月5日，全区到位资金12亿元。", "2019-01-05"),
    ("标题\n来源：新乡日报 | 作者：记者 李明 | 2024-01-15\n正文。", "2024-01-15"),
    ("2018年11月5日\u00a0，中国上海\u00a0– 首届进博会开幕。", "2018-11-05"),
])
def test_a_date_standing_apart_is_the_publication_date(text, date):
    assert detect_metadata(normalize(text).text).get("date") == date


@pytest.mark.parametrize("text,reporters", [
    ("正文。\n澎湃新闻记者 俞凯\n11月5日上午，首届进博会开幕。", "俞凯"),
    ("封面新闻记者 杜恩湖10月29日报道，正文。", "杜恩湖"),
    ("正文。(采写/新京报记者 刘玮 周慧晓婉)", "刘玮,周慧晓婉"),
    ("正文。成都商报记者丨彭志强 陈谋", "彭志强,陈谋"),
    ("正文。\n记者 卢晓 北京报道\n正文。", "卢晓"),
    ("正文。\n记者王伟报道 客场2比0取胜。", "王伟"),
    ("正文。(本报记者徐红摄)", "徐红"),
    ("正文。\n新京报记者 闫丽娇 编辑 赵力 校对 吴兴发", "闫丽娇"),
    ("标题\n来源：界面 作者：周伊雪\n正文。", "周伊雪"),
    ("标题\n来源：新乡日报 | 作者：记者 李明 | 2024-01-15\n正文。", "李明"),
    ("正文。（作者：路贺文 曹秋雯）文章来源", "路贺文,曹秋雯"),
    ("标题\n作者：刘勇日前，据媒体报道，正文。", "刘勇"),
    ("标题\n来源：界面 作者：饶文怡在11月7日举行的会上，正文。", "饶文怡"),
])
def test_bylines_as_news_sites_write_them(text, reporters):
    assert detect_metadata(normalize(text).text).get("reporters") == reporters


@pytest.mark.parametrize("text,reporters,outlet", [
    # a reporter's name glued before the dateline (bench pages)
    ("新浪手机特约记者 曾诚新浪手机讯 11月7日消息，正文。", "曾诚", "新浪手机"),
    ("来源 北京商报记者\u00a0石飞月北京商报讯 11月8日，正文。", "石飞月", "北京商报"),
    ("新京报记者 梁辰新京报讯 正文。", "梁辰", "新京报"),  # 新京报, not 京报
    ("南方日报记者 尚黎阳\u00a0通讯员 穗检宣南方日报讯 正文。", "尚黎阳,穗检宣", "南方日报"),
    ("新浪科技讯 11月7日消息，正文。", None, "新浪科技"),
])
def test_a_name_glued_before_the_dateline_is_the_reporter(text, reporters, outlet):
    found = detect_metadata(normalize(text).text)
    assert (found.get("reporters"), found.get("outlet")) == (reporters, outlet)


@pytest.mark.parametrize("text", [
    "查询相关判决，新京报记者发现，今年9月至今，案件增多。",
    "专家介绍，科技日报记者总结了该报道的几个明显错误。",
    "正文。\n记者观察\n换代升级。",
])
def test_running_text_after_reporter_names_no_one(text):
    assert detect_metadata(normalize(text).text).get("reporters") is None


def test_outlet_glued_to_the_original_title_and_no_byline_as_title():
    found = detect_metadata(normalize("来源：蓝鲸财经原标题：惠人贷被列入平台作者：李览青近日，公安部更新信息。").text)
    assert found.get("outlet") == "蓝鲸财经" and found.get("title") is None
    assert detect_metadata(normalize("澎湃新闻记者 俞凯\n正文。").text).get("title") is None


@pytest.mark.parametrize("text,outlet", [
    ("来源：科技日报据路透社报道，量子计算机离派上用场还有时日。", "科技日报"),
    ("来源：cnBeta据外媒报道，苹果刚刚发布了新品。", "cnBeta"),
    ("来源：科技日报近日，多名学生家长反映称。", "科技日报"),  # the story's first word is cut off
    ("来源：中科院之声日前，某主持人不幸患癌去世。", "中科院之声"),
    ("来源：中国新闻周刊据香港《明报》报道，正文。", "中国新闻周刊"),
    ("来源：科学大院就像爱和死是文学作品的永恒主题一样，正文。", None),
    ("【来源】宁川融媒体中心\n正文。", "宁川融媒体中心"),
    ("来源：寻找中国创客 作者：张三\n正文。", "寻找中国创客"),
])
def test_an_outlet_run_on_into_the_story_is_cut_or_dropped(text, outlet):
    assert detect_metadata(normalize(text).text).get("outlet") == outlet


@settings(max_examples=200, deadline=None)
@given(cuts=st.lists(st.integers(0, 80), max_size=14, unique=True), start=st.integers(0, 80),
       size=st.integers(1, 10))
def test_inside_boilerplate_is_the_plain_overlap_test(cuts, start, size):
    """``inside`` bisects the sorted, apart spans find_boilerplate gives; it agrees with a scan."""
    from extractor.boilerplate import inside

    cuts = sorted(cuts)
    spans = [(s, e, "copyright") for s, e in zip(cuts[::2], cuts[1::2])]
    end = start + size
    assert inside(start, end, spans) == any(start < e and s < end for s, e, _ in spans)


def test_the_title_is_the_line_above_the_date_and_source_line_under_a_sites_banner():
    text = ("临江新闻网　临江市重点新闻网站\n登录 | 注册　　手机版　　2024年11月5日 星期二\n首页　时政　经济　区县\n\n"
            "临江市“侨商临江行”活动现场签约项目41个　总投资286.5亿元\n"
            "2024-11-05 08:30　来源：临江日报　作者：记者 陈晓雯\n\n　　本报讯 11月4日，推介会举行。")
    # (the banner was the title: the first non-blank line)
    assert extract(text).to_dict()["title"] == "临江市“侨商临江行”活动现场签约项目41个　总投资286.5亿元"


def test_the_title_is_the_line_above_a_date_and_byline_line():
    # Taiwan pages put the reporter, not a source, on the date line (記者林佩珊／台北報導)
    text = ("財訊日報 | 首頁 > 財經 > 產業動態\n即時　熱門　台股　國際　科技　房市　理財　影音\n"
            "聯曜光電10月營收28.64億元 月增12.3% 創同期新高\n"
            "2025/11/07 14:32　記者林佩珊／台北報導\n字級：小 中 大\n聯曜光電今日公告10月合併營收。")
    # (the menu was the title)
    assert extract(text).to_dict()["title"] == "联曜光电10月营收28.64亿元 月增12.3% 创同期新高"


def test_the_issuing_office_on_a_release_line_is_its_outlet_not_a_mention():
    """發布單位：經濟部統計處 names the release's source, as 來源： does; the body's mention stays."""
    raw = ("上半年化粧品產值386.4億元\n發布日期：2025-08-15　發布單位：經濟部統計處\n"
           "經濟部統計處今（15）日發布產銷概況。")
    article = extract(raw)
    assert article.metadata.get("outlet") == "经济部统计处"
    assert [(o.text, o.start) for o in article.orgs] == [("經濟部統計處", raw.rindex("經濟部統計處"))]


@pytest.mark.parametrize("date", ["2025年1月16日", "2025-01-16 09:30"])
def test_a_sites_name_then_its_date_is_the_outlet_not_a_mention(date):
    """澄阳县人民政府网 2025年1月16日 under the title is the page's source line, with no 来源 label;
    the body's mention of the body the site is named after stays."""
    raw = f"关于2024年预算执行情况的报告\n澄阳县人民政府网 {date}\n　　澄阳县人民政府今日公布报告。"
    article = extract(raw)
    assert article.metadata.get("outlet") == "澄阳县人民政府网"
    assert [(o.text, o.start) for o in article.orgs] == [("澄阳县人民政府", raw.rindex("澄阳县人民政府"))]


def test_this_paper_then_a_date_names_no_outlet():
    """本报 2014年4月25日 on a line of its own: 本报 (this paper) names no one."""
    assert "outlet" not in extract("本报 2014年4月25日\n　　全市实现营业收入36.5亿元。").metadata


def test_a_site_cited_in_the_body_with_a_later_date_is_no_source_line():
    article = extract("据悉，国家统计局网站 2013 年 11月发布的信息显示，产能利用率下降。")
    assert [o.name for o in article.orgs] == ["国家统计局"]
