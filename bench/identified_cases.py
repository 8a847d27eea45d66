"""Give a test person CASES identified cases (as if sent while signed in), for Mina sidor.

python manage.py shell < bench/identified_cases.py   (with CASES and PERSON in the environment)
"""

import os

from django.db import transaction

from citizens.identity import identity_hash, normalise_identity_number
from departments.models import Department
from eservice_blocks.cases.models import Case
from eservice_blocks.cases.tokens import access_token_for, hash_token, new_nonce

number = normalise_identity_number(os.environ["PERSON"])
department = Department.objects.first()
with transaction.atomic():
    for n in range(int(os.environ.get("CASES", "25"))):
        nonce = new_nonce()
        case = Case.objects.create(
            access_token_hash=hash_token(access_token_for(nonce)),
            token_nonce=nonce,
            service_type="contact",
            service_title="Kontakta oss",
            subject=f"Fråga {n + 1}",
            department=department,
            identity_hash=identity_hash(number),
            identity_provider="oidc",
            assurance_level="http://id.elegnamnden.se/loa/1.0/loa3",
        )
        case.assign_reference()
print(Case.objects.filter(identity_hash=identity_hash(number)).count())
