namespace StarCoach.Core.Review.Analysis;

/// <summary>
/// Assigns every sentence a STAR part. Stories are told in order (situation, task, action, result, reflection),
/// so the assignment is the best non-decreasing sequence of parts (a small Viterbi pass, linear in sentences)
/// given each sentence's evidence: its label, its cues and grammar, and where it sits in the answer.
/// Labels win where the author labelled a part; content decides for parts the author did not label.
/// </summary>
internal static class StarSegmenter
{
    // A label speaks loudest for the sentences right after it: a long "Situation:" section often goes on to tell
    // the actions without a label of their own.
    private static ReadOnlySpan<double> LabelBonus => [1.5, 1.5, 1.0, 0.75, 0.75, 0.5];
    private const double LabelledElsewherePenalty = 3.0;
    private const double StepPenalty = 0.3;

    public static StarPart[] Assign(IReadOnlyList<TextRegion> regions, ReadOnlySpan<Sentence> sentences)
    {
        var n = sentences.Length;
        var parts = new StarPart[n];
        if (n == 0)
        {
            return parts;
        }

        Span<bool> labelled = stackalloc bool[StarParts.Count];
        foreach (var region in regions)
        {
            if (region.Part is { } part)
            {
                labelled[(int)part] = true;
            }
        }

        const int K = StarParts.Count;
        var score = new double[n * K];
        var from = new byte[n * K];
        Span<double> emission = stackalloc double[K];
        var regionFirst = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && sentences[i].Span.Region != sentences[i - 1].Span.Region)
            {
                regionFirst = i;
            }

            Emissions(sentences[i], i, n, i - regionFirst, regions[sentences[i].Span.Region].Part, labelled, emission);
            for (var p = 0; p < K; p++)
            {
                if (i == 0)
                {
                    score[p] = emission[p] - (StepPenalty * p);
                    continue;
                }

                var best = double.NegativeInfinity;
                var bestFrom = 0;
                for (var q = 0; q <= p; q++)
                {
                    var candidate = score[((i - 1) * K) + q] - (StepPenalty * (p - q));
                    if (candidate > best)
                    {
                        best = candidate;
                        bestFrom = q;
                    }
                }

                score[(i * K) + p] = best + emission[p];
                from[(i * K) + p] = (byte)bestFrom;
            }
        }

        var last = 0;
        for (var p = 1; p < K; p++)
        {
            if (score[((n - 1) * K) + p] > score[((n - 1) * K) + last])
            {
                last = p;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            parts[i] = (StarPart)last;
            last = from[(i * K) + last];
        }

        return parts;
    }

    /// <summary>Evidence that a sentence is each part, from its content and position alone (no label).</summary>
    public static double ContentEvidence(in SentenceFacts facts, StarPart part) => part switch
    {
        StarPart.Situation => Math.Min(2, facts.SituationCues) + (facts.PastNarration && !facts.HasAction ? 0.5 : 0),
        StarPart.Task => 2.0 * Math.Min(1, facts.TaskCues),
        StarPart.Action => (2.0 * Math.Min(2, facts.IActions + facts.WeActions)) + (facts.ImplicitAction ? 1.5 : 0),
        StarPart.Result => (1.5 * Math.Min(2, facts.ResultCues)) + (facts.IsMeasurable ? 1.0 : 0),
        _ => 2.0 * Math.Min(2, facts.ReflectionCues),
    };

    private static void Emissions(in Sentence sentence, int index, int count, int indexInRegion, StarPart? label, ReadOnlySpan<bool> labelled, Span<double> emission)
    {
        var position = count == 1 ? 0 : (double)index / (count - 1);
        for (var p = 0; p < StarParts.Count; p++)
        {
            var part = (StarPart)p;
            var e = ContentEvidence(sentence.Facts, part);
            if (label is { } own)
            {
                if (own == part)
                {
                    e += LabelBonus[Math.Min(indexInRegion, LabelBonus.Length - 1)];
                }
                else if (labelled[p])
                {
                    e -= LabelledElsewherePenalty;
                }
            }

            emission[p] = e;
        }

        // Stories open with the scene and close with the outcome.
        if (position < 0.2)
        {
            emission[(int)StarPart.Situation] += 1.0;
        }

        if (index == 0 && !sentence.Facts.HasAction && sentence.Facts.ResultCues == 0)
        {
            emission[(int)StarPart.Situation] += 0.5;
        }

        if (position > 0.7)
        {
            emission[(int)StarPart.Result] += 0.5;
        }
    }
}
