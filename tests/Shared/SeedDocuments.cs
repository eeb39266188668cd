namespace StarCoach.Testing;

/// <summary>
/// The shared seed documents (<c>../shared/seeds</c> beside the repository), found from the running assembly
/// upwards. One file, compiled into every test project and the benchmarks.
/// </summary>
internal static class SeedDocuments
{
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

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    /// <summary>A prep document of our own in <c>tests/StarCoach.Core.Tests/Fixtures</c> (the nurse's four stories, the résumé).</summary>
    public static string Fixture(string name) => System.IO.Path.Combine(RepositoryRoot(), "tests", "StarCoach.Core.Tests", "Fixtures", name);

    /// <summary>The repository's root folder (the one with StarCoach.slnx), found from the running assembly upwards.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "StarCoach.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("StarCoach.slnx not found above " + AppContext.BaseDirectory);
    }
}
