"""Claims found in session 61, by the articles written blind in it."""
from claims import checks_of


def test_a_change_from_the_value_before_however_the_time_before_is_named():
    text = "扩建后，中心血液透析机由原来的42台增加到78台，增长{}。"
    assert ("growth", "consistent", ["78台", "42台"], "85.7%") in checks_of(text.format("85.7%"))
    assert ("growth", "inconsistent", ["78台", "42台"], "58.7%") in checks_of(text.format("58.7%"))
    text = "輪候入託幼兒由2023年高峰期的2,860名減少至412名，減幅{}。"
    assert ("growth", "consistent", ["412名", "2,860名"], "85.6%") in checks_of(text.format("85.6%"))
    assert ("growth", "inconsistent", ["412名", "2,860名"], "58.6%") in checks_of(text.format("58.6%"))

