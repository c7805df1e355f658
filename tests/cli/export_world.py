"""A small fictional world for review and export tests: invented people and testimonies.

Every name, number and event here is made up. Phone numbers sit in the 900 000
range used by the demo data; unit numbers are invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intake import people, testimonies
from intake.models import Consent, Gender, Interview, Relation, Testimony
from intake.store.vault import Vault
from tests.conftest import PASSPHRASE, Template

RU_TRANSCRIPT = (
    "Меня зовут Галина. Мой сын Евгений Выдумкин служил в в/ч 99999. "
    "Его вместе с Сергеем Небываловым заперли в подвале. "
    "Женя позвонил мне с номера +7 900 000-00-01. Мне помогла Ольга Примерова. "
    "Их там было 234 человека."
)
RU_SUMMARY = "Мать рассказывает, что её сына Евгения держали в подвале."
EN_TRANSCRIPT = (
    "I am Darya. My husband Artyom Pridumanov served in military unit 99998. "
    "He called me once from 8 (900) 000-00-02. About 40 others were held with him."
)
EN_SUMMARY = "A wife says her husband was held in a basement after he refused to fight."

# Every real name and identifier above; none may ever reach an export.
SECRETS = (
    "Галин",
    "Евгени",
    "Выдумкин",
    "Женя",
    "Сергей",
    "Небывалов",
    "99999",
    "Darya",
    "Artyom",
    "Pridumanov",
    "Придуманов",
    "99998",
    "000-00-01",
    "000-00-02",
)


@dataclass(frozen=True)
class World:
    ru: str  # testimony ids
    en: str
    mother: str  # person ids
    son: str
    comrade: str
    wife: str
    husband: str


def open_vault(path: Path) -> Vault:
    return Vault.open(path, bytearray(PASSPHRASE.encode()))


def _testimony(
    title: str, language: str, transcript: str, summary: str, consent: Consent | None = None
) -> Testimony:
    return Testimony(
        id="",
        title=title,
        transcript=transcript,
        summary=summary,
        interview=Interview(language=language, date="2026-03-14"),
        consent=consent or Consent(publish_summary=True, publish_quotes=True),
    )


def fill(vault: Vault) -> World:
    add = people.register
    mother = add(vault, "Галина Выдумкина", gender=Gender.FEMALE, pseudonym="Мария").id
    son = add(vault, "Евгений Выдумкин", aliases=("Женя",), gender=Gender.MALE, pseudonym="Иван").id
    comrade = add(vault, "Сергей Небывалов", gender=Gender.MALE, pseudonym="Матвей").id
    add(vault, "Ольга Примерова", gender=Gender.FEMALE, public=True)
    wife = add(vault, "Darya Madeupova", gender=Gender.FEMALE, pseudonym="Anna").id
    husband = add(vault, "Артём Придуманов", gender=Gender.MALE, pseudonym="Пётр").id
    ru = testimonies.create(
        vault,
        _testimony("Мать о сыне в подвале", "ru", RU_TRANSCRIPT, RU_SUMMARY),
        source=mother,
        relation=Relation.MOTHER,
        subjects=[son],
    ).id
    en = testimonies.create(
        vault,
        _testimony("A wife on her husband", "en", EN_TRANSCRIPT, EN_SUMMARY),
        source=wife,
        relation=Relation.WIFE,
        subjects=[husband],
    ).id
    return World(ru, en, mother, son, comrade, wife, husband)


def make_world(path: Path) -> World:
    with open_vault(path) as vault:
        return fill(vault)


def built_world(folder: Path, template: Template) -> World:
    """The world in a copy of the empty test vault (a recipe of the ``prepared`` fixture)."""
    return make_world(template.copy_to(folder))


def leaked(text: str) -> list[str]:
    """The SECRETS found in ``text`` (case-insensitive)."""
    lower = text.lower()
    return [s for s in SECRETS if s.lower() in lower]


def record_an_export(path: Path) -> None:
    """An entry in the export log, as if something had been published from the vault
    (its pseudonyms may then be in print, so none is redrawn without asking)."""
    from intake.store import exports

    with open_vault(path) as vault, vault.transaction() as conn:
        exports.record(conn, exports.ExportEntry("2026-03-14", "md", False, "1", (), (), {}))
