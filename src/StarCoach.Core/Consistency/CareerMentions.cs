using System.Globalization;
using System.Text.RegularExpressions;

namespace StarCoach.Core.Consistency;

/// <summary>
/// Finds where a story says who the candidate worked for ("At Google,", "while at NetApp", "my tenure at
/// CBRE/Google"), what they were ("As the tech lead", "I'm a seasoned ML Engineer") and for how long
/// ("8 months", "over 15 years of experience"). Only first-person, past framings count: "an IC6 role at
/// Meta" is the job being interviewed for, not an employer.
/// </summary>
internal static partial class CareerMentions
{
    private const string Name = @"(?<name>[A-Z][A-Za-z0-9&]*(?:[\-/][A-Z][A-Za-z0-9&]*)*(?:\s+[A-Z][A-Za-z0-9&]+){0,2})";

    private const string NumberWord = @"\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a";

    // A line or sentence may open with "At X" or a STAR label and "At X" ("Situation: At Google, …"). "Worked with David" and "as a mentor with Alice"
    // name colleagues, so "with" never introduces an employer.
    [GeneratedRegex(@"(?:(?:^|(?<=[.!?]\s))\W*(?:[A-Z][a-z]+:\s*)?(?:[Aa]t)\s+|\bwhile\s+(?:working\s+|I\s+was\s+|we\s+were\s+)?at\s+|\bduring\s+my\s+(?:time|tenure|years?|stint|days)\s+(?:at|in|with)\s+|\bmy\s+(?:time|tenure|years?|stint|days)\s+(?:at|in|with)\s+|\b[Aa]s\s+(?:an?|the)\s+[A-Za-z0-9.\- ]{1,40}?\s+at\s+|\b(?:worked|working|joined|I\s+was|we\s+were)\s+(?:at|for)\s+)" + Name
        + @"|\b[Aa]t\s+" + Name + @"\s*,\s*(?:I|we|our|my|the|while|during|as|when)\b|\bI\s+joined\s+" + Name,
        RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex EmployerRegex();

    // The company being interviewed for: "an IC6 role at Meta", "as a new member at Meta", "thrive at Meta".
    [GeneratedRegex(@"\b(?:role|position|job|offer|opening|member|candidate|interview|interviewing|IC\d{1,2}|[LE]\d)\s+(?:at|with)\s+" + Name + @"|\b(?:join|joining|thrive\s+at|succeed\s+at|aspir\w*\s+to\s+[\w\s]{0,30}?at)\s+" + Name,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TargetCompanyRegex();

    private const string Role = @"(?<role>(?:(?:senior|sr\.?|staff|principal|lead|chief|junior|head|first[\s\-]line|associate)\s+)?(?:(?:ML|AI|MLOps|DevOps|machine\s+learning|software|data|platform|infrastructure|engineering|technical|tech|team|product|project|program|research|solutions?|charge|registered)\s+){0,3}(?:engineer|scientist|architect|manager|lead|director|consultant|developer|analyst|nurse|owner|VP)\b|IC\d{1,2}\b(?:-level\s+engineer)?|[LE]\d\b)";

    [GeneratedRegex(@"\b(?:[Aa]s\s+(?:an?|the)\s+|I\s+(?:was|am|served\s+as|worked\s+as|joined\s+as)\s+(?:an?|the)\s+|I(?:'|’)m\s+an?\s+(?:seasoned\s+|experienced\s+)?|my\s+role\s+as\s+(?:an?\s+|the\s+)?|promoted\s+to\s+)" + Role,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SelfRoleRegex();

    // Case-insensitive except for the company name, which must be capitalised ("2 years in production" is no tenure).
    [GeneratedRegex(@"(?i:(?<qualifier>over|more\s+than|nearly|almost|about|around|just|only|roughly|close\s+to)?\s*\(?\b(?<num>" + NumberWord + @")\+?\s+(?<unit>years?|months?)\)?)(?:(?i:\s+of\s+(?:[\w/\-]+\s+){0,3}?experience)|\s+(?:at|in|with)\s+" + Name + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TenureRegex();

    [GeneratedRegex(@"\b(?:tenure|time|stint)\s+(?:at|in|with)\s+" + Name + @"\s+(?:was|is|lasted)\s+(?:[a-z]+\s+){0,3}?\(?(?<qualifier>just|only|about|nearly|over)?\s*(?<num>" + NumberWord + @")\s+(?<unit>years?|months?)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TenureAtRegex();

    private static readonly HashSet<string> NotCompanies = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "first", "least", "times", "once", "scale", "present", "end", "some", "each", "one", "any", "all", "our", "my",
        "their", "his", "her", "its", "your", "night", "home", "work", "night", "last", "then", "now", "which", "what", "when", "situation",
        "task", "action", "result", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "friday", "weekends", "day", "it", "we", "us", "them", "he", "she", "they", "an", "a",
    };

    private static readonly HashSet<string> CorporateSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "ltd", "llc", "corp", "corporation", "co", "group", "plc", "gmbh", "client", "contract", "contractor", "via", "for", "at",
    };

    /// <summary>An employer named in the text.</summary>
    public readonly record struct Mention(string Name, int Start, int Length);

    /// <summary>A role the candidate says they held.</summary>
    public readonly record struct RoleMention(string Role, int Start, int Length);

    /// <summary>A stated tenure: months at an employer (null employer for a whole career).</summary>
    public readonly record struct TenureMention(string? Employer, double Months, bool AtLeast, int Start, int Length);

    public static IEnumerable<Mention> Employers(string text)
    {
        foreach (Match match in EmployerRegex().Matches(text))
        {
            var group = match.Groups["name"];
            var name = TrimName(group.Value);
            if (name.Length > 1 && !NotCompanies.Contains(name.Split(' ', '/', '-')[0]))
            {
                yield return new Mention(name, group.Index, name.Length);
            }
        }
    }

    /// <summary>Companies named as the one being interviewed for; they are not employers of the stories.</summary>
    public static IEnumerable<string> TargetCompanies(string text)
    {
        foreach (Match match in TargetCompanyRegex().Matches(text))
        {
            var name = TrimName(match.Groups["name"].Value);
            if (name.Length > 1 && !NotCompanies.Contains(name))
            {
                yield return name;
            }
        }
    }

    public static IEnumerable<RoleMention> Roles(string text)
    {
        foreach (Match match in SelfRoleRegex().Matches(text))
        {
            var group = match.Groups["role"];
            yield return new RoleMention(group.Value, group.Index, group.Length);
        }
    }

    public static IEnumerable<TenureMention> Tenures(string text)
    {
        // Most passages name no length of time; the patterns only run where one can be.
        if (!text.Contains("year", StringComparison.OrdinalIgnoreCase) && !text.Contains("month", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        foreach (var regex in new[] { TenureRegex(), TenureAtRegex() })
        {
            foreach (Match match in regex.Matches(text))
            {
                if (!TryNumber(match.Groups["num"].Value, out var number))
                {
                    continue;
                }

                var unit = match.Groups["unit"].Value.ToLowerInvariant();
                var months = unit.StartsWith("year", StringComparison.Ordinal) ? number * 12 : number;
                var qualifier = match.Groups["qualifier"].Value.ToLowerInvariant();
                var employer = match.Groups["name"].Success ? TrimName(match.Groups["name"].Value) : null;
                if (employer is not null && NotCompanies.Contains(employer))
                {
                    continue;
                }

                var value = match.Value;
                var lead = value.Length - value.TrimStart().Length;
                yield return new TenureMention(employer, months, qualifier is "over" or "more than", match.Index + lead, value.Trim().Length);
            }
        }
    }

    /// <summary>The words that identify an employer: "CBRE (client: Google)" → CBRE, Google.</summary>
    public static IReadOnlyList<string> Entities(string employer)
    {
        var entities = new List<string>();
        foreach (var token in employer.Split([' ', '/', '(', ')', ':', ',', '&', '–', '—', '|'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim('.', '-', '\'', '’');
            if (word.Length >= 2 && char.IsUpper(word[0]) && !CorporateSuffixes.Contains(word) && !NotCompanies.Contains(word))
            {
                entities.Add(word.ToLowerInvariant());
            }
        }

        return entities;
    }

    /// <summary>The role reduced for comparison: "Sr. MLOps Engineer" → "senior mlops engineer", "technical lead" → "tech lead".</summary>
    public static string NormaliseRole(string role)
    {
        var lower = Regex.Replace(role.ToLowerInvariant(), @"\s+", " ").Trim();
        lower = lower.Replace("sr.", "senior", StringComparison.Ordinal).Replace("sr ", "senior ", StringComparison.Ordinal)
            .Replace("technical lead", "tech lead", StringComparison.Ordinal).Replace("-level engineer", string.Empty, StringComparison.Ordinal)
            .Replace("machine learning", "ml", StringComparison.Ordinal);
        return lower.Trim();
    }

    internal static bool TryNumber(string text, out double value)
    {
        value = text.ToLowerInvariant() switch
        {
            "a" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8,
            "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "fifteen" => 15, "twenty" => 20, "thirty" => 30, "forty" => 40, "fifty" => 50,
            _ => double.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN,
        };
        return !double.IsNaN(value);
    }

    private static string TrimName(string name)
    {
        // "Google Cloud Platform" stays whole; a trailing sentence word ("Google During") does not. The name is
        // cut, never re-spaced, so it still matches the text it came from.
        var end = name.Length;
        while (true)
        {
            var trimmed = name[..end].TrimEnd();
            var space = trimmed.LastIndexOfAny([' ', '\t', '\n']);
            if (space < 0 || !NotCompanies.Contains(trimmed[(space + 1)..]))
            {
                return trimmed;
            }

            end = space;
        }
    }
}
