"""Followers of a report who confirmed their address hear when its status changes (through the
outbox, retried)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from eservice_blocks.cases.models import CaseEvent, CaseEventKind
from notifications.outbox import notify


@receiver(post_save, sender=CaseEvent)
def tell_followers(sender, instance, created, **kwargs):
    if not created or instance.kind != CaseEventKind.STATUS_CHANGED:
        return
    report = getattr(instance.case, "problem_report", None) if instance.case.service_type == "problem_report" else None
    if report is None:
        return
    for follower in report.followers.confirmed():
        notify(
            "problem_report_update",
            follower.email,
            language=follower.language,
            subject=instance.case,
            context={"status": instance.details.get("to", ""), "category": report.category_label},
        )
