"""The test persons the provider knows, as plain data.

Importable without Django: ``from tests.oidc_provider.persons import PERSONS, PASSWORD``.

The personal identity numbers are made up: valid (date and Luhn check digit, 12 digits, no
hyphen, as the oidc.se claim carries them) with birth numbers in the 980-999 series, like the
test numbers Skatteverket publishes. They are not checked against Skatteverket's list.
"""

PASSWORD = "test-password-1"

LOA2 = "http://id.elegnamnden.se/loa/1.0/loa2"
LOA3 = "http://id.elegnamnden.se/loa/1.0/loa3"
LOA4 = "http://id.elegnamnden.se/loa/1.0/loa4"

PERSONAL_IDENTITY_NUMBER_CLAIM = "https://id.oidc.se/claim/personalIdentityNumber"
NATURAL_PERSON_NUMBER_SCOPE = "https://id.oidc.se/scope/naturalPersonNumber"

PERSONS = [
    {
        "username": "anna",
        "password": PASSWORD,
        "sub": "dfabd3fd-7766-4e8e-88fb-2fc08c844e91",
        "given_name": "Anna",
        "family_name": "Andersson",
        "personal_identity_number": "198503149828",
        "acr": LOA3,
    },
    {
        "username": "bertil",
        "password": PASSWORD,
        "sub": "17b529ee-b07e-4a33-b34f-6644b1dfc890",
        "given_name": "Bertil",
        "family_name": "Berg",
        "personal_identity_number": "197711029871",
        "acr": LOA3,
    },
    {
        "username": "cecilia",
        "password": PASSWORD,
        "sub": "620ec614-fad3-4442-9498-72b5afcb33b5",
        "given_name": "Cecilia",
        "family_name": "Carlsson",
        "personal_identity_number": "196210309800",
        "acr": LOA4,
    },
    {
        # Signs in at a level below what the site's e-services ask for.
        "username": "david",
        "password": PASSWORD,
        "sub": "5d0c7c55-0b1e-4a63-9d55-3f2f0c7b9a41",
        "given_name": "David",
        "family_name": "Dahl",
        "personal_identity_number": "199207219818",
        "acr": LOA2,
    },
]

PERSONS_BY_USERNAME = {person["username"]: person for person in PERSONS}


def person(username: str) -> dict:
    """One test person by username (KeyError if unknown)."""
    return PERSONS_BY_USERNAME[username]
