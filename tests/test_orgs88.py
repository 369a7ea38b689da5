"""Org rules added for the s88 blind articles: a hall (登录厅, 候车厅) is no department, as a department
is named by the field of government it runs (省财政厅, 教育厅, 国务院办公厅); a party's role to a project or
a deal before a name is none of it (项目法人, 承建单位, 发包人, 施工方), where jieba's words end; in a list
beside two names found, a member made as a firm's short name is (a brand no dictionary has and one word: 鼎晟精机,
力扬工业), and the last member of a list that 等 closes ends before it; a brand cut by jieba into a rare
proper name and a verb (捷运|通); a chamber of the traders whose 商 jieba gave it (香港|建造|商会); a registered name opens with the places
before the one jieba found in its brand (杭州|云集|播…); the kind of firm before a name is none of it (供水企业,
上市公司); a short name before a zone's word names the zone (云屏临空|经济区); an insurer by its short name
and its line (国联产险).
Invented sentences; each asserts the orgs' names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # a hall of a building, named by what is done in it, is no government body
    ("工程内容：展厅及登录厅钢结构制作、安装", {}),
    ("旅客可在候机厅、登录厅休息", {}),
    ("放映厅、录像厅、游艺厅和歌舞厅须持证经营", {}),
    ("新闻发布厅与会议厅已布置完毕", {}),
    # (guards: departments by the field they run, opened by a province or standing alone, and a body's
    # general office)
    ("省财政厅会同自治区商务厅发文", {"省财政厅": "government", "自治区商务厅": "government"}),
    ("经教育厅批准，公安厅通报", {"教育厅": "government", "公安厅": "government"}),
    ("国务院办公厅印发通知，省政府办公厅转发", {"国务院办公厅": "government", "省政府办公厅": "government"}),
    ("岭川省住房和城乡建设厅与岭川省文化和旅游厅联合发文",
     {"岭川省住房和城乡建设厅": "government", "岭川省文化和旅游厅": "government"}),
    ("湖南省林业厅、省国土资源厅和省交通厅参加", {"湖南省林业厅": "government", "省国土资源厅": "government",
                                           "省交通厅": "government"}),
    # a party's role to a project or a tender before a name is no part of it
    ("项目法人云梁润源水务有限公司（以下简称“润源水务”）由云梁市水利局负责监管。",
     {"云梁润源水务有限公司": "company", "润源水务": "company", "云梁市水利局": "government"}),
    ("項目法人雲梁潤源水務有限公司（以下簡稱“潤源水務”）由雲梁市水利局負責監管。",
     {"云梁润源水务有限公司": "company", "润源水务": "company", "云梁市水利局": "government"}),
    ("承建单位中铁十八局集团有限公司进场施工", {"中铁十八局集团有限公司": "group"}),
    ("项目业主岚江水务集团有限公司与施工方岭南路桥有限公司签约",
     {"岚江水务集团有限公司": "group", "岭南路桥有限公司": "company"}),
    ("发包人澄川城投有限公司确定中标人为澄江建工集团有限公司",
     {"澄川城投有限公司": "company", "澄江建工集团有限公司": "group"}),
    ("竞得人岚山置业有限公司将于年内开工", {"岚山置业有限公司": "company"}),
    # (guards: a legal form a Taiwan institute's name opens with stays; a verb before a name whose first
    # word holds the role's last character (投资|方正) cuts none of it)
    ("與財團法人竹嶺工業技術研究院合作", {"财团法人竹岭工业技术研究院": "institution"}),
    ("公司增持方正证券股份有限公司", {"方正证券股份有限公司": "company"}),
    ("会长单位琮溪雅织服饰有限公司发言", {"琮溪雅织服饰有限公司": "company"}),
    # short names of firms listed after full names, up to the 等 that closes the list
    ("参展厂商包括台中精准机械股份有限公司、崴铭集团、鼎晟精机、力扬工业等。",
     {"台中精准机械股份有限公司": "company", "崴铭集团": "group", "鼎晟精机": "company", "力扬工业": "company"}),
    ("參展廠商包括台中精準機械股份有限公司、崴銘集團、鼎晟精機、力揚工業等。",
     {"台中精准机械股份有限公司": "company", "崴铭集团": "group", "鼎晟精机": "company", "力扬工业": "company"}),
    # (guards: ordinary words and places in lists, alone or beside names found, are no names)
    ("包括钢铁、水泥、化工等行业", {}),
    ("产品销往日本、美国、香港及中国大陆", {}),
    ("產品銷往日本、美國、香港及中國大陸", {}),
    ("客户包括澄川集团、岭南电子有限公司、钢铁、水泥等。", {"澄川集团": "group", "岭南电子有限公司": "company"}),
    ("客户包括澄川集团、岭南电子有限公司、日本、美国等。", {"澄川集团": "group", "岭南电子有限公司": "company"}),
    ("走访了澄川集团、岭南电子有限公司、梧川县、岚溪镇等。", {"澄川集团": "group", "岭南电子有限公司": "company"}),
    # a brand jieba cut into a proper name it hardly saw and a common verb (捷运|通: 捷运, nz, 5 times), then
    # words of trade alone before a legal form, is the name's first word
    ("云屏航空产业投资集团与捷运通物流股份有限公司合资组建云屏临空物流有限公司",
     {"云屏航空产业投资集团": "group", "捷运通物流股份有限公司": "company", "云屏临空物流有限公司": "company"}),
    ("捷运通物流股份有限公司合资组建新公司", {"捷运通物流股份有限公司": "company"}),
    ("捷運通物流股份有限公司合資組建新公司", {"捷运通物流股份有限公司": "company"}),
    # (guards: the verb after the metro is the clause's where no legal form follows)
    ("民众搭乘捷运通勤，捷运通车后客流大增", {}),
    # a chamber of the traders its name says, whose 商 jieba gave the chamber (建造|商会: 建造商, builders), and the
    # alias Hong Kong introduces by 下稱 (hereafter), at both its mentions
    ("香港建造商會（下稱「建造商會」）表示，金輝建築工程有限公司等承建商本季共取得新合約。建造商會促請當局加快審批。",
     {"香港建造商会": "association", "建造商会": "association", "金辉建筑工程有限公司": "company"}),
    ("广州建造商会表示", {"广州建造商会": "association"}),
    ("中国承包商会发布报告", {"中国承包商会": "association"}),
    # (guards: the verb of building before a chamber's name is the clause's)
    ("公司将建造商会大楼", {}),
    ("由建造商会同监理单位验收", {}),
    # a registered name opens with the city before the place jieba found in its brand (杭州|云集|播…: 云集, a town
    # to jieba), and with wider places before it (浙江|杭州|…, 丰岭|县|…)
    ("县商务局与杭州云集播科技有限公司（以下简称“云集播”）签约",
     {"县商务局": "government", "杭州云集播科技有限公司": "company", "云集播": "company"}),
    ("浙江杭州云集播科技有限公司成立", {"浙江杭州云集播科技有限公司": "company"}),
    # (guards: a place of the clause before a preposition stays out, 禾塘镇|以|…; and a city before a known name
    # stays in, 杭州娃哈哈…)
    ("禾塘镇以丰岭县云集播科技有限公司为龙头", {"丰岭县云集播科技有限公司": "company"}),
    ("县商务局与杭州娃哈哈集团有限公司签约", {"县商务局": "government", "杭州娃哈哈集团有限公司": "group"}),
    # the kind of firm before its name is none of it: by its trade (供水企业, 物流企业), where jieba hid the name's
    # opening (濠|海水|业), or by its standing (上市公司, 链主企业)
    ("供水企業濠海水業股份有限公司（以下簡稱「濠海水業」）的年報顯示",
     {"濠海水业股份有限公司": "company", "濠海水业": "company"}),
    ("物流企业濠海水业股份有限公司的年报显示", {"濠海水业股份有限公司": "company"}),
    ("上市公司岚山机械股份有限公司发布公告", {"岚山机械股份有限公司": "company"}),
    ("链主企业濠海水业集团有限公司牵头", {"濠海水业集团有限公司": "group"}),
    # (guards: 企业 inside a name, before words of trade or a group's suffix, stays)
    ("岚山企业管理有限公司成立", {"岚山企业管理有限公司": "company"}),
    ("海尔企业发展有限公司成立", {"海尔企业发展有限公司": "company"}),
    ("光明企业集团有限公司成立", {"光明企业集团有限公司": "group"}),
    # a short name followed by a zone's word, after words of its kind maybe, names the zone, not the firm
    ("云屏航空产业投资集团与捷运通物流股份有限公司合资组建云屏临空物流有限公司，注册资本人民币伍仟万元整，"
     "在云屏临空经济区建设航空货运站。",
     {"云屏航空产业投资集团": "group", "捷运通物流股份有限公司": "company", "云屏临空物流有限公司": "company"}),
    ("合资组建云屏临空物流有限公司，在云屏临空经济技术开发区和云屏临空综合保税区建设货运站。",
     {"云屏临空物流有限公司": "company"}),
    # (guards: the short name alone, or before other words, is the firm's)
    ("合资组建云屏临空物流有限公司。云屏临空将在园区建设货运站，云屏临空经济效益显著。",
     {"云屏临空物流有限公司": "company", "云屏临空": "company"}),
    # an insurer by its short name and the line it writes (产险, 财险, 寿险, as 人寿), after a word of a name
    ("宏昇產物保險股份有限公司（以下簡稱宏昇產險）與國聯產險共派出查勘人員120餘人。",
     {"宏昇产物保险股份有限公司": "company", "宏昇产险": "company", "国联产险": "company"}),
    ("富邦產險與國泰產險理賠金額增加", {"富邦产险": "company", "国泰产险": "company"}),
    # (guards: the line of insurance after common words or a place is no insurer)
    ("车险和产险保费均有增长", {}),
    ("全国产险保费收入增长，台湾产险业保费持平", {}),
    ("个人寿险产品热销", {}),
])
def test_orgs88(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected
