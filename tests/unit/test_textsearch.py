"""Search normalisation: inflected Russian forms, ё/е and case meet; queries cannot inject
FTS5 syntax; snippets come from the original text."""

from __future__ import annotations

import sqlite3

import pytest

from intake import textsearch


def index_words(text: str) -> set[str]:
    return set(textsearch.normalise(text).split())


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Артём", "Жена Артёма позвонила"),
        ("Артём", "Мы говорили с Артёмом"),
        ("артем", "АРТЁМ пропал"),
        ("Артёма", "артем пропал"),
        ("телеграм", "Написала в телеграме"),
        ("подвал", "Его держали в подвалах"),
        ("Горшенин", "Сын Горшениной"),
        ("ёжик", "Ежики"),
    ],
)
def test_a_query_word_meets_its_inflected_forms(query: str, text: str) -> None:
    (terms,) = textsearch.query_terms(query)
    assert set(terms) & index_words(text)


def test_latin_words_are_lowercased_and_left_to_the_porter_stemmer() -> None:
    assert textsearch.normalise("Telegram WhatsApp") == "telegram whatsapp"


def test_an_ambiguous_russian_word_is_indexed_under_each_reading() -> None:
    assert {"стать", "сталь"} <= index_words("стали")


@pytest.mark.parametrize("query", ['"', 'a" OR "b', "NEAR(a b)", "x*", "col:word", "^a", "-"])
def test_a_query_can_never_be_read_as_fts5_syntax(query: str) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(body)")
    db.execute("INSERT INTO f VALUES ('a b x word')")
    expression = textsearch.fts_query(query)
    if expression is not None:
        db.execute("SELECT rowid FROM f WHERE f MATCH ?", (expression,)).fetchall()


def test_a_query_without_words_gives_no_expression() -> None:
    assert textsearch.fts_query(" … !? ") is None


def test_the_snippet_is_cut_from_the_original_text_around_the_match() -> None:
    transcript = (
        "Сначала мы долго ждали новостей. " * 5
        + "Потом Ольга написала мне в телеграме, что Артёма перевели. "
        + "Больше ничего не известно. " * 5
    )
    found = textsearch.snippet({"title": "Звонок", "transcript": transcript}, "телеграм")
    assert found is not None
    assert found.field == "transcript"
    assert "[телеграме]" in found.text
    assert found.text.startswith("…") and found.text.endswith("…")
    assert len(found.text.split()) <= textsearch.SNIPPET_WORDS + 2


def test_the_snippet_prefers_the_first_field_that_matches() -> None:
    found = textsearch.snippet({"title": "Артём", "transcript": "Про Артёма"}, "артем")
    assert found is not None and found.field == "title" and found.text == "[Артём]"


def test_a_suppletive_form_still_gets_a_snippet() -> None:
    found = textsearch.snippet({"transcript": "Он шёл домой"}, "идти")
    assert found is not None and "[шёл]" in found.text


@pytest.mark.parametrize(
    ("query", "word"),
    [("detain", "detained"), ("border", "borders"), ("calls", "calling"), ("Marina", "Marina's")],
)
def test_an_english_snippet_finds_inflected_words(query: str, word: str) -> None:
    found = textsearch.snippet({"transcript": f"He was {word} at night"}, query)
    assert found is not None and f"[{word.split(chr(39), maxsplit=1)[0]}]" in found.text


@pytest.mark.parametrize(
    "word",
    [
        "артёма",
        "стали",
        "телеграмме",
        "шёл",
        "подвалах",
        "люди",
        "жена",
        "ежики",
        "зюзюквинского",
        "телеграме",
    ],
)
def test_the_fast_dictionary_lookup_agrees_with_pymorphy3(word: str) -> None:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    fast = textsearch.dictionary_lemmas(word)
    if morph.word_is_known(word):
        assert set(fast) == set(morph.normal_forms(word))
    else:
        assert fast == []


def test_forget_drops_every_word_seen() -> None:
    textsearch.normalise("Зюзюквинского увезли")
    textsearch.snippet({"transcript": "Зюзюквинского увезли"}, "увезти")
    textsearch.forget()
    assert textsearch.lemmas.cache_info().currsize == 0
