"""Demo content for the audience Husägare: building permits, waste, water and sewage, chimney sweeping."""

AUDIENCE = {
    "slug": "husagare",
    "en_slug": "homeowners",
    "title": {"sv": "Husägare", "en": "Homeowners", "ar": "أصحاب المنازل"},
    "intro": {
        "sv": "Ska du bygga, renovera eller bara ha koll på soptömning, vatten och sotning? Här samlar vi det du som äger ett hus i Sjövik behöver veta.",
        "en": "Planning to build or renovate, or just keeping track of waste collection, water and chimney sweeping? Here is what you need to know as a homeowner in Sjövik.",
        "ar": "هل تخطط للبناء أو الترميم، أو تريد فقط متابعة جمع النفايات والمياه وتنظيف المداخن؟ نجمع هنا ما تحتاج إلى معرفته بصفتك مالكًا لمنزل في شوفيك.",
    },
    "department": "sbf",
    "related": ["foretagare", "ny-i-kommunen"],
    "color": "#2e6b3f",
    "body": [
        {
            "type": "call_to_action",
            "value": {
                "title": {"sv": "Ska du bygga?", "en": "Planning to build?", "ar": "هل تخطط للبناء؟"},
                "text": {
                    "sv": "Ta reda på om du behöver bygglov innan du börjar.",
                    "en": "Find out whether you need a building permit before you start.",
                    "ar": "تحقّق مما إذا كنت تحتاج إلى ترخيص بناء قبل أن تبدأ.",
                },
                "link": {"page": "bygglov", "url": "", "label": ""},
            },
        },
        {
            "type": "rich_text",
            "value": {
                "sv": "<p>Vid vattenläcka eller stopp i avloppet når du kommunens jour dygnet runt på <b>0123-45 60 90</b>.</p>",
                "en": "<p>For a water leak or a blocked sewer, you can reach the municipality's emergency service around the clock on <b>0123-45 60 90</b>.</p>",
                "ar": "<p>في حال تسرّب المياه أو انسداد الصرف الصحي، يمكنك الاتصال بخدمة الطوارئ في البلدية على مدار الساعة على الرقم <b>0123-45 60 90</b>.</p>",
            },
        },
    ],
}

PAGES = [
    {
        "slug": "bygglov",
        "en_slug": "building-permit",
        "department": "sbf",
        "also_for": ["foretagare"],
        "review_overdue": False,
        "title": {"sv": "Bygglov", "en": "Building permit", "ar": "ترخيص البناء"},
        "intro": {
            "sv": "Du behöver oftast bygglov för att bygga nytt, bygga till eller ändra hur en byggnad används. Ansök i e-tjänsten och räkna med upp till tio veckors handläggning från att ansökan är komplett.",
            "en": "You usually need a building permit to build something new, extend a building or change how it is used. Apply through the e-service; processing takes up to ten weeks from when your application is complete.",
            "ar": "تحتاج عادةً إلى ترخيص بناء لتشييد مبنى جديد أو توسيع مبنى قائم أو تغيير طريقة استخدامه. قدِّم طلبك عبر الخدمة الإلكترونية، وتستغرق معالجته ما يصل إلى عشرة أسابيع من تاريخ اكتماله.",
        },
        "body": [
            {
                "type": "rich_text",
                "value": {
                    "sv": '<p>Kontrollera först vad som gäller för din fastighet i detaljplanen eller områdesbestämmelserna.</p><h2>Du behöver bygglov för att</h2><ul><li>bygga ett nytt hus eller en tillbyggnad</li><li>bygga ett garage, en carport eller ett större förråd</li><li>ändra fasadens färg eller material så att husets utseende påverkas avsevärt</li><li>göra om till exempel ett garage till bostad</li></ul><p>Vissa mindre åtgärder är lovfria, till exempel <b>friggebodar och attefallshus</b>. Vilken detaljplan som gäller ser du i <a href="https://karta.sjovik.example">kommunens karttjänst</a>.</p>',
                    "en": '<p>First check what applies to your property in the local development plan or area regulations.</p><h2>You need a building permit to</h2><ul><li>build a new house or an extension</li><li>build a garage, a carport or a larger storage building</li><li>change the colour or material of the facade so that the appearance of the house changes considerably</li><li>convert, for example, a garage into living space</li></ul><p>Some minor projects need no permit, for example <b>small sheds and Attefall houses</b>. You can see which development plan applies in <a href="https://karta.sjovik.example">the municipality\'s map service</a>.</p>',
                    "ar": '<p>تحقّق أولًا مما ينطبق على عقارك في المخطط التفصيلي أو في أنظمة المنطقة.</p><h2>تحتاج إلى ترخيص بناء من أجل</h2><ul><li>بناء منزل جديد أو توسعة لمنزل قائم</li><li>بناء مرآب أو مظلة للسيارات أو مخزن كبير</li><li>تغيير لون الواجهة أو مادتها بما يغيّر مظهر المنزل تغييرًا ملحوظًا</li><li>تحويل مرآب مثلًا إلى مسكن</li></ul><p>بعض الأعمال الصغيرة لا تحتاج إلى ترخيص، مثل <b>الأكواخ الصغيرة ومنازل أتيفال</b>. يمكنك معرفة المخطط التفصيلي الساري على عقارك عبر <a href="https://karta.sjovik.example">خدمة الخرائط في البلدية</a>.</p>',
                },
            },
            {
                "type": "image",
                "value": {
                    "image": "villa-tillbyggnad",
                    "alt": {
                        "sv": "Ett rött trähus med en ny tillbyggnad på gaveln, omgivet av gräsmatta.",
                        "en": "A red wooden house with a new extension on its gable end, surrounded by lawn.",
                        "ar": "منزل خشبي أحمر مع توسعة جديدة في جانبه، تحيط به مساحة من العشب.",
                    },
                    "caption": {
                        "sv": "En tillbyggnad kräver nästan alltid bygglov.",
                        "en": "An extension almost always needs a building permit.",
                        "ar": "تحتاج التوسعة دائمًا تقريبًا إلى ترخيص بناء.",
                    },
                },
            },
            {
                "type": "accordion",
                "value": {
                    "heading": {"sv": "Så söker du bygglov", "en": "How to apply", "ar": "كيفية تقديم الطلب"},
                    "items": [
                        {
                            "heading": {"sv": "Ritningar", "en": "Drawings", "ar": "الرسومات"},
                            "content": {
                                "sv": "<p>Bifoga situationsplan, planritning, fasadritningar och sektionsritning i skala. Vid större åtgärder behövs också en certifierad kontrollansvarig.</p>",
                                "en": "<p>Attach a site plan, floor plan, facade drawings and a section drawing to scale. Larger projects also need a certified quality inspector.</p>",
                                "ar": "<p>أرفق مخطط الموقع ومخطط الطوابق ورسومات الواجهات ورسم المقطع وفق مقياس رسم محدد. وتحتاج المشاريع الأكبر أيضًا إلى مراقب جودة معتمد.</p>",
                            },
                        },
                        {
                            "heading": {"sv": "Handläggning", "en": "Processing", "ar": "المعالجة"},
                            "content": {
                                "sv": "<p>Vi bekräftar att vi har tagit emot ansökan inom tre veckor och fattar beslut inom tio veckor från att den är komplett. Ibland får grannar yttra sig.</p>",
                                "en": "<p>We confirm receipt of your application within three weeks and decide within ten weeks of it being complete. Neighbours are sometimes asked for their views.</p>",
                                "ar": "<p>نؤكد استلام طلبك خلال ثلاثة أسابيع ونصدر القرار خلال عشرة أسابيع من اكتماله. وقد يُطلب أحيانًا رأي الجيران.</p>",
                            },
                        },
                        {
                            "heading": {"sv": "Startbesked", "en": "Start notice", "ar": "إذن البدء"},
                            "content": {
                                "sv": "<p>Bygglovet ger dig inte rätt att börja bygga. Du får börja först när du har fått ett <b>startbesked</b>.</p>",
                                "en": "<p>The building permit does not give you the right to start building. You may start only once you have received a <b>start notice</b>.</p>",
                                "ar": "<p>لا يمنحك ترخيص البناء الحق في بدء البناء. ولا يجوز لك البدء إلا بعد حصولك على <b>إذن البدء</b>.</p>",
                            },
                        },
                    ],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": {"sv": "Ansök om bygglov", "en": "Apply for a permit", "ar": "قدِّم طلب الترخيص"},
                    "text": {
                        "sv": "Ansökan görs i e-tjänsten. Du kan också boka ett kostnadsfritt förhandsmöte med en bygglovshandläggare.",
                        "en": "You apply through the e-service. You can also book a free preliminary meeting with a building permit officer.",
                        "ar": "يُقدَّم الطلب عبر الخدمة الإلكترونية. ويمكنك أيضًا حجز اجتماع تمهيدي مجاني مع موظف تراخيص البناء.",
                    },
                    "link": {
                        "page": "",
                        "url": "https://e-tjanster.sjovik.example/bygglov",
                        "label": {"sv": "Till e-tjänsten", "en": "Go to the e-service", "ar": "إلى الخدمة الإلكترونية"},
                    },
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": {"sv": "Kontakt", "en": "Contact", "ar": "للتواصل"},
                    "name": {"sv": "Bygglovsenheten", "en": "Building Permit Unit", "ar": "وحدة تراخيص البناء"},
                    "phone": {"sv": "0123-45 63 00", "en": "0123-45 63 00", "ar": "0123-45 63 00"},
                    "email": {
                        "sv": "bygglov@sjovik.example",
                        "en": "bygglov@sjovik.example",
                        "ar": "bygglov@sjovik.example",
                    },
                    "address": {
                        "sv": "Stadshuset, Storgatan 12, 123 45 Sjövik",
                        "en": "City Hall, Storgatan 12, 123 45 Sjövik",
                        "ar": "مبنى البلدية، Storgatan 12, 123 45 Sjövik",
                    },
                    "opening_hours": {
                        "sv": "Mån–fre 10–12",
                        "en": "Mon–Fri 10 am–12 noon",
                        "ar": "الاثنين–الجمعة 10–12",
                    },
                },
            },
        ],
        "children": [
            {
                "slug": "attefallshus-och-friggebod",
                "department": "sbf",
                "also_for": [],
                "review_overdue": False,
                "title": "Attefallshus och friggebod",
                "intro": "En friggebod på högst 15 kvadratmeter får du bygga utan att fråga kommunen. Ett attefallshus på högst 30 kvadratmeter behöver inget bygglov, men du måste göra en anmälan och få startbesked innan du börjar.",
                "body": [
                    {
                        "type": "rich_text",
                        "value": "<p>Reglerna gäller dig som äger ett en- eller tvåbostadshus. Byggnaden ska ligga i anslutning till huset och inte närmare tomtgränsen än 4,5 meter, om inte grannen har godkänt det skriftligt. Kontrollera också att det inte finns ledningar i marken där du vill bygga.</p><h2>Friggebod</h2><ul><li>Högst 15 kvadratmeter byggnadsarea</li><li>Högst 3 meter till taknocken</li><li>Ingen anmälan behövs</li></ul><h2>Attefallshus</h2><ul><li>Högst 30 kvadratmeter byggnadsarea</li><li>Högst 4 meter till taknocken</li><li>Anmälan och startbesked krävs</li></ul>",
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Andra åtgärder utan bygglov",
                            "items": [
                                {
                                    "heading": "Attefallstillbyggnad",
                                    "content": "<p>Du får bygga till huset med högst 15 kvadratmeter bruttoarea efter anmälan och startbesked.</p>",
                                },
                                {
                                    "heading": "Takkupor",
                                    "content": "<p>Du får bygga två takkupor efter anmälan, om huset inte redan har några.</p>",
                                },
                                {
                                    "heading": "Strandskydd och kulturmiljö",
                                    "content": "<p>Nära sjön gäller ofta strandskydd, och i kulturmiljön kring gamla hamnen kan lov krävas ändå. Fråga oss innan du bygger.</p>",
                                },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "sophamtning",
        "en_slug": "waste-collection",
        "department": "sbf",
        "also_for": ["ny-i-kommunen"],
        "review_overdue": False,
        "title": {
            "sv": "Sophämtning och avfallsabonnemang",
            "en": "Waste collection and subscriptions",
            "ar": "جمع النفايات واشتراكاتها",
        },
        "intro": {
            "sv": "Avfallet hämtas varannan vecka vid villor och fritidshus. Du sorterar i två kärl med fyra fack var och ändrar ditt abonnemang i e-tjänsten.",
            "en": "Waste is collected every other week from detached houses and holiday homes. You sort it into two bins with four compartments each and change your subscription in the e-service.",
            "ar": "تُجمع النفايات كل أسبوعين من المنازل المستقلة ومنازل العطلات. تفرز نفاياتك في حاويتين لكل منهما أربع حجيرات، ويمكنك تغيير اشتراكك عبر الخدمة الإلكترونية.",
        },
        "body": [
            {
                "type": "rich_text",
                "value": {
                    "sv": '<p>Alla som äger en bostad i Sjövik har ett avfallsabonnemang hos kommunen. I fyrfackskärlen sorterar du så här:</p><ul><li><b>Kärl 1:</b> matavfall, restavfall, plastförpackningar och pappersförpackningar</li><li><b>Kärl 2:</b> tidningar, färgat glas, ofärgat glas och metallförpackningar</li></ul><p>Ställ ut kärlen senast klockan 6 på hämtningsdagen, högst två meter från vägkanten. Din hämtningsdag ser du i <a href="https://e-tjanster.sjovik.example/avfall">e-tjänsten för avfall</a>.</p>',
                    "en": '<p>Everyone who owns a home in Sjövik has a waste subscription with the municipality. Sort your waste in the four-compartment bins like this:</p><ul><li><b>Bin 1:</b> food waste, residual waste, plastic packaging and paper packaging</li><li><b>Bin 2:</b> newspapers, coloured glass, clear glass and metal packaging</li></ul><p>Put the bins out by 6 am on collection day, no more than two metres from the roadside. You can see your collection day in <a href="https://e-tjanster.sjovik.example/avfall">the waste e-service</a>.</p>',
                    "ar": '<p>لكل من يملك مسكنًا في شوفيك اشتراك في خدمة جمع النفايات لدى البلدية. افرز نفاياتك في الحاويات ذات الحجيرات الأربع على النحو الآتي:</p><ul><li><b>الحاوية 1:</b> بقايا الطعام، والنفايات المتبقية، والعبوات البلاستيكية، والعبوات الورقية</li><li><b>الحاوية 2:</b> الصحف، والزجاج الملوّن، والزجاج الشفاف، والعبوات المعدنية</li></ul><p>ضع الحاويات في الخارج قبل الساعة السادسة صباحًا من يوم الجمع، على ألا تبعد أكثر من مترين عن حافة الطريق. يمكنك معرفة يوم الجمع الخاص بك عبر <a href="https://e-tjanster.sjovik.example/avfall">خدمة النفايات الإلكترونية</a>.</p>',
                },
            },
            {
                "type": "accordion",
                "value": {
                    "heading": {"sv": "Ditt abonnemang", "en": "Your subscription", "ar": "اشتراكك"},
                    "items": [
                        {
                            "heading": {
                                "sv": "Dela kärl med grannen",
                                "en": "Sharing bins",
                                "ar": "مشاركة الحاويات مع الجار",
                            },
                            "content": {
                                "sv": "<p>Två närliggande hushåll kan dela kärl och abonnemang. Ni ansöker tillsammans och en av er får fakturan.</p>",
                                "en": "<p>Two neighbouring households can share bins and a subscription. You apply together and one of you receives the invoice.</p>",
                                "ar": "<p>يمكن لأسرتين متجاورتين مشاركة الحاويات والاشتراك. تقدّمان الطلب معًا ويتلقى أحدكما الفاتورة.</p>",
                            },
                        },
                        {
                            "heading": {"sv": "Kompostering", "en": "Composting", "ar": "التسميد المنزلي"},
                            "content": {
                                "sv": "<p>Vill du kompostera matavfallet på tomten anmäler du det till kommunen. Kompostbehållaren ska vara isolerad och skyddad mot skadedjur.</p>",
                                "en": "<p>If you want to compost food waste on your property, notify the municipality. The compost bin must be insulated and protected against pests.</p>",
                                "ar": "<p>إذا أردت تحويل بقايا الطعام إلى سماد في عقارك، فعليك إبلاغ البلدية بذلك. ويجب أن تكون حاوية السماد معزولة ومحمية من الآفات.</p>",
                            },
                        },
                        {
                            "heading": {"sv": "Avgift och faktura", "en": "Fee and invoice", "ar": "الرسوم والفاتورة"},
                            "content": {
                                "sv": "<p>Avgiften består av en grundavgift och en hämtningsavgift. Den faktureras fyra gånger per år tillsammans med vatten och avlopp.</p>",
                                "en": "<p>The fee consists of a basic charge and a collection charge. It is invoiced four times a year together with water and sewage.</p>",
                                "ar": "<p>تتكون الرسوم من رسم أساسي ورسم مقابل الجمع، وتصدر فاتورتها أربع مرات في السنة مع فاتورة المياه والصرف الصحي.</p>",
                            },
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": {"sv": "Kontakt", "en": "Contact", "ar": "للتواصل"},
                    "name": {"sv": "Avfallsservice", "en": "Waste service", "ar": "خدمة النفايات"},
                    "phone": {"sv": "0123-45 64 00", "en": "0123-45 64 00", "ar": "0123-45 64 00"},
                    "email": {
                        "sv": "avfall@sjovik.example",
                        "en": "avfall@sjovik.example",
                        "ar": "avfall@sjovik.example",
                    },
                    "address": "",
                    "opening_hours": {"sv": "Mån–fre 8–16", "en": "Mon–Fri 8 am–4 pm", "ar": "الاثنين–الجمعة 8–16"},
                },
            },
            {
                "type": "related_links",
                "value": {
                    "heading": {"sv": "Mer om avfall", "en": "More about waste", "ar": "المزيد عن النفايات"},
                    "links": [{"page": "atervinningscentral", "url": "", "label": ""}],
                },
            },
        ],
    },
    {
        "slug": "atervinningscentral",
        "department": "sbf",
        "also_for": ["foretagare"],
        "review_overdue": False,
        "title": "Återvinningscentralen",
        "intro": "På återvinningscentralen vid Norra industrivägen lämnar du grovavfall, trädgårdsavfall, elavfall och farligt avfall. Det är gratis för hushåll i Sjövik.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Sortera gärna redan hemma, så går det snabbare på plats. Personalen hjälper dig att hitta rätt container. Lägg blandat avfall i genomskinliga säckar så att vi kan se vad de innehåller.</p><h2>Det här kan du lämna</h2><ul><li>möbler, madrasser och annat grovavfall</li><li>ris, löv och gräsklipp</li><li>elektronik, lampor och batterier</li><li>färg, kemikalier och annat farligt avfall</li><li>kläder och saker till återbruket</li></ul><p>Förpackningar lämnar du i ditt fyrfackskärl eller på en återvinningsstation. Matavfall tar vi inte emot.</p>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Bra att veta",
                    "items": [
                        {
                            "heading": "Företag och stora lass",
                            "content": "<p>Företag får lämna sorterat avfall mot en avgift och köper ett besökskort i e-tjänsten innan de kommer. Lass större än tre kubikmeter hänvisar vi till Sjöviks avfallsanläggning.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Öppettider",
                    "name": "Återvinningscentralen Norra",
                    "phone": "0123-45 64 40",
                    "email": "",
                    "address": "Norra industrivägen 8, 123 49 Sjövik",
                    "opening_hours": "Mån–tor 12–19\nFre 9–16\nLör 9–14",
                },
            },
        ],
    },
    {
        "slug": "vatten-och-avlopp",
        "department": "sbf",
        "also_for": ["ny-i-kommunen"],
        "review_overdue": False,
        "title": "Vatten och avlopp",
        "intro": "De flesta fastigheter i Sjövik är anslutna till kommunens vatten och avlopp. Du betalar en anläggningsavgift när du ansluts och därefter en brukningsavgift som beror på hur mycket vatten du använder.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Dricksvattnet tas från sjön och renas i Strandverket. Vi tar prover varje vecka, och vattnet är mjukt, så du behöver inte avhärda det.</p><p>Kommunen ansvarar för ledningarna fram till <b>förbindelsepunkten</b>, som oftast ligger ungefär en halvmeter utanför tomtgränsen. Ledningarna på din tomt och i huset ansvarar du själv för.</p>",
            },
            {
                "type": "image",
                "value": {
                    "image": "sjon-vattentakt",
                    "alt": "Sjön en stilla morgon med skogklädda kullar på andra stranden",
                    "caption": "Sjön är kommunens vattentäkt och har ett skyddsområde.",
                },
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Vanliga frågor",
                    "items": [
                        {
                            "heading": "Hur läser jag av vattenmätaren?",
                            "content": "<p>Du får ett sms eller brev en gång per år. Lämna mätarställningen i e-tjänsten, med alla siffror före kommatecknet.</p>",
                        },
                        {
                            "heading": "Vattnet är avstängt, vad gör jag?",
                            "content": "<p>Planerade avstängningar meddelar vi med sms till berörda adresser. Vid akuta läckor kan vattnet försvinna utan förvarning. Ring jouren om du upptäcker en läcka.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Kontakt",
                    "name": "Kundtjänst vatten och avlopp",
                    "phone": "0123-45 65 00",
                    "email": "va@sjovik.example",
                    "address": "",
                    "opening_hours": "Mån–fre 8–16. Jour dygnet runt: 0123-45 60 90",
                },
            },
        ],
    },
    {
        "slug": "enskilt-avlopp",
        "department": "sbf",
        "also_for": [],
        "review_overdue": True,
        "title": "Enskilt avlopp",
        "intro": "Har du inte kommunalt avlopp behöver du en egen avloppsanläggning. Du måste ha tillstånd från kommunen innan du anlägger en ny eller ändrar den du har.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Ett enskilt avlopp ska rena avloppsvattnet så att det inte förorenar sjön, grundvattnet eller grannarnas brunnar. Miljöenheten inventerar äldre anläggningar och kan förelägga dig att åtgärda en anläggning som inte fungerar.</p><p>Slamavskiljaren töms av kommunen en gång om året vid permanentboende och vartannat år vid fritidshus. Tömningen ingår i avfallsabonnemanget.</p>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Så går det till",
                    "items": [
                        {
                            "heading": "1. Ta hjälp av en konsult",
                            "content": "<p>En avloppskonsult undersöker marken och föreslår en lämplig lösning, till exempel markbädd, infiltration eller minireningsverk.</p>",
                        },
                        {
                            "heading": "2. Ansök om tillstånd",
                            "content": "<p>Ansök i e-tjänsten med situationsplan och beskrivning av anläggningen. Handläggningen tar ungefär sex veckor.</p>",
                        },
                        {
                            "heading": "3. Anlägg och rapportera",
                            "content": "<p>Entreprenören fotograferar arbetet och skickar in ett utförandeintyg när anläggningen är klar.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Kontakt",
                    "name": "Miljöenheten",
                    "phone": "0123-45 63 50",
                    "email": "miljo@sjovik.example",
                    "address": "Stadshuset, Storgatan 12, 123 45 Sjövik",
                    "opening_hours": "Telefontid mån–fre 9–11",
                },
            },
        ],
    },
    {
        "slug": "sotning",
        "department": "sbf",
        "also_for": [],
        "review_overdue": False,
        "title": "Sotning och brandskyddskontroll",
        "intro": "Eldstäder och skorstenar ska sotas och kontrolleras regelbundet för att förebygga brand. Skorstensfejaren meddelar dig när det är dags.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Kommunen ansvarar för att sotning och brandskyddskontroll blir gjorda och har avtal med Sjöviks sotningsdistrikt. Du betalar enligt den taxa som kommunfullmäktige har beslutat. Du får ett meddelande med datum och tid minst en vecka före besöket.</p><ul><li><b>Sotning</b> är rengöring av eldstad och rökkanal. Hur ofta beror på hur mycket du eldar.</li><li><b>Brandskyddskontroll</b> är en besiktning av att anläggningen är säker. Den görs vart annat, vart fjärde eller vart åttonde år beroende på anläggning.</li></ul>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Vanliga frågor",
                    "items": [
                        {
                            "heading": "Får jag sota själv?",
                            "content": "<p>Ja, om du ansöker om medgivande till egensotning hos räddningstjänsten. Brandskyddskontrollen måste ändå göras av skorstensfejaren.</p>",
                        },
                        {
                            "heading": "Jag ska installera en ny eldstad",
                            "content": "<p>En ny eldstad eller skorsten kräver anmälan till bygglovsenheten och startbesked innan du installerar den.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Boka eller flytta en tid",
                    "name": "Sjöviks sotningsdistrikt",
                    "phone": "0123-45 66 10",
                    "email": "sotning@sjovik.example",
                    "address": "",
                    "opening_hours": "Mån–fre 7–9",
                },
            },
        ],
    },
]
