using StarCoach.Core.Text;
using StarCoach.Core.Text.Figures;

namespace StarCoach.Core.Consistency;

/// <summary>
/// Reads the figures of one sentence as claims — percentages, multiples, money, durations, dates, team sizes, counts,
/// before→after changes — and what each measures. A single left-to-right scan over the characters, then a
/// look at a few words either side of each number: linear in the sentence length. Numbers, number words, units,
/// qualifiers and their bounds are read with <see cref="FigureWords"/>, as recall reads them.
/// </summary>
internal static class ClaimFigureReader
{
    private const int MaxSubjectWords = 8;
    private const int VerbLookBack = 12;

    /// <summary>A figure found in a sentence, with offsets relative to the sentence.</summary>
    public sealed record Figure(ClaimKind Kind, List<string> SubjectWords, int Start, int Length, ClaimValue Value, bool IsTarget, bool IsConfident);

    private static readonly Dictionary<string, ChangeDirection> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["reduce"] = ChangeDirection.Down, ["reduced"] = ChangeDirection.Down, ["reducing"] = ChangeDirection.Down, ["reduces"] = ChangeDirection.Down,
        ["cut"] = ChangeDirection.Down, ["cutting"] = ChangeDirection.Down, ["cuts"] = ChangeDirection.Down,
        ["decrease"] = ChangeDirection.Down, ["decreased"] = ChangeDirection.Down, ["decreasing"] = ChangeDirection.Down,
        ["lower"] = ChangeDirection.Down, ["lowered"] = ChangeDirection.Down, ["lowering"] = ChangeDirection.Down,
        ["drop"] = ChangeDirection.Down, ["dropped"] = ChangeDirection.Down, ["fell"] = ChangeDirection.Down, ["declined"] = ChangeDirection.Down,
        ["shrank"] = ChangeDirection.Down, ["shrunk"] = ChangeDirection.Down, ["slashed"] = ChangeDirection.Down, ["trimmed"] = ChangeDirection.Down,
        ["saved"] = ChangeDirection.Down, ["saving"] = ChangeDirection.Down, ["minimized"] = ChangeDirection.Down, ["minimised"] = ChangeDirection.Down,
        ["increase"] = ChangeDirection.Up, ["increased"] = ChangeDirection.Up, ["increasing"] = ChangeDirection.Up, ["increases"] = ChangeDirection.Up,
        ["boost"] = ChangeDirection.Up, ["boosted"] = ChangeDirection.Up, ["grow"] = ChangeDirection.Up, ["grew"] = ChangeDirection.Up,
        ["raised"] = ChangeDirection.Up, ["rose"] = ChangeDirection.Up, ["gained"] = ChangeDirection.Up, ["doubled"] = ChangeDirection.Up,
        ["lifted"] = ChangeDirection.Up, ["expanded"] = ChangeDirection.Up, ["scaled"] = ChangeDirection.Up,
        ["improve"] = ChangeDirection.Improved, ["improved"] = ChangeDirection.Improved, ["improving"] = ChangeDirection.Improved,
        ["accelerated"] = ChangeDirection.Improved, ["sped"] = ChangeDirection.Improved, ["optimized"] = ChangeDirection.Improved, ["optimised"] = ChangeDirection.Improved,
    };

    private static readonly Dictionary<string, ChangeDirection> ChangeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["reduction"] = ChangeDirection.Down, ["decrease"] = ChangeDirection.Down, ["drop"] = ChangeDirection.Down, ["cut"] = ChangeDirection.Down,
        ["decline"] = ChangeDirection.Down, ["fewer"] = ChangeDirection.Down, ["less"] = ChangeDirection.Down, ["lower"] = ChangeDirection.Down, ["savings"] = ChangeDirection.Down,
        ["increase"] = ChangeDirection.Up, ["gain"] = ChangeDirection.Up, ["boost"] = ChangeDirection.Up, ["growth"] = ChangeDirection.Up, ["uplift"] = ChangeDirection.Up,
        ["lift"] = ChangeDirection.Up, ["rise"] = ChangeDirection.Up, ["more"] = ChangeDirection.Up, ["higher"] = ChangeDirection.Up,
        ["improvement"] = ChangeDirection.Improved, ["faster"] = ChangeDirection.Improved, ["better"] = ChangeDirection.Improved,
    };

    private static readonly HashSet<string> SubjectStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "in", "on", "at", "with", "from", "to", "by", "across", "within", "during", "over", "per", "compared", "versus", "vs", "which", "that",
        "while", "when", "where", "because", "so", "as", "resulting", "leading", "translating", "allowing", "enabling", "indicating", "thanks", "due",
        "directly", "was", "were", "is", "are", "and", "but", "than", "after", "before", "without", "through", "into", "using", "especially", "it", "we", "i",
    };

    /// <summary>Words after a number that do not name what is counted ("the 10 most frequent", "a 22 situation").</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "most", "more", "less", "best", "top", "key", "different", "other", "new", "main", "major", "situation", "am", "pm", "times", "of",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "is", "are", "been", "be", "has", "have", "had", "got", "get", "also", "then", "further", "significantly" };

    private static readonly HashSet<string> TargetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "goal", "goals", "target", "targets", "targeted", "aim", "aimed", "aiming", "objective", "objectives", "planned", "plan", "expected", "projected",
        "hoped", "would", "could", "needed", "need", "required", "requirement", "promised", "estimated", "forecast", "potentially", "predicted", "wanted",
    };

    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

    private readonly record struct Word(string Text, int Start, int End);

    public static List<Figure> Read(string sentence)
    {
        var words = WordTokenizer.Spans(sentence).Select(s => new Word(sentence.Substring(s.Start, s.Length), s.Start, s.Start + s.Length)).ToList();
        var figures = new List<Figure>();
        var consumedUntil = -1;
        for (var i = 0; i < sentence.Length; i++)
        {
            if (i < consumedUntil)
            {
                continue;
            }

            if (char.IsAsciiDigit(sentence[i]) && (i == 0 || !(char.IsLetterOrDigit(sentence[i - 1]) || sentence[i - 1] is '.' or ',' or '_')))
            {
                var figure = ReadNumberAt(sentence, words, i, out var end);
                if (figure is not null)
                {
                    figures.Add(figure);
                }

                consumedUntil = Math.Max(end, i + 1);
            }
        }

        ReadNumberWords(sentence, words, figures);
        return figures;
    }

    private static Figure? ReadNumberAt(string s, List<Word> words, int start, out int end)
    {
        var currency = FigureWords.CurrencyBefore(s, start);
        var money = currency is not null;
        var low = FigureWords.ParseNumber(s, start, out end);
        var high = low;
        if (end < s.Length && (s[end] is '-' or '–') || end + 1 < s.Length && s[end] == ' ' && s[end + 1] is '-' or '–')
        {
            var dash = s.IndexOfAny(['-', '–'], end);
            var next = dash + 1;
            while (next < s.Length && s[next] == ' ')
            {
                next++;
            }

            if (next < s.Length && char.IsAsciiDigit(s[next]))
            {
                high = FigureWords.ParseNumber(s, next, out end);
            }
        }
        else if (WordsBefore(words, start, 1) is [{ Text: var between }] && between.Equals("between", StringComparison.OrdinalIgnoreCase)
            && string.Compare(s, end, " and ", 0, 5, StringComparison.OrdinalIgnoreCase) == 0 && end + 5 < s.Length && char.IsAsciiDigit(s[end + 5]))
        {
            // "between 3 and 5 engineers"
            high = FigureWords.ParseNumber(s, end + 5, out end);
        }

        // Letters glued to the number: "90th", "3D", "IC6" are not figures; "10K", "2x", "500ms" are.
        var unitStart = end;
        var glued = ReadLetters(s, end);
        var scale = 1.0;
        string? unit = null;
        if (glued.Length > 0)
        {
            switch (glued)
            {
                case "k" or "K":
                    scale = 1_000;
                    break;
                case "M" or "MM" or "m" when money:
                    scale = 1_000_000;
                    break;
                case "B" or "bn":
                    scale = 1_000_000_000;
                    break;
                case "x" or "X":
                    unit = "x";
                    break;
                default:
                    if (FigureWords.TimeUnits.TryGetValue(glued, out var timeUnit))
                    {
                        unit = timeUnit.Name;
                        break;
                    }

                    return null;
            }

            end += glued.Length;
        }

        if (end < s.Length && s[end] is '%' or '×')
        {
            unit = s[end] == '%' ? "%" : "x";
            end++;
        }

        var after = WordsAfter(words, end, 3);
        if (unit is null && after.Count > 0)
        {
            var next = after[0].Text;
            if (next.Equals("percent", StringComparison.OrdinalIgnoreCase))
            {
                unit = "%";
                end = after[0].End;
            }
            else if (next is "million" or "billion" or "thousand" or "Million" or "Billion")
            {
                scale *= next.StartsWith('m') || next.StartsWith('M') ? 1_000_000 : next.StartsWith('b') || next.StartsWith('B') ? 1_000_000_000 : 1_000;
                end = after[0].End;
                after = WordsAfter(words, end, 3);
            }
        }

        // "50,000 dollars", "2 million euros"
        if (!money && unit is null && after.Count > 0 && after[0].Start - end <= 1 && FigureWords.CurrencyWords.TryGetValue(after[0].Text, out var named))
        {
            currency = (named, start);
            money = true;
            end = after[0].End;
        }

        low *= scale;
        high *= scale;
        var (qualifier, qualifierStart) = FigureWords.QualifierBefore(s, currency?.Start ?? start);
        var value = Interval(low, high, qualifier);
        var isTarget = IsTarget(words, start);

        if (money)
        {
            return MetricFigure(ClaimKind.Money, s, words, qualifierStart, currency!.Value.Start, end, value with { Unit = FigureWords.SymbolOf(currency.Value.Code).ToString() }, isTarget, forceSubject: true);
        }

        if (unit is "%" or "x")
        {
            return MetricFigure(unit == "%" ? ClaimKind.Percentage : ClaimKind.Multiple, s, words, qualifierStart, start, end, value with { Unit = unit }, isTarget, forceSubject: false);
        }

        if (unit is null && after.Count > 0 && FigureWords.TimeUnits.TryGetValue(after[0].Text, out var timeAfter) && after[0].Start - end <= 1)
        {
            unit = timeAfter.Name;
            end = after[0].End;
        }

        if (unit is not null)
        {
            // "latency increased by over 500ms" is a metric; "within 5 years" is a duration.
            var metric = MetricFigure(ClaimKind.Duration, s, words, qualifierStart, start, end, value with { Unit = unit }, isTarget, forceSubject: false);
            return metric.IsConfident ? metric : metric with { SubjectWords = [unit], IsConfident = false };
        }

        if (low is >= 1900 and <= 2100 && scale == 1 && low == high && !s.AsSpan(start, end - start).Contains(','))
        {
            var dateStart = MonthBefore(words, start) ?? start;
            return new Figure(ClaimKind.Date, ["date"], dateStart, end - dateStart, new ClaimValue(low, low, "year"), isTarget, IsConfident: false);
        }

        return CountFigure(s, words, start, end, low, high, qualifier, qualifierStart, isTarget, after, ref end);
    }

    private static Figure? CountFigure(string s, List<Word> words, int start, int numberEnd, double low, double high, Approximation qualifier, int qualifierStart, bool isTarget, List<Word> after, ref int end)
    {
        // "from 2-3 people to over 50 team members": one before→after figure.
        var before = WordsBefore(words, qualifierStart, 2);
        var to = after.FindIndex(w => w.Text.Equals("to", StringComparison.OrdinalIgnoreCase));
        if (before.Count > 0 && before[^1].Text.Equals("from", StringComparison.OrdinalIgnoreCase) && to is >= 0 and <= 2)
        {
            var targetIndex = to + 1;
            var toStart = after[to].End;
            var digit = toStart;
            while (digit < s.Length && !char.IsAsciiDigit(s[digit]) && digit - toStart < 14)
            {
                digit++;
            }

            if (digit < s.Length && char.IsAsciiDigit(s[digit]))
            {
                var (toQualifier, _) = FigureWords.QualifierBefore(s, digit);
                var toValue = FigureWords.ParseNumber(s, digit, out var toEnd);
                var nouns = WordsAfter(words, toEnd, 2);
                var noun = after.Take(to).Select(w => w.Text).FirstOrDefault() ?? nouns.FirstOrDefault().Text ?? string.Empty;
                var lastNoun = nouns.Count > 0 ? nouns[^1].End : toEnd;
                var isPeople = FigureWords.PeopleNouns.Contains(noun) || nouns.Any(n => FigureWords.PeopleNouns.Contains(n.Text));
                end = isPeople ? lastNoun : toEnd;
                var verbStart = VerbBefore(words, before[^1].Start, out var direction);
                var spanStart = verbStart ?? before[^1].Start;
                var subject = isPeople ? ["team"] : SubjectBetween(words, verbStart, before[^1].Start);
                var value = Interval(toValue, toValue, toQualifier) with
                {
                    Unit = isPeople ? "people" : MetricSubject.Singular(noun.ToLowerInvariant()),
                    From = (low + high) / 2,
                    Direction = toValue < low ? ChangeDirection.Down : toValue > high ? ChangeDirection.Up : direction,
                };
                return new Figure(isPeople ? ClaimKind.TeamSize : ClaimKind.Change, subject, spanStart, end - spanStart, value, isTarget, IsConfident: subject.Count > 0);
            }
        }

        // "team of 8", "8 engineers", "10K records a second", "3 models".
        var teamOf = before.Count >= 2 && before[^1].Text.Equals("of", StringComparison.OrdinalIgnoreCase) && before[^2].Text.StartsWith("team", StringComparison.OrdinalIgnoreCase);
        if (!teamOf && (after.Count == 0 || after[0].Start - numberEnd > 1))
        {
            return null;
        }

        var head = after.Count > 0 ? after[0].Text : string.Empty;
        var nounWords = after.TakeWhile((w, i) => i == 0 || (i == 1 && !SubjectStops.Contains(w.Text) && FigureWords.PeopleNouns.Contains(w.Text))).ToList();
        if (teamOf || FigureWords.PeopleNouns.Contains(head) || nounWords.Any(w => FigureWords.PeopleNouns.Contains(w.Text)))
        {
            var spanStart = teamOf ? before[^2].Start : qualifierStart;
            end = teamOf && !FigureWords.PeopleNouns.Contains(head) ? numberEnd : nounWords[^1].End;
            return new Figure(ClaimKind.TeamSize, ["team"], spanStart, end - spanStart, Interval(low, high, qualifier) with { Unit = "people" }, isTarget, IsConfident: true);
        }

        if (!char.IsLetter(head[0]) || SubjectStops.Contains(head) || NotCounted.Contains(head) || head.Length < 3)
        {
            return null;
        }

        var counted = MetricSubject.Singular(head.ToLowerInvariant());
        end = after[0].End;
        var rate = after.Count >= 3 && (after[1].Text is "a" or "per") && FigureWords.TimeUnits.TryGetValue(after[2].Text, out var per) ? " per " + per.Name.TrimEnd('s') : string.Empty;
        if (rate.Length > 0)
        {
            end = after[2].End;
        }

        return new Figure(ClaimKind.Count, [counted + rate], qualifierStart, end - qualifierStart, Interval(low, high, qualifier) with { Unit = counted + rate }, isTarget, IsConfident: false);
    }

    /// <summary>A figure that measures something: finds the change verb or noun and the subject around the number.</summary>
    private static Figure MetricFigure(ClaimKind kind, string s, List<Word> words, int qualifierStart, int start, int end, ClaimValue value, bool isTarget, bool forceSubject)
    {
        var after = WordsAfter(words, end, MaxSubjectWords + 2);
        var before = WordsBefore(words, qualifierStart, VerbLookBack);

        // "a 30% reduction in serving latency", "40% fewer false positives"
        if (after.Count > 0 && ChangeNouns.TryGetValue(after[0].Text, out var nounDirection) && GapIsPlain(s, end, after[0].Start))
        {
            var skip = after.Count > 1 && after[1].Text is "in" or "of" or "on" ? 2 : 1;
            var subject = SubjectForward(s, after, skip);
            var spanStart = before.Count > 0 && before[^1].Text is "a" or "an" ? before[^1].Start : qualifierStart;
            var spanEnd = subject.Count > 0 ? subject[^1].End : after[0].End;
            return new Figure(kind, MetricSubject.Words(subject.Select(w => w.Text)), spanStart, spanEnd - spanStart, value with { Direction = nounDirection }, isTarget, subject.Count > 0);
        }

        // "75% of data scientists"
        if (after.Count > 1 && after[0].Text.Equals("of", StringComparison.OrdinalIgnoreCase) && kind == ClaimKind.Percentage)
        {
            var subject = SubjectForward(s, after, 1);
            var spanEnd = subject.Count > 0 ? subject[^1].End : after[0].End;
            return new Figure(kind, MetricSubject.Words(subject.Select(w => w.Text)), qualifierStart, spanEnd - qualifierStart, value, isTarget, subject.Count > 0);
        }

        // "cut serving latency by 30%", "latency was reduced by over 50%", "latency dropped 30%", "increased adoption to 75%"
        var by = before.Count > 0 && before[^1].Text is "by" or "to" ? before.Count - 1 : before.Count;
        var level = by < before.Count && before[by].Text.Equals("to", StringComparison.OrdinalIgnoreCase);
        for (var v = by - 1; v >= 0; v--)
        {
            if (!Verbs.TryGetValue(before[v].Text, out var direction))
            {
                if (HasClauseBreak(s, before[v].End, v + 1 < before.Count ? before[v + 1].Start : qualifierStart))
                {
                    break;
                }

                continue;
            }

            var between = before.Skip(v + 1).Take(by - v - 1).ToList();
            List<string> subjectWords;
            if (between.Count == 0)
            {
                var passive = WordsBefore(words, before[v].Start, 8);
                var kept = new List<Word>();
                for (var p = passive.Count - 1; p >= 0; p--)
                {
                    if (Auxiliaries.Contains(passive[p].Text) && kept.Count == 0)
                    {
                        continue;
                    }

                    if (SubjectStops.Contains(passive[p].Text) || HasClauseBreak(s, passive[p].End, kept.Count > 0 ? kept[0].Start : before[v].Start))
                    {
                        break;
                    }

                    kept.Insert(0, passive[p]);
                }

                subjectWords = MetricSubject.Words(kept.Select(w => w.Text));
                var spanStart = kept.Count > 0 ? kept[0].Start : before[v].Start;
                return new Figure(kind, subjectWords, spanStart, end - spanStart, value with { Direction = level ? ChangeDirection.None : direction }, isTarget, subjectWords.Count > 0);
            }

            subjectWords = MetricSubject.Words(between.Take(MaxSubjectWords).Select(w => w.Text));
            var spanEnd = end;
            if (subjectWords.Count == 0 && ForwardSubject(s, after) is { Count: > 0 } forward)
            {
                // "saved the client over $50,000 per year in data enrichment costs"
                subjectWords = MetricSubject.Words(forward.Select(w => w.Text));
                spanEnd = forward[^1].End;
            }

            return new Figure(kind, subjectWords, before[v].Start, spanEnd - before[v].Start, value with { Direction = level ? ChangeDirection.None : direction }, isTarget, subjectWords.Count > 0);
        }

        // No pattern: keep the figure for the cheat sheet, with the words just before it as a hint, but never compare it.
        var hint = before.TakeLast(3).Select(w => w.Text).ToList();
        var from = forceSubject && before.Count > 0 ? before[^Math.Min(3, before.Count)].Start : qualifierStart;
        return new Figure(kind, MetricSubject.Words(hint), from, end - from, value, isTarget, IsConfident: false);
    }

    /// <summary>The subject after a figure: "… per year in data enrichment costs" → "data enrichment costs".</summary>
    private static List<Word>? ForwardSubject(string s, List<Word> after)
    {
        var i = 0;
        if (after.Count > 1 && after[0].Text is "per" or "a" or "each" && FigureWords.TimeUnits.ContainsKey(after[1].Text) || after.Count > 0 && after[0].Text is "annually" or "yearly" or "monthly")
        {
            i = after[0].Text.EndsWith("ly", StringComparison.Ordinal) ? 1 : 2;
        }

        return i < after.Count && after[i].Text is "in" or "on" ? SubjectForward(s, after, i + 1) : null;
    }

    private static List<Word> SubjectForward(string s, List<Word> after, int skip)
    {
        var subject = new List<Word>();
        for (var i = skip; i < after.Count && subject.Count < MaxSubjectWords; i++)
        {
            var previousEnd = i == skip ? after[i].Start : after[i - 1].End;
            if ((SubjectStops.Contains(after[i].Text) && !(after[i].Text == "and" && subject.Count > 0 && i + 1 < after.Count && IsNoun(after[i + 1].Text)))
                || HasClauseBreak(s, previousEnd, after[i].Start) || Verbs.ContainsKey(after[i].Text) || IsVerbLike(after[i].Text) && subject.Count > 0)
            {
                break;
            }

            subject.Add(after[i]);
        }

        return subject;
    }

    private static List<string> SubjectBetween(List<Word> words, int? verbStart, int end) =>
        verbStart is null ? [] : MetricSubject.Words(words.Where(w => w.Start > verbStart && w.End <= end).Select(w => w.Text).Take(MaxSubjectWords));

    private static int? VerbBefore(List<Word> words, int before, out ChangeDirection direction)
    {
        direction = ChangeDirection.None;
        var candidates = WordsBefore(words, before, VerbLookBack);
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (Verbs.TryGetValue(candidates[i].Text, out direction))
            {
                return candidates[i].Start;
            }
        }

        return null;
    }

    /// <summary>Good enough to tell "precision and recall" from "latency and a 2x increase" or "costs and improved …".</summary>
    private static bool IsNoun(string word) =>
        !SubjectStops.Contains(word) && !Verbs.ContainsKey(word) && !IsVerbLike(word) && !char.IsDigit(word[0]) && word is not ("a" or "an" or "the" or "our" or "my");

    private static bool IsVerbLike(string word) => word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 && word is not "speed" and not "need" and not "seed" and not "feed";

    /// <summary>
    /// Figures told in words ("twenty-five people", "three weeks", "five thousand dollars", "three times faster"), as
    /// the shared <see cref="FigureReader"/> reads them: team sizes, durations (not seconds), money, multiples, percentages.
    /// </summary>
    private static void ReadNumberWords(string s, List<Word> words, List<Figure> figures)
    {
        foreach (var read in FigureReader.Read(s))
        {
            // "one" is too common to be a figure on its own ("one of the", "no one").
            if (read.Number.Any(char.IsAsciiDigit) || read.Low < 2 || figures.Exists(f => f.Start <= read.Start + read.Text.Length - 1 && read.Start < f.Start + f.Length))
            {
                continue;
            }

            var end = read.Start + read.Text.Length;
            var isTarget = IsTarget(words, read.Start);
            var value = new ClaimValue(read.Least, read.Most, string.Empty);
            switch (read.Kind)
            {
                case FigureKind.People:
                    figures.Add(new Figure(ClaimKind.TeamSize, ["team"], read.Start, end - read.Start, value with { Unit = "people" }, isTarget, IsConfident: true));
                    break;
                case FigureKind.Duration when FigureWords.TimeUnits.TryGetValue(s[(s.LastIndexOf(' ', end - 1) + 1)..end], out var time) && time.Name is not "ms" and not "seconds":
                    var inUnit = new ClaimValue(read.Least / time.Seconds, read.Most / time.Seconds, time.Name);
                    figures.Add(new Figure(ClaimKind.Duration, [time.Name], read.Start, end - read.Start, inUnit, isTarget, IsConfident: false));
                    break;
                case FigureKind.Money:
                    figures.Add(MetricFigure(ClaimKind.Money, s, words, read.Start, read.Start, end, value with { Unit = FigureWords.SymbolOf(read.Unit).ToString() }, isTarget, forceSubject: true));
                    break;
                case FigureKind.Multiple or FigureKind.Percent:
                    figures.Add(MetricFigure(read.Kind == FigureKind.Percent ? ClaimKind.Percentage : ClaimKind.Multiple, s, words, read.Start, read.Start, end, value with { Unit = read.Unit }, isTarget, forceSubject: false));
                    break;
            }
        }
    }

    private static ClaimValue Interval(double low, double high, Approximation approximation)
    {
        var (least, most) = FigureWords.Bounds(approximation, low, high);
        return new ClaimValue(least, most, string.Empty);
    }

    private static bool IsTarget(List<Word> words, int numberStart)
    {
        foreach (var word in words)
        {
            if (word.Start >= numberStart)
            {
                return false;
            }

            if (TargetWords.Contains(word.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static int? MonthBefore(List<Word> words, int start)
    {
        var before = WordsBefore(words, start, 1);
        return before.Count == 1 && Array.Exists(Months, m => m.Equals(before[0].Text, StringComparison.OrdinalIgnoreCase)) ? before[0].Start : null;
    }

    private static string ReadLetters(string s, int start)
    {
        var end = start;
        while (end < s.Length && char.IsLetter(s[end]))
        {
            end++;
        }

        return s[start..end];
    }

    private static List<Word> WordsAfter(List<Word> words, int position, int count) =>
        words.Where(w => w.Start >= position).Take(count).ToList();

    private static List<Word> WordsBefore(List<Word> words, int position, int count) =>
        words.Where(w => w.End <= position).TakeLast(count).ToList();

    private static bool GapIsPlain(string s, int from, int to) => to - from <= 2 && !HasClauseBreak(s, from, to);

    private static bool HasClauseBreak(string s, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, s.Length); i++)
        {
            if (s[i] is ',' or ';' or ':' or '(' or ')' or '.' or '!' or '?' or '–' or '—' || s[i] == '-' && i > 0 && s[i - 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }
}
