using System.Globalization;
using System.Text;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Ids derived from content (FNV-1a over the lower-cased letters and digits), so the same question gets the
/// same id on every import; repeats get a numeric suffix.
/// </summary>
internal sealed class StableIds
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string For(string prefix, string content)
    {
        var id = prefix + Hash(content).ToString("x8", CultureInfo.InvariantCulture);
        var candidate = id;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    internal static uint Hash(string content)
    {
        const uint offset = 2166136261;
        const uint prime = 16777619;
        var hash = offset;
        foreach (var rune in content.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune))
            {
                continue;
            }

            var value = (uint)Rune.ToLowerInvariant(rune).Value;
            for (var shift = 0; shift < 32; shift += 8)
            {
                hash ^= (value >> shift) & 0xFF;
                hash *= prime;
            }
        }

        return hash;
    }
}
