using System.Collections.Immutable;

namespace GovText.Language;

/// <summary>
/// The named-entity types produced by <see cref="NerAnnotator"/> (the eleven fine types of the GovText gold set) and
/// their mapping onto the coarse CoNLL-style scheme PER/ORG/LOC/MISC.
/// </summary>
public static class NerLabels
{
    /// <summary>A named person.</summary>
    public const string Person = "Person";

    /// <summary>A political party or parliamentary group.</summary>
    public const string Party = "Party";

    /// <summary>A non-government organisation (companies, media, NGOs, international organisations).</summary>
    public const string Organization = "Organization";

    /// <summary>A government body: ministries and portfolios, parliament, cabinet, agencies, EU institutions.</summary>
    public const string GovernmentBody = "GovernmentBody";

    /// <summary>A place, region or country.</summary>
    public const string Location = "Location";

    /// <summary>A law, treaty, decree or regulation.</summary>
    public const string Law = "Law";

    /// <summary>A calendar date or period.</summary>
    public const string Date = "Date";

    /// <summary>An amount of money.</summary>
    public const string Money = "Money";

    /// <summary>A quantity, percentage, duration or count (with the counted noun).</summary>
    public const string Quantity = "Quantity";

    /// <summary>A citation of a document: Kamerstuk, Aanhangsel, zaak number, URL.</summary>
    public const string DocumentReference = "DocumentReference";

    /// <summary>Other names: nationality adjectives, products, programmes, titles of reports.</summary>
    public const string Misc = "Misc";

    /// <summary>All fine types, in a fixed order.</summary>
    public static ImmutableArray<string> FineTypes { get; } =
        [Person, Party, Organization, GovernmentBody, Location, Law, Date, Money, Quantity, DocumentReference, Misc];

    /// <summary>
    /// Maps a fine type to the coarse scheme: Person → PER; Party, Organization, GovernmentBody → ORG;
    /// Location → LOC; Law, Misc → MISC; Date, Money, Quantity, DocumentReference (and unknown labels) → null.
    /// </summary>
    /// <param name="fineType">A fine type such as <see cref="Party"/>.</param>
    /// <returns>"PER", "ORG", "LOC", "MISC" or null when the type is not part of the coarse scheme.</returns>
    public static string? ToCoarse(string? fineType) => fineType switch
    {
        Person => "PER",
        Party or Organization or GovernmentBody => "ORG",
        Location => "LOC",
        Law or Misc => "MISC",
        _ => null,
    };
}
