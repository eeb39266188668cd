using System.Collections.Immutable;

namespace StarCoach.Core.Competencies;

/// <summary>A set of competencies interviewers probe (Amazon's Leadership Principles, Meta's signal areas, …).</summary>
/// <param name="Id">Framework id: <c>amazon</c>, <c>meta</c>, <c>google</c> or <c>generic</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Competencies">The competencies, in the framework's usual order.</param>
public sealed record CompetencyFramework(string Id, string Name, ImmutableArray<Competency> Competencies)
{
    /// <summary>The competency with <paramref name="id"/>, or null.</summary>
    public Competency? Find(string id) => Competencies.FirstOrDefault(c => c.Id == id);
}

/// <summary>One competency of a framework.</summary>
/// <param name="Id">Stable id within the framework (kebab-case, e.g. <c>dive-deep</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What it means, in a sentence.</param>
/// <param name="Behaviours">First-person sentences of what someone who shows it does and achieves, in our own words: what a story's sentences are compared with by meaning.</param>
/// <param name="Cues">Phrases a story that shows it tends to contain; matched on word stems, so inflections match.</param>
/// <param name="TypicalQuestions">Questions interviewers ask to probe it.</param>
public sealed record Competency(
    string Id,
    string Name,
    string Description,
    ImmutableArray<string> Behaviours,
    ImmutableArray<string> Cues,
    ImmutableArray<string> TypicalQuestions);
