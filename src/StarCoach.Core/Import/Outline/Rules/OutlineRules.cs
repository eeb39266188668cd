namespace StarCoach.Core.Import.Outline;

/// <summary>The rules of the outline, in the order they are tried on each block.</summary>
internal static class OutlineRules
{
    public static IReadOnlyList<IOutlineRule> All { get; } =
    [
        new CorrectionRule(),
        new PageSetupRule(),
        new CollapsibleEndRule(),
        new FenceRule(),
        new NotesRule(),
        new FollowUpBlockRule(),
        new CompressedVersionRule(),
        new TableRowRule(),
        new DialogueRule(),
        new QuestionRule(),
        new AnswerLabelRule(),
        new HeadingRule(),
        new OrphanRule(),
        new SubQuestionRule(),
        new MetadataRule(),
        new NoteToSelfRule(),
        new EmptyMarkerRule(),
        new EmptyLabelRule(),
        new TemplateRule(),
        new AlternativeAnswerRule(),
        new WeakExampleRule(),
        new GuidanceRule(),
        new InlineFollowUpRule(),
        new FollowUpAnswerRule(),
        new ImplicitFollowUpRule(),
        new AnswerRule(),
    ];
}
