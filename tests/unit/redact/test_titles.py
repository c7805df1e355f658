"""A title that opens a sentence is no part of the name after it, and an initial a registered
name writes is that person's. A monk's "гелюнг" capitalised at a sentence's start ("Гелюнг
Дагва всё прочитает"), where the text elsewhere writes "гелюнг Дагва", is his title: a
name nobody registered is redacted without it, and a public figure registered by his name
alone is kept with it, not read as a stranger's name of two words around his (which the
leak gate would then find kept in "гелюнг Дагва"). A priest registered as "о. Сергий" is
"О. Сергий" opening a sentence. The sentences are written by hand; every name is invented.
"""

from __future__ import annotations

from intake.redact import Redactor, Registry
from intake.redact.initials import letters_of

_MONK = (
    "Группу ведёт гелюнг {name} из хурула. Записки передали ему. "
    "Ринпоче уехал до весны. Гелюнг {name} всё прочитает в субботу."
)


def _registry(people: list[dict[str, object]]) -> Registry:
    return Registry.from_json({"people": people, "terms": []})


def test_a_public_figure_keeps_his_title_opening_a_sentence() -> None:
    registry = _registry(
        [
            {"id": "p1", "name": "Дагвадорж", "gender": "m", "public": True},
            {"id": "p2", "name": "Цэрэн Балдаева", "gender": "f", "pseudonym": "Ольга"},
        ]
    )
    text = _MONK.format(name="Дагвадорж")
    out = Redactor(registry).redact(text).text
    assert out == text  # nothing private here: every word stays, the title too


def test_a_name_nobody_registered_is_redacted_without_the_title() -> None:
    text = _MONK.format(name="Норбу Дагва")
    out = Redactor(Registry([])).redact(text).text
    assert "Норбу" not in out and "Дагва" not in out, out
    assert "Гелюнг [" in out and "гелюнг [" in out, out  # the title, kept each time


def test_names_written_in_lower_case_are_no_title() -> None:
    # sloppy chat writes the whole name in lower case: no word of it is a title
    text = "вчера звонил монгуш аяс, просил перезвонить. Монгуш Аяс потом не ответил."
    out = Redactor(Registry([])).redact(text).text
    assert "Монгуш" not in out, out


def test_a_first_name_in_lower_case_is_no_title() -> None:
    # "лев" is a word too, but the dictionary knows "Лев" as a name: it stays in the span
    text = "Потом пришёл лев Дагва, сосед. Лев Дагва плакал весь вечер."
    out = Redactor(Registry([])).redact(text).text
    assert "Лев" not in out and "Дагва" not in out, out


def test_a_registered_priest_keeps_his_letter_opening_a_sentence() -> None:
    registry = _registry(
        [
            {"id": "p1", "name": "о. Сергий", "gender": "m", "public": True},
            {"id": "p2", "name": "Лидия Ткачук", "gender": "f", "pseudonym": "Тамара"},
        ]
    )
    text = (
        "Просит, чтобы икону освятил о. Сергий в субботу. Лидия плачет. "
        "О. Сергий сказал не вырывать лист, а переписать."
    )
    out = Redactor(registry).redact(text).text
    assert "О. Сергий сказал" in out and "освятил о. Сергий" in out, out
    assert "Лидия" not in out, out


def test_an_initial_the_registered_name_writes_is_the_persons() -> None:
    assert letters_of("о. Сергий", []) == {"О", "С", "S"}
    assert letters_of("Мухин А. В.", []) == {"А"}
    assert letters_of("Мухин", []) == frozenset()


def test_a_capitalised_word_inside_a_sentence_stays_in_the_name() -> None:
    # only a sentence's first word is capitalised by its place; inside one, the writer
    # capitalised it as part of the name
    text = "В хуруле служит гелюнг Норбу Дагва. Вчера звонил Гелюнг Норбу Дагва, просил денег."
    out = Redactor(Registry([])).redact(text).text
    assert "Гелюнг" not in out and "Норбу" not in out, out
