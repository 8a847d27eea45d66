"""Typed submissions in the OpenAPI document: a `<Type>EServiceSubmission` component for every
installed e-service type, and `EServiceSubmission`, any of them, as the submission's body.

A type's component comes from its plugin's `submission_schema()` when it has one, else from its
form's JSON Schema with the block's default settings. Editors configure each e-service (fields
switched on, categories, questions), so a type's component says what any e-service of the type
may take; the e-service's own `form` says exactly what it takes.
"""

from eservice_blocks.registry import registry
from foundations.api.schema import component_set, ref

SUBMISSION = "EServiceSubmission"
#: Set by the e-service's editor, so not the same for every e-service of a type.
EDITOR_SET = ("enum", "x-enum-labels", "x-steps")


def component_name(plugin) -> str:
    """`problem_report` -> `ProblemReportEServiceSubmission`."""
    return "".join(part.capitalize() for part in plugin.id.split("_")) + SUBMISSION


def type_schema(plugin) -> dict:
    """What any e-service of the plugin's type takes, as an OpenAPI schema object."""
    schema = plugin.submission_schema() or derived_schema(plugin)
    return {**schema, "title": str(plugin.label), "x-eservice-type": plugin.id}


def derived_schema(plugin) -> dict:
    form = plugin.json_schema(plugin.get_block().get_default())
    properties = {
        name: {key: value for key, value in prop.items() if key not in EDITOR_SET}
        for name, prop in form.get("properties", {}).items()
    }
    required = [name for name in form.get("required", []) if name in properties]
    return {
        "type": "object",
        "description": (
            "The fields e-services of this type take with the editor's default settings; an editor may "
            "switch fields on or off and sets the choices, so the e-service's own `form` is exact."
        ),
        "properties": properties,
        **({"required": required} if required else {}),  # OpenAPI 3.0 refuses an empty list
        "additionalProperties": True,
    }


@component_set
def submission_components() -> dict[str, dict]:
    types = {component_name(plugin): type_schema(plugin) for plugin in registry}
    types[SUBMISSION] = {
        "description": "The answers to an e-service of any installed type: see the component of its type.",
        **({"anyOf": [ref(name) for name in types]} if types else {"type": "object"}),
    }
    return types
