using StarCoach.Core.Text;

namespace StarCoach.Core.Competencies;

/// <summary>
/// Finds the cue phrases of many competencies in one pass over a text's stems. Phrases are indexed by their first
/// stem; at each word only the phrases starting with that stem are checked. One extra word may sit between two
/// words of a phrase, so "took full ownership" still matches "took ownership".
/// </summary>
internal sealed class CuePhraseMatcher
{
    private const int MaxGap = 1;

    private readonly Dictionary<string, List<Cue>> _byFirstStem = new(StringComparer.Ordinal);

    /// <summary>A cue phrase of competency number <see cref="Competency"/>, as stems.</summary>
    /// <param name="Index">Order of the cue in the matcher, to break ties between cues with the same stems.</param>
    public sealed record Cue(int Competency, string Phrase, string[] Stems, int Index);

    /// <summary>A cue found in a text: the words from <see cref="FirstTerm"/> to <see cref="LastTerm"/>.</summary>
    public readonly record struct Hit(Cue Cue, int FirstTerm, int LastTerm);

    public CuePhraseMatcher(IReadOnlyList<IEnumerable<string>> cuesByCompetency)
    {
        var index = 0;
        for (var c = 0; c < cuesByCompetency.Count; c++)
        {
            foreach (var phrase in cuesByCompetency[c])
            {
                var stems = TextTerms.Of(phrase).Select(t => t.Stem).ToArray();
                if (stems.Length == 0)
                {
                    continue;
                }

                if (!_byFirstStem.TryGetValue(stems[0], out var list))
                {
                    _byFirstStem[stems[0]] = list = [];
                }

                list.Add(new Cue(c, phrase, stems, index++));
            }
        }
    }

    /// <summary>
    /// The cues found in <paramref name="terms"/>. A cue inside a longer cue of the same competency ("morale" in
    /// "team morale") is not counted again, so one phrase is one piece of evidence.
    /// </summary>
    public List<Hit> Find(IReadOnlyList<TextTerms.Term> terms)
    {
        var hits = new List<Hit>();
        for (var i = 0; i < terms.Count; i++)
        {
            if (!_byFirstStem.TryGetValue(terms[i].Stem, out var cues))
            {
                continue;
            }

            foreach (var cue in cues)
            {
                if (EndOf(cue.Stems, terms, i) is { } last)
                {
                    hits.Add(new Hit(cue, i, last));
                }
            }
        }

        hits.RemoveAll(h => hits.Any(o => !ReferenceEquals(o.Cue, h.Cue) && o.Cue.Competency == h.Cue.Competency && Covers(o, h)));
        return hits;
    }

    /// <summary>True when <paramref name="outer"/> spans <paramref name="inner"/> and is longer, or is the same span found first.</summary>
    private static bool Covers(Hit outer, Hit inner) =>
        outer.FirstTerm <= inner.FirstTerm && outer.LastTerm >= inner.LastTerm &&
        (outer.LastTerm - outer.FirstTerm > inner.LastTerm - inner.FirstTerm || outer.Cue.Index < inner.Cue.Index);

    private static int? EndOf(string[] stems, IReadOnlyList<TextTerms.Term> terms, int first)
    {
        var at = first;
        for (var s = 1; s < stems.Length; s++)
        {
            var found = -1;
            for (var j = at + 1; j <= at + 1 + MaxGap && j < terms.Count; j++)
            {
                if (terms[j].Stem == stems[s])
                {
                    found = j;
                    break;
                }
            }

            if (found < 0)
            {
                return null;
            }

            at = found;
        }

        return at;
    }
}
