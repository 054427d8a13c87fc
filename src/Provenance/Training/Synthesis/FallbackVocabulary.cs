namespace Provenance.Training.Synthesis;

/// <summary>Word lists for <see cref="FallbackText"/>. American spellings on purpose: they give house style work.</summary>
internal static class FallbackVocabulary
{
    public static readonly string[] GivenNames =
    [
        "James", "Maria", "Ahmed", "Sofia", "David", "Elena", "Hiroshi", "Priya", "Thomas", "Anna", "Carlos",
        "Fatima", "Peter", "Laura", "Olga", "Samuel", "Grace", "Jonas", "Aisha", "Daniel", "Chen", "Ingrid",
    ];

    public static readonly string[] Surnames =
    [
        "Carter", "Moreno", "Okafor", "Lindqvist", "Tanaka", "Novak", "Haddad", "Fischer", "Romero", "Sato",
        "Kowalski", "Mensah", "Bauer", "Silva", "Nguyen", "Petrov", "Dubois", "Rossi", "Walsh", "Osei", "Larsen",
        "Ibrahim", "Harper", "Moon",
    ];

    public static readonly (string City, string Country)[] Places =
    [
        ("Seoul", "South Korea"), ("Brussels", "Belgium"), ("Nairobi", "Kenya"), ("Lima", "Peru"), ("Oslo", "Norway"),
        ("Manila", "the Philippines"), ("Ottawa", "Canada"), ("Jakarta", "Indonesia"), ("Madrid", "Spain"),
        ("Hanoi", "Vietnam"), ("Accra", "Ghana"), ("Warsaw", "Poland"), ("Canberra", "Australia"),
        ("Santiago", "Chile"), ("Cairo", "Egypt"), ("Chicago", "the U.S."),
    ];

    public static readonly string[] Organizations =
    [
        "the finance ministry", "the central bank", "the national labor union", "the World Health Organization",
        "the energy regulator", "the transport authority", "the state railway company", "the defense ministry",
        "the port authority", "the farmers' cooperative", "the U.S. Treasury", "the U.N. refugee agency",
        "the competition watchdog", "the national statistics office", "the largest opposition party",
        "the chamber of commerce",
    ];

    public static readonly string[] Roles =
    [
        "finance minister", "chief executive", "spokesperson", "union leader", "central bank governor", "mayor",
        "senior official", "trade minister", "chief economist", "labor minister",
    ];

    public static readonly string[] Topics =
    [
        "a new housing program", "the fuel subsidy program", "the labor reform", "regional defense cooperation",
        "the modernization of the power grid", "a new trade center", "the privatization of the state airline",
        "the vaccination program", "a water treatment center", "the organization of next year's census",
        "a tax on imported aluminum", "the harbor expansion", "a youth employment program", "the pension overhaul",
    ];

    public static readonly string[] Actions =
    [
        "expand", "review", "scrap", "delay", "fund", "speed up", "cut spending on", "launch", "back", "reconsider",
    ];

    public static readonly string[] Problems =
    [
        "rising food prices", "a shortage of skilled workers", "a weak currency", "record public debt",
        "slowing exports", "a long drought", "labor unrest", "falling investment",
    ];

    public static readonly string[] Quotes =
    [
        "We have waited long enough, and people deserve answers",
        "This is the right decision for our country",
        "We will not accept these terms, whatever the pressure",
        "The numbers speak for themselves",
        "Nobody should be left behind, least of all the poorest families",
        "We expect a difficult year, but we are ready for it",
        "We plan to buy more equipment, and we will do it quickly",
        "It is too early to say what the final cost will be",
        "Our members are angry, and they want to be heard",
        "We realize this will not be popular",
        "The program has already shown results, and we intend to build on them",
        "There is no quick fix, but cooperation is the only way forward",
    ];

    public static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];
}
