using FsCheck;
using FsCheck.Fluent;
using StarCoach.Core.Consistency;
using StarCoach.Core.Import;

namespace StarCoach.Core.Tests.Consistency;

/// <summary>For any answer text, claims extraction and the check never throw, and every claim points at its own words.</summary>
public sealed class ClaimPropertyTests
{
    private static readonly string[] Pieces =
    [
        " ", " ", ". ", ", ", "\n", "30%", "1.2.3", "v3.6.0", "$", "$5", "$50,000", "5-", "-5", "2- 3", "30-40%", "1,2", "1,000,000", "from 3", "to", "to over 50",
        "people", "engineers", "2x", "10K", "500ms", "90th", "IC6", "At Google,", "At CBRE/Google,", "while at NetApp", "As the tech lead", "(8 months)",
        "over 15 years of experience", "my tenure at Acme was short (3 months)", "reduced", "cut", "latency", "by", "over", "about", "a", "reduction in",
        "of", "the", "goal", "Situation:", "an IC6 role at Meta", "in 2019", "March", "three weeks", "team of", "(", ")", "–", "~", "%", "x",
    ];

    private static readonly Arbitrary<string> Answers =
        Gen.Elements(Pieces).ListOf().Select(parts => "Tell me about a time you improved a system.\n\n" + string.Join(' ', parts) + " end.").ToArbitrary();

    [Fact]
    public void Extract_FigureShapedText_NeverThrowsAndSpansHoldTheClaim() =>
        Prop.ForAll(Answers, text =>
        {
            var bank = new BankImporter().Import("prep.txt", System.Text.Encoding.UTF8.GetBytes(text)).Bank!;
            var answers = bank.AllAnswers().Select(x => x.Answer).ToDictionary(a => a.Id);
            foreach (var claim in ClaimExtractor.Extract(bank))
            {
                var answer = answers[claim.Location.AnswerId!];
                if (answer.Text.Substring(claim.Location.Start, claim.Location.Length) != claim.Text)
                {
                    return false;
                }
            }

            return ConsistencyChecker.Check(bank, new ResumeReader().Parse("cv.txt", text)).Findings.Length >= 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
}
