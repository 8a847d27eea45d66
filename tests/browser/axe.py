"""axe-core on the page a test has reached, once that page has finished loading.

A click that submits a form starts a navigation; Playwright returns when it has started, not
when the new document has loaded. axe run in between reads a document that is being replaced
(``Cannot read properties of null (reading 'documentElement')``), so wait for the load and,
if a navigation still replaced the document during the run, run axe again on the new one.
"""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error

_REPLACED = ("documentElement", "Execution context was destroyed", "navigation")


def axe_results(page, options=None):
    page.wait_for_load_state("load")
    try:
        return Axe().run(page, options=options)
    except Error as error:
        if not any(sign in str(error) for sign in _REPLACED):
            raise
        page.wait_for_load_state("load")
        return Axe().run(page, options=options)


def assert_no_axe_violations(page):
    results = axe_results(page)
    assert results.violations_count == 0, results.generate_report()
