using StarCoach.Core.Banks;
using StarCoach.Core.Text;

namespace StarCoach.Core.Review.Analysis;

/// <summary>
/// Everything the rules read about one answer, computed once: spoken regions, sentences with their spans,
/// tokens, every lexicon cue (one pass), the facts of each sentence, and the STAR part of each sentence.
/// Rules only read it, so their cost is a scan of what they need.
/// </summary>
internal sealed class AnswerAnalysis
{
    private AnswerAnalysis(ReviewSubject subject, TargetLevel level, string text, int originalLength)
    {
        Subject = subject;
        Level = level;
        Text = text;
        OriginalLength = originalLength;
    }

    public ReviewSubject Subject { get; }

    public TargetLevel Level { get; }

    /// <summary>The text the rules read: the answer's text, cut at <see cref="AnswerReviewer.MaxAnswerChars"/>.</summary>
    public string Text { get; }

    /// <summary>Length of the answer as given, before any cut.</summary>
    public int OriginalLength { get; }

    public bool IsTruncated => OriginalLength > Text.Length;

    public AnswerKind Kind => Subject.Kind;

    /// <summary>Shorter than this, a story is judged by its length, not by its parts.</summary>
    public const int MinStoryWords = 40;

    /// <summary>True for stories the STAR rules apply to: not pitches, model solutions or follow-up explanations.</summary>
    public bool IsStory => !Subject.IsFollowUp && Kind is AnswerKind.Star or AnswerKind.Freeform or AnswerKind.Compressed;

    /// <summary>A story long enough to judge its parts (<see cref="MinStoryWords"/> words or more).</summary>
    public bool IsFullStory => IsStory && WordCount >= MinStoryWords;

    public List<TextRegion> Regions { get; private set; } = [];

    public Token[] Tokens { get; private set; } = [];

    public Sentence[] Sentences { get; private set; } = [];

    public CueHit[] Hits { get; private set; } = [];

    /// <summary>The phrase kinds found in each sentence (the union of its <see cref="Hits"/>), by sentence index.</summary>
    public Cue[] SentenceCues { get; private set; } = [];

    /// <summary>The STAR part of each sentence.</summary>
    public StarPart[] PartOf { get; private set; } = [];

    /// <summary>Presence of each STAR part, indexed by <see cref="StarPart"/>.</summary>
    public PartPresence[] Parts { get; private set; } = [];

    /// <summary>The question, scanned; null when the answer is reviewed without one.</summary>
    public TextScan? Question { get; private set; }

    public int WordCount => Tokens.Length;

    /// <summary>True when the question asks what the candidate would do (<see cref="HypotheticalQuestion"/>).</summary>
    public bool QuestionIsHypothetical => Question is { } question && HypotheticalQuestion.Asks(question.Text);

    public PartPresence Part(StarPart part) => Parts[(int)part];

    /// <summary>True when a STAR label ("Situation:", "- A:", "Result:") opens one of the answer's regions.</summary>
    public bool IsLabelled => Regions.Exists(r => r.Part is not null);

    /// <summary>True when sentence <paramref name="sentence"/> holds a phrase of a kind in <paramref name="cue"/>.</summary>
    public bool SentenceHas(int sentence, Cue cue) => (SentenceCues[sentence] & cue) != 0;

    /// <summary>True when a word of <paramref name="sentence"/> is of a word class in <paramref name="cue"/> (<see cref="Cue.TokenOnly"/> kinds).</summary>
    public bool HasWord(in Sentence sentence, Cue cue)
    {
        foreach (var token in TokensOf(sentence))
        {
            if (token.Has(cue))
            {
                return true;
            }
        }

        return false;
    }

    public ReadOnlySpan<Token> TokensOf(in Sentence sentence) => Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);

    public ReadOnlySpan<char> WordOf(in Token token) => Text.AsSpan(token.Start, token.Length);

    public bool IsWord(int token, string word) => SentenceReader.IsWord(Text, Tokens[token], word);

    public static AnswerAnalysis Create(ReviewSubject subject, TargetLevel level, CueLexicon lexicon, int maxChars)
    {
        var text = Cut(subject.Text, maxChars);
        var analysis = new AnswerAnalysis(subject, level, text, subject.Text.Length);
        analysis.Regions = text.Length < subject.Text.Length ? TextRegion.Find(text, [], subject.Heading)
            : subject.Regions is { } known ? [.. known]
            : TextRegion.Find(text, subject.Sections, subject.Heading);

        var spans = new List<SentenceSpan>();
        var bounds = new List<SentenceBounds>();
        for (var r = 0; r < analysis.Regions.Count; r++)
        {
            bounds.Clear();
            SentenceSplitter.Split(text, analysis.Regions[r].Start, analysis.Regions[r].End, bounds);
            foreach (var b in bounds)
            {
                spans.Add(new SentenceSpan(b.Start, b.End, r, b.IsBullet));
            }
        }

        analysis.Tokens = Tokenize(text, spans, lexicon);
        var hits = new List<CueHit>((analysis.Tokens.Length / 8) + 4);
        lexicon.Match(text, analysis.Tokens, hits);
        analysis.Hits = [.. hits];
        analysis.Sentences = ReadSentences(text, spans, analysis.Tokens, analysis.Hits);
        analysis.SentenceCues = new Cue[spans.Count];
        foreach (var hit in analysis.Hits)
        {
            analysis.SentenceCues[analysis.Tokens[hit.FirstToken].Sentence] |= hit.Cues;
        }

        analysis.PartOf = StarSegmenter.Assign(analysis.Regions, analysis.Sentences);
        analysis.Question = subject.Question is { Length: > 0 } question ? TextScan.Of(question, lexicon) : null;
        analysis.Parts = analysis.FindParts();
        return analysis;
    }

    // Cut over-long text at a word boundary so that every rule stays bounded.
    private static string Cut(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var end = maxChars;
        while (end > maxChars - 200 && end > 0 && !char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return text[..end];
    }

    // Words are at most half the characters: a pooled buffer of that size holds them all, then an exact copy is kept.
    private static Token[] Tokenize(string text, List<SentenceSpan> spans, CueLexicon lexicon)
    {
        var buffer = System.Buffers.ArrayPool<Token>.Shared.Rent((text.Length / 2) + 1);
        Span<char> fold = stackalloc char[CueLexicon.MaxWordChars];
        var count = 0;
        var sentence = 0;
        var first = true;
        var position = 0;
        while (WordTokenizer.TryNext(text, ref position, out var word))
        {
            while (sentence < spans.Count && spans[sentence].End <= word.Start)
            {
                sentence++;
                first = true;
            }

            if (sentence >= spans.Count)
            {
                break;
            }

            if (word.Start < spans[sentence].Start)
            {
                continue;
            }

            var chars = text.AsSpan(word.Start, word.Length);
            var id = lexicon.WordId(chars, fold, out var hash);
            var shape = TokenShapes.Of(chars);
            if (first)
            {
                shape |= TokenShape.SentenceStart;
                first = false;
            }

            buffer[count++] = new Token(lexicon.CuesOf(id), word.Start, word.Length, id, shape, sentence, hash);
        }

        var tokens = buffer.AsSpan(0, count).ToArray();
        System.Buffers.ArrayPool<Token>.Shared.Return(buffer);
        return tokens;
    }

    // "… and the outcome was… Read more": a phrase followed, after a short word or two, by an ellipsis announces what the
    // paste cut off, so it tells nothing (the mis-encoded "â€¦" too, whose "â" reads as a letter of the word before).
    private static bool TrailsOff(string text, in Token last)
    {
        var rest = text.AsSpan(last.End);
        for (var words = 0; ; words++)
        {
            rest = rest.TrimStart(' ');
            if (rest.StartsWith("…", StringComparison.Ordinal) || rest.StartsWith("...", StringComparison.Ordinal)
                || rest.StartsWith("â€¦", StringComparison.Ordinal) || rest.StartsWith("€¦", StringComparison.Ordinal))
            {
                return true;
            }

            var letters = 0;
            while (letters < rest.Length && char.IsLetter(rest[letters]))
            {
                letters++;
            }

            if (words == 2 || letters is 0 or > 6)
            {
                return false;
            }

            rest = rest[letters..];
        }
    }

    private static Sentence[] ReadSentences(string text, List<SentenceSpan> spans, Token[] tokens, CueHit[] hits)
    {
        // "By the end of the shift I was exhausted": a word that places the outcome in time marks none in a sentence
        // that tells only a feeling.
        var feels = new bool[spans.Count];
        foreach (var hit in hits)
        {
            feels[tokens[hit.FirstToken].Sentence] |= (hit.Cues & Cue.Feeling) != 0;
        }

        var cueCounts = new int[spans.Count * 4];
        foreach (var hit in hits)
        {
            var sentence = tokens[hit.FirstToken].Sentence;
            var s = sentence * 4;
            var marksResult = (hit.Cues & Cue.Result) != 0 || ((hit.Cues & Cue.ResultTime) != 0 && !feels[sentence]);
            cueCounts[s] += (hit.Cues & Cue.Situation) != 0 ? 1 : 0;
            cueCounts[s + 1] += (hit.Cues & Cue.Task) != 0 ? 1 : 0;
            cueCounts[s + 2] += marksResult && !TrailsOff(text, tokens[hit.EndToken - 1]) ? 1 : 0;
            cueCounts[s + 3] += (hit.Cues & Cue.Reflection) != 0 ? 1 : 0;
        }

        var sentences = new Sentence[spans.Count];
        var t = 0;
        for (var s = 0; s < spans.Count; s++)
        {
            var firstToken = t;
            while (t < tokens.Length && tokens[t].Sentence == s)
            {
                t++;
            }

            var own = tokens.AsSpan(firstToken, t - firstToken);
            var facts = SentenceReader.Read(text, own, cueCounts[s * 4], cueCounts[(s * 4) + 1], cueCounts[(s * 4) + 2], cueCounts[(s * 4) + 3]);
            sentences[s] = new Sentence(spans[s], firstToken, t - firstToken, Rebase(facts, firstToken));
        }

        return sentences;
    }

    // Facts point at tokens within their sentence; make them indexes into the answer's tokens.
    private static SentenceFacts Rebase(SentenceFacts facts, int firstToken) => facts with
    {
        HypotheticalToken = facts.HypotheticalToken < 0 ? -1 : facts.HypotheticalToken + firstToken,
        MeasurableToken = facts.MeasurableToken < 0 ? -1 : facts.MeasurableToken + firstToken,
    };

    // A part is present when a label names it, or when a sentence shows it by content: context before the first
    // action, a stated goal, a past action, an outcome after the actions, a lesson.
    private PartPresence[] FindParts()
    {
        var parts = new PartPresence[StarParts.Count];
        Span<int> sentenceCounts = stackalloc int[StarParts.Count];
        Span<int> wordCounts = stackalloc int[StarParts.Count];
        Span<int> evidence = stackalloc int[StarParts.Count];
        evidence.Fill(-1);
        var firstAction = -1;
        for (var s = 0; s < Sentences.Length; s++)
        {
            // "Quote from my notes, pasting in as I wrote it:" introduces the story; it is not a step of it.
            if (Sentences[s].Facts.HasAction && !Sentences[s].Facts.IsHypothetical && !IntroducesWhatFollows(Sentences[s]))
            {
                firstAction = s;
                break;
            }
        }

        for (var s = 0; s < Sentences.Length; s++)
        {
            var sentence = Sentences[s];
            var part = PartOf[s];
            sentenceCounts[(int)part]++;
            wordCounts[(int)part] += sentence.TokenCount;
            var facts = sentence.Facts;
            // "A student I'll call Leon was scoring…", "the plan assumed we'd need 12 pickers": a "will"/"would" inside a
            // sentence told in the past sets the scene, it is not a plan. A task sentence before the first action that
            // opens with the place ("At my last company, … asked me to …") sets the scene too.
            var told = !facts.IsHypothetical || facts.PastTense;
            var region = Regions[sentence.Span.Region];
            // So does a sentence up to the first step that frames it ("As front office manager at a 120-room hotel,
            // I found out at 3pm that …").
            // Under another part's label ("Task: Recover the schedule"), only a sentence with the scene's own words sets it.
            var setsScene = (part == StarPart.Situation && region.Part is null or StarPart.Situation)
                || (part == StarPart.Task && facts.SituationCues > 0 && (firstAction < 0 || s < firstAction))
                || ((firstAction < 0 || s <= firstAction) && facts.SituationCues > 0 && region.Part is null or StarPart.Situation);
            if (setsScene && evidence[0] < 0 && sentence.TokenCount >= 5 && (!facts.HasAction || facts.SituationCues > 0) && told
                && !Opens(sentence, StepOpeners))
            {
                evidence[0] = s;
            }

            if (evidence[1] < 0 && facts.TaskCues > 0 && !facts.IsHypothetical)
            {
                evidence[1] = s;
            }

            // What a "Result:" or "Lessons learned:" section tells is not an action: a labelled answer that skips its
            // actions is told so even when its result says "we signed the deal". Nor is the brief a "Task:" section
            // gives ("I was given the 40 biggest suppliers and asked to get them reconciled").
            if (evidence[2] < 0 && facts.HasAction && !facts.IsHypothetical && region.Part is not (StarPart.Result or StarPart.Reflection)
                && !(region.Part == StarPart.Task && facts.TaskCues > 0))
            {
                evidence[2] = s;
            }

            if ((evidence[3] < 0 || PartOf[evidence[3]] != StarPart.Result) && part == StarPart.Result && !IsChromeOnly(sentence)
                && (facts.ResultCues > 0 || MeasuresTheOutcome(sentence))
                && (facts.PastTense || facts.IsMeasurable) && !facts.IsHypothetical)
            {
                evidence[3] = s;
            }
            else if (evidence[3] < 0 && !facts.IsHypothetical
                && (facts.ResultCues > 0 ? facts.PastTense || facts.IsMeasurable : ToldAsFigure(sentence, region, firstAction))
                && (firstAction >= 0 ? s > firstAction : s >= Sentences.Length / 2))
            {
                evidence[3] = s;
            }

            if (evidence[4] < 0 && facts.ReflectionCues > 0)
            {
                evidence[4] = s;
            }
        }

        // An outcome told without a result word closes many stories: after the candidate's actions, one of the last two
        // sentences tells in the past what happened to someone or something else ("She confirmed the direct debit at
        // 4:20", "The couple booked again for the following year"). In a "Result:" section it is read as Shows reads it.
        if (evidence[3] < 0 && firstAction >= 0)
        {
            for (var s = Sentences.Length - 1; s > firstAction && s >= Sentences.Length - 2; s--)
            {
                var facts = Sentences[s].Facts;
                if (facts.TellsWhatHappenedToOthers && !facts.IsHypothetical && !WrapsUp(Sentences[s])
                    && facts.ReflectionCues == 0 && PartOf[s] != StarPart.Reflection
                    && Regions[Sentences[s].Span.Region].Part switch { null => true, StarPart.Result => IsAboutTheGoal(Sentences[s]), _ => false })
                {
                    evidence[3] = s;
                    break;
                }
            }
        }

        Span<int> regionWords = Regions.Count <= 64 ? stackalloc int[Regions.Count] : new int[Regions.Count];
        foreach (var token in Tokens)
        {
            regionWords[Sentences[token.Sentence].Span.Region]++;
        }

        for (var p = 0; p < StarParts.Count; p++)
        {
            string? label = null;
            for (var r = 0; r < Regions.Count; r++)
            {
                if (Regions[r].Part == (StarPart)p && regionWords[r] >= 3 && Shows((StarPart)p, r))
                {
                    label = Regions[r].Label;
                    break;
                }
            }

            parts[p] = new PartPresence(label is not null || evidence[p] >= 0, label, sentenceCounts[p], wordCounts[p], evidence[p]);
        }

        return parts;
    }

    private bool IntroducesWhatFollows(in Sentence sentence)
    {
        var end = sentence.Span.End;
        while (end > sentence.Span.Start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        return end > sentence.Span.Start && Text[end - 1] == ':';
    }

    // After the candidate's steps, a figure told of someone or something else is an outcome without a result word:
    // "the tenant's side moved and we settled at £650,000". Not inside a labelled section that is not the result.
    private bool ToldAsFigure(in Sentence sentence, TextRegion region, int firstAction) =>
        sentence.Facts.TellsWhatHappenedToOthers && MeasuresTheOutcome(sentence) && firstAction >= 0 && region.Part is null or StarPart.Result;

    // A label names a part; its content has to show it too. An "Action:" section holds an action, a "Result:" section an
    // outcome (a result word, a figure, or something that happened to someone else); "Result: I also briefed the client"
    // is one more step, and the answer is told its result is missing.
    private bool Shows(StarPart part, int region)
    {
        if (part is not (StarPart.Action or StarPart.Result))
        {
            return true;
        }

        foreach (var sentence in Sentences)
        {
            if (sentence.Span.Region != region)
            {
                continue;
            }

            if (IsChromeOnly(sentence))
            {
                continue;
            }

            var facts = sentence.Facts;
            var shows = part == StarPart.Action
                ? facts.HasAction || facts.IsHypothetical
                : facts.ResultCues > 0 || MeasuresTheOutcome(sentence) || (facts.TellsWhatHappenedToOthers && IsAboutTheGoal(sentence));
            if (shows)
            {
                return true;
            }
        }

        return false;
    }

    // An outcome verb ("rose", "won") or a word of the goal: an event in a "Result:" section that is neither is a detail
    // ("it was a good learning experience", "everyone got involved"). Any figure there still counts as the outcome.
    // A forum's buttons pasted with the answer ("Reply   Like (3)   Report"): no outcome, whatever its figure.
    private static readonly HashSet<string> ChromeWords = new(
        ["reply", "replies", "like", "likes", "report", "quote", "share", "upvote", "upvotes", "downvote", "helpful", "permalink", "edit", "edited", "flag", "save", "follow"],
        StringComparer.OrdinalIgnoreCase);

    private bool IsChromeOnly(in Sentence sentence)
    {
        var words = 0;
        foreach (var token in TokensOf(sentence))
        {
            var word = WordOf(token);
            if (!ChromeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !int.TryParse(word, out _))
            {
                return false;
            }

            words++;
        }

        return words >= 2;
    }

    // "So that was basically the plan we put together", "Anyway, that's a time when we…": a closing line that points
    // back at the story is not what came of it.
    private bool WrapsUp(in Sentence sentence) => Opens(sentence, WrapUps);

    /// <summary>True when the sentence opens with one of <paramref name="openings"/> (lower case), ignoring case.</summary>
    private bool Opens(in Sentence sentence, string[] openings)
    {
        var opening = Text.AsSpan(sentence.Start, Math.Min(32, sentence.End - sentence.Start)).TrimStart();
        foreach (var start in openings)
        {
            if (opening.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "So what I did was I went round and timed every pick…": the answer starts at its first step, whatever scene words
    // that step holds.
    private static readonly string[] StepOpeners = ["so what i did", "what i did was", "what i did first", "so the first thing i did", "the first thing i did", "so i started by", "i started by", "i began by", "so first i", "first i", "first of all i", "so first of all i"];

    private static readonly string[] WrapUps = ["so that was", "so that's", "so that’s", "that was basically", "and that's", "and that’s", "anyway, that", "anyway that", "so yeah", "so yes, that"];

    // A figure in the result measures the outcome, unless it is told of someone else and has nothing to do with the goal:
    // "he made me about four cups of tea" after a boiler repair counts nothing that the story set out to change.
    // The scene counts as well as the goal ("next 2 boxes arrived cold" after "her box arrived warm"), but not through
    // the people in it: "the customer" is in every customer story.
    private bool MeasuresTheOutcome(in Sentence sentence) =>
        sentence.Facts.IsMeasurable && (!sentence.Facts.TellsWhatHappenedToOthers || IsAboutTheGoal(sentence) || SharesTopic(sentence, withScene: true));

    private bool IsAboutTheGoal(in Sentence sentence) => HasWord(sentence, Cue.OutcomeVerb) || SharesTopic(sentence);

    // A result told without a result word has to be about what the story set out to change: it shares a word with the
    // task (when one is labelled) or else the situation ("the trunks left on time" after "missing the cut-off … on-time
    // departures"). "It was a really positive project" shares none. The question's words ("a change", "a process") are
    // what every answer repeats, so they do not count; a story without a scene is not held to this.
    private bool SharesTopic(in Sentence sentence, bool withScene = false)
    {
        // A labelled task states the goal; without one, the scene and any task sentence say what was wrong.
        var labelledTask = !withScene && Regions.Exists(r => r.Part == StarPart.Task);
        var scene = false;
        for (var s = 0; s < Sentences.Length; s++)
        {
            var part = labelledTask ? Regions[Sentences[s].Span.Region].Part : PartOf[s];
            if (labelledTask ? part != StarPart.Task : part is not (StarPart.Situation or StarPart.Task))
            {
                continue;
            }

            scene = true;
            foreach (var token in TokensOf(sentence))
            {
                if (IsTopicWord(token) && !(withScene && SentenceActors.OfWord(WordOf(token).ToString()) == Actor.Others)
                    && Mentions(Text, TokensOf(Sentences[s]), WordOf(token)))
                {
                    return true;
                }
            }
        }

        return !scene;
    }

    private const int StemChars = 5;

    private static bool IsTopicWord(in Token token) => token.Length >= 4 && !token.Has(Cue.Stopword | Cue.BeVerb | Cue.Determiner);

    // True when a word of the text starts like the word, up to a rough stem: "departures" and "departed", "trip" and
    // "trips". Both words are topic words, so the shared start is at least four letters.
    private static bool Mentions(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> word)
    {
        foreach (var token in tokens)
        {
            if (!IsTopicWord(token))
            {
                continue;
            }

            var other = text.AsSpan(token.Start, token.Length);
            var stem = Math.Min(StemChars, Math.Min(word.Length, other.Length));
            if (other[..stem].Equals(word[..stem], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
