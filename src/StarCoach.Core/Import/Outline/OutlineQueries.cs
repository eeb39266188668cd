namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Questions several rules ask of a block in its place: does it carry a STAR label here, does it stand like a heading,
/// does it read as a question line, does a heading have questions under it. Pure reads of the state and the shape.
/// </summary>
internal static class OutlineQueries
{
    private const int MaxHeadingWords = 8;
    private const int MaxHeadingLength = 80;
    private const int MaxFollowUpLength = 400;

    /// <summary>A STAR label at the start of the block, read in sequence with the answer being collected.</summary>
    public static bool HasLabel(this OutlineState state, DocumentBlock block, out StarLabels.Found label)
    {
        label = default;
        return block.MayHoldLabel && !block.IsListItem && block.Kind == BlockKind.Text
            && StarLabels.TryFind(block.Text, out label, state.Answer?.LastRole ?? StarRole.None);
    }

    /// <summary>
    /// A label outside STAR inside a labelled story ("MY RESPONSIBILITY (15 seconds):", "**What I Would Do
    /// Differently:**"): a section of its own with no STAR role, so it neither starts a story nor joins the one before.
    /// </summary>
    public static bool HasOtherLabel(this OutlineState state, DocumentBlock block, out StarLabels.Found label)
    {
        label = default;
        return state.Answer is { HasStarSections: true } && block.MayHoldLabel && !block.IsListItem && block.Kind == BlockKind.Text
            && StarLabels.TryFindOther(block.Text, block.IsEmphasized, out label);
    }

    /// <summary>True for a heading, a bold line standing as one, or a short line that stands apart like a heading.</summary>
    public static bool IsHeadingLike(this OutlineState state, int index, DocumentBlock block)
    {
        if (block.IsExplicitHeading || state.Shape.RankAt(index) > 0)
        {
            return true;
        }

        var text = block.Trimmed;
        if (block.IsListItem || block.Kind != BlockKind.Text || text.Length is < 2 or > MaxHeadingLength)
        {
            return false;
        }

        // Headings stand apart; in a document with no blank lines at all, only a line in capitals reads as one.
        if (state.Shape.NoBlankLines ? !OutlinePatterns.IsCapitals(text) : (index > 0 && block.BlankLinesBefore == 0))
        {
            return false;
        }

        // A heading stands over what follows it, apart from it, or right over a question ("Behavioral Questions" then
        // "What's the most interesting project you have done").
        var blocks = state.Blocks;
        var next = index + 1 < blocks.Count ? blocks[index + 1] : null;
        if (!state.Shape.NoBlankLines && next is not null && next.BlankLinesBefore == 0 && !next.IsExplicitHeading
            && (state.Shape.AsksAt(index + 1) == Asks.No || next.IsListItem))
        {
            return false;
        }

        // "Leadership questions:" can head a category; a longer line ending in a colon introduces a list.
        var last = text[^1];
        var words = DocumentShape.WordCount(text);
        if (last is '.' or '?' or '!' or ',' or ';' || (last == ':' && words > 4) || !char.IsLetterOrDigit(text[0]) && text[0] is not ('"' or '“' or '\''))
        {
            return false;
        }

        return words <= MaxHeadingWords && !text.Contains(". ", StringComparison.Ordinal) && text.Any(char.IsLetter);
    }

    /// <summary>
    /// True when the block can be a question at all: it reads as one, carries no STAR label, and, when it has no
    /// question mark, does not narrate in the first person the way answers do.
    /// </summary>
    public static bool ReadsAsQuestionLine(this OutlineState state, int index, DocumentBlock block)
    {
        var text = block.Trimmed;
        if (block.Kind != BlockKind.Text || (block.MayHoldLabel && !block.IsListItem && StarLabels.TryFind(block.Text, out _)))
        {
            return false;
        }

        var asks = state.Shape.AsksAt(index);
        if (asks == Asks.Yes)
        {
            return true;
        }

        if (asks == Asks.Maybe && (PromptPhrases.StartsLikePrompt(text) || !text.EndsWith(':')) && PromptPhrases.ReadsAsQuestion(text))
        {
            return true;
        }

        // "### What is something you have changed recently": a heading at the level the document's other questions are
        // written at, asking, is a question without its question mark.
        return block.IsExplicitHeading && block.HeadingLevel == state.Shape.QuestionHeadingLevel && OutlinePatterns.AsksQuestion(text)
            && !OutlinePatterns.IsNotesHeading(block) && !FirstPerson.Narrates(text);
    }

    /// <summary>"1. Tell me about a time …" at the left margin: a numbered list of questions, not a point of an answer.</summary>
    public static bool IsNumberedPrompt(this OutlineState state, int index, DocumentBlock block) =>
        block.Text.Length > 0 && char.IsAsciiDigit(block.Text[0])
        && (PromptPhrases.StartsLikePrompt(block.Trimmed) || state.Shape.AsksAt(index) == Asks.Yes)
        && state.Shape.ListGroupSize(index) <= 2;

    /// <summary>True when the heading at <paramref name="index"/> has questions under it, so it names a category.</summary>
    public static bool HeadsQuestions(this OutlineState state, int index, DocumentBlock heading)
    {
        var blocks = state.Blocks;
        var rank = Math.Max(1, state.Shape.RankAt(index));
        var explicitHeading = heading.IsExplicitHeading || state.Shape.RankAt(index) > 0;
        for (var i = index + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var blockRank = state.Shape.RankAt(i);
            if (explicitHeading && blockRank > 0 && blockRank <= rank)
            {
                return false;
            }

            if (state.Shape.IsStoryTitle(i) || state.Shape.IsPeerQuestion(i) || IsLabelledQuestion(block) || IsQuestionRow(state, i))
            {
                return true;
            }

            if ((state.ReadsAsQuestionLine(i, block) || (i == index + 1 && state.Shape.AsksAt(i) != Asks.No)) && (!block.IsListItem || state.IsNumberedPrompt(i, block) || state.Shape.InQuestionList(i))
                && (blockRank > 0 || block.IsExplicitHeading || QuestionReading.StartsLikePrompt(block.Trimmed) || PromptPhrases.EndsWithQuestionMark(block.Trimmed)
                    || (i == index + 1 && state.Shape.AsksAt(i) != Asks.No)))
            {
                return true;
            }

            // Plain-text headings only count when the question follows at once; headings may have an introduction first.
            if (!explicitHeading || (blockRank > 0 && blockRank <= 6))
            {
                return false;
            }
        }

        return false;
    }

    public static bool IsLabelledQuestion(DocumentBlock block) =>
        block.Kind == BlockKind.Text && QuestionLabels.TryFind(block.Trimmed, out var found) && found.Question.Length > 0 && !found.IsInterviewer;

    public static bool IsQuestionRow(OutlineState state, int index) =>
        state.Blocks[index] is { Kind: BlockKind.TableRow, IsTableHeader: false } row && TableRows.IsQuestionRow(state.Blocks, index, row);

    public static bool IsNextFollowUpQuestion(this OutlineState state, DocumentBlock block)
    {
        var text = block.Trimmed;
        if (state.FollowUp!.Answer.IsEmpty || block.IsListItem || block.BlankLinesBefore == 0 || text.Length > MaxFollowUpLength
            || text.EndsWith(':') || state.HasLabel(block, out _))
        {
            return false;
        }

        return PromptPhrases.EndsWithQuestionMark(text) || PromptPhrases.StartsLikeFollowUp(text);
    }

    public static bool IsImplicitFollowUp(this OutlineState state, DocumentBlock block)
    {
        var text = block.Trimmed;
        if (state.Answer is null || state.Answer.IsEmpty || block.IsListItem || block.BlankLinesBefore == 0 || text.Length > MaxFollowUpLength
            || state.HasLabel(block, out _) || !PromptPhrases.EndsWithQuestionMark(text))
        {
            return false;
        }

        var storyTold = state.Answer.HasRole(StarRole.Result) || (!state.Answer.HasSections && state.Answer.BlockCount >= 2);
        return storyTold || PromptPhrases.StartsLikeFollowUp(text);
    }

    /// <summary>
    /// What ends a notes section: a heading at its level or above, a category heading with questions under it, a
    /// behavioral prompt ("Tell me about a time …"), or, in notes that are not questions for the interviewer, a
    /// question put to "you" the way interviewers ask them.
    /// </summary>
    public static bool EndsNotes(this OutlineState state, int index, DocumentBlock block)
    {
        var rank = state.Shape.RankAt(index);
        if (block.IsExplicitHeading && (state.NotesRank == 0 || block.HeadingLevel <= state.NotesRank))
        {
            return true;
        }

        if (rank is > 0 and <= 6 && state.NotesRank > 0 && rank <= state.NotesRank)
        {
            return true;
        }

        // A table of contents is a list of links: a paragraph at the margin is past it.
        if (state.NotesAreContents)
        {
            return block.Kind == BlockKind.Text && !block.IsListItem && rank == 0 && block.Indent == 0;
        }

        if (state.IsHeadingLike(index, block) && state.HeadsQuestions(index, block))
        {
            return true;
        }

        if (IsLabelledQuestion(block) && !state.NotesAreQuestionsToAsk)
        {
            return true;
        }

        // "2. How would you handle …?" after the first question's "Tips:": the numbered questions carry on past its notes.
        if (block.IsListItem && block.Indent == 0 && !state.NotesAreQuestionsToAsk && state.Shape.InQuestionList(index)
            && state.Shape.AsksAt(index) != Asks.No && ListMarker.Read(block.Text) is { Kind: MarkerKind.Number, Ordinal: > 1 })
        {
            return true;
        }

        if (block.IsListItem || !state.ReadsAsQuestionLine(index, block))
        {
            return false;
        }

        if (PromptPhrases.IsBehavioralPrompt(block.Trimmed))
        {
            return true;
        }

        return !state.NotesAreQuestionsToAsk && state.Shape.AsksAt(index) == Asks.Yes && block.BlankLinesBefore > 0
            && Voice.SecondPersonCount(block.Text) > 0 && Voice.FirstPersonCount(block.Text) == 0;
    }
}
