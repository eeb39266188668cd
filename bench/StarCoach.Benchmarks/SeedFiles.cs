namespace StarCoach.Benchmarks;

/// <summary>Finds the shared seed documents beside the repository (../shared/seeds).</summary>
internal static class SeedFiles
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
