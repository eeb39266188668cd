namespace StarCoach.Core.Import;

/// <summary>Reads one document format into a bank.</summary>
public interface IBankImporter
{
    /// <summary>The format this importer reads.</summary>
    ImportFormat Format { get; }

    /// <summary>Imports the decoded document. Problems that stop the import come back as a failed result, not an exception.</summary>
    ImportResult Import(SourceDocument document);
}
