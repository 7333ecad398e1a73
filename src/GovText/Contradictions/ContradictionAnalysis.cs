using System.Collections.Immutable;
using System.Security.Cryptography;
using GovText.Claims;
using GovText.Documents;
using GovText.Documents.Reporting;
using GovText.Parliament;

namespace GovText.Contradictions;

/// <summary>The result of a contradiction run: findings, counts and per-file diagnostics. Immutable.</summary>
public sealed record ContradictionAnalysis
{
    /// <summary>Findings, best first.</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    /// <summary>Diagnostics per file (unreadable, duplicate, undated, not Dutch, …).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Number of denials considered.</summary>
    public int Denials { get; init; }

    /// <summary>Number of evidence claims indexed.</summary>
    public int EvidenceClaims { get; init; }

    /// <summary>Files read.</summary>
    public ImmutableArray<string> Files { get; init; } = [];
}

/// <summary>Options of a run.</summary>
public sealed record ContradictionRunOptions
{
    /// <summary>The defaults.</summary>
    public static ContradictionRunOptions Default { get; } = new();

    /// <summary>Also use denials quoted inside the reporting (always done when no statements are given).</summary>
    public bool IncludeReportedDenials { get; init; }

    /// <summary>The finder options.</summary>
    public FinderOptions Finder { get; init; } = FinderOptions.Default;

    /// <summary>An index to use instead of a new in-memory one (for example a <see cref="LuceneClaimIndex"/>).</summary>
    public IClaimIndex? Index { get; init; }
}

/// <summary>
/// The front door of the Contradictions stage: reads statements (Kamervragen answers, or any document with denials)
/// and reporting (news HTML, Markdown, text, later Kamervragen), extracts claims, indexes the evidence and finds the
/// denials it contradicts. Unreadable, duplicate or empty files become diagnostics; the run always completes.
/// </summary>
public static class Contradictions
{
    /// <summary>Runs the finder over files and folders.</summary>
    /// <param name="statements">Statement files or folders (may be empty).</param>
    /// <param name="reporting">Reporting files or folders.</param>
    /// <param name="options">Options; null for defaults.</param>
    /// <param name="progress">Receives the name of each file as it is read.</param>
    /// <param name="cancellationToken">Cancels between files and denials.</param>
    /// <returns>The analysis.</returns>
    public static ContradictionAnalysis Run(IEnumerable<string> statements, IEnumerable<string> reporting, ContradictionRunOptions? options = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(reporting);
        options ??= ContradictionRunOptions.Default;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var files = ImmutableArray.CreateBuilder<string>();
        var seenHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var statementFiles = Expand(statements, diagnostics).ToList();
        var reportingFiles = Expand(reporting, diagnostics).ToList();

        var denials = new List<Claim>();
        var evidence = new List<Claim>();
        var useReported = options.IncludeReportedDenials || statementFiles.Count == 0;
        foreach (var (file, isStatement) in statementFiles.Select(f => (f, true)).Concat(reportingFiles.Select(f => (f, false))))
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(file);
            if (Load(file, seenHashes, diagnostics) is not { } bytes)
            {
                continue;
            }

            files.Add(file);
            var claims = ClaimsOf(bytes, file, diagnostics);
            if (!isStatement && claims.Count == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "GT3003", "No claims found in this reporting (empty, not Dutch, or not prose).", file, null, null));
            }

            evidence.AddRange(claims.Where(ContradictionFinder.IsEvidence));
            if (isStatement)
            {
                denials.AddRange(claims.Where(ContradictionFinder.IsDenial));
            }
            else if (useReported)
            {
                // Reporting: the denials it quotes or reports, not the journalist's own negative sentences ("Formeel zijn de
                // haltes niet verdwenen").
                denials.AddRange(claims.Where(c => ContradictionFinder.IsDenial(c) && c.Speaker?.Role != "reporter"));
            }
        }

        var index = options.Index ?? new InMemoryClaimIndex();
        try
        {
            index.Add(evidence);
            var finder = new ContradictionFinder(options.Finder);
            var findings = finder.Find(denials, index);
            return new ContradictionAnalysis
            {
                Findings = findings,
                Diagnostics = diagnostics.ToImmutable(),
                Denials = denials.Count,
                EvidenceClaims = evidence.Count,
                Files = files.ToImmutable(),
            };
        }
        finally
        {
            if (options.Index is null)
            {
                index.Dispose();
            }
        }
    }

    /// <summary>The claims of one file: a Kamervragen document when it is one, otherwise reporting.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="file">The file name.</param>
    /// <param name="diagnostics">Receives diagnostics.</param>
    /// <returns>The claims.</returns>
    public static IReadOnlyList<Claim> ClaimsOf(ReadOnlyMemory<byte> bytes, string file, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var claims = ClaimsOrUnreadable(bytes, file, diagnostics);
        foreach (var claim in claims.Where(c => c.Attribution == ClaimExtractor.NotAnalysedAttribution))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "GT3007", "A text pattern exceeded its time limit on this sentence; it is kept as a claim but not analysed.", file, claim.Span.Page, claim.Span.Start));
        }

        return claims;
    }

    private static IReadOnlyList<Claim> ClaimsOrUnreadable(ReadOnlyMemory<byte> bytes, string file, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            try
            {
                // Kamervragen in any format (official HTML included) first; anything else is reporting.
                return ClaimExtractor.Default.Extract(KamervragenParser.Default.Parse(DocumentReader.Default.Read(bytes, file)));
            }
            catch (NotKamervragenException)
            {
                // reporting
            }

            var article = ReportingReader.Default.Read(bytes, file);
            foreach (var d in article.Diagnostics)
            {
                diagnostics.Add(d);
            }

            if (!LooksDutch(article))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "GT3002", "The text does not look like Dutch; claim extraction is built for Dutch and may find nothing.", file, null, null));
            }

            return ClaimExtractor.Default.Extract(article);
        }
        catch (GovTextException ex)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "GT3004", "Unreadable: " + (ex.Reason ?? ex.Message), file, ex.Page, ex.Offset is { } o ? (int)Math.Min(o, int.MaxValue) : null));
            return [];
        }
    }

    private static bool LooksDutch(Article article)
    {
        var words = article.Paragraphs.SelectMany(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Take(2000).Select(w => w.Trim('.', ',', '“', '”', '"').ToLowerInvariant()).ToList();
        if (words.Count < 20)
        {
            return true;
        }

        var dutch = new HashSet<string>(StringComparer.Ordinal) { "de", "het", "een", "en", "van", "dat", "niet", "is", "op", "te", "in", "voor", "met", "zijn", "die", "er", "aan", "ook", "heeft", "wordt" };
        return words.Count(dutch.Contains) >= words.Count * 0.08;
    }

    private static byte[]? Load(string file, Dictionary<string, string> seenHashes, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        try
        {
            var info = new FileInfo(file);
            if (info.Length > ReaderOptions.Default.MaxBytes)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "GT3005", $"File too large ({info.Length:N0} bytes).", file, null, null));
                return null;
            }

            var bytes = File.ReadAllBytes(file);
            var hash = Convert.ToHexString(SHA256.HashData(bytes));
            if (seenHashes.TryGetValue(hash, out var first))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "GT3006", $"Duplicate of {Path.GetFileName(first)}; skipped.", file, null, null));
                return null;
            }

            seenHashes[hash] = file;
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "GT3004", "Unreadable: " + ex.Message, file, null, null));
            return null;
        }
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
                {
                    yield return f;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "GT3004", "File or folder not found.", path, null, null));
            }
        }
    }
}
