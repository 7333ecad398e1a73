using GovText.Documents;
using GovText.Documents.Text;
using GovText.Parliament;

namespace GovText;

/// <summary>
/// Reads and parses Kamervragen documents with fixed settings: bytes → <see cref="SourceDocument"/> (Documents
/// stage) → <see cref="KamervraagDocument"/> (Parliament stage). Make one with <see cref="GovTextPipelineBuilder"/>
/// or dependency injection (<c>services.AddGovText()</c>), or use <see cref="Default"/>.
/// </summary>
/// <remarks>Immutable and thread-safe: build once and reuse it for every document, from any thread.</remarks>
/// <example>
/// <code>
/// var doc = GovTextPipeline.Default.Open("ah-tk-20232024-1314.pdf");
/// foreach (var result in GovTextPipeline.Default.ParseMany(Directory.GetFiles("downloads")))
///     Console.WriteLine(result.Succeeded ? result.Document.Id : result.Error.Message);
/// </code>
/// </example>
public sealed class GovTextPipeline
{
    private readonly DocumentReader _reader;
    private readonly KamervragenParser _parser;

    internal GovTextPipeline(DocumentReader reader, KamervragenParser parser, ParserOptions parserOptions)
    {
        _reader = reader;
        _parser = parser;
        ParserOptions = parserOptions;
    }

    /// <summary>The pipeline with all built-in readers, default limits and lenient parsing.</summary>
    public static GovTextPipeline Default { get; } = new GovTextPipelineBuilder().Build();

    /// <summary>The reader limits in force.</summary>
    public ReaderOptions ReaderOptions => _reader.Options;

    /// <summary>The parser options in force.</summary>
    public ParserOptions ParserOptions { get; }

    /// <summary>Reads and parses a file; the format is detected from the content, then the extension.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="GovTextException">The file cannot be read or is not a Kamervragen document (in strict
    /// mode also: it has an error diagnostic); the message names the file and position.</exception>
    public KamervraagDocument Open(string path) => Open(path, ParserOptions);

    /// <summary>Reads and parses bytes.</summary>
    /// <param name="bytes">The document bytes.</param>
    /// <param name="fileName">A file name for format detection by extension, diagnostics and citations.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="GovTextException">The input cannot be read or is not a Kamervragen document.</exception>
    public KamervraagDocument Parse(ReadOnlyMemory<byte> bytes, string? fileName = null) => Parse(bytes, fileName, ParserOptions);

    /// <summary>Parses text that is already decoded, for example a text extraction made by another tool.</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">A name for diagnostics and citations.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="GovTextException">The text has no Kamervragen structure.</exception>
    public KamervraagDocument ParseText(string text, string? name = null) => ParseText(text, name, ParserOptions);

    /// <summary>
    /// Reads and parses files one after the other, lazily and in the given order. A file that fails does not stop
    /// the run: its <see cref="FileParseResult.Error"/> is set instead.
    /// </summary>
    /// <param name="paths">The files.</param>
    /// <param name="progress">Receives a <see cref="ParseProgress"/> after each file; may be null.</param>
    /// <param name="cancellationToken">Checked before each file.</param>
    /// <returns>One result per path, yielded as soon as the file is done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Enumeration continued after cancellation was requested.</exception>
    public IEnumerable<FileParseResult> ParseMany(IEnumerable<string> paths, IProgress<ParseProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Iterate(paths, progress, cancellationToken);
    }

    internal KamervraagDocument Open(string path, ParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _parser.Parse(_reader.ReadFile(path), options);
    }

    internal KamervraagDocument Parse(ReadOnlyMemory<byte> bytes, string? fileName, ParserOptions options) =>
        _parser.Parse(_reader.Read(bytes, fileName), options);

    internal KamervraagDocument ParseText(string text, string? name, ParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _parser.Parse(TextSourceReader.Instance.ReadString(text, name, _reader.Options), options);
    }

    private IEnumerable<FileParseResult> Iterate(IEnumerable<string> paths, IProgress<ParseProgress>? progress, CancellationToken cancellationToken)
    {
        int? total = paths switch
        {
            IReadOnlyCollection<string> c => c.Count,
            ICollection<string> c => c.Count,
            _ => null,
        };
        var completed = 0;
        var failed = 0;
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FileParseResult result;
            try
            {
                result = new FileParseResult(path, Open(path ?? throw new ArgumentException("ParseMany: a path is null.", nameof(paths))), null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                failed++;
                result = new FileParseResult(path ?? string.Empty, null, ex);
            }

            completed++;
            progress?.Report(new ParseProgress(completed, total, result.Path, failed));
            yield return result;
        }
    }
}
