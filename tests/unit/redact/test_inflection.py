"""Every case form of a registered name is redacted: a table of names in six cases.

Columns: nominative, gender, then genitive, dative, accusative, instrumental,
prepositional. Names are common or clearly fictional combinations.
"""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry

FIRST_NAMES = """
Иван m Ивана Ивану Ивана Иваном Иване
Евгений m Евгения Евгению Евгения Евгением Евгении
Дмитрий m Дмитрия Дмитрию Дмитрия Дмитрием Дмитрии
Алексей m Алексея Алексею Алексея Алексеем Алексее
Сергей m Сергея Сергею Сергея Сергеем Сергее
Андрей m Андрея Андрею Андрея Андреем Андрее
Николай m Николая Николаю Николая Николаем Николае
Артём m Артёма Артёму Артёма Артёмом Артёме
Илья m Ильи Илье Илью Ильёй Илье
Никита m Никиты Никите Никиту Никитой Никите
Павел m Павла Павлу Павла Павлом Павле
Лев m Льва Льву Льва Львом Льве
Пётр m Петра Петру Петра Петром Петре
Юрий m Юрия Юрию Юрия Юрием Юрии
Фёдор m Фёдора Фёдору Фёдора Фёдором Фёдоре
Айдар m Айдара Айдару Айдара Айдаром Айдаре
Магомед m Магомеда Магомеду Магомеда Магомедом Магомеде
Баир m Баира Баиру Баира Баиром Баире
Заур m Заура Зауру Заура Зауром Зауре
Бато m Бато Бато Бато Бато Бато
Мария f Марии Марии Марию Марией Марии
Любовь f Любови Любови Любовь Любовью Любови
Евгения f Евгении Евгении Евгению Евгенией Евгении
Наталья f Натальи Наталье Наталью Натальей Наталье
Ольга f Ольги Ольге Ольгу Ольгой Ольге
Анна f Анны Анне Анну Анной Анне
Ирина f Ирины Ирине Ирину Ириной Ирине
Юлия f Юлии Юлии Юлию Юлией Юлии
Ксения f Ксении Ксении Ксению Ксенией Ксении
Дарья f Дарьи Дарье Дарью Дарьей Дарье
Татьяна f Татьяны Татьяне Татьяну Татьяной Татьяне
Светлана f Светланы Светлане Светлану Светланой Светлане
Нина f Нины Нине Нину Ниной Нине
Аюна f Аюны Аюне Аюну Аюной Аюне
Мадина f Мадины Мадине Мадину Мадиной Мадине
"""

SURNAMES = """
Горшенин m Горшенина Горшенину Горшенина Горшениным Горшенине
Горшенина f Горшениной Горшениной Горшенину Горшениной Горшениной
Зайцев m Зайцева Зайцеву Зайцева Зайцевым Зайцеве
Зайцева f Зайцевой Зайцевой Зайцеву Зайцевой Зайцевой
Иванов m Иванова Иванову Иванова Ивановым Иванове
Смирнова f Смирновой Смирновой Смирнову Смирновой Смирновой
Кузнецов m Кузнецова Кузнецову Кузнецова Кузнецовым Кузнецове
Соколова f Соколовой Соколовой Соколову Соколовой Соколовой
Лебедев m Лебедева Лебедеву Лебедева Лебедевым Лебедеве
Ильина f Ильиной Ильиной Ильину Ильиной Ильиной
Достоевский m Достоевского Достоевскому Достоевского Достоевским Достоевском
Вишневская f Вишневской Вишневской Вишневскую Вишневской Вишневской
Цырендоржиев m Цырендоржиева Цырендоржиеву Цырендоржиева Цырендоржиевым Цырендоржиеве
Дашиева f Дашиевой Дашиевой Дашиеву Дашиевой Дашиевой
Ооржак m Ооржака Ооржаку Ооржака Ооржаком Ооржаке
Монгуш m Монгуша Монгушу Монгуша Монгушем Монгуше
Алиев m Алиева Алиеву Алиева Алиевым Алиеве
Магомедова f Магомедовой Магомедовой Магомедову Магомедовой Магомедовой
Хубулава m Хубулава Хубулава Хубулава Хубулава Хубулава
Черных m Черных Черных Черных Черных Черных
Шевченко f Шевченко Шевченко Шевченко Шевченко Шевченко
Ким f Ким Ким Ким Ким Ким
"""


def _rows(table: str) -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in table.strip().splitlines():
        nominative, gender, *forms = line.split()
        rows.append((nominative, gender, forms))
    return rows


ROWS = _rows(FIRST_NAMES) + _rows(SURNAMES)
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def test_the_table_has_at_least_fifty_names() -> None:
    assert len(ROWS) >= 50


@pytest.fixture(scope="module")
def redactors() -> dict[tuple[str, str], Redactor]:
    return {
        (n, g): Redactor(Registry([Person(n, gender=g)]), public_figures=False) for n, g, _ in ROWS
    }


@pytest.mark.parametrize(("nominative", "gender", "forms"), ROWS, ids=[r[0] for r in ROWS])
def test_every_case_form_of_a_registered_name_is_redacted(
    redactors: dict[tuple[str, str], Redactor], nominative: str, gender: str, forms: list[str]
) -> None:
    redactor = redactors[(nominative, gender)]
    for form in [nominative, *forms]:
        text = f"Вчера мы говорили: {form} был там."
        result = redactor.redact(text, lang="ru")
        assert form not in result.text, form
        assert result.findings[0].kind == "person"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Жена Евгения пришла.", "Жена Ивана пришла."),
        ("Мы позвонили Евгению.", "Мы позвонили Ивану."),
        ("Говорили с Евгением.", "Говорили с Иваном."),
        ("Думали о Евгении.", "Думали об Иване."),
        ("Евгений пришёл.", "Иван пришёл."),
        ("ЕВГЕНИЙ пришёл.", "ИВАН пришёл."),
    ],
)
def test_the_pseudonym_takes_the_case_of_the_mention(sentence: str, expected: str) -> None:
    redactor = Redactor(Registry([Person("Евгений Горшенин", pseudonym="Иван")]))
    assert redactor.redact(sentence, lang="ru").text == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Письмо от Любови.", "Письмо от Марии."),
        ("Любовь Зайцева сказала.", "Мария сказала."),
        ("Рядом с Зайцевой.", "Рядом с Марией."),
    ],
)
def test_a_feminine_pseudonym_takes_the_case_too(sentence: str, expected: str) -> None:
    redactor = Redactor(Registry([Person("Любовь Зайцева", gender="f", pseudonym="Мария")]))
    assert redactor.redact(sentence, lang="ru").text == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Мы позвонили Евгению.", "Мы позвонили Батразу."),
        ("Говорили с Евгением.", "Говорили с Батразом."),
        ("Жена Евгения пришла.", "Жена Батраза пришла."),
    ],
)
def test_a_pseudonym_the_dictionary_does_not_know_declines_by_its_ending(
    sentence: str, expected: str
) -> None:
    redactor = Redactor(Registry([Person("Евгений Горшенин", gender="m", pseudonym="Батраз")]))
    assert redactor.redact(sentence, lang="ru").text == expected
