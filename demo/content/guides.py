"""Three demo guides (Swedish, English and Arabic): building permits, preschool places, moving here."""

from .eservices import CONTACT_ON_PAGES


def T(sv, en, ar):
    return {"sv": sv, "en": en, "ar": ar}


YES = T("Ja", "Yes", "نعم")
NO = T("Nej", "No", "لا")


def answer(label, leads_to, minimum=None, maximum=None):
    return {"label": label, "leads_to": leads_to, "minimum": minimum, "maximum": maximum}


GUIDES = [
    {
        "slug": "behover-jag-bygglov",
        "en_slug": "do-i-need-a-building-permit",
        "parent": "husagare",
        "also_for": ["foretagare"],
        "department": "sbf",
        "title": T("Behöver jag bygglov?", "Do I need a building permit?", "هل أحتاج إلى ترخيص بناء؟"),
        "intro": T(
            "Svara på några frågor om vad du vill bygga, så får du veta om du behöver bygglov, en anmälan eller inget alls.",
            "Answer a few questions about what you want to build to find out whether you need a permit, a notification or nothing at all.",
            "أجب عن بضعة أسئلة حول ما تريد بناءه لتعرف ما إذا كنت تحتاج إلى ترخيص أو إشعار أو لا شيء على الإطلاق.",
        ),
        "questions": [
            {
                "key": "house",
                "text": T(
                    "Bor du i ett en- eller tvåbostadshus?",
                    "Do you live in a one- or two-family house?",
                    "هل تسكن في منزل لأسرة واحدة أو أسرتين؟",
                ),
                "help_text": T(
                    "Till exempel en villa, ett parhus eller ett radhus.",
                    "For example a detached, semi-detached or terraced house.",
                    "مثل فيلا أو منزل شبه منفصل أو منزل متلاصق.",
                ),
                "kind": "yes_no",
                "answers": [answer(YES, "what"), answer(NO, "permit-other")],
            },
            {
                "key": "what",
                "text": T("Vad vill du bygga?", "What do you want to build?", "ماذا تريد أن تبني؟"),
                "help_text": "",
                "kind": "choice",
                "answers": [
                    answer(
                        T(
                            "Ett fristående uthus, förråd eller gäststuga",
                            "A detached shed, storehouse or guest cabin",
                            "كوخ أو مخزن أو بيت ضيافة منفصل",
                        ),
                        "area",
                    ),
                    answer(T("En tillbyggnad av huset", "An extension of the house", "توسعة للمنزل"), "extension-area"),
                ],
            },
            {
                "key": "area",
                "text": T(
                    "Hur stor blir byggnaden, i kvadratmeter?",
                    "How large will the building be, in square metres?",
                    "ما مساحة المبنى بالمتر المربع؟",
                ),
                "help_text": T(
                    "Räkna byggnadsarean: ytan som byggnaden tar upp på marken.",
                    "Count the footprint: the area the building covers on the ground.",
                    "احسب المساحة التي يشغلها المبنى على الأرض.",
                ),
                "kind": "number",
                "answers": [
                    answer(
                        T("Högst 15 kvadratmeter", "At most 15 square metres", "15 متراً مربعاً على الأكثر"),
                        "boundary",
                        None,
                        15,
                    ),
                    answer(
                        T("Mer än 15 och högst 30", "More than 15 and at most 30", "أكثر من 15 وحتى 30"),
                        "attefall",
                        "15.01",
                        30,
                    ),
                    answer(
                        T("Mer än 30 kvadratmeter", "More than 30 square metres", "أكثر من 30 متراً مربعاً"),
                        "permit",
                        "30.01",
                        None,
                    ),
                ],
            },
            {
                "key": "boundary",
                "text": T(
                    "Hamnar byggnaden närmare tomtgränsen än 4,5 meter?",
                    "Will the building be closer than 4.5 metres to the boundary?",
                    "هل سيكون المبنى على بعد أقل من 4.5 أمتار من حدود القطعة؟",
                ),
                "help_text": "",
                "kind": "yes_no",
                "answers": [answer(YES, "friggebod-neighbour"), answer(NO, "friggebod")],
            },
            {
                "key": "extension-area",
                "text": T(
                    "Hur stor blir tillbyggnaden, i kvadratmeter?",
                    "How large will the extension be, in square metres?",
                    "ما مساحة التوسعة بالمتر المربع؟",
                ),
                "help_text": "",
                "kind": "number",
                "answers": [
                    answer(
                        T("Högst 15 kvadratmeter", "At most 15 square metres", "15 متراً مربعاً على الأكثر"),
                        "attefall",
                        None,
                        15,
                    ),
                    answer(
                        T("Mer än 15 kvadratmeter", "More than 15 square metres", "أكثر من 15 متراً مربعاً"),
                        "permit",
                        "15.01",
                        None,
                    ),
                ],
            },
        ],
        "outcomes": [
            {
                "key": "friggebod",
                "title": T("Du behöver inte bygglov", "You do not need a building permit", "لا تحتاج إلى ترخيص بناء"),
                "text": T(
                    "<p>En friggebod på högst 15 kvadratmeter och 3 meter hög får byggas utan bygglov och utan anmälan.</p>",
                    "<p>A small shed of at most 15 square metres and 3 metres high may be built without a permit or a notification.</p>",
                    "<p>يجوز بناء كوخ صغير لا تزيد مساحته على 15 متراً مربعاً وارتفاعه على 3 أمتار دون ترخيص أو إشعار.</p>",
                ),
                "page": "attefallshus-och-friggebod",
                "link_label": T(
                    "Läs mer om friggebodar", "Read more about small sheds", "اقرأ المزيد عن الأكواخ الصغيرة"
                ),
                "resolves": True,
            },
            {
                "key": "friggebod-neighbour",
                "title": T(
                    "Du behöver grannens medgivande", "You need your neighbour's consent", "تحتاج إلى موافقة جارك"
                ),
                "text": T(
                    "<p>Du behöver inte bygglov, men eftersom friggeboden hamnar närmare gränsen än 4,5 meter måste grannen skriftligt godkänna placeringen.</p>",
                    "<p>You do not need a permit, but as the shed will be closer than 4.5 metres to the boundary, your neighbour must agree to it in writing.</p>",
                    "<p>لا تحتاج إلى ترخيص، ولكن بما أن الكوخ سيكون على بعد أقل من 4.5 أمتار من الحدود، يجب أن يوافق جارك كتابياً.</p>",
                ),
                "page": None,
                "link_label": "",
                "resolves": True,
            },
            {
                "key": "attefall",
                "title": T("Du behöver göra en anmälan", "You need to submit a notification", "تحتاج إلى تقديم إشعار"),
                "text": T(
                    "<p>Attefallsåtgärder kräver inte bygglov, men du måste göra en anmälan och få ett startbesked innan du börjar bygga.</p>",
                    "<p>Attefall projects need no building permit, but you must submit a notification and get a start decision before you begin.</p>",
                    "<p>لا تحتاج مشاريع أتيفال إلى ترخيص بناء، ولكن يجب تقديم إشعار والحصول على قرار البدء قبل أن تبدأ.</p>",
                ),
                "page": "attefallshus-och-friggebod",
                "link_label": T("Så gör du en anmälan", "How to submit a notification", "كيفية تقديم الإشعار"),
                "resolves": True,
            },
            {
                "key": "permit",
                "title": T("Du behöver bygglov", "You need a building permit", "تحتاج إلى ترخيص بناء"),
                "text": T(
                    "<p>Det du vill bygga kräver bygglov. Ansök i e-tjänsten eller ställ din fråga till en bygglovshandläggare.</p>",
                    "<p>What you want to build needs a building permit. Apply through the e-service or ask a building permit officer.</p>",
                    "<p>ما تريد بناءه يحتاج إلى ترخيص بناء. قدّم طلبك عبر الخدمة الإلكترونية أو اسأل موظف التراخيص.</p>",
                ),
                "page": "bygglov",
                "link_label": T(
                    "Till bygglov och e-tjänsten",
                    "To building permits and the e-service",
                    "إلى تراخيص البناء والخدمة الإلكترونية",
                ),
                "resolves": False,
                # Ask the building permit officers right here, with the guide's answers filled in.
                "eservice": CONTACT_ON_PAGES["bygglov"],
            },
            {
                "key": "permit-other",
                "title": T("Fråga en bygglovshandläggare", "Ask a building permit officer", "اسأل موظف التراخيص"),
                "text": T(
                    "<p>De lovfria åtgärderna gäller bara en- och tvåbostadshus. För andra byggnader behövs oftast bygglov.</p>",
                    "<p>The exemptions only apply to one- and two-family houses. Other buildings usually need a permit.</p>",
                    "<p>تنطبق الإعفاءات على منازل الأسرة الواحدة أو الأسرتين فقط. تحتاج المباني الأخرى عادةً إلى ترخيص.</p>",
                ),
                "page": "bygglov",
                "link_label": T("Kontakta bygglov", "Contact building permits", "تواصل مع قسم التراخيص"),
                "resolves": False,
            },
        ],
    },
    {
        "slug": "forskoleplats",
        "en_slug": "preschool-place",
        "parent": "smabarnsforaldrar",
        "also_for": ["ny-i-kommunen"],
        "department": "bou",
        "title": T("Förskoleplats", "A preschool place", "مكان في الروضة"),
        "intro": T(
            "Ta reda på om ditt barn kan få förskoleplats, hur mycket tid och hur du ansöker.",
            "Find out whether your child can get a preschool place, for how many hours and how to apply.",
            "اعرف ما إذا كان طفلك يستطيع الحصول على مكان في الروضة، وعدد الساعات، وكيفية التقديم.",
        ),
        "questions": [
            {
                "key": "age",
                "text": T("Hur gammalt är barnet, i år?", "How old is the child, in years?", "كم عمر الطفل بالسنوات؟"),
                "help_text": "",
                "kind": "number",
                "answers": [
                    answer(T("Yngre än 1 år", "Younger than 1", "أصغر من سنة"), "too-young", None, "0.99"),
                    answer(T("1–5 år", "1 to 5 years", "من 1 إلى 5 سنوات"), "situation", 1, "5.99"),
                    answer(T("6 år eller äldre", "6 or older", "6 سنوات أو أكثر"), "school", 6, None),
                ],
            },
            {
                "key": "situation",
                "text": T(
                    "Arbetar, studerar eller söker du arbete?",
                    "Do you work, study or look for work?",
                    "هل تعمل أو تدرس أو تبحث عن عمل؟",
                ),
                "help_text": T(
                    "Gäller båda vårdnadshavarna om ni är två.",
                    "Applies to both guardians if you are two.",
                    "ينطبق على كلا الوليين إن كنتما اثنين.",
                ),
                "kind": "choice",
                "answers": [
                    answer(T("Ja, arbetar eller studerar", "Yes, I work or study", "نعم، أعمل أو أدرس"), "full-time"),
                    answer(
                        T(
                            "Föräldraledig eller arbetssökande",
                            "On parental leave or unemployed",
                            "في إجازة والدية أو عاطل عن العمل",
                        ),
                        "fifteen-hours",
                    ),
                ],
            },
        ],
        "outcomes": [
            {
                "key": "too-young",
                "title": T(
                    "Ställ barnet i kö i god tid",
                    "Put your child in the queue early",
                    "سجّل طفلك في قائمة الانتظار مبكراً",
                ),
                "text": T(
                    "<p>Barn får plats från ett års ålder. Ansök fyra månader innan du vill att barnet ska börja.</p>",
                    "<p>Children can start from the age of one. Apply four months before you want your child to start.</p>",
                    "<p>يمكن للأطفال البدء من عمر سنة. قدّم الطلب قبل أربعة أشهر من الموعد الذي تريد أن يبدأ فيه طفلك.</p>",
                ),
                "page": "forskola",
                "link_label": T("Om förskola", "About preschool", "عن الروضة"),
                "resolves": True,
            },
            {
                "key": "full-time",
                "title": T(
                    "Barnet har rätt till plats efter behov",
                    "Your child can have a place as needed",
                    "يحق لطفلك مكان حسب الحاجة",
                ),
                "text": T(
                    "<p>Ansök om plats. Du får ett erbjudande inom fyra månader och betalar enligt maxtaxan.</p>",
                    "<p>Apply for a place. You will get an offer within four months and pay according to the maximum fee.</p>",
                    "<p>قدّم طلباً للحصول على مكان. ستحصل على عرض خلال أربعة أشهر وتدفع وفق الحد الأقصى للرسوم.</p>",
                ),
                "page": "forskola",
                "link_label": T("Ansök om förskoleplats", "Apply for a preschool place", "قدّم طلباً للروضة"),
                "resolves": False,
            },
            {
                "key": "fifteen-hours",
                "title": T(
                    "Barnet har rätt till 15 timmar i veckan",
                    "Your child can have 15 hours a week",
                    "يحق لطفلك 15 ساعة في الأسبوع",
                ),
                "text": T(
                    "<p>Under föräldraledighet eller arbetssökande har barnet rätt till förskola 15 timmar i veckan.</p>",
                    "<p>During parental leave or while you look for work, your child can attend preschool 15 hours a week.</p>",
                    "<p>خلال الإجازة الوالدية أو أثناء البحث عن عمل، يحق لطفلك حضور الروضة 15 ساعة في الأسبوع.</p>",
                ),
                "page": "maxtaxa",
                "link_label": T("Avgifter och maxtaxa", "Fees and the maximum fee", "الرسوم والحد الأقصى"),
                "resolves": True,
            },
            {
                "key": "school",
                "title": T("Dags för förskoleklass", "Time for the preschool class", "حان وقت الصف التمهيدي"),
                "text": T(
                    "<p>Från sex år går barnet i förskoleklass. Läs om skolval och fritidshem.</p>",
                    "<p>From the age of six, children go to the preschool class. Read about choosing a school and after-school care.</p>",
                    "<p>من عمر ست سنوات يلتحق الأطفال بالصف التمهيدي. اقرأ عن اختيار المدرسة والرعاية بعد المدرسة.</p>",
                ),
                "page": "skolval",
                "link_label": T("Om skolval", "About choosing a school", "عن اختيار المدرسة"),
                "resolves": True,
            },
        ],
    },
    {
        "slug": "ny-i-kommunen-guide",
        "en_slug": "new-here-guide",
        "parent": "ny-i-kommunen",
        "also_for": [],
        "department": "klf",
        "title": T("Checklista för dig som flyttar hit", "Checklist for moving here", "قائمة تحقق للقادمين الجدد"),
        "intro": T(
            "Några frågor om din flytt, så visar vi vad du behöver ordna hos kommunen.",
            "A few questions about your move, and we show what you need to arrange with the municipality.",
            "بضعة أسئلة عن انتقالك، وسنوضح لك ما تحتاج إلى ترتيبه مع البلدية.",
        ),
        "questions": [
            {
                "key": "children",
                "text": T(
                    "Har du barn i förskoleåldern?",
                    "Do you have children of preschool age?",
                    "هل لديك أطفال في سن الروضة؟",
                ),
                "help_text": "",
                "kind": "yes_no",
                "answers": [answer(YES, "preschool"), answer(NO, "house")],
            },
            {
                "key": "house",
                "text": T(
                    "Flyttar du till ett eget hus?",
                    "Are you moving into a house of your own?",
                    "هل تنتقل إلى منزل تملكه؟",
                ),
                "help_text": "",
                "kind": "yes_no",
                "answers": [answer(YES, "waste"), answer(NO, "business")],
            },
            {
                "key": "business",
                "text": T(
                    "Driver du eller ska du starta företag här?",
                    "Do you run or plan to start a business here?",
                    "هل تدير أو تخطط لبدء عمل تجاري هنا؟",
                ),
                "help_text": "",
                "kind": "yes_no",
                "answers": [answer(YES, "business-help"), answer(NO, "registration")],
            },
        ],
        "outcomes": [
            {
                "key": "preschool",
                "title": T(
                    "Ansök om förskoleplats i tid",
                    "Apply for a preschool place in time",
                    "قدّم طلب الروضة في الوقت المناسب",
                ),
                "text": T(
                    "<p>Ansök fyra månader innan barnet ska börja. Glöm inte att folkbokföra er hos Skatteverket.</p>",
                    "<p>Apply four months before your child should start. Remember to register your move with the Tax Agency.</p>",
                    "<p>قدّم الطلب قبل أربعة أشهر من بدء طفلك. لا تنسَ تسجيل انتقالك لدى مصلحة الضرائب.</p>",
                ),
                "page": "forskola",
                "link_label": T("Till förskolan", "To preschool", "إلى الروضة"),
                "resolves": False,
            },
            {
                "key": "waste",
                "title": T(
                    "Ordna sophämtning och vatten", "Arrange waste collection and water", "رتّب جمع النفايات والمياه"
                ),
                "text": T(
                    "<p>Som husägare behöver du ett avfallsabonnemang. Kontakta avfallsenheten om kärlen.</p>",
                    "<p>As a homeowner you need a waste subscription. Contact the waste team about the bins.</p>",
                    "<p>بصفتك مالك منزل تحتاج إلى اشتراك لجمع النفايات. تواصل مع قسم النفايات بشأن الحاويات.</p>",
                ),
                "page": "sophamtning",
                "link_label": T("Till sophämtning", "To waste collection", "إلى جمع النفايات"),
                "resolves": False,
            },
            {
                "key": "business-help",
                "title": T("Träffa företagslotsen", "Meet the business guide", "قابل مرشد الأعمال"),
                "text": T(
                    "<p>Företagslotsen hjälper dig med tillstånd, lokaler och kontakter i kommunen.</p>",
                    "<p>The business guide helps you with permits, premises and contacts in the municipality.</p>",
                    "<p>يساعدك مرشد الأعمال في التصاريح والمقرات والتواصل داخل البلدية.</p>",
                ),
                "page": "foretagslotsen",
                "link_label": T("Kontakta företagslotsen", "Contact the business guide", "تواصل مع مرشد الأعمال"),
                "resolves": False,
            },
            {
                "key": "registration",
                "title": T("Välkommen till Sjövik!", "Welcome to Sjövik!", "مرحباً بك في شوفيك!"),
                "text": T(
                    "<p>Anmäl flytten till Skatteverket och upptäck biblioteket, kollektivtrafiken och föreningslivet.</p>",
                    "<p>Register your move with the Tax Agency and discover the library, public transport and local clubs.</p>",
                    "<p>سجّل انتقالك لدى مصلحة الضرائب واكتشف المكتبة والنقل العام والجمعيات المحلية.</p>",
                ),
                "page": "flytta-hit",
                "link_label": T("Mer om att flytta hit", "More about moving here", "المزيد عن الانتقال إلى هنا"),
                "resolves": True,
            },
        ],
    },
]
