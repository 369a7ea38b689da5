"""Firms whose short name is an ordinary word too (苹果, 小米, 联想), and bodies named by a
common noun (Hong Kong's 天文台), named by it alone where the article names them beyond doubt
elsewhere (苹果公司, iPhone, 库克; 香港天文台): a candidate source mixed into orgs._Finder."""
from __future__ import annotations

from .org_words import ALNUM, Candidate, OrgWords
from .wordcut import segmenter


class AnchoredSource(OrgWords):
    """Mixed into orgs._Finder: the bare names of ``anchored_names`` in an article
    holding one of their anchors."""

    def anchored_candidates(self) -> list[Candidate]:
        text, r = self.text, self.rules
        out = []
        for name, anchors in r.anchored_names.items():
            if name not in text or not any(a in text for a in anchors):
                continue
            typ = r.anchored_types.get(name, "company")
            s = text.find(name)
            while s >= 0:
                if self.stands_alone(s, s + len(name)):
                    out.append(Candidate(s, s + len(name), typ, f"org.anchored.{typ}", "gazetteer"))
                s = text.find(name, s + len(name))
        return out

    def stands_alone(self, s: int, e: int) -> bool:
        """Is the anchored name at ``[s, e)`` the firm's, by the words around it (not
        一加|6, the phone, 苹果|手机, a product, 吃|苹果 and 青|苹果, the fruit, 联想|到, a
        thought), a word of its own?"""
        text, r = self.text, self.rules
        return not (text.startswith(r.anchored_not_after, e) or text[s - 1:s] in r.anchored_not_before
                    or text[max(0, s - 2):s] in r.anchored_not_before
                    or (e < len(text) and ALNUM.match(text[e]) is not None) or segmenter(r).straddled(text, s, e))

    def not_anchored_mention(self, s: int, e: int) -> bool:
        """Is ``[s, e)`` an anchored name where it names no firm (for the mentions of
        one found: the second 苹果 of 吃一个苹果 is the fruit)?"""
        return self.text[s:e] in self.rules.anchored_names and not self.stands_alone(s, e)
