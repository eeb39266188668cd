using BenchmarkDotNet.Running;
using StarCoach.Benchmarks;

// Run with: dotnet run -c Release --project bench/StarCoach.Benchmarks -- --filter '*'
// Per-query match latency at 100,000 stories: dotnet run -c Release --project bench/StarCoach.Benchmarks -- match-latency
if (args is ["match-latency"])
{
    MatchLatency.Run(Console.Out);
    return 0;
}

// Match at 1k/10k/100k/1M stories, one size per process: memory, build time, p50/p95, brute-force floors:
// dotnet bench/StarCoach.Benchmarks/bin/Release/net10.0/linux-x64/StarCoach.Benchmarks.dll match-scale 100000
if (args is ["match-scale", ..])
{
    return MatchScale.Run(args[1..], Console.Out);
}

// Match quality of the shipped StoryIndex under other tunings (tuning set only unless asked):
// dotnet run -c Release --project bench/StarCoach.Benchmarks -- intent-lab tune
if (args is ["intent-lab", ..])
{
    return IntentLab.Run(args[1..]);
}

// After editing src/StarCoach.Core/Matching/Intents/question-intents.json:
// dotnet run -c Release --project bench/StarCoach.Benchmarks -- intent-vectors
if (args is ["intent-vectors"])
{
    return IntentVectors.Run(Console.Out);
}

// How review scores and findings agree with a coach's grades: -- review-lab dev   (holdout once, at a round's end)
if (args is ["review-lab", ..])
{
    return ReviewLab.Run(args[1..], Console.Out);
}

// How competency tags and follow-up probes agree with a bar raiser's labels: -- competency-lab dev   (holdout once)
if (args is ["competency-lab", ..])
{
    return CompetencyLab.Run(args[1..], Console.Out);
}

// Which outline rule read each block of a document: dotnet run -c Release --project bench/StarCoach.Benchmarks -- import-trace FILE
if (args is ["import-trace", ..])
{
    return ImportTrace.Run(args[1..], Console.Out);
}

// Where the time of one import goes, per stage and outline rule: -- import-profile FILE [RUNS]
if (args is ["import-profile", ..])
{
    return ImportProfile.Run(args[1..], Console.Out);
}

// The 100 KB HTML-heavy story bank the import benchmark reads, to look at: -- html-readme /tmp/readme.md
if (args is ["html-readme", var readmePath])
{
    File.WriteAllText(readmePath, HtmlHeavyReadme.Generate(100 * 1024));
    return 0;
}

// Mutated PDF, .docx and JSON files through the importer for a while (docs/reliability.md, "Fuzzing"):
// -- fuzz-import --minutes 10 [--format pdf|docx|json] [--seed N]   (one input again: --format F --seed N --case I)
if (args is ["fuzz-import", ..])
{
    return FuzzImport.Run(args[1..], Console.Out);
}

#if MATCH_LAB
// Match quality lab (scratch harness; tuning set only unless asked):
// dotnet run -c Release -p:MatchLab=true --project bench/StarCoach.Benchmarks -- match-lab tune
if (args is ["match-lab", ..])
{
    return MatchLab.Run(args[1..]);
}
#endif

// Review vs the peer linters: dotnet run -c Release --project bench/StarCoach.Benchmarks -- --peers-corpus /tmp/peers/answers.json
if (args is ["--peers-corpus", _, ..])
{
    return ReviewPeersCorpus.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
