"""Events: event pages with dates, repeats, place and audiences, an event index with filters,
iCalendar exports, Schema.org data and the JSON API."""
