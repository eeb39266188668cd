using StarCoach.Core.Text;

namespace StarCoach.Core.Review.Analysis;

/// <summary>
/// Every embedded word list in one token trie, so that all cue kinds are found in a single pass over an
/// answer's words. Matching ignores case and treats curly apostrophes and Unicode hyphens as ASCII ones.
/// </summary>
internal sealed class CueLexicon
{
    private const string ResourcePrefix = "StarCoach.Review.Lexicon.";

    // Longest phrase in any list; bounds the work per word however long the answer is.
    private const int MaxPhraseWords = 8;

    private readonly Vocabulary _vocabulary;
    private readonly Cue[] _singleWordCues;
    private readonly int[] _rootChildren;
    private readonly List<Node> _nodes;

    private CueLexicon(Dictionary<string, int> wordIds, List<Node> nodes)
    {
        // Words are folded (lower case, ASCII apostrophes and hyphens) when the lists are read, and each word of an
        // answer once while it is hashed, so that lookups compare ordinally.
        _vocabulary = new Vocabulary(wordIds);
        _nodes = nodes;
        _singleWordCues = new Cue[wordIds.Count];
        _rootChildren = new int[wordIds.Count];
        Array.Fill(_rootChildren, -1);
        if (nodes[0].Children is { } roots)
        {
            foreach (var (wordId, child) in roots)
            {
                _singleWordCues[wordId] = nodes[child].Terminal;
                _rootChildren[wordId] = child;
            }
        }
    }

    /// <summary>The lexicon built from the word lists embedded in this assembly.</summary>
    public static CueLexicon Shared { get; } = LoadEmbedded();

    /// <summary>Builds a lexicon from (cue, list text) pairs; the text uses the format of the embedded lists.</summary>
    public static CueLexicon Build(IEnumerable<(Cue Cue, string Text)> lists)
    {
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var nodes = new List<Node> { new() };
        foreach (var (cue, text) in lists)
        {
            foreach (var phrase in Phrases(text))
            {
                var node = 0;
                foreach (var written in phrase)
                {
                    var word = Fold(written);
                    if (!wordIds.TryGetValue(word, out var id))
                    {
                        id = wordIds.Count;
                        wordIds.Add(word, id);
                    }

                    var children = nodes[node].Children ??= [];
                    if (!children.TryGetValue(id, out var child))
                    {
                        child = nodes.Count;
                        nodes.Add(new Node());
                        children.Add(id, child);
                    }

                    node = child;
                }

                nodes[node].Terminal |= cue;
            }
        }

        return new CueLexicon(wordIds, nodes);
    }

    /// <summary>Longest word a lookup folds; longer words are in no list.</summary>
    public const int MaxWordChars = 64;

    /// <summary>The vocabulary id of a word as written, or -1 when no list has it.</summary>
    public int WordId(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxWordChars];
        return WordId(word, buffer, out _);
    }

    /// <summary>
    /// The vocabulary id of a word as written (or -1), and a hash of the word folded to lower case, read in one pass.
    /// <paramref name="buffer"/> holds at least <see cref="MaxWordChars"/> characters; the caller reuses it.
    /// </summary>
    public int WordId(ReadOnlySpan<char> word, Span<char> buffer, out uint hash)
    {
        if (word.Length > MaxWordChars)
        {
            hash = Vocabulary.Start;
            foreach (var c in word)
            {
                hash = Vocabulary.Step(hash, FoldChar(c));
            }

            return -1;
        }

        hash = Fold(word, buffer);
        var id = _vocabulary.Find(buffer[..word.Length], hash);

        // No list holds a contraction without its apostrophe, so only a word no list knows is looked up as one.
        if (id < 0 && word.Length < BareContractions.MaxLength && BareContractions.TryRestore(buffer[..word.Length], out var contraction))
        {
            hash = Fold(contraction, buffer);
            return _vocabulary.Find(buffer[..contraction.Length], hash);
        }

        return id;
    }

    private static string Fold(string word)
    {
        var folded = new char[word.Length];
        Fold(word, folded);
        return new string(folded);
    }

    // Lower case, ASCII apostrophes and hyphens; returns the hash of the folded word.
    private static uint Fold(ReadOnlySpan<char> word, Span<char> folded)
    {
        var hash = Vocabulary.Start;
        for (var i = 0; i < word.Length; i++)
        {
            var f = FoldChar(word[i]);
            folded[i] = f;
            hash = Vocabulary.Step(hash, f);
        }

        return hash;
    }

    private static char FoldChar(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        < '\u0080' => c,
        '\u2019' or '\u2018' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The kinds a word has on its own (its one-word entries).</summary>
    public Cue CuesOf(int wordId) => wordId < 0 ? Cue.None : _singleWordCues[wordId];

    /// <summary>
    /// Finds every phrase of the lexicon in <paramref name="tokens"/>, in order of first token. At one position only
    /// the longest phrase of each kind is kept, and a phrase inside a longer one of the same kind is dropped.
    /// Phrases do not cross sentences or punctuation. Word classes (<see cref="Cue.TokenOnly"/>) are read from tokens, not reported here.
    /// </summary>
    public void Match(string text, ReadOnlySpan<Token> tokens, List<CueHit> hits)
    {
        Span<int> coveredUntil = stackalloc int[64];
        Span<(int Count, Cue Cues)> found = stackalloc (int, Cue)[MaxPhraseWords];
        for (var first = 0; first < tokens.Length; first++)
        {
            // The first step is an array lookup: most words of an answer start no phrase.
            var foundCount = 0;
            var node = 0;
            for (var next = first; next < tokens.Length && next - first < MaxPhraseWords; next++)
            {
                var token = tokens[next];
                if (token.WordId < 0)
                {
                    break;
                }

                if (next == first)
                {
                    node = _rootChildren[token.WordId];
                    if (node < 0)
                    {
                        break;
                    }
                }
                else if (_nodes[node].Children is not { } children || !children.TryGetValue(token.WordId, out node))
                {
                    break;
                }

                if (_nodes[node].Terminal != Cue.None)
                {
                    found[foundCount++] = (next - first + 1, _nodes[node].Terminal);
                }

                if (next + 1 < tokens.Length && !Adjacent(text, token, tokens[next + 1]))
                {
                    break;
                }
            }

            // Longest first: each kind goes to the longest phrase starting here that is not inside an earlier one.
            var assigned = Cue.None;
            for (var f = foundCount - 1; f >= 0; f--)
            {
                var (count, cues) = found[f];
                var keep = (ulong)(cues & ~assigned & ~Cue.TokenOnly);
                for (var bits = keep; bits != 0; bits &= bits - 1)
                {
                    var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                    if (coveredUntil[bit] > first)
                    {
                        keep &= ~(1UL << bit);
                    }
                }

                if (keep == 0)
                {
                    continue;
                }

                assigned |= (Cue)keep;
                for (var bits = keep; bits != 0; bits &= bits - 1)
                {
                    coveredUntil[System.Numerics.BitOperations.TrailingZeroCount(bits)] = first + count;
                }

                hits.Add(new CueHit(first, count, (Cue)keep));
            }
        }
    }

    // Two words belong to one phrase when only spaces or quotes separate them, within one sentence.
    private static bool Adjacent(string text, Token left, Token right)
    {
        if (left.Sentence != right.Sentence)
        {
            return false;
        }

        for (var i = left.End; i < right.Start; i++)
        {
            if (text[i] is not (' ' or '\t' or '\u00A0' or '"' or '“' or '”' or '‘' or '’' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    private static CueLexicon LoadEmbedded()
    {
        var assembly = typeof(CueLexicon).Assembly;
        var lists = new List<(Cue, string)>();
        foreach (var cue in Kinds)
        {
            var name = ResourceName(cue);
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The review word list {name} is not embedded in {assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            lists.Add((cue, reader.ReadToEnd()));
        }

        return Build(lists);
    }

    /// <summary>The cue kinds that have a word list: every single-bit value of <see cref="Cue"/>.</summary>
    internal static IEnumerable<Cue> Kinds => Enum.GetValues<Cue>().Where(c => System.Numerics.BitOperations.PopCount((ulong)c) == 1);

    /// <summary>
    /// The embedded resource of a cue kind's list: <c>Review/Lexicon/&lt;file&gt;.txt</c>, except stop words, which are
    /// the one list every feature reads (<see cref="TextTerms.StopWordsResource"/>).
    /// </summary>
    internal static string ResourceName(Cue cue) => cue == Cue.Stopword ? TextTerms.StopWordsResource : ResourcePrefix + FileName(cue) + ".txt";

    /// <summary>The list file of a cue kind: <c>ScopeOwnership</c> → <c>scope-ownership</c>.</summary>
    internal static string FileName(Cue cue)
    {
        var name = cue.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>The phrases of a list: each entry's words, with <c>a|b</c> alternatives expanded.</summary>
    internal static IEnumerable<string[]> Phrases(string listText)
    {
        foreach (var rawLine in listText.Split('\n'))
        {
            var hash = rawLine.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? rawLine[..hash] : rawLine).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var slots = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(slot => slot.Replace('\u2019', '\'').Split('|', StringSplitOptions.RemoveEmptyEntries))
                .ToArray();
            foreach (var phrase in Expand(slots, 0))
            {
                var words = phrase.SelectMany(WordTokenizer.Words).ToArray();
                if (words.Length is > 0 and <= MaxPhraseWords)
                {
                    yield return words;
                }
            }
        }
    }

    private static IEnumerable<List<string>> Expand(string[][] slots, int index)
    {
        if (index == slots.Length)
        {
            yield return [];
            yield break;
        }

        foreach (var rest in Expand(slots, index + 1))
        {
            foreach (var choice in slots[index])
            {
                var phrase = new List<string>(rest.Count + 1) { choice };
                phrase.AddRange(rest);
                yield return phrase;
            }
        }
    }

    private sealed class Node
    {
        public Cue Terminal { get; set; }

        public Dictionary<int, int>? Children { get; set; }
    }
}
