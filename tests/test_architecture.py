"""The shape of the code base, held in `make test` beside the import-linter layer contracts of
`make lint` (pyproject.toml): no app reaches into another's private names, no product module
grows past 400 lines, no app holds more than a quarter of the product code, and an import of
another app inside a function says why it is not at the top of the module."""

import ast
import textwrap
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


#: What a function-local import of another app says on the line above it (or on its own line):
#: with no loops between the apps, an import belongs at the top of the module unless it must
#: wait, for instance for the app registry in a module that settings or an AppConfig import.
INSIDE_REASON = "# Inside:"


def _package(relative: Path) -> list[str]:
    parts = list(relative.parts[1:] if relative.parts[0] == "site" else relative.parts)
    return parts[:-1]


def _apps_imported(node: ast.Import | ast.ImportFrom, relative: Path) -> set[str]:
    if isinstance(node, ast.Import):
        return {alias.name.split(".")[0] for alias in node.names}
    if node.level == 0:
        return {node.module.split(".")[0]}
    base = _package(relative)[: len(_package(relative)) - (node.level - 1)]
    return {base[0]} if base else {(node.module or "").split(".")[0]}


def _says_why(lines: list[str], node: ast.stmt, import_lines: set[int]) -> bool:
    """A reason on the import's own lines, or in the comment just above it or above the group
    of imports it belongs to."""
    if any(INSIDE_REASON in line for line in lines[node.lineno - 1 : node.end_lineno]):
        return True
    above = node.lineno - 1
    while above in import_lines:
        above -= 1
    while above >= 1 and lines[above - 1].strip().startswith("#"):
        if INSIDE_REASON in lines[above - 1]:
            return True
        above -= 1
    return False


def unexplained_local_imports(source: str, relative: Path) -> list[int]:
    """Lines of imports of another app made inside a function without a reason."""
    tree = ast.parse(source)
    lines = source.splitlines()
    import_lines = {
        number
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for number in range(node.lineno, node.end_lineno + 1)
    }
    local = {
        node
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Import | ast.ImportFrom)
    }
    own_app = app_of(relative)
    return sorted(
        node.lineno
        for node in local
        if any(app in APPS and app != own_app for app in _apps_imported(node, relative))
        and not _says_why(lines, node, import_lines)
    )


def test_an_import_of_another_app_inside_a_function_says_why():
    found = [
        f"{module}:{line}"
        for module in product_modules()
        for line in unexplained_local_imports((ROOT / module).read_text(), module)
    ]
    assert found == [], f"move these imports to the top of the module, or say why above them ({INSIDE_REASON} ...)"


def test_the_import_rule_asks_a_reason_only_of_imports_of_another_app_inside_a_function():
    news, health = Path("news/models.py"), Path("site/kommunportal/health.py")

    def unexplained(source, relative=news):
        return unexplained_local_imports(textwrap.dedent(source), relative)

    assert unexplained("def f():\n    from cms_pages.models import HomePage\n") == [2]
    assert unexplained("def f():\n    import cms_pages.models\n") == [2]
    assert unexplained("""
        class A:
            def f(self):
                if self:
                    from search import engine
        """) == [5]
    assert (
        unexplained("""
        def f():
            # Inside: imported by settings before the app registry is ready.
            from cms_pages import models
            from search import engine
        """)
        == []
    )
    assert unexplained("def f():\n    from search import engine  # Inside: settings import this.\n") == []
    assert unexplained("def f():\n    # Not a reason.\n    from search import engine\n") == [3]
    assert unexplained("def f():\n    from news.listing import news_items\n    from .feeds import Feed\n") == []
    assert unexplained("from cms_pages.models import HomePage\n") == []
    assert unexplained("def f():\n    from django.db import models\n") == []
    assert unexplained("def f():\n    from .settings import base\n", health) == []
    assert unexplained("def f():\n    from search.models import Synonym\n", health) == [2]
