using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace StarCoach.Core.Matching;

/// <summary>
/// Vectors cached in one binary file per model (by default under <c>$XDG_CACHE_HOME/starcoach/</c>): a header,
/// then records of a 16-byte key and the vector. Read whole on open, written whole (to a temporary file, then
/// renamed) on <see cref="Save"/>, keeping the newest <see cref="MaxEntries"/> records. A damaged or foreign
/// file is ignored and rebuilt: it only costs re-embedding.
/// </summary>
public sealed class FileEmbeddingCache : IEmbeddingCache
{
    /// <summary>Most vectors kept (about 1.5 KB each at 384 dimensions): many banks' worth.</summary>
    public const int MaxEntries = 50_000;

    private const uint Magic = 0x56454353; // "SCEV"
    private const int Version = 1;
    private const int KeyBytes = 16;

    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly int _dimensions;
    private bool _dirty;

    private FileEmbeddingCache(string path, int dimensions)
    {
        FilePath = path;
        _dimensions = dimensions;
    }

    /// <summary>The cache file.</summary>
    public string FilePath { get; }

    /// <summary>Number of vectors held.</summary>
    public int Count => _vectors.Count;

    /// <summary>The default folder: <c>$XDG_CACHE_HOME/starcoach</c>, else <c>~/.cache/starcoach</c>.</summary>
    public static string DefaultDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "starcoach");
    }

    /// <summary>Opens (or starts) the cache for <paramref name="embedder"/>'s model in <paramref name="directory"/>.</summary>
    public static FileEmbeddingCache Open(string directory, IEmbedder embedder)
    {
        var name = "embeddings-" + EmbeddingCacheKey.For(embedder.ModelId, string.Empty)[..12] + ".bin";
        var cache = new FileEmbeddingCache(Path.Combine(directory, name), embedder.Dimensions);
        cache.Load();
        return cache;
    }

    /// <inheritdoc/>
    public bool TryGet(string key, out float[] vector) => _vectors.TryGetValue(key, out vector!);

    /// <inheritdoc/>
    public void Set(string key, float[] vector)
    {
        if (vector.Length != _dimensions || key.Length != KeyBytes * 2)
        {
            throw new ArgumentException($"Expected a {_dimensions}-dimension vector and a {KeyBytes * 2}-digit key.");
        }

        if (_vectors.TryAdd(key, vector))
        {
            _order.Add(key);
            _dirty = true;
        }
    }

    /// <summary>Writes the cache if anything was added. Failing to write (read-only home, full disk) only loses the cache.</summary>
    public bool Save()
    {
        if (!_dirty)
        {
            return true;
        }

        var keep = _order.Skip(Math.Max(0, _order.Count - MaxEntries)).ToList();
        var temporary = FilePath + "." + Environment.ProcessId + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var writer = new BinaryWriter(stream))
            {
                writer.Write(Magic);
                writer.Write(Version);
                writer.Write(_dimensions);
                writer.Write(keep.Count);
                foreach (var key in keep)
                {
                    writer.Write(Convert.FromHexString(key));
                    writer.Write(MemoryMarshal.AsBytes(_vectors[key].AsSpan()));
                }
            }

            File.Move(temporary, FilePath, overwrite: true);
            _dirty = false;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return false;
        }
    }

    private void Load()
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(FilePath))
            {
                return;
            }

            bytes = File.ReadAllBytes(FilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        const int header = 16;
        var span = bytes.AsSpan();
        if (span.Length < header
            || BinaryPrimitives.ReadUInt32LittleEndian(span) != Magic
            || BinaryPrimitives.ReadInt32LittleEndian(span[4..]) != Version
            || BinaryPrimitives.ReadInt32LittleEndian(span[8..]) != _dimensions)
        {
            return;
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(span[12..]);
        var record = KeyBytes + (_dimensions * sizeof(float));
        if (count < 0 || (long)count * record != span.Length - header)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var at = span.Slice(header + (i * record), record);
            var key = Convert.ToHexStringLower(at[..KeyBytes]);
            var vector = MemoryMarshal.Cast<byte, float>(at[KeyBytes..]).ToArray();
            if (_vectors.TryAdd(key, vector))
            {
                _order.Add(key);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind: harmless, and overwritten by the next save from this process id.
        }
    }
}
