"""The municipality's identity in templates: `{% municipality as municipality %}`."""

from django import template
from django.utils import translation
from wagtail.models import Site

from municipality.identity import identity

register = template.Library()


@register.simple_tag(takes_context=True)
def municipality(context) -> dict:
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return identity(site, translation.get_language())
