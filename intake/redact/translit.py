"""Latin spellings of Cyrillic names, Cyrillic spellings of Latin ones, a matching key.

One Russian name has two to eight Latin spellings across the schemes newsrooms,
passports and maps use (iuliia ships them, the French passport scheme among them:
"Serguei", "Joukovski"), the German spelling relatives abroad write (Duden's rules,
below: "Sergej", "Serjoscha", "Schukowski"), and informal ones that no scheme
produces (Artiom, Alexei, Yuri). ё is folded to е before transliterating as
well, because texts write both. Latin -> Cyrillic has no scheme; we generate a
few candidate spellings and let the dictionary choose.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

import iuliia

from intake.redact.diminutives_en import dictionary_word

SCHEMES = (
    iuliia.WIKIPEDIA,
    iuliia.BGN_PCGN,
    iuliia.ICAO_DOC_9303,
    iuliia.MVD_310,
    iuliia.MVD_782,
    iuliia.GOST_779_ALT,
    iuliia.SCIENTIFIC,
    iuliia.TELEGRAM,
    iuliia.ALA_LC,
    iuliia.YANDEX_MAPS,
    iuliia.GOST_52535,
    iuliia.UNGEGN_1987,
    iuliia.BS_2979,
    iuliia.MVD_310_FR,
)
# The German (Duden) spelling of Russian names, letter by letter; е, ё, ю, я take a "j"
# at the start of a word and after a vowel or a sign; с between vowels is "ss".
_GERMAN_LETTERS = (
    "а=a б=b в=w г=g д=d е=e ё=jo ж=sch з=s и=i й=j к=k л=l м=m н=n о=o п=p р=r с=s т=t"
    " у=u ф=f х=ch ц=z ч=tsch ш=sch щ=schtsch ъ= ы=y ь= э=e ю=ju я=ja"
)
_GERMAN = dict(pair.split("=") for pair in _GERMAN_LETTERS.split())
_VOWELS_RU = frozenset("аеёиоуыэюяъь")

# Informal spellings that come from no scheme (applied to every scheme's output).
_INFORMAL_RULES = (
    (r"ks", "x"),
    (r"iy$", "y"),
    (r"ii$", "y"),
    (r"ii$", "i"),  # "Joukovski", "Dmitri"
    (r"iy$", "i"),
    (r"ey$", "ei"),
    (r"ei$", "ey"),
    (r"yo", "io"),
    (r"ya", "ia"),
    (r"yu", "iu"),
    (r"kh", "h"),
    (r"dzh", "dj"),  # "Djokhar", "Hadji"
    (r"lyu", "lu"),  # "Ludmila", "Luba", "Lubov"
    (r"lyo", "lo"),  # "Alona"
    (r"iya$", "ia"),
    (r"^ye", "e"),
    (r"^e", "ye"),
    (r"y", "i"),
)
_INFORMAL_COMPILED = tuple((re.compile(p), r) for p, r in _INFORMAL_RULES)
# Spellings that no rule derives (international forms in common use).
_INFORMAL_TABLE = {
    "александр": ("alexander", "alexandre"),
    "михаил": ("michael", "mihail"),
    "юрий": ("yuri", "yury", "iouri", "jurij"),
    "петр": ("peter", "pyotr", "petr"),
    "павел": ("paul",),
    "николай": ("nicholas", "nicolai", "nikolai"),
    "екатерина": ("katerina", "catherine", "ekaterina"),
    "федор": ("fyodor", "fiodor", "fedor"),
    "елена": ("yelena", "elena", "helen"),
    "наталья": ("natalia", "natalie", "natasha"),
    "ольга": ("olga", "olha"),
    "татьяна": ("tatiana", "tatyana"),
    "мария": ("maria", "mariya"),
    "илья": ("ilya", "ilia", "ilja"),
    "алексей": ("alexei", "alexey", "aleksei", "alex"),
    "сергей": ("serge",),  # as Russians in France write it
    "андрей": ("andre", "andrej"),
    "дмитрий": ("dimitri", "dmitrij"),
}


_SIGN_MARKS = str.maketrans("", "", "'`\u02b9\u02ba\u2019")  # ' ` ʹ ʺ ’ for ь and ъ


def _ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def latin_spellings(word: str) -> frozenset[str]:
    """Every Latin spelling of a Cyrillic word we know of, lower case (schemes + informal)."""
    lower = word.lower()
    sources = {lower, lower.replace("ё", "е"), lower.translate(_TO_RUSSIAN)}  # "Соломія"
    out: set[str] = set()
    for source, schema in itertools.product(sources, SCHEMES):
        out.add(schema.translate(source))
    out.add(german(lower))
    out.add(german_original(lower))
    # a spelling that only dropping a scheme's marks makes an English word ("šon" as "son"
    # for Шон, "bus" for Буш) is left out: in English text it is the word
    out |= {s for s in _folded(out) if not dictionary_word(s)}
    # the signs' marks dropped: "berzin'sh", and the scholarly "berzinʹš" (U+02B9) as
    # "berzins", the way a Latvian "Bērziņš" folds
    out |= {s.translate(_SIGN_MARKS) for s in out}
    for variant in list(out):
        for pattern, replacement in _INFORMAL_COMPILED:
            out.add(pattern.sub(replacement, variant))
    out.update(_INFORMAL_TABLE.get(lower.replace("ё", "е"), ()))
    return frozenset(s for s in out if s and s.isascii())


def _folded(spellings: set[str]) -> set[str]:
    """The spellings with their marks dropped ("šon" -> "son")."""
    return {_ascii_fold(s) for s in spellings}


_CHAT_SCHEMES = (iuliia.WIKIPEDIA, iuliia.TELEGRAM, iuliia.MVD_310, iuliia.ICAO_DOC_9303)


@lru_cache(maxsize=65536)
def chat_spellings(word: str) -> frozenset[str]:
    """The Latin spellings people type a Russian word in when a phone has no Cyrillic
    ("seryozhe", "sereje", "serezhe", "seregoi"), and the German one: fewer than
    :func:`latin_spellings`, for the many inflected forms of short names."""
    lower = word.lower()
    out = {
        schema.translate(source)
        for source in {lower, lower.replace("ё", "е")}
        for schema in _CHAT_SCHEMES
    }
    out.add(german(lower))
    return frozenset(s for s in out if s and s.isascii())


def german(word: str) -> str:
    """The German spelling of a lower-case Cyrillic word ("серёжа" -> "serjoscha")."""
    out: list[str] = []
    for index, char in enumerate(word):
        before = word[index - 1] if index else ""
        latin = _GERMAN.get(char, char)
        if char == "ё" and before in "жшчщ":
            latin = "o"  # "Tschernyschow"
        elif char == "е" and (not before or before in _VOWELS_RU):
            latin = "je"
        elif char == "с" and before in _VOWELS_RU and word[index + 1 : index + 2] in _VOWELS_RU:
            latin = "ss"
        elif char == "й" and before == "и" and index == len(word) - 1:
            latin = ""  # "Dmitri", "Schukowski"
        out.append(latin)
    return "".join(out)


# How the press and the registry offices of other countries write Russian names, letter by
# letter, where no iuliia scheme does: relatives abroad write a name the way their country
# does ("Siergiej Krawczenko" in Polish, "Sergej Kravčenko" in Czech and Slovak, the Baltic
# languages' base spelling, "Kravtšenko" in Estonian and Finnish, "Szergej Kravcsenko" in
# Hungarian, "Serguéi" in Spanish, "Joeri Koeznetsov" in Dutch). Each table: letter ->
# (at a word's start or after a vowel or a sign, after a consonant); е, ё, ю, я are the
# letters that differ. Marks are dropped afterwards (:func:`_ascii_fold`), as people type.
_NATIONAL_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "з": "z", "и": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "ъ": "", "ь": "", "ы": "y", "э": "e",
    "і": "i", "ї": "ji", "є": "je", "ґ": "g", "ў": "u",
}  # fmt: skip
# е, ё, ю, я with a "j" at a word's start or after a vowel, the vowel alone after a consonant
# ("Jelena", "Fjodor"): as Czech, Slovak, the Baltic languages, Estonian and Hungarian write
_JOTTED: dict[str, str | tuple[str, str]] = {
    "е": ("je", "e"), "ё": ("jo", "jo"), "ю": ("ju", "ju"), "я": ("ja", "ja"),
}  # fmt: skip
_NATIONAL: dict[str, dict[str, str | tuple[str, str]]] = {
    "polish": {
        "в": "w", "ж": "ż", "й": "j", "л": "ł", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz",
        "щ": "szcz", "е": ("je", "ie"), "ё": ("jo", "io"), "ю": ("ju", "iu"), "я": ("ja", "ia"),
    },
    "czech": {
        "ж": "ž", "й": "j", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", **_JOTTED,
    },
    "latvian": {
        "ж": "ž", "й": "j", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "ы": "i",
        **_JOTTED,
    },
    "estonian": {
        "ж": "ž", "й": "i", "х": "h", "ц": "ts", "ч": "tš", "ш": "š", "щ": "štš", **_JOTTED,
    },
    "hungarian": {
        "ж": "zs", "й": "j", "с": "sz", "х": "h", "ц": "c", "ч": "cs", "ш": "s", "щ": "scs",
        "ы": "i", **_JOTTED,
    },
    "spanish": {
        "ж": "zh", "й": "i", "х": "j", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch",
        "е": ("ye", "e"), "ё": ("yo", "io"), "ю": ("yu", "iu"), "я": ("ya", "ia"),
    },
    # Turkish, as the Turkic Latin alphabets write Turkic names: "Gülsüm" for Гюльсум,
    # "Çelik" for Челик, "Cemil" for Джемиль ("dj" -> "c" below)
    "turkish": {
        "ж": "j", "й": "y", "х": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "şç", "ы": "ı",
        "е": ("ye", "e"), "ё": ("yo", "ö"), "ю": ("yu", "ü"), "я": ("ya", "ya"),
    },
    "dutch": {
        "ж": "zj", "й": "j", "у": "oe", "х": "ch", "ц": "ts", "ч": "tsj", "ш": "sj",
        "щ": "sjtsj", **_JOTTED, "ю": ("joe", "joe"),
    },
}  # fmt: skip
_HUSHING = frozenset("жшчщц")
_PLAIN_VOWEL = {"е": "e", "ё": "o", "ю": "u", "я": "a"}
# A word's end as each country writes it: "Dmitrij", "Żukowski", "Žukovskij", "Dmitri".
_NATIONAL_ENDS = {
    "polish": ((r"(?<=[sc]k)ij$", "i"), (r"yj$", "y"), (r"(?<=[^aeiou])ija$", "ia")),
    "estonian": ((r"ii$", "i"), (r"yi$", "õi")),
    "spanish": ((r"ii$", "i"), (r"yi$", "y")),
    "turkish": ((r"dj", "c"),),
}
_NATIONAL_ENDS_COMPILED = {
    language: tuple((re.compile(p), r) for p, r in rules)
    for language, rules in _NATIONAL_ENDS.items()
}


def _jotted(before: str) -> bool:
    """True after nothing, a vowel or a sign: where е, ё, ю, я are spelt with a "j"."""
    return not before or before in _VOWELS_RU


def national(word: str, language: str) -> str:
    """A lower-case Cyrillic word as ``language``'s press writes it, marks kept ("сергей",
    "polish" -> "siergiej"; "кравченко", "czech" -> "kravčenko")."""
    table = _NATIONAL[language]
    out: list[str] = []
    for index, char in enumerate(word):
        before = word[index - 1] if index else ""
        letter = table.get(char, _NATIONAL_BASE.get(char, char))
        latin = letter if isinstance(letter, str) else letter[not _jotted(before)]
        if isinstance(letter, tuple):
            if before in _HUSHING or (language == "polish" and before == "л"):
                latin = _PLAIN_VOWEL[char]  # "Czornyj", "Szurow"; Polish "Ludmiła", "Lowa"
        elif language == "polish" and char == "л" and word[index + 1 : index + 2] in "еёюяиь":
            latin = "l"  # "Jelena", "Olga": ł only before a hard vowel
        elif language == "polish" and char == "и" and before in _HUSHING:
            latin = "y"  # "Żyrinowski", "Szyszkin"
        elif language == "spanish" and char == "г" and word[index + 1 : index + 2] in "еи":
            latin = "gu"  # "Serguéi"
        out.append(latin)
    spelt = "".join(out)
    for pattern, replacement in _NATIONAL_ENDS_COMPILED.get(language, ()):
        spelt = pattern.sub(replacement, spelt)
    return spelt


# Polish "rz" is written "ж" in Russian, "ш" after a voiceless consonant ("Анджей" was
# "Andrzej", "Гжегож" "Grzegorz", "Пшемыслав" "Przemysław")
_POLISH_RZ = re.compile(r"ż|(?<=[ptk])sz")


@lru_cache(maxsize=65536)
def national_spellings(word: str, gender: str | None = None) -> frozenset[str]:
    """:func:`national` in every language, marks dropped ("сергей": "siergiej", "sergej",
    "szergej", "sergei", "serguei"...); for a man's name also with the endings Latvian
    and Lithuanian give it ("Sergejs", "Sergejus", "Kuznecovas", "Žukovskis")."""
    lower = word.lower()
    spelt = {_ascii_fold(national(lower, language)).replace("ł", "l") for language in _NATIONAL}
    if "ж" in lower or "ш" in lower:  # a Polish name as Russian writes it, read back
        spelt.add(_ascii_fold(_POLISH_RZ.sub("rz", national(lower, "polish"))).replace("ł", "l"))
    if gender != "f":
        spelt |= _baltic(_ascii_fold(national(lower, "latvian")))
    return frozenset(spelt)


def _baltic(spelt: str) -> set[str]:
    """A man's name with the Latvian and Lithuanian nominative endings: -s and -us after
    "j" ("Sergejs", "Sergejus"), -is for -skij ("Žukovskis"), -s, -as and -is after
    another consonant ("Ivans", "Ivanas", "Igoris"), Lithuanian -a for -o ("Kravčenka");
    none after another vowel ("Nikita")."""
    if spelt.endswith("skij"):
        return {spelt[:-2] + "is"}
    if spelt.endswith("j"):
        return {spelt + "s", spelt + "us"}
    if spelt.endswith("o"):
        return {spelt[:-1] + "a"}  # Lithuanian "Kravčenka", "Ševčenka"
    if spelt[-1:] in "aeiuy":
        return set()
    return {spelt + "s", spelt + "as", spelt + "is"}


# A German surname spelled back from its Russian spelling: "Шрайбер" was "Schreiber",
# "Вайнштейн" "Weinstein", "Нойман" "Neumann" ("шт"/"шп" opening a syllable are "st"/"sp",
# "ай"/"ей" are "ei", "ой" is "eu", "х" is "ch", a doubled "n" or "m" may be single).
_GERMAN_BACK = (
    (re.compile(r"(?:(?<=^)|(?<=[bcdfghklmnprtwz]))sch([tp])"), r"s\1"),
    (re.compile(r"[ae]j(?=[^aeiouy]|$)"), "ei"),
    (re.compile(r"oj(?=[^aeiouy]|$)"), "eu"),
    (re.compile(r"man$"), "mann"),
)


def german_original(word: str) -> str:
    """The German spelling a German surname had before it was written in Cyrillic
    ("шрайбер" -> "schreiber", "вайнштейн" -> "weinstein"), as relatives abroad write it;
    the word as :func:`german` spells it where no rule applies."""
    spelt = german(word)
    for pattern, replacement in _GERMAN_BACK:
        spelt = pattern.sub(replacement, spelt)
    return spelt


# Korean surnames of the Koryo-saram (Russian Koreans) in their Korean romanisations, which
# no transliteration of the Russian spelling gives ("Цой" is 최: Choi, Choe).
_KOREAN = {
    "цой": ("choi", "choe"), "ким": ("gim",), "пак": ("park", "bak"),
    "ли": ("lee", "yi", "rhee"), "тен": ("jeong", "jung", "chung"),
    "тян": ("jang", "chang"), "шин": ("shin", "sin"), "шен": ("shin",), "ан": ("ahn",),
    "кан": ("kang",), "югай": ("yu", "yoo", "ryu"), "хегай": ("heo", "hur", "huh"),
    "огай": ("oh",), "хван": ("hwang",), "чон": ("jeon", "chun"), "лим": ("im",),
    "со": ("seo", "suh"), "сон": ("song", "sung"), "квон": ("kwon",), "чо": ("cho", "jo"),
    "те": ("cho", "jo"), "дю": ("ju", "joo"), "пай": ("bae",), "нам": ("nam",),
}  # fmt: skip


def korean_spellings(surname: str) -> tuple[str, ...]:
    """The Korean romanisations of a Koryo-saram surname in Russian spelling ("цой" ->
    "choi", "choe"); none for other words."""
    return _KOREAN.get(surname.lower().replace("ё", "е"), ())


def primary_latin(word: str) -> str:
    """The one spelling we write pseudonyms with (Wikipedia's scheme, as newsrooms do); the
    letters of Ukrainian and Belarusian that the scheme does not know are read as their
    Russian counterparts first ("Соломія": "Solomiya", not a Latin word with a Cyrillic
    "і" in it)."""
    return str(iuliia.WIKIPEDIA.translate(word.translate(_TO_RUSSIAN)))


_TO_RUSSIAN = str.maketrans(
    {"і": "и", "І": "И", "ї": "йи", "Ї": "Йи", "є": "е", "Є": "Е", "ґ": "г", "Ґ": "Г"}
    | {"ў": "у", "Ў": "У"}
)


_LAT_TO_CYR = (
    ("iyev", ("иев",)),
    ("iya", ("ия",)),
    ("iia", ("ия",)),
    ("yev", ("ев",)),
    ("yov", ("ёв",)),
    ("shch", ("щ",)),
    ("th", ("т",)),
    ("sch", ("щ", "ш")),
    ("zh", ("ж",)),
    ("kh", ("х",)),
    ("gh", ("г", "гх")),  # Romanian and Moldovan: "Serghei", "Gheorghe"
    ("ae", ("ае", "ай")),  # Romanian: "Nicolae"
    ("ts", ("ц",)),
    ("tz", ("ц",)),
    ("ch", ("ч",)),
    ("sh", ("ш",)),
    ("yu", ("ю",)),
    ("iu", ("ю",)),
    ("ju", ("ю",)),
    ("ya", ("я", "ья")),
    ("ia", ("ия", "я", "ья")),
    ("ja", ("я",)),
    ("yo", ("ё", "йо")),
    ("io", ("ио", "ё")),
    ("ye", ("е",)),
    ("ey", ("ей",)),
    ("ei", ("ей",)),
    ("iy", ("ий",)),
    ("yy", ("ый",)),
    ("ii", ("ий",)),
    ("x", ("кс",)),
    ("a", ("а",)),
    ("b", ("б",)),
    ("c", ("к", "ц")),
    ("d", ("д",)),
    ("e", ("е", "э")),
    ("f", ("ф",)),
    ("g", ("г",)),
    ("h", ("х",)),
    ("i", ("и", "й")),
    ("j", ("дж", "й")),
    ("k", ("к",)),
    ("l", ("л", "ль")),
    ("m", ("м",)),
    ("n", ("н",)),
    ("o", ("о",)),
    ("p", ("п",)),
    ("q", ("к",)),
    ("r", ("р",)),
    ("s", ("с",)),
    ("t", ("т",)),
    ("u", ("у",)),
    ("v", ("в",)),
    ("w", ("в",)),
    ("y", ("ы", "й", "и")),
    ("z", ("з",)),
    ("'", ("ь", "")),
)
_MAX_CANDIDATES = 64


def _chunks(word: str) -> list[tuple[str, ...]]:
    chunks: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        for latin, options in _LAT_TO_CYR:
            if word.startswith(latin, i):
                at_end = i + len(latin) == len(word)
                final_y = latin == "y" and at_end and chunks
                soft = at_end and latin == "r"  # "Igor": "Игорь"
                chunks.append(
                    ("ий", "ый", "и") if final_y else (*options, "рь") if soft else options
                )
                i += len(latin)
                break
        else:
            chunks.append((word[i],))
            i += 1
    return chunks


@lru_cache(maxsize=16384)
def cyrillic_candidates(word: str) -> tuple[str, ...]:
    """Cyrillic spellings of a Latin word, most likely first (at most 64)."""
    lower = _ascii_fold(word.lower()).replace("`", "'")
    products = itertools.islice(itertools.product(*_chunks(lower)), _MAX_CANDIDATES)
    return tuple(dict.fromkeys("".join(p) for p in products))


_KEY_STEPS = (
    (r"['`ʹ’]", ""),
    (r"shch|sch|shh", "ш"),
    (r"sh", "ш"),
    (r"ch", "ч"),
    (r"zh", "з"),
    (r"kh", "h"),
    (r"dzh", "dj"),  # "Djokhar", "Hadji"
    (r"lyu", "lu"),  # "Ludmila", "Luba", "Lubov"
    (r"lyo", "lo"),  # "Alona"
    (r"ts|tc|tz", "ц"),
    (r"x", "ks"),
    (r"c", "k"),
    (r"[jy]", "i"),
    (r"w", "v"),
    (r"q", "k"),
    (r"io", "e"),
    (r"([aeiou])i(?=[aeiou])", r"\1"),
    (r"ii+", "i"),
    (r"^ie", "e"),
    (r"ia$", "a"),
)
_CYR_TO_KEY = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "iu",
        "я": "ia",
    }
)


@lru_cache(maxsize=65536)
def latin_key(word: str) -> str:
    """A loose key on which every common Latin spelling of a Russian name meets its Cyrillic."""
    lower = word.lower()
    if any("\u0400" <= c <= "\u04ff" for c in lower):
        lower = lower.translate(_CYR_TO_KEY)
    key = _ascii_fold(lower)
    for pattern, replacement in _KEY_STEPS:
        key = re.sub(pattern, replacement, key)
    return key
