using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Text;

namespace StarCoach.Core.Matching;

/// <summary>
/// Turns the best scored candidates into <see cref="StoryMatch"/>es with why each fits: the words and competencies
/// shared with the question, the sentence of the best passage that says most of it, the ranks by words and by
/// meaning, and the kind of question both are.
/// </summary>
internal sealed class MatchExplainer(IndexedStories stories, LexicalIndex lexical, CompetencyTagger tagger, IntentSpace intents, MatchTuning tuning)
{
    private const int MaxSharedConcepts = 6;
    private const double MinCompetencyStrength = 0.35;
    private const int MaxCompetencies = 3;
    private const float MinSameKind = 0.3f;

    /// <summary>The <paramref name="top"/> candidates, best first, with why each fits.</summary>
    public ImmutableArray<StoryMatch> Explain(MatchQuery query, ScoredStory[] scored, int top)
    {
        var fused = new float[scored.Length];
        for (var c = 0; c < scored.Length; c++)
        {
            fused[c] = scored[c].Fused;
        }

        var results = ImmutableArray.CreateBuilder<StoryMatch>();
        foreach (var (c, score) in TopK.Select(fused, top))
        {
            var candidate = scored[c];
            var story = stories[candidate.Document];
            var why = new MatchReasons(
                SharedConcepts(query.Stems, story, candidate.Document),
                SharedCompetencies(query.Competencies, stories.Competencies(candidate.Document)),
                candidate.BestPassage < 0 ? string.Empty : BestSentence(story, candidate.BestPassage, query.Stems),
                Math.Round(candidate.BestPassage < 0 ? 0 : candidate.PassageSimilarity, 3),
                Math.Round(candidate.QuestionSimilarity, 3),
                candidate.Words > 0 ? 1 + scored.Count(s => s.Words > candidate.Words) : null,
                1 + scored.Count(s => s.Semantic > candidate.Semantic),
                SameKind(query.Intents, story));
            results.Add(new StoryMatch(
                results.Count + 1,
                story.Question.Id,
                story.Answer.Id,
                story.Question.Text,
                story.Answer.Kind,
                Math.Round(Math.Clamp(score / tuning.TotalWeight, 0, 1), 3),
                why,
                story.Answer.SourceSpan,
                StoryTitle.Of(story.Question, story.Answer)));
        }

        return results.ToImmutable();
    }

    private ImmutableArray<string> SharedConcepts(List<string> stems, IndexedStory story, int document)
    {
        var shared = stems.Where(s => lexical.Contains(s, document)).OrderByDescending(lexical.Idf).ThenBy(s => s, StringComparer.Ordinal).Take(MaxSharedConcepts);
        var answerTerms = TextTerms.Of(story.Answer.Text);
        var questionTerms = TextTerms.Of(story.Question.Text);
        return
        [
            .. shared.Select(stem =>
            {
                // A content stem can be shared with a stop word ("use" and "us"): show the content word.
                var (text, terms) = answerTerms.Any(t => t.Stem == stem && !t.IsStopWord) ? (story.Answer.Text, answerTerms) : (story.Question.Text, questionTerms);
                var term = terms.FirstOrDefault(t => t.Stem == stem && !t.IsStopWord, terms.First(t => t.Stem == stem));
                return text.Substring(term.Start, term.Length).ToLowerInvariant();
            }),
        ];
    }

    /// <summary>The kind of question both are most likely to be, when they are likely enough to be of one kind.</summary>
    private MatchedQuestionKind? SameKind(float[] query, IndexedStory story)
    {
        if (story.ProfileRow < 0)
        {
            return null;
        }

        var profile = stories.Profile(story.ProfileRow);
        var best = 0;
        for (var i = 1; i < query.Length; i++)
        {
            if (query[i] * profile[i] > query[best] * profile[best])
            {
                best = i;
            }
        }

        var probability = query[best] * profile[best];
        var intent = intents.Intents[best];
        return probability < MinSameKind ? null : new MatchedQuestionKind(intent.Id, intent.Name, Math.Round(probability, 3));
    }

    private ImmutableArray<MatchedCompetency> SharedCompetencies(double[] question, ReadOnlySpan<float> answer)
    {
        var strengths = answer.ToArray();
        return
        [
            .. Enumerable.Range(0, question.Length)
                .Where(i => question[i] >= MinCompetencyStrength && strengths[i] >= MinCompetencyStrength)
                .OrderByDescending(i => Math.Min(question[i], strengths[i]))
                .ThenBy(i => i)
                .Take(MaxCompetencies)
                .Select(i => tagger.CompetencyAt(i))
                .Select(c => new MatchedCompetency(c.Framework, c.Id, c.Name)),
        ];
    }

    /// <summary>The sentence of the best passage sharing the most (rarest) words with the question; else its first (the whole answer when it has no sentences).</summary>
    private string BestSentence(IndexedStory story, int passage, List<string> stems)
    {
        var text = story.Answer.Text;
        var sentences = stories.Sentences(story, passage);
        if (sentences.IsEmpty)
        {
            return text.Trim();
        }

        var best = sentences[0];
        var bestScore = 0f;
        foreach (var sentence in sentences)
        {
            var own = TextTerms.ContentStems(sentence.In(text)).ToHashSet(StringComparer.Ordinal);
            var score = stems.Where(own.Contains).Sum(lexical.Idf);
            if (score > bestScore)
            {
                best = sentence;
                bestScore = score;
            }
        }

        // A quote to read, not the document's markup: "**Task:** I …" → "Task: I …".
        return best.In(text).Replace("\\n", " ", StringComparison.Ordinal).Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal).Trim();
    }
}
