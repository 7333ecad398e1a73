using System.Collections.Immutable;
using GovText.Claims;

namespace GovText.Contradictions;

/// <summary>A store of candidate evidence claims that can be searched for the claims that may contradict a denial.</summary>
public interface IClaimIndex : IDisposable
{
    /// <summary>The number of claims in the index.</summary>
    int Count { get; }

    /// <summary>Adds claims (incrementally).</summary>
    /// <param name="claims">The claims.</param>
    void Add(IEnumerable<Claim> claims);

    /// <summary>Claims that share the denial's entities and a compatible predicate, best first, at most <paramref name="max"/>.</summary>
    /// <param name="denial">The denial.</param>
    /// <param name="max">The maximum number of candidates.</param>
    /// <returns>The candidates.</returns>
    IReadOnlyList<Claim> Candidates(Claim denial, int max);
}

/// <summary>Index keys shared by the in-memory and the Lucene index, so that both retrieve the same candidates.</summary>
internal static class IndexKeys
{
    public static IEnumerable<string> EntityKeys(Claim claim)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in claim.Entities)
        {
            keys.Add("E:" + e.Canonical.ToLowerInvariant());
        }

        if (claim.Proposition is { } p)
        {
            if (p.Subject is not null)
            {
                keys.Add("E:" + p.Subject.ToLowerInvariant());
            }

            if (p.Object is not null)
            {
                keys.Add("E:" + p.Object.ToLowerInvariant());
            }

            // A compound is also found by its head ("gezichtsherkenningssoftware" by a denial about "software"), as the
            // finder's matching allows: every suffix of at least five letters after at least three.
            foreach (var word in new[] { p.Subject, p.Object })
            {
                if (word is { Length: >= 8 } && !word.Contains(' ', StringComparison.Ordinal))
                {
                    var lower = word.ToLowerInvariant();
                    for (var i = 3; i <= lower.Length - 5; i++)
                    {
                        keys.Add("E:" + lower[i..]);
                    }
                }
            }
        }

        return keys;
    }

    /// <summary>The keys a candidate must share with the denial: the proposition's object and subject when present.</summary>
    public static ImmutableArray<string> RequiredKeys(Claim denial)
    {
        var p = denial.Proposition;
        var required = new List<string>();
        if (p?.Object is { } o)
        {
            required.Add("E:" + o.ToLowerInvariant());
        }

        if (p?.Subject is { } s)
        {
            required.Add("E:" + s.ToLowerInvariant());
        }

        return [.. required.Distinct()];
    }

    /// <summary>Content words a denial and a candidate must share to be compared by content.</summary>
    public const int MinSharedContent = 2;

    /// <summary>The posting key of a claim's source file: claims of the denial's own document are candidates with one shared word.</summary>
    /// <param name="file">The source file.</param>
    /// <returns>The key.</returns>
    public static string FileKey(string file) => "F:" + file;

    public static string? PredicateKey(Claim claim) =>
        claim.Proposition?.Predicate is { } pred ? "P:" + PredicateRelations.Default.ClassOf(pred) : null;
}

/// <summary>
/// The default index: postings lists from entity and predicate keys to claims, held in memory. Thread-safe for
/// concurrent reads after adds have finished; adds take a lock.
/// </summary>
public sealed class InMemoryClaimIndex : IClaimIndex
{
    private readonly List<Claim> _claims = [];
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <inheritdoc />
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _claims.Count;
            }
        }
    }

    /// <inheritdoc />
    public void Add(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        lock (_lock)
        {
            foreach (var claim in claims)
            {
                var id = _claims.Count;
                _claims.Add(claim);
                foreach (var key in IndexKeys.EntityKeys(claim))
                {
                    Post(key, id);
                }

                if (IndexKeys.PredicateKey(claim) is { } pk)
                {
                    Post(pk, id);
                }

                foreach (var key in ContentTerms.Keys(claim))
                {
                    Post(key, id);
                }

                if (claim.File is { } file)
                {
                    Post(IndexKeys.FileKey(file), id);
                }
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Claim> Candidates(Claim denial, int max)
    {
        ArgumentNullException.ThrowIfNull(denial);
        var required = IndexKeys.RequiredKeys(denial);
        var content = ContentTerms.Keys(denial).ToList();
        lock (_lock)
        {
            // The claims with the denial's actor and object, then those that share at least two of its content words.
            var result = new List<int>();
            if (!required.IsEmpty)
            {
                List<int>? strict = null;
                foreach (var key in required)
                {
                    strict = !_postings.TryGetValue(key, out var list) ? [] : strict is null ? [.. list] : Intersect(strict, list);
                    if (strict.Count == 0)
                    {
                        break;
                    }
                }

                result.AddRange(strict ?? []);
            }

            var counts = new Dictionary<int, int>();
            foreach (var key in content)
            {
                if (_postings.TryGetValue(key, out var list))
                {
                    foreach (var id in list)
                    {
                        counts[id] = counts.GetValueOrDefault(id) + 1;
                    }
                }
            }

            var seen = result.ToHashSet();
            var sameFile = denial.File is { } f && _postings.TryGetValue(IndexKeys.FileKey(f), out var fileList) ? fileList.ToHashSet() : [];
            result.AddRange(counts.Where(c => (c.Value >= IndexKeys.MinSharedContent || sameFile.Contains(c.Key)) && !seen.Contains(c.Key)).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => c.Key));
            return result.Take(max).Select(i => _claims[i]).ToList();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private void Post(string key, int id)
    {
        if (!_postings.TryGetValue(key, out var list))
        {
            _postings[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != id)
        {
            list.Add(id);
        }
    }

    private static List<int> Intersect(List<int> a, List<int> b)
    {
        var result = new List<int>(Math.Min(a.Count, b.Count));
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a[i] == b[j])
            {
                result.Add(a[i]);
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }
}
