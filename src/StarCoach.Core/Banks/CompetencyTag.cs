namespace StarCoach.Core.Banks;

/// <summary>A competency of a framework (e.g. Amazon's "ownership") shown by a question or its answers.</summary>
/// <param name="Framework">Framework id: <c>amazon</c>, <c>meta</c>, <c>google</c> or <c>generic</c>.</param>
/// <param name="Id">Competency id within the framework.</param>
/// <param name="Evidence">The sentence that shows it.</param>
public sealed record CompetencyTag(string Framework, string Id, string Evidence);
