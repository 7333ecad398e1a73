namespace GovText.Documents;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information: something was normalised or recorded (for example stripped page furniture).</summary>
    Info,

    /// <summary>The input deviates from the expected structure; the parser recovered and says how.</summary>
    Warning,

    /// <summary>Part of the input could not be read or placed.</summary>
    Error,
}

/// <summary>
/// A message about the input, naming the file and the position it concerns. Parsers never drop text silently:
/// anything they cannot place is reported as a diagnostic.
/// </summary>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Code">A stable machine-readable code such as <c>GT1001</c>.</param>
/// <param name="Message">A human-readable message.</param>
/// <param name="File">The file the diagnostic is about, when known.</param>
/// <param name="Page">The 1-based page, when known.</param>
/// <param name="Offset">The character offset into <see cref="SourceDocument.Text"/>, when known.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, string? File, int? Page, int? Offset)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = File ?? "<input>";
        if (Page is { } p)
        {
            where += $", page {p}";
        }

        if (Offset is { } o)
        {
            where += $", offset {o}";
        }

        return $"{where}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}
