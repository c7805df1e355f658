"""Ordinary text the check must not ask about, and the names its relaxations must still ask about.

Each class of ordinary words (Latin brands and English words, quoted names of things,
known towns and organisations, ratings, round counts, dates without a year) has a table
of sentences that raise nothing, and a table of look-alike sentences where a person's
name, a call sign or an identifier stands in the same place and is still asked about.
Every person's name and number here is invented.
"""

from __future__ import annotations

import pytest

from intake.check import CAPITALISED, NEAR_NAME, NUMBER, Check

CHECK = Check([])


def asked(text: str, check: Check = CHECK) -> list[str]:
    return [text[h.start : h.end] for h in check.run(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Latin brands, English words and titles in Russian and English text
        "Компания Microsoft открыла коды Windows, а потом Oracle купила MySQL.",
        "Он снимал на iPhone и хранил всё в Dropbox, а не в Google Drive.",
        "Сервисы YouTube и PayPal, как и NEWSru, работают.",  # no name has this shape
        "Конкурс The Best of Blogs проводит Deutsche Welle.",
        "Об этом сообщает PR-служба фонда, а IT-компания молчит.",  # an acronym in a compound
        "Сайты Placebook и Teachbook закрылись.",  # a word and a brand's last word
        "The Markets and Assets pages reopened in Berlin.",  # plurals, a listed "-in" word
        "The Military Prosecutor's Office answered in writing.",
        "Headline: Families Of Missing Soldiers Are Waiting For Answers",  # title case
        "Wounded Conscripts Sent To The Front",  # past forms and short words of a headline
        "We wrote to the Red Cross and to Amnesty International.",  # names of organisations
        "Компания Hewlett-Packard спонсирует Red Bull.",
        # a dictionary word in quotes after the word for the thing it names
        "Как пишет газета «Труд», акция прошла спокойно.",
        "Представители партии «Яблоко» пришли к суду.",
        "Корабль «Союз» вернулся, сообщает РИА «Новости».",
        "Его машину отогнали на завод «Прогресс».",
        "Корабль «Союз» сел. Старта следующего «Союза» ждут в мае.",  # named once, then alone
        # organisations and services known by name, in any case
        "Он написал мне в «Одноклассниках», а потом в «ВКонтакте».",
        "Я отправила письмо в «Медиазону» и сходила в Сбербанк.",
        # places named by the noun after them
        "Глава Московской области уехал в 19 часов по Московскому времени.",
        "Станция метро Московская закрыта, промзона «Рыбацкое» тоже.",
        "Мы живём в Пушкине, он уехал из города Королёв.",  # towns that are surnames too
        "Делегация Израиля и Дании прибыла.",  # countries that are first names too
        # towns in Latin letters
        "He was in a hospital in Belgorod, then in Rostov, then near Kursk.",
        "She drove from Novgorod to Bryansk.",
        "He fled to Germany, then to Georgia; his Canadian and Italian lawyers helped.",
        # abbreviated weekdays, months and ranks
        "On Mon, Feb 5, the Sgt. and the Capt. left; on Sat. the Lt. came back.",
        # a cue word ends with its sentence
        "Позывной у него был другой. Служили они вместе.",
        "Его звали по позывному [позывной]. Служили вместе в [воинская часть].",
    ],
)
def test_ordinary_words_of_news_and_testimony_are_not_asked_about(text: str) -> None:
    assert asked(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Потом пришёл Kravets с двумя солдатами.", "Kravets"),  # no dictionary word
        ("We met Baker outside the court.", "Baker"),  # a word, but a common surname
        ("She said Rose had seen him.", "Rose"),  # a word, but a first name
        ("He phoned Roman last night.", "Roman"),  # a word, but a Russian first name
        ("The journalist Tao wrote first.", "Tao"),  # a short word, an East Asian name
        ("His friend McDonald called.", "McDonald"),  # the shape of a name, not of a brand
        ("The sergeant DeLuca signed it.", "DeLuca"),
        ('His call sign was "Hawk", nothing more.', "Hawk"),  # quoted: a call sign?
        ("Потом Vera перестала отвечать.", "Vera"),
        ("The driver Savin refused.", "Savin"),  # a dictionary word, a surname's ending
        ("We spoke with Malkin twice.", "Malkin"),
        ("Then Kravets answered.", "Kravets"),
        ("The officer Goldberg signed.", "Goldberg"),  # two words, but no brand's last word
        ("Then Browning wrote.", "Browning"),  # a participle, and a common surname
        ("Then Ahmed wrote.", "Ahmed"),  # the shape of a past form, no word
        ("Потом SErgey написал.", "SErgey"),  # a name typed with two capitals, not a brand
        ("Ответил IVan, как обычно.", "IVan"),
        ("Его ник был SergeyKravets.", "SergeyKravets"),  # a handle made of a name
        ("Then Tara came back.", "Tara"),  # a town of the gazetteer, and a first name
        ("Then Paha called.", "Paha"),  # a dictionary word, and a short form of Павел
        ("Then Rostov told me nothing.", "Rostov"),  # a town only after "in", "near"...
        ("I spoke to Anna yesterday.", "Anna"),  # a town of the gazetteer, but a first name
    ],
)
def test_a_latin_name_in_the_place_of_a_brand_or_word_is_still_asked_about(
    text: str, word: str
) -> None:
    assert asked(text) == [word]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("У него позывной «Гром», так и звали.", "Гром"),
        ("Командир взвода «Гром» кричал на нас.", "Гром"),  # a platoon or its commander?
        ("Нас встретил боец «Кедр» у ворот.", "Кедр"),
        ("Хозяйка кафе «Вера» всё видела.", "Вера"),  # a first name, not an ordinary word
        ("Директор компании «Хертекпаев» уехал.", "Хертекпаев"),  # unknown: stays asked
        ("Старта следующего «Союза» ждут в мае.", "Союза"),  # no thing named in this text
        ("Тогда Островскому время уходить.", "Островскому"),  # no adjective of "время"
        ("Жена Московского пришла.", "Московского"),  # a surname: no place noun after it
        ("Потом пришла Иванова с сыном.", "Иванова"),  # Иваново in the genitive, or a woman
        ("Потом Пушкин сказал.", "Пушкин"),  # a town, and a surname: no preposition
        ("Компания «Гром» закрылась. Позывной «Гром» слышали.", "Гром"),  # a cue wins
        ("Письмо подписал некто Зумов.", "Зумов"),  # a listed service's stem, a surname's end
        ("Его позывной Сбербанк, смешно.", "Сбербанк"),  # a call sign cue: nothing explains
        ("Позывной: Гром. Так его звали.", "Гром"),  # even after a colon
        ("Там был боец по кличке «Яблоко».", "Яблоко"),
        ('His call sign "Google" was a joke.', "Google"),
    ],
)
def test_a_quoted_call_sign_or_a_surname_is_still_asked_about(text: str, word: str) -> None:
    assert asked(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Наибольший рейтинг у Топалова — 2804, у Ананда — 2792.",
        "Рейтинг турнира высокий.\nИграли Сакаев (2637), Галкин (2618) и Белов (2599).",
        "Среди заявок 375000 из Германии и 260000 из Франции.",  # round counts
        "Собрали 1250000 подписей, бюджет 12000000 и 3 000 000.",
        "Следующее заседание 28.03 в 10:30.",  # a date without its year
        "Скинь денег на карту, если можешь, 5000 хватит. Скинула 7000.",  # sums of money
        "She paid the middleman 150000 and he vanished.",
    ],
)
def test_ratings_round_counts_and_dates_are_not_asked_about(text: str) -> None:
    assert [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NUMBER] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Рейтинг у всех высокий, а он служил в в/ч 2637.", "2637"),  # a unit cue wins
        ("Рейтинг полка упал, его перевели в часть 2618.", "2618"),
        ("Рейтинг тут ни при чём: он из части 3512.", "3512"),  # above any rating
        ("Его перевели в 2637 летом.", "2637"),  # no rating named in the text
        ("У части низкий рейтинг, его перевели в 2637.", "2637"),  # a preposition before
        ("Паспорт № 123000 у него отобрали.", "123000"),  # round, but after a cue
        ("Он служил в 45000 под Курском.", "45000"),  # five digits: a unit number's length
        ("На жетоне было 32.13 и буквы.", "32.13"),  # no such day and month
        ("Паспорт серия 12.09, номер потерян.", "12.09"),  # a day and month, but after a cue
        ("Денег не дали, его перевели в 54321.", "54321"),  # money, but a preposition
        ("Заплатили, чтобы узнать номер 54321.", "54321"),  # money, but an identifier cue
        ("Денег нет. Перевели 54321 и всё.", "54321"),  # not in the five words before
    ],
)
def test_a_unit_or_identifier_number_near_a_relaxation_is_still_asked_about(
    text: str, code: str
) -> None:
    assert [text[h.start : h.end] for h in CHECK.run(text) if h.kind == NUMBER] == [code]


def test_an_english_word_is_no_near_miss_unless_it_spells_a_registered_name() -> None:
    check = Check(["Людмила Ступина", "Руслан Хасанов", "Anna Stern", "Роман Кравец"])
    text = "The Military Prosecutor wrote to Russia, then the Sterns and Roman came."
    hits = [(h.kind, text[h.start : h.end]) for h in check.run(text)]
    assert hits == [(NEAR_NAME, "Sterns"), (NEAR_NAME, "Roman")]


def test_a_registered_surname_that_is_an_english_word_is_still_a_near_miss() -> None:
    check = Check(["Mary Chess"])  # "chess": a dictionary word, a rare surname
    text = "Then the Chesses left the city."
    assert [(h.kind, text[h.start : h.end]) for h in check.run(text)] == [(NEAR_NAME, "Chesses")]


def test_the_words_of_a_quoted_title_are_read_one_by_one() -> None:
    text = "Движение «Московский совет» и Хертекпаев пришли."
    assert [(h.kind, text[h.start : h.end]) for h in CHECK.run(text)] == [
        (CAPITALISED, "Московский"),  # a surname too: not alone in quotes, so read as a word
        (CAPITALISED, "Хертекпаев"),
    ]
