namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Opens a question. In the order tried: a labelled question ("Q:", "Question 3:", "**Example Question**: “…”"), the
/// line after a label alone on its line ("Question 2"), a heading that titles a story of its own, a collapsible's
/// summary, and a line, item or heading that reads as a question in its place (a question mark or prompt, standing
/// apart, an item of a list of questions, numbered after the question before, or shaped like the document's other
/// questions). A line that only might ask is not opened here when the document gives it no reason to be a question.
/// </summary>
internal sealed class QuestionRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (block.Kind != BlockKind.Text || state.Corrections.For(block.Trimmed) == CorrectionKind.NotQuestion)
        {
            return false;
        }

        var text = block.Trimmed;
        if (QuestionLabels.TryFind(text, out var labelled) && !state.HasLabel(block, out _))
        {
            if (labelled.Question.Length == 0)
            {
                state.CloseQuestion();
                state.KeepAside(index, block, "The label of the question that follows.");
                state.QuestionLabelPending = true;
                return true;
            }

            // "negative question: + learns" names a kind of question; a labelled question has words that ask, or a few words.
            var opensNew = !labelled.IsInterviewer || state.Question is not { HasContent: true } || PromptPhrases.IsBehavioralPrompt(labelled.Question);
            var isQuestion = QuestionReading.Read(labelled.Question) != Asks.No || DocumentShape.WordCount(labelled.Question) >= 3
                || (QuestionReading.HasCjk(labelled.Question) && labelled.Question.Length >= 4);
            if (opensNew && isQuestion)
            {
                state.OpenQuestion(index, labelled.Question, new QuestionSighting(Confidence.Labelled, "it is labelled as a question"), labelled.Label);
                return true;
            }
        }

        var asks = state.Shape.AsksAt(index);
        if (state.QuestionLabelPending && asks != Asks.No && !OutlinePatterns.IsMetadata(text))
        {
            state.OpenQuestion(index, OutlinePatterns.StripHeadingMarks(text), new QuestionSighting(Confidence.Labelled, "it follows a question label"));
            return true;
        }

        // "# Question 8" then "* **A** : What are the benefits of OOP …": the question, written with the wrong label.
        if (state.QuestionLabelPending && AnswerLabels.TryFind(block.Text, allowLetter: true, out var mislabelled)
            && block.Text[mislabelled.ContentStart..].Trim() is { Length: > 0 } asked && QuestionReading.Read(asked) != Asks.No && !FirstPerson.Narrates(asked))
        {
            state.OpenQuestion(index, asked, new QuestionSighting(Confidence.Topic, "it asks right after a question heading, though labelled as an answer"), block.Text[..mislabelled.ContentStart].Trim());
            return true;
        }

        if (state.Shape.IsStoryTitle(index))
        {
            state.OpenQuestion(index, OutlinePatterns.StripHeadingMarks(text), new QuestionSighting(Confidence.StoryTitle, "it titles a story with no question of its own"));
            return true;
        }

        if (state.Shape.IsAnswerTitle(index) && state.Corrections.For(text) is null)
        {
            state.OpenQuestion(index, OutlinePatterns.StripHeadingMarks(text), new QuestionSighting(Confidence.Topic, "it names the sample answer under it"));
            return true;
        }

        if (block.IsSummary && OpensSummaryQuestion(state, index, asks))
        {
            var sighting = asks == Asks.Yes
                ? new QuestionSighting(Confidence.Summary, "it is the title of a collapsible, and it asks")
                : new QuestionSighting(Confidence.Topic, "it is the title of a collapsible");
            state.OpenQuestion(index, OutlinePatterns.StripHeadingMarks(text), sighting);
            return true;
        }

        if (IsMainQuestion(state, index, block, out var seen))
        {
            state.OpenQuestion(index, OutlinePatterns.StripHeadingMarks(text), seen);
            return true;
        }

        return false;
    }

    // "📖 Story 1: …" summaries under a labelled question are its stories, not questions of their own.
    private static bool OpensSummaryQuestion(OutlineState state, int index, Asks asks) =>
        asks == Asks.Yes || state.Question is not { } question || question.Collapsible >= 0 || !IsInside(state, question, index);

    private static bool IsInside(OutlineState state, QuestionDraft question, int index) =>
        question.SectionRank == 0 || state.Shape.RankAt(index) > question.SectionRank;

    private static bool IsMainQuestion(OutlineState state, int index, DocumentBlock block, out QuestionSighting sighting)
    {
        var text = block.Trimmed;
        var shape = state.Shape;
        var asks = shape.AsksAt(index);
        var peer = shape.IsPeerQuestion(index);
        var question = state.Question;
        sighting = asks == Asks.Yes ? QuestionSighting.Asked : new QuestionSighting(peer ? Confidence.Peer : Confidence.Numbered, peer
            ? "it is written like the document's other questions"
            : "it opens the way questions do");
        var behavioral = PromptPhrases.IsBehavioralPrompt(text);
        if (block.IsListItem && shape.InQuestionList(index) && (asks != Asks.No || shape.InNamedQuestionList(index)) && (!state.FollowUpMode || behavioral))
        {
            sighting = asks == Asks.Yes
                ? new QuestionSighting(Confidence.ListOfQuestions, "it is an item of a list of questions")
                : new QuestionSighting(Confidence.Peer, "it is an item of a list of questions");
            return true;
        }

        // "Behavioral Questions" then "What's most interesting project you have done": a statement right under its heading.
        if (asks == Asks.Maybe && state.CategoryIndex == index - 1 && shape.RankAt(index) == 0 && !block.IsListItem && !FirstPerson.Narrates(text))
        {
            sighting = new QuestionSighting(Confidence.Topic, "it stands right under a heading and may ask");
            return true;
        }

        if (!state.ReadsAsQuestionLine(index, block) && !peer)
        {
            return false;
        }

        var rank = shape.RankAt(index);
        if (question is { Collapsible: > 0 } && block.Collapsible >= question.Collapsible && asks != Asks.Yes)
        {
            return false;
        }

        if (rank > 0)
        {
            if (question is not null && question.SectionRank > 0 && rank > question.SectionRank)
            {
                // A heading inside the question's section asks only as a new story prompt, never as a follow-up probe.
                var heading = question.Block.IsExplicitHeading || state.Shape.RankAt(IndexOf(state, question)) > 0;
                if (heading && (state.FollowUpMode || !behavioral))
                {
                    return false;
                }

                if (!heading && asks != Asks.Yes)
                {
                    return false;
                }
            }

            return true;
        }

        var marker = ListMarker.Read(block.Text);
        var numberedNext = marker.Kind == MarkerKind.Number && state.LastQuestionNumber > 0 && marker.Ordinal == state.LastQuestionNumber + 1 && asks == Asks.Yes;
        var standsApart = index == 0 || block.BlankLinesBefore > 0 || state.Blocks[index - 1].IsExplicitHeading || shape.RankAt(index - 1) > 0
            || (shape.NoBlankLines && QuestionReading.StartsLikePrompt(text) && asks == Asks.Yes) || numberedNext;
        if (block.IsListItem)
        {
            if ((state.FollowUpMode && !behavioral) || shape.InQuestionList(index))
            {
                return false;
            }

            if (!state.IsNumberedPrompt(index, block) && !peer)
            {
                return false;
            }
        }

        if (!standsApart)
        {
            return false;
        }

        if (question is null || state.CategoryIndex == index - 1)
        {
            return true;
        }

        // "Q4. Why do you want …?" numbered like the questions before it is the next question, not a follow-up.
        if ((OutlinePatterns.NumberedQuestionRegex().IsMatch(text) && OutlinePatterns.NumberedQuestionRegex().IsMatch(question.Block.Trimmed))
            || (marker.Kind != MarkerKind.None && marker.Kind == question.Marker.Kind && marker.Ordinal == question.Marker.Ordinal + 1) || numberedNext)
        {
            return true;
        }

        if (state.FollowUpMode)
        {
            return behavioral || (block.BlankLinesBefore >= shape.SeparatorGap && PromptPhrases.StartsLikePrompt(text) && !PromptPhrases.StartsLikeFollowUp(text));
        }

        var answerHasContent = state.Answer is { IsEmpty: false };
        if (answerHasContent && PromptPhrases.StartsLikeFollowUp(text) && !behavioral)
        {
            return false;
        }

        if (QuestionReading.StartsLikePrompt(text) || peer)
        {
            return true;
        }

        // A bare question ("Why Amazon?") right after another question is a question of its own.
        return !question.HasContent;
    }

    private static int IndexOf(OutlineState state, QuestionDraft question)
    {
        for (var i = 0; i < state.Blocks.Count; i++)
        {
            if (ReferenceEquals(state.Blocks[i], question.Block))
            {
                return i;
            }
        }

        return 0;
    }
}
