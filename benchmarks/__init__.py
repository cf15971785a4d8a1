"""Benchmarks of bilingua; `_corpus` and `_metrics` are importable helpers for tests."""
