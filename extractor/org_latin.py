"""Companies written in Latin letters with their legal form (挪威Nordsea Offshore AS,
Apple Inc., Tesla, Inc., XX Technology Co., Ltd.): rules/org.yaml ``latin_name``."""
from __future__ import annotations

import re

from .org_rules import OrgRules
from .org_words import Candidate

# What every match opens with (a capitalized word, then a space), found by a plain re scan.
_OPENING = re.compile(r"[A-Z][A-Za-z0-9&'.\-]*,?\s")


def latin_candidates(text: str, rules: OrgRules) -> list[Candidate]:
    """Every match of ``latin_name`` in normalized ``text``; a Group is a group."""
    if _OPENING.search(text) is None:  # (most articles: no capitalized word and a space, no scan)
        return []
    return [Candidate(m.start(), m.end(), "group" if m.group("form") == "Group" else "company",
                      "org.latin.legal_form", "suffix")
            for m in rules.latin_name.finditer(text)]
