"""Where a problem is, and which open reports are near it (no PostGIS needed: a bounding box
in SQL, then the exact distance in Python for the few rows left)."""

import math

from eservice_blocks.cases.models import CaseStatus

from .models import ProblemReport

EARTH_RADIUS_M = 6_371_000


def distance_m(lat1, lon1, lat2, lon2) -> float:
    """Great-circle distance in metres (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def open_reports(page, block_id: str):
    """Open reports of this e-service, sent from the page in any language (translations share
    the block's id and the page's translation key)."""
    return (
        ProblemReport.objects.filter(page__translation_key=page.translation_key, block_id=block_id)
        .exclude(case__status=CaseStatus.CLOSED)
        .select_related("case")
    )


def nearby(page, block_id: str, category_key: str, latitude, longitude, address: str, radius_m: int) -> list:
    """Open reports of the same category within `radius_m` of the spot (or at the same address
    when no coordinates are known), nearest first."""
    reports = open_reports(page, block_id).filter(category_key=category_key)
    if latitude is None or longitude is None:
        if not address.strip():
            return []
        return list(reports.filter(address__iexact=address.strip())[:10])
    dlat = radius_m / 111_320
    dlon = radius_m / (111_320 * max(math.cos(math.radians(latitude)), 0.01))
    candidates = reports.filter(
        latitude__range=(latitude - dlat, latitude + dlat), longitude__range=(longitude - dlon, longitude + dlon)
    )
    found = []
    for report in candidates:
        distance = distance_m(latitude, longitude, report.latitude, report.longitude)
        if distance <= radius_m:
            report.distance_m = round(distance)
            found.append(report)
    return sorted(found, key=lambda report: report.distance_m)[:10]
