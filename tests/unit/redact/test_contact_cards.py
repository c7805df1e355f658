"""A contact card pasted into a testimony names its person in its "N:" field; the display
name ("FN:") holds notes and organisations too. The people and numbers are invented."""

from __future__ import annotations

from intake.redact import Person, Redactor, Registry

CARDS = """\
BEGIN:VCARD
VERSION:3.0
FN:Kuzmich komandir
N:;Kuzmich;;;
TEL:+7 900 000 11 62
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Военкомат Выдумска
ORG:Военный комиссариат г. Выдумск
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Мама
N:Выдумова;Ульяна;Прокопьевна;;
END:VCARD
// это наша мама, Ульяна Прокопьевна. Кузьмич не отвечает.
"""


def test_the_n_fields_parts_and_the_display_names_copies_of_them_are_redacted() -> None:
    out = Redactor(Registry([])).redact(CARDS).text
    assert "Kuzmich" not in out
    assert "Выдумова" not in out and "N:;" in out  # the field's frame stays


def test_an_organisations_card_and_a_display_names_notes_stay() -> None:
    out = Redactor(Registry([])).redact(CARDS).text
    assert "FN:Военкомат" in out and "komandir" in out and "FN:Мама" in out


def test_a_registered_person_in_a_card_keeps_their_pseudonym_elsewhere() -> None:
    registry = Registry([Person("Ульяна Выдумова", gender="f", pseudonym="Ольга Котова")])
    out = Redactor(registry).redact(CARDS).text
    assert "Ульяна" not in out and "Ольга" in out.split("END:VCARD")[-1]
