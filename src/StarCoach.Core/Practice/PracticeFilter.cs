using System.Collections.Immutable;
using StarCoach.Core.Competencies;

namespace StarCoach.Core.Practice;

/// <summary>
/// What to practise instead of (or narrowing) what is due: a category, a competency, stories never practised, or a
/// fixed list of answers. With no criterion the session is simply what is due now.
/// </summary>
public sealed record PracticeFilter
{
    /// <summary>Stories practised per session when no count is given: about 15 minutes with the probes.</summary>
    public const int DefaultCount = 3;

    /// <summary>Only questions under this category heading (case-insensitive).</summary>
    public string? Category { get; init; }

    /// <summary>Only stories that show this competency (at least weakly, as coverage counts it).</summary>
    public CompetencyRef? Competency { get; init; }

    /// <summary>Only stories that have never been practised.</summary>
    public bool NewOnly { get; init; }

    /// <summary>Only these answers (<c>a-…</c> ids), in this order.</summary>
    public ImmutableArray<string> AnswerIds { get; init; } = [];

    /// <summary>How many stories at most; <see cref="DefaultCount"/> when null.</summary>
    public int? Count { get; init; }

    /// <summary>The level the stories are practised for: it sets each story's time budget.</summary>
    public Review.TargetLevel Level { get; init; } = Review.TargetLevels.Default;

    /// <summary>The mode for every story; null practises each story in its own length (<see cref="PracticeModes.DefaultFor"/>).</summary>
    public PracticeMode? Mode { get; init; }

    /// <summary>Answers already practised in this session (<c>a-…</c> ids): not offered again.</summary>
    public ImmutableArray<string> Done { get; init; } = [];

    /// <summary>The answer the session practised last (<c>a-…</c>): the next story is of another question when one is left.</summary>
    public string? After { get; init; }

    /// <summary>True when no criterion narrows the choice, so the session is what is due.</summary>
    public bool SelectsDueOnly => Category is null && Competency is null && !NewOnly && AnswerIds.IsDefaultOrEmpty;
}

/// <summary>A competency of a framework, written <c>framework:id</c> (<c>amazon:ownership</c>).</summary>
public sealed record CompetencyRef(string Framework, string Id)
{
    /// <summary>Reads <c>framework:id</c> against the built-in frameworks; the error says what is accepted.</summary>
    public static bool TryParse(string? text, out CompetencyRef? competency, out string? error)
    {
        competency = null;
        error = null;
        var parts = (text ?? string.Empty).Split(':', '/');
        if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
        {
            error = $"competency '{text}' is not framework:id (e.g. amazon:ownership)";
            return false;
        }

        var framework = CompetencyFrameworks.Find(parts[0].Trim());
        if (framework is null)
        {
            error = $"unknown framework '{parts[0].Trim()}'; use {string.Join(", ", CompetencyFrameworks.Ids)}";
            return false;
        }

        var id = parts[1].Trim().ToLowerInvariant();
        if (framework.Find(id) is null)
        {
            error = $"{framework.Id} has no competency '{parts[1].Trim()}'; use one of {string.Join(", ", framework.Competencies.Select(c => c.Id))}";
            return false;
        }

        competency = new CompetencyRef(framework.Id, id);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Framework + ":" + Id;
}
