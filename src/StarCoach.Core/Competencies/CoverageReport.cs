using System.Collections.Immutable;
using System.Text.Json.Serialization;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Competencies;

/// <summary>
/// Which stories show which competencies of one framework: the story × competency matrix, the competencies no
/// story shows well (gaps), stories leaned on for too many questions, and what to write or strengthen next.
/// </summary>
/// <param name="Framework">The framework the report is for.</param>
/// <param name="Stories">The matrix rows: one per answer that tells a story (compressed variants are left out).</param>
/// <param name="Competencies">The matrix columns, with how well the bank covers each.</param>
/// <param name="Strength">Strength 0–1 per story (row) and competency (column), in the order of the two lists.</param>
/// <param name="Gaps">Competencies with no strong story, weakest first.</param>
/// <param name="Overused">Stories told for several questions, or told twice in near-identical words.</param>
/// <param name="Suggestions">What to do next, most useful first.</param>
public sealed record CoverageReport(
    CompetencyFramework Framework,
    ImmutableArray<CoverageStory> Stories,
    ImmutableArray<CompetencyCoverage> Competencies,
    ImmutableArray<ImmutableArray<double>> Strength,
    ImmutableArray<CoverageGap> Gaps,
    ImmutableArray<OverusedStory> Overused,
    ImmutableArray<CoverageSuggestion> Suggestions);

/// <summary>A story (answer) in the coverage matrix.</summary>
/// <param name="Title">The story's title (<see cref="Banks.StoryTitle.Of(Banks.Question, Banks.Answer)"/>): the one the candidate gave it, or one derived from it.</param>
public sealed record CoverageStory(string AnswerId, string QuestionId, string QuestionText, string Title, AnswerKind Kind, SourceSpan SourceSpan);

/// <summary>How well the bank covers one competency.</summary>
/// <param name="Best">The strongest strength any story has for it.</param>
/// <param name="BestAnswerId">The answer with that strength, if any story shows it at all.</param>
/// <param name="StrongStories">How many stories show it strongly.</param>
public sealed record CompetencyCoverage(string Id, string Name, CoverageLevel Level, double Best, string? BestAnswerId, int StrongStories);

/// <summary>How well a competency is covered.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<CoverageLevel>))]
public enum CoverageLevel
{
    /// <summary>No story shows it.</summary>
    Missing,

    /// <summary>Some story touches it, none shows it convincingly.</summary>
    Weak,

    /// <summary>At least one story shows it convincingly.</summary>
    Strong,
}

/// <summary>A competency no story shows strongly, with the questions that will probe it.</summary>
public sealed record CoverageGap(string CompetencyId, string Name, CoverageLevel Level, double Best, string? BestAnswerId, ImmutableArray<string> TypicalQuestions);

/// <summary>A story leaned on too much.</summary>
/// <param name="AnswerIds">The answers that tell this story.</param>
/// <param name="QuestionIds">The distinct questions it answers.</param>
/// <param name="Title">The story's title, as in <see cref="CoverageStory.Title"/>.</param>
/// <param name="Kind">Why it is flagged.</param>
/// <param name="Similarity">How alike the answers are (0–1; 1 is word for word).</param>
public sealed record OverusedStory(ImmutableArray<string> AnswerIds, ImmutableArray<string> QuestionIds, string Title, OveruseKind Kind, double Similarity);

/// <summary>Why a story is flagged as over-used.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<OveruseKind>))]
public enum OveruseKind
{
    /// <summary>The same project or episode is the answer to more questions than an interview loop can bear.</summary>
    SameStory,

    /// <summary>Two answers are nearly word for word the same.</summary>
    NearDuplicate,
}

/// <summary>One thing to do to improve coverage.</summary>
/// <param name="Kind">What sort of work it is.</param>
/// <param name="Message">The advice, as a sentence.</param>
public sealed record CoverageSuggestion(SuggestionKind Kind, string Message, string? CompetencyId, string? AnswerId);

/// <summary>What a suggestion asks for.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<SuggestionKind>))]
public enum SuggestionKind
{
    /// <summary>Write a new story.</summary>
    Write,

    /// <summary>Rework an existing story so it shows the competency clearly.</summary>
    Strengthen,

    /// <summary>Prepare a different story for some of the questions one story answers.</summary>
    Vary,
}
