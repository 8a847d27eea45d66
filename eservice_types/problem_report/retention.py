"""What report-a-problem keeps only for a short while, deleted every night: reports (and their
photos) that were held for a step the citizen never finished, and follows whose address was
never confirmed. Reports that became cases follow the case's own retention.

Run `delete_expired_data` daily: the management command `delete_expired_problem_report_data`
(in the retention timer) or the task `delete_expired_problem_report_data_task` (a worker).
"""

import logging

from django.utils import timezone
from django_tasks import task

from . import following, pending

logger = logging.getLogger(__name__)


def delete_expired_data(now=None) -> dict[str, int]:
    now = now or timezone.now()
    counts = {
        "pending_reports": pending.delete_expired(now),
        "unconfirmed_followers": following.delete_unconfirmed(now),
    }
    if any(counts.values()):
        logger.info("Deleted expired report-a-problem data: %s", counts)
    return counts


@task()
def delete_expired_problem_report_data_task() -> dict[str, int]:
    return delete_expired_data()
