"""Reading YAML data into typed values, with errors that name the file, line and key."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime, time
from typing import Any

from newsroom.errors import InputError
from newsroom.models import Positions, YamlPath


class Shape:
    """A view of one YAML mapping that hands out typed fields or explains what is wrong."""

    def __init__(
        self,
        data: Any,
        positions: Positions,
        path: str,
        at: YamlPath = (),
        what: str = "the file",
        keys: Positions | None = None,
    ) -> None:
        self.positions = positions
        self.keys = keys  # where each key stands, when the reader was asked for it
        self.path = path
        self.at = at
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise self.error(
                at, f"{what} must be a mapping of 'key: value' lines, not {shown(data)}"
            )
        self.data: dict[str, Any] = data

    def error(self, at: YamlPath, message: str) -> InputError:
        k = at
        while k and k not in self.positions:
            k = k[:-1]
        line, col = self.positions.get(k, (1, 1))
        return InputError(message, path=self.path, line=line, column=col)

    def key_error(self, key: str, message: str) -> InputError:
        """An error placed at the key `key` itself when its place is known, else at its value."""
        where = self.keys.get((*self.at, key)) if self.keys is not None else None
        if where is None:
            return self.error((*self.at, key), message)
        return InputError(message, path=self.path, line=where[0], column=where[1])

    def only(self, allowed: Collection[str], what: str) -> None:
        """Refuse a key that is not one of `allowed`, naming the closest: `what` says what
        the keys are, e.g. 'a field of a person'."""
        for key in self.data:
            if key not in allowed:
                raise self.key_error(
                    key,
                    f"'{self._name(key)}' is not {what}"
                    + did_you_mean(key, allowed, f"use {', '.join(allowed)}"),
                )

    def _name(self, key: str) -> str:
        return ".".join(str(p) for p in (*self.at, key))

    def has(self, key: str) -> bool:
        return key in self.data and self.data[key] is not None

    def text(self, key: str, *, required: bool = False) -> str:
        value = self.data.get(key)
        if type(value) is str:
            return value
        if value is None:
            if required:
                raise self.error(self.at, f"'{self._name(key)}' is missing; add it")
            return ""
        raise self.error((*self.at, key), f"'{self._name(key)}' {not_text(value)}")

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.error(
                (*self.at, key), f"'{self._name(key)}' must be true or false, not {shown(value)}"
            )
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list):
            raise self.error((*self.at, key), f"'{self._name(key)}' must be a list of text")
        for i, item in enumerate(value):
            if type(item) is not str:
                raise self.error(
                    (*self.at, key, i), f"'{self._name(key)}' item {i + 1} {not_text(item)}"
                )
        return tuple(value)

    def items(self, key: str, what: str) -> list[Shape]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(
                (*self.at, key), f"'{self._name(key)}' must be a list of {what}, not {shown(value)}"
            )
        out = []
        for i, item in enumerate(value):
            at = (*self.at, key, i)
            if item is not None and not isinstance(item, dict):
                entry = f"{what} {i + 1} of '{self._name(key)}'"  # made only here: it is rare
                raise self.error(
                    at, f"{entry} must be a mapping of 'key: value' lines, not {shown(item)}"
                )
            out.append(Shape(item, self.positions, self.path, at, keys=self.keys))
        return out

    def mapping(self, key: str) -> Shape:
        return Shape(
            self.data.get(key),
            self.positions,
            self.path,
            (*self.at, key),
            f"'{self._name(key)}'",
            self.keys,
        )

    def when(self, key: str) -> datetime | None:
        value = self.data.get(key)
        if value is None or value == "":
            return None
        moment = None
        if isinstance(value, datetime):
            moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        elif isinstance(value, date):
            moment = datetime.combine(value, time(0, 0), tzinfo=UTC)
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                pass
            else:
                moment = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        if moment is not None and _in_utc(moment):
            return moment
        raise self.error(
            (*self.at, key),
            f"'{self._name(key)}' must be an ISO date and time, e.g. 2026-03-01T09:00:00-05:00",
        )

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.data.get(key)
        if value is None or value == "":
            return default
        if type(value) is not str or value not in allowed:
            raise self.error(
                (*self.at, key),
                f"'{self._name(key)}' is {shown(value)}; use one of: {', '.join(allowed)}",
            )
        return value


def _in_utc(moment: datetime) -> bool:
    """Whether a time has a reading in UTC (one at the calendar's edge, such as
    0001-01-01T00:00+05:00, has none), as the site and the export write it."""
    try:
        moment.astimezone(UTC)
    except OverflowError:
        return False
    return True


def shown(value: Any) -> str:
    """A value as a message quotes it: short, whatever was written."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        digits = len(str(abs(value))) if isinstance(value, int) and abs(value) >= 10**18 else 0
        return f"a number of {digits} digits" if digits else str(value)
    text = str(value)
    return f"'{text[:40]}...'" if len(text) > 40 else f"'{text}'"


def not_text(value: Any) -> str:
    """'must be text, not ...' for a value YAML read as something else, saying how to keep
    what was written (YAML reads 12:30 as the number 750, 2026-03-01 as a date, yes as true)."""
    if isinstance(value, dict | list) or value is None:
        return f"must be text, not {shown(value)}"
    if isinstance(value, bool):
        kind = shown(value)
    elif isinstance(value, int | float):
        kind = shown(value)
        kind = kind if kind.startswith("a number") else f"the number {kind}"
    elif isinstance(value, date):
        kind = f"the date {value.isoformat()}"
    else:
        kind = f"a {type(value).__name__} value"
    return f"must be text, not {kind}; put it in quotes"


def did_you_mean(word: str, choices: Collection[str], otherwise: str = "") -> str:
    """'; did you mean 'x'?' naming the choice closest to `word`, or '; ' + `otherwise`."""
    import difflib  # only when a mistake is reported

    close = difflib.get_close_matches(word, list(choices), n=1)
    if close:
        return f"; did you mean '{close[0]}'?"
    return f"; {otherwise}" if otherwise else ""
