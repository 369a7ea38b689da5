"""Org rules added in session 89's second round, one section per weakness fixed (its comment says which), each a test
that failed before the fix and guards that held before and must still hold.
Invented sentences; each asserts the orgs' names, types and the spans of all their mentions."""
from __future__ import annotations

import pytest

from org_mentions import mention_at, orgs_of


# -- a company's store by its place after the legal form (…有限公司|城东店), as a branch (…|上海分公司); a numeral
# word jieba reads in a brand (惠|万家) after the clause's verb no longer ends the name

STORES = "质量指标不达标2批次，涉及栖梧惠万家超市有限公司城东店、溪口县德顺食品有限公司、栖梧市老码头食品商行。"


def test_store_of_a_company():
    assert orgs_of(STORES) == {
        "栖梧惠万家超市有限公司城东店": ("company", [mention_at(STORES, "栖梧惠万家超市有限公司城东店")]),
        "溪口县德顺食品有限公司": ("company", [mention_at(STORES, "溪口县德顺食品有限公司")]),
        # (a trading firm's 商行 names none alone; here the list of two firms found makes it a third)
        "栖梧市老码头食品商行": ("company", [mention_at(STORES, "栖梧市老码头食品商行")]),
    }


@pytest.mark.parametrize("text, expected", [
    ("澄川百货有限公司人民路店和五一广场店同日开业",
     {"澄川百货有限公司人民路店": ("company", ["澄川百货有限公司人民路店@0"])}),
    ("涉及澄屿万家福超市有限公司", {"澄屿万家福超市有限公司": ("company", ["澄屿万家福超市有限公司@2"])}),
])
def test_store_by_a_street_and_a_numeral_brand_after_a_verb(text, expected):
    assert orgs_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (guards: a kind of store, common words naming no place, or a word of the dictionary holding 店, is none)
    ("澄川百货有限公司旗舰店和实体店销售增长", {"澄川百货有限公司": ("company", ["澄川百货有限公司@0"])}),
    ("澄川百货有限公司员工到店服务，澄川百货有限公司酒店", {"澄川百货有限公司": (
        "company", ["澄川百货有限公司@0", "澄川百货有限公司@15"])}),
    ("澄川百货有限公司旗下门店超过50家", {"澄川百货有限公司": ("company", ["澄川百货有限公司@0"])}),
    ("栖梧市老码头食品商行被罚款", {}),
    ("华润万家有限公司在全国开店", {"华润万家有限公司": ("company", ["华润万家有限公司@0"])}),
])
def test_store_guards(text, expected):
    assert orgs_of(text) == expected


# -- a page's footer naming the site's owner before 主办 and its filing number on the same line is page furniture,
# no mention, as an outlet's line is

FOOTER = "全市就业补贴资金不低于4亿元。\n责任编辑：邹明\n澄源市人力资源和社会保障局主办　ICP备19008872号"


@pytest.mark.parametrize("text", [
    FOOTER,
    "全市新增就业1.2万人。\n澄源市人力资源和社会保障局主办 澄源市信息中心承办 网站标识码3301000012",
])
def test_site_owner_in_a_footer_is_no_mention(text):
    assert orgs_of(text) == {}


def test_site_owner_named_in_the_body_keeps_its_body_mention_only():
    text = "澄源市人力资源和社会保障局发布通知。" + FOOTER
    assert orgs_of(text) == {"澄源市人力资源和社会保障局": ("government", ["澄源市人力资源和社会保障局@0"])}


@pytest.mark.parametrize("text, expected", [
    # (guards: the bureau in the body alone; an event's host in the story, no filing after it)
    ("澄源市人力资源和社会保障局发布通知。",
     {"澄源市人力资源和社会保障局": ("government", ["澄源市人力资源和社会保障局@0"])}),
    ("澄源市人力资源和社会保障局主办　2025年春季招聘会在市体育馆举行",
     {"澄源市人力资源和社会保障局": ("government", ["澄源市人力资源和社会保障局@0"])}),
])
def test_site_owner_guards(text, expected):
    assert orgs_of(text) == expected


# -- whom an association gathers (退休|人士, a stop word elsewhere: 知情人士) right before its suffix is its name's

MACAU = "社會工作局走訪澳門長者福利促進會、濠江退休人士聯誼會等8個團體，並與濠江商業銀行、南灣儲蓄銀行簽署合作備忘錄。"


def test_association_named_by_whom_it_gathers():
    assert orgs_of(MACAU) == {
        "社会工作局": ("government", [mention_at(MACAU, "社會工作局")]),
        "澳门长者福利促进会": ("association", [mention_at(MACAU, "澳門長者福利促進會")]),
        "濠江退休人士联谊会": ("association", [mention_at(MACAU, "濠江退休人士聯誼會")]),
        "濠江商业银行": ("company", [mention_at(MACAU, "濠江商業銀行")]),
        "南湾储蓄银行": ("company", [mention_at(MACAU, "南灣儲蓄銀行")]),
    }


def test_association_of_a_trade_s_people():
    assert orgs_of("香港工商界人士联谊会成立三十周年") == {
        "香港工商界人士联谊会": ("association", ["香港工商界人士联谊会@0"])}


@pytest.mark.parametrize("text, expected", [
    # (guards: 人士 before a firm's suffix or before a body named after it stays a stop)
    ("据知情人士透露，澄川集团将扩产", {"澄川集团": ("group", ["澄川集团@8"])}),
    ("接近监管人士银行称", {}),
    ("濠江退休教师联谊会表示", {"濠江退休教师联谊会": ("association", ["濠江退休教师联谊会@0"])}),
])
def test_association_members_guards(text, expected):
    assert orgs_of(text) == expected


# -- firms' short names listed before 等业者 (Taiwan's word for the firms of a trade), as before 等厂商 or 等企业; a list
# of trades before it names none

SURVEY = ("經濟部統計處表示，本月共調查廠商3,000家。鴻展精密、瑞昇半導體等業者指出，人工智慧伺服器需求強勁，"
          "鴻展精密11月營收達新台幣1,286.5億元。")


def test_short_names_listed_before_firms_of_a_trade():
    assert orgs_of(SURVEY) == {
        "经济部统计处": ("government", [mention_at(SURVEY, "經濟部統計處")]),
        "鸿展精密": ("company", [mention_at(SURVEY, "鴻展精密"), mention_at(SURVEY, "鴻展精密", 2)]),
        "瑞昇半导体": ("company", [mention_at(SURVEY, "瑞昇半導體")]),
    }


@pytest.mark.parametrize("text, expected", [
    # (guards: trades before 等业者 name none; the same short names before 等厂商 and 等企业, as before)
    ("觀光、旅宿等業者表示，訂房率回升", {}),
    ("航运、物流等业者表示", {}),
    ("鸿展精密、瑞昇半导体等厂商指出", {"鸿展精密": ("company", ["鸿展精密@0"]), "瑞昇半导体": ("company", ["瑞昇半导体@5"])}),
    ("鸿展精密、瑞昇半导体等企业指出", {"鸿展精密": ("company", ["鸿展精密@0"]), "瑞昇半导体": ("company", ["瑞昇半导体@5"])}),
])
def test_firms_of_a_trade_guards(text, expected):
    assert orgs_of(text) == expected


# -- a known organ after a word of an online service (电子|税务局, 网上|税务局) is the organ's platform, no body

@pytest.mark.parametrize("text", [
    "依托电子税务局推行“非接触式”办税，网上申报率达98.6%。",
    "纳税人可登录网上税务局办理，江苏省电子税务局同步上线",
])
def test_online_service_of_an_organ_is_no_body(text):
    assert orgs_of(text) == {}


@pytest.mark.parametrize("text, expected", [
    # (the bureau named alone is a body; its name inside 电子税务局 is no mention of it)
    ("税务局表示，依托电子税务局推行“非接触式”办税", {"税务局": ("government", ["税务局@0"])}),
    ("市税务局推广电子税务局", {"市税务局": ("government", ["市税务局@0"])}),
])
def test_organ_beside_its_online_service(text, expected):
    assert orgs_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (guards: the tax bureaus themselves; 电子 in a field of the dictionary, 电子商务)
    ("国家税务总局云溪县税务局发布公告。县税务局表示",
     {"国家税务总局云溪县税务局": ("government", ["国家税务总局云溪县税务局@0"]),
      "县税务局": ("government", ["县税务局@17"])}),
    ("县电子商务局发布通知", {"县电子商务局": ("government", ["县电子商务局@0"])}),
])
def test_online_service_guards(text, expected):
    assert orgs_of(text) == expected


# -- a firm introduced by the kind it is (评级机构) right before its name, which its alias repeats (以下简称「积金宝」)

FUND = ("積金評級機構積金寶（以下簡稱「積金寶」）昨日公布，受環球股市造好帶動，強積金今年首季整體回報為3.12%。"
        "積金寶主席林志豪指出，成員毋須因短期波動頻繁轉換基金。")


def test_firm_after_its_kind_and_repeated_by_its_alias():
    assert orgs_of(FUND) == {"积金宝": ("company", [mention_at(FUND, "積金寶"), mention_at(FUND, "積金寶", 2), mention_at(FUND, "積金寶", 3)])}


def test_body_after_its_kind_takes_the_kind_s_type():
    text = "研究机构澄川智库（以下简称“澄川智库”）发布报告"
    assert orgs_of(text) == {"澄川智库": ("institution", ["澄川智库@4", "澄川智库@14"])}


@pytest.mark.parametrize("text, expected", [
    # (guards: a common word or a kind after the kind names none; an alias shorter than the name before it, as before)
    ("咨询公司报告（以下简称“报告”）显示", {}),
    ("某机构平台（以下简称“平台”）上线", {}),
    ("澄川积金评级有限公司（以下简称“积金评级”）公布",
     {"澄川积金评级有限公司": ("company", ["澄川积金评级有限公司@0"]), "积金评级": ("company", ["积金评级@16"])}),
])
def test_firm_after_its_kind_guards(text, expected):
    assert orgs_of(text) == expected
