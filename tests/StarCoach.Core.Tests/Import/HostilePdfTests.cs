using StarCoach.Core.Import;
using StarCoach.Core.Import.Pdf;

namespace StarCoach.Core.Tests.Import;

/// <summary>PDFs built to exhaust memory are refused with one line, before PdfPig unpacks or draws them.</summary>
public sealed class HostilePdfTests
{
    private static void AssertRefused(ImportResult result, string expected)
    {
        Assert.False(result.Succeeded);
        Assert.StartsWith("bomb.pdf: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    /// <summary>The bytes allocated on this thread while <paramref name="import"/> runs: what a bomb would spend.</summary>
    private static (ImportResult Result, long Allocated) Measured(Func<ImportResult> import)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = import();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Import_CompressedZerosBomb_IsRefusedBeforeItIsUnpacked()
    {
        var bytes = HostilePdfs.CompressedZeros(megabytes: 1024);

        var (result, allocated) = Measured(() => new BankImporter().Import("bomb.pdf", bytes));

        AssertRefused(result, "unpacks to more than 64 MB");
        Assert.True(allocated < 32L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB reading a {bytes.Length / 1024} KB file");
    }

    [Fact]
    public void Import_DoublyCompressedBomb_IsRefused()
    {
        AssertRefused(new BankImporter().Import("bomb.pdf", HostilePdfs.DoublyCompressedZeros(megabytes: 512)), "unpacks to more than 64 MB");
    }

    [Fact]
    public void Import_RunLengthBomb_IsRefused()
    {
        AssertRefused(new BankImporter().Import("bomb.pdf", HostilePdfs.RunLengthZeros(megabytes: 128)), "unpacks to more than 64 MB");
    }

    [Fact]
    public void Import_LzwBomb_IsRefused()
    {
        AssertRefused(new BankImporter().Import("bomb.pdf", HostilePdfs.LzwZeros(megabytes: 80)), "unpacks to more than 64 MB");
    }

    [Theory]
    [InlineData("FlateDecode")]
    [InlineData("LZWDecode")]
    [InlineData("RunLengthDecode")]
    public void DecodedLength_OfAStream_IsWhatPdfPigDecodesItTo(string filter)
    {
        var random = new Random(5);
        var text = Enumerable.Range(0, 300_000).Select(_ => (byte)"BT (Tell me about a time) Tj ET\n"[random.Next(32)]).ToArray();
        var (encoded, pdfPig) = filter switch
        {
            "FlateDecode" => (HostilePdfs.Zlib(text), (UglyToad.PdfPig.Filters.IFilter)new UglyToad.PdfPig.Filters.FlateFilter()),
            "LZWDecode" => (HostilePdfs.Lzw(text), new UglyToad.PdfPig.Filters.LzwFilter()),
            _ => (RunLength(text), new UglyToad.PdfPig.Filters.RunLengthFilter()),
        };

        var decoded = pdfPig.Decode(encoded, UglyToad.PdfPig.Tokens.DictionaryToken.Empty, UglyToad.PdfPig.Filters.DefaultFilterProvider.Instance, 0);

        // RunLength below ends on a repeated run of 128 zeros.
        byte[] expected = filter == "RunLengthDecode" ? [.. text, .. new byte[128]] : text;
        Assert.Equal(expected, decoded.ToArray());
        Assert.Equal(expected.Length, DecodedLength.Measure(filter, encoded, long.MaxValue));
        Assert.True(DecodedLength.Measure(filter, encoded, cap: 1000) <= 1000 + (64 * 1024), "the measure stops soon after the cap");
    }

    /// <summary>RunLength: a literal run for every 100 bytes of <paramref name="data"/>, then 128 zeros repeated.</summary>
    private static byte[] RunLength(byte[] data)
    {
        var output = new List<byte>();
        for (var i = 0; i < data.Length; i += 100)
        {
            var length = Math.Min(100, data.Length - i);
            output.Add((byte)(length - 1));
            output.AddRange(data.AsSpan(i, length));
        }

        output.AddRange(new byte[] { 129, 0, 128 }); // 128 zeros as one repeated run, then the end
        return [.. output];
    }

    [Fact]
    public void Import_PageOfAMillionGlyphs_IsRefusedBeforeItIsDrawn()
    {
        var (result, allocated) = Measured(() => new BankImporter().Import("bomb.pdf", HostilePdfs.Glyphs(1_000_000)));

        AssertRefused(result, "page 1 draws more than 200,000 characters");
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB");
    }

    [Fact]
    public void Import_PageThatAlsoHasKids_IsWeighedAsTheOtherPages()
    {
        AssertRefused(new BankImporter().Import("bomb.pdf", HostilePdfs.Glyphs(1_000_000, pageHasKids: true)), "page 1 draws more than 200,000 characters");
    }

    [Fact]
    public void Import_PageOfMillionsOfOperators_IsRefused()
    {
        AssertRefused(new BankImporter().Import("bomb.pdf", HostilePdfs.Operators(2_000_000)), "page 1 draws more than 1,000,000 drawing instructions");
    }

    [Fact]
    public void Import_PageOfWordsThatAreNoOperator_IsRefusedBeforePdfPigSearchesAtEach()
    {
        // Found by the fuzz run (ImportFuzzTests): a PDF whose metadata was spliced into a page took PdfPig 6 to 10 s,
        // searching the page so far for an inline image at each word it did not understand.
        var result = new BankImporter().Import("bomb.pdf", HostilePdfs.UnknownWords(40_000));

        AssertRefused(result, "page 1 holds more than 1,000 words that are not drawing instructions, which no real document does (is it damaged?); it was not read.");
    }

    [Fact]
    public void Import_FormsThatDrawEachOtherTenfold_AreRefused()
    {
        var (result, allocated) = Measured(() => new BankImporter().Import("bomb.pdf", HostilePdfs.FormFanOut(levels: 9)));

        AssertRefused(result, "page 1 draws more than 200,000 characters");
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB");
    }

    [Fact]
    public void Import_FormsNestedDeeperThanTheLimit_AreRefused()
    {
        AssertRefused(new BankImporter().Import("bomb.pdf", HostilePdfs.FormFanOut(levels: PdfContentCheck.MaxNesting + 4)), "levels deep");
    }

    [Fact]
    public void Import_CharacterMapRangeOverBillionsOfCodes_IsRefusedBeforePdfPigMapsThem()
    {
        // Found by the fuzz run: one number in a compressed ToUnicode map replaced left a range from a six-byte code to
        // a two-byte one, which PdfPig counted through code by code, past 10 s and 3.8 GB.
        var (result, allocated) = Measured(() => new BankImporter().Import("bomb.pdf", HostilePdfs.CharacterMaps("<0041> <005A> <0041>\n<002b6b62b6b7> <0070> <0041>")));

        AssertRefused(result, "has a font whose character map covers more than 65,536 codes, more than a font can have (is it damaged?); it was not read.");
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB");
    }

    [Fact]
    public void Import_ManyFontsWhoseMapsAddUpPastTheLimit_AreRefused()
    {
        var result = new BankImporter().Import("bomb.pdf", HostilePdfs.CharacterMaps("<0000> <FFFF> <0000>", fonts: 16));

        AssertRefused(result, "has fonts whose character maps cover more than 1,000,000 codes in all");
    }

    [Theory]
    [InlineData("<0000> <FFFF> <0000>")] // every two-byte code, as some writers map an Identity font
    [InlineData("<0020> <007E> <0020>\n<0041> <0042> [<0041> <0042>]")]
    public void Import_FontWhoseMapCoversAFontsCodes_IsRead(string ranges)
    {
        var result = new BankImporter().Import("maps.pdf", HostilePdfs.CharacterMaps(ranges, fonts: 2));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Tell me about a time you failed?", result.Bank.Questions[0].Text);
    }

    [Fact]
    public void Import_TooManyObjects_IsRefused()
    {
        AssertRefused(new BankImporter().Import("bomb.pdf", HostilePdfs.ManyObjects(PdfDecodeBudget.MaxObjects + 1)), "objects inside, over the 200,000 limit");
    }

    [Fact]
    public void Import_DeeplyNestedArray_IsRefusedWithoutCrashing()
    {
        var result = new BankImporter().Import("bomb.pdf", HostilePdfs.DeepArray(100_000));

        AssertRefused(result, " ");
    }

    [Fact]
    public void Import_FormsWithinLimits_AreRead()
    {
        // Three levels: a hundred letters, well within a page.
        var result = new BankImporter().Import("forms.pdf", HostilePdfs.FormFanOut(levels: 3));

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(new string('A', 100), result.Bank.Unassigned[0].Text, StringComparison.Ordinal);
    }
}
