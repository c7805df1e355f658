"""intake: take testimonies offline, keep them encrypted, publish only what is redacted."""

__version__ = "0.1.0"
