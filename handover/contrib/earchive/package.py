"""An E-ARK information package (CSIP 2.1 / SIP profile) of a closed case: a METS.xml at the
root, the case's metadata, documentation and schema, and its files as one representation,
each with size, creation time and SHA-256 checksum. Written to a temporary folder and renamed
into place, so an archive that watches the folder never sees half a package."""

import hashlib
import json
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

METS = "http://www.loc.gov/METS/"
XLINK = "http://www.w3.org/1999/xlink"
CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS"
SIP = "https://DILCIS.eu/XML/METS/SIPExtensionMETS"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
NSMAP = {"mets": METS, "xlink": XLINK, "csip": CSIP, "sip": SIP, "xsi": XSI}
SIP_PROFILE = "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"
SCHEMA_LOCATIONS = (
    "http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd "
    "http://www.w3.org/1999/xlink http://www.loc.gov/standards/mets/xlink.xsd "
    "https://DILCIS.eu/XML/METS/CSIPExtensionMETS https://earkcsip.dilcis.eu/schema/DILCISExtensionMETS.xsd "
    "https://DILCIS.eu/XML/METS/SIPExtensionMETS https://earksip.dilcis.eu/schema/DILCISExtensionSIPMETS.xsd"
)
SOFTWARE = "Kommunportal"
SOFTWARE_VERSION = "0.1.0"
#: The content: our own kind of case file.
CONTENT_TYPE = "Kommunportal case file v1"


@dataclass
class PackageFile:
    """A file to put in the package: where (relative to its root) and its bytes."""

    path: str
    content: bytes
    mime_type: str


def _m(tag):
    return f"{{{METS}}}{tag}"


def _id() -> str:
    return f"ID{uuid.uuid4().hex}"


def _file_attributes(item: PackageFile, created: str) -> dict:
    return {
        "MIMETYPE": item.mime_type,
        "SIZE": str(len(item.content)),
        "CREATED": created,
        "CHECKSUM": hashlib.sha256(item.content).hexdigest(),
        "CHECKSUMTYPE": "SHA-256",
    }


def _href(element, path: str) -> None:
    element.set("LOCTYPE", "URL")
    element.set(f"{{{XLINK}}}type", "simple")
    element.set(f"{{{XLINK}}}href", path)


def mets_document(
    *,
    object_id: str,
    label: str,
    created: str,
    descriptive: PackageFile,
    preservation: PackageFile,
    documentation: list[PackageFile],
    schemas: list[PackageFile],
    data: list[PackageFile],
) -> bytes:
    root = etree.Element(_m("mets"), nsmap=NSMAP)
    root.set("OBJID", object_id)
    root.set("LABEL", label)
    root.set("TYPE", "Mixed")
    root.set(f"{{{CSIP}}}CONTENTINFORMATIONTYPE", "OTHER")
    root.set(f"{{{CSIP}}}OTHERCONTENTINFORMATIONTYPE", CONTENT_TYPE)
    root.set("PROFILE", SIP_PROFILE)
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATIONS)

    header = etree.SubElement(root, _m("metsHdr"), CREATEDATE=created, LASTMODDATE=created, RECORDSTATUS="NEW")
    header.set(f"{{{CSIP}}}OAISPACKAGETYPE", "SIP")
    agent = etree.SubElement(header, _m("agent"), ROLE="CREATOR", TYPE="OTHER", OTHERTYPE="SOFTWARE")
    etree.SubElement(agent, _m("name")).text = SOFTWARE
    note = etree.SubElement(agent, _m("note"))
    note.set(f"{{{CSIP}}}NOTETYPE", "SOFTWARE VERSION")
    note.text = SOFTWARE_VERSION

    dmd_id, digiprov_id = _id(), _id()
    dmd = etree.SubElement(root, _m("dmdSec"), ID=dmd_id, CREATED=created, STATUS="CURRENT")
    reference = etree.SubElement(dmd, _m("mdRef"), MDTYPE="OTHER", OTHERMDTYPE="Kommunportal case document")
    _href(reference, descriptive.path)
    reference.attrib.update(_file_attributes(descriptive, created))

    amd = etree.SubElement(root, _m("amdSec"))
    digiprov = etree.SubElement(amd, _m("digiprovMD"), ID=digiprov_id, STATUS="CURRENT")
    reference = etree.SubElement(digiprov, _m("mdRef"), MDTYPE="PREMIS")
    _href(reference, preservation.path)
    reference.attrib.update(_file_attributes(preservation, created))

    file_section = etree.SubElement(root, _m("fileSec"), ID=_id())
    groups = {}
    for use, items in (("Documentation", documentation), ("Schemas", schemas), ("Representations/rep1", data)):
        group = etree.SubElement(file_section, _m("fileGrp"), USE=use, ID=_id())
        group.set(f"{{{CSIP}}}CONTENTINFORMATIONTYPE", "OTHER")
        group.set(f"{{{CSIP}}}OTHERCONTENTINFORMATIONTYPE", CONTENT_TYPE)
        for item in items:
            entry = etree.SubElement(group, _m("file"), ID=_id(), **_file_attributes(item, created))
            _href(etree.SubElement(entry, _m("FLocat")), item.path)
        groups[use] = group.get("ID")

    struct_map = etree.SubElement(root, _m("structMap"), ID=_id(), TYPE="PHYSICAL", LABEL="CSIP")
    package = etree.SubElement(struct_map, _m("div"), ID=_id(), LABEL=object_id)
    etree.SubElement(package, _m("div"), ID=_id(), LABEL="Metadata", ADMID=digiprov_id, DMDID=dmd_id)
    for label, use in (("Documentation", "Documentation"), ("Schemas", "Schemas"), ("Representations", None)):
        division = etree.SubElement(package, _m("div"), ID=_id(), LABEL=label)
        etree.SubElement(division, _m("fptr"), FILEID=groups[use or "Representations/rep1"])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def premis_events(object_id: str, created: str, events: list[tuple[str, str, str]]) -> bytes:
    """The package's provenance as PREMIS 3 events: (type, date, detail) each."""
    ns = "http://www.loc.gov/premis/v3"
    root = etree.Element(f"{{{ns}}}premis", nsmap={"premis": ns}, version="3.0")
    for event_type, date, detail in events:
        event = etree.SubElement(root, f"{{{ns}}}event")
        identifier = etree.SubElement(event, f"{{{ns}}}eventIdentifier")
        etree.SubElement(identifier, f"{{{ns}}}eventIdentifierType").text = "local"
        etree.SubElement(identifier, f"{{{ns}}}eventIdentifierValue").text = _id()
        etree.SubElement(event, f"{{{ns}}}eventType").text = event_type
        etree.SubElement(event, f"{{{ns}}}eventDateTime").text = date
        etree.SubElement(event, f"{{{ns}}}eventDetailInformation").append(_detail(ns, detail))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _detail(ns, text):
    element = etree.Element(f"{{{ns}}}eventDetail")
    element.text = text
    return element


def write_package(folder: Path, object_id: str, files: list[PackageFile], mets: bytes) -> Path:
    """Write the package as `folder/object_id/`; an existing one (a retry) is left as it is."""
    target = folder / object_id
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=folder))
    try:
        for item in [*files, PackageFile("METS.xml", mets, "application/xml")]:
            path = staging / item.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(item.content)
        # mkdtemp makes the folder private; the archive's pick-up runs as another user.
        os.chmod(staging, 0o755)  # noqa: S103 - the package holds what the archive is to read
        os.rename(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def json_file(path: str, value) -> PackageFile:
    content = json.dumps(value, ensure_ascii=False, indent=2).encode()
    return PackageFile(path, content, "application/json")
