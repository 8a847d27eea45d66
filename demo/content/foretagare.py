"""Demo content for the audience Företagare: starting a business, permits, procurement and land."""

AUDIENCE = {
    "slug": "foretagare",
    "en_slug": "business-owners",
    "title": {"sv": "Företagare", "en": "Business owners", "ar": "أصحاب الأعمال"},
    "intro": {
        "sv": "Starta, driva och utveckla företag i Sjövik. Företagslotsen hjälper dig med tillstånd, mark och kontakter med kommunen.",
        "en": "Start, run and grow a business in Sjövik. The business pilot helps you with permits, land and contacts with the municipality.",
        "ar": "ابدأ نشاطك التجاري في شوفيك وأدِره وطوّره. تساعدك خدمة مرشد الأعمال في الحصول على التراخيص والأراضي وفي التواصل مع البلدية.",
    },
    "department": "klf",
    "related": ["husagare", "ny-i-kommunen"],
    "color": "#1f4e79",
    "body": [
        {
            "type": "call_to_action",
            "value": {
                "title": {
                    "sv": "Boka ett möte med företagslotsen",
                    "en": "Book a meeting with the business pilot",
                    "ar": "احجز موعدًا مع مرشد الأعمال",
                },
                "text": {
                    "sv": "En väg in till kommunen för alla dina frågor och tillstånd.",
                    "en": "One way into the municipality for all your questions and permits.",
                    "ar": "مدخل واحد إلى البلدية لجميع أسئلتك وتراخيصك.",
                },
                "link": {"page": "foretagslotsen", "url": "", "label": ""},
            },
        },
        {
            "type": "rich_text",
            "value": {
                "sv": "<p>Näringslivskontoret svarar på frågor om att starta och driva företag på <b>0123-45 67 00</b>, vardagar 8–16.</p>",
                "en": "<p>The business office answers questions about starting and running a business on <b>0123-45 67 00</b>, weekdays 8 am–4 pm.</p>",
                "ar": "<p>يجيب مكتب الأعمال عن أسئلتك حول بدء نشاط تجاري وإدارته على الرقم <b>0123-45 67 00</b>، أيام العمل من 8 صباحًا حتى 4 عصرًا.</p>",
            },
        },
    ],
}

PAGES = [
    {
        "slug": "starta-foretag",
        "department": "klf",
        "also_for": ["ny-i-kommunen"],
        "review_overdue": False,
        "title": "Starta företag",
        "intro": "Ditt företag registrerar du hos Bolagsverket och Skatteverket via verksamt.se. Kommunen hjälper dig med rådgivning, lokaler och de tillstånd som verksamheten kan behöva.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Att starta företag går fortare om du tar det i rätt ordning. Näringslivskontoret erbjuder ett kostnadsfritt startsamtal där vi går igenom din idé och vad du behöver ordna.</p><ol><li>Formulera affärsidén och gör en budget.</li><li>Välj företagsform, till exempel enskild firma eller aktiebolag.</li><li>Registrera företaget och ansök om F-skatt.</li><li>Ta reda på vilka tillstånd från kommunen du behöver.</li><li>Skaffa försäkringar och öppna ett företagskonto.</li></ol>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Tillstånd du kan behöva",
                    "items": [
                        {
                            "heading": "Mat och dryck",
                            "content": "<p>Livsmedelsverksamhet ska registreras hos kommunen, och för att servera alkohol krävs serveringstillstånd.</p>",
                        },
                        {
                            "heading": "Lokaler och byggnader",
                            "content": "<p>Ändrar du användningen av en lokal, till exempel från kontor till kafé, behövs ofta bygglov.</p>",
                        },
                        {
                            "heading": "Skyltar och uteservering",
                            "content": "<p>Skyltar kräver ofta bygglov. För uteservering på allmän plats söker du tillstånd hos Polisen, som frågar kommunen.</p>",
                        },
                    ],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Registrera ditt företag",
                    "text": "Bolagsverkets och Skatteverkets gemensamma e-tjänst för registrering och F-skatt.",
                    "link": {"page": "", "url": "https://www.verksamt.se", "label": "Gå till verksamt.se"},
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Boka ett startsamtal",
                    "name": "Näringslivskontoret",
                    "phone": "0123-45 67 00",
                    "email": "naringsliv@sjovik.example",
                    "address": "Stadshuset, Storgatan 12, 123 45 Sjövik",
                    "opening_hours": "Mån–fre 8–16",
                },
            },
        ],
    },
    {
        "slug": "foretagslotsen",
        "department": "klf",
        "also_for": [],
        "review_overdue": False,
        "title": "Företagslotsen",
        "intro": "Företagslotsen är en väg in till kommunen för dig som driver eller vill starta företag. Har ditt ärende flera tillstånd får du ett gemensamt möte med alla handläggare som berörs.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Ska du öppna en restaurang, bygga ut verkstaden eller flytta verksamheten? Då berörs ofta flera delar av kommunen samtidigt. Företagslotsen samordnar dina kontakter så att du slipper berätta samma sak flera gånger.</p><ul><li>Du får en lots som är din kontaktperson genom hela ärendet.</li><li>Vid lotsmötet träffar du till exempel bygglov, miljö- och livsmedelskontroll och räddningstjänst på en gång.</li><li>Efter mötet får du en skriftlig sammanfattning med tidsplan.</li></ul><p>Kontakta oss gärna tidigt, innan du har skrivit på ett hyresavtal eller köpt utrustning. Då kan vi berätta vilka krav som gäller och hur lång tid olika tillstånd tar, så att du kan planera öppningen. Mötet är kostnadsfritt. Avgifter för själva tillstånden tillkommer enligt kommunens taxor.</p>",
            },
            {
                "type": "related_links",
                "value": {
                    "heading": "Vanliga tillstånd",
                    "links": [
                        {"page": "serveringstillstand", "url": "", "label": ""},
                        {"page": "livsmedel", "url": "", "label": ""},
                        {"page": "bygglov", "url": "", "label": ""},
                        {"page": "markanvisning", "url": "", "label": ""},
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Boka lotsmöte",
                    "name": "Företagslotsen, Näringslivskontoret",
                    "phone": "0123-45 67 10",
                    "email": "foretagslotsen@sjovik.example",
                    "address": "",
                    "opening_hours": "Mån–fre 8–16",
                },
            },
        ],
    },
    {
        "slug": "serveringstillstand",
        "department": "soc",
        "also_for": [],
        "review_overdue": False,
        "title": "Serveringstillstånd",
        "intro": "För att servera alkohol till allmänheten eller till slutna sällskap behöver du serveringstillstånd från kommunen. Ansök i god tid: ett stadigvarande tillstånd tar upp till åtta veckor att handlägga när ansökan är komplett.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Kommunen prövar enligt alkohollagen om du är lämplig att ha tillstånd. Vi tittar bland annat på din ekonomi, din vandel och finansieringen av verksamheten, och vi hämtar in yttranden från Polisen och Skatteverket.</p><ul><li>Du ska klara ett <b>kunskapsprov</b> om alkohollagen.</li><li>Stället ska ha ett eget kök och erbjuda lagad mat.</li><li>Det ska finnas ett godkänt brandskydd.</li></ul>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Olika typer av tillstånd",
                    "items": [
                        {
                            "heading": "Stadigvarande tillstånd",
                            "content": "<p>För restauranger och andra som serverar året runt eller varje sommar. Handläggningstid upp till åtta veckor.</p>",
                        },
                        {
                            "heading": "Tillfälligt tillstånd till allmänheten",
                            "content": "<p>För en enstaka händelse, till exempel en festival eller hamnfesten. Ansök senast fyra veckor innan.</p>",
                        },
                        {
                            "heading": "Tillfälligt tillstånd för slutet sällskap",
                            "content": "<p>För till exempel en förening som ordnar fest för sina medlemmar. Ansök senast två veckor innan.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Kontakt",
                    "name": "Alkoholhandläggare, tillståndsenheten",
                    "phone": "0123-45 62 80",
                    "email": "tillstand@sjovik.example",
                    "address": "",
                    "opening_hours": "Telefontid tis och tor 9–11",
                },
            },
        ],
    },
    {
        "slug": "livsmedel",
        "department": "sbf",
        "also_for": [],
        "review_overdue": False,
        "title": "Registrera livsmedelsverksamhet",
        "intro": "Ska du starta en restaurang, ett kafé, en butik eller en foodtruck måste du registrera verksamheten hos kommunen. Gör det senast två veckor innan du börjar.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Registreringen görs hos miljöenheten, som sedan kontrollerar verksamheten. Du får börja efter två veckor om du inte har hört något annat från oss. Byter du ägare eller ändrar verksamheten mycket behöver du göra en ny registrering.</p><p>Som livsmedelsföretagare ansvarar du själv för att maten är säker. Det gör du genom en <b>egen kontroll</b> med rutiner för bland annat temperaturer, rengöring, allergener och spårbarhet.</p>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Vanliga frågor",
                    "items": [
                        {
                            "heading": "Vad kostar det?",
                            "content": "<p>Du betalar en avgift för registreringen och därefter en årlig kontrollavgift. Avgiften beror på vilken sorts verksamhet du har och hur stor den är.</p>",
                        },
                        {
                            "heading": "Jag ska sälja mat från en foodtruck",
                            "content": "<p>En mobil verksamhet registreras i den kommun där den huvudsakligen bedrivs och får sedan säljas i hela landet. För att stå på gator och torg behöver du också polistillstånd.</p>",
                        },
                        {
                            "heading": "Behöver lokalen godkännas?",
                            "content": "<p>Lokalen godkänns inte i förväg, men den ska vara lämplig för verksamheten. Kontakta oss gärna innan du bygger om.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Kontakt",
                    "name": "Miljöenheten, livsmedelskontroll",
                    "phone": "0123-45 63 60",
                    "email": "livsmedel@sjovik.example",
                    "address": "Stadshuset, Storgatan 12, 123 45 Sjövik",
                    "opening_hours": "Telefontid mån–fre 9–11",
                },
            },
        ],
    },
    {
        "slug": "upphandling",
        "department": "klf",
        "also_for": [],
        "review_overdue": True,
        "title": "Sälja till kommunen – upphandling",
        "intro": "Kommunen köper varor och tjänster för närmare en miljard kronor varje år. Alla upphandlingar annonseras i kommunens upphandlingsverktyg, där du kan bevaka nya affärer kostnadsfritt.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Kommunen följer lagen om offentlig upphandling (LOU). Det innebär att alla leverantörer ska behandlas lika och att konkurrensen ska vara öppen. Köp med lågt värde får göras som <b>direktupphandling</b>, och då frågar vi ofta lokala företag.</p><p>Vi vill att fler små och lokala företag lämnar anbud. Därför delar vi upp större upphandlingar när det går och ordnar leverantörsträffar två gånger om året.</p>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Tips när du lämnar anbud",
                    "items": [
                        {
                            "heading": "Läs underlaget noga",
                            "content": "<p>Ett anbud som inte uppfyller alla krav måste förkastas. Ställ frågor i verktyget under frågeperioden om något är oklart.</p>",
                        },
                        {
                            "heading": "Lämna anbudet i tid",
                            "content": "<p>Anbud som kommer in efter sista dag får vi inte öppna. Räkna med att det tar tid att ladda upp alla handlingar.</p>",
                        },
                    ],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Se pågående upphandlingar",
                    "text": "Skapa ett kostnadsfritt konto och bevaka de områden som passar ditt företag.",
                    "link": {
                        "page": "",
                        "url": "https://upphandling.sjovik.example",
                        "label": "Till upphandlingsverktyget",
                    },
                },
            },
        ],
    },
    {
        "slug": "markanvisning",
        "department": "klf",
        "also_for": [],
        "review_overdue": False,
        "title": "Mark och lokaler för företag",
        "intro": "Kommunen säljer byggklar mark för verksamheter i Norra industriområdet och i hamnområdet. Mark för bostäder fördelas genom markanvisning till byggföretag.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>I Norra industriområdet finns detaljplanerad mark för industri, lager och logistik nära riksvägen. Priset är 250 kronor per kvadratmeter, och köparen ska börja bygga inom två år. I den gamla hamnen omvandlas magasinen till kontor, handel och restauranger.</p><h2>Markanvisning</h2><p>När kommunen vill att det ska byggas bostäder på kommunens mark gör vi en markanvisning. Det ger ett byggföretag ensamrätt att under en viss tid förhandla om att köpa marken och ta fram ett projekt. Vi annonserar markanvisningar på webbplatsen och väljer byggföretag utifrån pris, kvalitet och gestaltning.</p>",
            },
            {
                "type": "image",
                "value": {
                    "image": "norra-industriomradet",
                    "alt": "Obebyggd mark i Norra industriområdet med skogklädda kullar i bakgrunden",
                    "caption": "Ungefär tolv hektar mark är till salu i Norra industriområdet.",
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Letar du mark eller lokal?",
                    "text": "Företagslotsen visar vad som är ledigt och hjälper dig vidare i kontakten med kommunen. Vi visar gärna tomterna på plats.",
                    "link": {"page": "foretagslotsen", "url": "", "label": "Kontakta företagslotsen"},
                },
            },
        ],
    },
    {
        "slug": "energiradgivning",
        "department": "sbf",
        "also_for": ["husagare"],
        "review_overdue": False,
        "title": "Energi- och klimatrådgivning",
        "intro": "Kommunens energi- och klimatrådgivare ger kostnadsfria och opartiska råd om hur du sänker energianvändningen i ditt hus eller ditt företag. Rådgivningen finansieras av Energimyndigheten.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Funderar du på att byta uppvärmning, sätta solceller på taket eller se över belysningen i lokalen? Rådgivaren hjälper dig att jämföra alternativ och räkna på vad de kostar och sparar. Rådgivaren säljer ingenting och rekommenderar inga särskilda leverantörer.</p><ul><li>värmepumpar och fjärrvärme</li><li>solceller och batterier</li><li>isolering, fönster och ventilation</li><li>belysning och energikartläggning i små företag</li></ul><p>Bor du i ett äldre hus kan rådgivaren också tipsa om hur du sparar energi utan att förstöra husets karaktär. Flera gånger om året ordnar vi temakvällar på biblioteket, till exempel om solceller.</p>",
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Boka rådgivning",
                    "text": "Träffa rådgivaren i stadshuset, på telefon eller i ett videomöte. Ta gärna med elräkningar och ritningar över huset eller lokalen.",
                    "link": {
                        "page": "",
                        "url": "https://www.sjovik.example/energiradgivning/boka",
                        "label": "Boka tid med energirådgivaren",
                    },
                },
            },
            {
                "type": "related_links",
                "value": {
                    "heading": "Innan du bygger om",
                    "links": [{"page": "bygglov", "url": "", "label": "Behöver jag bygglov?"}],
                },
            },
        ],
    },
]
