"""No form of a registered person reaches an export, whatever shape it takes.

Each class of form below is planted in a testimony of its own, in the places people
put names (mid-sentence, opening a sentence or a line, after a dash, in quotes or
brackets, in lower case, inside a handle or a link), and taken through the whole
workflow a new user follows: register the people, review with the defaults,
approve, export with the transcript. Each form must then be absent from the export
(redacted), or the export refused (exit 3, nothing written) until it is decided.

The forms come from the hand-written tables of this file, never from the engine's
form table. Every person, handle and address is invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from intake import models, people, testimonies
from intake.errors import EXIT_LEAK
from intake.models import Consent, Gender, Interview
from tests.cli.export_world import open_vault
from tests.conftest import Result

Cli = Callable[..., Result]

PEOPLE = [
    ("Анатолий Лисицын", Gender.MALE),
    ("Николай Гребнев", Gender.MALE),
    ("Сергей Кравченко", Gender.MALE),
    ("Елена Кравченко", Gender.FEMALE),
    ("Алексей Зуев", Gender.MALE),
    ("Александр Тарасов", Gender.MALE),
    ("Дмитрий Жуковский", Gender.MALE),
    ("Владимир Сомов", Gender.MALE),
    ("Роман Белых", Gender.MALE),
    ("Татьяна Ершова", Gender.FEMALE),
    ("Наталья Сомова", Gender.FEMALE),
    ("Михаил Котов", Gender.MALE),
    ("Игорь Орёл", Gender.MALE),
    ("Роза Галиева", Gender.FEMALE),
    ("Лев Панкратов", Gender.MALE),
    ("Сергей Шойгу", Gender.MALE),  # a private man who shares a minister's name
    ("William Carter", Gender.MALE),
    ("Elizabeth Moore", Gender.FEMALE),
]

# (class, testimony text, the forms that must not be published)
CLASSES = [
    (
        "colloquial short forms in every case",
        "Вчера Толян сказал, что уезжает. Мы с Толяном долго говорили. Потом позвонил "
        "Колян, и я спросила у Коляна, где он. Без Серёги было тяжело, Серёгин брат "
        "молчал. Лёхина мать плакала. У Санька не было документов. Димона забрали, с "
        "Ромычем говорили двое. Танюхе звонили ночью. Наташкин муж молчал, Вовчик пропал.",
        "Толян Толяном Колян Коляна Серёги Серёгин Лёхина Санька Димона Ромычем Танюхе "
        "Наташкин Вовчик",
    ),
    (
        "short forms that are also words, opening a sentence or a line",
        "Было тихо. Толику позвонили ночью.\nМишка сказал, что уезжает.\nСерёжка молчал. "
        "Ромашка ждала. Колька курил. Сане никто не верил. Ростя тоже.",
        "Толику Мишка Серёжка Колька Сане",
    ),
    (
        "after a dash, in quotes and brackets",
        "— Толян, иди сюда! — крикнул кто-то.\n— Лёха, ты где?\nВсе звали его «Толян». "
        'Записали как "Лёха". Позывной у него (Ромыч) был. [Танюха] всё видела.',
        "Толян Лёха Ромыч Танюха",
    ),
    (
        "lower case in a retyped chat",
        "переписка из телефона:\nтолян сказал что уезжает\nя написала серёге и лене\n"
        "спроси у кравченко\nмишка молчит толику звонили\nу зуева телефон выключен",
        "толян серёге лене кравченко мишка толику зуева",
    ),
    (
        "handles, e-mail addresses and links",
        "Его ник в телеграме s.kravchenko84, у брата @zuev_aleksey. Страница "
        "vk.com/lena.kravchenko удалена. Пишите на tolik.lisitsyn@mail.example или "
        "t.me/tanya_ershova1990.",
        "kravchenko84 kravchenko zuev lena tolik lisitsyn tanya ershova",
    ),
    (
        "transliterated forms in mixed text",
        "Потом написал Serezha: «всё хорошо». Tolik тоже. Kravchenko's wife и Lena's "
        "sister уехали. Zhukovsky's car стоял у дома. i told seryozha and lena's mom.",
        "Serezha Tolik Kravchenko's Lena's Zhukovsky's seryozha",
    ),
    (
        "short forms of English first names",
        "Later Billy told us he was leaving. It was quiet. Will said nothing. We saw Bill's "
        "car outside. Lizzie and Beth were there.\ni told bill and liz about it.",
        "Billy Will Bill's Lizzie Beth bill liz",
    ),
    (
        "families, hyphens, initials and split words",
        "Тарасов-младший уехал. Зуевы молчат. У Зуевых обыск. Кравченки уехали. Ершовы "
        "тоже. Пришёл С.Кравченко, потом Кравченко С.С. и Н.Н.Гребнев. Мы ждали, пока "
        "Крав\u00adченко вернётся. Потом Греб-\nнев позвонил.",
        "Тарасов Зуевы Зуевых Кравченки Ершовы Кравченко Гребнев Греб-\nнев",
    ),
    (
        "names that are also words, places or a public figure's",
        "Мой брат Игорь Орёл служил там. Орла забрали. С Орлом никто не говорил. Роза "
        "сказала, что боится. Розе звонили ночью. Льву звонили тоже, со Львом никто не "
        "говорил. Я уверена в Жуковском. Сергей Шойгу пришёл домой, Шойгу там нет.",
        "Орёл Орла Орлом Роза Розе Льву Львом Жуковском Сергей Шойгу",
    ),
]
IDS = [name for name, _text, _forms in CLASSES]


def _vault_with(vault_path: Path, *texts: str) -> list[str]:
    """The registry above and one testimony per text (its ids)."""
    with open_vault(vault_path) as vault:
        for name, gender in PEOPLE:
            people.register(vault, name, gender=gender)
        drafts = [
            models.Testimony(
                id="",
                title="Свидетельство соседки",
                transcript=text,
                summary=text,
                interview=Interview(language="ru", date="2026-03-14"),
                consent=Consent(publish_summary=True, publish_quotes=True),
            )
            for text in texts
        ]
        return [testimonies.create(vault, draft).id for draft in drafts]


def published(text: str, forms: list[str]) -> list[str]:
    """The forms that stand in ``text`` with no letter on either side (any case; a digit or
    an underscore beside one, as in a handle, does not hide it)."""
    lower = text.lower()
    letter = r"[^\W\d_]"
    return [
        f for f in forms if re.search(rf"(?<!{letter}){re.escape(f.lower())}(?!{letter})", lower)
    ]


def _export(cli: Cli, tid: str, out: Path, *review: str) -> Result:
    assert cli("review", tid, "--accept-defaults", *review).code == 0
    assert cli("approve", tid).code == 0
    return cli("export", "--with-transcript", "--out", str(out), tid)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "forms"), [(t, f) for _n, t, f in CLASSES], ids=IDS)
def test_no_planted_form_reaches_the_export(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path, text: str, forms: str
) -> None:
    wanted = forms.split(" ")
    assert published(text, wanted) == wanted  # the premise: each form is in the testimony
    [tid] = _vault_with(made_vault[0], text)
    out = tmp_path / "publication.md"
    result = _export(cli, tid, out)
    if result.code == EXIT_LEAK:
        assert list(tmp_path.glob("publication.md*")) == [], "a refusal writes nothing"
        assert published(result.stderr, wanted) == [], "a refusal never quotes a form"
        return
    assert result.code == 0, result.stderr
    assert published(out.read_text(encoding="utf-8"), wanted) == []


@pytest.mark.slow
def test_with_the_russian_ner_model_no_planted_form_reaches_the_export_either(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """The review a careful user runs (--ner) decides more findings: none of them may
    bring a form back."""
    text = " ".join(t for _n, t, _f in CLASSES[:3])
    wanted = " ".join(f for _n, _t, f in CLASSES[:3]).split(" ")
    [tid] = _vault_with(made_vault[0], text)
    out = tmp_path / "publication.md"
    result = _export(cli, tid, out, "--ner")
    assert result.code in (0, EXIT_LEAK), result.stderr
    written = out.read_text(encoding="utf-8") if result.code == 0 else ""
    assert published(written, wanted) == []


@pytest.mark.slow
def test_a_place_its_context_settles_is_published_and_one_it_does_not_is_not(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """Both sides of the rule for a registered surname that is also a town: "в городе
    Жуковском" names the town and is kept; "уверена в Жуковском" may name the man and is
    asked about (its default redacts it)."""
    settled, doubtful = _vault_with(
        made_vault[0], "Мы жили в городе Жуковском до войны.", "Я уверена в Жуковском, он не мог."
    )
    out = tmp_path / "settled.md"
    assert _export(cli, settled, out).code == 0
    assert "в городе Жуковском" in out.read_text(encoding="utf-8")

    listed = cli("review", doubtful, "--json").stdout
    assert '"kind": "check:near-name"' in listed
    out = tmp_path / "doubtful.md"
    result = _export(cli, doubtful, out)
    assert result.code == 0, result.stderr
    assert published(out.read_text(encoding="utf-8"), ["Жуковском"]) == []
