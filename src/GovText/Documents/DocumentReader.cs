using System.Collections.Immutable;
using GovText.Documents.Text;

namespace GovText.Documents;

/// <summary>
/// Detects the format of a file or byte array (magic bytes first, then the extension) and dispatches to the
/// matching <see cref="ISourceReader"/>. Immutable and thread-safe.
/// </summary>
public sealed class DocumentReader
{
    private readonly ImmutableDictionary<SourceFormat, ISourceReader> _readers;

    /// <summary>Creates a dispatcher over the given readers.</summary>
    /// <param name="readers">Readers; later ones replace earlier ones of the same format.</param>
    /// <param name="options">Limits applied to every read.</param>
    public DocumentReader(IEnumerable<ISourceReader> readers, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(readers);
        var b = ImmutableDictionary.CreateBuilder<SourceFormat, ISourceReader>();
        foreach (var r in readers)
        {
            b[r.Format] = r;
        }

        _readers = b.ToImmutable();
        Options = options ?? ReaderOptions.Default;
    }

    /// <summary>The reader with all built-in formats and default limits.</summary>
    public static DocumentReader Default { get; } = new(BuiltInReaders());

    /// <summary>The limits in force.</summary>
    public ReaderOptions Options { get; }

    /// <summary>Returns a reader with other limits.</summary>
    /// <param name="options">The limits.</param>
    /// <returns>A new reader.</returns>
    public DocumentReader WithOptions(ReaderOptions options) => new(_readers.Values, options);

    /// <summary>The built-in readers.</summary>
    /// <returns>One reader per format.</returns>
    public static IEnumerable<ISourceReader> BuiltInReaders()
    {
        yield return TextSourceReader.Instance;
        foreach (var r in ExtraReaders.All)
        {
            yield return r;
        }
    }

    /// <summary>Reads a file.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The document.</returns>
    /// <exception cref="GovTextException">The file cannot be read; the message names the file.</exception>
    public SourceDocument ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new DocumentFormatException(path, null, null, "file not found");
            }

            if (info.Length > Options.MaxBytes)
            {
                throw new DocumentTooLargeException(path, Options.MaxBytes, $"file is {info.Length:N0} bytes, more than the limit of {Options.MaxBytes:N0}");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            throw new DocumentFormatException(path, null, null, "cannot read file: " + ex.Message, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentFormatException(path, null, null, "access denied: " + ex.Message, ex);
        }

        return Read(bytes, path);
    }

    /// <summary>Reads bytes, detecting the format.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="file">File name used for detection by extension, diagnostics and citations.</param>
    /// <param name="format">Force a format instead of detecting it.</param>
    /// <returns>The document.</returns>
    public SourceDocument Read(ReadOnlyMemory<byte> bytes, string? file, SourceFormat? format = null)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentFormatException(file, null, 0, "the file is empty");
        }

        if (bytes.Length > Options.MaxBytes)
        {
            throw new DocumentTooLargeException(file, Options.MaxBytes, $"input is {bytes.Length:N0} bytes, more than the limit of {Options.MaxBytes:N0}");
        }

        var detected = format ?? Detect(bytes.Span, file);
        if (!_readers.TryGetValue(detected, out var reader))
        {
            throw new DocumentFormatException(file, null, null, $"no reader for format {detected} is available");
        }

        try
        {
            return reader.Read(bytes, file, Options);
        }
        catch (Exception ex) when (Patterns.Failed(ex))
        {
            throw new DocumentFormatException(file, null, null, (ex is System.Text.RegularExpressions.RegexMatchTimeoutException ? "a text pattern exceeded its time limit" : "a text pattern failed in the regex engine") + " while reading (hostile or malformed text)", ex);
        }
    }

    /// <summary>Detects the format from magic bytes and, failing that, the extension.</summary>
    /// <param name="bytes">The first bytes (or all).</param>
    /// <param name="file">The file name.</param>
    /// <returns>The detected format.</returns>
    public static SourceFormat Detect(ReadOnlySpan<byte> bytes, string? file)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) is >= 0 and < 1024)
        {
            return SourceFormat.Pdf;
        }

        var ext = Path.GetExtension(file ?? string.Empty).ToLowerInvariant();
        var start = System.Text.Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (start.StartsWith("<!doctype html", StringComparison.Ordinal) || start.StartsWith("<html", StringComparison.Ordinal) || ext is ".html" or ".htm" or ".xhtml")
        {
            return SourceFormat.Html;
        }

        if (start.StartsWith("<?xml", StringComparison.Ordinal) || start.StartsWith("<officiele-publicatie", StringComparison.Ordinal) || ext == ".xml")
        {
            return start.Contains("<html", StringComparison.Ordinal) ? SourceFormat.Html : SourceFormat.Xml;
        }

        if (ext is ".md" or ".markdown")
        {
            return SourceFormat.Markdown;
        }

        if (ext == ".pdf")
        {
            return SourceFormat.Pdf;
        }

        return SourceFormat.Text;
    }
}

/// <summary>Readers other than plain text, registered as they are implemented.</summary>
internal static class ExtraReaders
{
    public static IEnumerable<ISourceReader> All =>
        [Pdf.PdfSourceReader.Instance, Html.HtmlSourceReader.Instance, Xml.XmlSourceReader.Instance, Markdown.MarkdownSourceReader.Instance];
}
