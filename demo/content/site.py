"""Site-wide demo data for Sjöviks kommun: the departments and the home page."""

DEPARTMENTS = [
    {
        "key": "bou",
        "name": "Barn- och utbildningsförvaltningen",
        "email": "barn.utbildning@sjovik.example",
        "group": "Redaktörer – Barn och utbildning",
    },
    {
        "key": "sbf",
        "name": "Samhällsbyggnadsförvaltningen",
        "email": "samhallsbyggnad@sjovik.example",
        "group": "Redaktörer – Samhällsbyggnad",
    },
    {
        "key": "soc",
        "name": "Socialförvaltningen",
        "email": "socialforvaltningen@sjovik.example",
        "group": "Redaktörer – Socialförvaltningen",
    },
    {
        # Also hosts the business office (näringsliv) and the contact centre (kontaktcenter).
        "key": "klf",
        "name": "Kommunledningsförvaltningen",
        "email": "kommunledning@sjovik.example",
        "group": "Redaktörer – Kommunledning, näringsliv och kontaktcenter",
    },
]

HOME = {
    "title": {"sv": "Sjöviks kommun", "en": "Sjövik Municipality", "ar": "بلدية شوفيك"},
    "intro": {
        "sv": "Här hittar du information och e-tjänster från Sjöviks kommun – för dig som bor, arbetar eller driver företag här, eller som funderar på att flytta hit.",
        "en": "Here you will find information and e-services from Sjövik Municipality – for everyone who lives, works or runs a business here, or who is thinking of moving here.",
        "ar": "تجد هنا المعلومات والخدمات الإلكترونية التي تقدّمها بلدية شوفيك لكل من يسكن فيها أو يعمل أو يدير نشاطًا تجاريًا، أو يفكّر في الانتقال إليها.",
    },
    "top_tasks": ["forskola", "bygglov", "sophamtning", "atervinningscentral", "hemtjanst", "sfi"],
    "department": "klf",
}
