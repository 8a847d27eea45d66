"""Named OpenAPI components written as JSON Schema (pages, blocks, e-services), added to the
generated schema by a drf-spectacular post-processing hook. Views refer to them with `ref()`."""

from collections.abc import Callable

_components: dict[str, Callable[[], dict] | dict] = {}
_component_sets: list[Callable[[], dict[str, dict]]] = []


def component(name: str, schema: Callable[[], dict] | dict) -> dict:
    """Register a component (a schema, or a function that builds it when the schema is made)
    and return a reference to it."""
    _components[name] = schema
    return ref(name)


def component_set(build: Callable[[], dict[str, dict]]) -> Callable[[], dict[str, dict]]:
    """Register a function that names several components when the schema is made: for what is
    known only then, such as one component per installed plugin."""
    _component_sets.append(build)
    return build


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def add_components(result, generator, request, public):
    """drf-spectacular post-processing hook."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in _components.items():
        schemas[name] = schema() if callable(schema) else schema
    for build in _component_sets:
        schemas.update(build())
    return result


def paginated(item: dict) -> dict:
    """A page of results as `Pagination` returns it."""
    return {
        "type": "object",
        "properties": {
            "count": {"type": "integer"},
            "next": {"type": "string", "format": "uri", "nullable": True},
            "previous": {"type": "string", "format": "uri", "nullable": True},
            "results": {"type": "array", "items": item},
        },
        "required": ["count", "next", "previous", "results"],
    }


ERROR = component(
    "Error",
    {
        "type": "object",
        "properties": {
            "detail": {"type": "string", "description": "What went wrong and what to do, in the asked language."},
            "code": {"type": "string"},
            "errors": {
                "type": "object",
                "description": "Messages per field (`non_field_errors` for the whole input).",
                "additionalProperties": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {"message": {"type": "string"}, "code": {"type": "string"}},
                        "required": ["message", "code"],
                    },
                },
            },
        },
        "required": ["detail", "code"],
    },
)


def nullable(schema: dict) -> dict:
    """The schema, or null. A reference cannot take siblings in OpenAPI 3.0, so it is wrapped."""
    if "$ref" in schema:
        return {"allOf": [schema], "nullable": True}
    return {**schema, "nullable": True}


def only_public_api(endpoints):
    """drf-spectacular pre-processing hook: document /api/v1/ only (not Wagtail's admin API)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]


#: What any operation may answer besides its own: invalid parameters, not found, rate limited.
COMMON_ERRORS = {
    "400": "Invalid parameters or input (see `errors`).",
    "404": "Not found, or not visible to the caller.",
}


def add_common_errors(result, generator, request, public):
    """drf-spectacular post-processing hook: document the JSON errors every operation can give."""
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            for code, description in COMMON_ERRORS.items():
                responses.setdefault(
                    code, {"description": description, "content": {"application/json": {"schema": ref("Error")}}}
                )
    return result
