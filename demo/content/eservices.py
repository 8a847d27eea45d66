"""Contact e-services placed on demo pages (appended to their bodies), and demo cases."""

T = dict  # a translated leaf: T(sv=..., en=..., ar=...)

CONTACT_ON_PAGES = {
    "bygglov": {
        "title": T(sv="Fråga om bygglov", en="Ask about building permits", ar="اسأل عن ترخيص البناء"),
        "intro": T(
            sv="Skriv din fråga så svarar en bygglovshandläggare.",
            en="Write your question and a building permit officer will answer.",
            ar="اكتب سؤالك وسيجيبك موظف تراخيص البناء.",
        ),
        "confirmation_text": T(
            sv="En bygglovshandläggare läser din fråga och svarar dig.",
            en="A building permit officer reads your question and answers you.",
            ar="سيقرأ موظف تراخيص البناء سؤالك ويجيبك.",
        ),
        "expected_lead_time_days": 5,
        "ask_for_identity_number": False,
    },
    "sophamtning": {
        "title": T(sv="Kontakta avfallsenheten", en="Contact the waste team", ar="تواصل مع قسم النفايات"),
        "intro": T(
            sv="Missad tömning, trasigt kärl eller frågor om ditt abonnemang.",
            en="A missed collection, a broken bin or questions about your subscription.",
            ar="تفريغ فائت أو حاوية مكسورة أو أسئلة حول اشتراكك.",
        ),
        "confirmation_text": T(
            sv="Vi återkommer inom två arbetsdagar.",
            en="We will get back to you within two working days.",
            ar="سنعاود التواصل معك خلال يومي عمل.",
        ),
        "expected_lead_time_days": 2,
        "ask_for_identity_number": False,
    },
    "forskola": {
        "title": T(sv="Frågor om förskola", en="Questions about preschool", ar="أسئلة حول الروضة"),
        "intro": T(
            sv="Placeringsenheten svarar på frågor om plats, kö och placering.",
            en="The placement team answers questions about places, queues and placement.",
            ar="يجيب فريق التسجيل عن الأسئلة المتعلقة بالأماكن وقوائم الانتظار والتسجيل.",
        ),
        "confirmation_text": T(
            sv="Placeringsenheten svarar dig så snart vi kan.",
            en="The placement team will answer you as soon as we can.",
            ar="سيجيبك فريق التسجيل في أقرب وقت ممكن.",
        ),
        "expected_lead_time_days": 5,
        "ask_for_identity_number": True,
    },
    "hemtjanst": {
        "title": "Kontakta biståndshandläggare",
        "intro": "Berätta vad du behöver hjälp med, så kontaktar en biståndshandläggare dig.",
        "confirmation_text": "En biståndshandläggare ringer eller skriver till dig.",
        "expected_lead_time_days": 3,
        "ask_for_identity_number": True,
    },
    "foretagslotsen": {
        "title": "Kontakta företagslotsen",
        "intro": "Beskriv ditt företag och din fråga, så hör vi av oss.",
        "confirmation_text": "Företagslotsen hör av sig för att boka ett möte.",
        "expected_lead_time_days": 3,
        "ask_for_identity_number": False,
    },
}

# Demo cases: (page slug, status, days ago, subject, message, messages from the handler)
DEMO_CASES = [
    ("sophamtning", "received", 0, "Missad tömning på Storgatan 12", "Vårt kärl tömdes inte i tisdags.", []),
    (
        "bygglov",
        "in_progress",
        3,
        "Behöver jag bygglov för ett uterum?",
        "Jag vill bygga ett inglasat uterum på 12 kvm.",
        ["Tack! Ett uterum kräver oftast bygglov. Vi återkommer med vad du behöver bifoga."],
    ),
    (
        "forskola",
        "waiting_for_citizen",
        6,
        "Plats på Solrosens förskola",
        "Kan vi få plats från augusti?",
        ["Vi behöver veta vilket datum ni önskar plats från. Svara gärna här."],
    ),
    (
        "hemtjanst",
        "decided",
        12,
        "Hjälp med inköp",
        "Min mamma behöver hjälp att handla.",
        ["Beslut: hemtjänst beviljas."],
    ),
    ("foretagslotsen", "closed", 30, "Starta café i hamnen", "Vilka tillstånd behöver jag?", ["Välkommen på möte."]),
]
