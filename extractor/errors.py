"""Coded errors, in one place."""
from __future__ import annotations


class ExtractorError(Exception):
    """Base of the tool's own errors."""


class RuleError(ExtractorError):
    """A rules file that cannot be used: names the file, the rule and the fix."""

    def __init__(self, code: str, file: str, rule_id: str, message: str) -> None:
        self.code, self.file, self.rule_id = code, file, rule_id
        super().__init__(f"{code} {file}: {rule_id}: {message}")


class InputError(ExtractorError):
    """An input that cannot be read as articles (recorded in ``errors``)."""

    def __init__(self, source: str, stage: str, reason: str) -> None:
        self.source, self.stage, self.reason = source, stage, reason
        super().__init__(f"{source}: {stage}: {reason}")


class OutputError(ExtractorError):
    """An output that cannot be written or resumed (names the path and the fix)."""

    def __init__(self, code: str, path: str, message: str) -> None:
        self.code, self.path = code, path
        super().__init__(f"{code} {path}: {message}")
