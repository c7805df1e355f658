"""Words of a text as the publication check reads them, and masked context for messages.

The check reads the engine's normalised views (:class:`intake.redact.normalize.Normalized`):
capitalisation from the ``clean`` view (invisible characters removed), comparison on
the ``skeleton`` (lower case, look-alike letters, ё/й and digits-for-letters folded).
Both views have the same length, so a word's offsets serve both and map back to the
original text. Limits: a word split by spaces ("Крав ченко") is two words here.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from intake.redact.normalize import Normalized

# Letters (any script), joined by a hyphen or an apostrophe; digits inside a word stay in it.
_WORD = re.compile(r"[^\W_](?:[^\W_]|[-'’](?=[^\W_]))*")
_SENTENCE_END = ".!?…:;\n"
# A speaker's label: up to three capitalised words (or initials) and a colon.
_LABEL = re.compile(r"[A-ZА-ЯЁ][^\W_]*\.?(?:[ \u00a0][A-ZА-ЯЁ][^\W_]*\.?){0,2}:(?!\d)")
# What may open a chat line before its sender's label: a time stamp in brackets.
STAMP = r"[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?"
_LABEL_LINE = re.compile(rf"^{STAMP}([A-ZА-ЯЁ][^\W\d_]+):", re.MULTILINE)
# A form's or a header's field that holds a person's name, and its colon.
_NAME_FIELD = re.compile(
    r"(?<![^\W_])(?:from|to|cc|sender|recipient|name|full name|signed|witness|applicant"
    r"|author|contact|от|кому|копия|отправитель|получатель|имя|фио|ф\.и\.о\.|фамилия"
    r"|подпись|заявитель|свидетель|свидетельница|потерпевший|потерпевшая|подсудимый"
    r"|обвиняемый|задержанный|автор|контакт)[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
_MIN_ITEM_NAME = 4  # letters; "- She", "4. We" open items as often as names do
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[•*–-])[ \t]+")  # a numbered or bulleted item
_LINE_HEAD = re.compile(STAMP)
_INITIAL_AFTER = re.compile(r"[ \u00a0][A-ZА-ЯЁ]\.(?![^\W_])")
_ABBREVIATIONS = frozenset(("позыв", "гр", "тов", "им"))  # their dot ends no sentence
_OPENERS = "«\"'“„‘([—–-•*#>"
_SYMBOLS = frozenset(("So", "Sk", "Mn", "Me", "Cf"))  # pictographs and their modifiers
_OPEN_QUOTES = "«\"“„‘'"
_CLOSE_QUOTES = "»\"”“’'"
MASK = "•"


@dataclass(frozen=True, slots=True)
class Word:
    start: int  # offsets in the views (see :meth:`Text.original_span`)
    end: int
    clean: str  # as written, invisible characters removed
    folded: str  # the skeleton
    capitalised: bool
    # the first word of a sentence, a line or a quotation after one; not a word with an
    # initial after it ("Хасан К. сказал": a name wherever it stands)
    initial: bool
    quoted: bool = False  # alone between quotation marks: «Гром», "Кедр"
    previous: str = ""  # the word before in its sentence, lower case ("позывной: Гром")
    following: str = ""  # the word after, lower case ("Red" "cross")
    label: bool = False  # one word with a colon that opens two lines or more: "Гром: Приём"
    after_name: bool = False  # the word before in its sentence is capitalised: "Алиев «Мир»"

    @property
    def has_digit(self) -> bool:
        return any(c.isdigit() for c in self.clean)

    @property
    def letters(self) -> bool:
        return not self.has_digit


@dataclass(frozen=True)
class Text:
    norm: Normalized
    words: tuple[Word, ...]

    @classmethod
    def of(cls, text: str) -> Text:
        norm = Normalized.of(text)
        return cls(norm, tuple(_words(norm)))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.norm.span(start, end)


def _labels(clean: str) -> frozenset[int]:
    """Starts of the one-word labels of a dialogue: a capitalised word and a colon that open
    two lines or more (after a time stamp in brackets, if any)."""
    found = [(m.start(1), m.group(1)) for m in _LABEL_LINE.finditer(clean)]
    repeated = {word for word, count in Counter(w for _s, w in found).items() if count > 1}
    return frozenset(start for start, word in found if word in repeated)


def _words(norm: Normalized) -> list[Word]:
    clean, folded = norm.clean, norm.skeleton
    labels = _labels(clean) if ":" in clean else frozenset()
    matches = list(_WORD.finditer(clean))
    lowers = [match.group().lower() for match in matches]
    out: list[Word] = []
    for index, match in enumerate(matches):
        start, end = match.span()
        word = match.group()
        # a tag's own words ("[call sign]: Copy") are no word of the sentence before, nor
        # is the next cell of a table's row ("| Позывной | Оператор |")
        between = clean[matches[index - 1].end() : start] if index > 0 else ""
        joined = (
            index > 0
            and _same_sentence(clean, matches[index - 1].end(), start)
            and not any(c in between for c in "]|\t")
        )
        out.append(
            Word(
                start,
                end,
                word,
                folded[start:end],
                word[0].isupper(),
                _sentence_initial(clean, start) and not _INITIAL_AFTER.match(clean, end),
                _quoted(clean, start, end),
                lowers[index - 1] if joined else "",
                lowers[index + 1] if index + 1 < len(lowers) else "",
                start in labels,
                joined and matches[index - 1].group()[0].isupper(),
            )
        )
    return out


def _same_sentence(clean: str, end: int, start: int) -> bool:
    """No sentence ends between two words (a colon does not end one here: "позывной: Гром";
    nor the dot of an abbreviation: "позыв. Гром", "гр. Выдумкин")."""
    between = clean[end:start]
    if between.startswith(".") and _abbreviated(clean, end):
        between = between[1:]
    return not any(c in _SENTENCE_END and c != ":" for c in between)


def _abbreviated(clean: str, end: int) -> bool:
    """True if the word ending at ``end`` is an abbreviation whose dot ends no sentence."""
    start = end
    while start > 0 and clean[start - 1].isalpha():
        start -= 1
    return clean[start:end].lower() in _ABBREVIATIONS


def _quoted(clean: str, start: int, end: int) -> bool:
    return start > 0 and clean[start - 1] in _OPEN_QUOTES and clean[end : end + 1] in _CLOSE_QUOTES


# Prepositions that open a note's topic rather than a speaker's name ("По Петкову:",
# "Про Ивановых:", "Re Petrov:")
_TOPIC_WORDS = frozenset(
    ("по", "про", "о", "об", "насчёт", "насчет", "для", "re", "about", "regarding")
)


def _sentence_initial(clean: str, start: int) -> bool:
    """True for a word that opens a sentence (:func:`sentence_start`), but not in a
    speaker's label ("Марина: ...", "[12.03.24, 14:05] Марина Выдумкина: ..."), after a
    field that holds a name ("From: Ivan Petrov", "Свидетель: Выдумкин"), nor opening a
    list's item ("1. Выдумкина", "• Petrov"): names stand there more often than a word
    that opens a sentence."""
    return sentence_start(clean, start) and not _where_names_stand(clean, start)


def sentence_start(clean: str, start: int) -> bool:
    """True at the start of the text, a line or a sentence, skipping opening quotes,
    dashes and pictographs; the dot of an abbreviation ends no sentence ("позыв. Гром",
    "гр. Выдумкин")."""
    index = start - 1
    while index >= 0 and (clean[index].isspace() or _opener(clean[index])):
        if clean[index] == "\n":
            return True
        index -= 1
    if index >= 0 and clean[index] == "." and _abbreviated(clean, index):
        return False
    return index < 0 or clean[index] in _SENTENCE_END


def _opener(char: str) -> bool:
    """An opening quote, dash or bullet, or a pictograph ("⚡️ По данным", "📌 Пост")."""
    return char in _OPENERS or unicodedata.category(char) in _SYMBOLS


def _where_names_stand(clean: str, start: int) -> bool:
    """A label, a name field's value or a list item's first word (see above); read only
    for a word that opens a sentence, so not for every word of a text."""
    if _NAME_FIELD.search(clean, max(0, start - 24), start):
        return True
    head = clean[clean.rfind("\n", 0, start) + 1 : start]
    if _LABEL.match(clean, start) and _LINE_HEAD.fullmatch(head):
        opening = _WORD.match(clean, start)  # "По Петкову: ...": a topic, no speaker
        return opening is None or opening.group().lower() not in _TOPIC_WORDS
    item = _WORD.match(clean, start) if _LIST_ITEM.fullmatch(head) else None
    return item is not None and len(item.group()) >= _MIN_ITEM_NAME


def masked_context(
    text: str,
    start: int,
    end: int,
    width: int = 24,
    hidden: Sequence[tuple[int, int]] = (),
) -> str:
    """«…words before «X•••» words after…»: the hit shows its first character only, and
    every other word of the context with a capital or a digit is masked the same way, as
    is each ``hidden`` span (the other hits, which may be in lower case)."""
    left = max(0, text.rfind(" ", 0, max(0, start - width)) + 1)
    right = text.find(" ", min(len(text), end + width))
    right = len(text) if right < 0 else right
    before = _mask_words(_hide(text, left, start, hidden))
    after = _mask_words(_hide(text, end, right, hidden))
    hit = mask(text[start:end])
    lead = "…" if left > 0 else ""
    tail = "…" if right < len(text) else ""
    return " ".join(f"«{lead}{before}«{hit}»{after}{tail}»".split())


def _hide(text: str, low: int, high: int, hidden: Sequence[tuple[int, int]]) -> str:
    """text[low:high] with each span of ``hidden`` inside it masked."""
    parts, at = [], low
    for span in sorted(hidden):
        first, last = max(span[0], at), min(span[1], high)
        if first < last:
            parts += [text[at:first], mask(text[first:last])]
            at = last
    parts.append(text[at:high])
    return "".join(parts)


def mask(word: str) -> str:
    visible = word.strip()[:1]
    return visible + MASK * max(3, len(word.strip()) - 1)


def _mask_words(part: str) -> str:
    return _WORD.sub(
        lambda m: mask(m.group()) if _sensitive(m.group()) else m.group(),
        part.replace("\n", " "),
    )


def _sensitive(word: str) -> bool:
    return word[0].isupper() or any(c.isdigit() for c in word)
