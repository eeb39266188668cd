using System.Collections.Immutable;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import.Outline;

/// <summary>An answer being collected block by block.</summary>
internal sealed class AnswerDraft(AnswerKind? forcedKind = null, string? label = null)
{
    private readonly List<DocumentBlock> _blocks = [];
    private readonly List<SectionDraft> _sections = [];

    public AnswerKind? ForcedKind { get; } = forcedKind;

    public string? Label { get; } = label;

    public bool IsEmpty => _blocks.Count == 0;

    public int BlockCount => _blocks.Count;

    public StarRole LastRole { get; private set; }

    public bool HasSections => _sections.Count > 0;

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
            LastRole = found.Role;
        }
        else if (_sections.Count > 0)
        {
            _sections[^1].Blocks.Add(block);
        }
    }

    public Answer Build(bool pitchQuestion)
    {
        var kind = ForcedKind ?? (pitchQuestion ? AnswerKind.Pitch : _sections.Count > 0 ? AnswerKind.Star : AnswerKind.Freeform);
        var sections = _sections.Select(s => new AnswerSection(s.Label, BlockText.Join(s.Blocks, s.ContentStart))).ToImmutableArray();
        return new Answer(
            Id: string.Empty,
            Kind: kind,
            Text: BlockText.Join(_blocks),
            Sections: sections,
            SourceSpan: new SourceSpan(_blocks[0].StartLine, _blocks[^1].EndLine),
            Label: Label);
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
        var answer = Answer.IsEmpty ? null : Answer.Build(pitchQuestion: false);
        return new FollowUp(Question, answer, new SourceSpan(QuestionBlock.StartLine, answer?.SourceSpan.EndLine ?? QuestionBlock.EndLine));
    }
}

/// <summary>A question with the answers and follow-ups collected under it.</summary>
internal sealed class QuestionDraft(DocumentBlock block, string? category)
{
    public DocumentBlock Block { get; } = block;

    public string? Category { get; } = category;

    public List<AnswerDraft> Answers { get; } = [];

    public List<FollowUpDraft> FollowUps { get; } = [];

    /// <summary>Lettered parts written under the question ("a) How did you prepare?"), part of it.</summary>
    public List<DocumentBlock> SubQuestions { get; } = [];

    public int EndLine { get; set; } = block.EndLine;

    public bool HasContent => Answers.Count > 0 || FollowUps.Count > 0;
}
