"""Claims found in session 58, by the articles written blind in it."""
from claims import totals_of


def test_funds_of_every_level_of_government_are_all_of_them():
    text = ("全县共争取各级病虫害防控资金1,286万元，比上年增加158万元。其中，中央财政农业生产防灾减灾资金680万元，"
            "占资金总额的52.9%；省级财政资金420万元；县级财政配套资金{}万元。")
    assert ("consistent", "1,286万元", ["680万元", "420万元", "186万元"]) in totals_of(text.format("186"))
    # (parts short of the total: not some of the levels, every one of them, so a part is mistyped)
    assert ("inconsistent", "1,286万元", ["680万元", "420万元", "168万元"]) in totals_of(text.format("168"))


def test_a_part_of_the_total_between_is_no_total_of_a_classification_that_overflows_it():
    text = ("协会会员企业实现漆器出口1.68亿美元，同比增长11.3%。其中，脱胎漆器出口9,150万美元，占比54.5%。"
            "分市场看，对欧盟、美国、日韩和东盟及其他市场分别出口5,860万美元、4,320万美元、{}万美元和3,680万美元。")
    parts = ["5,860万美元", "4,320万美元", "2,940万美元", "3,680万美元"]
    assert ("consistent", "1.68亿美元", parts) in totals_of(text.format("2,940"))
    mistyped = [p if p != "2,940万美元" else "2,490万美元" for p in parts]
    assert ("inconsistent", "1.68亿美元", mistyped) in totals_of(text.format("2,490"))


def test_rates_of_money_saved_paid_out_and_disputes_settled():
    from claims import checks_of
    saved = "采购预算425万元，萍溪县惠农农资有限公司以386.5万元中标，节约资金38.5万元，节支率{}。"
    assert ("ratio", "consistent", ["38.5万元", "425万元"], "9.1%") in checks_of(saved.format("9.1%"))
    assert ("ratio", "inconsistent", ["38.5万元", "425万元"], "19.1%") in checks_of(saved.format("19.1%"))
    # (paid to the schools: where the money went, after the act)
    paid = "全年下达营养膳食补助资金4,380万元。截至12月底，已拨付到校4,215万元，拨付率{}。"
    assert ("ratio", "consistent", ["4,215万元", "4,380万元"], "96.2%") in checks_of(paid.format("96.2%"))
    # (a project's money paid out over its investment)
    project = "项目总投资4,826万元，由县财政局专账管理。截至11月底，累计拨付资金4,135万元，拨付率{}。"
    assert ("ratio", "consistent", ["4,135万元", "4,826万元"], "85.7%") in checks_of(project.format("85.7%"))
    settled = "受理权属争议426件，调处化解398件，调处成功率{}。"
    assert ("ratio", "consistent", ["398件", "426件"], "93.4%") in checks_of(settled.format("93.4%"))
    assert ("ratio", "inconsistent", ["398件", "426件"], "39.4%") in checks_of(settled.format("39.4%"))
