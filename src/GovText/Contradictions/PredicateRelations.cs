using System.Collections.Frozen;
using GovText.Claims;

namespace GovText.Contradictions;

/// <summary>Predicate classes and entailments from <c>corpus/lexicons/predicate-equivalence.tsv</c>.</summary>
internal sealed class PredicateRelations
{
    private static readonly Lazy<PredicateRelations> s_default = new(Load);

    private readonly FrozenDictionary<string, string> _classOf;
    private readonly FrozenSet<(string From, string To)> _entails;

    private PredicateRelations(Dictionary<string, string> classOf, HashSet<(string, string)> entails)
    {
        _classOf = classOf.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _entails = entails.ToFrozenSet();
    }

    public static PredicateRelations Default => s_default.Value;

    public string? ClassOf(string? predicate) => predicate is not null && _classOf.TryGetValue(predicate, out var c) ? c : predicate;

    /// <summary>How evidence predicate relates to the denied predicate: 1 same class, 0.75 entailed, 0 unrelated.</summary>
    public double Alignment(string? denied, string? evidence)
    {
        if (denied is null || evidence is null)
        {
            return 0;
        }

        var d = ClassOf(denied);
        var e = ClassOf(evidence);
        if (string.Equals(d, e, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return d is not null && e is not null && _entails.Contains((e, d)) ? 0.75 : 0;
    }

    private static PredicateRelations Load()
    {
        var classOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var entails = new HashSet<(string, string)>();
        foreach (var line in Spotters.ReadLexiconLines("predicate-equivalence"))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 3 && parts[0] == "=>")
            {
                entails.Add((parts[1], parts[2]));
            }
            else if (parts.Length >= 2)
            {
                foreach (var member in parts[1].Split('|'))
                {
                    classOf[member.Trim()] = parts[0];
                }
            }
        }

        return new PredicateRelations(classOf, entails);
    }
}
