using Spectre.Console;
using StarCoach.Core.Matching;

namespace StarCoach.Cli.Views;

/// <summary>
/// A progress bar for the first run over a bank, when the sentence model has many texts to read (a few ms each):
/// shown only when there are at least <see cref="Threshold"/> of them and the output is for a person.
/// </summary>
internal static class EmbeddingProgressView
{
    /// <summary>Embedding this many texts takes a few seconds on two cores: worth a progress bar.</summary>
    public const int Threshold = 2 * StoryIndex.BatchSize;

    /// <summary>Runs <paramref name="work"/>, with a bar labelled <paramref name="label"/> when <paramref name="missing"/> texts are to be embedded.</summary>
    public static T Run<T>(IAnsiConsole console, bool show, int missing, string label, Func<IProgress<EmbeddingProgress>?, T> work)
    {
        if (!show || missing < Threshold)
        {
            return work(null);
        }

        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(label);
                result = work(new Reporter(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }));
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>Reports synchronously, on the embedding thread (System.Progress would post to the thread pool).</summary>
    private sealed class Reporter(Action<EmbeddingProgress> report) : IProgress<EmbeddingProgress>
    {
        public void Report(EmbeddingProgress value) => report(value);
    }
}
