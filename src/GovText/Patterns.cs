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

    /// <summary>
    /// True for a pattern that failed on some input: it ran past its time limit, or the regex engine itself failed. The
    /// second is real: the .NET 10 source generator's code for <c>\bzorg(?:t|en|de|den)?\s+(?:\S+\s+){0,4}?ervoor\s+dat</c>
    /// (case-insensitive) throws <see cref="IndexOutOfRangeException"/> on "… om ervoor te zorgen dat hun inwoners …",
    /// where the interpreter answers false (session 18). Such a failure is handled like a time-out, never passed to the
    /// caller.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns>Whether it came from a pattern.</returns>
    internal static bool Failed(Exception exception) =>
        exception is RegexMatchTimeoutException
        || (exception is IndexOutOfRangeException && exception.StackTrace?.Contains("System.Text.RegularExpressions", StringComparison.Ordinal) == true);
}
