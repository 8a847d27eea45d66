from django import template
from django.utils import translation

from alerts import current

register = template.Library()


@register.inclusion_tag("alerts/banner.html", takes_context=True)
def important_messages(context):
    """The banner of current important messages for the page being rendered."""
    language = translation.get_language() or "sv"
    return {"messages_now": current.for_page(context.get("page"), language), "LANGUAGE_CODE": language}
