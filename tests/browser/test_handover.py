"""Hand-over end to end on the served site: the demo's building permit questions go by signed
webhook to a real receiver process, which answers with its reference and decides the case
through the way-back API; the handler sees each hand-over's state in Swedish, English and
Arabic, and the citizen sees the decision."""

import json
import re
import time
import urllib.request

import pytest

from tests.handover_receiver.process import start_receiver

pytestmark = pytest.mark.browser

LOCATE = (
    "from wagtail.models import Page; from handover.models import CaseSystem; "
    "page = Page.objects.get(slug='bygglov', locale__language_code='sv').specific; "
    "block = next(c for c in page.body if c.block_type == 'eservice_contact'); "
    "CaseSystem.objects.filter(name='Bygglovssystemet').update(webhook_url='{url}'); "
    "print(page.pk, block.id)"
)
PREFER = (
    "from django.contrib.auth import get_user_model; from wagtail.users.models import UserProfile; "
    "profile = UserProfile.get_for_user(get_user_model().objects.get(username='{username}')); "
    "profile.preferred_language = '{language}'; profile.save()"
)
STATES = {
    "sv": (
        "Levererat till Bygglovssystemet som BN-2026-",
        "Väntar, nytt försök 1 av 8",
        "Misslyckades: HTTP 401 från mottagaren",
    ),
    "en": ("Delivered to Bygglovssystemet as BN-2026-", "Waiting, retry 1 of 8", "Failed: HTTP 401 from the receiver"),
    "ar": (
        "سُلِّم إلى Bygglovssystemet برقم BN-2026-",
        "قيد الانتظار، المحاولة 1 من 8",
        "فشل: HTTP 401 من الجهة المستقبِلة",
    ),
}


def last_line(output: str) -> str:
    """What a `shell -c` printed last (Django's shell may print a line of its own first)."""
    return output.strip().splitlines()[-1].strip()


def call(url, body=None, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers), timeout=60) as answer:
        return json.load(answer)


@pytest.fixture(scope="module")
def handed_over(site_url, served_manage, tmp_path_factory):
    """Three cases: delivered (and decided by the receiver), waiting after a 500, failed on a 401."""
    from demo import handover as demo

    receiver = start_receiver(
        demo.SIGNING_SECRET,
        tmp_path_factory.mktemp("receiver"),
        api=site_url,
        client_id=demo.CLIENT_ID,
        client_secret=demo.CLIENT_SECRET,
        decide=True,
    )
    page_id, block_id = last_line(served_manage("shell", "-c", LOCATE.format(url=receiver.url))).split()
    cases = {}
    for mode in ("ok", "error", "unauthorized"):
        receiver.set_mode(mode)
        answer = call(
            f"{site_url}/api/v1/eservices/{page_id}/{block_id}/submissions/",
            {
                "subject": f"Uterum ({mode})",
                "message": "Behöver jag bygglov?",
                "email": "granne@exempel.se",
                "name": "Granne",
                "answer_by": "email",
            },
        )
        cases[mode] = answer
    receiver.set_mode("ok")
    yield site_url, receiver, cases
    receiver.stop()


def test_the_receiver_decides_the_case_and_the_citizen_sees_the_decision(handed_over):
    site_url, receiver, cases = handed_over
    token = cases["ok"]["access_token"]
    deadline = time.monotonic() + 60
    while call(f"{site_url}/api/v1/case/", token=token)["status"] != "closed":
        assert time.monotonic() < deadline, "the receiver's decision did not arrive"
        time.sleep(0.5)
    messages = call(f"{site_url}/api/v1/case/messages/", token=token)
    assert messages[-1]["body"] == "Beslut: ansökan beviljas."
    assert messages[-1]["attachment_name"].endswith(".pdf")
    created = [e for e in receiver.events()["events"] if e["type"] == "case.created"]
    assert [e["case"] for e in created].count(cases["ok"]["reference"]) == 1


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_the_handler_sees_each_hand_overs_state_in_their_language(browser, handed_over, served_manage, language):
    site_url, _receiver, cases = handed_over
    output = served_manage("ensure_demo_admin", "--username", "handover-admin", "--url", site_url + "/admin/")
    password = re.search(r"Password: (\S+)", output).group(1)
    # The admin speaks the language the handler chose under Account -> Preferences (addresses
    # without a language prefix are Swedish for everyone else, whatever the browser asks for).
    served_manage("shell", "-c", PREFER.format(username="handover-admin", language=language))
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=language)
    admin = context.new_page()
    admin.goto(site_url + "/admin/login/")
    admin.fill("#id_username", "handover-admin")
    admin.fill("#id_password", password)
    admin.locator("button[type=submit]").click()
    delivered, waiting, failed = STATES[language]
    for mode, expected in (("ok", delivered), ("error", waiting), ("unauthorized", failed)):
        case_id = last_line(
            served_manage(
                "shell",
                "-c",
                (
                    "from eservice_blocks.cases.models import Case; "
                    f"print(Case.objects.get(reference='{cases[mode]['reference']}').pk)"
                ),
            )
        )
        admin.goto(f"{site_url}/admin/cases/{case_id}/")
        state = admin.locator(".case-handovers .handover__state").first.inner_text()
        assert expected in state, (mode, state)
        assert admin.locator(".case-handovers").get_by_role("button").count() == (0 if mode == "ok" else 1)
    if language == "ar":
        assert admin.locator("html").get_attribute("dir") == "rtl"
    context.close()
