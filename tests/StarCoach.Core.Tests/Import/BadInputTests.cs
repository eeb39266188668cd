using System.Text;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;

namespace StarCoach.Core.Tests.Import;

/// <summary>Files a user might pick by mistake: each gives one line naming the file and what to do.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("starcoach-bad-input-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void AssertOneLineNaming(ImportResult result, string name)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Bank);
        Assert.Contains(name, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.txt", "", "empty")]
    [InlineData("blank.md", "  \n\n\t\n", "empty")]
    [InlineData("report.docx", "just text pretending", "not a valid .docx")]
    [InlineData("cv.pdf", "plain words, no PDF header", "not a valid PDF")]
    public void ImportFile_UnusableContent_FailsWithOneLineNamingTheFile(string name, string content, string expected)
    {
        var path = Write(name, Encoding.UTF8.GetBytes(content));

        var result = new BankImporter().ImportFile(path);

        AssertOneLineNaming(result, name);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportFile_BinaryFile_IsRefused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var path = Write("photo.txt", bytes);

        var result = new BankImporter().ImportFile(path);

        AssertOneLineNaming(result, "photo.txt");
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportFile_ZipRenamedAsText_IsRefused()
    {
        var path = Write("notes.txt", [.. "PK\u0003\u0004"u8, .. new byte[200]]);

        AssertOneLineNaming(new BankImporter().ImportFile(path), "notes.txt");
    }

    [Fact]
    public void ImportFile_MissingFile_SaysNotFound()
    {
        var path = Path.Combine(_dir.FullName, "nope.txt");

        var result = new BankImporter().ImportFile(path);

        AssertOneLineNaming(result, "nope.txt");
        Assert.Contains("not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportFile_Directory_SaysItIsADirectory()
    {
        var result = new BankImporter().ImportFile(_dir.FullName);

        AssertOneLineNaming(result, _dir.Name);
        Assert.Contains("directory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportFile_OverTheSizeLimit_IsRefusedWithoutReadingIt()
    {
        var path = Path.Combine(_dir.FullName, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(BankImporter.MaxFileBytes + 1);
        }

        var result = new BankImporter().ImportFile(path);

        AssertOneLineNaming(result, "huge.txt");
        Assert.Contains("limit", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportFile_EndlessDevice_StopsReadingAtTheLimit()
    {
        // /dev/zero says it is empty and never ends: only the limit stops the read, not the size the file claims.
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero");
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = new BankImporter().ImportFile("/dev/zero");

        AssertOneLineNaming(result, "/dev/zero");
        Assert.Contains("more than 20 MB to read", result.Error, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 4 * BankImporter.MaxFileBytes);
    }

    [Fact]
    public void ImportFile_Windows1252_IsDecodedWithCurlyQuotesAndDashes()
    {
        // "I covered a shift at the café – so she could see her son’s play." as Notepad on Windows saves it.
        var bytes = Encoding.UTF8.GetBytes("Tell me about a time you helped a colleague.\n\nI covered a shift at the caf")
            .Concat(new byte[] { 0xE9, 0x20, 0x96, 0x20 })
            .Concat(Encoding.UTF8.GetBytes("so she could see her son"))
            .Concat(new byte[] { 0x92 })
            .Concat(Encoding.UTF8.GetBytes("s play.\n"))
            .ToArray();
        var path = Write("ansi.txt", bytes);

        var result = new BankImporter().ImportFile(path);

        Assert.True(result.Succeeded, result.Error);
        var answer = Assert.Single(Assert.Single(result.Bank.Questions).Answers);
        Assert.Contains("café – so she could see her son’s play.", answer.Text, StringComparison.Ordinal);
        var diagnostic = Assert.Single(result.Bank.Diagnostics, d => d.Message.Contains("Windows-1252", StringComparison.Ordinal));
        Assert.Equal(3, diagnostic.Line);
    }

    [Fact]
    public void ImportFile_Utf8WithAStrayInvalidByte_ImportsWithReplacementAndADiagnosticOnItsLine()
    {
        var bytes = Encoding.UTF8.GetBytes("Tell me about a time you helped a colleague.\n\nI covered a shift at the café so she could")
            .Concat(new byte[] { 0xFF })
            .Concat(Encoding.UTF8.GetBytes(" see her son's play.\n"))
            .ToArray();
        var path = Write("mixed.txt", bytes);

        var result = new BankImporter().ImportFile(path);

        Assert.True(result.Succeeded, result.Error);
        var answer = Assert.Single(Assert.Single(result.Bank.Questions).Answers);
        Assert.Contains("café so she could\uFFFD see", answer.Text, StringComparison.Ordinal);
        var diagnostic = Assert.Single(result.Bank.Diagnostics, d => d.Message.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(3, diagnostic.Line);
    }

    [Fact]
    public void ImportFile_Utf16WithByteOrderMark_IsReadAsText()
    {
        var path = Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Describe a time you were wrong.\n\nI mislabelled a batch of samples.\n")]);

        var result = new BankImporter().ImportFile(path);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Describe a time you were wrong.", Assert.Single(result.Bank.Questions).Text);
    }

    [Fact]
    public void ImportFile_HundredThousandCharacterLine_IsImportedWhole()
    {
        var longLine = string.Concat(Enumerable.Repeat("We moved every pallet by hand and counted twice. ", 2100));
        var path = Write("long.txt", Encoding.UTF8.GetBytes($"Tell me about a time you worked hard.\n\n{longLine}\n"));

        var result = new BankImporter().ImportFile(path);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(longLine.TrimEnd(), Assert.Single(Assert.Single(result.Bank.Questions).Answers).Text);
    }

    [Fact]
    public void ImportFile_ScriptTagsInAnswers_AreKeptAsText()
    {
        var path = Write("xss.txt", Encoding.UTF8.GetBytes("Tell me about a time you shipped a fix.\n\n<script>alert('x')</script> I patched the checkout.\n"));

        var result = new BankImporter().ImportFile(path);

        Assert.True(result.Succeeded, result.Error);
        Assert.StartsWith("<script>alert('x')</script>", Assert.Single(Assert.Single(result.Bank.Questions).Answers).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json", "invalid JSON")]
    [InlineData("[1, 2, 3]", "not a StarCoach bank")]
    [InlineData("{\"schemaVersion\": 7, \"questions\": []}", "schemaVersion 7 is not supported")]
    [InlineData("{\"schemaVersion\": \"1\", \"questions\": []}", "schemaVersion at line 1 should be a whole number, not the text \"1\"")]
    [InlineData("{\"schemaVersion\": null, \"questions\": []}", "schemaVersion at line 1 should be a whole number, not null")]
    [InlineData("{\"schemaVersion\": 1.5, \"questions\": []}", "schemaVersion 1.5 is not supported")]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"questions\": [\n    { \"id\": \"q-1\", \"text\": 42 }\n  ]\n}", "questions[0].text at line 4 should be text in quotes, not the number 42")]
    [InlineData("{\"schemaVersion\": 1, \"questions\": {\"a\": 1}}", "questions at line 1 should be a list in [ ], not an object")]
    [InlineData("{\"schemaVersion\": 1, \"questions\": [{\"id\": \"q\", \"text\": \"t\", \"answers\": [{\"id\": \"a\", \"kind\": \"essay\"}]}]}", "questions[0].answers[0].kind at line 1 should be one of \"star\", \"freeform\"")]
    [InlineData("{\"schemaVersion\": 1, \"source\": \"x\"}", "the bank at line 1 is missing the fields \"title\"")]

    // Found by the fuzz run (ImportFuzzTests): an escape of half a character threw past the message, a line break in
    // the text shown split the message in two.
    [InlineData("{\"schemaVersion\": 1, \"source\": \"\\ud800\"}", "the text at line 1 holds half a character (a \\u escape between \\ud800 and \\udfff without its other half). Fix it there")]
    [InlineData("{\"schemaVersion\": 1,\n\"\\udfffsource\": \"x\"}", "the text at line 2 holds half a character")]
    [InlineData("{\"schemaVersion\": 1, \"questions\": [{\"id\": \"q\", \"text\": \"t\", \"answers\": [{\"id\": \"a\", \"kind\": \"Solution\\nBelow\"}]}]}", "not the text \"Solution Below\"")]
    public void ImportFile_BadJson_SaysWhatIsWrongWhereAndWhatToDo(string json, string expected)
    {
        var path = Write("bank.json", Encoding.UTF8.GetBytes(json));

        var result = new BankImporter().ImportFile(path);

        AssertOneLineNaming(result, "bank.json");
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("StarCoach.Core", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deep.md", 20_000)]
    [InlineData("deep-inline.md", 200)]
    public void ImportFile_DeeplyNestedHtml_IsRefusedWithTheLine(string name, int depth)
    {
        var html = "Tell me about a time you failed.\n\n" + string.Concat(Enumerable.Repeat("<div>", depth)) + "deep" + string.Concat(Enumerable.Repeat("</div>", depth));
        var path = Write(name, Encoding.UTF8.GetBytes(html));

        var result = new BankImporter().ImportFile(path);

        AssertOneLineNaming(result, name);
        Assert.Contains("nested more than", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 3", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportFile_HtmlWithAHugeAttribute_IsRefusedBeforeParsing()
    {
        var html = "# Stories\n\n<details data-x=\"" + new string('x', 200_000) + "\"><summary>Tell me about a time you failed</summary></details>\n";
        var path = Write("huge-attribute.md", Encoding.UTF8.GetBytes(html));

        var result = new BankImporter().ImportFile(path);

        AssertOneLineNaming(result, "huge-attribute.md");
        Assert.Contains("HTML tag", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportFile_LessThanSignsInProse_AreNotMistakenForTags()
    {
        var text = "## Tell me about a time you cut costs\n\nWe kept latency <200ms and spend under budget for x<y of the year: " + new string('z', 40_000) + "\n";
        var path = Write("prose.md", Encoding.UTF8.GetBytes(text));

        var result = new BankImporter().ImportFile(path);

        Assert.True(result.Succeeded, result.Error);
        Assert.Single(result.Bank.Questions);
    }

    [Fact]
    public void ImportFile_DeeplyNestedJson_IsRefused()
    {
        var path = Write("deep.json", Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"x\":" + new string('[', 10000) + new string(']', 10000) + "}"));

        AssertOneLineNaming(new BankImporter().ImportFile(path), "deep.json");
    }

    [Fact]
    public void ManyShortParagraphs_AreKeptAsideWordForWord_InWorkThatGrowsWithTheFile()
    {
        // 100,000 one-word paragraphs (0.7 MB) with no question: once a join of kept-aside text re-copied everything
        // joined so far, so the work grew with the square of the file (300,000 took 189 s and 1 GB). What is measured
        // is the memory allocated, which does not depend on how busy the machine is.
        string[] words = ["alpha", "beta", "gamma", "delta"];
        var text = string.Join("\n\n", Enumerable.Range(0, 100_000).Select(i => words[i % words.Length]));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = new BankImporter().Import("notes.txt", Encoding.UTF8.GetBytes(text));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(result.Bank!.Questions);
        // The first word stands as the document's title; every other one is kept aside.
        Assert.Equal("alpha", result.Bank.Title);
        var kept = string.Join("\n", result.Bank.Unassigned.Select(u => u.Text));
        Assert.Equal(99_999, kept.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(allocated < 1024L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB for a 0.7 MB file");
    }
}
