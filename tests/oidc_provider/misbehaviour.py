"""Ways the test provider can be made to break the OpenID Connect rules, so that the tests can
show the site refuses them (`start_provider(..., misbehaviour=...)`, serve.py --misbehave).

* USERINFO_OF_ANOTHER_PERSON: the ID token leaves out the personal identity number (as some
  brokers do), and the userinfo endpoint answers with another person's `sub` and number
  (OpenID Connect Core 5.3.2: the client must check that the two `sub` are the same).
* NO_ID_TOKEN: the token response carries an access token but no `id_token`, so there is no
  signature, issuer, audience or nonce to check.

And one variant that keeps the rules: NUMBER_ONLY_FROM_USERINFO, the number left out of the ID
token and released by the userinfo endpoint about the same person.
"""

import json

from django.conf import settings

USERINFO_OF_ANOTHER_PERSON = "userinfo-of-another-person"
NO_ID_TOKEN = "no-id-token"
NUMBER_ONLY_FROM_USERINFO = "number-only-from-userinfo"
CHOICES = [USERINFO_OF_ANOTHER_PERSON, NO_ID_TOKEN, NUMBER_ONLY_FROM_USERINFO]


class NoIdTokenMiddleware:
    """With NO_ID_TOKEN: takes `id_token` out of the token endpoint's answers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.MISBEHAVIOUR == NO_ID_TOKEN and request.path == "/o/token/" and response.status_code == 200:
            body = json.loads(response.content)
            body.pop("id_token", None)
            response.content = json.dumps(body)
        return response
