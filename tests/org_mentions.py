"""What the org tests compare: each org of a text by its name, as its type and the text of each
mention with its offset ('青聯碼頭@21')."""
from extractor import extract


def orgs_of(text: str) -> dict[str, tuple[str, list[str]]]:
    """name -> (type, the text of each mention, with its offset: '青聯碼頭@21')."""
    return {o.name: (o.type, [f"{text[s:e]}@{s}" for s, e in o.mentions]) for o in extract(text).orgs}


def mention_at(text: str, word: str, nth: int = 1) -> str:
    """``word`` and the offset of its ``nth`` occurrence in ``text``, as orgs_of writes a mention."""
    k = -1
    for _ in range(nth):
        k = text.index(word, k + 1)
    return f"{word}@{k}"
