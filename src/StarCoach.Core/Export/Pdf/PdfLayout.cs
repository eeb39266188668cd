using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace StarCoach.Core.Export.Pdf;

/// <summary>
/// A small flow layout over PDFsharp (which has no layout engine here): A4 pages with margins, wrapped text
/// that moves to a new page when the next line does not fit, blocks kept together, and a running header and
/// "page n of N" footer drawn once all pages exist.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    public const double Margin = 52;
    private const double HeaderGap = 18;

    private readonly PdfDocument _document = new();
    private readonly string? _header;
    private readonly bool _pageNumbers;
    private XGraphics? _graphics;
    private double _y;

    public PdfLayout(string? header, string title, bool pageNumbers = true)
    {
        _header = header;
        _pageNumbers = pageNumbers;
        _document.Info.Title = title;
        _document.Info.Creator = "StarCoach";
        NewPage();
    }

    public static double Width => PageWidth - 2 * Margin;

    private static double PageWidth => XUnit.FromMillimeter(210).Point;

    private static double PageHeight => XUnit.FromMillimeter(297).Point;

    private static double Bottom => PageHeight - Margin;

    private double Top => Margin + (_header is null ? 0 : HeaderGap);

    public static XFont Font(double size, bool bold = false, bool italic = false) =>
        new(DejaVuFonts.Family, size, bold && italic ? XFontStyleEx.BoldItalic : bold ? XFontStyleEx.Bold : italic ? XFontStyleEx.Italic : XFontStyleEx.Regular);

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _graphics = XGraphics.FromPdfPage(page);
        _y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void KeepTogether(double height)
    {
        if (_y + height > Bottom && _y > Top)
        {
            NewPage();
        }
    }

    public void Space(double points) => _y = Math.Min(_y + points, Bottom);

    /// <summary>Draws wrapped text; a label, when given, is drawn first in its own font on the first line.</summary>
    public void Text(string text, XFont font, double indent = 0, XBrush? brush = null, (string Text, XFont Font, XBrush Brush)? label = null)
    {
        var labelWidth = label is { } l ? _graphics!.MeasureString(l.Text + " ", l.Font).Width : 0;
        var lines = Wrap(text, font, Width - indent - labelWidth);
        var height = LineHeight(font);
        for (var i = 0; i < lines.Count; i++)
        {
            if (_y + height > Bottom)
            {
                NewPage();
            }

            var x = Margin + indent;
            if (i == 0 && label is { } lab)
            {
                _graphics!.DrawString(lab.Text, lab.Font, lab.Brush, x, _y, XStringFormats.TopLeft);
                x += labelWidth;
            }
            else if (i > 0)
            {
                x += labelWidth;
            }

            _graphics!.DrawString(lines[i], font, brush ?? XBrushes.Black, x, _y, XStringFormats.TopLeft);
            _y += height;
        }
    }

    /// <summary>The height <see cref="Text"/> would take.</summary>
    public double Measure(string text, XFont font, double indent = 0, double labelWidth = 0) => Wrap(text, font, Width - indent - labelWidth).Count * LineHeight(font);

    public double MeasureWidth(string text, XFont font) => _graphics!.MeasureString(text, font).Width;

    public void Rule(XColor color)
    {
        _graphics!.DrawLine(new XPen(color, 0.6), Margin, _y, Margin + Width, _y);
        _y += 4;
    }

    public static double LineHeight(XFont font) => font.Size * 1.3;

    public void Save(Stream stream)
    {
        _graphics?.Dispose();
        _graphics = null;
        var small = Font(7.5);
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            if (_header is not null)
            {
                graphics.DrawString(_header, small, XBrushes.Gray, Margin, Margin - 14, XStringFormats.TopLeft);
                graphics.DrawLine(new XPen(XColors.LightGray, 0.5), Margin, Margin, PageWidth - Margin, Margin);
            }

            if (_pageNumbers)
            {
                graphics.DrawString($"page {i + 1} of {count}", small, XBrushes.Gray, new XRect(0, PageHeight - Margin + 14, PageWidth, 10), XStringFormats.TopCenter);
            }
        }

        _document.Save(stream, closeStream: false);
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>, at spaces (inside long words when it must).</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var space = _graphics!.MeasureString(" ", font).Width;
        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            var used = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = _graphics.MeasureString(word, font).Width;
                if (line.Length > 0 && used + space + w > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    used = 0;
                }

                if (line.Length == 0 && w > width)
                {
                    foreach (var piece in Split(word, font, width))
                    {
                        lines.Add(piece);
                    }

                    continue;
                }

                if (line.Length > 0)
                {
                    line.Append(' ');
                    used += space;
                }

                line.Append(word);
                used += w;
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    private IEnumerable<string> Split(string word, XFont font, double width)
    {
        var start = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            if (_graphics!.MeasureString(word[start..end], font).Width > width && end - start > 1)
            {
                yield return word[start..(end - 1)];
                start = end - 1;
            }
        }

        yield return word[start..];
    }
}
