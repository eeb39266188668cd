using Spectre.Console;
using StarCoach.Core.Banks;
using StarCoach.Core.Consistency;
using StarCoach.Core.Text;

namespace StarCoach.Cli.Views;

/// <summary>The human consistency report: a headline, then each finding with the places that disagree.</summary>
internal static class ConsistencyReportView
{
    /// <summary>A load finding cites every story; the terminal shows the first few.</summary>
    private const int MaxSpansShown = 4;

    public static void Render(IAnsiConsole console, ConsistencyReport report)
    {
        var summary = report.Summary;
        var against = report.Resume is null ? string.Empty : $" against [bold]{Markup.Escape(report.Resume)}[/]";
        console.MarkupLine($"Consistency of [bold]{Markup.Escape(report.Bank)}[/]{against}: {summary.Claims} claims read, " +
            $"[yellow]{Counted.Of(summary.Warnings, "warning")}[/], [grey]{Counted.Of(summary.Info, "note")}[/].");
        if (report.Findings.IsEmpty)
        {
            console.MarkupLine("[green]No contradictions found.[/]");
            return;
        }

        var number = 0;
        foreach (var finding in report.Findings)
        {
            number++;
            console.WriteLine();
            var (colour, word) = finding.Severity switch
            {
                DiagnosticSeverity.Error => ("red", "error"),
                DiagnosticSeverity.Warning => ("yellow", "warning"),
                _ => ("grey", "note"),
            };
            console.MarkupLine($"[bold]{number}.[/] [{colour}]{word}[/] [bold]{Markup.Escape(FindingKinds.Name(finding.Kind))}[/]");
            console.MarkupLine($"   {Markup.Escape(finding.Message)}");
            foreach (var span in finding.Spans.Take(MaxSpansShown))
            {
                var where = span.Source == ClaimSource.Resume ? $"résumé line {span.Line}" : $"line {span.Line}";
                console.MarkupLine($"   [grey]{where}:[/] [italic]“{Markup.Escape(span.Excerpt)}”[/]");
            }

            if (finding.Spans.Length > MaxSpansShown)
            {
                console.MarkupLine($"   [grey]… and {finding.Spans.Length - MaxSpansShown} more (all of them with --json)[/]");
            }

            console.MarkupLine($"   [green]Reconcile:[/] {Markup.Escape(finding.Reconcile)}");
        }
    }
}
