"""The plugin reference (`docs/plugins/reference.md`), written from the code's own docstrings
and `#:` comments, so that it cannot drift: `make plugin-reference` rewrites it and a test
fails while the committed file differs from what the code says.

Read from the source with `ast` (not by importing), so that the page lists exactly what the
source declares, in its order, with the signatures as written.
"""

import ast
import importlib.util
import inspect
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Entry:
    """One documented name: `module:Name` (a class, with its public members) or `module:function`."""

    target: str
    #: Also list the members without a docstring or comment (a dataclass's fields).
    all_members: bool = False


@dataclass(frozen=True)
class Section:
    title: str
    intro: str
    entries: tuple[Entry, ...]


SECTIONS = (
    Section(
        "E-service types",
        "An e-service type is one app with an `eservices.py` module that registers an `EServicePlugin` "
        "with `@eservice_blocks.registry.registry`. "
        "See [the guide](../eservices.md#for-developers-adding-an-e-service-type).",
        (
            Entry("eservice_blocks.base:EServicePlugin"),
            Entry("eservice_blocks.base:SubmissionSummary", all_members=True),
            Entry("eservice_blocks.base:SubmissionRejected"),
            Entry("eservice_blocks.blocks:EServiceBlock"),
            Entry("eservice_blocks.forms:EServiceForm"),
            Entry("eservice_blocks.forms:form_prefix"),
        ),
    ),
    Section(
        "Form fields",
        "Fields for what citizens type, each checked on the server with a translated message.",
        (
            Entry("eservice_blocks.forms:NumberField"),
            Entry("eservice_blocks.forms:CoordinateField"),
            Entry("eservice_blocks.forms:PhoneNumberField"),
            Entry("eservice_blocks.forms:PersonalIdentityNumberField"),
            Entry("eservice_blocks.uploads:UploadField"),
            Entry("eservice_blocks.uploads:CleanUpload", all_members=True),
        ),
    ),
    Section(
        "Personal data",
        "Mask what handlers' lists, logs and public pages must not show.",
        (
            Entry("foundations.personal_data:mask_personal_data"),
            Entry("foundations.personal_data:mask_identity_numbers"),
            Entry("foundations.personal_data:mask_identity_number"),
        ),
    ),
    Section(
        "E-identification",
        "How an e-service that asks for sign-in gets the citizen's identity.",
        (
            Entry("eservice_blocks.identification:IdentificationRequired"),
            Entry("eservice_blocks.identification:lock_identity_fields"),
            Entry("citizens.providers.base:IdentityProvider"),
        ),
    ),
    Section(
        "Hand-over backends",
        "A hand-over backend delivers cases to a case system or an e-archive. See [hand-over](../handover.md).",
        (
            Entry("handover.base:HandoverBackend"),
            Entry("handover.base:HandoverFile", all_members=True),
            Entry("handover.base:RetryableError"),
            Entry("handover.base:PermanentError"),
        ),
    ),
    Section(
        "Switching a plugin on",
        "An outside package names its app in the entry point group `kommunportal.plugins`, or the "
        "setting `KOMMUNPORTAL_PLUGINS` names it. See [plugins](README.md).",
        (
            Entry("foundations.plugins:InstalledPlugin", all_members=True),
            Entry("foundations.plugins:installed_plugins"),
            Entry("foundations.plugins:discovery_modules"),
        ),
    ),
    Section(
        "Testing a plugin package",
        "A pytest plugin, `-p kommunportal.testing`: fixtures that test an e-service against an "
        "installed Kommunportal. See [plugins](README.md#testing-the-package).",
        (
            Entry("kommunportal.testing:receiving_department"),
            Entry("kommunportal.testing:site_root"),
            Entry("kommunportal.testing:eservice_page"),
            Entry("kommunportal.testing:form_data"),
            Entry("kommunportal.testing:citizen"),
            Entry("kommunportal.testing:citizen_client"),
            Entry("kommunportal.testing:handler_client"),
            Entry("kommunportal.testing:outbox"),
            Entry("kommunportal.testing:pdf_upload"),
            Entry("kommunportal.testing:program_upload"),
        ),
    ),
    Section(
        "Registries",
        "Every plugin kind has one registry; a plugin registers itself when its app is loaded.",
        (Entry("foundations.registry:Registry", all_members=True),),
    ),
)


def _source(module: str) -> tuple[str, ast.Module]:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise LookupError(module)
    text = Path(spec.origin).read_text(encoding="utf-8")
    return text, ast.parse(text)


def _comments_before(lines: list[str], lineno: int) -> str:
    """The `#:` comment lines right above line `lineno` (1-based), joined."""
    found = []
    index = lineno - 2
    while index >= 0 and lines[index].strip().startswith("#:"):
        found.append(lines[index].strip()[2:].strip())
        index -= 1
    return " ".join(reversed(found))


def _signature(node: ast.FunctionDef) -> str:
    args = ast.unparse(node.args)
    returns = f" -> {ast.unparse(node.returns)}" if node.returns else ""
    return f"{node.name}({args}){returns}"


def _doc(node) -> str:
    return inspect.cleandoc(ast.get_docstring(node, clean=False) or "")


def _members(node: ast.ClassDef, lines: list[str], all_members: bool) -> list[str]:
    out = []
    previous_end = None  # the last line of the attribute listed just before, for shared comments
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and not item.name.startswith("_"):
            doc = _doc(item)
            if doc or all_members:
                signature = _signature(item).replace("(self, ", "(").replace("(self)", "()")
                out.append(f"- `{signature}`" + (f": {_one_line(doc)}" if doc else ""))
            previous_end = None
        elif isinstance(item, ast.AnnAssign | ast.Assign):
            target = item.target if isinstance(item, ast.AnnAssign) else item.targets[0]
            if not isinstance(target, ast.Name) or target.id.startswith("_"):
                previous_end = None
                continue
            comment = _comments_before(lines, item.lineno)
            annotation = f": {ast.unparse(item.annotation)}" if isinstance(item, ast.AnnAssign) else ""
            value = f" = {ast.unparse(item.value)}" if item.value is not None else ""
            if len(value) > 60:
                value = " = …"
            if not comment and previous_end == item.lineno - 1:
                # Right under a commented attribute, without a blank line: the comment is shared.
                head, sep, tail = out[-1].partition("`: ")
                out[-1] = f"{head}`, `{target.id}{annotation}{value}" + (f"`: {tail}" if sep else "`")
            elif comment or all_members:
                out.append(f"- `{target.id}{annotation}{value}`" + (f": {comment}" if comment else ""))
            else:
                previous_end = None
                continue
            previous_end = item.end_lineno
        else:
            previous_end = None
    return out


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _entry(entry: Entry) -> str:
    module, name = entry.target.split(":")
    text, tree = _source(module)
    lines = text.splitlines()
    node = next(
        (n for n in tree.body if isinstance(n, ast.ClassDef | ast.FunctionDef) and n.name == name),
        None,
    )
    if node is None:
        raise LookupError(entry.target)
    heading = f"### `{module}.{name}`" if isinstance(node, ast.ClassDef) else f"### `{module}.{_signature(node)}`"
    parts = [heading, ""]
    if isinstance(node, ast.ClassDef) and node.bases:
        parts += [f"Subclass of {', '.join(f'`{ast.unparse(base)}`' for base in node.bases)}.", ""]
    doc = _doc(node)
    if not doc:
        raise ValueError(f"{entry.target} has no docstring: the reference is written from it")
    parts += [doc, ""]
    if isinstance(node, ast.ClassDef):
        members = _members(node, lines, entry.all_members)
        if members:
            parts += members + [""]
    return "\n".join(parts)


def render() -> str:
    out = [
        "# Plugin reference",
        "",
        "<!-- Written by `make plugin-reference` from the code's docstrings; do not edit by hand. -->",
        "",
        "What a plugin may use, as the code declares it. Names not listed here are not part of the",
        "plugin interface and may change.",
        "",
    ]
    missing = []
    for section in SECTIONS:
        out += [f"## {section.title}", "", section.intro, ""]
        for entry in section.entries:
            try:
                out.append(_entry(entry))
            except ValueError as error:
                missing.append(str(error))
    if missing:
        raise ValueError("\n".join(missing))
    return "\n".join(out).rstrip() + "\n"


def write(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    write(Path(__file__).resolve().parents[2] / "docs" / "plugins" / "reference.md")
