using System.Collections.Immutable;

namespace StarCoach.Core.Consistency;

/// <summary>A résumé as the consistency checks read it: its lines and the jobs listed in it.</summary>
/// <param name="Source">File name.</param>
/// <param name="Lines">The résumé's text, one entry per line (paragraph for .docx, extracted line for PDF).</param>
/// <param name="Entries">The jobs found, in résumé order.</param>
public sealed record Resume(string Source, ImmutableArray<string> Lines, ImmutableArray<ResumeEntry> Entries);

/// <summary>One job of a résumé.</summary>
/// <param name="Employer">The employer as written ("CBRE (client: Google)").</param>
/// <param name="Role">The title held, as written, if the résumé gives one.</param>
/// <param name="Start">First month of the job, if dated.</param>
/// <param name="End">Last month of the job; null while <paramref name="IsCurrent"/> or undated.</param>
/// <param name="IsCurrent">True for "– Present".</param>
/// <param name="Months">Length of the job in months (both ends counted), if dated.</param>
/// <param name="StartLine">1-based line of the entry's heading.</param>
/// <param name="EndLine">1-based last line of the entry (its last bullet).</param>
public sealed record ResumeEntry(string Employer, string? Role, DateOnly? Start, DateOnly? End, bool IsCurrent, int? Months, int StartLine, int EndLine);

/// <summary>A résumé read from a file, or the one-line reason it could not be.</summary>
public sealed record ResumeResult(Resume? Resume, string? Error)
{
    /// <summary>True when <see cref="Resume"/> is set.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Resume))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Resume is not null;
}
