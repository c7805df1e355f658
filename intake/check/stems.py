"""Short stems of common Russian first names: the check's own table, not the engine's.

A diminutive, hypocoristic, vocative or possessive of a first name starts with one
of its short stems (Серёжа, Серёжкин, Серёж -> "серёж"; Дима, Димин, Димон -> "дим";
Лена, Ленуська, Ленкин -> "лен"). Any capitalised word, or any word the dictionary
does not know, that starts with such a stem is a near-miss of the registered name.
Names not in the table get the generic stem of :func:`stem` (the word without its
final vowels), which also covers a surname with any case ending (Хертек -> Хертеком),
and a first name (the first word of a full name) its first four letters
(:func:`clipped`: Рустам -> "руст", Рустик);
a name whose last vowel drops when it declines also gets that stem (Орёл -> "орл").

A stem followed by one of the productive suffixes and one case ending
(:func:`tails`: Толику, Коляном, Танюхе, Ленок, Серёжкин) is a *form* of the name, not
only a near-miss: such a word is asked about even where a dictionary word would not be,
at the start of a sentence ("Толику", "Мишка", "Серёжка" are also words).
Stems are written plainly here and folded like the text when loaded.
"""

from __future__ import annotations

import unicodedata
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
    "евгений": ("жен", "евг", "жек"),
    "егор": ("егор", "гош"),
    "иван": ("ван", "иван"),
    "игорь": ("игор",),
    "илья": ("иль", "илюш"),
    "кирилл": ("кир",),
    "константин": ("кост", "кот"),
    "максим": ("макс",),
    "михаил": ("миш", "мих"),
    "никита": ("никит",),
    "николай": ("кол", "ник"),
    "олег": ("олег", "олеж"),
    "павел": ("паш", "павл", "павлик"),
    "пётр": ("пет",),
    "роман": ("ром",),
    "руслан": ("рус",),
    "сергей": ("серёг", "серёж", "серж", "серг", "серён", "серёнь"),
    "станислав": ("стас", "слав"),
    "степан": ("степ",),
    "юрий": ("юр",),
    "ярослав": ("яр", "слав", "ярик"),
    "ярослава": ("яр", "яс", "слав"),
    "аркадий": ("аркаш",),
    "арсений": ("арс", "сен"),
    "богдан": ("бод", "дан"),
    "всеволод": ("сев",),
    "герман": ("гер",),
    "даниил": ("дан",),
    "ефим": ("фим",),
    "иннокентий": ("кеш",),
    "лев": ("лёв", "льв"),
    "леонид": ("лён",),
    "матвей": ("матв", "мот", "матюш"),
    "ростислав": ("рост", "слав"),
    "семён": ("сём", "сен"),
    "тимофей": ("тим", "тимош", "тимох"),
    "тимур": ("тим",),
    "фёдор": ("фед",),
    "эдуард": ("эд",),
    "яков": ("яш",),
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
    "ксения": ("ксюш", "ксю", "ксен"),
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
    "антонина": ("тон", "тос"),
    "варвара": ("вар",),
    "евгения": ("жен", "евг"),
    "елизавета": ("лиз",),
    "зинаида": ("зин",),
    "любовь": ("люб",),
    "маргарита": ("рит", "марго"),
    "оксана": ("ксан", "ксюш", "оксан"),
    "олеся": ("лес", "олес"),
    "полина": ("пол", "полин"),
    "раиса": ("рая", "раеч", "раи"),
    "софья": ("сон", "соф"),
    "софия": ("сон", "соф"),
    "тамара": ("том", "тамар"),
    "ульяна": ("уль", "ульян"),
    "валерия": ("лер",),
    "лариса": ("лар",),
    "лидия": ("лид",),
    # names less often given today, or older
    "викентий": ("кеш", "викеш"),
    "герасим": ("гер",),
    "тихон": ("тиш",),
    "кузьма": ("куз",),
    "демьян": ("дём",),
    "емельян": ("емел",),
    "лука": ("лукаш",),
    "никифор": ("никеш",),
    "порфирий": ("порфиш",),
    "спиридон": ("спир",),
    "филимон": ("фил",),
    "харитон": ("харит",),
    "прокопий": ("прокош", "прон"),
    "митрофан": ("митрош", "мит"),
    "пантелей": ("пантюш", "пан"),
    "зиновий": ("зин", "зям"),
    "лаврентий": ("лавр",),
    "агафья": ("гаш", "ган", "агаш"),
    "аглая": ("глаш",),
    "аксинья": ("ксюш", "аксюш", "аксют"),
    "анфиса": ("фис",),
    "глафира": ("глаш", "фир"),
    "ефросинья": ("фрос",),
    "прасковья": ("паш", "параш"),
    "пелагея": ("пол",),
    "серафима": ("сим",),
    "серафим": ("сим",),
    "степанида": ("стеш",),
    "капитолина": ("кап",),
    "августа": ("гут",),
    "матрёна": ("мот", "матрёш"),
    "агриппина": ("груш", "грун"),
    "феодосия": ("фен", "дос"),
    "изабелла": ("белл",),
    "анжелика": ("анжел", "лик"),
    "ариадна": ("ариш",),
    # folk and church variants of common names
    "марья": ("маш", "ман", "мар"),
    "настасья": ("наст", "стас", "ася"),
    "катерина": ("кат",),
    "лизавета": ("лиз",),
    "авдотья": ("дун", "дус"),
    "ксенья": ("ксюш", "ксен"),
    "дария": ("даш", "дар"),
    "митрий": ("мит",),
}
# Other peoples' first names: the short forms Russian speakers use for them that do not
# start like the name ("Гоги" for Гиорги, "Тамик" for Таймураз, "Ваник" for Ованес).
# These are added to the name's other stems (its table entry, or the first letters of a
# name no table lists), never instead of them.
OTHER_STEMS: dict[str, tuple[str, ...]] = {
    "гиорги": ("гог", "гоч", "гия"),
    "георгий": ("гог", "гия"),
    "давит": ("дато", "датик"),
    "давид": ("дато", "датик", "додик"),
    "вахтанг": ("вахо",),
    "реваз": ("резо", "резик"),
    "шалва": ("шалик",),
    "константин": ("коте", "котэ"),
    "иосиф": ("сосо",),
    "тамар": ("тамрик", "тамун"),
    "тамара": ("тамрик", "тамун"),
    "кетеван": ("кето", "кети"),
    "мариам": ("марик",),
    "екатерина": ("эка",),
    "ованес": ("ваник",),
    "оганес": ("ваник",),
    "арутюн": ("артюш", "арто"),
    "саркис": ("сако",),
    "карапет": ("каро",),
    "левон": ("лев", "лёв"),
    "таймураз": ("тамик", "таймик"),
    "зелимхан": ("зелим", "зелик"),
    "бауыржан": ("бауке",),
    "бахытжан": ("бах",),
    "бахтияр": ("бах",),
    "бахтиёр": ("бах",),
    "айгуль": ("гул",),
    "гузель": ("гул",),
    "исаак": ("изя", "изе", "изю"),
    "израиль": ("изя", "изе", "изю"),
    "моисей": ("мон", "мос"),
    "абрам": ("абраш",),
    "соломон": ("мон", "сём"),
    "наум": ("нём",),
    "александр": ("сашко", "олес", "алес"),
    # a Ukrainian first name's Russian equivalent too, which a Russian form or clerk writes
    "олександр": ("сашко", "олес", "саш", "александр"),
    "дмитрий": ("змитер", "зьмитер"),
    "микола": ("кол", "микол", "никола"),
    "петро": ("пет", "петрик", "петрус", "петр"),
    "василь": ("вас", "васили"),
    "олена": ("лен", "елен"),
    "юрий": ("юрко",),
    "иван": ("ивасик", "янк"),
    # a Moldovan or Romanian first name, and the Russian short forms of its Russian kin
    "михай": ("миш", "михаш", "михаил"),
    "ион": ("ван", "ионел", "ионик"),
    "георге": ("жор", "гош", "гиц"),
    "василе": ("вас",),
    "думитру": ("дим", "мит"),
    "петру": ("пет", "петр"),
    "николае": ("кол", "нику", "никола"),
    "григоре": ("гриш", "григор"),
    "сергиу": ("серёж", "серг"),
    "александру": ("саш", "сандел", "александр"),
    "аурелия": ("аурик",),
    "виорика": ("вик",),
}
# Short forms of English first names, compared whole (a possessive "'s" aside): "Bill"
# and "Billy" are a registered William wherever they stand, "Billion" is not.
ENGLISH_SHORTS: dict[str, tuple[str, ...]] = {
    "albert": ("al", "bert", "bertie"),
    "alexander": ("alex", "alec", "sandy", "xander"),
    "andrew": ("andy", "drew"),
    "anthony": ("tony", "ant"),
    "arthur": ("art", "artie"),
    "benjamin": ("ben", "benny", "benji"),
    "charles": ("charlie", "chuck", "chas"),
    "christopher": ("chris", "kit", "topher"),
    "daniel": ("dan", "danny"),
    "david": ("dave", "davey", "davy"),
    "donald": ("don", "donnie", "donny"),
    "edward": ("ed", "eddie", "eddy", "ted", "teddy", "ned"),
    "francis": ("frank", "frankie"),
    "frederick": ("fred", "freddie", "freddy"),
    "gregory": ("greg", "gregg"),
    "henry": ("harry", "hank", "hal"),
    "james": ("jim", "jimmy", "jamie", "jimbo"),
    "john": ("johnny", "jack", "jock"),
    "jonathan": ("jon", "jonny", "johnny"),
    "joseph": ("joe", "joey"),
    "kenneth": ("ken", "kenny"),
    "lawrence": ("larry", "laurie"),
    "matthew": ("matt", "matty"),
    "michael": ("mike", "mikey", "mick", "mickey", "mitch"),
    "nicholas": ("nick", "nicky", "nico"),
    "patrick": ("pat", "paddy", "patty"),
    "peter": ("pete", "petey"),
    "richard": ("rick", "ricky", "rich", "richie", "dick"),
    "robert": ("rob", "robbie", "bob", "bobby", "bert", "robin"),
    "samuel": ("sam", "sammy"),
    "stephen": ("steve", "stevie"),
    "steven": ("steve", "stevie"),
    "thomas": ("tom", "tommy"),
    "timothy": ("tim", "timmy"),
    "william": ("will", "bill", "billy", "willie", "willy", "liam"),
    "catherine": ("cathy", "kate", "katie", "cat", "cate"),
    "deborah": ("deb", "debbie", "debby"),
    "elizabeth": ("liz", "lizzie", "lizzy", "beth", "betty", "betsy", "eliza", "libby", "bess"),
    "jennifer": ("jen", "jenny", "jenn"),
    "jessica": ("jess", "jessie"),
    "katherine": ("kate", "katie", "kathy", "kat", "kay", "kit"),
    "kathryn": ("kate", "katie", "kathy", "kat", "kay"),
    "margaret": ("maggie", "meg", "peggy", "madge", "greta"),
    "patricia": ("pat", "patty", "trish", "tricia"),
    "rebecca": ("becky", "becca"),
    "susan": ("sue", "susie", "suzy"),
    "victoria": ("vicky", "vicki", "tori"),
}
# Short forms of first names of other languages written in Latin letters, as their own
# people say them (Polish, Czech, German): a flatmate's "Kuba" for Jakub, "Gosia" for
# Małgorzata; Russian writes them in Cyrillic too ("Куба", "Гося"), and declines them.
OTHER_LATIN_SHORTS: dict[str, tuple[str, ...]] = {
    "jakub": ("kuba", "kubuś"),
    "katarzyna": ("kasia", "kaśka"),
    "małgorzata": ("gosia", "gośka", "małgosia"),
    "aleksandra": ("ola", "olka"),
    "joanna": ("asia", "joasia"),
    "barbara": ("basia", "baśka"),
    "zofia": ("zosia", "zośka"),
    "agnieszka": ("aga", "agusia"),
    "magdalena": ("magda", "madzia"),
    "elżbieta": ("ela", "elka"),
    "anna": ("ania", "anka"),
    "tomasz": ("tomek",),
    "wojciech": ("wojtek",),
    "bartłomiej": ("bartek",),
    "piotr": ("piotrek",),
    "krzysztof": ("krzysiek", "krzyś"),
    "stanisław": ("staszek", "stasiek", "staś"),
    "maciej": ("maciek",),
    "józef": ("józek",),
    "jerzy": ("jurek",),
    "zbigniew": ("zbyszek",),
    "władysław": ("władek",),
    "ryszard": ("rysiek",),
    "grzegorz": ("grzesiek", "grześ"),
    "franciszek": ("franek",),
    "jan": ("janek", "jasiek", "honza"),
    "jiří": ("jirka",),
    "václav": ("vašek",),
    "josef": ("pepa", "sepp"),
    "johannes": ("hans",),
    "friedrich": ("fritz",),
}
_ENDING_LETTERS = frozenset(skeleton("аяеёиоуыьйъэюя") + skeleton("aeiouy"))
_CONSONANTS = frozenset(skeleton("бвгджзклмнпрстфхцчшщ"))
MIN_STEM = 3

# What follows a short stem (or a name's own stem) in a form of the name: one suffix of
# the productive ones Russian speakers use for names, then one case ending, or the -ин
# possessive ("тол" + "ик" + "у": Толику; "кол" + "ян" + "ом": Коляном; "лен" + "ок":
# Ленок; "тан" + "юх" + "е": Танюхе; "рост" + "я": Ростя; "серёж" + "к" + "ин": Серёжкин;
# "мил" + "аш" + "а": Милаша; a surname's stem and the wife's "их": "журавл" + "их" + "у").
SUFFIXES = (
    "", "к", "ьк", "ечк", "очк", "еньк", "оньк", "ушк", "юшк", "ул", "юл", "ульк", "юльк",
    "ус", "юс", "уськ", "юськ", "усик", "юсик", "ун", "юн", "уньк", "юньк", "ух", "юх", "ах",
    "ан", "ян", "ок", "ёк", "ек", "ик", "чик", "ечик", "ончик", "енчик", "ыч", "ич", "он",
    "ос", "ас", "ёнок", "ёнк", "ёньк", "аш", "яш", "ашк", "иш", "ишк", "юш", "уш", "ёх", "ёш",
    "ен", "ён", "ёнь", "ь", "ёж", "ёг", "уль", "юль", "юсь", "усь", "унь", "юнь", "их",
)  # fmt: skip
ENDINGS = (
    "", "а", "я", "ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею", "ом", "ем", "ём", "ам",
    "ям", "ами", "ями", "ах", "ях", "ов", "ев", "ых", "ым", "ыми",
)  # fmt: skip
POSSESSIVE_ENDINGS = ("", "а", "о", "ы", "ого", "у", "ому", "ой", "ым", "ом", "ых", "ыми")


@lru_cache(maxsize=2)
def tails(*, suffixed: bool = False) -> frozenset[str]:
    """Every folded suffix + ending (or suffix + -ин possessive) a name form may add to its
    stem: the check's own grammar of Russian name forms (:data:`SUFFIXES`). ``suffixed``:
    only those with a suffix ("ику", "ка", "ян"), not a bare case ending ("и", "ей")."""
    suffixes = [s for s in SUFFIXES if s or not suffixed]
    plain = {s + e for s in suffixes for e in ENDINGS}
    plain |= {s + "ин" + e for s in suffixes for e in POSSESSIVE_ENDINGS}
    return frozenset(skeleton(t) for t in plain if t)


def fleeting(folded: str) -> str | None:
    """The stem of a name whose last vowel drops when it declines ("орел" -> "орл": Орла,
    Орлом; "павел" -> "павл"; "кравец" -> "кравц"; "лев" -> "льв"; "ставень" -> "ставн":
    Ставнем, Ставнями; "воробей" -> "воробь": Воробья; "заяц" -> "зайц": Зайца), or None."""
    if folded.endswith("еи") and len(folded) > 4 and folded[-3] in _CONSONANTS:
        return folded[:-2] + "ь"  # "воробей" (folded "воробеи") -> "воробь": Воробья, Воробьиха
    if folded.endswith(("ец", "яц")) and len(folded) > 3 and folded[-3] not in _CONSONANTS:
        return folded[:-2] + "иц"  # "заяц" -> "заиц": Зайца (й folds to и); "боец": Бойца
    folded = folded.removesuffix("ь") if folded.endswith("ень") and len(folded) > 4 else folded
    if len(folded) < 3 or folded[-2] not in "ео" or folded[-1] not in _CONSONANTS:
        return None
    if folded[-3] not in _CONSONANTS:
        return None
    soft = "ь" if len(folded) == 3 and folded[-3] == "л" and folded[-2] == "е" else ""
    return folded[:-2] + soft + folded[-1]


def inserted(folded: str) -> tuple[str, ...]:
    """The genitive plural of a name in -ка, -га, -ха (-ко) after a consonant, which puts a
    vowel before its last consonant ("лавка" -> "лавок": "у Лавок"; "ложка" -> "ложек"),
    or nothing."""
    if len(folded) < 5 or folded[-1] not in "ао" or folded[-2] not in "кгх":
        return ()
    if folded[-3] not in _CONSONANTS:
        return ()
    return tuple(folded[:-2] + vowel + folded[-2] for vowel in "ое")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    return {skeleton(k): v for k, v in SHORT_STEMS.items()}


@lru_cache(maxsize=1)
def _other() -> dict[str, tuple[str, ...]]:
    return {skeleton(k): v for k, v in OTHER_STEMS.items()}


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


def other_stems(folded: str) -> tuple[str, ...]:
    """The short stems of :data:`OTHER_STEMS` of a folded first name, which are added to
    its others (none for other words)."""
    return _other().get(folded, ())


def clipped(word: str) -> tuple[str, ...]:
    """The short stem of a first name the table does not list: its first four letters, if
    it has six or more (Рустам -> "руст": Рустик; Бахтияр -> "бахт": Бахтик)."""
    lower = word.lower()
    return (lower[:4],) if len(lower) >= 6 and lower[:4].isalpha() else ()


def english_shorts(folded: str) -> tuple[str, ...]:
    """The short forms (folded) of an English first name given folded ("вill" for Bill),
    or of another language's (:data:`OTHER_LATIN_SHORTS`)."""
    return tuple(skeleton(s) for s in _english().get(folded, ()))


def latin_shorts_written(folded: str) -> tuple[str, ...]:
    """The short forms of :func:`english_shorts` as written, lower case ("kuba")."""
    return _english().get(folded, ())


@lru_cache(maxsize=1)
def _english() -> dict[str, tuple[str, ...]]:
    table = {skeleton(k): v for k, v in ENGLISH_SHORTS.items()}
    for name, shorts in OTHER_LATIN_SHORTS.items():
        for key in {skeleton(name), skeleton(_unmarked(name))}:
            table[key] = table.get(key, ()) + shorts
    return table


def _unmarked(word: str) -> str:
    """``word`` with its marks dropped ("malgorzata"; "ł" is "l")."""
    decomposed = unicodedata.normalize("NFD", word.replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
