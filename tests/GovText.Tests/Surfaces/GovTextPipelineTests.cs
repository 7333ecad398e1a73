using GovText.Documents;
using GovText.Parliament;
using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Surfaces;

public sealed class GovTextPipelineTests
{
    private const string NoKamervragen = "Dit is een gewone tekst zonder vragen of antwoorden.\nNog een regel.\n";

    [Fact]
    public void Open_DemoDocument_ParsesHeaderAndPairs()
    {
        var doc = GovTextPipeline.Default.Open(DemoDocument.Path);
        Assert.Equal(DemoDocument.Id, doc.Id);
        Assert.Equal(["Van Ginneken", "Bouchallikh"], doc.Askers.Select(a => a.Name));
        Assert.Equal(["D66", "GroenLinks"], doc.Askers.Select(a => a.Party));
        Assert.Equal(4, doc.Questions.Length);
        Assert.All(doc.Pairs(), p => Assert.NotNull(p.Answer));
    }

    [Fact]
    public void ParseAndParseText_SameDocument_SameResultAsOpen()
    {
        var opened = GovTextPipeline.Default.Open(DemoDocument.Path);
        var parsed = GovTextPipeline.Default.Parse(File.ReadAllBytes(DemoDocument.Path), "demo.txt");
        var text = GovTextPipeline.Default.ParseText(File.ReadAllText(DemoDocument.Path), "demo.txt");
        Assert.Equal(opened.Questions.Select(q => q.Text), parsed.Questions.Select(q => q.Text));
        Assert.Equal(opened.Answers.Select(a => a.Text), text.Answers.Select(a => a.Text));
        Assert.Equal("demo.txt", text.Source.File);
    }

    [Fact]
    public void Kamervragen_FrontDoor_DelegatesToDefaultPipeline()
    {
        var viaFrontDoor = Kamervragen.Open(DemoDocument.Path);
        var viaPipeline = GovTextPipeline.Default.Open(DemoDocument.Path);
        Assert.Equal(viaPipeline.Id, viaFrontDoor.Id);
        Assert.Equal(viaPipeline.Coverage, viaFrontDoor.Coverage);
        Assert.Same(ReaderOptions.Default, GovTextPipeline.Default.ReaderOptions);
        Assert.False(GovTextPipeline.Default.ParserOptions.Strict);
    }

    [Fact]
    public void Build_ReaderLimit_AppliesToEveryRead()
    {
        var pipeline = new GovTextPipelineBuilder().WithReaderOptions(ReaderOptions.Default with { MaxBytes = 100 }).Build();
        var ex = Assert.Throws<DocumentTooLargeException>(() => pipeline.Open(DemoDocument.Path));
        Assert.Contains("ah-tk-20212022-105-demo.txt", ex.Message, StringComparison.Ordinal);
        Assert.Equal(100, pipeline.ReaderOptions.MaxBytes);
    }

    [Fact]
    public void Build_StrictParsing_ThrowsOnErrorDiagnostic()
    {
        var reader = new ErrorDiagnosticReader();
        var lenient = new GovTextPipelineBuilder().UseReader(reader).Build();
        Assert.Contains(lenient.Parse("x"u8.ToArray(), "x.txt").Diagnostics, d => d.Code == "GT0999");
        var strict = new GovTextPipelineBuilder().UseReader(reader).UseStrictParsing().Build();
        Assert.True(strict.ParserOptions.Strict);
        var ex = Assert.Throws<DocumentFormatException>(() => strict.Parse("x"u8.ToArray(), "x.txt"));
        Assert.Contains("page 2 unreadable", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_ChangedAfterBuild_DoesNotChangeBuiltPipeline()
    {
        var builder = new GovTextPipelineBuilder();
        var first = builder.Build();
        builder.UseStrictParsing().WithReaderOptions(ReaderOptions.Default with { MaxPages = 3 });
        var second = builder.Build();
        Assert.False(first.ParserOptions.Strict);
        Assert.Equal(ReaderOptions.Default.MaxPages, first.ReaderOptions.MaxPages);
        Assert.True(second.ParserOptions.Strict);
        Assert.Equal(3, second.ReaderOptions.MaxPages);
    }

    [Fact]
    public void Configure_InvalidOptions_ThrowsWithEveryProblem()
    {
        var options = new GovTextOptions { MaxPages = 0, MaxNodes = -1 };
        var ex = Assert.Throws<ArgumentException>(() => new GovTextPipelineBuilder().Configure(options));
        Assert.Contains("MaxPages must be positive (was 0)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MaxNodes must be positive (was -1)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configure_ValidOptions_MapsToReaderAndParserOptions()
    {
        var options = new GovTextOptions { MaxBytes = 1000, MaxPages = 5, MaxDepth = 7, MaxNodes = 9, StripFurniture = false, Strict = true };
        var pipeline = new GovTextPipelineBuilder().Configure(options).Build();
        Assert.Equal(new ReaderOptions { MaxBytes = 1000, MaxPages = 5, MaxDepth = 7, MaxNodes = 9, StripFurniture = false }, pipeline.ReaderOptions);
        Assert.True(pipeline.ParserOptions.Strict);
        Assert.Empty(new GovTextOptions().Validate());
    }

    [Fact]
    public void UseReader_ReplacesReaderOfThatFormat()
    {
        var fake = new FixedTextReader("Vraag 1\nKlopt dit?\n\nAntwoord 1\nJa.\n");
        var pipeline = new GovTextPipelineBuilder().UseReader(fake).Build();
        var doc = pipeline.Parse("anything"u8.ToArray(), "x.txt");
        Assert.Equal("Klopt dit?", Assert.Single(doc.Questions).Text);
    }

    [Fact]
    public void Use_SameExtensionTypeTwice_SetsUpOnce()
    {
        var builder = new GovTextPipelineBuilder();
        var extension = new CountingExtension();
        builder.Use(extension).Use(new CountingExtension());
        builder.Build();
        Assert.Single(builder.Extensions);
        Assert.Equal(1, extension.Calls);
    }

    [Fact]
    public void ParseMany_MixedFiles_YieldsResultsInOrderWithErrorsAsValues()
    {
        var dir = Directory.CreateTempSubdirectory("govtext-many-");
        try
        {
            var empty = Path.Combine(dir.FullName, "empty.pdf");
            File.WriteAllBytes(empty, []);
            var notKv = Path.Combine(dir.FullName, "note.txt");
            File.WriteAllText(notKv, NoKamervragen);
            var missing = Path.Combine(dir.FullName, "missing.pdf");
            string[] paths = [DemoDocument.Path, empty, notKv, missing];
            var reports = new List<ParseProgress>();
            var results = GovTextPipeline.Default.ParseMany(paths, new SyncProgress(reports)).ToList();

            Assert.Equal(paths, results.Select(r => r.Path));
            Assert.True(results[0].Succeeded);
            Assert.Equal(DemoDocument.Id, results[0].Document!.Id);
            Assert.IsType<DocumentFormatException>(results[1].Error);
            Assert.IsType<NotKamervragenException>(results[2].Error);
            Assert.Contains("file not found", results[3].Error!.Message, StringComparison.Ordinal);
            Assert.Equal([1, 2, 3, 4], reports.Select(r => r.Completed));
            Assert.All(reports, r => Assert.Equal(4, r.Total));
            Assert.Equal(3, reports[^1].Failed);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void ParseMany_IsLazyAndHonoursCancellation()
    {
        using var cts = new CancellationTokenSource();
        var reports = new List<ParseProgress>();
        var results = GovTextPipeline.Default.ParseMany(ThreeTimes(DemoDocument.Path), new SyncProgress(reports), cts.Token);
        Assert.Empty(reports); // nothing happens before enumeration
        using var e = results.GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Null(reports[0].Total); // not a collection: total unknown
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => e.MoveNext());
        Assert.Throws<ArgumentNullException>(() => GovTextPipeline.Default.ParseMany(null!));
    }

    [Fact]
    public void Pipeline_SharedAcrossThreads_GivesSameResults()
    {
        var pipeline = new GovTextPipelineBuilder().Build();
        var ids = new string?[16];
        Parallel.For(0, ids.Length, i => ids[i] = pipeline.Open(DemoDocument.Path).Id);
        Assert.All(ids, id => Assert.Equal(DemoDocument.Id, id));
    }

    private static IEnumerable<string> ThreeTimes(string path)
    {
        for (var i = 0; i < 3; i++)
        {
            yield return path;
        }
    }

    private sealed class SyncProgress(List<ParseProgress> reports) : IProgress<ParseProgress>
    {
        public void Report(ParseProgress value) => reports.Add(value);
    }

    private sealed class CountingExtension : IGovTextExtension
    {
        public int Calls { get; private set; }

        public void Setup(GovTextPipelineBuilder builder) => Calls++;
    }

    private sealed class ErrorDiagnosticReader : ISourceReader
    {
        public SourceFormat Format => SourceFormat.Text;

        public SourceDocument Read(ReadOnlyMemory<byte> bytes, string? file, ReaderOptions options) =>
            new(file, SourceFormat.Text, "Vraag 1\nWaarom?", [new SourcePage(1, 0, 15)],
                [new TextLine(1, 0, 7, LineKind.Body, null, null, false), new TextLine(1, 8, 15, LineKind.Body, null, null, false)],
                diagnostics: [new Diagnostic(DiagnosticSeverity.Error, "GT0999", "page 2 unreadable", file, 2, null)]);
    }

    private sealed class FixedTextReader(string text) : ISourceReader
    {
        public SourceFormat Format => SourceFormat.Text;

        public SourceDocument Read(ReadOnlyMemory<byte> bytes, string? file, ReaderOptions options) =>
            GovText.Documents.Text.TextSourceReader.Instance.ReadString(text, file, options);
    }
}
