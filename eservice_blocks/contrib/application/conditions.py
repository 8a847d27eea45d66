"""Which steps and questions a citizen sees, given the answers so far."""


def matches(condition, answers: dict) -> bool:
    condition = condition or {}
    key = condition.get("key")
    if not key:
        return True
    expected = str(condition.get("equals") or "").strip().casefold()
    answer = answers.get(key)
    if isinstance(answer, list):
        return expected in {str(item).casefold() for item in answer}
    if isinstance(answer, bool):
        return (expected in {"yes", "ja", "true", "1"}) == answer
    return str(answer if answer is not None else "").strip().casefold() == expected


def visible_steps(steps, answers: dict) -> list[tuple[int, object]]:
    """(index in the editor's list, step) of the steps shown for these answers."""
    return [(index, step) for index, step in enumerate(steps) if matches(step["condition"], answers)]


def visible_fields(step, answers: dict) -> list:
    return [field for field in step["fields"] if matches(field.value["condition"], answers)]
