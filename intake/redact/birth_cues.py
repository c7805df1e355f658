"""Dates of birth beside a cue word: after it ("дата рождения", "родился", "рождён", "born",
"birthday", "ДР", a vCard's "BDAY", "data rozhdeniya"), or before it ("23.07.2002 года
рождения", "1991 г.р.").

* Right after the cue, a date in any shape (a bare year too: "родился 1991"); after
  "birthday", "день рождения" and "ДР", which also name the day it comes round, only one
  of three years back or more (a child's: "на день рождения 02.12.2014"), and further on
  only an old one.
* Further on in the cue's sentence (:data:`_REACH` characters at most), a full date whose
  year lies :data:`~intake.redact.birth_dates.MIN_AGE` years or more back: "Data
  rozhdeniya v protokole oshibochnaya, 04.07.1996", "His birthday is in it, the
  fourteenth of June eighty-nine". A later date of the same year in that sentence is
  the same birth date read another way ("04.07.1996 vmesto 07.04.1996").
* Before "родился", "born" on its line, when nothing follows it: the nearest full date
  ("| 02.06.1991 | Выдумкин родился в Каховке |": a chronology's row). "b." before a
  date is "born" too ("Ivanov, b. 09.05.2002").
* The first of a life's dates ("07.03.1990 – 19.09.2025", on a plate or in an obituary:
  the second :data:`~intake.redact.birth_dates.MIN_AGE` years or more after the first).
* The day and month on which someone turned an age ("09.09 ему 28 исполнилось", "on
  3 May she turned 40"): half of a date of birth, as with "день рождения".
* Under a heading for many people's birthdays ("Student birthdays: Serdar 04.05.2012,
  Maya 19.01.2016", "Дни рождения детей:" over a list), each date after a name, whatever
  its year.
* The date of a family tree's birth event (GEDCOM's "1 BIRT" ... "2 DATE 12 MAR 1961").
* Right after a patronymic (in Latin letters too: "Malika Viskhanovna, thirtieth of
  March 1995"), an old date or one in words; a recent one only when whose kin the person
  is stands between ("RASULOVNA, child, 10.10.2014") or an identity document follows
  ("СОФИЯ КИРИЛЛОВНА, 29.04.2019, загранпаспорт ...").
* A date may be written in words, Russian or English ("четырнадцатого июня восемьдесят
  девятого года"), or with the day in quotes as forms print it ("«23» января 1997 г.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from intake.redact import forms_ru
from intake.redact.birth_dates import MIN_AGE, MISREAD, full_year, in_a_stamp
from intake.redact.birth_dates import MONTHS as _MONTHS
from intake.redact.cues import SENTENCE_END, cue_matches, heads, lowered
from intake.redact.findings import BIRTH_DATE
from intake.redact.said_dates import value as said_value
from intake.redact.said_dates import year_value as said_year

Hit = tuple[str, int, int, float]
_I = re.IGNORECASE
_REACH = 90  # characters after a cue within which a full date is still its date of birth

_RU_ORDINAL = (
    r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат"
    r"|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат"
    r"|двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност"
    r"|двухтысячн)[^\W\d]{1,4}"
)
_RU_TENS = r"(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто)"
_RU_DAY = rf"(?:(?:двадцать|тридцать)\s+)?{_RU_ORDINAL}|\d{{1,2}}-?(?:го|е)"
_RU_YEAR = (
    rf"(?:(?:тысяча\s+девятьсот|две\s+тысячи)\s+)?(?:{_RU_TENS}\s+)?{_RU_ORDINAL}"
    r"(?:\s+года)?"
)
_EN_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_EN_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_EN_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_EN_DAY = (
    r"(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth"
    r"|\d{1,2}(?:st|nd|rd|th)"
)
# said as a number before "of" and the month, as people answer aloud: "Nineteen of April"
_EN_SAID_DAY = rf"(?:(?:(?:twenty|thirty)[- ])?{_EN_UNITS}|{_EN_TEENS}|twenty|thirty)(?=\s+of\s)"
_EN_YEAR = (
    rf"(?:(?:nineteen|twenty)[- ])?(?:{_EN_TENS}(?:[- ]{_EN_UNITS})?|{_EN_TEENS}|oh[- ]{_EN_UNITS})"
    rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{_EN_TENS}(?:[- ]{_EN_UNITS})?|{_EN_TEENS}|{_EN_UNITS}))?"
)
# or its last two digits as people say them after a month's name: "13 мая 88-го", "19
# апреля 96 года", "May '88"
_DIGIT_YEAR = r"(?:(?:19|20)\d{2}(?:\s?г(?:ода|\.)?)?|\d{2}-го(?:\s+года)?|\d{2}\s+года|[’']\d{2})"
_WORDS = (
    # a comma before the year too: "третье января, две тысячи первый"
    rf"(?:{_RU_DAY})\s+{_MONTHS},?\s+(?:{_RU_YEAR}|{_DIGIT_YEAR})"
    rf"|(?:the\s+)?(?:{_EN_DAY}|{_EN_SAID_DAY})\s+(?:of\s+)?{_MONTHS},?\s+(?:{_EN_YEAR}|(?:19|20)\d{{2}})"
    rf"|{_MONTHS}\s+(?:the\s+)?(?:{_EN_DAY}),?\s+(?:{_EN_YEAR}|(?:19|20)\d{{2}})"
)
_ROMAN_MONTH = r"(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
_FULL = (
    rf"\d{{1,2}}(?P<sep> ?[./-] ?)\d{{1,2}}(?P=sep)(?:19|20)?\d{{2}}(?!\d)"
    rf"|(?:19|20)\d{{2}}(?P<dash>-?)(?:0[1-9]|1[0-2])(?P=dash)(?:0[1-9]|[12]\d|3[01])(?!\d)"
    rf"|\d{{1,2}}\.{_ROMAN_MONTH}\.(?:19|20)?\d{{2}}(?!\d)"  # Roman
    # or with spaces, as Polish writes one: "14 IV 2001"
    rf"|\d{{1,2}} (?-i:{_ROMAN_MONTH}) (?:19|20)\d{{2}}(?!\d)"
    rf"|[«\"„]?\d{{1,2}}[»\"“]?\s*{_MONTHS}\s+{_DIGIT_YEAR}|{_MONTHS}\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}"
    rf"|{_WORDS}"
)
_FULL_DATE = re.compile(rf"(?<!\w)(?:{_FULL})(?!\w)", _I)
# A year said alone in words, as Russian says one (its tens, then an ordinal in any case) or
# English in two pairs: "шестьдесят первого", "nineteen sixty-one"
_SAID_YEAR = re.compile(
    rf"(?<!\w)(?:(?:тысяча\s+девятьсот|две\s+тысячи)\s+(?:{_RU_TENS}\s+)?{_RU_ORDINAL}"
    rf"|{_RU_TENS}\s+{_RU_ORDINAL}|двухтысячн[^\W\d]{{1,4}}"  # "две тысячи третий": 2003
    rf"|(?:nineteen|twenty)[- ]{_EN_TENS}(?:[- ]{_EN_UNITS})?"
    rf"|two\s+thousand(?:\s+and)?\s+(?:{_EN_TENS}(?:[- ]{_EN_UNITS})?|{_EN_TEENS}|{_EN_UNITS})"
    r")(?!\w)",
    _I,
)
_SAID_DATE = re.compile(rf"(?<!\w)(?:{_WORDS})(?!\w)", _I)
_ANY_DATE = re.compile(
    rf"(?<![\d./-])(?:(?:{_FULL})(?!\w)|(?:19|20)\d{{2}}(?:\s?г(?:ода|оду|\.|(?![^\W\d_])))?(?!\d))",
    _I,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DIGIT = re.compile(r"\d")
_SHORT_YEAR = re.compile(r"(?<=[./-])\d{2}$|(?<=[’'])\d{2}$|(?<!\d)\d{2}(?=-го(?:\s+года)?$)")
_BIRTH_HEADS = heads(
    "дата", "д.р", "д. р", "д/р", "рожд", "родил", "родивш", "день", "дня", "born", "birth", "dob",
    "date", "d.o.b", "data", "rodil", "b.", "р.", "род.", "др", "bday", "den", "dnya", "ur.",
    "urodz", "народ", "какого", "what year", "yob", "y.o.b", "year of", "geb", "geburt",
    "роды", "delivered", "date of deliv", "рођ", "rođ", "датум", "datum", "n.", "născut",
    "nascut", "data naș", "data naş", "днюх", "днюшк",
    # an identity card's field in the languages of the region and of the countries people
    # flee to (see _BIRTH_CUE)
    "ημ", "γεννή", "დაბადების", "ծննդ", "doğum", "dogum", "gimimo", "dzimš", "dzims", "sünniaeg",
    "sunniaeg", "syntymä", "syntyma", "nar.", "туған", "tug", "нараджэн", "fecha de nac",
    "date de naiss", "né le", "née le", "geboortedatum", "födelse", "fodelse", "szület",
    "szulet",
    underscored=True,  # a record's key: "victim_dob", "subject_dob"
)  # fmt: skip
_BIRTH_CUE = re.compile(
    # Ukrainian's too: "дата народження", "народився", "народилася"
    # "дата рожд" cut short without its dot, as a chat types it
    r"(?:дата\s+рождения|дата\s+рожд(?![\w.])|дата\s+народження|народи(?:вся|лася|лась|лися)|д\.\s?р\.?|д/р|рожд(?:ени[яие]|\.|[её]нн?(?:ый|ая|ого|ой|ые|ых|а|о|ы)?)|родил(?:ся|ась|ись)(?:\s+в(?=\s+(?:19|20)\d\d(?!\d)))?|родивш\w{2,5}|д(?:ень|ня|не|нём|нем|ню)\s+рождения"
    r"|днюх\w{0,3}|днюшк\w{1,3}"  # the birthday, as a chat says it: "с его днюхи 22 октября"
    # a delivery's date is the child's date of birth: "Роды 05.11.2023 в 06:05", "родила
    # 05.11.2023", "delivered on 05/11/2023"
    r"|роды|родила|delivered\s+on|date\s+of\s+delivery"
    r"|др(?=[\s:]+\d|[ \t]+[А-ЯЁ][а-яё]+[ \t]*[—–:-]|[ \t]*\?"  # "костин др?": asked
    r"|[ \t]+[а-яё]{3,}[ \t]*[:—–-]?[ \t]*\d"  # whose it is, then the date: "ДР клиента 14.03"
    r"|[ \t]+(?:у[ \t]+)?(?:него|неё|нее|них|меня|его|её|ее|их)"  # "др у него 22.05"
    r"(?:[ \t]+(?:вс[её][ \t]+равно|же|ведь|тоже|как[ \t]+раз|кстати))?[ \t:—–-]+\d"
    # or after whose it is: "скинь мне его ДР для справки"
    r"|(?<=его[ \t]др)|(?<=её[ \t]др)|(?<=ее[ \t]др)|(?<=их[ \t]др)|(?<=мой[ \t]др)"
    r"|(?<=твой[ \t]др)|(?<=свой[ \t]др)|(?<=сына[ \t]др)|(?<=мужа[ \t]др)|(?<=жены[ \t]др))"
    # a question about a person's year: "ваш сын какого года?", "what year was he born?"
    r"|какого\s+(?:(?:он|она|ваш|ваша|твой|твоя)\s+)?года(?=\s*\?)"
    r"|what\s+year\s+was\s+(?:he|she)\s+born"
    r"|born(?:\s+on|\s+in(?=\s+(?:19|20)\d\d(?!\d)))?|birthday|bday(?:;[^:\n]{0,30})?|dob|d\.o\.b\.?|yob|y\.o\.b\.?"
    r"|date[\s_]+of[\s_]+birth|year[\s_]+of[\s_]+birth"
    # a person's date, as an astrologer or a form-filler asks for it: "His date 30.01.1990."
    r"|(?<=his[ \t])date(?=[ \t:]+(?:is[ \t]+|was[ \t]+)?\d)"
    r"|(?<=her[ \t])date(?=[ \t:]+(?:is[ \t]+|was[ \t]+)?\d)"
    # a form's question for several facts of a birth: "Date, time and place of birth:"
    r"|date(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)(?:time|place)){1,2}"
    r"[ \t]+of[ \t]+birth"
    # "birth" right before a date: "the PESEL gives birth 17.03.2015"
    r"|birth[\s_]?date|birth(?=[ \t:]+\d)"
    r"|data\s+rozhdeniya|data\s+urodzenia|urodzon\w{1,2}|ur\.(?=\s?\d)"
    r"|rodil(?:sya|as'?|is'?)|d(?:en'?|nya)\s+rozhdeniya|b\.(?=\s?[~≈]?\d)"
    # German's: "Boris, geb. 07.07.1989", "geboren am", "Geburtsdatum" (not "geb. Schmidt",
    # a maiden name)
    r"|geb\.(?=\s?\d)|geboren(?:\s+am)?|geburtsdatum"
    # Serbian's, in either script: "Sofya, рођ. 02.09.1996", "rođen", "датум рођења"
    r"|рођ\.|рођен[аио]?|rođ\.|rođen[aio]?|датум\s+рођења|datum\s+rođenja"
    # Romanian's: "Popa Cristian — n. 14.03.2012", "născut", "data nașterii"
    r"|(?<![^\W\d_])n\.(?=\s?\d{1,2}[./-]\d)|n[ăa]scut[ăa]?|data\s+na[șş]terii"
    # an identity card's field in Greek, Georgian, Armenian, Turkish and Azerbaijani,
    # Lithuanian, Latvian, Estonian, Finnish, Czech, Kazakh, Uzbek, Belarusian, Spanish,
    # French, Italian, Portuguese, Dutch, Swedish and Hungarian ("ημ. γέννησης 19/10/2004",
    # "doğum tarihi", "gimimo data", "nar. 3.4.1990", "né le 12/03/1988")
    r"|ημ(?:ερομηνία|\.)[ \t]*γέννησης|γεννήθηκε|დაბადების[ \t]+თარიღი|ծննդյան[ \t]+ամսաթիվ"
    r"|do[ğg]um[ \t]+tarih[iı]|do[ğg]um[ \t]+tarixi|gimimo[ \t]+data|dzim[šs]anas[ \t]+datums"
    r"|s[üu]nniaeg|syntym[äa]aika|datum[ \t]+narozen[íi]|nar\.(?=\s?\d)|туған[ \t]+күні"
    r"|tug['‘ʻ]?ilgan[ \t]+sana|дата[ \t]+нараджэння|fecha[ \t]+de[ \t]+nacimiento"
    r"|date[ \t]+de[ \t]+naissance|(?:né|née)[ \t]+le|data[ \t]+di[ \t]+nascita"
    r"|data[ \t]+de[ \t]+nascimento|geboortedatum|f[öo]delsedatum"
    r"|sz[üu]let[ée]si[ \t]+(?:id[őo]|d[áa]tum)"
    r"|(?<!\d )(?<!\d)р\.(?=\s?\d)"
    r"|род\.(?=\s?\d{1,2}[./-]\d))"  # "род. 19.08.1991"; not "род. 1912", a year alone
    # a form's dot leaders ("Date of birth ...... 17.08.1961"), a JSON record's '":"', a
    # bracket the date or year opens ("фамилия, имя, отчество, год рождения (1996)")
    r"(?!\w)(?:[\s:,_\"-]|\.{2,}|…|\((?=[ \t]*\d))*",
    _I,
)
# the rest of a form's field after its cue: whose date it is, a colon or a dash ("ДР Вани —
# 11.11.2020"), a blank to fill in
_FIELD_REST = re.compile(r"(?:[^\W\d_]+[ \t]?|\([^)\n]{1,20}\)[ \t]?){1,4}(?::|[—–][ \t])[\s_]*")
# A verb between a cue and its date: "date of birth is", "дата рождения — это", "указана"
_COPULA = re.compile(
    r"[ \t]*(?:is|was|reads|это|—|–|указан[аоы]?|записан[аоы]?|значится|стоит)"
    r"(?:[ \t]+это)?(?:[ \t:]+|,[ \t]+)",
    _I,
)
# Words of doubt between a cue and its date: "Tima's DOB, I think 14/03/2015?", "дата
# рождения вроде 14.03.2015", "д.р., кажется, 3.05.2014"
# or a year given roughly: "b. ~1993", "born c. 1990", "род. около 1985"
_HEDGE = re.compile(
    r"[ \t]*(?:[~≈][ \t]*|(?:ca?|circa|approx|около|примерно|ок)\.?[ \t]+(?=[~≈]?\d))"
    r"|[ \t]*,?[ \t]*(?:I\s+think|I\s+believe|probably|maybe|perhaps|if\s+I\s+remember"
    r"(?:\s+(?:right|correctly))?|кажется|вроде(?:\s+бы)?|наверное|по-моему|если\s+не\s+ошибаюсь"
    r"|если\s+правильно\s+помню)[ \t,:]+",
    _I,
)
# Whose date of birth it is, between the cue and the date: a name, or a relative ("дата
# рождения Стёпы 15.06.2019", "св-во о рождении Стёпы, Степан Олегович, 15.06.2019",
# "родился Степан 15.06.2019", "дата рождения сына 15.06.2019")
_WHOSE = re.compile(
    r"(?:[ \t]*,?[ \t]*(?:[А-ЯЁA-Z][^\W\d_]+\.?|[А-ЯЁA-Z]\.|(?:сына|дочери|дочки|ребёнка|ребенка"
    r"|мужа|жены"
    r"|брата|сестры|матери|мамы|отца|папы|внука|внучки"
    # or a pronoun: "др у него 22.05.1988", "дата рождения её — 03.04.1990"; or "у" and a
    # name: "год рождения у Романа 1983"
    r"|у[ \t]+(?:него|неё|нее|них|меня|[А-ЯЁ][а-яё]+)|его|её|ее|их)(?![^\W\d_]))){1,4}"
    r"[ \t]*[,:—–-]?[ \t]*"
)
# Particles between a cue (and whose it is) and its date, said in passing: "ДР у меня всё
# равно 09.10", "birthday is actually 3 March"
_PARTICLES = re.compile(
    r"(?:[ \t]*(?:вс[её][ \t]+равно|же|ведь|тоже|также|как[ \t]+раз|кстати|вообще-то"
    r"|actually|anyway|also|too)(?![^\W\d_]),?)+[ \t]+",
    _I,
)
# A day and a month, then the year in brackets: "His birthday is 3 March (1986)"
_YEAR_BRACKETED = re.compile(
    r"[ \u00a0]*\([ \u00a0]*((?:19|20)\d{2})(?:[ \u00a0]?(?:г|года?)\.?)?[ \u00a0]*\)"
)
_VERB = re.compile(r"родил|родивш|born|rodil", _I)
# A few words, then a verb, after whose it is: where the date is written, whose it is, how
# it is wrong ("Дата рождения Амира в заявлении стоит 29.06.2021", "DOB on the form is
# 03/04/2015", "дата рождения у Тимы неправильно стоит, 11.04.2014")
# (a line broken among them, as an e-mail wraps its lines: "Robert's date of birth on\n his
# papers is 2 April 1994")
_WHERE_WRITTEN = re.compile(
    r"[ \t]*,?(?:[ \t]*\n?[ \t]*[^\W\d_]+){1,4}?[ \t]*,?" + _COPULA.pattern, _I
)
# The start of the sentence after a question about a date of birth, up to the answer's
# date: "Дата рождения мужа нужна? Пишу: 9 июня 1983 г."
_ANSWER = re.compile(
    r"(?:[^\n.!?]{0,40}(?=\n))?"  # the rest of the question's line: "? адвокат спрашивает"
    r"\s*(?:\[[^\]\n]{1,20}\][ \t]*)?"  # a chat's next line: "[18:51] ", "2024-01-22 10:04 | "
    r"(?:(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}),?[ \tT]+)?"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?(?:\|[ \t]*)?"
    # the sender: a name, or an account's handle ("gross_alex", "ivan.k84")
    r"(?:[^\W\d_][\w.]*+[ \t]?){0,3}"
    # the day or the time after the sender: "Давид Выдумян, 12.11: 19 апреля 1991"
    r"(?:,[ \t]*(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{1,2}:\d{2})"
    r"(?:,?[ \t]+\d{1,2}:\d{2})?[ \t]*)?"
    r"(?:\[[^\]\n]{1,20}\][ \t]*)?"  # a speaker's language after the name: "YP [RU]:"
    r"(?:\([^()\n]{1,30}\)[ \t]*)?"  # or the account in brackets: "User (oksana_k):"
    r"[:—–|-]?[ \t]*"
    # words that confirm or correct first: "да 29 сентября 83-го", "нет, 12.03.1983", "ой.
    # ну да. 30.06.97"
    r"(?:(?:да|ага|угу|верно|точно|нет|ой|ну|yes|yeah|yep|no|oh|oops)(?![^\W\d_])[,.!]?[ \t]*){0,3}"
    r"(?:(?:мама|мамы|мамин\w{0,2}|папа|папы|отец|отца|мать|матери|сын\w{0,2}"
    r"|доч\w{1,3}|муж\w{0,2}|жен\w{1,2}|брат\w{0,2}|сестр\w{1,2}|mum|mom|dad|father|mother"
    r"|son|daughter|husband|wife)[ \t]*[:—–-]?[ \t]*)?"  # whose: "мама 07.01.1951"
    # the field's word the reply repeats: "дата 02.02.1999, фото пришлю"
    r"(?:(?:дата|date|dob|д\.[ \t]?р\.?|др)(?![^\W\d_])[ \t]*[:—–-]?[ \t]*)?"
    # or who told it: "Elena: Гуля сказала 03.07.2001"
    r"(?:(?:[^\W\d_]+[ \t]+){1,2}(?:сказал[аи]?|говорит|пишет|ответил[аи]?|says|said|writes"
    r"|wrote)[ \t]*[:—–,-]?[ \t]*"
    # and the name asked for with it, first: "He says Hayk, third of April nineteen eighty one"
    r"(?:(?-i:[A-ZА-ЯЁ])[^\W\d_]+(?:[ \t]+(?-i:[A-ZА-ЯЁ])[^\W\d_]+)?,[ \t]*)?)?\s*$"
)  # the verb, not a form's field label
_WEAK = re.compile(r"дн|де|др|birthday|bday|den|dnya", _I)
# A day and a month with no year: the day a birthday comes round, half of a date of birth
# ("его 19-й день рождения, 7 марта", "his birthday on 7 March", "26 noyabrya").
_DAY_MONTH = re.compile(
    rf"(?<![\w.])(?:\d{{1,2}}(?:-?(?:го|е|st|nd|rd|th))?\s+(?:of\s+)?{_MONTHS}|{_MONTHS},?\s+\d{{1,2}}"
    rf"(?:-?(?:го|е)|st|nd|rd|th)?|(?:{_RU_DAY})\s+{_MONTHS}|\d{{1,2}}[./]\d{{1,2}}(?![./]?\d)"
    rf"|\d{{1,2}} (?-i:{_ROMAN_MONTH}))(?!\w)"  # "«14 IV» — это день рождения сына"
    r"(?!,?\s+(?:19|20)\d\d(?!\d))",  # a year after it: a full date, read as one
    _I,
)
# Turning an age on a day is a birthday: "09.09 ему 28 исполнилось", "on 3 May she turned 40"
_TURNED_HEADS = heads("исполн", "стукн", "turn")
_TURNED = re.compile(
    r"(?:исполнил(?:ось|ся|ась|ись)|исполнится|стукнуло|стукнет|turn(?:ed|s))(?!\w)", _I
)
# Turning an age on a day said as "будет": the age and nothing it counts after it ("30
# сентября будет 9, просил торт"; not "в понедельник будет 5 человек")
_WILL_BE = re.compile(
    r"(?<![^\W\d_])будет[ \t]+\d{1,3}(?:[ \t]+(?:лет|года?|годик\w{0,2}))?"
    # or the day right after the age: "ей будет 7 лет 14 марта"
    rf"(?=[ \t]*(?:[,.;!?)»]|$)|[ \t]+\d{{1,2}}[ \t]+{_MONTHS})"
)
# ... or the age before it, after whose it is: "Насти 18 будет только в сентябре, да, 21.09"
# (a first name or a pronoun: not "Человек 5 будет")
_AGE_WILL_BE = re.compile(
    r"(?<![^\W\d_])(?P<whose>[А-ЯЁ][а-яё]+|ему|ей|мне|тебе|сыну|дочке|дочери)[ \t]+\d{1,3}"
    r"(?:[ \t]+(?:лет|года?))?[ \t]+будет(?![^\W\d_])"
)
# An age on a day, in English: "Lotta, 7 years on 14 March", "he will be 40 on 3 May", "is
# 40 years old on 3 May"
_YEARS_ON = re.compile(
    r"(?:(?<![\d.,])\d{1,3}[ \t]+(?:years?|yrs?)(?:[ \t]+old)?|(?<=\bbe[ \t])\d{1,3})"
    r"[ \t]+on(?=[ \t]+(?:the[ \t]+)?\d)"
)
# The day someone comes of an age: "you are under 18 until 21.09.2025"
_UNDER_UNTIL = re.compile(r"(?<![^\W\d_])under[ \t]+\d{1,2}[ \t]+(?:until|till|before)[ \t]+")
_AGE_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \t]+(?:год\w{0,2}|лет))?[ \t]+\Z")
_AGE_AFTER = re.compile(r"[ \t]+\d{1,3}(?![\d.,]\d)")
# after a full date: "23.07.2002 ____ года рождения", "12.03.1990 г. р."
_CUE_AFTER = re.compile(
    r"[\s_]*(?:года?\s+рождения|г\.\s?р(?:\.|ождения)|year\s+of\s+birth|року\s+народження"
    r"|туулган|туған|туган|туғилган|tug['‘ʻ]?ilgan|doğumlu)(?!\w)",
    _I,
)  # Ukrainian's too: "1979 року народження"; "born" after the date in Kyrgyz, Kazakh, Tatar,
# Uzbek, Turkish: "05.05.2000 туулган"
_AFTER_HEADS = heads(
    "год", "г.", "year", "року", "туулган", "туған", "туган", "туғилган", "tug", "doğum"
)
# "1991 г.р.", written from its "г" (the regex engine skips to it), the year read back
# or Ukrainian's "р.н." (рік народження): "САВИДИ Христофор, 1979 р.н."; or "г.р." typed in
# Latin letters, as an English text quotes a Russian form: "Tom, 2001 g.r."
_YOB_MARK = re.compile(
    r"[гГ](?:(?<=\d[гГ])|(?<=\d\s[гГ]))(?:\.\s?[рР]\.|\.?[рР]\.?(?!\w))"
    r"|[рР](?:(?<=\d[рР])|(?<=\d\s[рР]))\.\s?[нН]\.?(?!\w)"
    r"|[gG](?:(?<=\d[gG])|(?<=\d\s[gG]))\.\s?[rR]\.?(?!\w)"
)
# A person's year, as a dispatcher or a list gives it after a first name: "Игорь 88 года",
# "Игорь 1988 года" (a year's genitive; an age of 22 to 24, 32 ... takes "года" too: those
# two digits are an age, "Игорь, 34 года", and stay), then no noun the year is of
_NAMED_YEAR = re.compile(
    r"(?<![^\W\d_])(?P<name>[А-ЯЁ][а-яё]{2,})[ \t]+(?P<year>(?:19|20)\d\d|\d\d)[ \t]+года"
    r"(?=[ \t]*(?:[»\")\],;:.!?\n]|$|и[ \t]|с[ \t]))"
)
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s?$")
# or its last two digits before a mark with a dot after its first letter ("Иванов, 78 г.р.",
# "78-го г. р."; not "78 гр." of grams)
_TWO_DIGITS = r"(?<![\d.,:/-])(\d{2})(?:-?го)?"
_TWO_DIGITS_BEFORE = re.compile(_TWO_DIGITS + r"\s?$")
# ... or before "года рождения" ("Иванов И.И. 78 года рождения", "79 року народження")
_TWO_DIGITS_ENDING = re.compile(_TWO_DIGITS + "$")
_WRITTEN_OUT = re.compile(r"год|г\.|року", _I)


# The time of a birth after its cue, as a form or an astrologer asks for it ("Время
# рождения: 04:40 (по выписке из роддома)", "time of birth 06:10"): with the date, it narrows
# a person down to few
_BIRTH_TIME_HEADS = heads("время", "time", "birth")
_BIRTH_TIME_CUE = re.compile(
    r"(?:время[ \t]+рождения|time[ \t]+of[ \t]+birth|birth[ \t]+time)[ \t]*[:—–-]?[ \t]*"
    r"(?:(?:около|примерно|approx\.?|about|ca\.?)[ \t]+)?"
    r"((?:[01]?\d|2[0-3])[:.][0-5]\d)(?![\d:]|[.,]\d)",
    _I,
)


def find_birth_times(text: str) -> Iterator[Hit]:
    """The time after "время рождения", "time of birth" (:data:`_BIRTH_TIME_CUE`)."""
    for cue in cue_matches(text, _BIRTH_TIME_HEADS, _BIRTH_TIME_CUE):
        yield BIRTH_DATE, cue.start(1), cue.end(1), 0.8


def find_cued_birth_dates(text: str) -> Iterator[Hit]:
    """Dates of birth beside a cue word (see the module)."""
    for cue in cue_matches(text, _BIRTH_HEADS, _BIRTH_CUE):
        if not _in_a_tag(text, cue):
            yield from _beside(text, cue)
        else:  # a date right after the tag is still one ("[дата рождения] 12.03.1990")
            yield from (hit for hit in _beside(text, cue) if hit[1] - cue.end() <= _TAG_GAP)
    for cue in cue_matches(text, _LIST_HEADS, _LIST_CUE):
        yield from _listed(text, cue.end())
    for cue in cue_matches(text, _CHILDREN_HEADS, _CHILDREN_CUE):
        yield from _listed(text, cue.end())
        cell_end = _CELL_OR_LINE_END.search(text, cue.end())  # "| Children: ... | Father"
        end = len(text) if cell_end is None else cell_end.start()
        for year in _BRACKETED_YEAR.finditer(text, cue.end(), end):
            yield BIRTH_DATE, year.start(1), year.end(1), 0.8
    if "):" in text or ") :" in text:
        for closed in _FIELDS_END.finditer(text):
            if _FIELDS.search(text, max(0, closed.start() - 61), closed.start()):
                yield from _listed(text, closed.end())
    yield from _said_of_a_person(text)
    for turned in cue_matches(text, _TURNED_HEADS, _TURNED):
        if _AGE_BEFORE.search(text, max(0, turned.start() - 12), turned.start()) or (
            _AGE_AFTER.match(text, turned.end())
        ):
            yield from _birthday(text, turned.start(), turned.end())
    for cue in cue_matches(text, _ENGRAVING_HEADS, _ENGRAVING_CUE):
        yield from _engraved(text, cue.end())
    yield from _marked_years(text)
    yield from _records(text)
    yield from _after_patronymic(text)
    yield from _newborn_tags(text)


# A newborn's tag or a birth's announcement: the date beside the baby's sex or beside the
# weight and length at birth ("бирка: «Вебер Екатерина Р., дев., 16.07.23 02:10,
# 3450/52»", "boy, 14.03.2024 at 06:05, 3.2 kg", "16.07.2023, 3450 г, 52 см"): the date and
# time of a birth, whatever year
_NEWBORN_SEX = re.compile(
    r"(?<![^\W\d_])(?:дев\.|мал\.|девочка|мальчик|girl|boy)[ \t]*[,;:—–-]?[ \t]*(?=\d)", _I
)
_SEX_HEADS = heads("дев.", "мал.", "девочка", "мальчик", "girl", "boy")
_BIRTH_MEASURES = re.compile(
    r"(?:[ \t]*(?:в[ \t]+|at[ \t]+)?(?:[01]?\d|2[0-3])[:.][0-5]\d)?[ \t]*[,;]?[ \t]*"
    r"(?:\d{4}[ \t]*/[ \t]*\d{2}(?!\d)|\d[.,]?\d{2,3}[ \t]*(?:г|гр|кг|g|kg)\.?"
    r"(?![^\W\d_])[ \t]*[,;/]?[ \t]*\d{2}[ \t]*(?:см|cm))",
    _I,
)
# where such a weight and length begin: four digits and "/", or a weight's unit after digits
_MEASURE_START = re.compile(  # (written from its first digit, which the engine looks for)
    r"\d(?:\d{3}[ \t]*/[ \t]*\d{2}(?!\d)|[.,]?\d{2,3}[ \t]*(?:г|гр|кг|g|kg)\b)", _I
)
_MEASURE_REACH = 40  # characters back from a weight to the date before it


def _newborn_tags(text: str) -> Iterator[Hit]:
    """A date right after a newborn's sex, or before a weight and length at birth (the two
    looked for first: a date is found only beside them)."""
    for sex in cue_matches(text, _SEX_HEADS, _NEWBORN_SEX):
        found = _FULL_DATE.match(text, sex.end())
        if found is not None:
            yield BIRTH_DATE, found.start(), found.end(), 0.85
    for measure in _MEASURE_START.finditer(text):
        floor = max(0, measure.start() - _MEASURE_REACH)
        for found in _FULL_DATE.finditer(text, floor, measure.start()):
            tail = _BIRTH_MEASURES.match(text, found.end())
            if tail is not None and tail.end() > measure.start():
                yield BIRTH_DATE, found.start(), found.end(), 0.85


def _marked_years(text: str) -> Iterator[Hit]:
    """A year before its mark ("1991 г.р.", "78 г.р.") or before "года рождения"."""
    for mark in _YOB_MARK.finditer(text):
        year = _YEAR_BEFORE.search(text, max(0, mark.start() - 6), mark.start())
        if year is not None:
            yield BIRTH_DATE, year.start(), year.start() + 4, 0.9
            yield from _whole_date_after(text, mark.end(), int(year.group()[:4]))
        elif mark.group()[1:2] == "." and (
            two := _TWO_DIGITS_BEFORE.search(text, max(0, mark.start() - 6), mark.start())
        ):
            yield BIRTH_DATE, two.start(), two.end(1), 0.85
            yield from _whole_date_after(text, mark.end(), full_year(int(two.group(1))))
    for head in _AFTER_HEADS.finditer(lowered(text) or text.lower()):
        if cue := _CUE_AFTER.match(text, _spaces_back(text, head.start())):
            yield from _date_ending(text, cue.start())
            if _WRITTEN_OUT.match(cue.group().lstrip(" \t_\n")):
                two = _TWO_DIGITS_ENDING.search(text, max(0, cue.start() - 6), cue.start())
                if two is not None:
                    yield BIRTH_DATE, two.start(), two.end(1), 0.85


# A full date right after a name's patronymic, an old one or one in words, as a summons, a
# list or a voice message's transcript gives a person and a date of birth ("корень артем
# сергеевич семнадцатое мая две тысячи четвертого года", "Выдумкин Пётр Ильич, 04.04.1990")
_PATRONYMIC_CORES = ("вич", "ьич", "овн", "евн", "ичн", "vich", "vych", "vna", "chna")
# whose child or kin the person is may stand between: "ZAINAB RASULOVNA, child, 10.10.2014"
_KIN = (
    r"child|son|daughter|wife|husband|mother|father|сын|дочь|дочка|ребёнок|ребенок|жена|муж"
    r"|мать|отец|внук|внучка"
)
# (on the next line too, as a plaque's lines run: "... ИЛЬДАРОВИЧ / 12.03.1996"); the
# surname may follow the patronymic, and a married or a maiden name after it ("Ирини
# Ивановна Кесоглиди, по мужу Хараламбус, двадцать второго февраля семьдесят девятого
# года")
_SURNAME_AFTER = r"(?:[ \t]+(?-i:[A-ZА-ЯЁ][\w’'-]+))?"
_OTHER_NAME = (
    r"(?:[ \t]*,?[ \t]*\(?(?:по[ \t]+мужу|урожд(?:\.|[её]нн\w{2})|в[ \t]+девичестве|née|nee"
    r"|geb\.|maiden[ \t]+name)[ \t]+(?-i:[A-ZА-ЯЁ][\w’'-]+)\)?)?"
)
_DATE_AFTER = re.compile(
    rf"{_SURNAME_AFTER}{_OTHER_NAME}"
    rf"[ \t]*,?[ \t]*(?:\n[ \t]*)?(?P<kin>(?:{_KIN})[ \t]*[,:—–-][ \t]*)?(?P<date>{_FULL})(?!\w)",
    _I,
)
_WORD_START = re.compile(r"[^\W\d_]+\Z")
# ... or a year in words with its thousands and "года", on the next line too, as a speech
# recogniser breaks lines anywhere ("чобану ион михайлович\nдве тысячи второго года")
_WORDS_YEAR_AFTER = re.compile(
    rf"[ \t]*,?[ \t]*\n?[ \t]*((?:тысяча\s+девятьсот|две\s+тысячи)\s+(?:{_RU_TENS}\s+)?"
    rf"{_RU_ORDINAL}\s+года)(?!\w)",
    _I,
)


def _after_patronymic(text: str) -> Iterator[Hit]:
    lower = lowered(text)
    if lower is None:
        return
    latest = date.today().year - MIN_AGE
    seen: set[int] = set()
    for core in _PATRONYMIC_CORES:
        at = lower.find(core)
        while at >= 0:
            end = at + len(core)
            while end < len(lower) and lower[end].isalpha():
                end += 1  # the rest of the word: "сергеевич|а"
            begin = head.start() if (head := _WORD_START.search(lower, max(0, at - 20), at)) else at
            if end not in seen and forms_ru.read_as_patronymic(lower[begin:end]):
                seen.add(end)
                yield from _dated(text, end, latest)
            at = lower.find(core, end)


# A person's record: a name, a date, then an identity document ("СТАРОСТА СОФИЯ КИРИЛЛОВНА,
# 29.04.2019, загранпаспорт 76 0066902"): the date is the person's birth, however recent
_DOCUMENT_AFTER = re.compile(
    r"[ \t]*[,;|/—–-]?[ \t]*(?:(?:загран|з/)?паспорт|passport|св(?:-|ид)\w*"
    r"|birth\s+certificate|id\s+card|внж|residence\s+(?:card|permit))",
    _I,
)


# ... or a child's documents listed on the line before the name: "снилс 000-417-231 05, полис
# омс 5455 0000 4172 3105. Лебедь Ева Антоновна 14.05.2018"
_DOCUMENT_BEFORE = re.compile(
    r"(?<![^\W_])(?:снилс|полис|омс|(?:загран)?паспорт|passport|свидетельств\w{0,2}|св-во"
    r"|birth\s+certificate|id\s+card|внж)(?![^\W_])",
    _I,
)


def _dated(text: str, end: int, latest: int) -> Iterator[Hit]:
    """The date right after a patronymic that ends at ``end``, if old or in words, if whose
    kin the person is stands between, or if an identity document follows it or is named on
    the line before the name."""
    found = _DATE_AFTER.match(text, end)
    if found is None:
        if (said := _WORDS_YEAR_AFTER.match(text, end)) is not None:
            yield BIRTH_DATE, said.start(1), said.end(1), 0.85
            return
        yield from _standing_alone(text, end, latest)
        return
    year = _year(found)
    if (
        year is None
        or year <= latest
        or found.group("kin") is not None
        or _DOCUMENT_AFTER.match(text, found.end()) is not None
        or _DOCUMENT_BEFORE.search(text, text.rfind("\n", 0, end) + 1, end) is not None
    ):
        yield BIRTH_DATE, found.start("date"), found.end(), 0.85
        yield from _again_after(text, found.end(), year)


# A person's self-introduction, as a bot's intake or a letter gives it: the full name, a
# few details, then an old full date standing alone as an item of its own ("Уразаев
# Ескендер Муратович, ногаец, из Адыге-Хабля КЧР. 21.01.1994. Пришла повестка"): after a
# patronymic, on its line, between marks; a date after a word is an event's ("призван
# 23.06.1941")
_ALONE_REACH = 80
_ITEM_OPENS = re.compile(r"[.,;:|][ \t]*\Z")
_ITEM_ENDS = re.compile(r"[ \t]*(?:[.,;:|)]|$)", re.MULTILINE)


def _standing_alone(text: str, end: int, latest: int) -> Iterator[Hit]:
    line_end = text.find("\n", end)
    stop = min(end + _ALONE_REACH, len(text) if line_end < 0 else line_end)
    for found in _FULL_DATE.finditer(text, end, stop):
        year = _year(found)
        if (
            year is not None
            and year <= latest
            and _ITEM_OPENS.search(text, max(0, found.start() - 3), found.start())
            and _ITEM_ENDS.match(text, found.end())
        ):
            yield BIRTH_DATE, found.start(), found.end(), 0.8
        return  # the first date only


_RESTATE_REACH = 40


def _again_after(text: str, end: int, year: int | None) -> Iterator[Hit]:
    """The date of birth just found said again in its sentence in another shape, its year
    the same or, for one in words, any ("... две тысячи четвертого года так и написано 17
    мая 2004")."""
    again = _FULL_DATE.search(text, end, end + _RESTATE_REACH)
    if again is None or SENTENCE_END.search(text, end, again.start()) is not None:
        return
    if year is None or _year(again) == year:
        yield BIRTH_DATE, again.start(), again.end(), 0.8


def _records(text: str) -> Iterator[Hit]:
    """A family tree's birth event and a life's first date (see below)."""
    if "BIRT" in text:
        for found in _GEDCOM_BIRTH.finditer(text):
            if _DIGIT.search(found.group("date")) is not None:  # not the tag that replaced it
                yield BIRTH_DATE, found.start("date"), found.end("date"), 0.9
    for dash in _LIFE_DASH.finditer(text):  # from the dash: rarer than a digit
        end = _FULL_DATE.match(text, _after_spaces(text, dash.end()))
        if end is None:
            continue
        before = _spaces_back(text, dash.start())
        if (place := _PLACE_BEFORE.search(text, max(0, before - 40), before)) is not None:
            before = place.start()  # "(21.06.1993, Сыктывкар — 08.03.2025, Тбилиси)"
        dates = _FULL_DATE.finditer(text, max(0, before - _LONGEST_DATE), before)
        born = next((m for m in dates if m.end() == before), None)
        years = (_year(born), _year(end)) if born is not None else (None, None)
        if born is not None and years[0] and years[1] and years[1] - years[0] >= MIN_AGE:
            yield BIRTH_DATE, born.start(), born.end(), 0.85


# A heading for many people's dates of birth ("Student birthdays for the wall: Serdar
# 04.05.2012, Maya 19.01.2016", "Дни рождения детей:" over a list): each date after a name
# on the heading's line, or on the list's lines under it, is a date of birth, a child's too.
_LIST_HEADS = heads("birthdays", "dates", "даты", "дни", "днюхи", "bdays")
_LIST_CUE = re.compile(
    r"(?:birthdays|bdays|dates\s+of\s+birth|даты\s+рождения|дни\s+рождения|днюхи)(?!\w)", _I
)
# ... or a list of someone's children, as a form asks for them: a date after each name is
# the child's date of birth, a year in brackets after it the year ("Дети: Матвей,
# 11.09.2015; Таисия, 30.05.2019", "Children: SNEZHANA (2016); NAZAR (2020)")
_CHILDREN_HEADS = heads("дети", "детей", "children", "kids")
_CHILDREN_CUE = re.compile(r"(?:дети|детей|children|kids)[ \t]*:", _I)
_CELL_OR_LINE_END = re.compile(r"[|\n]")
_BRACKETED_YEAR = re.compile(r"(?<=[^\W\d_])[ \t]*\([ \t]*((?:19|20)\d{2})[ \t]*\)")
# ... or the fields each item gives, in brackets, a date of birth among them, before the
# colon that opens the list ("Children (name, DOB): Ali, 03.09.2016; Amina, 22.01.2019",
# "Дети (ФИО, дата рождения):")
# (written from the bracket's end and the colon, rarer than any word, the fields read back)
_FIELDS_END = re.compile(r"\)[ \t]*:")
_FIELDS = re.compile(
    r"\((?=[^()\n]*(?<![^\W_])(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|birth[ \t]*date"
    r"|дата[ \t]+рождения|д\.[ \t]?р\.?|г\.[ \t]?р\.?)(?![^\W_]))[^()\n]{0,60}\Z",
    _I,
)
# one list item: a name (one to three capitalised words, or initials) and its date
_LISTED = re.compile(
    rf"(?<![\w.])(?:[A-ZА-ЯЁ][^\W\d_]*\.?[ \t]?){{1,3}}(?:\([^()\n]{{1,20}}\)[ \t]*)?"
    rf"[,:—–-]?[ \t]*(?P<date>{_FULL})(?!\w)"
)
_LIST_LINES = 12  # lines of a list under its heading


# Where the sentence a list's heading opens ends: its mark before a space, or a blank line
_LIST_SENTENCE_END = re.compile(r"[.!?](?=\s|\Z)|\n[ \t]*\n")
_LIST_SENTENCE = 300  # characters


_ASIDE_ENDING = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*:?\Z")


def _listed(text: str, start: int) -> Iterator[Hit]:
    """The dates after names on a list heading's line (:data:`_LIST_CUE`) and, when the
    heading ends its line (or its line ends in a colon: "Дни рождения детей:"), on the
    list's lines under it, up to a blank line. Where the list goes on in the heading's
    sentence, every full date in it, whoever it is given for and in whatever shape
    ("Dates of birth: «03.02.1992» -> 3 February 1992 (Viktor); «19.09.1994» -> ..."), but
    one of the last few years (a party's)."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    # an aside in brackets ends no heading: "Dates of birth (we bring a cake at midnight)"
    rest = _ASIDE_ENDING.sub("", text[start:end].rstrip())
    if rest.strip(" \t:—–-") and not rest.endswith(":"):  # the list is in this sentence
        ends = _LIST_SENTENCE_END.search(text, start, start + _LIST_SENTENCE)
        recent = date.today().year - _PARTY_YEARS  # this year's is a party's ("on 12.05")
        for found in _FULL_DATE.finditer(text, start, ends.start() if ends else end):
            year = _year(found)
            if (year is None or year <= recent) and not in_a_stamp(
                text, found.start(), found.end()
            ):
                yield BIRTH_DATE, found.start(), found.end(), 0.85
    if not rest.strip(" \t:—–-") or rest.endswith(":"):  # a heading: the list follows
        blank = text.find("\n\n", end)
        stop = len(text) if blank < 0 else blank
        for _ in range(_LIST_LINES):
            after = text.find("\n", end + 1)
            if after < 0 or after >= stop:
                end = stop
                break
            end = after
    for found in _LISTED.finditer(text, start, end):
        if not in_a_stamp(text, found.start("date"), found.end("date")):
            yield BIRTH_DATE, found.start("date"), found.end("date"), 0.85


# A family tree's GEDCOM record: the "DATE" line under a "BIRT" event ("1 BIRT" / "2 PLAC
# Рига" / "2 DATE 12 MAR 1961"), a qualifier ("ABT", "BEF") aside.
_GEDCOM_BIRTH = re.compile(
    r"^[ \t]*\d+[ \t]+BIRT\b[^\n]*\n(?:[ \t]*\d+[ \t]+(?!DATE\b)[A-Z_]+\b[^\n]*\n){0,4}"
    r"[ \t]*\d+[ \t]+DATE[ \t]+(?:(?:ABT|EST|CAL|BEF|AFT|FROM|BET)[ \t]+)?(?P<date>[^\n]*\S)",
    re.MULTILINE,
)
# A life's dates, as a plate, an obituary or a list of the dead writes them: two full dates
# joined by a dash, the second :data:`MIN_AGE` years or more after the first ("Павел
# 07.03.1990 – 19.09.2025", "August 2, 1986 - January 17, 2025"), in any of the shapes a
# full date takes: the first is a date of birth. A period ("01.03.2025 –
# 15.04.2025", a leave) is shorter.
# (from a dash before a digit or an English month: "кто-то", "Ростов-на-Дону" are no life's)
_LIFE_DASH = re.compile(
    r"[–—-](?=[ \t]*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d))"
)
_LONGEST_DATE = 30  # characters: "September 21, 1986", "21 сентября 1986 г."
# the place of birth or death after a life's date, before its dash
_PLACE_BEFORE = re.compile(
    r"(?<=\d),[ \t]*[A-ZА-ЯЁ][^\W\d_]+(?:[ \t-][A-ZА-ЯЁа-яё][^\W\d_]+){0,2}$"
)


def _the_date_and_what_follows(text: str, first: re.Match[str]) -> Iterator[Hit]:
    """The date right after a cue, its year in brackets after it, the same year again, the
    speaker's own date after it, and the answer to a confirmation it asks."""
    yield BIRTH_DATE, first.start(), first.end(), 0.9
    if _year(first) is None and (bracketed := _YEAR_BRACKETED.match(text, first.end())):
        yield BIRTH_DATE, bracketed.start(1), bracketed.end(1), 0.9  # "3 March (1986)"
    yield from _same_year(text, first)
    yield from _and_mine(text, first.end())
    if (confirm := _CONFIRM.match(text, first.end())) is not None:
        yield from _answered(text, confirm.end())  # "1983, да?" ... "да 29 сентября 83-го"


def _date_starts(text: str, start: int) -> tuple[int, bool]:
    """Where the date after a cue ending at ``start`` starts, past the rest of its field,
    whose it is, where it is written and particles; and whether a doubt was said first."""
    # "Дата рождения ребёнка: ____ 30.01.2019"; "date of birth is 14.01.2016"
    field = (
        _FIELD_REST.match(text, start) or _COPULA.match(text, start) or _WHOSE.match(text, start)
    )
    hedge = None if field else _HEDGE.match(text, start)
    opened = field or hedge
    where = _WHERE_WRITTEN.match(text, opened.end() if opened is not None else start)
    opened = where or opened  # "Дата рождения Амира в заявлении стоит 29.06.2021"
    at = opened.end() if opened is not None else start
    if (particle := _PARTICLES.match(text, at)) is not None:
        at = particle.end()  # "ДР у меня всё равно 09.10", "birthday is actually 3 March"
    return at, hedge is not None


def _date_at(text: str, at: int) -> re.Match[str] | None:
    """The date (or the year, in words too: "две тысячи третий") that starts at ``at``."""
    return (
        _ANY_DATE.match(text, at)
        or _misread(text, at)
        or _SPACED_DATE.match(text, at)
        or _SAID_YEAR.match(text, at)
    )


def _after_cue(text: str, start: int, *, strong: bool) -> Iterator[Hit]:
    """The date right after a cue, or an old full date further on in its sentence.
    ``strong``: a cue for the date itself, not for the day it recurs on ("birthday",
    "день рождения": "на день рождения 12 марта 2023 он позвонил" is a call)."""
    at, hedged = _date_starts(text, start)
    first = _date_at(text, at)
    if first is None and (right := _after_spaces(text, start)) < at:
        first = _date_at(text, right)  # in capitals, a telegram's date reads as whose it is
    if first is not None and in_a_stamp(text, first.start(), first.end()):
        first = None  # the next line's time stamp: "помню на дне рождения\n09/11/2025, 19:20 -"
    if first is not None and not strong:  # a party is this year's or last year's
        year = _year(first)
        first = first if year is not None and year <= date.today().year - _PARTY_YEARS else None
    if first is not None:
        yield from _the_date_and_what_follows(text, first)
        if not hedged:
            return  # a doubted date may be answered: "DOB, I think 14/03/2015?" "Mine is ..."
    latest = date.today().year - MIN_AGE
    for found in _dates_within(text, start):
        if in_a_stamp(text, found.start(), found.end()):
            continue  # a chat's time stamp: "[16.05.25, 00:08] Ната: 19.12.1997"
        if _EXAMPLE.search(text, max(0, found.start() - 12), found.start()):
            continue  # a form's example: "Date of birth: 12 04 1978   e.g. 31/12/1960"
        year = _year(found)
        if SENTENCE_END.search(text, start, found.start()) is not None:
            yield from _beyond_sentence(text, start, found, latest)
            return
        if year is None or year <= latest:  # a date in words, or an old one
            yield BIRTH_DATE, found.start(), found.end(), 0.85
            yield from _same_year(text, found)
            return
    yield from _reply_beyond_reach(text, start, latest)


# A date of birth asked to be confirmed ("И год рождения у Романа 1983, да?"): the date in
# the answer on the next line is the same person's ("да 29 сентября 83-го")
_CONFIRM = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:да|верно|так|правильно|right|correct|yes)(?![^\W\d_])[ \t]*)?\?", _I
)


def _answered(text: str, asked: int) -> Iterator[Hit]:
    """The first full date after a question, if it opens the answer (:data:`_ANSWER`)."""
    for found in _dates_within(text, asked):
        if in_a_stamp(text, found.start(), found.end()):
            continue  # the answer's own time stamp
        if _ANSWER.match(text, asked, found.start()):
            yield BIRTH_DATE, found.start(), found.end(), 0.85
        return


# right after the cue, a date with spaces for its marks, as a form is filled in ("Date of
# birth: 12 04 1978")
_SPACED_DATE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])[ \u00a0](?:0?[1-9]|1[0-2])[ \u00a0](?:19|20)\d{2}(?![\d.,/-]?\d)"
)
_EXAMPLE = re.compile(r"(?<![^\W_])(?:e\.\s?g\.|for\s+example|например|напр\.)[ \t:]*\Z", _I)


def _reply_beyond_reach(text: str, start: int, latest: int) -> Iterator[Hit]:
    """The reply on the next line, however long the cue's line goes on after the request
    ("нужен д.р., Айана, напиши в личку. Озолсу — персональный код принят (...)")."""
    line_end = text.find("\n", start)
    if line_end < 0 or line_end < start + _REACH - _LONGEST_DATE:
        return  # the next line is within the reach: read above
    for found in _FULL_DATE.finditer(text, line_end + 1, line_end + 1 + _REACH):
        if in_a_stamp(text, found.start(), found.end()):
            continue
        year = _year(found)
        if _replied(text, start, found) and (year is None or year <= latest):
            yield BIRTH_DATE, found.start(), found.end(), 0.85
        return


_MISREAD_REACH = 12  # characters: a date of digits


def _misread(text: str, at: int) -> re.Match[str] | None:
    """A date of digits at ``at`` with letters OCR read for some of them ("05.1I.1991",
    "O5.11.1991"), matched in the text with those letters read as digits
    (:data:`~intake.redact.birth_dates.MISREAD`: the same length, so the same spans)."""
    window = text[at : at + _MISREAD_REACH]
    read = window.translate(MISREAD)
    if read == window or sum(c.isdigit() for c in window) < 4:
        return None
    found = _ANY_DATE.match(text[:at] + read + text[at + len(window) :], at)
    return found if found is not None and found.group() != text[at : found.end()] else None


# Another person's date of birth given next, the cue left out: "Дата рождения Вадима —
# 21.01.1998. Моя — 09.09.1995", "DOB 03.05.1990, mine is 12.12.1992", "…, а его 1.2.1989",
# "Eszter's date of birth: 1988-04-30. Pavel's: 12 Oct 1985"
_AND_MINE = re.compile(
    # an aside after the first date: "09.09.1994 (стр. 5); у Дарьи: 30/11/1996"
    r"(?:[ \t]*\([^()\n]{1,30}\))?"
    r"[ \t]*[.;,]?[ \t]*(?:(?:а|и|and|but)[ \t]+)?(?:моя|мой|моё|его|её|ее|их"
    r"|у[ \t]+(?:меня|него|неё|нее)|mine|his|hers|theirs"
    # or another person's, by name: "Pavel's: 12 Oct 1985", "у Павла — 12.10.1985", "у Дарьи
    # Павловны Лукиной: 30/11/1996"
    r"|(?-i:[A-Z][a-z]+)['’]s|у(?:[ \t]+(?-i:[А-ЯЁ][а-яё]+)){1,3}"
    # "for Kuba 17.03.2015; for Ola 25.08.2018", "для Оли 25.08.2018"
    r"|for[ \t]+(?-i:[A-Z][a-z]+)|для[ \t]+(?-i:[А-ЯЁ][а-яё]+)"
    # or the same date put right: "11.04.2014, а надо 14.04.2014", "should be 14/04/2014"
    r"|надо|нужно|должн[аоы][ \t]+быть|правильн\w{0,3}|верн\w{0,3}|should[ \t]+be"
    r"|correct(?:[ \t]+one)?[ \t]+is)(?:[ \t]+(?:is|was|—|–))?"
    r"[ \t]*[—–:-]?[ \t]*",
    _I,
)


def _and_mine(text: str, end: int) -> Iterator[Hit]:
    """A date of birth given right after another, for someone else (:data:`_AND_MINE`)."""
    mine = _AND_MINE.match(text, end)
    if mine is not None and (found := _FULL_DATE.match(text, mine.end())) is not None:
        yield BIRTH_DATE, found.start(), found.end(), 0.85


# A full date right after "день рождения" or "birthday" this many years back or more is the
# day of birth, a child's too ("на день рождения 02.12.2014 обещали"), not a party's
_PARTY_YEARS = 3

_ALONE = re.compile(r"[ \t.]*(?:\n|$)")


def _beyond_sentence(text: str, start: int, found: re.Match[str], latest: int) -> Iterator[Hit]:
    """``found``, a date past the end of the cue's sentence, if it answers the cue."""
    year = _year(found)
    asked = text.rfind("?", start, found.start())  # on the cue's line: its question
    if (
        asked >= 0
        and "\n" not in text[start:asked]
        and _ANSWER.match(text, asked + 1, found.start())
    ):
        yield BIRTH_DATE, found.start(), found.end(), 0.85  # asked, then answered
        yield from _said_again_in_line(text, found, latest)
    elif _replied(text, start, found) and (year is None or year <= latest):
        yield BIRTH_DATE, found.start(), found.end(), 0.85  # "напиши дату рождения"
    elif _next_sentence_of_question(text, start, found) and (year is None or year <= latest):
        # "Did they ask for his DOB? Make sure it's 09.09.1993 everywhere"
        yield BIRTH_DATE, found.start(), found.end(), 0.85
        yield from _said_again_in_line(text, found, latest)


def _next_sentence_of_question(text: str, start: int, found: re.Match[str]) -> bool:
    """True if the cue's sentence asks (ends with "?") and ``found`` stands in the very next
    sentence, on the same line."""
    asked = text.find("?", start, found.start())
    if asked < 0 or "\n" in text[start : found.start()]:
        return False
    return SENTENCE_END.search(text, asked + 1, found.start()) is None and (
        SENTENCE_END.search(text, start, asked) is None
    )


def _replied(text: str, start: int, found: re.Match[str]) -> bool:
    """True if ``found`` opens the next line after the cue's, but for a chat's stamp and
    sender: a date of birth asked for without a question mark and given in reply
    ("напиши ещё дату рождения" / "[19.09 07:43] Рамиль: 24.06.97, в/ч не знаю"); the whole
    of that line where the cue's line asks for nothing."""
    line = text.rfind("\n", start, found.start())
    if (
        line < 0
        or text.count("\n", start, line) != 0
        or _ANSWER.match(text, line + 1, found.start()) is None
    ):
        return False
    # the whole of the cue's line: the verb may come after the cue ("нужен д.р., Айана,
    # напиши в личку")
    asked = _REQUEST.search(text, text.rfind("\n", 0, start) + 1, line) is not None
    return asked or _ALONE.match(text, found.end()) is not None


# Asking for it: then the reply opens with the date, whatever follows ("дай дату рождения"
# / "ayana: 04.04.1998. в/ч не знаем"); "пришлю позже" asks nothing, so only a date alone is
# the reply there
_REQUEST = re.compile(
    r"(?<![^\W\d_])(?:дай|дайте|напиши|напишите|скинь|скиньте|пришли|пришлите|скажи|скажите"
    r"|сообщи|сообщите|уточни|уточните|укажи|укажите|введи|введите|нужн\w{0,2}|нужен|give|send"
    r"|tell|text|enter|need"
    # or saying one does not know it, which the reply then gives ("Только дату рождения его
    # я не знаю" / "Jelena: 10.12.1987. И пишите ...")
    r"|не[ \t]+знаю|не[ \t]+помню|don'?t[ \t]+know|do[ \t]+not[ \t]+know)(?![^\W\d_])",
    _I,
)


def _birthday(text: str, cue_start: int, cue_end: int) -> Iterator[Hit]:
    """The day and month of a birthday in the cue's sentence, after the cue or right before
    it ("7 марта у него день рождения"), alone or in a full date: half of a date of birth,
    which an age beside it ("19-й", "turns 21") or a year anywhere else completes."""
    floor = max(0, cue_start - 30)
    ends = [m.end() for m in SENTENCE_END.finditer(text, floor, cue_start)]
    for found in _DAY_MONTH.finditer(text, ends[-1] if ends else floor, cue_start):
        yield BIRTH_DATE, found.start(), _without_full_stop(found), 0.8
    # ... or a full date there, which holds them ("15.08.92 — не забудь, день рождения у тебя")
    for found in _FULL_DATE.finditer(text, ends[-1] if ends else floor, cue_start):
        if not in_a_stamp(text, found.start(), found.end()):
            yield BIRTH_DATE, found.start(), found.end(), 0.8
    yield from _day_and_month_after(text, cue_end)


def _day_and_month_after(text: str, cue_end: int, *, named: bool = False) -> Iterator[Hit]:
    """The first day and month after a cue, in its sentence; ``named``: the month's name
    written ("16 мая", not "1/4", which may be a share or a time)."""
    for found in _DAY_MONTH.finditer(text, cue_end, min(len(text), cue_end + _REACH)):
        if named and not any(c.isalpha() for c in found.group()):
            continue
        if SENTENCE_END.search(text, cue_end, found.start()):
            return
        yield BIRTH_DATE, found.start(), _without_full_stop(found), 0.8
        bracketed = _YEAR_BRACKETED.match(text, found.end())  # "3 March (1986)"; not the
        # party's year ("день рождения 3 марта (2024) отмечали")
        if bracketed is not None and int(bracketed.group(1)) <= date.today().year - MIN_AGE:
            yield BIRTH_DATE, bracketed.start(1), bracketed.end(1), 0.8
        return


def _without_full_stop(found: re.Match[str]) -> int:
    """The end of a date whose month is written whole, a sentence's full stop left out
    ("7 марта."; "7 Mar." keeps its abbreviation's dot)."""
    word = found.group().rstrip(".").split()[-1] if found.group().strip() else ""
    cut = word.lower() in _CUT_MONTHS  # "мая", "June" are whole
    return found.end() - 1 if found.group().endswith(".") and not cut else found.end()


_CUT_MONTHS = frozenset(
    (
        "янв", "фев", "мар", "апр", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    )
)  # fmt: skip


def _before_cue(text: str, cue_start: int) -> Iterator[Hit]:
    """The nearest full date before "родился", "born" on its line, no sentence ending
    between: a chronology's row "| 02.06.1991 | Выдумкин родился в Каховке |"."""
    line_start = text.rfind("\n", 0, cue_start) + 1
    floor = max(line_start, cue_start - _REACH)
    dates = list(_FULL_DATE.finditer(text, floor, cue_start))
    if (
        dates
        and not SENTENCE_END.search(text, dates[-1].end(), cue_start)
        and not in_a_stamp(text, dates[-1].start(), dates[-1].end())  # the message's date
    ):
        yield BIRTH_DATE, dates[-1].start(), dates[-1].end(), 0.85


_RU_UNITS = r"(?:один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять)"
_RU_TEENS = (
    r"(?:десять|одиннадцать|двенадцать|тринадцать|четырнадцать|пятнадцать|шестнадцать"
    r"|семнадцать|восемнадцать|девятнадцать)"
)
_SPOKEN = (
    rf"(?:{_EN_TENS}(?:[- ]{_EN_UNITS})?|{_EN_TEENS}|{_EN_UNITS}|oh[- ]{_EN_UNITS}"
    rf"|{_RU_TENS}(?:\s+{_RU_UNITS})?|{_RU_TEENS}|{_RU_UNITS}|\d{{1,4}})"
)
# The date said again as three numbers, day, month and year, apart or with commas
# ("Fourteen, three, ninety", "14, 3, 90", "четырнадцать, три, девяносто"; a date with
# dots is a date of its own), on the line of a date of birth, after it
_RESTATED = re.compile(
    rf"(?<![\w-]){_SPOKEN}(?:[ \t]*,[ \t]*|[ \t]+){_SPOKEN}(?:[ \t]*,[ \t]*|[ \t]+)"
    rf"(?:(?:nineteen|twenty)[- ])?{_SPOKEN}(?![\w-])",
    _I,
)
_RESTATED_REACH = 60


_TAG_AFTER = re.compile(r"[ \t:,]*\[[^\]\n]{1,30}\]")
_TAG_NEXT = re.compile(r"[\s:,—–-]*\[")  # the next thing after a cue is a tag
# A cue for the date itself, not for a birth ("свидетельство о рождении" is a document's)
_DATE_ITSELF = re.compile(r"дата|д\.|д/р|рожд\.|родил|dob|d\.o\.b|date|born|birth[\s_]?date", _I)


# An engraving's text (a ring's, a pendant's, a tag's, a spoon's, a memorial plaque's): a
# first name and a date or a year beside it there is that person's date of birth, a child's
# too ("гравир. «Роман 27.04.1997»", 'Engraving on tag: "Paul 1996 Krasnoyarsk"', "ТЕКСТ:
# АРКАДИЙ / 03.02.1995 / ЭК 000417", 'Plaque text: "Anton · 22.10.1986"'); not two names'
# year, a couple's ("«Andrzej i Irena 1998»")
_ENGRAVING_HEADS = heads("гравир", "engrav", "inscri", "надпис", "текст", "plaque", "табличк")
_ENGRAVING_CUE = re.compile(
    r"(?<![^\W\d_])(?:гравир\w*|engrav\w*|inscri\w*|надпис\w*|plaque\w*|табличк\w*"
    r"|текст(?=[ \t]*[:,]))",
    _I,
)
_ENGRAVED = re.compile(
    # a name, or initials ("T.W. 1996 Красноярск")
    r"(?<![^\W\d_])(?P<name>(?-i:[A-ZА-ЯЁ][^\W\d_]+|(?:[A-ZА-ЯЁ]\.[ \t]?){1,3}))[ \t]*"
    r"(?:[,/—–·•-][ \t]*)?"
    rf"(?P<date>(?<!\w)(?:{_FULL})(?!\w)|(?:19|20)\d{{2}}(?![\w.,/-]?\d))",
    _I,
)
_COUPLE = re.compile(r"(?<![^\W\d_])(?:i|и|and|und|&|\+)[ \t]+\Z", _I)
_ENGRAVING_REACH = 160
_ENGRAVING_STOP = re.compile(r"[\n|;]")


def _engraved(text: str, start: int) -> Iterator[Hit]:
    """Dates of birth in an engraving's text after its cue, in the cue's line, cell or
    clause (up to a line's end, a table's bar or a semicolon)."""
    stop = _ENGRAVING_STOP.search(text, start, start + _ENGRAVING_REACH)
    end = stop.start() if stop is not None else min(len(text), start + _ENGRAVING_REACH)
    for found in _ENGRAVED.finditer(text, start, end):
        if _COUPLE.search(text, max(0, found.start() - 6), found.start()) is None and (
            _first_name_or_initials(found.group("name"))
        ):
            yield BIRTH_DATE, found.start("date"), found.end("date"), 0.8


def _first_name_or_initials(word: str) -> bool:
    """True for initials, a Latin word, or a Cyrillic word the dictionary reads as a first
    name ("Роман", "АРКАДИЙ"; not a town, "Элиста 2015", nor a court, "Мосгорсуд, 12 ...")."""
    if "." in word or word.isascii():
        return True
    return any("Name" in p.tag for p in forms_ru.dictionary_parses(word.lower()))


def _said_of_a_person(text: str) -> Iterator[Hit]:
    """A birthday said with "будет" ("Ярославу 30 сентября будет 9, просил торт") or an
    age on a day ("7 years on 14 March"), and a person's year after a first name ("Игорь 88
    года")."""
    if "будет" in text:
        for turned in _WILL_BE.finditer(text):
            yield from _birthday(text, turned.start(), turned.end())
        for turned in _AGE_WILL_BE.finditer(text):
            whose = turned.group("whose")
            if whose.islower() or "Name" in forms_ru.parses(whose.lower())[0].tag:
                yield from _birthday(text, turned.start(), turned.end())
    if " on " in text:
        for turned in _YEARS_ON.finditer(text):
            yield from _day_and_month_after(text, turned.end())
    if "under" in text:
        for under in _UNDER_UNTIL.finditer(text):
            if (found := _FULL_DATE.match(text, under.end())) is not None:
                yield BIRTH_DATE, found.start(), found.end(), 0.8
            else:
                yield from _day_and_month_after(text, under.end())
    if " года" in text:
        yield from _named_years(text)


def _named_years(text: str) -> Iterator[Hit]:
    """A year after a first name (see :data:`_NAMED_YEAR`): its two digits only when no
    age says "года" with them (22, 23, 24, 32, ...; 12 to 14 take "лет")."""
    for found in _NAMED_YEAR.finditer(text):
        year = found.group("year")
        if len(year) == 2 and year[1] in "234" and year[0] != "1":
            continue  # an age: "Игорь 34 года"
        if any("Name" in parse.tag for parse in forms_ru.parses(found.group("name").lower())):
            yield BIRTH_DATE, found.start("year"), found.end(), 0.75


_TAG_GAP = 3  # characters between a tag and a date that is still the tag's cue's


def _in_a_tag(text: str, cue: re.Match[str]) -> bool:
    """True if the cue is the whole of a tag in brackets ("[дата рождения]", as the engine
    writes one where it took a date out): it names what was there, not what follows it
    ("[дата рождения] р.н. | ИК-10 | жена | 14.10.24": the date a letter went)."""
    words_end = cue.start() + len(cue.group().rstrip(' \t\n:,_"-.…'))
    return text.endswith("[", 0, cue.start()) and text.startswith("]", words_end)


# A chat's next message: its stamp and its sender ("[12.06 11:20] Гиляна Бембеева: ")
_NEXT_MESSAGE = re.compile(
    r"\n[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?[ \t]+\d{1,2}:\d{2}"
    r"[ \t]*[-–—]?[ \t]*)(?:[^\W\d_][\w.]*[ \t]?){1,3}:[ \t]*"
)
_REPLY_REACH = 60  # characters of the reply within which it gives the day
_DATE_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?:дат[аыуе]|date[ \t]+of)[ \t]+\Z", _I)


def _named_day_in_reply(text: str, cue_end: int) -> Iterator[Hit]:
    """The day and month, the month's name written, early in the next message of a chat
    after a message that speaks of a date of birth and gives none ("И дату рождения можно
    мелко, если хотите." / "Нет, пусть будет. 14 февраля, он у нас валентинка был")."""
    line_end = text.find("\n", cue_end)
    reply = _NEXT_MESSAGE.match(text, line_end) if line_end >= 0 else None
    if reply is None:
        return
    end = text.find("\n", reply.end())
    end = min(reply.end() + _REPLY_REACH, len(text) if end < 0 else end)
    for found in _DAY_MONTH.finditer(text, reply.end(), end):
        if any(c.isalpha() for c in found.group()):
            yield BIRTH_DATE, found.start(), _without_full_stop(found), 0.75
            return


def _beside(text: str, cue: re.Match[str]) -> Iterator[Hit]:
    """The date of birth after a cue (and that date said again), or before it."""
    weak = _WEAK.match(cue.group()) is not None
    after = list(_after_cue(text, cue.end(), strong=not weak))
    if not after and not weak:  # "Дата рождения для справки у вас есть (07.05.2015)"
        after = list(_bracketed_after(text, cue.end()))
    if not after and not weak and _TAG_NEXT.match(text, cue.end()) is None:
        # "d.o.b. she does not remember exactly — "winter 1986""; not after the tag the
        # engine wrote for the date ("born [date of birth] in Tura, called up June 1942")
        after = (
            list(_season_after(text, cue.end()))
            or list(_year_given(text, cue.end()))
            or list(_years_of_life_after(text, cue.end()))
        )
    yield from after
    if after:
        yield from _restated(text, after[-1][2])
        return
    if weak:
        yield from _birthday(text, cue.start(), cue.end())
    elif (
        _DATE_ITSELF.match(cue.group()) is not None
        and _TAG_NEXT.match(text, cue.end()) is None
        and not text.endswith("[", 0, cue.start())
    ):
        # "Дата рождения: 16 мая", "дату рожд. путает («в мае, 16-го»)": the year left out
        # (not after a tag the engine wrote, nor in one: "[дата рождения], 16 мая его забрали")
        yield from _day_and_month_after(text, cue.end(), named=True)
    if _DATE_ITSELF.match(cue.group()) or _DATE_WORD_BEFORE.search(
        text, max(0, cue.start() - 12), cue.start()
    ):
        yield from _named_day_in_reply(text, cue.end())
    if _VERB.match(cue.group()) and _TAG_AFTER.match(text, cue.end()) is None:
        yield from _before_cue(text, cue.start())  # not "born [date of birth]": a tag is its date


# A date of birth remembered only by its season or month and year ("winter 1986", "March
# 1986", "зимой 1986-го", "в марте 86-го"): half of it, the year and when in it
_SEASON_YEAR = re.compile(
    rf"(?<![\w-])(?:(?:early|late|mid|the)[ \t]+)?(?:winter|spring|summer|autumn|fall|зим\w{{1,3}}"
    rf"|весн\w{{1,3}}|весной|лет\w{{1,2}}|осен\w{{1,3}}|(?:в[ \t]+)?{_MONTHS})"
    r"[ \t]+(?:of[ \t]+)?((?:19|20)\d{2}|\d{2}(?=-?го))(?:-?го)?(?![\w-])",
    _I,
)


# A year alone that someone gives further on in a strong cue's sentence, after a verb of
# saying: "Boris's date of birth is not in the raport; the sister gave 1987", "дату
# рождения не знаем, мать назвала 1987"
_YEAR_GIVEN = re.compile(
    r"(?<![^\W\d_])(?:gave|gives|said|says|told\s+us|thinks|назвал\w{0,2}|сказал\w{0,2}"
    r"|говорит|пишет|написал\w{0,2}|думает|помнит)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}"
    r"((?:19|20)\d{2})(?![\d.,:/-]?\d)"
)


def _year_given(text: str, start: int) -> Iterator[Hit]:
    found = _YEAR_GIVEN.search(text, start, min(len(text), start + _REACH))
    if found is None or SENTENCE_END.search(text, start, found.start()):
        return
    if int(found.group(1)) <= date.today().year:
        yield BIRTH_DATE, found.start(1), found.end(1), 0.8


def _season_after(text: str, start: int) -> Iterator[Hit]:
    """A season's or a month's year further on in a strong cue's sentence, an old one."""
    found = _SEASON_YEAR.search(text, start, min(len(text), start + _REACH))
    if found is None or SENTENCE_END.search(text, start, found.start()):
        return
    written = found.group(1)
    year = int(written) if len(written) > len("86") else full_year(int(written))
    if year <= date.today().year - MIN_AGE:
        yield BIRTH_DATE, found.start(), found.end(), 0.8


# Years of life further on in a strong cue's sentence, a life's span apart: "we'll remove
# the date of birth and show "1971 – 2024"" (its first year is the year of birth; not a
# war's or a post's "2015–2019")
_YEARS_OF_LIFE = re.compile(
    r"(?<![\d.,/-])((?:19|20)\d{2})[ \t]*[–—-][ \t]*((?:19|20)\d{2})(?![\d])"
)


_UNKNOWN = re.compile(r"unknown|not\s+known|неизвестн|не\s+известн|не\s+знаю|не\s+помн", _I)


def _years_of_life_after(text: str, start: int) -> Iterator[Hit]:
    found = _YEARS_OF_LIFE.search(text, start, min(len(text), start + _REACH))
    if found is None or SENTENCE_END.search(text, start, found.start()):
        return
    if _UNKNOWN.search(text, start, found.start()):
        return  # "date of birth unknown, the Soviet Union (1922–1991) issued it"
    born, died = int(found.group(1)), int(found.group(2))
    if died - born >= MIN_AGE and born <= date.today().year - MIN_AGE:
        yield BIRTH_DATE, found.start(1), found.end(1), 0.8


def _bracketed_after(text: str, start: int) -> Iterator[Hit]:
    """A full date in brackets further on in a strong cue's sentence, whatever its year: a
    writer gives the date the cue names so ("Дата рождения для справки у вас есть
    (07.05.2015)")."""
    for found in _dates_within(text, start):
        if SENTENCE_END.search(text, start, found.start()):
            return
        if text.endswith("(", 0, found.start()) and text.startswith(")", found.end()):
            yield BIRTH_DATE, found.start(), found.end(), 0.8
            return


def _restated(text: str, end: int) -> Iterator[Hit]:
    """The date of birth that ends at ``end`` said again as three numbers (see
    :data:`_RESTATED`), further on its line."""
    line_end = text.find("\n", end)
    stop = min(len(text) if line_end < 0 else line_end, end + _RESTATED_REACH)
    for found in _RESTATED.finditer(text, end, stop):
        yield BIRTH_DATE, found.start(), found.end(), 0.8


def _said_again_in_line(text: str, answer: re.Match[str], latest: int) -> Iterator[Hit]:
    """The answer's date said again on its line, in words and then in digits ("Eleventh
    of August ninety-one. 11/08/1991."): the next full date there of its year, or of a
    year :data:`MIN_AGE` years back or more if the first was in words."""
    year = _year(answer)
    for found in _dates_within(text, answer.end()):
        if "\n" in text[answer.end() : found.start()]:
            return
        again = _year(found)
        if again is not None and (again == year or (year is None and again <= latest)):
            yield BIRTH_DATE, found.start(), found.end(), 0.85
        return


def _whole_date_after(text: str, start: int, year: int) -> Iterator[Hit]:
    """After "1998 г.р.", the whole date of that year in its sentence, and the day and month
    said before it ("Камиль 1998 г.р., 25 января — 25.01.1998")."""
    for found in _dates_within(text, start):
        if SENTENCE_END.search(text, start, found.start()):
            return
        if _year(found) == year:
            yield BIRTH_DATE, found.start(), found.end(), 0.85
            for half in _DAY_MONTH.finditer(text, start, found.start()):
                yield BIRTH_DATE, half.start(), _without_full_stop(half), 0.8
            return


def _same_year(text: str, first: re.Match[str]) -> Iterator[Hit]:
    """Later dates of the first one's year in its sentence (one birth date read twice)."""
    year = _year(first)
    if year is None:
        return
    for found in _dates_within(text, first.end()):
        if SENTENCE_END.search(text, first.end(), found.start()):
            return
        if _year(found) == year:
            yield BIRTH_DATE, found.start(), found.end(), 0.85


def _dates_within(text: str, start: int) -> Iterator[re.Match[str]]:
    """Full dates that start within :data:`_REACH` characters of ``start``, each read to its
    end: a date in words cut at the reach ("второго февраля пятьд") is read whole."""
    end = min(len(text), start + _REACH)
    for found in _FULL_DATE.finditer(text, start, end):
        whole = _FULL_DATE.match(text, found.start()) if found.end() == end else found
        if whole is not None:
            yield whole


def _year(found: re.Match[str]) -> int | None:
    """The year of a date written with digits ("1996", "04.07.96"); None for one in words."""
    if (full := _YEAR.search(found.group())) is not None:
        return int(full.group())
    if (short := _SHORT_YEAR.search(found.group())) is None:
        return None
    return full_year(int(short.group()))


def _after_spaces(text: str, index: int) -> int:
    """The end of the run of spaces and tabs that starts at ``index``."""
    while index < len(text) and text[index] in " \t":
        index += 1
    return index


def _spaces_back(text: str, index: int) -> int:
    """The start of the run of spaces and underscores that ends at ``index``."""
    while index > 0 and text[index - 1] in " \t_\u00a0":
        index -= 1
    return index


def _date_ending(text: str, end: int) -> Iterator[Hit]:
    """A date (or a year) that ends at ``end``, where the cue after it begins."""
    floor = max(0, end - 40)
    for found in _ANY_DATE.finditer(text, floor, end):
        if found.end() == end:
            yield BIRTH_DATE, found.start(), found.end(), 0.9


def said_again_in_words(text: str, births: set[tuple[int, int, int]]) -> Iterator[Hit]:
    """Each date said in words that is one of ``births`` (day, month, year): a date of birth
    found in digits said aloud elsewhere ("DOB 06/21/1991" ... "read as June twenty-first,
    nineteen ninety-one")."""
    for found in _SAID_DATE.finditer(text):
        if said_value(found.group()) in births:
            yield BIRTH_DATE, found.start(), found.end(), 0.8
    years = {year for _day, _month, year in births}
    for found in _SAID_YEAR.finditer(text):  # "[дата рождения] г.р. («с шестьдесят первого»)"
        if said_year(found.group()) in years:
            yield BIRTH_DATE, found.start(), found.end(), 0.75
