using StarCoach.Core.Banks;

namespace StarCoach.Core.Consistency;

/// <summary>
/// Extracts the checkable claims of every answer of a bank (main and follow-up answers): figures with what
/// they measure, employers, roles and tenure. Deterministic: the same bank always gives the same claims in
/// the same order.
/// </summary>
public static class ClaimExtractor
{
    /// <summary>Sentences longer than this are read in windows of this size, so a pasted wall of numbers stays linear.</summary>
    internal const int MaxSentenceLength = 1500;

    /// <summary>The claims of every answer of <paramref name="bank"/>, in bank order.</summary>
    public static IReadOnlyList<Claim> Extract(Bank bank) => Read(bank, extraEmployers: []).Claims;

    /// <summary>Everything the consistency checks need from a bank: claims, stories and the employer directory.</summary>
    internal static BankReading Read(Bank bank, IEnumerable<string> extraEmployers)
    {
        var directory = new EmployerDirectory();
        var passages = Passages(bank).ToList();
        foreach (var passage in passages)
        {
            foreach (var target in CareerMentions.TargetCompanies(passage.Answer.Text))
            {
                directory.AddTarget(target);
            }
        }

        // Employer mentions are found once per answer and shared by the directory, the story and each sentence.
        var mentions = passages.Select(p => CareerMentions.Employers(p.Answer.Text).ToList()).ToList();
        foreach (var mention in mentions.SelectMany(m => m))
        {
            directory.Add(mention.Name);
        }

        foreach (var name in extraEmployers)
        {
            directory.Add(name, weight: 0);
        }

        var claims = new List<Claim>();
        var stories = new List<Story>();
        var questionEmployer = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var index = 0; index < passages.Count; index++)
        {
            var passage = passages[index];
            var own = mentions[index].Select(m => directory.Resolve(m.Name)).FirstOrDefault(e => e is not null);
            var inherited = questionEmployer.GetValueOrDefault(passage.Question.Id);
            // A pitch spans a career: its claims take the employer of their own sentence only.
            var storyEmployer = passage.Answer.Kind == AnswerKind.Pitch ? null : own ?? inherited;
            if (!passage.IsFollowUp && own is not null && !questionEmployer.ContainsKey(passage.Question.Id))
            {
                questionEmployer[passage.Question.Id] = own;
            }

            var context = new PassageContext(ClaimSource.Bank, passage.Question.Id, passage.Answer.Id, passage.Answer.SourceSpan.StartLine, storyEmployer);
            claims.AddRange(ReadPassage(passage.Answer.Text, context, directory, mentions[index]));
            stories.Add(Story.Of(passage.Question, passage.Answer, passage.IsFollowUp, storyEmployer, directory));
        }

        return new BankReading(claims, stories, directory);
    }

    /// <summary>The claims of one passage (an answer, or a line of a résumé).</summary>
    internal static List<Claim> ReadPassage(string text, PassageContext context, EmployerDirectory directory, List<CareerMentions.Mention>? employers = null)
    {
        employers ??= CareerMentions.Employers(text).ToList();
        var claims = new List<Claim>();
        foreach (var (sentenceStart, sentenceLength) in Windows(TextSpans.Sentences(text)))
        {
            var sentence = text.Substring(sentenceStart, sentenceLength);
            var excerpt = TextSpans.Excerpt(sentence);
            var mentions = employers
                .Where(m => m.Start >= sentenceStart && m.Start < sentenceStart + sentenceLength)
                .Select(m => (Mention: m with { Start = m.Start - sentenceStart }, Employer: directory.Resolve(m.Name)))
                .Where(m => m.Employer is not null)
                .ToList();

            string? EmployerAt(int offset) => mentions.LastOrDefault(m => m.Mention.Start <= offset).Employer ?? mentions.FirstOrDefault().Employer ?? context.FallbackEmployer;

            ClaimLocation Where(int start, int length) =>
                new(context.Source, context.QuestionId, context.AnswerId, sentenceStart + start, length, context.FirstLine + LineBreaks(text, sentenceStart + start), excerpt);

            foreach (var (mention, employer) in mentions)
            {
                claims.Add(new Claim(ClaimKind.Employer, employer!.ToLowerInvariant(), mention.Name, null, employer, Where(mention.Start, mention.Length)));
            }

            foreach (var role in CareerMentions.Roles(sentence))
            {
                var after = sentence.AsSpan(role.Start + role.Length);
                // "an IC6 role at Meta", "as an IC6 at Meta": the level sought at the company being interviewed for.
                var rest = after.TrimStart().ToString();
                var atTarget = rest.StartsWith("at ", StringComparison.OrdinalIgnoreCase) && directory.IsTarget(rest[3..].Split(' ', ',', '.')[0]);
                var before = sentence.AsSpan(Math.Max(0, role.Start - 24), Math.Min(24, role.Start));
                var aspired = before.Contains("succeed", StringComparison.OrdinalIgnoreCase) || before.Contains("become", StringComparison.OrdinalIgnoreCase)
                    || before.Contains("aspir", StringComparison.OrdinalIgnoreCase) || before.Contains("as someone", StringComparison.OrdinalIgnoreCase);
                if (!atTarget && !aspired && !after.TrimStart().StartsWith("role", StringComparison.OrdinalIgnoreCase))
                {
                    claims.Add(new Claim(ClaimKind.Role, CareerMentions.NormaliseRole(role.Role), role.Role, null, EmployerAt(role.Start), Where(role.Start, role.Length)));
                }
            }

            var tenureSpans = new List<(int Start, int End)>();
            foreach (var tenure in CareerMentions.Tenures(sentence))
            {
                var employer = tenure.Employer is null ? null : directory.Resolve(tenure.Employer);
                if (tenure.Employer is not null && employer is null)
                {
                    continue;
                }

                var value = new ClaimValue(tenure.Months, tenure.AtLeast ? double.PositiveInfinity : tenure.Months, "months");
                var subject = employer is null ? "career" : employer.ToLowerInvariant();
                claims.Add(new Claim(ClaimKind.Tenure, subject, sentence.Substring(tenure.Start, tenure.Length), value, employer, Where(tenure.Start, tenure.Length)));
                tenureSpans.Add((tenure.Start, tenure.Start + tenure.Length));
            }

            foreach (var figure in ClaimFigureReader.Read(sentence))
            {
                if (tenureSpans.Any(t => figure.Start < t.End && t.Start < figure.Start + figure.Length))
                {
                    continue;
                }

                var subject = string.Join(' ', figure.SubjectWords);
                claims.Add(new Claim(figure.Kind, subject, sentence.Substring(figure.Start, figure.Length), figure.Value, EmployerAt(figure.Start), Where(figure.Start, figure.Length), figure.IsTarget, figure.IsConfident));
            }
        }

        return claims;
    }

    private static IEnumerable<(int Start, int Length)> Windows(List<(int Start, int Length)> sentences)
    {
        foreach (var (start, length) in sentences)
        {
            for (var offset = 0; offset < length; offset += MaxSentenceLength)
            {
                yield return (start + offset, Math.Min(MaxSentenceLength, length - offset));
            }
        }
    }

    private static int LineBreaks(string text, int end)
    {
        var count = 0;
        for (var i = 0; i < end && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static IEnumerable<(Question Question, Answer Answer, bool IsFollowUp)> Passages(Bank bank)
    {
        foreach (var question in bank.Questions)
        {
            foreach (var answer in question.Answers)
            {
                yield return (question, answer, false);
            }

            foreach (var followUp in question.FollowUps)
            {
                if (followUp.Answer is not null)
                {
                    yield return (question, followUp.Answer, true);
                }
            }
        }
    }
}

/// <summary>Where a passage sits, for locating its claims, and the employer its story is about.</summary>
internal sealed record PassageContext(ClaimSource Source, string? QuestionId, string? AnswerId, int FirstLine, string? FallbackEmployer);

/// <summary>The claims, stories and employers read from a bank.</summary>
internal sealed record BankReading(List<Claim> Claims, List<Story> Stories, EmployerDirectory Employers);
