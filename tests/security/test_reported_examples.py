"""The leaks first reported on new text stay closed, taken as a new user takes them.

Registry and sentences follow the report: forms nobody registered (a diminutive's
possessive, a diminutive, a vocative, a misspelling in a quoted document), surnames
outside Russian morphology in every case, disguised letters, and identifiers written the
ways people type them. Each text is added, its consent recorded, reviewed with the
defaults (no NER), approved and exported with its transcript. Every form and identifier
listed by hand below must then be absent from the export, or the export refused (exit 3,
nothing written, no form quoted). Every person and number is invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from intake.errors import EXIT_LEAK
from tests.conftest import Result

Cli = Callable[..., Result]

PEOPLE = [
    ("Сергей Кравченко", "m", "Олег Сидоренко"),
    ("Елена Кравченко", "f", "Ольга Сидоренко"),
    ("Сергей Зуев", "m", "Павел Лыков"),
    ("Дмитрий Жуковский", "m", "Игнат Берёзкин"),
    ("Аяс Хертек", "m", "Тимур Алиев"),
    ("Буян Монгуш", "m", "Артур Салчак"),
]

# Disguises written out by hand, so the expected plain forms never come from the fold.
FE0F, TAG_E, BRAILLE_BLANK, SOFT_HYPHEN = "\ufe0f", "\U000e0065", "\u2800", "\u00ad"
GREEK_KAPPA, GREEK_OMICRON, GREEK_ALPHA = "\u039a", "\u03bf", "\u03b1"
UNDISGUISE = {FE0F: "", TAG_E: "", BRAILLE_BLANK: "", SOFT_HYPHEN: ""} | {
    GREEK_KAPPA: "К",
    GREEK_OMICRON: "о",
    GREEK_ALPHA: "а",
}

# (what the report saw, the testimony, the strings that must not be published)
EXAMPLES = [
    (
        "forms nobody registered",
        "Серёжкин рюкзак так и остался у двери. Димин телефон молчит с весны. Ленуська "
        "плакала всю ночь. Я кричала в трубку: «Серёж, ответь!» В протоколе его записали "
        "как «Кравчинко», с ошибкой.",
        ["Серёжкин", "Димин", "Ленуська", "Серёж", "Кравчинко"],
    ),
    (
        "surnames outside Russian morphology, every case",
        "Хертек служил с весны. Хертека увезли ночью. Хертеку не дали позвонить. Я видела "
        "Хертека на видео. Мы говорили с Хертеком в марте. О Хертеке никто не пишет. "
        "Монгуш сидит там же. У Монгуша нет адвоката. Монгушу передали тёплые вещи. С "
        "Монгушом никто не говорил. О Монгуше молчат.",
        [
            "Хертек",
            "Хертека",
            "Хертеку",
            "Хертеком",
            "Хертеке",
            "Монгуш",
            "Монгуша",
            "Монгушу",
            "Монгушом",
            "Монгуше",
        ],
    ),
    (
        "disguised letters",
        f"Первым пришёл Кравченко{FE0F}. Потом Кравч{TAG_E}енко звонил. Зу{BRAILLE_BLANK}ев "
        f"молчал. {GREEK_KAPPA}равченко ушёл. Жук{GREEK_OMICRON}вский остался. Хертек "
        f"был р{GREEK_ALPHA}нен. Жуков{SOFT_HYPHEN}ский писал.",
        ["Кравченко", "Зуев", "Жуковский", "Хертек"],
    ),
    (
        "identifiers as people type them",
        'Позывной «Гром», а у второго позывной "Ветер". Служили в в/ч 12345, в бумагах '
        "войсковая часть №54321, а в английской справке military unit 67890. Личный номер "
        "АБ-123456. Паспорт: серия 46 09, номер 000512. Последняя точка 47.9° N, 33.2° E. "
        "Деньги шли на карту 2202 0000 9876 5431.",
        [
            "Гром",
            "Ветер",
            "12345",
            "54321",
            "67890",
            "АБ-123456",
            "46 09",
            "000512",
            "47.9",
            "33.2",
            "2202 0000 9876 5431",
        ],
    ),
]


def undisguised(text: str) -> str:
    return "".join(UNDISGUISE.get(ch, ch) for ch in text)


def standing(text: str, forms: list[str]) -> list[str]:
    """The forms that stand in ``text`` (any case, disguises taken out) with no letter or
    digit on either side."""
    plain = undisguised(text).lower()
    edge = r"[^\W_]"
    return [f for f in forms if re.search(rf"(?<!{edge}){re.escape(f.lower())}(?!{edge})", plain)]


@pytest.fixture
def registered(cli: Cli, made_vault: tuple[Path, str]) -> Cli:
    for name, gender, pseudonym in PEOPLE:
        added = cli(
            "person", "add", "--gender", gender, "--pseudonym", pseudonym, stdin=name.encode()
        )
        assert added.code == 0, added.stderr
    return cli


@pytest.mark.parametrize(
    ("text", "forms"), [(t, f) for _s, t, f in EXAMPLES], ids=[s for s, _t, _f in EXAMPLES]
)
def test_a_reported_leak_reaches_no_export(
    registered: Cli, tmp_path: Path, text: str, forms: list[str]
) -> None:
    cli = registered
    assert standing(text, forms) == forms  # the premise: every form is in the testimony
    source = tmp_path / "testimony.txt"
    source.write_text(text, encoding="utf-8")
    added = cli("add", str(source), "--lang", "ru", "--title", "Свидетельство соседки")
    assert added.code == 0, added.stderr
    tid = added.stdout.strip().splitlines()[-1]
    assert cli("edit", tid, "--consent-summary", "--consent-quotes").code == 0
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    result = cli("export", "--with-transcript", "--out", str(out), tid)

    if result.code == EXIT_LEAK:
        assert list(tmp_path.glob("publication*")) == [], "a refusal writes nothing"
        assert standing(result.stderr, forms) == [], "a refusal never quotes a form"
        return
    assert result.code == 0, result.stderr
    assert standing(out.read_text(encoding="utf-8"), forms) == []
