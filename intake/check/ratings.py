"""Numbers that are ratings or sums of money, and the words that make any number an identifier.

Chess and sports news list ratings of four digits ("Топалов — 2804", "Сакаев (2637),
Галкин (2618)"); the numbers rule would ask about each. A number is read as a rating
when it is between 1000 and 2999, neither an identifier cue nor a preposition ("в 2345",
"in 2345") stands right before it, and either

* a rating word ("рейтинг", "rating", "Elo", "эло") stands earlier in the same line, or
* the text named ratings earlier and the number stands as an item of a list: right
  after "(", ",", ":" or a dash ("Погонина (2440), Шадрина (2371)").

A number of four to six digits is a sum of money when a word of money or paying stands
among the five words before it in its sentence ("скинь денег на карту, 5000 хватит", "скинула 7000",
"paid 15000"), and neither a cue nor a preposition right before it. "Перевели" is not
such a word: it moves soldiers as often as money.

An identifier cue ("в/ч", "часть", "№", "номер", "паспорт", "карта", "жетон", "unit",
"no.", "телефон", "phone"...) in the few characters before a number keeps it asked about
whatever else holds ("Phone: 96 000 518" is no count), and so does a cue with the word for
what it opens ("Код постамата 417000", "номер карты"). Limits: a unit number of
1000-2999 written bare as an item of a list, in a text that talks of ratings, is let
through.
"""

from __future__ import annotations

import re

_RATING_WORD = re.compile(r"(?<![^\W_])(?:рейтинг|rating|elo|эло)", re.IGNORECASE)
_LIST_ITEM = re.compile(r"(?:[(,:]|[—–-])[^\S\n]*$")
_CUE = re.compile(
    r"(?<![^\W_])(?:в/ч|вч|в\.ч|№|#|n[or]?\.|п/п|(?:част|номер|паспорт|сери|карт|жетон|почт"
    r"|личн|unit|card|passport|snils|снилс|инн|полис|imei|no|nr|number|code|код|kod|id|иин|iin"
    r"|pin|pesel|isikukood|digit|цифр)\w*"
    r"|тел(?:ефон\w*)?|phone\w*|tel|mobile|whatsapp|viber)[^\w\n]*$",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(r"(?<![^\W_])(?:в|во|из|под|к|in|at|to|from)[^\S\n]+$", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")
_MONEY = (
    "денег", "деньг", "рубл", "руб", "заплат", "оплат", "плат", "скин", "зарплат", "сумм",
    "долг", "стои", "цен", "тыс", "зачисл", "перечисл", "paid", "pay", "sent", "money",
    "cost", "rubles", "roubles", "salary",
)  # fmt: skip
MIN_SUM, MAX_SUM, SUM_REACH = 4, 6, 5
LOW, HIGH = 1000, 2999
CUE_REACH = 12  # characters before a number searched for an identifier cue


def rating(code: str, clean: str, start: int) -> bool:
    """True if the number ``code`` at ``start`` of ``clean`` reads as a rating."""
    if not code.isdigit() or not LOW <= int(code) <= HIGH:
        return False
    if after_identifier_cue(clean, start) or _PREPOSITION.search(clean, max(0, start - 6), start):
        return False  # "в/ч 2345", "служил в 2345": a unit, not a rating
    line_start = clean.rfind("\n", 0, start) + 1
    if _RATING_WORD.search(clean, line_start, start):
        return True
    return bool(_LIST_ITEM.search(clean[max(0, start - 4) : start])) and bool(
        _RATING_WORD.search(clean, 0, start)
    )


def money(code: str, clean: str, start: int) -> bool:
    """True if the number ``code`` at ``start`` of ``clean`` reads as a sum of money."""
    if not code.isdigit() or not MIN_SUM <= len(code) <= MAX_SUM:
        return False
    if after_identifier_cue(clean, start) or _PREPOSITION.search(clean, max(0, start - 6), start):
        return False
    sentence = max(clean.rfind(end, 0, start) for end in ".!?…\n") + 1
    before = _WORDS.findall(clean, sentence, start)[-SUM_REACH:]
    return any(w.lower().startswith(_MONEY) for w in before)


# A cue and the word for what it opens, then the number: "Код постамата 417000", "номер
# карты 4000 ...", "PIN code 1000"
_QUALIFIED_CUE = re.compile(
    r"(?<![^\W_])(?:номер|код|kod|code|number|pin|пин|пароль|password|passcode)\w*"
    r"[^\w\n]+[^\W\d_]+[^\w\n]*$",
    re.IGNORECASE,
)
QUALIFIED_REACH = 32


def after_identifier_cue(clean: str, start: int) -> bool:
    """True if a word that announces an identifier stands right before ``start``, or a cue
    and the word for what it opens ("Код постамата 417000")."""
    return bool(
        _CUE.search(clean[max(0, start - CUE_REACH) : start])
        or _QUALIFIED_CUE.search(clean[max(0, start - QUALIFIED_REACH) : start])
    )
