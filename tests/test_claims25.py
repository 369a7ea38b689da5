"""Claims found by the batches of articles written blind in session 40 (a county's investment
promotion, a development zone, a township, the private economy, a company's annual report, a Hong
Kong interim report, a city bank, a bond issue, a monthly release, foreign trade, a budget, a
holiday week, a signing week, an association, a university's contracts, key projects)."""
import pytest

from claims import checks_of

_STARTS = "今年全省安排省级重点项目620个。620个项目中已开工项目558个，开工率{rate}，其中新开工项目236个、续建项目322个。"


@pytest.mark.parametrize("rate, status", [("90.0%", "consistent"), ("93.0%", "inconsistent")])
def test_a_named_rate_reads_the_figure_before_it_not_its_part_after(rate, status):
    checks = checks_of(_STARTS.format(rate=rate))
    assert ("ratio", status, ["558个", "620个"], rate) in checks
    assert not any(c[2][0] == "236个" for c in checks if c[0] == "ratio")


@pytest.mark.parametrize("rate, status", [("90.8%", "consistent"), ("80.9%", "inconsistent")])
def test_a_plan_is_the_whole_of_its_rate_not_its_numerator(rate, status):
    text = _STARTS.format(rate="90.0%") + f"今年计划新开工项目260个，新开工率{rate}。"
    assert ("ratio", status, ["236个", "260个"], rate) in checks_of(text)
