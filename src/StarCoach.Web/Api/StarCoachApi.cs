using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Import.Json;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Matching;
using StarCoach.Core.Review;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Api;

/// <summary>Text posted for review.</summary>
/// <param name="Text">The answer text.</param>
/// <param name="Question">The question it answers, if any.</param>
/// <param name="Level">Target level (junior … principal, IC3–IC7, L3–L8 …); the default is senior.</param>
/// <param name="Kind">star, freeform, compressed or pitch; found from the text when absent.</param>
public sealed record ReviewRequest(string Text, string? Question = null, string? Level = null, string? Kind = null);

/// <summary>New text for a stored answer.</summary>
public sealed record AnswerTextRequest(string Text);

/// <summary>A correction of the import of one line of a bank's document, naming the line by its number or by its text.</summary>
/// <param name="Kind">question, notQuestion, splitAnswer, mergeAnswer or notes.</param>
/// <param name="LineNumber">The line's number in the document (as the import summary lists it).</param>
/// <param name="Line">The line's text, instead of its number.</param>
public sealed record CorrectionRequest(string? Kind, int? LineNumber = null, string? Line = null);

/// <summary>A correction kept with a bank, applied at every import of its document.</summary>
public sealed record CorrectionView(string Kind, string Line, DateTimeOffset CreatedAt);

/// <summary>A bank after a correction: what import now finds, and every correction kept with it.</summary>
public sealed record CorrectedBank(int Questions, int Answers, int KeptAside, int CheckFirst, IReadOnlyList<CorrectionView> Corrections);

/// <summary>A question of a bank with its answers' scores, as the API lists them.</summary>
public sealed record QuestionSummary(string Id, string Text, string? Category, string? Instruction, IReadOnlyList<AnswerSummary> Answers, int FollowUps);

/// <summary>Stories that fit a question; <see cref="Ready"/> is false while the bank is still being indexed.</summary>
public sealed record MatchResponse(bool Ready, int Done, int Total, IReadOnlyList<Core.Matching.StoryMatch> Results);

/// <summary>An answer's kind, score and findings count.</summary>
public sealed record AnswerSummary(string Id, string Kind, int Overall, int WordCount, int Findings, string? WorstSeverity);

/// <summary>
/// The JSON API: the same banks and reviews as the pages, with ProblemDetails for every error. State-changing calls
/// take JSON or raw bytes (which browsers cannot send cross-site without asking first) or carry the antiforgery token.
/// </summary>
public static class StarCoachApi
{
    /// <summary>Longest answer text the review endpoints accept.</summary>
    public const int MaxReviewChars = AnswerReviewer.MaxTypedChars;

    public static RouteGroupBuilder MapStarCoachApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/banks", ListBanks);
        api.MapPost("/banks", UploadBank).Accepts<byte[]>("application/octet-stream").DisableAntiforgery();
        api.MapGet("/banks/{id:guid}", GetBank);
        api.MapDelete("/banks/{id:guid}", DeleteBank);
        api.MapGet("/banks/{id:guid}/questions", ListQuestions);
        api.MapGet("/banks/{id:guid}/corrections", ListCorrections);
        api.MapPost("/banks/{id:guid}/corrections", AddCorrection);
        api.MapPut("/banks/{id:guid}/answers/{answerId}", UpdateAnswer);
        api.MapPost("/banks/{id:guid}/answers/{answerId}/review", PreviewAnswer);
        api.MapPost("/review", ReviewText);
        api.MapGet("/banks/{id:guid}/match", MatchQuestion);
        api.MapGet("/banks/{id:guid}/coverage", Coverage);
        api.MapGet("/banks/{id:guid}/check", Check);
        api.MapGet("/banks/{id:guid}/export", Export);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<BankSummary>>> ListBanks(BankStore store, CurrentUser user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(user.Id, cancellationToken));

    private static async Task<Results<Created<BankSummary>, ProblemHttpResult>> UploadBank(
        HttpRequest request, BankUploads uploads, BankStore store, CurrentUser user, string? fileName, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.ContentType, "application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the document as the request body with Content-Type: application/octet-stream and ?fileName=prep.txt.");
        }

        // The size is checked before the body is read and while it is read (a chunked body claims no length).
        ProblemHttpResult TooLarge() => Problem(StatusCodes.Status413PayloadTooLarge, $"{ControlCharacters.FileName(fileName)}: files up to {BankImporter.MaxFileBytes / (1024 * 1024)} MB can be imported; split the document and import the parts.");
        if (request.ContentLength > BankImporter.MaxFileBytes)
        {
            return TooLarge();
        }

        var bytes = await BoundedRead.ReadAsync(request.Body, BankImporter.MaxFileBytes + 1, request.ContentLength, cancellationToken);
        if (bytes.Length > BankImporter.MaxFileBytes)
        {
            return TooLarge();
        }

        var outcome = await uploads.ImportAsync(fileName ?? string.Empty, bytes, intoBankId: null, cancellationToken);
        if (outcome.BankId is not { } id)
        {
            return outcome.NothingFound is { } found
                ? Problem(StatusCodes.Status422UnprocessableEntity, $"{outcome.Error} It has {found.Passages.Length} passages of text and no line that reads as an interview question. {ImportSummary.NoQuestionsAdvice}")
                : Problem(StatusCodes.Status400BadRequest, outcome.Error ?? "The document could not be imported.");
        }

        var summary = (await store.ListAsync(user.Id, cancellationToken)).First(b => b.Id == id);
        return TypedResults.Created($"/api/banks/{id}", summary);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetBank(
        Guid id, bool? download, BankStore store, CurrentUser user, HttpResponse response, CancellationToken cancellationToken)
    {
        var bank = await store.LoadAsync(user.Id, id, cancellationToken);
        if (bank is null)
        {
            return NotFound();
        }

        if (download == true)
        {
            var name = Core.Export.ExportFormats.FileName(bank.Source, Core.Export.ExportFormat.Json);
            response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        }

        return TypedResults.Content(BankJson.Serialize(bank), "application/json; charset=utf-8");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteBank(Guid id, BankStore store, CurrentUser user, CancellationToken cancellationToken) =>
        await store.DeleteAsync(user.Id, id, cancellationToken) ? TypedResults.NoContent() : NotFound();

    private static async Task<Results<Ok<IReadOnlyList<QuestionSummary>>, ProblemHttpResult>> ListQuestions(
        Guid id, BankPresenter presenter, CancellationToken cancellationToken)
    {
        var page = await presenter.LoadAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        IReadOnlyList<QuestionSummary> questions = [.. page.Bank.Questions.Select(q => new QuestionSummary(
            q.Id,
            q.Text,
            q.Category,
            q.Instruction,
            [.. page.AnswersOf(q).Where(a => a.FollowUp is null).Select(a => new AnswerSummary(
                a.Answer.Id,
                a.Answer.Kind.ToString().ToLowerInvariant(),
                a.Review.Overall,
                a.Review.WordCount,
                a.Review.Findings.Length,
                a.Review.WorstSeverity?.ToString().ToLowerInvariant()))],
            q.FollowUps.Length))];
        return TypedResults.Ok(questions);
    }

    private static async Task<Results<Ok<IReadOnlyList<CorrectionView>>, ProblemHttpResult>> ListCorrections(
        Guid id, CorrectionStore corrections, CurrentUser user, CancellationToken cancellationToken) =>
        await CorrectionViewsAsync(id, corrections, user, cancellationToken) is { } views ? TypedResults.Ok(views) : NotFound();

    /// <summary>Keeps a correction with the bank and imports its kept document again with every correction.</summary>
    private static async Task<Results<Ok<CorrectedBank>, ProblemHttpResult>> AddCorrection(
        Guid id, CorrectionRequest body, HttpContext context, IAntiforgery antiforgery,
        BankUploads uploads, BankStore store, CorrectionStore corrections, CurrentUser user, CancellationToken cancellationToken)
    {
        if (await RejectWithoutToken(context, antiforgery, user) is { } rejected)
        {
            return rejected;
        }

        if (!ImportCorrection.TryParseKind(body.Kind, out var kind))
        {
            return Problem(StatusCodes.Status400BadRequest, $"Unknown kind '{body.Kind}'; use {ImportCorrection.Kinds}.");
        }

        UploadOutcome outcome;
        if (body.LineNumber is { } number && body.Line is null)
        {
            if (number < 1)
            {
                return Problem(StatusCodes.Status400BadRequest, "lineNumber counts from 1.");
            }

            outcome = await uploads.CorrectAsync(id, kind, number, cancellationToken);
        }
        else if (body.LineNumber is null && !string.IsNullOrWhiteSpace(body.Line))
        {
            if (body.Line.Length > MaxReviewChars)
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, $"The line is over {MaxReviewChars:N0} characters; its first {ImportCorrection.MaxLineLength} identify it.");
            }

            outcome = await uploads.CorrectAsync(id, new ImportCorrection(kind, body.Line), cancellationToken);
        }
        else
        {
            return Problem(StatusCodes.Status400BadRequest, "Name the line either by lineNumber (its number in the document) or by line (its text), not both.");
        }

        if (outcome.BankMissing)
        {
            return NotFound();
        }

        if (outcome.BankId is null)
        {
            return Problem(outcome.NothingFound is null ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity, outcome.Error ?? "The correction could not be applied.");
        }

        var bank = await store.LoadAsync(user.Id, id, cancellationToken);
        var views = await CorrectionViewsAsync(id, corrections, user, cancellationToken);
        if (bank is null || views is null)
        {
            return NotFound();
        }

        var summary = ImportSummary.Of(bank);
        return TypedResults.Ok(new CorrectedBank(summary.Questions, summary.Answers, summary.Passages.Length, summary.CheckFirst.Length, views));
    }

    private static async Task<IReadOnlyList<CorrectionView>?> CorrectionViewsAsync(Guid id, CorrectionStore corrections, CurrentUser user, CancellationToken cancellationToken) =>
        await corrections.ListAsync(user.Id, id, cancellationToken) is { } stored
            ? [.. stored.Select(c => new CorrectionView(ImportCorrection.KindName(c.Kind), c.Line, c.CreatedAt))]
            : null;

    private static async Task<Results<Ok<AnswerReview>, ProblemHttpResult>> UpdateAnswer(
        Guid id, string answerId, AnswerTextRequest body, HttpContext context, IAntiforgery antiforgery,
        BankStore store, BankPresenter presenter, CurrentUser user, CancellationToken cancellationToken)
    {
        if (await RejectWithoutToken(context, antiforgery, user) is { } rejected)
        {
            return rejected;
        }

        if (TooLong(body.Text) is { } invalid)
        {
            return invalid;
        }

        if (await store.UpdateAnswerTextAsync(user.Id, id, answerId, body.Text, cancellationToken) is null)
        {
            return NotFound();
        }

        var reviewed = (await presenter.LoadAsync(id, cancellationToken))?.Find(answerId);
        return reviewed is null ? NotFound() : TypedResults.Ok(reviewed.Review);
    }

    private static async Task<Results<Ok<AnswerReview>, ProblemHttpResult>> PreviewAnswer(
        Guid id, string answerId, AnswerTextRequest body, BankPresenter presenter, AnswerReviewer reviewer, CancellationToken cancellationToken)
    {
        if (TooLong(body.Text) is { } invalid)
        {
            return invalid;
        }

        var page = await presenter.LoadAsync(id, cancellationToken);
        var reviewed = page?.Find(answerId);
        if (page is null || reviewed is null)
        {
            return NotFound();
        }

        var edited = AnswerText.Reparse(reviewed.Answer, body.Text);
        var review = reviewed.FollowUp is { } followUp
            ? reviewer.ReviewFollowUp(followUp with { Answer = edited }, reviewed.Question, page.Level)
            : reviewer.Review(edited, reviewed.Question, page.Level);
        return TypedResults.Ok(review);
    }

    private static Results<Ok<AnswerReview>, ProblemHttpResult> ReviewText(ReviewRequest body, AnswerReviewer reviewer)
    {
        if (TooLong(body.Text) is { } invalid)
        {
            return invalid;
        }

        if (!TargetLevels.TryParse(body.Level ?? TargetLevels.Name(TargetLevels.Default), out var level))
        {
            return Problem(StatusCodes.Status400BadRequest, $"Unknown level '{body.Level}'; use {TargetLevels.Accepted}.");
        }

        AnswerKind? kind = null;
        if (body.Kind is not null)
        {
            if (!Enum.TryParse<AnswerKind>(body.Kind, ignoreCase: true, out var parsedKind))
            {
                return Problem(StatusCodes.Status400BadRequest, $"Unknown kind '{body.Kind}'; use star, freeform, compressed, pitch or solution.");
            }

            kind = parsedKind;
        }

        // The same reading of typed text as `starcoach review -`: one reader, one review.
        return TypedResults.Ok(reviewer.ReviewText(body.Text, string.IsNullOrWhiteSpace(body.Question) ? null : body.Question, level, kind));
    }

    private static async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> MatchQuestion(
        Guid id, string? q, int? top, StoryIndexes indexes, CurrentUser user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > 600)
        {
            return Problem(StatusCodes.Status400BadRequest, "Give the question as ?q=… (at most 600 characters).");
        }

        if (await indexes.GetAsync(user.Id, id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var matches = found.Index?.Match(q, MatchLimits.Top(top), cancellationToken) ?? [];
        return TypedResults.Ok(new MatchResponse(found.Status.Ready, found.Status.Done, found.Status.Total, matches));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Coverage(
        Guid id, string? framework, BankInsights insights, CancellationToken cancellationToken)
    {
        if (Core.Competencies.CompetencyFrameworks.Find(framework ?? Core.Competencies.CompetencyFrameworks.DefaultId) is not { } chosen)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown framework; use amazon, meta, google or generic.");
        }

        var page = await insights.CoverageAsync(id, chosen.Id, cancellationToken);
        return page is null ? NotFound() : TypedResults.Content(Core.Competencies.CoverageJson.Serialize(page.Report, page.Bank.Stored.SourceFileName), "application/json; charset=utf-8");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Check(Guid id, BankStore store, CurrentUser user, CancellationToken cancellationToken)
    {
        var bank = await store.LoadAsync(user.Id, id, cancellationToken);
        return bank is null
            ? NotFound()
            : TypedResults.Content(Core.Consistency.ConsistencyJson.Serialize(Core.Consistency.ConsistencyChecker.Check(bank)), "application/json; charset=utf-8");
    }

    /// <summary>The bank as a file to download: <c>?to=md|pdf|anki|json</c>.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        Guid id, string? to, BankStore store, BankInsights insights, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!Core.Export.ExportFormats.TryParse(to, out var chosen))
        {
            return Problem(StatusCodes.Status400BadRequest, "Choose an export with ?to=md, pdf, anki or json.");
        }

        var bank = await store.LoadAsync(user.Id, id, cancellationToken);
        if (bank is null)
        {
            return NotFound();
        }

        // The cheat sheet and flashcards group by competency: give them the bank's tags.
        bank = await insights.WithCompetenciesAsync(id, bank, cancellationToken);
        using var output = new MemoryStream();
        var result = Core.Export.BankExporter.Write(bank, chosen, output);
        if (!result.Succeeded)
        {
            return Problem(StatusCodes.Status500InternalServerError, result.Error ?? "The export failed.");
        }

        return TypedResults.File(output.ToArray(), Core.Export.BankExporter.ContentType(chosen), Core.Export.ExportFormats.FileName(bank.Source, chosen));
    }

    private static ProblemHttpResult? TooLong(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? Problem(StatusCodes.Status400BadRequest, "The answer text is empty.")
            : text.Length > MaxReviewChars
                ? Problem(StatusCodes.Status413PayloadTooLarge, $"The answer is over {MaxReviewChars:N0} characters; shorten it to review it.")
                : null;

    /// <summary>In hosted mode, a cookie-authenticated change must carry the antiforgery token of one of our pages.</summary>
    private static async Task<ProblemHttpResult?> RejectWithoutToken(HttpContext context, IAntiforgery antiforgery, CurrentUser user)
    {
        if (!user.IsHosted || await antiforgery.IsRequestValidAsync(context))
        {
            return null;
        }

        return Problem(StatusCodes.Status400BadRequest, "Missing or invalid antiforgery token; reload the page and try again.");
    }

    private static ProblemHttpResult NotFound() =>
        Problem(StatusCodes.Status404NotFound, "No such bank or answer among yours.");

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status);
}
