namespace GovText.Documents.Pdf;

/// <summary>
/// Repairs words broken over two lines of a PDF ("emissiefacto-" + "ren"): the remainder of the word is moved onto the
/// earlier line; <see cref="Hyphenation.Decide"/> decides.
/// </summary>
internal static class PdfHyphenation
{
    /// <summary>Repairs hyphenation between consecutive lines of one text flow, in place.</summary>
    /// <param name="flow">Lines in reading order.</param>
    /// <param name="knownWords">Lower-cased tokens of the document.</param>
    /// <param name="canJoin">Whether two consecutive lines may be joined (same flow, not a new footnote).</param>
    /// <returns>The number of repairs.</returns>
    internal static int Repair(List<PdfLine> flow, IReadOnlySet<string> knownWords, Func<PdfLine, PdfLine, bool> canJoin)
    {
        var repairs = 0;
        for (var i = 0; i + 1 < flow.Count; i++)
        {
            var left = flow[i];
            var right = flow[i + 1];
            if (!canJoin(left, right))
            {
                continue;
            }

            var decision = Hyphenation.Decide(left.Text, right.Text, left.EndsWithSoftHyphen, knownWords);
            if (decision == Hyphenation.Decision.None)
            {
                continue;
            }

            var token = Hyphenation.FirstToken(right.Text);
            var leftText = decision == Hyphenation.Decision.Join && !left.EndsWithSoftHyphen ? left.Text[..^1] : left.Text;
            var consumed = token.Length;
            while (consumed < right.Text.Length && right.Text[consumed] == ' ')
            {
                consumed++;
            }

            foreach (var (number, offset) in right.Markers.ToList())
            {
                if (offset <= token.Length)
                {
                    left.Markers.Add((number, leftText.Length + offset));
                }
            }

            var remaining = right.Markers.Where(m => m.Offset > token.Length).Select(m => (m.Number, m.Offset - consumed)).ToList();
            right.Markers.Clear();
            right.Markers.AddRange(remaining.Select(m => (m.Number, Math.Max(0, m.Item2))));
            left.Text = leftText + token;
            left.EndsWithSoftHyphen = false;
            right.Text = right.Text[consumed..];
            repairs++;
        }

        return repairs;
    }
}
