"""The OpenAPI document types the submissions: a `<Type>EServiceSubmission` component for each
installed e-service type, derived from its form (the application's answers keyed by question),
and the submission endpoint takes any of them."""

import pytest

from eservice_blocks.api.submission_schema import component_name
from eservice_blocks.registry import registry

pytestmark = pytest.mark.django_db

TYPES = {
    "application": "ApplicationEServiceSubmission",
    "booking": "BookingEServiceSubmission",
    "contact": "ContactEServiceSubmission",
    "problem_report": "ProblemReportEServiceSubmission",
}


@pytest.fixture
def openapi(client):
    return client.get("/api/schema/?format=json").json()


def test_every_installed_type_has_a_named_submission_component(openapi):
    schemas = openapi["components"]["schemas"]
    # The built-in types, and the test suite's own plugin the same way.
    assert set(TYPES) <= {plugin.id for plugin in registry}
    for plugin_id, name in {**TYPES, **{plugin.id: component_name(plugin) for plugin in registry}}.items():
        assert schemas[name]["type"] == "object"
        assert schemas[name]["x-eservice-type"] == plugin_id


def test_the_submission_endpoint_takes_any_of_the_types_as_json_and_as_a_multipart_form(openapi):
    body = openapi["paths"]["/api/v1/eservices/{page_id}/{block_id}/submissions/"]["post"]["requestBody"]
    for content_type in ("application/json", "multipart/form-data"):
        assert body["content"][content_type]["schema"] == {"$ref": "#/components/schemas/EServiceSubmission"}
    any_of = openapi["components"]["schemas"]["EServiceSubmission"]["anyOf"]
    assert sorted(item["$ref"].rsplit("/", 1)[1] for item in any_of) == sorted(
        component_name(plugin) for plugin in registry
    )


def test_a_type_with_a_fixed_form_lists_its_fields_with_their_formats(openapi):
    contact = openapi["components"]["schemas"]["ContactEServiceSubmission"]
    assert {"subject", "message"} <= set(contact["required"])
    assert contact["properties"]["email"]["format"] == "email"
    assert "idempotency_key" not in contact["properties"]  # sent as the Idempotency-Key header


def test_choices_the_editor_sets_are_left_to_the_eservices_own_form(openapi):
    category = openapi["components"]["schemas"]["ProblemReportEServiceSubmission"]["properties"]["category"]
    assert "enum" not in category


def test_the_applications_answers_are_an_object_keyed_by_question(openapi):
    application = openapi["components"]["schemas"]["ApplicationEServiceSubmission"]
    assert "question key" in application["description"]
    assert {"type": "string"} in application["additionalProperties"]["anyOf"]


def test_the_type_list_names_each_types_component(client):
    listed = {item["id"]: item["submission_schema"] for item in client.get("/api/v1/eservice-types/").json()}
    assert TYPES.items() <= listed.items()
