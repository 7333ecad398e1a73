using GovText.DependencyInjection;
using GovText.Documents;
using GovText.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace GovText.Tests.DependencyInjection;

public sealed class AddGovTextTests
{
    [Fact]
    public void AddGovText_RealServiceProvider_ResolvesWorkingPipeline()
    {
        using var provider = new ServiceCollection().AddGovText().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var pipeline = provider.GetRequiredService<GovTextPipeline>();
        var doc = pipeline.Open(DemoDocument.Path);
        Assert.Equal("ah-tk-20212022-105", doc.Id);
        Assert.Collection(
            doc.Askers,
            a => Assert.Equal(("Van Ginneken", "D66"), (a.Name, a.Party)),
            a => Assert.Equal(("Bouchallikh", "GroenLinks"), (a.Name, a.Party)));
        Assert.Same(pipeline, provider.GetRequiredService<GovTextPipeline>());
    }

    [Fact]
    public void AddGovText_Configure_ReachesPipeline()
    {
        using var provider = new ServiceCollection()
            .AddGovText(o =>
            {
                o.MaxPages = 12;
                o.Strict = true;
            })
            .BuildServiceProvider();
        var pipeline = provider.GetRequiredService<GovTextPipeline>();
        Assert.Equal(12, pipeline.ReaderOptions.MaxPages);
        Assert.True(pipeline.ParserOptions.Strict);
    }

    [Fact]
    public void AddGovText_Twice_RegistersOnce()
    {
        var services = new ServiceCollection();
        services.AddGovText().AddGovText(o => o.MaxNodes = 1000);
        Assert.Single(services, d => d.ServiceType == typeof(GovTextPipeline));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<GovTextOptions>));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(1000, provider.GetRequiredService<GovTextPipeline>().ReaderOptions.MaxNodes);
    }

    [Fact]
    public void AddGovText_InvalidOptions_FailWithClearMessage()
    {
        using var provider = new ServiceCollection().AddGovText(o => o.MaxPages = 0).BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<GovTextPipeline>());
        Assert.Contains("GovTextOptions.MaxPages must be positive (was 0).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGovText_ValidateOnStart_IsRegistered()
    {
        // Hosts run IStartupValidator at start; invalid options then stop the app before any request.
        using var provider = new ServiceCollection().AddGovText(o => o.MaxBytes = -5).BuildServiceProvider();
        var validator = provider.GetRequiredService<IStartupValidator>();
        var ex = Assert.Throws<OptionsValidationException>(validator.Validate);
        Assert.Contains("MaxBytes must be positive (was -5)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGovTextExtension_IsAppliedOnceToThePipeline()
    {
        var services = new ServiceCollection().AddGovText();
        services.AddGovTextExtension<LimitPagesExtension>().AddGovTextExtension<LimitPagesExtension>();
        Assert.Single(services, d => d.ServiceType == typeof(IGovTextExtension));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(42, provider.GetRequiredService<GovTextPipeline>().ReaderOptions.MaxPages);
    }

    [Fact]
    public void AddGovText_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => GovTextServiceCollectionExtensions.AddGovText(null!));

    private sealed class LimitPagesExtension : IGovTextExtension
    {
        public void Setup(GovTextPipelineBuilder builder) => builder.ReaderOptions = builder.ReaderOptions with { MaxPages = 42 };
    }
}
