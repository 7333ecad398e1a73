using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace GovText.Claims;

/// <summary>
/// A list of regular expressions kept as data in <c>corpus/lexicons/*.tsv</c> (one pattern and its rationale per
/// line) and embedded into the assembly. Immutable and thread-safe; instances are cached by name.
/// </summary>
public sealed class Lexicon
{
    private static readonly ConcurrentDictionary<string, Lexicon> s_cache = new(StringComparer.Ordinal);

    /// <summary>Creates a lexicon from lines of <c>pattern\trationale</c>.</summary>
    /// <param name="name">The lexicon name (file name without extension).</param>
    /// <param name="lines">The lines; empty lines and lines starting with '#' are skipped.</param>
    public Lexicon(string name, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Name = name;
        var entries = ImmutableArray.CreateBuilder<LexiconEntry>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var pattern = tab < 0 ? line : line[..tab];
            var rationale = tab < 0 ? string.Empty : line[(tab + 1)..];
            entries.Add(new LexiconEntry(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout), rationale));
        }

        Entries = entries.ToImmutable();
    }

    /// <summary>The lexicon name.</summary>
    public string Name { get; }

    /// <summary>The entries in file order.</summary>
    public ImmutableArray<LexiconEntry> Entries { get; }

    /// <summary>Loads an embedded lexicon by name (e.g. "stance-deny"), cached.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The lexicon.</returns>
    public static Lexicon Embedded(string name) => s_cache.GetOrAdd(name, static n => new Lexicon(n, Spotters.ReadLexiconLines(n)));

    /// <summary>The earliest match of any entry in the text, or null.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The match and its entry.</returns>
    public (Match Match, LexiconEntry Entry)? FirstMatch(string text)
    {
        (Match, LexiconEntry)? best = null;
        foreach (var entry in Entries)
        {
            var m = SafeMatch(entry.Pattern, text);
            if (m is { Success: true } && (best is null || m.Index < best.Value.Item1.Index))
            {
                best = (m, entry);
            }
        }

        return best;
    }

    /// <summary>True when any entry matches.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether a pattern matches.</returns>
    public bool IsMatch(string text) => Entries.Any(e => SafeMatch(e.Pattern, text) is { Success: true });

    /// <summary>A match that gives up (no match) instead of throwing when hostile input exceeds the timeout.</summary>
    private static Match? SafeMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.Match(text);
        }
        catch (Exception e) when (Patterns.Failed(e))
        {
            return null;
        }
    }
}

/// <summary>One lexicon line.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Rationale">Why it is there.</param>
public sealed record LexiconEntry(Regex Pattern, string Rationale);
