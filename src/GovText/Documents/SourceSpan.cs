namespace GovText.Documents;

/// <summary>
/// A citable location inside a <see cref="SourceDocument"/>: the 1-based page on which the span starts and the
/// character offsets <c>[Start, End)</c> into <see cref="SourceDocument.Text"/>.
/// </summary>
/// <param name="Page">1-based page number where the span starts (1 for formats without pages).</param>
/// <param name="Start">Inclusive start offset into <see cref="SourceDocument.Text"/>.</param>
/// <param name="End">Exclusive end offset into <see cref="SourceDocument.Text"/>.</param>
public readonly record struct SourceSpan(int Page, int Start, int End)
{
    /// <summary>The number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>The smallest span that covers both spans; the page is that of the earlier span.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>The covering span.</returns>
    public SourceSpan Union(SourceSpan other)
    {
        if (IsEmpty && Start == 0 && End == 0)
        {
            return other;
        }

        if (other.IsEmpty && other.Start == 0 && other.End == 0)
        {
            return this;
        }

        return Start <= other.Start
            ? new SourceSpan(Page, Start, Math.Max(End, other.End))
            : new SourceSpan(other.Page, other.Start, Math.Max(End, other.End));
    }

    /// <inheritdoc />
    public override string ToString() => $"p.{Page} [{Start},{End})";
}
