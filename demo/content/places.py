"""The demo municipality's places (Sjöviks kommun, a made-up town near 59.33 N, 18.06 E) as
plain data: the list page, the places, their weekly hours by kind, and the Swedish holidays."""

import datetime


def T(sv, en, ar):
    return {"sv": sv, "en": en, "ar": ar}


INDEX = {
    "slug": "hitta-verksamheter",
    "en_slug": "find-places",
    "title": T("Hitta verksamheter", "Find places", "ابحث عن الأماكن"),
    "intro": T(
        "Bibliotek, skolor, förskolor, återvinningscentraler, idrottshallar och Medborgarkontoret: "
        "adresser, öppettider och tillgänglighet.",
        "Libraries, schools, preschools, recycling centres, sports halls and the Citizen Office: "
        "addresses, opening hours and accessibility.",
        "المكتبات والمدارس ورياض الأطفال ومراكز إعادة التدوير والصالات الرياضية ومكتب المواطنين: "
        "العناوين وساعات العمل وإمكانية الوصول.",
    ),
    "department": "klf",
}

# --- holidays ---------------------------------------------------------------------------------

HOLIDAYS = {
    "julafton": T("Julafton", "Christmas Eve", "ليلة عيد الميلاد"),
    "juldagen": T("Juldagen", "Christmas Day", "يوم عيد الميلاد"),
    "annandag_jul": T("Annandag jul", "Boxing Day", "ثاني أيام عيد الميلاد"),
    "nyarsafton": T("Nyårsafton", "New Year's Eve", "ليلة رأس السنة"),
    "nyarsdagen": T("Nyårsdagen", "New Year's Day", "يوم رأس السنة"),
    "trettondagsafton": T("Trettondagsafton", "Twelfth Night", "ليلة عيد الغطاس"),
    "trettondedag_jul": T("Trettondedag jul", "Epiphany", "عيد الغطاس"),
    "skartorsdagen": T("Skärtorsdagen", "Maundy Thursday", "خميس العهد"),
    "langfredagen": T("Långfredagen", "Good Friday", "الجمعة العظيمة"),
    "paskdagen": T("Påskdagen", "Easter Sunday", "أحد الفصح"),
    "annandag_pask": T("Annandag påsk", "Easter Monday", "اثنين الفصح"),
    "nationaldagen": T("Sveriges nationaldag", "Sweden's National Day", "اليوم الوطني السويدي"),
    "midsommarafton": T("Midsommarafton", "Midsummer Eve", "عشية منتصف الصيف"),
    "sommar": T("Sommarstängt", "Closed for the summer", "مغلق خلال الصيف"),
}


def easter_sunday(year: int) -> datetime.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def holidays_of(year: int) -> dict[str, datetime.date]:
    easter = easter_sunday(year)
    midsummer_eve = next(
        datetime.date(year, 6, day) for day in range(19, 26) if datetime.date(year, 6, day).weekday() == 4
    )
    return {
        "julafton": datetime.date(year, 12, 24),
        "juldagen": datetime.date(year, 12, 25),
        "annandag_jul": datetime.date(year, 12, 26),
        "nyarsafton": datetime.date(year, 12, 31),
        "nyarsdagen": datetime.date(year, 1, 1),
        "trettondagsafton": datetime.date(year, 1, 5),
        "trettondedag_jul": datetime.date(year, 1, 6),
        "skartorsdagen": easter - datetime.timedelta(days=3),
        "langfredagen": easter - datetime.timedelta(days=2),
        "paskdagen": easter,
        "annandag_pask": easter + datetime.timedelta(days=1),
        "nationaldagen": datetime.date(year, 6, 6),
        "midsommarafton": midsummer_eve,
        "sommar": datetime.date(year, 7, 6),
    }


def next_holidays(today: datetime.date) -> dict[str, datetime.date]:
    """Each holiday's next date, today or later."""
    this_year, next_year = holidays_of(today.year), holidays_of(today.year + 1)
    return {key: day if day >= today else next_year[key] for key, day in this_year.items()}


# --- weekly hours by kind ---------------------------------------------------------------------

MON_FRI = range(0, 5)


def week(**days) -> list[tuple[int, str, str]]:
    """Rows (weekday, opens, closes) from keyword days: mon="10:00-19:00,..."."""
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    rows = []
    for name, text in days.items():
        for interval in text.split(","):
            opens, closes = interval.split("-")
            rows.append((names.index(name), opens, closes))
    return rows


def weekdays(text: str, **extra) -> list[tuple[int, str, str]]:
    return week(**dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), text), **extra)


HOURS = {
    "library_main": week(
        mon="10:00-19:00",
        tue="10:00-19:00",
        wed="10:00-19:00",
        thu="10:00-19:00",
        fri="10:00-17:00",
        sat="11:00-15:00",
    ),
    "library_branch": week(tue="13:00-19:00", wed="10:00-12:00,13:00-16:00", thu="13:00-19:00", sat="11:00-14:00"),
    "preschool": weekdays("06:30-18:00"),
    "school": weekdays("07:30-16:30"),
    "recycling": week(
        mon="07:00-19:00",
        tue="10:00-19:00",
        wed="10:00-19:00",
        thu="10:00-19:00",
        fri="07:00-16:00",
        sat="09:00-15:00",
        sun="10:00-15:00",
    ),
    "sports_hall": weekdays("07:00-22:00", sat="09:00-20:00", sun="09:00-20:00"),
    "swimming_pool": week(
        mon="06:30-20:00",
        tue="06:30-21:00",
        wed="06:30-20:00",
        thu="06:30-21:00",
        fri="06:30-19:00",
        sat="09:00-16:00",
        sun="09:00-16:00",
    ),
    "citizen_office": week(
        mon="08:00-12:00,13:00-16:30",
        tue="08:00-18:00",
        wed="08:00-16:30",
        thu="08:00-16:30",
        fri="08:00-15:00",
    ),
    "youth_centre": week(tue="15:00-21:00", wed="15:00-21:00", thu="15:00-21:00", fri="15:00-00:00", sat="18:00-00:00"),
    "meeting_place": weekdays("09:00-15:00"),
}

CLOSED = None
#: Holiday exceptions by kind: the holiday, and CLOSED or special hours.
EXCEPTIONS = {
    "library_main": [
        ("trettondagsafton", ("10:00", "15:00")),
        ("skartorsdagen", ("10:00", "15:00")),
        ("julafton", CLOSED),
        ("juldagen", CLOSED),
        ("nyarsafton", CLOSED),
        ("trettondedag_jul", CLOSED),
        ("langfredagen", CLOSED),
        ("paskdagen", CLOSED),
        ("nationaldagen", CLOSED),
        ("midsommarafton", CLOSED),
    ],
    "library_branch": [
        ("julafton", CLOSED),
        ("nyarsafton", CLOSED),
        ("trettondedag_jul", CLOSED),
        ("nationaldagen", CLOSED),
        ("midsommarafton", CLOSED),
    ],
    "preschool": [
        ("julafton", CLOSED),
        ("nyarsafton", CLOSED),
        ("trettondagsafton", ("06:30", "16:00")),
        ("trettondedag_jul", CLOSED),
        ("skartorsdagen", ("06:30", "16:00")),
        ("langfredagen", CLOSED),
        ("nationaldagen", CLOSED),
        ("midsommarafton", CLOSED),
    ],
    "school": [
        ("julafton", CLOSED),
        ("nyarsafton", CLOSED),
        ("trettondedag_jul", CLOSED),
        ("langfredagen", CLOSED),
        ("nationaldagen", CLOSED),
        ("midsommarafton", CLOSED),
    ],
    "recycling": [
        ("julafton", ("07:00", "12:00")),
        ("juldagen", CLOSED),
        ("nyarsafton", ("07:00", "12:00")),
        ("nyarsdagen", CLOSED),
        ("trettondedag_jul", ("10:00", "15:00")),
        ("langfredagen", CLOSED),
        ("paskdagen", CLOSED),
        ("nationaldagen", ("10:00", "15:00")),
        ("midsommarafton", CLOSED),
    ],
    "sports_hall": [
        ("julafton", CLOSED),
        ("juldagen", CLOSED),
        ("nyarsafton", ("09:00", "15:00")),
        ("nyarsdagen", CLOSED),
        ("langfredagen", CLOSED),
        ("paskdagen", CLOSED),
        ("midsommarafton", CLOSED),
    ],
    "swimming_pool": [
        ("julafton", ("07:00", "11:00")),
        ("juldagen", CLOSED),
        ("nyarsafton", ("07:00", "12:00")),
        ("nyarsdagen", CLOSED),
        ("trettondedag_jul", ("09:00", "16:00")),
        ("langfredagen", CLOSED),
        ("paskdagen", ("09:00", "16:00")),
        ("nationaldagen", ("09:00", "16:00")),
        ("midsommarafton", CLOSED),
    ],
    "citizen_office": [
        ("trettondagsafton", ("08:00", "12:00")),
        ("skartorsdagen", ("08:00", "12:00")),
        ("julafton", CLOSED),
        ("nyarsafton", CLOSED),
        ("trettondedag_jul", CLOSED),
        ("langfredagen", CLOSED),
        ("annandag_pask", CLOSED),
        ("nationaldagen", CLOSED),
        ("midsommarafton", CLOSED),
    ],
    "youth_centre": [
        ("julafton", CLOSED),
        ("nyarsafton", ("18:00", "00:00")),
        ("midsommarafton", CLOSED),
    ],
    "meeting_place": [
        ("julafton", CLOSED),
        ("nyarsafton", CLOSED),
        ("trettondedag_jul", CLOSED),
        ("langfredagen", CLOSED),
        ("nationaldagen", CLOSED),
        ("midsommarafton", CLOSED),
    ],
}

# --- what each kind offers --------------------------------------------------------------------

SERVICES = {
    "library": [
        T(
            "Låna böcker, e-böcker och ljudböcker",
            "Borrow books, e-books and audiobooks",
            "استعارة الكتب والكتب الإلكترونية والصوتية",
        ),
        T("Datorer, wifi och utskrifter", "Computers, wifi and printing", "حواسيب وإنترنت لاسلكي وطباعة"),
        T("Sagostund för barn", "Story time for children", "ساعة الحكايات للأطفال"),
    ],
    "preschool": [
        T("Förskola för barn 1–5 år", "Preschool for children aged 1–5", "روضة للأطفال من سنة إلى خمس سنوات"),
        T("Utevistelse varje dag", "Outdoor play every day", "لعب في الهواء الطلق كل يوم"),
    ],
    "school": [
        T("Grundskola", "Compulsory school", "مدرسة أساسية"),
        T("Fritidshem", "After-school centre", "مركز رعاية بعد المدرسة"),
        T(
            "Elevhälsa: skolsköterska och kurator",
            "Pupil health: school nurse and counsellor",
            "صحة التلاميذ: ممرضة المدرسة والمرشد",
        ),
    ],
    "recycling_centre": [
        T(
            "Grovavfall, trädgårdsavfall och elektronik",
            "Bulky waste, garden waste and electronics",
            "النفايات الكبيرة ونفايات الحدائق والإلكترونيات",
        ),
        T("Farligt avfall", "Hazardous waste", "النفايات الخطرة"),
        T(
            "Återbruk: lämna saker som kan användas igen",
            "Reuse: leave things others can use",
            "إعادة الاستخدام: اترك أشياء يمكن للآخرين استخدامها",
        ),
    ],
    "sports_hall": [
        T("Bokningsbar hall för föreningar", "Hall for clubs to book", "صالة يمكن للجمعيات حجزها"),
        T("Omklädningsrum med dusch", "Changing rooms with showers", "غرف تبديل الملابس مع دش"),
    ],
    "swimming_pool": [
        T("25-metersbassäng och barnpool", "25-metre pool and children's pool", "مسبح بطول 25 مترًا ومسبح للأطفال"),
        T("Simskola", "Swimming lessons", "دروس السباحة"),
        T("Gym och bastu", "Gym and sauna", "صالة رياضية وساونا"),
    ],
    "citizen_office": [
        T(
            "Svar på frågor om kommunens service",
            "Answers about the municipality's services",
            "إجابات عن خدمات البلدية",
        ),
        T("Hjälp med e-tjänster", "Help with e-services", "المساعدة في الخدمات الإلكترونية"),
        T(
            "Samhällsinformation på flera språk",
            "Community information in several languages",
            "معلومات مجتمعية بعدة لغات",
        ),
    ],
    "youth_centre": [
        T("Fritidsgård för 13–17 år", "Youth club for ages 13–17", "نادٍ للشباب من 13 إلى 17 عامًا"),
        T("Läxhjälp", "Homework help", "مساعدة في الواجبات المدرسية"),
    ],
    "meeting_place": [
        T("Fika, gympa och föreläsningar", "Coffee, exercise and talks", "قهوة ورياضة ومحاضرات"),
        T("Stöd för anhöriga", "Support for carers", "دعم لمقدّمي الرعاية"),
    ],
}

ACCESSIBILITY_NOTE = T(
    "Ring oss gärna innan besöket om du behöver hjälp på plats.",
    "Feel free to call us before your visit if you need help on site.",
    "يمكنك الاتصال بنا قبل زيارتك إذا كنت تحتاج إلى مساعدة في المكان.",
)

ALL_FACTS = ("step_free_entrance", "accessible_toilet", "hearing_loop", "accessible_parking")


def place(slug, en_slug, title, intro, kind, hours, address, postcode, position, phone, audiences, **extra):
    return {
        "slug": slug,
        "en_slug": en_slug,
        "title": title,
        "intro": intro,
        "type": kind,
        "hours": hours,
        "address": address,
        "postcode": postcode,
        "position": position,
        "phone": phone,
        "audiences": audiences,
        "facts": extra.pop("facts", ALL_FACTS),
        **extra,
    }


FAMILIES = ["smabarnsforaldrar"]
NEW = ["ny-i-kommunen"]
OLDER = ["aldre-och-anhoriga"]

PLACES = [
    # Libraries
    place(
        "stadsbiblioteket",
        "city-library",
        T("Stadsbiblioteket", "City Library", "مكتبة المدينة"),
        T(
            "Kommunens största bibliotek, mitt i centrum vid torget.",
            "The municipality's largest library, in the centre by the square.",
            "أكبر مكتبة في البلدية، في وسط المدينة بجانب الساحة.",
        ),
        "library",
        "library_main",
        "Torggatan 2",
        "123 40",
        ("59.331600", "18.061200"),
        "0123-456 700",
        FAMILIES + NEW + OLDER,
        email="stadsbiblioteket@sjovik.example",
        department="klf",
    ),
    place(
        "norra-biblioteket",
        "north-library",
        T("Norra biblioteket", "North Library", "المكتبة الشمالية"),
        T(
            "Ett mindre bibliotek i Norrby med barnavdelning.",
            "A smaller library in Norrby with a children's section.",
            "مكتبة أصغر في نوربي مع قسم للأطفال.",
        ),
        "library",
        "library_branch",
        "Norrbyvägen 14",
        "123 51",
        ("59.348200", "18.052100"),
        "0123-456 710",
        FAMILIES + OLDER,
        department="klf",
        facts=("step_free_entrance", "accessible_toilet"),
    ),
    place(
        "hamnens-bibliotek",
        "harbour-library",
        T("Hamnens bibliotek", "Harbour Library", "مكتبة الميناء"),
        T(
            "Bibliotek och läsesalong vid hamnen, med tidningar på många språk.",
            "A library and reading room by the harbour, with newspapers in many languages.",
            "مكتبة وقاعة قراءة بجانب الميناء، مع صحف بلغات كثيرة.",
        ),
        "library",
        "library_branch",
        "Hamngatan 5",
        "123 45",
        ("59.322900", "18.075400"),
        "0123-456 720",
        NEW + OLDER,
        department="klf",
        facts=("step_free_entrance", "hearing_loop"),
    ),
    # Preschools
    place(
        "forskolan-solrosen",
        "solrosen-preschool",
        T("Förskolan Solrosen", "Solrosen Preschool", "روضة سولروسن"),
        T(
            "Fyra avdelningar nära skogen i Västerby.",
            "Four groups near the woods in Västerby.",
            "أربع مجموعات قرب الغابة في فيستربي.",
        ),
        "preschool",
        "preschool",
        "Solrosvägen 3",
        "123 60",
        ("59.329100", "18.034500"),
        "0123-456 801",
        FAMILIES,
        department="bou",
    ),
    place(
        "forskolan-ekorren",
        "ekorren-preschool",
        T("Förskolan Ekorren", "Ekorren Preschool", "روضة إيكورين"),
        T(
            "Förskola med utomhuspedagogik och egen odling.",
            "A preschool with outdoor learning and its own garden.",
            "روضة تعتمد التعلّم في الهواء الطلق ولها حديقتها الخاصة.",
        ),
        "preschool",
        "preschool",
        "Ekorrstigen 8",
        "123 61",
        ("59.337400", "18.028700"),
        "0123-456 802",
        FAMILIES,
        department="bou",
        summer=True,
    ),
    place(
        "forskolan-fyren",
        "fyren-preschool",
        T("Förskolan Fyren", "Fyren Preschool", "روضة فيرين"),
        T(
            "Förskola vid vattnet i Hamnstaden, tre avdelningar.",
            "A preschool by the water in Hamnstaden, three groups.",
            "روضة بجانب الماء في هامنستادن، ثلاث مجموعات.",
        ),
        "preschool",
        "preschool",
        "Fyrgränd 2",
        "123 46",
        ("59.319800", "18.070200"),
        "0123-456 803",
        FAMILIES + NEW,
        department="bou",
    ),
    place(
        "forskolan-blabaret",
        "blabaret-preschool",
        T("Förskolan Blåbäret", "Blåbäret Preschool", "روضة بلوبيريت"),
        T(
            "Liten förskola med två avdelningar för de yngsta barnen.",
            "A small preschool with two groups for the youngest children.",
            "روضة صغيرة فيها مجموعتان لأصغر الأطفال.",
        ),
        "preschool",
        "preschool",
        "Bärvägen 11",
        "123 55",
        ("59.344600", "18.071800"),
        "0123-456 804",
        FAMILIES,
        department="bou",
        facts=("step_free_entrance",),
    ),
    place(
        "forskolan-regnbagen",
        "regnbagen-preschool",
        T("Förskolan Regnbågen", "Regnbågen Preschool", "روضة رينبوغن"),
        T(
            "Flerspråkig förskola med svenska, arabiska och somaliska.",
            "A multilingual preschool with Swedish, Arabic and Somali.",
            "روضة متعددة اللغات بالسويدية والعربية والصومالية.",
        ),
        "preschool",
        "preschool",
        "Regnbågsgatan 6",
        "123 57",
        ("59.325300", "18.049900"),
        "0123-456 805",
        FAMILIES + NEW,
        department="bou",
    ),
    # Schools
    place(
        "sjovikskolan",
        "sjovik-school",
        T("Sjövikskolan", "Sjövik School", "مدرسة شوفيك"),
        T(
            "Grundskola för årskurs F–6 med fritidshem.",
            "A school for preschool class to year 6, with an after-school centre.",
            "مدرسة من الصف التمهيدي إلى الصف السادس مع مركز رعاية بعد المدرسة.",
        ),
        "school",
        "school",
        "Skolgatan 4",
        "123 41",
        ("59.333800", "18.055600"),
        "0123-456 901",
        FAMILIES + NEW,
        department="bou",
    ),
    place(
        "norrbyskolan",
        "norrby-school",
        T("Norrbyskolan", "Norrby School", "مدرسة نوربي"),
        T(
            "Grundskola för årskurs 7–9 med profil inom naturvetenskap.",
            "A school for years 7–9 with a science profile.",
            "مدرسة للصفوف من السابع إلى التاسع مع تخصص في العلوم.",
        ),
        "school",
        "school",
        "Norrbyvägen 30",
        "123 52",
        ("59.351000", "18.058300"),
        "0123-456 902",
        FAMILIES + NEW,
        department="bou",
    ),
    place(
        "hamnskolan",
        "harbour-school",
        T("Hamnskolan", "Harbour School", "مدرسة الميناء"),
        T(
            "Grundskola F–9 med förberedelseklass för nyanlända elever.",
            "A school for preschool class to year 9, with a preparatory class for newly arrived pupils.",
            "مدرسة من الصف التمهيدي إلى التاسع مع صف تحضيري للتلاميذ القادمين حديثًا.",
        ),
        "school",
        "school",
        "Hamngatan 20",
        "123 47",
        ("59.321400", "18.081500"),
        "0123-456 903",
        FAMILIES + NEW,
        department="bou",
    ),
    place(
        "vasterbyskolan",
        "vasterby-school",
        T("Västerbyskolan", "Västerby School", "مدرسة فيستربي"),
        T(
            "Liten skola för årskurs F–3 nära naturen.",
            "A small school for preschool class to year 3, close to nature.",
            "مدرسة صغيرة من الصف التمهيدي إلى الثالث قريبة من الطبيعة.",
        ),
        "school",
        "school",
        "Västerbyvägen 9",
        "123 62",
        ("59.327700", "18.026100"),
        "0123-456 904",
        FAMILIES,
        department="bou",
        facts=("step_free_entrance", "accessible_toilet"),
    ),
    # Recycling centres
    place(
        "atervinningscentralen-norr",
        "recycling-centre-north",
        T("Återvinningscentralen Norr", "Recycling Centre North", "مركز إعادة التدوير الشمالي"),
        T(
            "Lämna grovavfall, farligt avfall och saker till återbruk.",
            "Leave bulky waste, hazardous waste and things for reuse.",
            "سلّم النفايات الكبيرة والخطرة والأشياء القابلة لإعادة الاستخدام.",
        ),
        "recycling_centre",
        "recycling",
        "Återvinningsvägen 1",
        "123 70",
        ("59.356300", "18.044400"),
        "0123-457 100",
        ["husagare", "foretagare"],
        department="sbf",
        facts=("accessible_parking",),
    ),
    place(
        "atervinningscentralen-soder",
        "recycling-centre-south",
        T("Återvinningscentralen Söder", "Recycling Centre South", "مركز إعادة التدوير الجنوبي"),
        T(
            "Mindre återvinningscentral för hushåll, med trädgårdsavfall.",
            "A smaller recycling centre for households, with garden waste.",
            "مركز أصغر لإعادة التدوير للأسر، مع نفايات الحدائق.",
        ),
        "recycling_centre",
        "recycling",
        "Industrigatan 12",
        "123 75",
        ("59.309500", "18.062800"),
        "0123-457 110",
        ["husagare"],
        department="sbf",
        facts=("accessible_parking",),
    ),
    # Sports halls
    place(
        "sjovikshallen",
        "sjovik-sports-hall",
        T("Sjövikshallen", "Sjövik Sports Hall", "صالة شوفيك الرياضية"),
        T(
            "Kommunens största idrottshall med läktare för 800 personer.",
            "The municipality's largest sports hall, with seating for 800.",
            "أكبر صالة رياضية في البلدية، تتسع لـ800 متفرج.",
        ),
        "sports_hall",
        "sports_hall",
        "Idrottsvägen 1",
        "123 43",
        ("59.336200", "18.068900"),
        "0123-457 200",
        FAMILIES + NEW,
        department="klf",
    ),
    place(
        "norrbyhallen",
        "norrby-sports-hall",
        T("Norrbyhallen", "Norrby Sports Hall", "صالة نوربي الرياضية"),
        T(
            "Idrottshall vid Norrbyskolan, kvällar och helger för föreningar.",
            "A sports hall by Norrby School; evenings and weekends for clubs.",
            "صالة رياضية بجانب مدرسة نوربي؛ المساء وعطلات نهاية الأسبوع للجمعيات.",
        ),
        "sports_hall",
        "sports_hall",
        "Norrbyvägen 32",
        "123 52",
        ("59.351700", "18.060600"),
        "0123-457 210",
        FAMILIES,
        department="klf",
        facts=("step_free_entrance", "accessible_toilet"),
    ),
    place(
        "hamnhallen",
        "harbour-sports-hall",
        T("Hamnhallen", "Harbour Sports Hall", "صالة الميناء الرياضية"),
        T(
            "Hall för bollsporter och gymnastik nära Hamnskolan.",
            "A hall for ball games and gymnastics near Harbour School.",
            "صالة لألعاب الكرة والجمباز قرب مدرسة الميناء.",
        ),
        "sports_hall",
        "sports_hall",
        "Hamngatan 22",
        "123 47",
        ("59.320700", "18.083300"),
        "0123-457 220",
        FAMILIES,
        department="klf",
    ),
    # Swimming pool
    place(
        "sjoviksbadet",
        "sjovik-swimming-pool",
        T("Sjöviksbadet", "Sjövik Swimming Pool", "مسبح شوفيك"),
        T(
            "Inomhusbad med motionsbassäng, barnpool, gym och bastu.",
            "An indoor pool with a lap pool, children's pool, gym and sauna.",
            "مسبح داخلي فيه حوض للسباحة ومسبح للأطفال وصالة رياضية وساونا.",
        ),
        "swimming_pool",
        "swimming_pool",
        "Badhusgatan 3",
        "123 44",
        ("59.334900", "18.071100"),
        "0123-457 300",
        FAMILIES + OLDER,
        department="klf",
    ),
    # Citizen office
    place(
        "medborgarkontoret",
        "citizen-office",
        T("Medborgarkontoret", "Citizen Office", "مكتب المواطنين"),
        T(
            "Här får du hjälp med frågor om kommunens service, e-tjänster och blanketter.",
            "Get help here with the municipality's services, e-services and forms.",
            "احصل هنا على المساعدة في خدمات البلدية والخدمات الإلكترونية والاستمارات.",
        ),
        "citizen_office",
        "citizen_office",
        "Stadshustorget 1",
        "123 40",
        ("59.330400", "18.059300"),
        "0123-456 000",
        NEW + ["foretagare"] + OLDER,
        email="medborgarkontoret@sjovik.example",
        department="klf",
    ),
    # Youth centre
    place(
        "ungdomens-hus",
        "youth-centre",
        T("Ungdomens hus", "Youth Centre", "بيت الشباب"),
        T(
            "Mötesplats för unga med café, musikstudio och läxhjälp.",
            "A meeting place for young people with a café, music studio and homework help.",
            "مكان لقاء للشباب فيه مقهى واستوديو موسيقى ومساعدة في الواجبات.",
        ),
        "youth_centre",
        "youth_centre",
        "Torggatan 10",
        "123 40",
        ("59.332500", "18.064700"),
        "0123-457 400",
        NEW,
        department="soc",
    ),
    # Meeting places for older people
    place(
        "traffpunkt-angen",
        "angen-meeting-place",
        T("Träffpunkt Ängen", "Ängen Meeting Place", "ملتقى إنغن"),
        T(
            "Öppen mötesplats för äldre och anhöriga med lunch och aktiviteter.",
            "An open meeting place for older people and carers, with lunch and activities.",
            "ملتقى مفتوح لكبار السن ومقدّمي الرعاية، مع غداء وأنشطة.",
        ),
        "meeting_place",
        "meeting_place",
        "Ängsvägen 7",
        "123 58",
        ("59.339800", "18.046200"),
        "0123-457 500",
        OLDER,
        department="soc",
    ),
    place(
        "traffpunkt-hamnen",
        "harbour-meeting-place",
        T("Träffpunkt Hamnen", "Harbour Meeting Place", "ملتقى الميناء"),
        T(
            "Mötesplats vid hamnen med fika, cirklar och anhörigstöd.",
            "A meeting place by the harbour with coffee, study circles and carer support.",
            "ملتقى بجانب الميناء مع قهوة وحلقات دراسية ودعم لمقدّمي الرعاية.",
        ),
        "meeting_place",
        "meeting_place",
        "Hamngatan 9",
        "123 45",
        ("59.323600", "18.077900"),
        "0123-457 510",
        OLDER,
        department="soc",
    ),
]

SERVICE_KIND = {"library_main": "library", "library_branch": "library"}
