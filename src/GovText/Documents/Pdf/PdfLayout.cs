using System.Globalization;
using System.Text;

namespace GovText.Documents.Pdf;

/// <summary>One printed glyph, normalised (ligatures expanded, soft hyphens and spaces flagged).</summary>
internal sealed class PdfGlyph
{
    public required string Text { get; set; }

    /// <summary>Origin x on the baseline.</summary>
    public required double X { get; init; }

    /// <summary>End of the advance on the baseline.</summary>
    public required double Right { get; init; }

    public required double Baseline { get; init; }

    public required double Size { get; init; }

    public required double BoxLeft { get; init; }

    public required double BoxRight { get; init; }

    public required double BoxBottom { get; init; }

    public required double BoxTop { get; init; }

    public bool IsSpace { get; init; }

    public bool IsSoftHyphen { get; init; }

    public bool IsDiacritic { get; init; }

    /// <summary>Set during line building: a raised, smaller glyph.</summary>
    public bool IsSuperscript { get; set; }
}

/// <summary>A horizontally contiguous run of a printed line (lines are split at wide gaps: columns, tables, footers).</summary>
internal sealed class PdfSegment
{
    public required string Text { get; set; }

    public required double Left { get; init; }

    public required double Right { get; init; }

    public required double Size { get; init; }

    /// <summary>Superscript markers inside the text: number and offset into <see cref="Text"/>.</summary>
    public List<(int Number, int Offset)> Markers { get; } = [];

    /// <summary>A superscript number at the very start of the segment (footnote number), not in <see cref="Text"/>.</summary>
    public int? LeadNumber { get; set; }

    public bool EndsWithSoftHyphen { get; set; }
}

/// <summary>One printed line of a page, before it becomes a <see cref="TextLine"/>.</summary>
internal sealed class PdfLine
{
    public required int Page { get; init; }

    public required double Baseline { get; init; }

    public required double Size { get; init; }

    public required LineBounds Bounds { get; init; }

    public required List<PdfSegment> Segments { get; init; }

    public string Text { get; set; } = string.Empty;

    public List<(int Number, int Offset)> Markers { get; } = [];

    public int? LeadNumber { get; set; }

    public bool EndsWithSoftHyphen { get; set; }

    public LineKind Kind { get; set; } = LineKind.Body;

    public bool GapBefore { get; set; }

    public bool IsFootnoteStart { get; set; }

    /// <summary>Joins the remaining segments into <see cref="Text"/>, moving marker offsets along.</summary>
    public void Compose()
    {
        var sb = new StringBuilder();
        Markers.Clear();
        LeadNumber = null;
        EndsWithSoftHyphen = false;
        foreach (var segment in Segments)
        {
            if (segment.Text.Length == 0 && segment.Markers.Count == 0 && segment.LeadNumber is null)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            if (segment.LeadNumber is { } lead)
            {
                if (sb.Length == 0 && LeadNumber is null)
                {
                    LeadNumber = lead;
                }
                else
                {
                    Markers.Add((lead, sb.Length));
                }
            }

            foreach (var (number, offset) in segment.Markers)
            {
                Markers.Add((number, sb.Length + offset));
            }

            sb.Append(segment.Text);
            EndsWithSoftHyphen = segment.EndsWithSoftHyphen;
        }

        Text = sb.ToString().TrimEnd();
    }
}

/// <summary>Turns the glyphs of one page into printed lines in reading order (top to bottom, left to right).</summary>
internal static class PdfLayout
{
    /// <summary>Glyphs whose baselines differ by less than this fraction of the font size share a line.</summary>
    internal const double BaselineTolerance = 0.2;

    /// <summary>A glyph is superscript when smaller than this fraction of the line's font size...</summary>
    internal const double SuperscriptSizeRatio = 0.85;

    /// <summary>...and raised by at least this fraction of the line's font size.</summary>
    internal const double SuperscriptRaiseRatio = 0.12;

    /// <summary>A smaller cluster raised by at most this fraction of a line's size above it belongs to that line.</summary>
    internal const double AttachRaiseRatio = 0.65;

    /// <summary>A smaller cluster lowered by at most this fraction of a line's size below it is a subscript of that line ("CO₂").</summary>
    internal const double AttachLowerRatio = 0.4;

    /// <summary>A horizontal gap wider than this fraction of the font size is a word space.</summary>
    internal const double WordGapRatio = 0.18;

    /// <summary>A horizontal gap wider than this multiple of the font size splits a line into segments.</summary>
    internal const double SegmentGapRatio = 2.0;

    private static readonly Dictionary<string, string> s_combining = new(StringComparer.Ordinal)
    {
        ["´"] = "\u0301",
        ["`"] = "\u0300",
        ["¨"] = "\u0308",
        ["ˆ"] = "\u0302",
        ["^"] = "\u0302",
        ["˜"] = "\u0303",
        ["¸"] = "\u0327",
        ["ˇ"] = "\u030C",
        ["˚"] = "\u030A",
        ["˘"] = "\u0306",
        ["˝"] = "\u030B",
        ["˛"] = "\u0328",
        ["¯"] = "\u0304",
        ["˙"] = "\u0307",
    };

    /// <summary>Normalises the text of one glyph; returns null when the glyph carries no text.</summary>
    internal static string? NormaliseGlyphText(string value, out bool isSpace, out bool isSoftHyphen, out bool isDiacritic)
    {
        isSpace = false;
        isSoftHyphen = false;
        isDiacritic = false;
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value == "\u00AD")
        {
            isSoftHyphen = true;
            return string.Empty;
        }

        if (s_combining.ContainsKey(value))
        {
            isDiacritic = true;
            return value;
        }

        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\uFB00': sb.Append("ff"); break;
                case '\uFB01': sb.Append("fi"); break;
                case '\uFB02': sb.Append("fl"); break;
                case '\uFB03': sb.Append("ffi"); break;
                case '\uFB04': sb.Append("ffl"); break;
                case '\uFB05' or '\uFB06': sb.Append("st"); break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF': break;
                case '\u00A0' or '\u2007' or '\u202F' or '\t': sb.Append(' '); break;
                default:
                    if (char.IsControl(c))
                    {
                        break;
                    }

                    sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
                    break;
            }
        }

        var text = sb.ToString();
        if (text.Length == 0)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            isSpace = true;
            return " ";
        }

        return text;
    }

    /// <summary>Groups glyphs into lines in reading order.</summary>
    internal static List<PdfLine> BuildLines(int page, IReadOnlyList<PdfGlyph> glyphs)
    {
        var clusters = ClusterByBaseline(glyphs);
        AttachRaisedClusters(clusters);
        var lines = new List<PdfLine>();
        foreach (var cluster in clusters)
        {
            var line = BuildLine(page, cluster);
            if (line is not null)
            {
                lines.Add(line);
            }
        }

        lines.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        return lines;
    }

    private static List<List<PdfGlyph>> ClusterByBaseline(IReadOnlyList<PdfGlyph> glyphs)
    {
        var sorted = glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.X).ToList();
        var clusters = new List<List<PdfGlyph>>();
        List<PdfGlyph>? current = null;
        double reference = 0;
        double referenceSize = 0;
        foreach (var glyph in sorted)
        {
            var tolerance = BaselineTolerance * Math.Max(1.0, Math.Min(glyph.Size, Math.Max(referenceSize, 1.0)));
            if (current is null || reference - glyph.Baseline > Math.Max(0.5, tolerance))
            {
                current = [];
                clusters.Add(current);
                reference = glyph.Baseline;
                referenceSize = glyph.Size;
            }

            current.Add(glyph);
        }

        return clusters;
    }

    private static double DominantSize(IEnumerable<PdfGlyph> glyphs)
    {
        var best = glyphs.Where(g => !g.IsSpace)
            .GroupBy(g => Math.Round(g.Size, 1))
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .FirstOrDefault();
        return best?.Key ?? glyphs.Select(g => g.Size).DefaultIfEmpty(0).Max();
    }

    /// <summary>Merges clusters of smaller glyphs into the line they belong to: superscripts (raised) and subscripts (lowered).</summary>
    private static void AttachRaisedClusters(List<List<PdfGlyph>> clusters)
    {
        var info = clusters.Select(c => (Size: DominantSize(c), Baseline: c.Where(g => !g.IsSpace).Select(g => g.Baseline).DefaultIfEmpty(c[0].Baseline).Average())).ToList();
        for (var i = 0; i < clusters.Count; i++)
        {
            var (size, baseline) = info[i];
            if (clusters[i].Count == 0)
            {
                continue;
            }

            var left = clusters[i].Min(g => g.BoxLeft);
            var right = clusters[i].Max(g => g.BoxRight);
            var bestIndex = -1;
            var bestRaise = double.MaxValue;
            for (var j = 0; j < clusters.Count; j++)
            {
                if (j == i || clusters[j].Count == 0)
                {
                    continue;
                }

                var (lineSize, lineBaseline) = info[j];
                var raise = baseline - lineBaseline;
                if (size >= SuperscriptSizeRatio * lineSize || raise > AttachRaiseRatio * lineSize || raise < -AttachLowerRatio * lineSize || raise == 0)
                {
                    continue;
                }

                var lineLeft = clusters[j].Min(g => g.BoxLeft) - (2 * lineSize);
                var lineRight = clusters[j].Max(g => g.BoxRight) + (2 * lineSize);
                if (right < lineLeft || left > lineRight)
                {
                    continue;
                }

                if (Math.Abs(raise) < bestRaise)
                {
                    bestRaise = Math.Abs(raise);
                    bestIndex = j;
                }
            }

            if (bestIndex >= 0)
            {
                clusters[bestIndex].AddRange(clusters[i]);
                clusters[i].Clear();
            }
        }

        clusters.RemoveAll(c => c.Count == 0);
    }

    private static PdfLine? BuildLine(int page, List<PdfGlyph> glyphs)
    {
        if (glyphs.All(g => g.IsSpace || g.IsSoftHyphen))
        {
            return null;
        }

        var size = DominantSize(glyphs);
        var bodyGlyphs = glyphs.Where(g => !g.IsSpace && g.Size >= SuperscriptSizeRatio * size).ToList();
        var baseline = Median(bodyGlyphs.Count > 0 ? bodyGlyphs.Select(g => g.Baseline) : glyphs.Select(g => g.Baseline));
        foreach (var glyph in glyphs)
        {
            glyph.IsSuperscript = !glyph.IsSpace && glyph.Size < SuperscriptSizeRatio * size && glyph.Baseline > baseline + (SuperscriptRaiseRatio * size);
        }

        var ordered = glyphs.OrderBy(g => g.X).ThenBy(g => g.BoxLeft).ToList();
        CombineDiacritics(ordered);

        var segments = new List<PdfSegment>();
        var run = new List<PdfGlyph>();
        double? runRight = null;
        foreach (var glyph in ordered)
        {
            if (runRight is { } r && glyph.X - r > SegmentGapRatio * size && run.Any(g => !g.IsSpace))
            {
                AddSegment(segments, run, size);
                run = [];
            }

            run.Add(glyph);
            runRight = glyph.IsSpace ? Math.Max(runRight ?? glyph.X, glyph.X) : Math.Max(runRight ?? glyph.Right, glyph.Right);
        }

        AddSegment(segments, run, size);
        if (segments.Count == 0)
        {
            return null;
        }

        var visible = glyphs.Where(g => !g.IsSpace).ToList();
        var bounds = new LineBounds(
            visible.Min(g => g.BoxLeft),
            visible.Min(g => g.BoxBottom),
            visible.Max(g => g.BoxRight),
            visible.Max(g => g.BoxTop));
        var line = new PdfLine { Page = page, Baseline = baseline, Size = size, Bounds = bounds, Segments = segments };
        line.Compose();
        return line;
    }

    private static void CombineDiacritics(List<PdfGlyph> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            var mark = ordered[i];
            if (!mark.IsDiacritic)
            {
                continue;
            }

            var center = (mark.BoxLeft + mark.BoxRight) / 2;
            PdfGlyph? baseGlyph = null;
            var bestDistance = double.MaxValue;
            for (var j = Math.Max(0, i - 3); j < Math.Min(ordered.Count, i + 4); j++)
            {
                var candidate = ordered[j];
                if (j == i || candidate.IsSpace || candidate.IsDiacritic || candidate.IsSoftHyphen || candidate.Text.Length != 1 || !char.IsLetter(candidate.Text[0]))
                {
                    continue;
                }

                if (center < candidate.BoxLeft - 0.5 || center > candidate.BoxRight + 0.5)
                {
                    continue;
                }

                var distance = Math.Abs(center - ((candidate.BoxLeft + candidate.BoxRight) / 2));
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    baseGlyph = candidate;
                }
            }

            if (baseGlyph is null)
            {
                continue;
            }

            baseGlyph.Text = Compose(baseGlyph.Text[0], s_combining[mark.Text]);
            ordered.RemoveAt(i);
            i--;
        }
    }

    /// <summary>
    /// Composes a base letter and a combining mark into one precomposed letter. A table, because string.Normalize
    /// needs ICU, which is absent under InvariantGlobalization; unknown pairs stay decomposed.
    /// </summary>
    internal static string Compose(char letter, string combining)
    {
        if (letter == 'ı')
        {
            letter = 'i';
        }

        if (s_compositions.TryGetValue(combining, out var table))
        {
            var index = table.Bases.IndexOf(letter, StringComparison.Ordinal);
            if (index >= 0)
            {
                return table.Composed[index].ToString();
            }
        }

        return letter + combining;
    }

    private static readonly Dictionary<string, (string Bases, string Composed)> s_compositions = new(StringComparer.Ordinal)
    {
        ["\u0301"] = ("aeiouyAEIOUYcCnNsSzZ", "áéíóúýÁÉÍÓÚÝćĆńŃśŚźŹ"),
        ["\u0300"] = ("aeiouAEIOU", "àèìòùÀÈÌÒÙ"),
        ["\u0308"] = ("aeiouyAEIOUY", "äëïöüÿÄËÏÖÜŸ"),
        ["\u0302"] = ("aeiouAEIOU", "âêîôûÂÊÎÔÛ"),
        ["\u0303"] = ("anoANO", "ãñõÃÑÕ"),
        ["\u0327"] = ("cCsStT", "çÇşŞţŢ"),
        ["\u030C"] = ("cCsSzZeErRnN", "čČšŠžŽěĚřŘňŇ"),
        ["\u030A"] = ("aAuU", "åÅůŮ"),
        ["\u030B"] = ("oOuU", "őŐűŰ"),
        ["\u0328"] = ("aAeE", "ąĄęĘ"),
        ["\u0306"] = ("gGaA", "ğĞăĂ"),
        ["\u0307"] = ("zZIe", "żŻİė"),
        ["\u0304"] = ("aeiouAEIOU", "āēīōūĀĒĪŌŪ"),
    };

    private static void AddSegment(List<PdfSegment> segments, List<PdfGlyph> run, double lineSize)
    {
        var visible = run.Where(g => !g.IsSpace && !g.IsSoftHyphen).ToList();
        if (visible.Count == 0)
        {
            return;
        }

        var segment = new PdfSegment
        {
            Text = string.Empty,
            Left = visible.Min(g => g.BoxLeft),
            Right = visible.Max(g => g.BoxRight),
            Size = DominantSize(run),
        };
        var sb = new StringBuilder();
        var pendingSpace = false;
        double? previousRight = null;
        var softHyphenAtEnd = false;
        for (var i = 0; i < run.Count; i++)
        {
            var glyph = run[i];
            if (glyph.IsSpace)
            {
                pendingSpace = true;
                continue;
            }

            if (glyph.IsSoftHyphen)
            {
                softHyphenAtEnd = true;
                continue;
            }

            softHyphenAtEnd = false;
            if (previousRight is { } pr && glyph.X - pr > WordGapRatio * Math.Min(lineSize, Math.Max(glyph.Size, 1)))
            {
                pendingSpace = true;
            }

            if (glyph.IsSuperscript && IsDigits(glyph.Text))
            {
                var digits = new StringBuilder(glyph.Text);
                var end = glyph.Right;
                var j = i + 1;
                while (j < run.Count && run[j].IsSuperscript && IsDigits(run[j].Text) && run[j].X - end < WordGapRatio * lineSize)
                {
                    digits.Append(run[j].Text);
                    end = run[j].Right;
                    j++;
                }

                if (digits.Length <= 3 && int.TryParse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    if (sb.Length == 0 && segment.LeadNumber is null && segment.Markers.Count == 0)
                    {
                        segment.LeadNumber = number;
                        pendingSpace = false;
                    }
                    else
                    {
                        segment.Markers.Add((number, sb.Length));
                    }

                    previousRight = end;
                    i = j - 1;
                    continue;
                }
            }

            if (pendingSpace && sb.Length > 0)
            {
                sb.Append(' ');
            }

            pendingSpace = false;
            sb.Append(glyph.Text);
            previousRight = glyph.Right;
        }

        segment.Text = sb.ToString();
        segment.EndsWithSoftHyphen = softHyphenAtEnd;
        segments.Add(segment);
    }

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
