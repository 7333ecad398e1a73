using System.Text.RegularExpressions;

namespace GovText.Documents.Pdf;

/// <summary>
/// Recognises page furniture of official Tweede/Eerste Kamer publications by position (top or bottom margin) and
/// pattern. Generic: no file names, no document ids.
/// </summary>
internal static partial class PdfFurniture
{
    /// <summary>Lines whose baseline lies in the bottom this-fraction of the page are in the footer margin.</summary>
    internal const double BottomMarginRatio = 0.10;

    /// <summary>Lines whose top lies in the top this-fraction of the page are in the header margin.</summary>
    internal const double TopMarginRatio = 0.10;

    /// <summary>A number printed at least this many times the body font size is a chamber marker, not text.</summary>
    internal const double ChamberMarkerSizeRatio = 2.5;

    /// <summary>Publication id footers: "ah-tk-20232024-1314", "kv-tk-2024Z18796", "kst-36200-VII-12".</summary>
    [GeneratedRegex(@"^[a-z]{2,4}-[a-z]{2,3}-[0-9]{4}[0-9A-Za-z]*(?:-[0-9A-Za-z]+)*$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    internal static partial Regex IdFooter();

    /// <summary>"ISSN 0921 - 7398".</summary>
    [GeneratedRegex(@"^ISSN\s*[0-9]{4}\s*[-–]\s*[0-9]{3}[0-9X]$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    internal static partial Regex Issn();

    /// <summary>"’s-Gravenhage 2024".</summary>
    [GeneratedRegex(@"^['’‘]s[-‐]Gravenhage\s+[0-9]{4}$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    internal static partial Regex Imprint();

    /// <summary>"Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", optionally with a page number before or after.</summary>
    [GeneratedRegex(@"^(?:(?<pre>[0-9]{1,4})\s+)?(?<footer>(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+[0-9]{4}\s*[–-]\s*[0-9]{4}(?:,\s*[^,0-9][^,]*?)?)(?:\s+(?<post>[0-9]{1,4}))?$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    internal static partial Regex RunningFooter();

    /// <summary>A bare page number.</summary>
    [GeneratedRegex(@"^[0-9]{1,4}$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    internal static partial Regex PageNumber();

    /// <summary>Classifies one segment of a line; returns the pieces of furniture it consists of, or null when it is text.</summary>
    /// <param name="text">The segment text.</param>
    /// <param name="inMargin">Whether the segment lies in the top or bottom page margin.</param>
    /// <param name="isHuge">Whether its font is far larger than body text.</param>
    internal static List<(FurnitureKind Kind, string Text)>? Classify(string text, bool inMargin, bool isHuge)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (isHuge && PageNumber().IsMatch(text) && text.Length <= 2)
        {
            return [(FurnitureKind.Other, text)];
        }

        if (!inMargin)
        {
            return null;
        }

        if (IdFooter().IsMatch(text))
        {
            return [(FurnitureKind.IdFooter, text)];
        }

        if (Issn().IsMatch(text))
        {
            return [(FurnitureKind.Issn, text)];
        }

        if (Imprint().IsMatch(text))
        {
            return [(FurnitureKind.Imprint, text)];
        }

        if (PageNumber().IsMatch(text))
        {
            return [(FurnitureKind.PageNumber, text)];
        }

        var footer = RunningFooter().Match(text);
        if (footer.Success)
        {
            var result = new List<(FurnitureKind, string)>();
            if (footer.Groups["pre"].Success)
            {
                result.Add((FurnitureKind.PageNumber, footer.Groups["pre"].Value));
            }

            result.Add((FurnitureKind.RunningFooter, footer.Groups["footer"].Value));
            if (footer.Groups["post"].Success)
            {
                result.Add((FurnitureKind.PageNumber, footer.Groups["post"].Value));
            }

            return result;
        }

        return null;
    }
}
