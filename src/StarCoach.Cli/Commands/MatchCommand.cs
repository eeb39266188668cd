using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StarCoach.Cli.Views;
using StarCoach.Core.Banks;
using StarCoach.Core.Matching;

namespace StarCoach.Cli.Commands;

/// <summary><c>starcoach match BANK "question" [--top 5] [--json] [--cache-dir DIR]</c>.</summary>
internal sealed class MatchCommand(CliStreams streams) : Command<MatchCommand.Settings>
{
    /// <summary>Most results one can ask for; more is not a shortlist any more.</summary>
    public const int MaxTop = MatchLimits.MaxTop;

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<BANK>")]
        [Description("The bank: a prep document (.txt, .md, .docx, .pdf) or a StarCoach .json bank.")]
        public string Bank { get; init; } = string.Empty;

        [CommandArgument(1, "<QUESTION>")]
        [Description("The interview question to find stories for, in quotes.")]
        public string Question { get; init; } = string.Empty;

        [CommandOption("--top <N>")]
        [Description("How many stories to show (1–20, default 5).")]
        [DefaultValue(5)]
        public int Top { get; init; } = MatchLimits.DefaultTop;

        [CommandOption("--json")]
        [Description("Print the results as JSON (schemaVersion 1) on stdout and nothing else.")]
        public bool Json { get; init; }

        [CommandOption("--cache-dir <DIR>")]
        [Description("Where story vectors are cached between runs (default: $XDG_CACHE_HOME/starcoach or ~/.cache/starcoach).")]
        public string? CacheDir { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Question) ? ValidationResult.Error("the question is empty; give the interview question in quotes.")
            : Top is < 1 or > MaxTop ? ValidationResult.Error($"--top must be between 1 and {MaxTop}.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var bank = BankFile.Load(settings.Bank, streams);
        if (bank is null)
        {
            return CliApp.BadInput;
        }

        var embedder = MiniLmEmbedder.Shared;
        var cache = FileEmbeddingCache.Open(settings.CacheDir ?? FileEmbeddingCache.DefaultDirectory(), embedder);
        var index = Build(bank, embedder, cache, showProgress: !settings.Json, cancellationToken);
        var results = index.Match(settings.Question, settings.Top, cancellationToken);
        cache.Save();

        if (settings.Json)
        {
            streams.Out.Write(MatchJson.Serialize(bank.Source, settings.Question, results));
            streams.Out.Write('\n');
            streams.Out.Flush();
            return CliApp.Ok;
        }

        MatchView.Render(streams.Console, settings.Question, results);
        return CliApp.Ok;
    }

    private StoryIndex Build(Bank bank, IEmbedder embedder, IEmbeddingCache cache, bool showProgress, CancellationToken cancellationToken) =>
        EmbeddingProgressView.Run(
            streams.Console,
            showProgress,
            StoryIndex.CountMissing(bank, embedder, cache),
            "Embedding stories (first run for this bank)",
            progress => StoryIndex.Build(bank, embedder, cache, progress, cancellationToken),
            stories: bank.AllAnswers().Count());
}
