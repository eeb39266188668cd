using System.Collections.Immutable;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import.Outline;

/// <summary>An answer being collected block by block.</summary>
internal sealed class AnswerDraft(AnswerKind? forcedKind = null, string? label = null, double confidence = Confidence.Answer)
{
    private readonly List<DocumentBlock> _blocks = [];
    private readonly List<SectionDraft> _sections = [];

    public AnswerKind? ForcedKind { get; } = forcedKind;

    public string? Label { get; } = label;

    public double Confidence { get; set; } = confidence;

    /// <summary>Where in the first block the answer's own text starts (after an "A:" or "Sample answer:" label).</summary>
    public int FirstBlockOffset { get; init; }

    public bool IsEmpty => _blocks.Count == 0;

    /// <summary>The user merged a second story into this one: its repeated labels do not split it again.</summary>
    public bool Merged { get; set; }

    public int BlockCount => _blocks.Count;

    /// <summary>The role of the last STAR label; labels outside STAR ("MY RESPONSIBILITY") leave it as it was.</summary>
    public StarRole LastRole { get; private set; }

    public bool HasSections => _sections.Count > 0;

    public bool HasStarSections => _sections.Exists(s => s.Role != StarRole.None);

    public bool HasRole(StarRole role) => _sections.Exists(s => s.Role == role);

    public bool HasLabel(string label) => _sections.Exists(s => string.Equals(s.Label, label, StringComparison.OrdinalIgnoreCase));

    public void Add(DocumentBlock block) => AddCore(block, null);

    public void Add(DocumentBlock block, StarLabels.Found label) => AddCore(block, label);

    private void AddCore(DocumentBlock block, StarLabels.Found? label)
    {
        _blocks.Add(block);
        if (label is { } found)
        {
            _sections.Add(new SectionDraft(found.Label, found.Role, block, found.ContentStart));
            if (found.Role != StarRole.None)
            {
                LastRole = found.Role;
            }
        }
        else if (_sections.Count > 0)
        {
            _sections[^1].Blocks.Add(block);
        }
    }

    public Answer Build(bool pitchQuestion)
    {
        var kind = ForcedKind ?? (pitchQuestion ? AnswerKind.Pitch : HasStarSections ? AnswerKind.Star : AnswerKind.Freeform);
        var sections = _sections.Select(s => new AnswerSection(s.Label, BlockText.Join(s.Blocks, s.ContentStart))).ToImmutableArray();
        return new Answer(
            Id: string.Empty,
            Kind: kind,
            Text: BlockText.Join(_blocks, FirstBlockOffset),
            Sections: sections,
            SourceSpan: new SourceSpan(_blocks[0].StartLine, _blocks[^1].EndLine),
            Label: Label,
            Confidence: Math.Round(Confidence, 2));
    }

    private sealed class SectionDraft(string label, StarRole role, DocumentBlock first, int contentStart)
    {
        public string Label { get; } = label;

        public StarRole Role { get; } = role;

        public int ContentStart { get; } = contentStart;

        public List<DocumentBlock> Blocks { get; } = [first];
    }
}

/// <summary>A follow-up question and the answer collected under it.</summary>
internal sealed class FollowUpDraft(string question, DocumentBlock questionBlock)
{
    public string Question { get; } = question;

    public DocumentBlock QuestionBlock { get; } = questionBlock;

    public AnswerDraft Answer { get; } = new();

    public FollowUp Build()
    {
        var answer = Answer.IsEmpty ? null : Answer.Build(pitchQuestion: false) with { Confidence = null };
        return new FollowUp(Question, answer, new SourceSpan(QuestionBlock.StartLine, answer?.SourceSpan.EndLine ?? QuestionBlock.EndLine));
    }
}

/// <summary>A question with the answers and follow-ups collected under it.</summary>
/// <param name="block">The block the question was read from.</param>
/// <param name="category">Heading the question sits under, if any.</param>
/// <param name="text">The question's own text (label, quotes and heading marks removed).</param>
/// <param name="reading">How the question was recognised, with the confidence it carries.</param>
internal sealed class QuestionDraft(DocumentBlock block, string? category, string text, QuestionSighting reading)
{
    public DocumentBlock Block { get; } = block;

    public string? Category { get; } = category;

    public string Text { get; set; } = text;

    public QuestionSighting Reading { get; } = reading;

    /// <summary>The rank of the heading section the question belongs to: a heading at this rank or above ends it.</summary>
    public int SectionRank { get; init; }

    /// <summary>The collapsible the question is the summary of, or -1.</summary>
    public int Collapsible { get; init; } = -1;

    /// <summary>The question's number or letter, when the document numbers its questions.</summary>
    public ListMarker.Found Marker { get; init; }

    public List<AnswerDraft> Answers { get; } = [];

    public List<FollowUpDraft> FollowUps { get; } = [];

    /// <summary>Lettered parts written under the question ("a) How did you prepare?"), part of it.</summary>
    public List<DocumentBlock> SubQuestions { get; } = [];

    public int EndLine { get; set; } = block.EndLine;

    public bool HasContent => Answers.Count > 0 || FollowUps.Count > 0;

    public bool HasAnswerText => Answers.Exists(a => !a.IsEmpty);
}

/// <summary>Why a block was read as a question, and how sure that reading is.</summary>
internal readonly record struct QuestionSighting(double Confidence, string Why)
{
    public static QuestionSighting Asked => new(Outline.Confidence.Asked, "it asks a question");
}

/// <summary>How sure each way of reading a question or an answer is: labels and question marks most, layout alone least.</summary>
internal static class Confidence
{
    public const double Labelled = 0.95;
    public const double Asked = 0.9;
    public const double ListOfQuestions = 0.85;
    public const double Summary = 0.85;
    public const double Numbered = 0.75;
    public const double StoryTitle = 0.7;
    public const double Peer = 0.7;
    public const double Topic = 0.65;
    public const double Answer = 0.9;
    public const double LabelledAnswer = 0.95;
    public const double AfterGap = 0.75;

    /// <summary>Items under this are listed for the user to check.</summary>
    public const double Low = ImportConfidence.Low;
}
