"""Fictional sample data for ``intake demo``: invented people and testimonies.

Every name, place, number and event here is invented for demonstrations and
tests. Phone numbers use ranges that are valid in form but assigned to no one
we know of; unit numbers are made up. Nothing here is, or is based on, a real
testimony.
"""

from __future__ import annotations

DEMO_NOTICE_RU = "Вымышленный пример для демонстрации intake."
DEMO_NOTICE_EN = "A fictional sample written for the intake demo."

# (key, name, aliases, gender, public, role)
PEOPLE: tuple[tuple[str, str, tuple[str, ...], str, bool, str], ...] = (
    ("galina", "Галина Петровна Мухина", ("Галя",), "f", False, "mother"),
    ("evgeny", "Евгений Мухин", ("Женя",), "m", False, "detained serviceman"),
    ("sergey", "Сергей Дроздов", (), "m", False, "comrade"),
    ("darya", "Darya Sokolova", ("Dasha",), "f", False, "wife"),
    ("artyom", "Артём Соколов", ("Artyom Sokolov", "Тёма"), "m", False, "detained serviceman"),
    ("olga", "Ольга Примерова", ("Olga Primerova",), "f", True, "head of a rights group"),
)

TESTIMONIES: tuple[dict[str, object], ...] = (
    {
        "title": "Мать о задержании сына в подвале",
        "language": "ru",
        "source": "galina",
        "relation": "mother",
        "subjects": ("evgeny",),
        "date": "2026-03-14",
        "place": "Центральная Россия",
        "mode": "phone",
        "transcript": (
            f"{DEMO_NOTICE_RU}\n\n"
            "Меня зовут Галина Петровна. Мой сын Евгений Мухин служил в в/ч 99999. "
            "В марте он отказался ехать на фронт, и его вместе с Сергеем Дроздовым "
            "заперли в подвале под Луганском. Женя позвонил мне с чужого телефона "
            "+7 900 000-00-01 и сказал, что их там 234 человека. "
            "Я написала жалобу, мне помогла Ольга Примерова. "
            "Евгению сейчас 24 года. Писать ему можно на evgeny.demo@example.org "
            "или в телеграм @zhenya_demo_0000."
        ),
        "summary": (
            "Мать военнослужащего рассказывает, что её сына Евгения Мухина после отказа "
            "ехать на фронт удерживали в подвале вместе с сослуживцем."
        ),
        "publish_summary": True,
        "publish_quotes": True,
    },
    {
        "title": "A wife on her husband's detention",
        "language": "en",
        "source": "darya",
        "relation": "wife",
        "subjects": ("artyom",),
        "date": "2026-05-02",
        "place": "Southern Russia",
        "mode": "messenger",
        "transcript": (
            f"{DEMO_NOTICE_EN}\n\n"
            "I am Darya Sokolova. My husband Artyom Sokolov served in military unit 88888. "
            "In April he refused to sign a new contract. Artyom's commander had him held "
            "in a basement with about 40 others. He called me once from +7 900 000-00-02. "
            "Olga Primerova from a rights group told me to write everything down. "
            "Dasha, they told me, stop asking questions."
        ),
        "summary": (
            "The wife of a serviceman says her husband Artyom Sokolov was held in a basement "
            "after refusing to sign a new contract."
        ),
        "publish_summary": True,
        "publish_quotes": True,
    },
    {
        "title": "Сослуживец (без согласия на публикацию)",
        "language": "ru",
        "source": "sergey",
        "relation": "comrade",
        "subjects": ("evgeny",),
        "date": "2026-04",
        "place": "Луганская область",
        "mode": "in_person",
        "transcript": (
            f"{DEMO_NOTICE_RU}\n\n"
            "Сергей рассказал, что вместе с Евгением провёл в подвале девять дней. "
            "Номер машины, на которой их везли: А123ВС 77."
        ),
        "summary": "Сослуживец подтверждает рассказ о подвале.",
        "publish_summary": False,
        "publish_quotes": False,
    },
)
