"""Demo content for Sjöviks kommun as plain data: the site, then one module per audience."""

from . import aldre_och_anhoriga, foretagare, husagare, ny_i_kommunen, smabarnsforaldrar
from .site import DEPARTMENTS, HOME

AUDIENCE_MODULES = [smabarnsforaldrar, husagare, foretagare, ny_i_kommunen, aldre_och_anhoriga]

__all__ = ["AUDIENCE_MODULES", "DEPARTMENTS", "HOME"]
