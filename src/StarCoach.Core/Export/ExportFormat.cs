namespace StarCoach.Core.Export;

/// <summary>What a bank can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>A Markdown prep document that imports back to the same questions and answers.</summary>
    Markdown,

    /// <summary>A printable PDF cheat sheet: per question the compressed answer or the STAR skeleton, with key figures.</summary>
    Pdf,

    /// <summary>Anki flashcards (tab-separated text with Anki's header lines): question on the front, skeleton on the back.</summary>
    Anki,

    /// <summary>StarCoach bank JSON (schemaVersion 1), which imports back byte for byte.</summary>
    Json,
}
