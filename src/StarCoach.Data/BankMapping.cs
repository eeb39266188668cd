using System.Collections.Immutable;
using System.Text.Json;
using StarCoach.Core.Banks;
using StarCoach.Data.Entities;

namespace StarCoach.Data;

/// <summary>Converts between the Core domain and the stored rows.</summary>
internal static class BankMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Bank ToDomain(StoredBank bank)
    {
        var questions = bank.Questions.OrderBy(q => q.Ordinal).Select(ToDomain).ToImmutableArray();
        return new Bank(
            Bank.CurrentSchemaVersion,
            bank.SourceFileName,
            bank.Title,
            questions,
            JsonSerializer.Deserialize<ImmutableArray<UnassignedText>>(bank.UnassignedJson, Json),
            JsonSerializer.Deserialize<ImmutableArray<Diagnostic>>(bank.DiagnosticsJson, Json));
    }

    public static Question ToDomain(StoredQuestion question)
    {
        var followUpAnswers = question.Answers.Where(a => a.FollowUpId is not null).ToDictionary(a => a.FollowUpId!.Value);
        return new Question(
            question.StableId,
            question.Text,
            question.Category,
            question.Instruction,
            question.Evaluates,
            JsonSerializer.Deserialize<ImmutableArray<string>>(question.PartsJson, Json),
            [],
            new SourceSpan(question.StartLine, question.EndLine),
            [.. question.Answers.Where(a => a.FollowUpId is null).OrderBy(a => a.Ordinal).Select(ToDomain)],
            [.. question.FollowUps.OrderBy(f => f.Ordinal).Select(f => new FollowUp(
                f.Question,
                followUpAnswers.TryGetValue(f.Id, out var answer) ? ToDomain(answer) : null,
                new SourceSpan(f.StartLine, f.EndLine)))],
            question.Confidence,
            question.Reading);
    }

    public static Answer ToDomain(StoredAnswer answer) =>
        new(
            answer.StableId,
            Enum.Parse<AnswerKind>(answer.Kind, ignoreCase: true),
            answer.Text,
            [.. answer.Sections.OrderBy(s => s.Ordinal).Select(s => new AnswerSection(s.Label, s.Text))],
            new SourceSpan(answer.StartLine, answer.EndLine),
            answer.Label,
            answer.Confidence,
            answer.Title);

    public static void CopyInto(Question source, StoredQuestion target, int ordinal)
    {
        target.StableId = source.Id;
        target.Ordinal = ordinal;
        target.Text = source.Text;
        target.Category = source.Category;
        target.Instruction = source.Instruction;
        target.Evaluates = source.Evaluates;
        target.PartsJson = JsonSerializer.Serialize(source.Parts, Json);
        target.StartLine = source.SourceSpan.StartLine;
        target.EndLine = source.SourceSpan.EndLine;
        target.Confidence = source.Confidence;
        target.Reading = source.Reading;
    }

    public static void CopyInto(Answer source, StoredAnswer target, int ordinal)
    {
        target.StableId = source.Id;
        target.Ordinal = ordinal;
        target.Kind = KindName(source.Kind);
        target.Label = source.Label;
        target.Text = source.Text;
        target.StartLine = source.SourceSpan.StartLine;
        target.EndLine = source.SourceSpan.EndLine;
        target.Confidence = source.Confidence;

        // A file without titles (any prep document) keeps the title the user gave the story in the app.
        target.Title = StoryTitle.Clean(source.Title) ?? target.Title;
        CopySections(source.Sections, target);
    }

    /// <summary>Updates sections in place (same keys), adding or removing only the difference.</summary>
    private static void CopySections(ImmutableArray<AnswerSection> sections, StoredAnswer target)
    {
        var existing = target.Sections.OrderBy(s => s.Ordinal).ToList();
        for (var i = 0; i < sections.Length; i++)
        {
            if (i < existing.Count)
            {
                existing[i].Label = sections[i].Label;
                existing[i].Text = sections[i].Text;
            }
            else
            {
                target.Sections.Add(new StoredSection { AnswerId = target.Id, Ordinal = i, Label = sections[i].Label, Text = sections[i].Text });
            }
        }

        foreach (var surplus in existing.Skip(sections.Length))
        {
            target.Sections.Remove(surplus);
        }
    }

    public static string KindName(AnswerKind kind) => kind.ToString().ToLowerInvariant();

    public static string SerializeUnassigned(ImmutableArray<UnassignedText> items) => JsonSerializer.Serialize(items, Json);

    public static string SerializeDiagnostics(ImmutableArray<Diagnostic> items) => JsonSerializer.Serialize(items, Json);
}
