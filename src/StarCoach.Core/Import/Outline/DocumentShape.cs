namespace StarCoach.Core.Import.Outline;

/// <summary>
/// What the whole document says about how it is laid out, computed once before the rules run: the blank-line gap that
/// separates answers, the level its question headings are written at, which headings title a story of their own
/// (a heading with a STAR story or a first-person story under it and no question, like "## Story 2 — HA near-miss"),
/// which lists are lists of questions, and which shapes of line (numbered items, bold lines, headings of a level) the
/// document uses for its questions, so that a statement written the same way ("7. The last time you had to
/// apologize") is read as a question too.
/// </summary>
internal sealed class DocumentShape
{
    // Competency indicators set in bold run to 25 words ("Actively seek out and share experience to develop …").
    private const int MaxTitleWords = 30;
    private const int MaxHeadingLikeWords = 30;

    /// <summary>The rank of a short line of its own that heads a section of a document without headings.</summary>
    public const int PlainTitleRank = 8;

    private readonly IReadOnlyList<DocumentBlock> _blocks;
    private readonly Asks[] _asks;
    private readonly int[] _rank;
    private readonly bool[] _label;
    private readonly HashSet<int> _storyTitles = [];
    private readonly HashSet<int> _peerQuestions = [];
    private readonly Dictionary<int, bool> _questionLists = [];
    private readonly Dictionary<int, int> _listGroupSizes = [];
    private readonly HashSet<int> _namedLists = [];

    public DocumentShape(IReadOnlyList<DocumentBlock> blocks)
    {
        _blocks = blocks;
        _asks = new Asks[blocks.Count];
        _rank = new int[blocks.Count];
        _label = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            // Initials count here as if a story were under way ("### T - Task" is a label, not a heading).
            _label[i] = block.MayHoldLabel && !block.IsListItem && block.Kind == BlockKind.Text && StarLabels.TryFind(block.Text, out _, StarRole.Situation);
            _asks[i] = block.Kind == BlockKind.Text ? QuestionReading.Read(block.Trimmed) : Asks.No;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            _rank[i] = HeadingRank(i);
        }

        RankTitleLines();

        SeparatorGap = ComputeSeparatorGap(blocks);
        QuestionHeadingLevel = ComputeQuestionHeadingLevel();
        NoBlankLines = blocks.Count > 3 && blocks.All(b => b.BlankLinesBefore == 0 && !b.IsExplicitHeading);
        Speakers = SpeakerTurns.Speakers(blocks);
        FindStoryTitles();
        FindQuestionLists();
        FindPeerQuestions();
    }

    /// <summary>The interviewer and the candidate when the document is a dialogue with named speakers, else nulls.</summary>
    public (string? Interviewer, string? Candidate) Speakers { get; }

    /// <summary>The blank-line gap that separates answers: one more than the gap that usually separates paragraphs.</summary>
    public int SeparatorGap { get; }

    /// <summary>The heading level at which at least two headings read as questions (the most common one), else 0.</summary>
    public int QuestionHeadingLevel { get; }

    /// <summary>Documents written without a single blank line: questions and headings are found by their shape alone.</summary>
    public bool NoBlankLines { get; }

    /// <summary>How strongly block <paramref name="index"/> reads as a question by its words.</summary>
    public Asks AsksAt(int index) => _asks[index];

    /// <summary>
    /// 1–6 for a heading, 7 for a heading in all but name (a bold line, a collapsible's summary), 0 for anything else;
    /// a STAR label set as a heading ("### Situation") is a label, 0.
    /// </summary>
    public int RankAt(int index) => _rank[index];

    /// <summary>True when block <paramref name="index"/> opens with a STAR label.</summary>
    public bool HasLabelAt(int index) => _label[index];

    /// <summary>True for a heading that titles a story of its own, with no question written for it.</summary>
    public bool IsStoryTitle(int index) => _storyTitles.Contains(index);

    /// <summary>
    /// True for a short line right above a sample answer's label ("Example: 'Communicates With Influence' (EL 1 Level)"
    /// over "Example response: '…'"), with no question between them: the answer's only handle.
    /// </summary>
    public bool IsAnswerTitle(int index)
    {
        if (index + 1 >= _blocks.Count || _asks[index] == Asks.Yes || _label[index])
        {
            return false;
        }

        var block = _blocks[index];
        var next = _blocks[index + 1];
        var text = block.Trimmed;
        var words = WordCount(text);
        if (block.Kind != BlockKind.Text || next.Kind != BlockKind.Text || block.IsListItem || words is < 2 or > 14
            || text[^1] is '.' or ':' or ',' or ';' || OutlinePatterns.IsMetadata(text) || AnswerLabels.TryFind(block.Text, allowLetter: false, out _)
            || OutlinePatterns.IsAdviceHeading(text) || OutlinePatterns.IsNotesHeading(block))
        {
            return false;
        }

        return AnswerLabels.TryFind(next.Text, allowLetter: false, out var label) && label.Label.Length > 3 && !label.IsWeakExample;
    }

    /// <summary>True for a line that only reads as a question because the document writes its questions that way.</summary>
    public bool IsPeerQuestion(int index) => _peerQuestions.Contains(index);

    /// <summary>True when the list item at <paramref name="index"/> belongs to a list most of whose items are questions.</summary>
    public bool InQuestionList(int index) => _questionLists.TryGetValue(index, out var yes) && yes;

    /// <summary>How many items the list of the item at <paramref name="index"/> has (items of one shape in one section).</summary>
    public int ListGroupSize(int index) => _listGroupSizes.GetValueOrDefault(index, 1);

    /// <summary>The first block after the section of the heading-like block <paramref name="index"/>.</summary>
    public int SectionEnd(int index)
    {
        // A collapsible holds everything up to its end, whatever headings are inside it.
        var rank = _rank[index];
        var collapsible = _blocks[index].IsSummary ? _blocks[index].Collapsible : -1;
        for (var j = index + 1; j < _blocks.Count; j++)
        {
            if (collapsible >= 0 ? _blocks[j].Collapsible < collapsible : _rank[j] > 0 && _rank[j] <= rank)
            {
                return j;
            }
        }

        return _blocks.Count;
    }

    private int HeadingRank(int index)
    {
        var block = _blocks[index];
        if (block.Kind != BlockKind.Text || _label[index] || (block.IsExplicitHeading && StarLabels.TryFind(block.Text, out _, StarRole.Situation)))
        {
            return 0;
        }

        if (block.IsExplicitHeading)
        {
            return block.HeadingLevel;
        }

        if (block.IsSummary)
        {
            return 7;
        }

        // "**Be alert to emerging issues and trends**": a bold line of its own, not a label, not a sentence of a story.
        var text = block.Trimmed;
        if (block.IsEmphasized && !block.IsListItem && !block.IsQuote && WordCount(text) <= MaxHeadingLikeWords && !text.EndsWith(':') && !text.Contains('\n'))
        {
            return 7;
        }

        return 0;
    }

    /// <summary>
    /// A document with no headings at all ("Interpersonal Conflict Story" / "- Conflict with Quinn when I started…")
    /// heads its sections with short lines of their own: at least two of them (and more than twice the lines that ask),
    /// each standing apart and with its notes right under it, rank as headings of the lowest rank (<see cref="PlainTitleRank"/>).
    /// </summary>
    private void RankTitleLines()
    {
        if (_rank.Any(rank => rank > 0))
        {
            return;
        }

        // Where questions head the sections, short lines between them are categories and answer notes, not titles.
        var titles = Enumerable.Range(0, _blocks.Count).Where(IsTitleLine).ToList();
        var questions = Enumerable.Range(0, _blocks.Count).Count(i => _asks[i] == Asks.Yes && (i == 0 || _blocks[i].BlankLinesBefore > 0));
        if (titles.Count >= 2 && titles.Count > 2 * questions)
        {
            foreach (var i in titles)
            {
                _rank[i] = PlainTitleRank;
            }
        }
    }

    private bool IsTitleLine(int index)
    {
        var block = _blocks[index];
        var text = block.Trimmed;
        if (block.Kind != BlockKind.Text || block.IsListItem || block.IsQuote || _label[index] || _asks[index] != Asks.No || text.Contains('\n')
            || index + 1 >= _blocks.Count || (index > 0 && block.BlankLinesBefore == 0))
        {
            return false;
        }

        var words = WordCount(text);
        var next = _blocks[index + 1];
        // "(or)", "---", "A." are connectives and rules between passages, not titles.
        return text[0] is not ('(' or '[') && text.Split(' ').Any(word => word.Count(char.IsLetter) >= 3) && words is >= 1 and <= MaxTitleWords && text[^1] is not ('.' or ',' or ';' or '!' or '?') && (text[^1] != ':' || words >= 3)
            && next.Kind == BlockKind.Text && (next.IsListItem || next.BlankLinesBefore == 0)
            && !FirstPerson.Narrates(text) && !OutlinePatterns.IsMetadata(text) && !StarLabels.TryFindOther(block.Text, false, out _)
            && !AnswerLabels.TryFind(block.Text, allowLetter: false, out _);
    }

    // ---- story titles ------------------------------------------------------------------------------

    /// <summary>
    /// Walks the headings top-down. A heading titles a story when its section holds a story and no question, and either
    /// the story is right under it or it is the only one of its sub-sections that holds one ("## Story A" over
    /// "### Example" and an empty "### Your version"). A heading with two or more sub-sections that hold stories is a
    /// category of them ("## Seeing the big picture" over its bold indicators).
    /// </summary>
    private void FindStoryTitles()
    {
        var skipUntil = 0;
        var questionAtRank = int.MaxValue;
        var answerStarted = false;
        for (var i = 0; i < _blocks.Count; i++)
        {
            var rank = _rank[i];
            if (rank > 0 && rank <= questionAtRank)
            {
                questionAtRank = int.MaxValue;
            }

            if (i < skipUntil)
            {
                continue;
            }

            if (rank == 0)
            {
                // A question written as a line belongs to the heading above it: a deeper heading right under it
                // ("### Full STAR Answer") heads its answer. Once the answer has begun, deeper headings are free again.
                if (IsQuestionCandidate(i, i > 0 ? i - 1 : -1))
                {
                    questionAtRank = EnclosingRank(i);
                    answerStarted = false;
                }
                else if (_blocks[i].Kind == BlockKind.Text && !_label[i] && !OutlinePatterns.IsMetadata(_blocks[i].Trimmed))
                {
                    answerStarted = true;
                }

                continue;
            }

            // Bold lines under the question stay parts of its answer; headings after the answer has begun are free.
            if (rank > questionAtRank && (rank == 7 || !answerStarted))
            {
                continue;
            }

            if (_asks[i] == Asks.Yes || _blocks[i].IsSummary)
            {
                skipUntil = SectionEnd(i);
                continue;
            }

            if (TitlesStory(i))
            {
                _storyTitles.Add(i);
                skipUntil = SectionEnd(i);
            }
        }
    }

    private int EnclosingRank(int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (_rank[j] > 0)
            {
                return _rank[j];
            }
        }

        return 0;
    }

    private bool TitlesStory(int index)
    {
        var block = _blocks[index];
        var text = block.Trimmed;
        var plainTitle = _rank[index] == PlainTitleRank;
        if (WordCount(text) > MaxTitleWords || text.EndsWith('.') || (text.EndsWith(':') && !plainTitle) || PageChrome.IsNavigation(text)
            || OutlinePatterns.IsNotesHeading(block) || FirstPerson.Narrates(text) || OutlinePatterns.IsAdviceHeading(text)
            || AnswerLabels.TryFind(block.Text, allowLetter: false, out _) || AnswerLabels.IsAnswerHeading(text, out _))
        {
            return false;
        }

        // "##### Conflicts" with a story right under it is a question of that topic, even when a written question
        // follows later in its section.
        var end = SectionEnd(index);
        var firstQuestion = FirstQuestionIn(index + 1, end);
        var childRank = ChildRank(index + 1, end);
        var firstChild = childRank == 0 ? end : NextOfRank(index + 1, end, childRank);
        // A plain title names what its notes are about ("Tech failure story #2"), as a topic heading does.
        if (HoldsStory(index + 1, Math.Min(firstChild, firstQuestion), plainTitle || InterviewTopics.Names(text)))
        {
            return true;
        }

        if (firstQuestion < end || childRank == 0)
        {
            return false;
        }

        var storyChildren = 0;
        for (var child = firstChild; child < end; child = NextOfRank(child + 1, end, childRank))
        {
            if (HoldsStory(child + 1, NextOfRank(child + 1, end, childRank)))
            {
                storyChildren++;
            }
        }

        return storyChildren == 1;
    }

    private int ChildRank(int from, int end)
    {
        var rank = 0;
        for (var j = from; j < end; j++)
        {
            if (_rank[j] > 0 && (rank == 0 || _rank[j] < rank))
            {
                rank = _rank[j];
            }
        }

        return rank;
    }

    private int NextOfRank(int from, int end, int rank)
    {
        for (var j = from; j < end; j++)
        {
            if (_rank[j] > 0 && _rank[j] <= rank)
            {
                return j;
            }
        }

        return end;
    }

    private int FirstQuestionIn(int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            if (IsQuestionCandidate(j, from))
            {
                return j;
            }
        }

        return end;
    }

    /// <summary>
    /// A block that would be read as a question: a labelled question, a heading or line that asks and stands on its
    /// own, a question list's item, or a statement prompt right at the top of a section.
    /// </summary>
    private bool IsQuestionCandidate(int index, int sectionStart)
    {
        var block = _blocks[index];
        if (block.Kind != BlockKind.Text || _label[index])
        {
            return false;
        }

        if (QuestionLabels.TryFind(block.Trimmed, out var labelled) && labelled.Question.Length > 0)
        {
            return true;
        }

        var asks = _asks[index];
        if ((asks == Asks.No && !(_rank[index] is > 0 and <= 6)) || WordCount(block.Trimmed) > 40)
        {
            return false;
        }

        // A heading at the level the document's question headings use asks without its question mark
        // ("### What is something you have changed in your teaching recently").
        if (_rank[index] is > 0 and <= 6 && block.HeadingLevel == QuestionHeadingLevel && OutlinePatterns.AsksQuestion(block.Trimmed))
        {
            return true;
        }

        if (asks == Asks.No)
        {
            return false;
        }

        var standsApart = index == 0 || block.BlankLinesBefore > 0 || _rank[index] > 0 || _rank[index - 1] > 0;
        if (asks == Asks.Yes)
        {
            return (standsApart || block.IsListItem) && !FirstPerson.Narrates(PromptPhrases.WithoutInstruction(block.Trimmed).TrimEnd('?'));
        }

        return index == sectionStart && !block.IsListItem;
    }

    /// <summary>
    /// True when blocks [from, end) tell a story: a STAR label with text after it, or first-person narration, and not
    /// an empty template or advice.
    /// </summary>
    private bool HoldsStory(int from, int end, bool topic = false)
    {
        var past = false;
        var labelledWithText = false;
        var words = 0;
        var firstPerson = 0;
        var secondPerson = 0;
        for (var j = from; j < end; j++)
        {
            var block = _blocks[j];
            if (block.Kind is not (BlockKind.Text or BlockKind.Code) || block.IsTableHeader)
            {
                continue;
            }

            // A label counts when what it labels is someone's story ("S — API latency spiked …; I owned the database
            // side"), not a definition of the part ("Task: Your specific responsibility and goals").
            if (_label[j] && StarLabels.TryFind(block.Text, out var label, StarRole.Situation))
            {
                var content = block.Text[label.ContentStart..].Trim();
                if (content.Length == 0)
                {
                    // A label on a line of its own heads what follows it: the candidate's notes or story.
                    var next = j + 1 < end && !_label[j + 1] && _rank[j + 1] == 0 ? _blocks[j + 1].Trimmed : string.Empty;
                    labelledWithText |= next.Length > 2 && !Placeholders.IsNotAStory(next);
                }
                else
                {
                    labelledWithText |= content.Length > 2 && !Placeholders.IsNotAStory(content) && Placeholders.TellsAStory(content);
                }
            }

            words += WordCount(block.Trimmed);
            past |= Voice.TellsWhatHappened(block.Text);
            firstPerson += Voice.FirstPersonCount(block.Text);
            secondPerson += Voice.SecondPersonCount(block.Text);
        }

        if (labelledWithText)
        {
            return true;
        }

        // Without labels, a story tells what happened ("I led …"), or speaks of a topic the heading names ("Weaknesses").
        var cjk = from < end && QuestionReading.HasCjk(_blocks[from].Text);
        return firstPerson >= (cjk ? 1 : 2) && firstPerson > secondPerson && (words >= 12 || cjk) && (past || topic || cjk);
    }

    /// <summary>True for a list item in a list that its heading calls questions ("## Common questions").</summary>
    public bool InNamedQuestionList(int index) => _namedLists.Contains(index);

    private bool NamedBySection(int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (_rank[j] is > 0 and <= 6 || _blocks[j].IsExplicitHeading)
            {
                return _rank[j] > 0 && OutlinePatterns.NamesQuestions(_blocks[j]);
            }
        }

        return false;
    }

    // ---- lists of questions and peer shapes ---------------------------------------------------------

    /// <summary>
    /// Groups list items by shape (mark, indentation, fence) within each heading's section and marks the groups most of
    /// whose items ask: "- What are you proud of?" among eight such items is a question, "3. Show behavioral change. What
    /// do you do differently now?" among six takeaways is not.
    /// </summary>
    private void FindQuestionLists()
    {
        var groups = new List<List<int>>();
        var numbered = new Dictionary<(int Section, int Indent, int Fence, bool Quote), List<int>>();
        List<int>? bullets = null;
        var bulletIndent = -1;
        var section = 0;
        for (var i = 0; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            if (_rank[i] is > 0 and <= 6 || block.IsExplicitHeading)
            {
                section = i;
                bullets = null;
            }

            if (!block.IsListItem || block.Kind != BlockKind.Text)
            {
                // A paragraph at the bullets' margin ends their list; deeper text (an answer under an item) does not.
                if (bullets is not null && block.Kind == BlockKind.Text && block.Indent <= bulletIndent && _rank[i] == 0)
                {
                    bullets = null;
                }

                continue;
            }

            var marker = ListMarker.Read(block.Text);
            var indent = Math.Min(block.Indent, 4) / 2;
            if (marker.Kind is MarkerKind.Number or MarkerKind.Letter)
            {
                // Numbered items keep their list across the answers between them ("1." … "2." …).
                var key = (section, indent, block.Fence, block.IsQuote);
                if (!numbered.TryGetValue(key, out var list))
                {
                    numbered[key] = list = [];
                    groups.Add(list);
                }

                list.Add(i);
                continue;
            }

            if (bullets is null || indent != bulletIndent)
            {
                bullets = [];
                bulletIndent = indent;
                groups.Add(bullets);
            }

            bullets.Add(i);

            // Bullets also count with all the section's bullets of their indentation: "- question" / "Ans: …" pairs.
            var sectionKey = (section, indent + 100, block.Fence, block.IsQuote);
            if (!numbered.TryGetValue(sectionKey, out var all))
            {
                numbered[sectionKey] = all = [];
                groups.Add(all);
            }

            all.Add(i);
        }

        foreach (var items in groups)
        {
            // Items at the margin of a list under "Common questions" are questions, topic words ("跳槽原因") included.
            var asking = items.Count(i => _asks[i] != Asks.No);
            var named = NamedBySection(items[0]) && _blocks[items[0]].Indent == 0 && asking * 4 >= items.Count;
            if (named)
            {
                foreach (var item in items)
                {
                    _questionLists[item] = _questionLists.GetValueOrDefault(item) || (!FirstPerson.Narrates(_blocks[item].Trimmed) && WordCount(_blocks[item].Trimmed) <= 40);
                    _listGroupSizes[item] = Math.Max(_listGroupSizes.GetValueOrDefault(item), items.Count);
                    _namedLists.Add(item);
                }

                continue;
            }

            var yes = items.Count(i => _asks[i] == Asks.Yes);
            var maybe = items.Count(i => _asks[i] == Asks.Maybe);
            var lone = items.Count == 1 && yes == 1 && ListMarker.Read(_blocks[items[0]].Text).Kind == MarkerKind.Number;
            // Two asking items make a list of questions, and so does one question with statement prompts beside it
            // ("1. A time when you …", "2. How do you …?", "3. The last time you …").
            var isQuestionList = yes >= 2 ? yes * 2 >= items.Count : lone || (yes == 1 && maybe >= 1 && (yes + maybe) * 3 >= items.Count * 2);
            // Questions are listed at the margin; a nested list of questions is the asking inside an answer.
            isQuestionList &= _blocks[items[0]].Indent == 0;
            foreach (var item in items)
            {
                // An item is in a list of questions when either of its groups is one.
                _questionLists[item] = _questionLists.GetValueOrDefault(item) || (isQuestionList && (yes + maybe) * 3 >= items.Count * 2);
                _listGroupSizes[item] = Math.Max(_listGroupSizes.GetValueOrDefault(item), items.Count);
            }
        }
    }

    /// <summary>
    /// Shapes of block (numbered items, bold lines, headings of one level) that the document uses for at least two
    /// questions and for little else: a block of that shape that only might ask ("A time when you…", a bold indicator
    /// with no story yet) is a question too. Numbered items must also carry on the questions' numbering.
    /// </summary>
    private void FindPeerQuestions()
    {
        var questions = new Dictionary<ShapeKey, int>();
        var others = new Dictionary<ShapeKey, int>();
        for (var i = 0; i < _blocks.Count; i++)
        {
            if (!IsShaped(i))
            {
                continue;
            }

            // Statements that might ask are the candidates, counted on neither side.
            var key = ShapeOf(i);
            var isQuestion = _storyTitles.Contains(i) || (_asks[i] == Asks.Yes && (key.Rank > 0 || key.Marker != MarkerKind.None || InQuestionList(i)));
            if (isQuestion || _asks[i] == Asks.No)
            {
                var counts = isQuestion ? questions : others;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var previousNumber = 0;
        for (var i = 0; i < _blocks.Count; i++)
        {
            if (!IsShaped(i))
            {
                continue;
            }

            var key = ShapeOf(i);
            var marker = ListMarker.Read(_blocks[i].Text);
            var asks = _asks[i];
            var isQuestion = _storyTitles.Contains(i) || (asks == Asks.Yes && (key.Rank > 0 || key.Marker != MarkerKind.None));
            if (!isQuestion && asks != Asks.Yes && questions.GetValueOrDefault(key) >= 2 && questions[key] >= 2 * others.GetValueOrDefault(key)
                && (asks == Asks.Maybe || key.Rank == 7) && !FirstPerson.Narrates(_blocks[i].Trimmed))
            {
                var numbered = key.Marker == MarkerKind.Number;
                if (!numbered || marker.Ordinal == previousNumber + 1 || previousNumber == 0 || marker.Ordinal == 1)
                {
                    _peerQuestions.Add(i);
                    isQuestion = true;
                }
            }

            if (isQuestion && key.Marker == MarkerKind.Number && key.Rank == 0)
            {
                previousNumber = marker.Ordinal;
            }
        }
    }

    private bool IsShaped(int index)
    {
        var block = _blocks[index];
        return block.Kind == BlockKind.Text && !_label[index] && block.Indent == 0 && WordCount(block.Trimmed) <= 40
            && (_rank[index] > 0 || ListMarker.Read(block.Text).Kind is MarkerKind.Number or MarkerKind.Letter);
    }

    private ShapeKey ShapeOf(int index)
    {
        var block = _blocks[index];
        var marker = _rank[index] > 0 && !block.IsListItem ? MarkerKind.None : ListMarker.Read(block.Text).Kind;
        return new ShapeKey(_rank[index], block.IsSummary, block.IsEmphasized, marker == MarkerKind.Letter ? MarkerKind.Number : marker, block.IsListItem, block.Fence > 0);
    }

    private readonly record struct ShapeKey(int Rank, bool Summary, bool Emphasized, MarkerKind Marker, bool ListItem, bool InFence);

    // ---- the old document-wide facts -----------------------------------------------------------------

    private int ComputeQuestionHeadingLevel()
    {
        var levels = _blocks
            .Where(b => b.IsExplicitHeading && PromptPhrases.ReadsAsQuestion(b.Trimmed))
            .GroupBy(b => b.HeadingLevel)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .FirstOrDefault();
        return levels is not null && levels.Count() >= 2 ? levels.Key : 0;
    }

    private static int ComputeSeparatorGap(IReadOnlyList<DocumentBlock> blocks)
    {
        var counts = new Dictionary<int, int>();
        foreach (var block in blocks)
        {
            if (block.BlankLinesBefore > 0)
            {
                counts[block.BlankLinesBefore] = counts.GetValueOrDefault(block.BlankLinesBefore) + 1;
            }
        }

        var usual = counts.Count == 0 ? 1 : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
        return usual + 1;
    }

    internal static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
