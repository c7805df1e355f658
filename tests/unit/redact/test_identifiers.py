"""Span tables for identifiers in the spellings people type, and the numbers that must stay.

Every number is fictional: card and IMEI numbers are test values or made up, phones use
the +7 900 000-00-xx style, unit and document numbers are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.redact import KINDS, Person, Redactor, Registry, patterns
from intake.redact.operators import tag
from intake.redact.policy import Policy

ROOT = Path(__file__).resolve().parents[3]

FOUND = [
    # (kind, text, the exact span that must be found)
    ("id_number", "паспорт: серия 46 09 № 123456, выдан", "46 09 № 123456"),
    ("id_number", "паспорт 4609 123456 выдан", "4609 123456"),
    ("id_number", "серия 46 09, номер 123456", "46 09"),
    ("id_number", "серия 46 09, номер 123456", "123456"),
    ("id_number", "военный билет серии АБ номер 1234567", "АБ"),
    ("id_number", "passport series 4609 number 123456", "4609"),
    ("id_number", "passport series 4609 number 123456", "123456"),
    ("id_number", "свидетельство серия II-АБ № 123456", "II-АБ"),
    ("id_number", "его личный номер АБ-123456, жетон", "АБ-123456"),
    # the number read whole where it runs past the words looked at after the cue
    (
        "id_number",
        "Her personal code from her 1993 pension file is 41501150000 — please check",
        "41501150000",
    ),
    # a Belarusian personal number by its shape, typed with Cyrillic letters, with no cue
    ("id_number", "1. Выдумов — асабісты № 3120590А000РВ3", "3120590А000РВ3"),
    ("id_number", "2. Выдумова, ид. номер 4220795A000PB1, МР 0000452", "4220795A000PB1"),
    ("id_number", "his tag number from memory: «АЕ-000-417… или 471».", "АЕ-000-417"),  # grouped
    ("id_number", "личный номер АБ 123456", "АБ 123456"),
    ("id_number", "на жетоне было АБ-123456.", "АБ-123456"),
    ("id_number", "номер Ж–1234567 выбит", "Ж–1234567"),
    ("id_number", "his personal number AB-123456", "AB-123456"),
    ("id_number", "свидетельство о смерти II-МЮ № 000123 выдано", "II-МЮ № 000123"),
    ("id_number", "свидетельство I-АН №654321 органом ЗАГС", "I-АН №654321"),
    ("id_number", "СНИЛС 123-456-789 01", "123-456-789 01"),
    ("id_number", "СНИЛС: 123 456 789 01", "123 456 789 01"),
    ("id_number", "ИНН 771234567890 указан", "771234567890"),
    ("id_number", "ИНН: 7712345678.", "7712345678"),
    ("id_number", "полис ОМС 7751234567890123 есть", "7751234567890123"),
    ("id_number", "номер полиса 7751 2345 6789 0123", "7751 2345 6789 0123"),
    ("unit", "служил в в/ч 12345 под", "в/ч 12345"),
    ("unit", "потом в.ч. 23456 и", "в.ч. 23456"),
    ("unit", "потом в.ч 23456 и", "в.ч 23456"),
    ("unit", "приписан к вч12345 давно", "вч12345"),
    ("unit", "войсковая часть № 45678", "войсковая часть № 45678"),
    ("unit", "в/ч-56789 в Ростове", "в/ч-56789"),
    ("unit", "В/Ч:54321 расформирована", "В/Ч:54321"),
    ("unit", "в\\ч 12345", "в\\ч 12345"),
    ("unit", "в/ч №12345-А", "в/ч №12345-А"),
    ("unit", "He served in part 67890.", "part 67890"),
    ("unit", "military unit 78901", "military unit 78901"),
    ("unit", "unit No. 89012 was", "unit No. 89012"),
    ("unit", "v.ch. 12345", "v.ch. 12345"),
    ("unit", "his unit number 34567 was", "unit number 34567"),
    ("unit", "в/ч номер 34567", "в/ч номер 34567"),
    ("call_sign", "его позывной «Гром», он", "Гром"),
    ("id_number", "booking ref QXMOPZ for 2 people", "QXMOPZ"),
    # the last characters after "ending" and an ellipsis typed as three dots
    ("id_number", "from the crypto wallet ending ...417b, and of the three", "417b"),
    # a phone's pattern lock said in words, quoted after its cue
    ("secret", "Лилия звонила, ключ «буква Г снизу вверх», подошёл.", "буква Г снизу вверх"),
    ("secret", "Графический ключ: «Z с хвостом», ПИН сим-карты 1234", "Z с хвостом"),
    # a marketplace's seller by the user name the site shows
    ("handle", "Продавец: trofey_zp (рейтинг 412, на сайте с 2016)", "trofey_zp"),
    # a lorry's tractor and trailer
    ("plate", "our driver (truck EE-31, tractor 417 BKT, trailer 0417 TT) crossed", "417 BKT"),
    ("plate", "our driver (truck EE-31, tractor 417 BKT, trailer 0417 TT) crossed", "0417 TT"),
    # a word in lower case a naming verb gives, then "это позывной" and whose it is
    (
        "call_sign",
        "а ребята его зовут молдаван, это позывной его теперь\n[14.09.24, 09:58] Игорь: да",
        "молдаван",
    ),
    ("call_sign", 'с позывным "Туман" воевал', "Туман"),
    ("call_sign", "позывного „Сокол“ нет", "Сокол"),
    ("call_sign", "позывной — Бурый.", "Бурый"),
    ("call_sign", "позывной у него был Бурый.", "Бурый"),
    ("call_sign", "л/н 000318, позывн. «Абаза»", "Абаза"),  # the cue abbreviated
    ("call_sign", "a man with call sign kinto was there", "kinto"),  # captions in lower case
    ("call_sign", "позывные «Гром» и «Туман»", "Туман"),
    ("call_sign", "позывной “Старый Лис” знали", "Старый Лис"),
    ("call_sign", "позывной Старый Лис сказал", "Старый Лис"),
    # a user name after another messenger's or network's name
    ("handle", "on WeChat (his ID there is maxlyu_hrb00). Don't", "maxlyu_hrb00"),
    ("handle", "рация, канал Zello «test_00_channel», пароль у старших", "test_00_channel"),
    ("handle", "стрим на Twitch: grom_777 по вечерам", "grom_777"),
    ("handle", "в инсте у неё vydumka_000, пиши туда", "vydumka_000"),
    # a hard-wrapped paragraph: the call sign on the next line, quoted
    ("call_sign", 'Denis\'s call sign was\n   "Жук-5". His unit', "Жук-5"),
    ("call_sign", "позывной бурый, он", "бурый"),
    # whose call sign it is stands between the cue and the call sign
    ("call_sign", "справка, где стоит позывной её мужа: Ветла. Потом", "Ветла"),
    ("call_sign", "позывной у сына — Шквал.", "Шквал"),
    ("call_sign", "позывной моего брата Ветла, он", "Ветла"),
    # a user name after a messenger in a text with no digit
    ("handle", "пишите в Telegram vydumova_lara, она ответит", "vydumova_lara"),
    # a booking reference after its cue
    ("id_number", "a damaged chair — booking ref Q7X0ZZ\n\nDear Sir", "Q7X0ZZ"),
    ("id_number", "PNR: QWERTZ, seat 12A", "QWERTZ"),
    ("id_number", "Код бронирования 5ZK2LM, рейс SU 1234", "5ZK2LM"),
    (  # further on in the cue's sentence: its shape is rare
        "id_number",
        "His booking ref for the Tbilisi–Yerevan bus afterwards was QX7M0P, he never boarded",
        "QX7M0P",
    ),
    # a national personal number after its name, a residence card's number with letters
    ("id_number", "Personal code issued here: 39008080000", "39008080000"),
    ("id_number", "National ID 01001000417 (Georgia)", "01001000417"),
    ("id_number", "identification number: 0000417252, Armenia", "0000417252"),
    ("id_number", "PESEL 90080800000, born in Łódź", "90080800000"),
    ("id_number", "ИИН 900808300000 указан", "900808300000"),
    ("id_number", "IDNP 2000000000001 (Moldova)", "2000000000001"),
    ("id_number", "personas kods 080890-00000.", "080890-00000"),
    ("id_number", "идентификационный номер 3140890A001PB4", "3140890A001PB4"),
    ("id_number", "LT residence card LT-RK 00093314 expires", "LT-RK 00093314"),
    ("id_number", "вид на жительство 000451 выдан", "000451"),
    # a vehicle's registration certificate, its series of digits and letters with it
    ("id_number", "VIN Z94C000000R004417, СТС 31 ХН 000915.", "31 ХН 000915"),
    # a user name with a dot, as Signal's end; a call's passcode of letters and digits
    ("handle", "Signal username: ksam.07 (Signal)", "ksam.07"),
    # a game's user name with its tag, a user name with no digit after its cue
    ("handle", "- Vydumov Artur, Riot ID ardy#BUR01, duelist", "ardy#BUR01"),
    ("handle", "his BattleTag is Mira#21874 now", "Mira#21874"),
    ("handle", "Vydumov Kirill, nick grozaaa. Note", "grozaaa"),
    ("handle", 'Artur — in-game "ardy", captain', "ardy"),
    # said again alone, its tag left off, after its cue gave it
    ("handle", "Riot ID ardy#BUR01.\nSteam says ardy last online", "ardy"),
    # a plate of Latin letters, a hyphen and digits after a vehicle's field
    # a plate after the car's maker and model
    ("plate", "моя прокатная Toyota Yaris, ZEA 241, до 20-го", "ZEA 241"),
    # the car named by its model alone; three capitals and three digits right after it
    ("plate", "Rental car he came with, white Yaris ZKM 041, was parked", "ZKM 041"),
    ("plate", "приехал на Солярисе, А 000 АА 77, и уехал", "А 000 АА 77"),
    ("plate", "у него Тойота Королла (ЗЕА 241), серая", "ЗЕА 241"),
    ("plate", "Mercedes Sprinter, 000 TRN, stood by the gate", "000 TRN"),
    ("plate", "Vehicle linked to the card: ZXK-047 (Toyota Corolla, 2011)", "ZXK-047"),
    # a booking reference in Cyrillic letters; in a boarding pass's bar code
    ("id_number", "рейсом ЗП-217 (бронь ЪК4М7Т, багаж 2 места)", "ЪК4М7Т"),
    # the next speaker's label is no reference: the reference after it is
    (
        "id_number",
        "AGENT: назовите код бронирования\n[00:23] CALLER (RU): то есть KZ8LQ0\n",
        "KZ8LQ0",
    ),
    (
        "id_number",
        "M1VYDUMOV/ARTUR       EQX7L4P VKOBEGAS 0731 272Y014C0088 100",
        "EQX7L4P",
    ),
    (
        "handle",
        "contact for verification only: Signal t_yakutsk.00 (not to publish)",
        "t_yakutsk.00",
    ),
    ("secret", "Meeting ID: 845 0009 3127, код доступа: Kp7x00", "Kp7x00"),
    # a field of identifiers, whoever's, each code on it
    ("id_number", "World Sailing Sailor IDs: GBROW69, RUSCR0417.", "GBROW69"),
    ("id_number", "World Sailing Sailor IDs: GBROW69, RUSCR0417.", "RUSCR0417"),
    ("id_number", "Player ID: XKCD77 and the team", "XKCD77"),
    ("id_number", "Member IDs: A1B2 and C3D4; E5F6", "E5F6"),
    # a craftsman's personal mark: a welder's stamp on each weld
    ("id_number", "сварка на обратке (свищ), клеймо шва 8ЖКА | Выдумян", "8ЖКА"),
    ("id_number", "я варил обратку, клеймо моё 8ЖКА, не Вадима", "8ЖКА"),
    ("id_number", "the welder's stamp 8ZK4 is on each joint", "8ZK4"),
    # the former Yugoslavia's personal number after its name
    ("id_number", "Bill to: Vydumova (JMBG 1508985710004), Beograd", "1508985710004"),
    # a tax number as a foreign form calls it
    ("id_number", "and the Ukrainian tax number 3000041712 on all the forms", "3000041712"),
    # a door's code of two digits after its word
    ("secret", "ул. Петровского 19, кв. 44 (подъезд с торца, код 44#).", "44#"),
    # a file shared by a link
    (
        "handle",
        "Запись тут: wetransfer.example/echo/0x00dsp. Ок",
        "wetransfer.example/echo/0x00dsp",
    ),
    (
        "handle",
        "скан: https://www.dropbox.com/s/x7f00abc/scan.pdf?dl=0 и всё",
        "https://www.dropbox.com/s/x7f00abc/scan.pdf?dl=0",
    ),
    # a column headed "code" in a text about pickup codes
    (
        "secret",
        "Residents give us a pickup code to collect.\n\ndate | resident | code | note\n"
        "07/04/24 | Vydumov L. | 318 846 | shoes\n09/04/24 | Vydumov Z. | 552 090 | -",
        "552 090",
    ),
    # a phone with an unreadable part, spaced from its groups
    ("id_number", "6. [...]ва Олеся — 2 — 8 951 000 [..] 09\n", "8 951 000 [..] 09"),
    # a table's column of call signs, under its header, whatever the cells say
    (
        "call_sign",
        "| № | ФИО | Позывной | Дата |\n|---|---|---|---|\n| 1 | Выдумов | Колун |",
        "Колун",
    ),
    ("call_sign", '"id";"фио";"позывной"\n"7";"Выдумов П.";"Чуваш"\n', "Чуваш"),
    ("call_sign", "n\tname\tcall_sign\n3\tPetrov\tOld Fox\n", "Old Fox"),
    ("unit", '"id";"фио";"в_ч"\n"7";"Выдумов П.";"00123"\n', "00123"),
    # the word before a dash that the cue after it names: "Морж — позывной Ильи"
    ("call_sign", "«Кедру передайте». Кедр — позывной Ильи, он знает.", "Кедр"),
    # the next clauses leave the cue out: "А у X – Y"
    ("call_sign", "Позывной у него Гром, так и пиши. А у Тимура – Шквал. Потом", "Шквал"),
    ("call_sign", "Позывной у него Гром. А у Руслана — «Сокол», а у Тимура — Кедр.", "Кедр"),
    # the call sign before a dash, a clause after it
    ("call_sign", "позывной Шквал — напишите мне, если знаете", "Шквал"),
    ("call_sign", "позывной Ветла – так его и звали", "Ветла"),
    ("call_sign", "her husband's call sign: Willow.", "Willow"),
    # the quoted call sign put into another language right after it
    ("call_sign", 'His call sign is "Ant" - Muravey. We have no contact', "Muravey"),
    # capitals and digits together in the cue's sentence, whatever stands between
    ("call_sign", "позывной станции R0XY0 — Анатолий, отец", "R0XY0"),
    # a person's page on any site, by its path
    ("handle", "QRZ profile: qrz.com/db/R0XY0. EchoLink", "qrz.com/db/R0XY0"),
    # a tipping page's link, whatever its domain's ending; its name said again alone
    ("handle", "Чаевые: tips.example/t/0041-kandrey (QR на бейдже)", "tips.example/t/0041-kandrey"),
    ("handle", "Чаевые: tips.example/t/0041-kandrey.\nСтарый qr был kandrey, его тоже", "kandrey"),
    ("handle", "see https://mastodon.social/@ivan_k today", "https://mastodon.social/@ivan_k"),
    ("handle", "и example.org/users/ivan_00.", "example.org/users/ivan_00"),
    # written bare with its soft sign's apostrophe, its gloss quoted in brackets after it
    ("call_sign", 'Ivan, call sign Remin\' (Ukrainian for "strap"), ordered', "Remin'"),
    ("call_sign", 'Ivan, call sign Remin\' (Ukrainian for "strap"), ordered', "strap"),
    ("call_sign", "позывной «Муравей» (Ant), связи нет", "Ant"),
    # ... or in square brackets after a translator's label, whatever follows the bracket
    ("call_sign", 'Ilnur\'s call sign "Chelny" [TN: Челны] in the unit', "Челны"),
    ("call_sign", "his call sign 'Thunder' was", "Thunder"),
    ("call_sign", "callsign Wolf.", "Wolf"),
    # every item of a list after a plural cue
    ("call_sign", "Call signs in the original: ГРАНИТ, ЖУК, ШАМАН, ЦАРЬ.", "ШАМАН"),
    ("call_sign", "Call signs in the original: ГРАНИТ, ЖУК, ШАМАН, ЦАРЬ.", "ЦАРЬ"),
    ("call_sign", "позывные у них: Ветла, Шквал и Кедр.", "Шквал"),
    ("call_sign", "позывные у них: Ветла, Шквал и Кедр.", "Кедр"),
    ("call_sign", "their call signs were Willow, Birch and Alder.", "Alder"),
    # a cue that ends its clause points back to a capitalised word before it
    ("call_sign", "Зима, командир ихний, его так зовут, позывной такой, он сказал", "Зима"),
    ("call_sign", "Ветла (позывной) сказал, что обмен", "Ветла"),
    ("call_sign", "Мы звали его Шквал — это позывной.", "Шквал"),
    ("call_sign", "Then Alder, his call sign, said so.", "Alder"),
    ("coordinates", "нашли на 47.9° N, 35.1° E", "47.9° N"),
    ("coordinates", "нашли на 47.9° N, 35.1° E", "35.1° E"),
    ("coordinates", "точка 47°54′N 35°10′E", "47°54′N 35°10′E"),
    ("coordinates", "у 55°45′ с.ш. и", "55°45′ с.ш."),
    ("coordinates", "grid 37U DB 12345 67890 at dawn", "37U DB 12345 67890"),
    ("coordinates", "MGRS: 37UDB1234567890.", "37UDB1234567890"),
    # a three-word address, with its slashes or after the service's name
    ("coordinates", "they stay at ///ropes.quietly.hammer. Then", "///ropes.quietly.hammer"),
    ("coordinates", "точка w3w: гора.окно.сон у реки", "гора.окно.сон"),
    # dictated, in a voice note
    (
        "coordinates",
        "the code is slash slash slash lamp dot orbit dot kettle. Writing",
        "slash slash slash lamp dot orbit dot kettle",
    ),
    (
        "coordinates",
        "метка слэш слэш слэш гора точка окно точка сон, там",
        "слэш слэш слэш гора точка окно точка сон",
    ),
    ("coordinates", "квадрат 36T VN 123 567 ночью", "36T VN 123 567"),
    ("coordinates", "и 37°37′ в.д. там", "37°37′ в.д."),
    ("coordinates", "47.9 с.ш. 35.1 в.д.", "47.9 с.ш."),
    ("coordinates", "на 37,6 восточной долготы", "37,6 восточной долготы"),
    ("coordinates", "at N 47.9° exactly", "N 47.9°"),
    ("coordinates", "координаты: 55.75, 37.61", "55.75, 37.61"),
    ("coordinates", "at 55.75N, 37.61E today", "55.75N, 37.61E"),
    ("coordinates", "точка 47.9° С, 35.1° В там", "47.9° С, 35.1° В"),
    ("coordinates", "at N55.75 E37.61 today", "N55.75 E37.61"),
    ("coordinates", "GPS 55.75 37.61 last", "55.75 37.61"),
    ("coordinates", "точка 55.7558, 37.6173 на карте", "55.7558, 37.6173"),
    ("card", "переведите на карту 4276 1234 5678 9012", "4276 1234 5678 9012"),
    ("card", "карта 2200 1234 5678 9010 Мир", "2200 1234 5678 9010"),
    ("card", "his card 1234-5678-9012-3456", "1234-5678-9012-3456"),
    ("card", "скинь на карточку 2202 2000 1111 2222", "2202 2000 1111 2222"),
    ("card", "карта 4111 1111 1111 1111.", "4111 1111 1111 1111"),  # Luhn-valid, no cue needed
    # in a column headed "card", whatever its check digit, or its last four behind a mask
    (
        "card",
        "# | Получатель | Card / account | Paid\n\n1 | Выдумова | 4276-0000-0000-8874 | 10.07\n",
        "4276-0000-0000-8874",
    ),
    ("card", "| Ф.И.О. | к выплате | карта (посл. 4) |\n| Выдумов | 34 800 | *6630 |\n", "*6630"),
    # a mark in a column of signatures: a clipped name, initials
    ("name", "| дата | кто взял | подпись |\n|---|---|---|\n| 18.11 | Небылов Д. | Выд |\n", "Выд"),
    ("name", "date\tname\tinitials\n12.03\tVydumov\tD.V.\n", "D.V."),
    ("plate", "Машина учебная Škoda Octavia, рег. номер 000 BKT.", "000 BKT"),
    ("plate", "регистрационный знак А 000 ВС 15 на машине", "А 000 ВС 15"),
    # a booking's reference in a column headed so
    ("id_number", "BKG REF | SURNAME, NAMES | SEX\nNB7Q00K | VYDUMOV, IVAN | M\n", "NB7Q00K"),
    # with a carrier's letters and a hyphen before it, in a column or after its cue
    ("id_number", "booking_ref;passenger;seat\nABV-Q0X7Z2;IVAN;14\n", "ABV-Q0X7Z2"),
    ("id_number", "код бронирования ЮТ-7QX00K, рейс", "ЮТ-7QX00K"),
    ("device_id", "IMEI 356938035643809 телефона", "356938035643809"),
    # a network card's MAC address by its shape, an IP address after its cue
    ("device_id", "ноутбук: MAC 00:1A:2B:00:47:C1 — для провайдера", "00:1A:2B:00:47:C1"),
    ("device_id", "ключ 3C-A0-00-17-9B-2F на браслете", "3C-A0-00-17-9B-2F"),
    # a chip's serial written so: seven or eight pairs, or four with a hex letter
    ("device_id", "ski pass 04:A2:00:00:41:7E:80 scanned", "04:A2:00:00:41:7E:80"),
    ("device_id", "браслет 00-00-3A-00-00-00-00-17 выдан", "00-00-3A-00-00-00-00-17"),
    ("device_id", "key card 04:A2:7E:80 at the desk", "04:A2:7E:80"),
    ("device_id", "карта 0B-00-17-00 на входе", "0B-00-17-00"),
    ("device_id", "вход с IP 185.12.0.47 в 03:12", "185.12.0.47"),
    ("device_id", "IP-адрес: 10.0.0.15.", "10.0.0.15"),
    ("device_id", "IMEI: 35-693803-564380-9", "35-693803-564380-9"),
    ("device_id", "IMEI1: 356938035643801, IMEI2", "356938035643801"),
    ("device_id", "телефон 490154203237518 нашли", "490154203237518"),  # Luhn-valid run
    ("handle", "vk.com/id123456 и", "vk.com/id123456"),
    ("handle", "страница vk.com/ivan.example", "vk.com/ivan.example"),
    ("handle", "ok.ru/profile/123456789", "ok.ru/profile/123456789"),
    ("handle", "страница https://vk.ru/id7654321", "https://vk.ru/id7654321"),
    ("handle", "канал t.me/grom_77", "t.me/grom_77"),
    ("handle", "пишите @grom_77 ночью", "@grom_77"),
    ("handle", "ВК id123456 его", "id123456"),
    ("handle", "telegram id 123456789", "id 123456789"),
    ("handle", "в телеграме Grom_77 пишет", "Grom_77"),
    ("handle", "ник в игре: wolf1985", "wolf1985"),
    ("phone", "в Signal +7 900 000-00-11", "+7 900 000-00-11"),
    ("phone", "в WhatsApp 89000000012", "89000000012"),
    ("phone", "вотсап 900 000 00 13", "900 000 00 13"),
    ("phone", "ватсап: 900-000-00-14", "900-000-00-14"),
    ("phone", "Signal: 9000000015", "9000000015"),
    # a date with a two-digit year right before the number is no part of it
    ("phone", "звонил 04.03.23 8 916 000 45 67", "8 916 000 45 67"),
    # numbers after their cue word in any grouping people type
    ("id_number", "ИНН 7700-0000-0012 выдан", "7700-0000-0012"),
    ("id_number", "ИНН 77 00 000 000 12.", "77 00 000 000 12"),
    ("id_number", "СНИЛС 00012345678", "00012345678"),
    ("id_number", "СНИЛС 000 123 456-78", "000 123 456-78"),
    ("id_number", "полис ОМС 0000-1111-2222-3333", "0000-1111-2222-3333"),
    ("device_id", "IMEI 35 000000 123456 01", "35 000000 123456 01"),
    # numbers in groups of digits: a passport number, unit numbers with a space inside
    ("id_number", "паспорт остался серия 85 04 номер 000 219 я могу", "000 219"),
    ("id_number", "паспорт 4609 123 456 выдан", "4609 123 456"),
    ("unit", "служил часть номер 01 212 это под", "часть номер 01 212"),
    ("unit", "служил в в/ч 12 345 под Курском", "в/ч 12 345"),
    # a date before a phone number is no part of it
    ("phone", "звонок 02.07.2024 +7 916 000-12-40 вечером", "+7 916 000-12-40"),
    ("phone", "02.07.2024 8 916 000 12 40", "8 916 000 12 40"),
    # a number at a line's end runs on to no date opening the next line
    ("id_number", "личный номер ЕН-000582).\n\n05.03.2024 11:30 outgoing e-mail", "ЕН-000582"),
    # a unit number a few words after "номер части", and in a table's "Unit" column
    ("unit", "Номер части вот, 31135... Записали?", "31135"),
    (
        "unit",
        "| No. | Name | Unit | Detained |\n|---|---|---|---|\n| 3 | X | 29760 | 2025 |",
        "29760",
    ),
    ("unit", "ФИО;в/ч;дата\nВыдумов П.;51460;12.03.2025\n", "51460"),
    # a personnel number, an IBAN after its cue whatever its check digits, a personal
    # number in Latin letters, a messenger export's account ids
    ("id_number", "Водитель, табельный номер 000318, стаж 12 лет", "000318"),
    (
        "id_number",
        "Bank transfer: IBAN LT60 0000 0000 0451 2890, recipient",
        "LT60 0000 0000 0451 2890",
    ),
    ("id_number", "account GB82 WEST 1234 5698 7654 32 (UK)", "GB82 WEST 1234 5698 7654 32"),
    ("id_number", "in the English summary (AK-004418)", "AK-004418"),
    ("handle", '   "from_id": "user5000000412",', "user5000000412"),
    ("handle", ' "type": "personal_chat",\n "id": 4000000817,', "4000000817"),
    # a call sign after its cue in Russian typed in Latin letters
    ("call_sign", "Aidy: pozyvnoy u menya byl kuvalda. teper nikakoi", "kuvalda"),
    ("call_sign", 's pozyvnym "Grom" on ushel', "Grom"),
    # an amateur radio call sign: after "call", "de" or "licence" in any text...
    ("call_sign", "Operator: Timur, own call RV6AJ, Krasnodar", "RV6AJ"),
    ("call_sign", "signed off 73 de UA9ABC/P as always", "UA9ABC/P"),
    ("call_sign", "his licence 4X1AB was renewed", "4X1AB"),
    ("call_sign", "позывной RA3XYZ знали все", "RA3XYZ"),
    # ...and every code of the shape in a text about amateur radio, a logbook's column too
    ("call_sign", "QSO log\n2025-11-02 14.205 SSB OH2BZZ 59 Pekka", "OH2BZZ"),
    ("call_sign", "Он радиолюбитель, на связи с RK0AB был каждый день", "RK0AB"),
    # a suffix holding a digit, as a special station's or a made-up one's does
    ("call_sign", "QSO 7.055 SSB\n2025-02-11 1712  R9W0XQ  59  Azat", "R9W0XQ"),
    ("call_sign", "on QRZ under his call UB9W0QQ", "UB9W0QQ"),
    ("call_sign", "QSO 14.210 SSB\n2025-03-02 1840  LZ1ZX00  59  Pyotr", "LZ1ZX00"),
    # a client's or a source's code after its cue
    ("id_number", "Client code: GS-07 · Sessions 3–5", "GS-07"),
    ("id_number", "Observer: Pekka (obs. code LKV) | Target", "LKV"),  # capitals alone
    # a person's number in a prison's or a school's books, capitals after its digits too
    ("id_number", "Prisoner number: A004HK\n[typed it wrong]", "A004HK"),
    ("id_number", "inmate no. B1234XY, HMP Testmoor", "B1234XY"),
    ("id_number", "Student ID: S20417 on the card", "S20417"),
    # Azerbaijan's personal code, seven letters and digits
    ("id_number", "ID card no. AZE 0004172, FIN 6PR0K1T. Then", "6PR0K1T"),
    ("id_number", "уд. личности, ФИН-код: 5HK0R2T.", "5HK0R2T"),
    ("id_number", "Driver: Karp, Oleg (staff no. 00871) / co-driver", "00871"),
    ("id_number", "шифр источника — МК 3, запись", "МК 3"),
    # a source's safe word, a password or a PIN after its cue
    ("secret", "Safe word / кодовое слово: «абрикос»", "абрикос"),
    # the secret someone chose, quoted further on in the cue's sentence
    ("secret", "Сказала, что нужен пароль, она выбрала «Тиса».", "Тиса"),
    ("secret", 'A password was needed; she picked "Tisa" for it.', "Tisa"),
    # a video call's passcode after "код" on the call's line, a year's shape too
    ("secret", "19:30 Звонок бабушке. Zoom 000 417 2231, код 1956\nзаметка", "1956"),
    ("secret", "Созвон в Zoom, код доступа: tYr7x", "tYr7x"),
    # a keypad's code, its "#" typed after it; a wallet's seed phrase on the lines after
    ("secret", "дом в Сысерти: ворота 1971#, сигнализация", "1971#"),
    (
        "secret",
        "кошелёк Пети (записать):\n  слон ракета туман полоса бетон ключ\n"
        "  окно вишня сирень ложка мост улица\n\nдальше",
        "слон ракета туман полоса бетон ключ\n  окно вишня сирень ложка мост улица",
    ),
    (
        "secret",
        "seed phrase: apple river stone cloud table lamp green house water music paper glass",
        "apple river stone cloud table lamp green house water music paper glass",
    ),
    ("secret", "кодовое слово «синяя птица» она назвала", "синяя птица"),
    ("secret", "Пароль от почты: tulpan1987, не забудь", "tulpan1987"),
    ("secret", "Zoom personal room, passcode 00sun, every Monday", "00sun"),  # no colon
    # what opens a lock, a door, a gate
    ("secret", "TSA lock, combination 0-4-7 (they may have cut it)", "0-4-7"),
    ("secret", "Lina's bus pass: none. Locker code: 4-1-7. Meeting", "4-1-7"),
    ("secret", "код домофона: 47К12, потом", "47К12"),
    # the intercom alone, its code after it; a code read out in groups after a comma
    ("secret", "кв.000 (домофон 417К, 5 эт.) | Выдумко", "417К"),
    ("secret", "Домофон 417 и кнопка К. Спасибо", "417"),
    ("secret", "a new PIN for the depot, 417 203, but it expired", "417 203"),
    ("secret", "PIN: 417 203 до пятницы", "417 203"),
    ("secret", "gate code is 1212, the dog", "1212"),
    ("secret", "Код калитки: 4417#, не забудь", "4417#"),
    # a plate right after the word for the car, no colon
    ("plate", "ехала с вокзала, водитель машина 041 TKX. Всю дорогу", "041 TKX"),
    ("plate", "Agent note: car 041 TKX = driver Erik", "041 TKX"),
    # the last characters of a number, given to say which it is
    ("id_number", "Yulia, can we extend his pass? UID ends 3E88", "3E88"),
    # a home Wi-Fi network's name after its cue, an underscore or a hyphen in it
    ("device_id", "(on the fridge: network VYDUMOV_HOME, pass [redacted])", "VYDUMOV_HOME"),
    ("device_id", "SSID: TP-Link_4A2F", "TP-Link_4A2F"),
    ("device_id", "сеть Dom_41, пароль у мамы", "Dom_41"),
    ("id_number", "He read out the MAC ending 4B:19. I said no.", "4B:19"),  # a MAC's pairs
    ("id_number", "Her driving licence ends 99AB as mine? No", "99AB"),
    ("id_number", "последние цифры паспорта 4417, остальное не помню", "4417"),
    # a land plot's cadastral number, whole or a part with an ellipsis
    ("id_number", "кадастровый номер 88:01:000417:12 у меня", "88:01:000417:12"),
    ("id_number", "В реестре у меня кадастровый …:245, а в ЕГРН", "…:245"),
    # an account's display name in quotes after its word
    ("handle", 'Call from an account named "Кеша Выдумовск" (not his).', "Кеша Выдумовск"),
    ("handle", "звонил с аккаунта «Кеша Выдумовск», не его", "Кеша Выдумовск"),
    # a thing's own serial or frame number after its cue
    ("device_id", "номер рамы WTU 0052 17 K. Потом", "WTU 0052 17 K"),
    ("device_id", "S/N C02XK0HJG8WN on the laptop", "C02XK0HJG8WN"),
    ("device_id", "Янис, исправь мой серийник, там WTU0004173F и всё", "WTU0004173F"),
    ("device_id", "the serial is C02XK0HJG8WN, ok", "C02XK0HJG8WN"),
    ("device_id", "piano serial no. 417 023, tuned in May", "417 023"),
    # an observer's code after its Russian cue, a participant's cipher
    ("id_number", "Код наблюдателя AAVSO — GMRA (в отчетах до 2017 г.", "GMRA"),
    ("id_number", "сына Льва, шифр Ф9-07, СНИЛС не помню", "Ф9-07"),
    # capitals alone right after "code": a person's code in an organisation's books
    ("id_number", "Neil wants his record kept (the AAVSO code JKIB is on it)", "JKIB"),
    # a member's number in a club, a coworking, a union
    ("id_number", "Yelena Vydumova (member #118) | RU", "118"),
    ("id_number", "членский билет № 0417 выдан в 2020", "0417"),
    # a user name after "account"
    ("handle", "her account is mluna_astro, and", "mluna_astro"),
    # a home network's name and key
    ("secret", "wifi Mzia: Vydumiani_home / pass: tbilisi2026", "Vydumiani_home"),
    ("secret", "wifi Mzia: Vydumiani_home / pass: tbilisi2026", "tbilisi2026"),
    ("secret", "The safe word is apricot.", "apricot"),
    ("secret", "Пин-код: 1234.", "1234"),
    ("secret", "контрольное слово — Байкал", "Байкал"),
    # a card by its last four digits
    ("card", "bank statements (card ending 4517, account in her name)", "4517"),
    ("card", "  Paid with Visa ending 0083, delivered", "0083"),  # the card's brand
    ("card", "Перевела на карту, оканчивающуюся на 4517.", "4517"),
    ("card", "MIR *4517 списание 500р", "4517"),
    ("card", "оплата по карте •••• 4517 прошла", "4517"),
    ("card", "last four digits 4517", "4517"),
    ("card", "последние цифры карты 4517", "4517"),
    ("card", "Pay by card, last digits 0067.", "0067"),  # no count of the digits
    ("card", "final 4 digits: 4517", "4517"),
    ("card", "карта Сбер, посл. 4 цифры 4517", "4517"),
    # asked for in a dialogue: the next turn answers it
    ("secret", "10:02 Оператор: Назовите кодовое слово.\n10:02 Клиент: кочерыжка\n", "кочерыжка"),
    ("secret", "Bot: What is your password?\nMe: blue horse 77\nBot: ok", "blue horse 77"),
    # a vehicle's board number, as a driver is called on the radio
    ("id_number", "06:02 Борт 417 (Фиктивнов): База, на связи", "417"),
    ("id_number", "База: маршрут 7, борт 000422, ответьте.", "000422"),
    ("id_number", "Driver Outis's board 395 arrives 10:40", "395"),
    # a pupil's number in the class register, a member's in a list
    ("id_number", "Выдумкин Егор, № по журналу 7, 5 «Б»", "7"),
    ("id_number", "class 4A, register no. 14 — is that right?", "14"),
    ("id_number", "Небывалова, номер по списку 23, явилась", "23"),
    ("id_number", "1. Выдумов Тимофей (№ 4 по журналу)", "№ 4"),
    # a queue's list: a ticket opening a line, the visitor after a dash; "your" ticket
    (
        "id_number",
        "VISITOR QUEUE, Saturday\nQ-01 — Outis Nemo → to her son\nQ-02 — (reserve)\n",
        "Q-01",
    ),
    ("id_number", "Галина Петровна, вы за мной, номерок ваш 003", "003"),
    # a locker's key tag, a cloakroom's ticket
    ("id_number", "Ключ от шкафчика с биркой «Б-017», у душевых", "Б-017"),
    ("id_number", "ваш ключ от шкафчика «Б-041» тоже здесь", "Б-041"),
    ("id_number", "Lost: a key tag 112 on a red string", "112"),
    # a queue's ticket after its cue or under its column, a detainee's shop account
    ("id_number", "Мунтяну Ион, талон П-047. Патент", "П-047"),
    ("id_number", "талон у Мунтяну выбит: П-047.", "П-047"),
    (
        "id_number",
        "| queue no. | name |\n|---|---|\n| A-073 | OUTIS O. |\n| T-219 | NEMO V. |",
        "T-219",
    ),
    ("id_number", "деньги на ларёк (лицевой счёт 000417) дошли", "000417"),
    # a code with a letter said again without its cue
    ("address", "Client in cell B-14. Shares B-14 with one other man.", "B-14"),
    ("id_number", "талон П-047. Потом П-047 вызвали к окну.", "П-047"),
    # where a detainee is held
    ("address", "рег. номер 2026/00731, камера 412, жалоб нет", "камера 412"),
    ("address", "Жалуется: в камере 412 восемь человек.", "камере 412"),
    ("address", "получатель: Выдумкину К.А., кам. 611 | сдала", "кам. 611"),
    ("address", "| Выдумкин Е.Н., кам.214 | 2,1 кг |", "кам.214"),
    # a room, a cabin or a cell with a letter after its number
    ("address", "Выдумкина живёт в общежитии, комната 509-б, с соседкой.", "комната 509-б"),
    ("address", "Dormitory 9. Outis moved to room 214A last week.", "room 214A"),
    (
        "address",
        "Dormitory 9\n\nRoom | Resident | Keys\n-----|-----|-----\n214A | OUTIS, Ilya | 2\n",
        "214A",
    ),
    ("plate", "Mr Outis's white Toyota, plate GE-AB-000, was collateral", "GE-AB-000"),
    # a plate after the vehicle's field of a form
    ("plate", "Driver: OUTIS R. — Van: 000 TRN — Route: Narva / Sillamäe", "000 TRN"),
    ("plate", "His car (for the pick-up if needed): 000 ZZT. Then", "000 ZZT"),
    # an animal's brand after its cue, its number shaped like a year too
    ("id_number", "Производительница: «Хада», клеймо ЭВК 1931, чип", "ЭВК 1931"),
    ("id_number", "the dog's ear tattoo: RKF 0417 (left ear)", "RKF 0417"),
    # a few lower-case words between the vehicle and its colon
    ("plate", "Vehicle registered for loading: 35 OT 000 (Armenian plate)", "35 OT 000"),
    ("plate", "| 06/03 | Clara | 10:00 | 17:45 | parking: 35 OL 000\n", "35 OL 000"),
    ("plate", "машина, на которой он уехал: 35 OT 000, серая", "35 OT 000"),
    ("plate", "Машина (серая, седан): Н 000 КТ 15, стоит", "Н 000 КТ 15"),
    ("plate", "Машина: Camry серая, В 000 ХК 15; водитель Выдумов", "В 000 ХК 15"),
    # a flat by its number in English; a bed in a hostel or a shelter
    ("address", "Address: Outis, flat 24, entrance 2, Rostov", "flat 24"),
    ("address", "Taxi to Vasyl's place after the move (flat 4B, entrance C)", "flat 4B"),
    ("address", "She rents apartment 12 on the third floor", "apartment 12"),
    ("address", "Hostel guest book\nBed 12, lower bunk. Stayed 9 nights.", "Bed 12"),
    ("address", "Ночлежка «Приют». Выдано: койка 22, комплект белья.", "койка 22"),
    # a patient's ward and bed said together
    ("address", "Находился: палата № 12, койка 4, с 03.10", "палата № 12, койка 4"),
    ("address", "| хирургия-2, пал. 311, койка 6 |", "пал. 311, койка 6"),
    ("address", "| травматология, пал. 214, к. 3 | средней", "пал. 214, к. 3"),
    ("address", "| нейрохирургия, пал. 5/1 | тяжёлое", "пал. 5/1"),
    ("address", "В палату 12 на койку 4 переведён Выдумов", "палату 12 на койку 4"),
    ("address", "Moved to ward 4 bed 11 on Monday", "ward 4 bed 11"),
    ("address", "Outis is in bed 2, ward 7.", "bed 2, ward 7"),
    # a number of three digits or more an identifier holds, said again alone
    ("address", "Он в камере 0611. The cell changed, 0611 is empty now.", "0611"),
    ("unit", "служил в в/ч 12345, потом 12345 расформировали", "12345"),
    # without its leading zeros, or with them; a dashed code's last group
    ("id_number", "Паспорт 45 17 000293. А у брата точно 292, значит у него 293.", "293"),
    ("address", "Он в камере Б-611. Пишет, что там, в 611, холодно.", "611"),  # after a dash
    (
        "id_number",
        "паспорт 45 17 000381, а он помнит только «триста восемьдесят один»",
        "триста восемьдесят один",
    ),
    # and said in words, in any case, as an ordinal, or digit by digit
    (
        "address",
        'камера 611. Пишет: "я в шестьсот одиннадцатой, нас восемь"',
        "шестьсот одиннадцатой",
    ),
    ("address", "кв. 125, это сто двадцать пятая квартира", "сто двадцать пятая"),
    (
        "address",
        "Cell 611 again. He said six hundred and eleven on the phone.",
        "six hundred and eleven",
    ),
    ("address", "cell 611. Mum repeated: six one one.", "six one one"),
    ("address", "cell 642, I mean six hundred forty-two", "six hundred forty-two"),
    ("address", "камера 240, ну двести сорок, короче", "двести сорок"),
    ("address", "камера 213, в двухсот тринадцатой", "двухсот тринадцатой"),
    # a grave by its section and lot; a plot and a row said again beside a grave's word
    (
        "address",
        "Interment at Park Lawn Cemetery, Section C, Lot 112, Grave 4.",
        "Section C, Lot 112, Grave 4",
    ),
    (
        "address",
        "На Валеркину могилу приходите в любой день, участок 3, ряд 7.",
        "участок 3, ряд 7",
    ),
    # ... or a sector and its plot, a letter and a hyphen in either
    (
        "address",
        "Кладбище: новое городское, сектор Л-2, участок 88\nИзделие: стела",
        "сектор Л-2, участок 88",
    ),
    ("address", "Место на кладбище: квартал 12, участок 0417-Б.", "квартал 12, участок 0417-Б"),
    # a plot, a row and a place, in a text about graves, however far the grave's word; a
    # funeral service's word beside a plot and a row
    (
        "address",
        "Кладбище Северное. Кресты поправили.\n"
        + "Холмик без памятника, табличка. " * 5
        + "\n18.11 Сев. кл., муз. уч-к 28, ряд 6, м. 9 — Выдумов Д.",
        "уч-к 28, ряд 6, м. 9",
    ),
    (
        "address",
        "Гена (Ритуал-Сервис): заказ принял. Завтра буду на Северном, участок 41, ряд 3.",
        "участок 41, ряд 3",
    ),
    ("address", "Headstone: grey granite, to be set at plot 12, row 4.", "plot 12, row 4"),
    # ... said in words, as a voice message gives it
    (
        "address",
        "Выдумов, 14 марта 94-го. Аллея славы, третий участок второй ряд место четырнадцать\n"
        "Кладбище городское.",
        "третий участок второй ряд место четырнадцать",
    ),
    ("address", "Надгробие из гранита, ставим на участок 5, ряд 2, в мае.", "участок 5, ряд 2"),
    # a wallet's address by its shape alone, with no cue, in each coin's shape
    *(
        ("id_number", f"Перевела на {address} вчера вечером.", address)
        for address in (
            "TXk9r4cDq5J72aMnP8vQeW2sLh7Uy3ZbRw",  # TRON (TRC20)
            "0x00a7fC3d91B2e4400000c7E5dA19b03F2c8e6D1f",  # Ethereum
            "bc1q0000xk7h2t9wq3m8n5v4c6z2r7y0e8d4f5g3s",  # Bitcoin, bech32
            "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",  # Bitcoin, Base58
            "ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea",  # Litecoin, bech32
        )
    ),
    # a transaction's hash after its cue
    (
        "id_number",
        "Отправлено 855,4 USDT. Хэш: "
        "838a2ff56db011e882fa3014d963fdba000417d63c1142b3532c4a1ae623c125",
        "838a2ff56db011e882fa3014d963fdba000417d63c1142b3532c4a1ae623c125",
    ),
    # a long code's first and last characters said again alone, as one checks a wallet by them
    (
        "id_number",
        "Кошелёк TXk9r4cDq5J72aMnP8vQeW2sLh7Uy3ZbRw. Проверь первые и последние 4: TXk9 ... ZbRw",
        "ZbRw",
    ),
    (
        "id_number",
        "Кошелёк TXk9r4cDq5J72aMnP8vQeW2sLh7Uy3ZbRw. Проверь первые и последние 4: TXk9 ... ZbRw",
        "TXk9",
    ),
    # a house's number and its flat: an address with no street
    ("address", "Hannah (no 37, flat B) | Anew night x1 | £22.00", "no 37, flat B"),
    ("address", "Delivered to No. 12, apt 4 on the left", "No. 12, apt 4"),
    # a visit's permit and a pass issued to a person, by "№" or "No." after their word
    ("id_number", "разрешение на свидание № 41/С с обвиняемым", "41/С"),
    ("id_number", "visit permit No. 112/SV — visit with defendant", "112/SV"),
    ("id_number", "Выдан пропуск № П-00-4127 на склад", "П-00-4127"),
    ("id_number", "work permit no. 000-FI-77413, valid", "000-FI-77413"),
]

# Hyphens a word processor or a phone keyboard puts in place of "-", written out by hand.
HYPHENS = {
    "hyphen": "\u2010",
    "non-breaking hyphen": "\u2011",
    "figure dash": "\u2012",
    "minus sign": "\u2212",
    "fullwidth hyphen-minus": "\uff0d",
}

KEPT = [
    "шифр у нас простой, без цифр",  # no code after it
    # a digest or a commit's hash that begins "bc1" is hexadecimal: no Bitcoin address
    '"sha256": "bc1f3a0a9e0d3f5c0b1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778",',
    # an item's number before a flat rate or a flat screen is no address
    "Item no 3, flat rate applies; room no. 5, flat screen TV",
    # a permit or a pass with no number's sign after it: its kind, a date
    "пропуск на 12 часов; a permit for 2 weeks; разрешение на свидание 12.03",
    # a long number is no Base58 address; a commit's hash after no cue stays
    "счёт 30101810400000000225 в банке; 1234567891234567891234567891 шт.",
    "fixed in commit 9f2c4e1a7b3d5f60a8c1e2d4b6f8a0c2e4d6f8a1, see the log",
    # a code's ends said again need a letter and a digit or a capital inside
    "заказ AB12CD34EF56GH78IJ90; the word Data and 1234 and abcd stay",
    "dress code RED, code BLUE; country code RUS; the code is in the drawer",  # words, three
    # a pattern lock's cue with no quoted pattern after it, a key with none
    "Графический ключ: клиент не знает. Ключ от квартиры потерян",
    # a seller's word with no user name after it
    "the seller was nice, 5 stars; user error 404",
    # a system's user who made a report is the staff's account
    "Сформировано: 30.11.2022 17:02, пользователь: admin_vydumka",
    # an engine's power after the word for the vehicle is no plate
    "the tractor 300 HP engine, 2 axles",
    # a header's word in capitals after a cue, which the dictionary knows
    "=== BOOKING EXPORT (Reservio, EN) — Fri 30 Sep 2022 ===",
    # a pronoun after the naming verb is no call sign
    "а зовут всех одинаково, это позывной теперь",
    "car 500 EUR per day; машина 2014 года; такси 24 часа",
    "Monthly seat for Givi: 350 GEL, invoice INV-0312 stays open.",  # "seat" is no SEAT
    'the account was "suspended" by Meta; на канале «Дождь» сказали',
    'account name "deleted user"; аккаунт «удалён», профиль «скрыт»',
    "the road ends 12 km later; it ends in 2024. It ends with the word",
    "кадастровый инженер, у меня выписка готова",
    "домофон не работает с 2022, звоните",
    "пароль от почты, 2 раза вводила",
    # "#" and a number without a word of games or accounts; a cue's English word
    "Issue#1234 was closed, see PR#1235.",
    "Enter your username and password. The login page is down.",
    "Fyodor Ignatyevich and Nickolas Loginov signed; Handleman too.",  # a cue's letters open a name
    'He played lapta at school, hence my old nickname — "lapta", the game.',  # no account
    "бронь ОТМЕНЕНА, деньги вернули",
    "Vehicle: UAZ-469, an old one.",  # a maker's model
    "issue #1234 closed, see #0622 too",  # "#" before the number: a list's, an issue's
    "my wallet is empty and there were many other things left there that evening\nok",
    "Wi-Fi: есть, завтрак с 7. Boarding pass: seat 12, gate B.",  # an amenity, a seat
    "тело 2041).\n\n05.03.2024 11:30 outgoing e-mail to Kristina",  # a log's next entry
    "file: seating_Vydumova_Nodar_FINAL2.docx",  # "No" of "Nodar" is no number's cue
    "переписку с Нико.\n[10:11] Мама: вот договор [файл: dogovor_arendy_Niko_2.pdf]",
    "версия 1.2.3.4 вышла в 12:30:45, протокол 10.0.0.15 не нужен",  # no cue, no MAC
    "time code 01:00:00:00 to 01:02:33:14, then 00:00:12:05:11",  # no hex letter
    "serial number 3 on the list, the combination of factors in 2024",
    "the /user/ folder and a 3.5/db/ ratio",
    "a member of the club since 2019, 12 members came",
    "frame no. [device ID]\nDate: Thu 16.10.2025; s/n [device ID] | 36 OMBr",  # after a tag
    "Код калитки персональный: Выдумов и Сочинов, у каждого свой",  # names, no code
    "her account is private, the door code changed",
    "a brand new car in 2019, the brand 1000 km from home",  # no animal's brand
    "Bus pass: none. Пароль: нет.",  # a field that says it holds no secret
    "The car was bought in 2019: 20 EUR a day. Машина стоила — 300 USD",  # a sum after the words
    "Для отчёта в МЧС: рег. номер маршрута 0000-ГР-112.",  # a route's, not a car's
    "PIN 2 раза ввёл, password 2024 года не помню",  # a count and a year after the cue
    "В 2023 году 234 военнослужащих отказались",
    "в 2019 […] 15 человек пропали",  # a quotation's cut between two numbers
    "The booking was cancelled at the very last minute. Then we saw the B7X2Q9 sign",
    "погибли 1 793 человека, 45 лет",
    "15 000 рублей на карту не пришли",  # a sum after a cue word is not a card
    "| Дата | Карта | Сумма |\n| 2025 | Мир | 4 500 |\n",  # a card column's year and sum
    "| BKG | Nights |\n| 12345 | 3 |\n| SINGLE | 2 |\n",  # not letters and digits together
    "переведите 5000 рублей на карту",
    "карта местности 1:50000",
    "300 км, 12 кг, 20 °C, −5 °С",
    "угол 45° и 90°",
    "цены 12.50, 13.75 и 14.20",
    "in part 2023 of the report",
    "Unit 2022 results",
    "часть 2 статьи 337",
    "часть 1999 года",
    "He was 23, his unit had 120 men",
    "серия матчей 2:1",
    "a series of 12 strikes",
    "серии по 2 выстрела",
    "позывной",
    "позывной [позывной] знали",
    "We made the booking in March for 2 people. Flight SU 1234 left at 10:00.",
    "Booking confirmed for flight SU-1234 and the COVID-19 form.",  # no letter after a hyphen
    "| № | ФИО | Позывной | Дата |\n|---|---|---|---|\n| 1 | Выдумов | нет | 12.03.2024 |",
    "Call signs! No names on the air.",
    "Его позывной, как и имя, я не знаю.",
    "Ответ: Это [имя] позывной. Он ходил.",  # whose it is, not the call sign
    "Do not confuse the call sign with the river in the reports.",  # a little word after it
    "Позывной с ним не совпадал.",  # a preposition is no call sign
    # a line of prose with commas is no spreadsheet's header of call signs
    "Был Выдумов («Грач» — это и позывной, и фамилия, так его все и звали). По словам"
    " клиента, он добрый.\nСемья: жена, двое детей (6 и 9 лет), мама, папа.",
    "Туяна, не пиши тут позывной, пожалуйста.",  # a verb's object: she is spoken to
    "Сказал, что позывной у Армана был «[позывной]», отец дал.",  # the tag's word: no cue
    "Позывной «\\[позывной\\]» был у Тимура.",  # the tag as Markdown escapes it
    "Глава II и раздел IV-А, страница 12",  # Roman numerals with no certificate's digits
    # a chat export's time stamps after a messenger's name are no phone numbers
    "Экспорт чата Telegram\n\nМарат, [11.10.2024 08:14]\nтекст",
    "WhatsApp: [11.10.2024 08:14] Марат: да",
    "[05.02.2026 02:17] Марат: да",  # a date and a time that read as a phone number somewhere
    # a chat's stamp with a two-digit year opening the line after one that ends in digits
    "ключ активируем 01.03\n04.03.23 15:02 Гоча: Забрал всё",
    "The unit is paid till 10.10.\n09.09.23 12:05 BoxStation: Manager approved",
    "[12] 2025-11-15 18:44  napomni pro posylku",  # an ISO date and a time: a note's stamp
    "населения 1234567 человек",
    "It cost $1,234,567.",
    "телефон за 15 000",
    "в Signal группе 120 человек",
    "ИНН не знаю",
    "в телеграме канал Новости",
    "12 марта 2023 в 14:30",
    "Boeing 737 N123AB landed",
    "карту выдали в 2024 году; the fiscal year ending 2024",  # no card's tail
    "a T72B and an F16C; the IC7300 and the K3S",  # models: no call sign outside radio texts
    "size 10.5 N, weight 2.5 kg",
    "Model 5S AB 12 34, iPhone 15 Pro 256 GB",
    # a date ending a line and a number opening the next are no phone number
    "Дата / Date: 02.07.2024 \n\n3. Заметки",
    "Подпись 02.07.2024\n3 экземпляра",
    "Всего 495 12\n34567 рублей собрали",
    "часть 12 000 человек ушла",  # a count after "часть"
    "client code of conduct, part 3",  # no code after the cue
    "| Unit | Count |\n|---|---|\n| 3 | 120 |",  # small numbers in a unit column
    "номер части не помню, а прошло 2 года",
    "Исх. № 22/ТО/3-0419 от 09.10.2025",  # "от" between two numbers is no plate's letters
    '{"id": 1201, "date": "2025-10-03T21:14:09"}',  # a message's id is no account
    "code GB00 0000 0000 0000 00 is made up",  # an IBAN's shape with no cue: the check's
    # a secret's cue with no secret after it
    "забыла пароль от почты, потом вспомнила",
    "The password was changed last week.",
    "кодовое слово они так и не придумали",
    "Рекомендуем не сообщать кодовое слово.\nBot: Transfer released, thank you for waiting.",
    # a question about a password, then a letter's closing words with its writer's name
    "Логин ученика: [аккаунт], пароль не сбрасывали?\nС уважением, Светлана",
    "Did you change the password?\nKind regards, Anna",
    # on board, what follows counts; a list's number needs "№" or "номер" before it
    "на борту 38 пассажиров и 200 кг груза, борт 120 человек принял",
    "On board 140 people were counted; aboard 212 souls. Souls on board: 212.",
    "Всего на борту 212, из них детей — 40.",
    "по списку 12 человек, в журнале 5 ошибок",
    "камера 12 Мп, ячейка памяти; талон на 14:00; room B is free",
    "Палата 8\nкойка 22 — свободна. Отчёт в палату 5 в 10:00, ward 3 is closed",  # apart
    "к. 3 — кабинет, где приём",  # "к." alone: no ward before it
    "Car: 30 EUR a seat, leaves at 9:00. Bus: 12 stops.",  # a price, a count
    "a flat 20 percent fee; flat 5 km of road; the apartment had 3 rooms",
    "В больнице: койка 14 свободна, bed 3 is empty",  # a bed outside a hostel or a shelter
    "класс, по журналу 5 человек отсутствуют, № 3 по порядку",  # no list's number
    "Шаги:\nA1 — Выдумов звонит\nB2 — ответ",  # a line's code in a text about no queue
    "Vehicle: Toyota Camry XV50, 2014. Автомобиль: ВАЗ 21140. Truck: Mitsubishi L200",  # models
    "Lexus RX 350, белый; Toyota за 500 EUR; Kia Rio 2019 года",  # a model, a price, a year
    "Lexus RX 350 and a Golf GTI 2019; Сидел в СИЗО 12 лет",  # a model after a maker, a trim
    "Машина Алексея, Haval серый\n14:05 BOT: Is the person a contact?",  # the next line's time
    # a long code on the maker's line is not cut at the window's end into a plate
    "Kia Rio серый, куплен в салон, VIN XTA000GFL0K123456, в пути",
    "участок 3, ряд 7 — грядки с морковью",  # no grave's word: a vegetable plot
    "The meeting ending 12:30 was the last one.",  # a time's pairs have no letter
    # no code after an identifiers' field: a date, a weight, a word; "ID" in a sentence
    "Order ID: 2024-11-03. Weight ID: 12.5 kg. Valid ID: yes. An ID is asked at door 4417",
    # a record's number, the office's: a case, a call, a session, a clerk
    "Case ID: SLA-TR-000529. Call ID: LE-25-1183. Session ID: VA-2025-000771. Clerk ID: 0573",
    "stamp duty paid in 2024; a stamp of 40 mm; клеймо на металле стоит",  # no mark's code
    '[Stamp: Federal State Institution "354th Military Clinical Hospital"]',  # a paper's
    'envelope stamp "СИЗО-4 г. Москвы"; a stamp of notary Moscow, 000-n',
    "на даче 2 грядки: третий участок второй ряд, морковь",  # a plot in words, no grave
    "a 50# bag of flour; write to inbox.ru/ please; a box. of tea; the tax number is 12 digits",
    "date | room | code | note\n07/04/24 | 6 | 318 846 | shoes",  # no text about such codes
    "the network was down; сеть магазинов; сети 2024 года; a network of 12 volunteers",
    "USDT, network TRC20, to the wallet",  # a coin's network
    "Кладбище Армянское, сектор 9. Участок 12 заняли соседи.",  # one item, then a sentence
    "Стройка: участок 3, квартал 12, сектор Л-2, участок 88",  # no grave's word
    "Деда похоронили в 2010 году, в Твери. Потом мы переехали за город, купили дом у реки,"
    " завели кур и огород. Весной сажаем картошку: участок 3, ряд 7 — грядки с морковью.",
]


@pytest.mark.parametrize(("kind", "text", "span"), FOUND, ids=[f"{k}:{s}" for k, _, s in FOUND])
def test_each_identifier_is_found_with_its_exact_span(kind: str, text: str, span: str) -> None:
    hits = [(k, text[s:e]) for _, k, s, e, _ in patterns.run_all(text)]
    assert (kind, span) in hits


DATES = ("date", "birth_date")


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_numbers_and_words_are_not_identifiers(text: str) -> None:
    hits = [(k, text[s:e]) for _, k, s, e, _ in patterns.run_all(text) if k != "date"]
    assert hits == []


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        ("Он в камере 611. В колонии 611 человек, посылка 611 г, и в 611 км оттуда.", "камере 611"),
        ("He is in cell 611. They paid 611 USD, drove 611 km, 611 people.", "cell 611"),
        ("паспорт 4511 002014; живёт там с 2014, уехал в 2016", "4511 002014"),  # a year
        ("камера 1995, он 1995 года", "камера 1995"),
        ("камера 412 | заказ № 412 | 0412 | #412", "камера 412"),  # its own sign, or zeros
        ("кв. 125; сто двадцать пять рублей, сто двадцать пять km", "кв. 125"),  # in words
        ("камера 711, а у соседа восемь один один", "камера 711"),  # "семь" inside "восемь"
        ("камера 611: шестьсот двенадцать, шестьсот, одиннадцать, шестьсотый", "камера 611"),
        ("кв. 12, дом 12; 12 раз", "кв. 12"),  # fewer than three digits
    ],
)
def test_an_identifiers_number_said_again_as_a_count_or_a_year_is_kept(
    text: str, identifier: str
) -> None:
    # "он 1995 года" is his year of birth, a finding of its own
    hits = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k not in DATES]
    assert hits == [identifier]


def test_a_ward_and_bed_make_no_seat_of_a_place_elsewhere() -> None:
    """A seat alone ("место 15") is a passenger's only in a text with a carriage's seat."""
    text = "Палата 12, койка 3. На парковке место 15 свободно."
    hits = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k != "date"]
    assert hits == ["Палата 12, койка 3"]


REDACTOR = Redactor(Registry.from_json({"people": []}), ner=False)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Его позывной «Гром».", "Его позывной «[позывной]»."),
        ("His call sign is Wolf.", "His call sign is [call sign]."),
        ("Телефон с IMEI 356938035643809.", "Телефон с IMEI [номер устройства]."),
        (
            "Паспорт: серия 46 09, номер 123456.",
            "Паспорт: серия [номер документа], номер [номер документа].",
        ),
        ("Служил в в/ч-56789.", "Служил в [воинская часть]."),
        # a capitalised call sign, once announced, is one wherever the text names it again
        (
            "Позывной у него Ветла.\nВетла: Приём.\nКедр: Слышу, Ветла.",
            "Позывной у него [позывной].\n[позывной]: Приём.\nКедр: Слышу, [позывной].",
        ),
        (
            "His call sign was Willow. Willow: copy.",
            "His call sign was [call sign]. [call sign]: copy.",
        ),
        ("позывной бурый, потом бурый кот", "позывной [позывной], потом бурый кот"),
        # in its other cases
        (
            "Позывной у него «Малина». Чай передали через Малину, а малину съели.",
            "Позывной у него «[позывной]». Чай передали через [позывной], а малину съели.",
        ),
        # in capitals and in title case, and in Latin letters after a Cyrillic one
        (
            "Позывной ВЕТЛА. Ветла: приём. Ветла! А ветла растёт.",
            "Позывной [позывной]. [позывной]: приём. [позывной]! А ветла растёт.",
        ),
        # an amateur call sign found once is one again in any case
        (
            "QSO with UA9ABC at noon; later in the chat: ua9abc is silent",
            "QSO with [call sign] at noon; later in the chat: [call sign] is silent",
        ),
        (
            "Call signs in the original: ШКВАЛ, ЖУК.\nSHKVAL: Zhuk, copy? Shkval here.",
            "Call signs in the original: [call sign], [call sign].\n"
            "[call sign]: [call sign], copy? [call sign] here.",
        ),
        ("Позывной Шквал — напишите мне.", "Позывной [позывной] — напишите мне."),
    ],
)
def test_redaction_puts_the_kind_tag_in_place_and_keeps_the_quotes(
    text: str, redacted: str
) -> None:
    assert REDACTOR.redact(text).text == redacted


@pytest.mark.parametrize(
    ("kind", "ru", "en"),
    [
        ("call_sign", "[позывной]", "[call sign]"),
        ("device_id", "[номер устройства]", "[device ID]"),
        ("secret", "[кодовое слово]", "[code word]"),
    ],
)
def test_each_new_kind_is_tagged_by_default_in_both_languages_and_allowed_in_policies(
    kind: str, ru: str, en: str
) -> None:
    schema = json.loads((ROOT / "schemas" / "policy.schema.json").read_text(encoding="utf-8"))
    assert kind in KINDS
    assert kind in schema["properties"]["actions"]["propertyNames"]["enum"]
    assert Policy.default().action(kind) == "tag"
    assert (tag(kind, "ru"), tag(kind, "en")) == (ru, en)
    assert Policy.from_json({"actions": {kind: "keep"}}).action(kind) == "keep"


@pytest.mark.parametrize(("kind", "text", "span"), FOUND, ids=[f"{k}:{s}" for k, _, s in FOUND])
def test_the_leak_scan_sees_each_identifier_and_nothing_once_it_is_redacted(
    kind: str, text: str, span: str
) -> None:
    start = text.index(span)
    seen = REDACTOR.scan_for_leaks(text)
    assert any(f.start <= start and f.end >= start + len(span) for f in seen), seen
    redacted = REDACTOR.redact(text).text
    assert span not in redacted
    assert REDACTOR.scan_for_leaks(redacted) == []
    assert REDACTOR.redact(redacted).text == redacted


@pytest.mark.parametrize("dash", HYPHENS.values(), ids=HYPHENS.keys())
@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("СНИЛС 000{d}123{d}456 78.", "СНИЛС [номер документа]."),
        ("ИНН 7700{d}0000{d}0012.", "ИНН [номер документа]."),
        ("Звонил с +7 900 000{d}00{d}21.", "Звонил с [телефон]."),
        ("Служил в в/ч{d}12345.", "Служил в [воинская часть]."),
        ("Личный номер АБ{d}123456.", "Личный номер [номер документа]."),
    ],
)
def test_an_identifier_typed_with_another_hyphen_is_redacted_whole(
    text: str, redacted: str, dash: str
) -> None:
    assert REDACTOR.redact(text.format(d=dash)).text == redacted


@pytest.mark.parametrize("dash", ["\u2013", "\u2014"], ids=["en dash", "em dash"])
def test_a_unit_number_after_a_dash_that_parts_words_is_redacted(dash: str) -> None:
    assert REDACTOR.redact(f"Служил в в/ч {dash} 12345.").text == "Служил в [воинская часть]."


def test_a_handle_made_of_a_registered_persons_name_is_redacted_whole() -> None:
    """Its name parts replaced one by one ("Halyna_[name]") would still read as a handle
    and leave its shape; the handle is one identifier."""
    redactor = Redactor(
        Registry.from_json({"people": [{"name": "Лара Выдумова", "gender": "f"}]}), ner=False
    )
    text = "Пишите маме в Telegram lara_vydumova, она ответит."
    assert redactor.redact(text).text == "Пишите маме в Telegram [аккаунт], она ответит."


def test_a_clause_after_a_call_signs_sentence_names_one_only_after_a_persons_name() -> None:
    text = "У него позывной Гром. А у нас — Пасха скоро. У соседей - Ремонт."
    found = [text[f.start : f.end] for f in REDACTOR.analyze(text) if f.kind == "call_sign"]
    assert found == ["Гром"]


def test_a_verb_after_a_plural_cue_opens_no_list_of_call_signs() -> None:
    """ "Вы сказали позывные тоже писать": the clause goes on; a list's items are nouns."""
    text = "Его позывной был «Немец». Вы сказали позывные тоже писать.\nПозывные у них: гром, туман"
    found = [text[s:e] for _, kind, s, e, _ in patterns.run_all(text) if kind == "call_sign"]
    assert found == ["Немец", "гром", "туман"]


def test_a_capitalised_word_opening_the_clause_after_a_call_sign_is_no_gloss() -> None:
    """ "«Гром» - Muravey." glosses the call sign; "«Гром» - Так и записали" goes on."""
    text = "позывной «Гром» - Так и записали в журнал"
    found = [text[s:e] for _, kind, s, e, _ in patterns.run_all(text) if kind == "call_sign"]
    assert found == ["Гром"]


def test_a_remark_in_a_column_of_signatures_is_no_mark() -> None:
    """ "отказано, не часы посещения" in the signature column is the guard's remark."""
    text = (
        "| № | кто | подпись |\n|---|---|---|\n"
        "| 5 | Небылова С. | Света |\n| 6 | Груша П. | отказано, не часы посещения |\n"
    )
    found = [text[s:e] for name, _, s, e, _ in patterns.run_all(text) if name == "signature"]
    assert found == ["Света"]


def test_the_secrets_tag_asks_for_no_secret_on_the_next_line() -> None:
    """Once redacted, "Tell Roma: ... Passphrase: «[кодовое слово]»." holds the tag's own
    words, which are a cue; the next line's "Юсси это вы?" is no answer to them."""
    text = (
        "07:41 Karhu: Tell Roma: 18.02, 23:00. Passphrase: «[кодовое слово]».\n"
        "07:42 Ольга: Юсси это вы?\n"
    )
    assert [kind for _, kind, *_ in patterns.run_all(text) if kind == "secret"] == []
    asked = "07:41 Karhu: Tell me the кодовое слово.\n07:42 Ольга: дрова\n"
    found = [asked[s:e] for _, kind, s, e, _ in patterns.run_all(asked) if kind == "secret"]
    assert found == ["дрова"]


def test_a_pseudonym_in_a_column_of_signatures_is_no_leak() -> None:
    """A registered man's name signed in the column becomes his pseudonym, which the leak
    scan reads as a mark there; a pseudonym leaks nothing. A note under the table, its
    commas read as cells, is no row of it."""
    redactor = Redactor(
        Registry([Person("Андрей Выдумкин", gender="m", pseudonym="Олег")]), ner=False
    )
    text = (
        "| № | кто | подпись |\n|---|---|---|\n| 1 | Выдумкин А. | Выдумкин |\n\n"
        "Примечание, как видно, не он, Ирина, расписалась.\n"
    )
    redacted = redactor.redact(text).text
    assert "Выдумкин" not in redacted and "Олег" in redacted, redacted
    assert redactor.scan_for_leaks(redacted) == []
    found = [text[s:e] for name, _, s, e, _ in patterns.run_all(text) if name == "signature"]
    assert found == ["Выдумкин"]


def test_a_call_sign_cue_at_a_csv_cells_end_takes_no_punctuation_for_the_call_sign() -> None:
    """ "... do not publish the call sign","Позывной «Байкал» ...": the cue ends its cell, and
    the '","' after it is no call sign (a decided "," would be looked for everywhere, the
    manifest's commas too); the call sign in the next cell is one."""
    row = 'C-79,"officer called \'Baikal\'. do not publish the call sign","Позывной «Байкал» нет"'
    found = [row[f.start : f.end] for f in REDACTOR.analyze(row) if f.kind == "call_sign"]
    assert found and all(any(c.isalnum() for c in text) for text in found), found
    assert "Байкал" in found, found


def test_a_status_in_a_column_of_signatures_is_no_mark() -> None:
    """ "| Signature |" over "signed" or "refused": a status in lower case, no one's mark;
    a clipped name under "подпись" still is."""
    table = (
        "| # | Name | Signature |\n|---|---|---|\n| 57 | Colin | signed |\n"
        "| 58 | Neil | refused |\n"
    )
    found = [table[f.start : f.end] for f in REDACTOR.analyze(table) if f.kind == "name"]
    assert "signed" not in found and "refused" not in found, found
    table = "| дата | кто взял | подпись |\n|---|---|---|\n| 18.11 | Небылов Д. | Выд |\n"
    assert "Выд" in [table[f.start : f.end] for f in REDACTOR.analyze(table)]


def test_a_cards_tail_after_ends_is_found() -> None:
    """ "Card ends 0072" (not "ending", which the card's own rule reads) is a card's last
    digits too."""
    text = "DOB on file. Card ends 0072. Also please note the display name."
    found = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k != "date"]
    assert found == ["0072"], found


def test_a_phone_ends_on_its_line_where_a_chats_stamp_opens_the_next() -> None:
    """ "номер склада +7 812 000-88-00)" over "19.10.22 11:40 Кети:": the stamp is the next
    message's date and time, after a messenger's cue too, and is kept."""
    for cue in ("WhatsApp", "тел."):
        text = f"({cue}, номер склада +7 812 000-88-00)\n19.10.22 11:40 Кети: да"
        redacted = REDACTOR.redact(text).text
        assert redacted.endswith("[телефон])\n19.10.22 11:40 [имя]: да"), redacted


def test_a_links_title_of_several_words_is_no_name_said_again() -> None:
    """A slug of words is a title's; a handle of words with no id's digits is said again
    whole, not by its words ("t.me/vostok_tour_kzn" is no "VOSTOK-TOUR LLC")."""
    text = "Тема: forum.example/t/remont-kryshi-2024, remont и kryshi обсудили"
    assert REDACTOR.redact(text).text.endswith(", remont и kryshi обсудили")
    text = "VOSTOK-TOUR LLC · Travel agency\nTelegram: t.me/vostok_tour_kzn"
    assert REDACTOR.redact(text).text.startswith("VOSTOK-TOUR LLC · Travel agency")


def test_the_rest_of_a_number_a_hard_wrap_carried_to_the_next_line_goes_with_it() -> None:
    """ "account no. 40817810 0 0000 0417" wrapped, its last "36" on the next indented line;
    a list's next item and a count there are no part of it."""
    text = "account\n   no. 40817810 0 0000 0417\n   36 (client read it from a screenshot)"
    assert "36" not in REDACTOR.redact(text).text.split("\n")[2]
    for after in ("   2. Дальше пункт", " 12 раз звонил", " 13:06  проп."):
        kept = REDACTOR.redact(f"Тел. +7 900 000 00 00\n{after}").text
        assert kept.endswith(after), kept
    rows = " 1 — дед, СНИЛС 000-000-000 00\n 2 — дядя, паспорт есть"  # the next row's number
    assert REDACTOR.redact(rows).text.endswith("\n 2 — дядя, паспорт есть")


def test_a_list_items_number_and_a_date_are_no_phone_once_the_phone_above_is_redacted() -> None:
    """ "6) 11.10.2024" opening a line reads as a number some region dials; with the phone
    above it in the text, the phone's window took it in, and once the phone was a tag the
    leak scan found it alone: a list's item number is no part of a phone."""
    text = "Телефон Мадины: +7-918-000-73-40\n\n6) 11.10.2024. Письмо до востребования"
    redacted = REDACTOR.redact(text).text
    assert redacted.endswith("[телефон]\n\n6) 11.10.2024. Письмо до востребования"), redacted
    assert REDACTOR.scan_for_leaks(redacted) == []


@pytest.mark.parametrize("tag_of", ["[{}]", "\\[{}\\]"])
def test_a_cue_that_fills_a_tag_names_no_number_after_it(tag_of: str) -> None:
    """Once a plate is redacted, "записан как [номер машины]" holds the tag's own words,
    which are a plate's cue; the capitals and digits past a blank line (an SMS's "SMS
    1411") are no plate of it, in the text or in Markdown's escaped brackets. The same
    words written as a cue find them."""
    after = ", копию прикладываю.)\n\n==== 5 ====\nSMS 1411 от банка: «Уважаемый клиент!»"
    tagged = "Снегоход записан как " + tag_of.format("номер машины") + after
    assert [kind for _, kind, *_ in patterns.run_all(tagged) if kind == "plate"] == []
    said = "Снегоход записан как номер машины" + after
    found = [said[s:e] for _, kind, s, e, _ in patterns.run_all(said) if kind == "plate"]
    assert found == ["SMS 1411"]


def test_a_tags_words_name_the_next_identifier_in_a_list() -> None:
    """A list gives one identifier after another: the tag that replaced the first still
    names the next, on its line or the next ("ИНН [номер документа]   ОГРНИП
    321100000004415", "[ID number]\nTicket no. 235-0000418811")."""
    text = "ИНН [номер документа]   ОГРНИП 321100000004415\nМагазин «Шмель»"
    found = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "id_number"]
    assert "321100000004415" in found


def test_a_cue_followed_by_its_tag_names_nothing_on_the_next_line() -> None:
    """Once redacted, "гос. номер [номер машины], СТС [номер документа]." has had its
    numbers: a piece of the next line's date ("С 02" of "С 02.08.2024") or stamp is no
    plate or account of the cue's. Where the cue's line ends with no tag, its number on
    the next line is found."""
    for text in (
        "Авто Лада, гос. номер [номер машины], СТС [номер документа].\nС 02.08.2024 муж там",
        "Лицевой счёт [номер документа].\n12.05.2023 09:29 пришло СМС",
    ):
        assert [k for _, k, *_ in patterns.run_all(text) if k in ("plate", "id_number")] == []
    said = "Авто Лада, гос. номер\nС 024 ВК, СТС выдано"
    found = [said[s:e] for _, kind, s, e, _ in patterns.run_all(said) if kind == "plate"]
    assert found == ["С 024 ВК"]


def test_a_plates_digits_with_their_zero_said_again_alone_are_found() -> None:
    """ "А 041 ВН 08" in a list, then "с калмыцкими номерами, 041 по ним узнаете": the
    plate's digits, a zero first, said again with a preposition after them (no noun they
    count) are the plate's."""
    text = (
        "3. Выдумова — авто Лада Гранта А 041 ВН 08\n"
        "я на машине, гранта с калмыцкими номерами, 041 по ним узнаете"
    )
    found = [(k, text[s:e]) for _, k, s, e, _ in patterns.run_all(text)]
    assert ("plate", "041") in found
    assert text.count("041") == 2 and "041 по" not in REDACTOR.redact(text).text


def test_a_plate_squeezed_into_a_files_name_between_underscores_is_found() -> None:
    """A tachograph's download file names the tractor ("V_20240710_0930_417BKT.ddd"): the
    plate squeezed, an underscore before it, is the plate said again."""
    text = "tractor 417 BKT\nVehicle unit download: V_20240710_0930_417BKT.ddd"
    found = [(k, text[s:e]) for _, k, s, e, _ in patterns.run_all(text)]
    assert ("plate", "417BKT") in found


def test_a_cues_number_with_a_slash_in_it_is_no_piece_of_a_date() -> None:
    """ "С 02" of "С 02.08.2024" is a piece of a date; "МО-25" of a tag's "МО-25/03117" is
    the number's own first part, and is found."""
    text = "Журнал опознания\n\nБирка № МО-25/03117\nПоступил: 17.08.2025"
    found = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "id_number"]
    assert any(f.startswith("МО-25") for f in found), found


def test_an_organisations_account_after_its_cue_is_no_persons() -> None:
    """A person's account (408..., 423...) after "счёт" is found; a fund's or a firm's
    (407...) is the organisation's own business."""
    text = "Счёт у меня 40817810000000418273; счёт фонда 40703810000000004127"
    found = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "id_number"]
    assert found == ["40817810000000418273"]


def test_a_trailers_plate_after_its_word_or_under_its_column_is_found() -> None:
    """A Russian trailer's plate, two letters, four digits and the region, after
    "полуприцепом" or in a CSV's column headed "прицеп"."""
    text = "номер Х 000 ТМ 761 с полуприцепом ЕА 0047 61. Где ты?"
    found = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "plate"]
    assert "ЕА 0047 61" in found
    text = "бронь;тел;гос_номер;прицеп;статус\nQX-1;+7 900;В 000 ОК 60;ВА 0027 60;ok"
    found = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "plate"]
    assert "ВА 0027 60" in found
