using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Tests.Review;

public sealed class CueLexiconTests
{
    private static readonly CueLexicon Lexicon = CueLexicon.Build(
    [
        (Cue.Cliche, "think|thought outside the box\noutside the box\nwin-win # a comment\n"),
        (Cue.Hedge, "i think\nmaybe\n"),
        (Cue.Filler, "you know\n"),
    ]);

    // A line longer than the matcher reads, or one whose alternatives hold a space ("wasn't|was not my fault" reads
    // as "wasn't not my fault"), never matches what its author meant.
    [Fact]
    public void ShippedLists_EveryLine_IsAPhraseTheMatcherCanFind()
    {
        var assembly = typeof(CueLexicon).Assembly;
        var tooLong = new List<string>();
        foreach (var cue in CueLexicon.Kinds)
        {
            using var stream = assembly.GetManifestResourceStream(CueLexicon.ResourceName(cue));
            Assert.NotNull(stream);
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd();
            foreach (var line in text.Split('\n'))
            {
                var content = (line.Contains('#') ? line[..line.IndexOf('#')] : line).Trim();
                if (content.Length > 0 && !CueLexicon.Phrases(content).Any())
                {
                    tooLong.Add($"{CueLexicon.FileName(cue)}: {content}");
                }

                // A bare "didnt" in a list is never matched: the answer's "didnt" is looked up as "didn't".
                if (content.Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries).Any(word => BareContractions.TryRestore(word, out _)))
                {
                    tooLong.Add($"{CueLexicon.FileName(cue)}: {content} (write the contraction with its apostrophe)");
                }
            }
        }

        Assert.Empty(tooLong);
    }

    [Theory]
    [InlineData("We thought outside the box.", "thought outside the box")]
    [InlineData("It was a win-win for both wards.", "win-win")]
    [InlineData("Honestly, I THINK it worked.", "I THINK")]
    [InlineData("I’d say maybe.", "maybe")]
    [InlineData("We thought “outside the box” here.", "thought “outside the box")]
    public void Match_PhraseInText_FindsLongestPhrase(string text, string expected)
    {
        var hits = Match(text);

        var hit = Assert.Single(hits, h => (h.Hit.Cues & (Cue.Cliche | Cue.Hedge)) != 0);
        Assert.Equal(expected, hit.Text);
    }

    // Forum posts and quick notes drop apostrophes: "didnt" is "didn't" to every list, but "its" and "were" stay words.
    [Theory]
    [InlineData("He didnt listen.", "didnt listen", true)]
    [InlineData("he DIDNT listen", "DIDNT listen", true)]
    [InlineData("They didn't listen.", "didn't listen", true)]
    [InlineData("Its listen time.", "", false)]
    public void Match_ContractionTypedWithoutApostrophe_IsFoundAsTheContraction(string text, string expected, bool found)
    {
        var lexicon = CueLexicon.Build([(Cue.Blame, "didn't listen\nit's listen\n")]);

        var hits = Match(lexicon, text).Where(h => (h.Hit.Cues & Cue.Blame) != 0).Select(h => h.Text).ToList();

        Assert.Equal(found ? [expected] : [], hits);
    }

    [Theory]
    [InlineData("Did you. Know the answer?")]
    [InlineData("Ask you, know-how matters.")]
    [InlineData("Did you notice?")]
    public void Match_PhraseBrokenBySentenceOrPunctuation_IsNotFound(string text)
    {
        Assert.DoesNotContain(Match(text), h => (h.Hit.Cues & Cue.Filler) != 0);
    }

    [Fact]
    public void Match_PhraseInsideLongerPhraseOfSameKind_IsReportedOnce()
    {
        var hits = Match("They think outside the box.").Where(h => (h.Hit.Cues & Cue.Cliche) != 0).ToList();

        Assert.Equal(["think outside the box"], hits.Select(h => h.Text));
    }

    [Fact]
    public void Shared_EveryCueKind_HasAnEmbeddedWordList()
    {
        var lexicon = CueLexicon.Shared;

        foreach (var cue in CueLexicon.Kinds)
        {
            var found = false;
            foreach (var phrase in CueLexicon.Phrases(ReadList(cue)))
            {
                var id = lexicon.WordId(phrase[0]);
                found |= phrase.Length > 1 ? id >= 0 : (lexicon.CuesOf(id) & cue) != 0;
            }

            Assert.True(found, $"word list {CueLexicon.FileName(cue)}.txt is empty or not loaded");
        }
    }

    [Fact]
    public void Phrases_Alternatives_ExpandEveryCombination()
    {
        var phrases = CueLexicon.Phrases("move|moved the needle|needles").Select(p => string.Join(' ', p)).Order();

        Assert.Equal(["move the needle", "move the needles", "moved the needle", "moved the needles"], phrases);
    }

    private static string ReadList(Cue cue)
    {
        using var stream = typeof(CueLexicon).Assembly.GetManifestResourceStream(CueLexicon.ResourceName(cue))!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<(CueHit Hit, string Text)> Match(string text) => Match(Lexicon, text);

    private static List<(CueHit Hit, string Text)> Match(CueLexicon lexicon, string text)
    {
        var analysis = ReviewKit.Analyze(text);
        var tokens = analysis.Tokens.Select(t => t with { WordId = lexicon.WordId(analysis.WordOf(t)) }).ToArray();
        var hits = new List<CueHit>();
        lexicon.Match(text, tokens, hits);
        return hits.Select(h => (h, text[tokens[h.FirstToken].Start..tokens[h.EndToken - 1].End])).ToList();
    }
}
