using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>confidentiality.risk</c>: the answer names what should stay confidential. Three signals:
/// <list type="bullet">
/// <item>an internal code name disclosed ("codenamed Falcon", "internally called …");</item>
/// <item>a confidentiality marker ("due to NDA", "confidential", "can't name") followed, in the same or the next
/// sentence, by a name: a capitalised word that does not open the sentence, is not the candidate's employer
/// ("At Google, …"), was not named before the marker and is not in the question;</item>
/// <item>after such a marker anywhere in the answer, a project renamed in passing ("let's call it “Gemini”").</item>
/// </list>
/// Acronyms are not counted as names: they are mostly technologies (AI, GPU, SQL).
/// </summary>
internal sealed class ConfidentialityRiskRule : ReviewRule
{
    private const int MaxFindings = 3;

    private static readonly HashSet<string> CommonCapitalised = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "English", "STAR", "However", "Instead", "Mr", "Mrs", "Ms", "Dr",
    };

    public override string Id => RuleIds.ConfidentialityRisk;

    public override string Name => "Confidential details";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "Names something confidential: interviewers notice disclosures they should not hear.";

    public override string Hint => "Describe it generically (“a large consumer product”, “a top-5 US retailer”) and drop the name.";

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        var marker = -1;
        var codeName = false;
        foreach (var hit in analysis.Hits)
        {
            codeName |= (hit.Cues & Cue.CodeName) != 0;
            if (marker < 0 && (hit.Cues & Cue.Confidentiality) != 0)
            {
                marker = hit.FirstToken;
            }
        }

        if (marker < 0 && !codeName)
        {
            return;
        }

        var employers = Employers(analysis);
        if (marker >= 0)
        {
            NamedBefore(analysis, marker, employers);
        }

        var reported = 0;
        foreach (var hit in analysis.Hits)
        {
            if (reported >= MaxFindings)
            {
                break;
            }

            if ((hit.Cues & Cue.CodeName) != 0 && (IsExplicitCodeName(analysis, hit) || marker >= 0)
                && NameAfter(analysis, hit.EndToken, employers, allowOpening: true) is { } name)
            {
                findings.AddTokens(this, hit.FirstToken, name - hit.FirstToken + 1,
                    $"Discloses an internal name “{analysis.WordOf(analysis.Tokens[name]).ToString()}”: code names are what NDAs protect.");
                reported++;
            }
            else if ((hit.Cues & Cue.Confidentiality) != 0 && NameNear(analysis, hit, employers) is { } named)
            {
                findings.AddTokens(this, named, 1,
                    $"Names “{analysis.WordOf(analysis.Tokens[named]).ToString()}” right after saying the details are confidential.");
                reported++;
            }
        }
    }

    // "codenamed", "code name", "internally called" disclose on their own; "let's call it", "we called it" only after a marker.
    private static bool IsExplicitCodeName(AnswerAnalysis analysis, CueHit hit) =>
        analysis.IsWord(hit.FirstToken, "codenamed") || analysis.IsWord(hit.FirstToken, "code-named") || analysis.IsWord(hit.FirstToken, "code")
        || analysis.IsWord(hit.FirstToken, "codename") || analysis.IsWord(hit.FirstToken, "internally") || analysis.IsWord(hit.FirstToken, "internal");

    private static int? NameNear(AnswerAnalysis analysis, CueHit hit, HashSet<string> employers)
    {
        var sentence = analysis.Tokens[hit.FirstToken].Sentence;
        for (var s = sentence; s <= sentence + 1 && s < analysis.Sentences.Length; s++)
        {
            var from = Math.Max(s == sentence ? hit.EndToken : 0, AfterHeading(analysis, analysis.Sentences[s]));
            for (var t = from; t < analysis.Sentences[s].EndToken; t++)
            {
                if (IsName(analysis, t, employers, allowOpening: false))
                {
                    return t;
                }
            }
        }

        return null;
    }

    private static int? NameAfter(AnswerAnalysis analysis, int from, HashSet<string> employers, bool allowOpening)
    {
        var tokens = analysis.Tokens;
        for (var t = from; t < tokens.Length && t < from + 3; t++)
        {
            if (tokens[t].Sentence != tokens[from - 1].Sentence)
            {
                return null;
            }

            if (IsName(analysis, t, employers, allowOpening) || tokens[t].Is(TokenShape.AllCaps))
            {
                return t;
            }
        }

        return null;
    }

    private static bool IsName(AnswerAnalysis analysis, int t, HashSet<string> employers, bool allowOpening)
    {
        var token = analysis.Tokens[t];
        if (!token.Is(TokenShape.Capitalized) || token.Is(TokenShape.PronounI))
        {
            return false;
        }

        var quoted = token.Start > 0 && analysis.Text[token.Start - 1] is '“' or '"' or '‘' or '\'';
        if (!allowOpening && !quoted && (token.Is(TokenShape.SentenceStart) || OpensClause(analysis.Text, token.Start)))
        {
            return false;
        }

        var word = Bare(analysis.WordOf(token));
        return !CommonCapitalised.Contains(word) && !employers.Contains(word)
            && (analysis.Question is not { } question || !question.Text.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    // "Fully Sharded Data Parallelism Explained: …": the title of a list item is capitalised, not named.
    private static int AfterHeading(AnswerAnalysis analysis, in Sentence sentence)
    {
        var limit = Math.Min(sentence.EndToken, sentence.FirstToken + 10);
        for (var t = sentence.FirstToken; t < limit; t++)
        {
            var end = analysis.Tokens[t].End;
            if (end < analysis.Text.Length && analysis.Text[end] == ':')
            {
                return t + 1;
            }
        }

        return sentence.FirstToken;
    }

    // A capital after a colon, a dash or an opening bracket starts a clause or a heading, not a name.
    private static bool OpensClause(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i] is ':' or '(' or '–' or '—' or '-' or '•';
            }
        }

        return true;
    }

    /// <summary>
    /// The candidate's employers, which are not secrets: the capitalised words of "At Google, …", "while at X",
    /// "I worked at/for X", "I joined X", "my time at X". A bare "at X" elsewhere may be the client being disclosed.
    /// </summary>
    private static HashSet<string> Employers(AnswerAnalysis analysis)
    {
        var employers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tokens = analysis.Tokens;
        for (var t = 0; t + 1 < tokens.Length; t++)
        {
            if (IsEmployerFrame(analysis, t))
            {
                for (var k = t + 1; k < tokens.Length && k <= t + 2 && (tokens[k].Is(TokenShape.Capitalized) || tokens[k].Is(TokenShape.AllCaps)); k++)
                {
                    employers.Add(Bare(analysis.WordOf(tokens[k])));
                }
            }
        }

        return employers;
    }

    // Names the answer used before saying anything was confidential are context, not the disclosure.
    private static void NamedBefore(AnswerAnalysis analysis, int marker, HashSet<string> known)
    {
        for (var t = 0; t < marker; t++)
        {
            if (analysis.Tokens[t].Is(TokenShape.Capitalized) && !analysis.Tokens[t].Is(TokenShape.SentenceStart))
            {
                known.Add(Bare(analysis.WordOf(analysis.Tokens[t])));
            }
        }
    }

    private static bool IsEmployerFrame(AnswerAnalysis analysis, int t)
    {
        if (analysis.IsWord(t, "joined"))
        {
            return true;
        }

        if (!analysis.IsWord(t, "at") && !analysis.IsWord(t, "for"))
        {
            return false;
        }

        var token = analysis.Tokens[t];
        if (token.Is(TokenShape.SentenceStart))
        {
            return analysis.IsWord(t, "at");
        }

        var previous = t - 1;
        return analysis.Tokens[previous].Sentence == token.Sentence
            && (analysis.IsWord(previous, "while") || analysis.IsWord(previous, "was") || analysis.IsWord(previous, "worked")
                || analysis.IsWord(previous, "working") || analysis.IsWord(previous, "work") || analysis.IsWord(previous, "time")
                || analysis.IsWord(previous, "role") || analysis.IsWord(previous, "job") || analysis.IsWord(previous, "years")
                || analysis.IsWord(previous, "months") || analysis.IsWord(previous, "career") || analysis.IsWord(previous, "tenure")
                || analysis.IsWord(previous, "position") || analysis.IsWord(previous, "internship"));
    }

    // "Google’s" → "Google".
    private static string Bare(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        return (apostrophe > 0 ? word[..apostrophe] : word).ToString();
    }
}
