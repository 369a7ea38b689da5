"""Org rules added for the s81 articles.  Invented sentences; each asserts the orgs found."""
from __future__ import annotations

from extractor.api import extract


def test_press_release_service_on_the_header_line_is_the_outlet():
    text = "2025年1月2日（星期四）　香港特別行政區政府新聞公報\n　　地政總署今日公布數字。"
    assert {o.name for o in extract(text).orgs} == {"地政总署"}
