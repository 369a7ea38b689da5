"""occurrences(): a find loop on short texts, one automaton pass on long ones; the same answer."""
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import occurrences as O

ALPHABET = "中国华能集团公司ab"


def plain(text, words):
    out = {}
    for w in dict.fromkeys(words):
        if w:
            out[w] = [i for i in range(len(text)) if text.startswith(w, i)]
    return out


@settings(max_examples=300, deadline=None)
@given(text=st.text(ALPHABET, max_size=60), words=st.lists(st.text(ALPHABET, min_size=1, max_size=4), max_size=8),
       automaton=st.booleans())
def test_occurrences_are_every_start_of_every_word(text, words, automaton):
    saved = O._AUTOMATON_AT
    O._AUTOMATON_AT = 0 if automaton else 10 ** 12  # both paths on the same inputs
    try:
        assert O.occurrences(text, words) == plain(text, words)
    finally:
        O._AUTOMATON_AT = saved
