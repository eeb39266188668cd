using System.Collections.Immutable;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Finishes a parsed bank: gives questions and answers their stable ids and adds the diagnostics that
/// need the whole bank (questions without answers, near-duplicate answers).
/// </summary>
internal static class BankAssembler
{
    public static Bank Assemble(string source, string? title, IReadOnlyList<Question> questions, IReadOnlyList<UnassignedText> unassigned, IReadOnlyList<Diagnostic> diagnostics)
    {
        var ids = new StableIds();
        var diagnosticsOut = new List<Diagnostic>(diagnostics);
        var builder = ImmutableArray.CreateBuilder<Question>(questions.Count);
        foreach (var question in questions)
        {
            var questionId = ids.For("q-", question.Text);
            var answers = question.Answers.Select(a => a with { Id = ids.For("a-", questionId + "\n" + a.Text) }).ToImmutableArray();
            var followUps = question.FollowUps
                .Select(f => f.Answer is null ? f : f with { Answer = f.Answer with { Id = ids.For("a-", questionId + "\n" + f.Question + "\n" + f.Answer.Text) } })
                .ToImmutableArray();
            builder.Add(question with { Id = questionId, Answers = answers, FollowUps = followUps });

            if (answers.IsEmpty)
            {
                diagnosticsOut.Add(new Diagnostic(DiagnosticSeverity.Info, $"No answer yet for “{Shorten(question.Text)}”.", question.SourceSpan.StartLine));
            }

            ReportNearDuplicates(question, answers, diagnosticsOut);
        }

        diagnosticsOut.Sort((a, b) => (a.Line ?? 0).CompareTo(b.Line ?? 0));
        return new Bank(Bank.CurrentSchemaVersion, source, title, builder.MoveToImmutable(), [.. unassigned], [.. diagnosticsOut]);
    }

    private static void ReportNearDuplicates(Question question, ImmutableArray<Answer> answers, List<Diagnostic> diagnostics)
    {
        foreach (var (i, j, overlap) in NearDuplicates.Among(answers))
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                $"Answers {i + 1} and {j + 1} to “{Shorten(question.Text)}” are near-duplicates ({Math.Round(overlap * 100)}% of their word pairs shared); keep the stronger one or make them different stories.",
                answers[j].SourceSpan.StartLine));
        }
    }

    internal static string Shorten(string text, int max = 70) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max).TrimEnd(), "…");
}
