namespace StarCoach.Core.Import;

/// <summary>
/// Reads a document file into memory after the checks every reader shares: it exists, is not a folder and is
/// under <see cref="BankImporter.MaxFileBytes"/>. Problems come back as one-line messages naming the file.
/// </summary>
internal static class DocumentFile
{
    /// <summary>Reads <paramref name="path"/>; <paramref name="expected"/> says what kind of file to give instead of a folder.</summary>
    public static bool TryRead(string path, string expected, out byte[] bytes, out string error)
    {
        bytes = [];
        error = string.Empty;
        if (Directory.Exists(path))
        {
            error = $"{path}: is a directory; give the path of {expected}.";
            return false;
        }

        if (!File.Exists(path))
        {
            error = $"{path}: file not found; check the path and try again.";
            return false;
        }

        try
        {
            var info = new FileInfo(path);
            if (info.Length > BankImporter.MaxFileBytes)
            {
                error = $"{path}: file is {info.Length / (1024 * 1024)} MB, over the {BankImporter.MaxFileBytes / (1024 * 1024)} MB limit; split the document or remove embedded images.";
                return false;
            }

            // A device, a pipe or a file still growing may say it is empty and never end (/dev/zero): what is read is
            // bounded by the limit, not by what the file claims, so no more than the limit plus one byte is held.
            bytes = ReadAtMost(path, BankImporter.MaxFileBytes + 1, info.Length);
            if (bytes.Length > BankImporter.MaxFileBytes)
            {
                bytes = [];
                error = $"{path}: more than {BankImporter.MaxFileBytes / (1024 * 1024)} MB to read, over the limit (reading stopped there); give a prep document file under {BankImporter.MaxFileBytes / (1024 * 1024)} MB.";
                return false;
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot be read ({e.Message.TrimEnd('.')}); check its permissions.";
            return false;
        }
    }

    private static byte[] ReadAtMost(string path, long limit, long claimed)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        return BoundedRead.ReadAsync(stream, limit, claimed, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The file name shown for <paramref name="path"/> ("prep.txt" for "/home/me/prep.txt/").</summary>
    public static string NameOf(string path)
    {
        var name = Path.GetFileName(path.TrimEnd('/', '\\'));
        return string.IsNullOrEmpty(name) ? path : name;
    }
}
