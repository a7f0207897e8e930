using CustomerIO.Transport;
using CustomerIO.Validation;

namespace CustomerIO.App;

/// <summary>The people lookup by email, written by hand: its one query parameter is required.</summary>
public partial class CustomersClient
{
    /// <summary>Finds the people with an email address (<c>GET /v1/customers?email=</c>); several when the workspace allows shared addresses.</summary>
    /// <param name="email">The address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The people's identifiers; empty when nobody has the address.</returns>
    /// <exception cref="CustomerIOValidationException">The address is empty or over 150 bytes.</exception>
    public virtual Task<IReadOnlyList<CustomerIdentifiers>> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        Guard.Text(email, nameof(email), CustomerIOLimits.MaxIdentifierBytes, "email address");
        var request = AppOperations.CustomersFindByEmail.For().WithQuery("email", email);
        return Pipeline.SendAsync(request, AppJsonContext.Wire.CustomersByEmailAnswer, static answer => answer.Results ?? [], cancellationToken);
    }
}
