"""Demo content for Sjöviks kommun as plain data: the site, then one module per audience.

`ESERVICE_MODULES` hold pages built around one e-service type each: like an audience module's
`PAGES`, but every page names its `parent` (a demo page slug), and the module may have a
`prepare(departments)` function that creates the rows the e-service needs, and a
`populate(pages_by_slug)` function that adds history once the pages exist (both idempotent).
"""

from . import (
    aldre_och_anhoriga,
    application,
    booking,
    foretagare,
    husagare,
    ny_i_kommunen,
    problem_report,
    smabarnsforaldrar,
)
from .site import DEPARTMENTS, HOME

AUDIENCE_MODULES = [smabarnsforaldrar, husagare, foretagare, ny_i_kommunen, aldre_och_anhoriga]

ESERVICE_MODULES = [application, booking, problem_report]

__all__ = ["AUDIENCE_MODULES", "DEPARTMENTS", "ESERVICE_MODULES", "HOME"]
