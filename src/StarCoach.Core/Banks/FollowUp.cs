namespace StarCoach.Core.Banks;

/// <summary>A follow-up question an interviewer asked about a story, with the candidate's answer.</summary>
public sealed record FollowUp(string Question, Answer? Answer, SourceSpan SourceSpan);
