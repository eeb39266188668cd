using System.Collections.Immutable;
using System.Numerics.Tensors;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Text;

namespace StarCoach.Core.Matching;

/// <summary>
/// Builds a <see cref="StoryIndex"/> from answers whose texts all have the model's vectors: whitens each vector in the
/// model's <see cref="IntentSpace"/>, stores each distinct question and ask once, gives each distinct question its
/// intent profile, each story its answer-level vector, competency cues and BM25F fields, and reports every
/// hundredth of the stories done (<see cref="IndexStage.Indexing"/>).
/// </summary>
internal sealed class StoryIndexBuilder(IEmbedder embedder, IEmbeddingCache cache, IntentSpaces spaces, MatchTuning tuning)
{
    /// <summary>An answer to index, already cut into passages.</summary>
    internal sealed record Source(Question Question, Answer Answer, Passages.Cut Passages);

    /// <summary>Every answer of <paramref name="bank"/>, cut into passages.</summary>
    public static List<Source> Sources(Bank bank) =>
        [.. bank.AllAnswers().Select(qa => new Source(qa.Question, qa.Answer, Passages.CutOf(qa.Answer.Text)))];

    /// <summary>The texts of <paramref name="sources"/> that have vectors: each question, its ask, each passage.</summary>
    public static IEnumerable<string> Texts(IEnumerable<Source> sources)
    {
        foreach (var source in sources)
        {
            if (!string.IsNullOrWhiteSpace(source.Question.Text))
            {
                yield return source.Question.Text;
                yield return QuestionCore.Of(source.Question.Text);
            }

            for (var p = 0; p < source.Passages.Runs.Length; p++)
            {
                yield return source.Passages.TextOf(source.Answer.Text, p);
            }
        }
    }

    /// <summary>Indexes <paramref name="sources"/>; <paramref name="modelVectorOf"/> gives each text's vector from the model (whitened here).</summary>
    public StoryIndex Build(
        IReadOnlyList<Source> sources,
        Func<string, float[]> modelVectorOf,
        IProgress<EmbeddingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var intents = spaces.For(embedder, tuning, modelVectorOf);
        var tagger = new CompetencyTagger();
        var dimensions = embedder.Dimensions;
        IVectorRows Rows(int capacity) => tuning.QuantizedRows ? new QuantizedVectorIndex(dimensions, capacity, withResidual: true) : new VectorIndex(dimensions, capacity);
        // Every store at its final size (growing a large array copies it and leaves the old one to the collector).
        var asks = sources.Select(s => string.IsNullOrWhiteSpace(s.Question.Text) ? null : QuestionCore.Of(s.Question.Text)).ToArray();
        var questionTexts = sources.Where(s => !string.IsNullOrWhiteSpace(s.Question.Text)).Select(s => s.Question.Text).ToHashSet(StringComparer.Ordinal);
        var freeform = tuning.FreeformIntents ? sources.Count(s => string.IsNullOrWhiteSpace(s.Question.Text) && s.Passages.Runs.Length > 0) : 0;
        var passageCount = sources.Sum(s => s.Passages.Runs.Length);
        var questions = Rows(questionTexts.Concat(asks.OfType<string>()).Distinct(StringComparer.Ordinal).Count());
        var passages = Rows(passageCount);
        var runs = new Passages.Run[passageCount];
        var sentences = new SentenceSplitter.SentenceSpan[sources.Sum(s => s.Passages.Sentences.Length)];
        var profiles = new VectorIndex(intents.Intents.Length, questionTexts.Count + freeform);
        var answerVectors = new QuantizedVectorIndex(dimensions, sources.Count);
        var competencies = new float[sources.Count * tagger.CompetencyCount];
        var stories = ImmutableArray.CreateBuilder<IndexedStory>(sources.Count);
        var fields = new List<LexicalIndex.Field[]>(sources.Count);
        var questionRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var profileRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var whole = new float[dimensions];
        var ask = new float[dimensions];
        var passage = new float[dimensions];
        var story = new float[dimensions];
        var sentenceCount = 0;
        var step = Math.Max(1, sources.Count / 100);
        progress?.Report(new EmbeddingProgress(0, sources.Count, IndexStage.Indexing));

        // The row of a question or ask text, its whitened vector in into (dequantised when the text was seen before).
        int Row(string text, Span<float> into)
        {
            if (questionRows.TryGetValue(text, out var row))
            {
                questions.CopyRow(row, into);
                return row;
            }

            intents.Whiten(modelVectorOf(text), into);
            return questionRows[text] = questions.Add(into);
        }

        for (var s = 0; s < sources.Count; s++)
        {
            var source = sources[s];
            var hasQuestion = !string.IsNullOrWhiteSpace(source.Question.Text);
            int questionRow = -1, askRow = -1, profileRow = -1;
            if (hasQuestion)
            {
                var text = source.Question.Text;
                var newQuestion = !questionRows.ContainsKey(text);
                questionRow = Row(text, whole);
                askRow = Row(asks[s]!, ask);
                if (!profileRows.TryGetValue(text, out profileRow))
                {
                    // A new question text: its profile from the vectors as the model gave them, not as stored.
                    if (!newQuestion)
                    {
                        intents.Whiten(modelVectorOf(text), whole);
                    }

                    profileRows[text] = profileRow = profiles.Add(IntentSpaces.Profile(whole, ask, intents, tuning));
                }
            }

            var cut = source.Passages;
            var firstPassage = passages.Count;
            Array.Clear(story);
            for (var p = 0; p < cut.Runs.Length; p++)
            {
                intents.Whiten(modelVectorOf(cut.TextOf(source.Answer.Text, p)), passage);
                runs[passages.Add(passage)] = cut.Runs[p];
                TensorPrimitives.Add(story, passage, story);
            }

            if (!hasQuestion && tuning.FreeformIntents && cut.Runs.Length > 0)
            {
                // A story without its question: the kind of question its passages, together, answer.
                var together = new float[dimensions];
                TensorPrimitives.Divide(story, Math.Max(1e-6f, TensorPrimitives.Norm(story)), together);
                profileRow = profiles.Add(IntentSpaces.Profile(together, together, intents, tuning));
            }

            // Stage one's answer-level vector, so that its dot product with (question + ask) approximates the
            // fused semantic score: question + ask + w × mean passage (passages only without a question).
            var passageShare = hasQuestion ? tuning.Passage : tuning.Question + tuning.Ask + tuning.Passage;
            TensorPrimitives.Multiply(story, cut.Runs.Length == 0 ? 0 : passageShare / cut.Runs.Length, story);
            if (hasQuestion)
            {
                TensorPrimitives.Add(story, whole, story);
                TensorPrimitives.Add(story, ask, story);
            }

            answerVectors.Add(story);
            cut.Sentences.CopyTo(sentences, sentenceCount);
            stories.Add(new IndexedStory(source.Question, source.Answer, questionRow, askRow, profileRow, firstPassage, cut.Runs.Length, sentenceCount));
            sentenceCount += cut.Sentences.Length;
            var cues = tagger.CueVector(source.Question, source.Answer);
            for (var c = 0; c < cues.Length; c++)
            {
                competencies[(s * tagger.CompetencyCount) + c] = (float)cues[c];
            }

            fields.Add(
            [
                new LexicalIndex.Field([.. TextTerms.ContentStems(source.Answer.Text)], 1.0f, 0.75f),
                new LexicalIndex.Field([.. TextTerms.ContentStems(source.Question.Text)], 1.5f, 0.3f),
            ]);
            if ((s + 1) % step == 0 || s + 1 == sources.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new EmbeddingProgress(s + 1, sources.Count, IndexStage.Indexing));
            }
        }

        questions.TrimExcess();
        profiles.TrimExcess();
        var indexed = new IndexedStories(stories.MoveToImmutable(), questions, passages, runs, sentences, profiles, competencies, tagger.CompetencyCount, answerVectors);
        return new StoryIndex(embedder, cache, tagger, intents, tuning, indexed, LexicalIndex.Build(fields));
    }
}
