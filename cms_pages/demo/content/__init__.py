"""Demo content for Sjöviks kommun as plain data: the site, then one module per audience.

`ESERVICE_MODULES` hold pages built around one e-service type each: like an audience module's
`PAGES`, but every page names its `parent` (a demo page slug), and the module may have a
`prepare(departments)` function that creates the rows the e-service needs (idempotently).
"""

from . import aldre_och_anhoriga, booking, foretagare, husagare, ny_i_kommunen, smabarnsforaldrar
from .site import DEPARTMENTS, HOME

AUDIENCE_MODULES = [smabarnsforaldrar, husagare, foretagare, ny_i_kommunen, aldre_och_anhoriga]

ESERVICE_MODULES = [booking]

__all__ = ["AUDIENCE_MODULES", "DEPARTMENTS", "ESERVICE_MODULES", "HOME"]
