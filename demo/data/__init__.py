"""The demo municipality's content as data files: YAML in this folder, one file per subject.

`load("events")` reads `demo/data/events.yaml`, `load("audiences/husagare")` a file below. The files
are read once (with the safe loader: plain data, no Python objects) and each call returns a fresh
deep copy, so a caller may change what it gets without changing what the next caller gets.

What YAML 1.1 would read as something else is quoted in the files: times ("10:00" unquoted is the
number 600), phone numbers, postcodes, coordinates, and the words yes, no, on and off.
"""

import copy
from functools import lru_cache
from pathlib import Path

import yaml

FOLDER = Path(__file__).resolve().parent
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


#: `yaml.safe_load`'s loader, in its libyaml build where there is one (ten times faster, just as safe).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=32)  # a dozen files
def _read(name: str):
    with (FOLDER / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.load(file, Loader=_LOADER)  # noqa: S506 (a safe loader)


def load(name: str):
    """The data of `demo/data/<name>.yaml`."""
    return copy.deepcopy(_read(name))


def weekly_hours(days: dict[str, str]) -> list[tuple[int, str, str]]:
    """Rows (weekday, opens, closes) from {"mon": "10:00-19:00", "wed": "10:00-12:00,13:00-16:00"},
    Monday being 0, in the order the file gives them."""
    rows = []
    for day, text in days.items():
        for interval in text.split(","):
            opens, closes = interval.split("-")
            rows.append((DAYS.index(day), opens, closes))
    return rows
