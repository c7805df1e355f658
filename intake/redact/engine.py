"""The redaction engine: recognizers -> findings -> senses -> mentions -> overlap strategy
-> operators -> sweep.

A :class:`Redactor` expands its registry once (the slow part) and is then
reused for every text. It runs its registry of recognizers
(:mod:`intake.redact.recognizers`), then gives each name-like finding its sense in
context: a place, a formation's name or a common word keeps its text
(:mod:`intake.redact.places`), a registered first name inside a public figure's full
name is the public figure's (:mod:`intake.redact.public`). Mentions of one person are
joined; one that still fits two registered people becomes "ambiguous", a tag and a
review question, never a guess. A pseudonym takes the case its mention shows, or the
one its context governs (:mod:`intake.redact.government`).

``redact`` never trusts its own first pass: a final sweep runs every registered
non-public form and every redacting pattern over the output, and any hit is redacted
too and reported. Redacting redacted text changes nothing: pseudonyms in use and
category tags are recognised and kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from intake.redact import (
    english_dict,
    forms_ru,
    guards,
    name_handles,
    patterns,
    places,
    recognizers,
    split_names,
)
from intake.redact.by_words import PseudonymMatcher
from intake.redact.compiled import CompiledForms, Entry
from intake.redact.expand import FormInfo, FormTable, pseudonym_forms
from intake.redact.findings import (
    AMBIGUOUS,
    CALL_SIGN,
    HANDLE,
    ID_NUMBER,
    NAME,
    PERSON,
    PUBLIC_PERSON,
    SECRET,
    TERM,
    Applied,
    Decision,
    Finding,
    RedactionResult,
)
from intake.redact.government import governed_case, indeclinable
from intake.redact.guards import at_sentence_start
from intake.redact.initials import OnDemand
from intake.redact.language import LANGUAGES, detect
from intake.redact.matcher import Matcher
from intake.redact.normalize import Normalized, skeleton, splice
from intake.redact.operators import ALL_TAG_WORDS, generalise, render_pseudonym, tag
from intake.redact.policy import Policy
from intake.redact.pseudonyms import (
    assign_pseudonym,
    guess_gender,
    name_keys,
    pool_for,
    pseudonym_key,
)
from intake.redact.recognizers import Recognizer
from intake.redact.registry import Person, Registry
from intake.redact.resolve import merge_mentions, resolve
from intake.redact.rewrite import (
    findings_of,
    gc_paused,
    keep_sentence_end,
    to_original,
    with_preposition,
    word_before,
)

Compiler = Callable[[tuple[Entry, ...], tuple[str, ...]], CompiledForms]
_CYRILLIC_WORDS = re.compile(r"[А-ЯЁа-яё]{2,}")
_TAG_RE = re.compile(r"\[[^\[\]\n]{1,40}\]")
_SWEEP_ROUNDS = 3
_NOT_LEAKS = frozenset({"date"})  # recognizers whose hits identify no one by themselves


def detect_lang(text: str) -> str:
    """The code of the text's language (see :func:`intake.redact.language.detect`)."""
    return detect(text).code


class Redactor:
    """Finds and replaces identifying details, for one registry and policy."""

    def __init__(
        self,
        registry: Registry,
        policy: Policy | None = None,
        ner: bool = False,
        public_figures: bool = True,
        compiler: Compiler = CompiledForms.build,
    ) -> None:
        self.registry = registry.with_public_figures() if public_figures else registry
        self.policy = policy or Policy.default()
        self.ner = ner

        people = self.registry.people
        self._genders = [p.gender or guess_gender(p.name) for p in people]
        self._forms = compiler(  # the vault passes one that reuses what it has stored
            tuple(
                (p.name, p.aliases, g, p.public) for p, g in zip(people, self._genders, strict=True)
            ),
            tuple(t.text for t in self.registry.terms),
        )
        self._matcher = self._forms.matcher
        self._initials = OnDemand([(p.name, p.aliases) for p in people])  # few are asked for
        self._logins = name_handles.Shapes.of(people)
        self._broken = split_names.Words.of(people)
        self._clash_cache: dict[tuple[str, str], bool] = {}
        self._public = self._forms.public
        self._pseudonyms = {i: p.pseudonym for i, p in enumerate(people) if p.pseudonym}
        self._taken_keys = {pseudonym_key(p) for p in self._pseudonyms.values()}  # kept up to date
        self._free_names: tuple[frozenset[str], dict[tuple[str, str], list[str]]] = (
            frozenset(),
            {},
        )  # the names each pool leaves, for the names of one text
        self._pseudo_matcher = self._build_pseudo_matcher()
        self._pseudo_dirty = False
        self._forbidden_keys: frozenset[str] | None = None
        self._tag_words = ALL_TAG_WORDS | {t.label for t in self.registry.terms if t.label}
        self.recognizers: list[Recognizer] = [  # the registry the engine iterates, in order
            recognizers.Registered("registry", lambda: self._matcher),
            recognizers.Registered("pseudonym", lambda: self._pseudo_matcher),
            recognizers.Tags(self._tag_words),
            recognizers.Patterns(),
            recognizers.Names(lambda: self.ner),
        ]

    @property
    def _leak_matcher(self) -> Matcher:
        return self._forms.leak_matcher

    @property
    def pseudonyms(self) -> dict[int, str]:
        """Pseudonyms in use, by index of the person in the registry (read-only copy)."""
        return dict(self._pseudonyms)

    def _build_pseudo_matcher(self) -> Matcher:
        entries = {i: (p, self._genders[i]) for i, p in self._pseudonyms.items()}
        return PseudonymMatcher(entries)  # forms looked up by the words of each text

    # Detection -------------------------------------------------------------------------

    def analyze(self, text: str, lang: str = "auto", *, ner: bool | None = None) -> list[Finding]:
        """Resolved findings (redacting and kept), spans in the original text. ``ner``
        False reads without the NER model even if the engine uses it (None: as set)."""
        del lang  # recognizers run for both scripts; the language only chooses tags
        if ner is None or ner == self.ner:
            return self._analyze(Normalized.of(text))
        saved, self.ner = self.ner, ner  # the Names recognizer reads it (callers hold the
        try:  # engine alone: the command line, or a worker under the session's lock)
            return self._analyze(Normalized.of(text))
        finally:
            self.ner = saved

    def _analyze(self, norm: Normalized) -> list[Finding]:
        text = norm.original
        self._refresh_pseudonyms()
        found: list[Finding] = []
        for recognizer in self.recognizers:
            found += recognizer.find(norm, found)
        found = [self._public.claim(text, f) for f in places.reclassify(text, found)]
        found += glued_handles(text, found)
        found += [
            Finding(HANDLE, start, end, 0.85, "name-login")
            for start, end in name_handles.find(
                text, self._logins, ((f.start, f.end) for f in found)
            )
        ]
        found += [
            Finding(NAME, start, end, 0.85, "split-name")
            for start, end in split_names.find(text, self._broken)
        ]
        return resolve(merge_mentions(text, found, self._initials), self.policy)

    def pseudonym_spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` holds a pseudonym in use, in any of its forms, whatever else reads
        the words around it as ("Любовь Дарьи", a possessive rewritten at a sentence's
        start, reads as a name of two words)."""
        self._refresh_pseudonyms()
        return [(f.start, f.end) for f in self._pseudo_matcher.find(Normalized.of(text))]

    def _refresh_pseudonyms(self) -> None:
        """The pseudonym matcher, rebuilt once per text, not once per new pseudonym."""
        if self._pseudo_dirty:
            self._pseudo_matcher = self._build_pseudo_matcher()
            self._pseudo_dirty = False

    def decide(self, findings: Iterable[Finding]) -> list[Decision]:
        """The policy's decision for each finding."""
        return [Decision(f, self.policy.action(f.kind)) for f in findings]

    # Transformation --------------------------------------------------------------------

    def _clashes(self, name: str, gender: str) -> bool:
        """True if any form of pseudonym ``name`` is a registered form (cached)."""
        if (name, gender) not in self._clash_cache:
            self._clash_cache[(name, gender)] = any(
                skeleton(form) in self._forms.registered_keys
                for form, _, _, _ in pseudonym_forms(name, gender)
            )
        return self._clash_cache[(name, gender)]

    def _pseudonym_for(self, owner: int, names_in_text: frozenset[str], lang: str) -> str:
        if owner not in self._pseudonyms:
            if self._forbidden_keys is None:
                people = self.registry.people
                self._forbidden_keys = frozenset(
                    name_keys(n for p in people for n in (p.name, *p.aliases))
                )
            self._pseudonyms[owner] = assign_pseudonym(
                self._genders[owner],
                _pool_lang(self.registry.people[owner], lang),
                taken=self._pseudonyms.values(),
                forbidden=(),
                forbidden_keys=self._forbidden_keys | names_in_text,
                clashes=self._clashes,
                taken_keys=self._taken_keys,
                free_names=self._free_names_for(names_in_text),
            )
            self._taken_keys.add(pseudonym_key(self._pseudonyms[owner]))
            self._pseudo_dirty = True
        return self._pseudonyms[owner]

    def _free_names_for(self, names_in_text: frozenset[str]) -> dict[tuple[str, str], list[str]]:
        """The pools' free names, kept while the text (its names) stays the same."""
        if self._free_names[0] is not names_in_text:
            self._free_names = (names_in_text, {})
        return self._free_names[1]

    def _replacement(
        self, decision: Decision, text: str, lang: str, names_in_text: frozenset[str]
    ) -> str:
        finding, action = decision.finding, decision.action
        original = text[finding.start : finding.end]
        if decision.replacement is not None:
            return decision.replacement
        if action == "keep":
            return original
        if action == "pseudonym" and finding.kind == PERSON and finding.owner is not None:
            pseudonym = self._pseudonym_for(finding.owner, names_in_text, lang)
            return render_pseudonym(
                pseudonym,
                self._governed(text, finding),
                original,
                self._genders[finding.owner],
                word_before(text, finding.start),
                initial=at_sentence_start(text, finding.start),
            )
        if action == "generalise":
            person = self._person(finding)
            role = person.role if person is not None else None
            return generalise(finding.kind, original, lang, role)
        return tag(finding.kind, lang, self._label(finding))

    def _governed(self, text: str, finding: Finding) -> Finding:
        """A mention whose words do not decline takes the case its context governs ("По
        словам Шевченко" -> genitive), so its pseudonym stands in that case."""
        if finding.case not in (None, "nomn") or finding.script != "cyr":
            return finding
        gender = self._genders[finding.owner] if finding.owner is not None else None
        words = _CYRILLIC_WORDS.findall(text, finding.start, finding.end)
        if not words or not all(indeclinable(w, gender) for w in words):
            return finding
        case = governed_case(text, finding.start)
        return replace(finding, case=case) if case else finding

    def _person(self, finding: Finding) -> Person | None:
        if finding.kind == PERSON and finding.owner is not None:
            return self.registry.people[finding.owner]
        return None

    def _label(self, finding: Finding) -> str | None:
        if finding.kind == TERM and finding.owner is not None:
            return self.registry.terms[finding.owner].label
        return None

    def apply(self, text: str, decisions: Sequence[Decision], lang: str = "auto") -> str:
        """The text with each decision applied (decisions must not overlap)."""
        return self._apply(text, decisions, _lang(text, lang))[0]

    def apply_traced(
        self, text: str, decisions: Sequence[Decision], lang: str = "auto"
    ) -> tuple[str, list[Applied]]:
        """:meth:`apply`, with where each replacement went (to map the output back)."""
        return self._apply(text, decisions, _lang(text, lang))

    def _apply(
        self, text: str, decisions: Sequence[Decision], lang: str
    ) -> tuple[str, list[Applied]]:
        names_in_text = frozenset(
            name_keys(
                text[d.finding.start : d.finding.end] for d in decisions if d.finding.kind == NAME
            )
        )
        parts: list[str] = []
        applied: list[Applied] = []
        position = 0
        ordered = sorted(decisions, key=lambda d: d.finding.start)
        next_starts = [*(d.finding.start for d in ordered[1:]), len(text) + 1]
        for decision, next_start in zip(ordered, next_starts, strict=False):
            finding = decision.finding
            if finding.start < position:
                raise ValueError("decisions overlap")
            replacement = self._replacement(decision, text, lang, names_in_text)
            replacement = keep_sentence_end(text, finding, replacement, next_start)
            start = finding.start
            if decision.action == "pseudonym" and decision.replacement is None:
                start, replacement = with_preposition(text, position, start, replacement)
            parts += [text[position:start], replacement]
            position = finding.end
            applied.append(
                Applied(
                    start,
                    finding.end,
                    finding.kind,
                    decision.action,
                    replacement,
                    finding.recognizer,
                    finding.score,
                )
            )
        parts.append(text[position:])
        return "".join(parts), applied

    def redact(self, text: str, lang: str = "auto") -> RedactionResult:
        """Detect, decide by policy, replace, then sweep the output until it is clean."""
        with gc_paused():
            return self._redact(text, lang)

    def _redact(self, text: str, lang: str) -> RedactionResult:
        lang = _lang(text, lang)
        norm = Normalized.of(text)
        decisions = self.decide(self._analyze(norm))
        for _ in range(_SWEEP_ROUNDS):
            output, applied = self._apply(text, decisions, lang)
            extra = self._sweep(
                splice(norm, output, ((a.start, a.end, a.replacement) for a in applied)), applied
            )
            if not extra:
                return RedactionResult(output, tuple(applied), lang)
            decisions = self.decide(resolve([d.finding for d in decisions] + extra, self.policy))
        return self._last_resort(text, decisions, lang)

    def _sweep(self, output: Normalized, applied: list[Applied]) -> list[Finding]:
        """Hits in the output, mapped back to original spans (recognizer "sweep")."""
        hits = [f for f in self._scan(output) if self.policy.redacts(f.kind)]
        return [f2 for f in hits if (f2 := to_original(f, applied)) is not None]

    def _last_resort(self, text: str, decisions: list[Decision], lang: str) -> RedactionResult:
        tagged = [Decision(d.finding, "tag") if d.action != "keep" else d for d in decisions]
        output, applied = self._apply(text, tagged, lang)
        return RedactionResult(output, tuple(applied), lang)

    # The leak gate ---------------------------------------------------------------------

    def scan_for_leaks(self, text: str, extra_strings: Iterable[str] = ()) -> list[Finding]:
        """Every registered non-public form, every pattern hit (except dates) and every
        ``extra_strings`` occurrence (normalised the same way) in ``text``."""
        return self._scan(Normalized.of(text), extra_strings)

    def _scan(self, norm: Normalized, extra_strings: Iterable[str] = ()) -> list[Finding]:
        text = norm.original
        found = [
            f
            for f in places.without_places(text, self._leak_matcher.find(norm))
            if self._public.claim(text, f).kind != PUBLIC_PERSON
        ]
        extra_strings = tuple(extra_strings)
        extra: dict[str, int] = {}
        for string in extra_strings:
            key = skeleton(string).strip()
            # a string of marks alone names no one: a "," decided would be every comma
            if any(c.isalnum() for c in key) and not _initial_alone(key):
                extra[key] = min(extra.get(key, guards.CAPITAL), _extra_guard(string.strip()))
        if extra:
            table: FormTable = {}
            for key, guard in extra.items():
                table.setdefault(key, []).append(_extra_info(guard))
            tags = recognizers.Tags(self._tag_words).find(norm, ())
            found += [  # a decided string inside a tag the engine wrote: "card" of "[card]"
                f
                for f in Matcher(table, recognizer="extra").find(norm)
                if not any(t.start < f.start and f.end < t.end for t in tags)
                and not _inside_a_number(text, f.start, f.end)
            ]
            at = {(f.start, f.end) for f in found}
            found += [  # a code decided, in another spacing: "DF4A17" ... "DF-4A-17"
                Finding(TERM, start, end, 1.0, "extra")
                for start, end in patterns.spellings_again(text, extra_strings)
                if (start, end) not in at
            ]
        found += self._no_pseudonyms(
            text, findings_of(norm, patterns.run_all(norm.clean, _NOT_LEAKS))
        )
        return sorted(found, key=lambda f: (f.start, f.end))

    def _no_pseudonyms(self, text: str, hits: list[Finding]) -> list[Finding]:
        """Pattern hits without those that are pseudonyms the engine wrote: "[call sign] —
        Виктор" reads as a call sign's owner to the dash rule, "typed ANDRIS LIGA" after
        "booking" as its reference; a pseudonym is never a word of the original texts
        (:meth:`_clashes`), so it leaks nothing."""
        if not any(f.kind in _PSEUDONYM_SHAPED for f in hits):
            return hits
        spans = set(self.pseudonym_spans(text))
        return [
            f
            for f in hits
            if f.kind not in _PSEUDONYM_SHAPED
            or ((f.start, f.end) not in spans and not self._made_of_pseudonyms(text, f))
        ]

    def _made_of_pseudonyms(self, text: str, finding: Finding) -> bool:
        """True if ``finding`` is words joined by "_" or "." that are each a pseudonym's
        form, and nothing else: a handle the engine rewrote ("tamaz_hagba" is written
        "Georgy_Georgy"; "Georgy_Georgy77" keeps the handle's digits)."""
        written = text[finding.start : finding.end]
        if not _JOINED.fullmatch(written):
            return False
        spans = set(self.pseudonym_spans(_JOINERS.sub(" ", written)))  # offsets kept
        return all((m.start(), m.end()) in spans for m in _LETTERS.finditer(written))


def _initial_alone(key: str) -> bool:
    """True if a decided string is one letter and nothing else: no string to look for in
    the output. A redacted initial ("И.") read as "и" found the conjunction in every
    sentence, the export's own note too, and refused it. A number of one digit is looked
    for, as a room "1" (:func:`_inside_a_number` keeps it out of longer numbers)."""
    letters = [c for c in key if c.isalnum()]
    return len(letters) == 1 and letters[0].isalpha()


_JOINERS = re.compile(r"[_.]")  # what joins a handle's words; a space keeps the offsets
# A handle's characters around a registered name's form glued into it: letters, digits,
# "_", and a "." between two of them ("nomtoev_j", "lena.nomtoeva", "bato_dorzh84")
_HANDLE_CHAR = re.compile(r"[^\W_]|_|\.(?=[^\W_])")


def glued_handles(text: str, found: Sequence[Finding]) -> list[Finding]:
    """A handle with no cue before it, made of a registered person's form glued to other
    letters or digits by "_", or by "." in Latin ("аккаунты bato_dorzh и nomtoev_j",
    "lena.nomtoeva"): the whole handle, as a handle the patterns found is redacted whole,
    not the name inside it alone ("[имя]_j" still reads as the handle). A handle whose
    every word is a registered form ("oleg_vymyslov", a chat's sender) is left to be
    rewritten of the pseudonyms' words, which leaves nothing of the original."""
    people = [f for f in found if f.kind in (PERSON, AMBIGUOUS)]
    out: list[Finding] = []
    for finding in people:
        start, end = finding.start, finding.end
        latin = text[start:end].isascii()
        if not (_glued(text, start - 1, start - 2, latin) or _glued(text, end, end + 1, latin)):
            continue
        while start > 0 and _HANDLE_CHAR.match(text, start - 1):
            start -= 1
        while end < len(text) and _HANDLE_CHAR.match(text, end):
            end += 1
        words = _LETTERS.finditer(text, start, end)
        if all(any(f.start <= w.start() and w.end() <= f.end for f in people) for w in words):
            continue  # made of registered forms alone
        out.append(Finding(HANDLE, start, end, 0.85, "glued-handle"))
    return out


def _glued(text: str, joiner: int, other: int, latin: bool) -> bool:
    """True if ``text[joiner]`` glues a form to the letter or digit at ``other``: "_", or
    a "." between Latin letters or digits (not a sentence's end: "Номтоев.Потом")."""
    if not 0 <= joiner < len(text) or not 0 <= other < len(text):
        return False
    glue, beyond = text[joiner], text[other]
    if not beyond.isalnum():
        return False
    return glue == "_" or (glue == "." and latin and beyond.isascii())


_JOINED = re.compile(r"[^\W\d_]+(?:[_.][^\W\d_]+)+")
_LETTERS = re.compile(r"[^\W\d_]+")


# Pattern kinds a word of letters alone can have, as a pseudonym does
# NAME: a signature's cell; SECRET: a word read as a chosen password ("пароль ... Андрей")
_PSEUDONYM_SHAPED = frozenset({CALL_SIGN, ID_NUMBER, HANDLE, NAME, SECRET})


def _inside_a_number(text: str, start: int, end: int) -> bool:
    """True if a decided number is part of a longer one: room "202" in "2026-12-05"."""
    return (text[start : start + 1].isdigit() and text[start - 1 : start].isdigit()) or (
        text[end - 1 : end].isdigit() and text[end : end + 1].isdigit()
    )


def _extra_info(guard: int) -> FormInfo:
    return FormInfo(TERM, -1, None, "cyr", guard=guard)


def _extra_guard(string: str) -> int:
    """Where a string decided "redact" is looked for again: a capitalised function word
    ("My" opening a letter, "По" a heading) only with its capital, so that the word itself
    ("my", "по") is not taken for it; anything else wherever it stands, whatever its
    letter case: a nickname decided once ("Пельмень") is the person again at the start of
    a message typed in lower case ("пельмень не ответил")."""
    if not string[:1].isupper() or not string.isalpha():
        return 0
    lower = string.lower()
    if lower.isascii():
        return guards.CAPITAL if lower in english_dict.FUNCTION_WORDS else 0
    return guards.CAPITAL if forms_ru.function_word(lower) else 0


def _lang(text: str, lang: str) -> str:
    return lang if lang in LANGUAGES else detect_lang(text)


def _pool_lang(person: Person, lang: str) -> str:
    return pool_for(person.name, lang)
