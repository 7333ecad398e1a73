using GovText.Language;
using Xunit;

namespace GovText.Tests.Language;

public sealed class FastCaseTests
{
    [Fact]
    public void EveryCharLowersExactlyLikeTheFramework()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            Assert.True(char.ToLowerInvariant(ch) == FastCase.Lower(ch), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("De Kamer")]
    [InlineData("ÉÉN VAN DE ÏNDIËRS")]
    [InlineData("’s-Gravenhage – «Ministerie»")]
    [InlineData("ǅUNGLA Ωmega İstanbul 𐐀")]
    [InlineData("al klein")]
    [InlineData("")]
    public void StringsLowerExactlyLikeTheFramework(string s) => Assert.Equal(s.ToLowerInvariant(), FastCase.Lower(s));

    [Fact]
    public void UnchangedStringsAreNotCopied()
    {
        var s = "één zin zonder hoofdletters, met «citaat»";
        Assert.Same(s, FastCase.Lower(s));
    }
}
