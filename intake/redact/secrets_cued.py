"""Secrets after their cue: a source's safe word, a code word, a password, a PIN.

Whoever reads "кодовое слово: «абрикос»" can call as the source, or withdraw a consent in
the source's name, so the word is redacted like a document number. A secret is the value
that follows its cue ("кодовое слово", "контрольное слово", "пароль", "пин-код", "safe
word", "code word", "password", "passphrase", "PIN", and in Latin letters "parol'"), and
the code that opens a lock, a door, a gate or a safe ("combination", "door code", "код
домофона", "домофон" alone: after a lock's cue two characters with a digit are a code,
"домофон 417"), and a phone's pattern lock ("графический ключ", "pattern lock", "ключ"
with a quote after it):

* in quotes right after the cue or after a colon, dash or "=" (up to 60 characters:
  «синяя птица», "apricot");
* digits in groups after a colon, dash, "=" or a comma ("PIN: 417 203", "a new PIN for the
  depot, 417 203");
* else the one word after a colon, dash or "=" ("пароль: tulpan1987", "PIN - 4517"; after
  "pass:", "pwd", and a home network's after "wifi", "SSID" when it holds a digit or "_"),
  or after "is" ("the safe word is apricot"), or right after the cue when it has a digit
  ("passcode 00sun").

Words between the cue and its colon name whose secret it is ("пароль от почты: ...";
three words at most, on the cue's line); the other language's cue may stand there too
("Safe word / кодовое слово:"). A cue followed by neither ("забыла пароль от почты",
"the password was changed") gives no secret, unless its line asks for the secret
("назовите кодовое слово", "what is your password?"): then the next line's answer
is it, a dialogue's turn of four words or fewer after its speaker's label ("19:08
Client: веник"); or a word in quotes after a verb of choosing further on in its
sentence ("нужен пароль, она выбрала «Тиса»").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.redact.cues import cue_matches, heads
from intake.redact.findings import SECRET

Hit = tuple[str, int, int, float]

_I = re.IGNORECASE
_HEADS = heads(
    "кодов", "контрольн", "секретн", "стоп-слово", "парол", "пин", "pin", "safe", "safeword",
    "code", "codeword", "password", "passphrase", "passcode", "secret", "parol", "kodov",
    "pass", "pwd", "wifi", "wi-fi", "ssid", "вайфай",
    "combination", "lock", "door", "gate", "keypad", "intercom", "padlock", "код", "домофон",
    "графическ", "ключ", "pattern", "unlock",
)  # fmt: skip
_CUE = re.compile(
    r"(?:(?:кодов|контрольн|секретн)(?:ое|ым|ого)\s+слов(?:о|ом|а)|кодов(?:ая|ую|ой)\s+фраз[аыуе]"
    r"|стоп-слово|парол[ьяюеи]|пин(?:-?код)?|pin(?:-?code)?|safe\s?word|code\s?word"
    r"|password|passphrase|passcode|secret\s+word|parol'?|kodovoe\s+slovo"
    r"|(?<!boarding )pass(?=[ \t]*[:=])|pwd|(?P<network>wi-?fi|ssid|вайфай)"
    # a phone's pattern lock, said in words: "графический ключ: буква Г", "ключ «буква Г
    # снизу вверх»" (a key alone only with its quote after it)
    r"|(?P<pattern>графическ\w{1,3}\s+ключ\w{0,2}|ключ(?:ом|а|у)?(?=[ \t]*[«\"“„])"
    r"|pattern\s+lock|unlock\s+pattern)"
    # what opens a lock, a door, a gate, a safe: "combination 0-4-7", "код домофона 47К"
    r"|(?P<lock>combination|(?:lock|locker|door|gate|keypad|safe|intercom|padlock)\s+code"
    r"|код(?:ом)?\s+(?:от\s+)?(?:замка|сейфа|домофона|подъезда|калитки|ворот|двери)"
    # or the intercom alone, its code after it: "домофон 417К", "Домофон 417 и кнопка К"
    r"|домофон(?:а|у|ом|е)?))(?!\w)",
    _I,
)
# whose secret it is, or the other language's cue: up to three words before the colon
_BETWEEN = re.compile(r"(?:[ \t]*[/(]?[ \t]*[^\W\d_][\w'-]*\)?){0,3}?[ \t]*(?=[:=—–-]|\bis\b)", _I)
_MARK = re.compile(r"[ \t]*(?:[:=—–-]|is\b)[ \t]*", _I)
# or a comma before digits, up to three words before it: "a new PIN for the depot, 417 203"
_COMMA = re.compile(r"(?:[ \t]+[^\W\d_][\w'-]*){0,3}?[ \t]*,[ \t]*(?=\d)")
# digits in groups, as a code is read out or typed: "417 203", "4-5-1-7"
_DIGITS = re.compile(r"\d{1,6}(?:[ -]\d{1,6}){1,5}(?![\w-])|\d{2,12}(?!\w)")
_QUOTED = re.compile(r"[ \t]*([«\"“„'])([^«»\"“”„'\n\[\]]{1,60})([»\"”“'])")  # no tag
# What a form's field says when it holds no secret: "Bus pass: none", "Пароль: нет"
_NONE = frozenset(
    ("none", "no", "n/a", "nil", "unknown", "нет", "неизвестен", "неизвестно", "отсутствует")
)
_WORD = re.compile(r"[^\s,;.!?()«»\"“”„'\[\]]{2,40}(?![^\s,;.!?)»\"”'])")  # not a tag


# Right after the cue, no colon: a word of four characters or more with a digit in it
# ("passcode 00sun", "пароль tulpan1987"), not a count ("PIN 2 раза") nor a year; after a
# lock's cue, two or more ("домофон 417", "код домофона 47К")
def _bare(shortest: int, longest: int) -> re.Pattern[str]:
    return re.compile(
        r"[ \t]+(?!(?:19|20)\d\d(?!\w))((?=[^\s,;]*\d)"
        rf"[^\s,;.!?()«»\"“”„'\[\]]{{{shortest},{longest}}})"
        r"(?![^\s,;.!?)»\"”'])"
    )


_BARE = _bare(4, 40)
_LOCK_BARE = _bare(2, 12)


# A home network's name or key after "wifi", "SSID" is one with a digit or "_" in it
# ("wifi Mzia: Gviniani_home / pass: tbilisi2026"); "Wi-Fi: есть" is an amenity
_KEYLIKE = re.compile(r"[\d_]")
# A lock's, a door's or a gate's code holds a digit: "Код калитки: Выдумов — 4417#" names
# whose code follows, and the name is no code
_DIGIT = re.compile(r"\d")


# A line that asks for the secret: a request or a question.
_ASKING = re.compile(
    r"(?<![^\W_])(?:назов\w*|скажи\w*|введи\w*|напиши\w*|сообщи\w*|подтверди\w*|уточни\w*"
    r"|name|say|tell|enter|type|provide|confirm|what)(?![^\W_])|\?",
    _I,
)
# The next line's answer: after a time stamp and a speaker's label, four words at most.
_ANSWER = re.compile(
    r"\n[ \t]*(?:\[?[\d:./, ]*\]?[ \t]*)?(?:[^\W\d_][\w.\\ -]{0,30}:[ \t]*)?"
    r"(?P<answer>[^\s\[\]]+(?:[ \t]+[^\s\[\]]+){0,3})[ \t]*(?=\n|$)"
)


# A letter's closing words, which the line after a question may be: "С уважением, Светлана",
# "Regards, Anna" (with the writer's name, shorter once a pseudonym stands for it)
_SIGN_OFF = re.compile(
    r"(?:с\s+уважением|с\s+наилучшими|всего\s+доброго|спасибо|благодарю|до\s+свидания"
    r"|regards|kind\s+regards|best(?:\s+wishes)?|yours|sincerely|thanks|thank\s+you|cheers)"
    r"(?![^\W_])",
    _I,
)


def _answered(text: str, cue: re.Match[str]) -> Hit | None:
    """The answer on the line after a cue whose line asks for the secret; not a letter's
    closing words (:data:`_SIGN_OFF`)."""
    start = text.rfind("\n", 0, cue.start()) + 1
    end = text.find("\n", cue.end())
    if end < 0 or not _ASKING.search(text, start, end):
        return None
    answer = _ANSWER.match(text, end)
    if answer is None or _SIGN_OFF.match(answer.group("answer")):
        return None
    return SECRET, answer.start("answer"), answer.end("answer"), 0.8


# A keypad's code, its "#" or "*" typed after the digits ("ворота 1971#", "*0622#"): the
# key that ends a code, whatever the cue (a year's shape too)
_KEYPAD = re.compile(r"(?<![\w#*])\*?\d{3,8}[#*](?![\w#*])")
# ... two digits only right after a code's or a door's word ("подъезд с торца, код 44#"),
# found from the digits, the word read back
_SHORT_KEYPAD = re.compile(r"[0-9](?<![\w#]\d)\d[#*](?![\w#*])")
_KEYPAD_WORD = re.compile(
    r"(?<![^\W\d_])(?:код\w{0,2}|code|домофон\w{0,2}|intercom|door)[ \t:]*\*?\Z", re.IGNORECASE
)
# A wallet's recovery (seed) phrase: twelve to twenty-four lower-case words and nothing else,
# on the lines after its cue ("кошелёк Дениса: \n  слон ракета туман ...", "seed phrase:")
_SEED_HEADS = heads("кошел", "wallet", "seed", "сид", "мнемони", "recovery", "фраз")
_SEED_CUE = re.compile(
    r"кош[её]л[её]?к\w{0,3}|wallet"
    # a cue that names the phrase, which may follow it on its line: "seed phrase: ..."
    r"|(?P<phrase>seed|сид[- ]?фраз\w{0,2}|мнемони\w{1,4}|recovery\s+phrase"
    r"|фраз\w{0,2}\s+восстановлени\w{1,2})",
    _I,
)
_SEED = re.compile(
    r"[ \t]*\n?[ \t]*((?:[a-zа-яё]{3,12}(?:[ \t]+|[ \t]*\n[ \t]*)){11,23}[a-zа-яё]{3,12})"
    r"(?=[ \t]*(?:\n|\Z))"
)
_SEED_REACH = 80  # characters from the cue to its line's end


def _keypad_codes(text: str) -> Iterator[Hit]:
    if "#" in text or "*" in text:
        for found in _KEYPAD.finditer(text):  # from its digits: "#" before them is a list's
            yield SECRET, found.start(), found.end(), 0.85
        for found in _SHORT_KEYPAD.finditer(text):
            word = _KEYPAD_WORD.search(text, max(0, found.start() - 16), found.start())
            if word is not None:
                yield SECRET, found.start(), found.end(), 0.85


def _seed_phrases(text: str) -> Iterator[Hit]:
    for cue in cue_matches(text, _SEED_HEADS, _SEED_CUE):
        end = text.find("\n", cue.end(), cue.end() + _SEED_REACH)
        line = end > cue.end()  # the cue's line ends after it: the phrase may follow it
        seed = _SEED.match(text, end) if line else None  # on the next lines
        colon = text.find(":", cue.end(), end if line else cue.end() + _SEED_REACH)
        if seed is None and colon >= 0 and cue.group("phrase"):  # "seed phrase: ..."
            seed = _SEED.match(text, colon + 1)
        if seed is not None:
            yield SECRET, seed.start(1), seed.end(1), 0.85


# A video call's passcode after "код" on the call's line: "Zoom 000 417 2231, код 1956" (a
# year's shape), "конференция ..., код: tYr7"; "код" alone names too much to be a cue
_MEETING_HEADS = heads("zoom", "meet", "teams", "конференц", "созвон", "видеозвон")
_MEETING = re.compile(
    r"(?:zoom|google[ \t]+meet|teams|конференц\w*|созвон\w*|видеозвон\w*)[^\n]{0,40}?"
    r"(?<![^\W_\[])код(?![^\W_])(?:\s+доступа)?[ \t]*[:—–-]?[ \t]*"
    r"(?P<code>[^\s,;.\[\]]{3,12})(?![^\s,;.])",
    _I,
)


def _meeting_codes(text: str) -> Iterator[Hit]:
    for meeting in cue_matches(text, _MEETING_HEADS, _MEETING):
        yield SECRET, meeting.start("code"), meeting.end("code"), 0.85


# Further on in the cue's sentence, the secret someone chose, in quotes: "нужен пароль,
# она выбрала «Тиса»", "a password was needed; she picked "Tisa""
_CHOSEN = re.compile(
    r"[^.!?\n«\"“„]{0,40}?(?<![^\W_])(?:выбрал[аи]?|придумал[аи]?|назвал[аи]?|поставил[аи]?"
    r"|chose|picked|made[ \t]+up)(?![^\W_])(?:[ \t]+[^\W\d_]+)?[ \t]*:?(?=[ \t]*[«\"“„'])",
    _I,
)


def find_secrets(text: str) -> Iterator[Hit]:
    """Secrets after their cue (see the module), a keypad's code, a seed phrase and a video
    call's passcode."""
    yield from _keypad_codes(text)
    yield from _seed_phrases(text)
    yield from _meeting_codes(text)
    for cue in cue_matches(text, _HEADS, _CUE):
        if text[cue.start() - 1 : cue.start()] == "[":
            continue  # the tag's own words: "«[кодовое слово]»" is a secret already redacted
        quoted = _QUOTED.match(text, cue.end())  # «абрикос» right after the cue
        if quoted is not None:
            yield SECRET, quoted.start(2), quoted.end(2), 0.9
            continue
        bare = (_LOCK_BARE if cue.group("lock") else _BARE).match(text, cue.end())
        if bare is not None:
            yield SECRET, bare.start(1), bare.end(1), 0.85
            continue
        between = _BETWEEN.match(text, cue.end())
        mark = _MARK.match(text, between.end()) if between is not None else None
        opened = mark or _COMMA.match(text, cue.end())
        if opened is not None and (digits := _DIGITS.match(text, opened.end())) is not None:
            yield SECRET, digits.start(), digits.end(), 0.85  # "PIN for the depot, 417 203"
            continue
        if mark is None:
            chosen = _CHOSEN.match(text, cue.end())  # "нужен пароль, она выбрала «Тиса»"
            quoted = _QUOTED.match(text, chosen.end()) if chosen is not None else None
            if quoted is not None:
                yield SECRET, quoted.start(2), quoted.end(2), 0.85
            elif (answered := _answered(text, cue)) is not None:
                yield answered
            continue
        quoted = _QUOTED.match(text, mark.end())
        if quoted is not None:
            yield SECRET, quoted.start(2), quoted.end(2), 0.9
        elif cue.group("pattern"):
            continue  # a pattern is said in words, quoted: "Графический ключ: клиент не знает"
        elif (word := _WORD.match(text, mark.end())) is not None and (
            (cue.group("network") is None or _KEYLIKE.search(word.group()) is not None)
            and (cue.group("lock") is None or _DIGIT.search(word.group()) is not None)
            and word.group().lower() not in _NONE
        ):
            yield SECRET, word.start(), word.end(), 0.85  # a network's name only with "_", digits
