using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace StarCoach.Core.Matching;

/// <summary>
/// Vectors shipped inside this assembly for texts every index needs (the phrasings of <see cref="QuestionIntents"/>),
/// so the first match on a new machine does not spend seconds embedding them, and the within-intent whitening
/// computed from them (<see cref="IntentSpace"/>), so no process spends a few hundred ms computing it again. Keyed like the embedding cache (model
/// and exact text), so a vector is only used for the model and text it was made from: an edited phrasing or another
/// model is simply embedded as usual. Stored as half-precision floats (cosines keep three decimals). Regenerate
/// with <c>dotnet run -c Release --project bench/StarCoach.Benchmarks -- intent-vectors</c>.
/// </summary>
internal static class ShippedVectors
{
    /// <summary>The embedded resource's name.</summary>
    public const string ResourceName = "StarCoach.Matching.question-intents.minilm.bin";

    /// <summary>The embedded whitening's name.</summary>
    public const string WhiteningResourceName = "StarCoach.Matching.question-intents.minilm.whitening.bin";

    private const uint WhiteningMagic = 0x57494353; // "SCIW"

    private const uint Magic = 0x56494353; // "SCIV"
    private const int Version = 1;
    private const int KeyBytes = 16;
    private const int Header = 16;

    private static readonly Lazy<FrozenDictionary<string, float[]>> Loaded = new(Load);

    private static readonly Lazy<(string Key, int Dimensions, float[] Matrix)?> Whitening = new(LoadWhitening);

    /// <summary>Number of vectors shipped.</summary>
    public static int Count => Loaded.Value.Count;

    /// <summary>The shipped vector for a cache key (<see cref="EmbeddingCacheKey.For"/>), if any.</summary>
    public static bool TryGet(string key, out float[] vector) => Loaded.Value.TryGetValue(key, out vector!);

    /// <summary>The shipped whitening matrix (row-major) if it was made under <paramref name="key"/> (<see cref="IntentSpace.WhiteningKey"/>).</summary>
    public static bool TryGetWhitening(string key, int dimensions, out float[] matrix)
    {
        if (Whitening.Value is { } shipped && shipped.Key == key && shipped.Dimensions == dimensions)
        {
            matrix = shipped.Matrix;
            return true;
        }

        matrix = [];
        return false;
    }

    /// <summary>Writes a whitening <paramref name="matrix"/> made under <paramref name="key"/> in the shipped format (single floats).</summary>
    public static void WriteWhitening(Stream stream, string key, int dimensions, float[] matrix)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(WhiteningMagic);
        writer.Write(Version);
        writer.Write(dimensions);
        writer.Write(Convert.FromHexString(key));
        writer.Write(MemoryMarshal.AsBytes(matrix.AsSpan()));
    }

    /// <summary>Writes <paramref name="vectors"/> (cache key → vector) in the shipped format.</summary>
    public static void Write(Stream stream, int dimensions, IReadOnlyList<(string Key, float[] Vector)> vectors)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(dimensions);
        writer.Write(vectors.Count);
        var half = new Half[dimensions];
        foreach (var (key, vector) in vectors)
        {
            writer.Write(Convert.FromHexString(key));
            for (var d = 0; d < dimensions; d++)
            {
                half[d] = (Half)vector[d];
            }

            writer.Write(MemoryMarshal.AsBytes(half.AsSpan()));
        }
    }

    /// <summary><paramref name="vector"/> as it is after a round trip through the shipped format (half floats).</summary>
    public static float[] AsShipped(float[] vector) => [.. vector.Select(v => (float)(Half)v)];

    private static (string Key, int Dimensions, float[] Matrix)? LoadWhitening()
    {
        using var stream = typeof(ShippedVectors).Assembly.GetManifestResourceStream(WhiteningResourceName);
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var span = bytes.AsSpan();
        const int header = 12 + KeyBytes;
        if (span.Length < header || BinaryPrimitives.ReadUInt32LittleEndian(span) != WhiteningMagic || BinaryPrimitives.ReadInt32LittleEndian(span[4..]) != Version)
        {
            return null;
        }

        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(span[8..]);
        if (dimensions <= 0 || span.Length != header + ((long)dimensions * dimensions * sizeof(float)))
        {
            return null;
        }

        return (Convert.ToHexStringLower(span.Slice(12, KeyBytes)), dimensions, MemoryMarshal.Cast<byte, float>(span[header..]).ToArray());
    }

    private static FrozenDictionary<string, float[]> Load()
    {
        using var stream = typeof(ShippedVectors).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return FrozenDictionary<string, float[]>.Empty;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var span = bytes.AsSpan();
        if (span.Length < Header || BinaryPrimitives.ReadUInt32LittleEndian(span) != Magic || BinaryPrimitives.ReadInt32LittleEndian(span[4..]) != Version)
        {
            return FrozenDictionary<string, float[]>.Empty;
        }

        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(span[8..]);
        var count = BinaryPrimitives.ReadInt32LittleEndian(span[12..]);
        var record = KeyBytes + (dimensions * 2);
        if (dimensions <= 0 || count < 0 || (long)count * record != span.Length - Header)
        {
            return FrozenDictionary<string, float[]>.Empty;
        }

        var vectors = new Dictionary<string, float[]>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var at = span.Slice(Header + (i * record), record);
            var half = MemoryMarshal.Cast<byte, Half>(at[KeyBytes..]);
            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = (float)half[d];
            }

            vectors[Convert.ToHexStringLower(at[..KeyBytes])] = vector;
        }

        return vectors.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
