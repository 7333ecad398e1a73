using GovText.Documents;
using GovText.Parliament;

namespace GovText;

/// <summary>
/// The front door for scripts: one call to open a Kamervragen document in any supported format
/// (PDF, HTML, official XML, Markdown, text) and get the parsed, source-located model. A thin wrapper over
/// <see cref="GovTextPipeline.Default"/>; apps that need other limits build their own <see cref="GovTextPipeline"/>.
/// </summary>
/// <remarks>Thread-safe.</remarks>
/// <example>
/// <code>
/// var doc = Kamervragen.Open("ah-tk-20232024-1314.pdf");
/// foreach (var (q, a) in doc.Pairs()) Console.WriteLine($"{q.Numbers[0]}: {q.Text} → {a?.Text}");
/// </code>
/// </example>
public static class Kamervragen
{
    /// <summary>Reads and parses a file with default options.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="parserOptions">Parser options; null for lenient defaults.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="GovTextException">The file cannot be read or is not a Kamervragen document; the message names the file.</exception>
    public static KamervraagDocument Open(string path, ParserOptions? parserOptions = null) =>
        GovTextPipeline.Default.Open(path, parserOptions ?? GovTextPipeline.Default.ParserOptions);

    /// <summary>Reads and parses bytes.</summary>
    /// <param name="bytes">The document bytes.</param>
    /// <param name="fileName">A file name for format detection, diagnostics and citations.</param>
    /// <param name="parserOptions">Parser options; null for lenient defaults.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="GovTextException">The input cannot be read or is not a Kamervragen document.</exception>
    public static KamervraagDocument Parse(ReadOnlyMemory<byte> bytes, string? fileName = null, ParserOptions? parserOptions = null) =>
        GovTextPipeline.Default.Parse(bytes, fileName, parserOptions ?? GovTextPipeline.Default.ParserOptions);

    /// <summary>Parses text that is already decoded (for example a text extraction from another tool).</summary>
    /// <param name="text">The text.</param>
    /// <param name="fileName">A name for diagnostics and citations.</param>
    /// <param name="parserOptions">Parser options; null for lenient defaults.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="NotKamervragenException">The text has no Kamervragen structure.</exception>
    public static KamervraagDocument ParseText(string text, string? fileName = null, ParserOptions? parserOptions = null) =>
        GovTextPipeline.Default.ParseText(text, fileName, parserOptions ?? GovTextPipeline.Default.ParserOptions);
}
