namespace StarCoach.Core.Tests.Support;

/// <summary>
/// The shared seed documents (../shared/seeds beside the repository) and this project's own fixtures.
/// </summary>
internal static class Seeds
{
    public const string BehavioralQuestions = "behavioral-questions.txt";
    public const string LeadershipQuestion = "leadership-question.txt";

    public static string Path(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "seeds", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Seed {name} not found in a 'shared/seeds' folder above {AppContext.BaseDirectory}; the repository expects ../shared beside it.");
    }

    public static string Fixture(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
