"""Refusal messages show a hit in its context without showing the hit."""

from __future__ import annotations

from intake.check import masked_context


def test_the_hit_shows_only_its_first_character() -> None:
    text = "В протоколе записали как Кравчинко в графе."
    start = text.index("Кравчинко")
    shown = masked_context(text, start, start + len("Кравчинко"))
    assert "Кравчинко" not in shown and "«К••••••••»" in shown
    assert "записали как" in shown and "в графе" in shown


def test_other_capitalised_words_and_numbers_around_it_are_masked_too() -> None:
    text = "Звонил Тувинцев с номера 9000001 и Бурятову писал."
    start = text.index("Бурятову")
    shown = masked_context(text, start, start + len("Бурятову"))
    assert "Тувинцев" not in shown and "9000001" not in shown and "Бурятову" not in shown
