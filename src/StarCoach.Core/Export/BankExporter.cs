using System.Text;
using StarCoach.Core.Banks;
using StarCoach.Core.Export.Pdf;
using StarCoach.Core.Import.Json;

namespace StarCoach.Core.Export;

/// <summary>
/// Exports a bank to Markdown, a PDF cheat sheet, Anki flashcards or bank JSON. Files are written atomically:
/// to a temporary file beside the target, then moved over it, so a failed export never leaves half a file; an
/// existing file is only replaced when asked to.
/// </summary>
public static class BankExporter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The usual file extension for <paramref name="format"/> (".md", ".pdf", ".txt", ".json").</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Markdown => ".md",
        ExportFormat.Pdf => ".pdf",
        ExportFormat.Anki => ".txt",
        _ => ".json",
    };

    /// <summary>The media type for a download of <paramref name="format"/>.</summary>
    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Markdown => "text/markdown; charset=utf-8",
        ExportFormat.Pdf => "application/pdf",
        ExportFormat.Anki => "text/tab-separated-values; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };

    /// <summary>Writes the export to <paramref name="output"/> (a download, for example).</summary>
    public static ExportResult Write(Bank bank, ExportFormat format, Stream output)
    {
        if (format == ExportFormat.Pdf)
        {
            if (!DejaVuFonts.TryRegister(out var error))
            {
                return ExportResult.Failure($"PDF export: {error}");
            }

            CheatSheetPdf.Write(bank, output);
            return ExportResult.Success;
        }

        using var writer = new StreamWriter(output, Utf8, leaveOpen: true) { NewLine = "\n" };
        switch (format)
        {
            case ExportFormat.Markdown:
                MarkdownExporter.Write(bank, writer);
                break;
            case ExportFormat.Anki:
                AnkiExporter.Write(bank, writer);
                break;
            default:
                writer.Write(BankJson.Serialize(bank));
                writer.Write('\n');
                break;
        }

        return ExportResult.Success;
    }

    /// <summary>Writes the export to <paramref name="path"/>; an existing file is replaced only when <paramref name="overwrite"/> is true.</summary>
    public static ExportResult WriteFile(Bank bank, ExportFormat format, string path, bool overwrite = false)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return ExportResult.Failure($"{path}: is a directory; give a file name such as {Path.Combine(path, "bank" + Extension(format))}.");
        }

        if (File.Exists(full) && !overwrite)
        {
            return ExportResult.Failure($"{path}: already exists; choose another name or pass --force to replace it.");
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            return ExportResult.Failure($"{path}: the folder {folder} does not exist; create it or choose another path.");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            ExportResult result;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                result = Write(bank, format, stream);
            }

            if (!result.Succeeded)
            {
                return ExportResult.Failure($"{path}: {result.Error}");
            }

            File.Move(temporary, full, overwrite);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ExportResult.Failure($"{path}: cannot be written ({e.Message.TrimEnd('.')}); check the folder's permissions and free space.");
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
