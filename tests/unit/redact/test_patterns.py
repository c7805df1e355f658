"""Span tables for every pattern recognizer, in Russian and English, and what must stay.

All numbers are fictional: phones use the +7 900 000-00-xx style or ranges reserved
for fiction (+1 202 555 01xx, +44 20 7946 0xxx).
"""

from __future__ import annotations

import pytest

from intake.redact import identifiers, patterns

FOUND = [
    # (kind, text, the exact span that must be found)
    ("phone", "Звоните +7 900 000-00-00 вечером", "+7 900 000-00-00"),
    ("phone", "мой номер 8 (900) 000-00-01.", "8 (900) 000-00-01"),
    ("phone", "тел. 8-900-000-00-02", "8-900-000-00-02"),
    ("phone", "номер 89000000003 у мамы", "89000000003"),
    ("phone", "звонил с 900 000 00 04", "900 000 00 04"),
    ("phone", "Украина: +380 50 000 0000", "+380 50 000 0000"),
    ("phone", "Беларусь +375 29 000-00-00", "+375 29 000-00-00"),
    ("phone", "Казахстан +7 701 000 0000", "+7 701 000 0000"),
    ("phone", "Call +1 202 555 0143 now", "+1 202 555 0143"),
    ("phone", "London office +44 20 7946 0000.", "+44 20 7946 0000"),
    ("phone", "домашний тел. 000-00-05, звоните", "000-00-05"),  # a local number, no area code
    ("phone", "звоните 00-00-06 после шести", "00-00-06"),
    # other countries' plates: capitals, three digits, capitals
    ("plate", "Prius серый, номер GG-000-XR. Свободно 3 места", "GG-000-XR"),
    ("plate", "Skoda Octavia, EE 000 BRT | Narva", "EE 000 BRT"),
    ("plate", "Volvo FH truck + trailer | GAA-000-B / TR-0042", "GAA-000-B"),
    ("plate", "Chevrolet Cobalt · 000 ABC 01 · rating 4.98", "000 ABC 01"),  # Kazakhstan
    # a plate of any country after its cue, before its country's code, under its header
    ("plate", "Vehicle: grey Škoda Octavia, EST registration 512 BKT", "512 BKT"),
    ("plate", "Твой Запорожец на финских номерах CAB-965 пустят?", "CAB-965"),
    ("plate", "| 11 | Москвич-407, 1958 | 407 MSK (EST) | Tallinn |", "407 MSK"),
    (
        "plate",
        "| car | year | plates | club |\n|---|---|---|---|\n| Volga GAZ-21, grey | 1961 |"
        " — | Tartu |\n| Pobeda, black, restored | 1955 | KL 4417 | Tallinn |\n",
        "KL 4417",
    ),
    # a parcel locker's code after its cue or under its header
    ("secret", "Ваш код получения 418 205, ячейка A03.", "418 205"),
    (
        "secret",
        "| время | ячейка | номер заказа | ФИО | код получения | статус |\n"
        "|---|---|---|---|---|---|\n| 09:12 | B14 | PB-000418827 | Б. | — | нет |\n"
        "| 09:40 | A03 | PB-000419003 | Т. | 418 205 | да |\n",
        "418 205",
    ),
    # a code a site gives, Latin letters and digits mixed, after the word for a code
    ("id_number", "Запись: заявка 7, защитный код 4F2A7C; прием 23.04", "4F2A7C"),
    ("id_number", "we booked the consulate for 14 May (booking 7, code a41c9e).", "a41c9e"),
    ("id_number", "Запись: код 9b7e1d; прием 04.06.2024 10:20", "9b7e1d"),
    # a Central Asian address: Uzbek's numbers first, Kazakh's house and flat words first
    (
        "address",
        "Pickup: Chilonzor 9-kvartal, 41-uy, 17-xonadon, mo‘ljal",
        "Chilonzor 9-kvartal, 41-uy, 17-xonadon",
    ),
    ("address", "Адрес: 9-мавзе, 41-уй, 17-хонадон.", "9-мавзе, 41-уй, 17-хонадон"),
    ("address", "Алматы, үй 41, пәтер 17", "үй 41, пәтер 17"),
    # a radio amateur's grid locator; a bank's SWIFT code; a grave's place
    ("coordinates", "R3DKM, оператор В. Ю., QTH Кимры, KO86xs / дата", "KO86xs"),
    ("id_number", "Со счёта GE07 TB00 0000 0600 0083 21, SWIFT TBCBGE22. Если", "TBCBGE22"),
    ("id_number", "SWIFT/BIC: DEUTDEFF500", "DEUTDEFF500"),
    ("address", "| уч. 12, ряд 4, мог. 17 | Выдумов П. Н. |", "уч. 12, ряд 4, мог. 17"),
    ("address", "(мог. 17 — оградку покрасить)", "мог. 17"),
    ("address", "могила № 45 на Северном кладбище", "могила № 45"),
    ("address", "Plot 12, row 4, grave 17.", "Plot 12, row 4, grave 17"),
    # the street word capitalised: opening a line, or a bike station named after a street
    ("address", "Ул. Мира, 12 — там и жил", "Ул. Мира, 12"),
    ("address", "у станции «Ул. Мира, 00» вместе", "Ул. Мира, 00"),
    ("address", "Проспект Победы 41, кв. 7", "Проспект Победы 41, кв. 7"),
    # a room someone lives in, or a room in a dormitory
    ("address", "I live in C-507 with my roommate.", "C-507"),
    ("address", "I ask to move to C-312, where there is a bed.", "C-312"),
    ("address", "Он живёт в комнате 312 уже год.", "312"),
    ("address", "Dormitory 3, room 507: a change of rooms is requested.", "room 507"),
    ("address", "В общежитии, ком. 12, шумно.", "ком. 12"),
    (
        "address",
        "ROOM ALLOCATION SHEET\n\nRoom | Bed | Resident | Notes\nB-214 | 1 | V. P. | father\n",
        "B-214",
    ),
    ("address", "Общежитие. Ключ у старосты (Горлова, к. 418).", "к. 418"),
    (
        "address",
        "ОБЩЕЖИТИЕ №3\n\n| неделя | комната | кто |\n|---|---|---|\n| 03–09.11 | 412 | Б. |\n",
        "412",
    ),
    # where a passenger travels: a carriage and a seat, a seat in that text, a cabin
    ("address", "пассажир Выдумов О. (ваг. 9, м. 17, паспорт)", "ваг. 9, м. 17"),
    ("address", "Выдумов (ваг. 9, м. 17). Выдумова переведена с м. 22 на м. 30.", "м. 22"),
    ("address", "Deck 7, cabin 7021 (m/v Victoria Seaways) | black backpack", "cabin 7021"),
    ("address", "Выдумов следует до Твери на место 16 вагона 9, спал", "место 16 вагона 9"),
    ("address", "на место 16 вагона 9. Пассажир места 14 пожаловался", "места 14"),
    # a street abroad named before its word, with its house and flat
    ("address", "Address: Maskavas iela 250, dz. 14, Riga", "Maskavas iela 250, dz. 14"),
    ("address", "she lives at Gedimino pr. 9-4, Vilnius", "Gedimino pr. 9-4"),
    ("address", "Narva mnt 00, Tallinn", "Narva mnt 00"),
    ("address", "jetzt Berliner Str. 5, Whg. 3, bei", "Berliner Str. 5, Whg. 3"),
    ("address", "живут на Atatürk Caddesi 12 daire 3 в Анталье", "Atatürk Caddesi 12 daire 3"),
    ("address", "Customer: Denis Outis, Hauptstr. 00, 10115 Berlin", "Hauptstr. 00"),
    ("address", "asuu nyt Aleksanterinkatu 12, Helsinki", "Aleksanterinkatu 12"),
    ("address", "c/o Elina, Porvoonkatu 00 B 14, 00510 Helsinki", "Porvoonkatu 00 B 14"),
    ("address", "Adresse: Schulstraße 8, Zi. 17, Fulda", "Schulstraße 8, Zi. 17"),
    ("address", "Kalverstraat 12-3, Amsterdam", "Kalverstraat 12-3"),
    # a street as Serbian, Croatian, Montenegrin write it: its word first, a flat ("stan"),
    # no number ("bb")
    (
        "address",
        "Address: Bulevar kralja Aleksandra 73, stan 12, 3rd floor",
        "Bulevar kralja Aleksandra 73, stan 12",
    ),
    ("address", "Flat: Kneginje Zorke 00, stan 00.", "Kneginje Zorke 00, stan 00"),
    ("address", 'the waiver reads "Dobrota bb, stan 14 or 41" and', "Dobrota bb, stan 14 or 41"),
    ("address", "Adresa: Njegoševa bb, Kotor", "Njegoševa bb"),
    # a street with no street word before its house, a comma, a postcode and a town
    (
        "address",
        "Bill to: J. M. (JMBG 0), Cara Dušana 41/7, 11000 Beograd",
        "Cara Dušana 41/7, 11000",
    ),
    ("address", "dostava: Resavska 3/2, 11000 Beograd", "Resavska 3/2, 11000"),
    ("address", "Адрес: Цара Душана 41, 11000 Београд", "Цара Душана 41, 11000"),
    # a post office box; its number said again after "ящик" or "box", in words too
    ("address", "кто арендует а/я 17 и «куда", "а/я 17"),
    ("address", "Send it to P.O. Box 1234, Larnaca", "P.O. Box 1234"),
    ("address", "абонентский ящик № 0017, ключ", "абонентский ящик № 0017"),
    ("address", "Postfach 12 34 56, Berlin", "Postfach 12 34 56"),
    ("address", "аренда а/я 17.\nСпрашивали «ящик семнадцать, кто берёт»", "ящик семнадцать"),
    # a house by "d." after its street's or district's name, as Russian is typed in Latin
    ("address", "Delivery: Almaty, Zhetysu-2, d. 00 (owner arrived 2024-05)", "Zhetysu-2, d. 00"),
    ("address", "Address: Lenina, d. 5, kv. 12, Tver", "Lenina, d. 5, kv. 12"),
    # a flat's street and house without their words; a villa by its number
    ("address", "Снег: Климовск Ленина 4 кв 9 — Надежде 3 бут", "Ленина 4 кв 9"),
    ("address", "Завтра в 10 сможете? Вилла 18, Аль Барша 2, код на воротах", "Вилла 18"),
    ("address", "Villa 4B, Jumeirah Park, Dubai", "Villa 4B"),
    ("address", "Flat 2/41 Elmore Street, London", "41 Elmore Street"),  # a flat, a house
    # an address's house and flat said again alone
    ("address", "Адрес: ул. Ленина, д. 41/7.\n[22.03 18:06] Jelena: Da, 41/7. Hvala", "41/7"),
    # a plot of a gardeners' association in English
    (
        "address",
        'Site: dacha plot, Vydumkino village, "Rodnichok" gardeners\' association, plot 00\nPayer',
        "plot 00",
    ),
    ("address", "Адрес: Булевар ослобођења 47, стан 12, Сад", "Булевар ослобођења 47, стан 12"),
    # a house named by its street after "дом", as a residents' chat is titled
    ("address", "WhatsApp: «Дом Ленина 112 (жильцы)» — экспорт чата", "Ленина 112"),
    ("address", "живём в дом на Гагарина 7, третий подъезд", "Гагарина 7"),
    # a plot in a garden partnership
    (
        "address",
        "Заказ 0043 — Выдумов С. В., СНТ «Колос», участок 58, до 18:00",
        "СНТ «Колос», участок 58",
    ),
    ("address", "живут на даче, уч. № 12 в СНТ «Ромашка», зимой", "уч. № 12 в СНТ «Ромашка»"),
    # a passport's issuing department code
    ("id_number", "выдан МВД 22.07.2019, код подразделения 020-000, зарегистрирован", "020-000"),
    # a number with an unreadable gap marked inside it
    ("id_number", "Жетон у меня АВ-000[неразборчиво]4, это чтоб ты знала", "АВ-000[неразборчиво]4"),
    ("id_number", "звони в часть, в/ч 000[нрзб]7, там спросить", "000[нрзб]7"),
    # a masked phone, as a bank's screen shows the recipient's
    ("phone", "Перевод по СБП: Иван П., +7 902 ***-**-18. Сообщение", "+7 902 ***-**-18"),
    # letters typed for the digits they look like: Cyrillic О and З, Latin O and I
    ("phone", "Зоя +7 9ОО ООО-71-ЗЗ (пишу буквами)", "+7 9ОО ООО-71-ЗЗ"),
    ("phone", "new number +381 6O OOO 45 12 (sorry)", "+381 6O OOO 45 12"),
    ("phone", "звони 8 9I6 OOO-12-З4 вечером", "8 9I6 OOO-12-З4"),
    # right after the word for a phone, a number no region's plan validates
    ("phone", "Phone: 96 000 518 (Dmitry), office", "96 000 518"),
    ("phone", "Тел. (моб.): 0 000 42 17\n12.03.2024 4500 руб.", "0 000 42 17"),
    ("phone", "WhatsApp 96-000-518, вечером", "96-000-518"),
    ("email", "пишите на test.person@example.org.", "test.person@example.org"),
    ("email", "Write to someone+tag@mail.example.com", "someone+tag@mail.example.com"),
    # an address spelt out so that machines miss it
    ("email", "пишите: test_k собака mail точка ru, она ответит", "test_k собака mail точка ru"),
    ("email", "or test.k (at) example (dot) com.", "test.k (at) example (dot) com"),
    ("email", "test_k[at]example[.]org is hers", "test_k[at]example[.]org"),
    ("email", "write test dot k at example dot org now", "test dot k at example dot org"),
    ("handle", "в телеграме @test_user_01 или", "@test_user_01"),
    ("handle", "канал https://t.me/test_channel.", "https://t.me/test_channel"),
    ("handle", "see vk.com/id000000 and", "vk.com/id000000"),
    # a person's profile on a site for code, work or writing
    ("handle", "Her GitHub: github.com/vydumova-000. Salary ask", "github.com/vydumova-000"),
    # a page that takes donations or gathers a person's links
    ("handle", "Donate link (boosty.to/vydumk) should go", "boosty.to/vydumk"),
    ("handle", "все ссылки: https://linktr.ee/vydumova_a, там же", "https://linktr.ee/vydumova_a"),
    (
        "handle",
        "see https://www.linkedin.com/in/vydumov-000 too",
        "https://www.linkedin.com/in/vydumov-000",
    ),
    ("handle", "on bsky.app/profile/vydum.example.org now", "bsky.app/profile/vydum.example.org"),
    ("handle", "  ↳ u/test_user_x · 5h", "u/test_user_x"),  # a forum's user name
    ("handle", "as /u/someone_else said", "/u/someone_else"),
    ("handle", "by u/night_train_to_the_border", "u/night_train_to_the_border"),  # > 20
    ("unit", "служил в в/ч 12345 под", "в/ч 12345"),
    ("unit", "в/ч 12345-А отправила", "в/ч 12345-А"),
    ("unit", "войсковая часть 54321 находится", "войсковая часть 54321"),
    ("unit", "ВЧ 00000 в Москве", "ВЧ 00000"),
    ("unit", "в войсковой части № 11111", "войсковой части № 11111"),
    ("unit", "served in military unit 01234.", "military unit 01234"),
    ("unit", "Unit 29155 is known", "Unit 29155"),
    ("unit", "Driver (m/u 31 135), Russian", "m/u 31 135"),  # "military unit" abbreviated
    ("unit", "served in m.u. 01234 until", "m.u. 01234"),
    ("id_number", "паспорт 45 00 000000 выдан", "45 00 000000"),
    ("id_number", "военный билет АБ 1234567", "АБ 1234567"),
    ("id_number", "passport number 750000000", "750000000"),
    ("id_number", "СНИЛС 000-000-000 00", "000-000-000 00"),
    ("plate", "машина А123ВС 77 стояла", "А123ВС 77"),
    ("plate", "номер A123BC777 латиницей", "A123BC777"),
    ("plate", "номер а123вс77 строчными", "а123вс77"),
    ("plate", "registration AI 0731 KM (UA)", "AI 0731 KM"),  # Ukraine's, "I" in its code
    ("plate", "номер АІ 0731 КМ, синий", "АІ 0731 КМ"),
    ("plate", "Ukrainian plate AA 1234 BB", "AA 1234 BB"),
    ("plate", "#14 Vydumov (Skoda Octavia, YX19 OOK), #22", "YX19 OOK"),  # British, no cue
    ("plate", "(Toyota Prius, LD68 0AB)", "LD68 0AB"),  # a zero typed for its "O"
    ("plate", "прицеп 0419 ОТ 09 стоял", "0419 ОТ 09"),  # digits first, capitals
    ("coordinates", "точка 55.7558, 37.6173 на карте", "55.7558, 37.6173"),
    ("coordinates", "at 48°30'N 37°45'E near", "48°30'N 37°45'E"),
    # a plus code, whole or short with its town
    ("coordinates", "meet at 8FVC9G8F+6X, near the gate", "8FVC9G8F+6X"),
    ("coordinates", "Plus code\n8GQ6+X4 Тестовск. Собака!", "8GQ6+X4"),
    ("card", "карта 4111 1111 1111 1111.", "4111 1111 1111 1111"),
    ("card", "card 5500-0000-0000-0004 was", "5500-0000-0000-0004"),
    ("card", "платила с карты сына *4471, а", "4471"),  # a word or two before its mask
    ("card", "paid from the card of Ivan ••4471", "4471"),
    ("address", "живёт: ул. Ленина, д. 5, кв. 12.", "ул. Ленина, д. 5, кв. 12"),
    ("address", "на проспекте Мира 10 жили", "проспекте Мира 10"),
    ("address", "адрес д. 7, кв. 3 там", "д. 7, кв. 3"),
    # a street abroad in Latin letters after the word for an address, no word for a street
    ("address", "Address: Kreenholmi 00-7, Narva", "Kreenholmi 00-7"),
    ("address", "Адрес: Brivibas 12-4, Рига", "Brivibas 12-4"),
    ("address", "lives at 12 Baker Street, apt 4.", "12 Baker Street, apt 4"),
    ("address", "on Lenina Street 5 there", "Lenina Street 5"),
    ("address", "Flat 4B, 17 Testgrove Road, London E10 0XX since May", "E10 0XX"),  # a postcode
    ("address", "ulitsa Lenina 5 in Chita", "ulitsa Lenina 5"),
    ("address", "saw the house (No. 00, vul. Sadova) hit twice", "vul. Sadova"),  # Ukrainian
    ("address", "lived at vulytsia Shevchenka 14, Kharkiv", "vulytsia Shevchenka 14"),
    ("address", "provulok Tykhyi 3 in Sumy", "provulok Tykhyi 3"),
    ("address", "near ploshcha Svobody 7 at noon", "ploshcha Svobody 7"),
    # without the street word: after a preposition or an opening quote, nothing counted after
    ("address", "живёт на Садовой 3, это рядом", "Садовой 3"),
    # a residential complex by its name and a building of it
    (
        "address",
        "ЖК «Морской бриз», корпус 3 (Адлер) — председателю",
        "ЖК «Морской бриз», корпус 3",
    ),
    # "house" and its number in English; "дом" and its number on a street's line
    ("address", "Customer: V. Vydumek | Villas, house 3, Pissouri | +420", "house 3"),
    ("address", "ул. Выдумкина 140 кв 12 [от руки: «дом 104!»] — тел", "дом 104"),
    # the house's number said in words, as a transcribed call gives it
    ("address", "это Светлана с Ленина семнадцать у меня счетчик", "Ленина семнадцать"),
    ("address", "живу на Садовой дом сто двадцать три, звоните", "Садовой дом сто двадцать три"),
    # a street found with its word, named again by name and house alone, in any case
    ("address", "09:40 — ул. Бассейная, 27, кв. 7.\n18:30 — Бассейная, 27 снова", "Бассейная, 27"),
    ("address", "ул. Бассейная, 27, кв. 114. Потом опять к Бассейной 27, к ней", "Бассейной 27"),
    ("address", "переехали с Ленина 12-45 весной", "Ленина 12-45"),
    ("address", "выгрузил на Союзной, д. 12 (частный дом)", "Союзной, д. 12"),
    ("address", "Квартира Мира 41-17, 1к, залог 32.", "Мира 41-17"),
    ("address", "| Вадим | Ленинский пр-т 00, к.2 | рецептурный |", "Ленинский пр-т 00, к.2"),
    ("address", "по Гагарина 12 кв 5 никого", "Гагарина 12 кв 5"),
    ("address", "Чат «Гагарина 7 — соседи»", "Гагарина 7"),
    ("address", "утечка 2022 — адрес Выдумова 12; штраф", "Выдумова 12"),  # after "адрес"
    ("address", "соседка из кв. 49 и её сын", "кв. 49"),  # a flat by its number after its word
    # a Finnish street's joined word, its stair and flat; after "address" and where it is
    ("address", "address in system: Ostostie 00 A 00   | Package", "Ostostie 00 A 00"),
    ("address", "she lives at Kalevankatu 5 B 12, Helsinki", "Kalevankatu 5 B 12"),
    ("address", "asuu Mannerheimintie 12, Helsinki", "Mannerheimintie 12"),
    ("address", "address in system: Kreenholmi 00-7, Narva", "Kreenholmi 00-7"),
    ("address", "Address: Kreenholmi 12 A 5, Narva", "Kreenholmi 12 A 5"),
    # a neighbour's house by its number alone, as British English names it
    ("address", "not random. Neighbour at No. 39, Pat, heard it at 2:40am", "No. 39"),
    ("address", "Also Pat from No 39 said your fitters can park on her drive", "No 39"),
    # a Kazakh ИИН in four groups of three
    ("id_number", "брат заказчика, ИИН 870 417 000 417). Подпись", "870 417 000 417"),
    # a village's plot right after its address
    ("address", "Заявка от 22.03. Адрес: д. Солманово, уч. 0-Б. Выезд 19:10", "уч. 0-Б"),
    # a house and a flat said number first, as a chat answers "which house?"
    ("address", "Ella: 00-й дом, 17 кв., позвоните заранее", "00-й дом, 17 кв."),
    ("address", "ответ: дом 5 12 кв, позвоните", "дом 5 12 кв"),
    ("address", "живёт в квартире №12, третий этаж", "квартире №12"),
    ("address", "шум из квартиры № 51 нашего дома, этажом выше", "квартиры № 51"),
    ("address", "Адрес доставки: Садовая 5 кв 3, звонить", "Садовая 5 кв 3"),
    # the street's name before its word, an adjective, with a house number
    ("address", "от подъезда (Тестовское ш. 7, под. 2), в 2:00", "Тестовское ш. 7, под. 2"),
    ("address", "Живёт: Выдуманский проспект, 5, кв. 3", "Выдуманский проспект, 5, кв. 3"),
    ("address", "прописан Садовая ул., д. 3 с 2019", "Садовая ул., д. 3"),
    # a village by its type in the address of where someone lives
    (
        "address",
        "Глеб, 1990 г.р., прож. Республика Мордовия, Тестовский р-н,\n   с. Выдумовка,\nс участием",
        "с. Выдумовка",
    ),
    ("address", "Адрес регистрации: Тестовская обл., д. Выдумкино, д. 5", "д. Выдумкино"),
    # ... or in a table's column headed "адрес", every row of it, however far down
    (
        "address",
        "| № | адрес | заказчик |\n|---|---|---|\n"
        + "| 0412 | ул. Выдумская, 3, кв. 12 | Выдумова К.П., т. +7 961 000-39-18, гараж |\n" * 4
        + "| 0415 | пос. Выдумкино | брат, отказ |",
        "пос. Выдумкино",
    ),
    # Romanian and Moldovan "str." before the street's name
    ("address", "domiciled: Testaz village, str. Pobedy 00.", "str. Pobedy 00"),
    # a Russian address in Latin letters: its house, flat, building and microdistrict
    ("address", "mother's address: Elista, 3 mkr, d. 1O, kv. 4 (?)", "3 mkr, d. 1O, kv. 4"),
    ("address", "address: ul. Lenina, d. 5, kv. 12, Chita", "ul. Lenina, d. 5, kv. 12"),
    ("address", "lives in mkr. Yubileyny, d. 5, kv. 7 now", "mkr. Yubileyny, d. 5, kv. 7"),
    # a house by its number alone, numbered as such or in brackets after whose it is
    ("address", "neighbour across the street (house No. 00A): she said", "house No. 00A"),
    ("address", "сосед Анатолий (дом 213) в декабре подключался", "дом 213"),
    ("address", "в доме № 12 жили Выдумовы", "доме № 12"),
    # later in the sentence that says whose address it is, after a comma
    ("address", "Her address is the same street, Testina 00, Nyurba.", "Testina 00"),
    # British streets and rows of houses
    ("address", "Supply address: 2 Testbeck Cottages, Leeds", "2 Testbeck Cottages"),
    ("address", "Flat 3, 14 Testhope Terrace, York", "14 Testhope Terrace"),
    ("address", "moved to 9 Fictional Close in May", "9 Fictional Close"),
    # a flat by its number alone, in a text about a block of flats
    ("address", "Соседи, сбор для сына из 41-й, кто может", "из 41-й"),
    ("address", "Соседи, деньги занесу в 41-ю завтра", "в 41-ю"),
    ("date", "12 марта 2023 г. его забрали", "12 марта 2023 г."),
    ("date", "on March 3, 2023 he", "March 3, 2023"),
    ("date", "He was taken on 3 March. Then", "3 March"),  # the full stop ends the sentence
    ("date", "on 3 Mar. 2024", "3 Mar. 2024"),
    ("date", "с 01.02.2023 по", "01.02.2023"),
]

KEPT = [
    'Handwritten on the margin next to No. 1: "ключи"; the cup went to No. 2 of the team',
    "The song peaked at No. 3 in the charts; the one from No 5 of the list did not",
    "Street cleaning plan: No. 1 done, No. 2 next, the owner pays",  # a list's numbers
    "He wore a tie 5 times; the address of the venue: Hall 5 is fine",  # no street's name
    "5-й дом, 54 кв. м площадь; дом 5, 17 кв.м, продаём",  # an area, no flat
    # a flat's word with no street and house before it; "bb" after no name
    "Neighbour from stan 11 confirmed it; the bb gun; Stan 14 was a friend",
    # a date's month and day before a year and a town; a word of two letters opens no street
    "Sastanak Mart 5, 2024 Kotor; we met at 12, 2024 Was a year",
    "Tolstoy, d. 1910; Smith, d. 12 Mart; see p. 12, d. 3",  # a death's year and day
    "ящик 12 бутылок, box 17 of the archive, ящик семнадцать",  # no post office box named
    "We rented a villa 3 days in Crete; вилла 5 звёзд; на Ленина 40 кв. м по 40 тысяч",
    "06/03 Sarah Lane says he has flashbacks; 12/11 Grace Court phoned",  # a day, a person
    "a garden party, plot twist; the allotment was sold in 2019",
    "in 2-kvartal of 2024, 3-kvartal; buy 2 items, 41-uy",  # a quarter, a part alone
    # after the word for a code, a model's, a diagnosis's or a promotion's name
    "код ошибки A320 на табло, ICD code F43, promo code SPRING24, код 1С",
    "Ш. Петров сказал 12 раз",  # a capital "Ш." is a name's initial, no highway
    "Kerim Shogenov   31    1987",  # a surname's end is no month ("nov 31")
    "I'll open a PR.\n\nFyodor-Fyodor commented",  # a pull request, then a user
    "see pr. numbers and ul. lower case",  # no capitalised street's name
    # a capitalised street word with no house number is a place's own name, or a town's
    "Набережные Челны 5 лет назад, метро Шоссе Энтузиастов и Площадь Советов",
    "234 servicemen refused to fight",
    "Из 234 военнослужащих",
    "погибли 1 793 человека",
    "1,793 people were counted",
    "в 2023 году ему было 45 лет",
    "He was 23 years old in 2022.",
    "около 15 000 человек",
    "батальон из 300 человек, рота 12",
    "Статья 337 УК РФ, часть 2",
    "page 12 of 340",
    "по сетам 10-12-14 в пользу гостей",  # a six-digit run without a phone cue
    "Ivan G. 12 times, Pr. 5 of the act",  # an initial, a capitalised abbreviation
    "Собрание СНТ «Колос» в мае, участок дороги 5 км",  # the partnership alone; a road
    "дом Выдумкина 12 лет стоял пустой",  # what the number counts follows it
    "the Brigade 155 and İstanbul weg 5",  # no street's word joined to a name
    # after a phone's cue, no phone: a sum; a cue ending inside a word ("Хотел")
    "Телефон 12 000 000 руб. стоил",
    "Хотел 96 000 518 раз",
    "see r/europe and menu/home",  # a forum's topic, a path
    "служил в 2023-2024 годах",  # a range of years is no phone number
    "Книга отзывов (2023–2024), выборка; (1941-1945)",  # in brackets too
    "(Finance ref FIN-2024-1187) and ABC-2024-1187",  # an office's reference, no phone
    "C++ and 2345+22, 1000+20, 2+2 and XX+X",  # no plus code: digits alone, too short
    "Жил в с. Красное, потом переехал; прож. там 5 лет.\n\nс. Тестово",  # no residence's
    # a village in a column headed otherwise than "адрес", beside one that is
    "| № | маршрут | заказчик |\n|---|---|---|\n| 0415 | пос. Выдумкино | брат, отказ |",
    "| № | адрес | маршрут |\n|---|---|---|\n| 0415 | — | пос. Выдумкино |",
    "Дом 2 шёл по ТВ, дом 5 этажей; строка 5, str. 12 of the act",  # no house, no street
    "His address is on file, Form 12 says so.",  # an English word and its number
    "служил на Урале 5 лет, на Донбассе 3 месяца",  # what the number counts follows it
    "служил на Урале пять лет, на Донбассе три месяца",  # said in words too
    "he cleans the house 3 times a week; a house 300 years old",  # what the number counts
    "Дом 2 шёл по ТВ, а дом 5 этажей",  # "дом" and a number on no street's line
    "в ЖК «Морской бриз» 143 квартиры",  # a complex without its building
    "пришли на Майдан двести человек; на Арбате один раз",
    "мы с Андреем семнадцать лет вместе",  # a first name, no street
    "Диспетчер: «Бригада два, как слышите?»",  # a call on the radio, no street
    "Соседи, он из 27-й бригады, в 3-й раз",  # an ordinal with its noun is no flat
    "Он из 27-й, сказал командир",  # no block of flats in the text
    "Адрес сайта Госуслуги 24 часа в сутки",  # what the number counts follows it
    "• А6: «Марине 34, дети 6 и 9 лет»",  # a woman's first name and her age: no street
    "Квартира 54 кв.м, кухня 9 кв. м.",  # an area
    "в квартире 2 комнаты",
    "Meet him at home. We talked at length, dot by dot.",  # "at" and "dot", no address
    "Я у него собака на сене, точка.",
    "ООО «Ромашка», 8 ООО рублей",  # a company's form, not zeros
    "в 8 ООО 000 не звонить",
    "ISO 9001 and MIL-STD 810 G; AB-123 CD",  # no plate: mixed separators, a standard
    "Братская могила 3 человек; могилу 12 раз копали; a grave 3 metres deep",  # counts
    "участок 41, ряд 6, рядом с отцом",  # no grave's number: the cemetery's
    "Swift reply, BIC is fine.",
    "paid 500 USD 20 times, 300 EUR 10 more",  # a sum's currency is no plate's letters
    "Meeting in room 101 of the court. I live in London since 2019.",  # no dormitory
    "| неделя | комната | кто |\n|---|---|---|\n| 03–09.11 | 412 | Б. |\n",  # no dormitory
    "**Итого** 8 ** 12 раз",  # stars that mask nothing
    "The plate was clean. Registration took 3 days in 2019.",  # no plate after the cue
    "Form AB30 CDE and IQ19 OOK were filed.",  # no plate's age, an I or a Q
    "Address: Narva, Estonia. Email address: none, 3 kids.",  # no house after the street
    # a street's name before its word with no house, or a count after it: a place
    "Красная площадь 5 раз, Ленинградское шоссе забито, Гостиный двор 3",
    "Ленинский проспект, 21 день стояли",
    "Суд: г. Москва, Выдуманский пр-т, 24. Приём по средам.",  # an office's: no home's word
    "Код региона 77, код товара в каталоге.",
    "Он занял 1 место в турнире, м. 3 по счёту. The car 9 was red.",  # no carriage's seat
    "в [неразборчиво] году, 12 [нрзб] человек, Иван [неразборчиво] сказал",  # no number
]


@pytest.mark.parametrize(("kind", "text", "span"), FOUND, ids=[f"{k}:{s}" for k, _, s in FOUND])
def test_each_format_is_found_with_its_exact_span(kind: str, text: str, span: str) -> None:
    hits = [(k, text[s:e]) for _, k, s, e, _ in patterns.run_all(text)]
    assert (kind, span) in hits


@pytest.mark.parametrize("text", KEPT)
def test_numbers_that_identify_no_one_are_not_found(text: str) -> None:
    hits = [(k, text[s:e]) for _, k, s, e, _ in patterns.run_all(text)]
    assert hits == []


def test_a_street_stays_on_its_line_unless_a_house_cue_goes_on_to_the_next() -> None:
    """A header's street ends its line: the next line's words and numbers are no part of
    it; a postal block's "д." on the next line is."""
    header = "Кухня «Половник», Белгород, ул. Щорса\nНеделя 10.03–16.03.2025\n"
    hits = [header[s:e] for _, k, s, e, _ in patterns.run_all(header) if k == "address"]
    assert hits == ["ул. Щорса"]
    block = "Адрес: ул. Щорса,\nд. 5, кв. 7"
    spans = [block[s:e] for _, k, s, e, _ in patterns.run_all(block) if k == "address"]
    assert "ул. Щорса,\nд. 5, кв. 7" in spans


def test_a_street_named_again_with_another_house_or_a_count_is_no_address_again() -> None:
    text = "ул. Бассейная, 27.\n— Бассейная, 28. Бассейная 27 лет назад была другой"
    hits = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "address"]
    assert hits == ["ул. Бассейная, 27"]


@pytest.mark.parametrize(
    "row",
    [
        "| 8 | Vydumkus D. | +370 686 00 411 | 06 Sep | 20 Sep |\n",
        "| 3 | Vydumov Y. | +381 64 000 5173 | 02 Sep | 09 Sep |\n",
    ],
)
def test_a_phone_ends_at_its_tables_cell_border(row: str) -> None:
    """A "|" between spaces is a cell's border, not a "1" typed with a bar: the number is
    the cell's, and the date in the next cell is no part of any phone."""
    phones = [row[s:e] for _, k, s, e, _ in patterns.run_all(row) if k == "phone"]
    assert phones == [row.split(" | ")[2]]


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("4111111111111111", True),
        ("4111111111111112", False),
        ("5500000000000004", True),
    ],
)
def test_cards_need_a_valid_luhn_check_digit(digits: str, valid: bool) -> None:
    assert identifiers.luhn_ok(digits) is valid
    assert bool(list(patterns.find_cards(f"card {digits} end"))) is valid


REDACTED = [case for case in FOUND if case[0] != "date"]  # dates are kept


@pytest.mark.parametrize(
    ("kind", "text", "span"), REDACTED, ids=[f"{k}:{s}" for k, _, s in REDACTED]
)
def test_the_leak_scan_finds_nothing_once_a_format_is_redacted(
    kind: str, text: str, span: str
) -> None:
    """The tag that replaced a hit is no hit: the final sweep and the gate find nothing."""
    from intake.redact import Redactor, Registry

    redactor = Redactor(Registry([]), ner=False)
    redacted = redactor.redact(text).text
    assert span not in redacted
    assert redactor.scan_for_leaks(redacted) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ИПРА No 0021.89.00/2024 выдана", "0021.89.00/2024"),  # a code's tail with dots
        ("acte 17.45.00/2023 din registru", "45.00/2023"),  # no month 00, no day 45
        ("справка 40.13.2022 МСЭ", "40.13.2022"),
    ],
)
def test_digits_no_calendar_has_are_no_date_and_the_check_asks_about_them(
    text: str, code: str
) -> None:
    """A date's finding explains its digits to the publication check; digits that only
    look like a date (a day or month no calendar has, or the tail of a longer code with
    dots) are no date, so review asks about the code."""
    from intake.redact import Redactor, Registry
    from intake.review.items import checked

    assert [h for h in patterns.find_dates(text) if code in text[h[1] : h[2]]] == []
    redactor = Redactor(Registry.from_json({"people": [], "terms": []}))
    asked = checked(redactor, text, redactor.analyze(text))
    assert any(code in text[f.start : f.end] for f in asked)


def test_dates_of_a_range_and_both_orders_of_day_and_month_are_dates() -> None:
    text = "с 01.02.2023-05.02.2023, 25/12/2024 и 12/25/2024"
    found = [text[h[1] : h[2]] for h in patterns.find_dates(text)]
    assert found == ["01.02.2023", "05.02.2023", "25/12/2024", "12/25/2024"]


def test_a_village_found_as_where_someone_lives_is_that_village_wherever_it_is_named() -> None:
    """ "по адресу: с. Выдумкино" makes the village an address: named again before the cue
    ("расположенного: ..., с. Выдумкино"), it is redacted too, so the export does not show
    it in one place while the leak gate finds it redacted in another."""
    text = (
        "Участок расположен: Тестовский улус, с. Выдумкино, у реки. Собрание по адресу:"
        " с. Выдумкино, ул. Лесная, 12. Село Выдумкиново рядом."
    )
    found = [text[s:e] for _r, k, s, e, _ in patterns.run_all(text) if k == "address"]
    assert found.count("с. Выдумкино") == 2 and "Выдумкиново" not in " ".join(found)


def test_a_months_name_ends_its_word() -> None:
    """ "17:00  Junior squad" holds no "00 Jun" (a date kept over "Jun" would hide the word
    from the review while the export still reads it), nor "17 мартовских" a March."""
    text = "Wed 11/09  Court 1  17:00  Junior squad; 17 мартовских дней; 14 Jun. 2024, 3 мая"
    found = [text[h[1] : h[2]] for h in patterns.find_dates(text)]
    assert found == ["14 Jun. 2024", "3 мая"]


def test_a_month_and_a_year_are_no_month_and_a_day() -> None:
    """ "March 1986" is no "March 19" followed by "86"; "March 19, 1986" is a date."""
    text = "March 1986 was cold; on March 19, 1986 he left."
    found = [text[h[1] : h[2]] for h in patterns.find_dates(text)]
    assert found == ["March 19, 1986"]


def test_an_identifiers_wrong_version_beside_the_right_one_is_found() -> None:
    """A correction gives the same identifier misread ("WTU0004173F а не 173Е", "не 4511
    002041, а 4511 002014"); a count after "не" is no version of it."""
    for text, wrong in (
        ("номер рамы WTU0004173F, а не 173Е. Исправил", "173Е"),
        ("Номер паспорта — не 4511 002041, а 4511 002014.", "4511 002014"),
        ("IMEI not 356938035643800 but 356938035643809", "356938035643809"),
        # its last digits another way, one or two of them changed or swapped
        ("личный номер АЕ-000417… или 471, не помню", "471"),
        ("личный номер АЕ-000417, not 714", "714"),
        ("his tag number from memory: «АЕ-000-417… или 471».", "471"),
        # a date of birth's: another date, a year, two digits and "-го"
        ("Дата рождения 19.06.1994 а не 93-го. Это не он.", "93-го"),
        ("Дата рождения не 1993, а 19.06.1994.", "1993"),
        ("Дата рождения 19.06.1994, а не 20.06.1994", "20.06.1994"),
    ):
        found = {text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k != "date"}
        assert wrong in found, (text, found)
    text = "паспорт 4511 002014, а не 2 раза; паспорт 4511 002014 не 1990 года"
    found = {text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k != "date"}
    assert found == {"4511 002014"}, found
    text = "дата рождения 19.06.1994, не 2 раза; дата рождения 19.06.1994, не 2024 года выезд"
    found = {text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k != "date"}
    assert found == {"19.06.1994"}, found  # a count, another year: no version of the date
    text = "личный номер АЕ-000417 или 4710 рублей, личный номер АЕ-000417 или 2024"
    found = {text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k != "date"}
    assert found == {"АЕ-000417"}, found  # a count, a year: no digits of its own


def test_a_plate_or_a_document_said_again_in_another_case_or_spacing_is_found() -> None:
    """ "Reg: YK19 XWF" ... "Golf yk19xwf": the same plate, typed in a hurry."""
    text = "Vehicle: VW Golf   Reg: YK19 XWF\nSMS: its me, Golf yk19xwf, the one with the tyres"
    found = {text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "plate"}
    assert {"YK19 XWF", "yk19xwf"} <= found
    text = "паспорт AB 1234567; потом в чате: ab 1234567 и ab1234567, а ab12 — не он"
    spans = {(s, e) for _, k, s, e, _ in patterns.run_all(text) if k == "id_number"}
    assert {text[s:e] for s, e in spans} >= {"AB 1234567", "ab 1234567", "ab1234567"}
    # and nothing else: its digits alone are found inside "ab 1234567" at most, not "ab12"
    whole = [(s, e) for s, e in spans if text[s:e].lower() in ("ab 1234567", "ab1234567")]
    assert all(any(a <= s and e <= b for a, b in whole) for s, e in spans)
    # a serial in pairs, as a hex code is read out: three words or four a space apart
    text = "FLARM, серийник DD0A41, в журнале ещё записан как «dd 0a 41», а «dd 0a» — нет"
    found = {text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "device_id"}
    assert found == {"DD0A41", "dd 0a 41"}, found


def test_a_version_of_a_year_of_birth_said_in_words_in_its_bracket_is_found() -> None:
    """ "b. 08.08.1993 (Inga first said "ninety-two", then corrected to 1993)": the year as
    first remembered; not a count, a decade or a year far from it."""
    text = 'Maris, b. 08.08.1993 (Inga first said "ninety-two", then corrected)'
    found = {text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "birth_date"}
    assert found == {"08.08.1993", "ninety-two"}, found
    text = "дата рождения 08.08.1993 (мать сказала «девяносто второй», потом поправила)"
    found = {text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "birth_date"}
    assert found == {"08.08.1993", "девяносто второй"}, found
    for text in (
        "born 08.08.1993 (twenty years in Riga, the sixties before)",
        "дата рождения 08.08.1993 (девяностые, Рига; сорок лет спустя)",
    ):
        found = {text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "birth_date"}
        assert found == {"08.08.1993"}, found


def test_a_long_number_said_again_in_groups_is_found() -> None:
    """ "IIN 970815400417" ... "970 815 400 417": eight digits or more, grouped another way;
    a shorter number in groups is a sum or a count ("4 900", "12 34")."""
    text = "IIN 970815400417, ph. Removed: 970 815 400 417 stays; 9708 1540 0417; 4 900 тг, 12 34"
    found = {text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "id_number"}
    assert found == {"970815400417", "970 815 400 417", "9708 1540 0417"}, found


def test_a_street_and_its_house_joined_by_a_hyphen_in_a_name_is_the_address_again() -> None:
    """A residents' association named after its building ("ТСЖ «Вересаева-9»") beside the
    address it names ("ул. Вересаева, д. 9"); another house's number is another building."""
    text = "подъезд 2, ул. Вересаева, д. 9 (ТСЖ «Вересаева-9»); рядом ТСЖ «Вересаева-11»"
    hits = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "address"]
    assert hits == ["ул. Вересаева, д. 9", "Вересаева-9"]


def test_a_british_houses_name_before_its_street_after_the_cue_is_the_address() -> None:
    """A house named, not numbered, then its street, after "Property:" or "Address:"; the
    same words with no cue before them are a sentence's."""
    for text, address in (
        ("Property: The Old Forge, Ludlow Road, Little Stretton SY6", "The Old Forge, Ludlow Road"),
        ("Address: Rose Cottage, Mill Lane, Ashford", "Rose Cottage, Mill Lane"),
    ):
        hits = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "address"]
        assert hits == [address], text
    text = "Address: Tbilisi, Paliashvili Street 12"  # a town first is no house
    hits = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "address"]
    assert "Tbilisi" not in " ".join(hits), hits
    text = "We met at The Old Forge, Ludlow Road was closed."
    assert [k for _, k, *_ in patterns.run_all(text) if k == "address"] == []


def test_a_villages_street_and_house_after_it_are_found_and_said_again() -> None:
    """ "с. Выдумкино, Садовая 14" and "Садовая 9" on the next row: the street and house
    after a village and a comma, the street's word left out, each house found again alone
    on the same street; not a count after a name ("с. Кулики, Иванов 5 лет работал")."""
    text = (
        "141 | с. Выдумкино, Садовая 14 / Ольга | вып.\n"
        "142 | с. Выдумкино, Садовая 9 / Борис | вып.\n"
        "02.10 — Садовая 14. Хозяйка Ольга. 03.10 — Садовая 9, дед Борис."
    )
    hits = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "address"]
    assert hits.count("Садовая 14") == 2 and hits.count("Садовая 9") == 2, hits
    for text in ("с. Кулики, Иванов 5 лет работал", "Итоги года, Глава 14."):
        assert [k for _, k, *_ in patterns.run_all(text) if k == "address"] == [], text


def test_a_street_named_after_a_date_and_a_romanian_flat_are_the_address() -> None:
    text = "not write to our house in Tiraspol, str. 25 Octombrie 112, ap. 17, people from"
    hits = [text[s:e] for _, k, s, e, _ in patterns.run_all(text) if k == "address"]
    assert hits == ["str. 25 Octombrie 112, ap. 17"]
