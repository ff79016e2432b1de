"""Coded errors raised by the library; the API maps them to HTTP in one handler."""

from __future__ import annotations


class PressnerError(Exception):
    code = "E000"
    http_status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnsupportedLanguage(PressnerError):
    code = "E001"
    http_status = 422


class InvalidDocDate(PressnerError):
    code = "E002"
    http_status = 422


class InvalidText(PressnerError):
    code = "E003"
    http_status = 422


class TextTooLong(PressnerError):
    code = "E004"
    http_status = 413


class InvalidId(PressnerError):
    """An id that is neither a string nor an integer (an object, a boolean, NaN, 1e999)."""

    code = "E005"
    http_status = 422


class TooMuchOutput(PressnerError):
    """A document with more entities than the per-document bound (`max_entities`): what
    one request may cost in memory and response bytes grows with its entities."""

    code = "E006"
    http_status = 413


ECHO_CHARS = 80


def echo(value: object, limit: int = ECHO_CHARS) -> str:
    """`repr(value)` for an error message, cut to `limit` characters: an error quotes
    what was wrong, never a multi-megabyte input back at its sender."""
    s = repr(value)
    return s if len(s) <= limit else f"{s[:limit]}... ({len(s)} characters)"


class DataFileError(PressnerError):
    """A file under models/ is malformed; names the file and line."""

    code = "E100"
    http_status = 500
