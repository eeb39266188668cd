namespace StarCoach.Core.Banks;

/// <summary>
/// How a story is named to the candidate: its title and, when its question has several prepared stories, which one it
/// is ("Story 2 of 3: Migrating billing to the new API"), so a question asked for each of its stories never looks
/// like the same screen twice.
/// </summary>
/// <param name="Title">The story's title (<see cref="StoryTitle.Of(Question, Answer)"/>).</param>
/// <param name="Number">Its place among the question's prepared answers, from 1.</param>
/// <param name="Of">How many answers the question has.</param>
public sealed record StoryName(string Title, int Number, int Of)
{
    /// <summary>The name of <paramref name="answer"/>, one of the answers of <paramref name="question"/>.</summary>
    public static StoryName For(Question question, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        var index = question.Answers.IndexOf(answer);
        if (index < 0)
        {
            index = question.Answers.Select(a => a.Id).ToList().IndexOf(answer.Id);
        }

        var title = StoryTitle.Of(question, answer);
        return index < 0 ? new StoryName(title, 1, 1) : new StoryName(title, index + 1, question.Answers.Length);
    }

    /// <summary>True when the question has more than one story, so which one matters.</summary>
    public bool IsOneOfSeveral => Of > 1;

    /// <summary>"Story 2 of 3", or null when the question has one story.</summary>
    public string? Position => IsOneOfSeveral ? FormattableString.Invariant($"Story {Number} of {Of}") : null;

    /// <summary>"Story 2 of 3: Migrating billing to the new API", or just the title for a question's only story.</summary>
    public override string ToString() => Position is { } position ? $"{position}: {Title}" : Title;
}
