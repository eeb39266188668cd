using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Data;

namespace StarCoach.Cli.Tests;

/// <summary>
/// What practice commands need in a test: a database file of their own, a fake clock, and a candidate who types
/// lines of an answer, each taking some seconds on that clock.
/// </summary>
internal sealed class PracticeCli : IDisposable
{
    /// <summary>Monday 3 March 2025, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("starcoach-practice-").FullName;

    public PracticeCli() => DatabasePath = Path.Combine(_folder, "practice.db");

    public FakeTimeProvider Clock { get; } = new(Start);

    public string DatabasePath { get; }

    public static string SeedBank => SeedDocuments.Path("behavioral-questions.txt");

    /// <summary>The id of the seed answer whose text contains <paramref name="words"/>.</summary>
    public static string SeedAnswerId(string words) =>
        new BankImporter().ImportFile(SeedBank).Bank!.AllAnswers().First(s => s.Answer.Text.Contains(words, StringComparison.Ordinal)).Answer.Id;

    /// <summary>The title practice shows for the seed answer whose text contains <paramref name="words"/>.</summary>
    public static string SeedTitle(string words)
    {
        var (question, answer) = new BankImporter().ImportFile(SeedBank).Bank!.AllAnswers().First(s => s.Answer.Text.Contains(words, StringComparison.Ordinal));
        return StoryTitle.Of(question, answer);
    }

    /// <summary>A typed "line" that is Enter pressed after <paramref name="seconds"/> of reading: an empty line, later.</summary>
    public static string EnterAfter(int seconds) => PausePrefix + seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private const string PausePrefix = "\u0000pause:";

    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Runs a command on this database; <paramref name="typed"/> are the lines typed, each taking <paramref name="secondsPerLine"/>.</summary>
    public CliRun Run(IEnumerable<string> typed, double secondsPerLine, params string[] args) =>
        CliRun.With(new TypingReader(Clock, typed, secondsPerLine), Clock, [.. args, "--db", DatabasePath]);

    public CliRun Run(params string[] args) => Run([], 0, args);

    public SqliteStarCoachDb OpenDb() =>
        new(new DbContextOptionsBuilder<SqliteStarCoachDb>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString())
            .Options);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Typed lines; the clock moves on by the time it takes to type each non-empty one.</summary>
    private sealed class TypingReader(FakeTimeProvider clock, IEnumerable<string> lines, double secondsPerLine) : TextReader
    {
        private readonly Queue<string> _lines = new(lines);

        public override string? ReadLine()
        {
            if (!_lines.TryDequeue(out var line))
            {
                return null;
            }

            if (line.StartsWith(PausePrefix, StringComparison.Ordinal))
            {
                clock.Advance(TimeSpan.FromSeconds(int.Parse(line[PausePrefix.Length..], System.Globalization.CultureInfo.InvariantCulture)));
                return string.Empty;
            }

            if (line.Length > 0)
            {
                clock.Advance(TimeSpan.FromSeconds(secondsPerLine));
            }

            return line;
        }
    }
}
