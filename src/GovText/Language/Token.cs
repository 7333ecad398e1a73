namespace GovText.Language;

/// <summary>
/// A non-destructive token: the character offsets <c>[Start, End)</c> into the original text plus a coarse kind.
/// The token text is never copied; use <see cref="Slice"/> or <see cref="GetText"/> with the source string.
/// </summary>
/// <param name="Start">Inclusive start offset into the original text.</param>
/// <param name="End">Exclusive end offset into the original text.</param>
/// <param name="Kind">The coarse lexical kind assigned by the tokenizer.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>The number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>The characters of this token inside <paramref name="text"/>, without allocating.</summary>
    /// <param name="text">The text the token was produced from.</param>
    /// <returns>The token characters.</returns>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);

    /// <summary>The token text as a new string.</summary>
    /// <param name="text">The text the token was produced from.</param>
    /// <returns>The token string.</returns>
    public string GetText(string text) => text.Substring(Start, End - Start);

    /// <inheritdoc />
    public override string ToString() => $"[{Start},{End}) {Kind}";
}

/// <summary>The coarse lexical kind of a <see cref="Token"/>, assigned by the tokenizer (not by the tagger).</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, hyphens or apostrophes ("Kamer", "D66", "GroenLinks-PvdA", "z'n").</summary>
    Word = 0,

    /// <summary>A number, possibly with separators ("1.234,56", "51-100", "12:30").</summary>
    Number,

    /// <summary>Punctuation ("." "," "«" "(").</summary>
    Punctuation,

    /// <summary>A symbol such as "€", "%", "§" or "&amp;".</summary>
    Symbol,

    /// <summary>A known abbreviation or initials ending in a full stop ("o.a.", "nr.", "J.A.").</summary>
    Abbreviation,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>An identifier mixing digits and letters that starts with a digit ("2024Z11859", "1234AB").</summary>
    Identifier,

    /// <summary>A list-item marker at the start of a line ("a.", "1.", "2)", "-", "•").</summary>
    ListMarker,
}
