using System.Collections.Immutable;
using System.ComponentModel;
using Spectre.Console.Cli;
using StarCoach.Cli.Views;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Review;
using StarCoach.Core.Text;

namespace StarCoach.Cli.Commands;

/// <summary><c>starcoach review FILE|- [--question TEXT] [--level LEVEL] [--answer ID] [--json] [--fail-on SEVERITY]</c>.</summary>
internal sealed class ReviewCommand(CliStreams streams) : Command<ReviewCommand.Settings>
{
    public const string Description = "Review answers: what to fix and how, a rubric per dimension and an overall score, for a bank file or one answer on stdin (-).";

    // A follow-up answer is named by the interviewer's question, cut to this many characters.
    private const int FollowUpTitleChars = 60;

    /// <summary>Largest answer read from standard input; the review itself reads at most <see cref="AnswerReviewer.MaxAnswerChars"/>.</summary>
    public const int MaxStdinChars = 20 * 1024 * 1024;

    public static readonly string[] Example = ["review", "prep.txt", "--level", "staff"];

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A bank to review (.txt, .md, .docx, .pdf or StarCoach .json): every answer and follow-up answer. Or - for one answer on standard input.")]
        public string File { get; init; } = string.Empty;

        [CommandOption("-q|--question <TEXT>")]
        [Description("The question the answer on standard input answers (its parts are checked one by one).")]
        public string? Question { get; init; }

        [CommandOption("-l|--level <LEVEL>")]
        [Description("Target level: junior, mid, senior (default), staff, principal; or IC3–IC7, L3–L8, E3–E7, SDE1–SDE3.")]
        [DefaultValue("senior")]
        public string Level { get; init; } = "senior";

        [CommandOption("-a|--answer <ID>")]
        [Description("Show only this answer of the bank (its id from --json or import), in full.")]
        public string? Answer { get; init; }

        [CommandOption("--json")]
        [Description("Print the reviews as JSON (schemaVersion 1) on stdout and nothing else.")]
        public bool Json { get; init; }

        [CommandOption("--fail-on <SEVERITY>")]
        [Description("Exit with code 1 when a finding is at least this severe: info, warning or error.")]
        public string? FailOn { get; init; }

        public static bool IsStandardInput(string file) => file is "-" or CliApp.StandardInput;

        public override Spectre.Console.ValidationResult Validate()
        {
            if (!TargetLevels.TryParse(Level, out _))
            {
                return Spectre.Console.ValidationResult.Error($"unknown --level '{Level}'; use {TargetLevels.Accepted}.");
            }

            if (FailOn is not null && !TryParseSeverity(FailOn, out _))
            {
                return Spectre.Console.ValidationResult.Error($"unknown --fail-on '{FailOn}'; use info, warning or error.");
            }

            if (Question is not null && !IsStandardInput(File))
            {
                return Spectre.Console.ValidationResult.Error("--question is for one answer on standard input (FILE '-'); a bank file brings its own questions.");
            }

            return Answer is not null && IsStandardInput(File)
                ? Spectre.Console.ValidationResult.Error("--answer picks an answer of a bank file; standard input holds only one.")
                : Spectre.Console.ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var level = TargetLevels.TryParse(settings.Level, out var parsed) ? parsed : TargetLevels.Default;
        var reviewer = new AnswerReviewer();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);

        // Stories by their titles, as everywhere else; follow-up answers by the interviewer's question.
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        ImmutableArray<AnswerReview> reviews;
        if (Settings.IsStandardInput(settings.File))
        {
            if (!TryReadStdin(out var text, out var problem))
            {
                return Fail(problem);
            }

            reviews = [reviewer.ReviewText(text, settings.Question, level)];
            texts[AnswerReviewer.StandaloneAnswerId] = text;
        }
        else
        {
            var imported = new BankImporter().ImportFile(settings.File);
            if (!imported.Succeeded)
            {
                return Fail(imported.Error);
            }

            reviews = reviewer.ReviewBank(imported.Bank, level);
            foreach (var question in imported.Bank.Questions)
            {
                foreach (var answer in question.Answers)
                {
                    texts.TryAdd(answer.Id, answer.Text);
                    titles.TryAdd(answer.Id, StoryName.For(question, answer).ToString());
                }

                foreach (var followUp in question.FollowUps.Where(f => f.Answer is not null))
                {
                    texts.TryAdd(followUp.Answer!.Id, followUp.Answer.Text);
                    titles.TryAdd(followUp.Answer.Id, "Follow-up: " + OneLine.Of(followUp.Question, FollowUpTitleChars));
                }
            }

            if (settings.Answer is { } id)
            {
                reviews = [.. reviews.Where(r => r.AnswerId.Equals(id, StringComparison.OrdinalIgnoreCase))];
                if (reviews.IsEmpty)
                {
                    return Fail($"{settings.File}: no answer with id '{id}'; run 'starcoach review {settings.File} --json' to list the ids.");
                }
            }
        }

        if (settings.Json)
        {
            streams.Out.Write(ReviewJson.Serialize(ReviewReport.Of(level, reviews)));
            streams.Out.Write('\n');
            streams.Out.Flush();
        }
        else if (reviews.Length == 1)
        {
            ReviewView.Render(streams.Console, reviews[0], level, texts.GetValueOrDefault(reviews[0].AnswerId), titles.GetValueOrDefault(reviews[0].AnswerId));
        }
        else
        {
            ReviewSummaryView.Render(streams.Console, settings.File, reviews, level, titles);
        }

        return settings.FailOn is { } failOn && TryParseSeverity(failOn, out var threshold) && reviews.Any(r => r.WorstSeverity >= threshold)
            ? CliApp.FindingsFailed
            : CliApp.Ok;
    }

    private bool TryReadStdin(out string text, out string problem)
    {
        var reader = streams.In ?? Console.In;
        var builder = new System.Text.StringBuilder();
        var chunk = new char[16 * 1024];
        int read;
        while (builder.Length <= MaxStdinChars && (read = reader.Read(chunk, 0, chunk.Length)) > 0)
        {
            builder.Append(chunk, 0, read);
        }

        text = builder.ToString();
        problem = text.Length > MaxStdinChars
            ? $"stdin: more than {MaxStdinChars / (1024 * 1024)} MB of text; give one answer, not a whole document (review a document with 'starcoach review FILE')."
            : string.IsNullOrWhiteSpace(text)
                ? "stdin: no answer text; pipe the answer in, e.g. 'starcoach review - --question \"…\" < answer.txt'."
                : string.Empty;
        return problem.Length == 0;
    }

    private int Fail(string message)
    {
        streams.Error.WriteLine($"starcoach: {message.ReplaceLineEndings(" ")}");
        return CliApp.BadInput;
    }

    internal static bool TryParseSeverity(string value, out FindingSeverity severity)
    {
        severity = value.ToLowerInvariant() switch
        {
            "info" => FindingSeverity.Info,
            "warning" or "warn" => FindingSeverity.Warning,
            "error" => FindingSeverity.Error,
            _ => (FindingSeverity)(-1),
        };
        return Enum.IsDefined(severity);
    }
}
