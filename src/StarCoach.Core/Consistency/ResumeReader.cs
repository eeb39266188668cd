using StarCoach.Core.Import;

namespace StarCoach.Core.Consistency;

/// <summary>
/// Reads a résumé from a .txt, .md, .docx or .pdf file with the same file checks and decoding as bank import.
/// A résumé is not a prep document: it is read as lines and searched for jobs, not parsed into questions.
/// </summary>
public sealed class ResumeReader(TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Reads the résumé at <paramref name="path"/>.</summary>
    public ResumeResult ReadFile(string path)
    {
        if (!DocumentFile.TryRead(path, "a résumé file (.txt, .md, .docx or .pdf)", out var bytes, out var error))
        {
            return new ResumeResult(null, error);
        }

        var result = Read(DocumentFile.NameOf(path), bytes);
        return result.Succeeded || result.Error.StartsWith(path, StringComparison.Ordinal)
            ? result
            : new ResumeResult(null, path + result.Error[DocumentFile.NameOf(path).Length..]);
    }

    /// <summary>Reads a résumé given as bytes (an upload) under the name <paramref name="name"/>.</summary>
    public ResumeResult Read(string name, ReadOnlySpan<byte> bytes)
    {
        var lines = DocumentLines.Read(name, bytes, out var error);
        if (lines is null)
        {
            return new ResumeResult(null, error);
        }

        if (lines.All(string.IsNullOrWhiteSpace))
        {
            return new ResumeResult(null, $"{name}: the résumé is empty; give the file that holds your résumé text.");
        }

        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        return new ResumeResult(ResumeParser.Parse(name, lines, today), null);
    }

    /// <summary>Reads a résumé from text already in memory.</summary>
    public Resume Parse(string name, string text) =>
        ResumeParser.Parse(name, Text.SourceLines.Split(text), DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime));
}
