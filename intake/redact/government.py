"""The case a word governs: "По словам Шевченко" -> "По словам Игоря".

A surname that does not decline (Шевченко, Дюма, Хертек for a woman, Гарсия in
some texts) shows no case, so its pseudonym would stand in the nominative. The
case comes from what governs the mention instead: the preposition or phrase just
before it ("у", "от", "по словам" -> genitive; "к", "благодаря" -> dative; "про",
"через" -> accusative; "с", "перед" -> instrumental; "о", "при" -> prepositional),
or a verb that cannot have the name as its subject: a plural or infinitive
transitive verb ("задержали Шевченко" -> accusative) or one of the verbs that take
a dative object ("позвонили Шевченко"). "в", "на" and "за" are left alone: their
case depends on meaning.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.redact import forms_ru

_PREPOSITIONS = {
    "gent": "у от до из без для около возле после против среди кроме вместо ради мимо"
    " напротив вокруг из-за из-под насчет насчёт",
    "datv": "к ко по благодаря согласно вопреки навстречу",
    "accs": "про через сквозь",
    "ablt": "с со над надо перед передо между",
    "loct": "о об обо при",
}
GOVERNS = {word: case for case, words in _PREPOSITIONS.items() for word in words.split()}
# Two-word phrases that end in a noun governing the genitive: "по словам", "со слов".
_PHRASES = {
    "по словам": "gent",
    "со слов": "gent",
    "в отношении": "gent",
    "в адрес": "gent",
    "при помощи": "gent",
    "с помощью": "gent",
    "в лице": "gent",
    "вместе с": "ablt",
    "рядом с": "ablt",
    "в отличие от": "gent",
}
_DATIVE_VERBS = frozenset(
    [
        "звонить",
        "позвонить",
        "помочь",
        "помогать",
        "написать",
        "писать",
        "сообщить",
        "передать",
        "угрожать",
        "верить",
        "доверять",
        "ответить",
        "отвечать",
        "сказать",
        "говорить",
        "обещать",
        "пообещать",
    ]
)
_SUBJECTS = frozenset(["я", "ты", "он", "она", "мы", "вы", "они"])
_WORDS_BEFORE = re.compile(r"((?:[\w-]+[^\S\n]+){0,2}[\w-]+)[^\S\n]+$")


def governed_case(text: str, start: int) -> str | None:
    """The case the words just before ``start`` require of a noun there, if they tell."""
    match = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return None
    words = match.group(1).lower().split()
    for size in (3, 2):
        if len(words) >= size and (case := _PHRASES.get(" ".join(words[-size:]))):
            return case
    subject = len(words) >= 2 and words[-2] in _SUBJECTS
    return GOVERNS.get(words[-1]) or _verb_case(words[-1], subject)


@lru_cache(maxsize=4096)
def _verb_case(word: str, subject: bool = False) -> str | None:
    """The case of a verb's object after ``word``; ``subject``: a pronoun before the verb
    is its subject ("Я видел Шевченко"), so the name after it is the object."""
    for parse in forms_ru.parses(word):
        tag = parse.tag
        if not ({"VERB", "INFN"} & tag.grammemes):
            continue
        if not (subject or {"INFN", "plur", "impr"} & tag.grammemes):
            return None  # "видел Шевченко": he may be the subject
        if parse.normal_form in _DATIVE_VERBS:
            return "datv"
        return "accs" if "tran" in tag.grammemes else None
    return None


@lru_cache(maxsize=4096)
def indeclinable(word: str, gender: str | None = None) -> bool:
    """True if the dictionary reads ``word`` as a name that does not decline (Fixd), or,
    unknown to it, it ends as indeclinable surnames do (-о, -и, -е, -у, -ых, -их; a
    woman's surname in a consonant: "Аяна Хертек")."""
    lower = word.lower()
    if gender == "f" and lower[-1:] not in "аяьйоиеуыэю":
        return True
    found = forms_ru.parses(lower)
    names = [p for p in found if forms_ru.NAME_TAGS & p.tag.grammemes]
    if names:
        return all("Fixd" in p.tag.grammemes for p in names)
    return lower.endswith(("о", "и", "е", "у", "ых", "их", "ко"))
