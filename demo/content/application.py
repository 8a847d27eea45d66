"""Demo multi-step application: a building permit, with a step and a question that only some
projects see."""

import uuid

T = dict
_IDS = uuid.UUID("7f0c2b9e-3a11-4c5e-8f7d-2b6a9e1d4c30")
NO_CONDITION = {"key": "", "equals": ""}


def _id(*parts) -> str:
    return str(uuid.uuid5(_IDS, "/".join(parts)))


def q(kind, key, label, required=True, help_text="", condition=None, **extra):
    value = {
        "key": key,
        "label": label,
        "help_text": help_text,
        "required": required,
        "condition": condition or NO_CONDITION,
    }
    value.update(extra)
    return {"type": kind, "id": _id("question", key), "value": value}


def options(key, *labels):
    return [{"type": "item", "id": _id("choice", key, str(n)), "value": label} for n, label in enumerate(labels)]


def step(key, title, *questions, intro="", condition=None):
    return {
        "type": "item",
        "id": _id("step", key),
        "value": {"title": title, "intro": intro, "condition": condition or NO_CONDITION, "fields": list(questions)},
    }


CHANGE_OF_USE = T(sv="Ändrad användning", en="Change of use", ar="تغيير الاستخدام")

STEPS = [
    step(
        "about",
        T(sv="Om dig", en="About you", ar="بياناتك"),
        q("text", "name", T(sv="Namn", en="Name", ar="الاسم")),
        q("email", "email", T(sv="E-post", en="E-mail", ar="البريد الإلكتروني"),
          help_text=T(sv="Hit skickar vi kvittot och beslutet.", en="We send the receipt and the decision here.",
                      ar="سنرسل الإيصال والقرار إلى هذا العنوان.")),
        q("phone", "phone", T(sv="Telefon", en="Phone", ar="الهاتف"), required=False),
        q("identity_number", "pnr", T(sv="Personnummer", en="Personal identity number", ar="الرقم الشخصي")),
    ),
    step(
        "project",
        T(sv="Fastigheten och projektet", en="The property and the project", ar="العقار والمشروع"),
        q("text", "property", T(sv="Fastighetsbeteckning", en="Property designation", ar="رقم تسجيل العقار"),
          help_text=T(sv="Till exempel Sjövik Eken 4.", en="For example Sjövik Eken 4.", ar="مثلًا Sjövik Eken 4.")),
        q("choice", "project", T(sv="Vad ska du göra?", en="What are you going to do?", ar="ماذا ستفعل؟"),
          choices=options("project", T(sv="Tillbyggnad", en="Extension", ar="توسعة"),
                          T(sv="Nybyggnad", en="New building", ar="بناء جديد"), CHANGE_OF_USE)),
        q("number", "area", T(sv="Yta i kvadratmeter", en="Area in square metres", ar="المساحة بالمتر المربع"),
          minimum="1", maximum="2000"),
        q("date", "start", T(sv="Planerad byggstart", en="Planned start of building", ar="موعد بدء البناء المخطط"),
          required=False),
        q("checkbox", "plan_checked", T(sv="Jag har läst detaljplanen för fastigheten",
                                        en="I have read the local development plan for the property",
                                        ar="قرأت المخطط التفصيلي للعقار")),
    ),
    step(
        "drawings",
        T(sv="Ritningar och beskrivning", en="Drawings and description", ar="الرسومات والوصف"),
        q("file", "drawings", T(sv="Ritningar", en="Drawings", ar="الرسومات"), accept="documents", max_megabytes=10,
          max_files=5, help_text=T(sv="Situationsplan, planritning och fasadritning, som PDF eller foto.",
                                   en="Site plan, floor plan and elevations, as PDF or photos.",
                                   ar="مخطط الموقع والمسقط الأفقي والواجهات، بصيغة PDF أو صور.")),
        q("long_text", "change_of_use", T(sv="Beskriv den nya användningen", en="Describe the new use",
                                          ar="صِف الاستخدام الجديد"),
          condition={"key": "project", "equals": CHANGE_OF_USE}),
    ),
    step(
        "neighbours",
        T(sv="Grannar", en="Neighbours", ar="الجيران"),
        q("long_text", "neighbours", T(sv="Har du pratat med dina grannar? Berätta vad de tycker.",
                                       en="Have you talked to your neighbours? Tell us what they think.",
                                       ar="هل تحدثت مع جيرانك؟ أخبرنا برأيهم."), required=False),
        intro=T(sv="För nybyggnad hör vi grannarna. Det går fortare om du redan har pratat med dem.",
                en="For a new building we consult the neighbours. It is quicker if you have already talked to them.",
                ar="في حالة البناء الجديد نستشير الجيران. تكون الإجراءات أسرع إذا كنت قد تحدثت معهم مسبقًا."),
        condition={"key": "project", "equals": T(sv="Nybyggnad", en="New building", ar="بناء جديد")},
    ),
]  # fmt: skip

PRESCHOOLS = ("Ekens förskola", "Solrosens förskola", "Hamnens förskola")

PRESCHOOL_STEPS = [
    step(
        "guardian",
        T(sv="Om dig", en="About you", ar="بياناتك"),
        q("text", "name", T(sv="Namn", en="Name", ar="الاسم"),
          help_text=T(sv="Från din e-legitimation.", en="From your e-identification.", ar="من هويتك الإلكترونية.")),
        q("identity_number", "pnr", T(sv="Personnummer", en="Personal identity number", ar="الرقم الشخصي")),
        q("email", "email", T(sv="E-post", en="E-mail", ar="البريد الإلكتروني"),
          help_text=T(sv="Hit skickar vi erbjudandet.", en="We send the offer here.", ar="سنرسل العرض إلى هنا.")),
    ),
    step(
        "child",
        T(sv="Barnet", en="The child", ar="الطفل"),
        q("text", "child_name", T(sv="Barnets namn", en="The child's name", ar="اسم الطفل")),
        q("identity_number", "child_pnr", T(sv="Barnets personnummer", en="The child's personal identity number",
                                           ar="الرقم الشخصي للطفل")),
        q("date", "start", T(sv="Önskat startdatum", en="Wanted start date", ar="تاريخ البدء المطلوب"),
          help_text=T(sv="Minst fyra månader fram.", en="At least four months ahead.", ar="بعد أربعة أشهر على الأقل.")),
    ),
    step(
        "wishes",
        T(sv="Önskemål", en="Wishes", ar="الرغبات"),
        q("choice", "first_choice", T(sv="Förstahandsval", en="First choice", ar="الخيار الأول"),
          choices=options("first_choice", *PRESCHOOLS)),
        q("long_text", "note", T(sv="Något vi behöver veta?", en="Anything we need to know?",
                                 ar="هل هناك ما نحتاج إلى معرفته؟"), required=False),
    ),
]  # fmt: skip

PAGES = [
    {
        "parent": "husagare",
        "slug": "ansok-om-bygglov",
        "en_slug": "apply-for-building-permit",
        "department": "sbf",
        "also_for": ["foretagare"],
        "title": T(sv="Ansök om bygglov", en="Apply for a building permit", ar="قدِّم طلب ترخيص بناء"),
        "intro": T(
            sv="Ansök i fyra steg. Du kan spara och fortsätta senare, och ändra dina svar innan du skickar.",
            en="Apply in four steps. You can save and continue later, and change your answers before you send.",
            ar="قدِّم طلبك في أربع خطوات. يمكنك الحفظ والمتابعة لاحقًا، وتعديل إجاباتك قبل الإرسال.",
        ),
        "body": [
            {
                "type": "eservice_application",
                "value": {
                    "title": T(sv="Ansökan om bygglov", en="Building permit application", ar="طلب ترخيص بناء"),
                    "intro": T(
                        sv="Ha fastighetsbeteckningen och ritningarna till hands.",
                        en="Have the property designation and the drawings at hand.",
                        ar="جهّز رقم تسجيل العقار والرسومات.",
                    ),
                    "confirmation_text": T(
                        sv="Vi kontrollerar att ansökan är komplett och hör av oss inom två veckor.",
                        en="We check that the application is complete and get back to you within two weeks.",
                        ar="سنتحقق من اكتمال الطلب ونعاود التواصل معك خلال أسبوعين.",
                    ),
                    "expected_lead_time_days": 50,
                    "retention_days": 3650,
                    "steps": STEPS,
                },
            }
        ],
    },
    {
        "parent": "smabarnsforaldrar",
        "slug": "ansok-om-forskoleplats",
        "en_slug": "apply-for-a-preschool-place",
        "department": "bou",
        "title": T(sv="Ansök om förskoleplats", en="Apply for a preschool place", ar="قدِّم طلبًا لمكان في الروضة"),
        "intro": T(
            sv="Logga in med e-legitimation och ansök i tre steg. Ansökan och erbjudandet finns sedan på Mina sidor.",
            en="Sign in with e-identification and apply in three steps. The application and the offer are then "
            "on My pages.",
            ar="سجّل الدخول بالهوية الإلكترونية وقدِّم طلبك في ثلاث خطوات. ستجد الطلب والعرض بعد ذلك في صفحاتي.",
        ),
        "body": [
            {
                "type": "eservice_application",
                "value": {
                    "title": T(
                        sv="Ansökan om förskoleplats", en="Preschool place application", ar="طلب مكان في الروضة"
                    ),
                    "intro": T(
                        sv="Ha barnets personnummer och önskat startdatum till hands.",
                        en="Have the child's personal identity number and the start date you want at hand.",
                        ar="جهّز الرقم الشخصي للطفل وتاريخ البدء الذي تريده.",
                    ),
                    "confirmation_text": T(
                        sv="Vi skickar ett erbjudande om plats senast fyra månader efter ditt önskade startdatum.",
                        en="We send you an offer of a place no later than four months after the start date you want.",
                        ar="سنرسل لك عرض مكان في موعد أقصاه أربعة أشهر بعد تاريخ البدء الذي تريده.",
                    ),
                    "requires_identification": True,
                    "expected_lead_time_days": 20,
                    "retention_days": 730,
                    "steps": PRESCHOOL_STEPS,
                },
            }
        ],
    },
]
