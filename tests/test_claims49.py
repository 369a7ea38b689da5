"""Claims found by the articles written blind in session 54."""
from claims import checks_of, totals_of


def test_a_part_given_as_a_share_of_another_part_is_inside_it():
    # 农户贷款 is a part of 涉农贷款 (its share says so), no sibling: the two do not add up to the loans
    text = ("各项贷款余额121.56亿元，比年初增加9.84亿元，增长8.8%。其中，涉农贷款余额94.73亿元，占各项贷款余额的77.9%；"
            "农户贷款余额61.28亿元，占涉农贷款的64.7%。")
    checks = checks_of(text)
    assert ("ratio", "consistent", ["61.28亿元", "94.73亿元"], "64.7%") in checks
    assert not totals_of(text)
    # (parts that are siblings still add up: each a share of the total)
    siblings = ("各项贷款余额121.56亿元。其中，涉农贷款余额94.73亿元，占各项贷款余额的77.9%；"
                "其他贷款余额26.83亿元，占各项贷款余额的22.1%。")
    assert ("consistent", "121.56亿元", ["94.73亿元", "26.83亿元"]) in totals_of(siblings)
