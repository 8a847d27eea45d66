"""Schema.org JSON-LD for a place: its type, address, position, contact and opening hours, with
exceptions as special opening hours. Served in a `<script type="application/ld+json">` data
block, which the Content-Security-Policy does not run as a script."""

import json

from django.utils.safestring import mark_safe

from . import hours

SCHEMA_TYPES = {
    "library": "Library",
    "preschool": "Preschool",
    "school": "School",
    "recycling_centre": "RecyclingCenter",
    "sports_hall": "SportsActivityLocation",
    "swimming_pool": "PublicSwimmingPool",
    "citizen_office": "GovernmentOffice",
    "youth_centre": "CivicStructure",
    "meeting_place": "CivicStructure",
}
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _closes(value) -> str:
    return "23:59" if value == hours.MIDNIGHT else hours.clock(value)


def structured_data(page, request) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(page.place_type, "Place"),
        "name": page.title,
        "description": page.intro,
        "url": request.build_absolute_uri(page.get_url(request) or ""),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": page.street_address,
            "postalCode": page.postcode,
            "addressLocality": page.city,
            "addressCountry": "SE",
        },
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{DAYS[row.weekday]}",
                "opens": hours.clock(row.opens),
                "closes": _closes(row.closes),
            }
            for row in sorted(page.opening_hours.all(), key=lambda row: (row.weekday, row.opens))
        ],
    }
    special = []
    for row in page.exceptions.all():
        entry = {
            "@type": "OpeningHoursSpecification",
            "validFrom": row.start_date.isoformat(),
            "validThrough": (row.end_date or row.start_date).isoformat(),
        }
        if row.reason:
            entry["name"] = row.reason
        # Closed all day is written as opening and closing at midnight (schema.org's convention).
        entry["opens"] = "00:00" if row.closed else hours.clock(row.opens)
        entry["closes"] = "00:00" if row.closed else _closes(row.closes)
        special.append(entry)
    if special:
        data["specialOpeningHoursSpecification"] = special
    if page.has_position:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": float(page.latitude), "longitude": float(page.longitude)}
    if page.phone:
        data["telephone"] = page.phone
    if page.email:
        data["email"] = page.email
    if page.website:
        data["sameAs"] = page.website
    amenities = [str(label) for _name, label in page.accessibility_facts()]
    if amenities:
        data["amenityFeature"] = [
            {"@type": "LocationFeatureSpecification", "name": name, "value": True} for name in amenities
        ]
    return data


def json_ld(page, request) -> str:
    """The data as JSON safe inside a script element (no `</script>` can end it early)."""
    text = json.dumps(structured_data(page, request), ensure_ascii=False)
    for character, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(character, escaped)
    return mark_safe(text)  # noqa: S308 - escaped above
