"""Demo content for the audience Äldre och anhöriga: home care, housing, carers' support and transport."""

AUDIENCE = {
    "slug": "aldre-och-anhoriga",
    "en_slug": "older-people-and-carers",
    "title": {"sv": "Äldre och anhöriga", "en": "Older people and carers", "ar": "كبار السن وذووهم"},
    "intro": {
        "sv": "Stöd för att kunna bo kvar hemma, boende när det behövs och hjälp till dig som stöttar en närstående.",
        "en": "Support to keep living at home, housing when it is needed and help for you who support someone close to you.",
        "ar": "دعم يساعدك على مواصلة العيش في منزلك، وسكن عند الحاجة، ومساعدة لمن يعتني بشخص قريب منه.",
    },
    "department": "soc",
    "related": ["husagare", "ny-i-kommunen"],
    "color": "#5b4a8a",
    "body": [
        {
            "type": "call_to_action",
            "value": {
                "title": {
                    "sv": "Ansök om hemtjänst",
                    "en": "Apply for home care",
                    "ar": "قدِّم طلبًا للحصول على الرعاية المنزلية",
                },
                "text": {
                    "sv": "Hjälp i vardagen för dig som vill bo kvar hemma.",
                    "en": "Help with everyday life for you who want to keep living at home.",
                    "ar": "مساعدة في الحياة اليومية لمن يرغب في مواصلة العيش في منزله.",
                },
                "link": {"page": "hemtjanst", "url": "", "label": ""},
            },
        },
        {
            "type": "rich_text",
            "value": {
                "sv": "<p>Biståndshandläggarna för äldreomsorgen når du på <b>0123-45 62 00</b> vardagar 8–12. Du kan också ringa för en anhörigs räkning, om hen vill det.</p>",
                "en": "<p>You can reach the care needs assessors for older people on <b>0123-45 62 00</b>, weekdays 8 am–12 noon. You can also call on behalf of a relative, if they agree.</p>",
                "ar": "<p>يمكنك التواصل مع موظفي تقييم الاحتياجات في رعاية كبار السن على الرقم <b>0123-45 62 00</b>، أيام العمل من 8 صباحًا حتى 12 ظهرًا. ويمكنك أيضًا الاتصال نيابةً عن أحد أقاربك إذا وافق على ذلك.</p>",
            },
        },
    ],
}

PAGES = [
    {
        "slug": "hemtjanst",
        "department": "soc",
        "also_for": [],
        "review_overdue": True,
        "title": "Hemtjänst",
        "intro": "Hemtjänst är hjälp i hemmet för dig som inte längre klarar vardagen på egen hand. Du ansöker hos en biståndshandläggare, som utreder vilket stöd du behöver.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Hemtjänsten hjälper dig med det du inte klarar själv, så att du kan fortsätta bo hemma. Du ska så långt som möjligt kunna påverka när och hur hjälpen ges.</p><ul><li><b>Service:</b> städning, tvätt, inköp och ledsagning</li><li><b>Personlig omvårdnad:</b> hjälp att duscha, klä på dig och äta</li><li><b>Trygghet:</b> tillsynsbesök och trygghetslarm</li></ul>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Så går det till",
                    "items": [
                        {
                            "heading": "Ansök",
                            "content": "<p>Ring biståndshandläggaren eller ansök i e-tjänsten. Du kan ansöka själv eller ta hjälp av en anhörig.</p>",
                        },
                        {
                            "heading": "Utredning och beslut",
                            "content": "<p>Handläggaren träffar dig, oftast hemma, och pratar om dina behov. Du får ett skriftligt beslut. Är du missnöjd kan du överklaga till förvaltningsrätten inom tre veckor.</p>",
                        },
                        {
                            "heading": "Vad kostar det?",
                            "content": "<p>Avgiften beror på din inkomst och din boendekostnad. Den kan aldrig bli högre än maxtaxan, som följer prisbasbeloppet och ändras varje år, och du får alltid behålla ett förbehållsbelopp för dina levnadskostnader.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Kontakt",
                    "name": "Biståndshandläggare, äldreomsorgen",
                    "phone": "0123-45 62 00",
                    "email": "bistand@sjovik.example",
                    "address": "",
                    "opening_hours": "Telefontid mån–fre 8–12",
                },
            },
            {
                "type": "related_links",
                "value": {
                    "heading": "Mer stöd i hemmet",
                    "links": [
                        {"page": "trygghetslarm", "url": "", "label": ""},
                        {"page": "matdistribution", "url": "", "label": ""},
                        {"page": "anhorigstod", "url": "", "label": ""},
                    ],
                },
            },
        ],
    },
    {
        "slug": "sarskilt-boende",
        "department": "soc",
        "also_for": [],
        "review_overdue": False,
        "title": "Särskilt boende",
        "intro": "Särskilt boende är för dig som behöver omsorg och tillsyn dygnet runt och inte längre kan bo kvar hemma. Du ansöker hos en biståndshandläggare.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Kommunen har sju särskilda boenden. Du får en egen lägenhet med badrum som du möblerar med dina egna saker, och personal finns på plats dygnet runt. Du kan önska vilket boende du vill bo på.</p><p>Du betalar <b>hyra</b> för lägenheten, en <b>omvårdnadsavgift</b> som beror på din inkomst och en avgift för <b>måltiderna</b>. Bostadstillägg från Pensionsmyndigheten kan sänka din kostnad.</p>",
            },
            {
                "type": "image",
                "value": {
                    "image": "strandgarden-tradgard",
                    "alt": "Utsikt från trädgården vid äldreboendet Strandgården över sjön och kullarna",
                    "caption": "Strandgården ligger vid sjön, nära den gamla hamnen.",
                },
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Andra boendeformer",
                    "items": [
                        {
                            "heading": "Korttidsboende",
                            "content": "<p>En tillfällig plats, till exempel efter en sjukhusvistelse eller medan du väntar på ett särskilt boende.</p>",
                        },
                        {
                            "heading": "Växelvård",
                            "content": "<p>Du bor växelvis hemma och på korttidsboende, så att den som vårdar dig får tid att vila.</p>",
                        },
                        {
                            "heading": "Parboende",
                            "content": "<p>Är du gift eller sambo har ni rätt att fortsätta bo tillsammans, även om bara en av er behöver särskilt boende.</p>",
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": "anhorigstod",
        "department": "soc",
        "also_for": [],
        "review_overdue": False,
        "title": "Stöd till anhöriga",
        "intro": "Vårdar eller stöttar du en närstående som är sjuk, äldre eller har en funktionsnedsättning? Kommunen erbjuder stöd till dig som anhörig, och mycket av stödet behöver du inte ansöka om.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Att vara anhörig kan vara både meningsfullt och tungt. Kommunens anhörigkonsulent kan ge dig råd, avlastning och möjlighet att träffa andra i samma situation. Samtalen är kostnadsfria och anhörigkonsulenten har tystnadsplikt.</p>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Det här kan du få",
                    "items": [
                        {
                            "heading": "Samtal och rådgivning",
                            "content": "<p>Enskilda samtal med anhörigkonsulenten, på kontoret, hemma hos dig eller på telefon.</p>",
                        },
                        {
                            "heading": "Anhöriggrupper och anhörigcafé",
                            "content": "<p>Träffa andra anhöriga i en samtalsgrupp eller på anhörigcaféet, som är öppet varje tisdag eftermiddag.</p>",
                        },
                        {
                            "heading": "Avlösning i hemmet",
                            "content": "<p>Personal från hemtjänsten tar över omsorgen några timmar så att du kan göra något för din egen skull. Upp till tolv timmar per månad är avgiftsfria.</p>",
                        },
                        {
                            "heading": "Växelvård",
                            "content": "<p>Din närstående bor på korttidsboende under vissa perioder. Det kräver ett beslut från biståndshandläggaren.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Kontakt",
                    "name": "Anhörigkonsulenten",
                    "phone": "0123-45 62 40",
                    "email": "anhorigstod@sjovik.example",
                    "address": "Träffpunkt Hamnen, Hamngatan 6, 123 46 Sjövik",
                    "opening_hours": "Mån–fre 8–16",
                },
            },
        ],
    },
    {
        "slug": "fardtjanst",
        "department": "sbf",
        "also_for": [],
        "review_overdue": False,
        "title": "Färdtjänst",
        "intro": "Färdtjänst är resor med taxi eller specialfordon för dig som på grund av en funktionsnedsättning har stora svårigheter att åka buss eller tåg. Du ansöker hos kommunen.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Funktionsnedsättningen ska vara långvarig, minst tre månader, och ge dig väsentliga svårigheter att förflytta dig på egen hand eller att resa med kollektivtrafiken. Det är alltså inte åldern i sig som avgör.</p><ul><li>Du betalar en egenavgift för varje resa, som beror på resans längd.</li><li>Du kan få ta med en ledsagare utan kostnad om du behöver hjälp under resan.</li><li>Resor beställer du dygnet runt hos beställningscentralen.</li></ul>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Vanliga frågor",
                    "items": [
                        {
                            "heading": "Hur ansöker jag?",
                            "content": "<p>Fyll i ansökan i e-tjänsten och bifoga gärna ett intyg från läkare eller arbetsterapeut som beskriver funktionsnedsättningen.</p>",
                        },
                        {
                            "heading": "Resor till andra delar av Sverige",
                            "content": "<p>För längre resor utanför länet kan du ansöka om riksfärdtjänst. Ansök i god tid, minst tre veckor före resan.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Kontakt",
                    "name": "Färdtjänsthandläggarna",
                    "phone": "0123-45 65 60",
                    "email": "fardtjanst@sjovik.example",
                    "address": "",
                    "opening_hours": "Telefontid mån–fre 9–11",
                },
            },
            {
                "type": "related_links",
                "value": {
                    "heading": "Läs också",
                    "links": [
                        {"page": "kollektivtrafik", "url": "", "label": ""},
                        {"page": "hemtjanst", "url": "", "label": ""},
                    ],
                },
            },
        ],
    },
    {
        "slug": "trygghetslarm",
        "department": "soc",
        "also_for": [],
        "review_overdue": False,
        "title": "Trygghetslarm",
        "intro": "Med ett trygghetslarm kan du larma dygnet runt om du behöver hjälp, till exempel om du har ramlat. Larmet går till en larmcentral som skickar hemtjänsten till dig.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Larmet består av en basenhet i hemmet och en larmknapp som du bär runt handleden eller halsen. När du trycker på knappen får du tala med larmcentralen via basenheten. Larmet är digitalt och fungerar utan fast telefon.</p><p>Hemtjänsten behöver en nyckel till din bostad för att kunna komma in. Larmet kostar <b>250 kronor per månad</b> och installationen är gratis.</p>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Vanliga frågor",
                    "items": [
                        {
                            "heading": "Vad händer när jag larmar?",
                            "content": "<p>Larmcentralen svarar direkt och bedömer vilken hjälp du behöver. Kan du inte svara skickas hemtjänsten ändå.</p>",
                        },
                        {
                            "heading": "Fungerar larmet i trädgården?",
                            "content": "<p>Larmknappen når några tiotal meter från basenheten. Vill du röra dig längre bort kan du ansöka om ett mobilt larm med GPS.</p>",
                        },
                    ],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Ansök om trygghetslarm",
                    "text": "Du ansöker i e-tjänsten eller genom att ringa biståndshandläggaren.",
                    "link": {
                        "page": "",
                        "url": "https://e-tjanster.sjovik.example/trygghetslarm",
                        "label": "Ansök om trygghetslarm i e-tjänsten",
                    },
                },
            },
        ],
    },
    {
        "slug": "matdistribution",
        "department": "soc",
        "also_for": [],
        "review_overdue": False,
        "title": "Matdistribution",
        "intro": "Kan du inte laga mat själv kan du få färdiga matlådor hemkörda. Du ansöker om matdistribution hos biståndshandläggaren.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Matlådorna lagas i kommunens tillagningskök i Sjövik och levereras kylda två gånger i veckan. Du väljer bland flera rätter varje vecka och värmer maten i mikrovågsugnen. Behöver du hjälp med uppvärmningen kan hemtjänsten hjälpa till. Maten följer Livsmedelsverkets råd om måltider för äldre, och varje låda innehåller huvudrätt och grönsaker.</p><ul><li>Specialkost, till exempel glutenfri, laktosfri eller konsistensanpassad mat, kan beställas.</li><li>En portion kostar 65 kronor inklusive leverans.</li><li>Du kan avbeställa en leverans senast dagen innan.</li></ul><p>Vill du hellre äta i sällskap serveras lunch varje vardag på kommunens träffpunkter, utan att du behöver ansöka. Där kan du också träffa andra, fika och vara med på aktiviteter. Handläggaren kan berätta vilken träffpunkt som ligger närmast dig.</p>",
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Frågor om maten",
                    "name": "Kostenheten",
                    "phone": "0123-45 62 90",
                    "email": "kost@sjovik.example",
                    "address": "",
                    "opening_hours": "Mån–fre 8–15",
                },
            },
            {
                "type": "related_links",
                "value": {
                    "heading": "Mer stöd i vardagen",
                    "links": [
                        {"page": "hemtjanst", "url": "", "label": ""},
                        {"page": "trygghetslarm", "url": "", "label": ""},
                    ],
                },
            },
        ],
    },
]
