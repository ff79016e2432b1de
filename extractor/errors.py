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


class DataFileError(PressnerError):
    """A file under models/ is malformed; names the file and line."""

    code = "E100"
    http_status = 500
