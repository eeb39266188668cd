using System.Text.Json.Serialization;

namespace StarCoach.Core.Banks;

/// <summary>Something import noticed that the user may want to act on.</summary>
/// <param name="Line">1-based source line it refers to, if any.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Message, int? Line);

/// <summary>How much a diagnostic matters.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing, nothing to fix.</summary>
    Info,

    /// <summary>Probably worth fixing in the source.</summary>
    Warning,

    /// <summary>Something in the source could not be read as intended.</summary>
    Error,
}
