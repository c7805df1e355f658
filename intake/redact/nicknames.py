"""A word the text itself says a person is called by: a name, whatever the dictionary says.

"Мага (так его дома) звонил", "Серый, как его звали в роте, ...", "Бублик — его так все
называют", "Eddie/Edik is the name she uses", "Mags, as his mother calls him, ...", a code
name's key in a source log ("KEEL = Boris Ershov"), and a
word in Cyrillic in brackets after a full name ("Алексей Бубнов (Бубен)", a band's list;
not "(Reuters)" after a reporter's name). The
word before such a clause names someone even where no rule reads it as a name: opening
a sentence, a dictionary word, a short form of a name nobody registered. Found once, it
is found again wherever the text repeats it (:func:`intake.redact.unregistered.echoes`).

A text is read for the clause only where one of its verbs stands (a substring search of
the lower-cased text); the clause is then found from its first words' literal heads
(:mod:`intake.redact.cues`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.redact import forms_ru
from intake.redact.cues import cue_matches, heads, lowered
from intake.redact.findings import NAME

Hit = tuple[str, str, int, int, float]  # (recognizer, kind, start, end, score)

_PRONOUN = r"(?:его|её|ее|их|меня|тебя|нас)"
_WHO = (
    r"(?:все|дома|у\s+нас|в\s+семье|в\s+роте|в\s+части|на\s+работе|друзья|мама|мать|отец|"
    r"папа|жена|муж|родные|ребята|пацаны|сослуживцы|соседи|близкие|с\s+детства)"
)
_CALL = r"(?:зовут|звали|зовём|зовем|называ\w*|клич\w*|прозвали|окрестили)"
_CLAUSE = re.compile(
    rf"(?:так|как)[ \u00a0]+(?:{_PRONOUN}[ \u00a0]+(?:{_WHO}[ \u00a0]+){{0,2}}{_CALL}\b"
    rf"|{_PRONOUN}[ \u00a0]+{_WHO}(?:[ \u00a0]+{_WHO})?[ \u00a0]*\)"  # "(так его дома)"
    rf"|(?:{_WHO}[ \u00a0]+){{0,2}}{_CALL}[ \u00a0]+{_PRONOUN}\b)"
    rf"|{_PRONOUN}[ \u00a0]+так[ \u00a0]+(?:{_WHO}[ \u00a0]+){{0,2}}{_CALL}\b"
    r"|(?:as|that's[ \u00a0]+what|what)[ \u00a0]+(?:(?:his|her|their|the|everyone|everybody"
    r"|they|she|he|we|i|family|friends|mother|mum|mom|father|dad|wife|husband|unit|guys)"
    r"[ \u00a0]+){1,3}(?:call(?:s|ed)?|know(?:s)?)[ \u00a0]+(?:him|her|them)\b",
    re.IGNORECASE,
)
_CLAUSE_HEADS = heads(
    "так", "как", "его", "её", "ее", "их", "меня", "тебя", "нас", "as", "that's", "what"
)
# The name, in quotes or not, and a punctuation mark that opens the clause after it.
_NAME_BEFORE = re.compile(
    r"(?<![^\W\d_])([A-ZА-ЯЁ][^\W\d_]{1,20})[»\"”']?[ \u00a0]*[(,—–-][ \u00a0]*$"
)
# "Eddie/Edik is the name she uses", "Mags is what they call him"
_AFTER = re.compile(
    r"(?<![^\W\d_])(?P<names>[A-Z][a-z]{1,20}(?:/[A-Z][a-z]{1,20})*)[ \u00a0]+(?:is|was)"
    r"[ \u00a0]+(?:the[ \u00a0]+(?:nick)?name|what)[ \u00a0]+(?:she|he|they|we|i|his|her"
    r"|everyone)(?:[ \u00a0]+\w+)?[ \u00a0]+(?:use[sd]?|call(?:s|ed)?|go(?:es)?[ \u00a0]+by)\b"
)
_AFTER_WORDS = ("is the name", "is the nickname", "was the name", "is what", "was what")
_AFTER_HEADS = heads(*_AFTER_WORDS)
_WORD = re.compile(r"[A-Z][a-z]+")
# A word the dictionary reads first as one of these is no name: "Помню, как его звали".
_NOT_A_NAME = frozenset(
    {"VERB", "INFN", "ADVB", "CONJ", "PRCL", "PREP", "NPRO", "PRED", "GRND", "INTJ", "PRTS"}
)


# Every clause holds one of these (the lower-cased text is searched for them first: most
# texts have none, and the clause's first words are among the commonest).
_CLAUSE_WORDS = (
    "зовут", "звали", "зовём", "зовем", "называ", "клич", "прозвал", "окрестил", "(так ",
    "call him", "calls him", "called him", "call her", "calls her", "called her",
    "call them", "calls them", "know him", "knows him", "know her", "knows her",
)  # fmt: skip


# A full name and one capitalised word in brackets after it: "Алексей Бубнов (Бубен)", as
# a list of a band, a team or a unit gives each member's nickname.
_NOT_A_NICKNAME = frozenset({"Geox", "Orgn", "Abbr"})
_NICK_BRACKET = re.compile(r"\((?P<nick>[А-ЯЁ][^\W\d_]{1,20})\)")  # in Cyrillic
_FULL_NAME_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:[A-ZА-ЯЁ][^\W\d_]+[ \u00a0]+){1,2}[A-ZА-ЯЁ][^\W\d_]+[ \u00a0]*\Z"
)


# A code name's key, as a reporter's source log or a list gives it: "KEEL = Boris Ershov",
# a word, "=" and a full name at the start of a line
_DEFINED = re.compile(
    r"^[ \t>*•-]*[«\"]?(?P<nick>[A-ZА-ЯЁ][^\W\d_]{1,20})[»\"]?[ \t]*=[ \t]*"
    r"(?:[A-ZА-ЯЁ][^\W\d_]+[ \t]+){1,2}[A-ZА-ЯЁ][^\W\d_]+",
    re.MULTILINE,
)


# A maiden name after its cue, a surname the text says a woman was born with and a bank
# asks for as a security answer ("its my mother's maiden name sultanova", "урождённая
# Петрова", "девичья фамилия матери — Петрова", "née Smith")
_MAIDEN = re.compile(
    r"(?<![^\W\d_])(?:maiden[ \t]+name|n[ée]e|урожд[её]нн\w{1,3}|в[ \t]+девичестве"
    r"|девичь\w{1,3}[ \t]+фамили\w{1,3}(?:[ \t]+(?:матери|мамы|жены|её|ее))?)(?![^\W\d_])"
    r"(?:[ \t]*(?:is|was|—|–|-|:)[ \t]*|[ \t]+)[«\"“]?(?P<name>[^\W\d_][^\W\d_-]{2,30})(?![\w-])",
    re.IGNORECASE,
)
_MAIDEN_WORDS = ("maiden", "née", "nee ", "урожд", "девич")
_NOT_MAIDEN = frozenset(("is", "was", "the", "of", "her", "his", "unknown", "неизвестна"))


def find_nicknames(text: str) -> Iterator[Hit]:
    """Words the text says someone is called by (see the module), and a maiden name after
    its cue (:data:`_MAIDEN`)."""
    lowered_text = lowered(text) or text.lower()
    if any(word in lowered_text for word in _MAIDEN_WORDS):
        for found in _MAIDEN.finditer(text):
            name = found.group("name")
            # a capitalised word, or a Latin one in a transcript typed in lower case ("its my
            # mother's maiden name sultanova"); not "в девичестве молдавская фамилия"
            if name.lower() not in _NOT_MAIDEN and (name[0].isupper() or name.isascii()):
                yield "maiden_name", NAME, found.start("name"), found.end("name"), 0.8
    if "(" in text:
        yield from _bracketed(text)
    if "=" in text:
        for found in _DEFINED.finditer(text):
            yield "nickname", NAME, found.start("nick"), found.end("nick"), 0.8
    lower = lowered(text)
    if lower is not None and not any(word in lower for word in (*_CLAUSE_WORDS, *_AFTER_WORDS)):
        return
    yield from _before_clauses(text)
    yield from _before_sayings(text, lower)


def _before_clauses(text: str) -> Iterator[Hit]:
    for clause in cue_matches(text, _CLAUSE_HEADS, _CLAUSE):
        name = _NAME_BEFORE.search(text, max(0, clause.start() - 30), clause.start())
        if name is not None and _may_name(name.group(1)):
            yield "nickname", NAME, name.start(1), name.end(1), 0.8


def _before_sayings(text: str, lower: str | None) -> Iterator[Hit]:
    for head in _AFTER_HEADS.finditer(lower if lower is not None else text.lower()):
        window = max(text.rfind("\n", 0, head.start()) + 1, head.start() - 50)
        for said in _AFTER.finditer(text, window, head.start() + 60):
            for word in _WORD.finditer(said.group("names")):
                start = said.start("names") + word.start()
                yield "nickname", NAME, start, start + len(word.group()), 0.8


def _bracketed(text: str) -> Iterator[Hit]:
    for found in _NICK_BRACKET.finditer(text):  # from the bracket: rarer than a capital
        if _FULL_NAME_BEFORE.search(text, max(0, found.start() - 70), found.start()) is None:
            continue
        nick = found.group("nick")
        if nick.isupper() or not _may_name(nick):
            continue  # an acronym ("(ФСБ)"), a word no name is
        parses = forms_ru.parses(nick.lower())
        if parses and _NOT_A_NICKNAME & set(parses[0].tag.grammemes):
            continue  # a country or a town after a player's name: "Левон Аронян (Армения)"
        yield "nickname", NAME, found.start("nick"), found.end("nick"), 0.8


def _may_name(word: str) -> bool:
    if word.isascii():
        return True
    parses = forms_ru.parses(word.lower())
    return not parses or parses[0].tag.POS not in _NOT_A_NAME
