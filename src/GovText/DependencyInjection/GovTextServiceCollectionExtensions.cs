using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GovText.DependencyInjection;

/// <summary>Registers GovText with a <see cref="IServiceCollection"/>.</summary>
/// <example>
/// <code>
/// services.AddGovText(o => o.MaxPages = 200);
/// // later: var doc = provider.GetRequiredService&lt;GovTextPipeline&gt;().Open(path);
/// </code>
/// </example>
public static class GovTextServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="GovTextPipeline"/> built from <see cref="GovTextOptions"/> and every
    /// registered <see cref="IGovTextExtension"/>. Calling it again adds the configuration delegate but registers
    /// nothing twice. Invalid options fail with an <see cref="OptionsValidationException"/> that lists every invalid
    /// value, at host start (<c>ValidateOnStart</c>) or, without a host, when the pipeline is first resolved.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the options; null keeps the defaults (or configuration bound elsewhere).</param>
    /// <returns>The <see cref="IServiceCollection"/> so that additional calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddGovText(this IServiceCollection services, Action<GovTextOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GovTextOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GovTextOptions>, GovTextOptionsValidator>());
        services.TryAddSingleton(static sp =>
        {
            var builder = new GovTextPipelineBuilder().Configure(sp.GetRequiredService<IOptions<GovTextOptions>>().Value);
            foreach (var extension in sp.GetServices<IGovTextExtension>())
            {
                builder.Use(extension);
            }

            return builder.Build();
        });
        return services;
    }

    /// <summary>Registers an extension that the pipeline applies when it is built; registering the same type twice does nothing.</summary>
    /// <typeparam name="TExtension">The extension type, constructed by the container.</typeparam>
    /// <param name="services">The services.</param>
    /// <returns>The <see cref="IServiceCollection"/> so that additional calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddGovTextExtension<TExtension>(this IServiceCollection services)
        where TExtension : class, IGovTextExtension
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGovTextExtension, TExtension>());
        return services;
    }
}

/// <summary>Validates <see cref="GovTextOptions"/> with the messages of <see cref="GovTextOptions.Validate"/>.</summary>
internal sealed class GovTextOptionsValidator : IValidateOptions<GovTextOptions>
{
    public ValidateOptionsResult Validate(string? name, GovTextOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
