using StarCoach.Core.Banks;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Text;

namespace StarCoach.Core.Consistency.Checks;

/// <summary>One consistency check: a small class with its own finding kind.</summary>
internal interface IConsistencyCheck
{
    IEnumerable<ConsistencyFinding> Run(CheckContext context);
}

/// <summary>Everything the checks read: the bank's claims and stories, and the résumé with its claims.</summary>
internal sealed class CheckContext
{
    /// <summary>Answers of one question sharing this share of word pairs are told as the same story.</summary>
    private const double SameQuestionStoryOverlap = 0.3;

    /// <summary>Answers anywhere in the bank sharing this share of word pairs are the same story.</summary>
    private const double SameStoryOverlap = 0.5;

    private readonly Dictionary<string, int> _storyGroup = new(StringComparer.Ordinal);

    public CheckContext(Bank bank, BankReading reading, ResumeReading? resume)
    {
        Bank = bank;
        Reading = reading;
        Resume = resume;
        GroupStories();
    }

    public Bank Bank { get; }

    public BankReading Reading { get; }

    public ResumeReading? Resume { get; }

    public IEnumerable<Claim> AllClaims => Resume is null ? Reading.Claims : Reading.Claims.Concat(Resume.Claims);

    /// <summary>A number shared by answers that tell the same story (variants, near-duplicates).</summary>
    public int StoryGroup(string? answerId) => answerId is not null && _storyGroup.TryGetValue(answerId, out var group) ? group : -1;

    public Question? QuestionOf(ClaimLocation location) => Bank.Questions.FirstOrDefault(q => q.Id == location.QuestionId);

    /// <summary>"the answer to “Tell me about yourself”", or "your résumé (line 12)".</summary>
    public string Describe(ClaimLocation location)
    {
        if (location.Source == ClaimSource.Resume)
        {
            return $"your résumé (line {location.Line})";
        }

        var question = QuestionOf(location);
        var followUp = question?.FollowUps.FirstOrDefault(f => f.Answer?.Id == location.AnswerId);
        var asked = followUp?.Question ?? question?.Text ?? "a question";
        var kind = question?.Answers.FirstOrDefault(a => a.Id == location.AnswerId)?.Kind;
        var what = followUp is not null ? "your follow-up answer to" : kind == AnswerKind.Compressed ? "the compressed answer to" : "your answer to";
        return $"{what} “{BankAssembler.Shorten(asked, 60)}” (line {location.Line})";
    }

    private void GroupStories()
    {
        var stories = Reading.Stories;
        var parent = Enumerable.Range(0, stories.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);

        var pairs = stories.Select(s => WordPairs.Of(s.Answer.Text)).ToList();
        for (var i = 0; i < stories.Count; i++)
        {
            for (var j = i + 1; j < stories.Count; j++)
            {
                // Stories at different employers are different stories; skipping them keeps big banks fast.
                if (stories[i].Employer is { } a && stories[j].Employer is { } b && a != b)
                {
                    continue;
                }

                var sameQuestion = stories[i].Question.Id == stories[j].Question.Id && !stories[i].IsFollowUp && !stories[j].IsFollowUp;
                var compressed = sameQuestion && (stories[i].Answer.Kind == AnswerKind.Compressed || stories[j].Answer.Kind == AnswerKind.Compressed);
                var overlap = WordPairs.Overlap(pairs[i], pairs[j]);
                if (compressed || (sameQuestion && overlap >= SameQuestionStoryOverlap) || overlap >= SameStoryOverlap)
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        for (var i = 0; i < stories.Count; i++)
        {
            _storyGroup[stories[i].Answer.Id] = Find(i);
        }
    }
}

/// <summary>The résumé with the claims read from its lines and each job's employer as the bank names it.</summary>
internal sealed record ResumeReading(Resume Resume, List<Claim> Claims, List<(ResumeEntry Entry, string? Employer, string Text)> Jobs)
{
    public string AllText { get; } = string.Join('\n', Resume.Lines);

    /// <summary>The job at <paramref name="employer"/> (as the bank names it), if the résumé lists it.</summary>
    public (ResumeEntry Entry, string? Employer, string Text)? JobAt(string employer) =>
        Jobs.FirstOrDefault(j => j.Employer == employer) is { Entry: not null } job ? job : null;

    public ClaimLocation LocationOf(ResumeEntry entry) =>
        new(ClaimSource.Resume, null, null, 0, Resume.Lines[entry.StartLine - 1].Length, entry.StartLine, TextSpans.Excerpt(Resume.Lines[entry.StartLine - 1]));

    /// <summary>Where the résumé lists its jobs: the first job's line, or line 1.</summary>
    public ClaimLocation JobsLocation()
    {
        var line = Jobs.Count > 0 ? Jobs[0].Entry.StartLine : 1;
        var listed = Jobs.Count > 0 ? "Jobs listed: " + string.Join(", ", Jobs.Select(j => j.Entry.Employer)) : TextSpans.Excerpt(Resume.Lines.FirstOrDefault() ?? string.Empty);
        return new ClaimLocation(ClaimSource.Resume, null, null, 0, 0, line, listed);
    }
}
