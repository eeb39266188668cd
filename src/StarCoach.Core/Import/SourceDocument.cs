using System.Collections.Immutable;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import;

/// <summary>A document decoded to text (or, for .docx and PDF, its bytes), ready for an importer.</summary>
/// <param name="Name">File name shown to the user and stored as the bank's source.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="Diagnostics">What decoding noticed (invalid UTF-8 replaced, for example).</param>
public sealed record SourceDocument(string Name, string Text, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The file's bytes, for binary formats (.docx, PDF) whose <see cref="Text"/> is empty.</summary>
    public ReadOnlyMemory<byte> Bytes { get; init; }

    /// <summary>What the user corrected in earlier imports of this document, applied to this one.</summary>
    public ImportCorrections Corrections { get; init; } = ImportCorrections.None;

    /// <summary>A document with no decoding diagnostics.</summary>
    public static SourceDocument FromText(string name, string text) => new(name, text, []);
}
