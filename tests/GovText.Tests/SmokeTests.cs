using GovText.Documents;
using Xunit;

namespace GovText.Tests;

public sealed class SourceSpanTests
{
    [Fact]
    public void Union_CoversBothSpans()
    {
        var a = new SourceSpan(2, 10, 20);
        var b = new SourceSpan(3, 30, 40);
        Assert.Equal(new SourceSpan(2, 10, 40), a.Union(b));
        Assert.Equal(30, a.Union(b).Length);
    }
}
