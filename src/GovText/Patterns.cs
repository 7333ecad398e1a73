using System.Text.RegularExpressions;

namespace GovText;

/// <summary>
/// The time limit of every regular expression GovText runs. A pattern that backtracks without end on some input
/// throws <see cref="RegexMatchTimeoutException"/> after this long instead of hanging; the stage that runs it turns
/// that into a diagnostic or a typed exception naming the file and position.
/// </summary>
internal static class Patterns
{
    /// <summary>The limit of one match, in milliseconds (ordinary sentences take well under a millisecond).</summary>
    internal const int TimeoutMilliseconds = 2000;

    /// <summary>The limit as a time span, for patterns built at run time from data.</summary>
    internal static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(TimeoutMilliseconds);
}
