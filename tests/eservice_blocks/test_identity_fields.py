"""An e-service declares which fields the e-identification fills in (`identity_fields`); without
a declaration the naming convention decides, as before."""

from types import SimpleNamespace

import pytest
from django import forms
from django.core.exceptions import ImproperlyConfigured

from eservice_blocks.forms import PersonalIdentityNumberField
from eservice_blocks.identification import lock_identity_fields

CITIZEN = SimpleNamespace(name="Anna Andersson", personal_identity_number="19900101-0017")


class PermitForm(forms.Form):
    applicant = PersonalIdentityNumberField(label="Sökande")
    full_name = forms.CharField(label="Namn")
    pnr = PersonalIdentityNumberField(label="Barnets personnummer")


def plugin_declaring(identity_fields):
    return SimpleNamespace(id="permit", identity_fields=identity_fields)


def test_the_declared_fields_are_filled_in_and_locked_and_the_others_are_left_to_the_citizen():
    form = PermitForm()

    lock_identity_fields(form, CITIZEN, plugin_declaring({"personal_identity_number": "applicant"}))

    assert form.initial == {"applicant": "19900101-0017"}
    assert form.fields["applicant"].disabled
    assert not form.fields["full_name"].disabled and not form.fields["pnr"].disabled


def test_a_locked_field_keeps_the_identified_value_whatever_the_browser_sends():
    form = PermitForm({"applicant": "20000101-0008", "full_name": "A", "pnr": "20100101-0006"})

    lock_identity_fields(form, CITIZEN, plugin_declaring({"personal_identity_number": "applicant"}))

    assert form.is_valid(), form.errors
    assert form.cleaned_data["applicant"].startswith("19900101")


def test_without_a_declaration_the_naming_convention_decides_as_before():
    form = PermitForm()

    lock_identity_fields(form, CITIZEN, plugin_declaring(None))

    assert form.initial == {"full_name": "Anna Andersson", "pnr": "19900101-0017"}


def test_an_empty_declaration_fills_in_nothing():
    form = PermitForm()

    lock_identity_fields(form, CITIZEN, plugin_declaring({}))

    assert form.initial == {}


def test_nothing_is_filled_in_for_a_citizen_who_is_not_signed_in():
    form = PermitForm()

    lock_identity_fields(form, None, plugin_declaring({"name": "full_name"}))

    assert form.initial == {}


def test_a_declaration_of_an_attribute_the_identification_does_not_give_is_refused():
    with pytest.raises(ImproperlyConfigured, match="email"):
        lock_identity_fields(PermitForm(), CITIZEN, plugin_declaring({"email": "full_name"}))
