using PdfSharp.Fonts;

namespace StarCoach.Core.Export.Pdf;

/// <summary>
/// PDFsharp finds no fonts on Linux by itself: this resolver serves DejaVu Sans (Debian's fonts-dejavu-core)
/// for every family asked for, so output looks the same on every machine that has the package.
/// </summary>
internal sealed class DejaVuFonts : IFontResolver
{
    /// <summary>The family name to ask PDFsharp for.</summary>
    public const string Family = "DejaVu Sans";

    /// <summary>Where Debian installs the fonts.</summary>
    public const string Directory = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lock Gate = new();
    private static bool _registered;

    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["DejaVuSans"] = "DejaVuSans.ttf",
        ["DejaVuSans-Bold"] = "DejaVuSans-Bold.ttf",
        ["DejaVuSans-Oblique"] = "DejaVuSans-Oblique.ttf",
        ["DejaVuSans-BoldOblique"] = "DejaVuSans-BoldOblique.ttf",
    };

    /// <summary>Registers the resolver once per process; false (with why) when the font files are missing.</summary>
    public static bool TryRegister(out string error)
    {
        error = string.Empty;
        var missing = Files.Values.Where(f => !File.Exists(Path.Combine(Directory, f))).ToList();
        if (missing.Count > 0)
        {
            error = $"the DejaVu fonts are missing ({string.Join(", ", missing)} in {Directory}); install the fonts-dejavu-core package and export again.";
            return false;
        }

        lock (Gate)
        {
            if (!_registered)
            {
                GlobalFontSettings.FontResolver = new DejaVuFonts();
                _registered = true;
            }
        }

        return true;
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch
        {
            (true, true) => "DejaVuSans-BoldOblique",
            (true, false) => "DejaVuSans-Bold",
            (false, true) => "DejaVuSans-Oblique",
            _ => "DejaVuSans",
        });

    public byte[]? GetFont(string faceName) =>
        Files.TryGetValue(faceName, out var file) ? File.ReadAllBytes(Path.Combine(Directory, file)) : null;
}
