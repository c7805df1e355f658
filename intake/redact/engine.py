"""The redaction engine: recognizers -> findings -> overlap strategy -> operators -> sweep.

A :class:`Redactor` expands its registry once (the slow part) and is then
reused for every text. ``redact`` never trusts its own first pass: a final
sweep runs every registered non-public form and every redacting pattern over
the output, and any hit is redacted too and reported. Redacting redacted text
changes nothing: pseudonyms in use and category tags are recognised and kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from intake.redact import names, patterns
from intake.redact.compiled import CompiledForms, Entry
from intake.redact.expand import FormInfo, FormTable, pseudonym_forms, pseudonym_table
from intake.redact.findings import (
    NAME,
    PERSON,
    TAG,
    TERM,
    Applied,
    Decision,
    Finding,
    RedactionResult,
)
from intake.redact.guards import at_sentence_start
from intake.redact.initials import initials_by_owner
from intake.redact.matcher import Matcher
from intake.redact.normalize import Normalized, skeleton, splice
from intake.redact.operators import ALL_TAG_WORDS, generalise, render_pseudonym, tag
from intake.redact.policy import Policy
from intake.redact.registry import Person, Registry
from intake.redact.resolve import merge_mentions, resolve, union_spans
from intake.redact.rewrite import findings_of, gc_paused, to_original, with_preposition, word_before

Compiler = Callable[[tuple[Entry, ...], tuple[str, ...]], CompiledForms]
_TAG_RE = re.compile(r"\[[^\[\]\n]{1,40}\]")
_SWEEP_ROUNDS = 3
_NOT_LEAKS = frozenset({"date"})  # recognizers whose hits identify no one by themselves


def detect_lang(text: str) -> str:
    sample = text[:20000]
    cyrillic = sum(1 for c in sample if "\u0400" <= c <= "\u04ff")
    latin = sum(1 for c in sample if c.isascii() and c.isalpha())
    return "ru" if cyrillic >= latin else "en"


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
        from intake.pseudonyms import guess_gender  # imported late: it uses this package

        people = self.registry.people
        self._genders = [p.gender or guess_gender(p.name) for p in people]
        self._forms = compiler(  # the vault passes one that reuses what it has stored
            tuple(
                (p.name, p.aliases, g, p.public) for p, g in zip(people, self._genders, strict=True)
            ),
            tuple(t.text for t in self.registry.terms),
        )
        self._matcher = self._forms.matcher
        self._initials = initials_by_owner([(p.name, p.aliases) for p in people])
        self._clash_cache: dict[tuple[str, str], bool] = {}
        self._pseudonyms = {i: p.pseudonym for i, p in enumerate(people) if p.pseudonym}
        self._pseudo_matcher = self._build_pseudo_matcher()
        self._pseudo_dirty = False
        self._forbidden_keys: frozenset[str] | None = None
        self._tag_words = ALL_TAG_WORDS | {t.label for t in self.registry.terms if t.label}

    @property
    def _leak_matcher(self) -> Matcher:
        return self._forms.leak_matcher

    @property
    def pseudonyms(self) -> dict[int, str]:
        """Pseudonyms in use, by index of the person in the registry (read-only copy)."""
        return dict(self._pseudonyms)

    def _build_pseudo_matcher(self) -> Matcher:
        entries = {i: (p, self._genders[i]) for i, p in self._pseudonyms.items()}
        return Matcher(pseudonym_table(entries), recognizer="pseudonym", spelled_out=False)

    # Detection -------------------------------------------------------------------------

    def analyze(self, text: str, lang: str = "auto") -> list[Finding]:
        """Resolved findings (redacting and kept), spans in the original text."""
        del lang  # recognizers run for both scripts; the language only chooses tags
        return self._analyze(Normalized.of(text))

    def _analyze(self, norm: Normalized) -> list[Finding]:
        text = norm.original
        if self._pseudo_dirty:  # rebuilt once per text, not once per new pseudonym
            self._pseudo_matcher = self._build_pseudo_matcher()
            self._pseudo_dirty = False
        found = self._matcher.find(norm) + self._pseudo_matcher.find(norm)
        found += [
            Finding(TAG, m.start(), m.end(), 1.0, "tag")
            for m in _TAG_RE.finditer(text)
            if m.group()[1:-1] in self._tag_words
        ]
        found += findings_of(norm, patterns.run_all(norm.clean))
        covered = None  # NER reads only sentences with something left to find
        if self.ner and not norm.shifts:
            covered = union_spans([(f.start, f.end) for f in found])
        found += findings_of(norm, names.find_names(norm.clean, self.ner, covered))
        return resolve(merge_mentions(text, found, self._initials), self.policy)

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
            from intake.pseudonyms import assign_pseudonym, name_keys

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
            )
            self._pseudo_dirty = True
        return self._pseudonyms[owner]

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
                finding,
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

    def _apply(
        self, text: str, decisions: Sequence[Decision], lang: str
    ) -> tuple[str, list[Applied]]:
        from intake.pseudonyms import name_keys

        names_in_text = frozenset(
            name_keys(
                text[d.finding.start : d.finding.end] for d in decisions if d.finding.kind == NAME
            )
        )
        parts: list[str] = []
        applied: list[Applied] = []
        position = 0
        for decision in sorted(decisions, key=lambda d: d.finding.start):
            finding = decision.finding
            if finding.start < position:
                raise ValueError("decisions overlap")
            replacement = self._replacement(decision, text, lang, names_in_text)
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
        found = self._leak_matcher.find(norm)
        extra = {skeleton(s).strip() for s in extra_strings if skeleton(s).strip()}
        if extra:
            table: FormTable = {}
            for key in extra:
                table.setdefault(key, []).append(_extra_info())
            found += Matcher(table, recognizer="extra").find(norm)
        found += findings_of(norm, patterns.run_all(norm.clean, _NOT_LEAKS))
        return sorted(found, key=lambda f: (f.start, f.end))


def _extra_info() -> FormInfo:
    return FormInfo(TERM, -1, None, "cyr")


def _lang(text: str, lang: str) -> str:
    return detect_lang(text) if lang not in ("ru", "en") else lang


def _pool_lang(person: Person, lang: str) -> str:
    from intake.redact.forms_ru import is_cyrillic
    from intake.redact.names_split import to_cyrillic

    if is_cyrillic(person.name):
        return "ru"
    first = person.name.split()[0] if person.name.split() else person.name
    return "ru" if to_cyrillic(first)[0] is not None else ("en" if lang == "en" else "ru")
