"""Reading YAML data into typed values, with errors that name the file, line and key."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from newsroom.errors import InputError
from newsroom.models import Positions, YamlPath


class Shape:
    """A view of one YAML mapping that hands out typed fields or explains what is wrong."""

    def __init__(
        self, data: Any, positions: Positions, path: str, at: YamlPath = (), what: str = "the file"
    ) -> None:
        self.positions = positions
        self.path = path
        self.at = at
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise self.error(
                at, f"{what} must be a mapping of 'key: value' lines, not {_kind(data)}"
            )
        self.data: dict[str, Any] = data

    def error(self, at: YamlPath, message: str) -> InputError:
        k = at
        while k and k not in self.positions:
            k = k[:-1]
        line, col = self.positions.get(k, (1, 1))
        return InputError(message, path=self.path, line=line, column=col)

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
        if isinstance(value, dict | list):
            raise self.error(
                (*self.at, key), f"'{self._name(key)}' must be text, not {_kind(value)}"
            )
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.error((*self.at, key), f"'{self._name(key)}' must be true or false")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list):
            raise self.error((*self.at, key), f"'{self._name(key)}' must be a list of text")
        out = []
        for i, item in enumerate(value):
            if isinstance(item, dict | list) or item is None:
                raise self.error(
                    (*self.at, key, i), f"'{self._name(key)}' item {i + 1} must be text"
                )
            out.append(str(item))
        return tuple(out)

    def items(self, key: str, what: str) -> list[Shape]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(
                (*self.at, key), f"'{self._name(key)}' must be a list of {what}, not {_kind(value)}"
            )
        out = []
        for i, item in enumerate(value):
            at = (*self.at, key, i)
            if item is not None and not isinstance(item, dict):
                entry = f"{what} {i + 1} of '{self._name(key)}'"  # made only here: it is rare
                raise self.error(
                    at, f"{entry} must be a mapping of 'key: value' lines, not {_kind(item)}"
                )
            out.append(Shape(item, self.positions, self.path, at))
        return out

    def mapping(self, key: str) -> Shape:
        return Shape(
            self.data.get(key), self.positions, self.path, (*self.at, key), f"'{self._name(key)}'"
        )

    def when(self, key: str) -> datetime | None:
        value = self.data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=UTC)
        if isinstance(value, date):
            return datetime.combine(value, time(0, 0), tzinfo=UTC)
        if isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                pass
            else:
                return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        raise self.error(
            (*self.at, key),
            f"'{self._name(key)}' must be an ISO date and time, e.g. 2026-03-01T09:00:00-05:00",
        )

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.text(key) or default
        if value not in allowed:
            raise self.error(
                (*self.at, key),
                f"'{self._name(key)}' is '{value}'; use one of: {', '.join(allowed)}",
            )
        return value


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    return f"'{value}'"
