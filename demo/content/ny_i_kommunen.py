"""Demo content for the audience Ny i kommunen: moving here, housing, transport, SFI and the library."""

AUDIENCE = {
    "slug": "ny-i-kommunen",
    "en_slug": "new-residents",
    "title": {"sv": "Ny i kommunen", "en": "New residents", "ar": "السكان الجدد"},
    "intro": {
        "sv": "Välkommen till Sjövik! Här hittar du det du behöver ordna när du flyttar hit – från folkbokföring och bostad till buss, bibliotek och undervisning i svenska.",
        "en": "Welcome to Sjövik! Here you will find what you need to arrange when you move here – from registering your address and finding a home to buses, the library and Swedish lessons.",
        "ar": "مرحبًا بك في شوفيك! تجد هنا ما تحتاج إلى ترتيبه عند انتقالك إليها، من تسجيل عنوانك والعثور على مسكن إلى الحافلات والمكتبة ودروس اللغة السويدية.",
    },
    "department": "klf",
    "related": ["smabarnsforaldrar", "husagare"],
    "color": "#8a5a00",
    "body": [
        {
            "type": "call_to_action",
            "value": {
                "title": {"sv": "Kom igång i Sjövik", "en": "Getting started in Sjövik", "ar": "ابدأ حياتك في شوفيك"},
                "text": {
                    "sv": "En checklista för dig som just har flyttat hit.",
                    "en": "A checklist for you who have just moved here.",
                    "ar": "قائمة بالخطوات الأولى لمن انتقل إلى هنا حديثًا.",
                },
                "link": {"page": "flytta-hit", "url": "", "label": ""},
            },
        },
        {
            "type": "rich_text",
            "value": {
                "sv": "<p>Kommunens kontaktcenter svarar på frågor på svenska och engelska, och vi kan boka tolk till ditt besök. Ring <b>0123-45 60 00</b>.</p>",
                "en": "<p>The municipality's contact centre answers questions in Swedish and English, and we can book an interpreter for your visit. Call <b>0123-45 60 00</b>.</p>",
                "ar": "<p>يجيب مركز خدمة المواطنين في البلدية عن الأسئلة باللغتين السويدية والإنجليزية، ويمكننا حجز مترجم فوري لزيارتك. اتصل على الرقم <b>0123-45 60 00</b>.</p>",
            },
        },
    ],
}

PAGES = [
    {
        "slug": "flytta-hit",
        "department": "klf",
        "also_for": [],
        "review_overdue": False,
        "title": "Flytta till Sjövik",
        "intro": "Välkommen till Sjövik! Checklistan hjälper dig att komma i ordning, från flyttanmälan till sophämtning och förskoleplats.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Sjövik har drygt 45 000 invånare och ligger vid sjön, med en gammal hamn, en levande stadskärna och skog och friluftsliv runt knuten. Tåget tar dig till residensstaden på under en timme.</p><h2>Att göra när du flyttar hit</h2><ol><li>Anmäl flytten till Skatteverket senast en vecka efter flytten.</li><li>Ansök om plats i förskola eller skola i god tid.</li><li>Har du köpt ett hus, kontrollera att abonnemangen för avfall och vatten har bytt ägare.</li><li>Skaffa lånekort på biblioteket och ladda ner appen för bussen.</li></ol><p>Sjövik har ett rikt föreningsliv, badplatser längs stränderna och motionsspår i skogen. I evenemangskalendern hittar du konserter, marknader och hamnfesten i juli.</p>",
            },
            {
                "type": "image",
                "value": {
                    "image": "utsikt-over-sjovik",
                    "alt": "Vy över sjön en solig dag, med skogklädda kullar runt Sjövik",
                    "caption": "Sjön och den gamla hamnen är hjärtat i Sjövik.",
                },
            },
            {
                "type": "related_links",
                "value": {
                    "heading": "Kom igång",
                    "links": [
                        {"page": "folkbokforing", "url": "", "label": ""},
                        {"page": "hitta-bostad", "url": "", "label": ""},
                        {"page": "forskola", "url": "", "label": ""},
                        {"page": "sophamtning", "url": "", "label": ""},
                        {"page": "kollektivtrafik", "url": "", "label": ""},
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Frågor? Kontakta oss",
                    "name": "Kontaktcenter",
                    "phone": "0123-45 60 00",
                    "email": "kontaktcenter@sjovik.example",
                    "address": "Stadshuset, Storgatan 12, 123 45 Sjövik",
                    "opening_hours": "Mån–fre 8–17",
                },
            },
        ],
    },
    {
        "slug": "folkbokforing",
        "department": "klf",
        "also_for": [],
        "review_overdue": False,
        "title": "Folkbokföring och flyttanmälan",
        "intro": "Du anmäler flytt till Skatteverket, inte till kommunen. Gör det senast en vecka efter att du har flyttat.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Var du är folkbokförd avgör bland annat vilken kommun du betalar skatt till, var barnen får plats i förskola och skola och var du får rösta. Kommunen får uppgifterna från Skatteverket automatiskt, så du behöver inte meddela oss.</p><p>Flyttar du inom Sverige anmäler du flytten i Skatteverkets e-tjänst med e-legitimation. Glöm inte att också beställa eftersändning av din post.</p>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Flyttar du till Sverige från ett annat land?",
                    "items": [
                        {
                            "heading": "Vem ska folkbokföras?",
                            "content": "<p>Du ska folkbokföras om du tänker bo i Sverige i minst ett år och har rätt att vistas här.</p>",
                        },
                        {
                            "heading": "Anmäl flytten på plats",
                            "content": "<p>Du anmäler inflyttning genom att besöka ett servicekontor. Ta med pass och uppehållstillstånd, och vid behov vigselbevis och barnens födelsebevis.</p>",
                        },
                        {
                            "heading": "Servicekontor i Sjövik",
                            "content": "<p>Statens servicecenter finns på Storgatan 20. Boka tid innan du kommer för att anmäla inflyttning.</p>",
                        },
                    ],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Anmäl flytt",
                    "text": "Flyttanmälan och frågor om personnummer hanteras av Skatteverket.",
                    "link": {"page": "", "url": "https://www.skatteverket.se", "label": "Gå till Skatteverket"},
                },
            },
        ],
    },
    {
        "slug": "hitta-bostad",
        "department": "klf",
        "also_for": [],
        "review_overdue": False,
        "title": "Hitta bostad",
        "intro": "Det kommunala bostadsbolaget Sjövikshem har omkring 3 000 hyreslägenheter och en öppen bostadskö. Vill du bygga eget hus kan du ställa dig i kommunens tomtkö.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>I Sjövik finns också privata hyresvärdar och bostadsrätter. Lägenheter nära centrum och hamnen är mest efterfrågade, medan väntetiden ofta är kortare i kransorterna.</p><ul><li>Ställ dig i kö hos Sjövikshem och hos flera privata hyresvärdar.</li><li>Hyr i andra hand medan du väntar, men kontrollera att hyresvärden har godkänt uthyrningen.</li><li>Fråga din arbetsgivare, som ibland har avtal med hyresvärdar.</li></ul>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Bostadskö och tomtkö",
                    "items": [
                        {
                            "heading": "Sjövikshems bostadskö",
                            "content": "<p>Det är gratis att stå i kö. Du samlar ködagar från den dag du registrerar dig och behöver logga in minst en gång om året för att behålla din plats.</p>",
                        },
                        {
                            "heading": "Kommunens tomtkö",
                            "content": "<p>Kommunen säljer villatomter i bland annat Norrstrand och Ekbacken. Det kostar 300 kronor per år att stå i tomtkön.</p>",
                        },
                        {
                            "heading": "Bostad för dig med särskilda behov",
                            "content": "<p>Har du en funktionsnedsättning kan du ansöka om bostadsanpassningsbidrag eller bostad med särskild service hos kommunen.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Frågor om tomtkön",
                    "name": "Mark- och exploateringsenheten",
                    "phone": "0123-45 67 30",
                    "email": "tomtko@sjovik.example",
                    "address": "",
                    "opening_hours": "Telefontid mån–fre 9–11",
                },
            },
        ],
    },
    {
        "slug": "kollektivtrafik",
        "department": "sbf",
        "also_for": ["aldre-och-anhoriga"],
        "review_overdue": False,
        "title": "Buss och tåg",
        "intro": "Stadsbussarna går i Sjövik varje dag, och regionbussar och tåg tar dig vidare i länet. Biljett köper du i regionens app eller på resecentrum.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Kollektivtrafiken i länet ordnas av regionen. Kommunen ansvarar för hållplatser, pendelparkeringar, skolskjuts och färdtjänst. Resecentrum ligger vid järnvägsstationen, fem minuters promenad från Stora torget.</p><ul><li><b>Stadsbuss:</b> fyra linjer, var femtonde minut i rusningstid</li><li><b>Regionbuss:</b> till grannkommunerna och till sjöns andra sida</li><li><b>Tåg:</b> till residensstaden en gång i timmen</li></ul><p>Är du 75 år eller äldre och folkbokförd i Sjövik reser du gratis med stadsbussarna utanför rusningstid. Elever i grundskolan som bor långt från skolan kan ha rätt till skolskjuts eller busskort, som du söker hos barn- och utbildningsförvaltningen. Pendelparkeringar med laddplatser finns vid resecentrum och i Norrstrand.</p>",
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Planera din resa",
                    "text": "Sök avgångar, se förseningar och köp biljett i reseplaneraren. Barn, ungdomar och studenter reser till rabatterat pris.",
                    "link": {"page": "", "url": "https://reseplanerare.sjovik.example", "label": "Till reseplaneraren"},
                },
            },
            {
                "type": "related_links",
                "value": {
                    "heading": "Andra sätt att resa",
                    "links": [{"page": "fardtjanst", "url": "", "label": ""}],
                },
            },
        ],
    },
    {
        "slug": "sfi",
        "department": "bou",
        "also_for": [],
        "review_overdue": False,
        "title": "Svenska för invandrare (SFI)",
        "intro": "SFI är kostnadsfri undervisning i svenska för vuxna som inte har svenska som modersmål. Du kan börja så snart du är folkbokförd i Sjövik.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Du har rätt att läsa SFI från och med den 1 juli det år du fyller 16 år. Undervisningen anpassas efter din bakgrund och dina mål. Studieväg 1 är för dig med kort skolbakgrund, studieväg 2 och 3 för dig som är van att studera. Kurserna heter A, B, C och D.</p><p>Du kan läsa på dagtid, kvällstid eller på distans, och kombinera SFI med arbete eller praktik.</p>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Så börjar du",
                    "items": [
                        {
                            "heading": "1. Anmäl dig",
                            "content": "<p>Anmäl dig i vuxenutbildningens e-tjänst eller på Lärcentrum. Ta med legitimation.</p>",
                        },
                        {
                            "heading": "2. Inskrivningssamtal",
                            "content": "<p>En studie- och yrkesvägledare går igenom din bakgrund och dina mål, med tolk om du behöver.</p>",
                        },
                        {
                            "heading": "3. Börja studera",
                            "content": "<p>Du får ett schema och börjar i en grupp, oftast inom fyra veckor.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Kontakt",
                    "name": "Vuxenutbildningen, Lärcentrum",
                    "phone": "0123-45 61 80",
                    "email": "vux@sjovik.example",
                    "address": "Skolgatan 5, 123 47 Sjövik",
                    "opening_hours": "Drop-in för anmälan mån och ons 9–12",
                },
            },
        ],
    },
    {
        "slug": "bibliotek",
        "department": "klf",
        "also_for": ["smabarnsforaldrar", "aldre-och-anhoriga"],
        "review_overdue": False,
        "title": "Biblioteket",
        "intro": "Stadsbiblioteket vid Stora torget är öppet för alla, och det kostar ingenting att låna. Med ett lånekort lånar du böcker, ljudböcker, filmer och e-böcker.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Biblioteket har böcker och tidningar på fler än 30 språk, lättläst svenska och kurslitteratur för SFI. Du kan använda datorer och skrivare, få hjälp med e-tjänster och plugga i lugn och ro.</p><p>Varje onsdag kväll ordnar vi <b>språkcafé</b> där du kan öva svenska tillsammans med andra. Ingen anmälan behövs.</p>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Våra tjänster",
                    "items": [
                        {
                            "heading": "Skaffa lånekort",
                            "content": "<p>Ta med giltig legitimation till biblioteket. Barn under 18 år behöver en vårdnadshavares underskrift.</p>",
                        },
                        {
                            "heading": "Boken kommer",
                            "content": "<p>Kan du inte ta dig till biblioteket på grund av ålder eller sjukdom kommer vi hem till dig med böcker, utan kostnad.</p>",
                        },
                        {
                            "heading": "Bokstart och sagostund",
                            "content": "<p>Familjer får en bokpåse när barnet är sex månader, och varje torsdag har vi sagostund för barn från tre år.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Öppettider",
                    "name": "Stadsbiblioteket",
                    "phone": "0123-45 68 00",
                    "email": "biblioteket@sjovik.example",
                    "address": "Stora torget 3, 123 45 Sjövik",
                    "opening_hours": "Mån–tor 10–19\nFre 10–18\nLör 11–15",
                },
            },
        ],
    },
]
