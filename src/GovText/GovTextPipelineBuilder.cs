using GovText.Documents;
using GovText.Parliament;

namespace GovText;

/// <summary>
/// Collects the settings of a <see cref="GovTextPipeline"/>: reader limits, parser strictness, readers and
/// extensions. <see cref="Build"/> freezes a copy; the builder can be changed and built again afterwards.
/// </summary>
/// <remarks>Mutable and not thread-safe: build on one thread, then share the pipeline.</remarks>
/// <example>
/// <code>
/// var pipeline = new GovTextPipelineBuilder()
///     .WithReaderOptions(ReaderOptions.Default with { MaxPages = 200 })
///     .UseStrictParsing()
///     .Build();
/// var doc = pipeline.Open("ah-tk-20232024-1314.pdf");
/// </code>
/// </example>
public sealed class GovTextPipelineBuilder
{
    private readonly Dictionary<SourceFormat, ISourceReader> _readers = [];
    private readonly List<IGovTextExtension> _extensions = [];

    /// <summary>Creates a builder with the built-in readers and default options.</summary>
    public GovTextPipelineBuilder()
    {
        foreach (var reader in DocumentReader.BuiltInReaders())
        {
            _readers[reader.Format] = reader;
        }
    }

    /// <summary>Limits for the document readers (default <see cref="ReaderOptions.Default"/>).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ReaderOptions ReaderOptions
    {
        get;
        set => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ReaderOptions.Default;

    /// <summary>Options of the Parliament stage (default <see cref="ParserOptions.Default"/>, lenient).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ParserOptions ParserOptions
    {
        get;
        set => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ParserOptions.Default;

    /// <summary>The readers that will be used, one per format.</summary>
    public IReadOnlyCollection<ISourceReader> Readers => _readers.Values;

    /// <summary>The extensions added with <see cref="Use"/>, in order.</summary>
    public IReadOnlyList<IGovTextExtension> Extensions => _extensions;

    /// <summary>Sets the reader limits.</summary>
    /// <param name="options">The limits.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public GovTextPipelineBuilder WithReaderOptions(ReaderOptions options)
    {
        ReaderOptions = options;
        return this;
    }

    /// <summary>Sets the parser options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public GovTextPipelineBuilder WithParserOptions(ParserOptions options)
    {
        ParserOptions = options;
        return this;
    }

    /// <summary>Makes the parser throw on the first error diagnostic instead of recovering.</summary>
    /// <param name="strict">True for strict parsing (the default of this method), false for lenient.</param>
    /// <returns>This builder.</returns>
    public GovTextPipelineBuilder UseStrictParsing(bool strict = true)
    {
        ParserOptions = ParserOptions with { Strict = strict };
        return this;
    }

    /// <summary>Applies a <see cref="GovTextOptions"/> object (reader limits and strictness).</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is invalid; the message lists every invalid value.</exception>
    public GovTextPipelineBuilder Configure(GovTextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        ReaderOptions = options.ToReaderOptions();
        ParserOptions = options.ToParserOptions();
        return this;
    }

    /// <summary>Adds or replaces the reader of a format.</summary>
    /// <param name="reader">The reader; it replaces the reader of the same <see cref="ISourceReader.Format"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public GovTextPipelineBuilder UseReader(ISourceReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _readers[reader.Format] = reader;
        return this;
    }

    /// <summary>Adds an extension; adding a second extension of the same type does nothing.</summary>
    /// <param name="extension">The extension.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    public GovTextPipelineBuilder Use(IGovTextExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        if (!_extensions.Exists(e => e.GetType() == extension.GetType()))
        {
            _extensions.Add(extension);
        }

        return this;
    }

    /// <summary>Runs the extensions and freezes the settings into a pipeline.</summary>
    /// <returns>An immutable, thread-safe pipeline.</returns>
    public GovTextPipeline Build()
    {
        foreach (var extension in _extensions.ToList())
        {
            extension.Setup(this);
        }

        return new GovTextPipeline(new DocumentReader(_readers.Values, ReaderOptions), KamervragenParser.Default, ParserOptions);
    }
}
