using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using GovText.Claims;
using GovText.Documents.Reporting;
using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Claims;

/// <summary>
/// No regular expression of GovText may run without a time limit: a pattern that backtracks without end on hostile
/// text must fail fast and be turned into a diagnostic, not hang the caller (docs/cli.md, "Diagnostic codes").
/// </summary>
public sealed partial class PatternTimeLimitTests
{
    // The shape that made the .NET 10 regex source generator's code throw IndexOutOfRangeException (session 18): an optional
    // alternation, then a lazy bounded loop, case-insensitive. The interpreter answers false on the same input.
    [GeneratedRegex(@"\bzorg(?:t|en|de|den)?\s+(?:\S+\s+){0,4}?ervoor\s+dat", RegexOptions.IgnoreCase)]
    private static partial Regex GeneratorFaultShape();

    private const string GeneratorFaultInput = "Ik weet dat gemeenten zich inzetten om ervoor te zorgen dat hun inwoners passende ondersteuning krijgen, maar dat dat niet in alle gevallen in korte tijd lukt.";

    [Fact]
    public void AFailureInsideTheRegexEngine_IsHandledLikeATimeOut()
    {
        Assert.DoesNotMatch(new Regex(@"\bzorg(?:t|en|de|den)?\s+(?:\S+\s+){0,4}?ervoor\s+dat", RegexOptions.IgnoreCase), GeneratorFaultInput);
        try
        {
            // When the runtime is fixed this no longer throws, and the test still holds.
            GeneratorFaultShape().IsMatch(GeneratorFaultInput);
        }
        catch (IndexOutOfRangeException e)
        {
            Assert.True(Patterns.Failed(e));
        }

        Assert.False(Patterns.Failed(new IndexOutOfRangeException()));
        Assert.True(Patterns.Failed(new RegexMatchTimeoutException()));

        // The sentence itself goes through claims and stance.
        var text = "Vragen van het lid Jansen (SP) aan de Minister van Financiën over een onderwerp (ingezonden 3 maart 2025).\n\nAntwoord van Minister De Vries (Financiën) (ontvangen 20 maart 2025).\n\nVraag 1\nKlopt het bericht?\n\nAntwoord 1\n" + GeneratorFaultInput + "\n";
        var claim = Assert.Single(ClaimExtractor.Default.Extract(Kamervragen.ParseText(text, "fault.txt")), c => c.Kind == ClaimKind.Statement);
        Assert.Equal(GeneratorFaultInput, claim.Text);
        Assert.NotEqual(ClaimExtractor.NotAnalysedAttribution, claim.Attribution);
        Assert.Equal(StanceLabel.Other, StanceClassifier.Default.Classify("Wat doet u?", GeneratorFaultInput).Label);
    }

    [Fact]
    public void EveryGeneratedPattern_HasTheTimeLimit()
    {
        var methods = typeof(ClaimExtractor).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .ToList();

        // Every stage has patterns; the count guards against the reflection silently finding nothing.
        Assert.True(methods.Count > 200, $"found only {methods.Count} generated patterns");
        var unlimited = methods
            .Where(m => ((Regex)m.Invoke(null, null)!).MatchTimeout != TimeSpan.FromMilliseconds(Patterns.TimeoutMilliseconds))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        Assert.Empty(unlimited);
    }

    [Fact]
    public void PatternsBuiltAtRunTime_PassTheTimeLimit()
    {
        // Static Regex helpers and constructed patterns run without a limit unless one is passed: every call in the
        // library's sources passes Patterns.Timeout (or the lexicon's limit) within its statement.
        var sources = Directory.GetFiles(Path.Combine(SharedCorpus.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var calls = 0;
        var unlimited = new List<string>();
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            foreach (Match call in Regex.Matches(text, @"(?<![\w.])(?:Regex\.(?:IsMatch|Match|Matches|Replace|Split)|new\s+Regex)\("))
            {
                calls++;
                var end = Regex.Match(text[call.Index..], @";\r?\n") is { Success: true } stop ? call.Index + stop.Index : -1; // the statement's end (a pattern may hold ';')
                if (!text.AsSpan(call.Index, (end < 0 ? text.Length : end) - call.Index).Contains("Patterns.Timeout", StringComparison.Ordinal))
                {
                    unlimited.Add($"{Path.GetFileName(file)}:{text[..call.Index].Count(c => c == '\n') + 1}");
                }
            }
        }

        Assert.True(calls > 30, $"found only {calls} calls");
        Assert.Empty(unlimited);
    }

    [Fact]
    public void LexiconAndGazetteerPatterns_HaveATimeLimit()
    {
        foreach (var name in new[] { "negation", "stance-deny", "stance-hedge", "stance-scope", "stance-refuse" })
        {
            Assert.All(Lexicon.Embedded(name).Entries, e => Assert.NotEqual(Regex.InfiniteMatchTimeout, e.Pattern.MatchTimeout));
        }
    }

    [Theory]
    [InlineData("volgens", 300)]
    [InlineData("zei", 200)]
    [InlineData("quotes", 60)]
    public void HostileRepetition_GivesClaimsInsideTheText(string shape, int times)
    {
        var unit = shape switch
        {
            "volgens" => "volgens de minister ",
            "zei" => "'Nee', zei hij, ",
            _ => "‘De politie gebruikte de software niet, ",
        };
        var body = string.Concat(Enumerable.Repeat(unit, times)) + "aldus de woordvoerder.";
        var text = "Titel\n\n" + body + "\n";
        var article = ReportingReader.Default.Read(Encoding.UTF8.GetBytes(text), "hostile.txt");

        var claims = ClaimExtractor.Default.Extract(article);

        // Every claim cites characters of the article; none is an empty shell.
        Assert.NotEmpty(claims);
        Assert.All(claims, c =>
        {
            Assert.InRange(c.Span.Start, 0, article.Source.Text.Length);
            Assert.InRange(c.Span.End, c.Span.Start + 1, article.Source.Text.Length);
            Assert.False(string.IsNullOrWhiteSpace(c.Text));
        });
    }
}
