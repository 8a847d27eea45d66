"""Demo content for the audience Småbarnsföräldrar: preschool, fees, school choice and parenting support."""

AUDIENCE = {
    "slug": "smabarnsforaldrar",
    "en_slug": "parents-of-young-children",
    "title": {"sv": "Småbarnsföräldrar", "en": "Parents of young children", "ar": "أولياء أمور الأطفال الصغار"},
    "intro": {
        "sv": "Förskola, öppen förskola, skolstart och stöd i föräldraskapet – det här behöver du veta när du har barn mellan 0 och 6 år.",
        "en": "Preschool, open preschool, starting school and support in parenting – what you need to know when you have children aged 0 to 6.",
        "ar": "الروضة، والروضة المفتوحة، وبدء الدراسة، ودعم الوالدين في تربية أطفالهم – هذا ما تحتاج إلى معرفته إذا كان لديك أطفال تتراوح أعمارهم بين 0 و6 سنوات.",
    },
    "department": "bou",
    "related": ["ny-i-kommunen", "husagare"],
    "color": "#8a3b6f",
    "body": [
        {
            "type": "call_to_action",
            "value": {
                "title": {
                    "sv": "Ansök om plats i förskolan",
                    "en": "Apply for a preschool place",
                    "ar": "قدِّم طلبًا للحصول على مكان في الروضة",
                },
                "text": {
                    "sv": "Ansök senast fyra månader innan du behöver platsen.",
                    "en": "Apply at least four months before you need the place.",
                    "ar": "قدِّم طلبك قبل أربعة أشهر على الأقل من الموعد الذي تحتاج فيه إلى المكان.",
                },
                "link": {"page": "forskola", "url": "", "label": ""},
            },
        },
        {
            "type": "rich_text",
            "value": {
                "sv": "<p>Har du frågor om förskola eller skola? Ring kommunens kontaktcenter på 0123-45 60 00, så hjälper vi dig vidare.</p>",
                "en": "<p>Do you have questions about preschool or school? Call the municipality's contact centre on 0123-45 60 00 and we will help you.</p>",
                "ar": "<p>هل لديك أسئلة عن الروضة أو المدرسة؟ اتصل بمركز خدمة المواطنين في البلدية على الرقم 0123-45 60 00 وسنساعدك.</p>",
            },
        },
    ],
}

PAGES = [
    {
        "slug": "forskola",
        "en_slug": "preschool",
        "department": "bou",
        "also_for": ["ny-i-kommunen"],
        "review_overdue": False,
        "title": {"sv": "Förskola", "en": "Preschool", "ar": "الروضة"},
        "intro": {
            "sv": "Ditt barn kan börja förskolan från ett års ålder. Ansök i e-tjänsten senast fyra månader innan du behöver platsen.",
            "en": "Your child can start preschool from the age of one. Apply through the e-service at least four months before you need the place.",
            "ar": "يمكن لطفلك الالتحاق بالروضة ابتداءً من عمر سنة واحدة. قدِّم طلبك عبر الخدمة الإلكترونية قبل أربعة أشهر على الأقل من الموعد الذي تحتاج فيه إلى المكان.",
        },
        "body": [
            {
                "type": "rich_text",
                "value": {
                    "sv": "<p>Förskolan är till för barn från ett år tills de börjar förskoleklass. Barnet har rätt till plats i den omfattning du behöver för arbete eller studier. Är du arbetssökande eller föräldraledig har barnet rätt till minst 15 timmar i veckan.</p><ul><li>Kommunen erbjuder plats inom fyra månader från att du har ansökt.</li><li>Du kan önska upp till tre förskolor, kommunala eller fristående.</li><li>Från höstterminen det år barnet fyller tre år ingår <b>allmän förskola</b>, 15 avgiftsfria timmar i veckan.</li></ul>",
                    "en": "<p>Preschool is for children from the age of one until they start preschool class. Your child is entitled to a place to the extent you need it for work or studies. If you are looking for work or on parental leave, your child is entitled to at least 15 hours a week.</p><ul><li>The municipality offers a place within four months of your application.</li><li>You can list up to three preschools, municipal or independent.</li><li>From the autumn term of the year your child turns three, <b>universal preschool</b> gives 15 free hours a week.</li></ul>",
                    "ar": "<p>الروضة مخصّصة للأطفال من عمر سنة واحدة حتى التحاقهم بالصف التمهيدي. يحق لطفلك الحصول على مكان بالقدر الذي تحتاجه بسبب عملك أو دراستك. وإذا كنت باحثًا عن عمل أو في إجازة والدية، يحق لطفلك الحصول على 15 ساعة أسبوعيًا على الأقل.</p><ul><li>تقدّم البلدية مكانًا خلال أربعة أشهر من تاريخ تقديم طلبك.</li><li>يمكنك اختيار ما يصل إلى ثلاث رياض أطفال، تابعة للبلدية أو مستقلة.</li><li>ابتداءً من الفصل الخريفي من السنة التي يبلغ فيها طفلك ثلاث سنوات، تشمل <b>الروضة العامة</b> 15 ساعة مجانية أسبوعيًا.</li></ul>",
                },
            },
            {
                "type": "accordion",
                "value": {
                    "heading": {"sv": "Så går det till", "en": "How it works", "ar": "كيف تتم الإجراءات"},
                    "items": [
                        {
                            "heading": {
                                "sv": "Ansök om plats",
                                "en": "Apply for a place",
                                "ar": "تقديم طلب الحصول على مكان",
                            },
                            "content": {
                                "sv": "<p>Logga in i e-tjänsten och ange önskat startdatum och upp till tre förskolor. Ni som är vårdnadshavare ska vara överens om ansökan.</p>",
                                "en": "<p>Log in to the e-service and enter the start date you want and up to three preschools. As guardians, you must agree on the application.</p>",
                                "ar": "<p>سجّل الدخول إلى الخدمة الإلكترونية وحدّد تاريخ البدء الذي تريده وما يصل إلى ثلاث رياض أطفال. يجب أن يتفق أولياء الأمور على الطلب.</p>",
                            },
                        },
                        {
                            "heading": {"sv": "Erbjudande och svar", "en": "Offer and reply", "ar": "العرض والرد عليه"},
                            "content": {
                                "sv": "<p>Du får erbjudandet i e-tjänsten och ska svara inom 14 dagar. Svarar du inte tas ansökan bort.</p>",
                                "en": "<p>You receive the offer in the e-service and must reply within 14 days. If you do not reply, the application is removed.</p>",
                                "ar": "<p>يصلك العرض عبر الخدمة الإلكترونية وعليك الرد عليه خلال 14 يومًا. وإذا لم ترد، يُحذف الطلب.</p>",
                            },
                        },
                        {
                            "heading": {"sv": "Säga upp platsen", "en": "Ending the place", "ar": "إنهاء المكان"},
                            "content": {
                                "sv": "<p>Uppsägningstiden är en månad och du betalar avgift under den tiden. Du säger upp platsen i e-tjänsten.</p>",
                                "en": "<p>The notice period is one month and you pay the fee during that time. You end the place in the e-service.</p>",
                                "ar": "<p>مدة الإشعار شهر واحد، وتدفع الرسوم خلال هذه المدة. يمكنك إنهاء المكان عبر الخدمة الإلكترونية.</p>",
                            },
                        },
                    ],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": {"sv": "Ansök om förskoleplats", "en": "Apply for preschool", "ar": "التقديم على الروضة"},
                    "text": {
                        "sv": "Logga in med BankID. Saknar du e-legitimation kan du beställa en blankett från kontaktcenter.",
                        "en": "Log in with BankID. If you do not have an e-ID, you can order a paper form from the contact centre.",
                        "ar": "سجّل الدخول باستخدام BankID. وإذا لم تكن لديك هوية إلكترونية، يمكنك طلب استمارة ورقية من مركز خدمة المواطنين.",
                    },
                    "link": {
                        "page": "",
                        "url": "https://e-tjanster.sjovik.example/forskola",
                        "label": {
                            "sv": "Till e-tjänsten",
                            "en": "Go to the e-service",
                            "ar": "الانتقال إلى الخدمة الإلكترونية",
                        },
                    },
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": {"sv": "Kontakt", "en": "Contact", "ar": "للتواصل"},
                    "name": {
                        "sv": "Förskoleplacering",
                        "en": "Preschool admissions",
                        "ar": "قسم القبول في رياض الأطفال",
                    },
                    "phone": {"sv": "0123-45 61 10", "en": "0123-45 61 10", "ar": "0123-45 61 10"},
                    "email": {
                        "sv": "forskola@sjovik.example",
                        "en": "forskola@sjovik.example",
                        "ar": "forskola@sjovik.example",
                    },
                    "address": {
                        "sv": "Stadshuset, Storgatan 12, 123 45 Sjövik",
                        "en": "City Hall, Storgatan 12, 123 45 Sjövik",
                        "ar": "مبنى البلدية، Storgatan 12, 123 45 Sjövik",
                    },
                    "opening_hours": {
                        "sv": "Telefontid mån–fre 9–11",
                        "en": "Phone hours Mon–Fri 9–11 am",
                        "ar": "أوقات الاتصال: من الاثنين إلى الجمعة، 9–11 صباحًا",
                    },
                },
            },
        ],
    },
    {
        "slug": "maxtaxa",
        "department": "bou",
        "also_for": [],
        "review_overdue": False,
        "title": "Avgifter för förskola och fritidshem",
        "intro": "Avgiften beror på hushållets inkomst och hur många barn du har i förskola eller fritidshem. Kommunen följer maxtaxan, som sätter ett tak för vad du betalar.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Avgiften är en procentandel av hushållets sammanlagda bruttoinkomst per månad, upp till ett inkomsttak som fastställs varje år. Det yngsta barnet räknas som barn 1. Du betalar avgift tolv månader om året.</p><h2>Förskola</h2><ul><li>Barn 1: 3 procent av inkomsten</li><li>Barn 2: 2 procent</li><li>Barn 3: 1 procent</li><li>Barn 4 och fler: ingen avgift</li></ul><h2>Fritidshem</h2><ul><li>Barn 1: 2 procent av inkomsten</li><li>Barn 2 och 3: 1 procent</li><li>Barn 4 och fler: ingen avgift</li></ul>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Vanliga frågor om avgifter",
                    "items": [
                        {
                            "heading": "Vad gäller för allmän förskola?",
                            "content": "<p>Från höstterminen det år barnet fyller tre år är 15 timmar i veckan avgiftsfria under läsåret. Har barnet fler timmar sänks avgiften.</p>",
                        },
                        {
                            "heading": "Vad händer om vår inkomst ändras?",
                            "content": "<p>Anmäl ändrad inkomst i e-tjänsten direkt. Kommunen stämmer av inkomsterna mot Skatteverkets uppgifter i efterhand och kan då kräva tillbaka för lite betald avgift.</p>",
                        },
                        {
                            "heading": "Fristående förskola och barnomsorgspeng",
                            "content": "<p>Kommunen betalar bidrag, så kallad barnomsorgspeng, till fristående förskolor och pedagogisk omsorg för varje barn. Du betalar avgiften direkt till anordnaren, som också följer maxtaxan.</p>",
                        },
                    ],
                },
            },
            {
                "type": "related_links",
                "value": {
                    "heading": "Läs också",
                    "links": [
                        {"page": "forskola", "url": "", "label": ""},
                        {"page": "fritidshem", "url": "", "label": ""},
                    ],
                },
            },
        ],
    },
    {
        "slug": "skolval",
        "department": "bou",
        "also_for": ["ny-i-kommunen"],
        "review_overdue": False,
        "title": "Förskoleklass och skolval",
        "intro": "Ditt barn börjar förskoleklass på hösten det år barnet fyller sex år. Du väljer skola i e-tjänsten under första halvan av februari.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Förskoleklassen är obligatorisk och är det första steget in i grundskolan. I januari får du ett brev hem med information om skolvalet och de skolor som finns i Sjövik.</p><p>Du kan söka till vilken kommunal skola som helst. Finns det fler sökande än platser fördelas platserna efter <b>relativ närhet</b>, alltså hur mycket längre barnet skulle ha till en annan skola. Till fristående skolor anmäler du barnet direkt hos skolan.</p>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Tidsplan för skolvalet",
                    "items": [
                        {
                            "heading": "Januari",
                            "content": "<p>Brev med inloggning till e-tjänsten skickas till alla vårdnadshavare.</p>",
                        },
                        {
                            "heading": "1–15 februari",
                            "content": "<p>Skolvalet är öppet. Välj en eller två skolor i prioritetsordning.</p>",
                        },
                        {
                            "heading": "April",
                            "content": "<p>Du får besked om placering. Har du inte valt placeras barnet på närmaste skola med plats.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Frågor om skolvalet",
                    "name": "Antagningsenheten, barn och utbildning",
                    "phone": "0123-45 61 20",
                    "email": "skolval@sjovik.example",
                    "address": "",
                    "opening_hours": "Mån–fre 9–12",
                },
            },
        ],
        "children": [
            {
                "slug": "fritidshem",
                "department": "bou",
                "also_for": [],
                "review_overdue": False,
                "title": "Fritidshem",
                "intro": "Fritidshemmet tar emot elever från förskoleklass upp till och med vårterminen det år de fyller 13 år, före och efter skoltid och på loven. Du ansöker i samma e-tjänst som för förskola.",
                "body": [
                    {
                        "type": "rich_text",
                        "value": "<p>På fritidshemmet leker, skapar och rör sig barnen, och verksamheten följer skolans läroplan. Personalen samarbetar med skolan så att dagen hänger ihop för ditt barn. Fritidshemmen ligger på eller nära skolorna och har öppet från 6.30 till 18.30 på vardagar.</p><ul><li>Barnet har rätt till plats om du arbetar eller studerar, eller om barnet behöver det på grund av familjens situation.</li><li>Ansök minst en månad innan barnet ska börja. Uppsägningstiden är en månad.</li><li>Lovplats kan sökas för enstaka lov, till exempel sommarlovet.</li><li>Från höstterminen det år barnet fyller tio år kan det i stället gå på öppen fritidsverksamhet, som är avgiftsfri.</li></ul>",
                    },
                    {
                        "type": "call_to_action",
                        "value": {
                            "title": "Vad kostar fritidshem?",
                            "text": "Avgiften är en del av maxtaxan och beror på hushållets inkomst. Har du flera barn i förskola eller fritidshem blir avgiften lägre för syskonen.",
                            "link": {"page": "maxtaxa", "url": "", "label": "Se avgifterna"},
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "oppen-forskola",
        "department": "bou",
        "also_for": ["ny-i-kommunen"],
        "review_overdue": False,
        "title": "Öppen förskola",
        "intro": "Öppna förskolan är en kostnadsfri mötesplats för dig som är hemma med barn mellan 0 och 5 år. Du behöver inte anmäla dig, det är bara att komma.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Här kan barnen leka, måla och sjunga medan du träffar andra föräldrar. Det är ett bra sätt att lära känna andra familjer, inte minst om du är ny i Sjövik. Förskollärare ordnar sångstund varje dag klockan 10 och tipsar om lek och språkutveckling. Vi bjuder på kaffe och du tar med eget mellanmål till barnen. Du som väntar barn är också välkommen.</p><p>Öppna förskolan finns i <b>Familjecentralen Hamnen</b> tillsammans med barnavårdscentralen och socialtjänstens föräldrarådgivare. En förmiddag i veckan har vi språkcafé på svenska för föräldrar som är nya i Sverige. På sommaren flyttar vi ut till lekplatsen vid sjön.</p>",
            },
            {
                "type": "image",
                "value": {
                    "image": "gamla-hamnen-sommar",
                    "alt": "Sjöviks gamla hamn en sommardag, med gröna kullar och sjön i förgrunden",
                    "caption": "Familjecentralen ligger vid den gamla hamnen, nära lekplatsen vid sjön.",
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Öppettider och adress",
                    "name": "Öppna förskolan, Familjecentralen Hamnen",
                    "phone": "0123-45 61 40",
                    "email": "oppnaforskolan@sjovik.example",
                    "address": "Hamngatan 4, 123 46 Sjövik",
                    "opening_hours": "Mån, tis och tor 9–12\nOns 13–16",
                },
            },
        ],
    },
    {
        "slug": "foraldrastod",
        "department": "soc",
        "also_for": [],
        "review_overdue": False,
        "title": "Föräldrastöd",
        "intro": "Kommunen erbjuder kostnadsfritt stöd till dig som är förälder, både i grupp och i enskilda samtal. Du kan vara anonym och behöver inte ha ett särskilt problem för att höra av dig.",
        "body": [
            {
                "type": "rich_text",
                "value": "<p>Alla föräldrar funderar ibland över hur de ska hantera bråk, sömn, skärmtid eller trotsåldern. Socialtjänstens förebyggande enhet har föräldrarådgivare som du kan prata med utan att någon utredning startas. Du kan också ringa anonymt och få råd på telefon.</p>",
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Det här kan vi erbjuda",
                    "items": [
                        {
                            "heading": "Föräldragrupper",
                            "content": "<p>Vi ordnar föräldragrupper för föräldrar med barn i olika åldrar, fyra träffar per termin. Grupperna hålls på dagtid och kvällstid, och några på engelska och arabiska.</p>",
                        },
                        {
                            "heading": "Enskilda samtal",
                            "content": "<p>Du kan få upp till fem samtal med en föräldrarådgivare, ensam eller tillsammans med den andra föräldern.</p>",
                        },
                        {
                            "heading": "Stöd vid separation",
                            "content": "<p>Familjerätten erbjuder samarbetssamtal när ni som föräldrar behöver komma överens om boende, umgänge och vårdnad.</p>",
                        },
                    ],
                },
            },
            {
                "type": "contact_card",
                "value": {
                    "heading": "Kontakt",
                    "name": "Föräldrarådgivningen",
                    "phone": "0123-45 62 50",
                    "email": "foraldrastod@sjovik.example",
                    "address": "Familjecentralen Hamnen, Hamngatan 4, 123 46 Sjövik",
                    "opening_hours": "Telefontid mån–fre 8.30–10",
                },
            },
        ],
    },
]
