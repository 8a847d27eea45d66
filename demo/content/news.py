"""The demo municipality's news as plain data: the index, the topics and the news items.

Like `demo/content/`, translated leaves are {sv, en, ar} dicts. `days_ago` places each
item relative to the day the demo is loaded; `audiences` are audience page slugs, `topics` the
Swedish topic slugs below.
"""

INDEX = {
    "slug": "nyheter",
    "en_slug": "news",
    "department": "klf",
    "title": {"sv": "Nyheter", "en": "News", "ar": "الأخبار"},
    "intro": {
        "sv": "Nyheter från Sjöviks kommun: vad som händer, vad som ändras och vad du behöver veta.",
        "en": "News from Sjövik Municipality: what is happening, what is changing and what you need to know.",
        "ar": "أخبار بلدية شوفيك: ما يحدث وما يتغيّر وما تحتاج إلى معرفته.",
    },
}

TOPICS = [
    {
        "slug": "forskola-och-skola",
        "en_slug": "preschool-and-school",
        "name": {"sv": "Förskola och skola", "en": "Preschool and school", "ar": "الروضة والمدرسة"},
    },
    {
        "slug": "trafik",
        "en_slug": "traffic",
        "name": {"sv": "Trafik och vägarbeten", "en": "Traffic and road works", "ar": "المرور وأعمال الطرق"},
    },
    {
        "slug": "kultur-och-fritid",
        "en_slug": "culture-and-leisure",
        "name": {"sv": "Kultur och fritid", "en": "Culture and leisure", "ar": "الثقافة والترفيه"},
    },
    {
        "slug": "val-och-demokrati",
        "en_slug": "elections-and-democracy",
        "name": {"sv": "Val och demokrati", "en": "Elections and democracy", "ar": "الانتخابات والديمقراطية"},
    },
    {
        "slug": "avfall-och-atervinning",
        "en_slug": "waste-and-recycling",
        "name": {"sv": "Avfall och återvinning", "en": "Waste and recycling", "ar": "النفايات وإعادة التدوير"},
    },
    {
        "slug": "kris-och-sakerhet",
        "en_slug": "emergencies-and-safety",
        "name": {"sv": "Kris och säkerhet", "en": "Emergencies and safety", "ar": "الطوارئ والسلامة"},
    },
    {
        "slug": "bygga-och-bo",
        "en_slug": "building-and-housing",
        "name": {"sv": "Bygga och bo", "en": "Building and housing", "ar": "البناء والسكن"},
    },
    {
        "slug": "naringsliv",
        "en_slug": "business",
        "name": {"sv": "Näringsliv", "en": "Business", "ar": "الأعمال التجارية"},
    },
    {
        "slug": "vard-och-omsorg",
        "en_slug": "health-and-care",
        "name": {"sv": "Vård och omsorg", "en": "Health and social care", "ar": "الرعاية الصحية والاجتماعية"},
    },
]


def _text(sv: str, en: str, ar: str) -> dict:
    return {"type": "rich_text", "value": {"sv": sv, "en": en, "ar": ar}}


NEWS = [
    {
        "slug": "forskolan-solrosen-oppnar",
        "en_slug": "solrosen-preschool-opens",
        "days_ago": 4,
        "department": "bou",
        "audiences": ["smabarnsforaldrar", "ny-i-kommunen"],
        "topics": ["forskola-och-skola"],
        "image": {
            "key": "news-solrosen",
            "title": "Förskolan Solrosen",
            "color": "#c97b1a",
            "alt": {
                "sv": "Den nya förskolan Solrosen, en låg träbyggnad vid en lekplats",
                "en": "The new Solrosen preschool, a low wooden building next to a playground",
                "ar": "روضة سولروسن الجديدة، مبنى خشبي منخفض بجوار ملعب للأطفال",
            },
        },
        "title": {
            "sv": "Nya förskolan Solrosen öppnar i Norrviken",
            "en": "New Solrosen preschool opens in Norrviken",
            "ar": "افتتاح روضة سولروسن الجديدة في نورفيكن",
        },
        "intro": {
            "sv": "Den 1 september öppnar förskolan Solrosen med sex avdelningar och plats för 110 barn. Du kan redan nu välja Solrosen när du ansöker om förskoleplats.",
            "en": "On 1 September the Solrosen preschool opens with six groups and places for 110 children. You can already choose Solrosen when you apply for a preschool place.",
            "ar": "تفتح روضة سولروسن أبوابها في الأول من سبتمبر بستّ مجموعات وأماكن لـ110 أطفال. يمكنك منذ الآن اختيار سولروسن عند التقدّم بطلب مكان في الروضة.",
        },
        "body": [
            _text(
                "<p>Solrosen är byggd i trä med solceller på taket och har en stor gård med skogsdunge. Förskolan ligger nära busshållplatsen Norrvikens torg.</p><p>Vill du se förskolan? Välkommen på öppet hus lördagen den 24 augusti klockan 10–13.</p>",
                "<p>Solrosen is built of wood with solar panels on the roof and has a large yard with a small wood. The preschool is close to the Norrvikens torg bus stop.</p><p>Would you like to see the preschool? Come to the open house on Saturday 24 August, 10 am to 1 pm.</p>",
                "<p>بُنيت سولروسن من الخشب وعلى سطحها ألواح شمسية، ولها فناء كبير فيه أشجار. تقع الروضة بالقرب من موقف الحافلات نورفيكنز تورغ.</p><p>هل تريد رؤية الروضة؟ أهلًا بك في يوم الأبواب المفتوحة يوم السبت 24 أغسطس من الساعة 10 حتى 13.</p>",
            ),
            {
                "type": "call_to_action",
                "value": {
                    "title": {
                        "sv": "Ansök om förskoleplats",
                        "en": "Apply for a preschool place",
                        "ar": "قدّم طلب مكان في الروضة",
                    },
                    "text": {
                        "sv": "Ansök senast fyra månader innan du behöver platsen.",
                        "en": "Apply at least four months before you need the place.",
                        "ar": "قدّم طلبك قبل أربعة أشهر على الأقل من حاجتك إلى المكان.",
                    },
                    "link": {"page": "forskola", "url": "", "label": ""},
                },
            },
        ],
    },
    {
        "slug": "vagarbete-storgatan",
        "en_slug": "road-works-storgatan",
        "days_ago": 9,
        "department": "sbf",
        "audiences": ["husagare", "foretagare"],
        "topics": ["trafik"],
        "image": {
            "key": "news-storgatan",
            "title": "Vägarbete på Storgatan",
            "color": "#8a5a2b",
            "alt": {
                "sv": "Avstängd körbana med grävmaskin och vägskyltar på Storgatan",
                "en": "A closed lane with an excavator and road signs on Storgatan",
                "ar": "حارة مغلقة وفيها حفّارة ولافتات طرق في شارع ستورغاتان",
            },
        },
        "title": {
            "sv": "Vägarbete på Storgatan i tre veckor",
            "en": "Three weeks of road works on Storgatan",
            "ar": "أعمال طرق في شارع ستورغاتان لمدة ثلاثة أسابيع",
        },
        "intro": {
            "sv": "Vi byter vattenledningar under Storgatan mellan Kyrkgatan och Hamnvägen. Gatan är enkelriktad mot centrum under arbetet.",
            "en": "We are replacing the water mains under Storgatan between Kyrkgatan and Hamnvägen. The street is one-way towards the centre during the work.",
            "ar": "نستبدل أنابيب المياه تحت شارع ستورغاتان بين كيركغاتان وهامنفيغن. يصبح الشارع باتجاه واحد نحو المركز خلال فترة الأعمال.",
        },
        "body": [
            _text(
                "<p>Gående och cyklister kommer fram hela tiden. Butikerna längs gatan har öppet som vanligt, och leveranser kan göras före klockan 10.</p><p>Busslinje 3 stannar vid en tillfällig hållplats på Kyrkgatan.</p>",
                "<p>Pedestrians and cyclists can get through at all times. The shops along the street are open as usual, and deliveries can be made before 10 am.</p><p>Bus route 3 stops at a temporary stop on Kyrkgatan.</p>",
                "<p>يمكن للمشاة وراكبي الدراجات المرور في جميع الأوقات. تبقى المتاجر على طول الشارع مفتوحة كالمعتاد، ويمكن التوصيل قبل الساعة العاشرة صباحًا.</p><p>يتوقف خط الحافلات 3 في موقف مؤقت في كيركغاتان.</p>",
            )
        ],
    },
    {
        "slug": "bibliotekets-sommartider",
        "en_slug": "library-summer-hours",
        "days_ago": 16,
        "department": "klf",
        "audiences": ["smabarnsforaldrar", "aldre-och-anhoriga"],
        "topics": ["kultur-och-fritid"],
        "title": {
            "sv": "Bibliotekets öppettider i sommar",
            "en": "The library's opening hours this summer",
            "ar": "ساعات عمل المكتبة هذا الصيف",
        },
        "intro": {
            "sv": "Från midsommar till mitten av augusti har huvudbiblioteket öppet 10–16 på vardagar och är stängt på lördagar. Meröppet gäller som vanligt 7–22.",
            "en": "From Midsummer to mid-August the main library is open 10 am to 4 pm on weekdays and closed on Saturdays. Self-service opening is 7 am to 10 pm as usual.",
            "ar": "من عيد منتصف الصيف حتى منتصف أغسطس تفتح المكتبة الرئيسية من الساعة 10 حتى 16 في أيام الأسبوع وتُغلق يوم السبت. تبقى الخدمة الذاتية متاحة كالمعتاد من 7 حتى 22.",
        },
        "body": [
            _text(
                "<p>Filialerna i Norrviken och Ekby har sommarstängt vecka 28–31. Du kan lämna tillbaka böcker i alla bibliotekens inlämningslådor.</p><p>Sommarboken för barn 6–12 år pågår hela sommaren: läs fem böcker och få en bok att behålla.</p>",
                "<p>The branches in Norrviken and Ekby are closed in weeks 28–31. You can return books in the return boxes of every library.</p><p>The summer reading challenge for children aged 6–12 runs all summer: read five books and get a book to keep.</p>",
                "<p>تُغلق الفروع في نورفيكن وإكبي خلال الأسابيع 28–31. يمكنك إعادة الكتب في صناديق الإرجاع في جميع المكتبات.</p><p>يستمر تحدّي القراءة الصيفي للأطفال من 6 إلى 12 عامًا طوال الصيف: اقرأ خمسة كتب واحصل على كتاب تحتفظ به.</p>",
            )
        ],
    },
    {
        "slug": "infor-valet",
        "en_slug": "before-the-election",
        "days_ago": 23,
        "department": "klf",
        "audiences": ["ny-i-kommunen", "aldre-och-anhoriga"],
        "topics": ["val-och-demokrati"],
        "title": {
            "sv": "Så röstar du i valet",
            "en": "How to vote in the election",
            "ar": "كيف تصوّت في الانتخابات",
        },
        "intro": {
            "sv": "Röstkortet kommer med posten. Du kan förtidsrösta i kommunhuset och på biblioteken från 18 dagar före valdagen.",
            "en": "Your polling card comes by post. You can vote early at the town hall and at the libraries from 18 days before election day.",
            "ar": "تصلك بطاقة التصويت بالبريد. يمكنك التصويت المبكر في مبنى البلدية وفي المكتبات ابتداءً من 18 يومًا قبل يوم الانتخابات.",
        },
        "body": [
            _text(
                "<p>Ta med legitimation när du röstar. Har du svårt att ta dig till en röstningslokal kan du rösta med bud, och den som bor på ett äldreboende kan rösta där.</p><p>Har du flyttat till Sjövik? Du röstar där du var folkbokförd 30 dagar före valdagen.</p>",
                "<p>Bring identification when you vote. If it is hard for you to get to a polling station you can vote through a messenger, and residents of care homes can vote there.</p><p>Have you moved to Sjövik? You vote where you were registered 30 days before election day.</p>",
                "<p>أحضر وثيقة هوية عند التصويت. إذا كان من الصعب عليك الوصول إلى مركز الاقتراع يمكنك التصويت عبر وسيط، ويمكن لسكان دور رعاية المسنين التصويت فيها.</p><p>هل انتقلت إلى شوفيك؟ تصوّت حيث كنت مسجّلًا في السجل السكاني قبل 30 يومًا من يوم الانتخابات.</p>",
            )
        ],
    },
    {
        "slug": "matavfall-i-fyrfackskarl",
        "en_slug": "food-waste-four-compartment-bins",
        "days_ago": 31,
        "department": "sbf",
        "audiences": ["husagare"],
        "topics": ["avfall-och-atervinning"],
        "image": {
            "key": "news-fyrfack",
            "title": "Fyrfackskärl",
            "color": "#2e6b3f",
            "alt": {
                "sv": "Två gröna sopkärl med fyra fack vardera vid en villa",
                "en": "Two green bins with four compartments each outside a house",
                "ar": "حاويتان خضراوان بأربع حجرات لكلٍّ منهما أمام منزل",
            },
        },
        "title": {
            "sv": "Fyrfackskärl till alla villor i höst",
            "en": "Four-compartment bins for every house this autumn",
            "ar": "حاويات بأربع حجرات لكل المنازل هذا الخريف",
        },
        "intro": {
            "sv": "Från oktober sorterar alla villahushåll matavfall, förpackningar och tidningar i två fyrfackskärl. Du behöver inte göra något: kärlen levereras till dig.",
            "en": "From October every household in a house sorts food waste, packaging and newspapers in two four-compartment bins. You do not need to do anything: the bins are delivered to you.",
            "ar": "ابتداءً من أكتوبر تفرز جميع الأسر في المنازل المستقلة بقايا الطعام والعبوات والصحف في حاويتين بأربع حجرات. لا تحتاج إلى فعل أي شيء: ستُسلَّم الحاويات إليك.",
        },
        "body": [
            _text(
                "<p>Kärlen töms varannan vecka. Avgiften blir lägre för den som sorterar, och du kan fortfarande välja att kompostera matavfallet själv.</p><p>Du får ett brev med leveransvecka en månad innan.</p>",
                "<p>The bins are emptied every other week. The fee is lower for those who sort, and you can still choose to compost your food waste yourself.</p><p>You will get a letter with the delivery week a month in advance.</p>",
                "<p>تُفرَّغ الحاويات كل أسبوعين. تصبح الرسوم أقل لمن يفرز نفاياته، ولا يزال بإمكانك اختيار تسميد بقايا الطعام بنفسك.</p><p>ستصلك رسالة بأسبوع التسليم قبل شهر.</p>",
            )
        ],
    },
    {
        "slug": "efter-stormen",
        "en_slug": "after-the-storm",
        "days_ago": 38,
        "department": "sbf",
        "audiences": ["husagare", "aldre-och-anhoriga"],
        "topics": ["kris-och-sakerhet", "bygga-och-bo"],
        "image": {
            "key": "news-stormen",
            "title": "Stormfälld skog",
            "color": "#4b5a6b",
            "alt": {
                "sv": "Omkullblåsta träd över en grusväg efter stormen",
                "en": "Fallen trees across a gravel road after the storm",
                "ar": "أشجار مقتلعة تعترض طريقًا ترابيًا بعد العاصفة",
            },
        },
        "title": {
            "sv": "Efter stormen: röjning pågår och ris hämtas gratis",
            "en": "After the storm: clearing continues and branches are collected free of charge",
            "ar": "بعد العاصفة: أعمال الإزالة مستمرة وجمع الأغصان مجانًا",
        },
        "intro": {
            "sv": "Alla kommunala vägar är framkomliga igen. Fram till slutet av månaden hämtar vi ris och grenar från stormen utan kostnad.",
            "en": "All municipal roads are passable again. Until the end of the month we collect branches from the storm free of charge.",
            "ar": "أصبحت جميع طرق البلدية سالكة من جديد. حتى نهاية الشهر نجمع الأغصان التي خلّفتها العاصفة مجانًا.",
        },
        "body": [
            _text(
                "<p>Lägg riset i en hög vid tomtgränsen, högst två meter långa grenar, och anmäl hämtning till kontaktcenter.</p><p>Har ditt hus fått skador? Kontakta ditt försäkringsbolag först. Behöver du bygglov för att återställa en byggnad som den var, räcker oftast en anmälan.</p>",
                "<p>Put the branches in a pile at the edge of your property, no longer than two metres, and ask the contact centre for a collection.</p><p>Has your house been damaged? Contact your insurance company first. If you are restoring a building as it was, a notification is usually enough instead of a building permit.</p>",
                "<p>ضع الأغصان في كومة عند حدود أرضك، على ألا يزيد طولها على مترين، واطلب جمعها من مركز الاتصال.</p><p>هل تضرّر منزلك؟ اتصل بشركة التأمين أولًا. إذا كنت ستعيد المبنى إلى ما كان عليه فغالبًا ما يكفي الإشعار بدلًا من ترخيص البناء.</p>",
            )
        ],
    },
    {
        "slug": "bygglov-snabbare-handlaggning",
        "en_slug": "building-permits-faster",
        "days_ago": 46,
        "department": "sbf",
        "audiences": ["husagare", "foretagare"],
        "topics": ["bygga-och-bo"],
        "title": {
            "sv": "Bygglovsstatistik: nio av tio beslut inom tio veckor",
            "en": "Building permit figures: nine in ten decisions within ten weeks",
            "ar": "إحصاءات تراخيص البناء: تسعة من كل عشرة قرارات خلال عشرة أسابيع",
        },
        "intro": {
            "sv": "Under första halvåret fattade bygglovsenheten 412 beslut. 91 procent kom inom lagens tio veckor, mot 78 procent året innan.",
            "en": "In the first half of the year the building permit unit made 412 decisions. 91 per cent came within the ten weeks the law allows, up from 78 per cent the year before.",
            "ar": "أصدرت وحدة تراخيص البناء 412 قرارًا في النصف الأول من العام. صدر 91 في المئة منها خلال الأسابيع العشرة التي يحددها القانون، مقارنةً بـ78 في المئة في العام السابق.",
        },
        "body": [
            _text(
                "<p>Den största skillnaden är att fler ansökningar är kompletta från början. E-tjänsten säger nu vilka ritningar som saknas innan du skickar in.</p><p>Mediantiden från komplett ansökan till beslut var 23 dagar.</p>",
                "<p>The biggest difference is that more applications are complete from the start. The e-service now tells you which drawings are missing before you send your application.</p><p>The median time from a complete application to a decision was 23 days.</p>",
                "<p>الفرق الأكبر أن عددًا أكبر من الطلبات يكون مكتملًا من البداية. تخبرك الخدمة الإلكترونية الآن بالرسومات الناقصة قبل إرسال الطلب.</p><p>بلغ الوقت الوسيط من اكتمال الطلب حتى صدور القرار 23 يومًا.</p>",
            )
        ],
    },
    {
        "slug": "foretagsfrukost-hosten",
        "en_slug": "business-breakfasts-autumn",
        "days_ago": 53,
        "department": "klf",
        "audiences": ["foretagare"],
        "topics": ["naringsliv"],
        "title": {
            "sv": "Företagsfrukostar i höst: upphandling, kompetens och trygghet",
            "en": "Business breakfasts this autumn: procurement, skills and safety",
            "ar": "فطور رجال الأعمال هذا الخريف: المشتريات والمهارات والأمان",
        },
        "intro": {
            "sv": "Näringslivskontoret bjuder in till fyra frukostmöten i kommunhuset. Anmäl dig senast en vecka före.",
            "en": "The business office invites you to four breakfast meetings at the town hall. Sign up at least a week before.",
            "ar": "يدعوك مكتب الأعمال إلى أربعة لقاءات فطور في مبنى البلدية. سجّل قبل أسبوع على الأقل.",
        },
        "body": [
            _text(
                "<ul><li>September: så lämnar du anbud till kommunen</li><li>Oktober: hitta och behåll personal</li><li>November: trygga centrummiljöer</li><li>December: kommunens planer för nästa år</li></ul><p>Frukosten börjar klockan 7.30 och är gratis.</p>",
                "<ul><li>September: how to bid for municipal contracts</li><li>October: finding and keeping staff</li><li>November: safe town centres</li><li>December: the municipality's plans for next year</li></ul><p>Breakfast starts at 7.30 am and is free.</p>",
                "<ul><li>سبتمبر: كيف تقدّم عطاءً للبلدية</li><li>أكتوبر: إيجاد الموظفين والحفاظ عليهم</li><li>نوفمبر: مراكز مدن آمنة</li><li>ديسمبر: خطط البلدية للعام القادم</li></ul><p>يبدأ الفطور الساعة 7:30 وهو مجاني.</p>",
            )
        ],
    },
    {
        "slug": "atervinningscentralen-kvallsoppet",
        "en_slug": "recycling-centre-evening-hours",
        "days_ago": 60,
        "department": "sbf",
        "audiences": ["husagare", "ny-i-kommunen"],
        "topics": ["avfall-och-atervinning"],
        "title": {
            "sv": "Återvinningscentralen har kvällsöppet på torsdagar",
            "en": "The recycling centre is open on Thursday evenings",
            "ar": "مركز إعادة التدوير مفتوح مساء أيام الخميس",
        },
        "intro": {
            "sv": "Från och med nu har Sjöviks återvinningscentral öppet till klockan 20 varje torsdag, året runt.",
            "en": "From now on the Sjövik recycling centre is open until 8 pm every Thursday, all year round.",
            "ar": "ابتداءً من الآن يفتح مركز إعادة التدوير في شوفيك حتى الساعة 20 كل يوم خميس على مدار العام.",
        },
        "body": [
            _text(
                "<p>Många har önskat att kunna lämna grovavfall efter jobbet. Övriga dagar gäller samma tider som tidigare.</p><p>Sortera gärna hemma innan du åker, så går det fortare för alla.</p>",
                "<p>Many people have asked to be able to bring bulky waste after work. The other days keep the same hours as before.</p><p>Please sort at home before you come, so that it goes faster for everyone.</p>",
                "<p>طلب كثيرون إمكانية التخلّص من النفايات الكبيرة بعد العمل. تبقى ساعات العمل في الأيام الأخرى كما كانت.</p><p>يُرجى الفرز في المنزل قبل المجيء ليكون الأمر أسرع للجميع.</p>",
            )
        ],
    },
    {
        "slug": "sommarlovsaktiviteter",
        "en_slug": "summer-holiday-activities",
        "days_ago": 67,
        "department": "bou",
        "audiences": ["smabarnsforaldrar"],
        "topics": ["kultur-och-fritid", "forskola-och-skola"],
        "title": {
            "sv": "Gratis sommarlovsaktiviteter för barn och unga",
            "en": "Free summer holiday activities for children and young people",
            "ar": "أنشطة مجانية للأطفال والشباب في العطلة الصيفية",
        },
        "intro": {
            "sv": "Simskola, fotbollsläger, teaterverkstad och utflykter: i sommar erbjuder kommun och föreningar över 40 gratis aktiviteter för barn 6–15 år.",
            "en": "Swimming lessons, football camps, theatre workshops and outings: this summer the municipality and local clubs offer over 40 free activities for children aged 6–15.",
            "ar": "دروس السباحة ومعسكرات كرة القدم وورش المسرح والرحلات: تقدّم البلدية والجمعيات هذا الصيف أكثر من 40 نشاطًا مجانيًا للأطفال من 6 إلى 15 عامًا.",
        },
        "body": [
            _text(
                "<p>Anmälan öppnar den 15 maj. Vissa aktiviteter har få platser, och då lottar vi platserna bland dem som anmält sig första veckan.</p><p>Behöver ditt barn stöd för att delta? Skriv det i anmälan så ordnar vi det.</p>",
                "<p>Registration opens on 15 May. Some activities have few places; for those we draw lots among everyone who registers in the first week.</p><p>Does your child need support to take part? Say so when you register and we will arrange it.</p>",
                "<p>يبدأ التسجيل في 15 مايو. بعض الأنشطة أماكنها محدودة، وفي هذه الحالة نجري قرعة بين من سجّلوا في الأسبوع الأول.</p><p>هل يحتاج طفلك إلى دعم للمشاركة؟ اذكر ذلك عند التسجيل وسنرتّب الأمر.</p>",
            )
        ],
    },
    {
        "slug": "digitala-trygghetslarm",
        "en_slug": "digital-personal-alarms",
        "days_ago": 74,
        "department": "soc",
        "audiences": ["aldre-och-anhoriga"],
        "topics": ["vard-och-omsorg"],
        "title": {
            "sv": "Alla trygghetslarm byts till digitala",
            "en": "Every personal alarm is being replaced with a digital one",
            "ar": "استبدال جميع أجهزة الإنذار الشخصية بأجهزة رقمية",
        },
        "intro": {
            "sv": "Under hösten byter vi ut alla trygghetslarm mot digitala larm som fungerar utan fast telefon. Bytet är kostnadsfritt och vi ringer innan vi kommer.",
            "en": "This autumn we are replacing every personal alarm with a digital alarm that works without a landline. The exchange is free and we will call before we come.",
            "ar": "نستبدل هذا الخريف جميع أجهزة الإنذار الشخصية بأجهزة رقمية تعمل دون هاتف أرضي. الاستبدال مجاني وسنتصل بك قبل الزيارة.",
        },
        "body": [
            _text(
                "<p>Personalen från hemtjänsten har alltid legitimation med sig. Släpp aldrig in någon som inte kan visa den.</p><p>Anhöriga som har frågor kan ringa larmcentralen vardagar 8–16.</p>",
                "<p>Home care staff always carry identification. Never let in anyone who cannot show it.</p><p>Relatives with questions can call the alarm centre on weekdays, 8 am to 4 pm.</p>",
                "<p>يحمل موظفو الرعاية المنزلية دائمًا بطاقة هوية. لا تسمح أبدًا بدخول أي شخص لا يستطيع إظهارها.</p><p>يمكن للأقارب الذين لديهم أسئلة الاتصال بمركز الإنذار في أيام الأسبوع من 8 حتى 16.</p>",
            )
        ],
    },
    {
        "slug": "valkomstkvall-nyinflyttade",
        "en_slug": "welcome-evening-new-residents",
        "days_ago": 81,
        "department": "klf",
        "audiences": ["ny-i-kommunen"],
        "topics": ["kultur-och-fritid"],
        "title": {
            "sv": "Välkomstkväll för dig som är ny i Sjövik",
            "en": "A welcome evening for new residents of Sjövik",
            "ar": "أمسية ترحيب بالسكان الجدد في شوفيك",
        },
        "intro": {
            "sv": "Träffa kommunen, föreningarna och dina nya grannar på kulturhuset den 12 oktober. Det blir mingel, guidade turer och information på flera språk.",
            "en": "Meet the municipality, local clubs and your new neighbours at the culture centre on 12 October. There will be mingling, guided tours and information in several languages.",
            "ar": "تعرّف على البلدية والجمعيات وجيرانك الجدد في المركز الثقافي يوم 12 أكتوبر. ستكون هناك لقاءات وجولات مع مرشد ومعلومات بعدة لغات.",
        },
        "body": [
            _text(
                "<p>Kvällen börjar klockan 17 och barn är välkomna. Vi bjuder på soppa.</p><p>Du som vill börja läsa svenska kan träffa SFI-lärare på plats.</p>",
                "<p>The evening starts at 5 pm and children are welcome. Soup is on us.</p><p>If you want to start learning Swedish you can meet Swedish for immigrants teachers there.</p>",
                "<p>تبدأ الأمسية الساعة 17 والأطفال مرحّب بهم. نقدّم الحساء مجانًا.</p><p>إذا كنت تريد البدء بتعلّم السويدية يمكنك مقابلة معلّمي اللغة السويدية للمهاجرين هناك.</p>",
            )
        ],
    },
    {
        "slug": "ansok-forskoleplats-hosten",
        "en_slug": "apply-preschool-autumn",
        "days_ago": 89,
        "department": "bou",
        "audiences": ["smabarnsforaldrar"],
        "topics": ["forskola-och-skola"],
        "title": {
            "sv": "Behöver du förskoleplats i höst? Ansök nu",
            "en": "Need a preschool place this autumn? Apply now",
            "ar": "هل تحتاج إلى مكان في الروضة هذا الخريف؟ قدّم طلبك الآن",
        },
        "intro": {
            "sv": "Flest barn börjar förskolan i augusti. Ansök senast den 15 april så kan vi erbjuda plats i tid till inskolningen.",
            "en": "Most children start preschool in August. Apply by 15 April and we can offer a place in time for settling in.",
            "ar": "يبدأ معظم الأطفال الروضة في أغسطس. قدّم طلبك قبل 15 أبريل لنتمكّن من تقديم مكان في الوقت المناسب لفترة التأقلم.",
        },
        "body": [
            _text(
                "<p>Du kan önska upp till tre förskolor. Syskon går före i turordningen.</p>",
                "<p>You can name up to three preschools. Siblings come first in the queue.</p>",
                "<p>يمكنك اختيار ما يصل إلى ثلاث رياض أطفال. للإخوة الأولوية في الدور.</p>",
            )
        ],
    },
    {
        "slug": "lokala-leverantorer-upphandling",
        "en_slug": "local-suppliers-procurement",
        "days_ago": 97,
        "department": "klf",
        "audiences": ["foretagare"],
        "topics": ["naringsliv"],
        "title": {
            "sv": "Fler små företag kan lämna anbud till kommunen",
            "en": "More small businesses can bid for municipal contracts",
            "ar": "مزيد من الشركات الصغيرة يمكنها تقديم عطاءات للبلدية",
        },
        "intro": {
            "sv": "Kommunen delar upp fler upphandlingar i mindre delar och förenklar kraven, så att även små lokala företag kan vara med.",
            "en": "The municipality is splitting more contracts into smaller lots and simplifying the requirements, so that small local businesses can take part too.",
            "ar": "تقسّم البلدية مزيدًا من المناقصات إلى أجزاء أصغر وتبسّط الشروط، ليتمكّن أصحاب الشركات المحلية الصغيرة من المشاركة أيضًا.",
        },
        "body": [
            _text(
                "<p>Planerade upphandlingar för nästa år publiceras i förväg. Prenumerera på bevakningen för att få besked när något inom din bransch annonseras.</p>",
                "<p>Planned contracts for next year are published in advance. Subscribe to alerts to hear when something in your line of business is advertised.</p>",
                "<p>تُنشر المناقصات المخطّط لها للعام القادم مسبقًا. اشترك في التنبيهات لتعرف عندما يُعلن عن شيء في مجال عملك.</p>",
            )
        ],
    },
    {
        "slug": "kokningsrekommendation-havd",
        "en_slug": "boil-water-advice-lifted",
        "days_ago": 105,
        "department": "sbf",
        "audiences": ["husagare", "foretagare", "ny-i-kommunen"],
        "topics": ["kris-och-sakerhet"],
        "title": {
            "sv": "Kokningsrekommendationen i Ekby är hävd",
            "en": "The boil-water advice in Ekby has been lifted",
            "ar": "رُفعت توصية غلي المياه في إكبي",
        },
        "intro": {
            "sv": "Proverna efter vattenläckan visar att dricksvattnet i Ekby är tjänligt igen. Du behöver inte längre koka vattnet.",
            "en": "Tests after the water leak show that the drinking water in Ekby is safe again. You no longer need to boil it.",
            "ar": "تُظهر الفحوص بعد تسرّب المياه أن مياه الشرب في إكبي صالحة من جديد. لم تعد بحاجة إلى غلي المياه.",
        },
        "body": [
            _text(
                "<p>Spola kranen i några minuter tills vattnet är kallt innan du dricker det första gången.</p><p>Tack för ert tålamod. Vid vattenläcka når du kommunens jour dygnet runt på 0123-45 60 90.</p>",
                "<p>Run the tap for a few minutes until the water is cold before you drink it for the first time.</p><p>Thank you for your patience. For a water leak you can reach the municipality's emergency service around the clock on 0123-45 60 90.</p>",
                "<p>افتح الصنبور بضع دقائق حتى تصبح المياه باردة قبل أن تشربها أول مرة.</p><p>شكرًا لصبركم. في حال تسرّب المياه يمكنك الاتصال بخدمة الطوارئ في البلدية على مدار الساعة على الرقم 0123-45 60 90.</p>",
            )
        ],
    },
    {
        "slug": "ny-traffpunkt-centrum",
        "en_slug": "new-meeting-place-town-centre",
        "days_ago": 113,
        "department": "soc",
        "audiences": ["aldre-och-anhoriga"],
        "topics": ["vard-och-omsorg", "kultur-och-fritid"],
        "title": {
            "sv": "Ny träffpunkt för seniorer mitt i centrum",
            "en": "A new meeting place for older people in the town centre",
            "ar": "مكان لقاء جديد لكبار السن في وسط المدينة",
        },
        "intro": {
            "sv": "Träffpunkt Torget på Storgatan 12 har öppet alla vardagar med lunch, gympa, läsecirklar och hjälp med mobilen.",
            "en": "Träffpunkt Torget at Storgatan 12 is open every weekday with lunch, exercise classes, reading circles and help with your phone.",
            "ar": "يفتح مكان اللقاء «توريت» في ستورغاتان 12 كل أيام الأسبوع، ويقدّم الغداء والتمارين وحلقات القراءة والمساعدة في استخدام الهاتف.",
        },
        "body": [
            _text(
                "<p>Du behöver inget biståndsbeslut för att komma. Anhöriga är också välkomna, och varje tisdag finns en anhörigkonsulent på plats.</p>",
                "<p>You do not need a care decision to come. Relatives are welcome too, and a carers' adviser is there every Tuesday.</p>",
                "<p>لا تحتاج إلى قرار مساعدة للحضور. الأقارب مرحّب بهم أيضًا، ويتواجد مستشار لمقدّمي الرعاية كل يوم ثلاثاء.</p>",
            )
        ],
    },
    {
        "slug": "vintervaghallning",
        "en_slug": "winter-road-maintenance",
        "days_ago": 124,
        "department": "sbf",
        "audiences": ["husagare", "aldre-och-anhoriga"],
        "topics": ["trafik"],
        "title": {
            "sv": "Snöröjning: så prioriterar vi i vinter",
            "en": "Snow clearing: our priorities this winter",
            "ar": "إزالة الثلوج: أولوياتنا هذا الشتاء",
        },
        "intro": {
            "sv": "Gång- och cykelvägar till skolor och vårdboenden röjs först, sedan bussgator och sist villagator. Snöröjningen börjar vid fem centimeter snö.",
            "en": "Footpaths and cycle paths to schools and care homes are cleared first, then bus routes and last residential streets. Clearing starts at five centimetres of snow.",
            "ar": "تُزال الثلوج أولًا عن ممرات المشاة والدراجات المؤدية إلى المدارس ودور الرعاية، ثم شوارع الحافلات، وأخيرًا الشوارع السكنية. تبدأ الإزالة عند تراكم خمسة سنتيمترات من الثلج.",
        },
        "body": [
            _text(
                "<p>Som fastighetsägare ansvarar du för att skotta och sanda trottoaren utanför din tomt.</p><p>Är du över 70 år kan du få hjälp med snöskottning genom kommunens fixartjänst.</p>",
                "<p>As a property owner you are responsible for clearing and gritting the pavement outside your property.</p><p>If you are over 70 you can get help with snow clearing through the municipality's handyman service.</p>",
                "<p>بصفتك مالكًا للعقار فأنت مسؤول عن إزالة الثلج ونثر الرمل على الرصيف أمام أرضك.</p><p>إذا تجاوز عمرك 70 عامًا يمكنك الحصول على مساعدة في إزالة الثلج من خلال خدمة الإصلاحات في البلدية.</p>",
            )
        ],
    },
    {
        "slug": "etableringslots",
        "en_slug": "business-location-guide",
        "days_ago": 136,
        "department": "klf",
        "audiences": ["foretagare", "ny-i-kommunen"],
        "topics": ["naringsliv", "bygga-och-bo"],
        "title": {
            "sv": "Ny etableringslots hjälper företag som vill flytta hit",
            "en": "A new business location guide helps companies that want to move here",
            "ar": "مرشد جديد لمساعدة الشركات الراغبة في الانتقال إلى هنا",
        },
        "intro": {
            "sv": "Vill ditt företag etablera sig i Sjövik? Etableringslotsen samlar mark, lokaler, tillstånd och kontakter på ett ställe och svarar inom två arbetsdagar.",
            "en": "Does your company want to set up in Sjövik? The location guide brings land, premises, permits and contacts together in one place and answers within two working days.",
            "ar": "هل تريد شركتك الاستقرار في شوفيك؟ يجمع مرشد الاستقرار الأراضي والمباني والتصاريح وجهات الاتصال في مكان واحد ويردّ خلال يومَي عمل.",
        },
        "body": [
            _text(
                "<p>Lotsen samordnar bygglov, miljötillstånd och kontakter med kommunens bolag, så att du bara behöver en kontaktperson.</p>",
                "<p>The guide coordinates building permits, environmental permits and contacts with the municipal companies, so that you only need one contact person.</p>",
                "<p>ينسّق المرشد تراخيص البناء والتصاريح البيئية والتواصل مع شركات البلدية، لتحتاج إلى شخص اتصال واحد فقط.</p>",
            )
        ],
    },
]
