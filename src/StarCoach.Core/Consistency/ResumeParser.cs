using System.Globalization;
using System.Text.RegularExpressions;

namespace StarCoach.Core.Consistency;

/// <summary>
/// Finds the jobs of a résumé: a line with a date range ("Mar 2023 – Oct 2023", "2012 - Present") heads a job;
/// the part of the line that reads as a title ("Sr. MLOps Engineer") is the role, the rest the employer (or the
/// line above, when the employer has a line of its own). Education, skills and similar sections hold no jobs.
/// </summary>
internal static partial class ResumeParser
{
    private const int MaxHeadingWords = 5;

    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    [GeneratedRegex(@"(?:(?<m1>" + Month + @")\s+|(?<n1>\d{1,2})/)?(?<y1>(?:19|20)\d{2})\s*(?:-|–|—|to)\s*(?:(?:(?<m2>" + Month + @")\s+|(?<n2>\d{1,2})/)?(?<y2>(?:19|20)\d{2})|(?<present>present|current|now|today|date))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateRangeRegex();

    [GeneratedRegex(@"\b(?:engineer|scientist|architect|manager|lead|director|consultant|developer|analyst|intern|nurse|vp|head|officer|specialist|administrator|programmer|researcher|founder|owner|president|fellow|designer)\b|\bIC\d\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleWordRegex();

    [GeneratedRegex(@"^(?:education|skills|technical\s+skills|certifications?|publications?|awards?|interests|languages|references|volunteering|patents?|courses|training)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NonJobSectionRegex();

    [GeneratedRegex(@"^(?:(?:professional|work|relevant)\s+)?(?:experience|employment(?:\s+history)?|work\s+history|career(?:\s+history)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JobSectionRegex();

    [GeneratedRegex(@"\s+(?:—|–|-|\||·|•|@|at)\s+|,\s+|\t+|\s{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex PartSeparatorRegex();

    public static Resume Parse(string source, IReadOnlyList<string> lines, DateOnly today)
    {
        var entries = new List<ResumeEntry>();
        var inJobs = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Clean(lines[i]);
            if (line.Length == 0)
            {
                continue;
            }

            if (IsHeading(line))
            {
                if (NonJobSectionRegex().IsMatch(line))
                {
                    inJobs = false;
                }
                else if (JobSectionRegex().IsMatch(line))
                {
                    inJobs = true;
                }

                continue;
            }

            if (!inJobs || IsBullet(lines[i]))
            {
                continue;
            }

            var dates = DateRangeRegex().Match(line);
            if (!dates.Success)
            {
                continue;
            }

            var (employer, role) = SplitHeader(line.Remove(dates.Index, dates.Length));
            var startLine = i + 1;
            if (employer is null && i > 0 && PreviousLine(lines, i) is { } previous && !IsBullet(lines[previous]) && !IsHeading(Clean(lines[previous])) && !DateRangeRegex().IsMatch(lines[previous]))
            {
                var (previousEmployer, previousRole) = SplitHeader(Clean(lines[previous]));
                employer = previousEmployer ?? (previousRole is not null && role is null ? null : Clean(lines[previous]));
                role ??= previousRole;
                startLine = previous + 1;
            }

            if (employer is null)
            {
                continue;
            }

            var (start, end, current) = ReadDates(dates);
            var last = start is null ? (DateOnly?)null : end ?? (current ? today : null);
            int? months = start is { } s && last is { } l ? Math.Max(1, (l.Year * 12 + l.Month) - (s.Year * 12 + s.Month) + 1) : null;
            entries.Add(new ResumeEntry(employer, role, start, current ? null : end, current, months, startLine, EntryEnd(lines, i)));
        }

        return new Resume(source, [.. lines], [.. entries]);
    }

    /// <summary>True for a short line that names a section ("EXPERIENCE", "Education").</summary>
    internal static bool IsHeading(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxHeadingWords && !DateRangeRegex().IsMatch(line)
            && (line.All(c => !char.IsLetter(c) || char.IsUpper(c)) || NonJobSectionRegex().IsMatch(line) || JobSectionRegex().IsMatch(line) && words.Length <= 3);
    }

    private static (string? Employer, string? Role) SplitHeader(string text)
    {
        var parts = PartSeparatorRegex().Split(text).Select(p => p.Trim(' ', '(', ')', ',', '|', '–', '—', '-')).Where(p => p.Length > 1 && p.Any(char.IsLetter)).ToList();
        string? role = null;
        string? employer = null;
        foreach (var part in parts)
        {
            if (role is null && RoleWordRegex().IsMatch(part))
            {
                role = part;
            }
            else if (employer is null && CareerMentions.Entities(part).Count > 0 && !IsPlace(part))
            {
                employer = part;
            }
        }

        // "CBRE (client: Google)" was split at the comma-free parenthesis; keep what the author wrote around it.
        if (employer is not null && text.Contains('(', StringComparison.Ordinal))
        {
            var open = text.IndexOf(employer, StringComparison.Ordinal);
            var close = text.IndexOf(')', Math.Max(0, open));
            if (open >= 0 && close > open && !text.AsSpan(open, close - open).ContainsAny("—–|"))
            {
                employer = text.Substring(open, close - open + 1).Trim();
            }
        }

        return (employer, role);
    }

    private static bool IsPlace(string part) => part.Length == 2 && part.All(char.IsUpper) || part.Equals("Remote", StringComparison.OrdinalIgnoreCase);

    private static (DateOnly? Start, DateOnly? End, bool Current) ReadDates(Match dates)
    {
        static DateOnly? Date(Group month, Group number, Group year, bool end)
        {
            if (!year.Success)
            {
                return null;
            }

            var y = int.Parse(year.Value, CultureInfo.InvariantCulture);
            var m = month.Success ? MonthNumber(month.Value) : number.Success ? Math.Clamp(int.Parse(number.Value, CultureInfo.InvariantCulture), 1, 12) : end ? 12 : 1;
            return new DateOnly(y, m, 1);
        }

        var current = dates.Groups["present"].Success;
        return (Date(dates.Groups["m1"], dates.Groups["n1"], dates.Groups["y1"], false), Date(dates.Groups["m2"], dates.Groups["n2"], dates.Groups["y2"], true), current);
    }

    private static int MonthNumber(string month) => month.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6, "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static int? PreviousLine(IReadOnlyList<string> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (Clean(lines[i]).Length > 0)
            {
                return i;
            }
        }

        return null;
    }

    private static int EntryEnd(IReadOnlyList<string> lines, int header)
    {
        var end = header + 1;
        for (var i = header + 1; i < lines.Count; i++)
        {
            var line = Clean(lines[i]);
            if (line.Length == 0)
            {
                continue;
            }

            if (IsHeading(line) || DateRangeRegex().IsMatch(line) || !IsBullet(lines[i]) && i + 1 < lines.Count && DateRangeRegex().IsMatch(lines[i + 1]))
            {
                break;
            }

            end = i + 1;
        }

        return end;
    }

    internal static bool IsBullet(string line)
    {
        var t = line.TrimStart();
        return t.Length > 1 && (t[0] is '•' or '·' or '▪' or '◦' || t[0] is '-' or '*' or '–' or '+' && t[1] == ' ' || char.IsAsciiDigit(t[0]) && t.Length > 2 && t[1] is '.' or ')');
    }

    /// <summary>The line without Markdown heading or emphasis marks.</summary>
    internal static string Clean(string line) => line.Trim().TrimStart('#').Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal).Trim();
}
