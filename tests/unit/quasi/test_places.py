"""Size classes of settlements from the GeoNames-derived file, in any case form."""

from __future__ import annotations

import pytest

from intake.quasi import places


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("Москва", "city"),
        ("Москвы", "city"),
        ("Улан-Удэ", "city"),
        ("Кяхта", "town"),
        ("Кяхте", "town"),
        ("Kyakhta", "town"),
        ("Moscow", "city"),
    ],
)
def test_listed_names_have_their_size_class_in_any_case(name: str, size: str) -> None:
    assert places.size_of(name) == size


def test_a_name_the_gazetteer_lacks_has_no_class() -> None:
    assert places.size_of("Выдумкино") is None


def test_the_region_named_in_the_same_sentence_is_found_outside_the_detail() -> None:
    text = "Он из села Выдумкино, это в Бурятии. Потом в Якутии."
    span = places.region_near(text, 7, 20, "ru")
    assert span is not None and text[span[0] : span[1]] == "в Бурятии"
