using System.ComponentModel;
using Spectre.Console.Cli;
using StarCoach.Cli.Views;
using StarCoach.Core.Competencies;
using StarCoach.Core.Matching;
using StarCoach.Core.Practice.Recall;

namespace StarCoach.Cli.Commands;

/// <summary><c>starcoach coverage BANK [--framework …] [--overrides FILE] [--json]</c>.</summary>
internal sealed class CoverageCommand(CliStreams streams) : Command<CoverageCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<BANK>")]
        [Description("The bank: a prep document (.txt, .md, .docx, .pdf) or a StarCoach .json bank.")]
        public string Bank { get; init; } = string.Empty;

        [CommandOption("--framework <FRAMEWORK>")]
        [Description("amazon, meta, google or generic (default, as in the web app).")]
        [DefaultValue(CompetencyFrameworks.DefaultId)]
        public string Framework { get; init; } = CompetencyFrameworks.DefaultId;

        [CommandOption("--overrides <FILE>")]
        [Description("A JSON file of tag corrections (add or remove a competency on an answer) to apply on top of automatic tagging.")]
        public string? Overrides { get; init; }

        [CommandOption("--cache-dir <DIR>")]
        [Description("Where sentence vectors are cached between runs (default: $XDG_CACHE_HOME/starcoach or ~/.cache/starcoach).")]
        public string? CacheDir { get; init; }

        [CommandOption("--json")]
        [Description("Print the report as JSON (schemaVersion 1) on stdout and nothing else.")]
        public bool Json { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            CompetencyFrameworks.Find(Framework) is not null
                ? Spectre.Console.ValidationResult.Success()
                : Spectre.Console.ValidationResult.Error($"unknown --framework '{Framework}'; use {string.Join(", ", CompetencyFrameworks.Ids)}.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var bank = BankFile.Load(settings.Bank, streams);
        if (bank is null)
        {
            return CliApp.BadInput;
        }

        var overrides = TagOverrides.Empty;
        if (settings.Overrides is { } path)
        {
            if (!File.Exists(path))
            {
                streams.Error.WriteLine($"starcoach: {path}: overrides file not found; check the path.");
                return CliApp.BadInput;
            }

            var (read, error) = TagOverridesJson.Deserialize(File.ReadAllText(path));
            if (read is null)
            {
                streams.Error.WriteLine($"starcoach: {path}: {error}.");
                return CliApp.BadInput;
            }

            overrides = read;
        }

        var cache = FileEmbeddingCache.Open(settings.CacheDir ?? FileEmbeddingCache.DefaultDirectory(), MiniLmEmbedder.Shared);
        var framework = CompetencyFrameworks.Get(settings.Framework);
        var tagger = new CompetencyTagger([framework], new SentenceMeaning(MiniLmEmbedder.Shared, cache));
        var report = EmbeddingProgressView.Run(
            streams.Console,
            !settings.Json,
            tagger.CountMissing(bank),
            "Reading stories (first run for this bank)",
            progress => CoverageAnalyzer.Analyze(bank, tagger, framework, overrides, progress));
        cache.Save();
        if (settings.Json)
        {
            streams.Out.Write(CoverageJson.Serialize(report, bank.Source));
            streams.Out.Write('\n');
            streams.Out.Flush();
            return CliApp.Ok;
        }

        CoverageView.Render(streams.Console, report, bank.Title ?? bank.Source);
        return CliApp.Ok;
    }
}
