"""The shape of the code base, held in `make test` beside the import-linter layer contracts of
`make lint` (pyproject.toml): no app reaches into another's private names, no product module
grows past 400 lines, and no app holds more than a quarter of the product code."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Not product code: tests, demo content, migrations, and what is generated or vendored.
SKIPPED_PARTS = {"tests", "migrations", "bench", "deploy", "docs", "static", "templates", "locale", "node_modules"}
LARGEST_MODULE_LINES = 400
LARGEST_APP_SHARE = 0.25


def product_modules():
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT)
        parts = relative.parts
        if parts[0].startswith(".") or parts[0] in {"manage.py", "demo"} or SKIPPED_PARTS & set(parts):
            continue
        if len(parts) == 1:
            continue
        yield relative


def app_of(relative: Path) -> str:
    return relative.parts[1] if relative.parts[0] == "site" else relative.parts[0]


APPS = {app_of(module) for module in product_modules()}


def test_no_module_imports_a_private_name_of_another_app():
    found = []
    for module in product_modules():
        for node in ast.walk(ast.parse((ROOT / module).read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                top = node.module.split(".")[0]
                if top in APPS and top != app_of(module):
                    found += [f"{module}: {node.module}.{alias.name}" for alias in node.names if alias.name[0] == "_"]
    assert found == []


def test_no_product_module_is_longer_than_400_lines():
    long = {
        str(module): n for module in product_modules() if (n := len((ROOT / module).read_text().splitlines())) > 400
    }
    assert long == {}


def test_no_app_holds_more_than_a_quarter_of_the_product_code():
    lines: dict[str, int] = {}
    for module in product_modules():
        lines[app_of(module)] = lines.get(app_of(module), 0) + len((ROOT / module).read_text().splitlines())
    total = sum(lines.values())
    largest = max(lines, key=lines.get)
    assert lines[largest] / total <= LARGEST_APP_SHARE, f"{largest}: {lines[largest] / total:.0%} of {total} lines"
