using System.Diagnostics.CodeAnalysis;
using GovText.Documents;
using GovText.Parliament;

namespace GovText;

/// <summary>
/// The outcome of one file of <see cref="GovTextPipeline.ParseMany"/>: either the parsed document or the error.
/// Immutable.
/// </summary>
public sealed record FileParseResult
{
    internal FileParseResult(string path, KamervraagDocument? document, Exception? error)
    {
        Path = path;
        Document = document;
        Error = error;
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>The parsed document, or null when the file failed.</summary>
    public KamervraagDocument? Document { get; }

    /// <summary>
    /// Why the file failed, or null on success. Usually a <see cref="GovTextException"/> that names the file and
    /// position; any other exception type is a GovText bug (please report it with the file).
    /// </summary>
    public Exception? Error { get; }

    /// <summary>True when <see cref="Document"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Document is not null;
}

/// <summary>Progress of <see cref="GovTextPipeline.ParseMany"/>, reported after each file.</summary>
/// <param name="Completed">Files finished so far, including <paramref name="Path"/>.</param>
/// <param name="Total">The number of files when the input is a collection; otherwise null.</param>
/// <param name="Path">The file just finished.</param>
/// <param name="Failed">Files that failed so far.</param>
public readonly record struct ParseProgress(int Completed, int? Total, string Path, int Failed);
