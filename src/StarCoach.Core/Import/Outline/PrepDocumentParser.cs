using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Turns the blocks of a prep document into questions, answers and follow-ups. Shared by every format
/// that reads as a sequence of lines and headings (plain text, Markdown, Word), so they agree on what a
/// question, a STAR label, a follow-up or a compressed version looks like. Nothing is dropped: a block
/// that belongs to no question is kept as unassigned text with the reason.
/// </summary>
internal sealed partial class PrepDocumentParser
{
    private const int MaxHeadingWords = 8;
    private const int MaxHeadingLength = 80;
    private const int MaxFollowUpLength = 400;

    private readonly IReadOnlyList<DocumentBlock> _blocks;
    private readonly int _separatorGap;
    private readonly int _questionHeadingLevel;

    // Documents written without a single blank line: questions and headings are found by their shape alone.
    private readonly bool _noBlankLines;
    private readonly List<QuestionDraft> _questions = [];
    private readonly List<UnassignedText> _unassigned = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private string? _title;
    private string? _category;
    private int _categoryIndex = -1;
    private int _categoryLevel;
    private bool _categoryUsed = true;
    private QuestionDraft? _question;
    private AnswerDraft? _answer;
    private FollowUpDraft? _followUp;
    private bool _followUpMode;
    private string? _orphanReason;
    private int _lastUnassignedIndex = -2;

    // Inside a section of notes ("Notes", "Questions to ask them"): its heading's level (0 for plain text), else -1.
    private int _notesLevel = -1;
    private string? _notesReason;

    private PrepDocumentParser(IReadOnlyList<DocumentBlock> blocks)
    {
        _blocks = blocks;
        _separatorGap = SeparatorGap(blocks);
        _questionHeadingLevel = QuestionHeadingLevel(blocks);
        _noBlankLines = blocks.Count > 3 && blocks.All(b => b.BlankLinesBefore == 0 && !b.IsExplicitHeading);
    }

    private static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>The heading level at which at least two headings read as questions (the most common one), else 0.</summary>
    private static int QuestionHeadingLevel(IReadOnlyList<DocumentBlock> blocks)
    {
        var levels = blocks
            .Where(b => b.IsExplicitHeading && PromptPhrases.ReadsAsQuestion(b.Trimmed))
            .GroupBy(b => b.HeadingLevel)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .FirstOrDefault();
        return levels is not null && levels.Count() >= 2 ? levels.Key : 0;
    }

    // "Another time, …", "A second example: …", "Example 2", "Story 3 –": the paragraph tells a story of its own.
    [GeneratedRegex(@"^(?:another\s+(?:time|example|instance|story|situation|occasion)\b|an?\s+(?:second|third|other|different|earlier|later|more\s+recent)\s+(?:example|time|story|instance|situation|occasion)\b|(?:example|story|option)\s*(?:\#\s*)?\d{1,2}\b|(?:version|variant|take)\s+(?:[A-Z]|\d{1,2})\b|one\s+more\s+(?:example|story)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnotherStoryRegex();

    // "a) How did you prepare for the conversation?" right under a question: a part of it.
    [GeneratedRegex(@"^\(?(?<letter>[a-h])[.)]\s+(?<part>.{3,300}\?)[""”’')]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SubQuestionRegex();

    // "Note to self: …", "Reminder: …", "Things to ask: …": a line written for the candidate, not the interviewer.
    [GeneratedRegex(@"^[*_]?\s*(?:note\s+to\s+(?:self|myself)|reminder|things\s+to\s+(?:ask|remember|bring)|nb)\s*[:\-–—]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteToSelfRegex();

    // "Q4. …", "Question 4:", "4) …": numbered the way a document numbers its questions.
    [GeneratedRegex(@"^\s*(?:q(?:uestion)?\s*\d{1,3}\s*[.:)\-–]?|\d{1,3}\s*[.)])\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedQuestionRegex();

    /// <summary>True when the text opens the way questions do: "What …", "How …", "Describe …", "Walk me through …".</summary>
    private static bool AsksQuestion(string text) => AsksQuestionRegex().IsMatch(text);

    [GeneratedRegex(@"^(?:\W*(?:q(?:uestion)?\s*)?\d{0,3}[.:)\-–]?\s*)?(?:what|how|why|when|where|which|who|describe|tell|give|walk|share|talk|explain|can|could|would|have|did|do|are|is)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksQuestionRegex();

    /// <summary>Parses <paramref name="blocks"/> into a bank named after <paramref name="source"/>.</summary>
    public static Bank Parse(IReadOnlyList<DocumentBlock> blocks, string source, IEnumerable<Diagnostic> readerDiagnostics)
    {
        var parser = new PrepDocumentParser(blocks);
        parser._diagnostics.AddRange(readerDiagnostics);
        parser.Run();
        return BankAssembler.Assemble(source, parser._title, parser.BuildQuestions(), parser._unassigned, parser._diagnostics);
    }

    private void Run()
    {
        for (var index = 0; index < _blocks.Count; index++)
        {
            Visit(index, _blocks[index]);
        }

        CloseQuestion();
        KeepUnusedCategoryAside();
        _unassigned.Sort((a, b) => a.SourceSpan.StartLine.CompareTo(b.SourceSpan.StartLine));
    }

    /// <summary>A heading that looked like a category but never got a question keeps its words as unassigned text.</summary>
    private void KeepUnusedCategoryAside()
    {
        if (!_categoryUsed && _categoryIndex >= 0)
        {
            var block = _blocks[_categoryIndex];
            _unassigned.Add(new UnassignedText(block.Trimmed, new SourceSpan(block.StartLine, block.EndLine), "Heading with no question under it."));
        }

        _categoryUsed = true;
    }

    private void Visit(int index, DocumentBlock block)
    {
        var text = block.Trimmed;
        if (IsNotesHeading(block))
        {
            CloseQuestion();
            _notesLevel = block.HeadingLevel;
            _notesReason = $"Notes section “{StripHeadingMarks(text)}”: kept aside, not part of any answer.";
            KeepAside(index, block, _notesReason);
            return;
        }

        if (_notesLevel >= 0)
        {
            if (!EndsNotes(index, block))
            {
                KeepAside(index, block, _notesReason!);
                return;
            }

            _notesLevel = -1;
        }
        if (AnswerMarkers.IsFollowUpBlock(text) && !block.IsListItem)
        {
            StartFollowUpBlock(index, block);
            return;
        }

        if (_question is not null && IsCompressedHeading(block))
        {
            StartAnswer(new AnswerDraft(AnswerKind.Compressed, CompressedLabel(text)));
            _answer!.Add(block);
            return;
        }

        if (IsMainQuestion(index, block))
        {
            OpenQuestion(block);
            return;
        }

        if (IsHeadingLike(index, block) && !HasLabel(block, out _))
        {
            if (HandleHeading(index, block))
            {
                return;
            }
        }

        if (_question is null)
        {
            KeepAside(index, block, _orphanReason ?? "Text before the first question; not part of any answer.");
            return;
        }

        if (_answer is null && !_question.HasContent && SubQuestionRegex().IsMatch(block.Trimmed))
        {
            _question.SubQuestions.Add(block);
            _question.EndLine = block.EndLine;
            return;
        }

        if (!block.IsListItem && NoteToSelfRegex().IsMatch(block.Trimmed))
        {
            KeepAside(index, block, "A note to yourself; not part of the answer.");
            return;
        }

        if (!block.IsListItem && AnswerMarkers.TryFindInlineFollowUp(block.Text, out var start, out var marker)
            && PromptPhrases.ReadsAsQuestion(block.Text[start..]))
        {
            KeepAside(index, block, "Follow-up marker; the follow-up question is attached to the question above.", marker);
            StartFollowUp(block, block.Text[start..].Trim());
            return;
        }

        if (_followUpMode)
        {
            if (_followUp is null || IsNextFollowUpQuestion(block))
            {
                StartFollowUp(block, text);
            }
            else
            {
                _followUp.Answer.Add(block);
                _question.EndLine = block.EndLine;
            }

            return;
        }

        if (IsImplicitFollowUp(block))
        {
            StartFollowUp(block, text);
            return;
        }

        AddToAnswer(block);
    }

    private void AddToAnswer(DocumentBlock block)
    {
        var hasLabel = HasLabel(block, out var label);
        if (_answer is null)
        {
            StartAnswer(new AnswerDraft());
        }
        else if (!_answer.IsEmpty)
        {
            var newStory = hasLabel
                ? StartsNewStory(_answer, label)
                : block.BlankLinesBefore >= _separatorGap || (block.BlankLinesBefore > 0 && !block.IsListItem && AnotherStoryRegex().IsMatch(block.Trimmed));
            if (hasLabel && !newStory && block.BlankLinesBefore >= _separatorGap && !ContinuesStory(_answer, label))
            {
                newStory = true;
            }

            if (newStory)
            {
                StartAnswer(new AnswerDraft());
            }
        }

        if (hasLabel)
        {
            _answer!.Add(block, label);
        }
        else
        {
            _answer!.Add(block);
        }

        _question!.EndLine = block.EndLine;
    }

    private bool HandleHeading(int index, DocumentBlock block)
    {
        var text = block.Trimmed;
        if (HeadsQuestions(index, block))
        {
            CloseQuestion();
            KeepUnusedCategoryAside();
            _categoryUsed = false;
            _category = CategoryName(text, out var prefix);
            if (prefix is not null)
            {
                _unassigned.Add(new UnassignedText(prefix, new SourceSpan(block.StartLine, block.EndLine), $"Label of the category heading “{_category}”."));
            }

            _categoryIndex = index;
            _categoryLevel = block.HeadingLevel;
            _orphanReason = $"Text under the heading “{_category}” before its first question.";
            return true;
        }

        if (_question is null && _title is null && _questions.Count == 0 && index == 0)
        {
            _title = StripHeadingMarks(text);
            return true;
        }

        if (_question is null)
        {
            KeepAside(index, block, "Heading with no question under it (for example a table of contents).");
            return true;
        }

        // An explicit heading at the question's own level (or above) that is not a question ends it:
        // "## Notes" after "## Tell me about …" is a section of its own, not part of the answer.
        if (block.IsExplicitHeading && _question.Block.IsExplicitHeading && block.HeadingLevel <= _question.Block.HeadingLevel)
        {
            CloseQuestion();
            _orphanReason = $"Section “{StripHeadingMarks(text)}” is not attached to a question.";
            KeepAside(index, block, _orphanReason);
            return true;
        }

        return false;
    }

    private void StartFollowUpBlock(int index, DocumentBlock block)
    {
        if (_question is null)
        {
            KeepAside(index, block, "Follow-up heading before any question.");
            return;
        }

        CloseAnswer();
        KeepAside(index, block, "Heading of a follow-up block; the follow-ups below it are attached to the question above.");
        _followUpMode = true;
        _followUp = null;
    }

    private void StartFollowUp(DocumentBlock block, string question)
    {
        CloseAnswer();
        _followUpMode = true;
        _followUp = new FollowUpDraft(question, block);
        _question!.FollowUps.Add(_followUp);
        _question.EndLine = block.EndLine;
    }

    private void OpenQuestion(DocumentBlock block)
    {
        // A question heading at its category's level (or above) is outside that category.
        if (block.IsExplicitHeading && _categoryLevel > 0 && block.HeadingLevel <= _categoryLevel)
        {
            KeepUnusedCategoryAside();
            _categoryIndex = -1;
            _categoryLevel = 0;
        }

        var category = _categoryIndex >= 0 ? _category : null;
        _categoryUsed |= category is not null;
        CloseQuestion();
        _question = new QuestionDraft(block, category);
        _orphanReason = null;
    }

    private void StartAnswer(AnswerDraft draft)
    {
        CloseAnswer();
        _followUpMode = false;
        _followUp = null;
        _answer = draft;
        _question!.Answers.Add(draft);
    }

    private void CloseAnswer() => _answer = null;

    private void CloseQuestion()
    {
        CloseAnswer();
        _followUp = null;
        _followUpMode = false;
        if (_question is not null)
        {
            _questions.Add(_question);
            _question = null;
        }
    }

    private void KeepAside(int index, DocumentBlock block, string reason, string? text = null)
    {
        text ??= block.Text;
        if (_lastUnassignedIndex == index - 1 && _unassigned.Count > 0 && _unassigned[^1].Reason == reason)
        {
            var last = _unassigned[^1];
            var separator = new string('\n', Math.Min(block.BlankLinesBefore, 2) + 1);
            _unassigned[^1] = last with
            {
                Text = last.Text + separator + text.TrimEnd(),
                SourceSpan = last.SourceSpan with { EndLine = block.EndLine },
            };
        }
        else
        {
            _unassigned.Add(new UnassignedText(text.Trim(), new SourceSpan(block.StartLine, block.EndLine), reason));
        }

        _lastUnassignedIndex = index;
    }

    // ---- classification -------------------------------------------------------------------------

    private bool IsMainQuestion(int index, DocumentBlock block)
    {
        var text = block.Trimmed;
        if (!ReadsAsQuestionLine(block))
        {
            return false;
        }

        if (block.IsExplicitHeading)
        {
            var deeperThanQuestion = _question is { Block.IsExplicitHeading: true } q && block.HeadingLevel > q.Block.HeadingLevel;
            return !(deeperThanQuestion && (_followUpMode || !PromptPhrases.IsBehavioralPrompt(text)));
        }

        var standsApart = index == 0 || block.BlankLinesBefore > 0 || _blocks[index - 1].IsExplicitHeading
            || (_noBlankLines && PromptPhrases.StartsLikePrompt(text));
        if ((block.IsListItem && !IsNumberedPrompt(block)) || !standsApart)
        {
            return false;
        }

        if (_question is null || _categoryIndex == index - 1)
        {
            return true;
        }

        // "Q4. Why do you want …?" numbered like the questions before it is the next question, not a follow-up.
        if (NumberedQuestionRegex().IsMatch(text) && NumberedQuestionRegex().IsMatch(_question.Block.Trimmed))
        {
            return true;
        }

        if (_followUpMode)
        {
            return PromptPhrases.IsBehavioralPrompt(text)
                || (block.BlankLinesBefore >= _separatorGap && PromptPhrases.StartsLikePrompt(text) && !PromptPhrases.StartsLikeFollowUp(text));
        }

        var answerHasContent = _answer is { IsEmpty: false };
        if (answerHasContent && PromptPhrases.StartsLikeFollowUp(text) && !PromptPhrases.IsBehavioralPrompt(text))
        {
            return false;
        }

        if (PromptPhrases.StartsLikePrompt(text))
        {
            return true;
        }

        // A bare question ("Why Amazon?") right after another question is a question of its own.
        return !_question.HasContent;
    }

    /// <summary>
    /// True when the block can be a question at all: it reads as one, carries no STAR label, and, when it
    /// has no question mark, does not narrate in the first person the way answers do.
    /// </summary>
    private bool ReadsAsQuestionLine(DocumentBlock block)
    {
        var text = block.Trimmed;
        if (block.MayHoldLabel && !block.IsListItem && StarLabels.TryFind(block.Text, out _))
        {
            return false;
        }

        if (!PromptPhrases.ReadsAsQuestion(text))
        {
            // "### What is something you have changed recently": a heading at the level the document's other
            // questions are written at, asking, is a question without its question mark.
            return block.IsExplicitHeading && block.HeadingLevel == _questionHeadingLevel && AsksQuestion(text) && !IsNotesHeading(block);
        }

        var question = PromptPhrases.WithoutInstruction(text);
        return PromptPhrases.EndsWithQuestionMark(question) || !FirstPerson.Narrates(question);
    }

    /// <summary>"1. Tell me about a time …" at the left margin: a numbered list of questions, not a point of an answer.</summary>
    private static bool IsNumberedPrompt(DocumentBlock block) =>
        block.Text.Length > 0 && char.IsAsciiDigit(block.Text[0]) && PromptPhrases.StartsLikePrompt(block.Trimmed);

    private bool IsNextFollowUpQuestion(DocumentBlock block)
    {
        var text = block.Trimmed;
        if (_followUp!.Answer.IsEmpty || block.IsListItem || block.BlankLinesBefore == 0 || text.Length > MaxFollowUpLength
            || text.EndsWith(':') || HasLabel(block, out _))
        {
            return false;
        }

        return PromptPhrases.EndsWithQuestionMark(text) || PromptPhrases.StartsLikeFollowUp(text);
    }

    private bool IsImplicitFollowUp(DocumentBlock block)
    {
        var text = block.Trimmed;
        if (_answer is null || _answer.IsEmpty || block.IsListItem || block.BlankLinesBefore == 0 || text.Length > MaxFollowUpLength
            || HasLabel(block, out _) || !PromptPhrases.EndsWithQuestionMark(text))
        {
            return false;
        }

        var storyTold = _answer.HasRole(StarRole.Result) || (!_answer.HasSections && _answer.BlockCount >= 2);
        return storyTold || PromptPhrases.StartsLikeFollowUp(text);
    }

    private static bool IsCompressedHeading(DocumentBlock block)
    {
        var text = block.Trimmed;
        if (block.IsListItem || text.Length > 400)
        {
            return false;
        }

        var label = CompressedLabel(text);
        if (label.Length < text.Length - 1)
        {
            // "Compressed version: At Acme, I …" — the heading and the answer share a line.
            return AnswerMarkers.IsCompressedHeading(label);
        }

        return !text.EndsWith('.') && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && AnswerMarkers.IsCompressedHeading(text);
    }

    /// <summary>The heading part of a compressed-version line ("Compressed version: At Acme …" → "Compressed version").</summary>
    private static string CompressedLabel(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return StripHeadingMarks(colon > 0 && colon < 100 ? text[..colon] : text);
    }

    private bool IsHeadingLike(int index, DocumentBlock block)
    {
        if (block.IsExplicitHeading)
        {
            return true;
        }

        var text = block.Trimmed;
        if (block.IsListItem || text.Length is < 2 or > MaxHeadingLength)
        {
            return false;
        }

        // Headings stand apart; in a document with no blank lines at all, only a line in capitals reads as one.
        if (_noBlankLines ? !IsCapitals(text) : (index > 0 && block.BlankLinesBefore == 0))
        {
            return false;
        }

        var next = index + 1 < _blocks.Count ? _blocks[index + 1] : null;
        if (!_noBlankLines && next is not null && next.BlankLinesBefore == 0 && !next.IsExplicitHeading)
        {
            return false;
        }

        // "Leadership questions:" can head a category; a longer line ending in a colon introduces a list.
        var last = text[^1];
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (last is '.' or '?' or '!' or ',' or ';' || (last == ':' && words > 4) || !char.IsLetterOrDigit(text[0]) && text[0] is not ('"' or '“' or '\''))
        {
            return false;
        }

        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords
            && !text.Contains(". ", StringComparison.Ordinal)
            && text.Any(char.IsLetter);
    }

    /// <summary>True when the heading at <paramref name="index"/> has questions under it, so it names a category.</summary>
    private bool HeadsQuestions(int index, DocumentBlock heading)
    {
        for (var i = index + 1; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            if (block.IsExplicitHeading && heading.IsExplicitHeading && block.HeadingLevel <= heading.HeadingLevel)
            {
                return false;
            }

            if (ReadsAsQuestionLine(block) && (!block.IsListItem || IsNumberedPrompt(block)) && (block.IsExplicitHeading || PromptPhrases.StartsLikePrompt(block.Trimmed) || PromptPhrases.EndsWithQuestionMark(block.Trimmed)))
            {
                return true;
            }

            // Plain-text headings only count when the question follows at once; explicit headings may have
            // an introduction first.
            if (!heading.IsExplicitHeading || block.IsExplicitHeading)
            {
                return false;
            }
        }

        return false;
    }

    private static bool StartsNewStory(AnswerDraft answer, StarLabels.Found label) =>
        answer.HasLabel(label.Label)
        || (StarLabels.OpensStory(label.Label) && answer.HasSections && answer.LastRole > StarRole.Situation);

    private static bool ContinuesStory(AnswerDraft answer, StarLabels.Found label) =>
        !answer.HasLabel(label.Label) && label.Role > answer.LastRole && answer.HasSections;

    private bool HasLabel(DocumentBlock block, out StarLabels.Found label)
    {
        label = default;
        return block.MayHoldLabel && !block.IsListItem && StarLabels.TryFind(block.Text, out label, _answer?.LastRole ?? StarRole.None);
    }

    /// <summary>"Notes", "Notes to self", "Questions to ask them", "Reminders:" alone on a line or as a heading.</summary>
    private static bool IsNotesHeading(DocumentBlock block) =>
        !block.IsListItem && block.Trimmed.Length <= 60 && NotesHeadingRegex().IsMatch(StripHeadingMarks(WithoutLeadingSymbols(block.Trimmed)));

    // Emoji and symbols in front of a heading ("📝 Reminders"): surrogate halves, variation selectors, joiners.
    private static string WithoutLeadingSymbols(string text)
    {
        var start = 0;
        while (start < text.Length && (char.IsSurrogate(text[start]) || text[start] is '\uFE0F' or '\u200D' or ' ' or '\t' or '★' or '☆' or '✔' or '✓' or '•' or '→'))
        {
            start++;
        }

        return start == 0 ? text : text[start..];
    }

    [GeneratedRegex(@"^(?:my\s+|personal\s+|general\s+|other\s+|extra\s+)?(?:notes?(?:\s+(?:to|for)\s+(?:self|myself|me))?|questions?\s+(?:to\s+ask|for)(?:\s+(?:them|the\s+\w+(?:\s+\w+)?|at\s+the\s+end))?|reminders?|references?|resources|appendix|logistics|to-?\s?do\b.*|things\s+to\s+(?:remember|ask|bring)\b.*|(?:many\s+)?thanks(?:\s+(?:so\s+much|again|a\s+lot))?,?|thank\s+you,?|(?:best|kind|warm)(?:\s+(?:regards|wishes))?,|regards,?|cheers,|sent\s+from\s+my\s+.*)\s*(?:\([^()]*\))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesHeadingRegex();

    /// <summary>
    /// What ends a notes section: a heading at its level or above, a category heading with questions under it, or a
    /// behavioral prompt ("Tell me about a time …"); the questions a candidate plans to ask stay in the notes.
    /// </summary>
    private bool EndsNotes(int index, DocumentBlock block)
    {
        if (block.IsExplicitHeading && (_notesLevel == 0 || block.HeadingLevel <= _notesLevel))
        {
            return true;
        }

        if (IsHeadingLike(index, block) && HeadsQuestions(index, block))
        {
            return true;
        }

        return !block.IsListItem && ReadsAsQuestionLine(block) && PromptPhrases.IsBehavioralPrompt(block.Trimmed);
    }

    /// <summary>A category heading's name: "Category: Leadership", "Section 2 – Teamwork" → "Leadership", "Teamwork"; the label word is <paramref name="prefix"/>.</summary>
    private static string CategoryName(string text, out string? prefix)
    {
        var name = StripHeadingMarks(text);
        var match = CategoryPrefixRegex().Match(name);
        if (!match.Success || match.Length >= name.Length)
        {
            prefix = null;
            return name;
        }

        prefix = match.Value.Trim();
        return StripHeadingMarks(name[match.Length..]);
    }

    [GeneratedRegex(@"^(?:category|section|topic|theme|competency|area)\s*\d{0,2}\s*(?::|\s[-–—]\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CategoryPrefixRegex();

    private static string StripHeadingMarks(string text) => text.Trim().Trim('#', '*', '_', '=', '~', '-', ' ', ':');

    /// <summary>
    /// The blank-line gap that separates answers: one more than the gap that usually separates paragraphs,
    /// so documents that double-space everything do not split every paragraph into an answer.
    /// </summary>
    private static int SeparatorGap(IReadOnlyList<DocumentBlock> blocks)
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

    private List<Question> BuildQuestions()
    {
        var result = new List<Question>(_questions.Count);
        foreach (var draft in _questions)
        {
            var (text, instruction) = PromptPhrases.SplitInstruction(StripHeadingMarks(draft.Block.Trimmed));
            var parts = PromptPhrases.SplitParts(text);
            if (draft.SubQuestions.Count > 0)
            {
                var subParts = draft.SubQuestions.Select(b => SubQuestionRegex().Match(b.Trimmed).Groups["part"].Value);
                parts = [.. parts.IsEmpty ? [text] : parts, .. subParts];
                text = string.Join(' ', [text, .. draft.SubQuestions.Select(b => b.Trimmed)]);
            }

            var pitch = PromptPhrases.IsPitchQuestion(text);
            var answers = draft.Answers.Where(a => !a.IsEmpty).Select(a => a.Build(pitch)).ToImmutableArray();
            var followUps = draft.FollowUps.Select(f => f.Build()).ToImmutableArray();
            result.Add(new Question(
                Id: string.Empty,
                Text: text,
                Category: draft.Category,
                Instruction: instruction,
                Evaluates: null,
                Parts: parts,
                Competencies: [],
                SourceSpan: new SourceSpan(draft.Block.StartLine, draft.EndLine),
                Answers: answers,
                FollowUps: followUps));
        }

        return result;
    }
}
