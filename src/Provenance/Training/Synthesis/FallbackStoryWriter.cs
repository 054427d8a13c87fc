using System.Globalization;
using System.Text.RegularExpressions;
using static Provenance.Training.Synthesis.FallbackVocabulary;

namespace Provenance.Training.Synthesis;

/// <summary>
/// Writes the sentences of one made-up story: the same people, place, organisations and topic throughout,
/// the main person named in full once and by surname after that.
/// </summary>
internal sealed partial class FallbackStoryWriter
{
    private static readonly string[] LedeTemplates =
    [
        "{org} said on {Day} it would {action} {topic}, a plan {Person}, the {role}, described as overdue.",
        "{Country} will {action} {topic}, {Person}, the {role}, told parliament in {City} on {Day}.",
        "{Person}, the {role}, said on {Day} that {org} would {action} {topic} after {number} days of talks.",
    ];

    private static readonly string[] BodyTemplates =
    [
        "The plan will cost about ${amount} billion, according to figures released in {City} on {Day}.",
        "\"{quote},\" {Person} said.",
        "“{quote},” {Person} told a news conference in {City}.",
        "{Person} said the decision followed {number} months of talks with {org2}.",
        "Prices rose {percent} in the year to {Month}, the fastest pace since {year}.",
        "Critics said {topic} would do little for the {number} families hit hardest by {problem}.",
        "The announcement comes as {Country} struggles with {problem} and output fell {percent} in {Month}.",
        "{org2} did not immediately respond to a request for comment on {Day}.",
        "Shares in the biggest listed companies fell {percent} after the news, while the currency slipped {pct}.",
        "About {number},000 people are expected to benefit, officials said on {Day}.",
        "{Person} said {org} would realize savings of ${amount} billion by {year}.",
        "If the plan is approved in {Month}, work on {topic} could start before {year}.",
        "When talks collapsed in {year}, {Person} warned of a big increase in costs for {org2}.",
        "{Person2}, an analyst in {City}, said the {role} was under pressure to show results before {Month}.",
        "\"{quote},\" said {Person2}, who heads {org2}.",
        "Demand for credit rose {percent} in {Month}, {org} said in a statement on {Day}.",
        "The {role} plans to present the details of {topic} to lawmakers within {number} weeks.",
    ];

    private static readonly string[] TitleTemplates =
    [
        "{Country} to {action} {topic}", "{org} moves to {action} {topic}", "{Surname} defends {topic}",
        "Pressure grows over {topic} as {Country} faces {problem}",
    ];

    private readonly Random _random;
    private readonly string _person, _surname, _person2, _role, _org, _org2, _topic, _action, _problem, _city, _country;
    private bool _personNamed, _person2Named;

    public FallbackStoryWriter(Random random)
    {
        _random = random;
        _surname = Pick(Surnames);
        _person = $"{Pick(GivenNames)} {_surname}";
        _person2 = $"{Pick(GivenNames)} {Pick(Surnames)}";
        _role = Pick(Roles);
        _org = Pick(Organizations);
        _org2 = Pick(Organizations);
        _topic = Pick(Topics);
        _action = Pick(Actions);
        _problem = Pick(Problems);
        (_city, _country) = Pick(Places);
    }

    public string Title() => Fill(Pick(TitleTemplates));

    public string Lede() => Fill(Pick(LedeTemplates));

    public string Dateline(string wire) => $"{_city.ToUpperInvariant()} ({wire}) - ";

    public string BodySentence() => Fill(Pick(BodyTemplates));

    private string Pick(string[] choices) => choices[_random.Next(choices.Length)];

    private (string, string) Pick((string, string)[] choices) => choices[_random.Next(choices.Length)];

    private string Fill(string template)
    {
        var sentence = PlaceholderRegex().Replace(template, placeholder => placeholder.Groups["name"].Value switch
        {
            "Person" => Mention(ref _personNamed, _person, _surname),
            "Person2" => Mention(ref _person2Named, _person2, _person2[(_person2.IndexOf(' ') + 1)..]),
            "Surname" => _surname,
            "role" => _role,
            "org" => _org,
            "org2" => _org2,
            "topic" => _topic,
            "action" => _action,
            "problem" => _problem,
            "City" => _city,
            "Country" => _country,
            "quote" => Pick(Quotes),
            "Day" => Pick(Days),
            "Month" => Pick(Months),
            "year" => _random.Next(1998, 2024).ToString(CultureInfo.InvariantCulture),
            "number" => _random.Next(2, 60).ToString(CultureInfo.InvariantCulture),
            "amount" => (_random.Next(11, 999) / 10.0).ToString("0.0", CultureInfo.InvariantCulture),
            "percent" => (_random.Next(1, 150) / 10.0).ToString("0.0", CultureInfo.InvariantCulture) + " percent",
            "pct" => (_random.Next(1, 50) / 10.0).ToString("0.0", CultureInfo.InvariantCulture) + " pct",
            var unknown => throw new InvalidOperationException($"Unknown placeholder '{unknown}'."),
        });
        return TextCase.Capitalize(sentence);
    }

    private static string Mention(ref bool named, string fullName, string surname)
    {
        var mention = named ? surname : fullName;
        named = true;
        return mention;
    }

    [GeneratedRegex(@"\{(?<name>\w+)\}")]
    private static partial Regex PlaceholderRegex();
}
