namespace StarCoach.Core.Tests.Review;

/// <summary>
/// Finds the shared seed documents: the repository sits beside a <c>shared</c> folder (<c>/work/&lt;tree&gt;</c> next to
/// <c>/work/shared</c> here, <c>../shared</c> beside the clone in CI), so walk up from the test binaries.
/// </summary>
internal static class ReviewSeeds
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

        throw new FileNotFoundException($"Seed document {name} not found in a 'shared/seeds' folder above {AppContext.BaseDirectory}.");
    }
}
