"""Short stems of common Russian first names: the check's own table, not the engine's.

A diminutive, hypocoristic, vocative or possessive of a first name starts with one
of its short stems (Серёжа, Серёжкин, Серёж -> "серёж"; Дима, Димин, Димон -> "дим";
Лена, Ленуська, Ленкин -> "лен"). Any capitalised word, or any word the dictionary
does not know, that starts with such a stem is a near-miss of the registered name.
Names not in the table get the generic stem of :func:`stem` (the word without its
final vowels), which also covers a surname with any case ending (Хертек -> Хертеком).
Stems are written plainly here and folded like the text when loaded.
"""

from __future__ import annotations

from functools import lru_cache

from intake.redact.normalize import skeleton

SHORT_STEMS: dict[str, tuple[str, ...]] = {
    # men
    "александр": ("саш", "шур", "алекс", "сан", "сашк"),
    "алексей": ("лёш", "алёш", "лёх", "алекс"),
    "анатолий": ("тол",),
    "андрей": ("андрюш", "андрюх", "андр"),
    "антон": ("тош", "антош", "антон"),
    "артём": ("тём", "артём", "артем"),
    "борис": ("бор",),
    "вадим": ("вад", "дим"),
    "валентин": ("вал",),
    "валерий": ("валер", "лер"),
    "василий": ("вас",),
    "виктор": ("вит", "вик"),
    "виталий": ("вит",),
    "владимир": ("вов", "волод", "влад"),
    "владислав": ("влад", "слав"),
    "вячеслав": ("слав", "вяч"),
    "геннадий": ("ген",),
    "георгий": ("жор", "гош", "гео"),
    "григорий": ("гриш", "григ"),
    "денис": ("ден",),
    "дмитрий": ("дим", "мит", "дмитр"),
    "евгений": ("жен", "евг"),
    "егор": ("егор", "гош"),
    "иван": ("ван", "иван"),
    "игорь": ("игор",),
    "илья": ("иль", "илюш"),
    "кирилл": ("кир",),
    "константин": ("кост",),
    "максим": ("макс",),
    "михаил": ("миш", "мих"),
    "никита": ("никит",),
    "николай": ("кол", "ник"),
    "олег": ("олег", "олеж"),
    "павел": ("паш", "павл", "павлик"),
    "пётр": ("пет",),
    "роман": ("ром",),
    "руслан": ("рус",),
    "сергей": ("серёг", "серёж", "серж", "серг"),
    "станислав": ("стас", "слав"),
    "степан": ("степ",),
    "юрий": ("юр",),
    "ярослав": ("яр", "слав"),
    # women
    "алёна": ("алён",),
    "александра": ("саш", "шур", "алекс"),
    "алина": ("алин",),
    "анастасия": ("наст", "ася"),
    "анна": ("ань", "анн", "нют", "анют"),
    "валентина": ("вал",),
    "вера": ("вер",),
    "виктория": ("вик",),
    "галина": ("гал",),
    "дарья": ("даш", "дар"),
    "екатерина": ("кат",),
    "елена": ("лен", "алён", "елен"),
    "ирина": ("ир",),
    "ксения": ("ксюш", "ксен"),
    "людмила": ("люд", "мил"),
    "мария": ("маш", "мар"),
    "марина": ("марин",),
    "надежда": ("над",),
    "наталья": ("наташ", "нат"),
    "ольга": ("оль", "олеч", "олен", "оля", "олю", "оле"),
    "светлана": ("свет",),
    "татьяна": ("тан", "тать"),
    "юлия": ("юл",),
    "яна": ("ян",),
}
_ENDING_LETTERS = frozenset(skeleton("аяеёиоуыьйъэюя") + skeleton("aeiouy"))
MIN_STEM = 3


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    return {skeleton(k): v for k, v in SHORT_STEMS.items()}


def stem(folded: str) -> str:
    """The folded word without its final vowels and signs ("кравченко" -> "кравченк")."""
    end = len(folded)
    while end > MIN_STEM and folded[end - 1] in _ENDING_LETTERS:
        end -= 1
    return folded[:end]


def short_stems(folded: str) -> tuple[str, ...]:
    """The table's short stems (as written, not folded) of a folded first name (none for
    other words)."""
    return _table().get(folded, ())
