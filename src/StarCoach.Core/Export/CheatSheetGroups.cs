using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;

namespace StarCoach.Core.Export;

/// <summary>
/// How a cheat sheet groups questions: by competency when the bank is tagged (the first competency of each
/// question), by category heading otherwise, with the rest under "Other questions".
/// </summary>
internal static class CheatSheetGroups
{
    public static List<(string Title, List<Question> Questions)> Of(Bank bank)
    {
        var tagged = bank.Questions.Any(q => !q.Competencies.IsEmpty);
        return bank.Questions
            .GroupBy(q => tagged
                ? q.Competencies.IsEmpty ? "Other questions" : Title(q.Competencies[0])
                : q.Category ?? "Other questions")
            .Select(g => (g.Key, g.ToList()))
            .ToList();
    }

    /// <summary>The competency's name as its framework spells it ("Hire and Develop the Best"), else its id made readable.</summary>
    private static string Title(CompetencyTag tag)
    {
        var framework = CompetencyFrameworks.Find(tag.Framework);
        if (framework?.Find(tag.Id) is { } competency)
        {
            return $"{competency.Name} · {framework.Name}";
        }

        var words = tag.Id.Replace('-', ' ').Replace('_', ' ');
        return $"{char.ToUpperInvariant(words[0])}{words[1..]} ({tag.Framework})";
    }
}
