namespace GovText.Documents;

/// <summary>Limits and switches for the document readers. Immutable; derive variants with <c>with</c>.</summary>
public sealed record ReaderOptions
{
    /// <summary>The defaults: 64 MiB input, 2,000 pages, nesting depth 256, 2,000,000 markup nodes.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>Maximum input size in bytes (default 64 MiB).</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Maximum number of PDF pages (default 2,000).</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>Maximum element nesting depth for HTML and XML (default 256); deeper content is flattened with a diagnostic.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Maximum number of markup nodes for HTML and XML (default 2,000,000).</summary>
    public int MaxNodes { get; init; } = 2_000_000;

    /// <summary>Strip PDF page furniture (running footers, ISSN, imprint, id footer, page numbers). Default true.</summary>
    public bool StripFurniture { get; init; } = true;
}

/// <summary>Reads bytes of one format into a <see cref="SourceDocument"/>.</summary>
public interface ISourceReader
{
    /// <summary>The format this reader produces.</summary>
    SourceFormat Format { get; }

    /// <summary>Reads a document.</summary>
    /// <param name="bytes">The raw bytes.</param>
    /// <param name="file">File name for diagnostics and citations.</param>
    /// <param name="options">Limits.</param>
    /// <returns>The document.</returns>
    /// <exception cref="GovTextException">The input cannot be read; the message names the file and position.</exception>
    SourceDocument Read(ReadOnlyMemory<byte> bytes, string? file, ReaderOptions options);
}
