using System.Diagnostics;
using StarCoach.Core.Import;
using StarCoach.Core.Import.Markdown;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Import.PlainText;
using StarCoach.Core.Text;

namespace StarCoach.Benchmarks;

/// <summary>
/// The import lab's profile: where the time of one import goes (reading blocks, splitting, the document's shape, each
/// outline rule), averaged over repeated runs after a warm-up. For finding slow rules, never for users.
/// </summary>
internal static class ImportProfile
{
    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length == 0)
        {
            output.WriteLine("usage: import-profile FILE [RUNS]");
            return 2;
        }

        var text = File.ReadAllText(args[0]);
        var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50;
        var markdown = args[0].EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var run = -5; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var blocks = markdown ? MarkdownImporter.ReadBlocks(text) : PlainTextImporter.ToBlocks(SourceLines.Split(text));
            Add(times, "read blocks", clock, run);
            var units = BlockSplitter.Split(blocks);
            Add(times, "split", clock, run);
            var shape = new DocumentShape(units);
            Add(times, "shape", clock, run);
            var state = new OutlineState(units, shape, ImportCorrections.None);
            for (var i = 0; i < units.Count; i++)
            {
                foreach (var rule in OutlineRules.All)
                {
                    var start = clock.Elapsed.TotalMilliseconds;
                    var read = rule.TryRead(state, i, units[i]);
                    var name = rule.GetType().Name;
                    if (run >= 0)
                    {
                        times[name] = times.GetValueOrDefault(name) + clock.Elapsed.TotalMilliseconds - start;
                    }

                    if (read)
                    {
                        break;
                    }
                }
            }

            clock.Restart();
            state.Finish();
            Add(times, "finish", clock, run);
        }

        foreach (var (name, total) in times.OrderByDescending(t => t.Value))
        {
            output.WriteLine($"{total / runs,8:F3} ms  {name}");
        }

        output.WriteLine($"{times.Values.Sum() / runs,8:F3} ms  total");
        return 0;
    }

    private static void Add(Dictionary<string, double> times, string name, Stopwatch clock, int run)
    {
        if (run >= 0)
        {
            times[name] = times.GetValueOrDefault(name) + clock.Elapsed.TotalMilliseconds;
        }

        clock.Restart();
    }
}
