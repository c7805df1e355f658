"""A throwaway demo vault with the fictional people and testimonies of :mod:`demo_data`.

The vault lives in a new private temporary directory and is protected by a
random passphrase that the command prints; it holds no real data. Key
derivation uses the RFC 9106 floor (t=3, 64 MiB) so the demo opens quickly.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from intake import keys
from intake import people as people_service
from intake import testimonies as testimony_service
from intake.demo_data import PEOPLE, TESTIMONIES
from intake.models import Consent, Gender, Interview, Mode, Relation, Testimony
from intake.store.vault import Vault

_WORDS = (
    "amber",
    "birch",
    "cedar",
    "delta",
    "ember",
    "fjord",
    "grove",
    "harbor",
    "indigo",
    "juniper",
    "kestrel",
    "lantern",
    "meadow",
    "nectar",
    "orchid",
    "pepper",
    "quartz",
    "raven",
    "sable",
    "tundra",
    "umber",
    "violet",
    "willow",
    "yarrow",
    "zephyr",
)


@dataclass(frozen=True)
class Demo:
    path: Path
    passphrase: str
    testimony_ids: tuple[str, ...]
    person_ids: tuple[str, ...]


def demo_passphrase() -> str:
    return "-".join(secrets.choice(_WORDS) for _ in range(5))


def create_demo(parent: Path | None = None) -> Demo:
    """Create and fill a demo vault; return where it is and its passphrase."""
    path = Path(tempfile.mkdtemp(prefix="intake-demo-", dir=parent)) / "vault"
    passphrase = demo_passphrase()
    floor = keys.KdfParams(keys.FLOOR_TIME_COST, keys.FLOOR_MEMORY_KIB, keys.FLOOR_PARALLELISM)
    kdf = keys.test_profile() if _testing() else floor
    try:
        vault, _recovery = Vault.create(path, bytearray(passphrase.encode()), kdf=kdf)
        with vault:
            person_ids = fill_people(vault)
            testimony_ids = fill_testimonies(vault, person_ids)
    except BaseException:
        shutil.rmtree(path.parent, ignore_errors=True)
        raise
    return Demo(path, passphrase, tuple(testimony_ids), tuple(person_ids.values()))


def fill_people(vault: Vault) -> dict[str, str]:
    ids: dict[str, str] = {}
    for key, name, aliases, gender, public, role in PEOPLE:
        person = people_service.register(
            vault, name, aliases=aliases, gender=Gender(gender), public=public, role=role
        )
        ids[key] = person.id
    # A pseudonym drawn before someone of that first name was registered: drawn again, as
    # the warning tells a user to, so that the demo exports at the first try.
    people_service.redraw_clashing_pseudonyms(vault)
    return ids


def fill_testimonies(vault: Vault, person_ids: dict[str, str]) -> list[str]:
    created = []
    for sample in TESTIMONIES:
        draft = Testimony(
            id="",
            title=str(sample["title"]),
            transcript=str(sample["transcript"]),
            summary=str(sample["summary"]),
            interview=Interview(
                language=str(sample["language"]),
                date=str(sample["date"]),
                place=str(sample["place"]),
                mode=Mode(str(sample["mode"])),
                interviewer="demo",
            ),
            consent=Consent(
                publish_summary=bool(sample["publish_summary"]),
                publish_quotes=bool(sample["publish_quotes"]),
            ),
            tags=("demo",),
        )
        subjects = [person_ids[key] for key in sample["subjects"]]  # type: ignore[attr-defined]
        testimony = testimony_service.create(
            vault,
            draft,
            source=person_ids[str(sample["source"])],
            relation=Relation(str(sample["relation"])),
            subjects=subjects,
        )
        created.append(testimony.id)
    return created


def _testing() -> bool:

    return os.environ.get(keys.TEST_PROFILE_ENV) == "1"
