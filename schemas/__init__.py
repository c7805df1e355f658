"""JSON Schemas (2020-12) for every document that crosses intake's boundary."""
