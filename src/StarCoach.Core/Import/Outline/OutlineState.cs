using StarCoach.Core.Banks;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Where the outline stands while the rules walk the blocks: the category, the open question, answer and follow-up,
/// a notes section being kept aside. The rules change it only through the named transitions here (open a category,
/// open a question, start an answer, add to it, start a follow-up, keep a block aside), so every rule reads the same.
/// </summary>
internal sealed class OutlineState
{
    private readonly List<QuestionDraft> _questions = [];
    private readonly List<UnassignedText> _unassigned = [];
    private int _lastUnassignedIndex = -2;
    private string? _lastUnassignedReason;

    // The text of the last kept-aside entry while neighbouring blocks keep joining it: built once, not re-copied for
    // every block joined (a file of 300,000 short paragraphs kept aside was quadratic).
    private System.Text.StringBuilder? _joining;

    public OutlineState(IReadOnlyList<DocumentBlock> blocks, DocumentShape shape, ImportCorrections corrections)
    {
        Blocks = blocks;
        Shape = shape;
        Corrections = corrections;
    }

    public IReadOnlyList<DocumentBlock> Blocks { get; }

    public DocumentShape Shape { get; }

    public ImportCorrections Corrections { get; }

    public IReadOnlyList<QuestionDraft> Questions => _questions;

    public List<UnassignedText> Unassigned
    {
        get
        {
            EndJoining();
            return _unassigned;
        }
    }

    public List<Diagnostic> Diagnostics { get; } = [];

    public string? Title { get; private set; }

    public string? Category { get; private set; }

    public int CategoryIndex { get; private set; } = -1;

    public int CategoryLevel { get; private set; }

    public bool CategoryUsed { get; private set; } = true;

    public QuestionDraft? Question { get; private set; }

    public AnswerDraft? Answer { get; private set; }

    public FollowUpDraft? FollowUp { get; private set; }

    public bool FollowUpMode { get; private set; }

    /// <summary>Why text outside a question is kept aside, when a heading said so.</summary>
    public string? OrphanReason { get; set; }

    /// <summary>Inside a section of notes: its heading's rank (0 for a line), else -1.</summary>
    public int NotesRank { get; private set; } = -1;

    public string? NotesReason { get; private set; }

    /// <summary>True for notes that list the candidate's questions for the interviewer (they end only at a heading or a prompt).</summary>
    public bool NotesAreQuestionsToAsk { get; private set; }

    /// <summary>An example of what not to say is being kept aside until the next answer, question or heading.</summary>
    public string? WeakExampleReason { get; set; }

    /// <summary>Decisions about code fences, by fence: true when its lines are read as prep text.</summary>
    public Dictionary<int, bool> ProseFences { get; } = [];

    /// <summary>"Question 2" alone on a line: the next line that asks is that question.</summary>
    public bool QuestionLabelPending { get; set; }

    /// <summary>The last block kept aside as a detail of the question ("Difficulty: easy").</summary>
    public int LastMetadataIndex { get; set; } = -2;

    /// <summary>Blocks before this index belong to an empty template being kept aside.</summary>
    public int TemplateUntil { get; set; } = -1;

    /// <summary>Under an advice heading ("How to answer", "What not to say"): kept aside until an answer, a label or a question.</summary>
    public bool InAdviceSection { get; set; }

    /// <summary>A lead-in to advice ("What they're looking for:") was kept aside: the list under it is advice too.</summary>
    public int AdviceListFrom { get; set; } = -2;

    /// <summary>The number of the last numbered question, for questions numbered without a blank line before them.</summary>
    public int LastQuestionNumber { get; set; }

    // ---- transitions -----------------------------------------------------------------------------------

    public void SetTitle(string title) => Title = title;

    /// <summary>A heading with questions under it: they get its name as their category.</summary>
    public void OpenCategory(int index, DocumentBlock block)
    {
        CloseQuestion();
        KeepUnusedCategoryAside();
        CategoryUsed = false;
        Category = OutlinePatterns.CategoryName(block.Trimmed, out var prefix);
        if (prefix is not null)
        {
            AddUnassigned(new UnassignedText(prefix, new SourceSpan(block.StartLine, block.EndLine), $"Label of the category heading “{Category}”."));
        }

        CategoryIndex = index;
        CategoryLevel = Math.Max(1, Shape.RankAt(index) is var rank and > 0 ? rank : block.HeadingLevel);
        OrphanReason = $"Text under the heading “{Category}” before its first question.";
    }

    /// <summary>A heading that looked like a category but never got a question keeps its words as unassigned text.</summary>
    public void KeepUnusedCategoryAside()
    {
        if (!CategoryUsed && CategoryIndex >= 0)
        {
            var block = Blocks[CategoryIndex];
            AddUnassigned(new UnassignedText(block.Trimmed, new SourceSpan(block.StartLine, block.EndLine), "Heading with no question under it."));
        }

        CategoryUsed = true;
    }

    /// <summary>Leaves the current category: what follows belongs to no category.</summary>
    public void LeaveCategory()
    {
        KeepUnusedCategoryAside();
        CategoryIndex = -1;
        CategoryLevel = 0;
    }

    /// <summary>Opens a question at <paramref name="index"/> with its own text (label and marks removed).</summary>
    public QuestionDraft OpenQuestion(int index, string text, QuestionSighting sighting, string? prefix = null)
    {
        var block = Blocks[index];
        var rank = Shape.RankAt(index);

        // A question heading at its category's level (or above) is outside that category.
        if (rank > 0 && CategoryLevel > 0 && rank <= CategoryLevel)
        {
            LeaveCategory();
        }

        var category = CategoryIndex >= 0 ? Category : null;
        CategoryUsed |= category is not null;
        CloseQuestion();
        if (prefix is not null)
        {
            AddUnassigned(new UnassignedText(prefix, new SourceSpan(block.StartLine, block.StartLine), "The label in front of the question below."));
        }

        var marker = ListMarker.Read(block.Text);
        Question = new QuestionDraft(block, category, text, sighting)
        {
            SectionRank = rank > 0 ? rank : EnclosingRank(index),
            Collapsible = block.IsSummary ? block.Collapsible : -1,
            Marker = marker,
        };
        if (marker.Kind == MarkerKind.Number)
        {
            LastQuestionNumber = marker.Ordinal;
        }

        QuestionLabelPending = false;
        InAdviceSection = false;
        WeakExampleReason = null;
        OrphanReason = null;
        return Question;
    }

    /// <summary>The rank of the nearest heading above <paramref name="index"/>, 0 when there is none.</summary>
    public int EnclosingRank(int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (Shape.RankAt(j) is > 0 and var rank)
            {
                return rank;
            }
        }

        return 0;
    }

    public void StartAnswer(AnswerDraft draft)
    {
        InAdviceSection = false;
        CloseAnswer();
        FollowUpMode = false;
        FollowUp = null;
        WeakExampleReason = null;
        Answer = draft;
        Question!.Answers.Add(draft);
    }

    /// <summary>Carries on the question's last answer (the user merged the passage into it).</summary>
    public void ResumeLastAnswer()
    {
        FollowUpMode = false;
        FollowUp = null;
        Answer = Question!.Answers[^1];
    }

    public void AddToAnswer(DocumentBlock block)
    {
        if (Answer is null)
        {
            StartAnswer(new AnswerDraft());
        }

        Answer!.Add(block);
        Question!.EndLine = block.EndLine;
    }

    public void AddToAnswer(DocumentBlock block, StarLabels.Found label)
    {
        if (Answer is null)
        {
            StartAnswer(new AnswerDraft());
        }

        Answer!.Add(block, label);
        Question!.EndLine = block.EndLine;
    }

    /// <summary>"Follow up questions:": the follow-ups below it are attached to the question above.</summary>
    public void EnterFollowUps()
    {
        CloseAnswer();
        FollowUpMode = true;
        FollowUp = null;
    }

    /// <summary>Ends a block of follow-ups: what comes next is not a follow-up.</summary>
    public void LeaveFollowUps()
    {
        FollowUpMode = false;
        FollowUp = null;
    }

    public void StartFollowUp(DocumentBlock block, string question)
    {
        CloseAnswer();
        FollowUpMode = true;
        FollowUp = new FollowUpDraft(question, block);
        Question!.FollowUps.Add(FollowUp);
        Question.EndLine = block.EndLine;
    }

    public void AddToFollowUp(DocumentBlock block)
    {
        FollowUp!.Answer.Add(block);
        Question!.EndLine = block.EndLine;
    }

    public void CloseAnswer() => Answer = null;

    public void CloseQuestion()
    {
        InAdviceSection = false;
        CloseAnswer();
        FollowUp = null;
        FollowUpMode = false;
        WeakExampleReason = null;
        if (Question is not null)
        {
            _questions.Add(Question);
            Question = null;
        }
    }

    public void EnterNotes(int rank, string reason, bool questionsToAsk, bool contents = false)
    {
        CloseQuestion();
        NotesRank = rank;
        NotesReason = reason;
        NotesAreQuestionsToAsk = questionsToAsk;
        NotesAreContents = contents;
    }

    /// <summary>True for a table of contents: its entries name the questions, so only a heading ends it.</summary>
    public bool NotesAreContents { get; private set; }

    public void LeaveNotes() => NotesRank = -1;

    /// <summary>Keeps the block's text as unassigned with <paramref name="reason"/>, joined to the entry just before it when that one has the same reason.</summary>
    public void KeepAside(int index, DocumentBlock block, string reason, string? text = null)
    {
        text ??= block.Text;
        if (_lastUnassignedIndex == index - 1 && _unassigned.Count > 0 && _lastUnassignedReason == reason && _unassigned[^1].Reason == reason)
        {
            var last = _unassigned[^1];
            _joining ??= new System.Text.StringBuilder(last.Text);
            _joining.Append('\n', Math.Min(block.BlankLinesBefore, 2) + 1).Append(text.AsSpan().TrimEnd());
            _unassigned[^1] = last with { SourceSpan = last.SourceSpan with { EndLine = block.EndLine } };
        }
        else
        {
            AddUnassigned(new UnassignedText(text.Trim(), new SourceSpan(block.StartLine, block.EndLine), reason));
        }

        _lastUnassignedIndex = index;
        _lastUnassignedReason = reason;
    }

    private void AddUnassigned(UnassignedText entry)
    {
        EndJoining();
        _unassigned.Add(entry);
    }

    private void EndJoining()
    {
        if (_joining is not null)
        {
            _unassigned[^1] = _unassigned[^1] with { Text = _joining.ToString() };
            _joining = null;
        }
    }

    /// <summary>Markup a reader took out of a block's text (HTML tags, a fence's info string), kept so no word is lost.</summary>
    public void KeepMarkup(int index, DocumentBlock block)
    {
        if (block.Markup is { Length: > 0 } markup)
        {
            AddUnassigned(new UnassignedText(markup, new SourceSpan(block.StartLine, block.EndLine), MarkupReason));
        }
    }

    public const string MarkupReason = UnassignedText.MarkupReason;

    /// <summary>Finishes the walk: closes what is open and orders the kept-aside text by line.</summary>
    public void Finish()
    {
        CloseQuestion();
        EndJoining();
        KeepUnusedCategoryAside();
        MergeMarkup();
        _unassigned.Sort((a, b) => a.SourceSpan.StartLine.CompareTo(b.SourceSpan.StartLine));
    }

    /// <summary>Markup entries of neighbouring lines become one, so a collapsible's tags are one entry, not ten.</summary>
    private void MergeMarkup()
    {
        var markup = _unassigned.Where(u => u.Reason == MarkupReason).OrderBy(u => u.SourceSpan.StartLine).ToList();
        if (markup.Count < 2)
        {
            return;
        }

        _unassigned.RemoveAll(u => u.Reason == MarkupReason);
        var current = markup[0];
        var text = new System.Text.StringBuilder(current.Text);
        foreach (var next in markup.Skip(1))
        {
            if (next.SourceSpan.StartLine - current.SourceSpan.EndLine <= 3)
            {
                text.Append(' ').Append(next.Text);
                current = current with { SourceSpan = current.SourceSpan with { EndLine = Math.Max(current.SourceSpan.EndLine, next.SourceSpan.EndLine) } };
            }
            else
            {
                _unassigned.Add(current with { Text = text.ToString() });
                current = next;
                text.Clear().Append(current.Text);
            }
        }

        _unassigned.Add(current with { Text = text.ToString() });
    }
}
