"""The people commands: registering gives a pseudonym that is no one's name and no one
else's; real names appear only with --reveal; merging moves testimonies and retires a
pseudonym for good."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from intake.redact.normalize import skeleton
from intake.redact.pseudonyms import guess_gender
from tests.cli.export_world import record_an_export

pytestmark = pytest.mark.usefixtures("made_vault")

MOTHER = "Марина Тестовая-Горшенина"
SON = "Евгений Тестовый-Горшенин"


def person_add(cli: Any, name: str, *args: str) -> str:
    result = cli("person", "add", name, *args)
    assert result.code == 0, result.stderr
    last = str(result.stdout.splitlines()[-1])
    assert last.startswith("p-") and " " not in last
    return last


def people(cli: Any, *args: str) -> list[dict[str, Any]]:
    result = cli("person", "list", "--json", *args)
    assert result.code == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_person_add_prints_the_id_and_draws_a_pseudonym_of_the_right_gender(cli: Any) -> None:
    mother = person_add(cli, MOTHER, "--role", "mother")
    son = person_add(cli, SON, "--alias", "Женя", "--role", "soldier")
    rows = {row["id"]: row for row in people(cli)}
    assert rows[mother]["gender"] == "f" and rows[son]["gender"] == "m"
    assert rows[mother]["pseudonym"] and rows[son]["pseudonym"]
    assert rows[mother]["pseudonym"] != rows[son]["pseudonym"]


def test_person_list_shows_real_names_only_with_reveal(cli: Any) -> None:
    person_add(cli, SON, "--alias", "Женя")
    hidden = cli("person", "list").stdout + json.dumps(people(cli), ensure_ascii=False)
    assert "Евгений" not in hidden and "Женя" not in hidden
    revealed = people(cli, "--reveal")
    assert revealed[0]["name"] == SON and revealed[0]["aliases"] == ["Женя"]
    assert SON in cli("person", "list", "--reveal").stdout


def test_pseudonyms_are_never_a_registered_name_and_never_shared(cli: Any) -> None:
    names = [
        f"{first} Тестов"
        for first in (
            "Иван",
            "Алексей",
            "Дмитрий",
            "Сергей",
            "Андрей",
            "Михаил",
            "Николай",
            "Павел",
            "Олег",
            "Артём",
        )
    ]
    for count, name in enumerate(names, 1):
        pid = person_add(cli, name)
        pseudonym = {row["id"]: row["pseudonym"] for row in people(cli)}[pid]
        registered = {skeleton(word) for earlier in names[:count] for word in earlier.split()}
        assert not registered & {skeleton(word) for word in pseudonym.split()}
    pseudonyms = [skeleton(row["pseudonym"]) for row in people(cli)]
    assert len(set(pseudonyms)) == len(names)


def test_a_new_name_sharing_a_word_with_a_pseudonym_is_registered_with_a_warning(
    cli: Any, vault_dir: Path
) -> None:
    first = person_add(cli, SON, "--pseudonym", "Кирилл")
    record_an_export(vault_dir)  # the pseudonym may have been published: never redrawn
    result = cli("person", "add", "Кирилл Тестов")
    assert result.code == 0
    assert f"warning: the pseudonym of {first}" in result.stderr
    assert f"intake person edit {first} --new-pseudonym" in result.stderr


def test_before_any_export_a_pseudonym_a_new_name_shares_is_redrawn_at_once(cli: Any) -> None:
    first = person_add(cli, SON, "--pseudonym", "Кирилл")
    result = cli("person", "add", "Кирилл Тестов")
    assert result.code == 0 and f"the pseudonym of {first} read as this name" in result.stderr
    assert [p["pseudonym"] for p in people(cli) if p["id"] == first] != ["Кирилл"]


def test_a_chosen_pseudonym_is_kept_unless_it_is_a_name_or_taken(cli: Any) -> None:
    person_add(cli, SON, "--pseudonym", "Кирилл")
    assert people(cli)[0]["pseudonym"] == "Кирилл"
    taken = cli("person", "add", MOTHER, "--pseudonym", "Кирилл")
    assert taken.code == 2 and "already used" in taken.stderr
    a_name = cli("person", "add", MOTHER, "--pseudonym", "Evgeny")  # the son's name, in Latin
    assert a_name.code == 2 and "registered real name" in a_name.stderr
    assert len(people(cli)) == 1


def test_a_name_equal_to_a_pseudonym_is_refused_with_a_way_out(cli: Any) -> None:
    son = person_add(cli, SON, "--pseudonym", "Кирилл")
    refused = cli("person", "add", "Кирилл", "--gender", "m")
    assert refused.code == 2 and f"person edit {son} --new-pseudonym" in refused.stderr
    assert cli("person", "edit", son, "--new-pseudonym").code == 0
    person_add(cli, "Кирилл", "--gender", "m")


def test_a_name_whose_gender_cannot_be_told_needs_gender(cli: Any) -> None:
    result = cli("person", "add", "Zx Qv")
    assert result.code == 2 and "--gender" in result.stderr
    person_add(cli, "Zx Qv", "--gender", "f")


def test_a_pseudonym_of_either_gender_with_a_name_that_tells_none_needs_gender(cli: Any) -> None:
    """The message says what is missing: not a pseudonym to draw, the person's gender."""
    result = cli("person", "add", "J. Testreed", "--pseudonym", "Chris")
    assert result.code == 2 and "--gender" in result.stderr
    assert "the name or the pseudonym" in result.stderr and "to draw" not in result.stderr
    person_add(cli, "J. Testreed", "--pseudonym", "Chris", "--gender", "m")


def test_a_chosen_pseudonym_tells_the_gender_the_name_does_not(cli: Any) -> None:
    person_add(cli, "Zx Qv", "--pseudonym", "Марина")
    assert people(cli)[0]["gender"] == "f"


def test_a_public_person_known_by_initials_needs_no_gender(cli: Any) -> None:
    """The name is kept in exports, so no pseudonym's gender needs telling."""
    person_add(cli, "Тестко А. В.", "--public", "--role", "investigator")
    assert people(cli)[0]["gender"] is None
    assert cli("person", "add", "Тестко Б. Г.").code == 2  # not public: the gender is asked


def test_a_public_person_without_a_gender_made_private_needs_one(cli: Any) -> None:
    pid = person_add(cli, "Тестко А. В.", "--public")
    made_private = cli("person", "edit", pid, "--not-public")
    assert made_private.code == 2 and "--gender" in made_private.stderr
    assert people(cli)[0]["public"] is True  # nothing was written
    assert cli("person", "edit", pid, "--not-public", "--gender", "f").code == 0
    row = people(cli)[0]
    assert row["gender"] == "f" and row["public"] is False
    assert guess_gender(row["pseudonym"]) == "f"  # drawn again, of her gender


def test_person_show_finds_by_name_and_lists_testimonies(cli: Any) -> None:
    son = person_add(cli, SON, "--alias", "Женя")
    added = cli("add", "-", "--subject", "Женя", stdin="Женю увезли ночью.".encode())
    tid = added.stdout.splitlines()[-1]
    shown = json.loads(cli("person", "show", "женя", "--json").stdout)
    assert shown["id"] == son and shown["testimonies"] == [tid]
    assert "name" not in shown
    assert json.loads(cli("person", "show", son, "--json", "--reveal").stdout)["name"] == SON


def test_person_edit_changes_fields_and_keeps_the_pseudonym(cli: Any) -> None:
    son = person_add(cli, SON)
    before = people(cli)[0]["pseudonym"]
    result = cli("person", "edit", son, "--alias", "Женя", "--role", "soldier", "--public")
    assert result.code == 0, result.stderr
    row = people(cli, "--reveal")[0]
    assert row["aliases"] == ["Женя"] and row["role"] == "soldier" and row["public"] is True
    assert row["pseudonym"] == before


def test_merge_moves_testimonies_and_retires_the_pseudonym(cli: Any) -> None:
    keep = person_add(cli, SON)
    other = person_add(cli, "Женя Горшенин", "--gender", "m")
    retired = {row["id"]: row["pseudonym"] for row in people(cli)}[other]
    added = cli("add", "-", "--source", keep, "--subject", other, stdin=b"Text about him.")
    tid = added.stdout.splitlines()[-1]
    assert cli("person", "merge", keep, other).code == 2  # no terminal: needs --yes
    assert cli("person", "merge", keep, other, "--yes").code == 0
    rows = people(cli, "--reveal")
    assert [row["id"] for row in rows] == [keep]
    assert rows[0]["aliases"] == ["Женя Горшенин"]
    document = json.loads(cli("show", tid, "--json").stdout)
    assert document["subjects"] == [keep] and document["source"]["person"] == keep
    chosen = cli("person", "add", "Тестов", "--pseudonym", retired)  # no pool name: no clash
    assert chosen.code == 2 and "already used" in chosen.stderr


def test_a_testimony_refers_only_to_registered_people(cli: Any) -> None:
    result = cli("add", "-", "--source", "Никто Неизвестный", stdin=b"Some text.")
    assert result.code == 2 and "no person is registered" in result.stderr
    assert json.loads(cli("list", "--json").stdout) == []


def test_an_ambiguous_name_asks_for_the_id(cli: Any) -> None:
    person_add(cli, "Ольга Первая", "--alias", "Оля")
    person_add(cli, "Ольга Вторая", "--alias", "Оля")
    result = cli("person", "show", "Оля")
    assert result.code == 2 and "several people" in result.stderr


def test_a_json_testimony_refers_to_people_by_registered_name(cli: Any) -> None:
    mother = person_add(cli, MOTHER)
    son = person_add(cli, SON, "--alias", "Женя")
    document = {
        "title": "Из JSON",
        "transcript": "Женю увезли ночью.",
        "interview": {"language": "ru"},
        "source": {"person": MOTHER, "relation": "mother"},
        "subjects": ["Женя"],
        "events": [{"description": "задержание", "victims": [son]}],
    }
    added = cli("add", "-", "--format", "json", stdin=json.dumps(document).encode())
    assert added.code == 0, added.stderr
    shown = json.loads(cli("show", added.stdout.splitlines()[-1], "--json").stdout)
    assert shown["source"] == {"person": mother, "relation": "mother"}
    assert shown["subjects"] == [son] and shown["events"][0]["victims"] == [son]
    page = cli("show", added.stdout.splitlines()[-1]).stdout
    assert "Евгений" not in page and "Марина" not in page  # pseudonyms only


def test_a_new_pseudonym_differs_and_the_old_one_is_never_given_again(cli: Any) -> None:
    son = person_add(cli, SON)
    seen = [people(cli)[0]["pseudonym"]]
    for _ in range(5):
        assert cli("person", "edit", son, "--new-pseudonym").code == 0
        seen.append(people(cli)[0]["pseudonym"])
    assert len(set(seen)) == len(seen)
    refused = cli("person", "add", MOTHER, "--gender", "f", "--pseudonym", seen[0])
    assert refused.code == 2 and "already used" in refused.stderr


def test_a_new_alias_that_shares_a_word_with_the_own_pseudonym_needs_a_new_pseudonym(
    cli: Any,
) -> None:
    son = person_add(cli, SON, "--pseudonym", "Кирилл")
    refused = cli("person", "edit", son, "--alias", "Кирилл Тестовый")
    assert refused.code == 2 and "--new-pseudonym" in refused.stderr
    assert cli("person", "edit", son, "--alias", "Кирилл Тестовый", "--new-pseudonym").code == 0
    row = people(cli, "--reveal")[0]
    assert row["aliases"] == ["Кирилл Тестовый"] and row["pseudonym"] != "Кирилл"


def test_a_merge_that_would_reveal_a_name_through_the_pseudonym_is_refused(
    cli: Any, vault_dir: Path
) -> None:
    keep = person_add(cli, SON, "--pseudonym", "Кирилл")
    record_an_export(vault_dir)
    other = person_add(cli, "Кирилл Горшенин", "--gender", "m")
    refused = cli("person", "merge", keep, other, "--yes")
    assert refused.code == 2 and f"person edit {keep} --new-pseudonym" in refused.stderr
    assert len(people(cli)) == 2
