using FsCheck;
using FsCheck.Fluent;
using StarCoach.Core.Import;
using StarCoach.Core.Import.Markdown;
using StarCoach.Core.Import.PlainText;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Import;

/// <summary>For any text, import never throws and never loses a word.</summary>
public sealed class LosslessPropertyTests
{
    // Lines in the shapes prep documents are made of, so generated documents exercise every branch of the parser.
    private static readonly string[] Shapes =
    [
        "", "", "", "Leadership", "Conflict Management", "Table of Contents",
        "Tell me about a time you failed.", "Describe a situation where you led a team", "Why do you want this job?",
        "How do you handle setbacks? Answer at IC6 level in STAR format", "1. Give me an example of a hard decision.",
        "Situation: The clinic ran out of flu vaccine.", "Task:", "Action: I called three suppliers.", "  Result: We vaccinated 300 patients.",
        "Lessons learned: plan earlier.", "  • Phased rollout: first one ward.", "    1. Checked stock levels", "- a bullet",
        "Follow up questions:", "Follow-up: How did you measure it?", "Can you explain more about that?", "What would you do differently?",
        "Compressed Response (keep it to 90 seconds)", "Tell me about yourself", "I am a teacher with ten years of experience.",
        "We improved scores by 20%.\\n\\nThen we stopped.", "Quick Answer: This question evaluates leadership.", "Solution", "1) First part",
        "### Situation", "**Action:** I rewrote the rota.", "> quoted text", "## Notes", "<script>alert(1)</script>", "Ünïcödé — “quotes” ‘here’",

        // HTML, tables and fences, as Markdown story banks write them.
        "<details>", "<summary>Tell me about a time you disagreed with a doctor</summary>", "</details>", "<b>Situation:</b> The ward was short.<br>Result: We coped.",
        "<ul><li>S: night shift</li><li>R: no harm</li></ul>", "<span style=\"font-size:20px\">Conflict</span>", "<p>Q: Why nursing?</p>",
        "| Question | My story |", "|---|---|", "| Why this school? | I taught here as a trainee. |", "| **S — Situation** | Scene |",
        "```text", "```", "```markdown", "Lesson 1: [Name it]", "**Q** : What is Agile?", "**A** : A way of working in short cycles.",
        "Interviewer: Tell me about a time you failed.", "Me: I missed a deadline.", "Example: \"Tell me about a time you led a team\"",
        "❌ Bad answer: \"I work hard.\"", "✅ Good answer: \"I cut waste by 12%.\"", "Employers ask this question to learn your motives.",
        "How to answer", "**数字**或诚实定性", "a. 你怎么解决的。", "Situation: A. Task: B. Action: C. Result: D.",
        "See [my notes][story-notes] first.", "[story-notes]: notes/story-notes.md",
    ];

    private static readonly Arbitrary<string> PrepDocuments =
        Gen.Elements(Shapes).ListOf().Select(lines => string.Join("\n", lines)).ToArbitrary();

    private static readonly Arbitrary<string> AnyText =
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
            Gen.Elements('a', 'Z', ' ', '\n', '\r', '\t', ':', '?', '.', '-', '•', '#', '*', '>', '1', 'é', '\\', '(', ')', '"', '\u2019', '\u00A0')
                .ArrayOf().Select(chars => new string(chars)))
        .ToArbitrary();

    [Fact]
    public void PlainText_PrepShapedDocuments_KeepEveryWord() =>
        Prop.ForAll(PrepDocuments, text => KeepsEveryWord(new PlainTextImporter(), text))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(400));

    [Fact]
    public void Markdown_PrepShapedDocuments_KeepEveryWord() =>
        Prop.ForAll(PrepDocuments, text => KeepsEveryWord(new MarkdownImporter(), text, markdown: true))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));

    [Fact]
    public void PlainText_ArbitraryText_NeverThrowsAndKeepsEveryWord() =>
        Prop.ForAll(AnyText, text => KeepsEveryWord(new PlainTextImporter(), text))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(500));

    [Fact]
    public void Markdown_ArbitraryText_NeverThrowsAndKeepsEveryWord() =>
        Prop.ForAll(AnyText, text => KeepsEveryWord(new MarkdownImporter(), text, markdown: true))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(500));

    [Fact]
    public void BankImporter_ArbitraryBytes_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
            {
                var result = new BankImporter().Import("upload.txt", bytes ?? []);
                return result.Succeeded || !string.IsNullOrWhiteSpace(result.Error);
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));

    // Documents the properties once found losing a word, kept so the cases stay fixed.
    [Theory]
    [InlineData("1) - \n")]
    [InlineData("1. > quoted *a*\n2. > another\n")]
    [InlineData("Score K<sup>2</sup> and x<l>y\n")]
    [InlineData("S<!BVZ>CR and a<!-- note -->b\n")]
    [InlineData("<?M\n")]
    [InlineData("Read it [here][questions-to-ask].\n\n[questions-to-ask]: asking.md\n")]
    [InlineData("tV<L\r>tj and NN` A+ 9\n`A\n")]
    [InlineData("B(*|N-D\nN`E\n \t^]$H6I`H\n")]
    [InlineData("## Notes\n\n```text\n\n```\n")]
    [InlineData("fi.G a|\tu4c<h\rS>jowlfs\bH\n")]
    public void Markdown_FoundCases_KeepEveryWord(string text) =>
        Assert.True(KeepsEveryWord(new MarkdownImporter(), text, markdown: true));

    private static bool KeepsEveryWord(IBankImporter importer, string text, bool markdown = false)
    {
        var result = importer.Import(SourceDocument.FromText("generated", text));
        if (!result.Succeeded)
        {
            return !string.IsNullOrWhiteSpace(result.Error);
        }

        var missing = markdown ? WordCoverage.MissingMarkdownWords(text, result.Bank) : WordCoverage.MissingWords(text, result.Bank);
        return missing.Count == 0 ? true : throw new InvalidOperationException($"Lost words [{string.Join(", ", missing)}] from {System.Text.Json.JsonSerializer.Serialize(text)}");
    }
}
