"""Registered forms looked up by the words of the text at hand, not loaded all at once.

The vault keeps every registered person's forms in a word index
(:mod:`intake.store.word_index`): a form is filed under the first four letters of its
first word (of its first two words, "серг лавр", if it has more than one), since it can
only match where those words stand whole, one after the other
(:mod:`intake.redact.by_words`). To read a text, :class:`IndexedForms` asks for the
forms filed under the prefixes of the text's words and pairs of words (and, for runs of
single letters such as "В ы д у м к и н", under the prefixes of every string of up to 64
letters those letters spell), and builds the form table of just the forms the text can
hold, reading for reading as the registry's table composed person by person has them
(each person expanded alone by :func:`intake.redact.expand.expand`, owners in registry
order, terms after people, a guarded form yielding to a public figure's).
:class:`IndexedMatcher` matches each text with an automaton over that table. Every form
that occurs in a text is in its table, and the matcher's decision about a form depends
only on that form's readings, so it finds exactly what a matcher over the whole registry
finds (``tests/property/test_word_index.py``); its cost follows the text, not the
registry. What was read stays in memory with the engine and goes when it does.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterable
from typing import Any

from intake.redact.by_words import heads, text_heads
from intake.redact.compiled import private
from intake.redact.expand import FormInfo, FormTable, add_term, settled
from intake.redact.findings import PERSON
from intake.redact.matcher import Compiled, Matcher, PerTextMatcher, _spelled_out, compile_form
from intake.redact.public import PublicNames
from intake.store import word_index as store
from intake.store.db import Connection

_SPELLED_MIN = 4  # the matcher reads forms of four letters or more inside spelled runs
PREFIX = 4  # letters of a form's first word it is filed under
SPELLED_MAX = 64  # longer one-word forms are not looked for inside runs of single letters


def filed_under(head: tuple[str, ...]) -> str:
    """The prefix a form with these first words is filed under ("иван", "серг лавр")."""
    return " ".join(word[:PREFIX] for word in head)


def person_digest(digest: str) -> bytes:
    return bytes.fromhex(digest)[:16]


def person_chunks(data: bytes) -> dict[str, tuple[bytes, bytes]]:
    """One person's stored forms (:func:`intake.form_cache.person_forms`) cut by prefix:
    prefix -> (chunk digest, chunk: {key: the person's readings of it, in order})."""
    cut: dict[str, dict[str, list[list[object]]]] = {}
    for key, *reading in json.loads(data):
        cut.setdefault(filed_under(heads(key)), {}).setdefault(key, []).append(reading)
    out: dict[str, tuple[bytes, bytes]] = {}
    for start, chunk in cut.items():
        content = json.dumps(chunk, ensure_ascii=False, separators=(",", ":")).encode()
        out[start] = (hashlib.sha256(content).digest()[:16], content)
    return out


Readings = list[list[Any]]


class IndexedForms:
    """The registry's forms for one engine: fetched from the index as texts need them.

    ``digests`` are the people's digests in registry order (a digest's position is its
    owner number); forms of anyone else in the index are ignored."""

    def __init__(
        self,
        conn: Connection,
        digests: Iterable[str],
        terms: Iterable[str],
        again: Callable[[int], bytes] | None = None,
    ) -> None:
        self._conn = conn
        self._owners: dict[bytes, list[int]] = {}
        for owner, digest in enumerate(digests):
            self._owners.setdefault(person_digest(digest), []).append(owner)
        # a person's forms worked out again (by owner), should a newer engine of the same
        # vault delete them from the index while this one is still in use
        self._again, self._generation = again, store.generation(conn)
        self._kept: dict[str, list[tuple[str, bytes, bytes]]] = {}  # prefix -> postings
        self._kept_chunks: dict[bytes, Any] = {}
        self._terms: FormTable = {}
        for owner, text in enumerate(terms):
            add_term(self._terms, text, owner)
        self._keys_of: dict[tuple[str, ...], set[str]] = {}  # heads -> forms filed under them
        for key in self._terms:
            self._keys_of.setdefault(heads(key), set()).add(key)
        self._rows: dict[str, list[tuple[list[bytes], Readings]]] = {}  # key -> (people, readings)
        self._asked: set[str] = set()  # prefixes fetched
        self._chunks: dict[bytes, dict[str, Readings]] = {}
        self._readings: dict[str, list[FormInfo]] = {}
        self._private: dict[str, bool] = {}  # word -> a registered private person's form
        self._compiled: dict[bool, dict[str, Compiled | None]] = {False: {}, True: {}}
        self._lock = threading.RLock()  # an engine may be read from two threads (the interface)

    def table(self, text: str) -> FormTable:
        """Every registered form that can occur in ``text`` (a skeleton), with all its
        readings."""
        with self._lock:
            return self._table(text)

    def _table(self, text: str) -> FormTable:
        found = text_heads(text)
        inside = self._spelled(text)
        self._fetch({filed_under(h) for h in found} | {filed_under((w,)) for w in inside})
        keys = {k for h in found for k in self._keys_of.get(h, ())}
        keys |= {k for k in inside if k in self._rows or k in self._terms}
        return {k: infos for k in keys if (infos := self.readings(k))}

    def compiled(self, text: str, private_only: bool = False) -> dict[str, Compiled]:
        """:meth:`table`, compiled for the matcher (each form once per engine; with
        ``private_only``, the readings of private people and terms only)."""
        with self._lock:
            out: dict[str, Compiled] = {}
            memo = self._compiled[private_only]
            for key, infos in self._table(text).items():
                if key not in memo:
                    kept = private({key: infos}).get(key) if private_only else infos
                    memo[key] = compile_form(kept) if kept else None
                if (form := memo[key]) is not None:
                    out[key] = form
            return out

    def readings(self, key: str) -> list[FormInfo]:
        """Every reading of ``key``, in the order the full expansion gives them."""
        if key not in self._readings:
            owned = sorted(
                (
                    (owner, readings)
                    for persons, readings in self._rows.get(key, ())
                    for person in persons
                    for owner in self._owners.get(person, ())
                ),
                key=lambda pair: pair[0],
            )
            out = [FormInfo(r[0], owner, r[1], r[2], r[3], r[4]) for owner, rs in owned for r in rs]
            out += self._terms.get(key, [])
            self._readings[key] = settled(key, out, self._private_word)
        return self._readings[key]

    def _private_word(self, word: str) -> bool:
        """True if ``word`` is a registered private person's form."""
        if word not in self._private:
            self._fetch({filed_under((word,))})
            self._private[word] = any(i.kind == PERSON for i in self.readings(word))
        return self._private[word]

    def public(self) -> PublicNames:
        """The public figures' full names (their forms of more than one word)."""
        with self._lock:
            public = [p for p, is_public in store.people(self._conn).items() if is_public]
            mine = {p for p in public if p in self._owners}
            self._fetch({f for p in mine for f in store.person_postings(self._conn, p) if " " in f})
            keys = {
                k
                for k, rows in self._rows.items()
                if " " in k and any(mine.intersection(ps) for ps, _ in rows)
            }
            table = {k: infos for k in keys if (infos := self.readings(k))}
            return PublicNames(table, private(table))

    def keys(self) -> frozenset[str]:
        """Every registered form (read in full: only a new pseudonym's check needs it)."""
        return frozenset(self.full())

    def full(self) -> FormTable:
        """The whole table, as :func:`intake.redact.expand.expand` builds it (but for a
        form left with no reading, which matches nothing)."""
        with self._lock:
            self._fetch(set(store.all_prefixes(self._conn)))
            keys = {
                k
                for k, rows in self._rows.items()
                if any(p in self._owners for ps, _ in rows for p in ps)
            }
            return {
                k: infos for k in sorted(keys | set(self._terms)) if (infos := self.readings(k))
            }

    def _fetch(self, prefixes: set[str]) -> None:
        """Read the forms filed under ``prefixes``; a prefix counts as read only once all
        of it is (a failed read leaves nothing half-known)."""
        with self._lock:
            if prefixes <= self._asked:
                return  # all read already: no query, not even of the index's generation
            self._keep_deleted()
            wanted = sorted(prefixes - self._asked)
            found = list(store.postings(self._conn, wanted))
            found += [posting for p in wanted for posting in self._kept.get(p, ())]
            missing = sorted({chunk for _, _, chunk in found} - self._chunks.keys())
            loaded = {d: json.loads(data) for d, data in store.chunks(self._conn, missing).items()}
            loaded.update((d, self._kept_chunks[d]) for d in missing if d in self._kept_chunks)
            self._file(found, loaded)
            self._asked.update(wanted)

    def _keep_deleted(self) -> None:
        """After the index lost people this engine reads (a newer engine deleted them),
        their forms are worked out again and kept here, so none goes unread."""
        generation = store.generation(self._conn)
        if generation == self._generation:
            return
        indexed = store.people(self._conn)
        for person, owners in self._owners.items():
            if person in indexed or self._again is None:
                continue
            for start, (digest, content) in person_chunks(self._again(owners[0])).items():
                self._kept.setdefault(start, []).append((start, person, digest))
                self._kept_chunks[digest] = json.loads(content)
            indexed[person] = True
        self._generation = generation

    def _file(self, found: list[tuple[str, bytes, bytes]], loaded: dict[bytes, Any]) -> None:
        for digest, chunk in loaded.items():
            self._chunks[digest] = chunk
            for key in chunk:
                self._keys_of.setdefault(heads(key), set()).add(key)
        holders: dict[bytes, list[bytes]] = {}  # chunk -> the people who have it
        for _, person, digest in found:
            holders.setdefault(digest, []).append(person)
        for digest, persons in holders.items():
            for key, readings in self._chunks[digest].items():
                self._rows.setdefault(key, []).append((persons, readings))

    @staticmethod
    def _spelled(text: str) -> set[str]:
        """Every string of four letters or more (up to :data:`SPELLED_MAX`) inside a run of
        single letters."""
        return {
            run[i : i + n]
            for _, run in _spelled_out(text)
            for n in range(_SPELLED_MIN, min(len(run), SPELLED_MAX) + 1)
            for i in range(len(run) - n + 1)
        }


class IndexedMatcher(PerTextMatcher):
    """A :class:`Matcher` whose automaton, for each text, holds only the forms that can
    occur in it (``private_only``: the leak gate's, private people and terms)."""

    def __init__(self, forms: IndexedForms, recognizer: str, *, private_only: bool = False):
        self.recognizer, self._forms, self._private = recognizer, forms, private_only
        self._spelled, self.size = True, 1

    def _for(self, text: str) -> Matcher:
        return Matcher.of_compiled(self._forms.compiled(text, self._private), self.recognizer)
