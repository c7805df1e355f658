"""Benchmark: importing and searching 10,000 testimonies of about 5 KB in one vault.

Prints a table of figures against their goals:
- import rate (decode, language detection, lemmatisation, encrypted insert, index): >= 300/s
- search latency p50 and p95 over inflected one- and two-word queries, snippets included:
  p95 < 30 ms
- vault size against the plain text's size, and the time to delete one testimony
  (which rewrites the search index), both informative

Run: python bench/intake.py [COUNT]. The text is synthetic: random sentences of real Russian
word forms (about 6,000 lemmas sampled from the pymorphy3 dictionary, Zipf-like frequency),
30% of testimonies in a Latin transliteration standing in for English, and invented names.
Key derivation is not measured here (see bench/vault.py); the vault uses the cheap profile.
Wall-clock figures depend on what else the machine runs; the CPU-time rate much less.
"""

from __future__ import annotations

import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

Row = tuple[str, float, str, bool]

FILLER_RU = (
    "и",
    "в",
    "не",
    "на",
    "что",
    "он",
    "она",
    "с",
    "по",
    "к",
    "у",
    "за",
    "из",
    "о",
    "так",
    "уже",
    "его",
    "её",
    "мне",
    "мы",
    "они",
    "был",
    "была",
)
FILLER_EN = (
    "the",
    "a",
    "and",
    "to",
    "of",
    "in",
    "was",
    "he",
    "she",
    "they",
    "it",
    "that",
    "with",
    "for",
    "on",
    "at",
    "by",
    "from",
    "not",
)
_CONSONANTS, _VOWELS = "бвгдзклмнпрстфхчшж", "аеиоуя"
_SKIP_TAGS = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Infr"}
_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def russian_lexemes(per_prefix: int = 1500) -> list[list[str]]:
    """Real Russian words grouped by lemma, sampled from pymorphy3's dictionary."""
    import pymorphy3

    dictionary = pymorphy3.MorphAnalyzer().dictionary
    groups: dict[str, list[str]] = {}
    for consonant in _CONSONANTS:
        for vowel in _VOWELS:
            words = dictionary.iter_known_words(consonant + vowel)
            for count, (word, tag, lemma, _para, _index) in enumerate(words):
                if count >= per_prefix:
                    break
                if not _SKIP_TAGS & set(str(tag).replace(" ", ",").split(",")):
                    groups.setdefault(lemma, []).append(word)
    return list(groups.values())


def latin(word: str) -> str:
    return "".join(_LATIN.get(ch, ch) for ch in word)


def invented_names(rng: random.Random, count: int) -> list[str]:
    syllables = ["зю", "кво", "рба", "тле", "мыр", "ган", "шоп", "дря", "фел", "вук"]
    return [
        ("".join(rng.sample(syllables, 3)) + rng.choice(["ов", "ин", "ский"])).capitalize()
        for _ in range(count)
    ]


class Vocabulary:
    """Lemmas with a Zipf-like frequency; any inflected form of a lemma may appear."""

    def __init__(self, seed: int = 7) -> None:
        rng = random.Random(seed)
        self.lexemes = russian_lexemes()
        rng.shuffle(self.lexemes)
        self.weights = [1 / (rank + 10) for rank in range(len(self.lexemes))]
        self.names = invented_names(rng, 2_000)

    def words(self, rng: random.Random, count: int, english: bool) -> list[str]:
        lexemes = rng.choices(self.lexemes, self.weights, k=count)
        words = [latin(rng.choice(lexeme)) if english else rng.choice(lexeme) for lexeme in lexemes]
        filler = FILLER_EN if english else FILLER_RU
        return [w if rng.random() > 0.35 else rng.choice(filler) for w in words]


def testimony_text(rng: random.Random, vocabulary: Vocabulary, size: int, english: bool) -> bytes:
    names = rng.sample(vocabulary.names, 3)
    parts: list[str] = []
    length = 0
    while length < size:
        words = vocabulary.words(rng, rng.randint(6, 16), english)
        if rng.random() < 0.2:
            words.insert(rng.randrange(len(words)), rng.choice(names))
        parts.append(" ".join(words).capitalize() + ".")
        length += len(parts[-1].encode()) + 1
    return " ".join(parts).encode()


def corpus(vocabulary: Vocabulary, count: int, size: int = 5_000, seed: int = 7) -> list[bytes]:
    rng = random.Random(seed)
    return [testimony_text(rng, vocabulary, size, english=i % 10 >= 7) for i in range(count)]


def queries(vocabulary: Vocabulary, count: int, seed: int = 11) -> list[str]:
    """Content words of every frequency above the commonest (rank 20+), names, pairs."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        picks = []
        for _ in range(rng.choice((1, 1, 2))):
            if rng.random() < 0.25:
                picks.append(rng.choice(vocabulary.names))
            else:
                picks.append(rng.choice(rng.choice(vocabulary.lexemes[20:])))
        out.append(" ".join(picks))
    return out


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def import_all(vault: object, texts: list[bytes]) -> tuple[float, float]:
    """Import in batches of 500 (one transaction each); return (wall, CPU) rates per second."""
    from intake import ingest, testimonies

    wall, cpu = time.perf_counter(), time.process_time()
    for start in range(0, len(texts), 500):
        batch = texts[start : start + 500]
        testimonies.create_many(
            vault,  # type: ignore[arg-type]
            (ingest.load("-", stdin=io.BytesIO(t)) for t in batch),
        )
    return (len(texts) / (time.perf_counter() - wall), len(texts) / (time.process_time() - cpu))


def search_latencies(vault: object, vocabulary: Vocabulary) -> list[float]:
    from intake import testimonies

    latencies = []
    for query in queries(vocabulary, 300):
        begun = time.perf_counter()
        testimonies.search(vault, query)  # type: ignore[arg-type]
        latencies.append((time.perf_counter() - begun) * 1000)
    return latencies


def delete_seconds(vault: object) -> float:
    from intake import testimonies

    victim = testimonies.listing(vault)[0].id  # type: ignore[arg-type]
    begun = time.perf_counter()
    testimonies.delete(vault, victim)  # type: ignore[arg-type]
    return time.perf_counter() - begun


def measure(count: int) -> list[Row]:
    os.environ["INTAKE_TEST_KDF"] = "1"  # a throwaway vault: the KDF is not what is measured
    from intake import keys
    from intake.store.vault import DB_FILE, Vault

    vocabulary = Vocabulary()
    texts = corpus(vocabulary, count)
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(
            Path(tmp) / "vault", bytearray(b"bench passphrase 0123"), kdf=keys.test_profile()
        )
        with vault:
            rate, cpu_rate = import_all(vault, texts)
            latencies = search_latencies(vault, vocabulary)
            size = (Path(tmp) / "vault" / DB_FILE).stat().st_size
            deleting = delete_seconds(vault)
    plain = sum(len(t) for t in texts)
    p50, p95 = percentile(latencies, 0.50), percentile(latencies, 0.95)
    return [
        (f"import rate, {count} testimonies (per s)", rate, ">= 300", rate >= 300),
        ("import rate per CPU second (load-independent)", cpu_rate, "informative", True),
        ("search p50 (ms)", p50, "informative", True),
        ("search p95 (ms)", p95, "< 30", p95 < 30),
        ("vault size / plain text size", size / plain, "informative", True),
        ("delete one testimony, index rewritten (s)", deleting, "informative", True),
    ]


def run(count: int = 10_000) -> list[Row]:
    return measure(count)


def print_table(rows: list[Row]) -> None:
    width = max(len(row[0]) for row in rows)
    print(f"{'figure':<{width}}  {'value':>10}  {'goal':<12} met")
    for figure, value, goal, met in rows:
        print(f"{figure:<{width}}  {value:>10.2f}  {goal:<12} {'yes' if met else 'NO'}")


if __name__ == "__main__":
    # Run as a script, this file's folder comes first on sys.path and its name would hide
    # the intake package.
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    print_table(run(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
