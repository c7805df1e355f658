"""Numbers that identify a person through a record: dates of birth, tracking numbers,
e-wallets, case and protocol numbers. Every number and date is invented; the expected
spans are written by hand.
"""

from __future__ import annotations

from datetime import date

import pytest

from intake.redact import Redactor, Registry, birth_dates, patterns
from intake.redact.kinds import KINDS
from intake.redact.policy import Policy

_LAST_YEAR = date.today().year - 1
_THIS_YEAR = date.today().year

REDACTOR = Redactor(Registry([]))

FOUND = [
    ("birth_date", "Выдумкин С. А., дата рождения 14.02.1991, СИЗО-1", "14.02.1991"),
    ("birth_date", "дата рождения: 14 февраля 1991 г., место", "14 февраля 1991 г."),
    ("birth_date", "Фамилия, д.р. 03.07.94, адрес", "03.07.94"),
    ("birth_date", "Иванов И. И., 1991 г.р., рядовой", "1991"),
    ("birth_date", "свидетельство II-АБ 000417 дата рожд 19.11.2014 | полис", "19.11.2014"),
    # a self-introduction: the full name, details, an old date standing alone as an item
    (
        "birth_date",
        "Выдумов Ескендер Муратович, ногаец, из Адыге-Хабля КЧР. 21.01.1994. Пришла повестка",
        "21.01.1994",
    ),
    # a year of birth given roughly
    ("birth_date", "together with Bogdan (Kyiv, b. ~1993, Apple ID locked)", "1993"),
    ("birth_date", "родился около 1985 года в Омске", "1985 года"),
    # "born" after the date, in Kyrgyz and Kazakh
    ("birth_date", "ему 24 года, 05.05.2000 туулган. паспорт", "05.05.2000"),
    ("birth_date", "Бала 12.03.2015 туған, мектепте", "12.03.2015"),
    # ... an abbreviation's dot between is no sentence's end
    ("birth_date", "She has my birth date etc. (30.11.95). Call her", "30.11.95"),
    ("birth_date", "Дата рождения, адрес и т.д. (30.11.1995) у неё есть", "30.11.1995"),
    # a date in brackets further on in a strong cue's sentence, whatever its year
    ("birth_date", "Дата рождения для справки у вас есть (07.05.2015), если нужна", "07.05.2015"),
    # a life's dates with the places of birth and death after them
    ("birth_date", "ВАДИМ\n(21.06.1993, Сыктывкар — 08.03.2025, Тбилиси)", "21.06.1993"),
    # a year alone after a surname and its initials: a police record's or a list's person
    ("birth_date", "(«доставлен гр. Выдумкин А.И., 1991»)", "1991"),
    ("birth_date", "Выдумкин А. В., 1989, как будто он номер в списке", "1989"),
    ("birth_date", "VYDUMKIN A.I., 1991; доставлен", "1991"),
    # a question about a person's year, answered on the next line
    (
        "birth_date",
        "[00:12:15] МОДЕРАТОР: Людмила, ваш сын какого года?\n"
        "[00:12:20] ВЫДУМЦЕВА: Двадцать шестого марта девяносто шестого. Двадцать восемь лет.",
        "Двадцать шестого марта девяносто шестого",
    ),
    ("birth_date", "What year was he born?\nMum: 12.03.1996, I think", "12.03.1996"),
    # a year alone after "он" or "она", ending its item
    ("birth_date", "Выдумко-эжы тоже хочет от клеща, она 1951, можно?", "1951"),
    ("birth_date", "мама, она 1951 года. Прививку можно?", "1951"),
    # a year of birth of two digits before its mark or "года рождения"
    ("birth_date", "Выдумко Христо, 78 г.р., Мариуполь", "78"),
    ("birth_date", "Выдумко 78-го г. р., водитель", "78"),
    ("birth_date", "Выдумкин И.И. 78 года рождения, призван", "78"),
    ("birth_date", "Петро, 79 року народження", "79"),
    ("birth_date", "Петро, 79 р.н., з Маріуполя", "79"),
    # ... or after a patronymic, "год" before it or not
    ("birth_date", "В списке: Выдумко Христо Анастасиевич, 1978, Мариуполь.", "1978"),
    ("birth_date", "отчество «Анастасиевич», год 1978 — может быть ошибка", "1978"),
    ("birth_date", "VYDUMKO Khristo Anastasievich, 1978; Mariupol", "1978"),
    # ... or in brackets after the patronymic or the initials
    ("birth_date", "| 1 | Выдумко Пётр Семёнович (1951) | 88:01:000417:12 |", "1951"),
    ("birth_date", "доставлен Выдумкин А.И. (1991 г.) в отдел", "1991"),
    # the first of a person's years of life after the name, in brackets or on the line under
    # it, as a headstone's inscription sets them
    ("birth_date", "Existing headstone: Zbigniew VYDUMSKI (1939–2011). Job: re-gild.", "1939"),
    ("birth_date", "Памятник: Выдумкин Пётр Ильич (1950-2020), гранит", "1950"),
    ("birth_date", "Сына? Нет, мужа, покойного Эдуарда, 1961–2019. Чистка", "1961"),
    ("birth_date", "  ÎN AMINTIREA\n   DUMITRU NEXISTEANU\n          1971 – 2024\n", "1971"),
    # a year of birth after "YOB", "y.o.b.", "year of birth"
    ("birth_date", "1  Nastya     Relocate Run  18:44   (hire)  YOB 2015", "2015"),
    ("birth_date", "Year of birth: 1987, Kazan", "1987"),
    ("birth_date", "Vydumov R., y.o.b. 1990", "1990"),
    # a date after a star, a cross after it: genealogy's birth and death
    ("birth_date", "GORDON\n* 22. Juni 1994  Tara, Omsk\n† 2023  Ukraine", "22. Juni 1994"),
    ("birth_date", "Anna Vydumska (*1939 †2011), her mother", "1939"),
    # Ukrainian's cues: "р.н.", "року народження", "народився", "дата народження"
    ("birth_date", "| 2 | ВИГАДКО Петро Іванович, 1979 р.н. | ІК-10 |", "1979"),
    ("birth_date", "Петро, 1979 року народження, з Маріуполя", "1979"),
    ("birth_date", "Петро народився 12.03.1979 у Маріуполі", "12.03.1979"),
    ("birth_date", "дата народження: 12.03.1979, Маріуполь", "12.03.1979"),
    # "г.р." typed in Latin letters; a person's year after a first name, as a dispatcher says it
    ("birth_date", 'he wrote the son as "Tom, 2001 g.r.".', "2001"),
    ("birth_date", "спрашивал, едет ли «Игорь 88 года» и до какой", "88 года"),
    ("birth_date", "едет ли Игорь 1988 года, сказать не могу", "1988 года"),
    # an age beside a full date, the years since it: a child's in a camp's log
    (
        "birth_date",
        f"11:20 | Софья (11 л, 21.04.{_THIS_YEAR - 12}) | клещ",
        f"21.04.{_THIS_YEAR - 12}",
    ),
    ("birth_date", f"| Софья | 11 лет | 21.04.{_THIS_YEAR - 11} |", f"21.04.{_THIS_YEAR - 11}"),
    # a text written a year before, the birthday not yet come: two years' slack
    ("birth_date", f"| Софья | 11 лет | 21.04.{_THIS_YEAR - 13} |", f"21.04.{_THIS_YEAR - 13}"),
    # turning an age on a day, said with "будет"
    ("birth_date", "Ярославу 30 сентября будет 9, просил торт.", "30 сентября"),
    # a date with its year's last two digits said: "13 мая 88-го"
    ("birth_date", "Выдумкин родился 13 мая 88-го в Элисте", "13 мая 88-го"),
    ("birth_date", "родилась 2.11.1989 в Курске", "2.11.1989"),
    ("birth_date", "Миша рождён 02.12.2000, в справке так", "02.12.2000"),
    ("birth_date", "она рождена 12.03.1999 в Курске", "12.03.1999"),
    ("birth_date", "Сегодня ему 30. ДР 07.12.1995, а он в СИЗО.", "07.12.1995"),
    ("birth_date", "FN:Нигора\nBDAY:1999-11-26\nEMAIL:x", "1999-11-26"),  # a vCard's field
    # a full date in a column of names, the name's cell going on in the next row
    (
        "birth_date",
        "| ИБ № | ФИО | назначено |\n|---|---|---|\n| 0388/24 | Выдумов Р.И. | кветиапин |\n"
        "| | (11.06.1996) | вальпроат |",
        "11.06.1996",
    ),
    # a recent date after a patronymic, a child's documents listed on the line before
    (
        "birth_date",
        "снилс 000-417-231 05, полис омс 5455. Тестова Ева Антоновна 14.05.2018\n",
        "14.05.2018",
    ),
    # asked with the name, answered with the name first
    (
        "birth_date",
        "0:00:10  Judge: Can he confirm his name and date of birth?\n"
        "0:00:14  Interpreter: He says Testik, third of April nineteen eighty one.\n",
        "third of April nineteen eighty one",
    ),
    # whose it is said by a pronoun or by initials
    ("birth_date", "Гаяне: др у него 22.05.1988 если надо", "22.05.1988"),
    # "born in" and "родился в" before a year, the year's word read whole
    ("birth_date", "[correction: he was born in 1996, before it; delete this]", "1996"),
    ("birth_date", "Он родился в 1996 году в Беслане", "1996 году"),
    ("birth_date", "Она родилась в 1996 г. в Омске", "1996 г."),
    # a particle said in passing between whose it is and the date
    ("birth_date", "гуляем один раз)) ДР у меня всё равно 09.10, отметим", "09.10"),
    # a date on the line after a full name with its patronymic, as a plaque's lines run
    (
        "birth_date",
        "Табличка:\n    ВЫДУМОВ АЙДАР ИЛЬДАРОВИЧ\n    12.03.1996\n    «Ждём»",
        "12.03.1996",
    ),
    # "ДР" and whose it is, then the date
    ("birth_date", "домофон 47К2580; ДР клиента 14.03.1989 — скидка 10% в марте", "14.03.1989"),
    # the birthday as a chat says it
    ("birth_date", "у меня есть фотки с его днюхи 22 октября, могу удалить", "22 октября"),
    # a form's question for several facts of a birth, and the time of the birth after the
    # date or its own cue
    (
        "birth_date",
        "Q1 Date, time and place of birth: 19 Oct 1987, approx 06:10, Kremenchuk",
        "19 Oct 1987",
    ),
    (
        "birth_date",
        "Q1 Date, time and place of birth: 19 Oct 1987, approx 06:10, Kremenchuk",
        "06:10",
    ),
    ("birth_date", "my son Leo, born 2 Aug 2012, 14:35, Poltava", "14:35"),
    ("birth_date", "Дата рождения: 17.08.1996\nВремя рождения: 04:40 (по выписке, точно)", "04:40"),
    # a year in words after a patronymic, on the next line of a speech recogniser's text
    (
        "birth_date",
        "розыск военнослужащего выдумку ион михайлович\nдве тысячи второго года личный номер",
        "две тысячи второго года",
    ),
    # a life's years after a name in capitals, as a headstone's lettering runs, or after
    # their field
    ("birth_date", "Headstone: black granite, «ВЫДУМ ВЫДУМАЎ 1961–2023 · Жыве Беларусь»", "1961"),
    ("birth_date", "ФИО усопшего: Выдумов Джамшед\nГоды жизни: 1998 — 2023\nКомментарий", "1998"),
    # an old date opening the reply to a line that speaks of the date of birth
    (
        "birth_date",
        "[15.03 09:20] Андрей: дату рождения я не знаю\n[15.03 09:21] Оля: 10.12.1987. И",
        "10.12.1987",
    ),
    # a person's date, as an astrologer asks for it
    ("birth_date", "Bohdan called from Dnipro. His date 30.01.1990. He says", "30.01.1990"),
    # the answer in a chat whose sender's name has the day after it
    (
        "birth_date",
        "Дата рождения нужна для договора.\nДавид Выдумян, 12.11: 19 апреля 1991\n",
        "19 апреля 1991",
    ),
    ("birth_date", "Дата рождения у него же 12.03.1990, по паспорту", "12.03.1990"),
    # a birthday's day and month, its year in brackets after them
    ("birth_date", "His birthday is 3 March (1986), I wanted to give it back", "1986"),
    ("birth_date", "His birthday is 3 March (1986), I wanted to give it back", "3 March"),
    ("birth_date", "Дата рождения: 16 мая (1979 г.), место — Орёл", "1979"),
    ("birth_date", "дата рождения у него 03.04.2019, в садик", "03.04.2019"),  # a child's
    ("birth_date", "- Дата рождения К. О.: 09.09.1994 (стр. 5)", "09.09.1994"),
    # another's next, after an aside, by a name of several words
    ("birth_date", "Дата рождения: 09.09.1994 (стр. 5); у Дарьи Лукиной: 30/11/1996", "30/11/1996"),
    ("birth_date", "BDAY;VALUE=date:19991126\n", "19991126"),
    # asked for, and answered in the next message as who said it
    (
        "birth_date",
        "Sam: Andrei's date of birth?\nElena: Гуля сказала 03.07.2001.\nSam: ok",
        "03.07.2001",
    ),
    # answered by an account whose handle has an underscore, a dot or digits
    (
        "birth_date",
        "[18:50] kid: What's Sergei's date of birth? \n[18:51] gross_alex: 05.07.1987. Ok",
        "05.07.1987",
    ),
    ("birth_date", "Mum: his date of birth?\nivan.k84: 12.03.1990\n", "12.03.1990"),
    # a bot's log, its lines opening with a date and a time, its columns parted by "|"
    (
        "birth_date",
        "2024-01-22 10:03 | bot  | Дата рождения получателя?\n"
        "2024-01-22 10:04 | user | 3 июня 1985\n",
        "3 июня 1985",
    ),
    # a list of dates of birth in the heading's sentence, the name after each
    (
        "birth_date",
        "Dates of birth: «03.02.1992» -> 3 February 1992 (Viktor); «19.09.1994» -> x.",
        "3 February 1992",
    ),
    # another person's, named, after a date of birth with its cue
    ("birth_date", "Eszter's date of birth: 1988-04-30. Pavel's: 12 Oct 1985.", "12 Oct 1985"),
    ("birth_date", "Дата рождения Вадима — 21.01.1998, у Павла — 12.10.1985.", "12.10.1985"),
    ("birth_date", "Сын: Выдумкин Пётр Ильич, д. р. 03.03.2002", "03.03.2002"),  # spaced
    # a life's dates on a plate or in an obituary: the first is the date of birth
    ("birth_date", 'Andriy "Bear"\nAugust 2, 1986 - January 17, 2025\nAndriy', "August 2, 1986"),
    ("birth_date", "Павел (2 августа 1986 — 17 января 2025)", "2 августа 1986"),
    ("birth_date", "Табличка: Пётр 11.06.1998 – 02.10.2025. Без звания", "11.06.1998"),
    ("birth_date", "Выдумкин П. И. (12/05/1961—3/11/2024)", "12/05/1961"),
    ("id_number", "COURIER WAYBILL / НАКЛАДНАЯ № 1094000071", "№ 1094000071"),
    ("id_number", "Квитанция о приёме передачи № 000571", "№ 000571"),
    ("id_number", "Постановление об отказе № 41/2-1123-25", "№ 41/2-1123-25"),
    ("id_number", "Электронная повестка № 7700-0000-0012-2026 от", "№ 7700-0000-0012-2026"),
    ("birth_date", "He was born on 14 Feb 1991 in Kursk", "14 Feb 1991"),
    ("birth_date", "DOB: 1991-02-14", "1991-02-14"),
    ("birth_date", "Date of birth: February 14, 1991.", "February 14, 1991"),
    # no cue beside the date: a table's column headed by one, or right after a name
    ("birth_date", "| ФИО | Дата рожд. |\n|---|---|\n| Выдумкин П. | 14.02.1991 |", "14.02.1991"),
    ("birth_date", "| Name | DOB | Unit |\n| Petrov Ivan | 1989-12-03 | x |", "1989-12-03"),
    ("birth_date", "№\tФИО\tг.р.\n2\tВыдумкина О.\t1987\n", "1987"),
    ("birth_date", "# | ФИО | Born |\n\n3 | Выдумкин О. | 17.03.1990 |", "17.03.1990"),
    ("birth_date", "Фамилия;Имя;Дата рождения;Часть\nВыдумов;Пётр;03.11.1999;\n", "03.11.1999"),
    ("birth_date", "name,unit,dob,phone\nPetrov,none,1999-11-03,none\n", "1999-11-03"),
    # the columns named in a line of their own over rows parted by "|"
    (
        "birth_date",
        "Columns: entry / name / DOB / plot\n\nE-1 | VYDUMOV, Ivan | 02/05/1993 | F-14\n",
        "02/05/1993",
    ),
    # a CSV's quoted cell holds commas: the columns are counted past it
    (
        "birth_date",
        'ref,full_name,dob,notes\nA-1,"Vydumov, Ivan",1999-11-03,"fined, left"\n',
        "1999-11-03",
    ),
    # ... and semicolons, which do not make its row one of semicolons
    (
        "birth_date",
        'ref,full_name,dob,notes\nA-1,"Vydumov, Ivan",1999-11-03,"tag; kit = кит; not a typo"\n',
        "1999-11-03",
    ),
    # a doubt between the cue and the date, a child's too
    ("birth_date", "the trip form needs Tima's DOB, I think 14/03/2015? ok", "14/03/2015"),
    ("birth_date", "дата рождения, кажется, 3.05.2014, а прописка", "3.05.2014"),
    # asked for in a chat, then the next message opens with it, whatever follows
    (
        "birth_date",
        "Лев: дай дату рождения, попробую\nayana: 04.04.1998. в/ч не знаем",
        "04.04.1998",
    ),
    ("birth_date", "Д: напиши его дату рождения\nА: 30.06.1999, в/ч 00000 не знаю", "30.06.1999"),
    # whose date of birth it is, between the cue and the date, a child's too
    (
        "birth_date",
        "• св-во о рождении Стёпы, Степан Олегович, 15.06.2019 — для визы",
        "15.06.2019",
    ),
    ("birth_date", "дата рождения сына 15.06.2019, прописка", "15.06.2019"),
    ("birth_date", "родился Степан 15.06.2019 в Ереване", "15.06.2019"),
    # a relative's word between the name and the date in a list's row
    ("birth_date", "— Выдумов Рамиль Эльдарович, сын, 11.01.2003, военнослужащий", "11.01.2003"),
    # asked for as "др?", answered in the chat's next message
    (
        "birth_date",
        "[15.03 09:41] Оля: кто помнит его др? для анкеты\n[15.03 09:44] Вика: 05.08.1990. да",
        "05.08.1990",
    ),
    # a month cut short, with its dot or without
    ("birth_date", "Дата рождения Ивана (со слов жены): 8 апр. 1987. ИНН", "8 апр. 1987"),
    ("birth_date", "Дата рождения: 3 дек 1990, место", "3 дек 1990"),
    # a passport's OCR reading a letter for a digit
    ("birth_date", "Дата рождения/Date of birth 05.1I.1991\nПол", "05.1I.1991"),
    # in a column headed "ДР" alone
    ("birth_date", "№ | ФИО | ДР | телефон\n1 | Выдумов Артур | 03.06.1998 | нет", "03.06.1998"),
    # after "у" and whose it is; a date asked to be confirmed, answered on the next line
    ("birth_date", "И год рождения у Романа 1983, да?\n[12.03.25, 09:47:03] Инна: да", "1983"),
    (
        "birth_date",
        "И год рождения у Романа 1983, да?\n[12.03.25, 09:47:03] Инна: да 29 сентября 83-го",
        "29 сентября 83-го",
    ),
    # asked to be checked, given in reply after words of a correction
    (
        "birth_date",
        "Полина: дату рождения Глеба проверь, у тебя 30.07 было\nНина: ой. ну да. 30.06.97",
        "30.06.97",
    ),
    # a season's or a month's year further on in a date of birth's sentence
    ("birth_date", 'd.o.b. she does not remember "exactly" — "winter 1986".', "winter 1986"),
    ("birth_date", "Дата рождения точно не помнит — зимой 1986-го.", "зимой 1986-го"),
    ("birth_date", "Husband, d.o.b. not known exactly — March 1986.", "March 1986"),
    # a first name, a comma and the year with "года", its item ending there
    ("birth_date", "говорит «Егор, 1998 года, воинская часть...». Дальше", "1998"),
    # "ГР" heads a sports list's years of birth
    ("birth_date", "Ст.№ | Фамилия, имя | ГР | Квал\n101 | Выдумян Гайк | 1996 | КМС", "1996"),
    # a child's recent one, whose child said before the name or between it and the date
    ("birth_date", "свид. о рождении (дочь Даша Выдумова, 14.05.2015) | ru", "14.05.2015"),
    ("birth_date", "— Выдумов Тимур, сын, 11.01.2016, школа № 4", "11.01.2016"),
    ("birth_date", "with her son Timur Vydumov (01.02.2016) at the desk", "01.02.2016"),
    (
        "birth_date",
        "свидетельство о рождении Артема в личном деле (Артем, 14.05.2017). Уроки",
        "14.05.2017",
    ),
    # a date of birth said again with no cue, in another line and shape
    ("birth_date", "DOB: 14/03/2015.\n[20:22] Даша: Тимофея записали 14.03.2015 да", "14.03.2015"),
    # ... or with its month's name, and the other way round
    (
        "birth_date",
        "Рустам: дату рождения мамину знаешь? для анкеты. 11.06.1964?\nМама: 11 июня 1964, да.",
        "11 июня 1964",
    ),
    ("birth_date", "Born 3 March 1990.\nLater the form said 03/03/1990 again.", "03/03/1990"),
    ("birth_date", "DOB 03.03.1990. Mum wrote March 3, 1990 on the card.", "March 3, 1990"),
    # asked, and given in the next sentence of the same message
    ("birth_date", "Did they ask for his DOB? Make sure it's 09.09.1993 everywhere", "09.09.1993"),
    # asked in a chat, answered with the field's word first
    (
        "birth_date",
        "[15.11 09:10] Ева: нужна фото и дата рождения? или без даты\n"
        "[15.11 09:14] Людмила В.: дата 02.02.1999, фото пришлю",
        "02.02.1999",
    ),
    # asked, then answered aloud, the day as a number; answered after a bare time stamp
    (
        "birth_date",
        "AGENT: Date of birth?\nCUSTOMER: Nineteen of April, eighty-nine. 19.04.1989.\nAGENT: Ok",
        "Nineteen of April, eighty-nine",
    ),
    (
        "birth_date",
        "08:42  Agent (Tom): Can you confirm your date of birth?\n08:43  Customer: 19.10.2013\n",
        "19.10.2013",
    ),
    # Polish: "ur." (urodzony), "data urodzenia"
    ("birth_date", "Wniosek: VYDUMSKI Artur, ur. 14.06.2011, Sankt Petersburg", "14.06.2011"),
    # a JSON record's key
    ("birth_date", '{"victim":"Выдумов Айдыс","victim_dob":"11.06.1998","unit":"x"}', "11.06.1998"),
    ("birth_date", '{"subject":"VYDUMOV, Elnur","subject_dob":"1991-04-08",', "1991-04-08"),
    ("birth_date", '{"child":"Выдумов Тимур","child_dob":"10.10.2016"}', "10.10.2016"),
    ("birth_date", "Дата рождения 1991-02-14. Потом он сказал: родился 14.02.1991", "14.02.1991"),
    # the month written by name in the column's cells
    (
        "birth_date",
        "| Guest | Date of birth |\n|---|---|\n| Vydumska A. | 15 May 1972 |",
        "15 May 1972",
    ),
    ("birth_date", "| ФИО | Дата рождения |\n| Выдумов П. | 3 мая 1990 г. |", "3 мая 1990"),
    ("birth_date", "| Name | DOB |\n| Petrov I. | May 15, 1972 |", "May 15, 1972"),
    # a column of years of birth: "YOB", "г/р"
    ("birth_date", " No | Surname, name   | YOB  | card\n 1  | PETROV Ivan     | 1974 | x", "1974"),
    ("birth_date", "| № | ФИО | г/р | статья |\n| 1 | Выдумов П. | 1985 | 337 |", "1985"),
    # a year among a header's words makes no row of data of it
    (
        "birth_date",
        "№ | ФИО | дата рожд. | взнос 2024\n1 | Цой Э. | 22.06.1961 | 1200",
        "22.06.1961",
    ),
    ("birth_date", "| Name | DOB |\n| Petrov I. | 15-Mar-1985 |", "15-Mar-1985"),
    # a CSV's column named with "_др" after a word and an underscore
    ("birth_date", "рег_ид;парт_фам;парт_др;клуб\nR-2291;Выдумов;1999-07-12;Пульс", "1999-07-12"),
    ("birth_date", "Выдумкин Пётр Ильич, 14.02.1991, рядовой", "14.02.1991"),
    ("birth_date", "Petrov I. (03/12/1989) was taken", "03/12/1989"),
    ("birth_date", '"сослуживец","КАПАЕВ А.М.","03.07.1991","не предъявлял"', "03.07.1991"),
    # a CSV's quoted cell holds line breaks: the rows are read as a CSV reader reads them
    (
        "birth_date",
        '"Время";"ФИО";"Дата рождения";"Что случилось"\n'
        '"19.04.2024";"Выдумов В.";"1999-06-23";"Забрали 02.04.\nБабушка, не поняла.\n'
        'Адвокат сказал, подписывать.\nВ части, с братом.\nБили? — не знаю"\n'
        '"20.04.2024";"Выдумов В. Н.";"23.06.99";"СИЗО"',
        "23.06.99",
    ),
    (
        "birth_date",
        "2. Выдумская Эва (VYDUMSKA EWA), паспорт Польши EK 0004719, 15.06.1996",
        "15.06.1996",
    ),
    ("birth_date", "Выдумкин П.И. – 3.12.1989", "3.12.1989"),
    # a list's row that names a document and shows none, the date said in its place, the
    # name written as the person wrote it
    (
        "birth_date",
        "Игроки:\n1. Выдумов Пётр — паспорт МР0000417\n2. выдумова яна — «паспорт забыл», "
        "со слов: 20.11.1996",
        "20.11.1996",
    ),
    ("birth_date", "3. Petrova Anna - passport left at home, said 03.02.1991", "03.02.1991"),
    # a year after a patronymic, a square bracket closing the item (a footnote's mark after)
    ("birth_date", "sent via FSIN-pismo to: [Vydumov Georgy Alanovich, 1991]³.", "1991"),
    # a date of birth's digits summed one by one, as numerology works out a life path
    ("birth_date", "Life path (his): 1+4+0+8+1+9+9+0 = 32 → 5.", "1+4+0+8+1+9+9+0"),
    # a year given further on in a date of birth's sentence, after a verb of saying
    ("birth_date", "Boris's date of birth is not in the raport; the sister gave 1987.", "1987"),
    ("birth_date", "Дату рождения не знаем, мать назвала 1987, но не уверена", "1987"),
    # a list's row of fields between dashes, a document after the date
    (
        "birth_date",
        "Экипаж:\n1. Тимофей Выдумов — капитан — 19.01.1972 — паспорт 45 00 000417",
        "19.01.1972",
    ),
    # a delivery's date, the child's date of birth
    ("birth_date", "Поступила 04.11.2023 22:40. Роды 05.11.2023 в 06:05, срочные.", "05.11.2023"),
    ("birth_date", "Baby delivered on 05/11/2023 at 06:05, 3,2 kg", "05/11/2023"),
    # Romanian's: "n." before a full date
    ("birth_date", "1) Popa Cristian — n. 14.03.2012, IDNP 2012004170011", "14.03.2012"),
    # Serbian's: "рођ."
    ("birth_date", "[03 Feb 2025, 11:40] Ana: Sofya, рођ. 02.09.1996, пасош РФ", "02.09.1996"),
    # a full date after "он" ending its item, in a chat's answer
    ("birth_date", "[19.10.24, 20:26] Ира: сейчас. он 14.03.1988. сам бы все сделал", "14.03.1988"),
    # German's cue: "geb."
    ("birth_date", "Boris, geb. 07.07.1989. Я хочу знать", "07.07.1989"),
    # an identity card's field in the languages of the region and of where people flee to
    *(
        ("birth_date", text, text.split(" ")[-1].rstrip(","))
        for text in (
            'read from photo: "ΑΔΕΙΑ ... AFM ... ημ. γέννησης 19/10/2004',
            "Kimlik: Doğum tarihi: 12.03.1990",
            "Asmens kodas ..., gimimo data 1990-03-12",
            "Jan Vydumek, nar. 3.4.1990,",
            "Marie Vydum, née le 12/03/1988",
            "Fecha de nacimiento: 05/06/1991",
            "Geboortedatum 01-02-1985",
            "Syntymäaika 12.3.1990",
            "Выдумаў Іван, дата нараджэння 12.03.1990",
            "დაბადების თარიღი 12.03.1990",
        )
    ),
    # a plural heading, its aside in brackets, the dates on the line under it
    (
        "birth_date",
        "3. Dates of birth (we bring a cake at midnight)\n   T. 09.05.1993 / A. 30.12.1996\n",
        "30.12.1996",
    ),
    # after the patronymic, the surname, and a married name: a date said in words
    (
        "birth_date",
        "«Ирини Ивановна Выдумиди, по мужу Хараламбус, двадцать второго февраля семьдесят"
        " девятого года, паспорт гражданки Кипра K 000 416 CY»",
        "двадцать второго февраля семьдесят девятого года",
    ),
    ("birth_date", "Анна Петровна Выдумова (урожд. Вебер) 12.03.1961", "12.03.1961"),
    # a newborn's tag: the baby's sex, or the weight and length at birth, beside the date
    (
        "birth_date",
        "На фото бирка: «Выдумова Екатерина Р., дев., 16.07.23 02:10, 3450/52»",
        "16.07.23",
    ),
    ("birth_date", "It is a boy, 14.03.2024 at 06:05, 3.2 kg 51 cm!", "14.03.2024"),
    ("birth_date", "Злата родилась! 16.07.2023, 3450 г, 52 см", "16.07.2023"),
    # a year in a bracket right after the cue
    (
        "birth_date",
        "Письма — на ФСИН-письмо, фамилия, имя, отчество, год рождения (1996). Потом",
        "1996",
    ),
    # where it is written, a line broken among the words, as an e-mail wraps its lines
    (
        "birth_date",
        "Robert's date of birth on\n   his papers is 2 April 1994 (02/04/1994). His",
        "2 April 1994",
    ),
    # a year right after a surname and its initials, a space between: a chest tag, a cross
    ("birth_date", "the chest tag from the colony: «ВЫДУМ Э.В. 1969 отр. 4». Asked", "1969"),
    ("birth_date", 'a wooden cross marked only "Vydumov V. I. 1996". Burial', "1996"),
    # a year alone after a first name and a surname, either first, ending its item
    ("birth_date", "Я вам писала, Alexander Vydumov, 1984. Паспорт его у следователя", "1984"),
    ("birth_date", "Список: Выдумов Иван, 1991; Выдумова Анна", "1991"),
    # the surname first in Latin letters, in quotes; a surname's shape after a first name
    # no table lists
    ("birth_date", "там список, там «Vydumanu Ion, 1998». Писали 2 раза", "1998"),
    ("birth_date", "Тел. Гранта 8 918 000 77 45. Грант Выдумян, 1958.", "1958"),
    # a date a personal code of the same text holds in its digits: the date of birth it gives
    (
        "birth_date",
        "Her personal code is 41501150000.\nNov 6. Granny's code — so 15 Jan 1915, matches her "
        "grave.",
        "15 Jan 1915",
    ),
    (
        "birth_date",
        "1. Выдумов — асабісты № 3120590А000РВ3. Приехал 12.05.1990 в Минск",
        "12.05.1990",
    ),
    ("birth_date", "Code 150115-10417 (Latvia). Arrived 15.01.1915.", "15.01.1915"),
    ("birth_date", "ПИН 21505199500417. Потом 15 мая 1995 года", "15 мая 1995"),
    # a document between them, named as people say it or by its number alone
    ("birth_date", "Выдумова Елена Андреевна, загран 75 0004412, 02.02.1990.", "02.02.1990"),
    ("birth_date", "Petrov Ivan Ilyich, 4510 000123, 12.05.1993", "12.05.1993"),
    ("birth_date", "Ой, сюда. Выдумов Леонид Сергеевич 04.04.2001, паспорт", "04.04.2001"),
    ("birth_date", "ФИО: ВЫДУМОВА Марина Сергеевна (дев. Гончар), 11.11.1986", "11.11.1986"),
    ("birth_date", "Крещён: Выдумов Аарне, род. 19.08.1991, взрослый", "19.08.1991"),
    # asked (the question's line going on), then answered first thing in the next message
    (
        "birth_date",
        "[16.05.25, 00:07] Дэн: кто знает его д.р.? адвокат спрашивает\n"
        "[16.05.25, 00:08] Ната Выдумова: 19.12.1997. Николай, паспорт 76 0002914",
        "19.12.1997",
    ),
    # a cue inside a note in brackets is no chat's time stamp
    ("birth_date", "Фото. [Мой брат. Дата рождения на стеле 14.02.2002 — так]", "14.02.2002"),
    # asked, then answered by a speaker whose language the transcript marks, twice over
    (
        "birth_date",
        "JR: And his date of birth?\nYP [RU]: Eleventh of August ninety-one. 11/08/1991.\n",
        "Eleventh of August ninety-one",
    ),
    (
        "birth_date",
        "JR: And his date of birth?\nYP [RU]: Eleventh of August ninety-one. 11/08/1991.\n",
        "11/08/1991",
    ),
    ("birth_date", "Список: ВЫДУМОВ Леонид 04.04.2001; Outis Nemo 05.05.1999", "04.04.2001"),
    ("birth_date", "найти Петра Выдумкина, 1998-05-30, рядового", "1998-05-30"),  # ISO
    # a database's column names join words with "_"
    ("birth_date", '"id";"фио";"д_р";"в_ч"\n"7";"Выдумкин П.";"1990-01-02";"x"\n', "1990-01-02"),
    ("birth_date", "id,date_of_birth,full_name,unit\n7,02/01/1990,Petrov I.,x\n", "02/01/1990"),
    # a date in words that starts near the cue and ends beyond its reach
    (
        "birth_date",
        "Для плиты спросили дату рождения деда прописью, и я продиктовала: "
        "третьего марта сорок восьмого. Так?",
        "третьего марта сорок восьмого",
    ),
    # whose date it is in brackets; a question answered in the next sentence; "г. рождения"
    ("birth_date", "Дата рождения ребёнка (журнал): 03.06.2020\n", "03.06.2020"),
    (
        "birth_date",
        "Дата рождения мужа нужна для письма? Пишу: 9 июня 1983 г., рядовой",
        "9 июня 1983 г.",
    ),
    (
        "birth_date",
        "Осуждённый Выдумов П. А., 17 апреля 1992 г. рождения, отряд № 6",
        "17 апреля 1992",
    ),
    # asked for in a chat and answered in the next message; a full date further on
    (
        "birth_date",
        "[07:40] Вадим: надо знать год рождения. Пётр 1979?\n[07:41] Анна В.: 04.09.1979. Всё.",
        "04.09.1979",
    ),
    # a JSON key; a birth certificate's date in its sentence
    ("birth_date", '{\n  "full_name": "V. P.",\n  "date_of_birth": "1994-06-23",\n}', "1994-06-23"),
    (
        "birth_date",
        "полиция спрашивала свидетельство о рождении, там 08.02.2010 — это правильно",
        "08.02.2010",
    ),
    # a table with two columns of dates of birth, and a sub-heading between its rows
    (
        "birth_date",
        "| № | партнёр | д.р. | партнёрша | д.р. |\n|---|---|---|---|---|\n"
        "| 1 | Выдумов М. | 11.03.2012 | Небылицына О. | 27.07.2013 |\n\n"
        "Ю-2 (14–15 лет), класс C\n\n| 3 | Сказкин А. | 22.06.2010 | Былина В. | 30.04.2011 |\n",
        "30.04.2011",
    ),
    (  # the date said again as three numbers on its line
        "birth_date",
        "AGENT: His date of birth?\nCALLER: The fourteenth of March, nineteen ninety. "
        "Fourteen, three, ninety.\nAGENT: Thank you.",
        "Fourteen, three, ninety",
    ),
    ("birth_date", "Дата рождения: 14.03.1990, то есть 14, 3, 90.", "14, 3, 90"),
    (  # asked for without a question mark, given alone in the next message
        "birth_date",
        "[19.09 07:42] Зоя: Рамиль, напиши ещё дату рождения, она просила\n"
        "[19.09 07:43] Ramil Vydumov: 24.06.97\n[19.09 11:20] Зоя: записала",
        "24.06.97",
    ),
    (
        "birth_date",
        "[19.09 07:42] Зоя: Рамиль, напиши ещё дату рождения, она просила\n"
        "[19.09 07:43] Ramil Vydumov: 24.06.97",
        "24.06.97",
    ),
    (
        "birth_date",
        "The club asked us not to publish his date of birth on the results page or anywhere "
        "else; we removed it (it was 14/02/1991 in the list).",
        "14/02/1991",
    ),
    # a Roman numeral for the month
    ("birth_date", "должник: Выдумов В. С., b. 12.III.1988, адрес: г. Подольск", "12.III.1988"),
    ("birth_date", "родился 5.XI.1979 в Курске", "5.XI.1979"),
    # a form's dot leaders between the field and its date
    ("birth_date", "Surname ...... Vydumov\nDate of birth ........ 17.08.1961\nNo.", "17.08.1961"),
    # the day and month of a birthday: half of a date of birth
    ("birth_date", "Завтра у сына 20-й день рождения, 3 апреля. Торт куплю.", "3 апреля"),
    ("birth_date", "It is his 20th birthday on 3 April, she wrote.", "3 April"),
    ("birth_date", "mama govorit u vani den rozhdeniya 14 fevralya, kupit podarok", "14 fevralya"),
    ("birth_date", "3 апреля у него день рождения.", "3 апреля"),
    ("birth_date", "Мама. 15.08.92 — не забудь, день рождения у тебя, отметим", "15.08.92"),
    # a date of birth's own cue, the year left out: the day and month are half of it
    ("birth_date", "Дата рождения: 16 мая. Год не помнит.", "16 мая"),
    ("birth_date", "дату рожд. сам путает («в мае, 16-го кажется»)", "мае, 16-го"),
    ("birth_date", "DOB: 3 March, year unknown.", "3 March"),
    # a family tree's birth event (GEDCOM)
    (
        "birth_date",
        "0 @I1@ INDI\n1 NAME Jan /Vydum/\n1 BIRT\n2 PLAC Riga\n2 DATE 12 MAR 1961\n",
        "12 MAR 1961",
    ),
    # a cue after the date, as a printed form has it
    ("birth_date", "сына Выдумкина, ____ 23.07.2002 ____ года рождения, рядового", "23.07.2002"),
    ("birth_date", "Выдумкин П., 12.03.1990 г. р., рядовой", "12.03.1990"),
    ("birth_date", "Выдумкин П., 1990 года рождения, рядовой", "1990"),
    # a form's blank between the cue and the date, and spaced separators
    ("birth_date", "Date of birth / Дата рождения: ___ 30 / 01 / 1991 ___", "30 / 01 / 1991"),
    ("birth_date", "Дата рождения ребёнка: ________ 30.01.2019 ________", "30.01.2019"),
    ("birth_date", "Дата рождения: ________ 30.01.2019 ________", "30.01.2019"),
    # the participle, as a verdict or a form writes it
    (
        "birth_date",
        "Выдумкина П. И., родившегося 11 марта 2001 года в с. Кули",
        "11 марта 2001 года",
    ),
    # "b." before a date; a date before "родился" on its line (a chronology's row)
    ("birth_date", "Ivan Vydumkin (Иван Выдумкин), b. 09.05.2002, unit 04719", "09.05.2002"),
    ("birth_date", "Выдумкин Лев Ильич, р. 04.08.1998 (Лёва) — задержан", "04.08.1998"),
    ("birth_date", "| 02.06.1991 | Выдумкин Пётр родился в Каховке | [1] |", "02.06.1991"),
    ("birth_date", "On 14.02.1991 he was born in Kursk.", "14.02.1991"),
    # the day in quotes, as forms print it
    ("birth_date", "дата рождения  «23» января 1997 г.", "«23» января 1997 г."),
    # the cue in Latin letters, and an old date further on in the cue's sentence
    ("birth_date", "Data rozhdeniya v protokole oshibochnaya, 04.07.1996.", "04.07.1996"),
    ("birth_date", "His date of birth, as the list gives it, is 03/12/1989.", "03/12/1989"),
    ("birth_date", "У него день рождения 5 мая, он 1990 года, 05.05.1990.", "05.05.1990"),
    # after a verb between the cue and the date, a child's too
    ("birth_date", "Adam's date of birth is 14.01.2016 in the certificate", "14.01.2016"),
    ("birth_date", "дата рождения указана 03.05.2019, а в справке другая", "03.05.2019"),
    ("birth_date", "сын Ванечка (4 года), ДР Вани — 11.11.2020, нужен для лагеря", "11.11.2020"),
    # where it is written and a verb, between the cue and the date, a child's too
    ("birth_date", "Дата рождения Амира в заявлении стоит 29.06.2021, проверьте.", "29.06.2021"),
    ("birth_date", "Tima's DOB on the form is 03/04/2015.", "03/04/2015"),
    # whose it is and how it is wrong, a few words, then the verb; the date put right after
    (
        "birth_date",
        "А дата рождения у Тимы неправильно стоит, 11.04.2014, а надо 14.04.2014",
        "11.04.2014",
    ),
    (
        "birth_date",
        "А дата рождения у Тимы неправильно стоит, 11.04.2014, а надо 14.04.2014",
        "14.04.2014",
    ),
    ("birth_date", "DOB on the visa form is 01.02.2015, should be 02.01.2016.", "02.01.2016"),
    # right after a patronymic, an old date or one in words, and said again after it
    (
        "birth_date",
        "бумага на выдумкина артема сергеевича семнадцатое мая две тысячи четвертого года",
        "семнадцатое мая две тысячи четвертого года",
    ),
    (
        "birth_date",
        "на выдумкина артема сергеевича, 17.05.2004, так и написано 17 мая 2004 и явиться",
        "17 мая 2004",
    ),
    # asked in a dialogue, answered on the next line after an account's label or whose it is
    (
        "birth_date",
        "Bot: Child's date of birth?\nUser (vydumka_k): 14.01.2025\nBot: ok",
        "14.01.2025",
    ),
    (
        "birth_date",
        "[10:11] Оператор: нужны её данные: дата рождения и адрес.\n[10:12] Stas D.: мама "
        "07.01.1951, Омск",
        "07.01.1951",
    ),
    # after a patronymic in Latin letters, as an interpreter renders it; a recent date
    # between a patronymic and an identity document is a person's record
    (
        "birth_date",
        "INT: Vydumova, Malika Viskhanovna, thirtieth of March 1995.",
        "thirtieth of March 1995",
    ),
    (
        "birth_date",
        "3. ВЫДУМОВА СОФИЯ КИРИЛЛОВНА, 29.04.2019, загранпаспорт 76 0000902",
        "29.04.2019",
    ),
    (  # a birth certificate abbreviated; whose kin the person is, between
        "birth_date",
        "2. Выдумович Ярослав Юрьевич, 17.06.2016, свид. о рожд. I-ПР № 000413",
        "17.06.2016",
    ),
    ("birth_date", "VYDUMOVA ZAINAB RASULOVNA, child, 10.10.2014\nStatus: late", "10.10.2014"),
    # another person's given right after, the cue left out
    ("birth_date", "Дата рождения Вадима — 21.01.1998. Моя — 09.09.2015, если надо.", "09.09.2015"),
    ("birth_date", "DOB 03.05.1990, mine is 12.12.2012.", "12.12.2012"),
    # a surname and its initials, then an old date, in a list pasted into a chat
    ("birth_date", "Кидаю: Выдумарь К.Н. 14.06.1987, Небылов Д.Р. 02.11.1992", "14.06.1987"),
    # a heading for many people's birthdays: each date after a name, a child's too
    ("birth_date", "Birthdays for the wall: Outis 04.05.2012, Nemo 19.01.2016.", "19.01.2016"),
    (
        "birth_date",
        "Дни рождения детей:\n- Выдумкин — 04.05.2012\n- Ноунеймова 19.01.2016",
        "19.01.2016",
    ),
    ("birth_date", "Даты рождения: В. 04.05.2012; Н.А. 19.01.2016", "19.01.2016"),
    # a list of someone's children: a date after each name, a year in brackets after it
    ("birth_date", "Дети: Матвей, 11.09.2015; Таисия, 30.05.2019", "30.05.2019"),
    ("birth_date", "| Children: Outis, SNEZHANA (2016); Outis, NAZAR (2020) | Father", "2020"),
    # the fields each item gives in brackets, a date of birth among them
    (
        "birth_date",
        "6. Children (name, DOB): Outis Ali, 03.09.2016; Outis Amina, 22.01.2019",
        "22.01.2019",
    ),
    ("birth_date", "Дети (ФИО, дата рождения): Выдумов Али, 03.09.2016", "03.09.2016"),
    ("birth_date", "Children (name, DOB):\nAli, 03.09.2016\nAmina, 22.01.2019", "22.01.2019"),
    # the day someone turned an age: half of a date of birth
    ("birth_date", "Русик там уже год. 09.09 ему 28 исполнилось, а мы", "09.09"),
    ("birth_date", "On 3 May she turned 40 in detention.", "3 May"),
    # a child's, right after the cue: a party's date is this year's or the two before
    (
        "birth_date",
        "Егор говорит, горшок ему на день рождения 02.12.2014 обещали",
        "02.12.2014",
    ),
    # a later date of the same year in that sentence: the birth date read another way
    ("birth_date", "Data rozhdeniya oshibochnaya: 04.07.1996 vmesto 07.04.1996.", "07.04.1996"),
    ("birth_date", "дата рождения 14.02.1991 (в приговоре 14.12.1991)", "14.12.1991"),
    # a date in words
    (
        "birth_date",
        "His birthday is in it, fourteenth of June eighty-nine.",
        "fourteenth of June eighty-nine",
    ),
    (
        "birth_date",
        "born on the third of May, nineteen ninety-one",
        "the third of May, nineteen ninety-one",
    ),
    (
        "birth_date",
        "родился четырнадцатого июня восемьдесят девятого года",
        "четырнадцатого июня восемьдесят девятого года",
    ),
    (
        "birth_date",
        "дата рождения двадцать третье января две тысячи третьего",
        "двадцать третье января две тысячи третьего",
    ),
    # "birth" right before a date, and another child's date given next "for" a name
    ("birth_date", "The PESEL for Kuba gives birth 17.03.2015; for Ola", "17.03.2015"),
    ("birth_date", "date of birth 17.03.2015; for Ola 25.08.2018. Mrs", "25.08.2018"),
    ("birth_date", "дата рождения 17.03.2015, для Оли 25.08.2018 тоже", "25.08.2018"),
    # an age on a day: the day and month of a birthday
    ("birth_date", "a mermaid for my daughter Lotta, 7 years on 14 March. We", "14 March"),
    ("birth_date", "she will be 7 on 14 March, so", "14 March"),
    ("birth_date", "ей будет 7 лет 14 марта, праздник", "14 марта"),
    # an engraving's first name and its date or year: a date of birth, a child's too
    ("birth_date", "Engraving: her ring — «Роман 27.04.1997»  ← insisted", "27.04.1997"),
    ("birth_date", 'Engraving on tag: "Paul 1996 Krasnoyarsk" — polish it', "1996"),
    ("birth_date", 'Engraving on tag: "T.W. 1996 Красноярск" — polish it', "1996"),
    ("birth_date", "ТЕКСТ, зак. 0417:  АРКАДИЙ / 03.02.2015 / ЭК 000417", "03.02.2015"),
    ("birth_date", "Текст: «Roman 14 IV 2001» + «Matka», strzeż go", "14 IV 2001"),
    ("birth_date", 'Plaque text (max 60): "Anton · 22.10.1986 · we wait"', "22.10.1986"),
    ("birth_date", 'Plaque text: "Kirill 1994–2024. Died in custody"', "1994"),
    # a day and a month in Roman numerals before the birthday's word
    ("birth_date", "Прим.: «14 IV» — это день рождения сына", "14 IV"),
    # years of life further on in the cue's sentence: the first is the year of birth
    ("birth_date", 'We\'ll remove the date of birth and show "1971 – 2024". We', "1971"),
    # the day someone comes of an age, and an age said before "будет" after whose it is
    ("birth_date", "consent, as you are under 18 until 21.09.2025. Kind", "21.09.2025"),
    ("birth_date", "Насти 18 будет только в сентябре, да, 21.09. Мне", "21.09"),
    # a number's "No." inside the cue's field ends no sentence
    (
        "birth_date",
        "date of birth per his passport (series 4509 No. 000417): 7 April 1993. Next",
        "7 April 1993",
    ),
    # a year said in words right after its cue, a telegram's capitals too
    ("birth_date", "ВОЗМОЖНА ОШИБКА ГОДА РОЖДЕНИЯ ДВЕ ТЫСЯЧИ ТРЕТИЙ ТЧК", "ДВЕ ТЫСЯЧИ ТРЕТИЙ"),
    ("birth_date", "year of birth: two thousand and three, he says", "two thousand and three"),
    (
        "birth_date",
        "ДАТА РОЖДЕНИЯ ДВАДЦАТОЕ МАЯ ДВЕ ТЫСЯЧИ ТРЕТЬЕГО ТЧК",
        "ДВАДЦАТОЕ МАЯ ДВЕ ТЫСЯЧИ ТРЕТЬЕГО",
    ),
    ("id_number", "трек RA000123456RU", "RA000123456RU"),
    ("id_number", "посылка EE 000 123 456 RU дошла", "EE 000 123 456 RU"),
    ("id_number", "трек-номер 80080012345678", "80080012345678"),
    ("id_number", "tracking: 8008 0012 3456 78", "8008 0012 3456 78"),
    ("id_number", "на ЮMoney 4100 1111 2222 333, спасибо", "4100 1111 2222 333"),
    ("id_number", "кошелёк 410011112222333", "410011112222333"),
    ("id_number", "Дело № 1-234/2024 рассматривал", "№ 1-234/2024"),
    ("id_number", "по делу 2024-1234 его вызвали", "2024-1234"),  # no month after the year
    ("id_number", "по делу 2-1045/2023 суд", "2-1045/2023"),
    ("id_number", "протокол АА 0001234 составил", "АА 0001234"),
    # a protocol's region before its series letters, and "прот." as a form's column writes it
    ("id_number", "протокол 61 АГ 123456 от 12.03", "61 АГ 123456"),
    ("id_number", "| прот. 15 ЕК 000418 | ст.27.13", "15 ЕК 000418"),
    ("id_number", "протокол серии 15 ЕК № 000418", "15 ЕК № 000418"),
    ("id_number", "case No. 33-1234/2024 was heard", "No. 33-1234/2024"),
]

KEPT = [
    "Дата рождения неизвестна, дата задержания — 12.05.2024.",
    # a delivery's date beside its weight is no newborn's
    "Поставка 12.03.2024 10:00, 3450 кг цемента, 12 мешков.",
    "Визит 15.06.1996, паспорт потерян, 2 человека.",  # no name before the passport
    "Москва, 1998 года. Весна, 1998 года, было тепло",  # no first name before the comma
    # a season's year after the cue's sentence ended, or a recent one
    "Дата рождения неизвестна. Зимой 1995 года переехал; весной 2022 года его забрали.",
    "March 1986 was cold.",  # a month and a year are no month and a day
    # the tag the engine wrote after the cue is its date: what follows is another's
    "born [date of birth] in Tura, Evenkia, called up June 1942 from the office",
    # a question's next sentence that gives another date, no answer's
    "Год рождения? Не помню. Суд был 12 марта 2024 года.",
    # a chat's stamp before a birthday's word is the message's date
    "[12.05.2024 10:00] мама: день рождения у сестры",
    "В 2023 ему исполнилось 40. 09.09 исполнилось полгода, как его забрали.",
    "в отпуске 01.03.2025 – 15.04.2025, потом служил",  # a period, not a life
    "on leave March 1, 2025 - April 15, 2025, then served",  # in words too
    # years after words that are no name, or fewer than a life's: a war's, a post's
    "Second World War (1939–1945) and the Soviet Union (1922–1991)",
    "Великая Отечественная война (1941—1945), архив 2019–2022",
    "Война, 1941–1945; Мариуполь, 1960–2000",  # after a comma, no name before it
    "Памяти павших\n1941 – 1945\n",
    # a list's stars, no cross near after them
    "* 12.03.1994 — встреча\n* 2001 — переезд\n" + "Потом были ещё встречи. " * 6 + "Дед † 2020.",
    "В 2019 году дело закрыли, дело тянулось 3 года.",
    "Протокол на 12 страницах подписали 14.02.2024.",
    "Date of birth unknown, I said no. 12 March 1990 he left.",  # "no." ends a sentence
    "She gave birth 3 times; the birth 2 years ago was hard.",  # "birth" before a count
    # years on something else, a bus's number, people on a day
    "worked there 7 years on and off, 14 March we left; the 7 on 14 March is late",
    "в понедельник будет 5 человек 14 марта",
    "Did they ask for his DOB? No. The hearing was on 09.09.1993 in Omsk",  # two sentences on
    "дату рождения спросим, служил 2015–2019 по контракту",  # a post's years
    "date of birth unknown, the Soviet Union (1922–1991) issued it",  # said unknown
    "Человек 5 будет, 12.03 встреча; children under 12 until 18:00 enter free",
    "протест. 12 АБ 123456",  # no cue: "прот." is the abbreviation ending at its dot
    "Он родился в деревне, а вырос в городе.",
    "The case took 3 years; the protocol was 12 pages long.",
    "Дата суда 14.02.2024, дата приговора позже.",
    "Кошелёк потерялся, в нём было 5000 рублей.",
    "трек из альбома 2019 года",
    # dates with no cue that are no birth dates: recent, in another column, after no name
    "Москва, 12.03.2024. Дорогая редакция!",
    "Его задержали 12.03.1999 в Грозном.",
    "Отчёт, 2025-01-05, за месяц.",  # ISO: recent, after no name
    "дата рождения, кажется, не указана; суд 3.05.2024",  # the doubt, then no date
    "свидетельство о рождении сына от 15.06.2019",  # the certificate's own date
    # a chat's or a log's time stamp is the day a message was sent
    "09/11/2025, 19:16 - мама: помню на дне рождения\n09/11/2025, 19:20 - я: да",
    "[2025-11-04 11:02] me: his passport, born [date of birth]\n[2025-11-04 11:05] ok",
    "16.08.2025 10:11 Вышли к точке. Он родился там.\n16.08.2025 10:12 Пришли.",
    "по списку второй, сын призван 03.02.2023",  # a relative in a sentence: an event
    "День рождения отметили. 12 марта его забрали.",  # another sentence's day
    "Дни рождения отмечали 12.03.2024 всей группой",  # no name before the date
    "дата рождения в паспорте неверная, суд 03.05.2024",  # no verb of writing: the court's
    "Дни рождения детей:\n\nСобрание Выдумкиных 12.03.2026",  # a blank line ends the list
    "Visits (date, room): 03.09.2016; 22.01.2019",  # no date of birth among the fields
    "Дети: двое, 2 и 5 лет. | Поехали в Outis (2016)",  # another cell's year in brackets
    "Дети не приехали: Outis Nemo (2016)",  # no list of children after the word
    "Items: a) DOB, see b): hearing 03.09.2016",  # no field in brackets
    "Дата рождения важна? Вчера, 12 мая 2024 года, пришла повестка.",  # no answer to it
    "Date of birth unknown.\nHe had 3 sons, 2 daughters and 5 grandchildren.",
    "Напиши дату рождения\n[19.09 07:43]: 24.06.2025\n",  # a recent date: no birth
    "Дату рождения пришлю позже.\n[19.09 07:43]: 24.06.97 смена у меня",  # not the reply alone
    "Дату рождения пришлю позже.\nДалее.\n24.06.97\n",  # not the next line
    "0 HEAD\n1 DATE 05 MAY 2025\n0 @I1@ INDI\n1 DEAT\n2 DATE 12 MAR 2019\n",  # no birth
    "Потом, 1998-05-30, пришло письмо.",
    "| Дата | Событие |\n|---|---|\n| 14.02.2022 | задержание |",
    "| Дата рождения | Кто |\n\nПотом, 14.02.1991, пришло письмо.",
    # a row of data that names a birth certificate is no header of the rows below it
    "| 12.03.2024 | суд | копия свидетельства о рождении |\n| 14.05.2024 | иск | 15.05.2024 |",
    "| [дата рождения] | суд |\n| 14.05.2024 | апелляция |",  # the engine's own tag
    "| Год | Born in Kursk | 1987 |\n| Итого | 2023 | 12 |",  # a year: a row of data
    # the day a birthday came round, and dates beyond the cue's sentence or of another year
    f"На день рождения, 12 марта {_LAST_YEAR} года, он позвонил.",
    "On his birthday, the 12th of March 2024, he called.",
    f"Birthdays this month: a cake on 12.03.{_LAST_YEAR} for the whole ward.",  # a party's
    "Родился в Омске. 12.03.1999 его задержали.",
    "Родился в Омске, задержан 3 марта 2023 года.",
    "| 12.03.2023 | задержан. Родился в Омске |",  # a sentence ends between
    "Section 3 b. 2 lists the units.",
    "Заплатили 500 р. 12.03.2024 за посылку.",  # roubles before a recent date
    "Новая Почта, 2 посылки, 12.03.2024, приём.",  # a number between, a recent date
    "Новая Почта 12.03.2024 приняла.",
    "«Выдумов И. С., род. 1912, рабочий»",  # "род." with a year alone: no date
    "JR: Date of birth?\nYP [RU]: Don't know.\nJR: The hearing?\nYP: 11/08/2024.",
    "[00:07] Ната: кто знает его д.р.? адвокат спрашивает\n[00:08] Ната: суд был 19.12.2024.",
    # a date written year first after a case's cue is no case number
    'link them into one file "[name]2025-06.docx" tomorrow',
    "дело от 2025-06-09 закрыли",
    "Дед ушёл на фронт: призван Евпаторийским РВК 23.06.1941, пропал",  # an office
    # a document's issue, its term or its handing in, in a row of the list
    "3. Мой старший — паспорт получил 20.11.1999",
    "4. Её сестра — паспорт продлили до 20.11.1999",
    "5. Мы тогда — документы сдали 20.11.1999",
    # a full date after "он" that goes on as an event's
    "он 14.03.1988 уехал в Тверь",
    "Когда его забрали? он 14.03.2024.",  # a recent date: the event's
    "Date of birth unknown. He said 2022 was hard.",  # said in another sentence
    # a delivery's word with no date right after it
    "Роды прошли хорошо, 12.05.2023 выписали.",
    # a time with no birth before it; a date that is an outing
    "время рождения не знаю, в 10:00 позвоню; his date with her on Friday at 19:30",
    "Дату рождения пришлю позже.\n10.12.2020 была свадьба.",  # a recent date: an event's
]


@pytest.mark.parametrize(("kind", "text", "span"), FOUND, ids=[s for _, _, s in FOUND])
def test_a_record_number_is_found_with_its_exact_span(kind: str, text: str, span: str) -> None:
    hits = [(k, text[s:e]) for _, k, s, e, _ in patterns.run_all(text)]
    assert (kind, span) in hits


@pytest.mark.parametrize(("kind", "text", "span"), FOUND, ids=[s for _, _, s in FOUND])
def test_a_record_number_is_redacted(kind: str, text: str, span: str) -> None:
    assert span not in REDACTOR.redact(text).text


@pytest.mark.parametrize(("kind", "text", "span"), FOUND, ids=[s for _, _, s in FOUND])
def test_the_leak_scan_finds_nothing_once_a_record_number_is_redacted(
    kind: str, text: str, span: str
) -> None:
    """The tag that replaced a number is no number: the final sweep and the gate, which
    read the output with the same recognizers, find nothing in it."""
    redacted = REDACTOR.redact(text).text
    assert REDACTOR.scan_for_leaks(redacted) == []
    assert REDACTOR.redact(redacted).text == redacted


def test_years_after_a_name_fewer_than_a_lifes_are_no_years_of_life() -> None:
    """A post's or a term's years after a name ("Губернатор Выдумкин (2019-2022)") are
    fewer than :data:`MIN_AGE`; a life's are not ("Выдумкин (1950-2020)")."""
    text = "Губернатор Выдумкин (2019-2022) уехал. Выдумкин (1950-2020) остался."
    found = [
        text[s:e] for kind, s, e, _ in birth_dates.find_birth_dates(text) if kind == "birth_date"
    ]
    assert found == ["1950"]


def test_a_first_names_year_with_what_it_is_of_after_it_is_no_year_of_birth() -> None:
    """ "Иван, 1998 года выпуска": the year is the car's, what follows says so."""
    text = "Иван, 1998 года выпуска; Егор, 1998 года, воинская часть"
    found = [text[s:e] for kind, s, e, _ in birth_dates.find_birth_dates(text)]
    assert found == ["1998"] and text.rfind("1998") == text.index(found[0], 20)


def test_a_date_of_another_year_in_the_birth_dates_sentence_is_kept() -> None:
    text = "Дата рождения 14.02.1991, задержан 14.12.2022 в Курске."
    assert (
        REDACTOR.redact(text).text == "Дата рождения [дата рождения], задержан 14.12.2022 в Курске."
    )


@pytest.mark.parametrize("text", KEPT)
def test_dates_years_and_counts_near_the_cue_words_are_kept(text: str) -> None:
    assert REDACTOR.redact(text).text == text


def test_a_named_persons_date_that_follows_no_date_of_birth_is_none() -> None:
    text = "Дата рождения неизвестна. Pavel's flight: 12 Oct 2025, and Anna's 14 Oct 2025."
    assert [k for _r, k, *_ in patterns.run_all(text) if k == "birth_date"] == []


def test_a_date_of_birth_is_tagged_by_default_where_a_date_is_kept() -> None:
    assert KINDS["birth_date"].action == "tag" and KINDS["date"].action == "keep"
    assert Policy.default().action("birth_date") == "tag"
    assert REDACTOR.redact("д.р. 14.02.1991").text == "д.р. [дата рождения]"


def test_eight_digits_are_a_date_of_birth_only_with_a_valid_month_and_day() -> None:
    from intake.redact.birth_cues import find_cued_birth_dates

    def found(text: str) -> list[str]:
        return [text[s:e] for _, s, e, _ in find_cued_birth_dates(text)]

    assert found("19910214 г.р.") == ["19910214"]
    assert found("20231991 г. р.") == []  # month 19


def test_a_date_of_birth_said_again_takes_only_its_own_day_month_and_year() -> None:
    text = "DOB: 14/03/1991.\nЗадержан 14.03.2015, суд 15.03.1991, потом 14.03.1991."
    redacted = REDACTOR.redact(text).text
    assert redacted == (
        "DOB: [дата рождения].\nЗадержан 14.03.2015, суд 15.03.1991, потом [дата рождения]."
    )


def test_a_date_of_birth_said_again_with_its_years_last_two_digits_is_found() -> None:
    """ "21.09.2001" ... "(21.09.01)": the same date of birth, its year cut to two digits;
    another day of that year, and a chat's stamp on the birthday, keep their dates."""
    text = (
        "Дата рождения 21.09.2001.\n21.09.01, 10:05 - Оля: уточнить ДР Марка (21.09.01)."
        " Занятие 22.09.01 отменили."
    )
    assert REDACTOR.redact(text).text == (
        "Дата рождения [дата рождения].\n21.09.01, 10:05 - [имя]: уточнить ДР [имя]"
        " ([дата рождения]). Занятие 22.09.01 отменили."
    )
    text = "Дата рождения 12.03.1996.\nЗаказчица: дату оставьте, 12 марта 96"
    assert REDACTOR.redact(text).text.endswith("дату оставьте, [дата рождения]")


def test_a_date_of_births_day_and_month_said_again_with_the_months_name_is_found() -> None:
    """ "д.р. 18.11.1992" ... "торт ему на 18 ноября", "on November 18": the day it comes
    round, a cake on its line; another day, the same day of another year and the same day
    with nothing celebrated keep their dates."""
    text = (
        "Примечание: д.р. 18.11.1992 — со слов матери.\n"
        "14.11 10:16 Нино: торт ему на 18 ноября. Суд 19 ноября. On November 18 we bake;"
        " the hearing was on 18 November 2023.\nЗаседание перенесли на 18 ноября, зал 4."
    )
    assert REDACTOR.redact(text).text == (
        "Примечание: д.р. [дата рождения] — со слов матери.\n"
        "14.11 10:16 [имя]: торт ему на [дата рождения]. Суд 19 ноября. On [дата рождения] we"
        " bake; the hearing was on 18 November 2023.\nЗаседание перенесли на 18 ноября, зал 4."
    )


def test_a_date_with_its_years_last_two_digits_after_a_name_is_a_date_of_birth() -> None:
    """A form filled in by hand: a name, a comma and the date of birth with a short year;
    a recent date after a name is a message's day."""
    text = "Я заполнил сам: Выдумова Камила, 09.08.12, 0004172. Маша, 12.05.25 в 10:00 писала"
    assert REDACTOR.redact(text).text == (
        "Я заполнил сам: [имя], [дата рождения], 0004172. Маша, 12.05.25 в 10:00 писала"
    )


def test_a_date_of_births_year_said_again_where_a_paper_is_spoken_of_is_found() -> None:
    """ "в паспорте был 1987", "Пишите 1987", "the 1939 date": the year of birth again; the
    same year as an event's ("В 1987 году мы жили", "In 1939 the war began") is kept."""
    text = (
        "Дата рождения 14.02.1987. В паспорте был 1987, пишите 1987. В 1987 году мы жили"
        " в Грозном.\nBorn 05.08.1939. The 1939 date for your father. In 1939 the war began."
    )
    redacted = REDACTOR.redact(text).text
    assert redacted == (
        "Дата рождения [дата рождения]. В паспорте был [дата рождения], пишите [дата рождения]."
        " В 1987 году мы жили в Грозном.\nBorn [дата рождения]. The [дата рождения] date for"
        " your father. In 1939 the war began."
    )


def test_a_day_and_month_early_in_the_reply_to_a_message_on_a_date_of_birth_is_one() -> None:
    """ "И дату рождения можно мелко, если хотите." / "Нет, пусть будет. 14 февраля, ...": the
    next message gives the day; after a message on a birthday's party, a day is a visit's."""
    text = (
        "[12.06 11:05] Ира: Поняла. И дату рождения можно мелко, если хотите.\n"
        "[12.06 11:20] Гуля: Нет, пусть будет. 14 февраля, он у нас валентинка был ))\n"
        "[12.06 11:22] Ира: Можно. С днём рождения его поздравили?\n"
        "[12.06 11:30] Гуля: да, приеду 15 марта, обсудим\n"
    )
    redacted = REDACTOR.redact(text).text
    assert "14 февраля" not in redacted and "приеду 15 марта" in redacted, redacted


def test_a_year_just_off_the_year_of_birth_set_against_it_is_a_wrong_version_of_it() -> None:
    """ "как в паспорте, 17.11.1954, а не как ты всегда пишешь «1955»": the year the mother
    writes instead; a year near it set against another year is an event's."""
    text = (
        "Мама, дату рождения впиши как в паспорте, 17.11.1954, а не как ты всегда пишешь"
        " «1955»!! В 1955 году переехали, а не в 1956; we met in 1955, not before. Дом купили"
        " в 1953, а не в 1956."
    )
    assert REDACTOR.redact(text).text == (
        "Мама, дату рождения впиши как в паспорте, [дата рождения], а не как ты всегда пишешь"
        " «[дата рождения]»!! В 1955 году переехали, а не в 1956; we met in 1955, not before."
        " Дом купили в 1953, а не в 1956."
    )


def test_a_date_of_births_day_and_month_with_a_year_just_off_is_a_wrong_version_of_it() -> None:
    """ "19.06.1993 г.р." ... "ДР там 19.06.1994 а не 93-го": the notice's wrong year, and the
    right one after "а не"; the same day years later is another day ("Задержан 19.06.2015")."""
    text = "Выдумов Нарек, 19.06.1993 г.р.\nДР там 19.06.1994 а не 93-го. Задержан 19.06.2015."
    assert REDACTOR.redact(text).text == (
        "Выдумов Нарек, [дата рождения] г.р.\nДР там [дата рождения] а не [дата рождения]."
        " Задержан 19.06.2015."
    )


def test_a_date_of_birth_said_again_is_no_time_stamp() -> None:
    """The stamps of a chat sent on someone's birthday keep their dates: the day a message
    was sent is no date of birth said again."""
    text = "[14.03.2025 10:00] Аня: DOB: 14.03.2015\n14.03.2015, 10:05 - Оля: записали 14.03.2015"
    redacted = REDACTOR.redact(text).text
    assert redacted == (
        "[14.03.2025 10:00] [имя]: DOB: [дата рождения]\n"
        "14.03.2015, 10:05 - [имя]: записали [дата рождения]"
    )


def test_a_date_of_birth_in_words_is_found_again_in_digits_and_the_other_way_round() -> None:
    """A transcript says the date ("двадцать второе мая восемьдесят восьмого") and writes it
    out in a bracket that opens a line, with no time in it: no chat's stamp."""
    text = (
        "[14.03.24, 10:05] Юрист: голосовое\n"
        "год рождения не тот, а у него двадцать второе мая восемьдесят восьмого\n"
        "[22 мая 1988] это нам на руку. В паспорте 22.05.1988."
    )
    out = REDACTOR.redact(text).text
    assert "мая" not in out and "1988" not in out and "[14.03.24, 10:05]" in out, out
    text = (
        "DOB Lev: 06/21/1991 (US).\n\nOn the Russian docs it is 21.06.1991.\n\nThe clerk read "
        '"June twenty-first, nineteen ninety-one" aloud'
    )
    out = REDACTOR.redact(text).text
    assert "1991" not in out and "twenty" not in out and "aloud" in out, out
    # the answer with a comma before the year, the year in the nominative
    text = (
        "Помощник: дата рождения точно 03.01.2001? В ордере иначе.\n"
        "Гулчехра: третье января, две тысячи первый. Неправильно там."
    )
    out = REDACTOR.redact(text).text
    assert "января" not in out and "тысячи" not in out and "Неправильно" in out, out


def test_a_year_of_birth_said_again_alone_in_words_is_found() -> None:
    """ "(сам сказал «с шестьдесят первого»)" after "14.03.1961 г.р." is the same year; a year
    said in words that no date of birth holds stays."""
    text = "Ярослав — 14.03.1961 г.р. (сам сказал «с шестьдесят первого, мартовский»)"
    assert "шестьдесят" not in REDACTOR.redact(text).text
    text = "Ярослав — 1961 г.р. (сам сказал «с шестьдесят первого, мартовский»)"  # a year alone
    assert "шестьдесят" not in REDACTOR.redact(text).text
    text = "DOB 14.03.1961. Nineteen sixty-one, she said; в шестьдесят втором году переехали."
    out = REDACTOR.redact(text).text
    assert "Nineteen" not in out and "шестьдесят втором" in out, out


def test_after_a_year_of_birth_its_whole_date_and_its_day_and_month_are_found() -> None:
    """ "1998 г.р., 25 января — 25.01.1998": the same birth three ways; a date of another
    year in the sentence stays."""
    out = REDACTOR.redact("Камиль 1998 г.р., 25 января — 25.01.1998. Из Буйнакска.").text
    assert "1998" not in out and "января" not in out, out
    out = REDACTOR.redact("Камиль 1998 г.р., 25 января задержан, суд 25.01.2024.").text
    assert "25 января" in out and "25.01.2024" in out, out


def test_after_a_year_of_birth_its_date_said_with_two_digits_of_the_year_is_found() -> None:
    """ "1988 г.р. (жена не помнит: «то ли 3, то ли 13 мая 88-го»)": the same birth; a date
    of another year said the same way stays."""
    out = REDACTOR.redact("Выдумкин, 1988 г.р. (жена: «то ли 3, то ли 13 мая 88-го»)").text
    assert "88" not in out and "мая" not in out, out
    out = REDACTOR.redact("Выдумкин, 1988 г.р. (жена: «забрали 13 мая 23-го»)").text
    assert "13 мая 23-го" in out, out


def test_the_tag_of_a_date_of_birth_is_no_cue_for_a_later_date_in_its_row() -> None:
    """ "1979 р.н." becomes "[дата рождения] р.н.": the final sweep reads the redacted row,
    and the tag's words are no cue for the date a letter went, further on in it."""
    row = "| 2 | Выдумкин Петро, 1979 р.н. | ИК-10, Мордовия? | жена | 14.10.24 | МККК |"
    out = REDACTOR.redact(row).text
    assert "1979" not in out and "14.10.24" in out, out
    row = "| 2 | Выдумкин Петро, 1979 г.р. | ИК-10, Мордовия? | жена | 14.10.24 | МККК |"
    out = REDACTOR.redact(row).text
    assert "1979" not in out and "14.10.24" in out, out


def test_a_wait_or_a_sentence_beside_a_date_is_no_age_and_a_crowd_is_no_birthday() -> None:
    """ "через 4 года, 12.05.2022" and "Суд 21.04.2014, 12 лет колонии" count years from an
    event; "30 сентября будет 5 человек" counts people."""
    for text in (
        f"через 4 года, 12.05.{_THIS_YEAR - 4} вернулся",
        f"Суд 21.04.{_THIS_YEAR - 12}, 12 лет колонии.",
        "В понедельник 30 сентября будет 5 человек.",
    ):
        out = REDACTOR.redact(text).text
        assert any(d in out for d in ("12.05.", "21.04.", "30 сентября")), out


def test_an_events_date_after_a_full_name_is_no_self_introductions_birth() -> None:
    """ "призван 23.06.1941": a date after a word is an event's; "задержан. 12.03.2024." is
    recent."""
    for text, kept in (
        ("Выдумов Иван Иванович, призван 23.06.1941, погиб", "23.06.1941"),
        ("Выдумов Пётр Петрович, задержан. 12.03.2024. Суд", "12.03.2024"),
    ):
        assert kept in REDACTOR.redact(text).text


def test_a_bracketed_date_after_the_cues_sentence_or_a_short_periods_first_date_stays() -> None:
    """A bracketed date in the sentence after the cue's is another thing's; a period of weeks
    with its places is a trip, not a life."""
    for text, kept in (
        ("Дата рождения указана неверно. Приём (07.05.2025) перенесли.", "07.05.2025"),
        ("Отпуск (01.03.2025, Москва — 15.04.2025, Сочи)", "01.03.2025"),
    ):
        assert kept in REDACTOR.redact(text).text


def test_a_date_of_birth_with_two_digits_of_its_year_is_found_again_with_four() -> None:
    """ "твой д.р. ..., 07.12.93?" and the answer "7 декабря 1993." in the next message."""
    text = (
        "12.11 19:55 Ильшат: Дай мне твой д.р. для заявления, 07.12.93?\n"
        "12.11 19:56 Айна: 7 декабря 1993. И почта моя взломана"
    )
    out = REDACTOR.redact(text).text
    assert "93" not in out and "декабря" not in out, out


def test_an_age_or_a_years_noun_after_a_first_name_is_no_year_of_birth() -> None:
    """ "Игорь, 34 года" is an age (22 to 24, 32 ... take "года"); "Игорь 12 года не видел"
    goes on with a verb; a year after a word no first name is stays."""
    for text in ("Игорь 34 года.", "Игорь 12 года не видел", "Указ 2022 года."):
        out = REDACTOR.redact(text).text
        assert any(n in out for n in ("34", "12", "2022")), out


def test_a_date_of_the_same_year_after_a_date_of_birth_said_again_is_that_birth() -> None:
    """ "Азат — 27.03.1991 (в старой версии ошибочно 1991-07-27)": a wrong version of the
    birth beside the right one; a date of another sentence stays."""
    text = (
        "ВЫДУМКИН Азат, д.р. 1991-03-27, г. Кувандык\n"
        "— 04.06: Азат — 27.03.1991 (в старой версии ошибочно 1991-07-27).\n"
        "— 05.06: Азат — 27.03.1991. Суд 12.05.1991 отменили?"
    )
    out = REDACTOR.redact(text).text
    assert "1991-07-27" not in out and "12.05.1991" in out, out


def test_a_year_after_initials_that_something_else_follows_is_no_year_of_birth() -> None:
    """ "Выдумкин А.И., 1991 года выпуска" is a car's year; a year after a first name alone,
    or after a town, says nothing of a birth."""
    for text in (
        "Выдумкин А.И., 1991 года выпуска, белая",
        "Выдумкин Пётр Ильич, 1991 года выпуска, белая",
        "по словам Петровича, 1991 был тяжёлым",
        "Москва (1991), Пётр Ильич (2091 — так в тексте)",
        "он 1991 провёл в СИЗО",
        "Какого года выпуска машина? 1991, кажется",
        "Москва, 1991, август",
        "Павел, 2022 был тяжёлым",
    ):
        out = REDACTOR.redact(text).text
        assert any(year in out for year in ("1991", "2022")), out


def test_a_date_of_birth_asked_for_after_its_cue_is_read_in_the_reply() -> None:
    """The request may follow the cue on its line ("нужен д.р., Айана, напиши в личку"); the
    reply's date with words after it is the date asked for. A cue that asks for nothing
    leaves a reply that says more than the date."""
    asked = (
        "[11.07.24 22:15] Т. Выдумко: Выдумкиной нужен д.р., Айана, напиши в личку.\n"
        "[12.07.24 07:50] Айана: 14.03.2003 (в личку не получилось)"
    )
    assert "14.03.2003" not in REDACTOR.redact(asked).text
    for ask in (
        "Выдумкиной д.р., Айана, напиши в личку.",
        "Выдумкиной нужен д.р. Срочно!",
        # the cue's line goes on far beyond the reach of a date after a cue
        "Выдумкиной нужен д.р., Айана, напиши в личку. Выдумсу — персональный код принят "
        "(170486 10417), полис 0004-17/ФВСР, страховку оформлю вечером.",
    ):
        text = f"[11.07.24 22:15] Т. Выдумко: {ask}\n[12.07.24 07:50] Айана: 14.03.2003 (ок)"
        assert "14.03.2003" not in REDACTOR.redact(text).text, ask
    told = (
        "[11.07.24 22:15] Т. Выдумко: у Выдумкиной д.р. был в июле.\n"
        "[12.07.24 07:50] Айана: 14.03.2003 (в личку не получилось)"
    )
    assert "14.03.2003" in REDACTOR.redact(told).text


def test_a_date_of_births_digits_run_together_are_found_as_a_code_gives_them() -> None:
    """A PIN or a password made of a date of birth: the whole date run together wherever it
    stands, its day and month alone where they cannot be a year or beside a code's word or
    "без года"; a year of that shape in its own sentence stays."""
    text = (
        "Сервис: Код 190496 — точно?\n"
        "Мама: да это его день рождения 19 апреля 96 года. Или 1904 без года, попробуйте\n"
        "Сервис: включился с 190496. А дом у вас 1904 года постройки?"
    )
    out = REDACTOR.redact(text).text
    assert "190496" not in out and "96 года" not in out, out
    assert "Или 1904" not in out and "дом у вас 1904 года" in out, out
    other = "Дата рождения: 30.11.1995. Пин 3011, пароль 30111995, а 3011 — это номер."
    out = REDACTOR.redact(other).text
    assert "3011" not in out and "30111995" not in out, out


def test_a_forms_example_date_after_the_cue_is_no_date_of_birth() -> None:
    """ "e.g. 31/12/1960" after a form's field shows how to write a date."""
    text = "3. Date of birth: 12 04 1978   e.g. 31/12/1960\n4. Place of birth: Moscow"
    out = REDACTOR.redact(text).text
    assert "12 04 1978" not in out and "31/12/1960" in out, out


def test_two_digits_before_grams_are_no_year_of_birth() -> None:
    """ "г.р." has a dot after its "г"; "гр." and "гр" after two digits are grams."""
    for text in ("взяли 500 гр., 91 гр. отдали", "Выдумкин, 91 гр сахара"):
        assert "91" in REDACTOR.redact(text).text, text


def test_a_date_of_birth_asked_for_by_whose_it_is_is_read_in_the_reply() -> None:
    """ "скинь мне его ДР" asks for it; the next message's date is the answer. "и др." is no
    such cue."""
    text = (
        "15:10 [Дина]: скинь мне его ДР для справки, адвокат спрашивал\n"
        "16:25  [Жанна]: 03.11.1984. и номер СТС"
    )
    assert "03.11.1984" not in REDACTOR.redact(text).text
    assert "1984" in REDACTOR.redact("книги, журналы и др. 03.11.1984 привезли").text


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("двадцать второе мая восемьдесят восьмого", (22, 5, 1988)),
        ("пятое января две тысячи пятого", (5, 1, 2005)),
        ("третьего марта двухтысячного", (3, 3, 2000)),
        ("June twenty-first, nineteen ninety-one", (21, 6, 1991)),
        ("the fourteenth of June eighty-nine", (14, 6, 1989)),
        ("July the fourth, nineteen oh five", (4, 7, 1905)),
        ("Nineteen of April nineteen ninety", (19, 4, 1990)),
        ("двадцать второе мая двадцать второго", (22, 5, 2022)),
        ("second of May", None),  # no year
        ("тысяча девятьсот девяносто первого", None),  # no day nor month
    ],
)
def test_a_date_said_in_words_is_read_as_its_day_month_and_year(
    said: str, value: tuple[int, int, int] | None
) -> None:
    from intake.redact.said_dates import value as said_value

    assert said_value(said) == value


def test_a_date_after_whose_it_is_and_a_verb_is_no_second_date_of_birth() -> None:
    """ "Моя — 09.09.1995" after a date of birth is another's; "Его задержали 09.09.2023"
    is the day he was detained."""
    text = "Дата рождения 21.01.1998. Его задержали 09.09.2023."
    found = {text[s:e] for _, kind, s, e, _ in patterns.run_all(text) if kind == "birth_date"}
    assert found == {"21.01.1998"}


def test_a_recent_date_after_a_patronymic_is_an_event_and_a_word_like_one_is_none() -> None:
    """ "Пётр Ильич 12.05.2024 позвонил" is a call; "основной" ends as "Ивановной" does."""
    for text in ("Пётр Ильич 12.05.2024 позвонил", "основной 12.05.1990 план"):
        assert [k for _, k, *_ in patterns.run_all(text) if k == "birth_date"] == [], text


def test_a_date_before_born_stays_when_born_has_its_date() -> None:
    """ "Order of 18 March 2022: ... born 12 Sept 2002": the order's date is no one's birth,
    in the first reading and in the final sweep of the output, where "born" stands before
    its tag."""
    text = 'Order No. 04-000/1 of 18 March 2022: "To expel the student, born 12 Sept 2002, a'
    redacted = REDACTOR.redact(text).text
    assert "18 March 2022" in redacted and "12 Sept 2002" not in redacted, redacted
    tagged = "Order of 18 March 2022: to expel her, born [дата рождения], a citizen"
    found = [tagged[s:e] for _, kind, s, e, _ in patterns.run_all(tagged) if kind == "birth_date"]
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Выдумов Рамиль, муж, 11.01.2022 задержан у дома",
        "Иван Выдумов, 11.01.2022 задержан",
        "свидетельство о рождении выдано 12.03.2024 в ЗАГСе",  # its date of issue
    ],
)
def test_a_recent_date_after_a_name_with_no_childs_kinship_is_an_events(text: str) -> None:
    assert list(birth_dates.find_birth_dates(text)) == []


def test_a_date_of_birth_misread_by_ocr_is_found_again_where_it_is_put_right() -> None:
    text = "Дата рождения 05.1I.1991\nOCR прочитал «05.1I.1991», правильно 05.11.1991."
    out = REDACTOR.redact(text).text
    assert "1991" not in out and "1I" not in out


def test_a_date_beside_a_column_of_names_is_not_in_it() -> None:
    text = (
        "| Name | Date of purchase |\n|---|---|\n| Ivan V. | 12.03.2019 |\n"
        "| Full name: | 12.03.2019 |"
    )
    assert list(birth_dates.find_birth_dates(text)) == []
    # a tag the engine wrote in a header's cell is no column of names
    text = (
        "| [name] | Room | Guest (surname, name) | DoB |\n|---|---|---|---|\n"
        "| 13.10.2025 | 3 | Ivan V. | [date of birth] |"
    )
    assert list(birth_dates.find_birth_dates(text)) == []


def test_dr_among_a_header_cells_other_words_heads_no_column_of_dates_of_birth() -> None:
    text = "№ | ФИО | Примечания и др. | дата\n1 | Выдумов | 03.06.1998 | 04.05.2001"
    assert list(birth_dates.find_birth_dates(text)) == []


def test_a_recent_date_after_dr_asked_with_no_answer_is_kept() -> None:
    text = "когда у него др? в марте вроде, 12.03.2024 были у него"
    assert "12.03.2024" in REDACTOR.redact(text).text


def test_a_recent_date_a_code_holds_is_no_date_of_birth() -> None:
    """A booking's or a protocol's number holds the day it was made ("#20231120-0417"): the
    same day said in the text is recent, no birth; a date no code holds is no birth either."""
    for text in (
        "Booking #20231120-0417, made on 20.11.2023.",
        "Протокол 1411202300417 от 14.11.2023.",
        "Code 41501150000. Letter of 16 Jan 1915.",
    ):
        assert [k for _, k, *_ in patterns.run_all(text) if k == "birth_date"] == [], text


def test_a_citations_or_an_events_year_after_initials_is_no_birth() -> None:
    """An author's year with a title after its full stop, or a recent year, after a surname
    and initials; a year after initials alone ("и И. 1990")."""
    for text in ("Выдумов И.И. 1969. Очерки истории", "Выдумов А.А. 2020 назначен", "и И. 1990"):
        assert [k for _, k, *_ in patterns.run_all(text) if k == "birth_date"] == [], text


def test_a_year_after_two_capitalised_words_is_a_birth_only_after_a_persons_name() -> None:
    """A street's name ("Проспект Мира"), a place's ("Петровский Парк"), a year over a
    life's length ago (history's: "Лев Толстой, 1910") or a recent one (an event's) after
    the comma make no year of birth."""
    for text in (
        "Проспект Мира, 1984.",
        "Улица Вишневская, 1990.",
        "Петровский Парк, 1984.",
        "Москва Сити, 1991.",
        "Лев Толстой, 1910.",
        "Иван Выдумов, 2020.",
    ):
        assert [k for _, k, *_ in patterns.run_all(text) if k == "birth_date"] == [], text


def test_a_recent_year_in_brackets_after_a_birthdays_day_is_the_partys() -> None:
    text = "день рождения 3 марта (2024) отмечали в кафе"
    found = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "birth_date"]
    assert found == ["3 марта"]


def test_a_year_a_few_years_off_the_year_of_birth_where_a_mistake_is_spoken_of_is_found() -> None:
    """ "У него в паспорте 14.02.1987, а в австрийских бумагах\\n1986, они ошиблись" and
    "wrong year in it\\ntoo, that's how the 1986 crept in": a wrong version of the year of
    birth, a line wrapped between; a year a few years off with no mistake spoken of, or
    one far off beside one, is another year's."""
    text = (
        "Дата рождения 14.02.1987. А в австрийских бумагах\n1986, они ошиблись. Потом\n"
        "the number was wrong in it\ntoo, that's how the 1986 crept in."
    )
    found = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "birth_date"]
    assert found.count("1986") == 2
    for kept in (
        "Дата рождения 14.02.1987. В 1989 переехали в Омск.",
        "Дата рождения 14.02.1987. В 2001 они ошиблись с адресом.",
    ):
        found = [kept[s:e] for _, k, s, e, _ in patterns.run_all(kept) if k == "birth_date"]
        assert set(found) == {"14.02.1987"}, kept


def test_digits_summed_that_read_as_no_date_and_a_maiden_name_give_no_birth() -> None:
    for text in (
        "1+1+1+1+1+1+1+1 = 8",
        "3+4+5+6+7+8+9+9 = 51",
        "Anna Vydumova geb. Schmidt, 12.03.1990 arrived",
    ):
        assert [k for _, k, *_ in patterns.run_all(text) if k == "birth_date"] == [], text


@pytest.mark.parametrize(
    "text",
    [
        "гравир. «Andrzej i Irena 1998»; Текст письма Ивана 12.03.2020 пришёл",  # a couple's
        # a town's or a court's year and date, and a word of the plaque's in running text
        "Engraving (caseback): «Оливер от брата. Элиста 2015» | Work: crown",
        'Plate text: "Родион. Мосгорсуд, 12 февраля 2024" | Subtotal',
        "на временной табличке, надо переделать. Похоронили в Прохладном 11.03.2024, на",
    ],
)
def test_a_couples_year_a_towns_and_a_courts_in_an_engraving_are_no_dates_of_birth(
    text: str,
) -> None:
    found = REDACTOR.redact(text).findings
    assert not [f for f in found if f.kind == "birth_date"], found
