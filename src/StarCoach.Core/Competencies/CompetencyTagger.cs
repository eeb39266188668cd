using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Matching;
using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Review.Analysis;
using StarCoach.Core.Text;

namespace StarCoach.Core.Competencies;

/// <summary>
/// Tags questions and answers with the competencies they show. An answer is judged by what the candidate did and
/// what came of it: each of its sentences is weighed by who acts (I, we, someone else; <see cref="SentenceActors"/>)
/// and which STAR part it is, and compared by meaning (the shipped MiniLM sentence embeddings) with the behaviours
/// that show each competency (<see cref="Competency.Behaviours"/>), and by the competency's cue phrases. A sentence
/// counts for a competency by how much more it resembles that competency's behaviours than the framework's others,
/// so a plain "I worked with the team" shows nothing in particular. The strength is calibrated so that a story a bar
/// raiser would accept reaches <see cref="CoverageAnalyzer.StrongThreshold"/>; the question the story was prepared
/// for only breaks ties. Deterministic: the same text always gets the same tags.
/// </summary>
public sealed class CompetencyTagger
{
    /// <summary>Tags below this confidence are not reported.</summary>
    public const double MinimumConfidence = 0.2;

    // A multi-word cue says more than a single word; repeats of the same cue add little.
    private const double PhraseWeight = 0.45;
    private const double WordWeight = 0.2;
    private const double RepeatWeight = 0.05;
    private const int MaxRepeats = 3;

    // Below this overlap a typical question says nothing about the asked one.
    private const double MinTypicalOverlap = 0.3;
    private const int MaxEvidence = 3;

    private readonly ImmutableArray<(CompetencyFramework Framework, Competency Competency)> _competencies;
    private readonly CuePhraseMatcher _cues;
    private readonly HashSet<string>[][] _typicalQuestionStems;
    private readonly SentenceMeaning _meaning;
    private readonly Lazy<float[][][]> _behaviours;
    private readonly int[][] _frameworkColumns;
    private readonly TaggingTuning _tuning;

    /// <summary>A tagger over every built-in framework, with the process's shared sentence model.</summary>
    public CompetencyTagger()
        : this(CompetencyFrameworks.All)
    {
    }

    /// <summary>A tagger over the given frameworks; <paramref name="meaning"/> defaults to the process's shared model.</summary>
    public CompetencyTagger(IEnumerable<CompetencyFramework> frameworks, SentenceMeaning? meaning = null)
        : this(frameworks, meaning, TaggingTuning.Default)
    {
    }

    internal CompetencyTagger(IEnumerable<CompetencyFramework> frameworks, SentenceMeaning? meaning, TaggingTuning tuning)
    {
        _competencies = [.. frameworks.SelectMany(f => f.Competencies.Select(c => (f, c)))];
        _cues = new CuePhraseMatcher([.. _competencies.Select(fc => fc.Competency.Cues.AsEnumerable())]);
        _typicalQuestionStems = [.. _competencies.Select(fc => fc.Competency.TypicalQuestions.Select(q => TextTerms.ContentStems(q).ToHashSet(StringComparer.Ordinal)).ToArray())];
        _meaning = meaning ?? SentenceMeaning.Shared;
        _tuning = tuning;
        _frameworkColumns = [.. _competencies.Select(fc => Enumerable.Range(0, _competencies.Length).Where(i => _competencies[i].Framework.Id == fc.Framework.Id).ToArray())];

        // Embedded on first use: matching reads only the cues and the question (CueVector, QuestionVector), and
        // must not load the model and embed 510 behaviours for each index it builds.
        _behaviours = new(() =>
        {
            var behaviourTexts = _competencies.SelectMany(fc => fc.Competency.Behaviours).Distinct(StringComparer.Ordinal).ToList();
            var vectors = _meaning.Vectors(behaviourTexts);
            var byText = behaviourTexts.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => vectors[x.i], StringComparer.Ordinal);
            return [.. _competencies.Select(fc => fc.Competency.Behaviours.Select(b => byText[b]).ToArray())];
        });
    }

    /// <summary>The competencies a question asks about, judged from its text alone.</summary>
    public ImmutableArray<CompetencyMatch> TagQuestion(string questionText)
    {
        var signal = QuestionSignal(questionText);
        var evidence = new CompetencyEvidence(questionText, [], EvidenceSource.Question, 0, questionText.Length);
        var tags = ImmutableArray.CreateBuilder<CompetencyMatch>();
        for (var c = 0; c < _competencies.Length; c++)
        {
            if (signal[c].Confidence >= MinimumConfidence)
            {
                tags.Add(Match(c, signal[c].Confidence, [evidence with { Cues = [.. signal[c].Cues] }]));
            }
        }

        return Ordered(tags);
    }

    /// <summary>The competencies <paramref name="answer"/> shows, with the sentences that show them.</summary>
    public ImmutableArray<CompetencyMatch> TagAnswer(Question question, Answer answer)
    {
        var story = StoryEvidence.Read(answer);
        var vectors = _meaning.Vectors([.. story.Sentences.Select(s => s.Text)]);
        return TagAnswer(story, vectors, QuestionSignal(question.Text), question.Text);
    }

    /// <summary>How many sentences of <paramref name="bank"/> the sentence model has not read yet: what <see cref="TagBank"/> embeds first (a few ms each).</summary>
    public int CountMissing(Bank bank) =>
        _meaning.CountMissing(bank.AllAnswers().SelectMany(qa => StoryEvidence.Read(qa.Answer).Sentences.Select(s => s.Text)));

    /// <summary>
    /// Tags every question and answer of <paramref name="bank"/>, then applies the user's overrides. Sentences the
    /// model has not read are embedded first, with <paramref name="progress"/> reporting how many.
    /// </summary>
    public BankCompetencies TagBank(Bank bank, TagOverrides? overrides = null, IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        overrides ??= TagOverrides.Empty;
        var stories = bank.AllAnswers().Select(qa => StoryEvidence.Read(qa.Answer)).ToList();
        var texts = stories.SelectMany(s => s.Sentences.Select(x => x.Text)).Distinct(StringComparer.Ordinal).ToList();
        var vectors = _meaning.Vectors(texts, progress, cancellationToken);
        var byText = new Dictionary<string, float[]>(texts.Count, StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            byText[texts[i]] = vectors[i];
        }

        var answers = ImmutableArray.CreateBuilder<AnswerCompetencies>();
        var questions = ImmutableDictionary.CreateBuilder<string, ImmutableArray<CompetencyMatch>>(StringComparer.Ordinal);
        var next = 0;
        foreach (var question in bank.Questions)
        {
            var signal = QuestionSignal(question.Text);
            questions[question.Id] = TagQuestion(question.Text);
            foreach (var answer in question.Answers)
            {
                var story = stories[next++];
                var tags = TagAnswer(story, [.. story.Sentences.Select(x => byText[x.Text])], signal, question.Text);
                answers.Add(new AnswerCompetencies(question.Id, answer.Id, Apply(tags, overrides.For(answer.Id))));
            }
        }

        return new BankCompetencies(answers.ToImmutable(), questions.ToImmutable());
    }

    /// <summary>
    /// How strongly a free-text question (a new interview question) asks about each competency, as a vector in
    /// the order of this tagger's competencies. Used by matching to compare a question with answers.
    /// </summary>
    internal double[] QuestionVector(string questionText) => [.. QuestionSignal(questionText).Select(s => s.Confidence)];

    /// <summary>
    /// The cue phrases of <paramref name="answer"/> and its question as a vector in the order of this tagger's
    /// competencies: the lexical signal matching fuses with meaning, cheap enough for an index of 100,000 stories.
    /// </summary>
    internal double[] CueVector(Question question, Answer answer)
    {
        var hits = _cues.Find(TextTerms.Of(answer.Text));
        var signal = QuestionSignal(question.Text);
        var vector = new double[_competencies.Length];
        for (var c = 0; c < _competencies.Length; c++)
        {
            var fromText = 1 - Math.Exp(-CueScore(CuesOf(hits, c)));
            vector[c] = 1 - ((1 - fromText) * (1 - (_tuning.QuestionCarryOver * signal[c].Confidence)));
        }

        return vector;
    }

    /// <summary>For the competency lab: each sentence's weight, similarity to each competency's behaviours and cue score.</summary>
    internal List<(string Text, double Weight, double[] Similarity, double[] Cues, float[] Vector)> Explain(Answer answer)
    {
        var story = StoryEvidence.Read(answer);
        var vectors = _meaning.Vectors([.. story.Sentences.Select(s => s.Text)]);
        var similarity = Similarities(vectors);
        var rows = new List<(string, double, double[], double[], float[])>();
        for (var i = 0; i < story.Sentences.Count; i++)
        {
            var hits = _cues.Find(story.Sentences[i].Terms);
            var cues = new double[_competencies.Length];
            for (var c = 0; c < _competencies.Length; c++)
            {
                cues[c] = CueScore(CuesOf(hits, c));
            }

            rows.Add((story.Sentences[i].Text, story.Sentences[i].Weight, similarity[i], cues, vectors[i]));
        }

        return rows;
    }

    internal int CompetencyCount => _competencies.Length;

    /// <summary>For the competency lab: the vectors of competency <paramref name="index"/>'s behaviours.</summary>
    internal float[][] BehaviourVectors(int index) => _behaviours.Value[index];

    internal (string Framework, string Id, string Name) CompetencyAt(int index) =>
        (_competencies[index].Framework.Id, _competencies[index].Competency.Id, _competencies[index].Competency.Name);

    // How alike each sentence is to the behaviour of each competency it most resembles. Each behaviour is read once
    // against all of a story's sentences, which stay in cache, rather than every behaviour once per sentence (the
    // behaviours of all frameworks take about 0.8 MB).
    private double[][] Similarities(float[][] vectors)
    {
        var similarity = new double[vectors.Length][];
        for (var i = 0; i < vectors.Length; i++)
        {
            similarity[i] = new double[_competencies.Length];
        }

        var cosines = new float[vectors.Length];
        var behaviours = _behaviours.Value;
        for (var c = 0; c < _competencies.Length; c++)
        {
            foreach (var behaviour in behaviours[c])
            {
                SentenceMeaning.Similarities(behaviour, vectors, cosines);
                for (var i = 0; i < vectors.Length; i++)
                {
                    similarity[i][c] = Math.Max(similarity[i][c], cosines[i]);
                }
            }
        }

        return similarity;
    }

    private ImmutableArray<CompetencyMatch> TagAnswer(StoryEvidence story, float[][] vectors, (double Confidence, HashSet<string> Cues)[] questionSignal, string questionText)
    {
        var sentences = story.Sentences;
        var similarity = Similarities(vectors);

        var cueHits = sentences.Select(s => _cues.Find(s.Terms)).ToList();
        var raw = new double[_competencies.Length];
        var ranked = new List<(int Sentence, double Score)>[_competencies.Length];
        for (var c = 0; c < _competencies.Length; c++)
        {
            var scored = new List<(int Sentence, double Score)>(sentences.Count);
            var cues = new List<CuePhraseMatcher.Cue>();
            for (var i = 0; i < sentences.Count; i++)
            {
                var others = 0.0;
                foreach (var o in _frameworkColumns[c])
                {
                    others += similarity[i][o];
                }

                var salience = similarity[i][c] - (others / _frameworkColumns[c].Length);
                scored.Add((i, sentences[i].Weight * salience));
                if (sentences[i].Weight >= _tuning.MinCueWeight)
                {
                    cues.AddRange(CuesOf(cueHits[i], c));
                }
            }

            scored.Sort((a, b) => b.Score.CompareTo(a.Score));
            ranked[c] = scored;
            raw[c] = (scored.Count == 0 ? 0 : scored[0].Score)
                + (scored.Count > 1 ? _tuning.SecondSentence * Math.Max(0, scored[1].Score) : 0)
                + (_tuning.CueWeight * (1 - Math.Exp(-CueScore(cues))))
                + (_tuning.QuestionTieBreak * questionSignal[c].Confidence);
        }

        // Per framework, the strongest few: a story shows one to three competencies, and one far behind the
        // strongest is a passing mention, not what the story shows. Strength is measured against the story's
        // average over the framework, so a long story, whose best sentences resemble everything a little more, is
        // not strong in everything.
        var tags = ImmutableArray.CreateBuilder<CompetencyMatch>();
        foreach (var columns in _frameworkColumns.DistinctBy(f => f[0]))
        {
            var top = columns.Max(c => raw[c]);
            var average = columns.Average(c => raw[c]);
            foreach (var c in columns.OrderByDescending(c => raw[c]).Take(_tuning.MaxTags))
            {
                var confidence = 1 / (1 + Math.Exp(-(raw[c] - average - _tuning.Center) / _tuning.Scale));
                if (confidence < MinimumConfidence || raw[c] < top - _tuning.Margin)
                {
                    continue;
                }

                var evidence = ranked[c]
                    .Where(x => x.Score > 0)
                    .Take(MaxEvidence)
                    .Select(x => new CompetencyEvidence(
                        sentences[x.Sentence].Text,
                        [.. CuesOf(cueHits[x.Sentence], c).Select(cue => cue.Phrase).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                        EvidenceSource.Answer,
                        sentences[x.Sentence].Start,
                        sentences[x.Sentence].Text.Length))
                    .ToImmutableArray();
                if (evidence.IsEmpty)
                {
                    evidence = [new CompetencyEvidence(questionText, [.. questionSignal[c].Cues], EvidenceSource.Question, 0, questionText.Length)];
                }

                tags.Add(Match(c, confidence, evidence));
            }
        }

        return Ordered(tags);
    }

    private (double Confidence, HashSet<string> Cues)[] QuestionSignal(string questionText)
    {
        var hits = _cues.Find(TextTerms.Of(questionText));
        var stems = TextTerms.ContentStems(questionText).ToHashSet(StringComparer.Ordinal);
        var signal = new (double, HashSet<string>)[_competencies.Length];
        for (var c = 0; c < _competencies.Length; c++)
        {
            var own = CuesOf(hits, c).ToList();
            var fromCues = 1 - Math.Exp(-CueScore(own));
            var typical = _typicalQuestionStems[c].Length == 0 ? 0 : _typicalQuestionStems[c].Max(t => Dice(stems, t));
            var fromTypical = typical >= MinTypicalOverlap ? typical : 0;
            signal[c] = (Math.Max(fromCues, fromTypical), own.Select(cue => cue.Phrase).ToHashSet(StringComparer.Ordinal));
        }

        return signal;
    }

    // The cues of competency <paramref name="competency"/> among <paramref name="hits"/>.
    private static IEnumerable<CuePhraseMatcher.Cue> CuesOf(List<CuePhraseMatcher.Hit> hits, int competency) =>
        hits.Where(h => h.Cue.Competency == competency).Select(h => h.Cue);

    private static double CueScore(IEnumerable<CuePhraseMatcher.Cue> cues)
    {
        var score = 0.0;
        foreach (var group in cues.GroupBy(c => c.Phrase, StringComparer.Ordinal))
        {
            var cue = group.First();
            score += cue.Stems.Length > 1 ? PhraseWeight : WordWeight;
            score += RepeatWeight * Math.Min(MaxRepeats, group.Count() - 1);
        }

        return score;
    }

    private static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    private ImmutableArray<CompetencyMatch> Apply(ImmutableArray<CompetencyMatch> tags, IEnumerable<TagOverride> overrides)
    {
        var result = tags.ToList();
        foreach (var item in overrides)
        {
            result.RemoveAll(t => t.Framework == item.Framework && t.CompetencyId == item.CompetencyId);
            var index = IndexOf(item.Framework, item.CompetencyId);
            if (item.Action == TagOverrideAction.Add && index >= 0)
            {
                var automatic = tags.FirstOrDefault(t => t.Framework == item.Framework && t.CompetencyId == item.CompetencyId);
                result.Add(Match(index, 1.0, automatic?.Evidence ?? []) with { AddedByUser = true });
            }
        }

        return Ordered(result);
    }

    private int IndexOf(string framework, string competencyId)
    {
        for (var i = 0; i < _competencies.Length; i++)
        {
            if (_competencies[i].Framework.Id == framework && _competencies[i].Competency.Id == competencyId)
            {
                return i;
            }
        }

        return -1;
    }

    private CompetencyMatch Match(int index, double confidence, ImmutableArray<CompetencyEvidence> evidence) =>
        new(_competencies[index].Framework.Id, _competencies[index].Competency.Id, _competencies[index].Competency.Name, Math.Round(confidence, 3), evidence);

    private static ImmutableArray<CompetencyMatch> Ordered(IEnumerable<CompetencyMatch> tags) =>
        [.. tags.OrderByDescending(t => t.Confidence).ThenBy(t => t.Framework, StringComparer.Ordinal).ThenBy(t => t.CompetencyId, StringComparer.Ordinal)];
}
