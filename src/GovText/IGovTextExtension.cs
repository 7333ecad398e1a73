namespace GovText;

/// <summary>
/// A plug-in that configures a <see cref="GovTextPipelineBuilder"/>, for example by adding a reader for another
/// format (<see cref="GovTextPipelineBuilder.UseReader"/>). Later stages add their own hooks to the builder.
/// </summary>
/// <remarks>Add it with <see cref="GovTextPipelineBuilder.Use"/> or, with dependency injection,
/// <c>services.AddGovTextExtension&lt;T&gt;()</c>. <see cref="Setup"/> runs during
/// <see cref="GovTextPipelineBuilder.Build"/>, after the builder's own settings, and may run more than once.</remarks>
public interface IGovTextExtension
{
    /// <summary>Configures the builder.</summary>
    /// <param name="builder">The builder being built.</param>
    void Setup(GovTextPipelineBuilder builder);
}
