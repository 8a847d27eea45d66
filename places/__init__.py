"""Places citizens visit: libraries, schools, recycling centres, the citizen office."""
