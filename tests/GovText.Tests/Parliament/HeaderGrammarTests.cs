using GovText.Parliament;
using Xunit;

namespace GovText.Tests.Parliament;

public sealed class HeaderGrammarTests
{
    [Theory]
    [InlineData("3, 4 en 5", new[] { 3, 4, 5 })]
    [InlineData("7, 8, 9 10 en 11", new[] { 7, 8, 9, 10, 11 })]
    [InlineData("10 en 11", new[] { 10, 11 })]
    [InlineData("2 t/m 4", new[] { 2, 3, 4 })]
    [InlineData("12", new[] { 12 })]
    public void ParseNumbers_ReadsGroupedHeadings(string text, int[] expected) =>
        Assert.Equal(expected, HeaderGrammar.ParseNumbers(text));

    [Fact]
    public void ParseAskers_SharedPartyWithoutSpace()
    {
        var askers = HeaderGrammar.ParseAskers("Bushoff en Patijn(beiden GroenLinks-PvdA)", out var problems);
        Assert.Equal(new[] { ("Bushoff", "GroenLinks-PvdA"), ("Patijn", "GroenLinks-PvdA") }, askers.Select(a => (a.Name, a.Party!)));
        Assert.Empty(problems);
    }

    [Fact]
    public void ParseAskers_ThreeOrMoreWithStraySpaces()
    {
        var askers = HeaderGrammar.ParseAskers("Beckerman (SP), Bushoff , Kröger (beiden GroenLinks-PvdA), Bamenga (D66) en Teunissen (PvdD)", out _);
        Assert.Equal(
            new[] { ("Beckerman", "SP"), ("Bushoff", "GroenLinks-PvdA"), ("Kröger", "GroenLinks-PvdA"), ("Bamenga", "D66"), ("Teunissen", "PvdD") },
            askers.Select(a => (a.Name, a.Party!)));
    }

    [Fact]
    public void ParseAskers_KeepsHyphenatedNamesAndRepairsSplitAccent()
    {
        var askers = HeaderGrammar.ParseAskers("Faber-van de Klashorst(PVV) en Kostic ´ (PvdD)", out _);
        Assert.Equal(new[] { ("Faber-van de Klashorst", "PVV"), ("Kostić", "PvdD") }, askers.Select(a => (a.Name, a.Party!)));
    }

    [Theory]
    [InlineData("de Minister van Onderwijs, Cultuur en Wetenschap", new[] { "Minister van Onderwijs, Cultuur en Wetenschap" })]
    [InlineData("de Ministers van Landbouw, Natuur en Voedselkwaliteit en voor Natuur en Stikstof", new[] { "Minister van Landbouw, Natuur en Voedselkwaliteit", "Minister voor Natuur en Stikstof" })]
    [InlineData("de Staatssecretaris van Financiën en de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", new[] { "Staatssecretaris van Financiën", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking" })]
    [InlineData("de Staatssecretaris en de Minister van Volksgezondheid, Welzijn en Sport", new[] { "Staatssecretaris van Volksgezondheid, Welzijn en Sport", "Minister van Volksgezondheid, Welzijn en Sport" })]
    [InlineData("de Staatssecretarissen van Financiën en van Justitie en Veiligheid", new[] { "Staatssecretaris van Financiën", "Staatssecretaris van Justitie en Veiligheid" })]
    [InlineData("de minister van Justitie en Veiligheid", new[] { "Minister van Justitie en Veiligheid" })]
    [InlineData("de Ministers van Asiel en Migratie, voor Buitenlandse Handel en Ontwikkelingshulp en van Buitenlandse Zaken", new[] { "Minister van Asiel en Migratie", "Minister voor Buitenlandse Handel en Ontwikkelingshulp", "Minister van Buitenlandse Zaken" })]
    public void SplitOffices_GivesOneSingularOfficePerEntry(string text, string[] expected) =>
        Assert.Equal(expected, HeaderGrammar.SplitOffices(text));

    [Theory]
    [InlineData("6 maart 2024", 2024, 3, 6)]
    [InlineData("30 oktober\n2024", 2024, 10, 30)]
    [InlineData("1 December 2023", 2023, 12, 1)]
    public void DutchDates_ParsesLongForm(string text, int y, int m, int d)
    {
        Assert.True(DutchDates.TryParse(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Fact]
    public void DutchDates_RejectsImpossibleDate() => Assert.False(DutchDates.TryParse("31 februari 2024", out _));
}
