using Spectre.Console;
using StarCoach.Core.Matching;

namespace StarCoach.Cli.Views;

/// <summary>
/// A progress bar for the first run over a bank, when the sentence model has many texts to read (a few ms each),
/// and for indexing a large bank (a few hundred stories a second on two cores, with every vector cached): shown only
/// when there are at least <see cref="Threshold"/> texts or <see cref="IndexingThreshold"/> stories, and the output
/// is for a person.
/// </summary>
internal static class EmbeddingProgressView
{
    /// <summary>Embedding this many texts takes a few seconds on two cores: worth a progress bar.</summary>
    public const int Threshold = 2 * StoryIndex.BatchSize;

    /// <summary>Indexing this many stories takes a few seconds on two cores, even with every vector cached.</summary>
    public const int IndexingThreshold = 2_000;

    /// <summary>What the bar says while stories are indexed (<see cref="IndexStage.Indexing"/>).</summary>
    public const string IndexingLabel = "Indexing stories";

    /// <summary>
    /// Runs <paramref name="work"/>, with a bar labelled <paramref name="label"/> when <paramref name="missing"/> texts
    /// are to be embedded, or <see cref="IndexingLabel"/> while <paramref name="stories"/> stories are indexed.
    /// </summary>
    public static T Run<T>(IAnsiConsole console, bool show, int missing, string label, Func<IProgress<EmbeddingProgress>?, T> work, int stories = 0)
    {
        if (!show || (missing < Threshold && stories < IndexingThreshold))
        {
            return work(null);
        }

        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(missing < Threshold ? IndexingLabel : label);
                result = work(new Reporter(p =>
                {
                    if (p.Stage == IndexStage.Embedding && missing < Threshold)
                    {
                        return;
                    }

                    task.Description = p.Stage == IndexStage.Indexing ? IndexingLabel : label;
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
