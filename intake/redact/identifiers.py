"""Identifiers announced by a cue word, or with a shape nothing else has.

* passport series left on their own ("серия 46 09, номер ..."; the number is found
  by :func:`intake.redact.patterns.find_ids`), civil record certificates ("II-МЮ
  № 000123"), military personal numbers ("АБ-123456");
* SNILS (11 digits), INN (10 or 12), OMS policy numbers (16), IMEI (15 or 16 after
  "IMEI", or any Luhn-valid 15 digits written as one run), each in any grouping by
  spaces or dashes after its cue word;
* bank card numbers after "карта", "на карту", "card" even when the check digit fails, and
  in a column headed so (a full number, or its last four digits behind a mask: "*6630");
* phone numbers after a messenger's name (Signal, WhatsApp, "вотсап", "ватсап",
  Viber, Telegram), in any grouping of 7-15 digits;
* a client's, a source's or a respondent's code after its cue ("Client code: GS-07",
  "шифр источника — МК-3"): such codes are often built from initials;
* a car's plate of any country after its cue ("EST registration 512 BKT", "на финских
  номерах CAB-965"), before its country's code in brackets ("407 MSK (EST)"), or in a
  column under its header;
* a parcel locker's, a door's or a call's code after its cue, or in a column under it
  ("код получения 418 205", "код доступа: Kp7x00"): whoever has it takes what is inside;
* a booking reference after its cue ("booking ref K7XQ2Z", "PNR", "код бронирования"),
  anywhere in the cue's sentence, a carrier's letters and a hyphen before it too
  ("KTB-Q7X4Z0"): a trip's record names its passengers; a bank's SWIFT or BIC code after
  its cue;
* a thing's own serial or frame number right after its cue ("номер рамы WTU 0052 17 K",
  "S/N C02XK0HJG8WN"): the maker's or the shop's records name its owner;
* a grave's number, with its plot and row or its section and lot before it ("уч. 12,
  ряд 4, мог. 17", "Section C, Lot 112, Grave 4"), and a plot and row said again where
  the text speaks of a grave: where a named person lies and the family comes;
* a vehicle's board number as its driver is called on the radio ("Борт 417"); a pupil's
  or a member's number in a list ("№ по журналу 7", "register no. 14", "member #118",
  "членский билет № 0417"); a key tag's or a
  locker's number; a queue's ticket after its cue or under its column ("талон П-047");
  a detainee's shop account ("лицевой счёт 000417");
* VK and Telegram ids written without a link ("VK id123456", "tg id 123456789"), and
  user names without their "@" after a messenger, "ник" or "account" when they hold a
  digit or an underscore ("в телеграме Grom_77"), dots too ("Signal username: ksam.07");
* a number with an unreadable part marked in it ("АВ-000[нрзб]4", "8 951 000 [..] 09");
* a network card's MAC address or a chip's serial by its shape ("00:1A:2B:00:47:C1",
  "04:A2:00:00:41:7E:80"), an IP address after "IP" or "IP-адрес".

Every numeric pattern here needs its cue word or a shape ordinary numbers lack, so
years, counts, prices and quantities stay. Call signs are in :mod:`intake.redact.callsigns`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.redact import english_dict, forms_ru, number_words
from intake.redact.accounts import IBAN
from intake.redact.columns import Column, in_columns, may_hold_a_table
from intake.redact.cues import SENTENCE_END, Heads, cue_matches, heads, lowered
from intake.redact.findings import (
    ADDRESS,
    CARD,
    DEVICE_ID,
    HANDLE,
    ID_NUMBER,
    PHONE,
    PLATE,
    SECRET,
    UNIT,
)

Hit = tuple[str, int, int, float]
Cued = tuple[str, Heads, re.Pattern[str], re.Pattern[str], float]  # kind, heads, cue, value, score
_I = re.IGNORECASE
_WINDOW = 40  # characters after a cue word in which its number is looked for

_ANY_CODE_CUE = re.compile(r"(?<!\w)(?:код|code)(?!\w)", _I)
# five to sixteen Latin letters and digits, at least one of each, letters on both sides of a
# digit or digits on both sides of a letter: not a model's "A320" or a form's "F43"
_MIXED_CODE = re.compile(
    r"(?<![\w-])(?=[A-Za-z0-9]{0,15}\d[A-Za-z]{1,15}\d|[A-Za-z0-9]{0,15}[A-Za-z]\d{1,15}[A-Za-z])"
    r"[A-Za-z0-9]{5,16}(?![\w-])"
)
# A parcel locker's or a door's code ("код получения 418 205", "pickup code 4471")
_CODE_HEADS = heads(
    "код получ", "код выдач", "код доступ", "pickup code", "collection code", "access code"
)
_CODE_CUE = re.compile(
    r"(?<!\w)(?:код\s+(?:получения|выдачи|доступа)|(?:pickup|collection|access)\s+code)(?!\w)",
    _I,
)
_CODE_VALUE = re.compile(
    r"(?<![\w-])\d{3}[ -]?\d{3}(?:[ -]?\d{2})?(?![\w-])|(?<![\w-])\d{4,8}(?![\w-])"
    r"|(?<![\w-])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{4,10}(?![\w-])"  # a call's "Kp7x00"
)

# A queue's ticket after its cue or under its column ("талон П-047", "| queue no. |")
_QUEUE_HEADS = heads("талон", "queue", "очеред")
_QUEUE_CUE = re.compile(
    r"(?<!\w)(?:талон\w{0,2}|queue\s+(?:no\.?|number|ticket)|номер\w{0,2}\s+очереди"
    r"|очеред\w{0,2}\s+(?:№|номер))(?!\w)",
    _I,
)
_QUEUE_VALUE = re.compile(r"(?<![\w-])(?:[A-ZА-ЯЁ]{1,2}[-‐]?\d{2,4}|№\s?\d{1,4})(?![\w-])")

# A car's plate of any country after its cue ("EST registration 512 BKT", "на финских
# номерах CAB-965", "г/н А 123 ВС 77"), before its country's code in brackets ("407 MSK
# (EST)"), or in a column under its header ("| plates |", "| госномер |"): capitals and
# digits, two digits at least.
_PLATE_HEADS = heads(
    "registration", "reg", "plate", "номерах", "номера машин", "номер машин", "номер авто",
    "госномер", "гос. номер", "гос.номер", "г/н", "грз", "номерной знак", "номерные знаки",
    "прицеп", "полуприцеп", "trailer",
)  # fmt: skip
_PLATE_CUE = re.compile(
    r"(?<!\w)(?:(?:vehicle\s+)?registration(?:\s+(?:no\.?|number|plate))?|reg\.?(?:\s+(?:no\.?|plate))?"
    r"|(?:licen[cs]e\s+)?plates?|номерах|номера?\s+(?:машины|авто\w*)|гос\.?\s?номер\w{0,2}"
    r"|г/н|грз|номерн(?:ой|ые)\s+знак\w{0,2}|(?:полу)?прицеп\w{0,2}|trailer)(?!\w)",
    _I,
)
_PLATE_VALUE = re.compile(
    r"(?<![\w-])(?:[A-ZА-ЯЁ]{1,3}[ -]?\d{2,4}(?:[ -]?[A-ZА-ЯЁ]{1,3})?(?:[ -]?\d{2,3})?"
    r"|\d{2,4}[ -]?[A-ZА-ЯЁ]{2,3}(?:[ -]?\d{1,3})?"
    r"|[A-ZА-ЯЁ]{1,3}(?:[ -][A-ZА-ЯЁ]{1,3})+[ -]\d{2,4}(?:[ -][A-ZА-ЯЁ]{1,3})?)"  # "GE-AB-000"
    r"(?![\w-])"
)
_COUNTRY = re.compile(
    r"\((?:EST|EE|FIN|FI|LV|LT|PL|D|DE|GE|UA|BY|KZ|MD|AM|AZ|RUS|RU|S|SE|N|NO|DK|CZ|H|HU"
    r"|SRB|RS|TR|IL|GB|UK|F|I|NL|B|A|CH|RO|BG|SK|SLO|HR|GR)\)"
)
_CAR_HEADS = heads("car", "van", "taxi", "машин", "авто", "такси", "фургон", "tractor", "тягач")
_VEHICLE_HEADS = heads(
    "van", "car", "truck", "lorry", "vehicle", "bus", "parking", "машин", "авто", "фургон",
    "грузовик", "парковк",
)  # fmt: skip
_VEHICLE_FIELD = re.compile(
    r"(?<!\w)(?:van|car|truck|lorry|vehicle|bus|parking|машина|авто(?:мобиль)?|фургон|грузовик"
    r"|парковка)"
    # a remark in brackets, or up to four lower-case words, before the colon ("car (for
    # pick-up):", "Vehicle registered for loading:", "машина, на которой уехал:")
    r"(?:[ \t]*\([^()\n]{1,40}\)|,?(?:[ \t]+[a-zа-яё]{1,12}){1,4})?(?=[ \t]*[:—–])",
    _I,
)
# digits then letters ("000 TRN"), or letters, digits and letters ("AX 0000 KE"): a model
# is letters then digits ("ВАЗ 21140", "L200", "Camry XV50")
_NO_PRICE = (
    r"(?<![\w-])(?!\d+[ -]?(?:EUR|USD|RUB|GEL|KZT|UAH|GBP|PLN|AMD|TRY|BYN|MDL|CHF|KGS|UZS|AZN"
    r"|RSD|CZK|HUF|SEK|NOK|DKK|ILS|HP|PS|KW|KWH|CC|KG|KM|MPH|RPM)(?![\w-]))"  # or a unit
)
_PLATE_SHAPES = (
    r"\d{2,4}[ -]?[A-ZА-ЯЁ]{2,3}(?:[ -]?\d{1,3})?"
    r"|[A-ZА-ЯЁ]{1,3}[ -]?\d{2,4}[ -]?[A-ZА-ЯЁ]{1,3}(?:[ -]?\d{2,3})?"
    # Latin letters, a hyphen and digits, as Lithuania's or Moldova's plates ("ZXK-047"),
    # not a maker's model ("UAZ-469")
    r"|(?!(?:UAZ|GAZ|VAZ|ZIL|LAZ|PAZ|MAZ|KRAZ|KAMAZ|BMW|MAN|DAF)-)[A-Z]{2,3}-\d{3,4}"
)
_VEHICLE_PLATE = re.compile(rf"{_NO_PRICE}(?:{_PLATE_SHAPES})(?![\w-])")
# after a car's maker and model, a plate, or letters, a space and digits after a comma, a
# bracket or a dash ("Toyota Yaris, ZEA 241"; not the model, "Lexus RX 350")
_MAKE_PLATE = re.compile(
    rf"{_NO_PRICE}(?:{_PLATE_SHAPES}"
    r"|(?:(?<=[,(:—–])|(?<=[,(:—–][ \t]))[A-ZА-ЯЁ]{2,3}[ -]\d{3,4})(?![\w-])"
)
# A car's maker, as people name the car before its plate ("моя прокатная Toyota Yaris, ZEA
# 241", "Kia Rio, 000 TRN")
_MAKES = (
    "toyota", "kia", "hyundai", "lada", "renault", "volkswagen", "vw", "skoda", "nissan",
    "mazda", "ford", "chevrolet", "mitsubishi", "honda", "mercedes", "audi", "opel",
    "peugeot", "citroen", "geely", "chery", "haval", "volvo", "subaru", "suzuki", "daewoo",
    "lexus", "tesla", "fiat", "dacia", "seat", "тойот", "киа", "хендай", "хёндай", "хундай",
    "лада", "рено", "фольксваген", "шкод", "ниссан", "мазд", "форд", "шевроле", "мицубиси",
    "хонд", "мерседес", "ауди", "опел", "пежо", "ситроен", "джили", "чери", "хавал",
    "вольво", "субару", "сузуки", "дэу", "лексус", "уаз", "газел",
)  # fmt: skip
# ... or its model alone, as people name the car they drive ("white Yaris ZKM 041", "на
# Солярисе А 000 АА")
_MODELS = (
    "yaris", "corolla", "camry", "prius", "solaris", "creta", "sportage", "ceed", "polo",
    "golf", "passat", "tiguan", "octavia", "fabia", "rapid", "logan", "sandero", "duster",
    "vesta", "granta", "priora", "largus", "almera", "qashqai", "outlander", "lancer",
    # not "сид", "вест", "грант", "поло", "гольф": the start of "сидел", a word, a name
    "ярис", "королл", "камри", "солярис", "крет", "спортейдж", "пассат", "тигуан", "октави",
    "фабиа", "рапид", "логан", "сандеро", "дастер", "весте", "весту", "гранте", "гранту",
    "приор", "ларгус", "альмер", "кашкай", "аутлендер", "лансер",
)  # fmt: skip
_MAKE_HEADS = heads(*_MAKES, *_MODELS)
# capitalised, as a car's maker is written: "Monthly seat for Givi" names no SEAT
_MAKE = re.compile(
    rf"(?<![^\W_])(?=(?-i:[A-ZА-ЯЁ]))(?:{'|'.join((*_MAKES, *_MODELS))})\w{{0,3}}(?![^\W_])", _I
)
# right after a model, three capitals and three digits, as many countries' plates run
# ("Yaris ZKM 041"); after a maker, letters and digits are its model ("Lexus RX 350")
_PLATE_AFTER_MODEL = re.compile(r"[ \t]+([A-Z]{3}[ -]?\d{3})(?![\w-])")
_PLATE_BEFORE = re.compile(rf"(?:{_PLATE_VALUE.pattern})[ \t]*\Z")
_PLATE_REACH = 16

SERIES_RE = re.compile(
    r"(?<!\w)(?:сери[яиюей]|series)\s*[:№]?\s*(\d{2}\s?\d{2}|(?-i:[IVXІ]{1,4}\s?-\s?[А-ЯЁ]{2}|[А-ЯЁ]{2}))"
    r"(?![\w-])",
    _I,
)
# "АБ-123456": one or two capital letters, a dash, six or seven digits, whole or in two
# groups as a tag is stamped ("АЕ-000-417"); in Latin letters too, as an English summary
# transliterates it ("AK-004418").
PERSONAL_NUMBER_RE = re.compile(
    r"(?<![\w-])[А-ЯЁA-Z]{1,2}\s?[-‐–]\s?(?:\d{6,7}|\d{3}[-‐–]\d{3,4})(?![\w-])"
)

_MESSENGERS = ("telegram", "телеграм", "tg", "тг")
_NETWORKS = (
    "wechat", "weixin", "вичат", "kakao", "skype", "скайп", "discord", "дискорд", "snapchat",
    "threema", "instagram", "инстаграм", "insta", "инст", "tiktok", "тикток", "twitter",
    "твиттер", "facebook", "фейсбук", "zello", "зелло", "icq", "jabber", "xmpp", "twitch",
    "твич", "reddit",
)  # fmt: skip
# A card's number, 13 to 19 digits in groups of four, whatever its check digit
_CARD_NUMBER = r"(?<![\d-])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\d-])"
_CODE_HOLDERS = (
    *("client", "source", "respondent", "participant", "interviewee", "patient", "observer"),
    *("obs.", "operator", "informant", "witness", "staff"),
    # a person's number in a prison's, a school's or a firm's books: "Prisoner number: A0004HK"
    *("prisoner", "inmate", "detainee", "student", "pupil", "employee", "customer"),
    *("passenger", "resident", "tenant", "applicant", "claimant"),
)


def grouped(*lengths: int) -> re.Pattern[str]:
    """A number of one of ``lengths`` digits (longest first) in any grouping people type:
    one run, or groups parted by single spaces or dashes ("7700 0000 0012", "000-123-456 78")."""
    runs = "|".join(rf"\d(?:[ \t-]?\d){{{n - 1}}}" for n in sorted(lengths, reverse=True))
    return re.compile(rf"(?<![\d-])(?:{runs})(?![\d-]?\d)")


# A thing's own serial or frame number right after its cue ("номер рамы WTU 0052 17 K",
# "S/N C02XK0HJG8WN", "serial no. 00417"): with the maker's or the shop's records it names
# the owner. Capitals and digits, a digit among them, in up to five groups, read whole
# (not "36" of "36 OMBr"); right after the cue, so that the tag that replaced it leaves
# no later number to be read as it ("frame no. [device ID] ... 16.10.2025").
_SERIAL = (
    DEVICE_ID,
    heads("серийн", "serial", "s/n", "с/н", "номер рамы", "номера рамы", "frame", "заводск"),
    re.compile(
        r"(?<!\w)(?:серийн\w{2,3}\s+номер\w{0,2}|серийник\w{0,2}|s/n|с/н"
        r"|serial(?:\s+(?:no\.?|number|#))?|номер\w{0,2}\s+рамы|frame\s+(?:no\.?|number)"
        r"|заводск\w{2,3}\s+номер\w{0,2})(?!\w)"
        # a word or two of a chat between: "исправь мой серийник, там WTU0004173F"
        r"(?:[ \t]*,?[ \t]*(?:там|тут|вот|это|is|was|у[ \t]+(?:меня|него|неё|нее))(?!\w)){0,2}",
        _I,
    ),
    re.compile(
        r"(?<![\w-])(?=[A-Z0-9 -]{4,})(?=[A-Z -]{0,30}\d)(?>[A-Z0-9]+(?:[ -][A-Z0-9]+){0,4})"
        r"(?![\w-])"
    ),
    0.85,
)
_CUED: tuple[Cued, ...] = (
    (  # Azerbaijan's personal code on an identity card, seven letters and digits: "FIN
        # 6PR0K1T", "ФИН-код 5HK0R2T"
        ID_NUMBER,
        heads("fin", "fİn", "фин"),
        re.compile(r"(?<![\w-])(?-i:FIN|FİN|ФИН)(?:[\s-]?(?:kod|код|code))?(?!\w)", _I),
        re.compile(r"(?<![\w-])(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{7}(?![\w-])"),
        0.85,
    ),
    (
        ID_NUMBER,
        heads("снилс", "snils"),
        re.compile(r"(?<!\w)(?:снилс\w{0,2}|snils)", _I),
        grouped(11),
        0.9,
    ),
    (
        ID_NUMBER,
        heads("инн", "inn", "taxpayer", "tax"),
        # "tax number" as a foreign form calls the same (Ukraine's РНОКПП: ten digits)
        re.compile(
            r"(?<!\w)(?:инн|inn|taxpayer\s+(?:id|number)|tax\s+(?:id|number|no\.?))(?!\w)", _I
        ),
        grouped(12, 10),
        0.9,
    ),
    (
        ID_NUMBER,
        heads("полис", "омс", "oms", "medical"),
        re.compile(r"(?<!\w)(?:полис\w{0,2}|омс|oms|medical\s+policy)(?!\w)", _I),
        grouped(16),
        0.9,
    ),
    (
        DEVICE_ID,
        heads("imei", "имей", "имеи"),
        re.compile(r"(?<!\w)(?:imei|имей|имеи)\d?(?!\w)", _I),  # "IMEI1: ..."
        grouped(16, 15),
        0.9,
    ),
    (
        CARD,
        heads("карт", "card", "visa", "mastercard", "мир"),
        re.compile(r"(?<!\w)(?:карт\w{0,6}|card|visa|mastercard|мир)(?!\w)", _I),
        re.compile(_CARD_NUMBER),
        0.9,
    ),
    (
        PHONE,
        heads(*_MESSENGERS, "signal", "сигнал", "whats", "вотсап", "ватсап", "вацап", "viber"),
        re.compile(
            r"(?<!\w)(?:signal\w{0,2}|сигнал\w{0,2}|whats\s?app|в[оа]тс?ап\w{0,2}|вацап\w{0,2}"
            r"|viber|вайбер\w{0,2}|telegram|телеграм\w{0,2}|tg|тг)(?!\w)",
            _I,
        ),
        # not a date, nor part of one: "[11.10.2024 08:14]" in a chat export is no phone; on
        # its line ("номер +7 812 000-88-00)" over "19.10.22 11:40 Кети:")
        re.compile(
            r"(?<![\w+.])(?!\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d))"
            r"\+?\(?\d(?:[ \t().-]{0,2}\d){6,14}(?![\w-])"
        ),
        0.9,
    ),
    (
        HANDLE,
        heads(*_MESSENGERS, "vk", "вк", "vkontakte"),
        re.compile(
            r"(?<!\w)(?:vk|вк|вконтакте|vkontakte|telegram|телеграм\w{0,2}|tg|тг)(?!\w)", _I
        ),
        re.compile(r"(?<!\w)id\s?:?\s?\d{3,12}(?!\w)", _I),
        0.9,
    ),
    (  # "номер части вот, 31135": a unit's five digits a few words after "номер части"
        UNIT,
        heads("номер ч", "номер в", "номера ч", "номера в", "номеру ч", "unit n", "unit'"),
        re.compile(
            r"(?<!\w)(?:номер\w{0,2}\s+(?:воинской\s+)?част\w{0,2}|номер\w{0,2}\s+в/ч"
            r"|unit(?:'s)?\s+(?:number|no\.?))(?!\w)",
            _I,
        ),
        re.compile(r"(?<![\d.,:/-])\d{5}(?![\d.,:/-]?\d)"),
        0.85,
    ),
    (  # a personnel number: "табельный номер 000318", "employee ID 4471"
        ID_NUMBER,
        heads("табельн", "таб.", "personnel", "employee", "staff"),
        re.compile(
            r"(?<!\w)(?:табельн\w{0,3}(?:\s+номер\w{0,2})?|таб\.\s?(?:номер|№)"
            r"|(?:personnel|employee|staff)\s+(?:id|number|no\.?))(?!\w)",
            _I,
        ),
        re.compile(r"(?<![\d-])\d{3,10}(?![\d-]?\d)"),
        0.85,
    ),
    (  # a bank account's IBAN after its cue, whatever its check digits
        ID_NUMBER,
        heads("iban", "account", "сч", "р/с"),
        re.compile(r"(?<!\w)(?:iban|account|сч[её]т\w{0,2}|р/с)(?!\w)", _I),
        IBAN,
        0.9,
    ),
    (  # a Russian bank account's twenty digits after its cue, grouped or not: "Счёт у меня
        # 40817810000000418273", "р/с 4081 7810 0000 0041 8273"
        ID_NUMBER,
        heads("account", "сч", "р/с"),
        re.compile(r"(?<!\w)(?:account|сч[её]т\w{0,2}|р/с)(?!\w)", _I),
        # a person's (408..., 423..., 426...; an organisation's 407... is its own business)
        re.compile(r"(?<![\d-])(?=40[8]|42[36])\d(?:[ \u00a0]?\d){19}(?![\d-]?\d)"),
        0.9,
    ),
    (  # a passport's issuing department code: "код подразделения 020-000"
        ID_NUMBER,
        heads("код подразд", "к/п"),
        re.compile(r"(?<!\w)(?:код\s+подразделения|к/п)(?!\w)", _I),
        re.compile(r"(?<![\d-])\d{3}[-‐–]\d{3}(?![\d-])"),
        0.85,
    ),
    (  # a personal account a detainee's family pays into: "лицевой счёт 000417"
        ID_NUMBER,
        heads("лицев", "personal acc"),
        re.compile(r"(?<!\w)(?:лицев\w{1,3}\s+сч[её]т\w{0,2}|personal\s+account)(?!\w)", _I),
        re.compile(r"(?<![\w-])\d[\d -]{2,22}\d(?![\w-])"),
        0.85,
    ),
    (  # a queue's ticket, called out with the person it names: "талон П-047", "queue no.
        # A-073"; the office and the day narrow it to one visitor
        ID_NUMBER,
        _QUEUE_HEADS,
        _QUEUE_CUE,
        _QUEUE_VALUE,
        0.8,
    ),
    # a car's plate of any country after its cue: "EST registration 512 BKT"
    (PLATE, _PLATE_HEADS, _PLATE_CUE, _PLATE_VALUE, 0.85),
    # or after the vehicle's field in a form or a route sheet: "Van: 000 TRN", "Авто: Camry,
    # А 000 ВС 15", "car (for pick-up): 000 ZZT" (not a model, "Vehicle: Toyota Camry
    # XV50", nor a price, "Car: 30 EUR")
    (PLATE, _VEHICLE_HEADS, _VEHICLE_FIELD, _VEHICLE_PLATE, 0.8),
    # a parcel locker's or a door's code after its cue: "код получения 418 205"
    (SECRET, _CODE_HEADS, _CODE_CUE, _CODE_VALUE, 0.85),
    # a code a site or an app gives, of letters and digits mixed, after the word for a code:
    # an appointment's "защитный код 4F2A7C", a booking's "code a41c9e", "код 9b7e1d":
    # whoever has it changes or cancels the booking, and it is the person's own
    (ID_NUMBER, heads("код", "code"), _ANY_CODE_CUE, _MIXED_CODE, 0.8),
    (  # a craftsman's personal mark, letters and digits: a welder's stamp on each weld
        # ("клеймо шва 8ЖКА", "клеймо моё 8ЖКА", "welder's stamp 8ZhKA"), a maker's mark
        ID_NUMBER,
        # (not a document's stamp: "[Stamp: ... "354th Military Clinical Hospital"]")
        heads("клейм", "welder", "welding", "maker"),
        re.compile(
            r"(?<!\w)(?:клейм\w{0,3}|(?:welder'?s|welding)\s+stamp|maker'?s\s+mark)(?!\w)", _I
        ),
        re.compile(
            r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[^\W\d_])[0-9A-Za-zА-ЯЁа-яё][\w-]{1,8}[0-9A-Za-zА-ЯЁа-яё]"
            r"(?![\w-])"
        ),
        0.8,
    ),
    (  # a bank's SWIFT or BIC code beside a person's account: "SWIFT TBCBGE22"
        ID_NUMBER,
        heads("swift", "bic", "свифт"),
        re.compile(r"(?<!\w)(?:swift|bic|свифт)(?:[\s/-]*(?:bic|code|код))?(?!\w)", _I),
        re.compile(r"(?<![\w-])[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![\w-])"),
        0.85,
    ),
    (  # a client's, a source's or an observer's code: "Client code: GS-07" (initials)
        ID_NUMBER,
        heads(*(f"{holder} " for holder in _CODE_HOLDERS), "код ", "шифр "),
        re.compile(
            rf"(?<!\w)(?:(?:{'|'.join(map(re.escape, _CODE_HOLDERS))})\s+"
            r"(?:code|id|no\.?|number)|код\s+(?:клиента|источника|респондента|участника|пациента"
            r"|наблюдателя)|шифр\s+(?:клиента|источника|респондента|участника|пациента))(?!\w)",
            _I,
        ),
        # or capitals alone, an observer's or a witness's initials ("obs. code LKV")
        # (not a tag the engine wrote: "[ID]")
        # or capitals after the digits, as a British prisoner's number ("A0004HK", "A004HK")
        re.compile(
            r"(?<![\w\[-])(?:[A-ZА-ЯЁ]{1,4}[-_ ]?\d{1,6}[A-ZА-ЯЁ]{0,3}|[A-ZА-ЯЁ]{2,4})(?![\w\]-])"
        ),
        0.85,
    ),
    (  # a user name without its "@": Latin, with a digit or an underscore ("Grom_77"),
        # after a messenger's or a network's name ("on WeChat (his ID there is maxlyu_hrb00)")
        HANDLE,
        heads(
            *_MESSENGERS,
            "ник",
            "nick",
            "username",
            "логин",
            "login",
            "signal",
            "account",
            "аккаунт",
            *_NETWORKS,
            *("продав", "покупател", "seller", "buyer"),
        ),
        re.compile(
            # "ник" in its cases, not a name that opens so ("Нико", "Никита")
            r"(?<!\w)(?:telegram|телеграм\w{0,2}|tg|тг|ник(?:нейм\w{0,2}|ом|[уаеи])?|nick\w{0,4}|username"
            r"|логин\w{0,2}|login|wechat|weixin|вичат\w{0,2}|kakao(?:talk)?|skype|скайп\w{0,2}"
            r"|discord|дискорд\w{0,2}|snapchat|threema|instagram|инстаграм\w{0,2}|insta|инст[аеуы]"
            r"|tiktok|тикток\w{0,2}|twitter|твиттер\w{0,2}|facebook|фейсбук\w{0,2}|signal"
            # a walkie-talkie app's channel, old messengers, streams and forums
            r"|zello|зелло|icq|jabber|xmpp|twitch|твич\w{0,2}|reddit"
            # "her account is mluna_astro"; not a tag's own word ("[аккаунт]", "[account]")
            r"|(?<!\[)account|(?<!\[)аккаунт\w{0,2}"
            # a marketplace's seller or buyer: "Продавец: trofey_zp" (not a system's user,
            # "сформировано: ..., пользователь: admin_hvostiki", the staff's account)
            r"|продав(?:ец|ца|цу|цом|це)|покупател\w{1,3}|seller|buyer)"
            r"(?!\w)",
            _I,
        ),
        # dots inside too, as Signal's user names end ("ksam.07") and Instagram's part words
        re.compile(
            r"(?<![\w@.])(?=[A-Za-z0-9_.]{5,32}(?![\w@]))(?=[A-Za-z0-9_.]*[\d_])"
            r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*(?![\w@]|\.\w)"
        ),
        0.8,
    ),
)
_IMEI_RUN = re.compile(r"[0-9](?<![\w-]\d)\d{14}(?![\w-])")  # not inside a word (a hex digest)
# A birth, death or marriage certificate: "II-МЮ № 000123", "I-АН №654321", "III-ЛО 000456"
# (written from the numeral's first letter, not from a look-behind, which the regex engine
# tries at every position of the text).
_CERTIFICATE = re.compile(
    r"[IVXІХ](?<![\w-][IVXІХ])[IVXІХ]{0,3}\s?[-‐–]\s?[А-ЯЁ]{2}\s?(?:№\s?)?\d{6}(?!\d)"
)
_DASH_DIGITS = re.compile(r"[-‐–]\s?\d{3}(?:\d{3}|[-‐–]\d{3})")
_SERIES_HEADS = heads("сери", "series")


# Numbers that stand right after their cue (a space, a colon or a quote between): the cue
# names what else could follow it further on ("ключ от шкафчика с биркой", "№ по журналу").
_CLOSE_CUED: tuple[Cued, ...] = (
    (  # a home Wi-Fi network's name right after its cue ("network KALMYK_HOME", "SSID:
        # TP-Link_4A2F", "сеть Dom_41"): maps of networks put a name on a house; a letter,
        # then an underscore or a hyphen in it (not "the network was down", nor a coin's
        # "network TRC20")
        DEVICE_ID,
        heads("ssid", "network", "wi-fi", "wifi", "сеть", "сети", "вай-фай", "вайфай"),
        re.compile(
            r"(?<!\w)(?:ssid|(?:wi-?fi[ \t]+)?network(?:[ \t]+name)?|wi-?fi|вай-?фай"
            r"|(?:имя[ \t]+)?сет[ьи](?:[ \t]+wi-?fi)?)(?!\w)[ \t]*:?",
            _I,
        ),
        re.compile(r"(?<![\w.-])[A-Za-zА-Яа-яЁё][\w.-]{0,30}[_-][\w.-]{0,30}(?<![.-])(?![\w-])"),
        0.8,
    ),
    (  # "рег. номер 000 BKT": a plate right after it ("рег. номер маршрута 0000-ГР-112" is
        # a route's)
        PLATE,
        heads("рег", "регистрационн"),
        re.compile(r"(?<!\w)рег(?:\.|истрационн\w{1,3})\s?(?:номер|знак)\w{0,2}(?!\w)", _I),
        _VEHICLE_PLATE,
        0.8,
    ),
    (  # a pupil's, a patient's or a member's number in a list: "№ по журналу 7", "register
        # no. 14": with the class or the group it points at one child
        ID_NUMBER,
        heads("по журнал", "в журнал", "по списк", "в списк", "register", "roll"),
        re.compile(  # from "по" (a head at "№" would hide "полис" of "номер полиса")
            r"(?:(?<=№ )|(?<=№)|(?<=номер )|(?<=номера )|(?<=номером ))"
            r"(?:по|в)\s+(?:журнал\w{0,2}|списк\w{0,2})"
            r"|(?<!\w)(?:register|roll)\s+(?:no\.?|number|#)(?!\w)",
            _I,
        ),
        re.compile(r"(?<![\w-])(?:№\s?)?\d{1,3}(?![\w-]|[.,]\d)"),
        0.8,
    ),
    (  # a key's tag, a locker's or a cloakroom ticket's number: "шкафчика «Б-041»", "key
        # tag 17": whose locker it is narrows a shelter's residents down to one
        ID_NUMBER,
        heads("бирк", "шкафчик", "номерок", "ячейк", "locker", "key tag", "tag", "cloakroom"),
        re.compile(
            r"(?<!\w)(?:бирк\w{0,3}|шкафчик\w{0,3}|номер(?:ок|ка|ку|ком|ке)|ячейк\w{0,2}"
            r"|locker|key\s+tag|tag|cloakroom\s+(?:ticket|tag))"
            # whose it is between: "номерок ваш 003"
            r"(?:\s+(?:ваш|твой|мой|наш|его|её|ее|их|your|my|his|her|their)\w{0,2})?"
            r"(?:\s+(?:№|no\.?|#|number))?(?!\w)",
            _I,
        ),
        re.compile(r"(?<![\w-])(?:[A-ZА-ЯЁ]{1,3}[-‐–]?)?\d{1,4}(?![\w-]|[.,]\d)"),
        0.8,
    ),
    (  # a visit's permit or a pass issued to a person, by its number: "разрешение на
        # свидание № 41/С", "visit permit No. 112/SV", "пропуск № 0042": the court's or the
        # site's register names whom it was issued to
        ID_NUMBER,
        heads("разрешени", "пропуск", "permit", "visiting order"),
        re.compile(
            r"(?<!\w)(?:разрешени\w{1,3}[ \t]+на[ \t]+свидани\w{1,2}|пропуск\w{0,2}"
            r"|(?:visit(?:ing)?|visitor'?s?|prison|site|entry)[ \t]+(?:permit|pass)"
            r"|permit|visiting[ \t]+order)"
            r"[ \t]*(?:№|no\.|nr\.|#)",
            _I,
        ),
        re.compile(
            r"(?<![\w-])(?:[A-ZА-ЯЁ]{1,3}[-‐–]?)?\d{1,10}(?:[/-][A-ZА-ЯЁ0-9]{1,6}){0,2}(?![\w-])"
        ),
        0.8,
    ),
    (  # a member's number in a club, a coworking, a union: "member #118", "членский билет
        # № 0417": with the club's list it names the member
        ID_NUMBER,
        heads("member", "членск", "номер член"),
        re.compile(
            r"(?<!\w)(?:member(?:ship)?(?:\s+(?:card|id))?\s*(?:#|no\.?|number)"
            r"|членск\w{2,3}\s+(?:билет\w{0,2}|номер\w{0,2})\s*(?:№|#)?|номер\w{0,2}\s+члена)",
            _I,
        ),
        re.compile(r"(?<![\w-])(?:[A-ZА-ЯЁ]{1,3}[-‐–]?)?\d{1,8}(?![\w-]|[.,]\d)"),
        0.8,
    ),
    (  # an animal's brand, a kennel's letters and the animal's number ("клеймо ЭВК 1931",
        # "ear tattoo ABC 0417"): with the kennel club's books it names the owner, and its
        # number may look like a year
        ID_NUMBER,
        heads(
            "клейм",
            "branded",
            "brand no",
            "brand num",
            "brand #",
            "brand mark",
            "ear tattoo",
            "tattoo",
        ),
        re.compile(
            r"(?<!\w)(?:клейм(?:о|а|е|ом|ение|ения)|branded|brand\s+(?:no\.?|number|#|mark)"
            r"|ear\s+tattoo|tattoo\s+(?:no\.?|number|#))\s*[:—–-]?",
            _I,
        ),
        re.compile(r"(?<![\w-])(?:[A-ZА-ЯЁ]{2,4}[ -]?)?\d{3,6}(?![\w-]|[.,]\d)"),
        0.8,
    ),
    _SERIAL,
    (  # a participant's cipher, "шифр" alone, with a digit: "шифр Ф9-07" (an olympiad's)
        ID_NUMBER,
        heads("шифр"),
        re.compile(r"(?<![\w-])шифр(?!\w)[ \t]*:?", _I),
        re.compile(r"(?<![\w\[-])[A-ZА-ЯЁ]{1,4}[-_ ]?\d{1,6}(?:-\d{1,4})?(?![\w\]-])"),
        0.8,
    ),
    (  # capitals alone right after "code", a person's code in an organisation's books
        # ("the AAVSO code JKIB", "observer's code is LKV"): no English word ("dress code
        # RED"), nor a tag the engine wrote
        ID_NUMBER,
        heads("code"),
        re.compile(r"(?<![\w-])code(?:[ \t]+(?:is|was))?[ \t]*:?", _I),
        re.compile(r"(?<![\w\[-])(?-i:[A-Z]{4,6})(?![\w\]-])"),
        0.8,
    ),
    (  # a car's plate right after the word for the car, no colon: "водитель машина 041
        # TKX", "car 041 TKX = driver Erik", "такси с номером 041 TKX"; a lorry's tractor
        # ("tractor 417 BKT", "тягач А 041 ВС 77"; its trailer is a plate's cue of its own)
        PLATE,
        _CAR_HEADS,
        re.compile(
            r"(?<!\w)(?:car|van|taxi|машин[аыуе]|авто(?:мобиль\w{0,2})?|такси|фургон\w{0,2}"
            r"|(?:semi-?)?tractor|тягач\w{0,2})"
            r"(?:[ \t]+(?:номер|number|no\.|с[ \t]+номером|reg\.?))?(?!\w)",
            _I,
        ),
        _VEHICLE_PLATE,
        0.8,
    ),
    (  # the last characters of a number someone gives to say which it is: "UID ends 3E88",
        # "licence ends 99AB", "последние цифры паспорта 4417"; with the rest known to the
        # office they name the holder (not a year, nor one or two characters: "ends 12 km")
        ID_NUMBER,
        heads("ends", "ending", "ended", "заканчива", "оканчива", "последние"),
        re.compile(
            # an ellipsis typed before the last characters too: "wallet ending ...417b"
            r"(?<!\w)(?:ends|ending|ended)(?:\s+(?:in|with))?(?:[ \t]*(?:\.{2,3}|…))?"
            r"|(?:за|о)канчива\w{2,5}\s+на(?:[ \t]*(?:\.{2,3}|…))?"
            r"|последни[ее](?:\s+\d)?\s+(?:цифр\w{0,2}|символ\w{0,2}|знак\w{0,2})(?:\s+[^\W\d_]{2,12}){0,2}\s*[:—–-]?(?!\w)",
            _I,
        ),
        re.compile(
            r"(?<![\w-])(?!(?:19|20)\d\d(?![\w-]))(?=[\w-]*\d)[A-ZА-ЯЁa-z0-9][\w-]{2,9}(?![\w:-])"
            # or a MAC address's last pairs, a letter among them ("the MAC ending 4B:19"; a
            # time has none: "the meeting ending 12:30")
            r"|(?<![\w:])(?=[\w:]*[A-Fa-f])[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){1,4}(?![\w:])"
        ),
        0.8,
    ),
    (  # a land plot's cadastral number after its cue, whole or a part with an ellipsis
        # ("кадастровый 88:01:000417:12", "кадастровый …:245")
        ID_NUMBER,
        heads("кадастр", "cadastral"),
        re.compile(
            r"(?<!\w)(?:кадастров\w{0,3}|cadastral)(?:\s+(?:номер\w{0,2}|№|number|no\.))?", _I
        ),
        re.compile(r"(?<![\w:])(?:(?:…|\.{2,3})[ \t]?:?)?\d{1,12}(?::\d{1,12}){0,4}(?![\w:])"),
        0.85,
    ),
)
_CLOSE = 3  # characters between such a cue and its number

# A booking reference after a carrier's or an agent's letters and a hyphen ("KTB-Q7X4Z0"):
# the part after the hyphen mixes letters and digits, as a flight's number ("SU-1234") does not
_PREFIXED_REF = r"[A-ZА-ЯЁ]{2,4}-(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5,8}"
# Values whose shape alone is rare, looked for to the end of their cue's sentence: "his
# booking ref for the Tbilisi–Yerevan bus afterwards was QX7M0P"
_FAR_CUED: tuple[Cued, ...] = (
    (  # a booking reference (an airline's PNR): "booking ref K7XQ2Z", "код бронирования"
        ID_NUMBER,
        heads("booking", "pnr", "record locator", "reservation", "бронировани", "брон", "код брон"),
        re.compile(
            r"(?<!\w)(?:booking|reservation)(?:\s+(?:ref(?:erence)?\.?|code|number|no\.?))?"
            r"|(?<!\w)(?:pnr|record\s+locator|(?:код|номер)\s+брон\w{0,8}|брон\w{0,8})(?!\w)",
            _I,
        ),
        re.compile(
            # Cyrillic letters too, with a digit ("бронь ЪК4М7Т": a Russian carrier's code)
            rf"(?<![\w-])(?:(?=[A-ZА-ЯЁ]*\d|[A-Z]{{6}}(?![\w-]))[A-ZА-ЯЁ0-9]{{5,8}}|{_PREFIXED_REF})"
            # not a speaker's label: "CALLER (RU):"
            r"(?![\w-])(?![ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?:)"
        ),
        0.85,
    ),
)
_FAR = 80

_BY_HEAD: dict[str, list[tuple[str, re.Pattern[str], re.Pattern[str], float, int]]] = {}
for _window, _entries in ((_WINDOW, _CUED), (_CLOSE, _CLOSE_CUED), (_FAR, _FAR_CUED)):
    for _kind, _heads, _cue, _number, _score in _entries:
        for _head in _heads.words:
            _BY_HEAD.setdefault(_head, []).append((_kind, _cue, _number, _score, _window))
# The longest head found at a place stands for every head it begins with: "staff " (an
# observer's or a witness's code) must not hide "staff" (a personnel number).
_BY_HEAD = {
    head: [
        entry for other, entries in _BY_HEAD.items() if head.startswith(other) for entry in entries
    ]
    for head in _BY_HEAD
}


_ALL_HEADS = heads(*_BY_HEAD)


_GRAVE_HEADS = heads("мог", "grave")
_GRAVE = re.compile(
    r"(?:могил[аеиуы]?|мог\.|grave)[ \t]*(?:№|no\.?|#)?[ \t]*\d{1,5}(?![\d.,]\d)", _I
)
_PLOT = (
    r"(?:участ(?:ок|ке|ка)|уч\.|уч-к|сектор\w{0,2}|квартал\w{0,2}|plot|section|sector)"
    r"[ \t]*(?:№|no\.?|#)?[ \t]*"
    r"(?:[A-ZА-Я][-‐]\d{1,4}(?!\d)|\d{1,4}(?:[-‐]?[а-яa-z](?![^\W\d_]))?|[A-ZА-Я])"
)  # "уч. 12", "участок 41-В", "сектор Б", "сектор Л-2"
_ROW = r"(?:ряд\w{0,2}|row|lot)[ \t]*(?:№|no\.?|#)?[ \t]*\d{1,4}"
_PLOT_BEFORE = re.compile(
    rf"(?<!\w)(?:{_PLOT}[ \t]*[,;/][ \t]*)?(?:{_ROW}[ \t]*[,;/][ \t]*)\Z",
    _I,
)
# A plot and a row said again without the grave's number, where the text speaks of a grave
# ("На Валеркину могилу можно приходить ... участок 3, ряд 7"), or a sector and its plot
# ("Кладбище: новое городское, сектор Л-2, участок 88")
_PLOT_ROW = re.compile(rf"(?<!\w){_PLOT}[ \t]*[,;/][ \t]*(?:{_ROW}|{_PLOT})(?![\w-])", _I)
# Looked for in lower-cased text: a case-blind scan of a whole text is ten times slower.
_GRAVE_WORDS = re.compile(
    r"могил|grave|похорон|захорон|buried|interment|кладбищ|cemetery|ритуал|надгроб"
    r"|headstone"
)
_GRAVE_REACH = 120
# ... and, in a text that speaks of graves anywhere, a plot, a row and a place together ("муз.
# уч-к 28, ряд 6, м. 9"): a grave's three numbers, however far the grave's word
_PLACE_AFTER = re.compile(
    r"[ \t]*[,;/][ \t]*(?:мест[оаеу]|м\.|place|grave)[ \t]*№?[ \t]*\d{1,4}(?![\w-])", _I
)


_NUMBERED = re.compile(r"№|no|#|мог\.", _I)
# ... or said in words, as a voice message gives it ("Аллея славы, третий участок второй ряд
# место четырнадцать")
_ORDINAL = (
    r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат"
    r"|тринадцат|четырнадцат|пятнадцат|двадцат|тридцат|сороков)[^\W\d_]{1,3}"
)
_SAID_NUMBER = rf"(?:{number_words.RU_CARDINAL}|\d{{1,4}})"
_SAID_PLOT = re.compile(
    rf"(?<![^\W\d_])(?:{_ORDINAL}[ \t]+участ\w{{2,3}}|участ\w{{2,3}}[ \t]+{_SAID_NUMBER})"
    rf"[ \t]*,?[ \t]*(?:{_ORDINAL}[ \t]+ряд\w{{0,2}}|ряд\w{{0,2}}[ \t]+{_SAID_NUMBER})"
    rf"(?:[ \t]*,?[ \t]*мест\w{{1,2}}[ \t]+{_SAID_NUMBER})?",
    _I,
)


def find_graves(text: str) -> Iterator[Hit]:
    """A grave's number, with its row and plot before it (see the module)."""
    lower = lowered(text)
    found = _GRAVE_HEADS.finditer(lower) if lower is not None else ()
    for head in found:
        grave = _GRAVE.match(text, head.start())
        if grave is None or (head.start() and text[head.start() - 1].isalnum()):
            continue
        plot = _PLOT_BEFORE.search(text, max(0, head.start() - 60), head.start())
        if plot is None and _NUMBERED.search(grave.group()) is None:
            continue  # "могила 3 человек": a count, unless numbered, abbreviated or in a row
        yield ADDRESS, plot.start() if plot else grave.start(), grave.end(), 0.85
    if lower is None or not _GRAVE_WORDS.search(lower):
        return
    if "ряд" in lower and "участ" in lower:
        for said in _SAID_PLOT.finditer(text):
            around = lower[max(0, said.start() - _GRAVE_REACH) : said.end() + _GRAVE_REACH]
            placed = "мест" in said.group().lower()  # a grave's three numbers, as above
            if not any(c.isdigit() for c in said.group()) and (
                placed or _GRAVE_WORDS.search(around)
            ):
                yield ADDRESS, said.start(), said.end(), 0.8
    for plot_row in _PLOT_ROW.finditer(text):
        place = _PLACE_AFTER.match(text, plot_row.end())
        if place is not None:
            yield ADDRESS, plot_row.start(), place.end(), 0.8
            continue
        around = text[max(0, plot_row.start() - _GRAVE_REACH) : plot_row.end() + _GRAVE_REACH]
        if _GRAVE_WORDS.search(around.lower()):
            yield ADDRESS, plot_row.start(), plot_row.end(), 0.8


# A parcel locker's or a door's code in a column under its header ("| код получения |"):
# whoever has it takes the parcel, and it is said beside the person's name.
_CODE_COLUMN = Column(SECRET, _CODE_HEADS, _CODE_CUE, _CODE_VALUE, 0.85)
# ... or headed "code" alone in a text that speaks of such codes ("residents give us a pickup
# code" over "| parcel no. | code |")
_BARE_CODE_COLUMN = Column(
    SECRET,
    heads("code", "код", "pin"),
    re.compile(r"(?<![^\W_])(?:code|код|pin)(?![^\W_])", _I),
    _CODE_VALUE,
    0.8,
)
_PLATE_COLUMN = Column(PLATE, _PLATE_HEADS, _PLATE_CUE, _PLATE_VALUE, 0.85)
_QUEUE_COLUMN = Column(ID_NUMBER, _QUEUE_HEADS, _QUEUE_CUE, _QUEUE_VALUE, 0.8)
# A booking's reference in a column headed "BKG REF", "Booking", "PNR" or "Бронь": letters
# and digits together, which with the carrier's records name the traveller ("NB7Q00K",
# "KTB-Q7X4Z0")
_BOOKING_COLUMN = Column(
    ID_NUMBER,
    heads("bkg", "booking", "pnr", "брон", "reservation"),
    re.compile(r"(?<![^\W_])(?:bkg|booking|pnr|брон\w{0,4}|reservation)(?![^\W_])", _I),
    re.compile(
        rf"(?<![\w-])(?:(?=[A-Z]{{0,7}}\d)(?=\d{{0,7}}[A-Z])[A-Z0-9]{{5,8}}|{_PREFIXED_REF})(?![\w-])"
    ),
    0.8,
)
# A card's number in a column headed "Карта" or "Card / account", whatever its check digit,
# or its last four digits behind a mask ("| карта (посл. 4) |" ... "| *6630 |")
_CARD_COLUMN = Column(
    CARD,
    heads("карт", "card"),
    re.compile(r"(?<![^\W_])(?:карт\w{0,6}|card)(?![^\W_])", _I),
    re.compile(rf"{_CARD_NUMBER}|[*•·xх]{{1,16}}[ \u00a0]?\d{{4}}(?!\d)"),
    0.85,
)


# A user name in a column headed "Ник", "Login", "Username", "Account" or "Player" (a
# game's, a forum's, a moderation log's table): a word of letters with a digit, an
# underscore or a dot inside ("NotAPepper09", "kabard_knight"); a real name in such a
# column has none.
_HANDLE_COLUMN = Column(
    HANDLE,
    heads(
        "nick", "ник", "login", "логин", "user", "handle", "аккаунт", "account", "player", "игрок"
    ),
    re.compile(
        r"(?<![^\W_])(?:nick(?:name)?|ник(?:нейм)?|login|логин|user[ _]?name|user|handle"
        r"|аккаунт\w{0,2}|account|player|игрок\w{0,2})(?![^\W_])",
        _I,
    ),
    re.compile(
        r"(?<![\w@.-])@?[A-Za-z](?=[\w.]*[\d_.][\w.]*[A-Za-z\d])[\w.]{2,29}(?<!\.)(?![\w@-])"
    ),
    0.8,
)


# A number with a gap a retyped document marks where the paper is torn or the ink is
# unreadable ("АВ-000[неразборчиво]4", "в/ч 000[нрзб]7"): what is left still narrows it down.
# Spaced from its groups, as a phone is typed ("8 951 000 [..] 09"), it needs seven digits:
# "в 2019 […] 15" is a quotation's cut.
_GAP_MARKS = (
    r"\[(?:неразборчиво|нрзб\.?|неразб\.?|illegible|unreadable|unclear|\?{1,3}|\.{2,3}|…)\]"
)
_GAP = re.compile(
    rf"(?<![\w/-])(?:(?-i:[A-ZА-ЯЁ]{{1,3}})[-\s]?)?(?:\+?\d{{1,8}}(?:[ -]\d{{1,8}}){{0,4}})?"
    rf"(?P<before>[ \t]?){_GAP_MARKS}(?P<after>[ \t]?)"
    rf"(?:\d{{1,8}}(?:[ -]\d{{1,8}}){{0,4}})?(?![\w-])",
    _I,
)
_MIN_GAP_DIGITS = 2
_MIN_SPACED_GAP_DIGITS = 7
_GAP_MARK = re.compile(_GAP_MARKS, _I)
_GAP_REACH = 40  # characters of a code before or after its gap


def find_gapped_numbers(text: str) -> Iterator[Hit]:
    """Numbers with an unreadable gap marked inside them (see :data:`_GAP`)."""
    for mark in _GAP_MARK.finditer(text):  # from the mark: "[" is rarer than a digit
        window = _GAP.finditer(text, max(0, mark.start() - _GAP_REACH), mark.end() + _GAP_REACH)
        match = next((m for m in window if m.start() <= mark.start() < m.end()), None)
        if match is None:
            continue
        found = match.group()
        gap = found.index("[") - len(match.group("before"))
        after = found.index("]") + 1 + len(match.group("after"))
        if not (found[gap - 1 : gap].isdigit() or found[after:][:1].isdigit()):
            continue
        spaced = match.group("before") or match.group("after")
        least = _MIN_SPACED_GAP_DIGITS if spaced else _MIN_GAP_DIGITS
        if sum(c.isdigit() for c in found) >= least:
            yield ID_NUMBER, match.start(), match.end(), 0.8


# A game's or a chat service's user name with its tag after "#" (a Riot ID "aldr#BUR01",
# a BattleTag "Mira#21874", an old Discord name "lynxx#0417"): the tag holds a digit, and a
# word of games or accounts comes before it on its line ("Issue#1234" has none)
# (read from its "#": the tag, then the name before it)
_TAG_AFTER = re.compile(r"#(?=[A-Za-z]*\d)[A-Za-z0-9]{3,5}(?![\w#])")
_NAME_REACH = 16  # characters of the user name before its tag
_NAME_BEFORE_TAG = re.compile(rf"(?<![\w#@/.])[A-Za-z0-9_.]{{2,{_NAME_REACH}}}\Z")
_TAGGED_CUE = re.compile(
    r"riot|battle\.?(?:tag|net)|blizzard|discord|steam|valorant|dota|overwatch|league|lol\b"
    r"|game|gamer|player|игр|ник|nick|ign\b|tag|тег|profile|профил|account|аккаунт|\bid\b",
    re.IGNORECASE,
)
# A user name after "nick", "in-game", "username" or "login" with no digit or "_" in it
# ("nick grozaaa", 'in-game "aldr"'): a quoted one, or one no English dictionary has. Not
# after "nickname": a name said aloud ('my old nickname — "lapta", the game'), no account
_NICK = re.compile(
    r"(?<![\w-])(?:in-game(?:\s+name)?|ingame|ign|nick|ник(?:нейм)?(?:ом|[уаеи])?"
    r"|gamertag|username|user\s+name|логин\w{0,2}|login|handle)(?![^\W\d_])"
    r"[ \t]*(?:(?:is|was|—|–|-|:|=)[ \t]*)?(?P<quote>[\"«“']?)"
    r"(?P<nick>[A-Za-z][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])(?![\w@]|\.\w)",
    re.IGNORECASE,
)
_NICK_HEADS = heads(
    "in-game",
    "ingame",
    "ign",
    "nick",
    "ник",
    "gamertag",
    "username",
    "user",
    "логин",
    "login",
    "handle",
)
_CLOSING = {'"': '"', "«": "»", "“": "”", "'": "'"}


# A boarding pass's bar code read out as text (IATA's BCBP): "M1", the passenger's name,
# the booking reference (after "E" for an e-ticket), the airports, the carrier, the flight,
# the day of the year and the class ("M1KANEV/ARTYOM  EQX7L4P VKOBEGAS 0731 272Y014C0088")
_BOARDING_PASS = re.compile(
    r"(?<![\w])M[1-4][A-Z][A-Z/ .'-]{1,19}?[ ]+(?P<ref>E?[A-Z0-9]{5,7})[ ]+[A-Z]{6}[A-Z0-9 ]{2,3}"
    r"[ ]*\d{3,5}[A-Z]?[ ]+\d{3}[A-Z]"
)


def find_boarding_passes(text: str) -> Iterator[Hit]:
    """The booking reference in a boarding pass's bar code (:data:`_BOARDING_PASS`)."""
    if "M1" in text or "M2" in text or "M3" in text or "M4" in text:
        for found in _BOARDING_PASS.finditer(text):
            yield ID_NUMBER, found.start("ref"), found.end("ref"), 0.85


# A field of a person's identifiers: "World Sailing Sailor IDs: GBROW69, RUSCR0417", "Player
# ID: XKCD77": each code on it, of letters and digits with a digit among them, four characters
# or more (a system's number names its holder to whoever reads the system). "ID" in capitals,
# or "Id", then a colon, after a word for whom it names; a record's ("Case ID", "Call ID",
# "Session ID", "Clerk ID") is the office's.
_ID_HOLDERS = (
    *("sailor", "player", "member", "athlete", "user", "customer", "client", "patient"),
    *("student", "pupil", "participant", "competitor", "rider", "racer", "climber", "driver"),
    *("passenger", "guest", "resident", "tenant", "applicant", "prisoner", "inmate"),
    *("detainee", "soldier", "volunteer", "donor", "voter", "runner", "swimmer", "diver"),
)
_ID_FIELD = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(_ID_HOLDERS)})s?[ \t]+(?:ID|Id)s?(?:[ \t]*(?:no\.?|number|#))?"
    r"[ \t]*:"
)
_ID_FIELD_HEADS = heads(*_ID_HOLDERS)
_FIELD_CODE = re.compile(
    r"[ \t]*(?:(?:,|;|&|and|и)[ \t]*)?(?<![\w\[-])(?!\d{4}-\d\d-\d\d(?!\d))"  # a date
    r"((?=[A-Za-z-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,22}[A-Za-z0-9])(?![\w\]-]|[.,]\d)"
)


def find_field_ids(text: str) -> Iterator[Hit]:
    """Each code in a field of identifiers (:data:`_ID_FIELD`), one after another on its
    line, separated by commas or "and"."""
    for cue in cue_matches(text, _ID_FIELD_HEADS, _ID_FIELD):
        at = cue.end()
        while (code := _FIELD_CODE.match(text, at)) is not None:
            if not _GOES_ON.match(text, code.end()):
                yield ID_NUMBER, code.start(1), code.end(1), 0.85
            at = code.end()


def find_gaming_ids(text: str) -> Iterator[Hit]:
    """A user name with its tag (:data:`_TAG_AFTER`) after a word of games or accounts on its
    line, and a user name after its cue with no digit in it (:data:`_NICK`)."""
    if "#" in text:
        for tag in _TAG_AFTER.finditer(text):
            reach = max(0, tag.start() - _NAME_REACH - 1)  # and the character before it
            name = _NAME_BEFORE_TAG.search(text, reach, tag.start())
            if name is None:
                continue
            line = text.rfind("\n", 0, name.start()) + 1
            if _TAGGED_CUE.search(text, line, name.start()) is not None:
                yield HANDLE, name.start(), tag.end(), 0.85
    for found in cue_matches(text, _NICK_HEADS, _NICK):
        nick, quote = found.group("nick"), found.group("quote")
        closed = quote and text[found.end() : found.end() + 1] == _CLOSING[quote]
        if closed or nick.lower() not in english_dict.words():
            yield HANDLE, found.start("nick"), found.end("nick"), 0.8


def find_cued_numbers(text: str) -> Iterator[Hit]:
    """Numbers within a few words after their cue word (see the module's list), and codes
    in a column under their header; not a word in capitals that the dictionary knows, as a
    header writes one after a cue ("=== BOOKING EXPORT ===" holds no booking reference)."""
    for hit in _cued_numbers(text):
        value = text[hit[1] : hit[2]]
        if not (value.isalpha() and value.isupper() and value.lower() in english_dict.words()):
            yield hit


def _cued_numbers(text: str) -> Iterator[Hit]:
    if may_hold_a_table(text):
        yield from in_columns(text, _CODE_COLUMN)
        if _CODE_CUE.search(text):
            yield from in_columns(text, _BARE_CODE_COLUMN)
        yield from in_columns(text, _PLATE_COLUMN)
        yield from in_columns(text, _QUEUE_COLUMN)
        yield from in_columns(text, _CARD_COLUMN)
        yield from in_columns(text, _BOOKING_COLUMN)
        yield from in_columns(text, _HANDLE_COLUMN)
    for country in _COUNTRY.finditer(text):  # from the country's code: rarer than a plate
        value = _PLATE_BEFORE.search(text, max(0, country.start() - _PLATE_REACH), country.start())
        if value is not None:
            yield PLATE, value.start(), value.start() + len(value.group().rstrip(" \t")), 0.85
    lower = lowered(text)
    for head in _ALL_HEADS.finditer(lower) if lower is not None else ():
        for kind, cue_re, number_re, score, window in _BY_HEAD[head.group()]:
            if (cue := cue_re.match(text, head.start())) is not None:
                yield from number_after(
                    text, cue.end(), kind, number_re, score, window=window,
                    in_paragraph=_a_label(text, cue.start(), cue.end()),
                )  # fmt: skip
    if lower is None:  # lower case changes the text's length: the slow way
        for window, entries in ((_WINDOW, _CUED), (_CLOSE, _CLOSE_CUED), (_FAR, _FAR_CUED)):
            for kind, _, cue_re, number_re, score in entries:
                for cue in cue_re.finditer(text):
                    yield from number_after(
                        text, cue.end(), kind, number_re, score, window=window,
                        in_paragraph=_a_label(text, cue.start(), cue.end()),
                    )  # fmt: skip
    yield from _board_numbers(text)
    yield from _plates_after_a_maker(text)
    if lower is not None:
        yield from _listed_numbers(text, lower)


def _a_label(text: str, start: int, end: int) -> bool:
    """True if the cue at ``start``-``end`` fills a pair of square brackets: a label, as the
    tag an earlier redaction wrote in place of the number, Markdown's "\\[номер машины\\]"
    too. It still names a number after it, as a list gives one identifier after another
    ("ИНН [номер документа]   ОГРНИП 321100000004415", "[phone]\\n- Ticket numbers:
    235-0000418811"), but none past a blank line ("записан как [номер машины], копию
    прикладываю.)\\n\\n==== 5 ====\\nSMS 14")."""
    return text[start - 1 : start] == "[" and (
        text[end : end + 1] == "]" or text[end : end + 2] == "\\]"
    )


def _listed_numbers(text: str, lower: str) -> Iterator[Hit]:
    """A pupil's number before its list (:data:`_LIST_NUMBER_BEFORE`) and the tickets of a
    queue's list (:data:`_QUEUE_LINE`)."""
    if "журнал" in lower or "списк" in lower:
        for number in _LIST_NUMBER_BEFORE.finditer(text):
            yield ID_NUMBER, number.start(), number.end(), 0.8
    if any(word in lower for word in _QUEUE_WORDS):
        for ticket in _QUEUE_LINE.finditer(text):
            yield ID_NUMBER, ticket.start(1), ticket.end(1), 0.8


# A queue's list, a ticket opening each line and the visitor after a dash: "Q-01 — Aiyyna
# Sleptsova → ...", "П-12 – Выдумова" (in a text about a queue; each ticket is then found
# again wherever the text says it: :func:`intake.redact.patterns.run_all`)
_QUEUE_WORDS = ("queue", "очеред", "талон", "номерок")
_QUEUE_LINE = re.compile(r"^[ \t]*([A-ZА-ЯЁ]{1,2}[-‐]?\d{1,4})[ \t]+[—–-][ \t]*[A-ZА-ЯЁ(]", re.M)


# A pupil's or a member's number before the list it is in: "Горохов Тимофей (№ 4 по
# журналу)", as "№ по журналу 7" after it (:data:`_CLOSE_CUED`)
_LIST_NUMBER_BEFORE = re.compile(r"№\s?\d{1,3}(?=\s+(?:по|в)\s+(?:журнал|списк)\w{0,2}(?!\w))", _I)


# A vehicle's board number, as a bus, a coach or a plane is called on the radio and its
# driver with it ("Борт 417 (Саргсян)", "board 395", "tail number 000417"); "на борту 38
# пассажиров" and "on board 40 people" count.
_BOARD_HEADS = heads("борт", "board", "tail n")
_BOARD = re.compile(
    r"(?<!\w)(?:борт(?:а|у|ом|е)?|бортов\w{1,3}\s+(?:номер\w{0,2}|№)|board|tail\s+(?:number|no\.?))"
    r"(?:\s+(?:номер|№|no\.?|number))?[ \t:#№]{1,3}(\d{3,6})(?![\w-]|[.,]\d)",
    _I,
)
_ABOARD = re.compile(r"(?:(?<!\w)(?:на|on)\s+|(?<!\w)a)\Z", _I)
_COUNTED = re.compile(r"[^\S\n]+([а-яё]+|[a-z]+)", _I)
_COUNTED_EN = frozenset(
    {"people", "passengers", "passenger", "persons", "souls", "crew", "men", "women"}
    | {"children", "kids", "seats", "tons", "tonnes", "kg", "km"}
)


def _board_numbers(text: str) -> Iterator[Hit]:
    for match in cue_matches(text, _BOARD_HEADS, _BOARD):
        if _ABOARD.search(text, max(0, match.start() - 4), match.start()):
            continue  # on board: what follows counts
        after = _COUNTED.match(text, match.end())
        if after is not None and _counted(after.group(1)):
            continue  # "борт 200 человек"
        yield ID_NUMBER, match.start(1), match.end(1), 0.8


def _counted(word: str) -> bool:
    """True if ``word`` after a number is what it counts (a noun: "человек", "people")."""
    lower = word.lower()
    if lower.isascii():
        return lower in _COUNTED_EN
    return any("NOUN" in p.tag for p in forms_ru.parses(lower)[:1])


def _plates_after_a_maker(text: str) -> Iterator[Hit]:
    """A plate after the car's maker and model on its line: "Toyota Yaris, ZEA 241" (not a
    time and a word on the next line, "Haval серый\n14:05 BOT")."""
    for make in cue_matches(text, _MAKE_HEADS, _MAKE):
        line_end = text.find("\n", make.end())
        # to the line's end, not the window's: a value cut at the window reads as whole
        plate = _MAKE_PLATE.search(text, make.end(), len(text) if line_end < 0 else line_end)
        if plate is not None and plate.start() <= make.end() + _WINDOW:
            yield PLATE, plate.start(), plate.end(), 0.8
        elif make.group().lower().startswith(_MODELS) and (
            after := _PLATE_AFTER_MODEL.match(text, make.end())
        ):
            yield PLATE, after.start(1), after.end(1), 0.8


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# a number that goes on as a date, a time or a decimal after a mark, or began so
_GOES_ON = re.compile(r"[.,:]\d")  # not "/": a case's number has it ("МО-25/03117")
_GOES_ON_BEFORE = re.compile(r"\d[.,:]\Z")


def number_after(
    text: str,
    start: int,
    kind: str,
    number_re: re.Pattern[str],
    score: float,
    *,
    window: int = _WINDOW,
    in_paragraph: bool = False,
) -> Iterator[Hit]:
    """The first match of ``number_re`` that starts within ``window`` characters of
    ``start`` (the end of its cue word); ``in_paragraph``: in the cue's paragraph only."""
    number = number_re.search(text, start, start + window + 24)  # numbers are shorter
    if number is None or number.start() > start + window:
        return
    if in_paragraph and _PARAGRAPH_BREAK.search(text, start, number.start()):
        return
    if _GOES_ON.match(text, number.end()) or _GOES_ON_BEFORE.search(
        text, max(0, number.start() - 2), number.start()
    ):
        return  # a piece of a date, a time or a decimal: "гос. номер [номер машины], СТС
        # [номер документа].\nС 02.08.2024" names no plate "С 02"
    near = number.start() <= start + _WINDOW  # further on, only in the cue's sentence
    if near or SENTENCE_END.search(text, start, number.start()) is None:
        yield kind, number.start(), number.end(), score


def luhn_ok(digits: str) -> bool:
    """The Luhn check digit of card numbers and IMEIs is right."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char) * (2 if i % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def find_imei_runs(text: str) -> Iterator[Hit]:
    """Fifteen digits written as one run with a valid Luhn check digit: an IMEI."""
    for match in _IMEI_RUN.finditer(text):
        if luhn_ok(match.group()):
            yield DEVICE_ID, match.start(), match.end(), 0.8


# A network card's MAC address, six pairs of hex digits joined by ":" or "-" ("MAC
# 00:1A:2B:00:47:C1"): the laptop or the phone, and with a provider's records its owner.
# A chip's serial number is written so too, in seven or eight pairs (a ski pass's or a
# key card's NFC chip: "04:A2:00:00:41:7E:80"), or four or five with a hex letter among
# them ("04:A2:7E:80"; a video's time code "01:00:00:00" has none).
# Written from its first separator (rarer than a digit).
_MAC = re.compile(
    r"[:-](?<=(?<![\w:-])[0-9A-Fa-f]{2}[:-])"
    r"(?:[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){4,6}"
    r"|(?<=[A-Fa-f][0-9A-Fa-f][:-]|[0-9A-Fa-f][A-Fa-f][:-])[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){2,3}"
    r"|(?=(?:[0-9A-Fa-f]{2}[:-]){0,3}(?:[A-Fa-f][0-9A-Fa-f]|[0-9][A-Fa-f]))"
    r"[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){2,3})(?![\w:-])"
)
# An IP address after its cue ("IP 185.12.0.47", "IP-адрес: 10.0.0.15"): without the cue
# four numbers with dots are also a date's or a version's
_IP_HEADS = heads("ip", "ipv4", "айпи")
_IP = re.compile(
    r"(?:ip(?:v4)?|айпи)(?:[\s-]*(?:адрес\w{0,2}|address))?[\s:]{0,3}"
    r"((?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d))(?![\d.]\d)",
    _I,
)


def find_network_ids(text: str) -> Iterator[Hit]:
    """MAC addresses by their shape and IP addresses after their cue."""
    if ":" in text or "-" in text:
        for match in _MAC.finditer(text):
            yield DEVICE_ID, match.start() - 2, match.end(), 0.85
    for match in cue_matches(text, _IP_HEADS, _IP):
        yield DEVICE_ID, match.start(1), match.end(1), 0.85


def find_series_and_personal_numbers(text: str) -> Iterator[Hit]:
    """Document series after "серия", a civil record's certificate by its shape ("II-МЮ
    № 000123": a Roman numeral, two letters, six digits), and military personal numbers
    by their shape."""
    for match in cue_matches(text, _SERIES_HEADS, SERIES_RE):
        yield ID_NUMBER, match.start(1), match.end(1), 0.9
    for match in _CERTIFICATE.finditer(text):
        yield ID_NUMBER, match.start(), match.end(), 0.85
    for dash in _DASH_DIGITS.finditer(text):  # a number starts 1-3 characters before its dash
        for start in range(max(0, dash.start() - 3), dash.start()):
            if (number := PERSONAL_NUMBER_RE.match(text, start)) is not None:
                yield ID_NUMBER, number.start(), number.end(), 0.8
                break
