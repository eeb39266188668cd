using Microsoft.AspNetCore.WebUtilities;
using StarCoach.Core.Practice;

namespace StarCoach.Web.Features.Practice;

/// <summary>
/// A web practice session as it travels in the query string: the choices it started with, how many stories it holds
/// and the stories already told (in order), so "next", "end session" and the summary need no server-side state.
/// </summary>
public sealed record PracticeSession(string? Mode, string? Category, string? Competency, bool NewOnly, IReadOnlyList<string> Done, int Count)
{
    /// <summary>Most stories one session remembers as done (beyond that, the schedule itself has moved them on).</summary>
    public const int MaxDone = 50;

    /// <summary>The session from its query-string values; a missing or unreadable count is the CLI's default.</summary>
    public static PracticeSession From(string? mode, string? category, string? competency, bool newOnly, string? done, int? count) =>
        new(
            Blank(mode),
            Blank(category),
            Blank(competency),
            newOnly,
            [.. (done ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).TakeLast(MaxDone)],
            count is >= 1 and <= MaxDone ? count.Value : PracticeFilter.DefaultCount);

    /// <summary>The session carried by a <c>session</c> value (the query of <see cref="Query"/>); an empty one for none.</summary>
    public static PracticeSession Parse(string? session)
    {
        var query = QueryHelpers.ParseQuery(session);
        string? Get(string key) => query.TryGetValue(key, out var value) ? value.ToString() : null;
        return From(Get("mode"), Get("category"), Get("competency"), Get("newOnly") == "true", Get("done"), int.TryParse(Get("count"), out var n) ? n : null);
    }

    /// <summary>True once the session has told as many stories as it holds.</summary>
    public bool IsComplete => Done.Count >= Count;

    /// <summary>The session once <paramref name="answerId"/> has been told.</summary>
    public PracticeSession After(string answerId) =>
        this with { Done = [.. Done.Where(d => d != answerId).Append(answerId).TakeLast(MaxDone)] };

    /// <summary>The planner's filter for the next story: the session's choices, without what is done, after the last one.</summary>
    public bool TryFilter(out PracticeFilter filter)
    {
        filter = new PracticeFilter();
        PracticeMode? mode = null;
        if (Mode is not null)
        {
            if (!PracticeModes.TryParse(Mode, out var parsed))
            {
                return false;
            }

            mode = parsed;
        }

        CompetencyRef? competency = null;
        if (Competency is not null && !CompetencyRef.TryParse(Competency, out competency, out _))
        {
            return false;
        }

        filter = new PracticeFilter
        {
            Category = Category,
            Competency = competency,
            NewOnly = NewOnly,
            Mode = mode,
            Done = [.. Done],
            After = Done.Count > 0 ? Done[^1] : null,
            Count = 1,
        };
        return true;
    }

    /// <summary>The session as a query string ("?mode=full&amp;done=a-1,a-2&amp;count=3"), empty values left out.</summary>
    public string Query() =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["mode"] = Mode,
            ["category"] = Category,
            ["competency"] = Competency,
            ["newOnly"] = NewOnly ? "true" : null,
            ["done"] = string.Join(',', Done),
            ["count"] = Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent();

    /// <summary>Where "next" goes for this session.</summary>
    public string NextUrl(Guid bankId) => $"/banks/{bankId}/practice/next{Query()}";

    /// <summary>The session's summary page.</summary>
    public string SummaryUrl(Guid bankId) => $"/banks/{bankId}/practice/summary{Query()}";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
