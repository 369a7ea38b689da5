"""What the claim tests compare: each check of a text as (kind, status, the texts of its
inputs, the text of the reported figure), each sum as (status, total, parts), and each share
as (status, the texts of its part and whole)."""
from extractor import extract


def checks_of(text):
    article = extract(text)
    by_id = {f.id: f for f in article.figures}
    return [(c.kind, c.status, [by_id[i].text for i in c.inputs], by_id[c.reported].text if c.reported else None)
            for c in article.checks]


def totals_of(text):
    article = extract(text)
    by_id = {f.id: f.text for f in article.figures}
    return [(c.status, by_id[c.total], [by_id[i] for i in c.inputs]) for c in article.checks if c.kind == "sum"]


def shares_of(text):
    article = extract(text)
    by_id = {f.id: f.text for f in article.figures}
    return [(c.status, [by_id[i] for i in c.inputs]) for c in article.checks if c.relation == "share"]


def assert_rate(text, inputs, rate):
    """The right rate (``rate[0]``) of ``inputs`` checks consistent, the wrong one (``rate[1]``) inconsistent."""
    right, wrong = rate
    assert ("ratio", "consistent", inputs, right) in checks_of(text.format(right))
    assert ("ratio", "inconsistent", inputs, wrong) in checks_of(text.format(wrong))
