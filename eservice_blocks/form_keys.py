"""Each form a citizen loads gets its own idempotency key, also on a page the frontend cache keeps.

The key makes a second click on "Send" return the case the first one made, so no two visitors
may share one. A page kept by the cache is the same for everyone; when the cache can fill in an
Edge Side Include (Varnish, deploy/varnish/), the form holds an `<esi:include>` of `key_field`
instead of the key, and the cache fills in a fresh key for each visitor (Varnish makes it itself;
another cache asks `key_field`). Elsewhere the key is written into the page, and the page is
marked as made for one visitor.
"""

import re
import uuid

from django.http import HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from foundations.cache_control import fills_in_includes, includes_fragments, unique_response
from foundations.responses import private

KEY = "idempotency_key"
#: The names a key field can have: the plain one (the API) or one of a block's form prefix.
KEY_FIELD_NAME = re.compile(rf"^(es-[0-9a-f]{{1,8}}-)?{KEY}$")


def hidden_fields(request, form) -> str:
    """The form's hidden fields, its idempotency key new for each visitor."""
    rendered = []
    for field in form.hidden_fields():
        if field.name == KEY and not form.is_bound and request is not None and fills_in_includes(request):
            includes_fragments(request)
            source = reverse("eservice_blocks:key_field") + "?" + urlencode({"name": field.html_name})
            rendered.append(format_html('<esi:include src="{}"/>', source))
        else:
            if field.name == KEY and request is not None:
                unique_response(request)
            rendered.append(str(field))
    return format_html_join("", "{}", ((html,) for html in rendered))


@require_GET
def key_field(request):
    """A hidden key field with a new key (what the cache puts into a kept page's form)."""
    name = request.GET.get("name", "")
    if not KEY_FIELD_NAME.match(name):
        return private(HttpResponseBadRequest("Unknown field name.", content_type="text/plain; charset=utf-8"))
    field = format_html('<input type="hidden" name="{}" value="{}">', name, uuid.uuid4().hex)
    return private(HttpResponse(field, content_type="text/html; charset=utf-8"))
