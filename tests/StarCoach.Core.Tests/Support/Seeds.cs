namespace StarCoach.Core.Tests.Support;

/// <summary>
/// The shared seed documents (../shared/seeds beside the repository) and this project's own fixtures.
/// </summary>
internal static class Seeds
{
    public const string BehavioralQuestions = "behavioral-questions.txt";
    public const string LeadershipQuestion = "leadership-question.txt";

    public static string Path(string name) => SeedDocuments.Path(name);

    public static string Fixture(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
