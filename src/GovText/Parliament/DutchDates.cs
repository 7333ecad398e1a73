using System.Globalization;
using System.Text.RegularExpressions;

namespace GovText.Parliament;

/// <summary>Parses Dutch long-form dates such as "6 maart 2024".</summary>
public static partial class DutchDates
{
    private static readonly string[] s_months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>Tries to parse "6 maart 2024" (any case, flexible whitespace, "1e"/"1ste" tolerated).</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var m = DatePattern().Match(text ?? string.Empty);
        if (!m.Success)
        {
            return false;
        }

        var month = Array.IndexOf(s_months, m.Groups[2].Value.ToLowerInvariant()) + 1;
        var day = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        if (month < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The date pattern: day, month name, four-digit year.</summary>
    [GeneratedRegex(@"\b(\d{1,2})(?:e|ste|de)?\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s*(\d{4})\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    internal static partial Regex DatePattern();
}
