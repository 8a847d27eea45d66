"""The e-archive package of a closed case, checked against the E-ARK CSIP/SIP METS schemas and
Schematron rules that eark-validator ships (used with lxml: importing eark-validator would fetch
vocabularies over the network; the vocabulary copies it ships are used instead)."""

import importlib.util
from pathlib import Path

import pytest
from lxml import etree, isoschematron

from eservice_blocks.cases import handling
from handover.delivery import deliver

from .conftest import handover_page, submit_contact

VALIDATOR = Path(importlib.util.find_spec("eark_validator").submodule_search_locations[0]) / "ipxml" / "resources"
RULES = VALIDATOR / "schematron" / "V2.1.0"
VOCABULARIES = {
    "@TYPE": "CSIPVocabularyContentCategory.xml",
    "@csip:CONTENTINFORMATIONTYPE": "CSIPVocabularyContentInformationType.xml",
    "@csip:OAISPACKAGETYPE": "CSIPVocabularyOAISPackageType.xml",
    "@STATUS": "CSIPVocabularyStatus.xml",
}


def vocabulary_test(attribute: str, file: str) -> str:
    terms = etree.parse(str(VALIDATOR / "vocabs" / file)).xpath("//*[local-name()='Term']/text()")
    return " or ".join(f"({attribute} = '{term}')" for term in terms)


def iana_test() -> str:
    types = (VALIDATOR / "vocabs" / "IANA.txt").read_text().split()
    return " or ".join(f"(@MIMETYPE = '{mime}')" for mime in types)


def schematron(path: Path):
    text = path.read_text()
    for attribute, file in VOCABULARIES.items():
        text = text.replace(f"{attribute}_vocabulary_test", vocabulary_test(attribute, file))
    text = text.replace("@MIMETYPE_IANA_test", iana_test())
    return isoschematron.Schematron(etree.XML(text.encode()), store_report=True)


def failed_rules(document, profile: str) -> list[str]:
    failures = []
    for path in sorted((RULES / profile).glob("*.xml")):
        rules = schematron(path)
        if not rules.validate(document):
            report = rules.validation_report
            failures += [
                f"{path.name}: {node.get('id')} ({node.get('role')})"
                for node in report.iter("{http://purl.oclc.org/dsdl/svrl}failed-assert")
                if node.get("role") == "ERROR"
            ]
    return failures


@pytest.fixture
def package(home_page, department, tmp_path, settings):
    settings.HANDOVER_ARCHIVE_ROOT = str(tmp_path)
    page = handover_page(home_page, "arkiv", [{"type": "earchive", "value": {"folder": "bygglov"}}], department)
    case = submit_contact(page)
    handling.change_status(case, "closed", None)
    handover = case.handovers.get(event_type="case.closed")
    assert deliver(handover.pk)
    handover.refresh_from_db()
    return tmp_path / "bygglov" / handover.receiver_reference


def test_a_closed_case_is_written_as_a_package_with_its_pdf_and_metadata(package):
    names = {str(path.relative_to(package)) for path in package.rglob("*") if path.is_file()}
    assert {"METS.xml", "metadata/descriptive/case.json", "schemas/case.schema.json"} <= names
    assert any(name.endswith(".pdf") for name in names)


def test_the_package_mets_is_valid_against_the_csip_and_sip_schemas(package):
    schema = etree.XMLSchema(etree.parse(str(VALIDATOR / "schema" / "mets.sip.local.v2-0.xsd")))
    document = etree.parse(str(package / "METS.xml"))
    assert schema.validate(document), schema.error_log


def test_the_package_mets_passes_the_csip_schematron_rules(package):
    assert failed_rules(etree.parse(str(package / "METS.xml")), "CSIP") == []


#: SIP14 asks every CREATOR agent's note for an un-namespaced @NOTETYPE, which the METS schema
#: does not allow (test above), while CSIP16 asks the software agent's note for
#: csip:NOTETYPE="SOFTWARE VERSION": no package can pass both the schema and this rule.
CONTRADICTORY_RULES = {"mets_metsHdr_rules.xml: SIP14 (ERROR)"}


def test_the_package_mets_passes_the_sip_schematron_rules(package):
    failed = set(failed_rules(etree.parse(str(package / "METS.xml")), "SIP"))
    assert failed - CONTRADICTORY_RULES == set()


def test_every_file_in_the_package_matches_its_recorded_checksum(package):
    import hashlib

    document = etree.parse(str(package / "METS.xml"))
    ns = {"mets": "http://www.loc.gov/METS/", "xlink": "http://www.w3.org/1999/xlink"}
    for entry in document.xpath("//mets:file", namespaces=ns):
        href = entry.xpath("mets:FLocat/@xlink:href", namespaces=ns)[0]
        assert hashlib.sha256((package / href).read_bytes()).hexdigest() == entry.get("CHECKSUM")


def test_an_archive_folder_name_that_is_not_a_simple_name_cannot_be_published(settings, tmp_path):
    from wagtail.blocks import StructBlockValidationError

    from handover.registry import registry

    settings.HANDOVER_ARCHIVE_ROOT = str(tmp_path)
    block = registry.get("earchive").settings_block()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"folder": "../etc"}))
