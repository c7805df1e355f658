"""Forms found by the words a text holds: what lets a matcher read a text without an
automaton over a whole registry.

A form can only match where its first word stands whole in the text (the matcher counts
a hit only on word boundaries), and, if it has two words or more, where its first two
stand one after the other. :func:`heads` gives a form's first word or two;
:func:`text_heads` every word of a text and every two in a row, so a form can occur in
a text only if its heads are among the text's. The pseudonyms in use are matched this
way (:class:`PseudonymMatcher`): 2,000 people have 2,000 pseudonyms, but their forms
come from a few hundred first names. A pseudonym's forms depend only on the parts of its
name and its gender (:func:`intake.redact.expand.person_forms`), so each such signature
is expanded once; each text gets an automaton over just the forms its words hold, with
every owner of each, in the order :func:`~intake.redact.expand.pseudonym_table` lists
them (``tests/unit/redact/test_by_words.py``).
"""

from __future__ import annotations

import itertools
import re

from intake.redact.expand import FormInfo, FormTable, pseudonym_table
from intake.redact.matcher import Compiled, Matcher, PerTextMatcher, compile_form
from intake.redact.names_split import NamePart, split_name

_WORD = re.compile(r"[^\W_]+")  # a run of letters and digits: what str.isalnum() admits
Heads = tuple[str, ...]


def heads(key: str) -> Heads:
    """A form's first word, or its first two (runs of letters and digits; () if none)."""
    return tuple(_WORD.findall(key)[:2])


def text_heads(text: str) -> set[Heads]:
    """Every word of ``text`` (a skeleton), every two words in a row, and ()."""
    found = _WORD.findall(text)
    return {(), *((w,) for w in found), *itertools.pairwise(found)}


Signature = tuple[tuple[NamePart, ...], str | None]


class PseudonymMatcher(PerTextMatcher):
    """The pseudonyms in use (owner -> (pseudonym, gender)), matched text by text."""

    def __init__(self, pseudonyms: dict[int, tuple[str, str | None]]) -> None:
        self.recognizer, self._spelled, self.size = "pseudonym", False, len(pseudonyms)
        self._order = {owner: n for n, owner in enumerate(pseudonyms)}
        groups: dict[Signature, list[int]] = {}
        for owner, (name, gender) in pseudonyms.items():
            groups.setdefault((split_name(name), gender), []).append(owner)
        self._keys: dict[Heads, dict[str, list[tuple[list[FormInfo], list[int]]]]] = {}
        self._compiled: dict[str, Compiled] = {}
        for owners in groups.values():
            one = pseudonym_table({0: pseudonyms[owners[0]]})
            for key, infos in one.items():
                self._keys.setdefault(heads(key), {}).setdefault(key, []).append((infos, owners))

    def table(self, text: str) -> FormTable:
        """The forms of pseudonyms in use that ``text`` (a skeleton) can hold."""
        return {key: self._readings(key) for key in self._keys_in(text)}

    def _keys_in(self, text: str) -> list[str]:
        """The forms whose heads are among ``text``'s (:func:`text_heads`), found without
        building every pair of words of a long text: only pairs that open with the first
        word of a two-word head."""
        found = _WORD.findall(text)
        words = set(found)
        firsts = {head[0] for head in self._keys if len(head) == 2} & words
        pairs = set(itertools.compress(itertools.pairwise(found), map(firsts.__contains__, found)))
        return [
            key
            for head, keys in self._keys.items()
            if (head in pairs if len(head) == 2 else not head or head[0] in words)
            for key in keys
        ]

    def _readings(self, key: str) -> list[FormInfo]:
        owned = sorted(
            ((owner, infos) for infos, owners in self._keys[heads(key)][key] for owner in owners),
            key=lambda pair: self._order[pair[0]],
        )
        return [
            FormInfo(i.kind, owner, i.case, i.script, i.own, i.guard)
            for owner, infos in owned
            for i in infos
        ]

    def _for(self, text: str) -> Matcher:
        forms = {}
        for key in self._keys_in(text):
            if key not in self._compiled:  # each form compiled once per engine
                self._compiled[key] = compile_form(self._readings(key))
            forms[key] = self._compiled[key]
        return Matcher.of_compiled(forms, recognizer="pseudonym", spelled_out=False)
