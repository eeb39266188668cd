namespace StarCoach.Core.Import;

/// <summary>Document formats StarCoach reads.</summary>
public enum ImportFormat
{
    /// <summary>Choose from the file extension, then the content.</summary>
    Auto,

    /// <summary>Plain text prep documents and question-site pages.</summary>
    Text,

    /// <summary>Markdown.</summary>
    Markdown,

    /// <summary>StarCoach bank JSON (schemaVersion 1).</summary>
    Json,

    /// <summary>Word documents (.docx): heading styles, bold labels, lists.</summary>
    Docx,

    /// <summary>PDF documents: text with its layout (lines, spacing, font sizes).</summary>
    Pdf,
}
