"""Who spoke, said without naming them: "Maria, the mother of Ivan (names changed)".

People appear by pseudonym, or by real name when they are registered public.
Russian bylines put the subjects in the genitive ("Мать Ивана"), using the
inflection function the caller passes (the redaction engine's pseudonym
inflection). English bylines write Cyrillic pseudonyms in Latin letters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from intake.export.language import join_names, words
from intake.models import Person, Relation
from intake.redact.findings import PERSON, Finding
from intake.redact.forms_ru import inflect, is_cyrillic
from intake.redact.operators import render_pseudonym
from intake.redact.translit import primary_latin

# (name, grammatical case, gender "m"/"f"/None) -> the name in that case
Inflect = Callable[[str, str, str | None], str]


def shown_name(person: Person, language: str, case: str, inflect: Inflect) -> str:
    """How ``person`` is written in a publication in ``language`` and ``case``."""
    name = person.name if person.public else person.pseudonym
    gender = person.gender.value if person.gender else None
    if language == "ru":
        return inflect(name, case, gender)
    if any(is_cyrillic(word) for word in name.split()):
        return " ".join(primary_latin(word) for word in name.split())
    return name


def byline(
    relation: Relation | None,
    source: Person | None,
    subjects: Sequence[Person],
    language: str,
    inflect: Inflect,
) -> str:
    """The header line naming the source and their relation to the subjects, with the
    note that the names shown were changed (the one place an article says so)."""
    text, shown = _who(relation, source, subjects, language, inflect)
    return _with_note(text, shown, language)


def attribution(
    relation: Relation | None,
    source: Person | None,
    subjects: Sequence[Person],
    language: str,
    inflect: Inflect,
) -> str:
    """Who said a quote: the byline's words without the note ("Мария, мать Ивана")."""
    return _who(relation, source, subjects, language, inflect)[0]


def _who(
    relation: Relation | None,
    source: Person | None,
    subjects: Sequence[Person],
    language: str,
    inflect: Inflect,
) -> tuple[str, list[Person]]:
    """The words naming who spoke, and the people those words show."""
    w = words(language)
    shown = [p for p in subjects if source is None or p.id != source.id]
    if relation is Relation.SELF or (relation is None and source is not None) or not shown:
        people = [source] if source is not None else list(subjects)
        if not people:
            return w.anonymous, []
        return join_names(
            [shown_name(p, language, "nomn", inflect) for p in people], language
        ), people
    names = join_names([shown_name(p, language, "gent", inflect) for p in shown], language)
    if relation is None:  # nobody registered as the source: never present a subject as author
        return w.about.format(names), shown
    phrase = w.relations[relation.value][_gender_slot(source) if source else 2].format(names)
    if source is None:
        return phrase, shown
    # "Мария, мать Ивана": the source by the name the text uses, then who they are.
    name = shown_name(source, language, "nomn", inflect)
    return f"{name}, {phrase[0].lower()}{phrase[1:]}", [source, *shown]


def _gender_slot(person: Person) -> int:
    if person.gender is None:
        return 2
    return 0 if person.gender.value == "m" else 1


def _with_note(text: str, people: Sequence[Person], language: str) -> str:
    changed = [p for p in people if not p.public]
    if not changed:
        return text
    w = words(language)
    return f"{text} ({w.name_changed if len(changed) == 1 else w.names_changed})"


def engine_inflect(name: str, case: str, gender: str | None) -> str:
    """A pseudonym in a Russian ``case`` by the redaction engine's own pseudonym operator
    (the same forms the redacted text uses); other words of a name follow pymorphy3."""
    if case == "nomn":
        return name
    first, *rest = name.split()
    model = Finding(PERSON, 0, 1, 1.0, "byline", case=case, script="cyr")
    head = render_pseudonym(first, model, "Имя", gender)
    return " ".join([head, *(inflect(word, case, gender) for word in rest)])
