"""Demo multi-step applications (`demo/data/eservices/application.yaml`): a building permit, with
a step and a question that only some projects see, a preschool place and a parking permit. The file describes the
steps and questions; here they become block data, with ids that every language shares."""

import uuid

from demo.data import load

_IDS = uuid.UUID("7f0c2b9e-3a11-4c5e-8f7d-2b6a9e1d4c30")
NO_CONDITION = {"key": "", "equals": ""}


def _id(*parts) -> str:
    return str(uuid.uuid5(_IDS, "/".join(parts)))


def q(kind, key, label, required=True, help_text="", condition=None, choices=None, **extra):
    value = {
        "key": key,
        "label": label,
        "help_text": help_text,
        "required": required,
        "condition": condition or NO_CONDITION,
    }
    if choices is not None:
        value["choices"] = options(key, *choices)
    value.update(extra)
    return {"type": kind, "id": _id("question", key), "value": value}


def options(key, *labels):
    return [{"type": "item", "id": _id("choice", key, str(n)), "value": label} for n, label in enumerate(labels)]


def step(key, title, questions, intro="", condition=None):
    return {
        "type": "item",
        "id": _id("step", key),
        "value": {
            "title": title,
            "intro": intro,
            "condition": condition or NO_CONDITION,
            "fields": [q(**question) for question in questions],
        },
    }


def _with_steps(pages: list[dict]) -> list[dict]:
    for page in pages:
        for block in page["body"]:
            if block["type"] == "eservice_application":
                block["value"]["steps"] = [step(**data) for data in block["value"]["steps"]]
    return pages


PAGES = _with_steps(load("eservices/application")["pages"])
