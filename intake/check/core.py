"""The publication check: the final text read by detectors of its own.

:class:`Check` is built from the registry's names; :meth:`Check.run` returns every
word or code of a text that its three rules cannot explain (kinds in :data:`KINDS`).
The caller says what is already explained: spans of the text (findings the review
covers, pseudonyms and tags the engine wrote) and strings the reviewer decided to
keep. The check never asks the redaction engine which forms a name takes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from intake.check import around, capitalised, english, morph, numbers, spoken, things
from intake.check.initials import Initials
from intake.check.latin import abroad, spellings
from intake.check.near_names import (
    NearNames,
    in_handle,
    in_lower_case_line,
    in_lower_case_message,
    in_lower_case_sentence,
    opens_lower_case_sentence,
)
from intake.check.near_terms import NearTerms
from intake.check.words import Text, Word
from intake.redact.findings import AMBIGUOUS, NAME, PERSON
from intake.redact.in_english import stands_for_a_name
from intake.redact.kinds import FAMILY_TAG, tag_words
from intake.redact.normalize import joined_broken_words, skeleton

NEAR_NAME = "check:near-name"
NEAR_TERM = "check:near-term"
CAPITALISED = "check:capitalised"
NUMBER = "check:number"
KINDS = (NEAR_NAME, NEAR_TERM, CAPITALISED, NUMBER)
ORDINARY = frozenset({"word", "place"})
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")  # a word in Latin letters, marks and all
_LOWER_LATIN = re.compile(r"[a-z]+")
# what a part of a number's hit holds to be asked about alone: a digit, or a word of one
_NUMBER_PART = re.compile(
    r"\d|(?<![^\W\d_])(?:ноль|нуль|один|одна|два|две|три|четыре|пять|шесть|семь|восемь"
    r"|девять|zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![^\W\d_])",
    re.IGNORECASE,
)
_MOST_SOUNDED = 4  # words a recogniser makes of one name word
_Spans = Sequence[tuple[int, int]]


class _Around(NamedTuple):
    """What the whole text says about its words: the things it named (газета «Труд») and
    the starts of Latin words a title or a region explains."""

    named: frozenset[str]
    settled: frozenset[int]


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    start: int  # offsets in the original text
    end: int


class Check:
    """Near-misses of ``private_names``; capitalised words and codes nothing explains.

    ``public_names`` (public figures) and ``kept`` (strings decided "keep") explain
    the words they contain wherever they occur; a near-miss of a registered name only
    a kept string that is the word itself.
    """

    def __init__(
        self,
        private_names: Iterable[str],
        public_names: Iterable[str] = (),
        kept: Iterable[str] = (),
        terms: Iterable[str] = (),
        pseudonyms: Iterable[str] = (),
    ) -> None:
        private_names = tuple(private_names)
        self._pseudonyms = _folded_words(pseudonyms)
        self.names = NearNames.of(private_names)
        self.initials = Initials(private_names)
        self.terms = NearTerms.of(terms)
        self._private_names = private_names
        self._spelt_words: frozenset[str] | None = None  # worked out when first needed
        self._public = _folded_words(public_names)
        self._whole = frozenset(skeleton(k).strip() for k in kept)
        self._kept = _folded_words(kept) | self._whole

    def with_kept(self, kept: Iterable[str]) -> Check:
        other = Check.__new__(Check)
        other.names, other._public, other.initials = self.names, self._public, self.initials
        other._private_names, other._spelt_words = self._private_names, self._spelt_words
        other.terms, other._pseudonyms = self.terms, self._pseudonyms
        other._whole = self._whole | {skeleton(k).strip() for k in kept}
        other._kept = self._kept | _folded_words(kept) | other._whole
        return other

    def run(self, text: str, explained: Sequence[tuple[int, int]] = ()) -> list[Hit]:
        """Every unexplained hit in ``text``, in order; ``explained`` spans are skipped."""
        view = Text.of(text)
        context = _context(view)
        hits = [h for w in view.words if (h := self._word(view, w, context)) is not None]
        hits += self._broken_words(text)
        hits += self._split_words(view)
        hits += self._sounded_out(view)
        hits += self._spelt_out(view)
        for start, end in (
            *self.initials.runs(view.norm.clean),
            *self.initials.codes(view.norm.clean),
            *self.initials.defined(view.norm.clean),
            *self.initials.in_cells(view.norm.clean),
            *self.initials.couples(view.norm.clean),
            *self.initials.monograms(view.norm.clean),
            *self.initials.titled(view.norm.clean),
            *self.initials.together(view.norm.clean),
        ):
            if skeleton(view.norm.clean[start:end]).strip() not in self._whole:
                hits.append(Hit(NEAR_NAME, *view.original_span(start, end)))
        codes = list(numbers.codes(view.norm.clean))
        for start, end in (
            *codes,
            *numbers.echoes(view.norm.clean, codes),
            *spoken.runs(view.norm.clean),
            *numbers.unpublished(view.norm.clean),
        ):
            if skeleton(view.norm.clean[start:end]) not in self._kept:
                hits.append(Hit(NUMBER, *view.original_span(start, end)))
        spans = sorted(explained)
        hits += self._beside_names(text, spans, view, context)
        return _disjoint(part for h in hits for part in _outside(h, text, spans))

    def _beside_names(self, text: str, spans: _Spans, view: Text, context: _Around) -> list[Hit]:
        """Words beside a name the caller explained (a pseudonym in one of its forms, a
        name's tag, or in the original text a registered name's form), inside a sentence:

        * a capitalised word right before it, the rest of that name, surname first ("есть
          Мая [имя]": a clerk's misspelling of the surname before the first name), unless
          it is a title, a form of address or an English month or weekday ("Aunt Anna",
          "in March Anna"), a place or an organisation (or an acronym of four capitals
          or fewer), a Latin word the capitalised-word rule explains where it stands
          ("the Abakan [name] Court", read in ``view`` with its ``context``), or kept;
        * in a line typed all in lower case (a speech recogniser's), a word right after it
          that no dictionary knows ("denis chica filmed": a surname misheard)."""
        hits: list[Hit] = []
        latin = _LatinWords(view, context)
        for start, end in spans:
            if not self._names_someone(text[start:end]):
                continue
            before = _WORD_BEFORE.search(text, max(0, start - _BEFORE_REACH), start)
            if (
                before is not None
                and self._rest_before(text, before, spans)
                and not latin.explained(before)
            ):
                hits.append(Hit(NEAR_NAME, before.start(1), before.end(1)))
            after = _WORD_AFTER.match(text, end)
            if after is not None and self._rest_after(text, after, spans):
                hits.append(Hit(NEAR_NAME, after.start(1), after.end(1)))
        return hits

    def _rest_before(self, text: str, before: re.Match[str], spans: _Spans) -> bool:
        word = before.group(1)
        folded = skeleton(word).strip()
        if _opens_sentence(text, before.start()) or _overlaps(Hit("", *before.span(1)), spans):
            return False
        if folded in _NOT_NAME_BEFORE or folded in self._kept or folded in self._public:
            return False
        if word.isupper() and len(word) <= _ACRONYM:
            return False  # "руководитель КПРФ [имя]"
        return not morph.only_place(word)  # "президент Сирии [имя]"; not "есть Мая [имя]"

    def _rest_after(self, text: str, after: re.Match[str], spans: _Spans) -> bool:
        word = after.group(1)
        if word[:1].isupper() or _overlaps(Hit("", *after.span(1)), spans):
            return False
        if not in_lower_case_line(text, after.start(1)):
            return False
        if word.isascii():  # a short word too: "aigul and her husband" ("and" has 3 letters)
            return not english.dictionary_word(word) and word.lower() not in english.dictionary()
        return not morph.known(word)

    def _names_someone(self, written: str) -> bool:
        """True if an explained span is a name's tag, a pseudonym in one of its forms, or
        a registered name's form (the original text, as review reads it)."""
        if _NAME_TAG.fullmatch(written.strip()):
            return True
        words = [w.folded for w in Text.of(written).words]
        return bool(words) and all(
            any(w.startswith(p[:-1]) and len(w) - len(p) <= 3 for p in self._pseudonyms)
            or self.names.matches(w)
            for w in words
        )

    def _broken_words(self, text: str) -> list[Hit]:
        """Hits on words broken at a line end or said syllable by syllable ("Кравчин-\nко",
        "Се-рёж-ка"), read joined."""
        joined = joined_broken_words(text)
        if joined is None:
            return []
        view, breaks = Text.of(joined[0]), joined[1]
        words = [
            w for w in view.words if _overlaps(Hit("", *view.original_span(w.start, w.end)), breaks)
        ]
        context = _context(view)
        return [h for w in words if (h := self._word(view, w, context)) is not None]

    def _split_words(self, view: Text) -> list[Hit]:
        """Two words that read, joined, as a registered name word's stem and ending: in a
        line typed all in lower case, a speech recogniser's split ("крав ченко", "zhukov
        skiy"); capitalised, a compound surname written apart after an initial, a title or
        another capitalised word ("R. Good Friday" for Goodfriday; not the feast's "Good
        Friday falls on"). Each part has two letters or more and the join seven or more."""
        if not self.names:
            return []
        clean, words, hits = view.norm.clean, view.words, []
        for first, second in itertools.pairwise(words):
            joined = first.folded + second.folded
            if (
                len(joined) < _MIN_SPLIT
                or min(len(first.folded), len(second.folded)) < 2
                or clean[first.end : second.start] not in (" ", "-")
                or first.capitalised != second.capitalised
                or not self.names.is_stem_form(joined)
                or self.names.is_stem_form(first.folded)  # the first word is the name
            ):
                continue
            if (
                not in_lower_case_line(clean, first.start)
                if not first.capitalised
                else _NAMED_BEFORE.search(clean, max(0, first.start - 24), first.start) is None
            ):
                continue
            hits.append(Hit(NEAR_NAME, *view.original_span(first.start, second.end)))
        return hits

    def _sounded_out(self, view: Text) -> list[Hit]:
        """Two to four Latin words in a line typed all in lower case that, read together,
        sound as a registered name word does: a speech recogniser's English words for a
        name it does not know ("mister by bull art of" for Baibulatov). The words sound
        out the whole name word, :data:`~intake.check.near_names.MIN_SOUND` sounds or more;
        none of them alone is the name."""
        if not self.names.sounds:
            return []
        clean, words, hits = view.norm.clean, view.words, []
        for at, first in enumerate(words):
            if not _LOWER_LATIN.fullmatch(first.clean):
                continue
            joined, last = first.clean, first
            for word in words[at + 1 : at + _MOST_SOUNDED]:
                if clean[last.end : word.start] != " " or not _LOWER_LATIN.fullmatch(word.clean):
                    break
                joined, last = joined + word.clean, word
                if self.names.sounds_like(joined) and in_lower_case_line(clean, first.start):
                    hits.append(Hit(NEAR_NAME, *view.original_span(first.start, last.end)))
                    break
        return hits

    def _spelt_out(self, view: Text) -> list[Hit]:
        """A word spelt out letter by letter, the letters parted alike ("а, й, а, а, л",
        "T-S-Y-R-E-N-O-V", "К. О. З. Л. О. В.", "Q-X-7-R-W"): a name or a code said so it is
        written right. Asked as a near-miss when its letters, joined, are a registered name's form,
        else as a code; not a list's labels in the alphabet's order ("а, б, в, г")."""
        clean, hits = view.norm.clean, []
        for run in _SPELT.finditer(clean):
            letters = [c for c in run.group() if c.isalnum()]
            lower = "".join(letters).lower()
            alpha = [c for c in letters if c.isalpha()]
            if (
                len(alpha) < _SPELT_LETTERS
                or not (all(c.isupper() for c in alpha) or all(c.islower() for c in alpha))
                or _in_alphabet_order(lower)
            ):
                continue  # "Н. П. К. в письме": initials, then a word
            near = bool(self.names) and self.names.matches(skeleton(lower))
            hits.append(Hit(NEAR_NAME if near else NUMBER, *view.original_span(*run.span())))
        return hits

    def _word(self, view: Text, word: Word, context: _Around) -> Hit | None:
        """A near-miss of a registered name is explained only by a kept string that is
        that word itself, not by a word inside a longer one (a shop «Мишка и Ко» kept
        does not explain "Мишка" elsewhere); any kept word explains a capitalised one."""
        if word.folded in self._whole:
            return None
        if self.terms and self.terms.matches(word.folded):
            return Hit(NEAR_TERM, *view.original_span(word.start, word.end))
        if self._near_name(view, word):
            return Hit(NEAR_NAME, *view.original_span(word.start, word.end))
        if word.folded in self._kept:
            return None
        if word.folded not in self._public and (
            capitalised.unexplained(word, *context) or capitalised.unread_script(word)
        ):
            return Hit(CAPITALISED, *view.original_span(word.start, word.end))
        return None

    def _near_name(self, view: Text, word: Word) -> bool:
        """A near-miss of a registered name where a name can stand, or a capitalised word
        right after a name's tag (the rest of that name). A registered name in another
        country's spelling is one though an English word ("Hadji" for Гаджи) inside a
        sentence or before another capitalised word ("Hadji Murad")."""
        clean = view.norm.clean
        if (
            self.names
            and word.capitalised
            and word.folded.removesuffix("'s").removesuffix("’s") in self.names.translated
            and stands_for_a_name(clean, word.start, word.end)
        ):
            return True  # "Fish" for Рыба: a surname's word put into English, where it can name
        if (
            self.names
            and (not word.initial or _TITLE_GOES_ON.match(clean, word.end) is not None)
            and self._spelt_abroad(word)
        ):
            return True
        if (  # "Алан: Зал, я завтра с тобой" for Залина: a first name's beginning said to her,
            # though a dictionary word ("зал"), not the word a relative clause goes on from
            self.names
            and word.capitalised
            and self.names.head_form(word.folded)
            and _addressed(clean, word)
            and _RELATIVE_AFTER.match(clean, word.end) is None
        ):
            return True
        if (
            self.names
            and (
                self.names.matches(word.folded)
                or self.names.clipped_form(word.clean)
                or self.names.diminutive_form(word.folded)  # "маркушенька" for Марк
                or (not word.capitalised and self.names.family_adjective(word.folded))
                or (  # "арс я завтра не могу" for Арсен, in a message typed in lower case
                    not word.capitalised
                    and self.names.brief_whole(word.folded)
                    and in_lower_case_message(clean, word.start)
                )
                or self._spelt_abroad(word)
                or (  # "Зарема (Мал.?)" for Малика: the name cut short, its dot after it
                    word.capitalised
                    and clean.startswith(".", word.end)
                    and self.names.cut_short(word.folded)
                )
                or (  # "МУНТ 0417" for Мунтяну: a label a name's beginning in capitals makes
                    # with a number, as a laundry's tag, a file's or a parcel's mark
                    len(word.folded) >= _MIN_LABEL_CUT
                    and word.clean.isupper()
                    and self.names.cut_short(word.folded)
                    and _labelled(clean, word.start, word.end)
                    and not _a_known_word(word.clean.lower())  # "PARK 12" for Parkinson
                )
                or (in_handle(clean, word.start, word.end) and self.names.handle_part(word.folded))
                or (
                    word.capitalised
                    and _LATIN.fullmatch(word.clean) is not None
                    and self.names.latin_brief(word.folded)
                )
            )
            and (self._could_be_name(word) or self._case_is_no_sign(view, word))
        ):
            return True
        return (
            word.capitalised
            and not word.initial
            and _after_name_tag(clean, word.start)
            and _TITLE_GOES_ON.match(clean, word.end) is None
        )

    def _spelt_abroad(self, word: Word) -> bool:
        """True if a capitalised Latin word, read in the English convention, is a near-miss
        ("Siergiej", "Kravtšenko", "Sergejus": :func:`intake.check.latin.abroad`)."""
        if not word.capitalised or not _LATIN.fullmatch(word.clean):
            return False
        written = word.clean.lower()
        return any(
            english != written and english.isascii() and self.names.matches(skeleton(english))
            for english in abroad(word.clean)
        )

    def _could_be_name(self, word: Word) -> bool:
        """A word the dictionary knows as an ordinary word or place, and reads first as such,
        is not when it opens a sentence ("Сердце", "Люди") or is written in lower case
        ("лента"; "лене" is read first as a name), unless, opening a sentence, it is a
        name's stem with a name form's suffix ("Толику", "Мишка"), a short form clipped
        from inside a first name no table lists ("Лампа" for Харлампий) or its beginning
        ("Эмир" for Эмирхан), or the word a registered surname is made of, declined
        ("Пескарю" for Пескарёв: a text that names him calls him so); nor is a lower-case
        Latin word ("lens"), nor a plain English word (:meth:`_plain_english`)."""
        if word.clean.isascii():
            return word.capitalised and not self._plain_english(word)
        if word.capitalised and not word.initial:
            return True
        lower = word.clean.lower()
        if morph.classify(lower) not in ORDINARY or not morph.mostly_common(lower):
            return True
        return word.capitalised and (
            self.names.is_form(word.folded, suffixed=True)
            or self.names.inner_form(word.clean)
            or self.names.head_form(word.folded)
            or self.names.root_form(word.folded)
        )

    def _plain_english(self, word: Word) -> bool:
        """An English word or brand that no registered name spells in any form ("Military"
        near Мила, "Russia" near Руслан); a registered name's short or Latin form ("Will"
        for William, "Tolik"), its first three letters ("Del" for Delgir), or a word a
        letter away from one ("Sargo" for Sargon), never is."""
        if self.names.latin_name(word.folded) or self.names.misspelt(word.folded):
            return False  # "Sargo" (a fish) for Sargon opening a sentence
        if word.capitalised and word.folded in self.names.shorts:
            return False  # "Kir" (a drink) for Кирилл: a short stem said as the name
        if word.capitalised and len(word.folded) == 3 and self.names.latin_brief(word.folded):
            return False  # "Del" for Delgir: the first three letters of a name no table lists
        return english.ordinary(word.clean) and not self._spells_a_name(word.clean)

    def _spells_a_name(self, latin: str) -> bool:
        return bool(_skeletons(english.bare_forms(latin.lower())) & self._spelt())

    def _spelt(self) -> frozenset[str]:
        """:func:`_spelt` of the private names, worked out on the first Latin word that needs
        it (most texts have none)."""
        if self._spelt_words is None:
            self._spelt_words = _spelt(self._private_names)
        return self._spelt_words

    def _case_is_no_sign(self, view: Text, word: Word) -> bool:
        """Where nobody writes capitals, a lower-case word can still be a name: in a handle,
        an e-mail address or a link ("s.kravchenko84", "lena.k"); a Latin short form of a
        Russian name ("tolik"); in a line typed all in lower case (a retyped chat), a
        name's form ("мишка", "толику"; in Latin script "lena's", "zueva"); a first name's
        short stem said to someone, Russian's vocative typed in Latin letters ("seryozh,
        call me", "zhan, can I ask")."""
        clean = view.norm.clean
        latin = word.clean.isascii()
        if (
            word.has_digit
            or in_handle(clean, word.start, word.end)
            or (latin and self._latin_anywhere(clean, word))
            or (  # "новости по сухарику. ... под Ростовом": no capitals but a town's
                not latin
                and in_lower_case_message(clean, word.start)
                and self.names.diminutive_form(word.folded)
            )
            or (  # "| сухарь в.п. |": a surname with its initials, typed in lower case
                not latin
                and _INITIALS_AFTER.match(clean, word.end) is not None
                and self.names.is_form(word.folded)
            )
        ):
            return True
        if not latin and (
            opens_lower_case_sentence(clean, word.start)
            or _ADDRESSED.search(clean, max(0, word.start - _ADDRESSED_REACH), word.start)
        ):
            return self.names.is_form(word.folded)  # "да. лось это ротный наш"
        if not in_lower_case_line(clean, word.start) and (
            latin or not in_lower_case_sentence(clean, word.start)
        ):
            return False
        if word.clean.isascii():  # the tighter rules, and a bare ending on no English word
            return (
                self.names.latin_name(word.folded)
                or self.names.clipped_form(word.clean)
                or (
                    self.names.latin_declined(word.folded)
                    and not english.dictionary_word(word.clean.lower())
                )
            )
        return self.names.is_form(word.folded)

    def _latin_anywhere(self, clean: str, word: Word) -> bool:
        """A lower-case Latin word that is a name in any line: a Russian short form ("then I
        told tolik"), a user name of an initial and a surname ("ohajek" for Ondřej Hájek),
        a short stem said to someone ("zhan, can I ask")."""
        return (
            self.names.latin_form(word.folded)
            or self.names.initialled(word.folded)
            or (self.names.called(word.folded) and _addressed(clean, word))
        )


# A word said to someone or passed on to them, a person in the dative after it, two words
# between at most: "передай вороне спасибо", "привет от нас щуке" (a surname that is a word,
# written in lower case)
_ADDRESSED = re.compile(
    r"(?<![^\W_])(?:переда(?:й|йте|вай|вайте)|скажи(?:те)?|напиши(?:те)?|позвони(?:те)?"
    r"|привет|спасибо|поклон)(?:[ \t]+[а-яё]+){0,2}[ \t]+$",
    re.IGNORECASE,
)
_ADDRESSED_REACH = 40
# Initials in lower case after a word, not "т.е.", "т.к.", "т.д.", "т.п.", "т.ч."
_INITIALS_AFTER = re.compile(r"[ \u00a0]+(?!т\.[ \u00a0]?[екдпч]\.)[а-яё]\.[ \u00a0]?[а-яё]\.")
_ADDRESS_AFTER = re.compile(r"[ \u00a0]*[,!?]")
_ADDRESS_BEFORE = re.compile(r",[ \u00a0]*\Z")
_ADDRESS_ENDS = re.compile(r"[ \u00a0]*(?:[.!?…\n]|\Z)")
# A relative clause after a word and its comma: the word is a thing ("Зал, где проходил суд")
_RELATIVE_AFTER = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:(?:в|во|на|из|с|со|у|к|за|под|о|об|по|при)[ \u00a0]+)?"
    r"(?:где|куда|откуда|когда|котор\w+|что|чей|чья|чь[её]|чьи|кого|кому|кем)(?![^\W\d_])",
    re.IGNORECASE,
)


def _addressed(clean: str, word: Word) -> bool:
    """True if ``word`` stands as a person spoken to: a comma, "!" or "?" after it ("len,
    call me"), or a comma before it and the sentence's end after it ("ok, len.")."""
    if _ADDRESS_AFTER.match(clean, word.end) is not None:
        return True
    return (
        _ADDRESS_BEFORE.search(clean, max(0, word.start - 3), word.start) is not None
        and _ADDRESS_ENDS.match(clean, word.end) is not None
    )


# another capitalised word after it: a title ("[name] Military Court"), not a name's rest
_TITLE_GOES_ON = re.compile(r"[ \u00a0]+[A-ZА-ЯЁ]")
_MIN_LABEL_CUT = 4  # letters of a name's beginning in a label: "МУНТ 0417"
_NUMBER_AFTER = re.compile(r"[ _\u00a0-]?\d{2,}")
_NUMBER_BEFORE = re.compile(r"\d{2,}[ _\u00a0-]?\Z")


def _a_known_word(lower: str) -> bool:
    return english.dictionary_word(lower) if lower.isascii() else morph.known(lower)


def _labelled(text: str, start: int, end: int) -> bool:
    """True if a number of two digits or more stands right beside the word, a space, a
    hyphen or an underscore between: "МУНТ 0417", "0417 МУНТ"; or the word stands alone in
    quotes, as a buzzer's or a mailbox's label is quoted (buzzer "KAVAL")."""
    return (
        _NUMBER_AFTER.match(text, end) is not None
        or _NUMBER_BEFORE.search(text, max(0, start - 12), start) is not None
        or (
            text[start - 1 : start] in _OPENING and text[end : end + 1] == _OPENING[text[start - 1]]
        )
    )


_OPENING = {'"': '"', "«": "»", "“": "”", "'": "'", "„": "“"}


_BEFORE_REACH = 40
_ACRONYM = 4  # letters of an organisation's acronym written in capitals
_MIN_SPLIT = 7  # letters of two words that, joined, can be a name split by a recogniser
# Four letters or more alone, parted alike by a comma, a hyphen, a dot or a space
_SPELT = re.compile(
    r"(?<![^\W_])[^\W_](?P<sep>,[ \t]*|[-‐]|\.[ \t]*|[ \t])[^\W_]"
    r"(?:(?P=sep)[^\W_]){2,}(?![^\W_])"
)
_SPELT_LETTERS = 2  # letters a spelt run needs among its characters ("Q-X-7-R-W"; not "1, 2, 3, 4")


def _in_alphabet_order(letters: str) -> bool:
    """True if each letter follows the one before in its alphabet ("абвг", "abcd")."""
    return all(ord(b) - ord(a) == 1 for a, b in itertools.pairwise(letters))


# What stands before a name: an initial, a title, a capitalised word (the first name)
_NAMED_BEFORE = re.compile(
    r"(?:(?<![^\W_.])[A-ZА-ЯЁ]\.|(?<![^\W_])(?:Mr|Mrs|Ms|Miss|Dr|г-н|г-жа)\.?"
    r"|(?<![^\W_])[A-ZА-ЯЁ][^\W\d_]+|\])[ \u00a0]+\Z"
)
_WORD_AFTER = re.compile(r"[ \u00a0]([^\W\d_]{3,})(?![^\W_])")
_WORD_BEFORE = re.compile(r"(?<![^\W_])([A-ZА-ЯЁ][^\W\d_]+)[ \u00a0]$")
_SENTENCE_OPENS = '.!?…\n:;«"“„(*-—–>|'


def _opens_sentence(text: str, start: int) -> bool:
    """True if the word at ``start`` opens the text, a line, a sentence, a quotation."""
    before = text[:start].rstrip(" \u00a0\t")
    return not before or before[-1] in _SENTENCE_OPENS


# Words before a name that are not a name's rest: titles, kinship terms and forms of
# address (English and Russian), English months and weekdays, which English capitalises.
_NOT_NAME_WORDS = """
    mr mrs ms miss dr doctor uncle aunt auntie grandma grandpa granny nana dear sister
    brother father mother mum mom dad captain sergeant lieutenant colonel major general
    private corporal officer judge professor prof saint st sir madam lady lord hi hello
    thanks thank and or with from to by for of about poor little young old comrade
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    дядя тётя тетя баба бабушка дед деда дедушка мама папа брат сестра товарищ господин
    госпожа гражданин гражданка доктор сержант лейтенант капитан майор полковник генерал
    рядовой ефрейтор судья профессор святой дорогой дорогая милый милая
    """
_NOT_NAME_BEFORE = frozenset(skeleton(w) for w in _NOT_NAME_WORDS.split())


def _after_name_tag(clean: str, start: int) -> bool:
    """True if a name's tag ("[имя]", "[name]", "[фамилия]") stands right before ``start``,
    a space or a "/" between: a capitalised word there is the rest of the name, or another
    name beside it, whatever else it may be ("[имя] Су": a Korean given name of two
    syllables; "[имя] Хаджи"; a door's buzzer, "[name]/NOVAK")."""
    return _NAME_TAG_BEFORE.search(clean, max(0, start - _LONGEST_TAG), start) is not None


_NAME_TAGS = sorted(
    {
        *(tag for kind in (PERSON, NAME, AMBIGUOUS) for tag in tag_words()[kind]),
        *(tag.strip("[]") for tag in FAMILY_TAG.values()),
    },
    key=len,
)
_NAME_TAG_BEFORE = re.compile(  # a space between, or a "/" ("Buzzer says [name]/NOVAK")
    r"\[(?:" + "|".join(re.escape(t) for t in reversed(_NAME_TAGS)) + r")\](?:[ \u00a0]|/)$", re.I
)
_LONGEST_TAG = len(_NAME_TAGS[-1]) + 4
_NAME_TAG = re.compile(
    r"\[(?:" + "|".join(re.escape(t) for t in reversed(_NAME_TAGS)) + r")\]", re.I
)


class _LatinWords:
    """The capitalised Latin words of a view by their original start, looked up only when
    a word beside a name needs it (most texts need none)."""

    def __init__(self, view: Text, context: _Around) -> None:
        self.view, self.context = view, context
        self._by_start: dict[int, Word] | None = None

    def explained(self, found: re.Match[str]) -> bool:
        """True if the capitalised Latin word of ``found`` is one the capitalised-word rule
        explains where it stands (a place after "in", a title's word)."""
        if _LATIN.fullmatch(found.group(1)) is None:
            return False
        if self._by_start is None:
            view = self.view
            self._by_start = {
                view.original_span(w.start, w.end)[0]: w for w in view.words if w.capitalised
            }
        word = self._by_start.get(found.start(1))
        return word is not None and not capitalised.unexplained(word, *self.context)


def _context(view: Text) -> _Around:
    return _Around(things.named_in(view.words), around.settled(view.words, view.norm.clean))


def _skeletons(strings: Iterable[str]) -> frozenset[str]:
    return frozenset(skeleton(s) for s in strings)


def _spelt(names: Iterable[str]) -> frozenset[str]:
    """The registered name words and their Latin spellings ("Stern"; Роман: "roman"), folded."""
    words = {w.clean.lower() for name in names for w in Text.of(name).words}
    return frozenset(skeleton(s) for word in words for s in (word, *spellings(word)))


def _folded_words(strings: Iterable[str]) -> frozenset[str]:
    return frozenset(w.folded for s in strings for w in Text.of(s).words)


def _disjoint(hits: Iterable[Hit]) -> list[Hit]:
    """In order, the longest of hits that overlap ("АБ-123456" over "АБ")."""
    out: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, h.start - h.end)):
        if not out or hit.start >= out[-1].end:
            out.append(hit)
    return out


def _outside(hit: Hit, text: str, spans: Sequence[tuple[int, int]]) -> Iterator[Hit]:
    """The hit where nothing explains it: none if it overlaps an explained span, but for a
    number, its parts outside them that still hold a digit or a word of one ("АЕ ноль ноль
    ноль" of "АЕ ноль ноль ноль\n[...] два", the engine having found the digits only)."""
    if not _overlaps(hit, spans):
        yield hit
        return
    if hit.kind != NUMBER:
        return
    start = hit.start
    for s, e in sorted(spans):
        if e <= start or s >= hit.end:
            continue
        if s > start and _NUMBER_PART.search(text, start, s):
            yield _stripped(text, start, s)
        start = max(start, e)
    if start < hit.end and _NUMBER_PART.search(text, start, hit.end):
        yield _stripped(text, start, hit.end)


def _stripped(text: str, start: int, end: int) -> Hit:
    """A number's hit from ``start`` to ``end``, the spaces and marks at its ends left out."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return Hit(NUMBER, start, end)


def _overlaps(hit: Hit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < hit.end and hit.start < end for start, end in spans)
