namespace StarCoach.Cli.Tests;

/// <summary>A scratch folder for one test class, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public DirectoryInfo Directory { get; } = System.IO.Directory.CreateTempSubdirectory("starcoach-cli-");

    public string PathOf(string name) => Path.Combine(Directory.FullName, name);

    public string Write(string name, string content)
    {
        var path = PathOf(name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(recursive: true);
}
