using System.Collections.Immutable;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import;

/// <summary>An item import read from the layout alone, for the user to check before anything else.</summary>
/// <param name="Line">The source line the item starts on: what a correction of it names.</param>
/// <param name="Question">The question read there, or the question the answer was given to.</param>
/// <param name="Answer">For an answer read as starting on the line, that answer; null for a question.</param>
/// <param name="Why">Why import read it so ("because it is an item of a list of questions").</param>
public sealed record CheckItem(int Line, Question Question, Answer? Answer, string Why)
{
    /// <summary>True when the line was read as a question (else as the start of a new answer).</summary>
    public bool IsQuestion => Answer is null;
}

/// <summary>
/// What an import found, as the CLI and the web app both show it: counts, the items to check first, and the text kept
/// aside (markup pieces counted, not listed).
/// </summary>
/// <param name="Categories">Distinct categories the questions sit under.</param>
/// <param name="Answers">Main answers (follow-up answers aside).</param>
/// <param name="AnswerKinds">How many main answers of each kind, in the order of <see cref="AnswerKind"/>.</param>
/// <param name="NearDuplicates">Pairs of answers to one question that tell much the same story.</param>
/// <param name="CheckFirst">Questions and answers read from the layout alone, in source order.</param>
/// <param name="Passages">Text kept aside, word for word, that is not markup.</param>
/// <param name="MarkupPieces">Pieces of markup (HTML tags, a fence's language) kept so no word is lost.</param>
/// <param name="Diagnostics">The import's notes, less those about the questions listed in <paramref name="CheckFirst"/>.</param>
public sealed record ImportSummary(
    int Questions,
    int Categories,
    int Answers,
    ImmutableArray<(AnswerKind Kind, int Count)> AnswerKinds,
    int FollowUps,
    int NearDuplicates,
    ImmutableArray<CheckItem> CheckFirst,
    ImmutableArray<UnassignedText> Passages,
    int MarkupPieces,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>What to do when a document gave no questions, after saying what was found.</summary>
    public const string NoQuestionsAdvice =
        "StarCoach starts a question at a line that asks (“Tell me about a time…”, “How do you…”, or ending in “?”) " +
        "and takes the text under it as your answer. Put each question on a line of its own above its story and import the file again.";

    /// <summary>True when import found no question, so there is nothing to practise yet.</summary>
    public bool HasNoQuestions => Questions == 0;

    /// <summary>Summarises <paramref name="bank"/>.</summary>
    public static ImportSummary Of(Bank bank)
    {
        var answers = bank.Questions.SelectMany(q => q.Answers).ToList();
        var unsure = bank.Questions.Where(q => ImportConfidence.IsLow(q.Confidence))
            .Select(q => new CheckItem(q.SourceSpan.StartLine, q, null, $"because {q.Reading ?? "of its layout"}"));
        var unsureAnswers = bank.Questions.SelectMany(q => q.Answers.Where(a => ImportConfidence.IsLow(a.Confidence))
            .Select(a => new CheckItem(a.SourceSpan.StartLine, q, a, "after a wide gap")));
        var checkFirst = unsure.Concat(unsureAnswers).OrderBy(i => i.Line).ToImmutableArray();
        var unsureLines = checkFirst.Where(i => i.IsQuestion).Select(i => i.Line).ToHashSet();
        var passages = bank.Unassigned.Where(u => !u.IsMarkup).ToImmutableArray();
        return new ImportSummary(
            bank.Questions.Length,
            bank.Questions.Select(q => q.Category).Where(c => c is not null).Distinct().Count(),
            answers.Count,
            [.. answers.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))],
            bank.Questions.Sum(q => q.FollowUps.Length),
            bank.Questions.Sum(q => Import.NearDuplicates.Among(q.Answers).Count()),
            checkFirst,
            passages,
            bank.Unassigned.Length - passages.Length,
            [.. bank.Diagnostics.Where(d => !(d.Severity == DiagnosticSeverity.Info && d.Line is { } line && unsureLines.Contains(line)))]);
    }
}
