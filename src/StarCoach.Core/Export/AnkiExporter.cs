using System.Text;
using StarCoach.Core.Banks;
using StarCoach.Core.Consistency;

namespace StarCoach.Core.Export;

/// <summary>
/// Writes Anki flashcards as tab-separated text with Anki's file headers (<c>#separator:tab</c>,
/// <c>#html:false</c>, <c>#tags column:3</c>): one note per question with an answer, the question on the front,
/// the STAR skeleton and key figures on the back, and tags from the competencies (or the category) plus
/// "starcoach". Fields holding tabs, line breaks or quotes are quoted, with quotes doubled.
/// </summary>
internal static class AnkiExporter
{
    public static void Write(Bank bank, TextWriter writer)
    {
        var claims = ClaimExtractor.Extract(bank).ToLookup(c => c.Location.AnswerId);
        var output = new StringBuilder();
        output.Append("#separator:tab\n#html:false\n#notetype:Basic\n#tags column:3\n");
        foreach (var question in bank.Questions)
        {
            if (StarSkeleton.Preferred(question) is not { } answer)
            {
                continue;
            }

            var back = new StringBuilder();
            foreach (var (label, line) in StarSkeleton.Of(answer))
            {
                back.Append(label.Length > 0 ? $"{label}: {line}" : line).Append('\n');
            }

            var figures = StarSkeleton.Figures(question, answer, claims);
            if (figures.Count > 0)
            {
                back.Append("Figures: ").Append(string.Join(" · ", figures)).Append('\n');
            }

            var front = question.Instruction is null ? question.Text : $"{question.Text}\n({question.Instruction})";
            output.Append(Field(front)).Append('\t').Append(Field(back.ToString().TrimEnd('\n'))).Append('\t').Append(Tags(question)).Append('\n');
        }

        writer.Write(output.ToString());
    }

    /// <summary>Anki tags: "amazon::ownership" for competencies, the slugged category otherwise, always "starcoach".</summary>
    internal static string Tags(Question question)
    {
        var tags = new List<string>();
        tags.AddRange(question.Competencies.Select(c => $"{Slug(c.Framework)}::{Slug(c.Id)}"));
        if (tags.Count == 0 && question.Category is { } category)
        {
            tags.Add(Slug(category));
        }

        tags.Add("starcoach");
        return string.Join(' ', tags.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal));
    }

    internal static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny("\t\n\r\"") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
