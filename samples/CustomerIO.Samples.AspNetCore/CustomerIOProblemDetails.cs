using CustomerIO;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// Answers input the SDK refused (<see cref="CustomerIOValidationException"/>: an empty identifier, a value over
/// one of Customer.io's limits) with 400 and an RFC 7807 problem-details body, instead of 500 and a stack trace;
/// a body that cannot be read answers 400 too.
/// Register it with <c>AddExceptionHandler&lt;CustomerIOProblemDetails&gt;()</c>, <c>AddProblemDetails()</c> and
/// <c>UseExceptionHandler()</c>. Copy it as it is: the SDK's messages name the parameter and the limit and never
/// quote the data, so they are safe to show to the caller.
/// </summary>
internal sealed class CustomerIOProblemDetails(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            CustomerIOValidationException refused => Invalid(refused.ParameterName, WithoutParameter(refused)),

            // A body that is not JSON, or not of the endpoint's type (the Development environment throws these).
            BadHttpRequestException unreadable => new ProblemDetails { Status = unreadable.StatusCode, Title = "The request could not be read." },
            _ => null, // anything else stays a 500, without details
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
    }

    /// <summary>A 400 problem for input Customer.io would refuse, naming the parameter.</summary>
    public static ProblemDetails Invalid(string? parameter, string? detail) => new()
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The request holds data Customer.io would refuse.",
        Detail = detail,
        Extensions = { ["parameter"] = parameter },
    };

    /// <summary>The message without the " (Parameter '…')" the exception appends: the parameter is a field of its own.</summary>
    private static string WithoutParameter(CustomerIOValidationException refused)
    {
        var suffix = $" (Parameter '{refused.ParameterName}')";
        return refused.Message.EndsWith(suffix, StringComparison.Ordinal) ? refused.Message[..^suffix.Length] : refused.Message;
    }
}
