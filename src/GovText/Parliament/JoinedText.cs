using System.Text;
using GovText.Documents;

namespace GovText.Parliament;

/// <summary>Lines joined with single spaces, with a map back to offsets in the source text.</summary>
internal sealed class JoinedText
{
    private readonly StringBuilder _sb = new();
    private readonly List<(int Joined, int Source, int Length)> _segments = [];
    private readonly SourceDocument _source;

    public JoinedText(SourceDocument source, IEnumerable<TextLine> lines)
    {
        _source = source;
        foreach (var line in lines)
        {
            if (_sb.Length > 0 && !(_sb[^1] == '/' && _sb.Length > 1 && char.IsLetter(_sb[^2]) && line.End > line.Start && char.IsLower(source.Text[line.Start])))
            {
                // A paragraph break becomes '\n' so that header sentences do not run across paragraphs; a line
                // that ends in "maatregelen/" continues without a space.
                _sb.Append(line.GapBefore ? '\n' : ' ');
            }

            _segments.Add((_sb.Length, line.Start, line.End - line.Start));
            _sb.Append(source.Text, line.Start, line.End - line.Start);
        }

        Value = _sb.ToString();
    }

    public string Value { get; }

    public int ToSource(int joined)
    {
        if (_segments.Count == 0)
        {
            return 0;
        }

        for (var i = 0; i < _segments.Count; i++)
        {
            var (j, s, len) = _segments[i];
            if (joined < j)
            {
                return s;
            }

            if (joined <= j + len)
            {
                return s + (joined - j);
            }
        }

        var last = _segments[^1];
        return last.Source + last.Length;
    }

    public SourceSpan Span(int start, int end)
    {
        // trim whitespace inside the range so spans start and end on text
        while (start < end && char.IsWhiteSpace(Value[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Value[end - 1]))
        {
            end--;
        }

        var s = ToSource(start);
        var e = Math.Max(s, ToSourceEnd(end));
        return _source.SpanOf(s, e);
    }

    private int ToSourceEnd(int joinedEnd)
    {
        for (var i = 0; i < _segments.Count; i++)
        {
            var (j, s, len) = _segments[i];
            if (joinedEnd >= j && joinedEnd <= j + len)
            {
                return s + (joinedEnd - j);
            }

            if (joinedEnd < j)
            {
                // in the separator before segment i: end of previous segment
                var prev = _segments[Math.Max(0, i - 1)];
                return prev.Source + prev.Length;
            }
        }

        var last = _segments[^1];
        return last.Source + last.Length;
    }
}
