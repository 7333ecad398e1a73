using GovText.Documents;
using GovText.Parliament;

namespace GovText;

/// <summary>
/// Settings of a <see cref="GovTextPipeline"/> as a mutable object for configuration binding and dependency
/// injection (<c>services.AddGovText(o =&gt; o.Strict = true)</c>). Apps without DI can use
/// <see cref="GovTextPipelineBuilder.Configure(GovTextOptions)"/>; the pipeline copies the values when it is built.
/// </summary>
/// <remarks>Not thread-safe: configure it once, then build. Defaults equal <see cref="ReaderOptions.Default"/> and
/// <see cref="ParserOptions.Default"/>.</remarks>
public sealed class GovTextOptions
{
    /// <summary>Maximum input size in bytes (default 64 MiB). Must be positive.</summary>
    public long MaxBytes { get; set; } = ReaderOptions.Default.MaxBytes;

    /// <summary>Maximum number of PDF pages (default 2,000). Must be positive.</summary>
    public int MaxPages { get; set; } = ReaderOptions.Default.MaxPages;

    /// <summary>Maximum element nesting depth for HTML and XML (default 256). Must be positive.</summary>
    public int MaxDepth { get; set; } = ReaderOptions.Default.MaxDepth;

    /// <summary>Maximum number of markup nodes for HTML and XML (default 2,000,000). Must be positive.</summary>
    public int MaxNodes { get; set; } = ReaderOptions.Default.MaxNodes;

    /// <summary>Strip PDF page furniture (running footers, ISSN, imprint, id footer, page numbers). Default true.</summary>
    public bool StripFurniture { get; set; } = ReaderOptions.Default.StripFurniture;

    /// <summary>
    /// Throw a <see cref="DocumentFormatException"/> for the first error diagnostic instead of recovering
    /// (default false: lenient, with diagnostics).
    /// </summary>
    public bool Strict { get; set; } = ParserOptions.Default.Strict;

    /// <summary>Checks the values.</summary>
    /// <returns>One message per invalid value, naming the property and the value; empty when all are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxBytes <= 0)
        {
            errors.Add($"GovTextOptions.MaxBytes must be positive (was {MaxBytes}).");
        }

        if (MaxPages <= 0)
        {
            errors.Add($"GovTextOptions.MaxPages must be positive (was {MaxPages}).");
        }

        if (MaxDepth <= 0)
        {
            errors.Add($"GovTextOptions.MaxDepth must be positive (was {MaxDepth}).");
        }

        if (MaxNodes <= 0)
        {
            errors.Add($"GovTextOptions.MaxNodes must be positive (was {MaxNodes}).");
        }

        return errors;
    }

    /// <summary>The reader limits these options describe.</summary>
    /// <returns>A new <see cref="ReaderOptions"/>.</returns>
    public ReaderOptions ToReaderOptions() => new()
    {
        MaxBytes = MaxBytes,
        MaxPages = MaxPages,
        MaxDepth = MaxDepth,
        MaxNodes = MaxNodes,
        StripFurniture = StripFurniture,
    };

    /// <summary>The parser options these options describe.</summary>
    /// <returns>A new <see cref="ParserOptions"/>.</returns>
    public ParserOptions ToParserOptions() => new() { Strict = Strict };
}
