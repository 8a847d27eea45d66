"""Turn the demo content's block descriptions into StreamField raw data for one language.

Block ids are derived from the page and the block's position, so the Swedish page and its
translations have the same ids and wagtail-localize can pair their segments.
"""

import uuid

from .images import demo_image

_NAMESPACE = uuid.UUID("6f1d6a2e-1c55-4b0e-9c6a-8a3d2f0b7c11")


def pick(value, language: str):
    """The text of a leaf in `language` (leaves are plain Swedish strings or {sv, en, ar} dicts)."""
    if isinstance(value, dict) and set(value) == {"sv", "en", "ar"}:
        return value[language]
    return value


def is_translated(value) -> bool:
    return isinstance(value, dict) and set(value) == {"sv", "en", "ar"}


def _block_id(*parts) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(str(part) for part in parts)))


def _link(link: dict, language: str, resolve_page) -> dict:
    page = resolve_page(link["page"]) if link.get("page") else None
    return {
        "page": page.pk if page else None,
        "url": link.get("url", ""),
        "label": pick(link.get("label", ""), language),
    }


def contact_value(value: dict, language: str) -> dict:
    """Raw data of a Contact e-service block in `language`."""
    return {
        "title": pick(value["title"], language),
        "intro": pick(value.get("intro", ""), language),
        "receiving_department": None,
        "confirmation_text": pick(value["confirmation_text"], language),
        "expected_lead_time_days": value.get("expected_lead_time_days", 10),
        "retention_days": value.get("retention_days", 365),
        "ask_for_name": True,
        "ask_for_phone": True,
        "ask_for_identity_number": value.get("ask_for_identity_number", False),
    }


ESERVICE_DEFAULTS = {
    "intro": "",
    "receiving_department": None,
    "expected_lead_time_days": 10,
    "retention_days": 365,
}


def pick_deep(value, language: str):
    """`value` with every translated leaf picked in `language`, however deeply nested. A callable
    leaf is called: it looks up rows that exist only once the demo is loading (a resource's id)."""
    if callable(value):
        return pick_deep(value(), language)
    if is_translated(value):
        return value[language]
    if isinstance(value, dict):
        return {key: pick_deep(item, language) for key, item in value.items()}
    if isinstance(value, list):
        return [pick_deep(item, language) for item in value]
    return value


def eservice_value(value: dict, language: str) -> dict:
    """Raw data of any e-service block in `language`: the demo writes the block's raw value with
    translated leaves (list and stream items carry fixed ids, so every language pairs up)."""
    return {**ESERVICE_DEFAULTS, **pick_deep(value, language)}


def stream_data(blocks: list[dict], language: str, owner_key: str, resolve_page) -> list[dict]:
    """Raw StreamField data for `blocks` in `language`; `resolve_page(slug)` finds linked pages."""
    data = []
    for index, block in enumerate(blocks):
        kind, value = block["type"], block["value"]
        block_id = _block_id(owner_key, index)
        if kind == "rich_text":
            raw = pick(value, language)
        elif kind == "accordion":
            raw = {
                "heading": pick(value.get("heading", ""), language),
                "items": [
                    {
                        "type": "item",
                        "id": _block_id(owner_key, index, "item", item_index),
                        "value": {
                            "heading": pick(item["heading"], language),
                            "content": pick(item["content"], language),
                        },
                    }
                    for item_index, item in enumerate(value["items"])
                ],
            }
        elif kind == "call_to_action":
            raw = {
                "title": pick(value["title"], language),
                "text": pick(value.get("text", ""), language),
                "link": _link(value["link"], language, resolve_page),
            }
        elif kind == "contact_card":
            raw = {
                field: pick(value.get(field, ""), language)
                for field in ("heading", "name", "phone", "email", "address", "opening_hours")
            }
        elif kind == "image":
            image = demo_image(value["image"], value["image"].replace("-", " ").capitalize())
            raw = {
                "image": {"image": image.pk, "decorative": False, "alt_text": pick(value["alt"], language)},
                "caption": pick(value.get("caption", ""), language),
            }
        elif kind == "related_links":
            raw = {
                "heading": pick(value["heading"], language),
                "links": [
                    {
                        "type": "item",
                        "id": _block_id(owner_key, index, "link", link_index),
                        "value": _link(link, language, resolve_page),
                    }
                    for link_index, link in enumerate(value["links"])
                ],
            }
        elif kind == "eservice_contact":
            raw = contact_value(value, language)
        elif kind.startswith("eservice_"):
            raw = eservice_value(value, language)
        else:
            raise ValueError(f"Unknown demo block type {kind!r} on {owner_key}")
        data.append({"type": kind, "value": raw, "id": block_id})
    return data


def _number(value):
    return None if value is None else str(value)


def guide_questions(questions: list[dict], language: str, owner_key: str) -> list[dict]:
    """Raw data of a guide's questions in `language`, with ids shared by every language."""
    return [
        {
            "type": "question",
            "id": _block_id(owner_key, "question", index),
            "value": {
                "key": question["key"],
                "text": pick(question["text"], language),
                "help_text": pick(question.get("help_text", ""), language),
                "kind": question["kind"],
                "answers": [
                    {
                        "type": "item",
                        "id": _block_id(owner_key, "question", index, "answer", answer_index),
                        "value": {
                            "label": pick(answer["label"], language),
                            "leads_to": answer["leads_to"],
                            "minimum": _number(answer.get("minimum")),
                            "maximum": _number(answer.get("maximum")),
                        },
                    }
                    for answer_index, answer in enumerate(question["answers"])
                ],
            },
        }
        for index, question in enumerate(questions)
    ]


def guide_outcomes(outcomes: list[dict], language: str, owner_key: str, resolve_page) -> list[dict]:
    return [
        {
            "type": "outcome",
            "id": _block_id(owner_key, "outcome", index),
            "value": {
                "key": outcome["key"],
                "title": pick(outcome["title"], language),
                "text": pick(outcome.get("text", ""), language),
                "page": resolve_page(outcome["page"]).pk if outcome.get("page") else None,
                "link_label": pick(outcome.get("link_label", ""), language),
                "resolves": outcome.get("resolves", True),
                "eservice": [
                    {
                        "type": "eservice_contact",
                        "id": _block_id(owner_key, "outcome", index, "eservice"),
                        "value": contact_value(outcome["eservice"], language),
                    }
                ]
                if outcome.get("eservice")
                else [],
            },
        }
        for index, outcome in enumerate(outcomes)
    ]
