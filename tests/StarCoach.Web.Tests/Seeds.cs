namespace StarCoach.Web.Tests;

/// <summary>The shared seed documents (../shared/seeds beside the repository).</summary>
internal static class Seeds
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

        throw new FileNotFoundException($"Seed {name} not found in a 'shared/seeds' folder above {AppContext.BaseDirectory}.");
    }

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));
}
