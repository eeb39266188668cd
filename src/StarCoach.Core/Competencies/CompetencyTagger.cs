using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Text;

namespace StarCoach.Core.Competencies;

/// <summary>
/// Tags questions and answers with the competencies they show. An answer's confidence combines the cue phrases
/// found in its sentences (several different cues count more than one cue repeated) with what its question asks
/// for, since a story prepared for "Tell me about a time you simplified…" was chosen to show that. Deterministic:
/// the same text always gets the same tags.
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

    // How much of the question's signal carries over to an answer written for it.
    private const double QuestionCarryOver = 0.6;

    // Below this overlap a typical question says nothing about the asked one.
    private const double MinTypicalOverlap = 0.3;
    private const int MaxEvidence = 3;

    private readonly ImmutableArray<(CompetencyFramework Framework, Competency Competency)> _competencies;
    private readonly CuePhraseMatcher _cues;
    private readonly HashSet<string>[][] _typicalQuestionStems;

    /// <summary>A tagger over every built-in framework.</summary>
    public CompetencyTagger()
        : this(CompetencyFrameworks.All)
    {
    }

    /// <summary>A tagger over the given frameworks.</summary>
    public CompetencyTagger(IEnumerable<CompetencyFramework> frameworks)
    {
        _competencies = [.. frameworks.SelectMany(f => f.Competencies.Select(c => (f, c)))];
        _cues = new CuePhraseMatcher([.. _competencies.Select(fc => fc.Competency.Cues.AsEnumerable())]);
        _typicalQuestionStems = [.. _competencies.Select(fc => fc.Competency.TypicalQuestions.Select(q => TextTerms.ContentStems(q).ToHashSet(StringComparer.Ordinal)).ToArray())];
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
    public ImmutableArray<CompetencyMatch> TagAnswer(Question question, Answer answer) =>
        TagAnswer(answer.Text, QuestionSignal(question.Text), question.Text);

    /// <summary>Tags every question and answer of <paramref name="bank"/>, then applies the user's overrides.</summary>
    public BankCompetencies TagBank(Bank bank, TagOverrides? overrides = null)
    {
        overrides ??= TagOverrides.Empty;
        var answers = ImmutableArray.CreateBuilder<AnswerCompetencies>();
        var questions = ImmutableDictionary.CreateBuilder<string, ImmutableArray<CompetencyMatch>>(StringComparer.Ordinal);
        foreach (var question in bank.Questions)
        {
            var signal = QuestionSignal(question.Text);
            questions[question.Id] = TagQuestion(question.Text);
            foreach (var answer in question.Answers)
            {
                var tags = Apply(TagAnswer(answer.Text, signal, question.Text), overrides.For(answer.Id));
                answers.Add(new AnswerCompetencies(question.Id, answer.Id, tags));
            }
        }

        return new BankCompetencies(answers.ToImmutable(), questions.ToImmutable());
    }

    /// <summary>
    /// How strongly a free-text question (a new interview question) asks about each competency, as a vector in
    /// the order of this tagger's competencies. Used by matching to compare a question with answers.
    /// </summary>
    internal double[] QuestionVector(string questionText) => [.. QuestionSignal(questionText).Select(s => s.Confidence)];

    /// <summary>An answer's tags as a vector in the order of this tagger's competencies.</summary>
    internal double[] Vector(ImmutableArray<CompetencyMatch> tags)
    {
        var vector = new double[_competencies.Length];
        foreach (var tag in tags)
        {
            var index = IndexOf(tag.Framework, tag.CompetencyId);
            if (index >= 0)
            {
                vector[index] = tag.Confidence;
            }
        }

        return vector;
    }

    internal (string Framework, string Id, string Name) CompetencyAt(int index) =>
        (_competencies[index].Framework.Id, _competencies[index].Competency.Id, _competencies[index].Competency.Name);

    private ImmutableArray<CompetencyMatch> TagAnswer(string text, (double Confidence, HashSet<string> Cues)[] questionSignal, string questionText)
    {
        var terms = TextTerms.Of(text);
        var hits = _cues.Find(terms);
        var sentences = SentenceSplitter.Split(text);
        var tags = ImmutableArray.CreateBuilder<CompetencyMatch>();
        for (var c = 0; c < _competencies.Length; c++)
        {
            var own = hits.Where(h => h.Cue.Competency == c).ToList();
            var textConfidence = 1 - Math.Exp(-CueScore(own.Select(h => h.Cue)));
            var confidence = 1 - ((1 - textConfidence) * (1 - (QuestionCarryOver * questionSignal[c].Confidence)));
            if (confidence < MinimumConfidence)
            {
                continue;
            }

            var evidence = Evidence(text, terms, sentences, own);
            if (evidence.IsEmpty)
            {
                evidence = [new CompetencyEvidence(questionText, [.. questionSignal[c].Cues], EvidenceSource.Question, 0, questionText.Length)];
            }

            tags.Add(Match(c, confidence, evidence));
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
            var own = hits.Where(h => h.Cue.Competency == c).Select(h => h.Cue).ToList();
            var fromCues = 1 - Math.Exp(-CueScore(own));
            var typical = _typicalQuestionStems[c].Length == 0 ? 0 : _typicalQuestionStems[c].Max(t => Dice(stems, t));
            var fromTypical = typical >= MinTypicalOverlap ? typical : 0;
            signal[c] = (Math.Max(fromCues, fromTypical), own.Select(cue => cue.Phrase).ToHashSet(StringComparer.Ordinal));
        }

        return signal;
    }

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

    private static ImmutableArray<CompetencyEvidence> Evidence(
        string text,
        List<TextTerms.Term> terms,
        IReadOnlyList<SentenceSplitter.SentenceSpan> sentences,
        List<CuePhraseMatcher.Hit> hits)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var bySentence = new Dictionary<int, SortedSet<string>>();
        foreach (var hit in hits)
        {
            var at = terms[hit.FirstTerm].Start;
            var index = SentenceIndex(sentences, at);
            if (index < 0)
            {
                continue;
            }

            if (!bySentence.TryGetValue(index, out var cues))
            {
                bySentence[index] = cues = new SortedSet<string>(StringComparer.Ordinal);
            }

            cues.Add(hit.Cue.Phrase);
        }

        return
        [
            .. bySentence
                .OrderByDescending(kv => kv.Value.Count)
                .ThenBy(kv => kv.Key)
                .Take(MaxEvidence)
                .Select(kv => new CompetencyEvidence(sentences[kv.Key].In(text), [.. kv.Value], EvidenceSource.Answer, sentences[kv.Key].Start, sentences[kv.Key].Length)),
        ];
    }

    private static int SentenceIndex(IReadOnlyList<SentenceSplitter.SentenceSpan> sentences, int offset)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (offset >= sentences[i].Start && offset < sentences[i].Start + sentences[i].Length)
            {
                return i;
            }
        }

        return -1;
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
